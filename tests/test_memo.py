"""kg.memo.Memo: the computing cache of the pipeline's per-token loops."""
from kg.memo import Memo


def test_a_missing_key_is_computed_once_and_kept():
    calls = []
    memo = Memo(lambda k: calls.append(k) or k * 2)
    assert list(map(memo.__getitem__, [1, 2, 1, 1])) == [2, 4, 2, 2]
    assert calls == [1, 2]
    assert dict(memo) == {1: 2, 2: 4}


def test_past_its_limit_it_computes_without_keeping():
    calls = []
    memo = Memo(lambda k: calls.append(k) or -k, limit=2)
    assert [memo[k] for k in (1, 2, 3, 3)] == [-1, -2, -3, -3]
    assert len(memo) == 2 and 3 not in memo
    assert calls == [1, 2, 3, 3]


# --- disk_cached: what start-up builds, kept between runs ---------------------------------------

import os  # noqa: E402
import pickle  # noqa: E402

import pytest  # noqa: E402

from kg.memo import disk_cached, files_stamp  # noqa: E402


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("KG_DISK_CACHE", "1")
    return tmp_path / "cache"


def test_a_value_is_built_once_per_stamp_and_read_back(cache):
    calls = []

    def build():
        calls.append(1)
        return {"حلب": (1, 2)}
    assert disk_cached("thing", "s1", build) == {"حلب": (1, 2)}
    assert disk_cached("thing", "s1", build) == {"حلب": (1, 2)}
    assert len(calls) == 1
    assert disk_cached("thing", "s2", build) == {"حلب": (1, 2)} and len(calls) == 2


def test_a_damaged_copy_is_rebuilt(cache):
    disk_cached("thing", "s1", lambda: [1])
    (path,) = cache.glob("thing-*.pickle")
    path.write_bytes(path.read_bytes()[:-3])
    assert disk_cached("thing", "s1", lambda: [2]) == [2]
    with open(path, "rb") as fh:
        assert pickle.load(fh) == "s1" and pickle.load(fh) == [2]


def test_only_the_newest_stamps_are_kept(cache):
    for k in range(6):
        disk_cached("thing", f"stamp{k}", lambda: k)
        os.utime(next(cache.glob(f"thing-stamp{k}*.pickle")), (1000 + k, 1000 + k))
    assert len(list(cache.glob("thing-*.pickle"))) <= 3 + 1


def test_an_unwritable_cache_still_gives_the_value(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("KG_CACHE_DIR", str(blocker / "cache"))        # a directory under a file
    monkeypatch.setenv("KG_DISK_CACHE", "1")
    assert disk_cached("thing", "s", lambda: 42) == 42


def test_switched_off_nothing_is_read_or_kept(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("KG_DISK_CACHE", "0")
    assert disk_cached("thing", "s", lambda: 1) == 1
    assert not list(tmp_path.iterdir())


def test_the_stamp_changes_with_a_file_s_size_or_time(tmp_path):
    (tmp_path / "d").mkdir()
    data = tmp_path / "d" / "data.json"
    data.write_text("[1]")
    first = files_stamp(tmp_path / "d")
    assert files_stamp(tmp_path / "d") == first
    data.write_text("[12]")
    assert files_stamp(tmp_path / "d") != first
    assert files_stamp(data, extra=("a",)) != files_stamp(data, extra=("b",))


@pytest.mark.slow
def test_the_registry_read_back_is_the_registry_built(cache):
    from kg.registry import build_registry, load_registry
    load_registry.cache_clear()
    try:
        built = load_registry()
        load_registry.cache_clear()
        read = load_registry()
        assert list(cache.glob("registry-*.pickle"))
        assert read is not built and read.entities == build_registry().entities
        assert read.index == built.index and read.nationality == built.nationality
    finally:
        load_registry.cache_clear()
