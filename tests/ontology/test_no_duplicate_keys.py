"""Every JSON file of ontology/ names each key once per object: json.load keeps the last of two
equal keys silently, so a word listed twice with different values (or a list defined twice) would
lose one without a word."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

ONTOLOGY = Path(__file__).resolve().parents[2] / "ontology"


def _duplicates(text: str) -> list[str]:
    found: list[str] = []

    def hook(pairs):
        seen = set()
        for key, _ in pairs:
            if key in seen:
                found.append(key)
            seen.add(key)
        return dict(pairs)
    json.loads(text, object_pairs_hook=hook)
    return found


@pytest.mark.parametrize("path", sorted(ONTOLOGY.glob("*.json")), ids=lambda p: p.name)
def test_no_key_twice(path):
    assert _duplicates(path.read_text(encoding="utf-8")) == []


def test_a_key_twice_is_found():
    assert _duplicates('{"a": 1, "b": {"c": 1, "c": 2}, "a": 3}') == ["c", "a"]
