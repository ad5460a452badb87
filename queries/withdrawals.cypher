// Who withdrew or fled from a place, and when (latest first, undated rows last).
// Parameter: $place, an entity id, Arabic or English name, alias or search key
// (--param place="Wad Medani").
MATCH (actor:Entity)-[r:WITHDREW_FROM|FLED_FROM]->(place:Entity)
WHERE $place IN [place.id, place.name, place.name_en] OR $place IN coalesce(place.aliases, [])
   OR toLower($place) IN coalesce(place.key, [])
RETURN actor.id AS actor_id, actor.name AS actor, actor.name_en AS actor_en, type(r) AS relation,
       r.first_seen AS first_seen, r.last_seen AS last_seen, r.mention_count AS mentions, r.sources AS sources
ORDER BY r.last_seen IS NULL, last_seen DESC, actor_id
