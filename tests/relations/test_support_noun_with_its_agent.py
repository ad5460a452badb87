"""A support noun with its agent as the genitive (or a nationality adjective of الدعم) and the one
backed with لـ (دعم تركيا للحكومة السورية، الدعم الإيراني للحوثيين، دعم مصر لجهود الجيش): the agent
SUPPORTS the one backed, whoever spoke of it; on our own sentences."""
from __future__ import annotations

import pytest

from tests.relations.helpers import has_claim


@pytest.mark.parametrize("text, backer, backed, speaker", [
    ("وجدد الرئيس التركي رجب طيب أردوغان دعم تركيا للحكومة السورية.", "تركيا", "لحكومة السورية", "أردوغان"),
    ("وانتقد الجيش السوداني دعم الإمارات لقوات الدعم السريع.", "الإمارات", "قوات الدعم السريع", "الجيش السوداني"),
    ("وأكد وزير الدفاع المصري دعم مصر لجهود الجيش السوداني في استعادة الأمن.", "مصر", "الجيش السوداني", None),
    ("ورحب المجلس الرئاسي الليبي بدعم روسيا العسكري للحكومة المالية.", "روسيا", "لحكومة المالية",
     "المجلس الرئاسي"),
    ("وندد الجيش الوطني اليمني بالدعم الإيراني للحوثيين.", "iran", "لحوثيين", "الجيش الوطني اليمني"),
    ("وأعلن وزير الدفاع الأمريكي استمرار دعم الولايات المتحدة لأوكرانيا وإسرائيل.", "الولايات المتحدة", "إسرائيل",
     None),
], ids=["renewed-genitive", "criticised-genitive", "efforts-of", "adjective-between", "nationality-adjective",
        "continued-coordinated"])
def test_the_agent_of_the_noun_supports(extract_text, text, backer, backed, speaker):
    x = extract_text(text)
    found = [(c.subject, c.predicate, c.object) for c in x.claims]
    assert has_claim(x, backer, "SUPPORTS", backed), found
    assert not has_claim(x, backer, "SUPPORTS", backer) and not has_claim(x, backed, "SUPPORTS", backer), found
    if speaker is not None:
        assert not [c for c in x.claims if c.predicate == "SUPPORTS" and c.subject == has_speaker(x, speaker)], found


def has_speaker(x, words):
    from tests.relations.helpers import mention_entity
    return mention_entity(x, words)


def test_the_verb_still_takes_its_object(extract_text):
    x = extract_text("ودعم الجيش الأمريكي قوات سوريا الديمقراطية لسنوات.")
    assert has_claim(x, "الجيش الأمريكي", "SUPPORTS", "قوات سوريا الديمقراطية")
