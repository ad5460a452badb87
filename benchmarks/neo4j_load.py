"""Benchmark (not a test): relationships per second into the embedded Bolt server, for the
batched loader (UNWIND $rows, one managed transaction per batch) and for a one-query-per-row
baseline, in the same run on the same server.

    .venv/bin/python benchmarks/neo4j_load.py                      # 100,000 relationships
    .venv/bin/python benchmarks/neo4j_load.py --relationships 20000 --baseline-sample 1000

Steps: build a synthetic graph.json graph (random actors and places, vocabulary relation
types, one provenance sentence per relationship); load its entities; time the baseline on a
random sample of the relationships (one auto-commit query per row: the rate is extrapolated
to the whole set, and printed as such); delete those; then time the full batched load
(entities, articles, relationships, claims) and report the relationship stage's rate.
With --uri (or NEO4J_URI) it runs against that Neo4j server instead: it deletes kg's nodes there.
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.graph import new_graph  # noqa: E402
from loaders.neo4j import Settings, clear, connect, counts  # noqa: E402
from loaders.neo4j import cypher  # noqa: E402
from loaders.neo4j.load import DEFAULT_BATCH_SIZE, Writer, load_rows, write_entities  # noqa: E402
from loaders.neo4j.rows import graph_rows, params  # noqa: E402
from ontology import vocabulary  # noqa: E402


def synthetic_graph(relationships: int, entities: int, articles: int, seed: int = 7):
    """A contract-conforming graph with exactly ``relationships`` distinct (subject, type, object)."""
    rnd, vocab = random.Random(seed), vocabulary()
    g = new_graph()
    for a in range(articles):
        g.graph["articles"][f"art{a}"] = {"content_hash": f"h{a}", "url": f"https://example.org/{a}",
                                          "title": f"عنوان {a}", "published": f"2024-{1 + a % 12:02d}-{1 + a % 28:02d}",
                                          "publisher": None, "origin": None}
    types = vocab.entity_codes
    for i in range(entities):
        g.add_node(f"e{i}", type=types[i % len(types)], name=f"فاعل {i}", name_en=f"Actor {i}", aliases=[f"ف{i}"],
                   wikidata=None, geonames=None, lat=None, lon=None, mentions=[])
    rel_types = vocab.relation_codes
    made = 0
    while made < relationships:
        s, o, t = f"e{rnd.randrange(entities)}", f"e{rnd.randrange(entities)}", rnd.choice(rel_types)
        if s == o or g.has_edge(s, o, t):
            continue
        made += 1
        sentence = f"جملة عن {s} و{o}"
        art = f"art{rnd.randrange(articles)}"
        start = rnd.randrange(5000)
        g.add_edge(s, o, key=t, type=t, provenance=[{
            "article": art, "sentence": sentence, "start": start, "end": start + len(sentence),
            "attributed_to": None, "hedged": rnd.random() < 0.1, "event_date": None, "rule": "synthetic",
            "confidence": round(rnd.random(), 2), "trigger": None}])
    return g


def baseline(conn, relation_rows) -> float:
    """Seconds to write these relationships one auto-commit query per row."""
    start = time.perf_counter()
    with conn.driver.session(database=conn.database) as session:
        for r in relation_rows:
            session.run(cypher.merge_relation_single(r.type), params(r)).consume()
    return time.perf_counter() - start


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--relationships", type=int, default=100_000)
    p.add_argument("--entities", type=int, default=20_000)
    p.add_argument("--articles", type=int, default=2_000)
    p.add_argument("--baseline-sample", type=int, default=2_000,
                   help="relationships the one-query-per-row baseline writes (its rate is extrapolated)")
    p.add_argument("--batch-size", type=int, default=DEFAULT_BATCH_SIZE)
    p.add_argument("--data-dir", help="embedded server data directory (default: a temporary one)")
    p.add_argument("--uri", help="a Neo4j server instead of the embedded one (its kg nodes are deleted)")
    args = p.parse_args(argv)

    t = time.perf_counter()
    g = synthetic_graph(args.relationships, args.entities, args.articles)
    rows = graph_rows(g)
    print(f"synthetic graph: {len(rows.entities):,} entities, {len(rows.relations):,} relationships, "
          f"{len(rows.claims):,} claims, {len(rows.articles):,} articles ({time.perf_counter() - t:.1f} s to build)")

    with tempfile.TemporaryDirectory(prefix="kg-neo4j-bench-") as tmp, \
            connect(Settings.from_env(uri=args.uri, data_dir=args.data_dir or tmp)) as conn:
        print(f"server: {conn.uri} ({'embedded' if conn.embedded else 'Neo4j'}), database {conn.database!r}")
        clear(conn)
        writer = Writer(conn, args.batch_size)
        for label in cypher.KG_LABELS:
            writer.run(cypher.unique_id_constraint(label))
        write_entities(writer, rows, vocabulary())

        sample = random.Random(1).sample(list(rows.relations), min(args.baseline_sample, len(rows.relations)))
        base_s = baseline(conn, sample)
        base_rate = len(sample) / base_s
        while writer.run(cypher.DELETE_ENTITY_RELATIONSHIPS, limit=10_000)[0]["deleted"]:
            pass

        report = load_rows(conn, rows, batch_size=args.batch_size)
        got = counts(conn)
    rel_s = report.stage("relationships")
    batched_rate = report.relationships / rel_s
    in_db = sum(v for k, v in got.relationships.items() if k in vocabulary().relation_codes)
    print(f"baseline, one query per row: {len(sample):,} relationships in {base_s:.1f} s = {base_rate:,.0f} rel/s "
          f"(sample; {report.relationships:,} would take ~{report.relationships / base_rate:,.0f} s)")
    print(f"batched (UNWIND, {args.batch_size} rows/transaction): {report.relationships:,} relationships in "
          f"{rel_s:.1f} s = {batched_rate:,.0f} rel/s")
    print(f"speed-up: {batched_rate / base_rate:.1f}x")
    print("full batched load: " + ", ".join(f"{name} {s:.1f} s" for name, s in report.stage_seconds)
          + f"; total {report.seconds:.1f} s")
    print(f"in the database: {got.nodes.get('Entity', 0):,} entities, {in_db:,} relationships between entities, "
          f"{got.nodes.get('Claim', 0):,} claims")
    return 0 if in_db == report.relationships else 1


if __name__ == "__main__":
    sys.exit(main())
