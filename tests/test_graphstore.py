"""kg.graphstore's pieces on hand-built input (the whole store is tested in test_scale.py)."""
from __future__ import annotations

import json

import pytest
from hypothesis import given, settings, strategies as st

from kg.graphstore import _dumps, _encode_mentions, _encode_provenance, _expand_mentions, _expand_provenance, insertion_points


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


_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)   # any string but lone surrogates
_VALUE = st.one_of(st.none(), st.booleans(), st.integers(-2**70, 2**70), _TEXT, st.floats(allow_nan=False, allow_infinity=False))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(
    st.tuples(_TEXT, st.integers(-2**70, 2**70), st.integers(0, 10**6), _TEXT, _TEXT),     # the usual mention
    st.tuples(_TEXT, _VALUE, _VALUE, _VALUE, _VALUE),                                   # any values
    st.fixed_dictionaries({"article": _TEXT, "start": _VALUE, "extra": _VALUE}),        # a mention of another shape
), max_size=6))
def test_mentions_are_encoded_as_the_json_encoder_writes_them(items):
    assert _encode_mentions(items) == _dumps(_expand_mentions(items))[1:-1]


_OPTIONAL = st.one_of(st.none(), _TEXT)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(
    st.tuples(_TEXT, _TEXT, st.integers(-2**70, 2**70), st.integers(0, 10**6), _OPTIONAL, st.booleans(),   # the usual item
              _OPTIONAL, _TEXT, st.floats(allow_nan=False, allow_infinity=False), _OPTIONAL, _OPTIONAL, _OPTIONAL),
    st.tuples(*[_VALUE] * 12),                                                       # any values
    st.fixed_dictionaries({"article": _TEXT, "start": _VALUE, "rule": _VALUE}),      # an item of another shape
), max_size=6))
def test_provenance_is_encoded_as_the_json_encoder_writes_it(items):
    assert _encode_provenance(items) == _dumps(_expand_provenance(items))[1:-1]
