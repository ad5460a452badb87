"""Attacks the text does not state, read on our own sentences: a time of day taken for a verb of
blowing up, and the other look-alikes of an attack."""
from __future__ import annotations

from tests.relations.helpers import claim_triples as _triples, has_claim as _has


def _attacks(x):
    return [(s, o) for s, p, o in _triples(x) if p == "ATTACKED"]


def test_dawn_as_an_adverb_is_no_blowing_up(extract_text):
    for text in ("وتوغلت قوة من الجيش الإسرائيلي فجراً عند الأطراف الجنوبية لبلدة الخيام ثم انسحبت.",
                 "وتسللت دورية إسرائيلية فجرا من موقع العباد إلى أطراف بلدة حولا.",
                 "ودخلت قوات الجيش الصومالي مدينة بارديري فجراً، بعد انسحاب مقاتلي حركة الشباب منها.",
                 "وانتشرت وحدات من الجيش الإسرائيلي فجرا، قرب بلدة ميس الجبل."):
        x = extract_text(text)
        assert _attacks(x) == [], text


def test_blowing_up_still_read_as_a_verb(extract_text):
    x = extract_text("وفجّر الجيش الإسرائيلي منازل في بلدة الخيام جنوبي لبنان.")
    assert _has(x, "الجيش الإسرائيلي", "ATTACKED", "الخيام")
    x = extract_text("وفجرت قوات الاحتلال فجراً منزلين في بلدة كفركلا.")
    assert _has(x, "قوات الاحتلال", "ATTACKED", "كفركلا")


def test_fighters_of_a_quoted_group_after_the_verb_attack(extract_text):
    x = extract_text('واندلعت الاشتباكات بعد منتصف الليل، حين هاجمت مجموعات من "قوات الدعم السريع" نقطة عسكرية للجيش السوداني.')
    assert _has(x, "الدعم السريع", "ATTACKED", "sudanese_armed_forces")
    assert not _has(x, "sudanese_armed_forces", "ATTACKED", "الدعم السريع")
    x = extract_text("وهاجم مسلحون ملثمون من «حركة الشباب» قاعدة للجيش الصومالي.")
    assert _has(x, "الشباب", "ATTACKED", "somali_national_army")
