// Every claim attributed to an outlet (or any credited source): what it is cited for, where.
// Parameter: $outlet, an entity id, Arabic or English name, alias or search key (--param outlet=Reuters).
MATCH (a:Article)<-[:IN_ARTICLE]-(c:Claim)-[:ATTRIBUTED_TO]->(o:Entity)
WHERE $outlet IN [o.id, o.name, o.name_en] OR $outlet IN coalesce(o.aliases, []) OR toLower($outlet) IN coalesce(o.key, [])
MATCH (s:Entity)<-[:SUBJECT]-(c)-[:OBJECT]->(t:Entity)
RETURN s.name AS subject, c.relation AS relation, t.name AS object, c.hedged AS hedged,
       c.event_date AS event_date, a.id AS article, a.url AS url, c.sentence AS sentence
ORDER BY article, c.start, relation
