"""CPU time of the map step (kg.pipeline.extract_article) in one process, without start-up,
reading or the reduce step: the figure to compare between two versions of the extractor.

    .venv/bin/python benchmarks/scale/make_corpus.py --articles 1000 -o /tmp/c1k.jsonl
    .venv/bin/python benchmarks/extract_cpu.py /tmp/c1k.jsonl
    .venv/bin/python benchmarks/extract_cpu.py /tmp/long3.txt     # benchmarks/long_line.py --mb 3

The worker's set-up is done first (kg.parallel.prepare_worker: warm-up, frozen heap, collector
threshold), then the first ``--warm`` articles are extracted once untimed so that the per-word
caches are filled as in a long run. Prints the CPU seconds, articles per CPU second and the CPU
time spent in the cyclic garbage collector (reference cycles left by an article show up there).
On a shared machine run two versions at the same time and compare their ratio, not their times.
"""
from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("input", help="anything kg build reads (a JSONL corpus, a text file ...)")
    ap.add_argument("--articles", type=int, default=None, help="only the first N articles (parts)")
    ap.add_argument("--warm", type=int, default=50, help="articles extracted untimed first (default 50)")
    args = ap.parse_args(argv)

    from kg.ingest import read_inputs
    from kg.parallel import prepare_worker
    from kg.pipeline import extract_article, warm_up_for_many
    from kg.types import Article
    articles = [a for a in read_inputs([args.input]) if isinstance(a, Article)][:args.articles]
    warm_up_for_many()
    prepare_worker(extract_article)
    for a in articles[:args.warm]:
        extract_article(a)
    collected = [0, 0.0, 0.0]                     # collections, CPU s in them, start of the current one

    def timed(phase, info):
        if phase == "start":
            collected[2] = time.process_time()
        else:
            collected[0] += 1
            collected[1] += time.process_time() - collected[2]
    gc.callbacks.append(timed)
    started = time.process_time()
    for a in articles:
        extract_article(a)
    cpu = time.process_time() - started
    gc.callbacks.remove(timed)
    print(f"{len(articles)} articles: {cpu:.2f} s CPU, {len(articles) / cpu:.1f} articles per CPU second, "
          f"{collected[1]:.3f} s in {collected[0]} garbage collections")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
