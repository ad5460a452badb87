#!/usr/bin/env python3
"""Attribution errors of a graph against gold, per category, with the sentences.

Usage: .venv/bin/python scripts/attribution_errors.py GRAPH_JSON GOLD_DIR [--scorer PATH]
       [--skip ART ...] [--only CATEGORY]

Matches nodes and relations as the shared scorer does (its own Matcher), then, for every
matched relation, compares the credited source and the hedge with gold and sorts each
mismatch into one of five categories:

  missing   gold credits a source, the graph credits none
  wrong     gold credits a source, the graph credits another one
  spurious  gold credits none, the graph credits one
  hedge_fn  gold hedges, the graph does not
  hedge_fp  the graph hedges, gold does not

Each line gives the article, the triple, gold's source and the graph's, gold's evidence and the
sentence(s) the graph read it from. The counts per category come last.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.scorer_train import load_shared_scorer  # noqa: E402

DEFAULT_SCORER = ROOT.parent / "shared" / "eval" / "score.py"
CATEGORIES = ("missing", "wrong", "spurious", "hedge_fn", "hedge_fp")


def errors(shared, graph: str, gold_dir: str, skip: set[str] = frozenset()) -> list[dict]:
    """One dict per attribution or hedge mismatch on a matched relation."""
    nodes, edges = shared.load_graph(graph)
    by_article = defaultdict(list)
    for e in edges:
        for p in shared.provenance(e):
            if isinstance(p, dict):
                by_article[str(p.get("article"))].append((e, p))
    out = []
    for path in sorted(Path(gold_dir).glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        art = gold["article"]
        if art in skip:
            continue
        m = shared.Matcher(gold)
        want = {}
        for r in gold["relations"]:
            t = (r["s"], r["p"], r["o"])
            if r["p"] in shared.SYMMETRIC:
                t = (min(r["s"], r["o"]), r["p"], max(r["s"], r["o"]))
            want[t] = r
        cache: dict[str, str | None] = {}
        match = lambda nid: cache.setdefault(nid, m.match_node(nodes[nid]) if nid in nodes else None)  # noqa: E731
        got = defaultdict(list)
        for e, p in by_article.get(art, []):
            s, o = match(str(e.get("source"))), match(str(e.get("target")))
            if s is None or o is None:
                continue
            typ = shared.edge_type(e)
            t = (min(s, o), typ, max(s, o)) if typ in shared.SYMMETRIC else (s, typ, o)
            got[t].append(p)
        for t, provs in got.items():
            if t not in want:
                continue
            r = want[t]
            gold_src = r.get("attributed_to")
            srcs = {m.match_ref(p.get("attributed_to"), nodes) if p.get("attributed_to") else None for p in provs}
            raw = sorted({str(p.get("attributed_to")) for p in provs if p.get("attributed_to")})
            base = {"article": art, "triple": t, "gold_source": gold_src, "sources": raw,
                    "evidence": r.get("evidence", ""), "sentences": sorted({p.get("sentence", "") for p in provs}),
                    "rules": sorted({p.get("rule", "") for p in provs})}
            if gold_src not in srcs:
                cat = "missing" if gold_src and srcs == {None} else "wrong" if gold_src else "spurious"
                out.append({**base, "category": cat})
            hedged = any(p.get("hedged") for p in provs)
            if bool(r.get("hedged")) != hedged:
                out.append({**base, "category": "hedge_fn" if r.get("hedged") else "hedge_fp"})
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("graph")
    parser.add_argument("gold_dir")
    parser.add_argument("--scorer", type=Path, default=DEFAULT_SCORER)
    parser.add_argument("--skip", nargs="*", default=[], help="articles to leave out")
    parser.add_argument("--only", choices=CATEGORIES)
    args = parser.parse_args(argv)
    found = errors(load_shared_scorer(args.scorer), args.graph, args.gold_dir, set(args.skip))
    counts = defaultdict(int)
    for cat in CATEGORIES:
        for x in (x for x in found if x["category"] == cat):
            counts[cat] += 1
            if args.only and cat != args.only:
                continue
            print(f"[{cat}] {x['article']} {' '.join(x['triple'])}: gold={x['gold_source']} got={x['sources']} "
                  f"rules={x['rules']}")
            print(f"    gold: {x['evidence']}")
            for s in x["sentences"]:
                print(f"    read: {s}")
    print(" ".join(f"{c}={counts[c]}" for c in CATEGORIES))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
