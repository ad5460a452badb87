"""A definite noun of strike opening a clause (الغارات استهدفت، الضربات طالت، الغارة أسفرت عن مقتل،
أن تكون المسيرة نفسها قد أغارت) refers back to strikes the article told of before: their attacker
acts, when only one side attacked in the sentences just before; the speaker of the clause when it
speaks of its own strikes; nobody taken from history when two sides compete. Sentences are our own."""
from __future__ import annotations

import pytest


def _claims(extract_text, text: str, relation: str) -> set:
    return {(c.subject, c.object) for c in extract_text(text).claims if c.predicate == relation}


@pytest.mark.parametrize("text, subject, target", [
    ("شن الجيش الإسرائيلي غارات على مدينة صور.\nوقال مصدر محلي إن الغارات استهدفت بلدة الخيام.",
     "israel_defense_forces", "khiam"),
    ("قصفت جماعة الحوثي ميناء إيلات بالصواريخ.\nوأفادت وسائل إعلام بأن الصواريخ استهدفت أيضا مدينة عسقلان.",
     "houthis", "ashkelon"),
    ("شنت القوات الأمريكية هجوما على مدينة القائم.\nوذكرت مصادر أن الهجوم استهدف مقرا في بلدة جرف الصخر.",
     "us_military", "jurf_al_sakhar"),
    ("قصفت قوات الدعم السريع مدينة الأبيض بالمدفعية.\nوأوضح شهود أن القصف طال أحياء في مدينة كوستي.",
     "rapid_support_forces", "kosti"),
    ("قصفت مسيرة إسرائيلية سيارة في بلدة كفركلا.\nورجح مصدر أمني أن تكون المسيرة نفسها قد أغارت على منزل في بلدة الخيام.",
     "israel", "khiam"),
    ("شنت جماعة الحوثي هجمات على سفن إسرائيلية في البحر الأحمر.\nوقال مصدر إن الهجمات طالت أيضا ميناء إيلات.",
     "houthis", "port_of_eilat"),
], ids=["strikes-targeted", "rockets-targeted", "attack-targeted", "shelling-reached", "the-same-drone", "attacks-reached"])
def test_the_strikes_referred_back_to_are_the_earlier_attackers(extract_text, text, subject, target):
    assert (subject, target) in _claims(extract_text, text, "ATTACKED")


def test_the_strike_referred_back_to_killed_the_one_named(extract_text):
    text = ("شنت القوات الأمريكية غارة على مقر لكتائب حزب الله في بلدة جرف الصخر.\n"
            "وقالت مصادر أمنية إن الغارة أسفرت عن مقتل القيادي في الكتائب أبو حسين الساعدي.")
    assert any(s == "us_military" and "الساعدي" in o for s, o in _claims(extract_text, text, "KILLED"))


def test_a_state_and_its_own_forces_are_one_side(extract_text):
    text = ("شنت إسرائيل غارة على بلدة عيتا الشعب، وقصف الجيش الإسرائيلي بلدة كفركلا.\n"
            "وقال مصدر محلي إن الغارات طالت أيضا بلدة الخيام.")
    assert {s for s, o in _claims(extract_text, text, "ATTACKED") if o == "khiam"} == {"israel_defense_forces"}


def test_the_speaker_of_its_own_strikes_is_their_attacker(extract_text):
    text = ("قصفت مسيرة إسرائيلية سيارة في بلدة كفركلا.\n"
            "وزعم الجيش الإسرائيلي في بيان أن الغارة استهدفت عنصرا في حزب الله.")
    assert ("israel_defense_forces", "hezbollah") in _claims(extract_text, text, "ATTACKED")


@pytest.mark.parametrize("text", [
    # two sides attacked just before: the strikes are no one's in particular
    "قصف الجيش الإسرائيلي مدينة صور، وقصفت جماعة الحوثي مدينة إيلات.\nوقال مصدر محلي إن الغارات استهدفت بلدة الخيام.",
    # the last attack is too far back
    "قصف الجيش الإسرائيلي مدينة صور.\nوعقد مجلس الوزراء اللبناني جلسة في بيروت.\nوزار الرئيس اللبناني جوزاف عون الجنوب.\n"
    "وأعلن الجيش اللبناني انتشاره في بلدة الناقورة.\nوقال مصدر محلي إن الغارات استهدفت بلدة الخيام.",
    # an indefinite strike noun is a new strike, not one told of before
    "قصف الجيش الإسرائيلي مدينة صور.\nوقال مصدر محلي إن غارات استهدفت بلدة الخيام.",
], ids=["two-sides", "too-far", "indefinite"])
def test_no_attacker_is_carried_over(extract_text, text):
    assert not {s for s, o in _claims(extract_text, text, "ATTACKED") if o == "khiam"}


@pytest.mark.parametrize("text, target", [
    ("شنت الهند ضربات صاروخية على مواقع في باكستان.\nوقال مسؤولون إن الضربات شملت مدينة بهاولبور.", "بهاولبور"),
    ("شنت الهند ضربات صاروخية على مواقع في باكستان.\nوبحسب مسؤولين، فقد شملت الضربات مدينة لاهور.", "lahore"),
], ids=["strikes-included", "included-strikes"])
def test_strikes_that_included_a_place_attacked_it(extract_text, text, target):
    assert any(s == "india" and target in o for s, o in _claims(extract_text, text, "ATTACKED"))


def test_talks_that_included_a_place_attacked_nothing(extract_text):
    text = "التقى وزير الخارجية الهندي نظيره الباكستاني في إسلام آباد.\nوشملت المباحثات مدينة لاهور."
    assert not _claims(extract_text, text, "ATTACKED")
