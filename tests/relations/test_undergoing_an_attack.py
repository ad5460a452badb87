"""Undergoing an attack (تعرض لـ) on our own sentences: the verb first with the victim after it
(وتعرض الجيش لكمين من قوات X), the victim is no attacker of the strike noun with لـ (تعرض الجيش
لقصف إسرائيلي), and the strike noun before a relative clause with the verb of undergoing and its
pronoun (الرد على الهجوم الذي تعرض له من X). Also the performer of an operation as the subject of
a verb with a resumptive في after it (نفذ الجيش عملية بمشاركة X، هاجم فيها ...)."""
from __future__ import annotations

import pytest

from tests.relations.helpers import has_claim


def _claims(x):
    return [(c.subject, c.predicate, c.object) for c in x.claims]


@pytest.mark.parametrize("text, s, o", [
    ("وتعرضت قوات الجيش السوداني لكمين من قوات الدعم السريع قرب بارا.", "الدعم السريع", "الجيش السوداني"),
    ("وتعرض الجيش السوداني لهجوم من قبل قوات الدعم السريع في الفاشر.", "الدعم السريع", "الجيش السوداني"),
    ("وتعرض الجيش السوداني لهجوم شنته قوات الدعم السريع.", "الدعم السريع", "الجيش السوداني"),
    ("وتعرض الجيش السوداني لقصف إسرائيلي.", "إسرائيل", "الجيش السوداني"),
], ids=["ambush-from", "attack-by", "attack-carried-out-by", "strike-with-nationality"])
def test_victim_after_the_verb_of_undergoing(extract_text, text, s, o):
    x = extract_text(text)
    assert has_claim(x, s, "ATTACKED", o), _claims(x)
    assert not has_claim(x, o, "ATTACKED", s), _claims(x)


@pytest.mark.parametrize("text, s, o", [
    ("وتوعد الجيش الصومالي بالرد على الهجوم الذي تعرض له من حركة الشباب قرب مقديشو.", "الشباب", "الجيش الصومالي"),
    ("وقالت قوات الدعم السريع إنها سترد على القصف الذي تعرضت له من قبل الجيش السوداني في أم درمان.",
     "الجيش السوداني", "الدعم السريع"),
], ids=["attack-it-underwent", "shelling-it-underwent"])
def test_strike_noun_before_a_relative_of_undergoing(extract_text, text, s, o):
    x = extract_text(text)
    assert has_claim(x, s, "ATTACKED", o), _claims(x)
    assert not has_claim(x, o, "ATTACKED", s), _claims(x)


@pytest.mark.parametrize("text, s, o", [
    ("ونفذ الجيش السوداني عملية واسعة بمشاركة القوات المشتركة، هاجم فيها مواقع الدعم السريع في بارا.",
     "الجيش السوداني", "الدعم السريع"),
    ("وشن الحوثيون هجوما بطائرات مسيرة استهدفوا فيه مطار جازان.", "الحوثيون", "جازان"),
], ids=["operation-with-a-partner", "attack-with-drones"])
def test_the_performer_of_an_operation_is_the_subject_of_its_resumptive_verb(extract_text, text, s, o):
    x = extract_text(text)
    assert has_claim(x, s, "ATTACKED", o), _claims(x)


@pytest.mark.parametrize("text", [
    "تعرضت قاعدة عين الأسد لهجوم تبنته المقاومة الإسلامية في العراق.",
    "تعرضت قاعدة عين الأسد لهجوم بطائرتين مسيرتين تبنته المقاومة الإسلامية في العراق.",
    "تعرضت قاعدة عين الأسد الجوية في محافظة الأنبار، التي تضم قوات أمريكية، لهجوم بطائرتين مسيرتين، "
    "تبنته فصائل المقاومة الإسلامية في العراق.",
], ids=["claimed", "with-a-weapon", "past-a-relative-and-a-comma"])
def test_an_attack_undergone_and_claimed(extract_text, text):
    """تعرض X لهجوم (بطائرتين مسيرتين، ) تبنته Y: the one who claimed it ATTACKED X."""
    found = {(c.subject, c.predicate, c.object) for c in extract_text(text).claims}
    assert ("islamic_resistance_in_iraq", "ATTACKED", "ain_al_asad_air_base") in found
