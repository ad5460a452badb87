"""kg.types.quick_init: a frozen record built by writing its __dict__ at once is the record the
dataclass's own __init__ builds (fields, defaults, default factories, frozen, replace, pickle)."""
from __future__ import annotations

import dataclasses
import pickle

import pytest

from kg.types import Mention, quick_init


@dataclasses.dataclass(frozen=True)
class Plain:
    name: str
    count: int = 0
    items: list = dataclasses.field(default_factory=list)


Quick = quick_init(dataclasses.make_dataclass("Quick", [("name", str), ("count", int, dataclasses.field(default=0)),
                                                       ("items", list, dataclasses.field(default_factory=list))],
                                              frozen=True))


def test_the_same_fields_defaults_and_factories():
    assert vars(Quick("a")) == vars(Plain("a")) == {"name": "a", "count": 0, "items": []}
    assert vars(Quick("a", 2, [1])) == vars(Plain("a", 2, [1]))
    assert Quick("a").items is not Quick("a").items            # a new list each time
    assert Quick(name="b", count=3) == Quick("b", 3)


def test_still_frozen_replaceable_and_picklable():
    m = Mention("t", 0, 4, 9, "حلب", "aleppo", "City", "registry", 1, 2)
    with pytest.raises(dataclasses.FrozenInstanceError):
        m.text = "x"
    assert dataclasses.replace(m, text="x").text == "x"
    assert pickle.loads(pickle.dumps(m)) == m and hash(pickle.loads(pickle.dumps(m))) == hash(m)
    assert Mention("t", 0, 4, 9, "حلب", "aleppo", "City", "registry").token_end == 0


def test_a_class_it_does_not_fit_is_left_alone():
    @dataclasses.dataclass(frozen=True)
    class Checked:
        n: int

        def __post_init__(self):
            assert self.n >= 0

    init = Checked.__init__
    assert quick_init(Checked).__init__ is init
