"""A name after a rank or a title that runs through a word the registry knows as a one-word town
(بول، بور، جوبا، عدن), with no preposition on it and the name going on after it, is one person
with the whole name (العقيد لام بول قبريال), not a person cut at the town and a town. A town after
the name with a preposition (في حلب، بحلب) or at its end stays a town (our own sentences)."""
from __future__ import annotations

import pytest


def _mentions(resolved):
    return [(m.text, m.entity_id, m.type) for m in resolved.mentions]


@pytest.mark.parametrize("text, name, town", [
    ("وأكد المتحدث باسم المعارضة المسلحة العقيد لام بول قبريال أن قواته صدت الهجوم.", "لام بول قبريال", "bol"),
    ("وأعلن اللواء سانتينو بور دينق أن الجيش انسحب من مدينة ملكال.", "سانتينو بور دينق", "bor_377241"),
    ("وقال الفريق أول جونسون جوبا أولونغ إن المفاوضات متعثرة.", "جونسون جوبا أولونغ", "juba"),
    ("وصرح العميد محمد عدن حسن بأن الجيش الصومالي استعاد البلدة.", "محمد عدن حسن", "aden"),
    ("وقالت المتحدثة باسم الشرطة مريم بول أكيج إن الجنود أعيدوا إلى ثكناتهم.", "مريم بول أكيج", "bol"),
], ids=["colonel-bol", "major-general-bor-rank-or-brigade", "lieutenant-general-juba", "brigadier-aden", "feminine-title"])
def test_a_town_word_inside_a_titled_name_is_a_word_of_the_name(resolve_text, text, name, town):
    found = _mentions(resolve_text(text))
    assert any(t == name and typ == "Person" for t, _, typ in found), found
    assert town not in [e for _, e, _ in found], found


@pytest.mark.parametrize("text, name, town", [
    ("وقال اللواء محمد حسن في حلب إن المعارك مستمرة.", "محمد حسن", "aleppo"),
    ("ووصل العقيد أحمد يوسف إلى بنغازي قادما من طرابلس.", "أحمد يوسف", "benghazi"),
], ids=["fi-before-the-town", "ila-before-the-town"])
def test_a_town_after_the_name_with_a_preposition_stays_a_town(resolve_text, text, name, town):
    found = _mentions(resolve_text(text))
    assert any(t == name for t, _, _ in found) and town in [e for _, e, _ in found], found
