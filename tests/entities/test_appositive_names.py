"""A person's name set off by a comma before the person's title, on our own sentences (none taken
from an article): a known given name and one or two more words, then a comma and a title (القيادي
في، أحد قادة، وهو عنصر في) name a person, and the title then makes them a member of the body; the
pass runs after the recogniser, so a name it found whole (عبد الله حسين) is kept whole."""
from __future__ import annotations

import pytest

from tests.relations.helpers import has_claim

CASES = [
    ("وأعلنت القوات العراقية مقتل أحمد العسكري، القيادي في تنظيم داعش، في غارة جوية.", "أحمد العسكري", "داعش"),
    ("واعتقلت الشرطة محمد علي، وهو عنصر في تنظيم داعش، في الفلوجة.", "محمد علي", "داعش"),
    ("وأفرجت السلطات عن أبو علي البصري، القيادي في عصائب أهل الحق، بعد أسبوع.", "أبو علي البصري", "عصائب"),
    ("وقتل عبد الله حسين، القيادي الميداني في حركة الشباب، في غارة بطائرة مسيرة.", "عبد الله حسين", "الشباب"),
]


@pytest.mark.parametrize("text, person, body", CASES, ids=[f"A{i}" for i in range(1, len(CASES) + 1)])
def test_a_name_before_a_title_is_a_member(extract_text, text, person, body):
    x = extract_text(text)
    people = [m for m in x.mentions if m.type == "Person"]
    assert [m.text for m in people] == [person]
    assert has_claim(x, person, "MEMBER_OF", body), [(c.subject, c.predicate, c.object) for c in x.claims]


def test_a_preposition_before_the_name_stays_out_of_it(extract_text):
    x = extract_text("وقضت الغارة على سعيد الحلبي، أحد قادة تنظيم داعش، في البادية.")
    assert "على سعيد الحلبي" not in [m.text for m in x.mentions]


def test_the_end_of_a_longer_name_is_no_name_of_its_own(extract_text):
    x = extract_text("وقتل محمد علي أحمد حسن، القيادي في حركة الشباب، في غارة.")
    assert "أحمد حسن" not in [m.text for m in x.mentions]
