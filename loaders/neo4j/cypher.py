"""Every Cypher statement the loader sends, in the subset Neo4j 5 and ArcadeDB both accept.

Labels and relationship types cannot be query parameters, so the statements that need one are
built here from a type code that is first checked against the ontology's vocabulary (and
against the shape of a plain identifier); every value travels as a parameter in ``$rows``.
No APOC; no ``SET n:Label`` on an existing node (unreliable on ArcadeDB): a node gets its
labels from the ``MERGE`` that creates it.

Graph model:
  (:Entity:<Type> {id, name, name_en, aliases, key, wikidata, geonames, lat, lon, location})
  (:Entity)-[:<RELATION> {mention_count, first_seen, last_seen, sources, max_confidence}]->(:Entity)
  (:Article {id, url, title, published, source, publisher})-[:PUBLISHED_BY]->(:Entity)
  (:Article)-[:MENTIONS {count}]->(:Entity)
  (:Claim {id, relation, subject, object, article, attributed_to, sentence, start, end, hedged,
           event_date, rule, confidence, trigger})
     -[:SUBJECT]->(:Entity), -[:OBJECT]->(:Entity), -[:IN_ARTICLE]->(:Article),
     -[:ATTRIBUTED_TO]->(:Entity)
"""
from __future__ import annotations

import re

from kg.errors import KgError
from ontology import Vocabulary, vocabulary

# Labels and relationship types of the provenance structure: fixed here, never read from data.
ENTITY, ARTICLE, CLAIM = "Entity", "Article", "Claim"
SUBJECT, OBJECT, IN_ARTICLE, ATTRIBUTED_TO, PUBLISHED_BY = "SUBJECT", "OBJECT", "IN_ARTICLE", "ATTRIBUTED_TO", "PUBLISHED_BY"
MENTIONS = "MENTIONS"
KG_LABELS = (ENTITY, ARTICLE, CLAIM)
LINK_TYPES = (SUBJECT, OBJECT, IN_ARTICLE, ATTRIBUTED_TO, PUBLISHED_BY, MENTIONS)

# The properties each kind of row sets (a row value None removes the property, as SET n.x = null
# does): the Bolt statements below and the direct loader (loaders.neo4j.direct) both read these.
ENTITY_PROPERTIES = ("name", "name_en", "aliases", "key", "wikidata", "geonames", "lat", "lon")
ARTICLE_PROPERTIES = ("url", "title", "published", "source", "publisher")
RELATION_SUMMARY = ("mention_count", "first_seen", "last_seen", "sources", "max_confidence")
CLAIM_PROPERTIES = ("relation", "subject", "object", "article", "attributed_to", "sentence", "start", "end",
                    "hedged", "event_date", "rule", "confidence", "trigger")
MENTION_PROPERTIES = ("count",)
LOCATION = "location"              # a point(latitude, longitude) on entities with coordinates


def _sets(var: str, names: tuple[str, ...], value: str = "r.") -> str:
    return ", ".join(f"{var}.{k} = {value}{k}" for k in names)

_IDENTIFIER = re.compile(r"[A-Za-z][A-Za-z0-9_]*\Z")


def _code(code: str, valid: tuple[str, ...], what: str) -> str:
    """A vocabulary code that is safe to place in query text, or a KgError."""
    if code not in valid or not _IDENTIFIER.match(code):
        raise KgError(f"unknown {what} {code!r}", value=code, choices=valid)
    return code


def entity_label(code: str, vocab: Vocabulary | None = None) -> str:
    return _code(code, (vocab or vocabulary()).entity_codes, "entity type")


def relation_type(code: str, vocab: Vocabulary | None = None) -> str:
    return _code(code, (vocab or vocabulary()).relation_codes, "relation type")


# --- schema ----------------------------------------------------------------------------------

def unique_id_constraint(label: str) -> str:
    """Neo4j 5 syntax; ArcadeDB accepts it too."""
    return f"CREATE CONSTRAINT {label.lower()}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE"


def id_index(label: str) -> str:
    """Fallback where a server refuses the constraint statement: at least MERGE finds ids by index."""
    return f"CREATE INDEX {label.lower()}_id_index IF NOT EXISTS FOR (n:{label}) ON (n.id)"


KEY_INDEX = f"CREATE INDEX entity_key IF NOT EXISTS FOR (n:{ENTITY}) ON (n.key)"


def probe_entity_type(label: str, vocab: Vocabulary | None = None) -> str:
    """Creates and deletes one node (id $id) labelled Entity and ``label``: ArcadeDB's Cypher then
    holds the vertex type such nodes get, which the embedded server's bulk load writes into."""
    return f"CREATE (n:{ENTITY}:{entity_label(label, vocab)} {{id: $id}}) DELETE n"


# --- entities --------------------------------------------------------------------------------

def drop_retyped_entities() -> str:
    """Delete entities whose type changed since the last load, so the MERGE below recreates them
    with the right labels (their relationships and claim links are re-merged in the same load)."""
    return (f"UNWIND $rows AS r MATCH (n:{ENTITY} {{id: r.id}}) WHERE NOT r.label IN labels(n) "
            "DETACH DELETE n")


def merge_entities(label: str, vocab: Vocabulary | None = None) -> str:
    label = entity_label(label, vocab)
    return (f"UNWIND $rows AS r MERGE (n:{ENTITY}:{label} {{id: r.id}}) SET {_sets('n', ENTITY_PROPERTIES)}, "
            f"n.{LOCATION} = CASE WHEN r.lat IS NULL OR r.lon IS NULL THEN null "
            "ELSE point({latitude: r.lat, longitude: r.lon}) END")


# --- articles --------------------------------------------------------------------------------

MERGE_ARTICLES = f"UNWIND $rows AS r MERGE (a:{ARTICLE} {{id: r.id}}) SET {_sets('a', ARTICLE_PROPERTIES)}"

LINK_PUBLISHERS = (f"UNWIND $rows AS r MATCH (a:{ARTICLE} {{id: r.id}}) MATCH (p:{ENTITY} {{id: r.publisher}}) "
                   f"MERGE (a)-[:{PUBLISHED_BY}]->(p)")


MERGE_MENTIONS = (f"UNWIND $rows AS r MATCH (a:{ARTICLE} {{id: r.article}}) MATCH (e:{ENTITY} {{id: r.entity}}) "
                  f"MERGE (a)-[m:{MENTIONS}]->(e) SET {_sets('m', MENTION_PROPERTIES)}")


# --- relationships ---------------------------------------------------------------------------


def _merge_relation(rel_type: str, vocab: Vocabulary | None, value: str) -> str:
    """MERGE one relationship and SET its summary; ``value`` is the prefix of each value
    (``r.`` for a row of $rows, ``$`` for a parameter)."""
    rel_type = relation_type(rel_type, vocab)
    sets = ", ".join(f"x.{k} = {value}{k}" for k in RELATION_SUMMARY)
    return (f"MATCH (s:{ENTITY} {{id: {value}subject}}) MATCH (o:{ENTITY} {{id: {value}object}}) "
            f"MERGE (s)-[x:{rel_type}]->(o) SET {sets}")


def merge_relations(rel_type: str, vocab: Vocabulary | None = None) -> str:
    return "UNWIND $rows AS r " + _merge_relation(rel_type, vocab, "r.")


# --- claims (provenance) ---------------------------------------------------------------------

MERGE_CLAIMS = f"UNWIND $rows AS r MERGE (c:{CLAIM} {{id: r.id}}) SET {_sets('c', CLAIM_PROPERTIES)}"

LINK_CLAIM_ENTITIES = (f"UNWIND $rows AS r MATCH (c:{CLAIM} {{id: r.id}}) "
                       f"MATCH (s:{ENTITY} {{id: r.subject}}) MATCH (o:{ENTITY} {{id: r.object}}) "
                       f"MERGE (c)-[:{SUBJECT}]->(s) MERGE (c)-[:{OBJECT}]->(o)")

LINK_CLAIM_ARTICLES = (f"UNWIND $rows AS r MATCH (c:{CLAIM} {{id: r.id}}) MATCH (a:{ARTICLE} {{id: r.article}}) "
                       f"MERGE (c)-[:{IN_ARTICLE}]->(a)")

LINK_CLAIM_SOURCES = (f"UNWIND $rows AS r MATCH (c:{CLAIM} {{id: r.id}}) MATCH (s:{ENTITY} {{id: r.attributed_to}}) "
                      f"MERGE (c)-[:{ATTRIBUTED_TO}]->(s)")


# --- maintenance and counts ------------------------------------------------------------------

def delete_batch(label: str) -> str:
    """One bounded slice of ``kg load --replace``: run until it deletes nothing."""
    label = _code(label, KG_LABELS, "kg label")
    return f"MATCH (n:{label}) WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS deleted"


def count_nodes(label: str) -> str:
    label = _code(label, KG_LABELS + vocabulary().entity_codes, "label")
    return f"MATCH (n:{label}) RETURN count(n) AS n"


def count_relationships(rel_type: str) -> str:
    codes = vocabulary().relation_codes + LINK_TYPES
    rel_type = _code(rel_type, codes, "relationship type")
    return f"MATCH ()-[r:{rel_type}]->() RETURN count(r) AS n"


def merge_relation_single(rel_type: str, vocab: Vocabulary | None = None) -> str:
    """The naive way, one statement per relationship: only the benchmark's baseline uses it."""
    return _merge_relation(rel_type, vocab, "$")


# --- serialising concurrent loads ------------------------------------------------------------
# Two loads into one database at the same moment can MERGE the same relationship: on ArcadeDB's
# Bolt server (optimistic concurrency, no lock taken by MERGE) both transactions see no
# relationship and both create one, and two node MERGEs of one id can fail on the uniqueness
# index with an error that names no conflict. Every write transaction of a load therefore first
# changes one shared record: two concurrent transactions then conflict on it, one is rolled back
# and retried by the driver after the other committed, and its MERGEs find what the other wrote.
# On Neo4j the same write takes the record's exclusive lock, with the same effect.
WRITE_LOCK = "KgWriteLock"
ENSURE_WRITE_LOCK = f"MERGE (l:{WRITE_LOCK} {{id: 'load'}}) ON CREATE SET l.writes = 0"
TAKE_WRITE_LOCK = f"MATCH (l:{WRITE_LOCK}) SET l.writes = l.writes + 1"

# Articles already in the database that a load's graph does not hold (the second-graph warning).
OTHER_ARTICLES = f"MATCH (a:{ARTICLE}) WHERE NOT a.id IN $ids RETURN count(a) AS n"

DELETE_ENTITY_RELATIONSHIPS = (f"MATCH (:{ENTITY})-[r]->(:{ENTITY}) WITH r LIMIT $limit DELETE r "
                               "RETURN count(*) AS deleted")
