"""A closing quote, a comma and وهي/وهما: the writer glosses the quoted words; what follows to
the sentence's end is credited to no one (our own sentences)."""
from __future__ import annotations

from kg.language.names import RELATIONS


def _attributions(extract_text, text, rel):
    x = extract_text(text)
    return [c for c in x.claims if c.predicate == rel]


def test_a_gloss_after_a_quote_is_the_writers(extract_text):
    text = ('وذكرت وكالة الأنباء الصومالية أن "الهدوء عاد إلى بلدة بارديري"، '
            'وهي بلدة كانت حركة الشباب قد سيطرت عليها عام 2020.')
    got = _attributions(extract_text, text, RELATIONS.captured)
    assert got and all(c.provenance.attributed_to is None for c in got)


def test_a_gloss_closed_by_a_comma_leaves_the_speakers_words(extract_text):
    text = ('وذكرت وكالة الأنباء الصومالية أن عناصر "حركة الشباب"، وهي الجماعة المرتبطة بالقاعدة، '
            'سيطروا على بلدة بارديري.')
    got = _attributions(extract_text, text, RELATIONS.captured)
    assert got and all(c.provenance.attributed_to is not None for c in got)


def test_a_gloss_of_a_quoted_name_makes_the_names_own_claims_the_writers(extract_text):
    text = ('وقال وزير الدفاع النيجيري محمد بدارو إن السلطات ستزيد تمويل "قوة المهام المشتركة المدنية"، '
            'وهي فرق من الصيادين تقاتل إلى جانب الجيش النيجيري في الأرياف.')
    got = _attributions(extract_text, text, RELATIONS.allied_with)
    assert got and all(c.provenance.attributed_to is None for c in got)
