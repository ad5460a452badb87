"""The dead of an attack: an attack stated by a verb, then a word of result and a noun of killing
(ما أسفر عن مقتل، مما أدى إلى مقتل، وأسفر القصف عن مقتل). The attacker killed the dead named, the
group their members belong to, or the actor attacked when the dead are its own (عناصرها، منهم) or
soldiers no one else owns; civilians make no KILLED."""
from __future__ import annotations

import pytest

from tests.relations.helpers import claim_triples, has_claim


@pytest.mark.parametrize("text, attacker, victim", [
    # members of a named group after من
    ("وشنت قوات الجيش الصومالي هجوما على مواقع في بلدة جلب، ما أسفر عن مقتل 25 عنصرا من حركة الشباب.",
     "الجيش الصومالي", "الشباب"),
    # the members' pronoun refers to the actor attacked (feminine)
    ("واستهدفت المدفعية التركية مواقع وحدات حماية الشعب قرب بلدة تل تمر، مما أدى إلى مقتل عدد من عناصرها.",
     "turkiye", "وحدات حماية الشعب"),
    # masculine pronoun, the result verb with the strike as its subject
    ("وقصف الجيش السوداني تجمعات لقوات الدعم السريع غرب مدينة الأبيض، وأسفر القصف عن مقتل العشرات من مقاتليه.",
     "الجيش السوداني", "الدعم السريع"),
    # soldiers no one else owns: the army attacked
    ("وهاجم مسلحو حركة الشباب قاعدة للجيش الصومالي في بلدة جوهر، ما أسفر عن مقتل تسعة جنود على الأقل.",
     "الشباب", "جيش الصومالي"),
    # a named leader among the dead
    ("وقصفت طائرات الجيش السوداني مواقع لقوات الدعم السريع في مدينة نيالا، ما أسفر عن مقتل القائد الميداني علي يعقوب.",
     "الجيش السوداني", "علي يعقوب"),
])
def test_the_attacker_killed_the_dead_of_its_attack(extract_text, attacker, victim, text):
    x = extract_text(text)
    assert has_claim(x, attacker, "KILLED", victim)


def test_civilians_killed_in_an_attack_make_no_killing_of_an_actor(extract_text):
    x = extract_text("وهاجم مسلحو حركة الشباب قاعدة للجيش الصومالي في بلدة جوهر، ما أسفر عن مقتل سبعة مدنيين.")
    assert not any(p == "KILLED" for _, p, _ in claim_triples(x))


def test_soldiers_of_another_nationality_are_their_army_not_the_attacked_ones(extract_text):
    x = extract_text("وهاجم مسلحو حركة الشباب قاعدة للجيش الصومالي في بلدة جوهر، ما أسفر عن مقتل ثلاثة جنود كينيين.")
    assert not has_claim(x, "الشباب", "KILLED", "جيش الصومالي")
    assert has_claim(x, "الشباب", "KILLED", "جنود كينيين")


def test_two_attackers_leave_the_dead_unowned(extract_text):
    x = extract_text("وقصف الجيش السوداني مواقع في مدينة الأبيض وقصفت قوات الدعم السريع مواقع الجيش في مدينة بارا، "
                     "ما أسفر عن مقتل عشرة جنود.")
    assert not any(p == "KILLED" for _, p, _ in claim_triples(x))


@pytest.mark.parametrize("text, fighter, victim", [
    # a clash, then the killing verb joined by و with a counted pronoun (feminine verb)
    ("وأعلن الجيش الصومالي أن وحداته اشتبكت مع مسلحي حركة الشباب قرب بلدة جوهر وقتلت ستة منهم.",
     "الجيش الصومالي", "الشباب"),
    # an attack, then a masculine verb and the members with a pronoun
    ("وهاجم الجيش الصومالي مواقع حركة الشباب في بلدة جوهر وقتل 12 من عناصرها.", "الجيش الصومالي", "الشباب"),
    # a plural verb and soldiers no one else owns
    ("وهاجم مسلحو حركة الشباب قاعدة للجيش الصومالي في بلدة جوهر وقتلوا خمسة جنود.", "الشباب", "جيش الصومالي"),
    # a reported clause, a number in digits
    ("وقال الجيش النيجيري إن قواته اشتبكت مع مسلحي بوكو حرام وقتلت 14 منهم.", "الجيش النيجيري", "بوكو حرام"),
])
def test_killing_joined_to_the_fight_is_the_fighters(extract_text, fighter, victim, text):
    x = extract_text(text)
    assert has_claim(x, fighter, "KILLED", victim)
    assert not has_claim(x, victim, "KILLED", fighter)
