"""The subject rules of kg.relations.subjects, each on hand-built tokens and mentions (our own
sentences): the rule that decides, and that rules before it leave the sentence alone."""
from __future__ import annotations

import re

import pytest

from kg.arabic import normalise, tokenise
from kg.ingest import make_article
from kg.language.lexicon import load_lexicon
from kg.registry import load_registry
from kg.relations import subjects as S
from kg.relations.context import ArticleState, SentenceContext, TriggerContext
from kg.relations.view import SentenceView
from kg.types import Mention, Sentence


def query(text: str, spans: list[tuple[str, str, str]], trigger: str, topic: Mention | None = None):
    """The SubjectQuery for the trigger word of text, with mentions (surface, id, type), read
    with the lexicon and registry passed in and an article state whose topic is ``topic``."""
    article = make_article("t", text, "-")
    tokens = tokenise(article.text)
    sentence = Sentence(0, 0, len(article.text), article.text, tokens)
    norms = [t.norm for t in tokens]
    mentions = []
    for surface, eid, typ in spans:
        words = [normalise(w) for w in surface.split()]
        i = next(i for i in range(len(norms) - len(words) + 1)
                 if all(x.endswith(w) for w, x in zip(words, norms[i:i + len(words)])))
        j = i + len(words)
        mentions.append(Mention("t", 0, tokens[i].start, tokens[j - 1].end, surface, eid, typ, "registry", i, j))
    mentions.sort(key=lambda m: m.token_start)
    lexicon = load_lexicon()
    sc = SentenceContext(SentenceView(sentence, mentions), lexicon, load_registry(), article,
                         ArticleState(topic=topic))
    t = norms.index(normalise(trigger))
    trig = lexicon.trigger_readings[norms[t]][0]
    return S.SubjectQuery.of(TriggerContext(sc, t, trig, tokens[t].text), t + 1)


def deciding(q) -> tuple[str, str | None, str]:
    """(name of the first rule that decides, subject id, how)."""
    for rule in S.SUBJECT_RULES:
        decision = rule(q)
        if decision is not None:
            return rule.__name__, decision[0].entity_id if decision[0] else None, decision[1]
    return "", None, ""


HTS = ("هيئة تحرير الشام", "hts", "ArmedGroup")
HAMA = ("حماة", "hama", "City")
KHIAM = ("الخيام", "khiam", "City")
ARMY = ("الجيش السوري", "syrian_army", "StateForce")

CASES = [
    ("سيطرت هيئة تحرير الشام على مدينة حماة.", [HTS, HAMA], "سيطرت", ("actor_after", "hts", "after")),
    ("هيئة تحرير الشام سيطرت على حماة.", [HTS, HAMA], "سيطرت", ("preceding_actor", "hts", "before")),
    ("جبهة النصر التي سيطرت على حماة انسحبت.", [("جبهة النصر", "nusra", "ArmedGroup"), HAMA], "سيطرت",
     ("relative_clause_head", "nusra", "relative")),
    ("مدينة حماة التي سيطرت عليها الفصائل.", [HAMA], "سيطرت", ("relative_clause_head", None, "")),
    ("استهدفت المسيرات مواقع الجيش السوري.", [ARMY], "استهدفت", ("unknown_noun_subject", None, "")),
    ("أعلنت هيئة تحرير الشام سيطرتها على حماة.", [HTS, HAMA], "سيطرتها", ("pronoun_suffix", "hts", "pronoun")),
    ("قصفت المدفعية الإسرائيلية بلدة الخيام.", [KHIAM], "قصفت", ("force_adjective_after_verb", "israel", "adjective")),
    ("الغارات الإسرائيلية استهدفت بلدة الخيام.", [KHIAM], "استهدفت",
     ("nationality_of_force_noun_before", "israel", "adjective")),
    ("الحصار المفروض من الجيش السوري على المدينة.", [ARMY], "الحصار", ("passive_agent", "syrian_army", "passive_agent")),
    ("انسحاب مسلحين تابعين لحكومة الوحدة من المدينة.", [("حكومة الوحدة", "gnu", "Government")], "انسحاب",
     ("owner_of_fighters", "gnu", "after")),
    ("هجوم شنته فصائل المعارضة على حماة.", [("فصائل المعارضة", "opposition", "ArmedGroup"), HAMA], "هجوم",
     ("resumptive_agent", "opposition", "relative")),
    ("قصفت مدينة حماة من قبل الجيش السوري بالمدفعية.", [HAMA, ARMY], "قصفت",
     ("passive_by_after_object", "syrian_army", "passive_by")),
]


def test_passive_by_needs_min_qabl_after_the_object():
    q = query("قصفت مدينة حماة منذ الصباح بالمدفعية.", [HAMA], "قصفت")
    assert S.passive_by_after_object(q) is None
    q = query("قصف الجيش السوري مدينة حماة من قبل.", [ARMY, HAMA], "قصف")
    assert S.passive_by_after_object(q) is None        # من قبل with no actor after it: "before"


@pytest.mark.parametrize("text,spans,trigger,expected", CASES, ids=[c[3][0] + ":" + c[0][:12] for c in CASES])
def test_the_rule_for_the_construction_decides(text, spans, trigger, expected):
    q = query(text, spans, trigger)
    assert deciding(q) == expected
    rule = getattr(S, expected[0])
    decision = rule(q)             # the rule on its own gives the same
    assert (decision[0].entity_id if decision[0] else None, decision[1]) == expected[1:]


def test_discourse_topic_needs_a_topic():
    q = query("وسيطرت بعد ذلك على حماة.", [HAMA], "وسيطرت")
    assert S.discourse_topic(q) is None
    topic = Mention("t", 0, 0, 0, "هيئة تحرير الشام", "hts", "ArmedGroup", "registry", 0, 0)
    q = query("وسيطرت بعد ذلك على حماة.", [HAMA], "وسيطرت", topic=topic)
    assert S.discourse_topic(q) == (topic, "discourse")


def test_an_actor_after_is_not_the_subject_when_the_one_before_is_svo():
    """The order decides: in 'X سيطرت على Y' actor_after finds no actor right after the verb."""
    q = query("هيئة تحرير الشام سيطرت على حماة.", [HTS, HAMA], "سيطرت")
    assert S.actor_after(q) is None
    assert q.svo and q.just_before.entity_id == "hts"


def test_the_first_rule_that_decides_wins():
    q = query("هيئة تحرير الشام سيطرت على حماة.", [HTS, HAMA], "سيطرت")
    never = lambda q: None                                       # noqa: E731
    nobody = lambda q: S.NO_SUBJECT                              # noqa: E731
    assert S.find_subject(q, (never, nobody, S.preceding_actor)) == S.NO_SUBJECT
    assert S.find_subject(q, (never, S.preceding_actor, nobody))[1] == "before"
    assert S.find_subject(q, (never,)) == S.NO_SUBJECT


def test_every_rule_names_its_construction_with_an_arabic_example():
    for rule in S.SUBJECT_RULES:
        assert rule.__doc__ and re.search("[\u0600-\u06FF]", rule.__doc__.split(":")[0]), rule.__name__
    assert len(set(S.SUBJECT_RULES)) == len(S.SUBJECT_RULES)


def test_joined_verb_after_a_pronoun_clause():
    q = query("وأضافت أنها أسرت عشرات الجنود وسيطرت على مدينة حماة.", [HAMA], "وسيطرت",
              topic=Mention("t", 0, 0, 0, "هيئة تحرير الشام", "hts", "ArmedGroup", "registry", 0, 0))
    assert deciding(q) == ("joined_to_a_pronoun_clause", "hts", "pronoun")


TOPIC = Mention("t", 0, 0, 4, "الجيش", "syrian_army", "StateForce", "registry", 0, 1)


@pytest.mark.parametrize("text, trigger", [
    ("وفر مئات المدنيين من بلدة حماة بعد القصف.", "وفر"),           # a verb with من: the counted noun fled
    ("وفر 400 شخص من حماة خلال أسبوع.", "وفر"),
    ("وقتل ثلاثة عناصر من الشرطة في انفجار.", "وقتل"),             # قُتل: the counted noun died
    ("وقتل خمسة مدنيين في غارة على حماة.", "وقتل"),
])
def test_a_counted_noun_after_the_trigger_is_not_the_discourse_topic(text, trigger):
    q = query(text, [HAMA] if "حماة" in text else [], trigger, topic=TOPIC)
    assert S.counted_subject_after(q) == S.NO_SUBJECT
    assert deciding(q)[1] is None


@pytest.mark.parametrize("text, trigger", [
    ("وانسحب من حماة بعد معارك.", "وانسحب"),                      # no counted noun: the topic withdrew
    ("وقتلت ثلاثة مسلحين في حماة.", "وقتلت"),                     # feminine verb: the topic killed three
])
def test_the_discourse_topic_still_acts_without_a_counted_subject(text, trigger):
    q = query(text, [HAMA], trigger, topic=TOPIC)
    assert S.counted_subject_after(q) is None
    assert deciding(q) == ("discourse_topic", "syrian_army", "discourse")


@pytest.mark.parametrize("text", [
    "بوركينا فاسو - هاجم مسلحون قاعدة عسكرية في بلدة جيبو.",
    "السودان: هاجم مسلحون سوقا في مدينة الأبيض.",
    "إسرائيل ـ هاجم مسلحون موقعا في مدينة الخليل.",
], ids=["dash", "colon", "tatweel-dash"])
def test_a_dateline_or_a_heading_label_acts_in_nothing(extract_text, text):
    x = extract_text(text)
    assert not [c for c in x.claims if c.predicate == "ATTACKED"], [(c.subject, c.object) for c in x.claims]
