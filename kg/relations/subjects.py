"""The subject of a trigger, as an ordered list of small rules (``SUBJECT_RULES``).

Each rule reads one construction and returns ``(mention, how)`` when it decides, else None to
let the next rule try; a rule may decide that there is no subject (``NO_SUBJECT``). The order is
the priority: a rule only runs when none before it decided. ``how`` names the rule's reading in
the claim's provenance (after, before, pronoun, relative, adjective, passive_agent, passive_by, discourse).

A rule gets a ``SubjectQuery``: the trigger's context (kg.relations.context.TriggerContext: the
sentence, its lexicon and registry, the article's state with its discourse topic) and what
several rules read about the trigger. tests/relations/test_subjects.py runs each rule on
hand-built tokens and mentions.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Optional

from kg.arabic import is_word, normalise
from kg.arabic import proclitic_variants
from kg.language.lexicon import Trigger, stems
from kg.language.words import RESUMPTIVE_SUFFIXES
from kg.language.words import (ANAPHORIC_SOURCES, ACTOR_TYPES, BARE_COMPLEMENTISERS, FORCE_NOUNS, FUNCTION_WORDS, ORG_TYPES, PLACE_TYPES,
                              PREPOSITIONS, QUANTITY_NOUNS, QUOTES, RELATIVE, TIME_WORDS)
from kg.dates import MONTHS
from kg.language.names import RELATIONS, TYPES
from kg.relations import arguments
from kg.relations.constructions import needs, rules_for
from kg.relations.constructions import (agent_after_from, force_with_nationality, mention_back, mention_back_past_commas, past_a_belief,
                                        resumptive_actor, skip_quotes)
from kg.relations.context import STRIKE_RELATIONS, SentenceContext, TriggerContext, country_mention, latest_attacker, state_side
from kg.relations.view import SentenceView, _prefix
from kg.types import Mention, computed_once

#: the attack family: a pronoun on its verbal noun in a reported clause is the reporter's
ATTACK_FAMILY = frozenset((RELATIONS.attacked, RELATIONS.killed, RELATIONS.clashed_with))

Decision = tuple[Optional[Mention], str]
NO_SUBJECT: Decision = (None, "")


def only_for(kind: str):
    """Declares that a subject rule decides nothing (returns None at its first test) for a trigger
    reading of another kind than ``kind`` (verb, masdar): find_subject does not ask it then."""
    def mark(rule):
        rule.kinds = (kind,)
        return rule
    return mark


@dataclass
class SubjectQuery:
    """A trigger (its ``trigger_context``: ``t`` its token, ``trig`` its reading, in ``view`` of
    ``sentence``); ``after`` is the first token after the trigger (and its 'then' word). The
    fields and properties are read by several rules, each computed once (``of`` builds it)."""
    trigger_context: TriggerContext
    sentence: SentenceContext
    view: SentenceView
    t: int
    trig: Trigger
    after: int
    just_before: Mention | None      # the mention ending right before the trigger
    svo: bool                        # that mention is an actor no preposition governs
    forces_after: tuple | None       # a force noun with a nationality after a verb, or after a verbal noun
                                     # of a place relation (قصفت المدفعية الإسرائيلية)

    @classmethod
    def of(cls, tc: TriggerContext, after: int) -> "SubjectQuery":
        """The query for the trigger of ``tc`` whose words end before token ``after``."""
        sc, t, trig = tc.sentence, tc.position, tc.trigger
        just_before = arguments.mention_ending_at(sc.view, t)
        svo = just_before is not None and just_before.type in ACTOR_TYPES and not arguments.governed(sc, just_before)
        forces_after = force_with_nationality(sc.rules, after) if trig.kind == "verb" or (
            trig.kind == "masdar" and trig.obj == "place") else None
        return cls(tc, sc, sc.view, t, trig, after, just_before, svo, forces_after)

    @computed_once
    def pronoun_prep(self) -> int | None:
        """Index of the trigger's preposition when it carries a pronoun (عليها، منها)."""
        trig = self.trig
        return arguments.prep_pronoun(self.view, self.after, trig.prep + trig.optional_prep)

    @computed_once
    def agrees_with_a_subject_before(self) -> bool:
        """استهدفوا، يقصفون، سيلتقيان: a verb with plural or dual agreement. In Arabic a verb before
        its subject stays singular, so such a verb's subject is before it (or a pronoun), never after."""
        norm = self.view.tokens[self.t].norm
        return self.trig.kind == "verb" and (norm.endswith("وا") or (
            norm[:1] in "يتس" and norm.endswith(("ون", "ان")) and len(norm) > 4))

    @computed_once
    def joined_verb(self) -> bool:
        """أسرت الجنود وسيطرت على المقر: a verb joined by و to the clause before; the noun before it
        ends that clause (its object), it is not this verb's subject."""
        return self.trig.kind == "verb" and any(p == "و" for p, _ in proclitic_variants(self.view.tokens[self.t].norm)[1:2])

    @computed_once
    def after_object(self) -> int:
        """Where an actor after the trigger may start: past a preposition with a pronoun, and past
        a time set off by commas (وسيطرت، صباح اليوم الأحد، فصائل المعارضة على ...)."""
        k = past_a_time_aside(self.view, self.after if self.pronoun_prep is None else self.pronoun_prep + 1)
        lists = self.sentence.lexicon.lists
        return past_honorifics(self.view, k, lists["style_honorifics"], lists["title_words"])


COMMAS = ("،", ",")
MONTH_WORDS = frozenset(normalise(w) for month in MONTHS for w in month.split())


def past_a_time_aside(view: SentenceView, k: int) -> int:
    """والتقى، مساء أمس، وزير الخارجية ...: at token k a comma opening at most five words of time
    (time words, a month, a number) closed by a comma: the token after the closing comma; else k."""
    tokens = view.tokens
    if k >= len(tokens) or tokens[k].norm not in COMMAS:
        return k
    for j in range(k + 1, min(k + 7, len(tokens))):
        n = tokens[j].norm
        if n in COMMAS:
            return j + 1 if j > k + 1 else k
        if not (n in TIME_WORDS or n.isdigit() or n in MONTH_WORDS):
            return k
    return k


def past_honorifics(view: SentenceView, k: int, honorifics: frozenset, titles: frozenset = frozenset()) -> int:
    """استقبل جلالة الملك عبدالله الثاني / فخامة الرئيس فلان: at token k up to four words of courtesy
    (style_honorifics) that no mention covers, then a mention or a title: where it starts; else k."""
    j = k
    while j < len(view.tokens) and j < k + 4 and view.tokens[j].norm in honorifics and not view.covering(j):
        j += 1
    if j == k or j >= len(view.tokens):
        return k
    return j if view.mention_at(j) is not None or view.tokens[j].norm in titles else k


@only_for("verb")
def back_referring_strike(q: SubjectQuery) -> Decision | None:
    """قصفت إسرائيل مدينة صور. وقال مصدر إن الغارات استهدفت بلدة الخيام: a definite noun of strike
    opening the clause right before a verb of attack or killing refers back to the strikes told
    before: their attacker, the one actor that attacked in the article's latest sentences (when
    two compete, the rules after decide); the speaker of the clause when it is of the attacker's
    side (وزعم الجيش الإسرائيلي أن الغارة استهدفت: its own strikes)."""
    if q.trig.kind != "verb" or q.trig.relation not in STRIKE_RELATIONS:
        return None
    k = arguments.strike_noun_before(q.sentence, q.t)
    attacker = latest_attacker(q.sentence) if k is not None else None
    if attacker is None:
        return None
    speaker = arguments.preceding_actor(q.sentence, k)
    speaker = arguments.represented(q.sentence, speaker) if speaker is not None else None
    if speaker is not None and state_side(q.sentence, speaker) == state_side(q.sentence, attacker):
        return speaker, "before"
    return attacker, "back_reference"


def unknown_noun_subject(q: SubjectQuery) -> Decision | None:
    """استهدفت المسيرات مواقع: a verb whose subject is a noun no mention covers has no subject kg
    can name (nor has one after an unknown or counted noun before it)."""
    if q.trig.kind == "verb" and ((arguments.unknown_noun(q.sentence, q.after) and not q.svo and q.forces_after is None)
                                  or (arguments.unknown_noun(q.sentence, q.t - 1) and not q.joined_verb)
                                  or (arguments.counted_noun_before(q.view, q.t) and not q.joined_verb)):
        return NO_SUBJECT
    return None


@needs("fighter_nouns")
def unnamed_fighters_after(q: SubjectQuery) -> Decision | None:
    """دخل الجيش البلدة بعد أن انسحبت منها مجموعات مسلحة / بعد انسحاب مسلحين منها: a noun of
    fighters or units (fighter_nouns) with no article right after a verb of movement (past its
    preposition with a pronoun) or after its verbal noun is the subject, and it names no one (no
    actor follows it within three words: مجموعات من قوات الدعم السريع is named by the rules after);
    the actor named before is not the one that moved."""
    trig, view = q.trig, q.view
    if trig.obj != "place" or not (trig.prep or trig.optional_prep) or q.svo \
            or (trig.kind == "verb" and q.pronoun_prep is None) or trig.kind not in ("verb", "masdar"):
        return None
    k = q.after if trig.kind == "masdar" else q.after_object     # انسحاب مسلحين منها / انسحبت منها مجموعات
    if k >= len(view.tokens) or view.covering(k) or view.tokens[k].norm.startswith("ال") \
            or view.token_stems(k).isdisjoint(q.sentence.lexicon.lists["fighter_nouns"]):
        return None
    for j in range(k + 1, min(k + 4, len(view.tokens))):
        if view.is_break(j):
            break
        if view.covering(j):
            return None
    return NO_SUBJECT


@only_for("verb")
def delegation_subject(q: SubjectQuery) -> Decision | None:
    """وصل وفد من قوات سوريا الديمقراطية إلى دمشق. والتقى الوفد بمسؤولين ...: the delegation
    (الوفد after the verb) stands for the party an earlier "وفد من X" named."""
    if q.trig.kind != "verb" or q.after >= len(q.view.tokens) or q.view.covering(q.after):
        return None
    lists = q.sentence.lexicon.lists
    if q.view.tokens[q.after].norm not in lists["delegation_anaphors"]:
        return None
    text = q.sentence.article.text
    for m in reversed(q.sentence.state.history[-40:]):
        if m.type not in ACTOR_TYPES or m.source in ("coreference", "nested"):
            continue
        words = normalise(text[max(0, m.start - 16):m.start]).split()
        if (words and words[-1] in lists["delegate_words"]) or (
                len(words) > 1 and words[-1] in lists["delegate_preps"] and words[-2] in lists["delegate_words"]):
            return m, "delegation"
    return None


def passive_agent(q: SubjectQuery) -> Decision | None:
    """الحصار المفروض من الجيش على المدينة: the agent after a passive participle."""
    tokens = q.view.tokens
    participles = q.sentence.lexicon.lists["passive_participles"]
    if q.trig.kind == "masdar" and q.after < len(tokens) and tokens[q.after].norm in participles:
        return arguments.passive_agent_at(q.view, q.after + 1), "passive_agent"
    return None


@only_for("masdar")
def passive_auxiliary(q: SubjectQuery) -> Decision | None:
    """أعلن الجيش أنه تم إطلاق صواريخ من غزة باتجاه سديروت / جرى استهداف المطار من قبل الجيش: a
    verbal noun after a passive auxiliary (تم، جرى) has as agent only the one named after it with
    من قبل or من, or على يد (أيدي); no actor named before it did it (a weapon's country is read by the strike rules)."""
    t = q.t
    if q.trig.kind != "masdar" or t < 1 or q.view.covering(t - 1) \
            or q.view.token_stems(t - 1).isdisjoint(q.sentence.lexicon.lists["passive_auxiliaries"]):
        return None
    view = q.view
    if q.trig.then and q.after + 1 < len(view.tokens) and view.tokens[q.after].norm == "من" \
            and arguments.unit_noun(q.sentence, view.tokens[q.after - 1].norm):
        owner = view.mention_at(q.after + 1)      # جرى نشر قوات من الجيش اللبناني في: the forces' body
        if owner is not None and owner.type in ACTOR_TYPES:
            return owner, "passive_by"
    for k in range(q.after, min(q.after + 10, len(view.tokens))):
        if view.is_break(k):
            break
        if view.tokens[k].norm == "من" and k + 1 < len(view.tokens) and view.tokens[k + 1].norm == "قبل":
            agent = arguments.passive_agent_at(view, k)
            return (agent, "passive_by") if agent is not None else NO_SUBJECT   # (its object comes before it)
        if view.tokens[k].norm == "علي" and k + 2 < len(view.tokens) and not view.covering(k + 1) \
                and not view.token_stems(k + 1).isdisjoint(q.sentence.lexicon.lists["hand_words"]):
            agent = view.mention_at(k + 2)      # تمت استعادة المدينة على يد الجيش: by the hand of
            return (agent, "passive_by") if agent is not None and agent.type in ACTOR_TYPES else NO_SUBJECT
    return NO_SUBJECT


@only_for("verb")
def passive_by_after_object(q: SubjectQuery) -> Decision | None:
    """قصفت مدينة الفاشر من قبل قوات الدعم السريع: a verb (read passively, قُصفت) whose direct
    object follows it and is followed by من قبل and an actor: that actor is the agent."""
    view, tokens, trig = q.view, q.view.tokens, q.trig
    if trig.kind != "verb" or trig.prep or trig.then:
        return None
    end = min(q.after + 8, len(tokens) - 2)
    k = next((k for k in range(q.after + 1, end) if tokens[k + 1].norm == "قبل" and tokens[k].norm == "من"), None)
    if k is None:
        return None
    patient = view.mention_at(q.after)
    if patient is None and not view.token_stems(q.after).isdisjoint(q.sentence.lexicon.lists["place_heads"]):
        patient = view.mention_at(q.after + 1)          # (قصفت مدينة حماة: a head noun kg left out of the name)
    if patient is None or any(view.is_break(j) for j in range(patient.token_end, k)):
        return None
    agent = arguments.passive_agent_at(view, k)
    return (agent, "passive_by") if agent is not None and agent.entity_id != patient.entity_id else None


def accused_actor(q: SubjectQuery) -> Decision | None:
    """اتهمت الحكومة الإمارات بتسليح قوات الدعم السريع: the accused before a verbal noun with ب
    after an accusation verb is said to act."""
    accused = arguments.accused_of(q.sentence, q.t, q.trig)
    if accused is not None:              # (تتهم واشنطن طهران بتسليح ...: a city accused names no actor)
        return (accused, "accused") if accused.type in ACTOR_TYPES else NO_SUBJECT
    found, accused = arguments.accused_by_a_pronoun(q.sentence, q.t, q.trig)
    if found:
        return accused, "accused"        # التي تتهمها واشنطن بشن هجمات: not the accuser
    found, accused = arguments.accused_by_a_participle(q.sentence, q.t, q.trig)
    if found:
        return accused, "accused"        # إيران المتهمة بتسليح الحوثيين: the one described
    return None


@only_for("masdar")
def lam_agent(q: SubjectQuery) -> Decision | None:
    """قصف مدفعي لقوات الدعم السريع على مدينة الأبيض: an actor with لـ after a verbal noun (and an
    adjective or two), then the noun's preposition, is its agent."""
    lam = arguments.lam_agent(q.view, q.after, q.trig, q.sentence.lexicon.lists["fighter_nouns"]) \
        if q.trig.kind == "masdar" else None
    if lam is not None:
        return lam, "after"
    return None


@only_for("verb")
def actor_before_actor_object(q: SubjectQuery) -> Decision | None:
    """وقال المرصد إن الشرع التقى أردوغان / وكان الجولاني (قد) يتزعم هيئة تحرير الشام: a verb whose
    object is an actor, with an actor no preposition governs right before it (past قد) and an
    actor right after it: the one before is the subject (SVO), the one after the object. Not a
    verb joined by و (the noun before it ends the clause before)."""
    if q.trig.kind != "verb" or q.trig.obj not in ("actor", "any") or q.trig.prep or q.joined_verb \
            or q.trig.relation in (RELATIONS.attacked, RELATIONS.killed):
        return None              # (attacks and killings keep their own subject rules)
    view, t = q.view, q.t
    before = q.just_before
    if before is None and t > 1 and view.tokens[t - 1].norm == "قد" and not view.covering(t - 1):
        before = arguments.mention_ending_at(view, t - 1)
    if before is None or before.type not in ACTOR_TYPES or before.source == "adjective" \
            or arguments.governed(q.sentence, before):
        return None
    nxt = view.mention_at(skip_quotes(view, q.after))
    if nxt is None or nxt.type not in ACTOR_TYPES or nxt.entity_id == before.entity_id:
        return None
    return arguments.represented(q.sentence, before), "before"


@only_for("verb")
def subject_of_a_past_auxiliary(q: SubjectQuery) -> Decision | None:
    """وكان الرئيس فلان قد التقى رئيس الوزراء الصيني فلان: an actor between a past auxiliary (كان)
    and قد right before the verb is its subject, not a titled person after the verb."""
    view, t = q.view, q.t
    if q.trig.kind != "verb" or t < 3 or view.tokens[t - 1].norm != "قد":
        return None
    m = arguments.mention_ending_at(view, t - 1)
    if m is None or m.type not in ACTOR_TYPES or m.token_start < 1 or arguments.governed(q.sentence, m):
        return None
    auxiliaries, titles = q.sentence.lexicon.lists["past_auxiliaries"], q.sentence.cues.titles
    for k in range(m.token_start - 1, max(-1, m.token_start - AUXILIARY_REACH), -1):
        if not auxiliaries.isdisjoint(stems(view.tokens[k].norm)):
            head = next((x for x in view.mentions if x.token_start > k and x.type in ACTOR_TYPES
                         and x.source != "adjective"), None)     # (وزير الدفاع الباكستاني فلان: his country's adjective)
            if head is None:
                return None     # وكانت طائرات إسرائيلية قد قصفت: only a force's adjective (its own rule reads it)
            if m.type == TYPES.person and head is not m and any(
                    (st,) in titles for x in range(head.token_end, m.token_start) for st in stems(view.tokens[x].norm)):
                return m, "before"   # وكان وزير الدولة لشؤون الدفاع القائد العام فلان قد: a title after the body, then its holder
            if head is not m and not any((st,) in titles for st in stems(view.tokens[head.token_start - 1].norm)) \
                    and not (head.type != TYPES.person and _prefix(view, head).endswith("ل")):
                return head, "before"   # وكانت قوات الدعم السريع بقيادة فلان قد اجتاحت: the force he leads
                                        # (not القائد العام للقوات المسلحة فلان: the body of his title)
            return m, "before"   # (وكان رئيس المجلس العسكري الجنرال فلان قد: the title's body between)
        if view.is_break(k):
            break
    return None


AUXILIARY_REACH = 14    # words from the past auxiliary to the subject's name (titles and their bodies between:
                        # وكان رئيس مجلس الوزراء القائد العام للقوات المسلحة فلان قد)


def titled_person_after(q: SubjectQuery) -> Decision | None:
    """هاجم قائد اللواء سالم الورفلي المعسكر: the person a title after the verb names (not after
    a verbal noun whose genitive is its patient: اغتيال قائد الكتيبة فلان)."""
    if q.agrees_with_a_subject_before:
        return None              # (مقاتلوها استهدفوا دبابة إسرائيلية: not the tank's country)
    lists = q.sentence.lexicon.lists
    start = past_honorifics(q.view, q.after, lists["style_honorifics"], lists["title_words"])
    title = arguments.titled_person_after(q.view, start, q.sentence.cues.titles)   # (فخامة الرئيس فلان)
    if title is not None and q.trig.kind == "verb" and _undergoes(q, title):
        return NO_SUBJECT        # قتل القيادي فلان على يد الجيش: the titled man was killed
    if title is not None and not (q.trig.kind == "masdar" and not q.trig.prep and q.trig.obj != "place"):
        return title, "after"
    return None


@only_for("verb")
def force_adjective_before_verb(q: SubjectQuery) -> Decision | None:
    """قصف جوي إسرائيلي استهدف المدينة / غارات يعتقد أنها أردنية استهدفت: a force noun with a
    nationality (past a word of belief) just before the verb."""
    if q.trig.kind == "verb":
        for k in range(q.t - 3, max(-1, q.t - 10), -1):
            forces = force_with_nationality(q.sentence.rules, k) if k >= 0 else None
            if forces is not None and forces[1] == q.t:
                return forces[0], "adjective"
    return None


@needs("force_nouns")
def nationality_of_force_noun_before(q: SubjectQuery) -> Decision | None:
    """الغارات الإسرائيلية استهدفت / قوة إسرائيلية حاولت التقدم: the country of a nationality
    adjective on a force noun right before the trigger."""
    view, t, tokens = q.view, q.t, q.view.tokens
    for k in (t - 1, t - 2):
        if k < 1 or (k == t - 2 and (view.is_break(t - 1) or view.covering(t - 1))):
            continue
        adj = country_mention(q.sentence, k, bare=True)
        head = stems(tokens[k - 1].norm)
        if adj is not None and not view.covering(k - 1) and not view.covering(k) \
                and any(h in q.sentence.lexicon.lists["force_nouns"] for h in head):
            return adj, "adjective"
    return None


def pronoun_suffix(q: SubjectQuery) -> Decision | None:
    """سيطرتها على المدينة: the pronoun suffixed to the trigger (or to the noun after a verbal
    noun) stands for its referent."""
    tokens = q.view.tokens
    if q.trig.suffixed or (q.trig.kind == "masdar" and q.after < len(tokens) and arguments.suffixed_noun(tokens[q.after].norm)):
        vehicle = vehicle_during(q) if q.trig.suffixed else None
        if vehicle is not None:      # the vehicle's owner, by a nationality on it (جرافة إسرائيلية)
            owner = arguments.forces_ending_before(q.sentence, q.t) or country_mention(q.sentence, vehicle + 1)
            return owner, "pronoun"
        if q.trig.relation == RELATIONS.fled_from and q.view.tokens[q.t].norm.endswith("ه"):
            person = mention_back(q.view, q.t, 12, lambda m: m.type == TYPES.person)
            if person is not None:
                return person, "pronoun"      # كان فلان معتقلا في سجن X قبل هروبه: the man fled, not his group
        if q.trig.relation == RELATIONS.met_with and q.trig.suffixed:
            person = mention_back_past_commas(q.view, q.t, 12, lambda m: m.type in ACTOR_TYPES and m.source != "adjective"
                                              and not arguments.governed(q.sentence, m))
            if person is not None:
                return person, "pronoun"      # أكد البرهان خلال لقائه بأردوغان: the one who met, a man too
        referent = arguments.reporter_of_the_clause(q.sentence, q.t) if q.trig.relation in ATTACK_FAMILY else None
        referent = referent or arguments.pronoun_referent(q.sentence, q.t)   # أوضح الحزب أن ... قصفه لموقعين
        if referent is None and q.trig.relation == RELATIONS.supports:
            referent = arguments.pronoun_referent(q.sentence, q.t, allow_country=True)   # أكدت إيران دعمها للحزب
        return referent, "pronoun"
    return None


def vehicle_during(q: SubjectQuery) -> int | None:
    """دمرت السرايا آلية عسكرية خلال توغلها في الحي: a verbal noun with a pronoun after a word of
    time (during_words), with a vehicle noun (vehicle_nouns) no mention covers among the twelve words
    before it and no actor between: the pronoun is the vehicle's, not the subject's (its owner is
    only known from a nationality on it): the vehicle noun's index, else None."""
    view, t, lists = q.view, q.t, q.sentence.lexicon.lists
    if t < 2 or view.tokens[t - 1].norm not in lists["during_words"]:
        return None
    for k in range(t - 2, max(-1, t - 14), -1):
        m = view.covering(k)
        if m is not None and m.type in ACTOR_TYPES and m.source != "adjective":
            return None
        if m is None and not view.token_stems(k).isdisjoint(lists["vehicle_nouns"]):
            return k
    return None

@only_for("masdar")
def owner_of_fighters(q: SubjectQuery) -> Decision | None:
    """انسحاب مسلحين تابعين لحكومة الوحدة: the organisation the fighters after a verbal noun
    belong to."""
    view, tokens, after = q.view, q.view.tokens, q.after_object
    if q.trig.kind == "masdar" and after + 2 < len(tokens) \
            and tokens[after + 1].norm in q.sentence.lexicon.lists["part_of"]:
        owner = view.mention_at(after + 2)
        if owner is not None and owner.type in ORG_TYPES and _prefix(view, owner).endswith("ل"):
            return owner, "after"
    return None


def past_the_nouns_adjectives(q: SubjectQuery, k: int, most: int = 2) -> int:
    """هجوم واسع شنته الجماعة / هجوم مسلح عنيف نفذه التنظيم: at token k at most two words that
    describe the verbal noun (no mention, no function word, no break) right before a resumptive
    verb: the verb's token; else k."""
    view, tokens = q.view, q.view.tokens
    j = k
    while j < len(tokens) and j - k < most and not arguments.resumptive_verb(q.sentence.lexicon, tokens[j].norm):
        n = tokens[j].norm
        if view.covering(j) is not None or view.is_break(j) or n in FUNCTION_WORDS or not is_word(n):
            return k
        j += 1
    return j if j > k and j < len(tokens) and arguments.resumptive_verb(q.sentence.lexicon, tokens[j].norm) else k


@needs(words=lambda lists: frozenset(v + s for v in lists["resumptive_verbs"] for s in RESUMPTIVE_SUFFIXES))
def resumptive_agent(q: SubjectQuery) -> Decision | None:
    """هجوم شنته فصائل المعارضة / الحرب التي تخوضها إسرائيل: the agent of a resumptive verb
    after a verbal noun."""
    view, tokens, after = q.view, q.view.tokens, q.after_object
    rel_k = after + 1 if after < len(tokens) and tokens[after].norm in RELATIVE else after
    rel_k = past_the_nouns_adjectives(q, rel_k)
    if q.trig.kind == "masdar" and rel_k < len(tokens) and arguments.resumptive_verb(q.sentence.lexicon, tokens[rel_k].norm):
        agent = view.mention_at(rel_k + 1)
        if agent is None or agent.type not in ACTOR_TYPES:
            agent = resumptive_actor(q.sentence.rules, rel_k)   # شنه مقاتلو جماعة X / مسلحون من X
        if agent is not None and agent.type in ACTOR_TYPES:
            return agent, "relative"
    return None


def force_adjective_after_verb(q: SubjectQuery) -> Decision | None:
    """قصفت المدفعية الإسرائيلية / استهدفت غارة إسرائيلية: a force noun with a nationality after
    the verb (when no preposition with a pronoun stands between)."""
    if q.agrees_with_a_subject_before:
        return None              # (مقاتلوها استهدفوا دبابة إسرائيلية: not the tank's country)
    if q.forces_after is not None and q.pronoun_prep is None:
        return q.forces_after[0], "adjective"
    return None


@only_for("verb")
def passive_with_a_weapon(q: SubjectQuery) -> Decision | None:
    """قتل فلان برصاص القوات / قتل فلان بغارة إسرائيلية / قتل فلان على يد الجيش: a verb whose
    next name, a person, is followed by ب and a weapon or fire noun (or by على يد) reads passively
    (قُتل): that person underwent it and is not the subject; the weapon's actor is read by the
    strike rules."""
    view, tokens, after = q.view, q.view.tokens, q.after
    if q.trig.kind != "verb" or after >= len(tokens):
        return None
    m = view.mention_at(after)
    if m is None or m.type != TYPES.person or m.token_end >= len(tokens):
        return None              # (قصفت إسرائيل بصواريخ مواقع: a state acts with a weapon)
    return NO_SUBJECT if _undergoes(q, m) else None


def _undergoes(q: SubjectQuery, m: Mention) -> bool:
    """The person m is followed by ب and a weapon or fire noun (بغارة، برصاص) or by على يد: the
    verb before m happened to m."""
    tokens = q.view.tokens
    if m.token_end >= len(tokens):
        return False
    nxt = tokens[m.token_end].norm
    lists = q.sentence.lexicon.lists
    if nxt.startswith("ب") and (nxt[1:] in lists["agent_nouns"] or nxt[1:] in lists["strike_nouns"]):
        return True
    return nxt == "علي" and m.token_end + 1 < len(tokens) and tokens[m.token_end + 1].norm in lists["agent_nouns"]


@only_for("verb")
def coordinated_subjects_before(q: SubjectQuery) -> Decision | None:
    """ديرمر وباراك سيلتقيان الشيباني / الجيش والشرطة اقتحما البلدة: a dual or plural verb right
    after actors joined by و has them as its subject (not the actor after it)."""
    view, m = q.view, q.just_before
    norm = view.tokens[q.t].norm
    if q.trig.kind != "verb" or not q.svo or not (q.agrees_with_a_subject_before or norm.endswith("ا")):
        return None
    if _prefix(view, m).startswith("و") and any(
            p.type in ACTOR_TYPES and p.token_end in (m.token_start, m.token_start - 1)
            for p in view.mentions if p.token_end <= m.token_start):
        return m, "before"
    return None


def actor_after(q: SubjectQuery) -> Decision | None:
    """سيطرت هيئة تحرير الشام على المدينة / انسحاب القوات الحكومية: a following actor (VSO order,
    or the genitive agent of a verbal noun), through a force noun (مقاتلو الحركة) or fighters of
    it (هاجم مسلحون من جبهة X); not the patient of a verbal noun (اغتيال فلان), nor a place where
    the trigger wants a place."""
    if q.agrees_with_a_subject_before:
        return None              # (مقاتلوها استهدفوا دبابة إسرائيلية: not the tank's country)
    view, tokens, trig = q.view, q.view.tokens, q.trig
    after = skip_quotes(view, q.after_object)      # قصف "الحزب" التلة: a quoted subject
    lists = q.sentence.lexicon.lists
    m = view.mention_at(after)
    if m is None and q.svo and trig.kind == "verb" and after < len(tokens) and accusative_fighters(tokens[after].norm, lists):
        return None              # إن القوات الإسرائيلية قتلت مقاتلا من كتيبة جنين: the fighters are the object
    if m is None and after + 1 < len(tokens) and not view.is_break(after):
        m2 = view.mention_at(after + 1)
        if m2 is not None and (tokens[after].norm in FORCE_NOUNS or tokens[after].norm in lists["force_nouns"]) \
                and not (trig.kind == "masdar" and _prefix(view, m2).endswith("ل")):
            m = m2              # (not تفجير دبابة للجيش: the owner of the verbal noun's patient)
        elif after + 2 < len(tokens) and tokens[after + 1].norm == "من" \
                and tokens[after].norm in lists["fighter_nouns"]:
            m = view.mention_at(skip_quotes(view, after + 2))   # هاجم مسلحون من (")جبهة X("): fighters of X
        elif after + 3 < len(tokens) and tokens[after + 2].norm == "من" and not view.covering(after + 1) \
                and arguments.described_unit(q.sentence, tokens[after].norm, tokens[after + 1].norm):
            m = view.mention_at(after + 3)      # تقدمت قوة كبيرة من الدعم السريع: its units
        elif after + 3 < len(tokens) and tokens[after + 2].norm == "من" and tokens[after].norm in lists["fighter_nouns"] \
                and view.covering(after + 1) is None and is_word(tokens[after + 1].norm) \
                and not tokens[after + 1].norm.startswith("ال") and tokens[after + 1].norm not in FUNCTION_WORDS:
            m = view.mention_at(skip_quotes(view, after + 3))   # هاجم مسلحون ملثمون من تنظيم داعش: fighters and their adjective
        elif trig.relation == RELATIONS.met_with and tokens[after].norm in lists["delegate_words"]:
            m = m2 if m2 is not None else view.mention_at(after + 2) \
                if after + 2 < len(tokens) and tokens[after + 1].norm in lists["delegate_preps"] else None
                                                # التقى وفد من قسد / وفد حماس بالرئيس: the party it stands for
        elif after + 2 < len(tokens) and (tokens[after].norm in lists["force_nouns"]
                                          or tokens[after].norm in lists["fighter_nouns"]):
            m = force_owner(view, after + 1, lists)   # استهدفت مسيرة تابعة للجيش: the force's owner
        if m is None and trig.kind == "verb" and not view.token_stems(after).isdisjoint(lists["strike_nouns"]):
            m = resumptive_actor(q.sentence.rules, after + 1)    # استهدف هجوم نفذه عنصر تابع لداعش دورية
    if m is not None and any(len(p) == 1 and _prefix(view, m).endswith(p) for p in trig.prep):
        return None              # تقديم الدعم لحزب الله: the actor the preposition of the trigger governs is its object
    patient = (trig.kind == "masdar" and not trig.prep and trig.obj != "place" and m is not None
               and m.type == TYPES.person and not arguments.lam_object_after(q.sentence, m)
               and not arguments.prep_object_after(q.sentence, m, trig.optional_prep))
    if m is not None and m.type in ACTOR_TYPES and not patient and not (
            trig.obj != "place" and m.type == TYPES.country and trig.kind == "masdar"
            and not arguments.lam_object_after(q.sentence, m) and not arguments.person_object_after(q.sentence, m)):
        if not (trig.obj == "place" and m.type in PLACE_TYPES and m.type != TYPES.country):
            if m.type != TYPES.country or arguments.has_later_object(view, m.token_end, trig):
                return m, "after"
    return None


def accusative_fighters(norm: str, lists) -> bool:
    """مقاتلا، عنصرا، جنودا: a noun of fighters with its tanween alef, in the accusative: after a
    verb whose subject was named before it, its object, not its subject."""
    return norm.endswith("ا") and norm in lists["fighter_nouns"] and norm[:-1] in lists["fighter_nouns"]


@only_for("masdar")
def agent_from_after(q: SubjectQuery) -> Decision | None:
    """قتل قائد في قوات الدعم السريع بقصف من الطيران الحربي للجيش: a verbal noun whose agent is
    named after it with من (من قبل), through a force noun and its owner: that agent."""
    if q.trig.kind != "masdar" or q.after >= len(q.view.tokens) or q.view.tokens[q.after].norm != "من":
        return None
    by = agent_after_from(q.sentence.rules, q.after)
    return (by, "after") if by is not None and by.type in ACTOR_TYPES else None


def force_owner(view, k: int, lists) -> Mention | None:
    """مسيرة تابعة للجيش / طائرات مسيرة تابعة لقوات الدعم السريع / مسلحون تابعون للحركة: after a
    force noun (ending before token k), at most two describing words no mention covers, a word of
    belonging (part_of) and the owner with ل: the owner; None when the words are not so."""
    tokens = view.tokens
    j, end = k, min(k + 3, len(tokens) - 1)
    while j < end:
        belief = past_a_belief(view, lists, j)
        if belief != j:
            j, end = belief, min(belief + 1, len(tokens) - 1)    # مسيرة، يعتقد أنها تابعة للجيش
        if tokens[j].norm in lists["part_of"]:
            owner = view.mention_at(j + 1)
            return owner if owner is not None and _prefix(view, owner).endswith("ل") else None
        if view.covering(j) or view.is_break(j) or not is_word(tokens[j].norm):
            return None
        j += 1
    return None


@only_for("masdar")
def genitive_agent_before_pronoun(q: SubjectQuery) -> Decision | None:
    """بعد انسحاب الجيش منها: the genitive between a verbal noun and its preposition with a pronoun
    is the agent; a definite noun kg cannot name there is an unnamed agent, not an actor named
    earlier."""
    view, k, pp = q.view, q.after, q.pronoun_prep
    if q.trig.kind != "masdar" or pp is None or not k < pp:
        return None
    m = view.mention_at(k)
    if m is not None and m.type in ACTOR_TYPES and m.token_end == pp:
        return m, "after"
    if m is None and not view.covering(k) and view.tokens[k].norm.startswith("ال") and len(view.tokens[k].norm) > 3 \
            and view.tokens[k].norm not in q.sentence.lexicon.lists["extent_adjectives"]:
        return NO_SUBJECT         # (not استعادت السيطرة الكاملة عليه: an adjective of the noun)
    return None


def suffixed_word_before(q: SubjectQuery) -> Decision | None:
    """قواتها سيطرت على البلدة: a pronoun suffixed to the word before the trigger; قواتنا سيطرت
    (the first person) after a speaker's colon or complementiser: the one who speaks."""
    if arguments.ours_before(q.view, q.t, q.sentence.lexicon.lists):
        speaker = arguments.speaker_of_reported_forces(q.sentence, q.t)
        if speaker is not None:
            return speaker, "pronoun"
    if arguments.suffixed_before(q.view, q.t, q.sentence.lexicon.lists):
        reporter = arguments.reporter_of_the_clause(q.sentence, q.t) if q.trig.relation in ATTACK_FAMILY else None
        return reporter or arguments.pronoun_referent(q.sentence, q.t), "pronoun"
    return None


def relative_clause_head(q: SubjectQuery) -> Decision | None:
    """الفصائل التي سيطرت على المدينة: the head of the relative clause the trigger opens (no
    subject when the head is no actor)."""
    if q.t > 0 and q.view.tokens[q.t - 1].norm in RELATIVE and not q.trigger_context.object_pronoun:
        head = arguments.mention_ending_at(q.view, q.t - 1)
        if head is None and q.t > 2 and q.view.tokens[q.t - 2].norm in ("،", ","):
            head = arguments.mention_ending_at(q.view, q.t - 2)   # قوات X، التي تتمركز في Y: past the comma
        return (head, "relative") if head is not None and head.type in ACTOR_TYPES else NO_SUBJECT
    return None


@only_for("masdar")
def forces_before_verbal_noun(q: SubjectQuery) -> Decision | None:
    """تولت مسيرة أميركية مساء الأربعاء اغتيال القائد: a force noun with a nationality a few
    words before a verbal noun."""
    if q.trig.kind == "masdar":
        forces = arguments.forces_before(q.sentence, q.t)
        if forces is not None:
            return forces, "adjective"
    return None


def judged_by_a_stance(q: SubjectQuery) -> Decision | None:
    """أدانت الحكومة اغتيال القيادي فلان / رحب المجلس بانسحاب القوات: a verbal noun a verb of
    condemning or welcoming (stance_verbs) governs, past that verb's subject (at most eight words
    back, no break): the one who judges is not the agent, and the clause names none."""
    view, stance = q.view, q.sentence.lexicon.lists["stance_verbs"]
    if q.trig.kind != "masdar":          # انتقدت المنظمة قصف التحالف: read as a noun, not a verb
        before = arguments.mention_ending_at(view, q.t)
        k = before.token_start - 1 if before is not None else -1
        return NO_SUBJECT if k >= 0 and not view.covering(k) and not view.token_stems(k).isdisjoint(stance) \
            else None
    for k in range(q.t - 1, max(-1, q.t - 9), -1):
        if view.is_break(k) and view.tokens[k].norm not in ("،", ","):
            return None
        if view.covering(k) is None and not view.token_stems(k).isdisjoint(stance):
            return NO_SUBJECT
    return None


def preceding_actor(q: SubjectQuery) -> Decision | None:
    """هيئة تحرير الشام سيطرت على المدينة: the nearest actor before the trigger (SVO), through
    a partitive (بعض عناصر الحركة) to the body it represents."""
    if q.trig.kind == "masdar" and q.trig.relation in ATTACK_FAMILY and q.t > 0 \
            and q.view.tokens[q.t - 1].norm in BARE_COMPLEMENTISERS:
        return NO_SUBJECT      # قال الوزير إن الهجوم على السفارة جريمة: the clause names no attacker
    prev = arguments.preceding_actor(q.sentence, q.t, allow_fi=q.trig.kind == "masdar",
                             feminine=q.trigger_context.feminine)
    if prev is not None and q.joined_verb and prev.source == "adjective":
        earlier = arguments.preceding_actor(q.sentence, prev.token_start, feminine=q.trigger_context.feminine)
        if earlier is not None and earlier.source != "adjective":
            prev = earlier     # دمرت قوات الجيش دبابة إسرائيلية واقتحمت البلدة: the first verb's subject
    if prev is not None and q.joined_verb and prev.source != "adjective" \
            and skip_quotes(q.view, prev.token_end) == q.t:
        verb = _verb_whose_object(q, prev)
        if verb is not None:   # دخلوا قيادة الفرقة 22 وحرروا المدينة: the first verb's subject, not its object
            return preceding_actor_of(q, verb)
    if prev is not None and _placed_by_a_direction(q, prev):
        return NO_SUBJECT      # في محافظة الحديدة غربي اليمن، بعد هجوم استهدف ناقلة: a place, no attacker
    speaks = q.trig.kind == "verb" and q.view.tokens[q.t].norm.endswith("نا")    # الجيش: سيطرنا على
    if prev is not None and (speaks or not _a_heading_label(q.view, prev)):
        return arguments.represented(q.sentence, arguments.partitive(q.view, prev)), "before"
    return None


def _verb_whose_object(q: SubjectQuery, m: Mention) -> tuple[int, Mention | None] | None:
    """(m ends right before the joined verb at q.t.) The index of a verb before mention m, past one head noun no mention covers (دخلوا قيادة
    الفرقة 22، هاجم مواقع الحركة) and past the verb's own subject after it (هاجم الجيش مواقع
    الحركة: that subject, returned with the index), agreeing with the verb at q.t in number (both
    plural in ـوا or neither) and with a reading that takes a direct object: m is that verb's
    object; else None."""
    view = q.view
    k = m.token_start - 1
    if k >= 1 and not view.covering(k) and is_word(view.tokens[k].norm) \
            and not any(r.kind == "verb" for r in q.sentence.lexicon.trigger_readings[view.tokens[k].norm]):
        k -= 1
    subject = view.covering(k) if k >= 1 else None
    if subject is not None and subject.type in ACTOR_TYPES:
        k = subject.token_start - 1        # وهاجم الجيش السوداني مواقع الحركة: VSO, its subject between
    else:
        subject = None
    if k < 0 or view.covering(k) or view.tokens[k].norm.endswith("وا") != view.tokens[q.t].norm.endswith("وا"):
        return None
    readings = q.sentence.lexicon.trigger_readings[view.tokens[k].norm]
    return (k, subject) if any(r.kind == "verb" and not r.prep for r in readings) else None


def preceding_actor_of(q: SubjectQuery, found: tuple[int, Mention | None]) -> Decision | None:
    """The subject of the verb ``found`` names (its index, and the subject after it if any): that
    subject, else the actor before the verb (None: the later rules decide)."""
    verb, earlier = found
    if earlier is None:
        earlier = arguments.preceding_actor(q.sentence, verb, feminine=q.trigger_context.feminine)
    if earlier is None or _a_heading_label(q.view, earlier):
        return None
    return arguments.represented(q.sentence, arguments.partitive(q.view, earlier)), "before"


def _placed_by_a_direction(q: SubjectQuery, m: Mention) -> bool:
    """محافظة الحديدة غربي اليمن: a country named after a word of direction only locates the place
    before it; it is no actor of a verb after it."""
    k = m.token_start - 1
    return m.type == TYPES.country and k >= 0 and not q.view.covering(k) \
        and any(stem in q.sentence.cues.directions for _, stem in proclitic_variants(q.view.tokens[k].norm))


def _a_heading_label(view: SentenceView, m: Mention) -> bool:
    """السودان: مصادر متضاربة حول السيطرة على بارا / بوركينا فاسو - هاجم مسلحون قاعدة: a name
    opening the sentence and closed by a colon, or by a dash (a dateline), labels what follows;
    it acts in nothing after it."""
    tokens = view.tokens
    return all(t.norm in QUOTES for t in tokens[:m.token_start]) and m.token_end < len(tokens) \
        and tokens[m.token_end].norm in (":", "：", "-", "–", "—", "ـ", "")      # (ـ normalises to "")


@needs("pronoun_complementisers")
def complementiser_pronoun(q: SubjectQuery) -> Decision | None:
    """وأشار إلى أنه اغتال القيادي فلانا / كما أكدت أنها ستواصل التقدم نحو المدينة: a complementiser
    with a pronoun right before the trigger (or before the verb that governs a verbal noun) is its
    subject: the actor the pronoun stands for (the speaker named before it, else the actor the
    discourse is about); not the titled person after the verb, who is its object."""
    view, t = q.view, q.t
    words = q.sentence.lexicon.lists["pronoun_complementisers"]
    before = skip_quotes(view, t - 1, -1)       # وأكدت أنها «كبدت الجيش خسائر»: past the opening quote
    for k in (before, before - 1):
        if k < 0 or view.covering(k) or view.is_break(k):
            return None
        if not view.token_stems(k).isdisjoint(words):
            speaker = _speaker_before(q, k)
            if speaker is not None:
                return speaker, "before"     # قال الجيش إنه قصف: the speaker named before it
            if _unnamed_speaker(q, k):
                return NO_SUBJECT    # قالت قوات الأمن إنها قتلت: the speaker is a body kg cannot name
            referent = q.sentence.state.topic or _latest_actor_of_an_event(q)
            return (referent, "pronoun") if referent is not None else None
        if q.trig.kind != "masdar":
            return None          # only a verbal noun stands after a verb of its own (ستواصل التقدم)
    return None


SPEAKER_REACH = 5        # words from a verb of saying to the complementiser it governs


def _unnamed_speaker(q: SubjectQuery, k: int) -> bool:
    """قالت قوات الأمن إنها / أعلنت السلطات المحلية أنها: a noun no mention covers right after a verb
    of saying, before the complementiser at k: the speaker is named, but as nothing kg knows (the
    pronoun is that speaker, not the discourse topic). وأضافت أنها, وأضافت في بيانها أنها and
    وأضاف البيان أنها name no other speaker."""
    view, lists = q.view, q.sentence.lexicon.lists
    r = arguments.reporting_verb_before(view, k, lists, SPEAKER_REACH)
    if r is None or r + 1 >= k or any(view.covering(j) for j in range(r + 1, k)):
        return False
    first = view.tokens[r + 1].norm
    return is_word(first) and first not in TIME_WORDS and first not in PREPOSITIONS \
        and first not in ANAPHORIC_SOURCES and view.token_stems(r + 1).isdisjoint(lists["statement_nouns"])


@needs("pronoun_complementisers")
def joined_to_a_pronoun_clause(q: SubjectQuery) -> Decision | None:
    """وأضافت أنها أسرت عشرات الجنود وسيطرت على المقر: a verb joined by و to a clause that a
    complementiser with a pronoun opened (within ten words, no break) shares that pronoun's subject."""
    if not q.joined_verb:
        return None
    view, t = q.view, q.t
    words = q.sentence.lexicon.lists["pronoun_complementisers"]
    for k in range(t - 2, max(-1, t - 11), -1):
        if view.is_break(k):
            return None
        if not view.covering(k) and not view.token_stems(k).isdisjoint(words):
            speaker = _speaker_before(q, k)
            if speaker is not None:
                return speaker, "before"
            referent = q.sentence.state.topic or _latest_actor_of_an_event(q)
            return (referent, "pronoun") if referent is not None else None
    return None


@only_for("verb")
def joined_plural_verb(q: SubjectQuery) -> Decision | None:
    """أن مقاتليها هاجموا مواقع التنظيم، وقتلوا القيادي فلان: a plural verb joined by و shares the
    subject of the plural verb before it in the sentence (no full stop between), never the actor
    named last (that verb's object); when that verb has no subject kg can name, neither has it."""
    if not (q.joined_verb and q.agrees_with_a_subject_before):
        return None
    view, tokens, sc = q.view, q.view.tokens, q.sentence
    for k in range(q.t - 2, max(-1, q.t - 30), -1):
        norm = tokens[k].norm
        if norm in (".", "؛", ";", ":") or norm in BARE_COMPLEMENTISERS:
            return None
        if view.covering(k) or not norm.endswith("وا"):
            continue
        verbs = [r for r in sc.lexicon.trigger_readings[norm] if r.kind == "verb"]
        if not verbs:
            return None        # a plural verb kg does not read (أحبطوا): its subject is not known here
        tc = q.trigger_context._replace(position=k, trigger=verbs[0], surface=tokens[k].text)
        decision = find_subject(SubjectQuery.of(tc, k + 1))
        return decision if decision[0] is not None else NO_SUBJECT
    return None


def _speaker_before(q: SubjectQuery, k: int) -> Mention | None:
    """قال الجيش الإسرائيلي إنه / قالت إسرائيل إنها: the nearest actor before token k that no
    preposition governs (the body a person speaks for), a country only when no other is named."""
    sc = q.sentence
    for allow_country in (False, True):
        for m in reversed([m for m in q.view.mentions if m.token_end <= k]):
            if m.type in ACTOR_TYPES and m.source != "adjective" and (allow_country or m.type != TYPES.country) \
                    and not arguments.governed(sc, m):
                return arguments.represented(sc, m)
    return None


def _latest_actor_of_an_event(q: SubjectQuery) -> Mention | None:
    """The subject of the article's latest claim read off a trigger (a verb or verbal noun), as
    the mention that named it: who the text last said acted."""
    state = q.sentence.state
    for c in reversed(state.claims):
        if c.provenance.rule.count(":") == 2:
            return next((m for m in reversed(list(state.history) + list(q.view.mentions))
                         if m.entity_id == c.subject), None)
    return None


def counted_subject_after(q: SubjectQuery) -> Decision | None:
    """وفر مئات المدنيين من المدينة / وقتل ثلاثة عناصر بغارة: a verb followed at once by a number
    or a word of quantity no mention covers, the verb's object taking a preposition (so the
    counted noun is its subject) or the verb a killing not marked feminine (قُتل, passive: the
    counted noun is who died; or a verbal noun of killing: مقتل ثلاثة): the actor the discourse is
    about did not do it."""
    if q.after >= len(q.view.tokens) or q.view.covering(q.after):
        return None
    killing = q.trig.relation == RELATIONS.killed and not (
        q.trig.kind == "verb" and arguments.feminine_verb(q.sentence.lexicon, q.view.tokens[q.t].norm))
    if not killing and (q.trig.kind != "verb" or not q.trig.prep):
        return None
    norm = q.view.tokens[q.after].norm
    counted = norm.isdigit() or norm in QUANTITY_NOUNS \
        or not q.view.token_stems(q.after).isdisjoint(q.sentence.lexicon.lists["number_words"])
    return NO_SUBJECT if counted else None


def discourse_topic(q: SubjectQuery) -> Decision | None:
    """وسيطرت على البلدة بعد ذلك: a clause-initial trigger that goes on with the actor the
    discourse is about."""
    if q.sentence.state.topic is None:
        return None
    t = _governing_verb(q) if q.trig.kind == "masdar" else q.t
    if arguments.clause_initial(q.sentence, t) and arguments.continues_discourse(
            q.view, t, q.sentence.lexicon.lists["aside_openers"]):
        return q.sentence.state.topic, "discourse"
    return None


def _governing_verb(q: SubjectQuery) -> int:
    """كما أعلنت السيطرة على / وتمكنت من دخول: the verb of announcing (announce_verbs) or of
    ability (ability_words, then من or في) right before a verbal noun, with no subject of its own
    between; else the verbal noun itself."""
    view, t, lists = q.view, q.t, q.sentence.lexicon.lists
    if t >= 1 and not view.covering(t - 1) and not view.token_stems(t - 1).isdisjoint(lists["announce_verbs"]):
        return t - 1
    if t >= 2 and view.tokens[t - 1].norm in ("من", "في") and not view.covering(t - 2) \
            and not view.token_stems(t - 2).isdisjoint(lists["ability_words"]):
        return t - 2
    return t


@needs("pair_references")
def pair_back_reference(q: SubjectQuery) -> Decision | None:
    """هاجمت الدعم السريع والحركة الشعبية الدلنج التي تحاصرها القوتان / وتحاصر القوتان المدينة: a
    dual noun that refers back to two actors (pair_references: القوتان، الطرفان، الحركتان) right
    after the verb, or right before it, is the latest group of actors acting together."""
    group = q.sentence.state.last_group
    if len(group) < 2 or q.trig.kind != "verb" or q.view.sentence.index - group[-1].sentence > 2:
        return None           # (a group named within the last three sentences)
    view, words = q.view, q.sentence.lexicon.lists["pair_references"]
    for k in (skip_quotes(view, q.after), q.t - 1):
        if 0 <= k < len(view.tokens) and not view.covering(k) and not view.token_stems(k).isdisjoint(words):
            return group[0], "group"
    return None


SubjectRule = Callable[[SubjectQuery], Optional[Decision]]

#: In priority order: the first rule that decides gives the subject.
SUBJECT_RULES: tuple[SubjectRule, ...] = (
    pair_back_reference,
    delegation_subject,
    back_referring_strike,
    unknown_noun_subject,
    unnamed_fighters_after,
    passive_agent,
    passive_auxiliary,
    passive_by_after_object,
    accused_actor,
    lam_agent,
    complementiser_pronoun,
    joined_to_a_pronoun_clause,
    joined_plural_verb,
    actor_before_actor_object,
    subject_of_a_past_auxiliary,
    titled_person_after,
    force_adjective_before_verb,
    nationality_of_force_noun_before,
    pronoun_suffix,
    owner_of_fighters,
    resumptive_agent,
    force_adjective_after_verb,
    genitive_agent_before_pronoun,
    coordinated_subjects_before,
    passive_with_a_weapon,
    actor_after,
    agent_from_after,
    suffixed_word_before,
    relative_clause_head,
    forces_before_verbal_noun,
    judged_by_a_stance,
    preceding_actor,
    counted_subject_after,
    discourse_topic,
)


# SUBJECT_RULES less those that decide nothing for a trigger of another kind (only_for), by kind
_RULES_BY_KIND = {kind: tuple(r for r in SUBJECT_RULES if kind in getattr(r, "kinds", (kind,)))
                  for kind in ("verb", "masdar")}


def find_subject(query: SubjectQuery, rules: tuple[SubjectRule, ...] = SUBJECT_RULES) -> Decision:
    """The decision of the first rule that decides, else no subject (of SUBJECT_RULES, only those
    made for the trigger's kind (only_for) whose words the sentence holds (constructions.needs) are
    asked: the others return None at once)."""
    if rules is SUBJECT_RULES:
        rules = _RULES_BY_KIND.get(query.trig.kind, rules)
        if rules is not SUBJECT_RULES:       # (and of those, the ones whose words (needs) the sentence holds)
            rules = rules_for(query.view, query.sentence.lexicon.lists, rules)
    for rule in rules:
        decision = rule(query)
        if decision is not None:
            return decision
    return NO_SUBJECT
