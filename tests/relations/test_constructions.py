"""The construction rules of kg.relations.constructions, each run on hand-built tokens and
mentions (our own sentences), with the lexicon passed in and a stub nationality reader."""
from __future__ import annotations

import pytest

from kg.arabic import normalise, tokenise
from kg.relations import constructions as C
from kg.language.lexicon import load_lexicon
from kg.relations.view import SentenceView
from kg.types import Mention, Sentence

# nationality adjectives of the stub registry: normalised form -> (entity id)
NATIONALITIES = {"الاسرائيليه": "israel", "اسرائيليه": "israel", "الليبيه": "libya", "امريكيه": "united_states",
                 "الاسرائيلي": "israel", "اسرائيلي": "israel"}


def sentence(text: str, spans: list[tuple[str, str, str]], nested: list[tuple[str, str, str]] = ()):
    """A SentenceView over text with mentions for (surface, entity id, type); the surface is found
    by its words in the token list (the first occurrence not yet used)."""
    tokens = tokenise(text)
    s = Sentence(0, 0, len(text), text, tokens)
    norms = [t.norm for t in tokens]

    def find(surface, source, taken):
        words = [normalise(w) for w in surface.split()]
        for i in range(len(norms) - len(words) + 1):
            window = norms[i:i + len(words)]
            if all(w == x or x.endswith(w) for w, x in zip(words, window)) and (i, source) not in taken:
                taken.add((i, source))
                return i, i + len(words)
        raise AssertionError(f"{surface} not in {norms}")

    taken: set = set()
    mentions = []
    for surface, eid, typ in spans:
        i, j = find(surface, "registry", taken)
        mentions.append(Mention("t", 0, tokens[i].start, tokens[j - 1].end, surface, eid, typ, "registry", i, j))
    for surface, eid, typ in nested:
        i, j = find(surface, "nested", taken)
        mentions.append(Mention("t", 0, tokens[i].start, tokens[j - 1].end, surface, eid, typ, "nested", i, j))
    return SentenceView(s, mentions)


def run(rule, view) -> set[tuple[str, str, str]]:
    out = []

    def nationality(k):
        if not 0 <= k < len(view.tokens):
            return None
        n = view.tokens[k].norm
        for stem in (n, n[1:] if n[:1] in "وب" else n):
            if stem in NATIONALITIES:
                t = view.tokens[k]
                return Mention("t", 0, t.start, t.end, t.text, NATIONALITIES[stem], "Country", "adjective", k, k + 1)
        return None

    ctx = C.RuleContext(view, load_lexicon().lists, nationality,
                        lambda s, rel, o, rule, conf, trigger=None: out.append((s.entity_id, rel, o.entity_id)))
    rule(ctx)
    return set(out)


def test_leader_title_place_then_person():
    v = sentence("أفرج عن قائد لواء الصمود في ليبيا سالم الورفلي أمس.",
                 [("لواء الصمود", "brigade", "ArmedGroup"), ("ليبيا", "libya", "Country"),
                  ("سالم الورفلي", "salem", "Person")])
    assert run(C.title_before_organisation, v) == {("salem", "LEADS", "brigade")}


def test_spokesperson_title_gives_member_of():
    v = sentence("وقال المتحدث باسم جيش الجنوب علي حسن إن الوضع هادئ.",
                 [("جيش الجنوب", "south_army", "StateForce"), ("علي حسن", "ali", "Person")])
    assert run(C.title_before_organisation, v) == {("ali", "MEMBER_OF", "south_army")}


def test_compound_leader_title():
    v = sentence("زار رئيس أركان الجيش الوطني خالد سعيد الجبهة.",
                 [("الجيش الوطني", "army", "StateForce"), ("خالد سعيد", "khaled", "Person")])
    assert run(C.title_before_organisation, v) == {("khaled", "LEADS", "army")}


def test_a_commander_in_is_a_member_not_the_leader():
    v = sentence("قتل القائد البارز في حركة النصر سمير ناصر.",
                 [("حركة النصر", "nasr", "ArmedGroup"), ("سمير ناصر", "samir", "Person")])
    assert run(C.title_before_organisation, v) == {("samir", "MEMBER_OF", "nasr")}


def test_one_of_the_leaders_after_the_person():
    v = sentence("اغتيل سمير ناصر، أحد قادة حركة النصر، ليلة أمس.",
                 [("سمير ناصر", "samir", "Person"), ("حركة النصر", "nasr", "ArmedGroup")])
    assert run(C.title_before_organisation, v) == {("samir", "MEMBER_OF", "nasr")}


@pytest.mark.parametrize("text, rel", [
    ("وكان سمير ناصر يشغل منصب القائد العام لحركة النصر.", "LEADS"),
    ("وسمير ناصر هو قائد حركة النصر منذ عامين.", "LEADS"),
    ("ويعد سمير ناصر من أبرز قادة حركة النصر.", "MEMBER_OF"),
    ("وشغل سمير ناصر منصب المتحدث باسم حركة النصر.", "MEMBER_OF"),
])
def test_holder_linked_to_the_title_before_it(text, rel):
    v = sentence(text, [("سمير ناصر", "samir", "Person"), ("حركة النصر", "nasr", "ArmedGroup")])
    assert run(C.title_before_organisation, v) == {("samir", rel, "nasr")}


def test_a_person_far_from_the_title_holds_no_post():
    v = sentence("واستقبل سمير ناصر في مكتبه وفدا من قادة حركة النصر.",
                 [("سمير ناصر", "samir", "Person"), ("حركة النصر", "nasr", "ArmedGroup")])
    assert run(C.title_before_organisation, v) == set()


def test_no_title_no_claim():
    v = sentence("التقى وفد حركة النصر سمير ناصر في القاهرة.",
                 [("حركة النصر", "nasr", "ArmedGroup"), ("سمير ناصر", "samir", "Person")])
    assert run(C.title_before_organisation, v) == set()


def test_title_inside_a_name():
    v = sentence("أعلن رئيس مجلس الإنقاذ عمر يوسف الهدنة.",
                 [("رئيس مجلس الإنقاذ عمر يوسف", "omar", "Person")],
                 [("مجلس الإنقاذ", "council", "Government"), ("عمر يوسف", "omar", "Person")])
    assert run(C.title_inside_a_name, v) == {("omar", "LEADS", "council")}


def test_force_owned_by_a_person():
    v = sentence("تقدمت قوات الفجر التابعة لسالم الورفلي نحو المدينة.",
                 [("قوات الفجر", "fajr", "ArmedGroup"), ("سالم الورفلي", "salem", "Person")])
    assert run(C.owned_by_a_person, v) == {("salem", "LEADS", "fajr")}


def test_capital_with_nationality():
    v = sentence("اندلعت اشتباكات في العاصمة الليبية طرابلس مساء أمس.", [("طرابلس", "tripoli", "City")])
    assert run(C.capital_with_nationality, v) == {("tripoli", "LOCATED_IN", "libya")}


def test_list_after_a_place():
    v = sentence("قصفت الطائرات مواقع في مدينة الرمل، منها حي النور وحي السلام.",
                 [("مدينة الرمل", "raml", "City"), ("حي النور", "nour", "Region"), ("حي السلام", "salam", "Region")])
    assert run(C.list_after_a_place, v) == {("nour", "LOCATED_IN", "raml"), ("salam", "LOCATED_IN", "raml")}


def test_killed_by_a_strike_names_the_country():
    v = sentence("أعلنت الحركة مقتل القيادي سمير ناصر، مسؤول الإعلام فيها، إثر غارة جوية إسرائيلية على منزله.",
                 [("سمير ناصر", "samir", "Person")])
    assert run(C.killed_by_a_strike, v) == {("israel", "KILLED", "samir")}


def test_a_killing_with_no_named_strike_gives_nothing():
    v = sentence("أعلنت الحركة مقتل القيادي سمير ناصر في ظروف غامضة.", [("سمير ناصر", "samir", "Person")])
    assert run(C.killed_by_a_strike, v) == set()


def test_subjected_to_strikes():
    v = sentence("وتعرضت بلدة الوادي لسلسلة من الغارات الإسرائيلية صباح اليوم.", [("بلدة الوادي", "wadi", "City")])
    assert run(C.subjected_to_attack, v) == {("israel", "ATTACKED", "wadi")}


@pytest.mark.parametrize("text", [
    "وتعرضت بلدة الوادي لقصف مدفعي عنيف من قوات الفجر.",
    "وتعرضت بلدة الوادي لقصف من قبل قوات الفجر.",
    "وتعرضت بلدة الوادي لغارة من طائرات قوات الفجر.",
])
def test_subjected_to_strikes_from_a_named_actor(text):
    v = sentence(text, [("بلدة الوادي", "wadi", "City"), ("قوات الفجر", "fajr", "ArmedGroup")])
    assert run(C.subjected_to_attack, v) == {("fajr", "ATTACKED", "wadi")}


def test_subjected_to_strikes_from_a_direction_names_no_attacker():
    v = sentence("وتعرضت بلدة الوادي لقصف عنيف من الجهة الشرقية.", [("بلدة الوادي", "wadi", "City")])
    assert run(C.subjected_to_attack, v) == set()


def test_fell_to():
    v = sentence("أعلنت الحركة سقوط مدينة الرمل بيد قوات الفجر بعد معارك.",
                 [("مدينة الرمل", "raml", "City"), ("قوات الفجر", "fajr", "ArmedGroup")])
    assert run(C.fell_to, v) == {("fajr", "CAPTURED", "raml")}


@pytest.mark.parametrize("text,expected", [
    ("بلدات العديسة ومركبا وحولا", ["مركبا", "العديسه"]),
    ("مدن الرمل، الوادي، والنور", ["الوادي", "الرمل"]),
])
def test_conjuncts_before(text, expected):
    names = [w.strip("،,") for w in text.split()[1:]]
    names = [n[1:] if n.startswith("و") and n not in ("الوادي",) else n for n in names]
    v = sentence(text, [(n, normalise(n), "City") for n in names])
    last = v.mentions[-1]
    got = [m.entity_id for m in C.conjuncts_before(v, last, lambda m: m.type == "City")]
    assert got == expected


def test_force_with_nationality_reads_coordinated_forces():
    v = sentence("شنت المقاتلات والمسيرات الإسرائيلية غارات على البلدة.", [])
    lists = load_lexicon().lists
    ctx = C.RuleContext(v, lists, lambda k: run_nat(v, k), lambda *a, **k: None)
    found = C.force_with_nationality(ctx, 1)
    assert found is not None and found[0].entity_id == "israel" and found[1] == 4


def run_nat(view, k):
    n = view.tokens[k].norm if 0 <= k < len(view.tokens) else ""
    if n in NATIONALITIES:
        t = view.tokens[k]
        return Mention("t", 0, t.start, t.end, t.text, NATIONALITIES[n], "Country", "adjective", k, k + 1)
    return None


def test_clash_between_after_a_front_noun():
    v = sentence("تصاعدت المواجهات على الجبهة بين حركة النصر وجيش الجنوب ليلا.",
                 [("حركة النصر", "nasr", "ArmedGroup"), ("جيش الجنوب", "south_army", "StateForce")])
    assert run(C.clash_between, v) == {("nasr", "CLASHED_WITH", "south_army")}


def test_a_front_noun_without_between_gives_nothing():
    v = sentence("زار قائد جيش الجنوب الجبهة مع حركة النصر.",
                 [("جيش الجنوب", "south_army", "StateForce"), ("حركة النصر", "nasr", "ArmedGroup")])
    assert run(C.clash_between, v) == set()


def test_presence_of_a_country_in_a_place():
    v = sentence("ناقش الطرفان مستقبل الوجود العسكري الإسرائيلي في بلدة الوادي.", [("بلدة الوادي", "wadi", "City")])
    assert run(C.presence_in_place, v) == {("israel", "BASED_IN", "wadi")}


def test_headquarters_of_an_organisation_in_a_place():
    v = sentence("سقطت قذيفة قرب مقر بعثة السلام في بلدة الوادي.",
                 [("بعثة السلام", "mission", "Organization"), ("بلدة الوادي", "wadi", "City")])
    assert run(C.presence_in_place, v) == {("mission", "BASED_IN", "wadi")}


def test_killing_that_a_strike_before_it_caused():
    v = sentence("استهدفت غارة نفذتها طائرة إسرائيلية سيارة، مما أسفر عن مقتل القيادي سمير ناصر.",
                 [("سمير ناصر", "samir", "Person")])
    assert run(C.killed_by_a_strike, v) == {("israel", "KILLED", "samir")}


def test_meeting_that_gathered_several_parties():
    v = sentence("عقد اجتماع ضم مصر والأردن والسعودية في القاهرة.",
                 [("مصر", "egypt", "Country"), ("الأردن", "jordan", "Country"), ("السعودية", "saudi", "Country"),
                  ("القاهرة", "cairo", "City")])
    assert run(C.meeting_of_several, v) == {("egypt", "MET_WITH", "jordan"), ("egypt", "MET_WITH", "saudi"),
                                            ("jordan", "MET_WITH", "saudi")}


def test_backed_group_named_in_an_earlier_sentence():
    v = sentence("وقالت الجماعة المدعومة من إيران إنها ستواصل.", [("إيران", "iran", "Country")])
    houthis = Mention("t", 0, 0, 1, "الحوثيون", "houthis", "ArmedGroup", "registry", 0, 1)
    out = []
    ctx = C.RuleContext(v, load_lexicon().lists, lambda k: None,
                        lambda s, rel, o, rule, conf, trigger=None: out.append((s.entity_id, rel, o.entity_id)),
                        history=[houthis])
    C.backed_by(ctx)
    assert out == [("iran", "SUPPORTS", "houthis")]


def test_backed_by_a_nationality_adverb():
    v = sentence("هاجمت قوات النخبة المدعومة إماراتيا مواقع القبائل.", [("قوات النخبة", "elite", "ArmedGroup")])
    out = []

    def adjective(word, k):
        t = v.tokens[k]
        return Mention("t", 0, t.start, t.end, t.text, "uae", "Country", "adjective", k, k + 1) \
            if word == "اماراتي" else None
    ctx = C.RuleContext(v, load_lexicon().lists, lambda k: None,
                        lambda s, rel, o, rule, conf, trigger=None: out.append((s.entity_id, rel, o.entity_id)),
                        adjective=adjective)
    C.backed_by(ctx)
    assert out == [("uae", "SUPPORTS", "elite")]


def test_member_title_with_a_group_adjective():
    v = sentence("وقال القيادي النصراوي سمير ناصر إن الهدنة صامدة.", [("سمير ناصر", "samir", "Person")])
    out = []

    def group_adjective(k):
        t = v.tokens[k]
        return Mention("t", 0, t.start, t.end, t.text, "nasr", "ArmedGroup", "adjective", k, k + 1) \
            if t.norm == "النصراوي" else None
    ctx = C.RuleContext(v, load_lexicon().lists, lambda k: None,
                        lambda s, rel, o, rule, conf, trigger=None: out.append((s.entity_id, rel, o.entity_id)),
                        group_adjective=group_adjective)
    C.title_with_a_group_adjective(ctx)
    assert out == [("samir", "MEMBER_OF", "nasr")]


@pytest.mark.parametrize("text", [
    "نفذت سرايا الفجر بالاشتراك مع كتائب النصر هجوما على الموقع.",
    "نفذت سرايا الفجر، وبالاشتراك مع كتائب النصر، هجوما على الموقع.",
])
def test_acting_jointly_with_an_actor_is_an_alliance(text):
    v = sentence(text, [("سرايا الفجر", "fajr", "ArmedGroup"), ("كتائب النصر", "nasr", "ArmedGroup")])
    assert run(C.acting_jointly, v) == {("fajr", "ALLIED_WITH", "nasr")}


def test_jointly_with_no_actor_before_is_no_alliance():
    v = sentence("وقالت مصادر إن الهجوم نفذ بالاشتراك مع كتائب النصر.", [("كتائب النصر", "nasr", "ArmedGroup")])
    assert run(C.acting_jointly, v) == set()


def test_the_person_after_a_body_and_its_owner():
    v = sentence("وأوضح عضو المجلس الأعلى لحركة النصر سمير ناصر أن الهجمات ستستمر.",
                 [("المجلس الأعلى", "council", "Government"), ("حركة النصر", "nasr", "ArmedGroup"),
                  ("سمير ناصر", "samir", "Person")])
    assert ("samir", "MEMBER_OF", "council") in run(C.title_before_organisation, v)


def _ctx(view):
    return C.RuleContext(view, load_lexicon().lists, lambda k: None, lambda *a, **k: None)


def test_joint_partners_and_the_index_after_them():
    v = sentence("هاجمت سرايا الفجر بالتعاون مع كتائب النصر وألوية الفتح مواقع الجيش.",
                 [("سرايا الفجر", "fajr", "ArmedGroup"), ("كتائب النصر", "nasr", "ArmedGroup"),
                  ("ألوية الفتح", "fath", "ArmedGroup")])
    partners, end = C.joint_partners(_ctx(v), 3)
    assert [m.entity_id for m in partners] == ["nasr", "fath"] and v.tokens[end].norm == "مواقع"
    assert C.joint_partners(_ctx(v), 2) is None


def test_joint_actors_stay_in_their_clause():
    v = sentence("شنت سرايا الفجر غارات بالتعاون مع كتائب النصر، واستهدفت الغارات البلدة.",
                 [("سرايا الفجر", "fajr", "ArmedGroup"), ("كتائب النصر", "nasr", "ArmedGroup")])
    assert C.joint_actors(_ctx(v), 3, len(v.tokens)) == []
    v = sentence("سيطرت سرايا الفجر، بالتعاون مع كتائب النصر، على البلدة.",
                 [("سرايا الفجر", "fajr", "ArmedGroup"), ("كتائب النصر", "nasr", "ArmedGroup")])
    assert [m.entity_id for m in C.joint_actors(_ctx(v), 3, len(v.tokens) - 1)] == ["nasr"]


@pytest.mark.parametrize("text", [
    "اندلعت اشتباكات في مدينة الرمل، وخصوصا في أحياء النور والسلام.",
    "اندلعت اشتباكات في مدينة الرمل، ولا سيما في حي النور وحي السلام.",
])
def test_list_after_a_place_through_in_and_a_plural_place_noun(text):
    v = sentence(text, [("مدينة الرمل", "raml", "City"), ("النور", "nour", "Region"), ("السلام", "salam", "Region")])
    assert run(C.list_after_a_place, v) == {("nour", "LOCATED_IN", "raml"), ("salam", "LOCATED_IN", "raml")}


@pytest.mark.parametrize("text, rel", [
    ('أعلن الجيش اغتيال "القيادي البارز" في حركة النصر سمير ناصر.', "MEMBER_OF"),
    ('التقى "قائد" حركة النصر سمير ناصر وفدا مصريا.', "LEADS"),
])
def test_a_title_in_quotes_before_the_organisation(text, rel):
    v = sentence(text, [("حركة النصر", "nasr", "ArmedGroup"), ("سمير ناصر", "samir", "Person")])
    assert run(C.title_before_organisation, v) == {("samir", rel, "nasr")}


@pytest.mark.parametrize("text, expected", [
    ("وظلت مدينة الرمل تحت حصار حركة النصر لأكثر من عام.", {("nasr", "BESIEGED", "raml")}),
    ("وبقيت مدينة الرمل تحت الحصار من قبل حركة النصر منذ بداية الحرب.", {("nasr", "BESIEGED", "raml")}),
    ("وتعيش مدينة الرمل تحت الحصار منذ أشهر وقالت حركة النصر إنها ستقاتل.", set()),
])
def test_a_place_under_siege_of_an_actor(text, expected):
    v = sentence(text, [("مدينة الرمل", "raml", "City"), ("حركة النصر", "nasr", "ArmedGroup")])
    assert run(C.under_siege_of, v) == expected


@pytest.mark.parametrize("text, expected", [
    ("واستهدف موقع لحركة النصر في مدينة الرمل بغارة إسرائيلية.",
     {("israel", "ATTACKED", "nasr"), ("israel", "ATTACKED", "raml")}),
    ("واستهدف منزل لحركة النصر في مدينة الرمل بقصف مدفعي إسرائيلي.",
     {("israel", "ATTACKED", "nasr"), ("israel", "ATTACKED", "raml")}),
    ("واستهدف منزل قرب حركة النصر في مدينة الرمل بقصف إسرائيلي.", set()),
    ("واستهدفت طائرة إسرائيلية موقعا لحركة النصر في مدينة الرمل.", set()),
])
def test_a_thing_struck_with_its_owner_or_place_then_the_weapon(text, expected):
    v = sentence(text, [("حركة النصر", "nasr", "ArmedGroup"), ("مدينة الرمل", "raml", "City")])
    assert run(C.struck_by_a_weapon, v) == expected


@pytest.mark.parametrize("text, expected", [
    ("وقصفت حركة النصر بدعم إسرائيلي مدينة الرمل.", {("israel", "SUPPORTS", "nasr")}),
    ("وقصفت حركة النصر بدعم من كتائب الفتح مدينة الرمل.", {("fath", "SUPPORTS", "nasr")}),
    ("وقصفت حركة النصر مدينة الرمل، وقالت إن ذلك تم بدعم إسرائيلي.", set()),
])
def test_a_backer_named_in_a_phrase_of_backing(text, expected):
    spans = [("حركة النصر", "nasr", "ArmedGroup"), ("مدينة الرمل", "raml", "City")]
    if "الفتح" in text:
        spans.append(("كتائب الفتح", "fath", "ArmedGroup"))
    assert run(C.backed_in_action, sentence(text, spans)) == expected
