"""علي spelled with ي before a person's name is the given name where a name stands, the preposition
على (often written علي) elsewhere; عمّان with its shadda is Amman, سلطنة عمان is Oman in one
mention, a place noun with a nationality adjective decides a bare عمان (our own sentences)."""
from __future__ import annotations

import pytest


def _people(resolved):
    from kg.language.names import TYPES
    return [m.text for m in resolved.mentions if m.type == TYPES.person]


def _places(resolved):
    return [(m.text, m.entity_id) for m in resolved.mentions]


@pytest.mark.parametrize("text, name", [
    ("علي حسن قاسم قال إن الوضع في البلدة هادئ.", "علي حسن قاسم"),
    ("وقال البيان: علي حسن قاسم سيتولى الملف.", "علي حسن قاسم"),
    ("وحضر اللقاء وعلي حسن قاسم ومحمد نور الدين.", "علي حسن قاسم"),
    ("واعتقلت الشرطة الشاب علي محمود خليل في السوق.", "علي محمود خليل"),
    ("علي عبد الله صالح حكم البلاد طويلا.", "علي عبد الله صالح"),
    ("وأكد العميد علي حسن قاسم أن القوات تقدمت.", "علي حسن قاسم"),
    ("وصرح محمد علي حسن بأن الهجوم فشل.", "محمد علي حسن"),
], ids=["opens-sentence", "after-colon", "after-wa", "after-person-noun", "compound", "after-title", "inside"])
def test_ali_starts_or_stays_in_the_name(resolve_text, text, name):
    assert name in _people(resolve_text(text))


@pytest.mark.parametrize("text", [
    "ألقت الشرطة القبض علي محمد حسن في السوق.",
    "وردت الحركة علي حسن نصر الله في بيان.",
], ids=["arrest", "reply"])
def test_ali_after_another_word_is_the_preposition(resolve_text, text):
    assert not any(n.startswith("علي") for n in _people(resolve_text(text)))


def test_the_preposition_before_a_place_makes_no_person(resolve_text):
    found = resolve_text("سيطرت القوات علي حلب بعد هجوم علي قوات النظام.")
    assert _people(found) == []


def test_homograph_rule_alone(sentence, cues):
    from kg.entities.ner import homograph_given_name_before
    s = sentence("ألقت الشرطة القبض علي محمد حسن.")
    assert not homograph_given_name_before(s.tokens, 4, [], cues)
    s = sentence("الشاب علي محمد حسن.")
    assert homograph_given_name_before(s.tokens, 2, [], cues)
    s = sentence("الشاب على محمد حسن.")            # على with ى is always the preposition
    assert not homograph_given_name_before(s.tokens, 2, [], cues)


@pytest.mark.parametrize("text, mention, eid", [
    ("وصل الوزير إلى عمّان صباح اليوم.", "عمّان", "amman"),
    ("وعقدت الجولة في عَمّان الأسبوع الماضي.", "عَمّان", "amman"),
    ("وزار الوفد سلطنة عمان أمس.", "سلطنة عمان", "oman"),
    ("وزار الوفد سلطنة عُمان أمس.", "سلطنة عُمان", "oman"),
    ("وأكد الوزير العماني في العاصمة الأردنية عمان أن الحوار مستمر.", "عمان", "amman"),
    ("واستضافت العاصمة الأردنية، عمان، جولة جديدة.", "عمان", "amman"),
    ("وزار الوفد عُمان أمس.", "عُمان", "oman"),
], ids=["shadda", "fatha-shadda", "sultanate", "sultanate-damma", "capital-adjective", "capital-comma", "damma"])
def test_amman_and_oman(resolve_text, text, mention, eid):
    assert (mention, eid) in _places(resolve_text(text))


def test_sultanate_is_one_mention(resolve_text):
    found = _places(resolve_text("وقال مصدر في عمّان إن سلطنة عمان ستستضيف المحادثات."))
    assert ("عمّان", "amman") in found and ("سلطنة عمان", "oman") in found
    assert ("عمان", "oman") not in found
