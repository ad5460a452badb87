"""Load a graph into Neo4j (or the embedded Bolt server): idempotent, batched, retried.

Order: uniqueness constraints, entities (grouped by type label), articles, relationships
(grouped by type), claims and their links. Every write is ``UNWIND $rows`` over a batch, in
a managed transaction (``execute_write``) that the driver retries on transient errors. Every
node is MERGEd on its id and every relationship on its endpoints and type, so loading the
same graph again changes nothing and a larger graph adds only what is new.
"""
from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass
from typing import Callable, Iterable, Sequence

import networkx as nx
from neo4j import exceptions as neo4j_errors

from loaders.neo4j import cypher
from loaders.neo4j.connection import Connection, translate
from loaders.neo4j.options import DEFAULT_BATCH_SIZE
from loaders.neo4j.rows import GraphRows, graph_rows, params
from ontology import Vocabulary, vocabulary



@dataclass(frozen=True)
class LoadReport:
    entities: int
    articles: int
    relationships: int
    claims: int
    seconds: float
    stage_seconds: tuple[tuple[str, float], ...] = ()

    def stage(self, name: str) -> float:
        return dict(self.stage_seconds).get(name, 0.0)


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
                session.execute_write(lambda tx, q=query, p=payload: tx.run(q, rows=p).consume())

    def run(self, query: str, **parameters) -> list[dict]:
        with self.conn.driver.session(database=self.conn.database) as session:
            return session.execute_write(lambda tx: [r.data() for r in tx.run(query, parameters)])


def ensure_constraints(writer: Writer) -> None:
    """Uniqueness of Entity, Article and Claim ids; an index where a server refuses the constraint."""
    for label in cypher.KG_LABELS:
        try:
            writer.run(cypher.unique_id_constraint(label))
        except neo4j_errors.ClientError:
            writer.run(cypher.id_index(label))


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


def load_graph(conn: Connection, g: nx.MultiDiGraph, *, batch_size: int = DEFAULT_BATCH_SIZE) -> LoadReport:
    """Load a graph.json graph (from ``kg.graph.read_graph``); every type code is checked first,
    so a graph with an unknown type fails before anything is written."""
    vocab = vocabulary()
    return load_rows(conn, graph_rows(g, vocab), batch_size=batch_size, vocab=vocab)


def clear(conn: Connection, *, batch_size: int = 10_000) -> int:
    """Delete kg's nodes (Entity, Article, Claim) and their relationships, in bounded slices."""
    writer, deleted = Writer(conn), 0
    try:
        for label in cypher.KG_LABELS:
            while (n := writer.run(cypher.delete_batch(label), limit=batch_size)[0]["deleted"]):
                deleted += n
    except (neo4j_errors.Neo4jError, neo4j_errors.DriverError) as exc:
        raise translate(exc, conn.uri, conn.user, conn.database) from None
    return deleted


@dataclass(frozen=True)
class Counts:
    nodes: dict[str, int]
    relationships: dict[str, int]


def counts(conn: Connection) -> Counts:
    """Nodes per kg label and entity type, relationships per type, as the database has them."""
    vocab, writer = vocabulary(), Writer(conn)
    labels = cypher.KG_LABELS + vocab.entity_codes
    rel_types = vocab.relation_codes + (cypher.SUBJECT, cypher.OBJECT, cypher.IN_ARTICLE,
                                        cypher.ATTRIBUTED_TO, cypher.PUBLISHED_BY)
    nodes = {label: writer.run(cypher.count_nodes(label))[0]["n"] for label in labels}
    rels = {t: writer.run(cypher.count_relationships(t))[0]["n"] for t in rel_types}
    return Counts({k: v for k, v in nodes.items() if v}, {k: v for k, v in rels.items() if v})
