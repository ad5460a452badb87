"""A person whose name ends in a word written like a preposition (عبد الله علي، أحمد من ...) does not
make every later preposition of the article (على، علي) a mention of him: the surname alone is him
only right after a reporting verb, written as a name is (وأضاف علي) (our own sentences)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "وقال العميد عبد الله علي إن القوات الصومالية سيطرت على بلدة جوهر.",
    "وقال العقيد محمد حسن علي إن الجيش استعاد السيطرة علي مدينة بارا.",
    "وقال القيادي في حركة الشباب أحمد علي إن الحركة ستواصل القتال. وأكد أن مقاتليه سيطروا على بلدة جلب.",
], ids=["alif-maqsura", "preposition-written-with-ya", "a-later-sentence"])
def test_a_preposition_after_a_verb_is_no_mention_of_the_person(resolve_text, text):
    found = [(m.text, m.source) for m in resolve_text(text).mentions]
    assert not [t for t, source in found if source == "propagated"], found


def test_the_surname_after_a_reporting_verb_is_still_the_person(resolve_text):
    found = [(m.text, m.entity_id) for m in resolve_text(
        "وقال العميد عبد الله علي إن القوات سيطرت على البلدة. وأضاف علي أن المعارك مستمرة.").mentions]
    assert ("علي", "name:عبد_الله_علي") in found, found


def test_the_capture_after_a_surname_like_a_preposition_is_read(extract_text):
    x = extract_text("وقال العميد عبد الله علي إن القوات الصومالية سيطرت على بلدة جوهر.")
    assert ("somali_national_army", "CAPTURED", "jawhar") in {(c.subject, c.predicate, c.object) for c in x.claims}
