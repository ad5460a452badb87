// An actor's allies and parents: whom it is allied with or supported by, what it is part or a
// member of (followed up the PART_OF / MEMBER_OF chain), and who leads it (up the LEADS chain).
// Parameter: $actor, an entity id, Arabic or English name, alias or search key (--param actor="Radwan Force").
MATCH (a:Entity) WHERE $actor IN [a.id, a.name, a.name_en] OR $actor IN coalesce(a.aliases, []) OR toLower($actor) IN coalesce(a.key, [])
MATCH p = (a)-[:PART_OF|MEMBER_OF*1..5]->(other:Entity)
RETURN 'parent' AS role, other.id AS other_id, other.name AS other, other.name_en AS other_en, length(p) AS hops
UNION
MATCH (a:Entity) WHERE $actor IN [a.id, a.name, a.name_en] OR $actor IN coalesce(a.aliases, []) OR toLower($actor) IN coalesce(a.key, [])
MATCH p = (other:Entity)-[:LEADS*1..5]->(a)
RETURN 'led by' AS role, other.id AS other_id, other.name AS other, other.name_en AS other_en, length(p) AS hops
UNION
MATCH (a:Entity) WHERE $actor IN [a.id, a.name, a.name_en] OR $actor IN coalesce(a.aliases, []) OR toLower($actor) IN coalesce(a.key, [])
MATCH (a)-[:ALLIED_WITH]-(other:Entity)
RETURN 'ally' AS role, other.id AS other_id, other.name AS other, other.name_en AS other_en, 1 AS hops
UNION
MATCH (a:Entity) WHERE $actor IN [a.id, a.name, a.name_en] OR $actor IN coalesce(a.aliases, []) OR toLower($actor) IN coalesce(a.key, [])
MATCH (other:Entity)-[:SUPPORTS]->(a)
RETURN 'supported by' AS role, other.id AS other_id, other.name AS other, other.name_en AS other_en, 1 AS hops
