"""A standing fact inside an apposition a comma and وهو/وهي open within reported words (إن «X»،
وهو الجناح العسكري للحركة، نفذ ...) is the writer's gloss, credited to no one; what the speaker
says past it stays the speaker's (own sentences)."""
from __future__ import annotations

from kg.language.names import RELATIONS


def _claims(x, rel):
    return [c for c in x.claims if c.predicate == rel]


def test_the_part_of_in_the_apposition_is_the_writers(extract_text):
    x = extract_text("تبنى «جيش تحرير بلوشستان» هجوما على قافلة عسكرية. وقال المتحدث باسم الجماعة جيند بلوش، "
                     "في بيان، إن «لواء المجيد»، وهو الجناح الانتحاري للتنظيم، نفذ الهجوم بسيارة مفخخة.")
    got = _claims(x, RELATIONS.part_of)
    assert got and all(c.provenance.attributed_to is None for c in got)


def test_a_part_of_said_by_the_speaker_without_an_apposition_stays_his(extract_text):
    x = extract_text("وقال وزير الدفاع الصومالي إن لواء الكوماندوز التابع للجيش الصومالي سيطر على بلدة بارديري.")
    got = _claims(x, RELATIONS.part_of)
    assert got and all(c.provenance.attributed_to is not None for c in got)
