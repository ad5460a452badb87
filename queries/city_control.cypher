// Who captured or entered a city, and when: the relations that change who holds a place.
// Latest first (undated rows last), so the first CAPTURED row is who controls it as far as the
// loaded articles say.
// Parameter: $city, an entity id, Arabic or English name, alias or search key (any case)
// (kg cypher -q queries/city_control.cypher --param city="Wad Medani").
MATCH (actor:Entity)-[r:CAPTURED|ENTERED]->(place:Entity)
WHERE $city IN [place.id, place.name, place.name_en] OR $city IN coalesce(place.aliases, [])
   OR toLower($city) IN coalesce(place.key, [])
RETURN actor.id AS actor_id, actor.name AS actor, actor.name_en AS actor_en, type(r) AS relation,
       r.first_seen AS first_seen, r.last_seen AS last_seen, r.mention_count AS mentions, r.sources AS sources
ORDER BY r.last_seen IS NULL, last_seen DESC, first_seen DESC, actor_id
