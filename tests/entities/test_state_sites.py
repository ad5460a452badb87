"""Seats a state has one of, named by a description (our own sentences): one Facility per state."""
from __future__ import annotations

import pytest


def _sites(resolved):
    from kg.language.names import TYPES
    return [(m.text, m.entity_id) for m in resolved.mentions if m.type == TYPES.facility]


def test_every_phrase_of_the_palace_is_one_node(resolve_text):
    found = _sites(resolve_text("وسقطت قذيفة قرب القصر الجمهوري في صنعاء. وقال شهود إن دار الرئاسة أصيبت، "
                                "وإن النيران اشتعلت في القصر الرئاسي."))
    assert [t for t, _ in found] == ["القصر الجمهوري", "دار الرئاسة", "القصر الرئاسي"]
    assert {eid for _, eid in found} == {"name:YE:القصر_الرئاسي"}


@pytest.mark.parametrize("text, eid", [
    ("واستهدفت مسيرة القصر الرئاسي الصومالي ليلا.", "name:SO:القصر_الرئاسي"),
    ("وقصفت المدفعية محيط قصر الرئاسة بالخرطوم.", "name:SD:القصر_الرئاسي"),
    ("ودمرت الغارة مقر رئاسة الأركان في بغداد.", "name:IQ:مبنى_هيئة_الأركان"),
], ids=["adjective", "place-after", "staff-place-after"])
def test_the_state_of_the_site(resolve_text, text, eid):
    assert eid in [e for _, e in _sites(resolve_text(text))]


def test_a_facility_adjective_goes_with_the_site(resolve_text):
    found = _sites(resolve_text("وأصاب صاروخ مبنى الأركان العسكري في طرابلس."))
    assert ("مبنى الأركان العسكري", "name:LY:مبنى_هيئة_الأركان") in found


def test_a_palace_with_a_name_is_left_to_the_cues(resolve_text):
    found = _sites(resolve_text("وزار الوفد قصر المرادية في الجزائر."))
    assert not any("القصر_الرئاسي" in eid for _, eid in found)
