// The articles that mention an entity, newest first (undated last), with how often and what they
// say about it (the relations their claims state with it as subject or object).
// Parameter: $entity, an entity id, Arabic or English name, alias or search key (--param entity=Hezbollah).
MATCH (a:Article)-[m:MENTIONS]->(e:Entity)
WHERE $entity IN [e.id, e.name, e.name_en] OR $entity IN coalesce(e.aliases, [])
   OR toLower($entity) IN coalesce(e.key, [])
OPTIONAL MATCH (a)<-[:IN_ARTICLE]-(c:Claim)-[:SUBJECT|OBJECT]->(e)
RETURN a.id AS article, a.title AS title, a.published AS published, a.source AS source, a.url AS url,
       m.count AS mentions, collect(DISTINCT c.relation) AS relations
ORDER BY published IS NULL, published DESC, article
