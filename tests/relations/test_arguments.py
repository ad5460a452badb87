"""The object finder and argument helpers of kg.relations.arguments on hand-built tokens and
mentions (our own sentences), with a small lexicon and registry passed in: nothing is loaded
from ontology/ or the registry files."""
from __future__ import annotations

from kg.registry import Registry
from kg.relations import arguments
from kg.relations.context import ArticleState, country_mention
from kg.types import Mention

from tests.relations.helpers import sentence_context, small_cues, small_lexicon, small_registry, trigger_at

HTS = ("هيئة تحرير الشام", "hts", "ArmedGroup")
HAMA = ("حماة", "hama", "City")
IDLIB = ("إدلب", "idlib", "City")


def ids(mentions) -> list[str]:
    return [m.entity_id for m in mentions]


def test_objects_after_the_preposition_with_a_coordinated_place():
    sc = sentence_context("سيطرت هيئة تحرير الشام على حماة وإدلب بعد معارك.", [HTS, HAMA, IDLIB], small_lexicon())
    tc = trigger_at(sc, "سيطرت")
    subject = sc.view.mentions[0]
    assert ids(arguments.find_objects(tc, subject.token_end, subject)) == ["hama", "idlib"]


def test_no_object_without_the_preposition():
    sc = sentence_context("سيطرت هيئة تحرير الشام في حماة.", [HTS, HAMA], small_lexicon())
    tc = trigger_at(sc, "سيطرت")
    assert arguments.find_objects(tc, sc.view.mentions[0].token_end, sc.view.mentions[0]) == []


def test_a_time_set_off_by_commas_stands_between_verb_and_preposition():
    sc = sentence_context("سيطرت هيئة تحرير الشام، الخميس، على حماة.", [HTS, HAMA], small_lexicon())
    tc = trigger_at(sc, "سيطرت")
    assert ids(arguments.find_objects(tc, sc.view.mentions[0].token_end, sc.view.mentions[0])) == ["hama"]


def test_the_pronoun_of_a_relative_clause_is_its_head():
    sc = sentence_context("انسحبت الفصائل من حماة التي سيطرت عليها هيئة تحرير الشام.", [HAMA, HTS], small_lexicon())
    tc = trigger_at(sc, "سيطرت")
    assert ids(arguments.find_objects(tc, tc.position + 1, sc.view.mentions[1])) == ["hama"]


def test_a_pronoun_object_stands_for_a_place_of_an_earlier_sentence_not_one_that_only_locates():
    earlier = sentence_context("وصلت القوات إلى حماة قرب إدلب.", [HAMA, IDLIB], small_lexicon())
    hama, idlib = earlier.view.mentions
    state = ArticleState(history=[hama, idlib], containers={(idlib.sentence, idlib.token_start)})
    sc = sentence_context("ثم سيطرت عليها هيئة تحرير الشام.", [HTS], small_lexicon(), state=state, index=1)
    tc = trigger_at(sc, "سيطرت")
    assert ids(arguments.find_objects(tc, tc.position + 1, sc.view.mentions[0])) == ["hama"]
    state.containers.clear()                   # idlib no longer only locates: the latest place wins
    assert ids(arguments.find_objects(tc, tc.position + 1, sc.view.mentions[0])) == ["idlib"]


def test_the_city_a_capital_with_a_nationality_names_not_its_country():
    """على العاصمة الأوكرانية كييف (العاصمة a place head of the lexicon passed in)."""
    spans = [HTS, ("الأوكرانية", "ukraine", "Country", "adjective"), ("كييف", "kyiv", "City")]
    text = "سيطرت هيئة تحرير الشام على العاصمة الأوكرانية كييف."
    with_head = sentence_context(text, spans, small_lexicon(place_heads={"عاصمه"}))
    tc = trigger_at(with_head, "سيطرت")
    assert ids(arguments.find_objects(tc, 4, with_head.view.mentions[0])) == ["kyiv"]


def test_the_subject_is_never_its_own_object():
    sc = sentence_context("سيطرت هيئة تحرير الشام على هيئة تحرير الشام.", [HTS], small_lexicon())
    tc = trigger_at(sc, "سيطرت")
    assert arguments.find_objects(tc, 0, sc.view.mentions[0]) == []


def test_a_nationality_adjective_read_with_the_registry_passed_in():
    sc = sentence_context("قصفت طائرات إسرائيلية حماة.", [HAMA], small_lexicon(), registry=small_registry())
    country = country_mention(sc, 2)
    assert (country.entity_id, country.type, country.source, country.token_start) == ("israel", "Country", "adjective", 2)
    assert country_mention(sc, 3) is None                        # حماة is no adjective
    empty = sentence_context("قصفت طائرات إسرائيلية حماة.", [HAMA], small_lexicon(), registry=Registry())
    assert country_mention(empty, 2) is None                     # a registry that knows no nationality


def test_preceding_actor_skips_a_man_before_a_feminine_verb_and_a_governed_actor():
    person = ("أحمد الشرع", "sharaa", "Person")
    sc = sentence_context("هيئة تحرير الشام مع أحمد الشرع سيطرت على حماة.", [HTS, person, HAMA], small_lexicon())
    t = trigger_at(sc, "سيطرت").position
    assert arguments.preceding_actor(sc, t, feminine=True).entity_id == "hts"      # مع governs the man, and سيطرت is feminine
    sc = sentence_context("أحمد الشرع سيطر على حماة.", [person, HAMA], small_lexicon())
    t = trigger_at(sc, "سيطر").position
    assert arguments.preceding_actor(sc, t).entity_id == "sharaa"
    assert arguments.preceding_actor(sc, t, feminine=True) is None


def test_the_pronoun_referent_falls_back_to_the_discourse_topic():
    topic = Mention("t", 0, 0, 0, "هيئة تحرير الشام", "hts", "ArmedGroup", "registry", 0, 0)
    sc = sentence_context("وأعلنت سيطرتها على حماة.", [HAMA], small_lexicon(), state=ArticleState(topic=topic))
    assert arguments.pronoun_referent(sc, 1) is topic
    sc = sentence_context("وأعلنت سيطرتها على حماة.", [HAMA], small_lexicon())
    assert arguments.pronoun_referent(sc, 1) is None


def test_a_feminine_verb_form_needs_its_masculine_in_the_lexicon():
    lexicon = small_lexicon()
    assert arguments.feminine_verb(lexicon, "سيطرت") and arguments.feminine_verb(lexicon, "وتسيطر")
    assert not arguments.feminine_verb(lexicon, "سيطر") and not arguments.feminine_verb(lexicon, "قصفت")


def test_a_titled_person_after_the_verb_is_read_with_the_titles_given():
    sc = sentence_context("هاجم قائد اللواء سالم الورفلي المعسكر.", [("سالم الورفلي", "warfalli", "Person")],
                          small_lexicon())
    found = arguments.titled_person_after(sc.view, 1, small_cues(titles={"قائد"}).titles)
    assert found is not None and found.entity_id == "warfalli"
    assert arguments.titled_person_after(sc.view, 1, small_cues().titles) is None
