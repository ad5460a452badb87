"""Given names written with the article (الفاتح، الطاهر، الصادق) start a person's name after a
title and its body (our own sentences)."""
from __future__ import annotations

import pytest


def _people(resolved):
    from kg.language.names import TYPES
    return [m.text for m in resolved.mentions if m.type == TYPES.person]


@pytest.mark.parametrize("text, name", [
    ("وقال المتحدث باسم قوات الدعم السريع الطاهر عثمان بأن قواته انسحبت.", "الطاهر عثمان"),
    ("وأوضح القيادي في الحركة الشعبية الهادي موسى أن المفاوضات توقفت.", "الهادي موسى"),
], ids=["after-basm", "after-fi"])
def test_a_definite_given_name_starts_the_name(resolve_text, text, name):
    assert name in _people(resolve_text(text))


def test_a_complementiser_ends_a_name(resolve_text):
    found = _people(resolve_text("وصرح القائد الميداني سالم حمدان بأن الهجوم فشل."))
    assert "سالم حمدان" in found and not any("بأن" in n for n in found)


def test_a_definite_adjective_after_a_title_is_still_skipped(resolve_text):
    found = _people(resolve_text("وقال القائد الميداني البارز سالم حمدان إن الهجوم فشل."))
    assert "سالم حمدان" in found


def test_a_definite_given_name_alone_names_nobody(resolve_text):
    found = _people(resolve_text("وقال المتحدث باسم الحركة الطاهر إن الهجوم فشل."))
    assert found == []


def test_a_general_directors_title_is_read_whole(resolve_text):
    found = _people(resolve_text("وقال مدير عام الدفاع المدني العميد رامي سليمان إن الفرق تعمل."))
    assert "رامي سليمان" in found and not any(n.startswith("عام") for n in found), found


def test_no_name_starts_with_a_function_word(resolve_text):
    found = _people(resolve_text("وقال المتحدث العسكري فقد اعتبر الجيش أن الهجوم فشل."))
    assert found == [], found


def test_one_of_a_group_is_no_name(resolve_text):
    assert _people(resolve_text("وقال أحد الوجهاء إن الأهالي يطالبون بالحماية.")) == []
