"""The subject of a trigger, as an ordered list of small rules (``SUBJECT_RULES``).

Each rule reads one construction and returns ``(mention, how)`` when it decides, else None to
let the next rule try; a rule may decide that there is no subject (``NO_SUBJECT``). The order is
the priority: a rule only runs when none before it decided. ``how`` names the rule's reading in
the claim's provenance (after, before, pronoun, relative, adjective, passive_agent, discourse).

A rule gets the finder (the RelationExtractor: lexicon, registry, the sentence's context and the
article's discourse topic) and a ``SubjectQuery``: the sentence, the trigger and what several
rules read about them. tests/relations/test_subjects.py runs each rule on hand-built tokens and
mentions.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Callable, Optional

from kg.language.lexicon import Trigger, stems
from kg.language.words import ACTOR_TYPES, FORCE_NOUNS, ORG_TYPES, PLACE_TYPES, QUOTES, RELATIVE
from kg.relations.constructions import force_with_nationality
from kg.relations.view import SentenceView, _prefix
from kg.types import Mention

Decision = tuple[Optional[Mention], str]
NO_SUBJECT: Decision = (None, "")


@dataclass
class SubjectQuery:
    """A trigger at token ``t`` of ``view``; ``after`` is the first token after the trigger (and
    its 'then' word). The properties are read by several rules, each computed once."""
    finder: object
    view: SentenceView
    t: int
    after: int
    trig: Trigger
    just_before: Mention | None      # the mention ending right before the trigger
    svo: bool                        # that mention is an actor no preposition governs
    forces_after: tuple | None       # a force noun with a nationality after a verb, or after a verbal noun
                                     # of a place relation (قصفت المدفعية الإسرائيلية)

    @classmethod
    def of(cls, finder, view: SentenceView, t: int, after: int, trig: Trigger) -> "SubjectQuery":
        just_before = finder._mention_ending_at(view, t)
        svo = just_before is not None and just_before.type in ACTOR_TYPES and not finder._governed(view, just_before)
        forces_after = force_with_nationality(finder.ctx, after) if trig.kind == "verb" or (
            trig.kind == "masdar" and trig.obj == "place") else None
        return cls(finder, view, t, after, trig, just_before, svo, forces_after)

    @functools.cached_property
    def pronoun_prep(self) -> int | None:
        """Index of the trigger's preposition when it carries a pronoun (عليها، منها)."""
        trig = self.trig
        return self.finder._prep_pronoun(self.view, self.after, trig.prep + trig.optional_prep)

    @property
    def after_object(self) -> int:
        """Where an actor after the trigger may start: past a preposition with a pronoun."""
        return self.after if self.pronoun_prep is None else self.pronoun_prep + 1


def unknown_noun_subject(f, q: SubjectQuery) -> Decision | None:
    """استهدفت المسيرات مواقع: a verb whose subject is a noun no mention covers has no subject kg
    can name (nor has one after an unknown or counted noun before it)."""
    if q.trig.kind == "verb" and ((f._unknown_noun(q.view, q.after) and not q.svo and q.forces_after is None)
                                  or f._unknown_noun(q.view, q.t - 1) or f._counted_noun_before(q.view, q.t)):
        return NO_SUBJECT
    return None


def passive_agent(f, q: SubjectQuery) -> Decision | None:
    """الحصار المفروض من الجيش على المدينة: the agent after a passive participle."""
    tokens = q.view.tokens
    if q.trig.kind == "masdar" and q.after < len(tokens) and tokens[q.after].norm in f.lex.lists["passive_participles"]:
        return f._passive_agent(q.view, q.after + 1), "passive_agent"
    return None


def accused_actor(f, q: SubjectQuery) -> Decision | None:
    """اتهمت الحكومة الإمارات بتسليح قوات الدعم السريع: the accused before a verbal noun with ب
    after an accusation verb is said to act."""
    accused = f._accused(q.view, q.t, q.trig)
    if accused is not None:
        return accused, "accused"
    return None


def lam_agent(f, q: SubjectQuery) -> Decision | None:
    """قصف مدفعي لقوات الدعم السريع على مدينة الأبيض: an actor with لـ after a verbal noun (and an
    adjective or two), then the noun's preposition, is its agent."""
    lam = f._lam_agent(q.view, q.after, q.trig) if q.trig.kind == "masdar" else None
    if lam is not None:
        return lam, "after"
    return None


def titled_person_after(f, q: SubjectQuery) -> Decision | None:
    """هاجم قائد اللواء سالم الورفلي المعسكر: the person a title after the verb names (not after
    a verbal noun whose genitive is its patient: اغتيال قائد الكتيبة فلان)."""
    title = f._titled_person_after(q.view, q.after)
    if title is not None and not (q.trig.kind == "masdar" and not q.trig.prep and q.trig.obj != "place"):
        return title, "after"
    return None


def force_adjective_before_verb(f, q: SubjectQuery) -> Decision | None:
    """قصف جوي إسرائيلي استهدف المدينة: a force noun with a nationality just before the verb."""
    if q.trig.kind == "verb":
        for k in (q.t - 3, q.t - 4):
            forces = force_with_nationality(f.ctx, k) if k >= 0 else None
            if forces is not None and forces[1] == q.t:
                return forces[0], "adjective"
    return None


def nationality_of_force_noun_before(f, q: SubjectQuery) -> Decision | None:
    """الغارات الإسرائيلية استهدفت / قوة إسرائيلية حاولت التقدم: the country of a nationality
    adjective on a force noun right before the trigger."""
    view, t, tokens = q.view, q.t, q.view.tokens
    for k in (t - 1, t - 2):
        if k < 1 or (k == t - 2 and (view.is_break(t - 1) or view.covering(t - 1))):
            continue
        adj = f._country_mention(view, k, bare=True)
        head = stems(tokens[k - 1].norm)
        if adj is not None and not view.covering(k - 1) and not view.covering(k) \
                and any(h in f.lex.lists["force_nouns"] for h in head):
            return adj, "adjective"
    return None


def pronoun_suffix(f, q: SubjectQuery) -> Decision | None:
    """سيطرتها على المدينة: the pronoun suffixed to the trigger (or to the noun after a verbal
    noun) stands for its referent."""
    tokens = q.view.tokens
    if q.trig.suffixed or (q.trig.kind == "masdar" and q.after < len(tokens) and f._suffixed_noun(tokens[q.after].norm)):
        return f._pronoun_referent(q.view, q.t), "pronoun"
    return None


def owner_of_fighters(f, q: SubjectQuery) -> Decision | None:
    """انسحاب مسلحين تابعين لحكومة الوحدة: the organisation the fighters after a verbal noun
    belong to."""
    view, tokens, after = q.view, q.view.tokens, q.after_object
    if q.trig.kind == "masdar" and after + 2 < len(tokens) and tokens[after + 1].norm in f.lex.lists["part_of"]:
        owner = view.mention_at(after + 2)
        if owner is not None and owner.type in ORG_TYPES and _prefix(view, owner).endswith("ل"):
            return owner, "after"
    return None


def resumptive_agent(f, q: SubjectQuery) -> Decision | None:
    """هجوم شنته فصائل المعارضة / الحرب التي تخوضها إسرائيل: the agent of a resumptive verb
    after a verbal noun."""
    view, tokens, after = q.view, q.view.tokens, q.after_object
    rel_k = after + 1 if after < len(tokens) and tokens[after].norm in RELATIVE else after
    if q.trig.kind == "masdar" and rel_k < len(tokens) and f._resumptive_verb(tokens[rel_k].norm):
        agent = view.mention_at(rel_k + 1)
        if agent is not None and agent.type in ACTOR_TYPES:
            return agent, "relative"
    return None


def force_adjective_after_verb(f, q: SubjectQuery) -> Decision | None:
    """قصفت المدفعية الإسرائيلية / استهدفت غارة إسرائيلية: a force noun with a nationality after
    the verb (when no preposition with a pronoun stands between)."""
    if q.forces_after is not None and q.pronoun_prep is None:
        return q.forces_after[0], "adjective"
    return None


def actor_after(f, q: SubjectQuery) -> Decision | None:
    """سيطرت هيئة تحرير الشام على المدينة / انسحاب القوات الحكومية: a following actor (VSO order,
    or the genitive agent of a verbal noun), through a force noun (مقاتلو الحركة) or fighters of
    it (هاجم مسلحون من جبهة X); not the patient of a verbal noun (اغتيال فلان), nor a place where
    the trigger wants a place."""
    view, tokens, after, trig = q.view, q.view.tokens, q.after_object, q.trig
    m = view.mention_at(after)
    if m is None and after + 1 < len(tokens) and not view.is_break(after):
        m2 = view.mention_at(after + 1)
        if m2 is not None and tokens[after].norm in FORCE_NOUNS:
            m = m2
        elif after + 2 < len(tokens) and tokens[after + 1].norm == "من" \
                and tokens[after].norm in f.lex.lists["fighter_nouns"]:
            m = view.mention_at(after + 2)      # هاجم مسلحون من جبهة X: fighters of X
        elif after + 2 < len(tokens) and (tokens[after].norm in f.lex.lists["force_nouns"] or tokens[after].norm in f.lex.lists["fighter_nouns"]) \
                and tokens[after + 1].norm in f.lex.lists["part_of"]:
            owner = view.mention_at(after + 2)  # استهدفت مسيرة تابعة للجيش: the force's owner
            m = owner if owner is not None and _prefix(view, owner).endswith("ل") else None
    patient = (trig.kind == "masdar" and not trig.prep and trig.obj != "place" and m is not None
               and m.type == "Person" and not f._lam_object_after(view, m))
    if m is not None and m.type in ACTOR_TYPES and not patient and not (
            trig.obj != "place" and m.type == "Country" and trig.kind == "masdar" and not f._lam_object_after(view, m)):
        if not (trig.obj == "place" and m.type in PLACE_TYPES and m.type != "Country"):
            if m.type != "Country" or f._has_later_object(view, m.token_end, trig):
                return m, "after"
    return None


def genitive_agent_before_pronoun(f, q: SubjectQuery) -> Decision | None:
    """بعد انسحاب الجيش منها: the genitive between a verbal noun and its preposition with a pronoun
    is the agent; a definite noun kg cannot name there is an unnamed agent, not an actor named
    earlier."""
    view, k, pp = q.view, q.after, q.pronoun_prep
    if q.trig.kind != "masdar" or pp is None or not k < pp:
        return None
    m = view.mention_at(k)
    if m is not None and m.type in ACTOR_TYPES and m.token_end == pp:
        return m, "after"
    if m is None and not view.covering(k) and view.tokens[k].norm.startswith("ال") and len(view.tokens[k].norm) > 3:
        return NO_SUBJECT
    return None


def suffixed_word_before(f, q: SubjectQuery) -> Decision | None:
    """قواتها سيطرت على البلدة: a pronoun suffixed to the word before the trigger."""
    if f._suffixed_before(q.view, q.t):
        return f._pronoun_referent(q.view, q.t), "pronoun"
    return None


def relative_clause_head(f, q: SubjectQuery) -> Decision | None:
    """الفصائل التي سيطرت على المدينة: the head of the relative clause the trigger opens (no
    subject when the head is no actor)."""
    if q.t > 0 and q.view.tokens[q.t - 1].norm in RELATIVE:
        head = f._mention_ending_at(q.view, q.t - 1)
        return (head, "relative") if head is not None and head.type in ACTOR_TYPES else NO_SUBJECT
    return None


def forces_before_verbal_noun(f, q: SubjectQuery) -> Decision | None:
    """تولت مسيرة أميركية مساء الأربعاء اغتيال القائد: a force noun with a nationality a few
    words before a verbal noun."""
    if q.trig.kind == "masdar":
        forces = f._forces_before(q.view, q.t)
        if forces is not None:
            return forces, "adjective"
    return None


def preceding_actor(f, q: SubjectQuery) -> Decision | None:
    """هيئة تحرير الشام سيطرت على المدينة: the nearest actor before the trigger (SVO), through
    a partitive (بعض عناصر الحركة) to the body it represents."""
    prev = f._preceding_actor(q.view, q.t, allow_fi=q.trig.kind == "masdar")
    speaks = q.trig.kind == "verb" and q.view.tokens[q.t].norm.endswith("نا")    # الجيش: سيطرنا على
    if prev is not None and (speaks or not _a_heading_label(q.view, prev)):
        return f._represented(q.view, f._partitive(q.view, prev)), "before"
    return None


def _a_heading_label(view: SentenceView, m: Mention) -> bool:
    """السودان: مصادر متضاربة حول السيطرة على بارا: a name opening the sentence and closed by a
    colon labels what follows; it acts in nothing after it."""
    tokens = view.tokens
    return all(t.norm in QUOTES for t in tokens[:m.token_start]) and m.token_end < len(tokens) \
        and tokens[m.token_end].norm in (":", "：")


def discourse_topic(f, q: SubjectQuery) -> Decision | None:
    """وسيطرت على البلدة بعد ذلك: a clause-initial trigger that goes on with the actor the
    discourse is about."""
    if f.topic is not None and f._clause_initial(q.view, q.t) and f._continues_discourse(q.view, q.t):
        return f.topic, "discourse"
    return None


SubjectRule = Callable[[object, SubjectQuery], Optional[Decision]]

#: In priority order: the first rule that decides gives the subject.
SUBJECT_RULES: tuple[SubjectRule, ...] = (
    unknown_noun_subject,
    passive_agent,
    accused_actor,
    lam_agent,
    titled_person_after,
    force_adjective_before_verb,
    nationality_of_force_noun_before,
    pronoun_suffix,
    owner_of_fighters,
    resumptive_agent,
    force_adjective_after_verb,
    genitive_agent_before_pronoun,
    actor_after,
    suffixed_word_before,
    relative_clause_head,
    forces_before_verbal_noun,
    preceding_actor,
    discourse_topic,
)


def find_subject(finder, query: SubjectQuery, rules: tuple[SubjectRule, ...] = SUBJECT_RULES) -> Decision:
    """The decision of the first rule that decides, else no subject."""
    for rule in rules:
        decision = rule(finder, query)
        if decision is not None:
            return decision
    return NO_SUBJECT
