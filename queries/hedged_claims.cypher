// Hedged claims: what the articles report with reserve ("reportedly", "apparently"), with the sentence.
MATCH (s:Entity)<-[:SUBJECT]-(c:Claim {hedged: true})-[:OBJECT]->(o:Entity), (c)-[:IN_ARTICLE]->(a:Article)
RETURN s.name AS subject, c.relation AS relation, o.name AS object, c.confidence AS confidence,
       c.trigger AS trigger, a.id AS article, c.sentence AS sentence
ORDER BY article, c.start, relation
