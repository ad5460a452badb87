"""Our own sentences: a cue word with a quoted name after it that the registry knows with the cue
(قناة "المسيرة" for قناة المسيرة) is that entity, not a new one whose name holds the quote; and a
name of three parts set off by a comma before a person's title (given name, father's, family's:
سامي خليل الحاج، القيادي في ...) is a person, while a verbal noun or a title before two names
is not the name's first part."""
from __future__ import annotations

import pytest

from tests.relations.helpers import has_claim


@pytest.mark.parametrize("text, eid", [
    ('وذكرت قناة "المسيرة" أن الغارات طالت مواقع في صعدة.', "al_masirah"),
    ("وقال مسؤول أمريكي في حديث إلى قناة «العربية» إن المفاوضات متعثرة.", "al_arabiya"),
    ('وبثت قناة "المنار" مشاهد من جنوب لبنان.', "al_manar"),
], ids=["double-quotes", "guillemets", "after-a-verb"])
def test_a_quoted_name_after_its_cue_is_the_registered_outlet(extract_text, text, eid):
    x = extract_text(text)
    assert eid in {m.entity_id for m in x.mentions}, [(m.text, m.entity_id) for m in x.mentions]
    assert not [m for m in x.mentions if m.entity_id.startswith("name:") and m.type == "MediaOutlet"]


def test_an_unknown_quoted_outlet_keeps_no_quote_in_its_id(extract_text):
    x = extract_text('وقالت صحيفة «الأيام» الفلسطينية إن المعبر أغلق.')
    assert all('"' not in m.entity_id and "«" not in m.entity_id for m in x.mentions), \
        [(m.text, m.entity_id) for m in x.mentions]


@pytest.mark.parametrize("text, person, body", [
    ("وأعلنت إسرائيل أنها اغتالت سامي خليل الحاج، القيادي في حركة حماس، في غارة.", "سامي خليل الحاج", "حماس"),
    ("وشيعت البلدة محمود علي شحادة، القيادي في حزب الله، أمس.", "محمود علي شحادة", "حزب الله"),
], ids=["after-a-verb", "after-a-noun"])
def test_a_three_part_name_before_a_title(extract_text, text, person, body):
    x = extract_text(text)
    assert person in [m.text for m in x.mentions if m.type == "Person"], [(m.text, m.type) for m in x.mentions]
    assert has_claim(x, person, "MEMBER_OF", body), [(c.subject, c.predicate, c.object) for c in x.claims]


def test_a_verbal_noun_is_not_the_first_part(extract_text):
    x = extract_text("وأكدت الحركة مقتل فادي سمير، القيادي في كتائب القسام، بغارة.")
    assert [m.text for m in x.mentions if m.type == "Person"] == ["فادي سمير"]


@pytest.mark.parametrize("text, person", [
    ("وقال المتحدث باسم عصائب أهل الحق أبو علي العسكري إن الحكومة تأخرت.", "أبو علي العسكري"),
    ("وأعلن أبو حسين الحربي، القيادي في كتائب سيد الشهداء، رفضه للاتفاق.", "أبو حسين الحربي"),
], ids=["kunya-then-a-common-word", "kunya-before-a-title"])
def test_a_family_name_after_a_kunya(extract_text, text, person):
    x = extract_text(text)
    assert person in [m.text for m in x.mentions if m.type == "Person"], [(m.text, m.type) for m in x.mentions]

