"""An aside of backing set off by commas between a subject and its verb (قوات الجيش، مدعومة بقوات
من البعثة، سيطرت؛ قوة من الفرقة، بإسناد من طيران التحالف، اقتحمت): the backer helps, the force
before the aside acts."""
from __future__ import annotations

import pytest

from tests.relations.helpers import has_claim


@pytest.mark.parametrize("text, actor, backer, place", [
    # a passive participle of backing, feminine, with بـ
    ("وقالت مصادر محلية إن قوات الجيش الصومالي، مدعومة بقوات من بعثة الاتحاد الأفريقي، سيطرت على بلدة جوهر.",
     "الجيش الصومالي", "الاتحاد الأفريقي", "جوهر"),
    # a long backer's name with its short name in brackets
    ("وأكد مسؤول محلي أن قوات الجيش الصومالي، مدعومة بقوات من بعثة الاتحاد الأفريقي للدعم والاستقرار في الصومال (أوصوم)، استعادت بلدة جوهر.",
     "الجيش الصومالي", "بعثة الاتحاد", "جوهر"),
    # the participle with من, masculine subject
    ("وأفاد شهود بأن الجيش السوداني، مدعوما من طيران القوات المشتركة، استعاد مدينة بارا.",
     "الجيش السوداني", "القوات المشتركة", "بارا"),
    # a phrase of backing (بدعم من)
    ("وذكرت المصادر أن قوات الجيش الصومالي، بدعم من قوات بعثة الاتحاد الأفريقي، دخلت وسيطرت على بلدة جوهر.",
     "الجيش الصومالي", "الاتحاد الأفريقي", "جوهر"),
    # بإسناد من and an attack verb
    ("وقال المتحدث إن قوة من الجيش العراقي، بإسناد من طيران التحالف الدولي، قصفت مواقع لتنظيم داعش في قضاء الحويجة.",
     "الجيش العراقي", "التحالف الدولي", "الحويجة"),
])
def test_the_force_before_a_backing_aside_acts(extract_text, actor, backer, place, text):
    x = extract_text(text)
    rel = "ATTACKED" if "قصفت" in text else "CAPTURED"
    assert has_claim(x, actor, rel, place)
    assert not has_claim(x, backer, rel, place)


def test_an_aside_that_is_no_backing_leaves_the_nearest_actor(extract_text):
    x = extract_text("وقالت مصادر إن مقاتلي حركة الشباب، بعد معارك مع الجيش الصومالي، سيطروا على بلدة جوهر.")
    assert not has_claim(x, "الجيش الصومالي", "CAPTURED", "جوهر")
