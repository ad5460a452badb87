"""Our own sentences: a minister's title and its field (وزير الدفاع، وزيرة الخارجية), with a ministry
of that field named earlier in the article (وزارة الدفاع), make the person named with the title
lead that ministry; a ministry of another field is not his."""
from __future__ import annotations

from tests.relations.helpers import has_claim


def _claims(x):
    return [(c.subject, c.predicate, c.object) for c in x.claims]


def test_the_minister_leads_the_ministry_named_before(extract_text):
    x = extract_text("وأعلنت وزارة الخارجية الأردنية إدانتها للهجوم. وقال وزير الخارجية أيمن الصفدي "
                     "إن الاعتداء مرفوض.")
    ministry = next(m.entity_id for m in x.mentions if "وزارة الخارجية" in m.text)
    assert has_claim(x, "أيمن الصفدي", "LEADS", ministry), _claims(x)


def test_a_rank_between_title_and_name(extract_text):
    x = extract_text("ونشرت وزارة الدفاع السورية صورا للعملية. وتفقد وزير الدفاع اللواء مرهف أبو قصرة "
                     "الوحدات في حماة.")
    ministry = next(m.entity_id for m in x.mentions if "وزارة الدفاع" in m.text)
    assert has_claim(x, "أبو قصرة", "LEADS", ministry), _claims(x)


def test_a_ministry_of_another_field_is_not_his(extract_text):
    x = extract_text("وأعلنت وزارة الداخلية توقيف خلية. وقال وزير الدفاع سامي الحسن إن الجيش جاهز.")
    assert not [c for c in x.claims if c.predicate == "LEADS"], _claims(x)
