"""The relations stage: trigger words and structural cues to Claims with provenance.

``extract`` is the stage: one resolved article in, its claims with its entities and mentions
out. The lexicon and registry are passed in (by default the ones loaded from ontology/ and the
registry files). ``RelationExtractor`` reads an article sentence by sentence over an explicit
``ArticleState`` (kg.relations.context): for each sentence, with the source the sentence
credits (kg.relations.attribution), the structural rules (kg.relations.structure), the
construction rules (kg.relations.constructions.SENTENCE_RULES), every trigger word
(``read_trigger``: its subject from kg.relations.subjects, its objects from
kg.relations.arguments) and last the PART_OF a pronoun states. The learned scorer
(kg.relations.scorer) then adds or drops claims through the same claim maker.
"""
from __future__ import annotations

import functools
from dataclasses import replace

from kg.arabic import is_word, phrase_key, proclitic_variants
from kg.language.cues import Cues, load_cues
from kg.language.lexicon import Lexicon, load_lexicon, stems
from kg.language.words import AMONG_WORDS, CORE_PREPOSITIONS, PREFIXES, SUFFIXES, PLURAL_SUFFIXES, NEGATIONS, NOT_DONE_LINKS, ACTOR_TYPES, ORG_TYPES, ORDINAL_REFERENCES, PLACE_TYPES, QUOTES, RELATIVE, TIME_SPAN_OPENERS, TIME_SPAN_WORDS, TIME_WORDS, TIME_ADVERBS, PREPOSITIONS, BRACKETS
from kg.language.names import GROUPS, RELATIONS, TYPES
from kg.memo import Memo
from kg.registry import Registry, load_registry
from kg.relations import arguments
from kg.relations.attribution import Source, attributions, hedged_by_disclaimers, without_own_spokesman
from kg.relations.constructions import (SENTENCE_RULES, needs, rules_for, closed_belief_aside, purpose_of_support, support_with_its_agent, acting_party, backed_past_a_comma, fights_alongside, force_with_nationality, joint_actors, past_joint_partners, sides_after_between,
                                        receives_support, skip_quotes, strike_agent_after)
from kg.relations.context import ArticleState, SentenceContext, TriggerContext, add_claim, country_mention, group_adjective
from kg.relations.scorer import rescore
from kg.relations.structure import pronoun_part_of, structural_rules
from kg.relations.subjects import ATTACK_FAMILY, COMMAS, SubjectQuery, find_subject, past_a_time_aside
from kg.relations.view import SentenceView, _prefix
from ontology import vocabulary
from kg.types import ArticleExtraction, ArticleInfo, Claim, Mention, ResolvedArticle


class RelationExtractor:
    """Reads the claims of one article, sentence by sentence, over an explicit ArticleState."""

    def __init__(self, resolved: ResolvedArticle, lexicon: Lexicon | None = None, registry: Registry | None = None,
                 cues: Cues | None = None):
        self.resolved = resolved
        self.lexicon = lexicon if lexicon is not None else load_lexicon()
        self.registry = registry if registry is not None else load_registry()
        self.cues = cues if cues is not None else load_cues()
        by_sentence: dict[int, list[Mention]] = {}
        for m in resolved.mentions:
            by_sentence.setdefault(m.sentence, []).append(m)
        self.views = [SentenceView(s, by_sentence.get(s.index, [])) for s in resolved.sentences]
        self.state = ArticleState(mentions=tuple(resolved.mentions))
        self._sources: dict[int, Source] | None = None

    @property
    def claims(self) -> list[Claim]:
        """The claims made so far (before the own-spokesman pass of ``run``)."""
        return self.state.claims

    def sources(self) -> dict[int, Source]:
        """Sentence index -> the outlet or speaker the sentence credits (read once)."""
        if self._sources is None:
            self._sources = attributions(self.views, self.lexicon, self.resolved.article.text)
        return self._sources

    def sentence_context(self, view: SentenceView) -> SentenceContext:
        """The context a sentence's rules read: its view, the lexicon, the registry, the
        article's state and the source the sentence credits."""
        return SentenceContext(view, self.lexicon, self.registry, self.resolved.article, self.state,
                               self.sources().get(view.sentence.index), self.resolved.context_country, self.cues)

    def run(self) -> list[Claim]:
        """Every rule on every sentence, in order; the article's claims."""
        for view in self.views:
            sc = self.sentence_context(view)
            structural_rules(sc)
            rules = sc.rules
            for rule in rules_for(view, self.lexicon.lists):     # (the rules the sentence's words let run)
                rule(rules)
            read_triggers(sc)
            for rule in rules_for(view, self.lexicon.lists, AFTER_THE_TRIGGERS):
                rule(sc)
            self.state.history.extend(view.mentions)
            vars(sc).pop("rules", None)      # its closures refer back to sc: a cycle only the collector would free
        claims = hedged_by_disclaimers(self.state.claims, self.views, self.lexicon)
        return without_own_spokesman(claims, self.lexicon, self.registry)

    def add_claim(self, sentence: int, subj: Mention, rel: str, obj: Mention, rule: str, conf: float) -> None:
        """A claim of sentence index ``sentence`` made outside the rules (the learned scorer's),
        credited, hedged and dated as a rule's claim of that sentence."""
        view = next(v for v in self.views if v.sentence.index == sentence)
        add_claim(self.sentence_context(view), subj, rel, obj, rule, conf)


TAKING_RELATIONS = frozenset((RELATIONS.captured, RELATIONS.entered))


@needs("siege_nouns")
def siege_before_the_taking(sc: SentenceContext) -> None:
    """سيطرت قوات X على مدينة Y بعد حصار استمر أشهرا: a siege noun after a word of after (after_words)
    with no actor or preposition of its own: the one who took or entered the place BESIEGED it."""
    view, lists = sc.view, sc.lexicon.lists
    if view.stem_set().isdisjoint(lists["siege_nouns"]):
        return
    tokens = view.tokens
    for k in range(1, len(tokens)):
        if view.covering(k) or view.token_stems(k).isdisjoint(lists["siege_nouns"]) \
                or tokens[k - 1].norm not in lists["after_words"]:
            continue
        nxt = tokens[k + 1].norm if k + 1 < len(tokens) else ""
        if view.mention_at(k + 1) is not None or nxt in CORE_PREPOSITIONS \
                or any(nxt.startswith(v) for v in lists["siege_verbs"]):
            continue           # بعد حصار قوات X / حصار على المدينة / حصار فرضته الفصائل: a siege of its own
        start = view.sentence.start
        taken = [c for c in sc.state.claims if c.provenance.start == start and c.predicate in TAKING_RELATIONS]
        for c in taken:
            subj = next((m for m in view.mentions if m.entity_id == c.subject), None)
            obj = next((m for m in view.mentions if m.entity_id == c.object), None)
            if subj is not None and obj is not None and subj.token_start < k and obj.token_start < k:
                add_claim(sc, subj, RELATIONS.besieged, obj, "besieged:before_the_taking", 0.6, tokens[k].text)


OPERATION_RELATIONS = frozenset((RELATIONS.entered, RELATIONS.captured, RELATIONS.withdrew_from, RELATIONS.attacked))


@needs("operation_nouns")
@needs("include_words")
def places_the_operation_included(sc: SentenceContext) -> None:
    """وبحسب البيان فإن العملية شملت بلدات A وB وC: an operation noun (operation_nouns) with a word of
    inclusion right after or before it, then places: each place is one more object of the latest
    movement or attack the article stated from a trigger (its actor, its relation)."""
    view, lists = sc.view, sc.lexicon.lists
    stems_ = view.stem_set()
    if stems_.isdisjoint(lists["operation_nouns"]) or stems_.isdisjoint(lists["include_words"]):
        return
    tokens = view.tokens
    k = next((k for k in range(len(tokens) - 1) if not view.covering(k)
              and not view.token_stems(k).isdisjoint(lists["operation_nouns"])
              and any(0 <= j < len(tokens) and not view.token_stems(j).isdisjoint(lists["include_words"])
                      for j in (k - 1, k + 1))), None)
    if k is None:
        return
    latest = next((c for c in reversed(sc.state.claims) if c.predicate in OPERATION_RELATIONS
                   and c.provenance.rule.count(":") == 2 and c.provenance.start != view.sentence.start), None)
    if latest is None:
        return
    actor = next((m for m in reversed(list(sc.state.history)) if m.entity_id == latest.subject), None)
    for m in view.mentions:
        if m.token_start > k and m.type == TYPES.city and m.source != "nested" \
                and (m.sentence, m.token_start) not in sc.state.containers and actor is not None:
            add_claim(sc, actor, latest.predicate, m, f"{latest.predicate.lower()}:operation_included", 0.6,
                      tokens[k].text)


CASUALTY_REACH = 12        # words from the noun of killing to the dead it names (a number, من, their owner)
_FORCE_TARGETS = frozenset((TYPES.armed_group, TYPES.state_force))


@needs("result_words")
@needs("killing_nouns")
def killed_in_the_attack(sc: SentenceContext) -> None:
    """قصفت القوات مواقع الحركة، ما أسفر عن مقتل 30 عنصرا منها / داهمت القوة مخبأ للتنظيم، ما أسفر
    عن مقتل القيادي فلان: an attack the sentence stated from a trigger, then a word of result
    (result_words) and a noun of killing: its attacker KILLED the named dead, the group whose
    members died (عنصرا من X), or the actor attacked when the dead are its own (عناصرها، منهم) or
    are soldiers no one else owns (مقتل سبعة جنود)."""
    view, lists = sc.view, sc.lexicon.lists
    stems_ = view.stem_set()
    if stems_.isdisjoint(lists["result_words"]) or stems_.isdisjoint(lists["killing_nouns"]):
        return
    start = view.sentence.start
    attacks = [c for c in sc.state.claims if c.provenance.start == start and c.predicate == RELATIONS.attacked
               and c.provenance.trigger]
    if not attacks:
        return
    tokens = view.tokens
    r = next((k for k in range(1, len(tokens) - 1) if not view.covering(k)
              and not view.token_stems(k).isdisjoint(lists["result_words"])), None)
    if r is None:
        return
    k = next((j for j in range(r + 1, min(r + 4, len(tokens))) if view.covering(j) is None
              and not view.token_stems(j).isdisjoint(lists["killing_nouns"])), None)
    if k is None or any(view.covering(j) is not None or view.is_break(j) for j in range(r + 1, k)):
        return                 # أسفر عن مقتل / أسفر القصف عن مقتل
    before = [c for c in attacks if any(tokens[j].text == c.provenance.trigger for j in range(r))]
    if not before or len({c.subject for c in before}) != 1:
        return                 # (two attackers: whose dead is not said)
    known = list(view.mentions) + list(reversed(sc.state.history))
    attacker = next((m for m in known if m.entity_id == before[0].subject), None)
    targets = [m for c in before for m in view.mentions if m.entity_id == c.object and m.type in _FORCE_TARGETS]
    if attacker is None:
        return
    for victim in casualties(sc, k + 1, targets[:1]):
        add_claim(sc, attacker, RELATIONS.killed, victim, "killed:result_of_attack", 0.7, tokens[k].text, position=k)


FIGHT_RELATIONS = frozenset((RELATIONS.attacked, RELATIONS.clashed_with))


def killed_after_the_fight(sc: SentenceContext) -> None:
    """اشتبكت القوات مع مسلحي الحركة وقتلت ستة منهم / هاجم الجيش مواقع الحركة وقتل 12 من عناصرها: a
    verb of killing joined by و to an attack or a clash the sentence stated before it, whose dead
    are counted with a pronoun (منهم، عناصرها) or named: the one who attacked or fought killed
    the actor it fought (or the named dead)."""
    view, tokens = sc.view, sc.view.tokens
    if view.stem_set().isdisjoint(sc.lexicon.verb_stems.get(RELATIONS.killed, ())):
        return                 # (most sentences: no verb of killing at all, each token not tested)
    readings = sc.lexicon.trigger_readings
    joined = [k for k in range(1, len(tokens) - 1) if tokens[k].norm.startswith("و") and not view.covering(k)
              and any(r.relation == RELATIONS.killed and r.kind == "verb" for r in readings[tokens[k].norm])]
    if not joined:
        return                 # (most sentences: no joined verb of killing, the claims are not read)
    start = view.sentence.start
    fights = [c for c in sc.state.claims if c.provenance.start == start and c.predicate in FIGHT_RELATIONS
              and c.provenance.trigger]
    for k in joined:
        before = [c for c in fights if any(tokens[j].text == c.provenance.trigger for j in range(k))]
        if not before or len({c.subject for c in before}) != 1:
            continue
        known = list(view.mentions) + list(reversed(sc.state.history))
        fighter = next((m for m in known if m.entity_id == before[-1].subject), None)
        foes = [m for c in before for m in view.mentions if m.entity_id == c.object and m.type in _FORCE_TARGETS
                and m.token_end <= k]
        if fighter is None or not foes:
            continue
        for victim in casualties(sc, k + 1, foes[-1:]):
            add_claim(sc, fighter, RELATIONS.killed, victim, "killed:after_the_fight", 0.7, tokens[k].text, position=k)


def casualties(sc: SentenceContext, k: int, targets: list[Mention]) -> list[Mention]:
    """مقتل 30 عنصرا من الحركة / مقتل عدد من عناصرها / مقتل سبعة جنود / مقتل القيادي فلان، بينهم
    فلان: from token k, the dead named (persons), the group their members belong to (من X), else
    ``targets`` when they are the attacked one's (a pronoun) or owned by none (bare soldiers)."""
    view, tokens, lists = sc.view, sc.view.tokens, sc.lexicon.lists
    nouns = lists["casualty_nouns"]
    out: list[Mention] = []
    noun = None
    j = k
    while j < min(k + CASUALTY_REACH, len(tokens)):
        m = view.mention_at(j)
        if m is not None:
            if m.type == TYPES.person:
                out.append(m)
            elif noun is not None and m.type in _FORCE_TARGETS and j - 1 >= 0 \
                    and (tokens[j - 1].norm == "من" or j - 1 == noun):
                return out + [m]           # 30 عنصرا من الحركة / عناصر الحركة
            elif m.type in _FORCE_TARGETS and tokens[j].norm in nouns:
                return out + [m]           # ثلاثة جنود كينيين: soldiers named by their country's army
            j = m.token_end
            continue
        n = tokens[j].norm
        if view.is_break(j) and not (j + 1 < len(tokens) and tokens[j + 1].norm in AMONG_WORDS):
            break              # (a comma goes on only to بينهم فلان)
        counted = j > k and (tokens[j - 1].norm.isdigit() or tokens[j - 1].norm in lists["number_words"])
        if n in nouns:
            noun = j
        elif n[-2:] in ("ها", "هم") and n[:-2] in nouns or n[-1:] == "ه" and n[:-1] in nouns \
                or n in ("منها", "منهم", "منه") and (noun is not None or counted):
            return out + targets          # عناصرها، 30 منهم: the attacked one's own
        j += 1
    if noun is not None and not out and country_mention(sc, noun + 1) is None:
        return targets         # مقتل سبعة جنود (not جنود أتراك: whose country names their army)
    return out


# The rules that read the claims the trigger words of their sentence made, in order, after them.
AFTER_THE_TRIGGERS = (siege_before_the_taking, places_the_operation_included, killed_in_the_attack,
                      killed_after_the_fight, pronoun_part_of)


def read_triggers(sc: SentenceContext) -> None:
    """Every trigger word of the sentence (ontology/triggers.json) that no mention covers and
    that states an event (not فك الحصار، not توعد باستعادة، not جبهة تحرير ...), in every reading."""
    view, lexicon = sc.view, sc.lexicon
    tokens = view.tokens
    readings = map(lexicon.trigger_readings.__getitem__, view.sentence.norms)
    for t, trigs in [(t, trigs) for t, trigs in enumerate(readings) if trigs]:
        if view.covering(t) or time_phrase(view, t) or undone(sc, t) or inside_a_name(sc, t) \
                or under_cover(sc, t) is not None:
            continue
        claims_before, read_as_verb, marked = len(sc.state.claims), False, set()
        for trig in sorted(trigs, key=lambda tr: tr.kind != "verb"):     # the verb readings first
            verb = trig.kind == "verb"
            if not verb and read_as_verb:
                break          # قصف الجيش الإسرائيلي بلدة X: a verb with its clause, not also "the shelling"
            if trig.agent != "marked" and trig.relation in marked:
                continue       # قتل جنود في هجوم شنه مسلحو الحركة: the noun's own agent, not the victims before it
            norm = tokens[t].norm
            if trig.relation == RELATIONS.captured and not trig.prep and frees_people(sc, t):
                continue       # حررت الفصائل المعتقلين من سجن X: RELEASED_PRISONERS, the prison not captured
            if verb and after_a_preposition(sc, t):
                continue       # إثر تدخل عسكري، بعد قصف، خلال اقتحام: a verbal noun there, never a verb
            if verb and t > 0 and tokens[t - 1].norm == "ان" and any(mark in tokens[t].text for mark in TANWEEN_MARKS):
                continue       # قالت إن قصفاً مدفعياً للدعم السريع: إنّ and a word with tanween, a noun
            if verb and trig.relation == RELATIONS.entered and standing_presence(sc, t):
                trig = replace(trig, relation=RELATIONS.based_in)   # تنتشر القوات في X منذ عام 2016
            if not verb and trig.relation == RELATIONS.entered and widened_presence(sc, t):
                trig = replace(trig, relation=RELATIONS.based_in)   # عزز الجيش انتشاره في محيط البلدة
            if verb and purpose_of_support(sc.rules, t):
                continue       # ، دعما للحكومة: an accusative of purpose (support_as_a_purpose), no dual verb
            if trig.relation == RELATIONS.captured and attempted_capture(sc, t):
                continue       # حاولت القوات السيطرة على المدينة: an attempt, the place not taken
            if trig.suffixed and performed(sc, t, trig):
                read_trigger(TriggerContext(sc, t, replace(trig, suffixed=False), tokens[t].text, object_pronoun=True))
                continue       # قامت القوات بمحاصرته: the suffix is what was besieged
            read_trigger(TriggerContext(sc, t, trig, tokens[t].text,
                                        future=verb and future_verb(lexicon, norm),
                                        feminine=verb and arguments.feminine_verb(lexicon, norm)))
            if verb and trig.relation == RELATIONS.entered and deployed_subject_first(sc, t):
                read_trigger(TriggerContext(sc, t, replace(trig, relation=RELATIONS.based_in), tokens[t].text,
                                            feminine=arguments.feminine_verb(lexicon, norm)))
            read_as_verb = verb and len(sc.state.claims) > claims_before
            if trig.agent == "marked" and len(sc.state.claims) > claims_before:
                marked.add(trig.relation)
    for t, base, trigs in verbs_with_an_object_pronoun(sc):
        for trig in trigs:
            read_trigger(TriggerContext(sc, t, trig, tokens[t].text, future=future_verb(lexicon, base),
                                        feminine=arguments.feminine_verb(lexicon, base), object_pronoun=True))


def time_phrase(view: SentenceView, t: int) -> bool:
    """فجر اليوم، فجر الأحد: a trigger word that is also a time word (فجر: dawn, not "blew up"),
    followed by another time word."""
    tokens = view.tokens
    return tokens[t].norm in TIME_WORDS and t + 1 < len(tokens) and tokens[t + 1].norm in TIME_WORDS \
        or time_adverb(view, t)


TANWEEN_OF_THE_ACCUSATIVE = "\u064b"
TANWEEN_MARKS = ("\u064b", "\u064c", "\u064d")     # ً ٌ ٍ: only a noun or an adjective carries them


def time_adverb(view: SentenceView, t: int) -> bool:
    """توغلت القوة فجراً عند أطراف البلدة: a time of day in the accusative (at dawn), not the dual
    verb (فجّرا: the two blew up); read so when written with tanween, or when a preposition,
    punctuation or the sentence's end follows (a verb would have its object there)."""
    tokens = view.tokens
    if tokens[t].norm not in TIME_ADVERBS:
        return False
    if TANWEEN_OF_THE_ACCUSATIVE in tokens[t].text:
        return True
    nxt = tokens[t + 1].norm if t + 1 < len(tokens) else ""
    return not nxt or nxt in PREPOSITIONS or not nxt[0].isalpha() or nxt in TIME_WORDS
def witnessed_place(sc: SentenceContext, t: int, subj: Mention | None) -> list[Mention]:
    """شهدت بلدة الخيام انسحاب الجيش الإسرائيلي / تشهد المدينة منذ أيام دخول قوات ...: the place
    after a verb of witnessing (witness_verbs) at most eight words before the verbal noun at t is
    where its event happens: the object of a verbal noun that names none."""
    view = sc.view
    verbs = sc.lexicon.lists["witness_verbs"]
    for k in range(t - 1, max(-1, t - 9), -1):
        if view.is_break(k) and view.tokens[k].norm not in ("،", ","):
            return []
        if not view.covering(k) and not verbs.isdisjoint(view.token_stems(k)):
            m = view.mention_at(k + 1)
            ok = m is not None and m.type in PLACE_TYPES and m.type != TYPES.country and m.token_end <= t
            return [m] if ok and (subj is None or subj.entity_id != m.entity_id) else []
    return []


def frees_people(sc: SentenceContext, t: int) -> bool:
    """حررت فصائل المعارضة المعتقلين / تحرير الأسرى: the direct object of the verb at t (past its
    subject) is a word of prisoner_nouns, not a place: people were freed."""
    view = sc.view
    prisoners = sc.lexicon.lists["prisoner_nouns"]
    for k in range(t + 1, min(t + 7, len(view.tokens))):
        if view.is_break(k):
            return False
        m = view.covering(k)
        if m is not None:
            if m.type in PLACE_TYPES:
                return False
            continue
        return not prisoners.isdisjoint(view.token_stems(k))
    return False


def performed(sc: SentenceContext, t: int, trig) -> bool:
    """قامت مجموعات مسلحة بمحاصرته والسيطرة عليه: the verbal noun at t, of a verb that takes a
    direct object, carries بـ and a pronoun suffix and is the predicate of a form of قام (perform_verbs)
    at most six words before it in the clause: the suffix is its object, not its agent."""
    view = sc.view
    if trig.kind != "masdar" or trig.prep or trig.then or not view.tokens[t].norm.startswith("ب"):
        return False
    verbs = sc.lexicon.lists["perform_verbs"]
    for k in range(t - 1, max(-1, t - 7), -1):
        if view.is_break(k):
            return False
        if not verbs.isdisjoint(view.token_stems(k)):
            return True
    return False


def verbs_with_an_object_pronoun(sc: SentenceContext):
    """دخلتها قوات الدعم السريع، الأهداف التي استهدفها: a trigger verb that takes a direct object,
    written with that object as a pronoun suffix (ها، هم، هما، ه): (token, the verb without the
    suffix, its readings) for each such token no mention covers."""
    view = sc.view
    readings = _object_pronoun_readings(sc.lexicon)
    for t in [t for t, hit in enumerate(map(readings.__getitem__, view.sentence.norms)) if hit is not None]:
        if not view.covering(t) and not undone(sc, t) and not inside_a_name(sc, t):
            form, trigs = readings[view.sentence.norms[t]]
            yield t, form, trigs


_PRONOUN_READINGS: list = [None, None]      # [lexicon, its Memo]: token form -> (verb, readings) or None


def _object_pronoun_readings(lexicon: Lexicon) -> Memo:
    """Token form -> (the trigger verb without its object pronoun suffix, its readings that take a
    direct object) or None, per form (what verbs_with_an_object_pronoun tests on every token needs
    no sentence: it is read once per distinct form, the sentence's own tests only at the hits)."""
    if _PRONOUN_READINGS[0] is not lexicon:
        _PRONOUN_READINGS[:] = [lexicon, Memo(functools.partial(_object_pronoun_reading, lexicon))]
    return _PRONOUN_READINGS[1]


def _object_pronoun_reading(lexicon: Lexicon, norm: str) -> tuple[str, tuple] | None:
    """دخلتها -> (دخلت, its readings): the first verb form (suffix by suffix) a pronoun-suffixed
    token is, with its readings that take a direct object (no preposition, no 'then' word)."""
    if len(norm) < 5 or not norm.endswith(SUFFIXES) or lexicon.trigger_readings[norm]:
        return None
    for suffix in SUFFIXES:
        if not norm.endswith(suffix):
            continue
        base = norm[:-len(suffix)]
        if suffix == "ه" and not present_verb_shape(base):
            continue          # مسيره، ضربه: ه is also a feminine ending (ة); a present verb has none
        for form in (base, base + "ا") if base.endswith("و") else (base,):
            trigs = tuple(tr for tr in lexicon.trigger_readings[form] if tr.kind == "verb" and not tr.prep and not tr.then)
            if trigs:
                return form, trigs
    return None


def present_verb_shape(word: str) -> bool:
    """تدعم، يهاجم، وتدعم، اقتحم: a present-tense prefix (or the alif of a derived past: اقتحم), after و
    or ف, and at least three letters after it."""
    if word[:1] in "وف" and len(word) > 4:
        word = word[1:]
    return word[:1] in PREFIXES and len(word) >= 4


def then_word_before(tc: TriggerContext) -> tuple[None, int] | None:
    """وقال مصدر إن الضربات طالت مقرا للحزب: the trigger's 'then' word before it, as the definite
    noun of strike that opens the clause (arguments.strike_noun_before): no subject after the verb
    (the subject rules read the noun), the object from the next token; else None."""
    k = arguments.strike_noun_before(tc.sentence, tc.position)
    if k is None or tc.sentence.view.token_stems(k).isdisjoint(tc.trigger.then):
        return None
    return None, tc.position + 1


def subject_before_then_word(tc: TriggerContext) -> tuple[Mention | None, int] | None:
    """شنت الولايات المتحدة والمملكة المتحدة غارات على ...: for a trigger that needs a 'then' word
    (شن ... غارات), the actor between the verb and that word (or None) and the index after the
    word; None when the word does not follow."""
    sc, trig = tc.sentence, tc.trigger
    view, lexicon, rules = sc.view, sc.lexicon, sc.rules
    tokens = view.tokens
    after = tc.position + 1
    subject_after_verb = None
    k, limit = after, after + 10
    while k < len(tokens) and k < limit:
        if view.is_break(k):
            past = past_a_time_aside(view, k)
            if past == k:
                break
            limit, k = limit + past - k, past     # شن الطيران الإسرائيلي، فجر اليوم، سلسلة غارات
            continue
        if subject_after_verb is None and k == after and not view.token_stems(k).isdisjoint(trig.then):
            break             # تقديم الدعم لحزب الله: the word comes first; the actor after it is no owner
        m = view.mention_at(k)
        if m is not None and subject_after_verb is None and m.type in ACTOR_TYPES:
            subject_after_verb, k = m, m.token_end
            continue
        if m is not None and subject_after_verb is not None and subject_after_verb.source == "adjective" \
                and m.type == TYPES.person and m.token_start == subject_after_verb.token_end:
            subject_after_verb, k = m, m.token_end     # عقد الرئيس اللبناني جوزاف عون: the person, not his country
            continue
        if m is not None and subject_after_verb is not None and (m.entity_id == subject_after_verb.entity_id or (
                m.type in ACTOR_TYPES and _prefix(view, m).startswith("و"))):
            k = m.token_end            # شنت الولايات المتحدة والمملكة المتحدة غارات
            continue
        if subject_after_verb is not None and tokens[k].norm in lexicon.lists["led_by"]:
            leader = view.mention_at(k + 1)
            if leader is not None and leader.type in ACTOR_TYPES:
                k = leader.token_end      # شنت قوات الجيش الوطني بقيادة حفتر هجوما: the leader qualifies the subject
                continue
        if subject_after_verb is not None and subject_after_verb.type == TYPES.person:
            conjunct = arguments.titled_conjunct(sc, k)
            if conjunct is not None:
                k = conjunct.token_end    # عقد عون ورئيس الحكومة نواف سلام اجتماعا
                continue
        if subject_after_verb is not None and not view.token_stems(k).isdisjoint(trig.then):
            break                     # وقفت روسيا إلى جانب X: the word itself, not a partner (إلى جانب)
        joint = past_joint_partners(rules, k) if subject_after_verb is not None else k
        if joint != k:
            k = joint                 # نفذت الحركة بالاشتراك مع كتائب الأقصى هجوما
            continue
        owner = owner_of_a_force(sc, k) if subject_after_verb is None else None
        if owner is not None:
            subject_after_verb, k = owner, owner.token_end     # نفذت طائرات مسيرة تابعة للدعم السريع هجوما
            continue
        own = own_forces_of_a_pronoun(sc, k) if subject_after_verb is None and k == after else None
        if own is not None:
            subject_after_verb, k = own     # واصل الجيش اعتداءاته، إذ شنت طائراته الحربية غارتين
            continue
        forces = force_with_nationality(rules, k) if subject_after_verb is None else None
        if forces is not None:
            subject_after_verb, k = forces            # شنت المقاتلات والمسيرات الإسرائيلية غارات
            continue
        n = tokens[k].norm
        span = past_a_time_span(view, k, lexicon.lists["number_words"])
        if span != k:
            limit, k = limit + span - k, span     # شن التنظيم خلال الأسبوع الماضي هجمات
            continue
        if n in QUOTES or n in lexicon.lists["quantifiers"] or n in TIME_WORDS or n == "من" \
                or n.isdigit() or n in lexicon.lists["number_words"] or _bare_time_span(view, k) \
                or (subject_after_verb is not None and any(st in sc.registry.nationality for st in stems(n))):
            k += 1
            continue
        if subject_after_verb is None and k + 1 < len(tokens) and view.mention_at(k + 1) is not None \
                and k - after < 2 and is_word(n):
            k += 1         # طائرات الاحتلال: the head of a construct whose owner acts
            continue
        if subject_after_verb is None and k + 2 < len(tokens) and k - after < 2 and tokens[k + 1].norm == "من" \
                and n in lexicon.lists["fighter_nouns"] and view.mention_at(k + 2) is not None \
                and view.mention_at(k + 2).type in ACTOR_TYPES:
            subject_after_verb = view.mention_at(k + 2)       # نصب مسلحون من الهيئة كمينا: fighters of an actor
            k = subject_after_verb.token_end
            continue
        break
    if k >= len(tokens) or view.token_stems(k).isdisjoint(trig.then):
        return None
    if k + 1 < len(tokens) and not view.covering(k + 1) and not view.token_stems(k + 1).isdisjoint(trig.then):
        k += 1             # تبادلت قواته إطلاق النار مع، تبادلا إطلاق القذائف: two 'then' words make one phrase
    return subject_after_verb, k + 1


def own_forces_of_a_pronoun(sc: SentenceContext, k: int) -> tuple[Mention, int] | None:
    """واصل الجيش الإسرائيلي اعتداءاته، إذ شنت طائراته الحربية غارتين على البلدة: at token k, right
    after a verb that wants a 'then' word, a force or weapon noun with a pronoun suffix (طائراته،
    مقاتلاتها، مدفعيته) and at most two definite words describing it (an adjective of relation such
    as الحربية, or a word that is no trigger): the actor the pronoun stands for and the token after
    the description; else None."""
    view, tokens = sc.view, sc.view.tokens
    if k >= len(tokens) or view.covering(k) or not arguments.suffixed_force_noun(tokens[k].norm, sc.lexicon.lists):
        return None
    referent = arguments.pronoun_referent(sc, k)
    if referent is None:
        return None
    j = k + 1
    while j < min(k + 3, len(tokens)) and tokens[j].norm.startswith("ال") and not view.covering(j) \
            and not view.is_break(j) and (tokens[j].norm.endswith(("يه", "ي")) or not sc.lexicon.trigger_readings[tokens[j].norm]):
        j += 1
    return referent, j


def _bare_time_span(view: SentenceView, k: int) -> bool:
    """شن سلاح الجو الأسبوع الماضي غارات: at token k a word of a span of time (time_span_words:
    الأسبوع، الشهر، العام) that a time word follows (الماضي، الجاري), with no opener before it: a
    time, no part of the verb's object."""
    tokens = view.tokens
    return k + 1 < len(tokens) and tokens[k].norm in TIME_SPAN_WORDS and not view.covering(k) \
        and (tokens[k + 1].norm in TIME_WORDS or tokens[k + 1].norm in TIME_SPAN_WORDS)


def past_a_time_span(view: SentenceView, k: int, numbers: frozenset = frozenset()) -> int:
    """خلال الأسبوع الماضي، منذ أيام، طوال الساعات الأخيرة at token k: a time_span_openers word and
    one to four words of time (time_span_words, time_words, numbers): the token after them; else k."""
    tokens = view.tokens
    if k >= len(tokens) or tokens[k].norm not in TIME_SPAN_OPENERS:
        return k
    j = k + 1
    while j < min(k + 5, len(tokens)) and not view.covering(j) and (
            tokens[j].norm in TIME_SPAN_WORDS or tokens[j].norm in TIME_WORDS or tokens[j].norm.isdigit()
            or tokens[j].norm in numbers):
        j += 1
    return j if j > k + 1 else k


def owner_of_a_force(sc: SentenceContext, k: int) -> Mention | None:
    """طائرات مسيرة تابعة لقوات الدعم السريع / عناصر تابعون للجيش at token k: a force or fighter
    noun (and a describing word), a word of belonging, and the owner with لـ: that owner."""
    view, lists = sc.view, sc.lexicon.lists
    tokens = view.tokens
    if k >= len(tokens) or view.covering(k) or view.token_stems(k).isdisjoint(lists["force_nouns"] | lists["fighter_nouns"]):
        return None
    for j in (k + 1, k + 2):
        if j + 1 >= len(tokens) or view.covering(j) or view.is_break(j):
            return None
        if tokens[j].norm in lists["part_of"]:
            owner = view.mention_at(j + 1)
            ok = owner is not None and owner.type in ACTOR_TYPES and _prefix(view, owner).endswith("ل")
            return owner if ok else None
    return None


def _participation_verb(sc: SentenceContext, t: int) -> int | None:
    """The token of a verb of taking part (شارك، ساهم) whose في governs the verbal noun at t; None
    when that verb is negated or denied (لم تشارك في الهجمات، نفت أن تكون قد شاركت): no one named
    took part."""
    view, lists = sc.view, sc.lexicon.lists
    if t < 2 or view.tokens[t - 1].norm != "في" or view.stem_set().isdisjoint(lists["participation_verbs"]):
        return None
    for v in range(t - 2, max(-1, t - 14), -1):
        if view.is_break(v) and view.tokens[v].norm not in QUOTES:
            return None
        if not view.covering(v) and not view.token_stems(v).isdisjoint(lists["participation_verbs"]):
            return None if not_done(sc, v) else v
    return None


def participant_in_action(sc: SentenceContext, t: int) -> Mention | None:
    """شاركت قوات أمريكية وبريطانية في الضربات على مواقع الحوثيين: the subject of a verb of
    taking part (شارك في) performs the verbal noun after في (token t)."""
    v = _participation_verb(sc, t)
    if v is None:
        return None
    m = sc.view.mention_at(v + 1)
    if m is not None and m.type in ACTOR_TYPES:
        return m
    forces = force_with_nationality(sc.rules, v + 1)
    if forces is not None:
        return forces[0]
    return arguments.preceding_actor(sc, v, allow_fi=False, feminine=False)


def partners_in_participation(sc: SentenceContext, t: int) -> list[Mention]:
    """شاركت قوات من الجيش التركي مع فصائل الجيش الوطني في الهجوم على منبج: the actors after مع
    between the verb of taking part and في take part too."""
    v = _participation_verb(sc, t)
    if v is None:
        return []
    view = sc.view
    for k in range(v + 1, t - 2):
        if view.tokens[k].norm == "مع" and not view.covering(k):
            m = view.mention_at(k + 1)
            return arguments.coordinated(sc, m) if m is not None and m.type in ACTOR_TYPES else []
    return []


def read_trigger(tc: TriggerContext) -> None:
    """سيطرت هيئة تحرير الشام على حماة: the claims one trigger reading states: its subject (after a
    'then' word the trigger needs: شنت ... غارات), its objects, and the coordinated subjects and
    objects that share their roles; updates the article's topic and last group."""
    sc, t, trig = tc.sentence, tc.position, tc.trigger
    view = sc.view
    tokens = view.tokens
    after = t + 1
    subject_after_verb = None
    rules = sc.rules
    if trig.relation == RELATIONS.clashed_with and both_sides_fought(tc):
        return
    if trig.then:
        found = subject_before_then_word(tc) or then_word_before(tc)
        if found is None:
            return
        subject_after_verb, after = found
        relative = attack_verb_of_a_relative(sc, after) if trig.relation == RELATIONS.attacked else None
        if relative is not None:       # تبنى التنظيم الهجوم الذي استهدف كنيسة في مدينة كادونا
            after, trig = relative, replace(trig, prep=(), optional_prep=())
            tc = tc._replace(trigger=trig)
    if trig.relation == RELATIONS.attacked and trig.kind == "masdar" and claimed_attack(sc, t):
        relative = attack_verb_of_a_relative(sc, t + 1)
        if relative is not None:       # أعلنت الحركة مسؤوليتها عن الهجوم الذي استهدف قاعدة في لامو
            after, trig = relative, replace(trig, prep=(), optional_prep=())
            tc = tc._replace(trigger=trig)
    elif trig.relation == RELATIONS.attacked and trig.kind == "masdar" and described_by_an_attack_verb(sc, t):
        return            # تبنى الجيش هجوماً استهدف قافلة للجيش: the verb after the noun states the attack
    if trig.relation == RELATIONS.clashed_with and clash_between(tc):
        return
    if trig.relation == RELATIONS.attacked and trig.kind == "masdar" and exchanged(sc, t):
        return            # تبادل الجيش والفصائل القصف على البلدة: they clashed (the reciprocal verb reads it)
    if trig.relation == RELATIONS.clashed_with and trig.kind == "verb" and fights_alongside(view, sc.lexicon.lists, t):
        return            # يقاتل إلى جانب الجيش: fighting with, not against (acting_jointly)
    if trig.relation == RELATIONS.killed and attempted(sc, t):
        return            # نجا فلان من محاولة اغتيال: an attempt, no killing
    if trig.relation == RELATIONS.killed and killed_in_it(sc, t) and performer_of_the_operation(sc, t) is None:
        return            # بعد معارك قتل فيها قائد الحامية فلان: passive, no killer named
    if trig.relation in ATTACK_FAMILY and trig.kind == "masdar" and prepared_for(sc, t):
        return            # عبوات ناسفة معدة لاستهداف كنائس: a purpose, no attack done
    if trig.relation == RELATIONS.met_with and trig.kind == "masdar" and visitor_named_after(sc, t):
        return            # زيارة الرئيس فلان إلى واشنطن: he visits; whoever was named before met no one
    if trig.relation == RELATIONS.supports and receives_support(rules, t):
        return            # تتلقى الجماعة دعما من إيران: support_received reads it
    agent = support_with_its_agent(rules, t) if trig.relation == RELATIONS.supports else None
    if agent is not None:     # جدد الرئيس دعم تركيا للحكومة: the noun's agent backs, not the one who spoke
        for backed in agent[1]:
            tc.claim(agent[0], RELATIONS.supports, backed, "supports:agent_of_noun", trig.confidence)
        return
    if trig.relation == RELATIONS.supports and t + 1 < len(tokens) \
            and not view.token_stems(t + 1).isdisjoint(sc.lexicon.lists["own_country_words"]):
        return            # أكد الرئيس دعم بلاده لـX: his country backs X (support_of_his_country)
    if trig.relation == RELATIONS.supports and trig.kind == "masdar" and after + 1 < len(tokens) \
            and tokens[after].norm == "من":
        support_from(tc, after)
        return
    if subject_after_verb is not None:
        subj, subj_rule = subject_after_verb, "after"
    elif trig.agent == "marked":
        subj, subj_rule = arguments.marked_agent(sc, t, trig)
        if subj is None:
            subj = participant_in_action(sc, t)
            subj_rule = "" if subj is None else "participant"
    else:
        subj, subj_rule = find_subject(SubjectQuery.of(tc, after))
    if trig.kind == "masdar" and trig.relation in (RELATIONS.fled_from, RELATIONS.withdrew_from):
        caused, forced = forced_departure(sc, t)
        if caused and forced is None:
            return        # ما دفع آلاف الأرمن إلى الفرار من الإقليم: no actor named left
        if caused:
            subj, subj_rule = forced, "forced"
    if trig.relation in ATTACK_FAMILY and trig.kind == "verb":
        performer = performer_of_the_operation(sc, t)
        if performer is not None:      # نفذت القوات عملية مع X، استهدفت فيها المطار: the performer, not X
            subj, subj_rule = performer, "before"
        elif subj is not None and subj_rule == "after":
            performer = performer_of_a_described_strike(sc, t)
            if performer is not None:  # نفذت غارة استهدفت عناصر من الحركة: the one who struck, not the target
                subj, subj_rule = performer, "before"
    if subj is not None and trig.relation == RELATIONS.attacked and trig.kind == "masdar" \
            and subj_rule not in OWN_AGENT_RULES and (earlier_event(sc, t) or involved_in(sc, t)):
        return            # قصفت الهند مواقع، بعد أسبوعين من هجوم على سياح / اعتقلت الشرطة المتورطين في
                          # الهجوم: that attack's agent is not the clause subject
    if subj is not None and trig.relation in ATTACK_FAMILY and trig.kind == "masdar" \
            and underwent_the_attack(sc, t, subj):
        return            # تعرض الجيش لقصف إسرائيلي: the army underwent it (subjected_to_attack reads it)
    if subj is not None and trig.relation == RELATIONS.killed and subj_rule == "after" \
            and killed_by_a_strike_here(sc, subj):
        return            # قتل جنديان فرنسيان في هجوم نفذته الجماعة: passive; the soldiers were killed
    pronoun_object = tc.object_pronoun or arguments.prep_pronoun(view, after, trig.prep + trig.optional_prep) is not None
    if subj is not None and not pronoun_object and (
            subj_rule == "adjective" or (subj_rule in ("after", "relative", "passive_agent") and subj.token_start >= after
                                         and subj.sentence == view.sentence.index)):
        after = max(after, subj.token_end)
    if subj is not None and subj_rule == "after" and not pronoun_object and subj.sentence == view.sentence.index:
        after = past_the_subjects(sc, subj, after)
    elif subj is not None and subj_rule == "relative" and not pronoun_object and subj.sentence == view.sentence.index \
            and after == subj.token_end:
        after = past_a_described_aside(sc, after)   # هجوم شنته جماعة X، المرتبطة بـY، على Z
    if subj is not None and subj_rule in ("adjective", "after") and not pronoun_object:
        after = closed_belief_aside(view, sc.lexicon.lists, after)   # مسيرة، يعتقد أنها تركية، سيارة
    if trig.relation == RELATIONS.attacked and trig.kind == "verb" and not trig.prep and launched_weapon_object(sc, after):
        return            # اعترضت الدفاعات ودمرت طائرة مسيرة أطلقت باتجاه جازان: a weapon downed, not a target hit
    objs = [o for o in arguments.find_objects(tc, after, subj) if not past_a_sequel(sc, t, o)]
    if trig.relation == RELATIONS.withdrew_from and subj is not None and (not objs or pronoun_object):
        objs = place_entered_before(sc, t, subj, objs) or objs   # دخلت القوة بلدة X ... قبل أن تنسحب (منها)
    if not objs and trig.then and trig.relation == RELATIONS.withdrew_from:
        objs = stationed_places(tc, after, subj)     # سحبت روسيا قواتها المتمركزة في القامشلي
    if not objs and trig.kind == "masdar" and trig.obj in ("place", "facility", "site") \
            and not (trig.prep and arguments.find_prep(sc, after, trig.prep) is not None):
        objs = witnessed_place(sc, t, subj)      # شهدت بلدة الخيام انسحاب الجيش الإسرائيلي
    if not objs and trig.relation == RELATIONS.attacked and trig.kind == "masdar" and subj is not None:
        foiled = repeller(sc, t)
        if foiled is not None and foiled.entity_id != subj.entity_id:
            objs = [foiled]    # صدت القوات هجوما شنته الميليشيا: with no target named, the militia attacked the forces
    if not objs and subj is not None and subj_rule == "after" and trig.kind == "verb":
        before = subject_before_apposition(sc, t)
        moved = arguments.find_objects(tc, t + 1, before) if before is not None else []
        if moved:      # الشرع، رئيس المرحلة الانتقالية، التقى الرئيس الروسي بوتين: the titled person is the object
            subj, subj_rule, objs = before, "before", moved
    if not objs and (trig.relation == RELATIONS.released_prisoners
                     or (trig.relation == RELATIONS.fled_from and subj is not None and subj.type == TYPES.person)):
        objs = prison_before(sc, t)          # كان فلان معتقلا في سجن X قبل هروبه: he fled the prison
    if not objs and subj is not None and subj_rule == "after" and trig.relation == RELATIONS.met_with:
        host = met_after_a_clause_link(sc, t, subj)
        if host is not None:      # ووصل الشرع إلى الرياض حيث التقى ولي العهد: the subject before met the one named
            for met in [m for m in arguments.coordinated(sc, subj) if m.token_start >= subj.token_start
                        and m.type in MEETING_PARTY_TYPES]:
                tc.claim(host, trig.relation, met, "met_with:clause_link", trig.confidence * 0.9)
            return
    if not objs and subj is not None and trig.relation in vocabulary().symmetric and (
            subj_rule == "after" or (subj_rule == "before" and trig.kind == "verb")
            or (subj_rule == "pronoun" and tokens[t].norm.endswith(PLURAL_SUFFIXES))):
        # روبيو والشيباني سيلتقيان / اشتبك الطرفان: coordinated subjects of a reciprocal verb (not of
        # a verbal noun after them: استعاد الجيش والقوات المشتركة البلدة بعد معارك, they fought together)
        group = arguments.coordinated(sc, subj)
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                tc.claim(a, trig.relation, b, f"{trig.relation.lower()}:reciprocal", trig.confidence * 0.9)
        return
    if not objs:
        if subj is not None and trig.kind == "verb" and subj.type in ACTOR_TYPES and subj.type != TYPES.country \
                and subj_rule in ("after", "before") and subj.sentence == view.sentence.index:
            sc.state.topic = subj    # تقدمت فصائل المعارضة في ريف حماة. وسيطرت على ...: who the text is about
        return
    if subj is None:
        return
    if trig.relation == RELATIONS.leads and chaired_a_meeting(sc, t, objs):
        return            # ترأس فلان اجتماعا لمجلس الأمن الوطني: he chaired its meeting, he does not lead it
    if trig.relation in ATTACK_FAMILY and (whoever(view, t) or whoever(view, after + 2)):
        return            # ضرب كل من يحاول الاعتداء على الدولة: anyone who might, no one who did
    if trig.relation == RELATIONS.attacked and (in_words(sc, t, after, subj, objs) or imposes_a_siege(sc, t, after)):
        return            # هاجم الرئيس إسرائيل في خطاب / شن الوزير هجوما حادا على / هاجمت الحركة قرار الحكومة
    conf = trig.confidence * (0.85 if subj_rule == "discourse" else 1.0)
    rule = f"{trig.relation.lower()}:{trig.kind}:{subj_rule}"
    subjects = arguments.coordinated(sc, subj) if subj_rule in ("after", "before", "passive_agent", "adjective", "participant") \
        and not the_latter(view, subj, t) else list(sc.state.last_group) if subj_rule == "group" else [subj]
    partners = [p for p in partners_in_action(sc, subj, t, objs) + partners_in_participation(sc, t)
                if p.entity_id not in {s.entity_id for s in subjects}]
    for p in partners:
        if subj.type not in (TYPES.person, TYPES.country) and p.type not in (TYPES.person, TYPES.country):
            tc.claim(subj, RELATIONS.allied_with, p, "allied_with:joint_action", 0.7)   # they act together
    subjects += partners
    if len(subjects) > 1:
        sc.state.last_group = subjects
    for sj in subjects:
        for o in objs:
            if trig.relation == RELATIONS.leads and sj.type in ORG_TYPES and o.type == TYPES.person:
                tc.claim(o, trig.relation, sj, rule, conf)   # يرأس المجلس الانتقالي عيدروس الزبيدي: verb,
                continue                                     # object, then its subject
            if sj.type == TYPES.person and trig.relation in (RELATIONS.entered, RELATIONS.advanced_toward) \
                    and not view.token_stems(t).isdisjoint(sc.lexicon.lists["travel_verbs"]):
                continue                                     # وصل الوزير إلى الرياض: a visit, not a force's entry
            if trig.relation in (RELATIONS.entered, RELATIONS.captured) and at_outskirts(sc, o):
                tc.claim(sj, RELATIONS.advanced_toward, o, f"{RELATIONS.advanced_toward.lower()}:outskirts", conf * 0.9)
                continue                                     # وصلت القوات إلى مشارف المدينة: not inside it
            tc.claim(sj, trig.relation, o, rule, conf)
    if trig.relation == RELATIONS.killed and subj_rule != "discourse" and clash_of_the_killing(sc, objs):
        for sj in subjects:       # اغتيال فلان وأربعة من أعضاء الكتيبة في تبادل لإطلاق النار
            for o in objs:
                if o.type in ORG_TYPES and o.entity_id != sj.entity_id:
                    tc.claim(sj, RELATIONS.clashed_with, o, "clashed_with:killed_in_exchange", conf * 0.9)
    target = strike_of_the_killing(sc, objs) if trig.relation == RELATIONS.killed and subj_rule != "discourse" else None
    if target is not None:       # اغتال الجيش فلانا في غارة على الضاحية: the killer struck the place
        for sj in subjects:
            tc.claim(sj, RELATIONS.attacked, target, "attacked:strike_of_killing", conf * 0.9)
    if subj.type in ACTOR_TYPES and subj_rule in ("after", "before", "relative", "pronoun"):
        sc.state.topic = subj


def chaired_a_meeting(sc: SentenceContext, t: int, objs: list[Mention]) -> bool:
    """ترأس الرئيس اجتماعا طارئا لمجلس الأمن / يرأس فلان جلسة المجلس: a noun of meeting
    (meeting_nouns) between the verb of leading at t and the first body it names: what is led is
    the meeting, not the body."""
    first = min((o.token_start for o in objs), default=t + 1)
    meetings = sc.lexicon.lists["meeting_nouns"]
    return any(not meetings.isdisjoint(sc.view.token_stems(k)) for k in range(t + 1, first)
               if sc.view.covering(k) is None)


def past_a_sequel(sc: SentenceContext, t: int, o: Mention) -> bool:
    """فجرت القوة منزلين قبل أن تنسحب إلى موقع X / قصفت المدفعية البلدة ثم تقدمت القوات نحو X: a
    sequel link (sequel_links) between the trigger at t and an object after it opens the next act;
    the object is that act's, not the trigger's."""
    if o.sentence != sc.view.sentence.index or o.token_start <= t:
        return False
    norms = [tok.norm for tok in sc.view.tokens[t + 1:o.token_start]]
    joined = " " + " ".join(norms) + " "
    return any(f" {link} " in joined for link in sc.lexicon.lists["sequel_links"])


def place_entered_before(sc: SentenceContext, t: int, subj: Mention, found: list[Mention]) -> list[Mention]:
    """دخلت قوة إسرائيلية بلدة X وداهمت منازل، قبل أن تنسحب (منها، باتجاه الجولان): a withdrawal
    joined by a sequel link (sequel_links: قبل أن، ثم) right before its verb at t leaves the places
    its subject entered earlier in the sentence (their mentions before t); none when the places
    ``found`` for its pronoun are ones the subject entered or took there (سيطرت على المطار قبل أن
    تنسحب منه), or when nothing links it."""
    view, links = sc.view, sc.lexicon.lists["sequel_links"]
    norms = [view.tokens[k].norm for k in range(max(0, t - 2), t)]
    if not norms or not (norms[-1] in links or " ".join(norms) in links):
        return []
    start = view.sentence.start
    mine = [c for c in sc.state.claims if c.provenance.start == start and c.subject == subj.entity_id]
    if any(c.object == o.entity_id and c.predicate in (RELATIONS.entered, RELATIONS.captured) for c in mine for o in found):
        return []
    entered = {c.object for c in mine if c.predicate == RELATIONS.entered}
    return [m for m in view.mentions if m.entity_id in entered and m.token_end <= t and m.type in PLACE_TYPES
            and not _prefix(view, m).endswith("ل")        # (القاعدة التابعة للواء 153: an owner, not the place)
            and m is next(x for x in view.mentions if x.entity_id == m.entity_id)]


def stationed_places(tc: TriggerContext, after: int, subj: Mention | None) -> list[Mention]:
    """سحبت روسيا وحداتها العسكرية المتمركزة في مطار القامشلي: after the forces withdrawn (the
    trigger's 'then' word) and at most two words describing them, a participle of being stationed
    (stationed_participles) and في: the places named there are the ones withdrawn from."""
    sc = tc.sentence
    view, lists = sc.view, sc.lexicon.lists
    tokens = view.tokens
    for j in range(after, min(after + 3, len(tokens) - 1)):
        if view.is_break(j) or view.covering(j):
            return []
        if tokens[j].norm in lists["stationed_participles"] and tokens[j + 1].norm == "في":
            moved = tc._replace(trigger=replace(tc.trigger, prep=("في",), optional_prep=(), then=()))
            return arguments.find_objects(moved, j + 1, subj)
    return []

def at_outskirts(sc: SentenceContext, o: Mention) -> bool:
    """وصلت القوات إلى مشارف مدينة حمص / سيطرت على تخوم البلدة: a word of outskirts
    (outskirts_words) right before the place; the force reached it, it is not inside it."""
    k = o.token_start - 1
    view = sc.view
    return o.sentence == view.sentence.index and k >= 0 and not view.covering(k) \
        and not view.token_stems(k).isdisjoint(sc.lexicon.lists["outskirts_words"])

def attack_verb_of_a_relative(sc: SentenceContext, k: int) -> int | None:
    """الهجوم الذي استهدف كنيسة / العملية التي استهدفت قاعدة: at token k a relative pronoun whose
    clause opens with an attack verb taking a direct object: the index after that verb."""
    view = sc.view
    tokens = view.tokens
    if k + 2 >= len(tokens) or tokens[k].norm not in RELATIVE or view.covering(k + 1):
        return None
    readings = sc.lexicon.trigger_readings[tokens[k + 1].norm]
    return k + 2 if any(r.relation == RELATIONS.attacked and r.kind == "verb" and not r.prep and not r.then
                        for r in readings) else None


def described_by_an_attack_verb(sc: SentenceContext, t: int) -> bool:
    """تبنى التنظيم هجوماً استهدف قافلة للجيش / الغارة التي استهدفت سيارة: the attack noun at t
    is described by a clause whose verb (right after it, or after a relative pronoun) is itself an
    attack verb: that verb's reading states the attack, its agent and its target (the noun's own
    reading would take the target's owner for the agent)."""
    view = sc.view
    tokens = view.tokens
    k = t + 2 if t + 1 < len(tokens) and tokens[t + 1].norm in RELATIVE else t + 1
    if k >= len(tokens) or view.covering(k) or view.covering(t + 1):
        return False
    return any(r.relation == RELATIONS.attacked and r.kind == "verb" for r in sc.lexicon.trigger_readings[tokens[k].norm])


EXCHANGE_REACH = 10     # words from a verb of exchanging back to the verbal noun exchanged


def exchanged(sc: SentenceContext, t: int) -> bool:
    """تبادل الجيش السوري وقوات سوريا الديمقراطية القصف على محور دير حافر / تبادلا إطلاق النار:
    the verbal noun of attack at t is what two parties exchanged (a verb or noun of exchanging
    before it in its clause, its subjects between): a clash, no one's ATTACKED."""
    view, words = sc.view, sc.lexicon.lists["exchange_verbs"]
    closing = set(BRACKETS.values())
    k, seen = t - 1, 0
    while k >= 0 and seen < EXCHANGE_REACH:
        if view.tokens[k].norm in closing:        # و"قوات سوريا الديمقراطية" (قسد) القصف: past a short name in brackets
            opening = next((j for j in range(k - 1, max(-1, k - 5), -1) if view.tokens[j].norm in BRACKETS), None)
            if opening is None:
                return False
            k = opening - 1
            continue
        if view.is_break(k):
            return False
        if view.covering(k) is None and not view.token_stems(k).isdisjoint(words):
            return True
        k, seen = k - 1, seen + 1
    return False


#: subject rules that find a verbal noun's own agent (هجوم شنه X، هجوم لـX، هجوم إسرائيلي), not the clause's
OWN_AGENT_RULES = frozenset(("after", "relative", "adjective", "passive_agent"))


def earlier_event(sc: SentenceContext, t: int) -> bool:
    """بعد أسبوعين من هجوم دام على سياح / قبل ساعات من الغارة / بعد 3 أيام من الهجوم: the attack
    noun at t is the event a span of time is counted from (بعد or قبل, perhaps a number, a word
    of a span, من): another event than the clause's, whose agent is only one stated with it (not
    so for fighting: بعد أسابيع من القتال مع X, the subject fought X those weeks)."""
    view = sc.view
    tokens = view.tokens
    if t < 3 or tokens[t - 1].norm != "من" or tokens[t - 2].norm not in TIME_SPAN_WORDS:
        return False
    k = t - 3
    if k >= 0 and tokens[k].norm.isdigit():
        k -= 1
    return k >= 0 and not view.covering(k) and not view.token_stems(k).isdisjoint(sc.lexicon.lists["span_edges"])


def involved_in(sc: SentenceContext, t: int) -> bool:
    """اعتقلت الشرطة اثنين للاشتباه بتورطهما في الاعتداء على القرية / المتورطين في الهجوم: the
    attack noun at t follows في and a word of taking part in it (involvement_words, perhaps with a
    pronoun): the ones involved are its agents, not the clause's subject."""
    view = sc.view
    tokens = view.tokens
    if t < 2 or tokens[t - 1].norm != "في" or view.covering(t - 2):
        return False
    words = sc.lexicon.lists["involvement_words"]
    norm = tokens[t - 2].norm
    return not view.token_stems(t - 2).isdisjoint(words) or any(
        norm.endswith(s) and not set(stems(norm[:-len(s)])).isdisjoint(words) for s in SUFFIXES)


def launched_weapon_object(sc: SentenceContext, k: int) -> bool:
    """دمرت الدفاعات طائرة مسيرة أطلقت باتجاه مدينة جازان / أسقطت صاروخا أطلق نحو المدينة: at token
    k the direct object is a weapon (strike_nouns, perhaps with two adjectives) that a verb of
    launching right after describes: what follows is where the weapon was sent, not what the
    verb struck."""
    view, lists = sc.view, sc.lexicon.lists
    tokens = view.tokens
    if k >= len(tokens) or view.covering(k) or view.token_stems(k).isdisjoint(lists["strike_nouns"]):
        return False
    j = k + 1
    while j < k + 3 and j < len(tokens) and not view.covering(j) and tokens[j].norm not in lists["resumptive_verbs"] \
            and not view.token_stems(j).isdisjoint(lists["strike_nouns"] | lists["weapon_adjectives"]):
        j += 1              # طائرة مسيرة انتحارية
    return j < len(tokens) and not view.covering(j) and tokens[j].norm in lists["resumptive_verbs"]


def claimed_attack(sc: SentenceContext, t: int) -> bool:
    """مسؤوليتها عن الهجوم: the attack noun at t follows عن and a word of responsibility."""
    view = sc.view
    return t > 1 and view.tokens[t - 1].norm == "عن" and not view.covering(t - 2) \
        and not view.token_stems(t - 2).isdisjoint(sc.lexicon.lists["responsibility_words"])


def whoever(view: SentenceView, t: int) -> bool:
    """كل من يحاول الاعتداء / كل من هاجم: the word at t (or the verb before it) follows كل من,
    whoever: a generic, not an actor that acted (ضرب كل من ...: the object is whoever)."""
    tokens = view.tokens
    return any(1 <= k < len(tokens) and tokens[k].norm == "من" and tokens[k - 1].norm == "كل" for k in (t - 1, t - 2))


def in_words(sc: SentenceContext, t: int, after: int, subj: Mention, objs: list[Mention]) -> bool:
    """An attack in words, not arms: a person attacking what is no place (هاجم الرئيس التركي
    إسرائيل)، an attack noun described as verbal (هجوما حادا: verbal_attack_words), or a first
    object that is the owner of a decision or statement (هاجمت الحركة قرار الحكومة: speech_nouns)."""
    view, lists = sc.view, sc.lexicon.lists
    tokens = view.tokens
    if subj.type == TYPES.person and all(o.type not in GROUPS.local_places for o in objs):
        return True
    for k in (t + 1, after - 1 if after > t + 1 else t, after):
        if 0 <= k < len(tokens) and not view.covering(k) and not view.token_stems(k).isdisjoint(lists["verbal_attack_words"]):
            return True
    k = objs[0].token_start - 1
    return k >= 0 and objs[0].sentence == view.sentence.index and not view.covering(k) \
        and not view.token_stems(k).isdisjoint(lists["speech_nouns"])


def after_a_preposition(sc: SentenceContext, t: int) -> bool:
    """إثر تدخل، بعد قصف، خلال اقتحام، في هجوم: the word before t is a preposition that takes a noun
    (core prepositions but من, which may be "who"; words of after and during): t is no verb."""
    if t == 0 or sc.view.covering(t - 1):
        return False
    lists, prev = sc.lexicon.lists, sc.view.tokens[t - 1].norm
    return (prev in CORE_PREPOSITIONS and prev != "من") or prev in lists["after_words"] or prev in lists["during_words"]


def deployed_subject_first(sc: SentenceContext, t: int) -> bool:
    """قال البيان إن وحدات من اللواء السابع انتشرت في بلدات X: a past verb of deploying
    (deployed_verbs) with its subject named right before it (past قد) tells where the force now
    stands as well as where it went: BASED_IN besides ENTERED (انتشرت القوات في X, the verb first,
    tells the move only)."""
    view = sc.view
    if view.token_stems(t).isdisjoint(sc.lexicon.lists["deployed_verbs"]):
        return False
    k = t - 1
    if k > 0 and view.tokens[k].norm == "قد" and not view.covering(k):
        k -= 1
    subject = view.covering(k) if k >= 0 else None
    return subject is not None and subject.token_end == k + 1 and subject.type in ACTOR_TYPES \
        and subject.type != TYPES.person and not _prefix(view, subject).endswith(("ل", "ب"))


def standing_presence(sc: SentenceContext, t: int) -> bool:
    """تنتشر قوات اليونيفيل في جنوب لبنان منذ عام 1978 / بلدة X التي تنتشر فيها القوات / حيث
    تنتشر القوات: a verb of spreading in the present (presence_verbs) with a word of since
    (since_words) after it in its clause, or opening a relative or where clause that describes a
    place: where a force has been stationed, not where it went."""
    view, lists = sc.view, sc.lexicon.lists
    if view.token_stems(t).isdisjoint(lists["presence_verbs"]):
        return False
    if t and not view.covering(t - 1) and (view.tokens[t - 1].norm in RELATIVE
                                           or view.tokens[t - 1].norm in lists["where_words"]):
        return True
    for k in range(t + 1, len(view.tokens)):
        if view.is_break(k):
            return False
        if not view.covering(k) and view.tokens[k].norm in lists["since_words"]:
            return True
    return False


def widened_presence(sc: SentenceContext, t: int) -> bool:
    """عزز الجيش انتشاره في محيط البلدة / وسعت القوات انتشارها في مناطق حدودية: a verbal noun of
    spreading (spreading_nouns) governed by a word of reinforcing or widening
    (widening_words) right before it or before its subject: a force already there, not one going in."""
    view = sc.view
    nouns = sc.lexicon.lists["spreading_nouns"]
    if not any(stem.startswith(noun) for stem in view.token_stems(t) for noun in nouns):
        return False
    k = before_subject(view, t)
    return k >= 0 and not view.token_stems(k).isdisjoint(sc.lexicon.lists["widening_words"])


def imposes_a_siege(sc: SentenceContext, t: int, after: int) -> bool:
    """ضربت القوات طوقا حول البلدة / تضرب حصارا على المدينة: an attack verb whose object (right
    after it or after its subject) is a siege noun (siege_nouns, also accusative) imposes a siege:
    BESIEGED, no ATTACKED."""
    tokens, sieges = sc.view.tokens, sc.lexicon.lists["siege_nouns"]
    for k in {t + 1, after}:
        if k < len(tokens) and not sc.view.covering(k):
            norm = tokens[k].norm
            if norm in sieges or (norm.endswith("ا") and norm[:-1] in sieges):
                return True
    return False


def prepared_for(sc: SentenceContext, t: int) -> bool:
    """عبوات ناسفة كانت معدة لاستهداف كنائس في دمشق: a verbal noun with لـ on it right after a
    participle of being prepared for (prepared_for_words): what the thing is for, not an attack."""
    view = sc.view
    return t > 0 and view.tokens[t].norm.startswith("ل") and not view.covering(t - 1) \
        and view.tokens[t - 1].norm in sc.lexicon.lists["prepared_for_words"]


def forced_departure(sc: SentenceContext, t: int, limit: int = 8) -> tuple[bool, Mention | None]:
    """ما دفع آلاف الأرمن إلى الفرار من الإقليم / ما أجبر القوات على الانسحاب من X / ما أدى إلى فرار
    السكان: a verbal noun of leaving after a verb of causing (causative_verbs, within ``limit`` words,
    no clause break between): the one who caused it did not leave; the one caused to (the actor
    named last between the causing verb and the noun) did. Returns (is it so, that actor or None)."""
    view, lists = sc.view, sc.lexicon.lists
    for c in range(t - 1, max(-1, t - limit - 1), -1):
        if view.is_break(c) and view.tokens[c].norm not in ("،", ","):
            return False, None
        if view.covering(c) is None and not view.token_stems(c).isdisjoint(lists["causative_verbs"]):
            between = [m for m in view.mentions if c < m.token_start and m.token_end <= t and m.type in ACTOR_TYPES]
            return True, (between[-1] if between else None)     # ودفعت هجمات الجيش الحركةَ إلى الانسحاب
    return False, None


def attempted(sc: SentenceContext, t: int) -> bool:
    """محاولة اغتيال فلان / محاولات لاغتياله: a noun of attempt (attempt_words) right before the
    word (perhaps with لـ on it)."""
    view = sc.view
    return t > 0 and not view.covering(t - 1) and not view.token_stems(t - 1).isdisjoint(sc.lexicon.lists["attempt_words"])


def killed_in_it(sc: SentenceContext, t: int) -> bool:
    """هجوما على شمال تشاد قتل خلاله الرئيس فلان / معارك قتل فيها القائد فلان: a masculine verb of
    killing with a resumptive في or خلال (operation_resumptives) right after it and then a person
    (or a title or rank before one): read as passive, the one killed follows; the actor named
    before did not kill him."""
    view, tokens, lists = sc.view, sc.view.tokens, sc.lexicon.lists
    k = t + 1
    if k + 1 >= len(tokens) or tokens[k].norm not in lists["operation_resumptives"] \
            or tokens[t].norm.endswith("ت"):
        return False       # (شنت إسرائيل حربا اغتالت خلالها فلانا: a feminine verb agrees with its actor)
    k += 1
    m = view.mention_at(k)
    if m is not None:
        return m.type == TYPES.person
    return tokens[k].norm in lists["title_words"] or tokens[k].norm in lists["name_honorifics"]


def performer_of_the_operation(sc: SentenceContext, t: int, limit: int = 20) -> Mention | None:
    """نفذت القوات المسلحة عملية مشتركة مع الحرس، أسمتها "الفجر"، استهدفت فيها قاعدة X: a verb with
    a resumptive في (فيها، فيه، خلالها) points back to the operation named before it (strike_nouns,
    within ``limit`` words, no full stop between); its performer, the actor named right before that
    noun (the subject of نفذ/شن), is the verb's subject, not an actor named between."""
    view = sc.view
    if t + 1 >= len(view.tokens) or view.tokens[t + 1].norm not in sc.lexicon.lists["operation_resumptives"]:
        return None
    words = sc.lexicon.lists["strike_nouns"]
    for j in range(t - 1, max(0, t - limit), -1):
        if view.tokens[j].norm in (".", "؛", ";", ":", "؟", "!"):
            return None
        if view.covering(j) or view.token_stems(j).isdisjoint(words):
            continue
        before = view.covering(j - 1)
        if before is not None and before.token_end == j and before.type in ACTOR_TYPES and before.source != "adjective":
            return before
        return None
    return None


def performer_of_a_described_strike(sc: SentenceContext, t: int, limit: int = 10) -> Mention | None:
    """أعلنت القيادة أنها نفذت غارة جوية بالتنسيق مع الحكومة استهدفت عناصر من الحركة: an attack
    verb after an indefinite noun of strike (strike_nouns; its adjectives and a phrase between)
    describes that strike, so what follows the verb is its target, not its subject: the subject is
    the strike's performer (a nationality on the noun, the actor right before it, else the actor
    the clause is about); None when no such noun is there."""
    view = sc.view
    words = sc.lexicon.lists["strike_nouns"]
    for j in range(t - 1, max(0, t - limit), -1):
        if view.is_break(j):
            return None
        if view.covering(j) or view.token_stems(j).isdisjoint(words):
            continue
        if view.tokens[j].norm.startswith(("ال", "وال")):
            return None
        adjective = view.covering(j + 1)
        if adjective is not None and adjective.source == "adjective":
            return adjective
        before = view.covering(j - 1)
        if before is not None and before.token_end == j and before.type in ACTOR_TYPES and before.source != "adjective":
            return before
        return arguments.preceding_actor(sc, j)
    return None


def underwent_the_attack(sc: SentenceContext, t: int, subj: Mention) -> bool:
    """تعرض الجيش لقصف إسرائيلي / تعرضت القافلة لكمين: a verbal noun with لـ after a verb of
    undergoing (subjected_words) a few words before, or with a relative pronoun and that verb after
    it (القصف الذي تعرضت له), and the subject found for it stands between
    that verb and the noun (or before the verb): that actor underwent the attack, it is no attacker."""
    view = sc.view
    if subj.sentence != view.sentence.index or subj.token_end > t:
        return False
    words = sc.lexicon.lists["subjected_words"]
    if t + 2 < len(view.tokens) and view.tokens[t + 1].norm in RELATIVE and not view.covering(t + 2) \
            and not view.token_stems(t + 2).isdisjoint(words):
        return True       # سترد على القصف الذي تعرضت له: the one before the noun underwent it
    if not view.tokens[t].norm.startswith("ل"):
        return False
    for k in range(t - 1, max(-1, t - 6), -1):
        if view.is_break(k):
            return False
        if not view.covering(k) and not view.token_stems(k).isdisjoint(words):
            return True
    return False


def killed_by_a_strike_here(sc: SentenceContext, subj: Mention) -> bool:
    """قتل جنديان فرنسيان في هجوم نفذته جماعة X: a strike phrase after the actor that follows the
    verb names another actor (as killed_by_a_strike reads it), so the verb is passive and that
    actor was killed; it is no killer."""
    if subj.sentence != sc.view.sentence.index or subj.type in (TYPES.person, TYPES.country):
        return False
    agent = strike_agent_after(sc.rules, subj)
    return agent is not None and agent.entity_id != subj.entity_id


def clash_of_the_killing(sc: SentenceContext, objs: list[Mention]) -> bool:
    """قتل فلان وآخرين من عناصر الكتيبة في تبادل لإطلاق النار / خلال اشتباكات: a noun of an exchange
    of fire or a clash (exchange_nouns) right after those killed, with في or خلال before it."""
    view = sc.view
    tokens = view.tokens
    here = [o.token_end for o in objs if o.sentence == view.sentence.index]
    if not here:
        return False
    k = max(here)
    return k + 1 < len(tokens) and tokens[k].norm in ("في", "خلال") and not view.covering(k + 1) \
        and not view.token_stems(k + 1).isdisjoint(sc.lexicon.lists["exchange_nouns"])


def strike_of_the_killing(sc: SentenceContext, objs: list[Mention]) -> Mention | None:
    """أعلن الجيش اغتيال فلان في غارة على الضاحية / بغارة على بلدة X: a strike noun right after the
    person killed (في or ب on it, no nationality after it) and على with a place: that place, which
    the killer struck."""
    view, lists = sc.view, sc.lexicon.lists
    tokens = view.tokens
    here = [o.token_end for o in objs if o.sentence == view.sentence.index]
    if not here:
        return None
    k = max(here)
    if k < len(tokens) and tokens[k].norm == "في":
        k += 1
    if k + 2 >= len(tokens) or view.covering(k) or not any(
            p in ("", "ب") and st in lists["strike_nouns"] for p, st in proclitic_variants(tokens[k].norm)):
        return None
    j = k + 1
    if j < len(tokens) and not view.covering(j) and tokens[j].norm != "علي" and tokens[j].norm.endswith(("يه", "ي")) \
            and not any(st in sc.registry.nationality for st in stems(tokens[j].norm)):
        j += 1                   # غارة جوية على
    if j + 1 >= len(tokens) or tokens[j].norm != "علي":
        return None
    place = view.mention_at(j + 1)
    return place if place is not None and place.type in PLACE_TYPES else None


MEETING_PARTY_TYPES = frozenset((TYPES.person, TYPES.government, TYPES.country))


def met_after_a_clause_link(sc: SentenceContext, t: int, named: Mention) -> Mention | None:
    """ووصل الرئيس السوري أحمد الشرع إلى الرياض، حيث التقى ولي العهد: a meeting verb right after a
    clause link (حيث، ثم ...) with only one actor after it goes on with the subject of the clause
    before (the nearest actor before the link that no preposition governs): that actor."""
    view = sc.view
    if t < 2 or view.tokens[t - 1].norm not in sc.lexicon.lists["clause_links"] or view.covering(t - 1):
        return None
    host = arguments.preceding_actor(sc, t - 1)
    if host is None or host.entity_id == named.entity_id or host.type not in MEETING_PARTY_TYPES \
            or host.source == "adjective":
        return None
    return host


def subject_before_apposition(sc: SentenceContext, t: int) -> Mention | None:
    """أحمد الشرع، رئيس المرحلة الانتقالية في سوريا، التقى ...: an actor opening the clause and
    set off from the verb at t by an apposition between commas (no verb in it): the verb's subject."""
    view = sc.view
    tokens = view.tokens
    k = t - 1
    if k < 1 or tokens[k].norm not in ("،", ","):
        return None
    for j in range(k - 1, max(0, k - 12), -1):
        if tokens[j].norm in ("،", ","):
            m = arguments.mention_ending_at(view, j)
            if m is None or m.type not in ACTOR_TYPES or m.type == TYPES.country or arguments.governed(sc, m) \
                    or not arguments.clause_initial(sc, m.token_start) \
                    or any(arguments.starts_clause(sc, x) for x in range(j + 1, k)):
                return None
            return m
        if view.is_break(j):
            return None
    return None


def partners_in_action(sc: SentenceContext, subj: Mention, t: int, objs: list[Mention]) -> list[Mention]:
    """هاجمت الحركة بالاشتراك مع كتائب الأقصى مواقع الجيش / تمكن مقاتلوها، بالتعاون مع الفصائل،
    من السيطرة على البلدة: the actors a phrase of joint action names between the subject (or a
    few words before the trigger) and the first object act with the subject."""
    view = sc.view
    here = subj.sentence == view.sentence.index
    lo = subj.token_end if here and subj.token_end <= t else max(0, t - 10)
    hi = min((o.token_start for o in objs if o.sentence == view.sentence.index), default=t)
    return [p for p in joint_actors(sc.rules, lo, hi) if p.entity_id != subj.entity_id
            and all(p.entity_id != o.entity_id for o in objs)]


def past_the_subjects(sc: SentenceContext, subj: Mention, after: int) -> int:
    """سيطرت الهيئة والفصائل المتحالفة معها على حلب: the object comes after the subject's
    conjuncts, a describing word closed by a preposition with a pronoun (المتحالفة معها) and
    its allies named after في or من (وحلفاؤهم في حزب الله)."""
    view = sc.view
    ends = [m.token_end for m in arguments.coordinated(sc, subj) if m.sentence == view.sentence.index]
    k = max([after] + ends)
    tokens = view.tokens
    if k + 1 < len(tokens) and not view.covering(k) and not view.is_break(k) \
            and tokens[k + 1].norm in sc.lexicon.lists["subject_tails"]:
        k += 2
    if arguments.ally_noun(sc, k) and k + 2 < len(tokens) and tokens[k + 1].norm in ("في", "من"):
        ally = view.mention_at(k + 2)              # هاجم الحوثيون وحلفاؤهم في حزب الله مواقع ...
        k = ally.token_end if ally is not None and ally.type in ACTOR_TYPES else k
    return past_a_described_aside(sc, past_a_leader(sc, k))


def past_a_described_aside(sc: SentenceContext, k: int) -> int:
    """هاجمت جماعة X، المرتبطة بتنظيم القاعدة، مدينة جيبو: at token k a comma, a participle of
    linking, loyalty, backing or belonging with the actor it names, and a closing comma: the
    token after that comma; else k."""
    tokens = sc.view.tokens
    c = skip_quotes(sc.view, k)        # جماعة "نصرة الإسلام والمسلمين"، المرتبطة ...: past the closing quote
    if c + 2 >= len(tokens) or tokens[c].norm not in COMMAS:
        return k
    j = past_a_qualifier(sc, c + 1, ("linked_to",))
    return j + 1 if j > c + 1 and j < len(tokens) and tokens[j].norm in COMMAS else k


def past_a_leader(sc: SentenceContext, k: int) -> int:
    """هاجمت قوات الجيش الوطني بقيادة خليفة حفتر مدينة درنة / تحت قيادة فلان: at token k a
    phrase naming who leads the subject (led_by, or under_words then the noun of led_by without
    its بـ): the token after the leader, else k."""
    view, lists = sc.view, sc.lexicon.lists
    tokens = view.tokens
    j = k
    if j + 1 < len(tokens) and not view.covering(j) and tokens[j].norm in lists["under_words"] \
            and "ب" + tokens[j + 1].norm in lists["led_by"]:
        j += 1
    elif not (j < len(tokens) and not view.covering(j) and tokens[j].norm in lists["led_by"]):
        return k
    leader = view.mention_at(skip_quotes(view, j + 1))
    return leader.token_end if leader is not None and leader.type in ACTOR_TYPES else k


def support_from(tc: TriggerContext, after: int) -> None:
    """حصلت الجماعة على دعم من إيران: the actor after من (at token ``after``) backs the actor
    before the verbal noun of support."""
    sc = tc.sentence
    backer = sc.view.mention_at(after + 1)
    backed = arguments.preceding_actor(sc, tc.position, feminine=tc.feminine)
    if backed is not None and backed.sentence == sc.view.sentence.index:
        backed = backed_past_a_comma(sc.view, tc.position) \
            or acting_party(sc.view, sc.lexicon.lists, backed)   # not the one driven out or struck
    if backer is not None and backed is not None and backer.type in ACTOR_TYPES:
        tc.claim(backer, RELATIONS.supports, backed, "supports:backed_by", tc.trigger.confidence)


def the_latter(view: SentenceView, subj: Mention, t: int) -> bool:
    """بين حزب الله والجيش الإسرائيلي، تمكن الأخير من التوغل: 'the latter' is one of the two."""
    return subj.sentence == view.sentence.index and any(
        view.tokens[k].norm in ORDINAL_REFERENCES for k in range(subj.token_end, t))


def inside_a_name(sc: SentenceContext, t: int) -> bool:
    """جبهة تحرير أزواد، الحركة الشعبية لتحرير السودان: a verbal noun right after an
    organisation's head noun (and an adjective) names the organisation; it reports no event."""
    view = sc.view
    heads = sc.lexicon.lists["name_heads"]
    tok = view.tokens[t].norm
    if any(p.endswith(("و", "ف", "ب")) for p, _ in proclitic_variants(tok) if p) or tok.startswith("ال"):
        return False           # وتحرير: a new item; أدان المجلس الهجوم: a definite noun is no name's part;
    for k in (t - 1, t - 2):   # رحب المجلس باستعادة المدينة: a noun with ب is governed by a verb
        if k < 0 or view.covering(k) or view.is_break(k):
            return False
        if not view.token_stems(k).isdisjoint(heads) and not view.tokens[k].norm.startswith("و"):
            return not (k == t - 1 and view.tokens[k].norm.startswith("ال") and not tok.startswith("ل"))
                               # أدانت الهيئة اجتياح المدينة: a definite subject, then its verb's object
        if not view.tokens[k].norm.endswith(("يه", "ي")):
            return False       # only an adjective may stand between the head and the noun
    return False


def prison_before(sc: SentenceContext, t: int) -> list[Mention]:
    """سيطروا على سجن حماة وأطلقوا سراح السجناء / كان فلان معتقلا في سجن X قبل هروبه: a release, or
    a person's escape, naming no place is from the last prison the sentence named before it."""
    view = sc.view
    words = sc.lexicon.lists["prison_words"]
    for m in reversed(view.mentions):
        if m.token_end <= t and m.type == TYPES.facility and m.sentence == view.sentence.index \
                and not view.token_stems(m.token_start).isdisjoint(words):
            return [m]
    return []


def undone(sc: SentenceContext, t: int) -> bool:
    """فك الحصار، كسر الحصار، صد الهجوم: a verbal noun governed by a word that undoes or
    foils it states the opposite of its relation (or a loss, or an intention, or what did not
    happen: ``not_done``)."""
    view, lists = sc.view, sc.lexicon.lists
    if not_done(sc, t):
        return True        # لم تنسحب القوات، نفى الجيش أن يكون قد قصف، فشلت في السيطرة
    if t > 0 and view.tokens[t].norm.startswith("ال") and lost_before(sc, t):
        return True        # فقد الجيش السوداني السيطرة على ...: lost, not captured
    if t > 0 and intended(sc, t):
        return True        # توعد باستعادة المدينة: an intention, not an event
    if t > 0 and repelled_unnamed(sc, t):
        return True        # صد الجيش هجوما على المدينة: the attacker is not the one who repelled it
    return t > 0 and view.tokens[t].norm.startswith(("ال", "لل")) and \
        any(s in lists["undoing_words"] for k in {t - 1, before_subject(view, t)} if k >= 0
            for s in stems(view.tokens[k].norm)) and \
        not (t + 1 < len(view.tokens) and view.tokens[t + 1].norm in lists["passive_participles"])


def foiling_verb(sc: SentenceContext, t: int) -> int | None:
    """صد الجيش هجوما / والجيش يصد هجوما / تصدت القوات لهجوم: the verb that foils the indefinite
    verbal noun at t (right before it, or before the subject between), with لـ on the noun or
    not; None when there is none."""
    view = sc.view
    norm = view.tokens[t].norm
    if norm.startswith("ال") or not (norm.endswith("ا") or norm.startswith("ل") and not norm.startswith("لل")):
        return None
    k = before_subject(view, t)
    if k < 0:
        return None
    verb = view.tokens[k].norm
    words = sc.lexicon.lists["undoing_words"]
    if view.token_stems(k).isdisjoint(words) and not (verb.endswith("وا") and verb[:-2] in words):
        return None
    return k


def repeller(sc: SentenceContext, t: int) -> Mention | None:
    """صدت القوات الحكومية هجوما شنته الميليشيا / القوات الحكومية صدت هجوما شنته الميليشيا: the
    actor that foiled the attack noun at t (the subject between the verb and the noun, or the one
    right before the verb, past a time word, a quote or where it is: في X): the one attacked when
    the attack names no target of its own (على المدينة)."""
    k = foiling_verb(sc, t)
    if k is None:
        return None
    view = sc.view
    between = view.covering(t - 1)
    if between is not None and between.token_start == k + 1:
        return between if between.type in ACTOR_TYPES else None
    if k != t - 1:
        return None
    j = k - 1
    while j >= 0 and (view.tokens[j].norm in TIME_WORDS or view.tokens[j].norm in QUOTES):
        j -= 1
    before = view.covering(j) if j >= 0 else None
    if before is not None and before.type in PLACE_TYPES and before.token_start > 0 \
            and view.tokens[before.token_start - 1].norm == "في":
        j = before.token_start - 2         # القوات في المدينة تصدت لهجوم: past where the forces are
        before = view.covering(j) if j >= 0 else None
    return before if before is not None and before.token_end == j + 1 and before.type in ACTOR_TYPES else None


def repelled_unnamed(sc: SentenceContext, t: int) -> bool:
    """صد الجيش هجوما على المدينة / صدوا هجوما: an indefinite verbal noun right after a verb that
    foils it (or after its subject) is no event of that subject; only an agent with لـ right after
    the noun (صدوا هجوما للحوثيين على حيس) or an adjective of it (يصد هجوما حوثيا) names who did it."""
    view = sc.view
    if foiling_verb(sc, t) is None:
        return False
    agent = view.mention_at(t + 1) if t + 1 < len(view.tokens) else None
    if t + 1 < len(view.tokens) and (country_mention(sc, t + 1) or group_adjective(sc, t + 1)) is not None:
        return False     # يصد الجيش هجوما حوثيا: the adjective names the attacker
    if arguments.agent_of_a_resumptive_relative(sc, t) is not None:
        return False     # صدت القوات هجوما شنته جماعة الحوثي: the attacker is named
    return not (agent is not None and agent.type in ACTOR_TYPES and _prefix(view, agent).endswith("ل"))


def not_done(sc: SentenceContext, t: int) -> bool:
    """لم تنسحب القوات / نفى الجيش أن يكون قد قصف / فشلت القوات في السيطرة / رفض الجيش الانسحاب /
    دعت الأمم المتحدة إسرائيل إلى الانسحاب / لم تتمكن القوات من السيطرة: the word is negated, or
    governed (directly, or past mentions and the links of not_done_links) by a verb of denying,
    failing, refusing or demanding (non_event_words) or a negated verb of ability: it states an
    event that did not happen or is only asked for."""
    view, lists = sc.view, sc.lexicon.lists
    tokens = view.tokens
    if t > 0 and tokens[t - 1].norm in NEGATIONS:
        return True
    k, steps, bare_noun = t - 1, 0, 0
    while k >= 0 and steps < 6:
        m = view.covering(k)
        if m is not None:
            k = m.token_start - 1          # past a mention (the subject, the one asked)
        elif tokens[k].norm in QUOTES or (tokens[k].norm in ("،", ",") and k + 1 < len(tokens)
                                          and tokens[k + 1].norm in NOT_DONE_LINKS):
            k -= 1                         # عرضت، على قسد "قسد" مغادرة: quotes, a comma before a link
            continue
        elif tokens[k].norm in NOT_DONE_LINKS or not view.token_stems(k).isdisjoint(lists["control_support_nouns"]):
            k -= 1                         # يسعى إلى إحكام سيطرته: past a noun that only carries the control
        elif bare_noun < 2 and (bare_noun == 0 or tokens[k + 1].norm.startswith("ال")) \
                and tokens[k].norm.startswith("ال") and not sc.lexicon.trigger_readings[tokens[k].norm] \
                and governing_stems(view, k).isdisjoint(sc.lexicon.lists["non_event_words"]):
            k, bare_noun = k - 1, bare_noun + 1   # a subject no mention names (ينص الاتفاق على انسحاب،
            continue                              # منع الجنود الطواقم الطبية من الوصول: a noun and its adjective)
        elif not bare_noun and (arguments.suffixed_noun(tokens[k].norm) or arguments.suffixed_force_noun(tokens[k].norm, lists)) \
                and governing_stems(view, k).isdisjoint(lists["non_event_words"]):
            k, bare_noun = k - 1, 2       # نفت الوزارة أن تكون قواتها قد قصفت: the body's own forces
        else:
            break
        steps += 1
    if k < 0 or view.is_break(k):
        return False
    here = governing_stems(view, k)
    if not here.isdisjoint(lists["non_event_words"]) or not here.isdisjoint(lists["intent_words"]):
        return True            # (يريد الجيش أن يسيطر، تعتزم إسرائيل شن هجوم: an intention)
    return not here.isdisjoint(lists["ability_words"]) and k > 0 and tokens[k - 1].norm in NEGATIONS


def governing_stems(view: SentenceView, k: int) -> frozenset[str]:
    """The stems of token k, and those of a verbal noun in ـة with a pronoun suffix read without it
    (جددت الحكومة مطالبتها بانسحاب القوات: مطالبتها -> مطالبه, as normalised)."""
    here = view.token_stems(k)
    norm = view.tokens[k].norm
    for suffix in SUFFIXES:           # the ت of ـة before a pronoun, read as its normalised ـه
        if norm.endswith("ت" + suffix) and len(norm) > len(suffix) + 3:
            return here | {norm[:-len(suffix) - 1] + "ه"}
    return here


def under_cover(sc: SentenceContext, t: int) -> int | None:
    """تقدم الجيش تحت غطاء ناري كثيف مدعوم بغارات جوية وقصف مدفعي باتجاه البلدة: a strike named
    in a phrase of cover (تحت غطاء ...) only backs the movement it covers; its index of تحت when
    token t lies in such a phrase (up to six words after غطاء, no break), else None."""
    view = sc.view
    for k in range(t - 1, max(-1, t - 8), -1):
        if view.is_break(k) or view.covering(k):
            return None
        if k + 1 < t and view.tokens[k].norm == "تحت" and not view.token_stems(k + 1).isdisjoint(sc.lexicon.lists["cover_nouns"]):
            return k
    return None


def intended(sc: SentenceContext, t: int) -> bool:
    """An intention or threat word right before the word (or before its subject's mention):
    يعتزم الجيش اقتحام المدينة، توعد باستعادتها."""
    view = sc.view
    k = before_subject(view, t)
    words = sc.lexicon.lists["intent_words"]
    return k >= 0 and not view.token_stems(k).isdisjoint(words) or (
        k >= 1 and view.tokens[k].norm in ("الي", "ب") and not view.token_stems(k - 1).isdisjoint(words))


def attempted_capture(sc: SentenceContext, t: int) -> bool:
    """حاولت القوات السيطرة على المدينة / في محاولة للسيطرة على البلدة: a word of trying
    (capture_attempt_words) right before the word (or before its subject's mention)."""
    k = before_subject(sc.view, t)
    return k >= 0 and (not sc.view.token_stems(k).isdisjoint(sc.lexicon.lists["capture_attempt_words"])
                       or capture_as_a_purpose(sc, t))


def capture_as_a_purpose(sc: SentenceContext, t: int) -> bool:
    """أطلقت الجماعة هجوما للسيطرة على المدينة / شنت القوات حملة لاستعادة البلدة: a verbal noun of
    taking with the ل of purpose right after an indefinite verbal noun of another event: the aim
    of that event, not a place taken."""
    view, tokens = sc.view, sc.view.tokens
    if t < 1 or view.covering(t - 1) or tokens[t - 1].norm.startswith("ال") \
            or not any(p.endswith("ل") for p, stem in proclitic_variants(tokens[t].norm) if p and stem != tokens[t].norm):
        return False
    return any(r.kind == "masdar" and r.relation != RELATIONS.captured for r in sc.lexicon.trigger_readings[tokens[t - 1].norm])

def lost_before(sc: SentenceContext, t: int) -> bool:
    """فقد الجيش السيطرة على المدينة: a loss verb before the verbal noun, with at most its
    subject's mention between."""
    k = before_subject(sc.view, t)
    return k >= 0 and not sc.view.token_stems(k).isdisjoint(sc.lexicon.lists["loss_words"])


def before_subject(view: SentenceView, t: int) -> int:
    """The token before t, or before the mention that ends right before t (the verb of فقد
    الجيش السيطرة، يعتزم الجيش اقتحام); -1 at the sentence's start."""
    covering = view.covering(t - 1) if t > 0 else None
    return covering.token_start - 1 if covering is not None else t - 1


def future_verb(lexicon: Lexicon, norm: str) -> bool:
    """ستستعيد، سيسيطر: a stated plan, not an event (the claim is hedged)."""
    return any(st[:2] in ("سي", "ست", "سن") and st[1:] in lexicon.forms for st in stems(norm))


def visitor_named_after(sc: SentenceContext, t: int) -> bool:
    """عقب زيارة الرئيس أحمد الشرع إلى واشنطن: the actor named right after a verbal noun of visiting
    or meeting at token t, then إلى: the visitor, going to a place; no one named before meets him."""
    view = sc.view
    m = view.mention_at(t + 1)
    return m is not None and m.type in ACTOR_TYPES and m.token_end < len(view.tokens) \
        and view.tokens[m.token_end].norm == "الي"


def clash_between(tc: TriggerContext) -> bool:
    """معارك بين X وY / اشتباكات عنيفة، الأربعاء، بين X وY (past a time aside) -> X CLASHED_WITH Y;
    اشتباكات بين الطرفين: the two forces named just before (both_sides)."""
    view = tc.view
    tokens = view.tokens
    k, end = tc.position, min(tc.position + 12, len(tokens))
    while k + 1 < end:
        k = past_a_time_aside(view, k + 1)
        if k >= end:
            return False
        if view.is_break(k) and not (tokens[k].norm in ("،", ",") and k + 1 < end and tokens[k + 1].norm == "بين"):
            return False       # (اشتباكات استخدمت فيها أسلحة ثقيلة، بين X وY: past the noun's aside)
        if tokens[k].norm == "بين" and k + 1 < len(tokens) \
                and not view.token_stems(k + 1).isdisjoint(tc.sentence.lexicon.lists["both_sides_words"]):
            parties = both_sides(tc.sentence, tc.position)
            if parties is None or (tc.position > 0 and not view.token_stems(tc.position - 1).isdisjoint(
                    tc.sentence.lexicon.lists["undoing_words"])):
                return False       # قوة فض اشتباك بين الطرفين: a disengagement, no clash
            tc.claim(parties[0], RELATIONS.clashed_with, parties[1], "clashed_with:both_sides", tc.trigger.confidence * 0.9)
            return True
        if tokens[k].norm == "بين":
            a = next((m for m in view.mentions if m.token_start > k and m.type in ACTOR_TYPES), None)
            if a is None:
                return False
            a_end = past_its_leader(tc.sentence, a.token_end)
            sides = sides_after_between(tc.sentence.rules, k)
            if sides is not None:      # بين X من جهة، وY وZ من جهة أخرى
                for one in sides[0]:
                    for other in sides[1]:
                        tc.claim(one, RELATIONS.clashed_with, other, "clashed_with:between_sides", tc.trigger.confidence)
                return True
            b = next((m for m in view.mentions if m.token_start >= a_end and m.type in ACTOR_TYPES
                      and _prefix(view, m).startswith("و")), None)
            if b is None or b.token_start - a_end > 2:
                b = second_party(tc.sentence, past_a_qualifier(tc.sentence, a_end))
            if b is None or b.entity_id == a.entity_id:
                return False
            tc.claim(a, RELATIONS.clashed_with, b, "clashed_with:between", tc.trigger.confidence)
            return True
    return False


def both_sides_fought(tc: TriggerContext) -> bool:
    """اشتبك الطرفان / تبادل الجانبان إطلاق النار: a verb of fighting whose subject, right after
    it, is a dual standing for the two parties named just before (both_sides)."""
    view, t = tc.view, tc.position
    if tc.trigger.kind != "verb" or t + 1 >= len(view.tokens) or view.covering(t + 1) \
            or view.token_stems(t + 1).isdisjoint(tc.sentence.lexicon.lists["both_sides_words"]):
        return False
    parties = both_sides(tc.sentence, t)
    if parties is not None:
        tc.claim(parties[0], RELATIONS.clashed_with, parties[1], "clashed_with:both_sides", tc.trigger.confidence * 0.9)
    return True


def both_sides(sc: SentenceContext, t: int) -> tuple[Mention, Mention] | None:
    """اشتباكات بين الطرفين / تبادل لإطلاق النار بين الجانبين: the two sides are the two forces
    named last before the word at t, in this sentence or the one before (منعت قوة من الحشد الشعبي
    عناصر من البيشمركة من المرور، ما أدى إلى تبادل لإطلاق النار بين الطرفين); a government or a
    state only when fewer than two forces are named; None when there are not two."""
    here = [m for m in sc.view.mentions if m.token_end <= t]
    before = [m for m in sc.state.history if m.sentence == sc.view.sentence.index - 1]
    named = list(reversed(before + here))
    for kinds in (GROUPS.fighting_forces, GROUPS.fighting_forces | GROUPS.state_actors | {TYPES.country}):
        parties: list[Mention] = []
        for m in named:
            if m.type in kinds and all(m.entity_id != p.entity_id for p in parties):
                parties.append(m)
                if len(parties) == 2:
                    return parties[1], parties[0]
    return None


def past_its_leader(sc: SentenceContext, k: int) -> int:
    """بين الجيش بقيادة الفريق أول فلان وقوات الدعم السريع: at token k a word of leading (led_by)
    and, past ranks (name_honorifics), the person who leads: the token after the person; else k."""
    view, lists = sc.view, sc.lexicon.lists
    tokens = view.tokens
    if k >= len(tokens) or view.covering(k) or tokens[k].norm not in lists["led_by"]:
        return k
    j = k + 1
    while j < len(tokens) and view.covering(j) is None and tokens[j].norm in lists["name_honorifics"]:
        j += 1
    m = view.mention_at(j) if j < len(tokens) else None
    return m.token_end if m is not None and m.type == TYPES.person else k


def past_a_qualifier(sc: SentenceContext, k: int, more: tuple[str, ...] = ()) -> int:
    """قوات الحكومة المدعومة من التحالف بقيادة السعودية / الفصائل الموالية لتركيا: at token k a
    participle of backing, loyalty or belonging (supported_by, loyal_to, part_of) and the actor it
    names (with its leader after بقيادة): the token after them; else k."""
    view, lists = sc.view, sc.lexicon.lists
    tokens = view.tokens
    if k >= len(tokens) or view.covering(k) or all(view.token_stems(k).isdisjoint(lists[name])
                                                  for name in ("supported_by", "loyal_to", "part_of") + more):
        return k
    j = k + 1
    if j < len(tokens) and tokens[j].norm in ("من", "مع"):
        j += 1
    m = view.mention_at(j)
    if m is None or m.type not in ACTOR_TYPES:
        return k
    j = m.token_end
    if j + 1 < len(tokens) and tokens[j].norm in lists["led_by"] and view.mention_at(j + 1) is not None:
        j = view.mention_at(j + 1).token_end
    return j


def second_party(sc: SentenceContext, k: int) -> Mention | None:
    """اشتباكات بين القوة المشتركة (المتحالفة مع الجيش) وكتيبة سبل السلام / بين قوات "الانتقالي"،
    ومقاتلين من حلف القبائل: the party after the first one (ending at token k), past quotes, an
    aside in brackets and a comma: an actor joined by و, or fighters or units (fighter_nouns,
    unit_plurals) of an actor (من X, or X in construct)."""
    view, lists = sc.view, sc.lexicon.lists
    tokens = view.tokens
    k = skip_quotes(view, k)
    if k < len(tokens) and tokens[k].norm == "(":
        k = next((j + 1 for j in range(k + 1, min(k + 12, len(tokens))) if tokens[j].norm == ")"), len(tokens))
        k = skip_quotes(view, k)
    if k < len(tokens) and tokens[k].norm in ("،", ","):
        k = skip_quotes(view, k + 1)
    if k + 1 >= len(tokens) or not tokens[k].norm.startswith("و"):
        return None
    m = view.mention_at(k)
    if m is None and (owner := arguments.owner_of_conjoined_units(sc, k)) is not None:
        return owner           # بين قسد وفصائل تابعة للجيش السوري: the units' owner
    if m is None and not view.covering(k) and not (view.token_stems(k).isdisjoint(lists["fighter_nouns"])
                                                   and view.token_stems(k).isdisjoint(lists["unit_plurals"])):
        k += 2 if tokens[k + 1].norm == "من" else 1      # ومقاتلين من X / وفصائل الحرس الوطني
        m = view.mention_at(skip_quotes(view, k)) if k < len(tokens) else None
    elif m is None and tokens[k].norm == "و":
        m = view.mention_at(skip_quotes(view, k + 1))
    return m if m is not None and m.type in ACTOR_TYPES else None


def extract(resolved: ResolvedArticle, registry: Registry | None = None,
            lexicon: Lexicon | None = None, cues: Cues | None = None) -> ArticleExtraction:
    """The relations stage: claims for one article, packaged with its entities and mentions
    (read with the registry, lexicon and cue words given, by default the loaded ones)."""
    extractor = RelationExtractor(resolved, lexicon, registry, cues)
    claims = rescore(extractor, extractor.run())      # the learned scorer (KG_RELATION_SCORER=off: rules alone)
    reg = extractor.registry
    # A name inside a longer name is kept where it takes part in a relation, or where a place is
    # named after it (جنوب لبنان names لبنان; قوات سوريا الديمقراطية does not name سوريا).
    in_claims = {c.subject for c in claims} | {c.object for c in claims}
    places = [m for m in resolved.mentions if m.source != "nested" and m.type in PLACE_TYPES]

    def inside_a_place(m):
        """جنوب لبنان: a country named inside a place's name."""
        return m.type == TYPES.country and any(p.sentence == m.sentence and p.token_start <= m.token_start
                                             and m.token_end <= p.token_end for p in places)
    mentions = tuple(m for m in resolved.mentions
                     if m.source != "nested" or m.entity_id in in_claims or inside_a_place(m))
    named = {m.entity_id for m in mentions}
    entities = {e.id: e for e in resolved.entities if e.id in named}
    for c in claims:
        for eid in (c.subject, c.object):
            if eid not in entities and eid in reg.entities:
                entities[eid] = reg.entities[eid]
    # a node's aliases are the surface forms seen in articles (its mentions add them), not every
    # spelling the registry knows
    entities = {k: _without_aliases(e) for k, e in entities.items()}
    a = resolved.article
    publisher = _publisher(resolved, reg)
    info = ArticleInfo(a.id, a.content_hash, a.url, a.title, a.published, publisher, a.origin)
    return ArticleExtraction(info, tuple(entities.values()), mentions, tuple(claims))


_ALIAS_FREE: dict[int, tuple] = {}


def _without_aliases(e):
    """The entity record without its aliases, made once per (registry) record: the record is kept
    beside its copy so that its id cannot be reused by another object while the entry exists."""
    if not e.aliases:
        return e
    hit = _ALIAS_FREE.get(id(e))
    if hit is None or hit[0] is not e:
        hit = (e, replace(e, aliases=()))
        if len(_ALIAS_FREE) < 100_000:
            _ALIAS_FREE[id(e)] = hit
    return hit[1]


def _publisher(resolved: ResolvedArticle, reg: Registry) -> str | None:
    """The outlet named in the dateline (الكومبس – ...), or the source field when it names a known outlet."""
    for m in resolved.mentions[:2]:
        if m.type == TYPES.outlet and m.start < 40:
            rest = resolved.article.text[m.end:m.end + 4]
            if any(ch in rest for ch in "–-—:|"):
                return m.entity_id
    src = resolved.article.source
    if src:
        for e in reg.lookup(phrase_key(src)):
            if reg.entities[e.entity_id].type == TYPES.outlet:
                return e.entity_id
    return None
