"""How long the kg viz page takes to load and finish its layout in headless Chromium.

    .venv/bin/python benchmarks/viz_load.py --nodes 2000 --edges 3000 --screenshot /tmp/viz_2000.png

Builds a synthetic graph that follows the graph.json contract (made-up Arabic names, every
entity and relation type of the ontology, places with coordinates), writes the page, opens it
from file:// and reports the page's own timings (ms since navigation start): when the
network was created, when the capped layout stopped, when the first frame after it was drawn.
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import networkx as nx  # noqa: E402

from kg.graph import new_graph  # noqa: E402
from ontology import vocabulary  # noqa: E402

LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
PLACES = {"City", "Region", "Country", "Facility"}


def _name(rng: random.Random) -> str:
    words = ["".join(rng.choice(LETTERS) for _ in range(rng.randint(3, 6))) for _ in range(rng.randint(1, 3))]
    return ("ال" if rng.random() < 0.4 else "") + " ".join(words)


def synthetic_graph(n_nodes: int, n_edges: int, seed: int = 1) -> nx.MultiDiGraph:
    """A scale-free-ish graph of n_nodes entities and about n_edges relations."""
    rng = random.Random(seed)
    vocab = vocabulary()
    g = new_graph()
    articles = [f"synthetic_{i}" for i in range(max(1, n_edges // 4))]
    for a in articles:
        g.graph["articles"][a] = {"content_hash": a, "url": None, "title": None,
                                  "published": f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                                  "publisher": None, "origin": None}
    ids = []
    for i in range(n_nodes):
        t = rng.choice(vocab.entity_codes)
        place = t in PLACES
        name = _name(rng)
        g.add_node(f"n{i}", type=t, name=name, name_en=None, aliases=[name], wikidata=None, geonames=None,
                   lat=rng.uniform(32.0, 37.0) if place else None, lon=rng.uniform(35.5, 42.0) if place else None,
                   mentions=[{"article": rng.choice(articles), "start": 0, "end": len(name), "text": name}])
        ids.append(f"n{i}")
    weights = [1.0 / (i + 1) ** 0.8 for i in range(n_nodes)]     # a few hubs, many leaves
    for i in range(n_edges):
        u = ids[i % n_nodes] if i < n_nodes else rng.choices(ids, weights)[0]
        v = rng.choices(ids, weights)[0]
        if u == v:
            continue
        rel = rng.choice(vocab.relation_codes)
        a = rng.choice(articles)
        prov = {"article": a, "sentence": f"جملة تجريبية رقم {i}.", "start": 0, "end": 10, "attributed_to": None,
                "hedged": rng.random() < 0.1, "event_date": None, "rule": "synthetic", "confidence": 0.8, "trigger": None}
        if g.has_edge(u, v, rel):
            g.edges[u, v, rel]["provenance"].append(prov)
        else:
            g.add_edge(u, v, key=rel, type=rel, provenance=[prov])
    return g


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--nodes", type=int, default=2000)
    ap.add_argument("--edges", type=int, default=3000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--screenshot", default=None, help="save a PNG of the page after the layout")
    args = ap.parse_args(argv)

    from loaders.view import write_page
    from loaders.view.headless import chromium, open_page, requests_made, screenshot_stats

    g = synthetic_graph(args.nodes, args.edges)
    page = Path(tempfile.mkdtemp(prefix="kg-viz-bench-")) / "graph.html"
    t0 = time.perf_counter()
    write_page(g, page, title=f"synthetic {args.nodes} nodes")
    print(f"graph: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges; page {page.stat().st_size / 1e6:.2f} MB "
          f"written in {time.perf_counter() - t0:.2f} s")
    with chromium() as driver:
        for run in range(1, args.runs + 1):
            t = open_page(driver, page, timeout=120)
            outside = [r.url for r in requests_made(driver) if not r.url.startswith(("file:", "data:"))]
            counts = driver.execute_script("return kgView.visibleCounts()")
            longest = driver.execute_async_script("""
                var done = arguments[0];
                try {
                  new PerformanceObserver(function (list) {
                    done(Math.max.apply(null, [0].concat(list.getEntries().map(function (e) { return e.duration; }))));
                  }).observe({type: 'longtask', buffered: true});
                  setTimeout(function () { done(0); }, 1000);
                } catch (e) { done(-1); }""")
            responsive = driver.execute_script(
                "var t = performance.now(); kgView.search('ال'); return performance.now() - t")
            print(f"run {run}: network created {t['created']:.0f} ms, layout stopped {t['stabilised']:.0f} ms, "
                  f"drawn {t['drawn']:.0f} ms after navigation start ({t.get('iterations', '?')} layout steps); "
                  f"{counts['nodes']} nodes drawn; longest main-thread task {longest:.0f} ms; "
                  f"search over all names {responsive:.0f} ms; requests outside the file: {len(outside)}")
        if args.screenshot:
            png = driver.get_screenshot_as_png()
            Path(args.screenshot).write_bytes(png)
            variance, colours = screenshot_stats(png)
            print(f"screenshot {args.screenshot}: pixel variance {variance:.0f}, {colours} colours")
    return 0


if __name__ == "__main__":
    sys.exit(main())
