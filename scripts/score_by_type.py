#!/usr/bin/env python3
"""Relation precision and recall per relation type, from the shared scorer's own matching.

Usage: .venv/bin/python scripts/score_by_type.py GRAPH_JSON GOLD_DIR [--scorer PATH]

Runs ``score.py`` (default: ../shared/eval/score.py beside the checkout) on the graph and
breaks its per-article misses and spurious relations down by type: a type's true positives
are its required gold relations not missed; its false positives are the spurious relations
of that type, those with an endpoint matching no gold entity included.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.scorer_train import by_type as _by_type, load_shared_scorer  # noqa: E402

DEFAULT_SCORER = ROOT.parent / "shared" / "eval" / "score.py"


def by_type(graph: str, gold_dir: str, scorer_path: Path = DEFAULT_SCORER) -> dict[str, dict]:
    """``{type: {gold, tp, fp, fn, precision, recall, f1}}`` over every article of ``gold_dir``
    (kg.scorer_train.by_type, with the shared scorer at ``scorer_path``)."""
    return _by_type(load_shared_scorer(scorer_path), graph, gold_dir)[1]


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
