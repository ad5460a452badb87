"""X المدعومة من Y / المدعومة Y-يا: Y SUPPORTS X, through the whole pipeline, whether X is named in the
phrase or is a description (الميليشيات، الجماعة) of the group an earlier sentence named. Sentences are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, backer, backed", [
    ("وتقدمت ميليشيات الحشد الشعبي المدعومة إيرانيا نحو مدينة القائم.", "iran", "popular_mobilization_forces"),
    ("وسيطرت قوات الدعم السريع المدعومة من الإمارات على مدينة الفاشر.", "united_arab_emirates", "rapid_support_forces"),
    ("وأطلقت كتائب حزب الله صواريخ على قاعدة عين الأسد. وقالت واشنطن إن الميليشيات المدعومة من إيران تقف وراء الهجوم.",
     "iran", "kataib_hezbollah"),
    ("وأطلق الحوثيون صواريخ على إيلات. وقالت الجماعة المدعومة من إيران إنها ستواصل هجماتها.", "iran", "houthis"),
], ids=["adverb", "min-named", "militias-described", "group-described"])
def test_the_backer_supports_the_backed_group(extract_text, text, backer, backed):
    claims = {(c.subject, c.predicate, c.object) for c in extract_text(text).claims}
    assert (backer, "SUPPORTS", backed) in claims, claims


def test_backing_of_no_known_group_makes_no_edge(extract_text):
    """The militias of a sentence that names none are no node: nothing to attach the backing to."""
    claims = extract_text("وهاجمت الميليشيات المدعومة من إيران قاعدة عين الأسد في العراق.").claims
    assert not [c for c in claims if c.predicate == "SUPPORTS"]


@pytest.mark.parametrize("text, backer, backed", [
    ("وتمكنت وحدات من الجيش العراقي، بإسناد من طيران التحالف الدولي، من قتل قيادي بارز في تنظيم داعش.",
     "us_led_coalition", "iraqi_army"),
    ("استعادت القوات الصومالية، بدعم من قوات الاتحاد الأفريقي، السيطرة على مدينة جوهر.",
     "african_union", "somali_national_army"),
], ids=["air-force-of-the-backer", "forces-of-the-backer"])
def test_a_backing_phrase_set_off_by_commas_names_the_backer_behind_a_force_noun(extract_text, text, backer, backed):
    assert (backer, "SUPPORTS", backed) in {(c.subject, c.predicate, c.object) for c in extract_text(text).claims}
