"""Benchmark (not a test): export a synthetic graph of >= 1,000,000 triples as N-Triples and
Turtle; report triples per second and peak memory. Run from the repo root:

    .venv/bin/python benchmarks/rdf_export.py                 # nt and turtle, ~1.1M triples
    .venv/bin/python benchmarks/rdf_export.py --edges 70000 --formats nt turtle trig

Each format runs in its own process so that peak memory (ru_maxrss) is that format's alone;
"triples/s" is by wall clock, "per cpu s" by the process's CPU time (steadier on a busy machine);
"graph" is the resident size after building the networkx graph, "peak" the maximum during the
export. The N-Triples file is parsed back with pyoxigraph to check it is valid and complete.
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوية"
ROLES = ("ArmedGroup", "StateForce", "Government", "Person", "MediaOutlet", "Organization")
PLACES = ("City", "Region", "Country", "Facility")
PLACE_RELATIONS = ("CAPTURED", "ENTERED", "WITHDREW_FROM", "BESIEGED", "ATTACKED", "BASED_IN")
ACTOR_RELATIONS = ("CLASHED_WITH", "SUPPORTS", "LEADS", "PART_OF", "ALLIED_WITH", "KILLED")


def arabic_name(rng: random.Random) -> str:
    return " ".join("".join(rng.choice(LETTERS) for _ in range(rng.randint(3, 7))) for _ in range(rng.randint(1, 3)))


def synthetic_graph(nodes: int, articles: int, edges: int, provenance: int, seed: int = 7):
    """A contract-conforming graph: actors and places, articles, and edges with provenance."""
    from kg.graph import new_graph

    rng = random.Random(seed)
    g = new_graph()
    actors, places = [], []
    for i in range(nodes):
        is_place = i % 3 == 0
        node_id = f"p{i}" if is_place else f"cue:actor:{i}"
        name = arabic_name(rng)
        g.add_node(node_id, type=rng.choice(PLACES if is_place else ROLES), name=name,
                   name_en=f"Name {i}" if i % 2 else None, aliases=[name, name + " الكبرى"] if i % 5 == 0 else [name],
                   wikidata=f"Q{1000 + i}" if i % 4 == 0 else None, geonames=100000 + i if is_place else None,
                   lat=rng.uniform(-90, 90) if is_place else None, lon=rng.uniform(-180, 180) if is_place else None,
                   mentions=[{"article": f"a{rng.randrange(articles)}", "start": 0, "end": 5, "text": name}])
        (places if is_place else actors).append(node_id)
    for a in range(articles):
        g.graph["articles"][f"a{a}"] = {"content_hash": f"h{a}", "url": f"https://news.example/{a}?x=1&y=2",
                                         "title": arabic_name(rng), "published": "2024-12-%02d" % (1 + a % 28),
                                         "publisher": actors[a % len(actors)], "origin": f"corpus/a{a}.txt"}
    sentence = "قالت مصادر إن " + " ".join(arabic_name(rng) for _ in range(8)) + " \"اليوم\"."
    for e in range(edges):
        u = rng.choice(actors)
        if e % 2:
            v, code = rng.choice(places), rng.choice(PLACE_RELATIONS)
        else:
            v, code = rng.choice(actors), rng.choice(ACTOR_RELATIONS)
        if g.has_edge(u, v, code):
            continue
        prov = [{"article": f"a{rng.randrange(articles)}", "sentence": sentence, "start": 10 * k, "end": 10 * k + 90,
                 "attributed_to": actors[e % len(actors)] if e % 3 == 0 else None, "hedged": e % 7 == 0,
                 "event_date": "2024-12-07" if e % 2 else None, "rule": f"{code.lower()}:verb",
                 "confidence": round(rng.random(), 3), "trigger": "سيطرت"} for k in range(provenance)]
        g.add_edge(u, v, key=code, type=code, provenance=prov)
    return g


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_one(fmt: str, args) -> dict:
    import loaders

    g = synthetic_graph(args.nodes, args.articles, args.edges, args.provenance)
    graph_mb = rss_mb()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / f"bench.{fmt}"
        t0, c0 = time.perf_counter(), time.process_time()
        loaders.export(g, fmt, out)
        seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
        peak_mb = rss_mb()
        size = out.stat().st_size
        triples = count_triples(out, fmt)
    return {"format": fmt, "triples": triples, "seconds": round(seconds, 2),
            "triples_per_s": round(triples / seconds),
            "cpu_seconds": round(cpu, 2), "triples_per_cpu_s": round(triples / cpu), "graph_mb": round(graph_mb), "peak_mb": round(peak_mb),
            "file_mb": round(size / 2**20, 1)}


def count_triples(path: Path, fmt: str) -> int:
    """Parse the file back with pyoxigraph (an independent parser) and count."""
    import pyoxigraph as ox

    formats = {"nt": ox.RdfFormat.N_TRIPLES, "turtle": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG,
               "jsonld": ox.RdfFormat.JSON_LD}
    with open(path, "rb") as f:
        return sum(1 for _ in ox.parse(f, formats[fmt]))


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--nodes", type=int, default=20000)
    p.add_argument("--articles", type=int, default=5000)
    p.add_argument("--edges", type=int, default=38000)
    p.add_argument("--provenance", type=int, default=2, help="provenance items per edge")
    p.add_argument("--formats", nargs="+", default=["nt", "turtle"])
    p.add_argument("--one", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.one:
        print(json.dumps(run_one(args.one, args)))
        return 0
    passthrough = [f"--nodes={args.nodes}", f"--articles={args.articles}", f"--edges={args.edges}",
                   f"--provenance={args.provenance}"]
    print(f"{'format':8} {'triples':>10} {'seconds':>8} {'triples/s':>10} {'cpu s':>6} {'per cpu s':>10} "
          f"{'graph MB':>9} {'peak MB':>8} {'file MB':>8}")
    for fmt in args.formats:
        out = subprocess.run([sys.executable, __file__, "--one", fmt, *passthrough], check=True,
                             capture_output=True, text=True).stdout
        r = json.loads(out.strip().splitlines()[-1])
        print(f"{r['format']:8} {r['triples']:>10,} {r['seconds']:>8} {r['triples_per_s']:>10,} "
              f"{r['cpu_seconds']:>6} {r['triples_per_cpu_s']:>10,} "
              f"{r['graph_mb']:>9} {r['peak_mb']:>8} {r['file_mb']:>8}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
