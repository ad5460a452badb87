"""Our own sentences: a noun, a quoted name and a media adjective after it (مؤسسة "X" الإعلامية،
ذراعه "X" الإعلامي) make the quote a media outlet, wherever the phrase stands; a quoted word
that is itself the adjective, or a quote without it, names none."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, name", [
    ('وتبنت الجماعة الهجوم في بيان نشرته مؤسسة "البيان" الإعلامية التابعة لها.', "البيان"),
    ('وأعلن التنظيم عبر ذراعه "الفرقان" الإعلامي مسؤوليته عن الهجوم على مدينة الموصل.', "الفرقان"),
    ("وبثت شركة «النور الجديد» الإعلامية تسجيلا مصورا للهجوم.", "النور الجديد"),
], ids=["foundation", "arm-masculine", "two-word-name"])
def test_a_quoted_name_called_a_media_one_is_an_outlet(extract_text, text, name):
    x = extract_text(text)
    assert name in {m.text for m in x.mentions if m.type == "MediaOutlet"}, [(m.text, m.type) for m in x.mentions]


@pytest.mark.parametrize("text", [
    'وقال المسؤول إن المؤسسة "الإعلامية" ستغلق أبوابها.',
    'ووصف الوزير الحملة بأنها "مضللة" وطالب بوقفها.',
], ids=["the-adjective-quoted", "no-media-adjective"])
def test_no_outlet_without_a_media_adjective_after_the_quote(extract_text, text):
    x = extract_text(text)
    assert not [m for m in x.mentions if m.type == "MediaOutlet"], [(m.text, m.type) for m in x.mentions]


def test_a_registered_outlet_named_with_its_noun_and_a_quote(extract_text):
    x = extract_text('وتبنت الجماعة الكمين في بيان نشرته مؤسسة "الزلاقة" الإعلامية.')
    assert "az_zallaqa" in {m.entity_id for m in x.mentions}, [(m.text, m.entity_id) for m in x.mentions]
