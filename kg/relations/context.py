"""What the relations stage reads an article with, and what it carries through it.

- ``ArticleState``: what carries from one sentence of an article to the next (the actor the
  discourse is about, the latest group of actors acting together, the places named only to locate
  another, the mentions read so far) and the claims made so far. The one mutable record: every
  function that reads or updates it gets it through its ``SentenceContext``.
- ``SentenceContext``: one sentence being read: its view (mentions indexed by token), the
  lexicon and registry it is read with, the article, its state, and the outlet or speaker the
  sentence credits. Frozen; built by the extractor, or by a test on hand-built tokens.
- ``TriggerContext``: one trigger word of that sentence: where it stands, its lexicon reading,
  and what its form says (ستسيطر: a plan, hedged; سيطرت: a feminine subject).
- ``add_claim``: a claim with its provenance (credited source, hedging, event date), kept once
  per (subject, relation, object, sentence) with its most confident reading.
- ``country_mention``, ``country_word``, ``group_adjective``: mentions read off adjectives
  (غارة إسرائيلية names Israel), which the construction rules reach through ``rules``.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import NamedTuple

from kg.arabic import is_word, proclitic_variants
from kg.dates import event_date
from kg.language.cues import Cues, load_cues
from kg.language.lexicon import Lexicon, Trigger, stems
from kg.language.words import BACKGROUND_RELATIONS, BARE_COMPLEMENTISERS, COMPLEMENTISERS, GLOSS_PRONOUNS, ORG_TYPES, PLACE_TYPES
from kg.language.names import GROUPS, RELATIONS, TYPES
from kg.registry import Registry
from kg.relations.attribution import HEDGED_WEIGHT, hedge_positions, later_speakers, opening_speaker, reported_speech_start
from kg.relations.constructions import RuleContext
from kg.relations.view import SentenceView, _prefix
from kg.types import Article, Claim, Mention, Provenance, computed_once, quick_init
from ontology import vocabulary

Source = tuple[str, str]         # (entity id, how the sentence credits it: according_to, speaker ...)


@dataclass
class ArticleState:
    """What carries from one sentence of an article to the next, and the claims made so far."""
    topic: Mention | None = None                  # the actor the discourse is about
    last_group: list[Mention] = field(default_factory=list)   # the latest list of actors acting together
    containers: set[tuple[int, int]] = field(default_factory=set)   # (sentence, token) of places named
                                                                    # only to locate another place
    history: list[Mention] = field(default_factory=list)      # mentions of the sentences already read
    mentions: tuple[Mention, ...] = ()                        # every mention of the article, in order
    claims: list[Claim] = field(default_factory=list)
    claim_index: dict[tuple, int] = field(default_factory=dict)   # (subject, relation, object,
                                                                  # sentence start) -> index in claims
    attackers: list[tuple[int, Mention]] = field(default_factory=list)   # (sentence, subject) of every
                                                                         # attack or killing claimed


@quick_init
@dataclass(frozen=True)
class SentenceContext:
    """One sentence being read, with everything its rules read through."""
    view: SentenceView
    lexicon: Lexicon
    registry: Registry
    article: Article
    state: ArticleState = field(default_factory=ArticleState)
    source: Source | None = None             # the outlet or speaker the sentence credits
    context_country: str | None = None       # ISO code of the country the article is mainly about
    cues: Cues = field(default_factory=load_cues)   # the entities stage's cue words some rules read
                                                    # (titles, directions); the extractor passes its own

    @computed_once
    def rules(self) -> RuleContext:
        """What the construction rules of kg.relations.constructions read and emit through."""
        return RuleContext(self.view, self.lexicon.lists, lambda k: country_mention(self, k),
                           lambda s, rel, o, rule, conf, trigger=None: add_claim(self, s, rel, o, rule, conf, trigger),
                           self.state.history, lambda word, k: country_word(self, word, k),
                           lambda k: group_adjective(self, k), self.cues.titles, self.state.mentions,
                           lambda: latest_attacker(self))

    @computed_once
    def coordinated_lists(self) -> dict:
        """arguments.coordinated's answers in this sentence: mention -> (it, its conjuncts)."""
        return {}

    @computed_once
    def facts(self) -> tuple[list[int], int | None, str | None]:
        """(hedge positions, start of reported speech, event date) of the sentence, read once when
        it yields its first claim (most sentences yield none)."""
        view = self.view
        return (hedge_positions(view, self.lexicon), reported_speech_start(view, self.lexicon),
                event_date(view.sentence.text, self.article.published, view.sentence.norms))

    @computed_once
    def clause_sources(self) -> list[tuple[int, Source | None]]:
        """For a sentence whose later clause names a speaker of its own (أعلن الجيش أن ...، فيما
        قال فلان إن ...): (where each part's reported words start, its source), the opening part
        first at -1; empty for most sentences. Read once when the sentence yields its first claim."""
        later = later_speakers(self.view, self.lexicon)   # (also when the opening part credits no one)
        if not later:
            return []
        opening = self.source if all(self.source is None or said is None or self.source[0] != said[0]
                                     for _, said in later) \
            else opening_speaker(self.view, self.lexicon)
        return [(-1, opening)] + later


class TriggerContext(NamedTuple):
    """A trigger word at token ``position`` of a sentence, read as ``trigger``. A named tuple: as
    frozen as a dataclass and cheaper to build (one per trigger reading)."""
    sentence: SentenceContext
    position: int
    trigger: Trigger
    surface: str                # the trigger's text, recorded in the provenance
    future: bool = False        # ستستعيد، سيسيطر: a stated plan (its claims are hedged)
    feminine: bool = False      # سيطرت، تسيطر: the verb agrees with a feminine subject (not a man)
    object_pronoun: bool = False   # دخلتها، اقتحموها: the verb carries its object as a pronoun suffix

    @property
    def view(self) -> SentenceView:
        return self.sentence.view

    def claim(self, subj: Mention | None, rel: str, obj: Mention | None, rule: str, conf: float) -> None:
        """A claim the trigger states, placed and hedged at the trigger."""
        add_claim(self.sentence, subj, rel, obj, rule, conf, self.surface, position=self.position, future=self.future)


def add_claim(sc: SentenceContext, subj: Mention | None, rel: str, obj: Mention | None, rule: str, conf: float,
              trigger: str | None = None, *, position: int | None = None, future: bool = False) -> None:
    """Record subj rel obj as read in the sentence, with its provenance; ``position`` is the token
    of the word that states it (the earlier argument when None), ``future`` a stated plan."""
    if subj is None or obj is None or subj.entity_id == obj.entity_id or own_country(sc, subj, rel, obj):
        return
    if subj.type == TYPES.person and rel.casefold() in sc.lexicon.lists["force_relations"]:
        return                # غادر الرئيس دمشق: a person leaving, not a force withdrawing
    if rel == RELATIONS.member_of and subj.type != TYPES.person:
        if subj.type not in ORG_TYPES or obj.type not in ORG_TYPES:
            return            # MEMBER_OF is a person's (kg.ttl: its domain is Person)
        rel = RELATIONS.part_of   # انضمت قوات درع السودان إلى الجيش: a body joining a body is part of it
    hedges, reported_from, date = sc.facts
    source = sc.source
    where = position if position is not None else min(subj.token_start, obj.token_start)
    if sc.clause_sources:          # فيما قال فلان إن ...: a claim past a later speaker's words is his
        start, source = max((seg for seg in sc.clause_sources if seg[0] < where), key=lambda seg: seg[0])
        reported_from = start if start >= 0 else reported_from
    # a standing fact is credited only when a named speaker or organisation asserts it
    # (وقال ساعر إنها فصائل تابعة ...، وأكد الجيش أن اللواء التابع لـX ...)
    asserted = (source is not None and rel not in (RELATIONS.located_in, RELATIONS.based_in)
                and (source[1] in ("speaker", "organisation")
                     and reported_from is not None and where > reported_from
                     and not another_clause(sc, reported_from, where)
                     and not in_the_writers_gloss(sc, reported_from, position, subj, obj)
                     or source[1] in ("according_to", "reported_by") and credited_before(sc, source, where)
                     and (reported_from is None or where > reported_from)))
    if source is not None and (own_party(source[0], subj, rel, obj) or (rel in BACKGROUND_RELATIONS and not asserted)
                               or (":title" in rule and not asserted)):
        source = None
    s = sc.view.sentence
    pos = position if position is not None else subj.token_start
    reach = max(pos + 3, obj.token_start if obj.sentence == s.index else 0)
    hedged = rel not in BACKGROUND_RELATIONS and (future or any(
        pos - 8 <= h <= reach and not (outside_a_described_noun(sc.view, h, obj, s.index)
                                         and outside_a_described_noun(sc.view, h, subj, s.index)) for h in hedges)
        or _hedged_report(hedges, reported_from, pos))
    prov = Provenance(article=sc.article.id, sentence=s.text, start=s.start, end=s.end,
                      attributed_to=source[0] if source else None, hedged=hedged, event_date=date,
                      rule=rule, confidence=round(conf * (HEDGED_WEIGHT if hedged else 1.0), 3), trigger=trigger)
    claim = Claim(subj.entity_id, rel, obj.entity_id, prov)
    # one provenance item per supporting sentence: the most confident reading wins
    state = sc.state
    key = (claim.subject, rel, claim.object, prov.start)
    i = state.claim_index.get(key)
    if i is None:
        state.claim_index[key] = len(state.claims)
        state.claims.append(claim)
        if rel in STRIKE_RELATIONS:
            state.attackers.append((s.index, subj))
    elif prov.confidence > state.claims[i].provenance.confidence:
        state.claims[i] = claim


STRIKE_RELATIONS = frozenset((RELATIONS.attacked, RELATIONS.killed))
ATTACK_REACH = 3          # sentences back to the latest one that tells of an attack


def latest_attacker(sc: SentenceContext, reach: int = ATTACK_REACH) -> Mention | None:
    """قصفت إسرائيل مدينة صور. وقال مصدر إن الغارات طالت بلدة الخيام: the actor that attacked or
    killed last in the article's sentences before this one, at most ``reach`` sentences back (the
    strikes a definite noun refers back to are theirs), when all that attacked there are one side
    (one actor, or a state and its own forces); None when two sides compete, or none attacked."""
    here = sc.view.sentence.index
    recent = [m for i, m in sc.state.attackers if here - reach <= i < here]
    if not recent or len({state_side(sc, m) for m in recent}) != 1:
        return None
    return recent[-1]


def state_side(sc: SentenceContext, m: Mention) -> str:
    """The country a state's force or government stands for (its entity id), else the actor itself."""
    if m.type in (TYPES.state_force, TYPES.government):
        country = sc.registry.country_entity.get(sc.registry.country_of(m.entity_id) or "")
        if country is not None:
            return country
    return m.entity_id


def credited_before(sc: SentenceContext, source: Source, where: int) -> bool:
    """وبحسب الحكومة العراقية، كان فلان والي التنظيم / ذكرت وكالة سانا أن قائد الإدارة فلان ...: an
    outlet or a body the sentence credits (according to it, reported by it) named before the
    claim's word at ``where``, in the same clause: the sentence is theirs from the start, standing
    facts included (named after the claim, وفق ما أفادت الوكالة, it credits the event only; an outlet
    only told, قال سكان لرويترز، or the title of the one it quotes, نقلت سانا عن قائد الأمن فلان قوله،
    are not its words)."""
    m = next((m for m in sc.view.mentions if m.entity_id == source[0]), None)
    if m is None or (source[1] == "reported_by" and _prefix(sc.view, m).endswith("ل")):
        return False
    return m.token_end <= where and not another_clause(sc, m.token_end, where)


def own_party(source: str, subj: Mention, rel: str, obj: Mention) -> bool:
    """قالت الحركة إنها اشتبكت مع الجيش / أكد الجيش أن قواته خاضت معارك مع الحركة: the source is
    the claim's subject, or either party of a symmetric relation (a clash, an alliance, a
    meeting): it reports its own part, credited to no one."""
    return source == subj.entity_id or (source == obj.entity_id and rel in vocabulary().symmetric)


DESCRIBED_REACH = 6       # words from a hedge on an unnamed noun to the owner it doubts: يشتبه بأنها تابعة لحزب X
_PRONOUN_COMPLEMENTISERS = COMPLEMENTISERS - BARE_COMPLEMENTISERS    # بأنها، أنه: a complementiser with a pronoun


def outside_a_described_noun(view, h: int, obj: Mention, sentence: int) -> bool:
    """غارات على مواقع يُشتبه بأنها تابعة لحزب العمال في قضاء العمادية: the hedge at token h opens
    a relative clause on an unnamed noun (a word no mention covers, then a complementiser with a
    pronoun), so it doubts only what that clause says (an object within DESCRIBED_REACH words of
    it); a claim whose object lies outside is stated, not hedged (unless its subject lies inside:
    طائرة مسيرة يعتقد أنها تابعة للدعم السريع قصفت السوق doubts who struck)."""
    tokens = view.tokens
    if h < 1 or h + 1 >= len(tokens) or view.covering(h - 1) is not None or not is_word(tokens[h - 1].norm) \
            or tokens[h + 1].norm not in _PRONOUN_COMPLEMENTISERS:
        return False
    return obj.sentence != sentence or not h < obj.token_start <= h + DESCRIBED_REACH


def in_the_writers_gloss(sc: SentenceContext, start: int, position: int | None, subj: Mention, obj: Mention) -> bool:
    """قال المتحدث إن «لواء المجيد»، وهو الجناح الانتحاري للتنظيم، نفذ الهجوم: a standing fact
    stated inside an apposition that a comma and a gloss pronoun (وهو، وهي) open after the start
    of what is reported, up to the next comma, is the writer's description of the name before it,
    not the speaker's words (its word, or its later argument, inside the apposition)."""
    tokens = sc.view.tokens
    s = sc.view.sentence.index
    if position is None:
        here = [m.token_start for m in (subj, obj) if m.sentence == s]
        if not here:
            return False
        position = max(here)
    for k in range(min(position, len(tokens) - 1), start, -1):
        norm = tokens[k].norm
        if norm in ("،", ","):
            return False
        if norm in GLOSS_PRONOUNS and k >= 1 and tokens[k - 1].norm in ("،", ","):
            return True
    return False


def another_clause(sc: SentenceContext, start: int, where: int) -> bool:
    """أعلنت القوات السيطرة على المنطقة بعدما أعلن الجيش بقيادة فلان انسحابه: a word of
    clause_links (بعدما، حيث، عندما ...) between what is reported (from ``start``) and the claim's
    word at ``where``: the claim stands in another clause, not in what the source asserts."""
    links, tokens = sc.lexicon.lists["clause_links"], sc.view.tokens
    return any(not links.isdisjoint(stems(tokens[k].norm)) for k in range(start + 1, min(where, len(tokens))))


def own_country(sc: SentenceContext, subj: Mention, rel: str, obj: Mention) -> bool:
    """A hostile relation between an actor and its own country (الجيش الإسرائيلي ... الحرب مع
    إسرائيل): a misread subject, never a claim."""
    if rel.casefold() not in sc.lexicon.lists["hostile_relations"]:
        return False
    reg = sc.registry
    country = reg.country_entity.get
    return any(b.type == TYPES.country and (a.type in (TYPES.state_force, TYPES.government) or a.type in PLACE_TYPES)
               and country(reg.country_of(a.entity_id) or "") == b.entity_id
               and not (b is subj and a.type != TYPES.country and national_force(sc, b))
               for a, b in ((subj, obj), (obj, subj)))      # (an insurgency may fight its own state)


def national_force(sc: SentenceContext, m: Mention) -> bool:
    """قصفت الطائرات الروسية والسورية مدينة إدلب: m is a nationality adjective on a force noun (the
    Syrian planes), so the country may strike a place of its own (not the country itself)."""
    view, forces = sc.view, sc.lexicon.lists["force_nouns"]
    if m.source != "adjective":
        return False
    k = m.token_start - 1
    while k >= 0 and country_mention(sc, k) is not None:
        k -= 1                        # الطائرات الروسية والسورية
    while k >= 0 and view.tokens[k].norm.startswith("ال") and not view.token_stems(k) & forces \
            and view.mention_at(k) is None and k >= m.token_start - 4:
        k -= 1                        # الطيران الحربي السوري
    return k >= 0 and bool(view.token_stems(k) & forces)


def adjective_mention(sc: SentenceContext, k: int, entity_id: str, type_: str) -> Mention:
    """A one-token mention of entity_id read off the adjective at token k."""
    tok = sc.view.tokens[k]
    return Mention(sc.article.id, sc.view.sentence.index, tok.start, tok.end, tok.text, entity_id, type_,
                   "adjective", k, k + 1)


def country_mention(sc: SentenceContext, k: int, bare: bool = False) -> Mention | None:
    """غارة إسرائيلية: a nationality adjective at token k as a mention of its country;
    ``bare``: not a conjunct (والبريطانية describes another noun)."""
    view, reg = sc.view, sc.registry
    if k < 0 or k >= len(view.tokens):
        return None
    variants = proclitic_variants(view.tokens[k].norm)
    for _, stem in (variants[:1] if bare else variants):
        iso = reg.nationality.get(stem)
        if iso and iso in reg.country_entity:
            return adjective_mention(sc, k, reg.country_entity[iso], TYPES.country)
    return None


def country_word(sc: SentenceContext, word: str, k: int) -> Mention | None:
    """الجيش الإسرائيلي: the country a normalised nationality word names, as a mention at token k."""
    reg = sc.registry
    iso = reg.nationality.get(word)
    if iso and iso in reg.country_entity and 0 <= k < len(sc.view.tokens):
        return adjective_mention(sc, k, reg.country_entity[iso], TYPES.country)
    return None


def group_adjective(sc: SentenceContext, k: int) -> Mention | None:
    """الأهداف الحوثية / تعزيزات حوثية: a nisba adjective (definite, or indefinite after an
    indefinite noun) whose plural (الحوثيين، الحوثيون) is the registry's name of a group, as a
    mention of that group."""
    view, reg = sc.view, sc.registry
    if k < 0 or k >= len(view.tokens) or view.covering(k):
        return None
    n = view.tokens[k].norm
    if not n.startswith("ال") and k > 0 and not view.covering(k - 1) and is_word(view.tokens[k - 1].norm) \
            and not view.tokens[k - 1].norm.startswith(("ال", "وال")) and len(n) >= 4:
        n = "ال" + (n[:-1] if n.endswith("يا") else n)   # هجوم حوثي، هجوما حوثيا، تعزيزات حوثية
    if not n.startswith("ال") or not n.endswith(("يه", "ي")) or len(n) < 6 or n in reg.nationality:
        return None
    base = n[:-2] if n.endswith("يه") else n[:-1]
    for plural in (base + "يين", base + "يون"):
        for e in reg.lookup((plural,)):
            rec = reg.entities.get(e.entity_id)
            if rec is not None and rec.type in GROUPS.adjective_groups:
                return adjective_mention(sc, k, rec.id, rec.type)
    return None


HEDGED_REPORT_REACH = 12      # words from a hedging verb to the complementiser it opens


def _hedged_report(hedges: list[int], reported_from: int | None, pos: int) -> bool:
    """زعمت الحركة عبر إذاعتها الناطقة باسمها أن مقاتليها انسحبوا: a hedging verb that opens the
    reported speech (at most twelve words before its complementiser) hedges every claim in it."""
    return reported_from is not None and reported_from < pos and any(
        reported_from - HEDGED_REPORT_REACH <= h < reported_from for h in hedges)
