"""The driver of the entities stage: ``resolve`` runs the passes of ``SENTENCE_PASSES`` on each
sentence in order, then those of ``ARTICLE_PASSES`` on the article's mentions.

A sentence pass reads the sentence (``SentenceInput``) and the spans found so far (``SpansSoFar``)
and returns what it found (``Found``): new spans, the new entities they name and, for a pass
that reads an earlier span anew, that span's replacement. It edits nothing it was given; the
driver joins what it returns as the pass's ``join`` says:

- ``ADD``: the spans join the sentence's spans as they are;
- ``HOLD``: the spans are held back; the passes after read them (or not) through ``held``;
- ``SETTLE``: the held spans and these join the sentence's spans, and of overlapping spans the
  longest stays (names nested inside a registry name are set aside for the end).

Configuration is passed in: the registry (``reg``) and whether the statistical recogniser runs
(``use_ner``); nothing here reads the environment.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import AbstractSet, Callable, Mapping, NamedTuple

from kg.arabic import normalise, proclitic_variants
from kg.entities.communities import community_spans
from kg.entities.context import (adjective_country_spans, aircraft_for_armies, armies_for_states, merge_person_aliases,
                                 names_in_brackets, national_army_spans, resolve_metonyms, signals,
                                 states_for_authorities)
from kg.entities.coreference import (anaphor_spans, kind_words_before, bodies_without_their_adjective, family_name_mentions, genitive_short_forms, merge_family_names, merge_short_forms,
                                     propagate_names, registry_spellings, short_form_spans, spelling_variants)
from kg.entities.cues import (appositive_name_spans, general_body_spans, post_holder_spans, coordinated_place_spans, cue_spans, dual_org_spans, ordinal_unit_spans, numbered_site_spans, plural_cue_spans, quoted_body_spans, quoted_vessel_spans, quoted_outlet_spans, quoted_place_spans, reported_outlet_spans, state_outlet_spans, media_office_spans, presidency_spans,
                             speaker_spans)
from kg.entities.delegations import delegation_spans, society_spans, state_government_spans
from kg.entities.generic import generic_spans, lone_group_spans, named_as_a_tie, ministries_around_names, state_army_spans, states_with_forces
from kg.entities.matching import with_proclitics
from kg.entities.names import bare_words, reporting_verbs
from kg.entities.ner import names_by_sentence, ner_spans, recognised_names
from kg.entities.regions import DEFINITE_DIRECTIONS, countryside_spans, direction_region_spans, region_for_its_city, region_authority_spans
from kg.entities.registered import bank_of_a_water, clock_of_a_city, context_country, dateline_countries, known_names, registry_spans
from kg.entities.same_referent import (descriptions_of_a_named_force, merge_shorter_forms, new_name_of_a_registry_place,
                                       one_place_per_name, state_by_its_adjective)
from kg.entities.sites import donor_site_spans, state_body_spans, state_site_spans
from kg.entities.spans import Span, covered_tokens, drop_overlaps, span_start
from kg.language.cues import Cues, load_context_cues, load_cues
from kg.language.names import TYPES
from kg.language.words import PLACE_TYPES, QUOTES
from kg.memo import Memo
from kg.registry import Registry, load_registry
from kg.types import AnalysedArticle, EntityRecord, Mention, ResolvedArticle, Sentence


class SentenceInput(NamedTuple):
    """What the passes of one sentence read besides the spans found so far."""
    sentence: Sentence
    reg: Registry
    cues: Cues
    country: str | None               # the article's country (registered.context_country)
    history: list[Mention]            # the mentions of the sentences before, in order (it grows)
    signalled: list                   # context.signals: tokens that may start an army, adjective, direction
    recognised: list                  # the recogniser's names that start in this sentence
    norms: frozenset | None = None     # the token forms of the sentence (a pass's set-lookup gate)
    short_forms: Mapping = MappingProxyType({})   # coreference.genitive_short_forms: القيادة العامة -> the body named in full
    forces: frozenset = frozenset()   # generic.states_with_forces: the states whose forces the article names
    tied: AbstractSet = frozenset()   # (sentence, token) of the groups named before only as a tie (generic.named_as_a_tie)
    dateline: frozenset = frozenset()  # registered.dateline_countries: the country of the dateline's city
    introduced: Mapping = MappingProxyType({})   # coreference.kind_words_before: (sentence, token) -> the kind word before a name


@dataclass
class SpansSoFar:
    """The spans of a sentence so far: the settled ones, those held back by HOLD passes, and the
    names nested inside registry names (set aside until the end). ``settled``: the spans are as
    the last SETTLE left them (in order, none overlapping, none nested), so that settling nothing
    new would leave them as they are and is skipped."""
    spans: list[Span]
    nested: list[Span]
    held: list[Span] = field(default_factory=list)
    settled: bool = False


NOTHING: Mapping = MappingProxyType({})


class Found(NamedTuple):
    """What a pass found: new spans, the new entities they name, and replacements of spans it
    read (index in ``SpansSoFar.spans`` -> the span read anew)."""
    spans: list[Span]
    entities: Mapping[str, EntityRecord] = NOTHING
    replaced: Mapping[int, Span] = NOTHING


ADD, HOLD, SETTLE = "add", "hold", "settle"


# ------------------------------------------------------------------ the sentence passes, in order

NOTHING_FOUND = Found([])


def needs_forms(words: Callable[[Cues], AbstractSet[str]]):
    """Declares the token forms a sentence pass cannot do without (``words(cues)``): a sentence
    holding none of them gets nothing from it. ``sentence_spans`` calls a pass only on the
    sentences that hold one; the pass keeps its own test and runs alone as well."""
    def mark(find):
        find.needs_forms = words
        return find
    return mark


class PassDispatch:
    """Which passes a sentence can need, read off its token forms: one bit per pass that declares
    its forms (``needs_forms``), the passes a set of bits lets run once per set. A pass left out
    that settles stays as (None, SETTLE): the spans held so far are settled all the same."""

    def __init__(self, passes: tuple[Pass, ...], cues: Cues):
        self.passes, self.cues = passes, cues
        by_form: dict[str, int] = {}
        needed = []
        for n, (find, _) in enumerate(passes):
            words = getattr(find, "needs_forms", None)
            needed.append(0 if words is None else 1 << n)
            for w in (words(cues) if words is not None else ()):
                by_form[w] = by_form.get(w, 0) | 1 << n
        self.by_form, self.forms = by_form, frozenset(by_form)
        self.chosen = Memo(lambda mask: tuple(
            p if need & mask == need else (None, SETTLE) for need, p in zip(needed, passes)
            if need & mask == need or p[1] == SETTLE), limit=100_000)

    def passes_for(self, norms: AbstractSet[str]) -> tuple:
        mask, by_form = 0, self.by_form
        for form in self.forms.intersection(norms):      # (a set op: most forms need no pass)
            mask |= by_form[form]
        return self.chosen[mask]


_DISPATCH: dict[tuple[int, int], tuple] = {}


def passes_for(given: SentenceInput, passes: tuple[Pass, ...]) -> tuple:
    """The passes, in order, that can find something in the sentence (its token forms meet their
    ``needs_forms``); every pass when the forms are not given."""
    if given.norms is None:
        return passes
    hit = _DISPATCH.get((id(passes), id(given.cues)))
    if hit is None or hit[0] is not passes or hit[1] is not given.cues:
        hit = _DISPATCH[(id(passes), id(given.cues))] = (passes, given.cues, PassDispatch(passes, given.cues))
    return hit[2].passes_for(given.norms)


@functools.lru_cache(maxsize=None)
def _gate(name: str) -> frozenset[str]:
    """The token forms (proclitics included) a sentence must hold for a pass to read it: its
    words of entity_cues.json (fighter_descriptions; communities and their group nouns; the first
    words of state_sites and state_bodies; time_zone_words; delegation_heads; government_heads; national_societies; region_authority_heads) or cues.json (dual_org_cues, state_outlet_heads, media_office_heads, presidency_heads,
    unit words with or without the article, plural place cues, anaphoric heads, general body heads)."""
    cc = load_context_cues()
    words = {"fighters": cc.fighter_descriptions,
             "communities": set(cc.communities) | set(cc.community_heads),
             "sites": {k[0] for k in cc.state_sites},
             "donors": cc.donor_site_heads,
             "bodies": {k[0] for k in cc.state_bodies},
             "duals": set(load_cues().dual_orgs),
             "units": set(load_cues().units) | {u[2:] for u in load_cues().units if u.startswith("ال")},
             "plurals": set(load_cues().plural_place),
             "anaphors": set(load_cues().anaphors),
             "clocks": cc.time_zone_words,
             "banks": cc.bank_words,
             "delegations": cc.delegation_heads,
             "governments": cc.government_heads,
             "societies": {k[0] for k in cc.national_societies},
             "state_outlets": {k[0] for k in load_cues().state_outlet_heads},
             "media_offices": {k[0] for k in load_cues().media_offices},
             "presidencies": load_cues().presidencies,
             "region_authorities": set(cc.region_authority_heads),
             "general_bodies": set(load_cues().general_heads)}[name]
    return with_proclitics(words)


@functools.lru_cache(maxsize=None)
def _reporting_forms() -> frozenset[str]:
    """The reporting verbs bare or after و or ف (قال، وقال، فأكد): a sentence holding none has no
    speaker or outlet named right after one."""
    verbs = reporting_verbs()
    return verbs | {c + v for c in "وف" for v in verbs}


def _lacks(given: SentenceInput, words: frozenset[str]) -> bool:
    """No token form of the sentence is one of ``words`` (unknown when the forms are not given)."""
    return given.norms is not None and given.norms.isdisjoint(words)


def state_descriptions(given: SentenceInput, so_far: SpansSoFar) -> Found:
    """قال الجيش إن ... -> the army of the article's country (الجيش السوداني: of the adjective's)."""
    spans = generic_spans(given.sentence, so_far.spans, given.reg, given.country, given.history)
    if given.short_forms and spans:
        spans = [s for s in spans if not _a_short_form(given, s)]   # (the article's own body: short_forms_of_bodies)
    return Found(spans, replaced=ministries_around_names(given.sentence, so_far.spans, given.reg, given.country))


def _a_short_form(given: SentenceInput, s: Span) -> bool:
    """القيادة العامة where the article names القيادة العامة للقوات المسلحة الأردنية: a generic
    description that is a short form of a body the article names in full."""
    if s.source != "generic":
        return False
    tokens = given.sentence.tokens
    words = bare_words(tokens[s.i].text) + tuple(t.norm for t in tokens[s.i + 1:s.j])
    return words in given.short_forms


@needs_forms(lambda cues: _gate("fighters"))
def lone_group(given: SentenceInput, so_far: SpansSoFar) -> Found:
    """هاجمت حركة الشباب القاعدة ... وقال سكان إن المسلحين انسحبوا -> the article's one armed group."""
    if given.norms is not None and _gate("fighters").isdisjoint(given.norms):
        return NOTHING_FOUND
    return Found(lone_group_spans(given.sentence, so_far.spans, given.history, given.tied))


def national_armies(given: SentenceInput, so_far: SpansSoFar) -> Found:
    """وانتشر الجيش الصومالي -> the Somali army (the registry's, else army:SO)."""
    if given.signalled is not None and not any(sig[1] for _, sig in given.signalled):
        return Found([], {})           # (most sentences: no army head, national_army_spans finds nothing)
    tokens = given.sentence.tokens
    found, records = national_army_spans(given.sentence, covered_tokens(so_far.spans), given.reg,
                                         signalled=given.signalled, countries=_countries_at(so_far.spans, given.reg))
    return Found([Span(i, j, span_start(tokens[i], prefix), tokens[j - 1].end, eid, TYPES.state_force, "registry")
                  for i, j, prefix, eid in found], records)


def _countries_at(spans, reg) -> dict[int, tuple[int, str]]:
    """first token of each registry country's name in the sentence -> (its end, the state's ISO)."""
    out = {}
    for s in spans:
        if s.type == TYPES.country and s.source == "registry":
            iso = getattr(reg.entities.get(s.entity_id), "country", None)
            if iso:
                out[s.i] = (s.j, iso)
    return out


def state_armies(given: SentenceInput, so_far: SpansSoFar) -> Found:
    """وقال الجيش إن ... in a Mozambican story (no registry army of Mozambique) -> army:MZ."""
    return Found(*state_army_spans(given.sentence, so_far.spans, given.reg, given.country, given.forces))


@needs_forms(lambda cues: _gate("delegations"))
def delegations(given: SentenceInput, so_far: SpansSoFar) -> Found:
    """التقى الوزير وفدا إسرائيليا -> delegation:IL, the Israeli delegation (a Government)."""
    if given.norms is not None and _gate("delegations").isdisjoint(given.norms):
        return NOTHING_FOUND
    return Found(*delegation_spans(given.sentence, so_far.spans, given.reg, given.history))


@needs_forms(lambda cues: _gate("governments"))
def state_governments(given: SentenceInput, so_far: SpansSoFar) -> Found:
    """وأغلقت الحكومة الباكستانية المعبر -> government:PK, the government of Pakistan (a Government)."""
    if given.norms is not None and _gate("governments").isdisjoint(given.norms):
        return NOTHING_FOUND
    return Found(*state_government_spans(given.sentence, so_far.spans, given.reg))


@needs_forms(lambda cues: _gate("societies"))
def national_societies(given: SentenceInput, so_far: SpansSoFar) -> Found:
    """وأعلن الهلال الأحمر الليبي -> the Libyan Red Crescent (the registry's, else red_crescent:LY)."""
    if given.norms is not None and _gate("societies").isdisjoint(given.norms):
        return NOTHING_FOUND
    return Found(*society_spans(given.sentence, so_far.spans, given.reg))


@needs_forms(lambda cues: cues.reported_outlets)
def reported_outlets(given: SentenceInput, so_far: SpansSoFar) -> Found:
    """وذكر موقع فرات بوست أن ... -> موقع فرات بوست, a MediaOutlet (a cue after a reporting verb)."""
    if _lacks(given, given.cues.reported_outlets):
        return NOTHING_FOUND
    return Found(*reported_outlet_spans(given.sentence, so_far.spans, given.reg, given.cues))


@needs_forms(lambda cues: _gate("state_outlets"))
def state_outlets(given: SentenceInput, so_far: SpansSoFar) -> Found:
    """وقال التلفزيون الرسمي البوركيني إن ... -> outlet:BF:التلفزيون, Burkina Faso's broadcaster."""
    if _lacks(given, _gate("state_outlets")):
        return NOTHING_FOUND
    spans, records = state_outlet_spans(given.sentence, so_far.spans, given.reg, given.cues)
    guessed = {n: None for n, s in enumerate(so_far.spans)
               if s.source == "ner" and any(s.i < x.j and x.i < s.j for x in spans)}
    return Found(spans, records, guessed)   # (a recogniser's guess over the outlet is dropped)


@needs_forms(lambda cues: _gate("presidencies"))
def presidencies(given: SentenceInput, so_far: SpansSoFar) -> Found:
    """وبحسب الرئاسة التشادية ... -> presidency:TD, the presidency of Chad (a Government)."""
    if _lacks(given, _gate("presidencies")):
        return NOTHING_FOUND
    return Found(*presidency_spans(given.sentence, so_far.spans, given.reg, given.cues))


@needs_forms(lambda cues: _gate("media_offices"))
def media_offices(given: SentenceInput, so_far: SpansSoFar) -> Found:
    """وقال المكتب الإعلامي لحركة حماس إن ... -> media_office:hamas, a MediaOutlet (حماس nested in it)."""
    if _lacks(given, _gate("media_offices")):
        return NOTHING_FOUND
    return Found(*media_office_spans(given.sentence, so_far.spans, given.reg, given.cues, given.country))


@needs_forms(lambda cues: QUOTES)
def quoted_outlets(given: SentenceInput, so_far: SpansSoFar) -> Found:
    """وقال مسؤول لـ"الشرق الأوسط" إن ... -> الشرق الأوسط, a MediaOutlet (quoted, told a statement)."""
    if _lacks(given, QUOTES):
        return NOTHING_FOUND
    return Found(*quoted_outlet_spans(given.sentence, so_far.spans, given.reg, given.cues))


@needs_forms(lambda cues: QUOTES)
def quoted_bodies(given: SentenceInput, so_far: SpansSoFar) -> Found:
    """أعلن «جيش أراكان» سيطرته على ... -> جيش أراكان, an ArmedGroup (quoted, headed by جيش)."""
    if _lacks(given, QUOTES):
        return NOTHING_FOUND
    return Found(*quoted_body_spans(given.sentence, so_far.spans, given.reg, given.cues))


@needs_forms(lambda cues: QUOTES)
def quoted_vessels(given: SentenceInput, so_far: SpansSoFar) -> Found:
    """استولى الحوثيون على السفينة «غالاكسي ليدر» -> غالاكسي ليدر, a Facility (quoted after a vessel noun)."""
    if _lacks(given, QUOTES):
        return NOTHING_FOUND
    return Found(*quoted_vessel_spans(given.sentence, so_far.spans, given.reg, given.cues))


@needs_forms(lambda cues: _gate("sites"))
def state_sites(given: SentenceInput, so_far: SpansSoFar) -> Found:
    """قصفت الطائرات القصر الرئاسي في الخرطوم -> the presidential palace of the article's state."""
    if given.norms is not None and _gate("sites").isdisjoint(given.norms):
        return NOTHING_FOUND
    return Found(*state_site_spans(given.sentence, so_far.spans, given.reg, given.country))


@needs_forms(lambda cues: _gate("donors"))
def donor_sites(given: SentenceInput, so_far: SpansSoFar) -> Found:
    """ونقل الجرحى إلى المستشفى السعودي -> the Saudi Hospital, a Facility (not Saudi Arabia)."""
    if _lacks(given, _gate("donors")):
        return NOTHING_FOUND
    return Found(*donor_site_spans(given.sentence, so_far.spans, given.reg))


@needs_forms(lambda cues: _gate("bodies"))
def state_bodies(given: SentenceInput, so_far: SpansSoFar) -> Found:
    """وعقد مجلس الأمن القومي اجتماعا -> the article's state's national security council (not the UN's)."""
    if given.norms is not None and _gate("bodies").isdisjoint(given.norms):
        return NOTHING_FOUND
    return Found(*state_body_spans(given.sentence, so_far.spans, given.reg, given.country))


def general_bodies(given: SentenceInput, so_far: SpansSoFar) -> Found:
    """وقالت الإدارة العامة لخفر السواحل إن ... -> الإدارة العامة لخفر السواحل, a Government body."""
    if _lacks(given, _gate("general_bodies")):
        return NOTHING_FOUND
    return Found(*general_body_spans(given.sentence, so_far.spans, given.cues))


def short_forms_of_bodies(given: SentenceInput, so_far: SpansSoFar) -> Found:
    """فك الحصار عن القيادة العامة (القيادة العامة للجيش السوداني named in the article) -> that body."""
    return Found(short_form_spans(given.sentence, so_far.spans, given.short_forms)) if given.short_forms else NOTHING_FOUND


@needs_forms(lambda cues: _gate("duals"))
def dual_organisations(given: SentenceInput, so_far: SpansSoFar) -> Found:
    """وعقدت حركتا حماس وفتح اجتماعا -> فتح, the movement the registry knows as حركة فتح."""
    if given.norms is not None and _gate("duals").isdisjoint(given.norms):
        return NOTHING_FOUND
    return Found(dual_org_spans(given.sentence, so_far.spans, given.reg, given.cues))


def cued_names(given: SentenceInput, so_far: SpansSoFar) -> Found:
    """دخلت القوات بلدة كفرنبودة -> كفرنبودة, a town (the cue names its type)."""
    spans, records, replaced = cue_spans(given.sentence, so_far.spans, given.reg, given.cues, given.country,
                                         _EarlierPlaces.of(given.history).names())
    return Found(spans, records, replaced)


class _EarlierPlaces:
    """The one-word new places (found by a cue) of a history list, extended as the list grows:
    each mention is read once, so a long text costs linear time."""
    _last: "_EarlierPlaces | None" = None

    def __init__(self, history):
        self.history, self.seen, self.found = history, 0, frozenset()

    @classmethod
    def of(cls, history) -> "_EarlierPlaces":
        last = cls._last
        if last is None or last.history is not history or len(history) < last.seen:
            last = cls._last = cls(history)
        return last

    def names(self) -> frozenset[str]:
        history = self.history
        if self.seen < len(history):
            new = {m.entity_id[5:] for m in history[self.seen:]
                   if m.source == "cue" and m.type in PLACE_TYPES and m.entity_id.startswith("name:")
                   and "_" not in m.entity_id and ":" not in m.entity_id[5:]}
            if new - self.found:
                self.found = self.found | new
            self.seen = len(history)
        return self.found


@needs_forms(lambda cues: _gate("units"))
def ordinal_units(given: SentenceInput, so_far: SpansSoFar) -> Found:
    """وانتشر الفيلق الخامس في الريف -> الفيلق الخامس, a unit (a unit word and an ordinal)."""
    if _lacks(given, _gate("units")) or (_lacks(given, given.cues.ordinals) and _lacks(given, given.cues.unit_directions)
                                         and not any(map(str.isdigit, given.norms))):
        return NOTHING_FOUND
    return Found(*ordinal_unit_spans(given.sentence, so_far.spans + so_far.held, given.cues))


def numbered_sites(given: SentenceInput, so_far: SpansSoFar) -> Found:
    """انسحبت القوات من القاعدة الجوية 201 -> القاعدة الجوية 201, a Facility (a site's cue and a number)."""
    if given.norms is not None and not any(map(str.isdigit, given.norms)):
        return NOTHING_FOUND
    return Found(*numbered_site_spans(given.sentence, so_far.spans + so_far.held, given.cues))


@needs_forms(lambda cues: _gate("plurals"))
def cued_lists(given: SentenceInput, so_far: SpansSoFar) -> Found:
    """قصفت بلدات عيترون، مركبا وبليدا -> three towns."""
    if _lacks(given, _gate("plurals")):
        return NOTHING_FOUND
    return Found(*plural_cue_spans(given.sentence, so_far.spans + so_far.held, given.reg, given.cues))


def coordinated_places(given: SentenceInput, so_far: SpansSoFar) -> Found:
    """سيطرت القوات على بارا وأم صميمة -> أم صميمة, a town like the one it is joined to."""
    return Found(*coordinated_place_spans(given.sentence, so_far.spans, given.reg, given.cues))


def countrysides(given: SentenceInput, so_far: SpansSoFar) -> Found:
    """اشتباكات في ريف حلب الغربي -> the western countryside of Aleppo, a Region."""
    return Found(*countryside_spans(given.sentence, so_far.spans, given.reg, given.cues))


def direction_regions(given: SentenceInput, so_far: SpansSoFar) -> Found:
    """غارات على شمال إسرائيل، الجنوب السوري -> the north of Israel, the south of Syria."""
    return Found(*direction_region_spans(given.sentence, so_far.spans, given.reg, given.signalled, given.norms))


@needs_forms(lambda cues: _reporting_forms())
def speakers(given: SentenceInput, so_far: SpansSoFar) -> Found:
    """وقال سامر الحسن، وهو مقاتل، إن ... -> سامر الحسن, a Person."""
    if _lacks(given, _reporting_forms()):
        return NOTHING_FOUND
    return Found(*speaker_spans(given.sentence, so_far.spans, given.reg, given.cues))


def post_holders(given: SentenceInput, so_far: SpansSoFar) -> Found:
    """وقال قائد عمليات ديالى للحشد الشعبي طالب الموسوي إن ... -> طالب الموسوي, a Person (the post's holder)."""
    return Found(*post_holder_spans(given.sentence, so_far.spans, given.reg, given.cues))


def appositive_names(given: SentenceInput, so_far: SpansSoFar) -> Found:
    """واعتقلت الشرطة علي حسين، أحد قادة الحشد، ... -> علي حسين, a Person."""
    return Found(*appositive_name_spans(given.sentence, so_far.spans, given.reg, given.cues))


@needs_forms(lambda cues: _gate("communities"))
def community_groups(given: SentenceInput, so_far: SpansSoFar) -> Found:
    """اشتباكات بين العشائر البدوية ومجموعات درزية مسلحة -> the Bedouin and the Druze groups."""
    if given.norms is not None and _gate("communities").isdisjoint(given.norms):
        return NOTHING_FOUND
    return Found(*community_spans(given.sentence, so_far.spans + so_far.held))


def recogniser_names(given: SentenceInput, so_far: SpansSoFar) -> Found:
    """وأعلنت الحركة الشعبية للتغيير مشاركتها -> the recogniser's Organization, no cue needed."""
    return Found(*ner_spans(given.sentence, so_far.spans, given.recognised, given.reg, given.cues))


@needs_forms(lambda cues: QUOTES)
def quoted_places(given: SentenceInput, so_far: SpansSoFar) -> Found:
    """سيطرت القوات على «الناصر» -> الناصر, a town (quoted where a place is wanted)."""
    if _lacks(given, QUOTES):
        return NOTHING_FOUND
    return Found(*quoted_place_spans(given.sentence, so_far.spans, given.reg))


@needs_forms(lambda cues: _gate("anaphors"))
def anaphors(given: SentenceInput, so_far: SpansSoFar) -> Found:
    """سيطرت القوات على بلدة كفرنبودة ... وقصفت المدينة -> المدينة is the town named before."""
    if _lacks(given, _gate("anaphors")):
        return NOTHING_FOUND
    return Found(anaphor_spans(given.sentence, so_far.spans, given.history, given.cues, given.reg,
                               given.country, given.tied, given.introduced))


@needs_forms(lambda cues: _gate("region_authorities"))
def region_authorities(given: SentenceInput, so_far: SpansSoFar) -> Found:
    """وفق ما أعلنت سلطات الإقليم (إقليم كردستان named before) -> the Kurdistan Regional Government."""
    if _lacks(given, _gate("region_authorities")):
        return NOTHING_FOUND
    return Found(*region_authority_spans(given.sentence, so_far.spans, given.reg))


def state_adjectives(given: SentenceInput, so_far: SpansSoFar) -> Found:
    """شنت طائرات إسرائيلية غارة -> إسرائيلية is a mention of Israel."""
    sentence, reg, signalled = given.sentence, given.reg, given.signalled
    if not any(sig[0] for _, sig in signalled):
        return NOTHING_FOUND
    out = []
    for k, eid in adjective_country_spans(sentence, covered_tokens(so_far.spans + so_far.nested), reg,
                                          signalled=signalled):
        t = sentence.tokens[k]
        prefix = next((p for p, st in proclitic_variants(t.norm) if st in reg.nationality), "")
        out.append(Span(k, k + 1, span_start(t, prefix), t.end, eid, TYPES.country, "adjective"))
    return Found(out)


class Pass(NamedTuple):
    """A sentence pass and how what it finds joins the spans (ADD, HOLD or SETTLE)."""
    find: Callable[[SentenceInput, SpansSoFar], Found]
    join: str


# The order is priority: a later pass does not take tokens an earlier one settled.
SENTENCE_PASSES: tuple[Pass, ...] = (
    Pass(state_descriptions, ADD),
    Pass(lone_group, ADD),
    Pass(national_armies, ADD),
    Pass(state_armies, ADD),
    Pass(delegations, ADD),
    Pass(state_governments, ADD),
    Pass(national_societies, ADD),
    Pass(reported_outlets, ADD),
    Pass(quoted_outlets, ADD),
    Pass(state_outlets, ADD),
    Pass(media_offices, ADD),
    Pass(presidencies, ADD),
    Pass(quoted_bodies, SETTLE),
    Pass(quoted_vessels, SETTLE),
    Pass(dual_organisations, ADD),
    Pass(ordinal_units, ADD),
    Pass(numbered_sites, ADD),
    Pass(general_bodies, ADD),
    Pass(short_forms_of_bodies, ADD),
    Pass(state_sites, ADD),
    Pass(donor_sites, ADD),
    Pass(state_bodies, SETTLE),
    Pass(cued_names, HOLD),
    Pass(cued_lists, SETTLE),
    Pass(coordinated_places, ADD),
    Pass(countrysides, HOLD),
    Pass(direction_regions, SETTLE),
    Pass(speakers, SETTLE),
    Pass(post_holders, SETTLE),
    Pass(community_groups, ADD),
    Pass(recogniser_names, SETTLE),
    Pass(appositive_names, SETTLE),
    Pass(quoted_places, ADD),
    Pass(anaphors, SETTLE),
    Pass(region_authorities, SETTLE),
    Pass(state_adjectives, ADD),
)


def _join(so_far: SpansSoFar, found: Found, join: str) -> None:
    """The driver's one place where the spans of a sentence change."""
    if found.replaced:             # (a span replaced by None is dropped: its words joined a new name)
        so_far.spans = [r for n, s in enumerate(so_far.spans) if (r := found.replaced.get(n, s)) is not None]
        so_far.settled = False
    if join == ADD:
        if found.spans:
            so_far.spans = so_far.spans + found.spans
            so_far.settled = False
    elif join == HOLD:
        if found.spans:
            so_far.held = so_far.held + found.spans
    elif not (so_far.settled and not so_far.held and not found.spans):
        so_far.nested += [s for s in so_far.spans if s.source == "nested"]
        so_far.spans = drop_overlaps([s for s in so_far.spans if s.source != "nested"] + so_far.held + found.spans)
        so_far.held = []
        so_far.settled = True


def _with_names_inside(spans: list[Span], nested: list[Span]) -> list[Span]:
    """The nested names inside a kept registry or cue name, added to the spans (نظام بشار الأسد
    also names بشار الأسد), except a country inside a country's name (جنوب السودان names no
    Sudan), a person or an outlet inside a place's name (قاعدة عين الأسد names no al-Assad, ولاية الجزيرة no Al Jazeera), a town inside a town's name (بنت جبيل names no Byblos) and a region inside a region's
    (ولاية جنوب كردفان names no Kordofan); in text order."""
    outer = [s for s in spans if s.source in ("registry", "cue")]
    spans = spans + [n for n in nested if any(o.i <= n.i and n.j <= o.j and (o.i, o.j) != (n.i, n.j)
                                              and not (o.type == TYPES.country and n.type == TYPES.country)
                                              and not (o.type in PLACE_TYPES and n.type in (TYPES.person, TYPES.outlet))
                                              and not (o.type == n.type and n.type in (TYPES.city, TYPES.region)
                                                       and o.entity_id != n.entity_id)
                                              for o in outer)]
    spans.sort(key=lambda s: (s.i, -s.j))
    return spans


def definite_name(record: EntityRecord, cues: Cues) -> EntityRecord:
    """تعزيزات تابعة للفرقة 76 -> الفرقة 76؛ حاجز للواء 80 -> اللواء 80: a new body first named through
    the clitic ل (its article's alef dropped) is named with its article; of the two readings (ل + ال
    + word, ل + the word اللواء) the one whose first word is a cue word, else the name as found."""
    name = record.name
    if not name.startswith("لل") or " " not in name:
        return record
    first, rest = name.split(" ", 1)
    known = set(cues.units) | set(cues.place) | {k[0] for k in cues.org}
    for word in ("ال" + first[2:], "ا" + first):
        if normalise(word) in known:
            return replace(record, name=f"{word} {rest}")
    return record


def sentence_spans(given: SentenceInput, registry_found: list[Span],
                   passes: tuple[Pass, ...] = SENTENCE_PASSES) -> tuple[list[Span], dict[str, EntityRecord]]:
    """The spans of one sentence (its registry names found beforehand) and the new entities they
    name: the registry names settled, then every pass in order."""
    spans, nested = known_names(given.sentence, registry_found, given.reg, given.cues, given.country, given.dateline)
    so_far = SpansSoFar(spans, nested)
    records: dict[str, EntityRecord] = {}
    for find, join in passes_for(given, passes):          # (the passes the sentence's forms let run)
        found = NOTHING_FOUND if find is None else find(given, so_far)
        if found.entities:
            records.update(found.entities)
        if found.spans or found.replaced or (join == SETTLE and (so_far.held or not so_far.settled)):
            _join(so_far, found, join)       # (else the join would change nothing)
    spans = _with_names_inside(so_far.spans, so_far.nested)
    if given.norms is None or not _gate("clocks").isdisjoint(given.norms):
        spans = [s for s in spans if not clock_of_a_city(s, given.sentence)]
    if given.norms is None or not _gate("banks").isdisjoint(given.norms):
        spans = [s for s in spans if not bank_of_a_water(s, given.sentence)]
    return spans, records


# ------------------------------------------------------------------ the article passes, in order

@dataclass(frozen=True)
class ArticleInput:
    """What the article passes read besides the mentions: the article, its sentences, the
    registry and the entities named so far (id -> record; a pass may add the entity it
    resolves a mention to)."""
    analysed: AnalysedArticle
    reg: Registry
    entities: dict[str, EntityRecord]
    country: str | None = None        # the article's country (registered.context_country)


def propagated_names(given: ArticleInput, mentions: list[Mention]) -> list[Mention]:
    """بلدة بيتونيا ... في بيتونيا -> the second بيتونيا is the town the cue named."""
    return propagate_names(given.analysed.sentences, mentions, given.entities, given.analysed.article)


def capitals_for_states(given: ArticleInput, mentions: list[Mention]) -> list[Mention]:
    """وأعلنت دمشق ... -> the Syrian government the article names (else Syria)."""
    return resolve_metonyms(given.analysed.sentences, mentions, given.entities, given.reg, reporting_verbs())


def states_for_armies(given: ArticleInput, mentions: list[Mention]) -> list[Mention]:
    """قصف الاحتلال ... where جيش الاحتلال is named -> the army, not the state."""
    return armies_for_states(mentions, given.reg)


def aircraft_of_armies(given: ArticleInput, mentions: list[Mention]) -> list[Mention]:
    """شنت طائرات الاحتلال غارات ... where جيش الاحتلال is named -> the army, not the air force."""
    return aircraft_for_armies(mentions, given.reg)


def states_for_rulers(given: ArticleInput, mentions: list[Mention]) -> list[Mention]:
    """النظام الإيراني ... إيران (no Iranian ministry named) -> the rulers described are Iran."""
    return states_for_authorities(mentions, given.reg)


def bracketed_names(given: ArticleInput, mentions: list[Mention]) -> list[Mention]:
    """وحركة المقاومة الفلسطينية (حماس) -> the first name is Hamas."""
    return names_in_brackets(given.analysed.sentences, mentions)


def person_aliases(given: ArticleInput, mentions: list[Mention]) -> list[Mention]:
    """محمد جابر المعروف بـ "أبو شجاع" -> أبو شجاع is محمد جابر."""
    return merge_person_aliases(given.analysed.sentences, mentions)


def short_forms(given: ArticleInput, mentions: list[Mention]) -> list[Mention]:
    """وزارة الداخلية اللبنانية ... وزارة الداخلية -> the short form is the long form's node."""
    return merge_short_forms(mentions, given.entities, given.reg, load_cues())


def shorter_forms(given: ArticleInput, mentions: list[Mention]) -> list[Mention]:
    """جبل المغيلة ... المغيلة; الدولة التركية -> تركيا; مدينة رفح ... رفح: a new name that is a
    short form of one other name of the article, a state described by its adjective, or one of two
    registry places of one name, is that entity."""
    mentions = state_by_its_adjective(mentions, given.entities, given.reg)
    mentions = descriptions_of_a_named_force(mentions, given.entities, given.reg)
    mentions = one_place_per_name(mentions, given.entities, given.reg, given.country)
    mentions = new_name_of_a_registry_place(mentions, given.entities, given.reg, given.country)
    return merge_shorter_forms(mentions, given.entities, given.reg)


def bodies_without_adjective(given: ArticleInput, mentions: list[Mention]) -> list[Mention]:
    """جهاز المخابرات العامة in an Egyptian story -> the registry's جهاز المخابرات العامة المصرية."""
    return bodies_without_their_adjective(mentions, given.entities, given.reg, given.country)


def spellings_of_one_name(given: ArticleInput, mentions: list[Mention]) -> list[Mention]:
    """بلدة رأس كمبوني ... رأس كامبوني -> one place, transliterated two ways."""
    return spelling_variants(mentions, given.entities, given.reg)


def known_spellings(given: ArticleInput, mentions: list[Mention]) -> list[Mention]:
    """قال محمد حمدان دوقلو (the registry: محمد حمدان دقلو) -> the registry's person."""
    return registry_spellings(mentions, given.entities, given.reg)


def regions_for_cities(given: ArticleInput, mentions: list[Mention]) -> list[Mention]:
    """محافظة درعا ... على درعا (and no مدينة درعا) -> the bare name is the governorate."""
    return region_for_its_city(mentions, given.analysed.sentences, load_context_cues())


def family_names(given: ArticleInput, mentions: list[Mention]) -> list[Mention]:
    """مؤيد عبد الرحمن ... وأضاف عبد الرحمن، وقال الحسن -> the person named in full before."""
    mentions = merge_family_names(mentions, given.entities)
    return family_name_mentions(given.analysed.sentences, mentions, given.entities, given.analysed.article,
                                reporting_verbs())


def successors_by_date(given: ArticleInput, mentions: list[Mention]) -> list[Mention]:
    """الحكومة السورية المؤقتة in a story of 2025 -> the transitional government in Damascus: a body
    whose name passed to another on a date (entity_cues.json dated_successors) is its successor in
    an article published on or after that date."""
    published = given.analysed.article.published
    successors = load_context_cues().dated_successors
    if not published or not successors:
        return mentions
    out = []
    for m in mentions:
        hit = successors.get(m.entity_id)
        if hit is not None and published >= hit[0] and hit[1] in given.reg.entities:
            record = given.reg.entities[hit[1]]
            given.entities.setdefault(record.id, record)
            m = replace(m, entity_id=record.id, type=record.type)
        out.append(m)
    named = {m.entity_id for m in out}
    for old in [k for k in successors if k in given.entities and k not in named]:
        del given.entities[old]        # (no node left for the body the name no longer means)
    return out


ARTICLE_PASSES: tuple[Callable[[ArticleInput, list[Mention]], list[Mention]], ...] = (
    successors_by_date,
    propagated_names,
    regions_for_cities,
    short_forms,
    shorter_forms,
    bodies_without_adjective,
    known_spellings,
    spellings_of_one_name,
    family_names,
    capitals_for_states,
    states_for_armies,
    aircraft_of_armies,
    states_for_rulers,
    bracketed_names,
    person_aliases,
)


# ------------------------------------------------------------------ the stage

def resolve(analysed: AnalysedArticle, reg: Registry | None = None, use_ner: bool = True) -> ResolvedArticle:
    """The entities stage: the mentions of an analysed article and the entities they name.
    ``use_ner``: run the statistical recogniser (kg.ner) as well as the registry and cues."""
    reg = reg or load_registry()
    cues = load_cues()
    sentences = analysed.sentences
    text = analysed.article.text
    registry_found = [registry_spans(s, reg) for s in sentences]
    country = context_country(registry_found, sentences, reg)
    short_forms = genitive_short_forms(sentences, registry_found, reg)
    recognised = names_by_sentence(recognised_names(text) if use_ner and sentences else [], sentences)
    mentions: list[Mention] = []
    entities: dict[str, EntityRecord] = {}       # the entities the mentions name, in order
    discovered: dict[str, EntityRecord] = {}     # new entities the passes found anywhere in the article
    signalled = [signals(s, reg, DEFINITE_DIRECTIONS) for s in sentences]
    forces = states_with_forces(sentences, registry_found, reg, signalled)
    tied: set[tuple[int, int]] = set()
    introduced: dict[tuple[int, int], frozenset] = {}
    dateline = dateline_countries(sentences, registry_found, reg)
    for sent, found, sig in zip(sentences, registry_found, signalled):
        given = SentenceInput(sent, reg, cues, country, mentions, sig,
                              recognised[sent.index], sent.norm_set, short_forms, forces, tied, dateline, introduced)
        spans, records = sentence_spans(given, found)
        tied.update((sent.index, s.i) for s in spans if s.type == TYPES.armed_group and named_as_a_tie(sent.tokens, s.i))
        introduced.update(kind_words_before(sent.index, sent.tokens, spans))
        discovered.update(records)
        for s in spans:
            if s.entity_id is None:
                continue
            record = reg.entities.get(s.entity_id) or discovered.get(s.entity_id)
            if record is None:
                continue
            if record.id not in entities:
                entities[record.id] = record if record.id in reg.entities else definite_name(record, cues)
            mentions.append(Mention(analysed.article.id, sent.index, s.start, s.end, text[s.start:s.end],
                                    record.id, record.type, s.source, s.i, s.j))
    given = ArticleInput(analysed, reg, entities, country)
    for article_pass in ARTICLE_PASSES:
        mentions = article_pass(given, mentions)
    return ResolvedArticle(analysed.article, sentences, tuple(mentions), tuple(entities.values()), country)
