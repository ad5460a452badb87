"""Where a build's CPU goes with worker processes: the parent (reading inputs, merging, the final
write) against the workers together, for one `kg build` run in this process.

    .venv/bin/python benchmarks/worker_split.py DIR --workers 2     # e.g. the dev articles x 40

The parent's CPU in kg.ingest.read_inputs, GraphStore.merge and GraphStore.write is timed with
time.process_time around each call; the workers' CPU is this process's children's (getrusage).
With 2 workers on 2 cores the wall time is about start-up + (workers + parent's merge and read) / 2
+ write: the parent's share is what keeps 2 workers from 2x.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    import kg.pipeline as pipeline
    from kg.graphstore import GraphStore
    spent = {"read": 0.0, "merge": 0.0, "write": 0.0}
    read_inputs, merge, write = pipeline.read_inputs, GraphStore.merge, GraphStore.write

    def timed_read(*a, **k):
        items = read_inputs(*a, **k)
        while True:
            t = time.process_time()
            try:
                item = next(items)
            except StopIteration:
                return
            finally:
                spent["read"] += time.process_time() - t
            yield item

    def timed(name, fn):
        def run(*a, **k):
            t = time.process_time()
            try:
                return fn(*a, **k)
            finally:
                spent[name] += time.process_time() - t
        return run

    pipeline.read_inputs = timed_read
    GraphStore.merge, GraphStore.write = timed("merge", merge), timed("write", write)
    started, cpu = time.perf_counter(), time.process_time()
    with tempfile.TemporaryDirectory() as out:
        report = pipeline.build(args.inputs, out, progress=False, workers=args.workers)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(json.dumps({"articles": report.read, "workers": args.workers,
                      "wall_s": round(time.perf_counter() - started, 2),
                      "parent_cpu_s": round(time.process_time() - cpu, 2),
                      "parent_cpu_by_step_s": {k: round(v, 2) for k, v in spent.items()},
                      "workers_cpu_s": round(children.ru_utime + children.ru_stime, 2),
                      "load": [round(x, 2) for x in os.getloadavg()]}))


if __name__ == "__main__":
    main()
