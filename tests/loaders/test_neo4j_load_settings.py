"""Settings of the embedded load that need no server: the Python collector paused for a load and
restored after it, and the server JVM's collector choice."""
from __future__ import annotations

import gc

import pytest

from loaders.neo4j.direct import _exact_numbers, python_gc_paused
from loaders.neo4j.server import _gc_args


def test_collector_paused_during_a_load_and_restored_after():
    assert gc.isenabled()
    with python_gc_paused():
        assert not gc.isenabled()
        with python_gc_paused():            # nested (the control port's, then load_direct's)
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_collector_restored_when_the_load_fails():
    with pytest.raises(RuntimeError):
        with python_gc_paused():
            raise RuntimeError("boom")
    assert gc.isenabled()


def test_collector_left_off_when_it_was_off():
    gc.disable()
    try:
        with python_gc_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_parallel_gc_unless_the_user_picks_one(monkeypatch):
    monkeypatch.delenv("ARCADEDB_JVM_ARGS", raising=False)
    assert _gc_args() == ["-XX:+UseParallelGC"]
    monkeypatch.setenv("ARCADEDB_JVM_ARGS", "-Xms512m -XX:+UseG1GC")
    assert _gc_args() == []
    monkeypatch.setenv("ARCADEDB_JVM_ARGS", "-Xms512m")
    assert _gc_args() == ["-XX:+UseParallelGC"]


@pytest.mark.parametrize("rows, exact", [
    ([{"a": "x", "b": 1, "c": [1, 2 ** 53]}], True),
    ([{"a": "x", "b": True, "c": 1.5e300, "d": None}], True),
    ([{"a": "x", "c": ["y", 2 ** 53 + 1]}], False),
    ([{"a": -2 ** 53 - 1}], False),
    ([{"a": "x"}, {"a": (1, -2 ** 60)}], False),
])
def test_integers_json_cannot_hold_exactly_are_found(rows, exact):
    assert _exact_numbers(rows) is exact
