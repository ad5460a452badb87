// The shortest chain of relations between two actors (any direction), with the relation types along it.
// Restricted on purpose: a plain shortestPath((a)-[*]-(b)) also runs through the provenance nodes
// (Entity<-[:SUBJECT]-Claim-[:OBJECT]->Entity, Article-[:MENTIONS]->Entity), so two actors named in one
// article look two hops apart. List the relation types, as here, or keep every node an entity:
//   MATCH p = shortestPath((a)-[*..10]-(b)) WHERE all(n IN nodes(p) WHERE n:Entity)
// Parameters: $from and $to, each an entity id, Arabic or English name, alias or search key
// (--param from=Israel --param to=Hezbollah).
MATCH (a:Entity), (b:Entity)
WHERE ($from IN [a.id, a.name, a.name_en] OR $from IN coalesce(a.aliases, []) OR toLower($from) IN coalesce(a.key, []))
  AND ($to IN [b.id, b.name, b.name_en] OR $to IN coalesce(b.aliases, []) OR toLower($to) IN coalesce(b.key, []))
MATCH p = shortestPath((a)-[:ADVANCED_TOWARD|ALLIED_WITH|ATTACKED|BASED_IN|BESIEGED|CAPTURED|CLASHED_WITH|ENTERED|FLED_FROM|KILLED|LEADS|LOCATED_IN|MEMBER_OF|MET_WITH|PART_OF|RELEASED_PRISONERS|SUPPORTS|WITHDREW_FROM*..10]-(b))
RETURN [n IN nodes(p) | n.id] AS ids, [n IN nodes(p) | coalesce(n.name_en, n.name)] AS names,
       [r IN relationships(p) | type(r)] AS relations, length(p) AS hops
