"""Build a corpus with kg and score the graph with the shared scorer in ../shared: the step the
ratchets on the dev articles and on our own articles share."""
from __future__ import annotations

import importlib.util
from pathlib import Path


def build_and_score(corpus: Path, gold: Path, scorer: Path, out: Path):
    """(kg's build report, the scorer's summary) for ``corpus`` built into ``out`` and scored
    against ``gold`` by the score.py at ``scorer``."""
    from kg.pipeline import build
    report = build([str(corpus)], out, progress=False)
    spec = importlib.util.spec_from_file_location("shared_score", scorer)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    summary, _per_article = module.score(str(out / "graph.json"), str(gold))
    return report, summary
