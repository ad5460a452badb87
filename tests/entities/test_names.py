"""kg.entities.names: where a personal name after a title ends (person_end), on our own sentences."""
from __future__ import annotations

import pytest

from kg.entities.names import person_end


def _name_after(sentence, registry, cues, text: str, start: int) -> str:
    s = sentence(text)
    end = person_end(s.tokens, start, cues, registry, [])
    return " ".join(t.text for t in s.tokens[start:end])


@pytest.mark.parametrize("text, start, name", [
    ("قتل القيادي علي حسن في غارة.", 2, "علي حسن"),              # علي opening a name is a name, not على
    ("قال الشيخ علي الحسن إن الوضع هادئ.", 2, "علي الحسن"),
    ("وأعلن العقيد يوسي كوهين استقالته أمس.", 2, "يوسي كوهين"),   # a noun with a pronoun suffix ends it
    ("وصرح قائد اللواء بأن قواته تقدمت.", 3, ""),                 # a complementiser opens a clause, no name
    ("وأكد العميد سامر ديب أن الهجوم فشل.", 2, "سامر ديب"),       # and it ends the name before it
])
def test_where_a_name_after_a_title_ends(sentence, registry, cues, text, start, name):
    assert _name_after(sentence, registry, cues, text, start) == name



def test_a_derived_verbal_noun_is_known_by_its_pattern():
    from kg.arabic import normalise
    from kg.entities.names import is_verbal_noun
    for w in ("التصعيد", "مواجهة", "الانسحاب", "الاقتحام", "استهداف", "الاضطراب"):
        assert is_verbal_noun(normalise(w)), w
    for w in ("تيسير", "انتصار", "اعزاز", "تدمر", "الخيام", "حلب"):   # names, and shapes names share
        assert not is_verbal_noun(normalise(w)), w


def test_a_participle_is_known_by_its_pattern():
    from kg.arabic import normalise
    from kg.entities.names import is_participle
    for w in ("مسلحة", "متمردة", "مستقلة", "منشقة", "متحالفة"):
        assert is_participle(normalise(w)), w
    for w in ("محمد", "مصطفى", "منصور", "حماس", "المسلحة"):     # given names, other shapes, definite
        assert not is_participle(normalise(w)), w


@pytest.mark.parametrize("text, name", [
    ("وقتلت الغارة القيادي في الحركة يوسف عبد الرحيم النجار مع مرافقيه.", "يوسف عبد الرحيم النجار"),
    ("واستقبل المحافظ أحمد أبو بكر الصديق وفدا من الأهالي.", "أحمد أبو بكر الصديق"),
], ids=["father-abd", "father-abu"])
def test_a_compound_part_after_the_first_name_makes_a_four_word_name(resolve_text, text, name):
    assert name in [m.text for m in resolve_text(text).mentions if m.type == "Person"]
