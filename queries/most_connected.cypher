// The most connected actors and places: distinct relations to other entities (any direction)
// and how many sentences state them.
MATCH (n:Entity)-[r:ADVANCED_TOWARD|ALLIED_WITH|ATTACKED|BASED_IN|BESIEGED|CAPTURED|CLASHED_WITH|ENTERED|FLED_FROM|KILLED|LEADS|LOCATED_IN|MEMBER_OF|MET_WITH|PART_OF|RELEASED_PRISONERS|SUPPORTS|WITHDREW_FROM]-(:Entity)
RETURN n.id AS id, n.name AS name, n.name_en AS name_en, [l IN labels(n) WHERE l <> 'Entity'][0] AS type,
       count(r) AS relations, sum(r.mention_count) AS mentions
ORDER BY relations DESC, mentions DESC, id
LIMIT 25
