"""The aim of a deployment or a force stated by a verbal noun of backing with لـ or after a
phrase of aim (لدعم، لمساندة، من أجل دعم): the party acting in the clause SUPPORTS the actor the
noun governs; on our own sentences."""
from __future__ import annotations

import pytest

from tests.relations.helpers import has_claim


@pytest.mark.parametrize("text, backer, backed", [
    ("وأرسلت تركيا مئات الجنود إلى ليبيا لدعم حكومة الوحدة الوطنية.", "تركيا", "حكومة الوحدة الوطنية"),
    ("وانتشرت قوات رواندية في موزمبيق لمساندة الجيش الموزمبيقي.", "قوات رواندية", "الجيش الموزمبيقي"),
    ("وكان عناصر من الجيش البوروندي منتشرين في المدينة لدعم الجيش الكونغولي.", "الجيش البوروندي",
     "الجيش الكونغولي"),
    ("وقالت وزارة الخارجية إن القوات الأمريكية انتشرت في سوريا لدعم قوات سوريا الديمقراطية.", "القوات الأمريكية",
     "قوات سوريا الديمقراطية"),
    ("وأرسلت مصر طائرات إلى السودان من أجل دعم الجيش السوداني وقوات درع السودان.", "مصر", "قوات درع السودان"),
    ("وأرسلت مصر طائرات إلى السودان بهدف إسناد الجيش السوداني.", "مصر", "الجيش السوداني"),
], ids=["sent-troops-li", "deployed-li-musanada", "fighters-of-an-army-li", "clause-after-inna",
        "for-the-sake-of-coordinated", "with-the-aim-of-isnad"])
def test_the_acting_party_supports_whom_it_is_there_for(extract_text, text, backer, backed):
    x = extract_text(text)
    assert has_claim(x, backer, "SUPPORTS", backed), [(c.subject, c.predicate, c.object) for c in x.claims]


@pytest.mark.parametrize("text, place, backed", [
    ("وأرسلت تركيا مئات الجنود إلى ليبيا لدعم حكومة الوحدة الوطنية.", "ليبيا", "حكومة الوحدة الوطنية"),
    ("وقالت وزارة الخارجية إن القوات الأمريكية انتشرت في سوريا لدعم قوات سوريا الديمقراطية.", "وزارة الخارجية",
     "قوات سوريا الديمقراطية"),
], ids=["not-the-place-sent-to", "not-the-speaker-of-another-clause"])
def test_no_backer_from_a_preposition_or_another_clause(extract_text, text, place, backed):
    x = extract_text(text)
    assert not has_claim(x, place, "SUPPORTS", backed)
