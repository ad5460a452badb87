"""Places inside places on our own sentences (none taken from an article): a district named after
its governorate through a plural of districts (إحدى مديريات محافظة Y، مديريات A وB بمحافظة Y), a town
glossed by its state in brackets (مدينة X (ولاية Y)), a town administratively under a
governorate (التابعة إداريا لمحافظة Y), a direction with a locative ب (ولاية X بوسط السودان) and a
participle of lying between the two places (بلدة X الواقعة في إقليم Y, with a name kg reads short), a
side of a region after a comma or a relative (بلدة X، شمال غربي سوريا؛ مدينة X التي تقع جنوب اليمن)
and a copula before "one of the towns of" (بلدة X، وهي من أكبر بلدات قضاء Y)."""
from __future__ import annotations

import pytest

from tests.relations.helpers import has_claim

CASES = [
    ("وتعرضت مديرية حيس، إحدى مديريات محافظة الحديدة، لقصف مدفعي عنيف.", [("حيس", "حديدة")]),
    ("وشنت الطائرات غارات على مديريات رازح وشدا والظاهر بمحافظة صعدة.",
     [("رازح", "صعدة"), ("شدا", "صعدة"), ("الظاهر", "صعدة")]),
    ("ودارت المعارك في مدينة أبو زبد (ولاية غرب كردفان) منذ فجر الخميس.", [("أبو زبد", "غرب كردفان")]),
    ("وانتشرت قوات الأمن في بلدة هجين التابعة إداريا لمحافظة دير الزور.", [("هجين", "دير الزور")]),
    ("واندلعت اشتباكات قبلية في ولاية سنار بوسط السودان.", [("سنار", "السودان")]),
    ("وسيطر المسلحون على بلدة عيل ديري الواقعة في إقليم جلجدود.", [("عيل", "جلجدود")]),
    ("وسقطت القذائف على قرى الغدفة وتلمنس ومعرشورين بريف إدلب الشرقي.",
     [("الغدفة", "إدلب"), ("تلمنس", "إدلب"), ("معرشورين", "إدلب")]),
    ("ووصلت قافلة المساعدات إلى مدينة عفرين، شمال غربي سوريا، مساء الاثنين.", [("عفرين", "شمال غربي سوريا")]),
    ("وقصفت الطائرات المسيرة مدينة لودر التي تقع جنوب اليمن.", [("لودر", "جنوب اليمن")]),
    ("ونزح السكان من بلدة الطيبة، وهي من أكبر بلدات قضاء مرجعيون.", [("الطيبة", "مرجعيون")]),
]


@pytest.mark.parametrize("text, pairs", CASES, ids=[f"P{i}" for i in range(1, len(CASES) + 1)])
def test_a_place_in_a_larger_place(extract_text, text, pairs):
    x = extract_text(text)
    for a, b in pairs:
        assert has_claim(x, a, "LOCATED_IN", b), [(c.subject, c.predicate, c.object) for c in x.claims]



def test_a_side_of_a_region_after_a_conjunction_is_another_place(extract_text):
    x = extract_text("وسيطرت القوات على مدينة حمص، وشمال سوريا بأكمله.")
    assert not has_claim(x, "حمص", "LOCATED_IN", "شمال سوريا")
