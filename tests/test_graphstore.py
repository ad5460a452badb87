"""kg.graphstore's pieces on hand-built input (the whole store is tested in test_scale.py)."""
from __future__ import annotations

import json

import pytest

from kg.graphstore import insertion_points


def _body(articles: list[str]) -> bytes:
    """The bytes of a sorted mention list between its brackets, as graph.json holds it."""
    items = [{"article": a, "start": k, "end": k + 3, "text": "حلب", "source": "registry"}
             for k, a in enumerate(articles)]
    return json.dumps(items, ensure_ascii=False, separators=(",", ":")).encode("utf-8")[1:-1]


def _starts(body: bytes) -> list[int]:
    out, at = [], body.find(b'{"article":"')
    while at >= 0:
        out.append(at)
        at = body.find(b'{"article":"', at + 1)
    return out


@pytest.mark.parametrize("old, new", [
    (["a~part1", "a~part10", "a~part100", "a~part2"], ["a~part11", "a~part3"]),
    (["b", "d", "f"], ["a", "c", "e", "g"]),
    (["q\"x\\", "q\"z", "r\\\\"], ["q\"y", "r\\", "s"]),           # quotes and backslashes in ids
    (["مقال٢", "مقال٤"], ["مقال١", "مقال٣", "مقال٥"]),
])
def test_new_articles_go_before_the_first_item_that_sorts_after_them(old, new):
    body = _body(sorted(old))
    starts = _starts(body) + [len(body)]
    expected = [starts[sum(1 for o in sorted(old) if o < a)] for a in sorted(new)]
    assert insertion_points(body, sorted(new)) == expected


def test_an_article_already_in_the_list_gives_none():
    body = _body(["a", "b", "b", "c"])
    assert insertion_points(body, ["a0", "b"]) is None
    assert insertion_points(body, ["0", "c"]) is None
