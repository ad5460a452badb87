"""اشتباكات بين الطرفين / تبادل الجانبان إطلاق النار: a dual standing for the two parties named
just before (in the sentence or the one before) after بين or as the subject of a verb of fighting:
the two forces CLASHED_WITH each other. Sentences are our own."""
from __future__ import annotations

import pytest

from tests.relations.helpers import has_claim


@pytest.mark.parametrize("text, a, b", [
    ("هاجمت قوات الدعم السريع مواقع الجيش السوداني قرب مدينة الأبيض، واندلعت اشتباكات عنيفة بين الطرفين استمرت ساعات.",
     "الدعم السريع", "الجيش السوداني"),
    ("هاجمت قوات الدعم السريع مواقع الجيش السوداني قرب مدينة كوستي.\nوتواصلت المعارك بين الطرفين حتى صباح اليوم التالي.",
     "الدعم السريع", "الجيش السوداني"),
    ("شنت حركة الشباب هجوماً على قاعدة للجيش الصومالي في إقليم شبيلي السفلى، ودارت مواجهات بين الجانبين حتى الفجر.",
     "حركة الشباب", "الصومالي"),
    ("أوقفت قوة من الحشد الشعبي رتلاً لقوات البيشمركة على طريق مخمور، ما أدى إلى تبادل لإطلاق النار بين القوتين.",
     "الحشد الشعبي", "البيشمركة"),
    ("قصفت إسرائيل مواقع لحزب الله في جنوب لبنان، وتبادل الطرفان إطلاق النار لساعات.", "إسرائيل", "حزب الله"),
    ("استهدفت قوات سوريا الديمقراطية نقطة للجيش السوري قرب دير حافر.\nواشتبك الطرفان في محيط البلدة.",
     "قوات سوريا الديمقراطية", "السوري"),
], ids=["after-between", "previous-sentence", "the-two-sides", "the-two-forces", "dual-subject-exchange", "dual-subject-verb"])
def test_the_two_sides_clashed(extract_text, text, a, b):
    assert has_claim(extract_text(text), a, "CLASHED_WITH", b)


@pytest.mark.parametrize("text", [
    # a disengagement force between the two sides: no clash
    "أعلن رئيس الأركان الليبي تشكيل قوة فض اشتباك بين الطرفين، بعد لقائه ممثلين عن جهاز الردع واللواء 444 قتال.",
    # one force named: the other side is not known
    "اقتحمت قوات الاحتلال الإسرائيلي مخيم نور شمس، واندلعت اشتباكات مسلحة بين الطرفين في حارة المنشية.",
    # no fighting word: a call for talks between the two sides
    "أعلنت الحكومة السودانية وقوات الدعم السريع هدنة إنسانية، ودعت الأمم المتحدة إلى الحوار بين الطرفين.",
], ids=["disengagement", "one-force", "no-fighting"])
def test_no_clash_of_both_sides(extract_text, text):
    assert not [c for c in extract_text(text).claims if c.predicate == "CLASHED_WITH"]
