"""Our own sentences: a span of time between a verb of carrying out and its attack noun (شن
التنظيم خلال الأسبوع الماضي هجمات على ...، نفذت القوات منذ أيام غارات ...), and an attack noun
with بـ after a verb of answering or carrying out, whose subject is the noun's agent (ردت إسرائيل
بغارات على ...، الولايات المتحدة، التي ردت بضربات على ...، قامت القوات بضربات على ...)."""
from __future__ import annotations

import pytest

from tests.relations.helpers import has_claim


def _claims(x):
    return [(c.subject, c.predicate, c.object) for c in x.claims]


@pytest.mark.parametrize("text, s, o", [
    ("وشن تنظيم داعش خلال الأسبوع الماضي هجمات على مواقع للجيش العراقي في كركوك.", "داعش", "iraqi_army"),
    ("ونفذت القوات الأمريكية منذ أيام غارات على مواقع في محافظة صعدة.", "القوات الأمريكية", "صعدة"),
    ("وشنت إسرائيل خلال الساعات الأخيرة غارات على بلدة الخيام.", "إسرائيل", "الخيام"),
], ids=["week", "days", "hours"])
def test_a_time_span_before_the_attack_noun(extract_text, text, s, o):
    x = extract_text(text)
    assert has_claim(x, s, "ATTACKED", o), _claims(x)


@pytest.mark.parametrize("text, s, o", [
    ("وردت إسرائيل بغارات على مطار صنعاء الدولي.", "إسرائيل", "مطار صنعاء"),
    ("واستهدف الحوثيون سفينة أمريكية، فردت الولايات المتحدة بضربات على ميناء رأس عيسى.", "الولايات المتحدة",
     "رأس عيسى"),
    ("وأطلقت الفصائل صواريخ على قاعدة أمريكية، فيما قامت القوات الأمريكية بغارات على مواقع في مدينة القائم.",
     "القوات الأمريكية", "القائم"),
    ("وهاجمت الجماعة سفنا في البحر الأحمر باتجاه إسرائيل، التي ردت بغارات على ميناء الحديدة.", "إسرائيل",
     "ميناء الحديدة"),
], ids=["answered", "answered-after-fa", "carried-out", "relative-answered"])
def test_an_attack_noun_with_bi_after_a_verb_of_answering(extract_text, text, s, o):
    x = extract_text(text)
    assert has_claim(x, s, "ATTACKED", o), _claims(x)


def test_the_object_of_the_answer_is_not_its_agent(extract_text):
    x = extract_text("وردت الحكومة بغارات على مواقع الحوثيين.")
    assert not [c for c in x.claims if c.predicate == "ATTACKED" and c.subject == c.object], _claims(x)
