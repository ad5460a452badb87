"""Standing facts read off the shape of a phrase: PART_OF (التابعة لـ), LEADS (بقيادة،
التي تقودها، زعيم X), MEMBER_OF (المتحدث باسم), SUPPORTS (المدعومة من), BASED_IN and LOCATED_IN.

Plain functions over a ``SentenceContext`` (kg.relations.context): ``structural_rules`` runs
them all on a sentence (before its triggers are read); ``pronoun_part_of`` runs after them, as
it reads the group of actors the sentence's triggers left in the article's state.
"""
from __future__ import annotations

from typing import Callable, NamedTuple

from kg.arabic import normalise, proclitic_variants
from kg.relations.arguments import pronoun_referent
from kg.relations.constructions import antecedent_of_relative, conjuncts_before, deputy_before, needs, rules_for, skip_quotes, title_of_the_one_met
from kg.relations.context import SentenceContext, add_claim, adjective_mention, country_mention
from kg.language.lexicon import stems
from kg.relations.view import _prefix
from kg.language.words import (ACTOR_TYPES, CLAUSE_BREAKS, CLAUSE_COMPLEMENTISERS, FEMININE_ENDINGS, FEMININE_RELATIVE, MASCULINE_RELATIVE,
                              ORG_TYPES, PLACE_RANK, PLACE_TYPES, QUOTES, RELATIVE, SUBJECT_PRONOUNS, SUFFIXES,
                              TIME_SPAN_OPENERS, TIME_SPAN_WORDS, TIME_WORDS)
from kg.language.names import GROUPS, RELATIONS, TYPES
from kg.memo import Memo
from kg.types import Mention


def structural_rules(sc: SentenceContext) -> None:
    """Every structural rule on one sentence: ``PAIR_RULES`` on each pair of neighbouring mentions
    and the adjective rules on each mention, then ``SENTENCE_STRUCTURE_RULES`` (titles, names
    inside names, bases)."""
    view = sc.view
    mentions = view.mentions
    tokens = view.tokens
    for i, m in enumerate(mentions):
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        gap = tokens[m.token_end:nxt.token_start] if nxt else ()
        gap_norms = [t.norm for t in gap if t.norm not in QUOTES]
        if nxt is not None:
            nxt = named_after_adjective(sc, mentions, i + 1, gap_norms)
            pair_rules(sc, m, nxt, gap_norms)
        adjective_rules(sc, m)
    for rule in rules_for(view, sc.lexicon.lists, SENTENCE_STRUCTURE_RULES):    # (those the words let run)
        rule(sc)


def bases_in_place(sc: SentenceContext):
    """قواعدها العسكرية في سوريا -> the owner BASED_IN Syria."""
    view = sc.view
    tokens = view.tokens
    forms = sc.lexicon.base_forms
    if view.stem_set().isdisjoint(forms):
        return
    for t, tok in enumerate(tokens):
        if not any(s in forms for s in stems(tok.norm)):
            continue
        place = None
        for k in range(t + 1, min(t + 5, len(tokens))):
            if view.is_break(k):
                break
            m = view.mention_at(k)
            if m is not None and m.type in PLACE_TYPES and (tokens[k - 1].norm in ("في", "داخل")
                                                            or _prefix(view, m).endswith("ب")):
                place = m
                break
        owner = pronoun_referent(sc, t, allow_country=True) if place is not None else None
        if owner is not None and owner.type in ACTOR_TYPES:
            add_claim(sc, owner, RELATIONS.based_in, place, "based_in:bases", 0.7, tok.text)


@needs("part_of")
def pronoun_part_of(sc: SentenceContext):
    """وقال إنها فصائل تابعة للحشد الشعبي: the actors 'ها' stands for are part of the owner (not
    when the clause is an aside on an unnamed noun: طائرة مسيرة، يعتقد أنها تابعة لـX)."""
    view = sc.view
    lists = sc.lexicon.lists
    tokens = view.tokens
    part_of = lists["part_of"]
    if view.sentence.norm_set.isdisjoint(part_of):
        return                     # (most sentences: no word of belonging)
    for k in [k for k, norm in enumerate(view.sentence.norms) if norm in part_of]:
        if k and view.covering(k - 1):
            continue
        owner = view.mention_at(k + 1)
        if owner is None or not _prefix(view, owner).endswith("ل") or owner.type not in ORG_TYPES:
            continue
        back = [t.norm for t in tokens[max(0, k - 3):k]]
        if not any(b in SUBJECT_PRONOUNS for b in back):
            continue
        after_pronoun = back[max(i for i, b in enumerate(back) if b in SUBJECT_PRONOUNS) + 1:]
        if any(sc.lexicon.trigger_readings[b] for b in after_pronoun):
            continue           # إنها دمرت مسيرات تابعة للحوثيين: the pronoun is a verb's subject
        if _aside_of_an_unnamed_noun(view, max(0, k - 3), k):
            continue           # طائرة مسيرة، يعتقد أنها تابعة للدعم السريع: the pronoun is the drone
        group = sc.state.last_group or ([sc.state.topic] if sc.state.topic is not None else [])
        for member in group:
            if member.type in ORG_TYPES:
                add_claim(sc, member, RELATIONS.part_of, owner, "part_of:pronoun", 0.7, position=k)


def _aside_of_an_unnamed_noun(view: SentenceView, start: int, end: int) -> bool:
    """A comma between tokens start and end right after a word no mention covers (طائرة مسيرة،
    يعتقد أنها ...): the clause is an aside on that noun, not on the actors named before."""
    return any(view.tokens[i].norm in ("،", ",") and i > 0 and view.covering(i - 1) is None
               and not view.is_break(i - 1) for i in range(start, end))


@needs("based_verbs")
def takes_as_base(sc: SentenceContext):
    """وتتخذ جماعة الحوثي من صنعاء مقرا لها / الحوثيون يتخذون من صنعاء مقرا لهم / القوة، التي
    تتخذ من الناقورة مقرا لقيادتها / تتخذ قيادته من جبال قنديل على الحدود مقرا -> BASED_IN."""
    view = sc.view
    lists = sc.lexicon.lists
    tokens = view.tokens
    if view.stem_set().isdisjoint(lists["based_verbs"]):
        return
    for k, tok in enumerate(tokens):
        if not any(st in lists["based_verbs"] for st in stems(tok.norm)):
            continue
        taker = _base_taker(sc, k)
        if taker is None:
            continue
        actor, j = taker
        if j + 2 < len(tokens) and tokens[j].norm == "من":
            place = view.mention_at(j + 1)
            if place is None and j + 3 < len(tokens) and not view.covering(j + 1) and not view.is_break(j + 1):
                place = view.mention_at(j + 2)          # من منطقة جلب / من جزر بحيرة تشاد: the place after a head noun
                if place is not None and place.source == "adjective" and place.token_end + 1 < len(tokens):
                    place = view.mention_at(place.token_end)   # من العاصمة التشادية نجامينا: past the head's nationality
            if place is not None and place.type in PLACE_TYPES and _base_noun_ahead(sc, place.token_end):
                add_claim(sc, actor, RELATIONS.based_in, place, "based_in:takes_as_base", 0.8, tok.text)


@needs(words=lambda lists: _WITH_A_PRONOUN[lists["based_verbs"]])
def taken_in_a_relative(sc: SentenceContext):
    """معسكر التكبالي الذي يتخذه اللواء 444 مقرا له / مدينة جلب التي تتخذها الحركة معقلا: a verb of
    taking as a seat (based_verbs) with the pronoun of its object, opening a relative clause on a
    place, its subject named right after it and a noun of seat ahead: the subject BASED_IN the place."""
    view, tokens = sc.view, sc.view.tokens
    taken = _WITH_A_PRONOUN[sc.lexicon.lists["based_verbs"]]
    if view.stem_set().isdisjoint(taken):
        return
    for k in range(1, len(tokens) - 1):
        if tokens[k].norm not in taken or tokens[k - 1].norm not in RELATIVE or view.covering(k):
            continue
        place = _antecedent_of_relative_verb(view, k)
        actor = view.mention_at(k + 1)
        if place is None or place.type not in PLACE_TYPES or actor is None or actor.type not in ACTOR_TYPES \
                or actor.type == TYPES.person or not _base_noun_ahead(sc, actor.token_end):
            continue
        add_claim(sc, actor, RELATIONS.based_in, place, "based_in:taken_in_relative", 0.75, tokens[k].text)


def _base_taker(sc: SentenceContext, k: int) -> tuple[Mention, int] | None:
    """The actor who takes a place as its seat with the verb (or verbal noun) at token k, and the
    token of the من before the place: the subject named before the verb, the antecedent of a
    relative pronoun before it, the subject named after it (past its own words: الحكومة المعترف
    بها دوليا من ...), else what the pronoun of the subject stands for (قيادته); None when the
    words are not so."""
    view, tokens = sc.view, sc.view.tokens
    n = len(tokens)
    if k + 1 < n and tokens[k + 1].norm == "من":
        before = view.covering(k - 1) if k else None
        if before is not None and before.token_end == k and before.type in ACTOR_TYPES:
            return before, k + 1        # الحوثيون يتخذون من صنعاء مقرا: the subject before the verb
        antecedent = _antecedent_of_relative_verb(view, k)
        if antecedent is not None:
            antecedent = _purpose_head(view, antecedent)
        if antecedent is not None and antecedent.type in ACTOR_TYPES:
            return antecedent, k + 1    # اليونيفيل، التي تتخذ من الناقورة مقرا: the relative's antecedent
        if any(st in sc.lexicon.lists["based_verbs"] and st.endswith(SUFFIXES) for st in stems(tokens[k].norm)):
            return _organisation(pronoun_referent(sc, k), k + 1)   # باتخاذها من X مقرا: the verbal noun's pronoun
        return None
    actor = next((m for m in view.mentions if m.token_start > k), None)
    if actor is not None and actor.token_start <= k + 2 and actor.type in ACTOR_TYPES:
        for j in range(actor.token_end, min(actor.token_end + 5, n)):
            if tokens[j].norm == "من":
                return actor, j         # تتخذ الحكومة (المعترف بها دوليا) من عدن مقرا
            if view.is_break(j) or view.covering(j):
                return None
        return None
    if k + 2 < n and tokens[k + 2].norm == "من" and not view.covering(k + 1) and not view.is_break(k + 1):
        return _unnamed_taker(sc, k, k + 2)   # وتتخذ قيادته من ...
    return None


def _unnamed_taker(sc: SentenceContext, k: int, j: int) -> tuple[Mention, int] | None:
    """وتتخذ قيادته من: the organisation the pronoun of a noun (the verb's subject, token k + 1)
    stands for (pronoun_referent), with the من at token j; None for a noun with no pronoun (an
    anaphor kg has not resolved: ويتخذ التنظيم من) or no organisation."""
    word = sc.view.tokens[k + 1].norm
    if j != k + 2 or word.startswith("ال") or not word.endswith(SUFFIXES) or sc.view.covering(k + 1):
        return None
    return _organisation(pronoun_referent(sc, k + 1), j)


def _organisation(actor: Mention | None, j: int) -> tuple[Mention, int] | None:
    return (actor, j) if actor is not None and actor.type in ORG_TYPES else None


def _purpose_head(view: SentenceView, m: Mention) -> Mention:
    """التحالف الدولي لمحاربة تنظيم داعش، الذي: a relative after the object of a verbal noun of
    purpose (one or two words, the first with لـ) refers to the actor the purpose is of, named
    right before it; else to the mention it follows."""
    before = next((x for x in reversed(view.mentions) if x.token_end <= m.token_start), None)
    if before is None or before.type not in ACTOR_TYPES:
        return m
    gap = view.tokens[before.token_end:m.token_start]
    words = [t.norm for t in gap if t.norm not in QUOTES]
    if 1 <= len(words) <= 2 and words[0].startswith("ل") and len(words[0]) > 3 \
            and not any(view.is_break(i) for i in range(before.token_end, m.token_start)):
        return before
    return m


def _base_noun_ahead(sc: SentenceContext, e: int) -> bool:
    """A noun of seat or stronghold (based_nouns: مقرا، معقلا، قاعدة) within a few words from
    token e on, in the same sentence: past where the place lies (في إقليم X، شمال أربيل، على
    الحدود مع إيران) or an aside about it between commas (، التي تتقاسمها أربع دول،)."""
    tokens, lists = sc.view.tokens, sc.lexicon.lists
    for i in range(e, min(e + 12, len(tokens))):
        norm = tokens[i].norm
        if norm in lists["based_nouns"]:
            return True
        if i > e and norm == "من" and not sc.view.covering(i):
            return False            # من ... مقرا: a second place the verb takes, not this one
    return False


@needs("part_nouns")
def part_in_a_relative(sc: SentenceContext):
    """الفصيل، والذي بات جزءا من الفرقة 62 / الكتيبة، التي أصبحت جزءا لا يتجزأ من الحرس -> PART_OF:
    a relative pronoun after a body (past a comma), a verb of becoming or being (becoming_verbs)
    then a part noun (part_nouns), a few words at most, من and the whole: the relative's
    antecedent is part of it."""
    view, tokens, lists = sc.view, sc.view.tokens, sc.lexicon.lists
    if view.stem_set().isdisjoint(lists["part_nouns"]):
        return
    for k, tok in enumerate(tokens):
        if view.covering(k) or tok.norm not in lists["part_nouns"] or k < 3:
            continue
        r = k - 1
        if view.token_stems(r).isdisjoint(lists["becoming_verbs"]):
            continue
        r -= 1
        if not any(st in RELATIVE for st in stems(tokens[r].norm)) or view.covering(r):
            continue
        j = r - 1
        if tokens[j].norm in ("،", ","):
            j -= 1
        j = skip_quotes(view, j, -1)
        part = view.covering(j)
        if part is None or part.token_end != j + 1 or part.type not in ORG_TYPES:
            continue
        whole = None
        for i in range(k + 1, min(k + 5, len(tokens) - 1)):
            if view.is_break(i):
                break
            if tokens[i].norm == "من" and not view.covering(i):
                whole = view.mention_at(skip_quotes(view, i + 1))
                break
        if whole is not None and whole.type in ORG_TYPES and whole.entity_id != part.entity_id:
            add_claim(sc, part, RELATIONS.part_of, whole, "part_of:relative_part", 0.8, tok.text)


@needs("follow_verbs")
def follows_a_body(sc: SentenceContext):
    """ويتبع اللواء الثامن لرئاسة الأركان / الكتيبة تتبع مباشرة لقيادة الفيلق / الفصيل، الذي
    يتبع للحرس الثوري -> PART_OF: a verb of belonging to (follow_verbs, every person and tense),
    its subject (an organisation named after it, right before it, or the antecedent of a relative
    before it) and, past an aside between commas or an adverb, the body with لـ."""
    view, tokens, lists = sc.view, sc.view.tokens, sc.lexicon.lists
    verbs = lists["follow_verbs"]
    if view.stem_set().isdisjoint(verbs):
        return
    for k, tok in enumerate(tokens):
        if view.covering(k) or not any(st in verbs for st in stems(tok.norm)):
            continue
        part = _follower(view, k)
        if part is None or part.type not in ORG_TYPES or part.type == TYPES.government:
            continue
        whole = _followed(sc, max(k + 1, part.token_end) if part.token_start > k else k + 1)
        if whole is not None and whole.entity_id != part.entity_id:
            add_claim(sc, part, RELATIONS.part_of, whole, "part_of:follows", 0.8, tok.text)


def _follower(view: SentenceView, k: int) -> Mention | None:
    """The subject of the verb at token k: the mention right after it (quotes skipped), right
    before it, or the antecedent of a relative pronoun before it; else None."""
    after = view.mention_at(skip_quotes(view, k + 1)) if k + 1 < len(view.tokens) else None
    if after is not None and not _prefix(view, after):
        return after
    before = view.covering(skip_quotes(view, k - 1, -1)) if k else None
    if before is not None and before.token_end >= k - 1 and not _prefix(view, before).endswith(("ل", "ب")):
        return before
    return _antecedent_of_relative_verb(view, k) if k else None


def _followed(sc: SentenceContext, j: int) -> Mention | None:
    """The organisation with لـ a verb of belonging points to, from token j on: past an adverb
    (إداريا، مباشرة) or an aside between commas, in a few words; else None."""
    view, tokens, lists = sc.view, sc.view.tokens, sc.lexicon.lists
    aside = False
    for i in range(j, min(j + 10, len(tokens))):
        i = skip_quotes(view, i)
        if i >= len(tokens):
            return None
        m = view.mention_at(i)
        if m is not None and _prefix(view, m).endswith("ل") and not _prefix(view, m).startswith("و"):
            return m if m.type in ORG_TYPES else None
        norm = tokens[i].norm
        if norm in ("،", ","):
            aside = not aside
            continue
        if not aside and norm not in lists["administrative_adverbs"] and norm not in lists["follow_adverbs"]:
            return None
    return None


def _antecedent_of_relative_verb(view: SentenceView, k: int) -> Mention | None:
    """فلان الذي / الحركة، التي + the verb at token k: the mention the relative pronoun refers to
    (right before it, or before a comma; the head of A لـB when it agrees), else None."""
    m = antecedent_of_relative(view, k - 1)
    return None if m is None else _head_of_genitive(view, m, view.tokens[k - 1].norm) or m


def _feminine(view: SentenceView, m: Mention) -> bool:
    """البحرية الأمريكية، قوات التحالف: a mention whose first word ends as a feminine noun (or an
    ات plural), which a feminine relative pronoun (التي) agrees with."""
    return view.tokens[m.token_start].norm.endswith(FEMININE_ENDINGS)


def _head_of_genitive(view: SentenceView, m: Mention, relative: str) -> Mention | None:
    """الأسطول الخامس للبحرية الأمريكية، الذي يتخذ من البحرين مقرا: a relative pronoun after a name
    joined by ل to the name before it (A لـB) refers to A when it agrees in gender with A and not
    with B; else None."""
    if m.token_start < 1 or not _prefix(view, m).endswith("ل"):
        return None
    head = view.covering(m.token_start - 1)
    if head is None or head.token_end != m.token_start or head.type not in ACTOR_TYPES:
        return None
    wanted = True if relative in FEMININE_RELATIVE else False if relative in MASCULINE_RELATIVE else None
    if wanted is None or _feminine(view, head) != wanted or _feminine(view, m) == wanted:
        return None
    return head


def nested_name_rules(sc: SentenceContext):
    """What a name inside a name implies: نظام بشار الأسد -> LEADS; الفصائل الموالية لتركيا ->
    SUPPORTS; ضاحية بيروت الجنوبية -> LOCATED_IN (a known quarter only)."""
    view = sc.view
    lists = sc.lexicon.lists
    for inner in view.nested:
        outer = next((m for m in view.mentions if m.token_start <= inner.token_start
                      and inner.token_end <= m.token_end), None)
        if outer is None or outer.entity_id == inner.entity_id:
            continue
        words = [t.norm for t in view.tokens[outer.token_start:inner.token_start]]
        head = stems(words[0])[-1] if words else ""
        if inner.type == TYPES.person and outer.type in ORG_TYPES and head in lists["led_heads"]:
            add_claim(sc, inner, RELATIONS.leads, outer, "leads:nested_name", 0.8)
        elif any(w in lists["wing_heads"] for w in words) and outer.type in ORG_TYPES and inner.type in ORG_TYPES:
            add_claim(sc, outer, RELATIONS.part_of, inner, "part_of:nested_wing", 0.85)   # الجناح العسكري لحركة حماس
        elif any(w in lists["part_of"] or w in lists["branch_words"] for w in words) \
                and outer.type in ORG_TYPES and inner.type in ORG_TYPES:
            # (a service branch named with its force: القوات البرية للحرس الثوري)
            add_claim(sc, outer, RELATIONS.part_of, inner, "part_of:nested_name", 0.85)   # فيلق القدس التابع للحرس الثوري
        elif ministry_named_with_its_government(sc, outer, inner, words):
            add_claim(sc, outer, RELATIONS.part_of, inner, "part_of:ministry_in_government", 0.75)
        elif media_office_of(sc, outer, inner, words):
            add_claim(sc, outer, RELATIONS.part_of, inner, "part_of:media_office", 0.8)   # المركز الإعلامي لقسد
        elif any(w in lists["loyal_to"] or w in lists["supported_by"] for w in words) and inner.type in ACTOR_TYPES:
            add_claim(sc, inner, RELATIONS.supports, outer, "supports:nested_name", 0.8)
        elif quarter_named_by_its_town(sc, outer, inner, words):
            # (a facility named after its town, سجن حمص المركزي، مطار مصراتة، or a side of a country,
            # شرق الكونغو, says no more than its name: no LOCATED_IN of its own)
            add_claim(sc, outer, RELATIONS.located_in, inner, "located_in:nested_quarter", 0.7)


def ministry_named_with_its_government(sc: SentenceContext, outer: Mention, inner: Mention, words: list[str]) -> bool:
    """وزارة الداخلية بحكومة الوحدة الوطنية / وزارة الدفاع في حكومة صنعاء (one name): a ministry
    whose name goes on with بـ or في and a government -> the ministry PART_OF it."""
    if outer.type != TYPES.government or inner.type != TYPES.government or not words:
        return False
    if not any(st in sc.lexicon.lists["ministry_words"] for _, st in proclitic_variants(words[0])):
        return False
    prefix = _prefix(sc.view, inner)
    return words[-1] == "في" or (prefix.endswith("ب") and not prefix.startswith("و"))


def media_office_of(sc: SentenceContext, outer: Mention, inner: Mention, words: list[str]) -> bool:
    """المركز الإعلامي لقوات سوريا الديمقراطية / المكتب الإعلامي لحركة حماس: an outlet named by a
    media office's head (media_office_heads, the cue data's) and the body after لـ: a part of it."""
    if outer.type != TYPES.outlet or inner.type not in ORG_TYPES or not words:
        return False
    return any(tuple(words[:len(head)]) == head and len(words) == len(head) for head in sc.cues.media_offices)


def quarter_named_by_its_town(sc: SentenceContext, outer: Mention, inner: Mention, words: list[str]) -> bool:
    """ضاحية بيروت الجنوبية / الضاحية الجنوبية لبيروت: a known quarter, a region whose name a town's cue starts (ضاحية;
    not محافظة حمص، ريف دمشق, named after their town, nor خليج عدن), holds the town it is part of."""
    if outer.type != TYPES.region or inner.type != TYPES.city or not words \
            or outer.entity_id not in sc.registry.entities:
        return False
    return any(sc.cues.place.get(st) == TYPES.city or (st.startswith("ال") and sc.cues.place.get(st[2:]) == TYPES.city)
               for st in stems(words[0]))   # (الضاحية الجنوبية لبيروت: the cue with its article, the town after لـ)


class Pair(NamedTuple):
    """Two neighbouring mentions of a sentence, the words between them (quotes left out) and the
    proclitics on the second (لـ، بـ، و ...)."""
    a: Mention
    b: Mention
    gap: list[str]
    b_prefix: str


def for_types(test: Callable[[str, str], bool]):
    """Declares the mention types a pair rule can fit: ``test(a.type, b.type)`` false means the rule
    returns False for the pair whatever its words (and changes nothing). ``pair_rules`` asks a rule
    only on the pairs of the types it declares; a rule that declares none is asked on every pair."""
    def mark(rule):
        rule.for_types = test
        return rule
    return mark


def affiliated(sc: SentenceContext, p: Pair) -> bool:
    """فيلق القدس التابع للحرس الثوري -> PART_OF; قرية X التابعة لقضاء Y، بلدة X، التابعة لمحافظة Y،
    بلدة X التابعة لمنطقة Y، بلدة X التابعة إداريا لمحافظة Y -> LOCATED_IN."""
    a, b, gap = p.a, p.b, p.gap
    if a.type in PLACE_TYPES and b.type in PLACE_TYPES and a.type != TYPES.country:
        lists = sc.lexicon.lists
        if len(gap) >= 2 and gap[0] in lists["part_of"] and gap[1] in lists["administrative_adverbs"]:
            gap = [gap[0]] + gap[2:]            # التابعة إداريا لمحافظة دير الزور
        words, prefix = [g for g in gap if g not in CLAUSE_BREAKS], p.b_prefix
        if len(words) == 2 and not prefix and words[1][:1] == "ل" and words[1][1:] in lists["place_heads"]:
            words, prefix = words[:1], "ل"      # التابعة لمنطقة محردة: the place head kg left out of the name
        if len(words) == 1 and words[0] in lists["part_of"] and prefix.endswith("ل") and len(gap) <= 2:
            located(sc, a, b, "located_in:affiliated", 0.75)
            return True
    if len(gap) == 2 and gap[0] in sc.lexicon.lists["part_of"] and not p.b_prefix and gap[1][:1] == "ل" \
            and a.type in ORG_TYPES and b.type in ORG_TYPES and _org_head(sc, gap[1][1:]):
        # قوات النخبة التابعة للمجلس الانتقالي: the name's head noun kg left out of the mention
        add_claim(sc, a, RELATIONS.part_of, b, "part_of:affiliated", 0.85, sc.view.tokens[a.token_end].text)
        return True
    if not (len(gap) <= 2 and gap and gap[-1] in sc.lexicon.lists["part_of"] and p.b_prefix.endswith("ل")):
        return False
    if len(gap) == 2 and gap[0].startswith("و") and gap[0] not in CLAUSE_BREAKS and len(gap[0]) > 2:
        return True       # غرفة العمليات والمصادر التابعة لهيئة تحرير الشام: the noun joined by و is the one
    if a.type in ORG_TYPES and b.type in ORG_TYPES:
        add_claim(sc, a, RELATIONS.part_of, b, "part_of:affiliated", 0.9, sc.view.tokens[a.token_end].text)
    elif a.type in PLACE_TYPES and b.type in PLACE_TYPES and a.type != TYPES.country and len(gap) == 1:
        located(sc, a, b, "located_in:affiliated", 0.75)
    return True


def _org_head(sc: SentenceContext, word: str) -> bool:
    """مجلس، حركة (after لـ) or لمجلس (of للمجلس, the ل of ال left): a head noun of
    organisation names (name_heads)."""
    heads = sc.lexicon.lists["name_heads"]
    return word in heads or (word.startswith("ل") and word[1:] in heads)


@for_types(lambda a, b: b in ORG_TYPES)
def belonging(sc: SentenceContext, p: Pair) -> bool:
    """فلان، المنتمي إلى حركة حماس -> MEMBER_OF; الكتيبة المنضمة إلى الفيلق -> PART_OF: a
    participle of belonging or joining (belonging_participles) then إلى or لـ and the body."""
    a, b, lists = p.a, p.b, sc.lexicon.lists
    words = [g for g in p.gap if g not in CLAUSE_BREAKS]
    if not (words and words[0] in lists["belonging_participles"] and b.type in ORG_TYPES
            and (words[1:] == ["الي"] or (len(words) == 1 and p.b_prefix.endswith("ل")))):
        return False
    if a.type == TYPES.person:
        add_claim(sc, a, RELATIONS.member_of, b, "member_of:belonging", 0.8, sc.view.tokens[a.token_end].text)
    elif a.type in ORG_TYPES and a.type != TYPES.government:
        add_claim(sc, a, RELATIONS.part_of, b, "part_of:belonging", 0.8, sc.view.tokens[a.token_end].text)
    return True


@for_types(lambda a, b: a in ORG_TYPES and b in ORG_TYPES)
def enlisted(sc: SentenceContext, p: Pair) -> bool:
    """الكتيبة المنضوية في الفيلق / المنضوية تحت لواء الجيش -> PART_OF."""
    a, b, gap, lists = p.a, p.b, p.gap, sc.lexicon.lists
    if a.type in ORG_TYPES and b.type in ORG_TYPES and 2 <= len(gap) <= 3 and gap[0] in lists["enlisted_words"] \
            and gap[1] in lists["enlisted_preps"]:
        add_claim(sc, a, RELATIONS.part_of, b, "part_of:enlisted", 0.8, sc.view.tokens[a.token_end].text)
        return True
    return False


@for_types(lambda a, b: a in ORG_TYPES and b in ORG_TYPES)
def part_of_a_whole(sc: SentenceContext, p: Pair) -> bool:
    """ويعد جيش أراكان جزءا من تحالف الإخوة الثلاثة -> PART_OF (a part noun and من between two
    organisations)."""
    a, b, lists = p.a, p.b, sc.lexicon.lists
    words = [g for g in p.gap if g not in CLAUSE_BREAKS and g not in QUOTES]
    if a.type in ORG_TYPES and b.type in ORG_TYPES and (
            (len(words) == 2 and words[0] in lists["part_nouns"] and words[1] == "من")
            or (len(words) == 1 and words[0] in lists["part_nouns"] and p.b_prefix.endswith("من"))):
        add_claim(sc, a, RELATIONS.part_of, b, "part_of:part_noun", 0.8)
        return True
    return False


@for_types(lambda a, b: (a in ORG_TYPES or a == TYPES.outlet) and b in ORG_TYPES)
def wing_of(sc: SentenceContext, p: Pair) -> bool:
    """كتائب القسام، الجناح العسكري لحركة حماس / سرايا القدس هي الذراع العسكرية للحركة / حركة
    الشباب، فرع تنظيم القاعدة (the wing noun in construct, after a comma) -> PART_OF."""
    a, b, lists = p.a, p.b, sc.lexicon.lists
    words = [g for g in p.gap if g not in CLAUSE_BREAKS and g not in lists["copula_words"]]
    if words and set(words) <= lists["wing_words"] and any(w in lists["wing_heads"] for w in words) \
            and p.b_prefix.endswith("ل") and a.type in ORG_TYPES | {TYPES.outlet} and b.type in ORG_TYPES:
        # (وكالة أعماق، الذراع الإعلامية لتنظيم الدولة: an outlet is a body's wing too)
        add_claim(sc, a, RELATIONS.part_of, b, "part_of:wing", 0.85)
        return True
    if words and words[-1] in lists["wing_heads"] and not words[-1].startswith("ال") and not p.b_prefix \
            and set(words) <= lists["wing_words"] and p.gap and p.gap[0] in CLAUSE_BREAKS \
            and a.type in ORG_TYPES and b.type in ORG_TYPES:
        add_claim(sc, a, RELATIONS.part_of, b, "part_of:wing", 0.85)   # حركة الشباب، فرع تنظيم القاعدة
        return True
    if words in ([], ["ل"]) and (words or p.b_prefix.endswith("ل")) and a.type in ORG_TYPES \
            and b.type in ORG_TYPES and not lists["wing_heads"].isdisjoint(sc.view.token_stems(a.token_start)):
        add_claim(sc, a, RELATIONS.part_of, b, "part_of:wing", 0.85)   # الجناح العسكري لـ"هيئة تحرير الشام"
        return True
    return False


@for_types(lambda a, b: a == TYPES.government and b == TYPES.government)
def ministry_in_government(sc: SentenceContext, p: Pair) -> bool:
    """وزارة الصحة في حكومة الوحدة الوطنية: a ministry (its head word in ministry_words), في, then a
    government -> the ministry PART_OF the government."""
    a, b, gap = p.a, p.b, p.gap
    if a.type != TYPES.government or b.type != TYPES.government or a.entity_id == b.entity_id or gap != ["في"]:
        return False
    head = normalise(a.text).split()
    if not head or not any(stem in sc.lexicon.lists["ministry_words"] for _, stem in proclitic_variants(head[0])):
        return False
    add_claim(sc, a, RELATIONS.part_of, b, "part_of:ministry_in_government", 0.7)
    return True


@for_types(lambda a, b: a in ORG_TYPES and b in ORG_TYPES)
def department_in(sc: SentenceContext, p: Pair) -> bool:
    """إدارة الإعلام والاتصال في وزارة الدفاع / مديرية الصحة بالحكومة / الإدارة العامة للجوازات
    في وزارة الداخلية: a body named by a department's head word (directorate_cues: إدارة، مديرية,
    with or without ال), then في or بـ and a body -> the department PART_OF it."""
    a, b = p.a, p.b
    if a.type not in ORG_TYPES or b.type not in ORG_TYPES or a.entity_id == b.entity_id \
            or not (p.gap == ["في"] or (not p.gap and p.b_prefix.endswith("ب") and not p.b_prefix.startswith("و"))):
        return False
    head = sc.view.tokens[a.token_start].norm
    if head not in sc.cues.directorates and not (head.startswith("ال") and head[2:] in sc.cues.directorates):
        return False
    add_claim(sc, a, RELATIONS.part_of, b, "part_of:department_in", 0.75)
    return True


@for_types(lambda a, b: a in ORG_TYPES and b in ORG_TYPES and a != TYPES.government)
def organisation_in(sc: SentenceContext, p: Pair) -> bool:
    """لواء الصاعقة في الجيش / الفصيل ضمن الفيلق / الفرقة الثالثة للجيش السوداني (a unit's head
    word, then لـ) -> PART_OF (organisations, not a government as the part)."""
    a, b, gap = p.a, p.b, p.gap
    if a.type in ORG_TYPES and b.type in ORG_TYPES and a.type != TYPES.government and (
            (not gap and p.b_prefix.endswith("ب")) or (len(gap) == 1 and gap[0] in sc.lexicon.lists["part_of_preps"])):
        add_claim(sc, a, RELATIONS.part_of, b, "part_of:in", 0.7)
        return True
    if a.type in ORG_TYPES and b.type in ORG_TYPES and a.type != TYPES.government and a.entity_id != b.entity_id \
            and not gap and p.b_prefix.endswith("ل") and not p.b_prefix.startswith("و") \
            and sc.view.tokens[a.token_start].norm in sc.cues.units:
        # الفرقة 27 للجيش الوطني / القيادة الإقليمية الغربية للمجلس العسكري (a unit of the body
        # after لـ, a government's too)
        add_claim(sc, a, RELATIONS.part_of, b, "part_of:unit_of", 0.7)
        return True
    return False


@for_types(lambda a, b: a in ORG_TYPES and b == TYPES.city)
def government_in_its_seat(sc: SentenceContext, p: Pair) -> bool:
    """الحكومة السودانية في بورتسودان / حكومة طالبان في كابل / السلطات بدمشق / حكومة «طالبان» في
    كابل: a government named by its head word (seat_government_heads; or a body named right after
    that word, quotes between), then في or بـ and a town -> the government BASED_IN the town (not
    a ministry: وزارة الصحة في غزة)."""
    a, b, gap = p.a, p.b, p.gap
    if a.type not in ORG_TYPES or b.type != TYPES.city \
            or not (gap == ["في"] or (not gap and p.b_prefix.endswith("ب") and not p.b_prefix.startswith("و"))):
        return False
    heads = sc.lexicon.lists["seat_government_heads"]
    if a.type != TYPES.government or heads.isdisjoint(sc.view.token_stems(a.token_start)):
        k = skip_quotes(sc.view, a.token_start - 1, -1) if a.token_start else -1
        if k < 0 or sc.view.covering(k) is not None or heads.isdisjoint(sc.view.token_stems(k)):
            return False    # حكومة «طالبان» في كابل: the government's head word before the name
    add_claim(sc, a, RELATIONS.based_in, b, "based_in:government_seat", 0.7, sc.view.tokens[a.token_end].text)
    return True


@for_types(lambda a, b: a in ORG_TYPES and b in (TYPES.city, TYPES.region))
def unit_in_its_town(sc: SentenceContext, p: Pair) -> bool:
    """وحدات الناحية العسكرية السادسة بتمنراست / اللواء الثامن بدرعا: a unit of a force (its
    name's head word a unit cue: اللواء، الفرقة، الناحية العسكرية) with بـ on the town right after
    it -> the unit BASED_IN the town (بـ joins the town to the name; في may say where it acted)."""
    a, b = p.a, p.b
    if p.gap or not p.b_prefix.endswith("ب") or p.b_prefix.startswith("و") or b.type not in (TYPES.city, TYPES.region) \
            or a.type not in ORG_TYPES or sc.view.tokens[a.token_start].norm not in sc.cues.units:
        return False
    add_claim(sc, a, RELATIONS.based_in, b, "based_in:unit_town", 0.7, sc.view.tokens[a.token_end].text)
    return True


@for_types(lambda a, b: a in PLACE_TYPES and b in PLACE_TYPES)
def place_in(sc: SentenceContext, p: Pair) -> bool:
    """حمص في سوريا، الخيام بريف صور، دوما شرقي دمشق، بيروت، عاصمة لبنان، الدلنج (ولاية جنوب
    كردفان) -> LOCATED_IN."""
    a, b, gap = p.a, p.b, p.gap
    if any(tr.kind == "verb" or (tr.kind == "masdar" and g.startswith("و"))
           for g in gap for tr in sc.lexicon.trigger_readings[g]):
        return False          # الأبيض وسيطر على بلدة X / سنوني وانتشارها في محيط X: a new clause or event
    if a.token_start > 0 and sc.view.tokens[a.token_start - 1].norm in sc.lexicon.lists["connecting_words"]:
        return False          # الجسر الذي يربط الخرطوم بحري بأم درمان: a route's ends, neither in the other
    if a.type in PLACE_TYPES and b.type in PLACE_TYPES and (
            locative_gap(gap, p.b_prefix, sc.lexicon.lists, sc.cues.directions) or _before_a_side_of(sc, p)):
        # موقوكوري وبلدة عدن يابال المجاورة في شبيلي الوسطى: a word of nearness on the last place
        # alone places it alone, not the list before it
        alone = any(g in sc.lexicon.lists["nearness_adjectives"] for g in gap)
        located(sc, a, b, "located_in:in", 0.75, listed=not alone)
        return True
    if a.type in GROUPS.local_places and b.type in (TYPES.region, TYPES.country) and gap == ["("] \
            and a.token_start > 0 and b.token_end < len(sc.view.tokens) and sc.view.tokens[b.token_end].norm == ")":
        located(sc, a, b, "located_in:bracket", 0.7)      # مدينة الدلنج (ولاية جنوب كردفان), not a date line
        return True
    return False


def _before_a_side_of(sc: SentenceContext, p: Pair) -> bool:
    """بلدة عيتا الشعب الحدودية جنوبي لبنان، بلدة أعزاز، شمال غربي سوريا، مدينة الضالع التي تقع جنوب
    اليمن: the second place is named by a direction (a side of a region) and only adjectives, a
    comma, or (after a town) a relative and a word of lying stand between."""
    a, lists = p.a, sc.lexicon.lists
    for g in p.gap:
        if g in ("،", ",") or (g.startswith("ال") and g.endswith(("يه", "ي"))):
            continue
        if a.type != TYPES.facility and (g in RELATIVE or g in lists["lying_words"]):
            continue            # (a facility's side of a region is not read so: المعبر الواقع جنوبي X)
        return False
    return not p.b_prefix.startswith("و") and normalise(p.b.text).split()[0] in sc.cues.directions


@for_types(lambda a, b: a in ORG_TYPES and b in PLACE_TYPES)
def owned_facility_in(sc: SentenceContext, p: Pair) -> bool:
    """مقر سلاح الإشارة التابع للجيش بمدينة الخرطوم بحري: a facility, a word of belonging
    (part_of) and its owner, then where it lies: the facility LOCATED_IN the place (the owner
    stands between the two)."""
    a, b = p.a, p.b
    if a.type not in ORG_TYPES or b.type not in PLACE_TYPES or a.token_start < 2 or not p.b_prefix and not p.gap:
        return False
    view = sc.view
    if view.tokens[a.token_start - 1].norm not in sc.lexicon.lists["part_of"] or not _prefix(view, a).endswith("ل"):
        return False
    site = view.covering(a.token_start - 2)
    if site is None or site.type != TYPES.facility or site.token_end != a.token_start - 1:
        return False
    if not locative_gap(p.gap, p.b_prefix, sc.lexicon.lists, sc.cues.directions):
        return False
    located(sc, site, b, "located_in:owned_facility", 0.7)
    return True


def led_by(sc: SentenceContext, p: Pair) -> bool:
    """القوات بقيادة خليفة حفتر / تحت قيادة خليفة حفتر / الجهاز، بقيادة فلان، / الحزب الحاكم بقيادة
    الرئيس فلان -> LEADS (past a comma and the group's epithets before the word, ranks and a
    leader's title after it)."""
    a, b, lists = p.a, p.b, sc.lexicon.lists
    gap = described_gap(p.gap, lists)
    while len(gap) > 1 and (gap[-1] in lists["name_honorifics"] or _nationality_word(sc, gap[-1])
                            or gap[-1].startswith("ال") and gap[-1][2:] in lists["leader_titles"]):
        gap = gap[:-1]         # بقيادة الليبي فلان: past a nationality before the leader's name too
    if len(gap) > 1 and gap[0] in lists["led_by"] and _title_of_the_leader(sc, gap[1:]):
        gap = gap[:1]          # بزعامة النائب الأول للرئيس فلان / بقيادة وزير الدفاع السابق فلان
    if not ((len(gap) == 1 and gap[0] in lists["led_by"])
            or (len(gap) == 2 and gap[0] in lists["under_words"] and "ب" + gap[1] in lists["led_by"])):
        return False
    tokens, k = sc.view.tokens, a.token_start
    if k >= 2 and tokens[k - 1].norm in ("من", "عن") and not lists["delegate_words"].isdisjoint(sc.view.token_stems(k - 2)):
        return True            # وفد من حماس برئاسة خليل الحية: he heads the delegation
    if b.type in ACTOR_TYPES and a.type in ORG_TYPES:
        a = _chaired_body(sc, a, gap[0])
        add_claim(sc, b, RELATIONS.leads, a, "leads:led_by", 0.9,
                  sc.view.tokens[p.a.token_end + p.gap.index(gap[0])].text)
    return True


TITLE_REACH = 5     # words of a leader's own title between بقيادة and his name
LEADER_DESCRIPTION = 3     # words describing the leader between يقودها and his name (الداعية الفولاني)


def _title_of_the_leader(sc: SentenceContext, words: list[str]) -> bool:
    """النائب الأول للرئيس / وزير الدفاع السابق / قائد الجيش الليبي: words (at most TITLE_REACH)
    that open with a title (leader_titles, member_titles, deputy_titles, minister_words; with ال
    or لل) and go on with ordinals, describing words, ranks, nationalities, other titles and
    definite words of the title's field, nothing else."""
    lists = sc.lexicon.lists
    titles = ("leader_titles", "member_titles", "deputy_titles", "minister_words")

    def title(w: str) -> bool:
        return any(v in lists[name] for v in (w, w[2:] if w.startswith(("ال", "لل")) else w, w[1:]) for name in titles)
    if not words or len(words) > TITLE_REACH or not title(words[0]):
        return False
    return all(title(w) or w in lists["deputy_ordinals"] or w in lists["title_adjectives"]
               or w in lists["name_honorifics"] or _nationality_word(sc, w) or w.startswith("ال") for w in words[1:])


def _nationality_word(sc: SentenceContext, norm: str) -> bool:
    """النيجيري، المالي: a nationality adjective (also one spelled as its country's name with ال and
    ي, المالي from مالي, which the registry leaves out of its adjectives as a common word)."""
    if norm in sc.registry.nationality:
        return True
    return norm.startswith("ال") and norm.endswith("ي") and len(norm) > 4 \
        and any(e.kind == "country" for e in sc.registry.lookup((norm[2:-1] + "ي",)))


def described_gap(gap: list[str], lists) -> list[str]:
    """The words between a group's name and what a clause says of it, past a comma and the
    group's epithets: ميليشيا الحوثي الإرهابية المدعومة / قسد، المدعومة / الحركة، التي يقودها."""
    k = 0
    if k < len(gap) and gap[k] in ("،", ","):
        k += 1
    while k < len(gap) - 1 and gap[k] in lists["group_epithets"]:
        k += 1
    return gap[k:]


def _chaired_body(sc: SentenceContext, a: Mention, word: str) -> Mention:
    """قوات تابعة لحكومة الوحدة الوطنية برئاسة الدبيبة: after a word of chairing (chaired_by) the
    one chaired is the government named at the end of a force's name, not the force; a otherwise."""
    if word not in sc.lexicon.lists["chaired_by"] or a.type == TYPES.government:
        return a
    inner = next((m for m in sc.view.nested if m.type == TYPES.government and m.token_end == a.token_end
                  and m.token_start > a.token_start), None)
    return inner if inner is not None else a


def led_in_relative_clause(sc: SentenceContext, p: Pair) -> bool:
    """القوات التي يقودها خليفة حفتر / الميليشيا، التي يتزعمها فلان / الفرقة التي كان يقودها فلان
    (a past auxiliary before the verb) -> LEADS."""
    a, b = p.a, p.b
    lists = sc.lexicon.lists
    gap = described_gap(p.gap, lists)
    described = 0
    while len(gap) >= 2 and described < LEADER_DESCRIPTION and gap[-2] not in ("،", ",") and (
            _nationality_word(sc, gap[-1]) or gap[-1] in lists["name_honorifics"]
            or (gap[-1].startswith("ال") and gap[-1] not in RELATIVE)):
        gap = gap[:-1]         # التي يقودها النيجيري فلان / التي يقودها العقيد فلان / الذي يرأسه الداعية
        described += 1         # الفولاني فلان: his nationality, rank or description (definite words)
    if len(gap) >= 2 and gap[-2] in sc.lexicon.lists["past_auxiliaries"]:
        gap = gap[:-2] + gap[-1:]
    if not (1 <= len(gap) <= 2 and gap[-1] in sc.lexicon.lists["leads_relative"]):
        return False
    if b.type in ACTOR_TYPES and a.type in ORG_TYPES:
        add_claim(sc, b, RELATIONS.leads, a, "leads:relative_clause", 0.9, sc.view.tokens[b.token_start - 1].text)
    return True


def backed_by(sc: SentenceContext, p: Pair) -> bool:
    """الفصائل المدعومة من تركيا / الموالية لإيران / الميليشيا الإرهابية المدعومة من إيران /
    قسد، المدعومة من واشنطن -> SUPPORTS."""
    a, b, lists = p.a, p.b, sc.lexicon.lists
    gap = described_gap(p.gap, lists)
    if not (1 <= len(gap) <= 2 and ((gap[0] in lists["supported_by"] and (gap[-1] == "من" or p.b_prefix.endswith("من")))
                                    or (gap[0] in lists["loyal_to"] and p.b_prefix.endswith("ل")))):
        return False
    if a.type in ACTOR_TYPES and b.type in ACTOR_TYPES:
        add_claim(sc, b, RELATIONS.supports, a, "supports:backed_by", 0.85, sc.view.tokens[a.token_end].text)
    return True


@for_types(lambda a, b: a == TYPES.person and (b in ORG_TYPES or b == TYPES.outlet))
def member_by_title(sc: SentenceContext, p: Pair) -> bool:
    """فلان، المتحدث باسم الجيش / فلان القيادي في الحركة -> MEMBER_OF (not قائدا للواء: a
    leader's title as a complement)."""
    a, b, gap, lists = p.a, p.b, p.gap, sc.lexicon.lists
    if not (a.type == TYPES.person and b.type in ORG_TYPES | {TYPES.outlet} and 1 <= len(gap) <= 6):
        return False
    words = [g for g in gap if g not in CLAUSE_BREAKS]
    if any(w in CLAUSE_COMPLEMENTISERS for w in words):
        return False      # فلان في بيان إن "عناصر من X": the title is in what he said, not his
    leads_complement = p.b_prefix.endswith("ل") and any(w.endswith("ا") and w[:-1] in lists["leader_titles"]
                                                        for w in words)
    if words and any(w in lists["member_titles"] for w in words) and not leads_complement and (
            words[-1] in lists["member_preps"] or p.b_prefix.endswith(("ل", "ب"))):
        add_claim(sc, a, RELATIONS.member_of, b, "member_of:title", 0.85)
        return True
    return False


@for_types(lambda a, b: a == TYPES.outlet and b in ORG_TYPES)
def mouthpiece_of(sc: SentenceContext, p: Pair) -> bool:
    """إذاعة الأندلس الناطقة باسم حركة الشباب / وكالة أعماق، المتحدثة باسم التنظيم: an outlet, a
    spokesman's participle (member_titles) and باسم, then a body -> the outlet PART_OF the body."""
    a, b, lists = p.a, p.b, sc.lexicon.lists
    words = [g for g in p.gap if g not in CLAUSE_BREAKS]
    if a.type != TYPES.outlet or b.type not in ORG_TYPES or len(words) != 2 \
            or words[0] not in lists["member_titles"] or words[1] != "باسم":
        return False
    add_claim(sc, a, RELATIONS.part_of, b, "part_of:mouthpiece", 0.8, sc.view.tokens[a.token_end].text)
    return True


@for_types(lambda a, b: a in ORG_TYPES and b == TYPES.person)
def member_in_apposition(sc: SentenceContext, p: Pair) -> bool:
    """المتحدث باسم الجيش، فلان -> MEMBER_OF (not وزير المالية ورئيس الحركة فلان: the title right
    before the body is a leader's, and he leads it)."""
    a, b, gap = p.a, p.b, p.gap
    if b.type == TYPES.person and a.type in ORG_TYPES and (not gap or gap[0] in CLAUSE_BREAKS) and len(gap) <= 2:
        if a.token_start > 0 and not sc.lexicon.lists["leader_titles"].isdisjoint(sc.view.token_stems(a.token_start - 1)):
            return False
        before = [t.norm for t in sc.view.tokens[max(0, a.token_start - 3):a.token_start]]
        if any(w in sc.lexicon.lists["member_titles"] for w in before) or "باسم" in before:
            add_claim(sc, b, RELATIONS.member_of, a, "member_of:apposition", 0.8)
            return True
    return False


def stationed_in(sc: SentenceContext, p: Pair) -> bool:
    """القوات الأمريكية المتمركزة في قاعدة عين الأسد / القوات التركية المنتشرة بريف حلب / قوات
    الدفاع، المنتشرة في الإقليم / القوات التي كانت متمركزة في المطار / عناصر الجيش كانوا منتشرين
    في المدينة: a force, (a comma, a relative pronoun, a past auxiliary,) a participle of being
    stationed (stationed_participles, definite or not), في or بـ (or في and a word of its
    surroundings, located_heads: في محيط، في أطراف) and the place -> BASED_IN."""
    a, b, gap = p.a, p.b, _past_a_relative(p.gap, sc.lexicon.lists)
    if not gap or gap[0] not in sc.lexicon.lists["stationed_participles"] \
            or not (gap[1:] in (["في"], ["داخل"]) or (len(gap) == 1 and p.b_prefix.endswith("ب"))
                    or (len(gap) == 3 and gap[1] == "في" and gap[2] in sc.lexicon.lists["located_heads"])):
        return False      # (المنتشرة في محيط مدينة X: around the place is in it)
    if a.type in ACTOR_TYPES and a.type not in (TYPES.person, TYPES.country) and b.type in PLACE_TYPES:
        add_claim(sc, a, RELATIONS.based_in, b, "based_in:stationed", 0.75, sc.view.tokens[a.token_end].text)
    return True


def _past_a_relative(gap: list[str], lists) -> list[str]:
    """The words of gap past a comma, a relative pronoun and a past auxiliary or a verb of still
    being before a participle (، التي كانت منتشرة في -> منتشرة في؛ لا تزال منتشرة في), and past a
    span of time or an adverb after it (المنتشرة منذ عام 2021 في، المتمركزة حاليا في); gap
    itself when they are not so."""
    k = 1 if gap and gap[0] in ("،", ",") else 0
    if k < len(gap) and gap[k] in RELATIVE:
        k += 1
    if k < len(gap) and gap[k] in lists["past_auxiliaries"]:
        k += 1
    elif k + 1 < len(gap) and gap[k] in ("لا", "ما") and gap[k + 1] in lists["still_verbs"]:
        k += 2
    if k >= len(gap) or gap[k] not in lists["stationed_participles"]:
        return gap
    rest = gap[k + 1:]
    if rest and rest[0] in TIME_SPAN_OPENERS:
        j = 1
        while j < len(rest) and (rest[j] in TIME_SPAN_WORDS or rest[j] in TIME_WORDS or rest[j].isdigit()):
            j += 1
        rest = rest[j:] if j > 1 else rest
    if rest and rest[0] in lists["presence_adverbs"]:
        rest = rest[1:]
    return [gap[k]] + rest


#: In priority order: the first rule whose words fit the pair decides (it returns True).
PAIR_RULES: tuple[Callable[[SentenceContext, Pair], bool], ...] = (
    affiliated,
    belonging,
    enlisted,
    part_of_a_whole,
    wing_of,
    ministry_in_government,
    department_in,
    organisation_in,
    government_in_its_seat,
    unit_in_its_town,
    place_in,
    owned_facility_in,
    led_by,
    led_in_relative_clause,
    backed_by,
    stationed_in,
    mouthpiece_of,
    member_by_title,
    member_in_apposition,
)


def pair_rules(sc: SentenceContext, a: Mention, b: Mention, gap: list[str]) -> None:
    """What the words ``gap`` between two neighbouring mentions say of them: the first of
    ``PAIR_RULES`` that fits."""
    pair = Pair(a, b, gap, _prefix(sc.view, b))
    for rule in pair_rules_for(a.type, b.type):
        if rule(sc, pair):
            return


_PAIR_DISPATCH: dict[tuple, tuple] = {}


def pair_rules_for(a_type: str, b_type: str, rules: tuple | None = None) -> tuple:
    """The pair rules (default PAIR_RULES), in order, that can fit two mentions of these types
    (``for_types``): the others would return False at their first test. Once per pair of types."""
    rules = PAIR_RULES if rules is None else rules
    hit = _PAIR_DISPATCH.get((a_type, b_type, id(rules)))
    if hit is None or hit[0] is not rules:
        chosen = tuple(r for r in rules if getattr(r, "for_types", None) is None or r.for_types(a_type, b_type))
        hit = _PAIR_DISPATCH[(a_type, b_type, id(rules))] = (rules, chosen)
    return hit[1]


def locative_gap(gap, b_prefix, lists, directions: frozenset[str]) -> bool:
    """The words between two places say the first lies in the second: a locative preposition
    (في، بـ، داخل، على) or a direction (شرقي، جنوب، وسط، بوسط: ``directions``, the cue data's), with at
    most one other word (ومحيطها، للنازحين)."""
    if any(g in lists["route_words"] for g in gap):
        return False          # من مدينة سنار مرورا بمدينة مايرنو: a route, not a location
    if any(g in lists["overlooking_words"] for g in gap):
        return False          # حي X المطل على المخيم: it looks onto the place, it is not in it
    if any(g in lists["list_openers"] for g in gap):
        return False          # طرابلس، وخصوصا في حي عين زارة: the list names places inside the first
    words = [g for g in gap if g not in CLAUSE_BREAKS]
    if len(words) == 3 and words[0] in lists["rank_ordinals"]:
        words = words[1:]     # حماة، رابع أكبر مدن سوريا
    while len(words) > 2 and words[0] in lists["place_copulas"]:
        words = words[1:]     # الخيام، وهي من أكبر بلدات قضاء مرجعيون
    if len(words) == 2 and not b_prefix and words[0] in lists["one_of_places"] and words[1] in lists["place_heads"]:
        return True           # كيسمايو، كبرى مدن إقليم جوبا السفلى / إحدى بلدات ريف إدلب
    heads = [g for g in gap if g in lists["located_heads"]]
    # العاصمة الاقتصادية لبوروندي، الضواحي الجنوبية لدمشق: a definite head, adjectives, then لـ
    heads += [g for g in gap if b_prefix.endswith("ل") and g.startswith("ال") and g[2:] in lists["located_heads"]]
    # بقضاء صور، بمحافظة النبطية: a locative ب on a place head
    heads += [g for g in gap if any(p.endswith("ب") and st in lists["place_heads"] for p, st in proclitic_variants(g))]
    # بوسط السودان، بشرق الكونغو: a locative ب on a direction
    heads += [g for g in gap if g not in heads and any(p == "ب" and st in directions for p, st in proclitic_variants(g))]
    gap = [g for g in gap if g not in heads]
    words = [g for g in gap if g not in CLAUSE_BREAKS and g not in lists["place_heads"]]
    locative = heads + [w for w in words if w in lists["located_preps"] or w in directions or w == "علي"]
    if b_prefix.endswith("ب") and not b_prefix.startswith("و"):
        locative.append("ب")
    other = [w for w in words if w not in lists["located_preps"] and w not in directions and w != "علي"
             and w not in lists["lying_words"]                               # بلدة X الواقعة في ...
             and not (w.startswith("ال") and w.endswith(("يه", "ي")))]      # القاعدة الجوية الروسية في ...
    return bool(locative) and len(other) <= 1 and len(gap) <= 5


def named_after_adjective(sc: SentenceContext, mentions, i, gap):
    """في العاصمة السورية دمشق: a place noun, a nationality, then the city: the city is what
    the place noun names, so the pair is read with it (the capital_with_nationality
    construction puts the city in the country)."""
    m = mentions[i]
    if m.source != "adjective" or i + 1 >= len(mentions) or len(gap) != 2 or gap[0] != "في" \
            or gap[-1] not in sc.lexicon.lists["place_heads"] | {"ال" + h for h in sc.lexicon.lists["place_heads"]}:
        return m          # (قم جنوبي العاصمة الإيرانية طهران: south of it, not in it)
    city = mentions[i + 1]
    return city if city.token_start == m.token_end and city.type in GROUPS.settlements else m


def located(sc: SentenceContext, a, b, rule, conf, listed: bool = True) -> None:
    """بلدات العديسة ومركبا في القطاع الأوسط: a LOCATED_IN b (and, when ``listed``, every place listed
    with a), when a ranks at most as b; b is then a place named only to locate another."""
    view = sc.view
    if a.type == TYPES.country or b.type == TYPES.facility or a.entity_id == b.entity_id:
        return
    if PLACE_RANK[a.type] > PLACE_RANK[b.type] and not (a.type == TYPES.region and b.type == TYPES.city):
        return
    if a.type == TYPES.region and b.type == TYPES.city and normalise(b.text).split()[-1] in normalise(a.text):
        return             # قطاع غزة is not inside مدينة غزة
    sc.state.containers.add((b.sentence, b.token_start))
    add_claim(sc, a, RELATIONS.located_in, b, rule, conf)
    if listed and b.sentence == view.sentence.index and a.sentence == view.sentence.index \
            and not _a_list_of_peers(view, a):
        # بلدات العديسة ومركبا وحولا في القطاع الأوسط: every place of the list lies there (حيي الشيخ
        # مقصود والأشرفية في مدينة حلب: quarters of the kind of a, as a itself, in a city)
        for c in conjuncts_before(view, a, lambda x: x.type in GROUPS.local_places
                                  and (PLACE_RANK[x.type] <= PLACE_RANK[b.type] or x.type == a.type)):
            if not _named_after_another_place(view, c, b):
                add_claim(sc, c, RELATIONS.located_in, b, rule + "_list", conf * 0.9)


def _a_list_of_peers(view: SentenceView, a: Mention) -> bool:
    """التطورات في اليمن وقطاع غزة والأوضاع في سوريا: a country among the places listed before a
    makes the list one of peers (each named for itself), not of places inside the last one's."""
    return any(c.type == TYPES.country for c in conjuncts_before(view, a, lambda x: x.type in PLACE_TYPES))


def _named_after_another_place(view: SentenceView, c: Mention, b: Mention) -> bool:
    """ميناء الحديدة ومحطة كهرباء حزيز جنوب صنعاء: a listed facility whose name holds another
    place (the port of Hodeidah) lies there, not in the place the list's last item is put in."""
    return c.type == TYPES.facility and any(
        n.type in GROUPS.settlements and n.entity_id != b.entity_id
        and c.token_start <= n.token_start and n.token_end <= c.token_end for n in view.nested)


def adjective_rules(sc: SentenceContext, m: Mention):
    """حمص السورية -> LOCATED_IN Syria; جماعة الحوثي اليمنية -> BASED_IN Yemen."""
    view = sc.view
    k = m.token_end
    if m.type == TYPES.facility and k + 1 < len(view.tokens) and view.tokens[k].norm.startswith("ال") \
            and view.tokens[k].norm not in sc.registry.nationality:
        k += 1                 # القاعدة الجوية الروسية
    country = country_mention(sc, k, bare=True)
    if country is None:
        return
    iso = sc.registry.entities[country.entity_id].country
    if m.type == TYPES.facility and (sc.registry.country_of(m.entity_id) not in (iso, None)
                                 or placed_elsewhere(sc, country.token_end, iso)):
        add_claim(sc, country, RELATIONS.based_in, m, "based_in:facility_adjective", 0.7)
        return
    if m.source == "coreference" or k != m.token_end:
        return
    if m.type in GROUPS.local_places and sc.registry.country_of(m.entity_id) in (iso, None):
        add_claim(sc, m, RELATIONS.located_in, country, "located_in:adjective", 0.7)
        for c in listed_before_adjective(sc, m, k):
            if sc.registry.country_of(c.entity_id) in (iso, None):
                add_claim(sc, c, RELATIONS.located_in, country, "located_in:adjective_list", 0.7)
    elif m.type in ORG_TYPES and m.type != TYPES.government and view.tokens[k].norm.startswith("ال"):
        # (الجيش الإسرائيلي فلسطينيا: an indefinite nationality after a name is a new noun, a Palestinian)
        add_claim(sc, m, RELATIONS.based_in, country, "based_in:adjective", 0.6)


def listed_before_adjective(sc: SentenceContext, m: Mention, k: int) -> list[Mention]:
    """مدن حلب وحماة وحمص السورية، مدينتي درنة والبيضاء الليبيتين: the places listed with m after a
    plural or dual place noun (or before a dual or plural adjective at token k) share its country."""
    view = sc.view
    if not (_prefix(view, m).startswith("و") or (m.token_start > 0 and view.tokens[m.token_start - 1].norm in ("،", ","))):
        return []
    listed = conjuncts_before(view, m, lambda x: x.type in GROUPS.local_places)
    if not listed:
        return []
    first = listed[-1].token_start
    head = view.tokens[first - 1].norm if first > 0 else ""
    if head in sc.cues.plural_place or view.tokens[k].norm.endswith(("تين", "يين")):
        return listed
    return []


def placed_elsewhere(sc: SentenceContext, k, iso) -> bool:
    """قاعدة العديد الجوية الأمريكية في قطر: في and a place of another country right after the
    nationality: the nationality is the base's user, not where it lies."""
    view = sc.view
    if k + 1 >= len(view.tokens) or view.tokens[k].norm != "في":
        return False
    place = view.mention_at(k + 1)
    if place is None or place.type not in PLACE_TYPES:
        return False
    where = sc.registry.country_of(place.entity_id)
    return where is not None and where != iso


def _leader_title_at(view, lists, k: int) -> bool:
    """قائد، زعيم، رئيس أركان: token k (alone or with the word before it) is a leader's title."""
    two = " ".join(t.norm for t in view.tokens[max(0, k - 1):k + 1])
    return any(s in lists["leader_titles"] for s in stems(view.tokens[k].norm)) or two in lists["leader_titles"]


def _next_item_title(view, lists, k: int) -> bool:
    """فلان وقائد الجيش: the leader's title at token k carries و, so it opens the next item of a
    list (another person), not an apposition on the person before."""
    norm = view.tokens[k].norm
    return norm.startswith("و") and norm not in lists["leader_titles"] and norm[1:] in lists["leader_titles"]


def title_rules(sc: SentenceContext) -> None:
    """زعيم ORG PERSON / PERSON، قائد ORG -> LEADS."""
    view = sc.view
    lists = sc.lexicon.lists
    mentions = view.mentions
    for i, m in enumerate(mentions):
        if m.type not in ORG_TYPES | {TYPES.outlet}:
            continue
        k = m.token_start - 1
        while k > 0 and view.tokens[k].norm in QUOTES:
            k -= 1
        if k >= 2 and view.tokens[k].norm in ("يعرف", "يسمي") and view.tokens[k - 1].norm == "ما":
            k -= 2             # قائد ما يعرف بالجيش الوطني
        if k < 0:
            continue
        if not _leader_title_at(view, lists, k):
            back = [j for j in range(k - 1, max(-1, k - 3), -1) if _prefix(view, m).endswith("ل")
                    and not view.covering(j) and not view.is_break(j)]
            if not any(_leader_title_at(view, lists, j) for j in back):
                continue
        elif deputy_before(view, lists, k) is not None:
            continue           # نائب رئيس مجلس السيادة فلان / النائب الأول لرئيس المجلس فلان: the deputy, not the head
        person = None
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        prev = mentions[i - 1] if i > 0 else None
        between = [t for t in view.tokens[m.token_end:nxt.token_start]] if nxt is not None else []
        words = [t.norm for t in between if t.norm not in QUOTES and t.norm not in ("،", ",")]
        if nxt is not None and nxt.type == TYPES.person and \
                (not words or (len(words) <= 2 and set(words) <= lists["title_adjectives"])) \
                and not (between and _prefix(view, nxt).startswith("و")):
            person = nxt          # (not "، وفلان": the next item of a list)
        elif prev is not None and prev.type == TYPES.person and (
                (k == prev.token_end and not title_of_the_one_met(view, lists, prev, m.token_end)
                 and not _next_item_title(view, lists, k))
                or (k - prev.token_end == 1 and view.tokens[k - 1].norm in ("،", ",") + tuple(QUOTES))):
            person = prev          # (not ترامب مقتل زعيم داعش: a word between)
        if person is not None:
            add_claim(sc, person, RELATIONS.leads, m, "leads:title", 0.8, view.tokens[k].text)


def title_with_a_pronoun(sc: SentenceContext) -> None:
    """بعد سقوط النظام وفرار رئيسه المخلوع بشار الأسد / الحركة وزعيمها فلان / المتحدث باسمها فلان:
    a leader's title (or a member's) carrying a pronoun, at most two describing words of
    title_adjectives (المخلوع، السابق), then a person: the person LEADS (or is a MEMBER_OF) the organisation the pronoun stands for."""
    view, lists = sc.view, sc.lexicon.lists
    if not any(m.type == TYPES.person for m in view.mentions):
        return                     # (the rule names a person: none here)
    tokens = view.tokens
    for k, tok in enumerate(tokens):
        norm = tok.norm
        if view.covering(k) or not norm.endswith(("ه", "ها", "هم")) or len(norm) < 5:
            continue
        before = tokens[k - 1].norm if k else ""
        if k >= 2 and " ".join((tokens[k - 2].norm, before)) in lists["member_titles"]:
            before = tokens[k - 2].norm      # المتحدث العسكري باسمها: a title of two words before باسم
        rel = _pronoun_title(norm, before, lists)
        if rel is None:
            continue
        j = k + 1
        while j < min(k + 3, len(tokens)) and view.mention_at(j) is None and not view.covering(j) \
                and tokens[j].norm in lists["title_adjectives"]:
            j += 1                 # المخلوع، السابق
        person = view.mention_at(j)
        if person is None or person.type != TYPES.person:
            continue
        org = pronoun_referent(sc, k if norm != "باسمه" else k - 1)
        if org is not None and norm.endswith("ها") and org.sentence == view.sentence.index:
            org = _feminine_referent(view, org, k)
        if org is not None and org.type in ORG_TYPES and (org.sentence == view.sentence.index or (
                rel == RELATIONS.member_of and org.sentence == view.sentence.index - 1
                and not any(m.type in ORG_TYPES for m in view.mentions if m.token_end <= k))):
            add_claim(sc, person, rel, org, f"{rel.lower()}:pronoun_title", 0.75, tok.text)


def _feminine_referent(view: SentenceView, org: Mention, k: int) -> Mention:
    """كتيبة طولكرم ...، واغتال الاحتلال قائدها فلان: a feminine pronoun (ها) at token k agrees
    with a feminine body (كتيبة، حركة، قوات), not with a masculine one nearer to it (الاحتلال،
    الجيش): the nearest feminine organisation before k when org is not feminine, else org."""
    if _feminine(view, org) or org.type not in ORG_TYPES:
        return org
    before = [m for m in view.mentions if m.token_end <= k and m.type in ORG_TYPES and _feminine(view, m)
              and not _prefix(view, m).endswith(("ل", "ب"))]
    return before[-1] if before else org


def _pronoun_title(norm: str, before: str, lists) -> str | None:
    """رئيسه، زعيمها، قائدهم، رئيستها -> LEADS; باسمها after المتحدث، مستشاره، مستشار قائدها -> MEMBER_OF; None for any
    other word. (رئيسه is also رئيسة, a title of its own: the caller reads only a person right
    after it or after a describing word of title_adjectives, رئيسه المخلوع.)"""
    for suffix in ("هم", "ها", "ه"):
        if norm.endswith(suffix):
            bare = norm[:-len(suffix)]
            forms = (bare, bare[:-1] + "ه") if bare.endswith("ت") else (bare,)    # رئيستها: رئيسة
            if any(f in lists["leader_titles"] for f in forms):
                if before in lists["member_titles"] or before in lists["deputy_titles"]:
                    return RELATIONS.member_of     # مستشار قائدها فلان، نائب رئيسها فلان: not the head
                return RELATIONS.leads
            if any(f in lists["member_titles"] for f in forms) or (bare == "باسم" and before in lists["member_titles"]):
                return RELATIONS.member_of
            return None
    return None


def facility_in_after_a_relative(sc: SentenceContext):
    """مطار معيتيقة الذي تسيطر عليه القوة في طرابلس / قاعدة حرير التي تستضيف قوات أمريكية في
    أربيل: a relative clause of a few words (no break, no other place) between a facility and
    في or بـ and a place: the facility LOCATED_IN the place; a verb of hosting (host_verbs)
    opening the clause makes the actor hosted BASED_IN the facility."""
    view = sc.view
    tokens = view.tokens
    for f in view.mentions:
        k = f.token_end
        if f.type != TYPES.facility or k >= len(tokens):
            continue
        if tokens[k].norm not in RELATIVE:
            r = _relative_past_where_it_lies(sc, k)
            if r is not None and r + 1 < len(tokens) and tokens[r + 1].norm in sc.lexicon.lists["host_verbs"]:
                _hosted_in(sc, f, r + 1)   # قاعدة X في محافظة Y غربي العراق، التي تستضيف قوات أمريكية
            continue
        j = k + 1
        if j < len(tokens) and tokens[j].norm in sc.lexicon.lists["host_verbs"]:
            _hosted_in(sc, f, j)           # التي تستضيف قوات أمريكية: the hosted force is based there
        m = _place_after_locative(sc, j, k + 8)
        if m is not None:
            located(sc, f, m, "located_in:after_relative", 0.65)


def _relative_past_where_it_lies(sc: SentenceContext, k: int) -> int | None:
    """قاعدة X، التي / قاعدة X في محافظة Y غربي العراق، التي: from token k (right after a
    facility), past where it lies (places after في، بـ or a direction) and a comma: the token of
    the relative pronoun; None when other words come first."""
    view, tokens = sc.view, sc.view.tokens
    j = k
    while j < len(tokens) and j < k + 10:
        norm = tokens[j].norm
        if norm in RELATIVE:
            return j if j > k and tokens[j - 1].norm in ("،", ",") else None
        m = view.mention_at(j)
        if m is not None and m.type in PLACE_TYPES:
            j = m.token_end
        elif norm in ("،", ",") or norm in sc.lexicon.lists["located_preps"] or norm in sc.cues.directions:
            j += 1
        else:
            return None
    return None


def _hosted_in(sc: SentenceContext, f: Mention, j: int) -> None:
    """The actor a verb of hosting at token j names (within three words) BASED_IN the facility f."""
    view, tokens = sc.view, sc.view.tokens
    hosted = next((m for m in (view.mention_at(x) for x in range(j + 1, min(j + 4, len(tokens))))
                   if m is not None and (m.type in ACTOR_TYPES or m.type == TYPES.country)), None)
    if hosted is not None:
        add_claim(sc, hosted, RELATIONS.based_in, f, "based_in:hosted", 0.65, tokens[j].text)


def _place_after_locative(sc: SentenceContext, j: int, end: int) -> Mention | None:
    """The first place named from token j on (before ``end`` and any break), when في or بـ
    (located_preps, or a ب proclitic) puts something in it; None otherwise."""
    view, tokens = sc.view, sc.view.tokens
    while j < min(end, len(tokens)) and not view.is_break(j):
        m = view.mention_at(j)
        if m is not None and m.type in PLACE_TYPES:
            ok = tokens[j - 1].norm in sc.lexicon.lists["located_preps"] or _prefix(view, m).endswith("ب")
            return m if ok else None
        j = m.token_end if m is not None else j + 1
    return None


@needs("where_words")
def place_in_a_where_clause(sc: SentenceContext):
    """تصاعد الأوضاع في جنوب لبنان، حيث تدور معارك في بلدة الخيام: a place, a comma and a where
    word (where_words), then within a few words (no break) في or بـ and a place: the second lies
    in the first."""
    view = sc.view
    tokens = view.tokens
    if view.word_set().isdisjoint(sc.lexicon.lists["where_words"]):
        return
    for k in range(2, len(tokens) - 1):
        if tokens[k].norm not in sc.lexicon.lists["where_words"] or tokens[k - 1].norm not in ("،", ","):
            continue
        outer = view.covering(k - 2)
        if outer is None or outer.type not in PLACE_TYPES or outer.token_end != k - 1:
            continue
        m = _place_after_locative(sc, k + 1, k + 7)
        if m is not None and not (m.token_start >= 2 and sc.view.tokens[m.token_start - 2].norm
                                  in sc.lexicon.lists["topic_nouns"]):
            located(sc, m, outer, "located_in:where_clause", 0.6)   # (حيث بحثا الأوضاع في X: a topic)


def one_of_the_towns_of_a_nationality(sc: SentenceContext):
    """بنغازي، ثاني أكبر المدن الليبية / الفاشر، إحدى المدن السودانية / الخرطوم، العاصمة
    السودانية: a place, a comma, a word of one_of_places (an ordinal before it may be,
    rank_ordinals) and a place head, or a definite place head alone, then a nationality
    adjective: the place LOCATED_IN that country."""
    view, lists = sc.view, sc.lexicon.lists
    tokens = view.tokens

    def norm(i: int) -> str:
        return tokens[i].norm if i < len(tokens) else ""

    for m in view.mentions:
        k = m.token_end
        if m.type not in GROUPS.local_places or norm(k) not in ("،", ","):
            continue
        k += 1 + (norm(k + 1) in lists["rank_ordinals"])
        if norm(k) in lists["one_of_places"]:
            k += 1 + (norm(k + 1) in lists["one_of_places"])      # إحدى أكبر المدن
        elif not norm(k).startswith("ال"):
            continue           # (a definite head alone: الخرطوم، العاصمة السودانية)
        if norm(k).removeprefix("ال") not in lists["place_heads"]:
            continue
        country = country_mention(sc, k + 1, bare=True)
        if country is not None and sc.registry.country_of(m.entity_id) in (
                sc.registry.entities[country.entity_id].country, None):
            add_claim(sc, m, RELATIONS.located_in, country, "located_in:one_of_adjective", 0.7)


def region_named_with_its_country(sc: SentenceContext):
    """إقليم كردستان العراق، كردستان العراق: a region whose name ends with the name of its country
    (the registry puts it nowhere else) lies in it; not a side of the country named as one region
    (شمال العراق، بجنوب لبنان), which the gold leaves optional, nor a lake, sea or range named after
    it (بحيرة تشاد: feature_heads), which crosses borders."""
    view, reg = sc.view, sc.registry
    for m in view.mentions:
        if m.type != TYPES.region or m.token_end - m.token_start < 2:
            continue
        norms = [t.norm for t in view.tokens[m.token_start:m.token_end]]
        for n in range(min(3, len(norms) - 1), 0, -1):
            country = next((e.entity_id for e in reg.lookup(tuple(norms[-n:])) if e.kind == "country"), None)
            if country is None:
                continue
            iso = reg.country_of(country)
            rest = [st for w in norms[:-n] for _, st in proclitic_variants(w)]
            if iso is not None and not any(st in sc.cues.directions or st in sc.lexicon.lists["feature_heads"]
                                           for st in rest) and reg.country_of(m.entity_id) in (iso, None):
                add_claim(sc, m, RELATIONS.located_in, adjective_mention(sc, m.token_end - 1, country, TYPES.country),
                          "located_in:country_in_name", 0.7)
            break


@needs("country_anaphors")
def side_of_the_country(sc: SentenceContext):
    """مدينة X شمالي البلاد / بلدة X في جنوب شرق البلاد / ولاية X بغرب البلاد: a place, a side
    word (after في or with بـ, or bare) and the word for the country (country_anaphors): the place
    LOCATED_IN its country (the registry's, else the one the sentence names before it)."""
    view, lists = sc.view, sc.lexicon.lists
    if view.sentence.norm_set.isdisjoint(lists["country_anaphors"]):
        return
    tokens, directions, reg = view.tokens, sc.cues.directions, sc.registry
    for k, tok in enumerate(tokens):
        if tok.norm not in lists["country_anaphors"] or view.covering(k):
            continue
        j, sides = k - 1, 0
        while j >= 0 and not view.covering(j):
            prefix = _side_prefix(tokens[j].norm, directions)
            if prefix is None:
                break
            sides, j = sides + 1, j - 1
            if prefix == "ب":
                break             # بغرب البلاد: the preposition opens the side words
        if not sides:
            continue
        while j >= 0 and tokens[j].norm in ("في", "،", ",") and k - j <= sides + 3:
            j -= 1                # بلدة X، في وسط البلاد
        m = view.covering(j) if j >= 0 else None
        if m is None or m.token_end != j + 1 or m.type not in GROUPS.local_places:
            continue
        before = [c for c in view.mentions if c.type == TYPES.country and c.token_end <= m.token_start]
        named = reg.entities[before[-1].entity_id].country if before else None
        iso = reg.country_of(m.entity_id) or named
        if iso is None or iso not in reg.country_entity:
            continue          # (a place the registry does not know, and no country named before it)
        country = before[-1] if named == iso else adjective_mention(sc, k, reg.country_entity[iso], TYPES.country)
        add_claim(sc, m, RELATIONS.located_in, country, "located_in:side_of_the_country", 0.65)


def _side_prefix(norm: str, directions) -> str | None:
    """غربي -> "", بغرب -> ب: the proclitic before a side word (none or ب), None for another word."""
    return next((p for p, st in proclitic_variants(norm) if p in ("", "ب") and st in directions), None)


# a word list -> its words with the pronoun ها or ه (جناحها، ذراعه), built once per list
_WITH_A_PRONOUN = Memo(lambda words: frozenset(w + sfx for w in words for sfx in ("ها", "ه")))


#: Run in this order on every sentence after the rules on pairs of mentions and adjectives.
@needs(words=lambda lists: _WITH_A_PRONOUN[lists["wing_heads"]])
def wing_with_a_pronoun(sc: SentenceContext):
    """أعلنت حركة الجهاد أن سرايا القدس، جناحها العسكري، قصفت ...: an organisation set off by a
    comma and a wing noun with a pronoun (جناحها، ذراعه) is PART_OF the organisation the pronoun
    stands for (the latest one before it)."""
    view, lists = sc.view, sc.lexicon.lists
    if view.stem_set().isdisjoint(_WITH_A_PRONOUN[lists["wing_heads"]]):
        return
    tokens = view.tokens
    for k in range(1, len(tokens)):
        norm = tokens[k].norm
        if not norm.endswith(("ها", "ه")) or tokens[k - 1].norm not in ("،", ","):
            continue
        if not any(norm[:-len(sfx)] in lists["wing_heads"] for sfx in ("ها", "ه") if norm.endswith(sfx)):
            continue
        wing = next((m for m in view.mentions if m.token_end == k - 1), None)
        if wing is None or wing.type not in ORG_TYPES | {TYPES.outlet}:      # (مؤسسة الزلاقة، ذراعها الإعلامية)
            continue
        owner = _organisation_before(view, wing)
        if owner is not None:
            add_claim(sc, wing, RELATIONS.part_of, owner, "part_of:wing_pronoun", 0.8)


def _organisation_before(view: SentenceView, part: Mention) -> Mention | None:
    """The organisation a pronoun after ``part`` stands for (جناحها، التابعة لها): the latest one
    named before it, other than it."""
    return next((m for m in reversed(view.mentions) if m.token_end <= part.token_start
                 and m.type in ORG_TYPES and m.entity_id != part.entity_id), None)


@needs("part_of")
def belonging_to_a_pronoun(sc: SentenceContext):
    """تبنى التنظيم الهجوم عبر وكالة أعماق التابعة له / بيان نشرته مؤسسة الزلاقة الإعلامية
    التابعة لها: an organisation described as belonging (part_of) to a pronoun after ل (له، لها،
    لهم) is PART_OF the organisation the pronoun stands for (the latest one before it)."""
    view, lists = sc.view, sc.lexicon.lists
    if view.sentence.norm_set.isdisjoint(lists["part_of"]):
        return
    tokens = view.tokens
    for k in range(1, len(tokens) - 1):
        if tokens[k].norm not in lists["part_of"] or view.covering(k) \
                or not (tokens[k + 1].norm.startswith("ل") and tokens[k + 1].norm[1:] in SUFFIXES):
            continue
        e = k
        if not view.covering(k - 1) and tokens[k - 1].norm.startswith("ال") and tokens[k - 1].norm.endswith(("ي", "ه")):
            e = k - 1                                 # مؤسسة الزلاقة الإعلامية التابعة لها: past its adjective
        part = view.covering(e - 1) if e > 0 else None
        if part is None or part.token_end != e or part.type not in ORG_TYPES | {TYPES.outlet}:
            continue
        owner = _organisation_before(view, part)
        if owner is not None:
            add_claim(sc, part, RELATIONS.part_of, owner, "part_of:owner_pronoun", 0.75, position=k)


@needs("join_words")
@needs(words=lambda lists: _WITH_A_PRONOUN[lists["ranks_words"]])
def joined_to_its_ranks(sc: SentenceContext):
    """أعلن الاتحاد عن ضم قبائل X وY إلى صفوفه / أعلنت الهيئة انضمام كتيبة X إلى صفوفها: a word of
    joining or adding (join_words: ضم، انضمام, their verbs), the bodies after it, then إلى and ranks
    with a pronoun (صفوفه، صفوفها): each body PART_OF the one the pronoun stands for (named before
    the word of joining)."""
    view, lists = sc.view, sc.lexicon.lists
    ranks = _WITH_A_PRONOUN[lists["ranks_words"]]
    if view.stem_set().isdisjoint(ranks) or view.stem_set().isdisjoint(lists["join_words"]):
        return
    tokens = view.tokens
    for k in range(2, len(tokens)):
        if tokens[k].norm not in ranks or tokens[k - 1].norm not in ("الي", "إلى") or view.covering(k):
            continue
        j = k - 2
        while j >= 0 and k - j <= 14 and not view.is_break(j) and not (
                view.covering(j) is None and not lists["join_words"].isdisjoint(view.token_stems(j))):
            j -= 1
        if j < 0 or k - j > 14 or view.is_break(j):
            continue
        parts = [m for m in view.mentions if j < m.token_start and m.token_end <= k - 1 and m.type in ORG_TYPES]
        owner = pronoun_referent(sc, j) if parts else None
        if owner is None or owner.type not in ORG_TYPES:
            continue
        for part in parts:
            if part.entity_id != owner.entity_id:
                add_claim(sc, part, RELATIONS.part_of, owner, "part_of:joined_ranks", 0.75, tokens[j].text)


@needs("loyal_to", "supported_by")
def second_description(sc: SentenceContext):
    """كتيبة طارق بن زياد التابعة للجيش الليبي والموالية لخليفة حفتر / الفصائل الموالية لتركيا
    والمدعومة من قطر: a second describing phrase joined by و after a first (التابعة لـ، الموالية
    لـ، المدعومة من) describes the same head: its backer SUPPORTS the head."""
    view, lists = sc.view, sc.lexicon.lists
    describing = lists["loyal_to"] | lists["supported_by"]
    if view.stem_set().isdisjoint(describing):
        return
    tokens = view.tokens
    for k in range(2, len(tokens) - 1):
        norm = tokens[k].norm
        if not norm.startswith("و") or norm[1:] not in describing or view.covering(k):
            continue
        backer = view.mention_at(k + 2) if tokens[k + 1].norm == "من" else view.mention_at(k + 1)
        if backer is None or backer.type not in ACTOR_TYPES or (
                tokens[k + 1].norm != "من" and not _prefix(view, backer).endswith(("ل", "من"))):
            continue
        j = k - 1
        while j > 0 and (tokens[j].norm in QUOTES or tokens[j].norm in ("،", ",")):
            j -= 1
        first = view.covering(j)                      # the body the first phrase names
        if first is None or first.token_end != j + 1 or first.token_start < 2:
            continue
        d = first.token_start - 1                     # التابعة / الموالية / المدعومة (من)
        if tokens[d].norm == "من":
            d -= 1
        if view.covering(d) or not (tokens[d].norm in describing or tokens[d].norm in lists["part_of"]):
            continue
        e = d - 1
        while e > 0 and not view.covering(e) and d - e <= 2 and tokens[e].norm.startswith("ال") \
                and tokens[e].norm.endswith(("ي", "يه", "ه")):
            e -= 1                                    # كتيبة سبل السلام السلفية التابعة ...
        head = view.covering(e)
        if head is not None and head.token_end == e + 1 and head.type in ACTOR_TYPES \
                and head.entity_id not in (backer.entity_id, first.entity_id):
            add_claim(sc, backer, RELATIONS.supports, head, "supports:second_description", 0.8, tokens[k].text)


SENTENCE_STRUCTURE_RULES: tuple[Callable[[SentenceContext], None], ...] = (
    title_rules,
    title_with_a_pronoun,
    nested_name_rules,
    takes_as_base,
    taken_in_a_relative,
    follows_a_body,
    part_in_a_relative,
    bases_in_place,
    wing_with_a_pronoun,
    belonging_to_a_pronoun,
    facility_in_after_a_relative,
    place_in_a_where_clause,
    one_of_the_towns_of_a_nationality,
    region_named_with_its_country,
    side_of_the_country,
    second_description,
    joined_to_its_ranks,
)
