"""A public body named by a head noun, an adjective of its standing and a complement with لـ
(الإدارة العامة لـ، الهيئة العليا لـ، المؤسسة الوطنية لـ), on our own sentences (none taken from an
article)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, body", [
    ("وقالت الإدارة العامة للجوازات إن المعابر أغلقت.", "الإدارة العامة للجوازات"),
    ("وأعلنت المؤسسة العامة للمياه انقطاع الضخ عن الأحياء.", "المؤسسة العامة للمياه"),
    ("وأكدت الهيئة العليا لشؤون اللاجئين أن المخيمات مكتظة.", "الهيئة العليا لشؤون اللاجئين"),
    ("وبحسب المنسقية العامة للإغاثة والطوارئ فإن القوافل وصلت.", "المنسقية العامة للإغاثة والطوارئ"),
    ("ونقلت الوكالة عن المديرية العامة للدفاع المدني أن الحريق أخمد.", "المديرية العامة للدفاع المدني"),
    ("وطالب بدعم المؤسسة الوطنية للنفط في طرابلس.", "المؤسسة الوطنية للنفط"),
    ("وأوضح أن للإدارة العامة للمرور دورا في تنظيم الطرق.", "الإدارة العامة للمرور"),
], ids=["passports", "water", "construct", "coordinated", "after-an", "before-a-place", "clitic"])
def test_a_general_body_is_named_with_its_complement(extract_text, text, body):
    # (للإدارة: a clitic ل drops the article's alef, so the text is matched past الـ)
    x = extract_text(text)
    assert any(m.text.endswith(body[2:]) for m in x.mentions), [(m.text, m.type) for m in x.mentions]


def test_a_head_and_adjective_without_a_complement_name_no_body(extract_text):
    x = extract_text("وقالت الإدارة العامة في بيان إن الطرق مفتوحة.")
    assert not any(m.text.startswith("الإدارة العامة") for m in x.mentions)


@pytest.mark.parametrize("text, body", [
    ("وقالت لجنة الإشراف على الانتخابات إن النتائج ستعلن غدا.", "لجنة الإشراف على الانتخابات"),
    ("وبحسب مصادر مطلعة على أجواء لجنة الإشراف على وقف إطلاق النار فإن الاجتماع تأجل.", "لجنة الإشراف على وقف إطلاق النار"),
    ("وطالبت لجنة التحقيق في أحداث الساحل بمحاسبة المتورطين.", "لجنة التحقيق في أحداث الساحل"),
], ids=["object", "construct-object", "fi"])
def test_a_committee_named_by_its_task_and_its_object(extract_text, text, body):
    assert body in [m.text for m in extract_text(text).mentions]


def test_a_committee_s_name_stops_before_a_clause(extract_text):
    names = [m.text for m in extract_text("وأعلنت لجنة التحقيق في بيان أن النتائج ستعلن.").mentions]
    assert not any("بيان" in n for n in names), names
