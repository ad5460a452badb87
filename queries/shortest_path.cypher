// The shortest chain of relations between two actors (any direction, entity relations only,
// not through claims or articles), with the relation types along it.
// Parameters: $from and $to, each an entity id, Arabic or English name, or alias
// (--param from=Israel --param to=Hezbollah).
MATCH (a:Entity), (b:Entity)
WHERE ($from IN [a.id, a.name, a.name_en] OR $from IN coalesce(a.aliases, []))
  AND ($to IN [b.id, b.name, b.name_en] OR $to IN coalesce(b.aliases, []))
MATCH p = shortestPath((a)-[:ADVANCED_TOWARD|ALLIED_WITH|ATTACKED|BASED_IN|BESIEGED|CAPTURED|CLASHED_WITH|ENTERED|FLED_FROM|KILLED|LEADS|LOCATED_IN|MEMBER_OF|MET_WITH|PART_OF|RELEASED_PRISONERS|SUPPORTS|WITHDREW_FROM*..10]-(b))
RETURN [n IN nodes(p) | n.id] AS ids, [n IN nodes(p) | coalesce(n.name_en, n.name)] AS names,
       [r IN relationships(p) | type(r)] AS relations, length(p) AS hops
