"""A line that opens with an actor or an outlet and a colon ("X: claim", a title or a lead line)
credits what follows to X; X's own action stays uncredited (CONVENTIONS: a party's own announcement);
first-person forces after the colon or after a speaker's quote (قواتنا، مقاتلونا) are the speaker's.
A country or a place before the colon is the story's place, and an outlet's dateline (X من Y:) the
publisher's: neither is credited. Sentences are our own."""
from __future__ import annotations

import pytest

from tests.relations.triples import claim_triples, entity_ids


def _credits(x, s, p, o):
    subjects, objects = entity_ids(x, s), entity_ids(x, o)
    found = [c for c in x.claims if c.predicate == p and c.subject in subjects and c.object in objects]
    assert found, claim_triples(x)
    return {c.provenance.attributed_to for c in found}


@pytest.mark.parametrize("text, triple, source", [
    ("المرصد السوري: قوات النظام قصفت مدينة سراقب بالمدفعية الثقيلة", ("قوات النظام", "ATTACKED", "سراقب"), "sohr"),
    ("الأمم المتحدة: قوات الدعم السريع حاصرت مدينة الفاشر منذ أشهر", ("الدعم السريع", "BESIEGED", "الفاشر"), "united_nations"),
    ("الجيش السوداني: قوات الدعم السريع قصفت مدينة الأبيض بالمسيرات", ("الدعم السريع", "ATTACKED", "الأبيض"), "sudanese_armed_forces"),
    ("وزير الخارجية الأمريكي ماركو روبيو: الحوثيون هاجموا ميناء إيلات مرارا", ("الحوثيون", "ATTACKED", "إيلات"), "marco_rubio"),
], ids=["monitor", "organisation-feminine-verb", "state-force-on-its-foe", "person"])
def test_what_follows_the_colon_is_the_speakers_claim(extract_text, text, triple, source):
    assert _credits(extract_text(text), *triple) == {source}


@pytest.mark.parametrize("text, triple", [
    ("الجيش السوداني: سيطرنا على مدينة ود مدني بالكامل", ("الجيش السوداني", "CAPTURED", "ود مدني")),
    ("وزارة الدفاع الروسية: قواتنا سيطرت على بلدة أفدييفكا", ("الدفاع الروسية", "CAPTURED", "أفدييفكا")),
    ("حركة الشباب: مقاتلونا هاجموا قاعدة للجيش الكيني في مدينة لامو", ("الشباب", "ATTACKED", "لامو")),
    ("وقال المتحدث باسم الجيش الصومالي العميد محمد عدن حسن: \"قواتنا سيطرت على بلدة بولو بردي\".",
     ("الجيش الصومالي", "CAPTURED", "بولو بردي")),
], ids=["first-person-verb", "our-forces", "our-fighters-plural", "our-forces-in-a-quote"])
def test_the_speakers_own_action_is_read_and_not_credited(extract_text, text, triple):
    assert _credits(extract_text(text), *triple) == {None}


@pytest.mark.parametrize("text, triple", [
    ("السودان: قوات الدعم السريع قصفت مدينة الأبيض بالمسيرات", ("الدعم السريع", "ATTACKED", "الأبيض")),
    ("وكالة الأناضول من الخرطوم: قوات الدعم السريع قصفت مدينة الأبيض بالمسيرات", ("الدعم السريع", "ATTACKED", "الأبيض")),
], ids=["country-topic", "outlet-dateline"])
def test_a_place_or_a_dateline_before_the_colon_is_not_credited(extract_text, text, triple):
    assert _credits(extract_text(text), *triple) == {None}
