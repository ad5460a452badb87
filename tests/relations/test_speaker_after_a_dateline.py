"""A sentence that opens with a dateline (أربيل (كوردستان 24)- ، الخرطوم - السوداني: ، دمشق –
(سانا) ، بيروت- أ ف ب:) has its speaker after it, as if the sentence started there. Sentences are
our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, triple, source", [
    ('أربيل (كوردستان 24)- أعلنت إسرائيل، اليوم الأحد، اغتيال "القائد البارز" في حزب الله علي كركي في غارة على '
     "الضاحية الجنوبية.", ("ali_karaki", "MEMBER_OF", "hezbollah"), "israel"),
    ("الخرطوم - السوداني: قال الجيش السوداني إن قوات الدعم السريع قصفت مدينة الأبيض بالمسيرات.",
     ("rapid_support_forces", "ATTACKED", "el_obeid"), "sudanese_armed_forces"),
    ("دمشق – (سانا) أعلنت وزارة الدفاع السورية أن الجيش الإسرائيلي قصف مواقع في ريف درعا.",
     ("israel_defense_forces", "ATTACKED", "countryside:dara"), "syrian_ministry_of_defense"),
    ("بيروت- أ ف ب: قال حزب الله إن الجيش الإسرائيلي قصف بلدة الخيام.",
     ("israel_defense_forces", "ATTACKED", "khiam"), "hezbollah"),
], ids=["outlet-in-brackets", "outlet-and-colon", "bracketed-after-the-dash", "agency-initials"])
def test_the_speaker_after_a_dateline_is_credited(extract_text, text, triple, source):
    claims = [c for c in extract_text(text).claims if (c.subject, c.predicate, c.object) == triple]
    assert claims and {c.provenance.attributed_to for c in claims} == {source}
