"""Where kg's memory goes as a corpus grows: one serial build in this process, with the resident
size and the size of every cache and of the graph store measured every --every articles.

    .venv/bin/python benchmarks/memory.py --corpus /tmp/c30k.jsonl --every 10000 [--trace]

The build is kg.pipeline.build's own loop (read -> map step -> GraphStore.merge -> checkpoint),
written out here so that it can be measured between articles; graph.json goes to a temporary
directory. At each mark: current and peak resident size, and for every per-process cache (the
functools.lru_cache functions of kg's modules, every kg.memo.Memo, the NER scorer's row store)
its entries and an estimate of its bytes (sizes of a sample of entries, keys and values with their
elements, times the count). With --trace, tracemalloc also runs and the 25 allocation sites whose
live memory grew most between the first and the last mark are printed (it slows the build ~3x).

With --replay N only the first N articles are extracted; every later article i is given the
extraction of article i mod N under its own id and metadata (kg.types.ArticleInfo), so the graph
store gets the same load of mentions and claims per article at ~1 ms an article instead of ~10:
a 100,000-article run takes minutes, and what grows with the corpus outside extraction (reading,
the store, its checkpoints and index, the final write) shows at full size.
"""
from __future__ import annotations

import argparse
import gc
import itertools
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def status_mb() -> dict:
    """Resident memory split as the kernel counts it: anonymous (the heap: what kg allocates) and
    file-backed (mapped files: code, and pages of a memory-mapped graph file that were read)."""
    out = {}
    with open("/proc/self/status") as fh:
        for line in fh:
            key, _, value = line.partition(":")
            if key in ("VmHWM", "RssAnon", "RssFile"):
                out[key] = round(int(value.split()[0]) / 1024)
    return out


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _deep(obj, depth: int = 3) -> int:
    size = sys.getsizeof(obj)
    if depth and isinstance(obj, (tuple, list, set, frozenset)):
        size += sum(_deep(x, depth - 1) for x in itertools.islice(obj, 50)) * max(1, len(obj)) // max(1, min(len(obj), 50))
    elif depth and isinstance(obj, dict):
        size += sum(_deep(k, depth - 1) + _deep(v, depth - 1) for k, v in itertools.islice(obj.items(), 50)) \
            * max(1, len(obj)) // max(1, min(len(obj), 50))
    elif hasattr(obj, "nbytes"):
        size += int(obj.nbytes)
    return size


def _mapping_mb(mapping: dict, sample: int = 2000) -> float:
    """Estimated bytes of a dict: its table plus a sample of entries' deep sizes times the count."""
    if not mapping:
        return sys.getsizeof(mapping) / 2**20
    items = list(itertools.islice(mapping.items(), sample))
    per = sum(_deep(k) + _deep(v) for k, v in items) / len(items)
    return (sys.getsizeof(mapping) + per * len(mapping)) / 2**20


def caches() -> dict:
    """Entries and estimated MB of every lru_cache of kg's modules and every Memo alive."""
    from kg.memo import Memo
    out = {}
    for name, mod in list(sys.modules.items()):
        if not (name == "kg" or name.startswith(("kg.", "ontology"))):
            continue
        for attr, fn in vars(mod).items():
            info = getattr(fn, "cache_info", None)
            if callable(info) and getattr(fn, "__module__", None) == name:
                n = info().currsize
                if n:
                    out[f"{name}.{attr}"] = {"entries": n, "mb": None}
    # lru_cache keeps its entries out of reach; estimate them from the wrapped function's outputs
    memos = [o for o in gc.get_objects() if isinstance(o, Memo)]
    for m in memos:
        owner = getattr(m.compute, "__qualname__", repr(m.compute))
        out[f"Memo {owner} #{id(m) % 10000}"] = {"entries": len(m), "mb": round(_mapping_mb(m), 1)}
    try:
        from kg.ner.model import load
        fast = load().fast
        if fast is not None:
            out["FastCrf rows"] = {"entries": fast.rows.size, "mb": round(fast.rows.matrix.nbytes / 2**20, 1)}
    except Exception as exc:  # noqa: BLE001 - a diagnostic
        out["FastCrf rows"] = {"error": str(exc)}
    return out


def lru_estimates() -> dict:
    """Estimated MB of the lru_caches, from the CPython layout: each entry is a 4-slot list link
    (~88 B), a dict slot (~3*8*1.5 B), its key (the argument) and its value."""
    out = {}
    for name, mod in list(sys.modules.items()):
        if not (name == "kg" or name.startswith(("kg.", "ontology"))):
            continue
        for attr, fn in vars(mod).items():
            info = getattr(fn, "cache_info", None)
            if callable(info) and getattr(fn, "__module__", None) == name and info().currsize > 1000:
                out[f"{name}.{attr}"] = info().currsize
    return out


def replaying(extract, first: int):
    """extract() for the first ``first`` articles; then article i gets the extraction of article
    i mod first, with its own ArticleInfo (id, content hash, url, title, date, origin)."""
    import dataclasses
    done: list = []

    def replay(article):
        if len(done) < first:
            done.append(extract(article))
            return done[-1]
        x = done[replay.n % first]
        replay.n += 1
        info = dataclasses.replace(x.info, id=article.id, content_hash=article.content_hash, url=article.url,
                                   title=article.title, published=article.published, origin=article.origin)
        return dataclasses.replace(x, info=info)
    replay.n = 0
    return replay


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", required=True, help="JSONL corpus (benchmarks/scale/make_corpus.py)")
    ap.add_argument("--every", type=int, default=10_000)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--trace", action="store_true")
    ap.add_argument("--out", help="append the JSON result to this file")
    ap.add_argument("--replay", type=int, default=0, help="extract only the first N articles, then reuse them")
    args = ap.parse_args()
    import tracemalloc
    if args.trace:
        tracemalloc.start(4)
    from kg.graphstore import GraphStore
    from kg.ingest import read_inputs
    from kg.parallel import map_articles
    from kg.pipeline import CHECKPOINT_ITEMS, extract_article
    from kg.types import Skipped

    marks, snapshots, floors, checkpoints = [], [], [], []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        store, partial = GraphStore(), Path(tmp) / ".graph.json.partial"
        articles = (a for a in read_inputs([args.corpus]) if not isinstance(a, Skipped))
        if args.limit:
            articles = itertools.islice(articles, args.limit)
        n = 0
        extract = replaying(extract_article, args.replay) if args.replay else extract_article
        for article, result in map_articles(articles, extract):
            n += 1
            if not isinstance(result, str):
                store.merge(result)
            if store.held > CHECKPOINT_ITEMS:
                store = store.checkpoint(partial)
                gc.collect()
                floor = {"articles": n, "after_checkpoint_rss_mb": round(rss_mb()), **status_mb()}
                if args.trace:
                    floor["traced_mb"] = round(tracemalloc.get_traced_memory()[0] / 2**20)
                    checkpoints.append(tracemalloc.take_snapshot())
                floors.append(floor)
                print(json.dumps(floor), flush=True)
            if n % args.every == 0:
                gc.collect()
                mark = {"articles": n, "seconds": round(time.perf_counter() - started, 1),
                        "rss_mb": round(rss_mb()), "peak_rss_mb": round(peak_mb()), **status_mb(),
                        "store_held": store.held,
                        "caches": caches(), "lru_entries": lru_estimates()}
                if args.trace:
                    mark["traced_mb"] = round(tracemalloc.get_traced_memory()[0] / 2**20)
                    snapshots.append(tracemalloc.take_snapshot())
                marks.append(mark)
                print(json.dumps({k: v for k, v in mark.items() if k != "caches"}), flush=True)
        before_write = status_mb()
        peak_before_write = round(peak_mb())
        if args.trace:
            tracemalloc.reset_peak()
        store.write(Path(tmp) / "graph.json", release=True)
        write_traced_peak = round(tracemalloc.get_traced_memory()[1] / 2**20) if args.trace else None
    result = {"corpus": args.corpus, "articles": n, "before_final_write": before_write,
              "peak_rss_mb_before_final_write": peak_before_write, "traced_peak_mb_in_final_write": write_traced_peak,
              "after_final_write": status_mb(), "final_peak_rss_mb": round(peak_mb()), "marks": marks,
              "load_after": [round(x, 2) for x in os.getloadavg()]}
    result["after_each_checkpoint"] = floors
    if args.trace and len(checkpoints) >= 2:
        stats = checkpoints[-1].compare_to(checkpoints[0], "traceback")
        result["growth_first_to_last_checkpoint"] = [
            {"where": s.traceback.format()[-4:], "grew_mb": round(s.size_diff / 2**20, 1),
             "now_mb": round(s.size / 2**20, 1)} for s in stats[:15]]
    if args.trace and len(snapshots) >= 2:
        stats = snapshots[-1].compare_to(snapshots[0], "lineno")
        result["growth_first_to_last_mark"] = [
            {"where": str(s.traceback), "grew_mb": round(s.size_diff / 2**20, 1), "now_mb": round(s.size / 2**20, 1)}
            for s in stats[:25]]
    print(json.dumps(result, indent=1, ensure_ascii=False))
    if args.out:
        with open(args.out, "a") as fh:
            fh.write(json.dumps(result, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
