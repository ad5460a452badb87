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
