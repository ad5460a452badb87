"""Fixtures of the entities' pass tests: one hand-written Arabic sentence, analysed, and the
stage's data (registry, cues)."""
from __future__ import annotations

import dataclasses

import pytest


@pytest.fixture(scope="session")
def cues():
    from kg.language.cues import load_cues
    return load_cues()


@pytest.fixture(scope="session")
def sentence():
    """text -> the first Sentence of the text, analysed (tokens with offsets and normal forms)."""
    from kg.arabic import analyse
    from kg.ingest import make_article

    def first(text: str):      # one sentence, even a line a web page would show as furniture (كتبت: ...)
        return analyse(dataclasses.replace(make_article("t", text, "test"), boilerplate=())).sentences[0]
    return first


@pytest.fixture(scope="session")
def known(registry, cues, sentence):
    """text -> (sentence, its registry names settled for a Syria article, the nested names)."""
    from kg.entities.registered import known_names, registry_spans

    def run(text: str, country: str | None = "SY"):
        s = sentence(text)
        spans, nested = known_names(s, registry_spans(s, registry), registry, cues, country)
        return s, spans, nested
    return run
