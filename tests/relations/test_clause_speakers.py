"""Who a claim is credited to when the sentence names more than one source (our own sentences):
an outlet quoted before its reporting verb (غير أن وكالة "سبوتنيك" ذكرت أن ...), and a second
speaker later in the sentence (أعلن الجيش أن ...، فيما قال فلان إن ...), whose claim is his while
the claim before him stays with the sentence's first source."""
from __future__ import annotations

import pytest


def _credit(extraction, predicate):
    return {(c.subject, c.object): c.provenance.attributed_to for c in extraction.claims if c.predicate == predicate}


@pytest.mark.parametrize("text", [
    'إلا أن وكالة "سبوتنيك" ذكرت أن القوات الأوكرانية قصفت مدينة بيلغورود.',
    'غير أن صحيفة «الغارديان» نقلت عن مسؤولين أن القوات الأوكرانية قصفت مدينة بيلغورود.',
], ids=["straight-quotes", "guillemets"])
def test_an_outlet_named_in_quotes_before_its_reporting_verb_is_credited(extract_text, text):
    credit = _credit(extract_text(text), "ATTACKED")
    assert credit and all(src is not None and src.startswith(("name:", "sputnik", "guardian", "the_guardian"))
                          for src in credit.values())


def test_a_later_speaker_is_credited_with_the_claim_after_his_words(extract_text):
    x = extract_text("وقالت وزارة الدفاع الأذربيجانية إن قواتها صدت هجوما، فيما قال نيكول باشينيان إن "
                     "القوات الأذربيجانية قصفت مدينة جيرموك.")
    credit = _credit(x, "ATTACKED")
    assert credit and set(credit.values()) == {"name:نيكول_باشينيان"}


def test_the_claim_before_a_later_speaker_keeps_the_first_source(extract_text):
    x = extract_text("وذكرت وكالة رويترز أن الجيش السوداني قصف مدينة نيالا، بينما قال محمد المختار النور "
                     "إن قوات الدعم السريع هاجمت مدينة الأبيض.")
    credit = _credit(x, "ATTACKED")
    assert credit.get(("sudanese_armed_forces", "nyala")) == "reuters"
    assert credit.get(("rapid_support_forces", "el_obeid")) == "name:محمد_المختار_النور"


def test_a_place_in_the_opening_phrase_does_not_hide_the_speaker(extract_text):
    x = extract_text("وعلى جبهة زابوريجيا، قالت وزارة الدفاع الأوكرانية إن القوات الروسية قصفت مدينة أوريخيف.")
    credit = _credit(x, "ATTACKED")
    assert credit and set(credit.values()) == {"ukrainian_defence_ministry"}
