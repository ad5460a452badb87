"""Shared fixtures for the extraction-spine tests: run one Arabic text through the stages."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

# What kg keeps on disk between runs (kg.memo.disk_cached) is built afresh in tests: they patch what
# it is built from. tests/test_memo.py turns it on where it is the subject.
os.environ.setdefault("KG_DISK_CACHE", "0")

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
EXAMPLES = REPO / "examples" / "articles"


@pytest.fixture(scope="session")
def registry():
    from kg.registry import load_registry
    return load_registry()


@pytest.fixture(scope="session")
def resolve_text(registry):
    """text (, published, id) -> ResolvedArticle: ingest, Arabic stage and entities stage."""
    from kg.arabic import analyse
    from kg.entities import resolve
    from kg.ingest import make_article

    def run(text: str, published: str | None = None, id: str = "t"):
        return resolve(analyse(make_article(id, text, "-", published=published)), registry)
    return run


@pytest.fixture(scope="session")
def extract_text(registry):
    """text (, published, id) -> ArticleExtraction: the whole per-article map step."""
    from kg.ingest import make_article
    from kg.pipeline import extract_article

    def run(text: str, published: str | None = None, id: str = "t"):
        return extract_article(make_article(id, text, "-", published=published))
    return run

