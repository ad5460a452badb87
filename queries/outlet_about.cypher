// Everything an outlet is cited for about one entity ("everything Reuters says about Homs"), in one MATCH.
// Parameters: $outlet and $about, each an entity id, Arabic or English name, alias or search key
// (--param outlet=Reuters --param about=Houthis).
MATCH (o:Entity)<-[:ATTRIBUTED_TO]-(c:Claim)-[:SUBJECT|OBJECT]->(e:Entity), (c)-[:IN_ARTICLE]->(a:Article)
WHERE ($outlet IN [o.id, o.name, o.name_en] OR $outlet IN coalesce(o.aliases, []) OR toLower($outlet) IN coalesce(o.key, []))
  AND ($about IN [e.id, e.name, e.name_en] OR $about IN coalesce(e.aliases, []) OR toLower($about) IN coalesce(e.key, []))
RETURN c.subject AS subject, c.relation AS relation, c.object AS object, c.event_date AS event_date,
       a.id AS article, c.sentence AS sentence
ORDER BY article, c.start
