#!/usr/bin/env python3
"""Regenerate tests/golden/examples_graph.json: the graph `kg build examples/articles` gives.

Run after changing the extractor, the ontology data or the example articles, then review the
diff (git diff tests/golden/examples_graph.json) before committing it:

    .venv/bin/python scripts/regen_golden.py

Volatile fields (the input paths in graph.articles[*].origin) are dropped, so the file does not
depend on where the checkout lives. tests/test_pipeline.py compares a fresh build with it.
"""
from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples" / "articles"
GOLDEN = REPO / "tests" / "golden" / "examples_graph.json"
VOLATILE_ARTICLE_FIELDS = ("origin",)


def strip_volatile(data: dict) -> dict:
    """A graph.json without the fields that depend on the machine (input paths)."""
    data = json.loads(json.dumps(data))
    for info in data.get("graph", {}).get("articles", {}).values():
        for key in VOLATILE_ARTICLE_FIELDS:
            info.pop(key, None)
    return data


def build_examples(out_dir: Path) -> dict:
    """Build examples/articles into out_dir and return its graph.json, volatile fields dropped."""
    from kg.pipeline import build
    build([str(EXAMPLES)], out_dir, progress=False)
    return strip_volatile(json.loads((out_dir / "graph.json").read_text(encoding="utf-8")))


def main() -> int:
    sys.path.insert(0, str(REPO))
    with tempfile.TemporaryDirectory() as tmp:
        data = build_examples(Path(tmp))
    GOLDEN.parent.mkdir(parents=True, exist_ok=True)
    GOLDEN.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {GOLDEN.relative_to(REPO)}: {len(data['nodes'])} nodes, {len(data['links'])} edges")
    return 0


if __name__ == "__main__":
    sys.exit(main())
