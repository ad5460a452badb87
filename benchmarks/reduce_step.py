"""The reduce step of `kg build` (merge, checkpoints, final write) timed on its own.

A build's parent process merges every article's extraction into the graph store, writes a
checkpoint whenever CHECKPOINT_ITEMS mentions and claims are held, and writes graph.json at the
end, on the same cores as the workers. This replays that step in one process on extractions
saved once, so that its CPU time can be compared between versions of kg.graphstore:

    .venv/bin/python benchmarks/long_line.py --mb 30 -o /tmp/big30.txt
    .venv/bin/python benchmarks/reduce_step.py extract /tmp/big30.txt /tmp/big30.pkl --workers 2
    .venv/bin/python benchmarks/reduce_step.py replay /tmp/big30.pkl /tmp/reduce-out

The graph written is the one `kg build` writes (compare them with cmp).
"""
from __future__ import annotations

import argparse
import pickle
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def extract(source: str, out: str, workers: int) -> int:
    from kg.ingest import read_inputs
    from kg.parallel import map_articles
    from kg.pipeline import extract_article, warm_up_for_many
    from kg.types import Article
    warm_up_for_many()
    n = 0
    with open(out, "wb") as f:
        articles = (a for a in read_inputs([source]) if isinstance(a, Article))
        for _, result in map_articles(articles, extract_article, workers=workers):
            if not isinstance(result, str):
                pickle.dump(result, f, protocol=pickle.HIGHEST_PROTOCOL)
                n += 1
    print(f"saved {n} extractions to {out}")
    return 0


def replay(saved: str, out_dir: str, checkpoint_items: int) -> int:
    from kg.graphstore import GraphStore, index_path
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    results = []
    with open(saved, "rb") as f:
        while True:
            try:
                results.append(pickle.load(f))
            except EOFError:
                break
    partial = out / ".graph.json.partial"
    cpu = {"merge": 0.0, "checkpoints": 0.0, "write": 0.0}
    started, wall = time.process_time(), time.perf_counter()
    store = GraphStore()
    for result in results:
        t = time.process_time()
        store.merge(result)
        cpu["merge"] += time.process_time() - t
        if store.held > checkpoint_items:
            t = time.process_time()
            store = store.checkpoint(partial)
            cpu["checkpoints"] += time.process_time() - t
    t = time.process_time()
    written = store.write(out / "graph.json", release=True)
    cpu["write"] = time.process_time() - t
    for p in (partial, index_path(partial)):
        p.unlink(missing_ok=True)
    print(f"{len(results)} extractions: {time.process_time() - started:.1f} s CPU "
          f"({', '.join(f'{k} {v:.1f}' for k, v in cpu.items())}), {time.perf_counter() - wall:.1f} s wall, "
          f"{len(written.nodes)} nodes, {len(written.links)} links, {written.claims} claims, "
          f"max RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB (the saved extractions included)")
    return 0


def main(argv=None) -> int:
    from kg.pipeline import CHECKPOINT_ITEMS
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="command", required=True)
    e = sub.add_parser("extract", help="extract every article of an input and save the extractions")
    e.add_argument("input")
    e.add_argument("saved")
    e.add_argument("--workers", type=int, default=2)
    r = sub.add_parser("replay", help="merge the saved extractions, with checkpoints, and write graph.json")
    r.add_argument("saved")
    r.add_argument("out_dir")
    r.add_argument("--checkpoint-items", type=int, default=CHECKPOINT_ITEMS)
    args = ap.parse_args(argv)
    if args.command == "extract":
        return extract(args.input, args.saved, args.workers)
    return replay(args.saved, args.out_dir, args.checkpoint_items)


if __name__ == "__main__":
    raise SystemExit(main())
