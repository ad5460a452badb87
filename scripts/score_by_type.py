#!/usr/bin/env python3
"""Relation precision and recall per relation type, from the shared scorer's own matching.

Usage: score_by_type.py GRAPH_JSON GOLD_DIR [--scorer PATH]

Runs ``score.py`` (default: ../shared/eval/score.py beside the checkout) on the graph and
breaks its per-article misses and spurious relations down by type: a type's true positives
are its required gold relations not missed; its false positives are the spurious relations
of that type, those with an endpoint matching no gold entity included.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
from collections import Counter
from pathlib import Path

DEFAULT_SCORER = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"


def _load_scorer(path: Path):
    spec = importlib.util.spec_from_file_location("shared_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def by_type(graph: str, gold_dir: str, scorer_path: Path = DEFAULT_SCORER) -> dict[str, dict]:
    """``{type: {tp, fp, fn, precision, recall, f1}}`` over every article of ``gold_dir``."""
    scorer = _load_scorer(scorer_path)
    _summary, per_article = scorer.score(graph, gold_dir)
    required = Counter()
    for path in sorted(Path(gold_dir).glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        required.update(r["p"] for r in gold["relations"] if not r.get("optional"))
    missed, spurious = Counter(), Counter()
    for article in per_article.values():
        missed.update(t[1] for t in article["missed_relations"])
        spurious.update(t[1] for t in article["spurious_relations"])
        spurious.update(t[1] for t in article["relations_with_unknown_endpoint"])
    table = {}
    for typ in sorted(set(required) | set(spurious)):
        tp = required[typ] - missed[typ]
        fp, fn = spurious[typ], missed[typ]
        p, r, f = scorer.prf(tp, fp, fn)
        table[typ] = {"gold": required[typ], "tp": tp, "fp": fp, "fn": fn,
                      "precision": p, "recall": r, "f1": f}
    return table


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("graph")
    parser.add_argument("gold_dir")
    parser.add_argument("--scorer", type=Path, default=DEFAULT_SCORER)
    args = parser.parse_args(argv)
    table = by_type(args.graph, args.gold_dir, args.scorer)
    print(f"{'relation':<20}{'gold':>6}{'tp':>5}{'fp':>5}{'fn':>5}{'P':>8}{'R':>8}{'F1':>8}")
    for typ, row in sorted(table.items(), key=lambda kv: -kv[1]["gold"]):
        print(f"{typ:<20}{row['gold']:>6}{row['tp']:>5}{row['fp']:>5}{row['fn']:>5}"
              f"{row['precision']:>8.3f}{row['recall']:>8.3f}{row['f1']:>8.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
