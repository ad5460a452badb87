"""Load a graph into Neo4j (or the embedded Bolt server): idempotent, batched, retried.

Two paths write the same database:

- ``bolt`` (any Neo4j 5 server, and the embedded one): uniqueness constraints and indexes
  first, then entities (grouped by type label), articles, mentions, relationships (grouped by
  type), claims and their links. Every write is ``UNWIND $rows`` over a batch, in a managed
  transaction (``execute_write``) that the driver retries on transient errors, and again when
  a concurrent load's MERGE of the same id won a uniqueness race (the batch is idempotent).
  Every node is MERGEd on its id and every relationship on its endpoints and type, so loading
  the same graph again changes nothing and a larger graph adds only what is new.
- ``direct`` (the embedded server only): the same rows through ArcadeDB's own API inside the
  server's process (``loaders.neo4j.direct``), many times faster; loads there are serialised.
"""
from __future__ import annotations

import time
from collections import defaultdict
from typing import Callable, Iterable, Sequence

import networkx as nx
from neo4j import exceptions as neo4j_errors

from loaders.neo4j import cypher
from loaders.neo4j.common import Counts, LoadReport, clear_with, counts_with, other_articles_with  # noqa: F401
from loaders.neo4j.connection import Connection, translate
from loaders.neo4j.options import DEFAULT_BATCH_SIZE
from loaders.neo4j.rows import GraphRows, graph_rows, params
from ontology import Vocabulary, vocabulary

PATHS = ("auto", "direct", "bolt")
CONFLICT_RETRIES = 20


def batches(rows: Sequence, size: int) -> Iterable[Sequence]:
    for i in range(0, len(rows), size):
        yield rows[i:i + size]


class Writer:
    """Sends one statement over many rows, ``batch_size`` rows per managed transaction."""

    def __init__(self, conn: Connection, batch_size: int = DEFAULT_BATCH_SIZE):
        if batch_size < 1:
            raise ValueError(f"batch size must be at least 1, got {batch_size}")
        self.conn = conn
        self.batch_size = batch_size

    def write(self, query: str, rows: Sequence) -> None:
        if not rows:
            return
        with self.conn.driver.session(database=self.conn.database) as session:
            for batch in batches(rows, self.batch_size):
                payload = [params(r) for r in batch]
                _retry_conflicts(lambda q=query, p=payload: session.execute_write(_locked_write, q, p))

    def run(self, query: str, **parameters) -> list[dict]:
        with self.conn.driver.session(database=self.conn.database) as session:
            return session.execute_write(lambda tx: [r.data() for r in tx.run(query, parameters)])


def _locked_write(tx, query: str, rows: list) -> None:
    """One batch in one transaction, after the shared write lock (see cypher.TAKE_WRITE_LOCK)."""
    tx.run(cypher.TAKE_WRITE_LOCK).consume()
    tx.run(query, rows=rows).consume()


def _retry_conflicts(run):
    """Run a batch; when another load MERGEd the same id first (a uniqueness constraint race:
    the two transactions each saw no node and both created one), wait and run it again: the
    batch is a MERGE, so the rerun finds the other load's node instead of failing half-way."""
    for attempt in range(CONFLICT_RETRIES):
        try:
            return run()
        except neo4j_errors.ClientError as exc:
            code = getattr(exc, "code", "") or ""
            text = str(getattr(exc, "message", "") or exc)
            if attempt + 1 == CONFLICT_RETRIES or not (
                    "ConstraintValidationFailed" in code or "DuplicatedKey" in text or "Duplicated key" in text):
                raise
            time.sleep(min(2.0, 0.05 * 2 ** attempt))


def ensure_constraints(writer: Writer) -> None:
    """Uniqueness of Entity, Article and Claim ids (an index where a server refuses the
    constraint), the index on entities' search keys and the shared write-lock record, before
    any row is written."""
    for label in cypher.KG_LABELS:
        try:
            writer.run(cypher.unique_id_constraint(label))
        except neo4j_errors.ClientError:
            writer.run(cypher.id_index(label))
    writer.run(cypher.KEY_INDEX)
    writer.run(cypher.ENSURE_WRITE_LOCK)


def _grouped(rows: Iterable, key: Callable) -> dict[str, list]:
    groups: dict[str, list] = defaultdict(list)
    for r in rows:
        groups[key(r)].append(r)
    return dict(sorted(groups.items()))


def write_entities(writer: Writer, rows: GraphRows, vocab: Vocabulary) -> None:
    writer.write(cypher.drop_retyped_entities(), rows.entities)
    for label, group in _grouped(rows.entities, lambda r: r.label).items():
        writer.write(cypher.merge_entities(label, vocab), group)


def write_articles(writer: Writer, rows: GraphRows) -> None:
    writer.write(cypher.MERGE_ARTICLES, rows.articles)
    writer.write(cypher.LINK_PUBLISHERS, [a for a in rows.articles if a.publisher])
    writer.write(cypher.MERGE_MENTIONS, rows.mentions)


def write_relations(writer: Writer, rows: GraphRows, vocab: Vocabulary) -> None:
    for rel_type, group in _grouped(rows.relations, lambda r: r.type).items():
        writer.write(cypher.merge_relations(rel_type, vocab), group)


def write_claims(writer: Writer, rows: GraphRows) -> None:
    writer.write(cypher.MERGE_CLAIMS, rows.claims)
    writer.write(cypher.LINK_CLAIM_ENTITIES, rows.claims)
    writer.write(cypher.LINK_CLAIM_ARTICLES, rows.claims)
    writer.write(cypher.LINK_CLAIM_SOURCES, [c for c in rows.claims if c.attributed_to])


def load_rows(conn: Connection, rows: GraphRows, *, batch_size: int = DEFAULT_BATCH_SIZE,
              vocab: Vocabulary | None = None) -> LoadReport:
    vocab = vocab or vocabulary()
    writer = Writer(conn, batch_size)
    stages = (("constraints", lambda: ensure_constraints(writer)),
              ("entities", lambda: write_entities(writer, rows, vocab)),
              ("articles", lambda: write_articles(writer, rows)),
              ("relationships", lambda: write_relations(writer, rows, vocab)),
              ("claims", lambda: write_claims(writer, rows)))
    timings, start = [], time.perf_counter()
    try:
        for name, stage in stages:
            t = time.perf_counter()
            stage()
            timings.append((name, time.perf_counter() - t))
    except (neo4j_errors.Neo4jError, neo4j_errors.DriverError) as exc:
        raise translate(exc, conn.uri, conn.user, conn.database) from None
    return LoadReport(len(rows.entities), len(rows.articles), len(rows.relations), len(rows.claims),
                      time.perf_counter() - start, tuple(timings))


def load(conn: Connection, rows: GraphRows, *, batch_size: int = DEFAULT_BATCH_SIZE, path: str = "auto",
         vocab: Vocabulary | None = None) -> LoadReport:
    """Load rows by ``path``: ``direct`` into the embedded server through ArcadeDB's own API,
    ``bolt`` with UNWIND batches, ``auto`` the first where the connection allows it."""
    from kg.errors import KgError

    if path not in PATHS:
        raise KgError(f"unknown load path {path!r}", value=path, choices=PATHS)
    if batch_size < 1:
        raise KgError(f"batch size must be at least 1, got {batch_size}", value=batch_size)
    if path == "bolt" or (path == "auto" and conn.direct is None):
        return load_rows(conn, rows, batch_size=batch_size, vocab=vocab)
    if conn.direct is None:
        raise KgError("--path direct needs the embedded server (no --uri): it writes through ArcadeDB's own API",
                      value=path, choices=PATHS)
    return conn.direct(rows, batch_size)


def load_graph(conn: Connection, g: nx.MultiDiGraph, *, batch_size: int = DEFAULT_BATCH_SIZE,
               path: str = "bolt") -> LoadReport:
    """Load a graph.json graph (from ``kg.graph.read_graph``); every type code is checked first,
    so a graph with an unknown type fails before anything is written."""
    vocab = vocabulary()
    return load(conn, graph_rows(g, vocab), batch_size=batch_size, path=path, vocab=vocab)


def runner(conn: Connection):
    """``run(statement, **parameters) -> list[dict]`` over this connection (one write transaction
    each), driver errors as KgErrors: what ``loaders.neo4j.common``'s functions take."""
    writer = Writer(conn)

    def run(statement: str, **parameters) -> list[dict]:
        try:
            return writer.run(statement, **parameters)
        except (neo4j_errors.Neo4jError, neo4j_errors.DriverError) as exc:
            raise translate(exc, conn.uri, conn.user, conn.database) from None
    return run


def other_articles(conn: Connection, rows: GraphRows) -> int:
    """How many articles the database holds that this load's graph does not."""
    return other_articles_with(runner(conn), [a.id for a in rows.articles])


def clear(conn: Connection, *, batch_size: int = 10_000) -> int:
    """Delete kg's nodes (Entity, Article, Claim) and their relationships, in bounded slices."""
    return clear_with(runner(conn), batch_size=batch_size)


def counts(conn: Connection) -> Counts:
    """Nodes per kg label and entity type, relationships per type, as the database has them."""
    return counts_with(runner(conn))
