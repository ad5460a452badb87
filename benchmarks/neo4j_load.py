"""Benchmark (not a test): rows per second into the embedded server, by the direct path (ArcadeDB's
own API in the warm server's process, what kg load uses there) and by the Bolt path (UNWIND $rows,
one managed transaction per batch, what a real Neo4j gets), with a one-query-per-row baseline, all
in the same run on the same server.

    .venv/bin/python benchmarks/neo4j_load.py --relationships 20000 --entities 4000 --articles 2000
    .venv/bin/python benchmarks/neo4j_load.py --relationships 100000 --entities 20000 --paths direct,direct

Steps: build a synthetic graph.json graph (random actors and places, vocabulary relation
types, one provenance sentence per relationship); start a warm server (kg's background one) on a
temporary data directory; for each path, from an empty database, time the whole load
(``rows/s`` counts entities + relationships + claims, over the load's wall time as kg load sees it,
rows sent to the server included) and check the counts; then the baseline on a random sample of
the relationships (one auto-commit query per row: the rate is extrapolated, and printed as such).
With --uri (or NEO4J_URI) it runs against that Neo4j server instead (Bolt only): it deletes kg's
nodes there.
"""
from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.graph import new_graph  # noqa: E402
from loaders.neo4j import Settings, clear, connect, counts  # noqa: E402
from loaders.neo4j import cypher  # noqa: E402
from loaders.neo4j.load import DEFAULT_BATCH_SIZE, Writer, load, write_entities  # noqa: E402
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


def cpu_seconds(pid: int | None) -> float:
    """CPU time (user + system) of this process, plus the server process's when it is another one."""
    t = os.times()
    own = t.user + t.system
    if not pid or pid == os.getpid():
        return own
    try:
        fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
        return own + (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return float("nan")


def timed_load(conn, rows, path: str, batch_size: int, server_pid: int | None = None, reload: bool = False):
    """One load from an empty database (``reload``: the same graph again on top of it, which
    must change nothing), timed, and the database's counts checked against the graph's."""
    if not reload:
        clear(conn)
    t, c = time.perf_counter(), cpu_seconds(server_pid)
    report = load(conn, rows, batch_size=batch_size, path=path)
    wall, cpu = time.perf_counter() - t, cpu_seconds(server_pid) - c
    got = counts(conn)
    in_db = sum(v for k, v in got.relationships.items() if k in vocabulary().relation_codes)
    n = report.entities + report.relationships + report.claims
    ok = (in_db, got.nodes.get("Entity", 0), got.nodes.get("Claim", 0)) == (
        report.relationships, report.entities, report.claims)
    name = path + (" reload" if reload else "")
    print(f"{name:>6}: {n:,} rows (entities + relationships + claims) in {wall:.1f} s = {n / wall:,.0f} rows/s "
          f"(CPU, client and server: {cpu:.1f} s = {n / cpu:,.0f} rows per CPU-second); "
          + ", ".join(f"{name} {s:.1f} s" for name, s in report.stage_seconds)
          + f"; in the database: {got.nodes.get('Entity', 0):,} entities, {in_db:,} relationships, "
            f"{got.nodes.get('Claim', 0):,} claims {'(exact)' if ok else '(WRONG)'}")
    return ok


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--relationships", type=int, default=100_000)
    p.add_argument("--entities", type=int, default=20_000)
    p.add_argument("--articles", type=int, default=2_000)
    p.add_argument("--paths", default="direct,bolt", help="comma-separated: direct, bolt (default both)")
    p.add_argument("--baseline-sample", type=int, default=1_000,
                   help="relationships the one-query-per-row baseline writes (its rate is extrapolated; 0: skip)")
    p.add_argument("--batch-size", type=int, default=DEFAULT_BATCH_SIZE)
    p.add_argument("--reload", action="store_true",
                   help="after each load, time loading the same graph again (an idempotent reload)")
    p.add_argument("--uri", help="a Neo4j server instead of the embedded one (its kg nodes are deleted)")
    args = p.parse_args(argv)

    print("load average at start: %.2f %.2f %.2f" % os.getloadavg())
    t = time.perf_counter()
    g = synthetic_graph(args.relationships, args.entities, args.articles)
    rows = graph_rows(g)
    print(f"synthetic graph: {len(rows.entities):,} entities, {len(rows.relations):,} relationships, "
          f"{len(rows.claims):,} claims, {len(rows.articles):,} articles ({time.perf_counter() - t:.1f} s to build)")
    from loaders.neo4j.control import stop_server
    from loaders.neo4j.server import ServerPaths

    ok = True
    with tempfile.TemporaryDirectory(prefix="kg-neo4j-bench-") as tmp:
        try:
            with connect(Settings.from_env(uri=args.uri, data_dir=tmp)) as conn:
                print(f"server: {conn.uri} ({'embedded, warm' if conn.embedded else 'Neo4j'}), database {conn.database!r}")
                from loaders.neo4j.server import running_server
                info = None if args.uri else running_server(ServerPaths(Path(tmp).resolve()))
                for path in [x.strip() for x in args.paths.split(",") if x.strip()]:
                    if path == "direct" and conn.direct is None:
                        continue
                    ok &= timed_load(conn, rows, path, args.batch_size, info.pid if info else None)
                    if args.reload:
                        ok &= timed_load(conn, rows, path, args.batch_size, info.pid if info else None, reload=True)
                if args.baseline_sample:
                    clear(conn)
                    writer = Writer(conn, args.batch_size)
                    for label in cypher.KG_LABELS:
                        writer.run(cypher.unique_id_constraint(label))
                    write_entities(writer, rows, vocabulary())
                    sample = random.Random(1).sample(list(rows.relations), min(args.baseline_sample, len(rows.relations)))
                    base_s = baseline(conn, sample)
                    print(f"baseline, one Bolt query per relationship: {len(sample):,} in {base_s:.1f} s = "
                          f"{len(sample) / base_s:,.0f} rel/s (sample; {len(rows.relations):,} would take "
                          f"~{len(rows.relations) * base_s / len(sample):,.0f} s)")
        finally:
            if not args.uri:
                stop_server(ServerPaths(Path(tmp).resolve()))
    print("load average at end: %.2f %.2f %.2f" % os.getloadavg())
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
