"""A facility named after the body whose site it is, one word of the body's own between them
(مقر قيادة الشرطة): one facility, not half a name (our own sentences)."""
from __future__ import annotations

import pytest


def _facilities(resolved):
    from kg.language.names import TYPES
    return [m.text for m in resolved.mentions if m.type == TYPES.facility]


@pytest.mark.parametrize("text, name", [
    ("وانفجرت عبوة قرب مقر قيادة الشرطة وسط البلدة.", "مقر قيادة الشرطة"),
    ("وسقطت قذائف على مقر قيادة قوات الدعم السريع شرق المدينة.", "مقر قيادة قوات الدعم السريع"),
], ids=["body-noun", "known-body"])
def test_the_site_runs_through_the_body(resolve_text, text, name):
    found = _facilities(resolve_text(text))
    assert name in found and "مقر قيادة" not in found, found


def test_the_known_body_stays_a_mention(resolve_text):
    r = resolve_text("وسقطت قذائف على مقر قيادة قوات الدعم السريع شرق المدينة.")
    assert "rapid_support_forces" in {m.entity_id for m in r.mentions}


def test_a_person_inside_a_places_name_is_no_mention(resolve_text):
    from kg.language.names import TYPES
    r = resolve_text("وسقطت صواريخ على قاعدة عين الأسد الجوية غرب العراق.")
    assert not any(m.type == TYPES.person for m in r.mentions), [(m.text, m.entity_id) for m in r.mentions]


def test_an_outlet_inside_a_places_name_is_no_mention(resolve_text):
    from kg.language.names import TYPES
    r = resolve_text("وقصفت المسيرات مدينة ود مدني عاصمة ولاية الجزيرة.")
    assert not any(m.type == TYPES.outlet for m in r.mentions), [(m.text, m.entity_id) for m in r.mentions]


def test_a_coordination_of_committees_is_an_organisation(resolve_text):
    from kg.language.names import TYPES
    r = resolve_text("وقالت تنسيقية لجان مقاومة مدني إن القصف طال الأحياء السكنية.")
    assert any(m.type == TYPES.organisation and m.text.startswith("تنسيقية") for m in r.mentions), \
        [(m.text, m.type) for m in r.mentions]
