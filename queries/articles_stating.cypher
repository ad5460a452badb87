// Which articles state that $subject -[$relation]-> $object ("which articles say HTS leads the
// opposition"), with the sentence, in one MATCH.
// Parameters: $subject and $object (entity id, name or alias), $relation (a relation type code, e.g. LEADS).
MATCH (s:Entity)<-[:SUBJECT]-(c:Claim {relation: $relation})-[:OBJECT]->(o:Entity), (c)-[:IN_ARTICLE]->(a:Article)
WHERE ($subject IN [s.id, s.name, s.name_en] OR $subject IN coalesce(s.aliases, []))
  AND ($object IN [o.id, o.name, o.name_en] OR $object IN coalesce(o.aliases, []))
RETURN a.id AS article, a.title AS title, a.url AS url, a.published AS published, c.sentence AS sentence,
       c.hedged AS hedged, c.attributed_to AS attributed_to
ORDER BY article, c.start
