"""A body that comprises others (تضم X Y وZ، يتألف X من Y) and a body credited through its report
(وفق تقرير لـ X، جاء في تحقيق لـ X). Sentences are our own."""
from __future__ import annotations

from tests.relations.helpers import has_claim as _has


def test_a_body_that_comprises_others_is_their_whole(extract_text):
    x = extract_text("وتضم قوات سوريا الديمقراطية وحدات حماية الشعب الكردية ومجلس منبج العسكري.")
    assert _has(x, "وحدات حماية الشعب", "PART_OF", "قوات سوريا الديمقراطية")
    assert _has(x, "مجلس منبج العسكري", "PART_OF", "قوات سوريا الديمقراطية")


def test_comprised_of_needs_min(extract_text):
    x = extract_text("ويتألف الحشد الشعبي من كتائب حزب الله وعصائب أهل الحق.")
    assert _has(x, "كتائب حزب الله", "PART_OF", "الحشد الشعبي")
    assert _has(x, "عصائب أهل الحق", "PART_OF", "الحشد الشعبي")


def test_a_meeting_or_a_state_that_takes_in_is_no_whole(extract_text):
    x = extract_text("وضم الاجتماع قوات سوريا الديمقراطية وحزب الله.")
    assert not any(c.predicate == "PART_OF" for c in x.claims)
    x = extract_text("وقد تكون قوات سوريا الديمقراطية قصفت مدينة منبج.")      # تكون without من: "may be"
    assert not any(c.predicate == "PART_OF" for c in x.claims)


def test_a_body_is_credited_for_its_report(extract_text):
    x = extract_text("وتقدم الإمارات دعما عسكريا لقوات الدعم السريع، وفق تقرير لمجلس الأمن الدولي.")
    claims = [c for c in x.claims if c.predicate == "SUPPORTS"]
    assert claims and {c.provenance.attributed_to for c in claims} == {"un_security_council"}


def test_a_body_that_belongs_to_another_with_tabi_a_li(extract_text):
    x = extract_text("وتتبع حركة النجباء لهيئة الحشد الشعبي في العراق.")
    assert _has(x, "حركة النجباء", "PART_OF", "الحشد الشعبي")
    x = extract_text("ويتبع الجيش السوري سياسة جديدة في المنطقة.")          # follows a policy: no ل, no body
    assert not any(c.predicate == "PART_OF" for c in x.claims)
