"""Clashes between parties and fights fought together: بين X وفصائل Y names Y by its units, past an
aside of the clash noun (اشتباكات استخدمت فيها أسلحة ثقيلة، بين X وY); a joined plural verb shares the
subject of the plural verb before it; a verbal
noun of fighting after two actors joined by و (استعاد الجيش والقوات المشتركة البلدة بعد معارك)
does not set them against each other, as a reciprocal verb does (اشتبك الجيش والحزب). A masculine
verb of killing with a resumptive في or خلال and a person after it is passive (معارك قتل فيها
القائد فلان): the actor named before did not kill him. Sentences are our own."""
from __future__ import annotations

import pytest

from tests.relations.helpers import claim_triples, has_claim


@pytest.mark.parametrize("text, a, b", [
    ("اندلعت اشتباكات بين قوى الأمن الداخلي وفصائل الحرس الوطني في السويداء.", "الأمن الداخلي", "الحرس الوطني"),
    ("دارت معارك عنيفة بين الجيش الإثيوبي وكتائب ميليشيا فانو في إقليم أمهرة.", "الجيش الإثيوبي", "فانو"),
], ids=["factions", "battalions"])
def test_the_second_party_named_by_its_units(extract_text, text, a, b):
    assert has_claim(extract_text(text), a, "CLASHED_WITH", b)


@pytest.mark.parametrize("text", [
    "وقالت مصادر إن الجيش والقوات المشتركة استعادوا السيطرة على بلدة أم صميمة بعد معارك استمرت يومين.",
    "وأعلنت الوزارة أن وحدات من الحرس الوطني والجيش الوطني قضت على عنصر إرهابي خلال اشتباك مسلح بجبل السلوم.",
    "ودعا المتحدث أنقرة والحزب إلى إبعاد المدنيين عن دائرة الصراع.",
], ids=["retook-after-battles", "joint-units", "called-on-both"])
def test_actors_before_a_noun_of_fighting_did_not_fight_each_other(extract_text, text):
    assert not any(p == "CLASHED_WITH" for _, p, _ in claim_triples(extract_text(text)))


def test_a_reciprocal_verb_still_sets_them_against_each_other(extract_text):
    assert has_claim(extract_text("اشتبك الجيش اللبناني وحزب الله في بلدة الكحالة."),
                     "الجيش اللبناني", "CLASHED_WITH", "حزب الله")


@pytest.mark.parametrize("text", [
    "وكانت الجبهة قد شنت في أبريل هجوما على شمال تشاد قتل خلاله الرئيس التشادي إدريس ديبي.",
    "وكان الجيش الأبيض قد سيطر على ثكنة الجيش في الناصر بعد معارك قتل فيها قائد الحامية اللواء مجور داك.",
], ids=["during-an-attack", "in-battles"])
def test_killed_in_it_is_passive(extract_text, text):
    assert not any(p == "KILLED" for _, p, _ in claim_triples(extract_text(text)))


def test_a_feminine_verb_in_it_keeps_its_actor(extract_text):
    x = extract_text("وكانت إسرائيل قد شنت في أيلول حربا واسعة على لبنان، اغتالت خلالها الأمين العام لحزب الله حسن نصر الله.")
    assert has_claim(x, "إسرائيل", "KILLED", "حسن نصر الله")


@pytest.mark.parametrize("text, s, p, o", [
    # the second verb shares the first one's subject, not the actor it attacked
    ("وأعلنت كتيبة جنين أن مقاتليها استهدفوا آليات الجيش الإسرائيلي في محيط المخيم، واشتبكوا مع قوات الاحتلال "
     "في حارة الدمج.", "كتيبة جنين", "CLASHED_WITH", "قوات الاحتلال"),
    ("وذكرت المنصة أن مقاتلي جماعة بوكو حرام هاجموا مواقع داعش في جزيرة كواترو، وقتلوا القيادي في التنظيم أبو عمر.",
     "بوكو حرام", "KILLED", "أبو عمر"),
], ids=["clashed", "killed"])
def test_a_joined_plural_verb_shares_the_subject_before(extract_text, text, s, p, o):
    assert has_claim(extract_text(text), s, p, o)


def test_a_joined_plural_verb_after_an_unnamed_subject_names_no_one(extract_text):
    """نصبوا كمينا لرتل للجيش والفيلق، وقتلوا: not the last actor named (the column's owner)."""
    x = extract_text("ونصب مسلحون مجهولون كمينا لرتل مشترك للجيش المالي والفيلق الأفريقي قرب كيدال، وقتلوا عددا من الجنود.")
    assert not any(p == "KILLED" for _, p, _ in claim_triples(x))


def test_the_speaker_past_a_statement_aside_owns_the_fighters(extract_text):
    x = extract_text("من جهتها، قالت كتيبة طوباس التابعة لسرايا القدس، الجناح العسكري لحركة الجهاد الإسلامي، "
                     "في بيان مقتضب، إن مقاتليها اشتبكوا مع قوات الاحتلال في محيط المخيم.")
    assert has_claim(x, "كتيبة طوباس", "CLASHED_WITH", "قوات الاحتلال")
    assert not has_claim(x, "سرايا القدس", "CLASHED_WITH", "قوات الاحتلال")


def test_between_past_an_aside_of_the_clash_noun(extract_text):
    x = extract_text("وشهدت المدينة اشتباكات مسلحة متقطعة استخدمت فيها أسلحة متوسطة وثقيلة، بين عناصر من جهاز الردع "
                     "وكتيبة رحبة الدروع.")
    assert has_claim(x, "جهاز الردع", "CLASHED_WITH", "رحبة الدروع")

