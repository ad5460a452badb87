"""Small corpora: many short articles, start-up included, with 1 and 2 worker processes.

    .venv/bin/python benchmarks/small_corpus.py                        # this checkout, 3 rounds
    .venv/bin/python benchmarks/small_corpus.py --repo /path/to/other  # and another, interleaved

The corpus is the dev articles of ../shared/corpus/dev (53 files of ~1-2 KB) copied --copies times
(default 40: 2,120 articles) into a temporary directory, each copy with its own file name (and so
its own article id). Every run is one `kg build DIR --out TMP --quiet --workers N` process, timed
wall clock from start to exit, so start-up is included; what kg keeps on disk between runs
(kg.memo.disk_cached) is warm, as for a user's second command. In each round every checkout runs
1 then 2 workers; the 2-worker speed-up is the ratio of the two runs of that round. Medians of the
rounds are printed with the load average before and after, and the CPU seconds of each build
(a speed-up needs a second idle core: on a machine loaded beyond its cores it cannot show).
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEV = REPO.parent / "shared" / "corpus" / "dev"


def make_corpus(target: Path, copies: int, source: Path = DEV) -> int:
    files = sorted(p for p in source.iterdir() if p.suffix == ".txt")
    if not files:
        raise SystemExit(f"no .txt articles in {source}")
    for k in range(copies):
        for f in files:
            shutil.copyfile(f, target / f"c{k:03d}_{f.name}")
    return copies * len(files)


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def build(repo: Path, corpus: Path, out: Path, workers: int, cache: Path, python: str) -> tuple[float, float]:
    """(wall seconds, CPU seconds of kg and its workers) of one kg build."""
    env = dict(os.environ, PYTHONPATH=str(repo), KG_CACHE_DIR=str(cache))
    env.pop("KG_DISK_CACHE", None)
    shutil.rmtree(out, ignore_errors=True)
    cpu, started = _cpu(), time.perf_counter()
    proc = subprocess.run([python, "-m", "kg.cli", "build", str(corpus), "--out", str(out), "--quiet",
                           "--workers", str(workers)], cwd=repo, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"kg build failed in {repo}:\n{proc.stdout}\n{proc.stderr}")
    return wall, _cpu() - cpu


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repo", action="append", default=[], help="another checkout to measure alongside this one")
    ap.add_argument("--copies", type=int, default=40)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--source", default=str(DEV), help="directory of .txt articles to copy")
    ap.add_argument("--python", default=sys.executable)
    args = ap.parse_args()
    repos = [REPO] + [Path(r).resolve() for r in args.repo]
    load_before = os.getloadavg()
    runs: dict[str, list[dict]] = {str(r): [] for r in repos}
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        n = make_corpus(corpus, args.copies, Path(args.source))
        for k, r in enumerate(repos):     # fill each checkout's disk cache (and check it runs)
            build(r, Path(args.source), Path(tmp) / "warm", 1, Path(tmp) / f"cache{k}", args.python)
        for _ in range(args.rounds):
            for k, r in enumerate(repos):
                one, cpu1 = build(r, corpus, Path(tmp) / "out1", 1, Path(tmp) / f"cache{k}", args.python)
                two, cpu2 = build(r, corpus, Path(tmp) / "out2", 2, Path(tmp) / f"cache{k}", args.python)
                same = (Path(tmp) / "out1" / "graph.json").read_bytes() == (Path(tmp) / "out2" / "graph.json").read_bytes()
                runs[str(r)].append({"wall_1_worker_s": round(one, 2), "wall_2_workers_s": round(two, 2),
                                     "articles_per_s_1": round(n / one, 1), "articles_per_s_2": round(n / two, 1),
                                     "speedup_2_workers": round(one / two, 3), "same_graph": same,
                                     "cpu_1_worker_s": round(cpu1, 1), "cpu_2_workers_s": round(cpu2, 1),
                                     "articles_per_cpu_s_1": round(n / cpu1, 1),
                                     "load": [round(x, 2) for x in os.getloadavg()]})
    summary = {"articles": n, "rounds": args.rounds, "load_before": [round(x, 2) for x in load_before],
               "load_after": [round(x, 2) for x in os.getloadavg()], "checkouts": {}}
    for r, rs in runs.items():
        summary["checkouts"][r] = {
            "median_articles_per_s_1_worker": statistics.median(x["articles_per_s_1"] for x in rs),
            "median_articles_per_s_2_workers": statistics.median(x["articles_per_s_2"] for x in rs),
            "median_speedup_2_workers": statistics.median(x["speedup_2_workers"] for x in rs),
            "runs": rs}
    print(json.dumps(summary, indent=2))


if __name__ == "__main__":
    main()
