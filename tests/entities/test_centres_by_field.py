"""A centre (مركز) names a body only before a noun of its field: مركز البحوث، مركز طب الطوارئ;
مركز المدينة، مركز الشرطة name none (our own sentences)."""
from __future__ import annotations

import pytest


def _texts(resolved):
    return [m.text for m in resolved.mentions]


@pytest.mark.parametrize("text, name", [
    ("قصفت الطائرات مركز الأبحاث الزراعية قرب بلدة الحصن.", "مركز الأبحاث الزراعية"),
    ("وقال مدير مركز طب الأورام في الموصل إن الأدوية نفدت.", "مركز طب الأورام"),
    ("وأصدر مركز الدراسات الاستراتيجية تقريرا عن المعارك.", "مركز الدراسات الاستراتيجية"),
    ("وأعلن مركز الرصد والتوثيق ارتفاع عدد الضحايا.", "مركز الرصد والتوثيق"),
], ids=["research-adjective", "medicine-construct", "studies-stopword-adjective", "monitoring-conjunct"])
def test_a_centre_of_a_field_is_a_body(resolve_text, text, name):
    assert name in _texts(resolve_text(text))


@pytest.mark.parametrize("text", [
    "انتشرت الدوريات في مركز المدينة بعد الاشتباكات.",
    "اعتقل الشاب في مركز الشرطة لساعات.",
    "وصلت التعزيزات إلى مركز محافظة إدلب.",
], ids=["town-centre", "police-station", "seat-of-a-governorate"])
def test_a_centre_of_no_field_names_no_body(resolve_text, text):
    assert not any(t.startswith("مركز") for t in _texts(resolve_text(text)))


def test_a_relative_pronoun_ends_the_centres_name(resolve_text):
    texts = _texts(resolve_text("وسقطت قذيفة قرب مركز البحوث التي أغلقت أبوابها."))
    assert "مركز البحوث" in texts and not any("التي" in t for t in texts)


@pytest.mark.parametrize("text, name", [
    ("وقال مدير مكتب الصحة في الحديدة إن الغارات أصابت مستشفى.", "مكتب الصحة"),
    ("وقال مكتب الشؤون الاجتماعية في مأرب إن النازحين وصلوا.", "مكتب الشؤون الاجتماعية"),
], ids=["health", "social-affairs"])
def test_an_office_of_a_sector_is_a_government_body(resolve_text, text, name):
    from kg.language.names import TYPES
    assert (name, TYPES.government) in [(m.text, m.type) for m in resolve_text(text).mentions]


def test_an_office_of_no_sector_names_no_body(resolve_text):
    assert not any(m.text.startswith("مكتب") for m in resolve_text("وقال مكتب رئيس الوزراء إن الاجتماع تأجل.").mentions)
