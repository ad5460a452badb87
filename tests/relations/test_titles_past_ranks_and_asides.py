"""Titles whose holder is named past more than a plain rank, on our own sentences: a rank with an
ordinal (الفريق الأول الركن فلان), the Libyan/Iraqi commander's title آمر, a relative clause whose
leader is described before his name (التي يقودها الداعية الفولاني فلان، الذي يرأسه الشيخ فلان), an
apposition saying what the body is in another (القيادي في X، الجناح العسكري لـY، فلان) and a second
title of the same person joined by و (رئيس X وقائدها العام فلان، عضو X ورئيس Y فلان)."""
from __future__ import annotations

import pytest

from tests.relations.helpers import has_claim


@pytest.mark.parametrize("text, person, rel, body", [
    ("وقال رئيس هيئة الأركان العامة الفريق الأول الركن عبد الله الحربي إن القوات جاهزة.", "عبد الله الحربي",
     "LEADS", "هيئة الأركان العامة"),
    ("وقال آمر اللواء 444 قتال محمود حمزة إن قواته جاهزة.", "محمود حمزة", "LEADS", "اللواء 444"),
    ("وقال آمر اللواء 444 قتال، محمود حمزة، إن قواته جاهزة.", "محمود حمزة", "LEADS", "اللواء 444"),
    ("وتنشط كتيبة ماسينا التي يقودها الداعية أمادو كوفا في وسط مالي.", "أمادو كوفا", "LEADS", "كتيبة ماسينا"),
    ("وهاجم حلف قبائل حضرموت، الذي يرأسه الشيخ صالح العوبثاني، مواقع الجيش.", "صالح العوبثاني", "LEADS",
     "حلف قبائل حضرموت"),
    ("قتل القيادي في كتائب القسام، الجناح العسكري لحركة حماس، محمد الضيف في غارة.", "محمد الضيف", "MEMBER_OF",
     "كتائب"),
    ("وقال رئيس اليونيفيل وقائدها العام اللواء أرولدو لازارو إن الوضع هادئ.", "أرولدو لازارو", "LEADS",
     "اليونيفيل"),
    ("وقال رئيس هيئة تحرير الشام وقائدها العسكري أبو محمد الجولاني إن المعركة مستمرة.", "الجولاني", "LEADS",
     "هيئة تحرير الشام"),
    ("وقال عضو المجلس الرئاسي ورئيس حزب الإصلاح محمد اليدومي إن الحوار مستمر.", "محمد اليدومي", "MEMBER_OF",
     "المجلس الرئاسي"),
], ids=["rank-with-ordinal", "amir-of-a-brigade", "amir-past-a-comma", "relative-with-description",
        "relative-yarasuhu-with-honorific", "apposition-of-the-wing", "second-title-with-its-pronoun",
        "second-title-with-an-adjective", "second-title-over-another-body"])
def test_title_holder_past_ranks_and_asides(extract_text, text, person, rel, body):
    x = extract_text(text)
    assert has_claim(x, person, rel, body), [(c.subject, c.predicate, c.object) for c in x.claims]


def test_an_order_is_no_commander(extract_text):
    """أمر (an order) is spelt as آمر once normalised: with no person after the unit, no one leads it."""
    x = extract_text("وأصدر الجيش الليبي أمر اللواء 444 بالانسحاب.")
    assert not [c for c in x.claims if c.predicate == "LEADS"]


def test_a_list_after_a_joined_title_is_not_read_as_one_person(extract_text):
    """والتقى قائد الجيش فلان ورئيس الحكومة فلان: two people, each with his own title."""
    x = extract_text("والتقى قائد الجيش السوداني عبد الفتاح البرهان ورئيس الحكومة كامل إدريس.")
    assert not has_claim(x, "عبد الفتاح البرهان", "LEADS", "الحكومة")
    assert not has_claim(x, "كامل إدريس", "LEADS", "الجيش السوداني")


@pytest.mark.parametrize("text, person, rel, body", [
    ("وقالت قوات الدعم السريع إن مستشار قائدها عمر حمدان زار الفاشر.", "عمر حمدان", "MEMBER_OF",
     "قوات الدعم السريع"),
    ("وقالت بعثة الأمم المتحدة في ليبيا إن رئيستها هانا تيتيه التقت الدبيبة.", "هانا تيتيه", "LEADS", "بعثة"),
    ("والتقى وزير الخارجية الإيراني نظيره في حكومة طالبان أمير خان متقي.", "أمير خان متقي", "MEMBER_OF",
     "حكومة طالبان"),
    ("وقال وزير الدفاع في تلك الحكومة محسن الداعري إن القوات جاهزة.", "محسن الداعري", "MEMBER_OF", "الحكومة"),
    ("وقال مدير الإعلام والعلاقات العامة في الجيش المالي، العقيد سليمان كوليبالي، إن العملية ناجحة.",
     "سليمان كوليبالي", "MEMBER_OF", "الجيش المالي"),
], ids=["adviser-of-its-commander", "feminine-head-with-a-pronoun", "counterpart-in-a-government",
        "demonstrative-before-the-body", "conjoined-field-of-a-title"])
def test_titles_with_pronouns_counterparts_and_fields(extract_text, text, person, rel, body):
    x = extract_text(text)
    found = [(c.subject, c.predicate, c.object) for c in x.claims]
    assert has_claim(x, person, rel, body), found
    if rel == "MEMBER_OF":
        assert not has_claim(x, person, "LEADS", body), found


@pytest.mark.parametrize("second", [
    "والكعبي قيادي في الصف الأول في كتائب حزب الله.",
    "وكان الكعبي قياديا في كتائب حزب الله.",
    "ويعد الكعبي من أبرز قادة كتائب حزب الله.",
], ids=["surname-opens-a-nominal-clause", "surname-after-kana", "surname-after-a-copula"])
def test_a_surname_before_its_title_is_the_person_named_before(extract_text, second):
    """A person named in full, then by his family name as the subject a title describes."""
    x = extract_text("قتل القيادي أبو علي الكعبي في غارة أمريكية على بغداد. " + second)
    found = [(c.subject, c.predicate, c.object, c.provenance.sentence[:12]) for c in x.claims]
    assert has_claim(x, "أبو علي الكعبي", "MEMBER_OF", "كتائب حزب الله"), found
    assert any(c.predicate == "MEMBER_OF" and c.provenance.sentence == second for c in x.claims), found


def test_a_surname_after_kana_before_no_title_stays_unread(extract_text):
    x = extract_text("قتل القيادي أبو علي الكعبي في غارة أمريكية على بغداد. وكان الكعبي في منزله.")
    assert [m for m in x.mentions if m.text == "الكعبي"] == []


@pytest.mark.parametrize("text, person, body", [
    ("وقال المتحدث باسم الجيش الإسرائيلي للإعلام العربي أفيخاي أدرعي إن الطائرات قصفت المواقع.", "أفيخاي أدرعي",
     "الجيش الإسرائيلي"),
    ("وقال المتحدث باسم الخارجية الأمريكية للشؤون الإقليمية سامر خليل إن واشنطن قلقة.", "سامر خليل", "الخارجية"),
], ids=["field-with-one-adjective", "field-after-a-ministry"])
def test_a_field_of_the_title_is_no_person(extract_text, text, person, body):
    """المتحدث باسم X للإعلام العربي فلان: لـ and the field the spokesman covers, then his name."""
    x = extract_text(text)
    assert not [m for m in x.mentions if m.text.startswith(("للإعلام", "العربي", "للشؤون", "الإقليمية"))], \
        [m.text for m in x.mentions]
    assert has_claim(x, person, "MEMBER_OF", body), [(c.subject, c.predicate, c.object) for c in x.claims]


def test_a_town_that_ends_a_three_word_name_is_the_name(extract_text):
    """اللواء علي فاضل عمران: a town of the registry that is also a known name ends the name."""
    x = extract_text("وقال قائد عمليات نينوى اللواء الركن علي فاضل عمران إن الوضع مستقر.")
    assert [m.text for m in x.mentions if m.type == "Person"] == ["علي فاضل عمران"], [m.text for m in x.mentions]
    assert not [m for m in x.mentions if m.type == "City"]
    assert has_claim(x, "علي فاضل عمران", "LEADS", "عمليات نينوى")
