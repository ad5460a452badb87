"""في جبهة + a definite one-word name + a word of direction names the front at a place, not an
armed group (our own sentences)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, name", [
    ("وتجددت المعارك في جبهة المشجح غرب محافظة مأرب.", "المشجح"),
    ("وتصاعدت المواجهات على جبهة الحشا شمال الضالع.", "الحشا"),
])
def test_a_definite_front_before_a_direction_is_a_place(resolve_text, text, name):
    from kg.language.names import TYPES
    got = [(m.text, m.type) for m in resolve_text(text).mentions]
    assert (name, TYPES.region) in got
    assert not [m for m in resolve_text(text).mentions if m.type == TYPES.armed_group and name in m.text]


def test_a_definite_front_without_a_direction_is_left_alone(resolve_text):
    from kg.language.names import TYPES
    got = [(m.text, m.type) for m in resolve_text("وانضم المقاتلون إلى جبهة التحرير الوطني.").mentions]
    assert ("التحرير", TYPES.region) not in got
