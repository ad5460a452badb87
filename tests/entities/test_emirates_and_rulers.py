"""An emirate named after its city is a Region of its own (إمارة الشارقة، إمارة دبي), the city
nested in it and named alone elsewhere still the city; حاكم is a title, so نائب حاكم إمارة X makes
no person of حاكم إمارة (our own sentences)."""
from __future__ import annotations


def _by_text(resolved):
    return {m.text: m.entity_id for m in resolved.mentions}


def test_an_emirate_is_a_place_of_its_own(resolve_text):
    found = _by_text(resolve_text("وأعلنت إمارة أبوظبي تعطيل الدوام بسبب الأمطار."))
    assert found.get("إمارة أبوظبي", "").startswith("name:"), found


def test_the_city_named_alone_stays_the_city(resolve_text):
    found = _by_text(resolve_text("وزار الوفد إمارة دبي. وعقد اللقاء في دبي أمس."))
    assert found.get("إمارة دبي", "").startswith("name:") and found.get("دبي") == "dubai", found


def test_a_deputy_ruler_is_no_person_named_ruler(resolve_text):
    from kg.language.names import TYPES
    r = resolve_text("واستقبل نائب حاكم إمارة عجمان الوفد الزائر.")
    assert not any(m.type == TYPES.person and m.text.startswith("حاكم") for m in r.mentions), \
        [(m.text, m.type) for m in r.mentions]


def test_the_ruling_adjective_is_no_title(resolve_text):
    from kg.language.names import TYPES
    r = resolve_text("وانتقد المعارضون الحزب الحاكم في البلاد بشدة.")
    assert not any(m.type == TYPES.person for m in r.mentions), [(m.text, m.type) for m in r.mentions]
