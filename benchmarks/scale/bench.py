"""Scale benchmark: run `kg build` as a user would and report what it cost on this machine.

    # end to end (read -> extract -> graph.json), 1 then 2 workers, on generated articles
    .venv/bin/python benchmarks/scale/bench.py build --articles 2000 --workers 1 2
    # peak memory at 100,000 articles (corpus from make_corpus.py), then adding 100 to it
    .venv/bin/python benchmarks/scale/bench.py build --corpus /tmp/c100k.jsonl --workers 2 --keep /tmp/g100k
    .venv/bin/python benchmarks/scale/bench.py into --graph /tmp/g100k --first 100000 --articles 100

Each run is one `kg build` subprocess. Peak memory is sampled every 0.2 s as the sum of the
resident sizes of kg and its worker processes (a conservative figure: pages the forked workers
share with their parent are counted twice), next to the largest single process's ru_maxrss.
Tokens are whitespace-separated words. The load average before and after says how busy the
(shared) machine was; the CPU seconds of kg and its workers (user + system) give a per-core rate
that other people's processes do not distort (articles per CPU second). Each result is printed
and appended as one JSON line to --results.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

KG = [sys.executable, "-m", "kg.cli"]


def _tree_rss(proc) -> int:
    import psutil
    total = 0
    try:
        p = psutil.Process(proc.pid)
        for q in [p, *p.children(recursive=True)]:
            try:
                total += q.memory_info().rss
            except psutil.Error:
                pass
    except psutil.Error:
        pass
    return total


def _children_cpu() -> float:
    """User + system CPU seconds of every finished child process and its descendants."""
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run_kg(args: list[str]) -> dict:
    """Run kg with args; wall seconds, sampled peak tree RSS and the largest child's ru_maxrss."""
    before = os.getloadavg()
    cpu_before = _children_cpu()
    started = time.perf_counter()
    proc = subprocess.Popen(KG + args, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, _tree_rss(proc))
        time.sleep(0.2)
    out, err = proc.communicate()
    wall = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"kg {' '.join(args)} failed ({proc.returncode}):\n{out}\n{err}")
    return {"wall_s": round(wall, 2), "cpu_s": round(_children_cpu() - cpu_before, 1),
            "peak_tree_rss_mb": round(peak / 2**20),
            "max_process_rss_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024),
            "load_before": [round(x, 2) for x in before], "load_after": [round(x, 2) for x in os.getloadavg()],
            "summary": out.strip().splitlines()[:2]}


def corpus_stats(path: Path) -> tuple[int, int]:
    articles = words = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                articles += 1
                words += len(json.loads(line)["text"].split())
    return articles, words


def gold_scores(corpus: Path, graph: Path) -> dict:
    """Recall of the generated gold triples in the graph (distinct triples, any article)."""
    from ontology import vocabulary
    symmetric = vocabulary().symmetric
    gold = set()
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            for t in json.loads(line).get("gold", ()):
                s, o = t["subject"], t["object"]
                if t["relation"] in symmetric and o < s:
                    s, o = o, s
                gold.add((s, t["relation"], o))
    found = set()
    with open(graph, encoding="utf-8") as f:
        for line in f:
            if line.startswith('{"source":'):
                e = json.loads(line.rstrip().rstrip(","))
                found.add((e["source"], e["key"], e["target"]))
    hit = len(gold & found)
    return {"gold_triples": len(gold), "gold_found": hit, "gold_recall": round(hit / max(len(gold), 1), 3),
            "graph_relations": len(found)}


def cmd_build(args) -> list[dict]:
    work = Path(tempfile.mkdtemp(prefix="kg-scale-"))
    corpus = Path(args.corpus) if args.corpus else work / "corpus.jsonl"
    if not args.corpus:
        import make_corpus
        make_corpus.write_corpus(corpus, args.articles)
    n, words = corpus_stats(corpus)
    results = []
    for w in args.workers:
        out = Path(args.keep) if args.keep else work / f"out{w}"
        shutil.rmtree(out, ignore_errors=True)
        run_on = ["--scheduler", args.scheduler] if args.scheduler else ["--workers", str(w)]
        r = run_kg(["build", str(corpus), "--out", str(out), "--quiet", *run_on])
        r.update(kind="dask" if args.scheduler else "build", articles=n, words=n and words, workers=w,
                 articles_per_s=round(n / r["wall_s"], 1), articles_per_s_per_core=round(n / r["wall_s"] / w, 1),
                 tokens_per_s=round(words / r["wall_s"]), tokens_per_s_per_core=round(words / r["wall_s"] / w),
                 articles_per_cpu_s=round(n / r["cpu_s"], 1), tokens_per_cpu_s=round(words / r["cpu_s"]),
                 graph_json_mb=round((out / "graph.json").stat().st_size / 2**20))
        if args.gold:
            r.update(gold_scores(corpus, out / "graph.json"))
        results.append(r)
        _report(r, args.results)
    if len(results) > 1:
        base = results[0]
        for r in results[1:]:
            print(f"speed-up {base['workers']} -> {r['workers']} workers: {base['wall_s'] / r['wall_s']:.2f}x")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return results


def cmd_into(args) -> dict:
    import make_corpus
    graph = Path(args.graph)
    work = Path(tempfile.mkdtemp(prefix="kg-scale-"))
    new = work / "new.jsonl"
    make_corpus.write_corpus(new, args.articles, first=args.first)
    target = graph
    if args.copy:
        target = work / "graph"
        shutil.copytree(graph, target)
    r = run_kg(["build", str(new), "--into", str(target), "--quiet", "--workers", str(args.workers)])
    r.update(kind="into", articles=args.articles, workers=args.workers, graph_json_mb=round((target / "graph.json").stat().st_size / 2**20))
    _report(r, args.results)
    shutil.rmtree(work, ignore_errors=True)
    return r


def cmd_table(args) -> None:
    """The results file as a markdown table."""
    rows = [json.loads(line) for line in Path(args.results).read_text(encoding="utf-8").splitlines() if line.strip()]
    print("| run | articles | workers | wall s | articles/s per core | tokens/s per core | articles per CPU s "
          "| peak memory (tree) | load avg (1 min, before → after) |")
    print("|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        per_core = f"{r['articles_per_s_per_core']}" if r["kind"] != "into" else "–"
        tokens = f"{r['tokens_per_s_per_core']:,}" if r["kind"] != "into" else "–"
        per_cpu = r.get("articles_per_cpu_s", "–") if r["kind"] == "build" else "–"   # Dask workers are not kg's children
        print(f"| {r['kind']} | {r['articles']:,} | {r['workers']} | {r['wall_s']} | {per_core} | {tokens} | {per_cpu} "
              f"| {r['peak_tree_rss_mb']:,} MB | {r['load_before'][0]} → {r['load_after'][0]} |")


def _commit() -> str:
    """The code measured: HEAD, and whether kg/ or ontology/ had uncommitted changes."""
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True,
                              text=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "kg", "ontology"], cwd=REPO, capture_output=True,
                               text=True).stdout.strip()
        return head + ("+dirty" if dirty else "")
    except OSError:
        return "unknown"


def _report(r: dict, results: str | None) -> None:
    r["commit"] = _commit()
    print(json.dumps(r, ensure_ascii=False))
    if results:
        with open(results, "a", encoding="utf-8") as f:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build", help="time kg build on a corpus, for each worker count")
    b.add_argument("--corpus", help="a JSONL corpus (default: generate --articles articles)")
    b.add_argument("--articles", type=int, default=2000)
    b.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    b.add_argument("--keep", help="write the graph to this directory and keep it (one worker count only)")
    b.add_argument("--gold", action="store_true", help="also score the graph against the generated gold")
    b.add_argument("--scheduler", help="run the map step on this Dask scheduler (--workers: how many "
                                       "worker processes it has, for the per-core figures)")
    b.add_argument("--results", help="append each result as a JSON line to this file")
    i = sub.add_parser("into", help="time kg build --into: new generated articles into an existing graph")
    i.add_argument("--graph", required=True, help="output directory of an earlier kg build")
    i.add_argument("--articles", type=int, default=100)
    i.add_argument("--first", type=int, required=True, help="number of the first new article (the corpus size)")
    i.add_argument("--workers", type=int, default=1)
    i.add_argument("--copy", action="store_true", help="add to a copy, leaving --graph as it was")
    i.add_argument("--results")
    t = sub.add_parser("table", help="print a results file as a markdown table")
    t.add_argument("results")
    args = ap.parse_args(argv)
    if args.cmd == "table":
        cmd_table(args)
    elif args.cmd == "build":
        if args.keep and len(args.workers) > 1:
            ap.error("--keep takes one worker count")
        cmd_build(args)
    else:
        cmd_into(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
