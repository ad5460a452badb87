// Which articles state that $subject -[$relation]-> $object ("which articles say HTS leads the
// opposition"), with the sentence, in one MATCH.
// Parameters: $subject and $object (entity id, name, alias or search key), $relation (a relation type
// code) (--param subject="Hayat Tahrir al-Sham" --param relation=LEADS --param object="Syrian opposition").
MATCH (s:Entity)<-[:SUBJECT]-(c:Claim {relation: $relation})-[:OBJECT]->(o:Entity), (c)-[:IN_ARTICLE]->(a:Article)
WHERE ($subject IN [s.id, s.name, s.name_en] OR $subject IN coalesce(s.aliases, []) OR toLower($subject) IN coalesce(s.key, []))
  AND ($object IN [o.id, o.name, o.name_en] OR $object IN coalesce(o.aliases, []) OR toLower($object) IN coalesce(o.key, []))
RETURN a.id AS article, a.title AS title, a.url AS url, a.published AS published, c.sentence AS sentence,
       c.hedged AS hedged, c.attributed_to AS attributed_to
ORDER BY article, c.start
