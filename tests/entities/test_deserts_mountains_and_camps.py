"""Stretches of land and camps named with their cue (our own sentences): جبال X and صحراء X keep
their cue in the name; صحراء before a known place is a Region of its own named after it (صحراء
الأنبار is no mention of the governorate); جبال before a known town is the mountains named after
it; معسكر X keeps its cue and joins a known camp (معسكر زمزم); معسكر before an indefinite verbal
noun (معسكر تدريب) or ل and a body (معسكر لحلف قبائل ...) names nothing."""
from __future__ import annotations

import pytest


def _by_text(resolved):
    return {m.text: m.entity_id for m in resolved.mentions}


@pytest.mark.parametrize("text, name", [
    ("وتحصن المسلحون في جبال مكحول شمال بيجي.", "جبال مكحول"),
    ("وقتل جنديان في صحراء الأنبار قرب الحدود.", "صحراء الأنبار"),
    ("وضبطت القوات شحنة سلاح في صحراء سيناء.", "صحراء سيناء"),
    ("ولاحقت الدوريات خلايا التنظيم في جبال البشري شرقي حمص.", "جبال البشري"),
    ("واندلعت مواجهات قرب معسكر اليرموك جنوب العاصمة.", "معسكر اليرموك"),
], ids=["mountains-new", "desert-of-governorate", "desert-of-region", "mountains-of-town", "camp-new"])
def test_the_cue_stays_in_the_name(resolve_text, text, name):
    assert name in _by_text(resolve_text(text))


def test_a_desert_named_after_a_governorate_is_a_place_of_its_own(resolve_text):
    found = _by_text(resolve_text("وقتل جنديان في صحراء الأنبار قرب الحدود."))
    assert found["صحراء الأنبار"].startswith("name:")


def test_a_known_camp_after_muaskar_is_that_camp(resolve_text):
    found = _by_text(resolve_text("وفر آلاف النازحين من معسكر زمزم جنوب الفاشر."))
    assert found.get("معسكر زمزم") == "zamzam_camp", found


@pytest.mark.parametrize("text", [
    "وقصفت الطائرات معسكر تدريب للمسلحين.",
    "وسيطرت القوات على معسكر لحلف قبائل المهرة.",
], ids=["use", "site-of-a-body"])
def test_a_camp_described_names_no_camp(resolve_text, text):
    assert not any(t.startswith("معسكر") for t in _by_text(resolve_text(text)))


def test_the_use_rule_on_its_own(sentence, cues):
    from kg.entities.cues import a_site_described_by_its_use
    tokens = sentence("وقصفت الطائرات معسكر تدريب قرب الحدود.").tokens
    assert a_site_described_by_its_use(tokens, 2, 3, cues)
    tokens = sentence("وقصفت الطائرات معسكر اليرموك قرب الحدود.").tokens
    assert not a_site_described_by_its_use(tokens, 2, 3, cues)
