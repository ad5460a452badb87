"""Names after titles: a title with a pronoun suffix after another title is one more title, not
the name's first word (مستشار قائدها عمر حمدان), and each compound part of a name (قمر الدين،
فضل المولى) lets it run a word longer, up to five words; المجاهد، like الشهيد، is a title in an
obituary (المجاهد علي حسن ياسين: علي is the first name, not على)."""
from __future__ import annotations

import pytest


def _persons(resolved):
    return [m.text for m in resolved.mentions if m.type == "Person" and m.source != "nested"]


@pytest.mark.parametrize("text, name", [
    ("وقال مستشار قائدها عمر حمدان إن الهجوم صُدّ بعد ساعات.", "عمر حمدان"),
    ("وأوضح نائب رئيسه خالد العمري أن المفاوضات ستستأنف.", "خالد العمري"),
], ids=["adviser-of-its-commander", "deputy-of-its-head"])
def test_a_title_with_a_pronoun_is_no_part_of_the_name(resolve_text, text, name):
    assert _persons(resolve_text(text)) == [name]


@pytest.mark.parametrize("text, name", [
    ("وقال اللواء عز الدين محمد فضل المولى إن القوات صدت الهجوم.", "عز الدين محمد فضل المولى"),
    ("وأعلن العقيد حسن فضل المولى أن الطريق أعيد فتحه.", "حسن فضل المولى"),
], ids=["two-compound-parts", "compound-family-name"])
def test_a_name_with_compound_parts_is_read_whole(resolve_text, text, name):
    assert _persons(resolve_text(text)) == [name]


def test_a_plain_name_still_ends_after_three_words(resolve_text):
    r = resolve_text("وقال العميد سامر خليل حداد القوات تقدمت نحو التلة.")
    assert all(len(p.split()) <= 3 for p in _persons(r))


@pytest.mark.parametrize("text, name", [
    ("ونعت الجماعة في بيان \"المجاهد علي حسن ياسين\" من بلدة جنوبية.", "علي حسن ياسين"),
    ("وشيعت البلدة المجاهدة سعاد محمود الخطيب بعد ظهر الأحد.", "سعاد محمود الخطيب"),
], ids=["fighter-title-before-ali", "fighter-title-feminine"])
def test_a_fighters_title_in_an_obituary_introduces_the_whole_name(resolve_text, text, name):
    assert name in _persons(resolve_text(text))


def test_the_fighters_title_as_an_adjective_names_nobody(resolve_text):
    assert _persons(resolve_text("وأكد المتحدث أن الشعب المجاهد لن يتراجع عن حقوقه.")) == []
