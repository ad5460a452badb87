"""Names the registry does not know, introduced by a word that says what they are (the cues of
ontology/cues.json): a singular cue and one name (مدينة X، جماعة X، العميد X), a plural cue and a
list of names (بلدات X، Y وZ), and the speaker right after a reporting verb (وقال أحمد علي، ...).

Each pass returns its spans and the new entities (id -> EntityRecord) they name.
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import NamedTuple

from kg.arabic import is_word, normalise, proclitic_variants
from kg.entities.context import OBJECT_PRONOUNS
from kg.entities.matching import reading_in, reading_memo
from kg.entities.names import (is_adjective, is_byline, is_describing_adjective, is_ordinary_noun, starts_a_name_with_its_article, is_participle, is_rare_word, is_trigger, written_definite, is_trigger_noun, is_verbal_noun, name_parts, _not_a_name_part,
                              person_end, reporting_verbs, COMPOUND_FIRST_PARTS)
from kg.entities.spans import Span, as_nested, covered_tokens, covers, sentence_text, span_start, widened
from kg.language.cues import Cues, load_context_cues
from kg.language.lexicon import load_lexicon, stems
from kg.language.words import (BARE_COMPLEMENTISERS, COMPLEMENTISERS, FUNCTION_WORDS, COMPOUND_NAME_ENDS, CLAUSE_BREAKS, DIRECTION_BASE, MEMBERSHIP_LINKS, NISBA_ENDINGS, TIME_WORDS, FACILITY_ADJECTIVES, FACILITY_ADJECTIVES_OF_TIME, LIST_SEPARATORS, NON_NAME_STARTS, OFFICE_ADJECTIVES,
                               PLACE_TYPES, POST_PLACE_LINKS, PREPOSITIONS, QUOTES, SPEAKER_NAME_ENDS, SUFFIXES)
from kg.language.names import GROUPS, TYPES
from kg.registry import Registry, common_words
from kg.types import MEDIA_OFFICE, EntityRecord, Sentence


OPENING_QUOTES = QUOTES | {"("}          # what opens a quoted name
OFFICE_TITLES = frozenset({normalise("مسؤول"), normalise("مسؤولة")})   # a post's holder: مسؤول جمع المعلومات
_FACILITY_ADJECTIVE_FORMS = frozenset(normalise(a) for a in FACILITY_ADJECTIVES)
_ADJECTIVES_OF_TIME = frozenset(normalise(a) for a in FACILITY_ADJECTIVES_OF_TIME)     # العام: or the year
# the definite direction adjectives (الشمالي، الغربية), masculine and feminine, from words.json
_DIRECTION_ADJECTIVES = frozenset(normalise(a) for a in DIRECTION_BASE if a != DIRECTION_BASE[a])
_DEFINITE_DIRECTIONS = {False: frozenset("ال" + a for a in _DIRECTION_ADJECTIVES),
                        True: frozenset("ال" + a + "ه" for a in _DIRECTION_ADJECTIVES)}


@dataclass
class CueScan:
    """One sentence as ``cue_spans`` reads it: the spans of the passes before (``taken``) and
    what this pass has found so far (spans, new entities, spans of ``taken`` read anew)."""
    sentence: Sentence
    taken: list[Span]
    reg: Registry
    cues: Cues
    article_country: str | None
    earlier_places: frozenset[str] = frozenset()     # one-word new places the article named before
    out: list[Span] = field(default_factory=list)
    records: dict = field(default_factory=dict)
    replaced: dict[int, Span | None] = field(default_factory=dict)     # None: dropped


class Cue(NamedTuple):
    """A cue word at token ``i`` (``length`` tokens: مدينة، جماعة، العميد، وكالة أنباء) saying a
    name of type ``etype`` follows; ``inner``: the span of ``taken`` (at index ``at``) that starts
    right after it, a name already known (length 0: no cue, only a word a cue may start with)."""
    i: int
    length: int
    etype: str | None
    at: int | None
    inner: Span | None


def cue_spans(sentence: Sentence, taken: list[Span], reg: Registry, cues: Cues,
              article_country: str | None = None,
              earlier_places: frozenset[str] = frozenset()) -> tuple[list[Span], dict, dict[int, Span]]:
    """Names the registry does not know, introduced by a cue word: مدينة X، جماعة X، العميد X ...

    Returns the new spans, the new entities (id -> record) and the spans of ``taken`` this pass
    reads anew (index in ``taken`` -> replacement): a known place a cue joins (مدينة غزة: one
    mention, cue included) or that a new name contains (كتيبة طولكرم: طولكرم becomes 'nested').
    Each cue is read by the first rule of ``KNOWN_NAME_RULES`` (a known name follows the cue) or
    by ``new_name`` (none does) that decides where reading goes on."""
    tokens = sentence.tokens
    scan = CueScan(sentence, taken, reg, cues, article_country, earlier_places)
    covered = covered_tokens(taken)          # out's spans all end before i: never asked again
    first_word = reading_memo(cues.first_words)
    i = 0
    # most tokens start no cue (_cue_at would say so): only the others are visited, in order
    for k in list(itertools.compress(range(len(tokens)), map(first_word.__getitem__, sentence.norms))):   # (a reading is a pair)
        if k < i or k in covered or not is_word(tokens[k].norm):
            continue
        i = k
        cue = _cue_here(scan, i)
        if cue.inner is None:
            i = new_name(scan, cue)
            continue
        i = next(end for rule in KNOWN_NAME_RULES if (end := rule(scan, cue)) is not None)
    return scan.out, scan.records, scan.replaced


def _cue_here(scan: CueScan, i: int) -> Cue:
    """The cue at token i, and the known name right after it."""
    length, etype = _cue_at(scan.sentence.tokens, i, scan.cues)
    at = next((n for n, s in enumerate(scan.taken) if s.i == i + length), None) if length else None
    return Cue(i, length, etype, at, scan.taken[at] if at is not None else None)


# --- a known name right after the cue: each rule returns the token reading goes on from, or None

def command_without_its_title(scan: CueScan, cue: Cue) -> int | None:
    """تواصلت عمليات غزة: a one-word place-only cue (عمليات) names a command after a title or a
    command's noun only (قائد عمليات الأنبار); elsewhere it names nothing."""
    tokens, i = scan.sentence.tokens, cue.i
    if cue.length != 1 or (_cue_word(tokens, i, scan.cues) or "") not in scan.cues.place_only_cues:
        return None
    titled = i > 0 and any((st,) in scan.cues.titles or (st,) in scan.cues.org for _, st in proclitic_variants(tokens[i - 1].norm))
    return None if titled else i + 1


def no_field_before_a_name(scan: CueScan, cue: Cue) -> int | None:
    """مركز مدينة حمص، مركز حلب: a field cue (مركز) before a known name, no noun of its field,
    names nothing: reading goes on after the cue."""
    return cue.i + 1 if without_its_field(scan.sentence.tokens, cue.i, cue.i + cue.length, scan.cues) else None


def abstract_of_a_country(scan: CueScan, cue: Cue) -> int | None:
    """تدعم وحدة الصومال وسيادته: a cue word that is also an abstract noun (abstract_before_a_country)
    right before a country's name names the country's quality, no body: reading goes on at the country."""
    if cue.length != 1 or cue.inner.type != TYPES.country \
            or (_cue_word(scan.sentence.tokens, cue.i, scan.cues) or "") not in scan.cues.abstract_before_country:
        return None
    return cue.i + 1


def unit_named_after_place(scan: CueScan, cue: Cue) -> int | None:
    """كتيبة طولكرم، فيلق فلسطين: a unit named after a registry place, which its name contains (so
    is a local council, place_body_cues: مجلس قروي سنجل)."""
    inner, etype = cue.inner, cue.etype
    tokens = scan.sentence.tokens
    body = tuple(st for _, st in proclitic_variants(tokens[cue.i].norm))[-1:] + tuple(t.norm for t in tokens[cue.i + 1:cue.i + cue.length])
    if not ((etype in GROUPS.fighting_forces or body in scan.cues.place_bodies) and inner.source == "registry"
            and inner.type in GROUPS.areas and cue.length in (1, 2)):       # (two words: حلف قبائل المهرة)
        return None
    if _cue_word(scan.sentence.tokens, cue.i, scan.cues) in load_context_cues().front_cues:
        return None        # جبهة مأرب: the front at the place, which stays the place's mention
    tokens, i, j = scan.sentence.tokens, cue.i, inner.j
    force = _force_of_a_command(scan, cue, j)
    if force is not None:
        scan.replaced[force] = as_nested(scan.taken[force])
        j = scan.taken[force].j    # عمليات ديالى للحشد الشعبي: the command of the force named after it
    start = _cue_start(tokens, i, scan.cues)
    eid = _id_from(tokens, i, j, start)      # لحلف قبائل حضرموت: the id without the proclitic
    scan.records.setdefault(eid, EntityRecord(eid, etype, sentence_text(scan.sentence, tokens[i].start, tokens[j - 1].end)))
    scan.replaced[cue.at] = as_nested(inner)
    scan.out.append(Span(i, j, start, tokens[j - 1].end, eid, etype, "cue"))
    return j


def _force_of_a_command(scan: CueScan, cue: Cue, j: int) -> int | None:
    """قيادة عمليات نينوى للحشد الشعبي، عمليات ديالى للحشد: a command named after a place (a
    place-only cue: عمليات) and then, with لل, the known force it belongs to: the index in
    ``taken`` of that force's span, which the command's name takes in (else None)."""
    tokens = scan.sentence.tokens
    if j >= len(tokens) or not tokens[j].norm.startswith("لل") \
            or (_cue_word(tokens, cue.i, scan.cues) or "") not in scan.cues.place_only_cues:
        return None
    return next((n for n, s in enumerate(scan.taken) if s.i == j and s.source == "registry"
                 and s.type in GROUPS.fighting_forces), None)


def titled_person_after_place(scan: CueScan, cue: Cue) -> int | None:
    """محافظ حمص فلان، والي الخرطوم فلان: a title, the place it is held in and then a name (one
    that starts with a known given name): the person, read as a new name after the place."""
    if cue.etype != TYPES.person or cue.inner.type not in PLACE_TYPES \
            or _after_place(scan.sentence.tokens, cue.i + cue.length, scan.taken) == cue.i + cue.length:
        return None
    return new_name(scan, cue)


def titled_person_after_organisation(scan: CueScan, cue: Cue) -> int | None:
    """قائد الجيش الصومالي عبد الله نور: a title, the body it heads or serves and then a name (one
    that starts with a known given name): the person, read as a new name after the body."""
    k = cue.i + cue.length
    if cue.etype != TYPES.person or cue.inner.type in PLACE_TYPES or cue.inner.type == TYPES.person \
            or _after_body(scan.sentence.tokens, k, scan.taken) == k:
        return None
    return new_name(scan, cue)


def facility_of_organisation(scan: CueScan, cue: Cue) -> int | None:
    """مقر اليونيفيل، موقع الأمم المتحدة، مقر حزب الله: a facility cue before a known
    organisation (no outlet: موقع العربية is its website) names the organisation's site, a new
    facility that contains the organisation's name."""
    inner = cue.inner
    if cue.etype != TYPES.facility or cue.length != 1 or inner.source != "registry" \
            or inner.type in PLACE_TYPES or inner.type in (TYPES.person, TYPES.outlet) \
            or _cue_word(scan.sentence.tokens, cue.i, scan.cues) not in scan.cues.body_sites:
        return None
    tokens, i, j = scan.sentence.tokens, cue.i, inner.j
    start = _cue_start(tokens, i, scan.cues)
    eid = "name:" + "_".join([_cue_word(tokens, i, scan.cues)] + [t.norm for t in tokens[i + 1:j]])
    scan.records.setdefault(eid, EntityRecord(eid, TYPES.facility, sentence_text(scan.sentence, start, tokens[j - 1].end)))
    scan.replaced[cue.at] = as_nested(inner)
    scan.out.append(Span(i, j, start, tokens[j - 1].end, eid, TYPES.facility, "cue"))
    return j


def known_organisation(scan: CueScan, cue: Cue) -> int | None:
    """حركة حماس: the registry knows the organisation the cue introduces; reading goes on after the cue."""
    return cue.i + 1 if cue.etype not in PLACE_TYPES else None


def known_place(scan: CueScan, cue: Cue) -> int | None:
    """مدينة حمص، مدينة غزة: a known place after a place cue, joined to it where the cue is part
    of the name or says which of the place's readings is meant (_place_with_cue)."""
    span, inner_now, record = _place_with_cue(scan.sentence.tokens, cue.i, cue.inner, cue.etype, scan.cues,
                                              scan.sentence, scan.reg)
    if inner_now is not None:
        scan.replaced[cue.at] = inner_now
    if record is not None:
        scan.records.setdefault(record.id, record)
    if span is not None:
        scan.out.append(span)
        return span.j
    return cue.i + 1


def foreign_town_at(scan: CueScan, k: int) -> int | None:
    """بلدة عيل بور (in Somalia; بور is also a town of South Sudan): the index in ``taken`` of a
    one-word registry town at token k whose every reading lies in a country that is neither the
    article's nor that of another name of the sentence: a word of the new name being read, not
    that town. None when there is no such town or the article's country is unknown."""
    if scan.article_country is None:
        return None
    at = next((n for n, s in enumerate(scan.taken) if s.i == k), None)
    if at is None:
        return None
    town, entities = scan.taken[at], scan.reg.entities
    if town.j != k + 1 or town.source != "registry" or town.type != TYPES.city:
        return None
    countries = {entities[c.entity_id].country for c in town.candidates}
    others = {entities[c.entity_id].country for s in scan.taken if s is not town for c in s.candidates}
    if None in countries or scan.article_country in countries or countries & others:
        return None
    return at


def foreign_town_first(scan: CueScan, cue: Cue) -> int | None:
    """بلدة بولو مارير (Bolu is a town of Turkey): a foreign town read as the first word of a new
    place's two-word name (``foreign_town_at``) when a word no list knows follows it."""
    inner = cue.inner
    if cue.etype != TYPES.city or inner.i != cue.i + cue.length or foreign_town_at(scan, inner.i) is None:
        return None
    tokens = scan.sentence.tokens
    nxt = inner.j
    if nxt >= len(tokens) or covers(scan.taken, nxt) or _name_words(tokens, nxt, scan.cues, scan.reg, scan.taken) <= nxt \
            or not (_definite_second_word(tokens[nxt], scan.cues, scan.reg)
                    or (not tokens[nxt].norm.startswith("ال") and _second_word_of_a_foreign_name(tokens[nxt], scan.cues))):
        return None            # (مدينة إيلات بطائرة مسيرة: a word of the language goes on with the sentence)
    scan.replaced[cue.at] = None
    _add_cued_name(scan, cue.i, inner.i, nxt + 1, cue.etype)
    return nxt + 1


def quarter_named_like_a_foreign_town(scan: CueScan, cue: Cue) -> int | None:
    """حي البستان في سلوان (البستان is also a town of Turkey): a quarter's cue (quarter_cues) before
    a one-word town of another country (``foreign_town_at``) names a quarter of the story's own."""
    inner = cue.inner
    if cue.etype != TYPES.region or inner.i != cue.i + cue.length \
            or _cue_word(scan.sentence.tokens, cue.i, scan.cues) not in scan.cues.quarter_cues \
            or foreign_town_at(scan, inner.i) is None:
        return None
    scan.replaced[cue.at] = None
    _add_cued_name(scan, cue.i, inner.i, inner.j, cue.etype)
    return inner.j


def _definite_second_word(token, cues: Cues, reg: Registry) -> bool:
    """قرية صيدا الحانوت (صيدا is a city of Lebanon): a definite noun after a foreign town, no
    adjective (الجنوبية، القديمة، الحدودية), time word or nisba, is the second word of the name."""
    n = token.norm
    return n.startswith("ال") and len(n) >= 5 and not is_adjective(n, cues, reg) and n not in TIME_WORDS \
        and not n.endswith(NISBA_ENDINGS) and not n.endswith(cues.not_name_endings) and not is_describing_adjective(token.text[2:], True) \
        and not is_participle(n[2:])


#: The rules for a cue followed by a known name, in order; the last always decides.
def a_place_phrase_at(tokens, k: int, cues: Cues) -> bool:
    """بإقليم، بولاية، بمحافظة: a preposition on a place cue at token k opens a phrase that places
    what a cue before it describes (بلدة بإقليم تيلابيري: a town in the Tillaberi region)."""
    return k < len(tokens) and any(p and p[-1] in "بل" and st in cues.place
                                   for p, st in proclitic_variants(tokens[k].norm))


def cue_before_a_place_phrase(scan: CueScan, cue: Cue) -> int | None:
    """قرية بولاية بورنو، منطقة بمحافظة إدلب: a place cue right before a phrase that places it names
    no place of its own; reading goes on at the phrase (the known place there stays as it is)."""
    k = cue.i + cue.length
    if cue.etype not in PLACE_TYPES or not a_place_phrase_at(scan.sentence.tokens, k, scan.cues):
        return None
    return k


KNOWN_NAME_RULES = (cue_before_a_place_phrase, no_field_before_a_name, command_without_its_title, abstract_of_a_country, unit_named_after_place, titled_person_after_place, titled_person_after_organisation,
                    facility_of_organisation, known_organisation, foreign_town_first, quarter_named_like_a_foreign_town, known_place)


# --- no known name after the cue: a new one ----------------------------------------------------

def _after_a_title(tokens, i: int, cues: Cues) -> bool:
    """The word before token i is a person's title (رئيس، عضو، مدير), through its proclitics."""
    return i > 0 and any((st,) in cues.titles for _, st in proclitic_variants(tokens[i - 1].norm))


def new_name(scan: CueScan, cue: Cue) -> int:
    """بلدة كفرنبل، جماعة أنصار الدين، العميد سالم الحسن: the new name a cue introduces, read in
    steps (quotes, the cue's type, a numbered unit, the name's end, the span); returns the token
    reading goes on from."""
    tokens, i = scan.sentence.tokens, cue.i
    if not cue.length or in_an_idiom(tokens, i, scan.cues):
        return i + 1
    k = i + cue.length
    while k < len(tokens) and tokens[k].norm in OPENING_QUOTES:
        k += 1             # بلدة "شمع"
    if k > i + cue.length and any(s.i == k for s in scan.taken):
        return k           # وكالة "سانا": the registry knows the name
    if an_action_not_a_body(tokens, i, k, scan.cues):
        return k           # حركة النزوح، تنظيم الصفوف: the action the cue word also names
    if managing_not_a_department(tokens, i, scan.cues):
        return k           # تولى إدارة الشؤون المالية: managing, no department
    if cue.length == 1 and (_cue_word(tokens, i, scan.cues) or "") in scan.cues.titled_only \
            and not _after_a_title(tokens, i, scan.cues):
        return k           # على هيئة مدنيين: a shape; رئيس هيئة مقاومة الجدار فلان: a body
    if cue.etype in PLACE_TYPES and a_place_phrase_at(tokens, k, scan.cues):
        return k           # بلدة بإقليم تيلابيري: a town in a region, the region's cue read next
    if without_its_field(tokens, i, k, scan.cues):
        return k           # مركز المدينة، مركز الشرطة: a centre of no field names no body
    if an_ordinary_noun_after(tokens, i, k, scan.cues):
        return k           # مقاطعة البضائع: a boycott, no county
    if cue.etype != TYPES.person and definite_cue_before_an_indefinite_word(tokens, i, k, scan.cues):
        return k           # أصدرت اللجنة بيانا: the committee, then its statement
    if cue.length == 1 and (_cue_word(tokens, i, scan.cues) or "") in scan.cues.place_only_cues:
        return k           # عمليات القصف: operations, no command (عمليات الأنبار: unit_named_after_place)
    if a_site_described_by_its_use(tokens, i, k, scan.cues):
        return k           # معسكر تدريب، مخيم إيواء: what the site is for, no name
    etype = directorate(scan, i, k) or _rank_or_unit(scan, i, k, cue.etype)
    if etype in PLACE_TYPES and k < len(tokens) and tokens[k].norm.isdigit():
        return numbered_unit(scan, i, k)
    if etype == TYPES.person and i > 0 and reading_in(tokens[i - 1].norm, scan.cues.plural_place) is not None:
        return i + 1       # حيي الشيخ مقصود والأشرفية: a place's first word after a plural cue, no title
    if etype == TYPES.person:
        k, j = _person_name(scan, i, k, cue.length)
    else:
        j, description = _other_name_end(scan, i, k, cue.length, etype)
        if description:
            return j       # وكالة أنباء "رويترز": a description of the name that follows
    if j == k + 1 and front_at_new_place(scan, i, k):
        return j
    if etype == TYPES.city and j == k + 1 and (foreign := foreign_town_at(scan, j)) is not None:
        scan.replaced[foreign] = None
        j += 1             # بلدة عيل بور: a village whose second word is also a town of another country
    if j == k + 1 and a_kind_of_site(tokens, k, etype):
        return j           # محطة كهرباء، مصفاة نفط، تلال مشرفة: the kind of site or area, no name
    if j <= k + 2 and a_body_described(tokens, i, k, etype, scan.cues, scan.reg):
        return j           # منظمة محظورة، خلية إرهابية: a body described, not named
    if j > k and (etype != TYPES.person or j - k >= 2):
        _add_cued_name(scan, i, k, j, etype)
        return j
    return i + 1


def a_body_described(tokens, i: int, k: int, etype: str, cues: Cues, reg: Registry) -> bool:
    """صنفت الحزب منظمة محظورة، فككت خلية إرهابية، تبنت جماعة متطرفة الهجوم: after the feminine
    cue of a body, an indefinite feminine adjective that describes (names.is_describing_adjective:
    common, of both genders), with no definite word after it that would go on with a name (حركة
    نهضة الجنوب; an action, a time word is none: الهجوم، العام), says what kind of body it is."""
    if etype in PLACE_TYPES or etype == TYPES.person or k >= len(tokens):
        return False
    if k + 1 < len(tokens) and written_definite(tokens[k + 1]) and not _no_part_of_a_name(tokens[k + 1].norm):
        return False
    feminine = _FEMININE_END
    return (_cue_word(tokens, i, cues) or "").endswith(feminine) and tokens[k].norm.endswith(feminine) \
        and is_describing_adjective(tokens[k].text, True)


def _no_part_of_a_name(norm: str) -> bool:
    """الهجوم، العام، الاستهداف: an action or a time word goes on with the sentence, not a name."""
    return is_trigger(norm) or is_verbal_noun(norm) or norm in TIME_WORDS or norm[2:] in TIME_WORDS


_FEMININE_END = "ه"      # (ة normalised)


def for_an_ordinary_word(token) -> bool:
    """لجنة لحصر الأضرار، تجمع لمقاتلي العشائر، ساحة لقوى: لـ on an indefinite word the
    word-frequency list knows well without it says what the body or place is for or whose it is;
    no name starts so (a name that starts with ل is rare without it: لندن، لوغانسك; a word whose ل
    is its own takes the article: لجان، لواء)."""
    norm = token.norm
    return norm[:1] == _LI and not norm.startswith(_ARTICLE) and len(norm) > 3 \
        and not is_rare_word(token.text[1:], most=3.5) and is_rare_word(_ARTICLE + token.text, most=2.5)


_LI, _ARTICLE = "ل", "ال"


def a_kind_of_site(tokens, k: int, etype: str) -> bool:
    """محطة كهرباء، مصفاة نفط، تلال مشرفة: after the cue of a site or an area (not a town's: بلدة
    نوى), one indefinite word the language uses as an ordinary noun or adjective (names.
    is_ordinary_noun) and nothing definite after it is what kind of site it is, not its name."""
    if etype not in (TYPES.facility, TYPES.region) or k >= len(tokens):
        return False
    if k + 1 < len(tokens) and written_definite(tokens[k + 1]):
        return False       # مصفاة نفط البصرة: the name goes on
    return is_ordinary_noun(tokens[k].text)


def definite_cue_before_an_indefinite_word(tokens, i: int, k: int, cues: Cues) -> bool:
    """أصدرت اللجنة بيانا: a body's cue with the article heads no construct, so an unquoted word
    without the article after it (its object, a new clause) is no part of a name (اللجنة الدولية
    is: the name's words agree with the cue and carry the article). A person's title with the
    article does come before a name (الأسيرة روزة): the caller asks only for bodies and places."""
    if k != i + 1 or k >= len(tokens):
        return False
    word = _cue_word(tokens, i, cues) or ""
    nxt = tokens[k].norm
    return word.startswith("ال") and is_word(nxt) and not nxt.startswith("ال") and not nxt.isdigit()


def a_site_described_by_its_use(tokens, i: int, k: int, cues: Cues) -> bool:
    """معسكر تدريب، مخيم إيواء، حاجز تفتيش: a cue of ``use_described_cues`` before an indefinite
    verbal noun describes what the site is for; it introduces no name."""
    return k < len(tokens) and (_cue_word(tokens, i, cues) or "") in cues.use_described \
        and not tokens[k].norm.startswith("ال") and is_verbal_noun(tokens[k].norm)


def in_an_idiom(tokens, i: int, cues: Cues) -> bool:
    """عن طريق البحر (by sea): a cue word after the word it makes a fixed phrase with
    (cues.json cue_idioms) introduces no name."""
    cue = _cue_word(tokens, i, cues)
    before = cues.idioms.get(cue) if cue else None
    if not before:
        return False
    return i > 0 and any(stem in before for _, stem in proclitic_variants(tokens[i - 1].norm))


def an_action_not_a_body(tokens, i: int, k: int, cues: Cues) -> bool:
    """حركة النزوح، حركة الملاحة، تنظيم الصفوف: an organisation cue that is also a noun of an action
    (entity_cues.json action_cues), before a noun it takes as that action's object, names no body."""
    if k >= len(tokens):
        return False
    objects = load_context_cues().action_cues.get(_cue_word(tokens, i, cues) or "")
    return bool(objects) and tokens[k].norm in objects


def managing_not_a_department(tokens, i: int, cues: Cues) -> bool:
    """تولى إدارة الشؤون المالية، تولى القيادي إدارة الملف، أشرف على إدارة الإعلام: a cue that is
    also the verbal noun of managing (entity_cues.json actions_before_cues), right after a word that
    makes it that act (a verb of taking charge, على، عن) or after such a verb and its one-word
    definite subject, names no department."""
    before = load_context_cues().actions_before.get(_cue_word(tokens, i, cues) or "")

    def opens(k: int) -> bool:
        return k >= 0 and any(st in before for _, st in proclitic_variants(tokens[k].norm))
    return bool(before) and (opens(i - 1) or (i > 1 and tokens[i - 1].norm.startswith("ال") and opens(i - 2)))


def without_its_field(tokens, i: int, k: int, cues: Cues) -> bool:
    """مركز المدينة، مركز الشرطة، مركز المحافظة: a cue that names a body only before a noun of its
    field (cues.json cue_fields: مركز البحوث، مركز طب الطوارئ) before any other word."""
    fields = cues.fields.get(_cue_word(tokens, i, cues) or "")
    return fields is not None and (k >= len(tokens) or tokens[k].norm not in fields) \
        and field_after_the_name(tokens, k, fields) is None


NAME_BEFORE_ITS_FIELD = 2      # words of a name between a field cue and its field (محطة حزيز للكهرباء)


def field_after_the_name(tokens, k: int, fields) -> int | None:
    """محطة حزيز للكهرباء، محطة الزهراني لتوليد الكهرباء، مركز الجزيرة للدراسات: a field cue, a name
    of one or two words (none of the field), and لـ with a noun of the cue's field (and the definite noun
    the field's verbal noun governs): where the name ends with its field (else None)."""
    for e in range(k + 1, min(len(tokens), k + 1 + NAME_BEFORE_ITS_FIELD)):
        if not all(is_word(t.norm) and not t.norm.startswith("لل") and t.norm not in fields for t in tokens[k:e]):
            return None
        n = tokens[e].norm
        field = "ال" + n[2:] if n.startswith("لل") else (n[1:] if n.startswith("ل") else None)
        if field is None or field not in fields:
            continue
        end = e + 1
        if not field.startswith("ال") and end < len(tokens) and tokens[end].norm.startswith("ال") \
                and is_word(tokens[end].norm):
            end += 1       # لتوليد الكهرباء
        return end
    return None


def an_ordinary_noun_after(tokens, i: int, k: int, cues: Cues) -> bool:
    """مقاطعة البضائع، مقاطعة الانتخابات: a place cue that is also an ordinary noun (cues.json
    rare_name_cues) before a word the word-frequency list knows well names no place (مقاطعة
    أكوبو، مقاطعة الرنك do)."""
    if k + 2 < len(tokens) and tokens[k + 1].norm in cues.foreign_links and is_word(tokens[k + 2].norm):
        return False       # مقاطعة نورتي دي سانتاندير: a particle of a foreign name goes on after the word
    return (_cue_word(tokens, i, cues) or "") in cues.rare_name_cues and k < len(tokens) \
        and not is_rare_word(tokens[k].text)


def field_adjectives_end(tokens, j: int, taken, cues: Cues, reg: Registry) -> int:
    """مركز البحوث الزراعية، مركز الدراسات الاستراتيجية: the name a field cue introduces goes on
    with up to two definite adjectives (nisbas, nationalities); else ``j``."""
    end = j
    while end < len(tokens) and end - j < 2 and not covers(taken, end):
        n = tokens[end].norm
        if not (n in reg.nationality or (n.startswith("ال") and len(n) > 4 and n.endswith(("ي", "يه"))
                                         and n not in cues.not_adjectives)) or n in cues.directions:
            break
        end += 1
    return end


def directorate(scan: CueScan, i: int, k: int) -> str | None:
    """مديرية الصحة، مديرية أمن حمص: a directorate cue before a sector of government names an office
    (its type from cues.json), not the district مديرية also names (مديرية غيل); else None."""
    tokens, cues = scan.sentence.tokens, scan.cues
    if k >= len(tokens) or tokens[k].norm not in cues.sectors:
        return None
    return next((cues.directorates[stem] for _, stem in proclitic_variants(tokens[i].norm) if stem in cues.directorates), None)


def front_at_new_place(scan: CueScan, i: int, k: int) -> bool:
    """اشتباكات على جبهة حيس: a front cue after a preposition of place (front_prepositions) and
    before a one-word indefinite name (or a definite one a word of direction follows: جبهة الكسارة غرب مأرب) names the front at a place the registry lacks: the word is
    added as that place (the type of front_place_cue), not an armed group named جبهة حيس."""
    tokens, context = scan.sentence.tokens, load_context_cues()
    cue = _cue_word(tokens, i, scan.cues)
    if cue not in context.front_cues or not is_word(tokens[k].norm) \
            or tokens[k].norm.startswith("ال") and not _direction_after(tokens, k + 1, scan.cues):
        return False
    clitic = next((p for p, stem in proclitic_variants(tokens[i].norm) if stem == cue), "")
    before = {clitic[-1:]} | ({stem for _, stem in proclitic_variants(tokens[i - 1].norm)} if i else set())
    if not before & context.front_prepositions:
        return False
    etype = scan.cues.place.get(context.front_place_cue)
    if etype is None:
        return False
    eid = _new_entity_id(tokens[k:k + 1])
    scan.out.append(Span(k, k + 1, tokens[k].start, tokens[k].end, eid, etype, "cue"))
    scan.records.setdefault(eid, EntityRecord(eid, etype, tokens[k].text))
    return True


def _direction_after(tokens, k: int, cues: Cues) -> bool:
    """في جبهة الكسارة غرب محافظة مأرب: a word of direction at token k, which after a front's
    definite name places it (a front named after a place, not an armed group's جبهة)."""
    return k < len(tokens) and any(stem in cues.directions for _, stem in proclitic_variants(tokens[k].norm))


def _rank_or_unit(scan: CueScan, i: int, k: int, etype: str) -> str:
    """اللواء فلان or اللواء 23: a person's rank that names no person is a unit's cue (the
    place cue's type)."""
    tokens, cues = scan.sentence.tokens, scan.cues
    if etype == TYPES.person and (k >= len(tokens) or _place_word_inside_a_name(
            scan, k, person_end(tokens, k, cues, scan.reg, scan.taken + scan.out))[0] - k < 2) \
            and _cue_word(tokens, i, cues) in cues.place:
        return cues.place[_cue_word(tokens, i, cues)]     # اللواء: a rank or a brigade
    return etype


def numbered_unit(scan: CueScan, i: int, k: int) -> int:
    """اللواء 23، الفوج 46: a cue and a number name a base (a facility), unless a force it
    belongs to follows (اللواء 23 في الحشد الشعبي: the unit itself, of that force's type) or the
    unit's arm of service does (اللواء 141 مشاة: the brigade, of its unit word's type)."""
    tokens = scan.sentence.tokens
    start = _cue_start(tokens, i, scan.cues)
    j = unit_arm_end(tokens, k + 1, scan.cues, scan.taken)
    eid = _id_from(tokens, i, j, start)
    unit = scan.cues.units.get(_cue_word(tokens, i, scan.cues) or "") if j > k + 1 else None
    etype = parent_force_type(tokens, j, scan.taken, scan.cues) or unit or TYPES.facility
    scan.out.append(Span(i, j, start, tokens[j - 1].end, eid, etype, "cue"))
    scan.records.setdefault(eid, EntityRecord(eid, etype, sentence_text(scan.sentence, start, tokens[j - 1].end)))
    return j


def unit_arm_end(tokens, j: int, cues: Cues, taken=()) -> int:
    """اللواء 141 مشاة، الفرقة الأولى مدرعات، اللواء 17 مشاة ميكانيكي، الكتيبة 5 دفاع جوي: the end of
    a numbered or ordinal unit's name read on through its arm of service (``unit_arms``: one word or
    two, up to two arms), from token j right after the number or ordinal."""
    for _ in range(2):
        if j < len(tokens) and not covers(taken, j) and tokens[j].norm in cues.unit_arms:
            j += 1
        elif j + 1 < len(tokens) and not covers(taken, j) and not covers(taken, j + 1) \
                and f"{tokens[j].norm} {tokens[j + 1].norm}" in cues.unit_arms:
            j += 2
        else:
            break
    return j


_FORCE_TYPES = frozenset({TYPES.state_force, TYPES.armed_group})


def parent_force_type(tokens, j: int, taken, cues: Cues) -> str | None:
    """للواء 153 في الجيش النيجيري، الكتيبة 14 التابعة للحشد الشعبي، الفرقة 27 للجيش الوطني: the
    type of the known force a numbered unit belongs to, named at token j after في (or another
    word of membership), a word of affiliation and لـ, or لـ alone; None where none is."""
    if j >= len(tokens):
        return None
    n = tokens[j].norm
    at = j + 1 if (n in MEMBERSHIP_LINKS or n in load_context_cues().affiliation_words) else j
    if at == j and not n.startswith("ل"):
        return None
    force = next((s for s in taken if s.i == at and s.type in _FORCE_TYPES), None)
    if force is None or (at == j + 1 and n in MEMBERSHIP_LINKS and tokens[at].norm.startswith("ل")):
        return None
    return force.type


def _body_named_after_its_place(scan: CueScan, b: int, k: int) -> None:
    """رئيس بلدية طولكرم رياض عوض: between a title and the name after it (token b to k), a one-word
    cue of a local body named after its place (place_body_cues: بلدية) and the registry place:
    the body, a new name that contains the place (its LEADS needs it); alone, بلدية is no body."""
    tokens = scan.sentence.tokens
    if k - b < 2 or covers(scan.out, b) \
            or not any((st,) in scan.cues.place_bodies for _, st in proclitic_variants(tokens[b].norm)):
        return
    at = next((n for n, s in enumerate(scan.taken) if s.i == b + 1 and s.j == k and s.source == "registry"
               and s.type in GROUPS.areas), None)
    if at is None:
        return
    etype = next((scan.cues.org[(st,)] for _, st in proclitic_variants(tokens[b].norm) if (st,) in scan.cues.org), None)
    if etype is None:
        return
    start = _cue_start(tokens, b, scan.cues)
    eid = _id_from(tokens, b, k, start)
    scan.records.setdefault(eid, EntityRecord(eid, etype, sentence_text(scan.sentence, tokens[b].start, tokens[k - 1].end)))
    scan.replaced[at] = as_nested(scan.taken[at])
    scan.out.append(Span(b, k, start, tokens[k - 1].end, eid, etype, "cue"))


def _person_name(scan: CueScan, i: int, k: int, cue_len: int) -> tuple[int, int]:
    """العميد في الجيش السوري سالم الحسن: the first and end token of the name after a title
    (past the title's affiliation and adjectives); an empty name where the words are a common
    phrase (مسؤول عمليات الإنقاذ)."""
    tokens, reg = scan.sentence.tokens, scan.reg
    k = _after_affiliation(tokens, k, scan.taken)
    _body_named_after_its_place(scan, i + cue_len, k)
    k = past_a_field_of_the_title(tokens, k, scan.taken)
    if k < len(tokens) and any(tokens[k].norm == w + s for w in load_lexicon().lists["on_behalf_words"] for s in SUFFIXES):
        k += 1         # المتحدث باسمها الفاتح قرشي: the name after باسم with a pronoun
    while k < len(tokens) and is_word(tokens[k].norm) and (
            tokens[k].norm in reg.nationality or written_definite(tokens[k])) and k - i < cue_len + 3 \
            and not (k > i + cue_len and starts_a_name_with_its_article(tokens, k, scan.cues)) \
            and not (k + 1 < len(tokens) and tokens[k + 1].norm in scan.cues.name_links):
        k += 1         # (المتحدث باسم قوات الدعم السريع الفاتح قرشي: the name starts at الفاتح;
                       # الأمير الحسين بن عبدالله: a definite word before بن is a name, no adjective)
    k = _past_the_place_of_the_post(scan, k)
    k = _past_a_place_named_before(scan, i, k, cue_len)
    for _ in range(TITLES_IN_A_ROW):
        length, etype = _cue_at(tokens, k, scan.cues) if k < len(tokens) else (0, None)
        if etype != TYPES.person and k < len(tokens) and title_with_a_pronoun(tokens[k].norm, scan.cues):
            length, etype = 1, TYPES.person
        if etype != TYPES.person or covers(scan.taken, k):
            break
        k += length    # قائد الثورة الإسلامية آية الله السيد علي خامنئي: more titles before the name
    j = person_end(tokens, k, scan.cues, reg, scan.taken + scan.out)
    if j == k and k > i + cue_len:
        j = _given_name_read_as_place(scan, k)
    if j > k:
        j, at = _place_word_inside_a_name(scan, k, j)
        if at is not None:
            scan.replaced[at] = None       # العقيد لام بول قبريال: بول is no town here
    if j - k >= 2 and not _looks_like_a_name([t.norm for t in tokens[k:j]], written_definite(tokens[k])):
        j = k          # مسؤول عمليات الإنقاذ: a title before a common phrase names nobody
    if j - k >= 2 and office_after_construct_title(tokens, i, k, cue_len):
        j = k          # مسؤول جمع المعلومات: the office a title in the construct state holds
    if j > k and heads_a_body(tokens[k].norm, scan.cues):
        j = k          # عضو مجلس النواب، قائد فوج الهندسة: the title's body, not a person
    if j > k and is_verbal_noun(tokens[k].norm):
        j = k          # مسؤول تنسيق المساعدات: a title's task, not a person
    if j > k and _conjoined_office(tokens[k]):
        j = k          # وزير الخارجية وشؤون المغتربين فلان: the office goes on after و, no name yet
    if j > k and is_byline(tokens, k, j):
        j = k          # د. إيمان بشير (a line of its own): the article's author
    if j in (k + 1, k + 2):
        j = _family_name_read_as_town(scan, k, j)    # (علي فاضل عمران: the third name a town's too)
    return k, j


FIELD_ADJECTIVES = 2     # definite adjectives after a title's field (للإعلام العربي، للشؤون السياسية الخارجية)


def past_a_field_of_the_title(tokens, k: int, taken) -> int:
    """المتحدث باسم الجيش للإعلام العربي فلان: at token k, لـ and a definite noun (written لل) in no
    span, and up to FIELD_ADJECTIVES definite words after it: the field the title covers, never the
    start of a personal name; where the words after it start (k when no such field is there)."""
    if k + 1 >= len(tokens) or covers(taken, k) or not tokens[k].norm.startswith("لل") or len(tokens[k].norm) < 5:
        return k
    j = k + 1
    while j < min(k + 1 + FIELD_ADJECTIVES, len(tokens)) and not covers(taken, j) and written_definite(tokens[j]) \
            and tokens[j].norm.endswith(("ي", "يه")):
        j += 1
    return j


def title_with_a_pronoun(norm: str, cues: Cues) -> bool:
    """مستشار قائدها الباشا طبيق، نائب رئيسه فلان: a title with a pronoun suffix after a title is
    one more title (the adviser of its commander), not the first word of the name."""
    return any(norm.endswith(suffix) and len(norm) > len(suffix) + 2 and (norm[:-len(suffix)],) in cues.titles
               for suffix in OBJECT_PRONOUNS)


def _conjoined_office(token) -> bool:
    """وشؤون، والمغتربين: a word joined by و that is a common word, not a name (neither it nor the
    word without و a known name part, and the word without و no rare word): a second part of an
    office (وزير الخارجية وشؤون المغتربين), never the start of a name (وليد، ويتكوف are names)."""
    n = token.norm
    if not n.startswith("و") or len(n) < 4:
        return False
    return _not_a_name_part(n) and _not_a_name_part(n[1:]) and not is_rare_word(token.text[1:])


TITLES_IN_A_ROW = 3      # titles one after another before a name (آية الله السيد، الفريق أول الركن)


def _family_name_read_as_town(scan: CueScan, k: int, j: int) -> int:
    """القيادي في الحركة محمد نور، اللواء علي فاضل عمران: after a title, a known given name (and
    one more word of the name) and then a one-word town of the registry that is also a known name
    (نور، جاسم، عمران) is the name's last word: the town's span is dropped; else ``j``."""
    tokens = scan.sentence.tokens
    given, family = name_parts()
    if tokens[k].norm not in given or j >= len(tokens) or not (tokens[j].norm in given or tokens[j].norm in family):
        return j
    at = next((n for n, s in enumerate(scan.taken) if s.i == j and s.j == j + 1 and s.source == "registry"
               and s.type in PLACE_TYPES), None)
    if at is None:
        return j
    scan.replaced[at] = None
    return j + 1


def _past_the_place_of_the_post(scan: CueScan, k: int) -> int:
    """رئيس المجلس العسكري في غينيا مامادي دومبويا، المبعوث الخاص إلى ميانمار دنغ شي جون: after a
    title and its body, في (إلى، لدى: POST_PLACE_LINKS) and a known place where the post is held,
    then a name of two words or more: where that name starts (else k)."""
    tokens = scan.sentence.tokens
    if k + 1 >= len(tokens) or tokens[k].norm not in POST_PLACE_LINKS:
        return k
    place = next((s for s in scan.taken if s.i == k + 1 and s.type in PLACE_TYPES), None)
    if place is None or place.j >= len(tokens) or tokens[place.j].norm.startswith("ال"):
        return k
    return place.j if person_end(tokens, place.j, scan.cues, scan.reg, scan.taken + scan.out) - place.j >= 2 else k


def _past_a_place_named_before(scan: CueScan, i: int, k: int, cue_len: int) -> int:
    """رئيس بلدية عيترون سليم مراد (بلدة عيترون named before): after a title and the body noun of
    its office, a one-word place the article named before by a cue is the post's place, not the
    person's first name: where the name after it starts (else k)."""
    tokens = scan.sentence.tokens
    if k != i + cue_len or k + 3 >= len(tokens) or tokens[k + 1].norm not in scan.earlier_places \
            or not heads_a_body(tokens[k].norm, scan.cues) or covers(scan.taken, k + 1):
        return k
    return k + 2 if person_end(tokens, k + 2, scan.cues, scan.reg, scan.taken + scan.out) - (k + 2) >= 2 else k


def _given_name_read_as_place(scan: CueScan, k: int) -> int:
    """القيادي في حركة الشباب آدم عيرو: after a title and its body, a given name the registry also
    knows as a place (آدم، رياض، جاسم) starts the person's name: its end read past that place
    (k when no name of two words or more follows)."""
    tokens, given = scan.sentence.tokens, name_parts()[0]
    place = next((s for s in scan.taken if s.i == k and s.j == k + 1 and s.type in PLACE_TYPES), None)
    if place is None or tokens[k].norm not in given:
        return k
    j = person_end(tokens, k, scan.cues, scan.reg, [s for s in scan.taken if s is not place] + scan.out)
    return j if j - k >= 2 else k


def _place_word_inside_a_name(scan: CueScan, k: int, j: int) -> tuple[int, int | None]:
    """العقيد لام بول قبريال، اللواء سانتينو بور دينق: a name after a title (from token k) that
    stops at j, on a one-word place of the registry (بول) with no preposition or article on it,
    and goes on after it with a word of the name: the place's word is a word of the name. The
    name's end read past it and the index of the place's span in scan.taken; else (j, None)."""
    tokens = scan.sentence.tokens
    if j + 1 >= len(tokens) or not is_word(tokens[j].norm) or tokens[j].norm.startswith(("ال", "و")) \
            or written_definite(tokens[j + 1]) or covers(scan.taken, j + 1):
        return j, None
    at = next((n for n, s in enumerate(scan.taken) if s.i == j and s.j == j + 1 and s.source == "registry"
               and s.type in PLACE_TYPES and s.type != TYPES.country and s.start == tokens[j].start), None)
    if at is None:         # (بحلب: a place with a preposition on it is where, no name; رئيس وزراء كوسوفو
        return j, None     # ألبين كورتي: a country's name is the post's, never a word of a person's)
    end = person_end(tokens, k, scan.cues, scan.reg, [s for n, s in enumerate(scan.taken) if n != at] + scan.out)
    return (end, at) if end >= j + 2 else (j, None)


def office_after_construct_title(tokens, i: int, k: int, cue_len: int) -> bool:
    """مسؤول جمع المعلومات، مسؤول ملف الأسرى: the title of a post's holder (مسؤول) right before an
    indefinite noun and a definite one is in the construct state: the words are the post, not a
    person's name, unless they start with a known given name. (Other indefinite titles, قائد or
    وزير, are often right before a name the lexicon lacks.)"""
    if k != i + cue_len or k + 1 >= len(tokens) \
            or not any(stem in OFFICE_TITLES for _, stem in proclitic_variants(tokens[i].norm)):
        return False
    first, second = tokens[k].norm, tokens[k + 1].norm
    given, _family = name_parts()
    return not first.startswith("ال") and second.startswith("ال") and first not in given \
        and not first.startswith(("ابو", "عبد", "ام"))


def _other_name_end(scan: CueScan, i: int, k: int, cue_len: int, etype: str) -> tuple[int, bool]:
    """The end of an organisation's or a place's name: a closing quote (كتيبة (سبل السلام)), or
    the name's words with a facility's adjective (سجن إزرع المركزي), an organisation's adjectives
    and the place it is named after (تجمع أحرار حوران); and whether the words only describe the
    name that follows (وكالة أنباء "رويترز")."""
    tokens, taken = scan.sentence.tokens, scan.taken
    if quoted_with_its_cue(tokens, i, k, etype) is not None:
        return quoted_with_its_cue(tokens, i, k, etype), False    # “تجمع أحرار حوران”
    if k > i + cue_len and etype not in PLACE_TYPES and _closing_quote(tokens, k) is not None:
        return _closing_quote(tokens, k), False      # تنظيم «بي كي كي/ واي بي جي»، كتيبة (سبل السلام)
    j = _name_tokens(tokens, k, scan.cues, scan.reg, scan.out, org=etype not in PLACE_TYPES,
                     feminine=etype in PLACE_TYPES and (_cue_word(tokens, i, scan.cues) or "").endswith("ه"))
    if etype == TYPES.facility and j == k + 1:
        j = _body_after_a_site_word(scan, k, j)      # مقر قيادة الشرطة، مقر قيادة قوات الدعم السريع
    if etype == TYPES.facility and k < j and facility_adjective_at(tokens, j):
        j += 1         # سجن إزرع المركزي
    if etype in PLACE_TYPES and k < j and direction_in_name(tokens, i, j, scan.cues):
        j += 1         # قرية الغور الغربية، بلدة عيتا الشمالية
    if etype not in PLACE_TYPES and j == k + 1:
        j, at = org_chain_end(tokens, k, j, scan.cues, scan.reg, taken)
        if at is not None:
            scan.replaced[at] = as_nested(taken[at])     # تجمع قوى تحرير السودان names السودان too
    if etype not in PLACE_TYPES and j == k + 1 and _cue_word(tokens, i, scan.cues) in scan.cues.committees:
        j = object_of_a_committee(tokens, k, j, taken)     # لجنة الإشراف على وقف إطلاق النار
    if etype not in PLACE_TYPES | {TYPES.person} and j > k + 1:
        j = _before_the_titled_person(scan, i, k, j)
    fields = scan.cues.fields.get(_cue_word(tokens, i, scan.cues) or "")
    if fields is not None and (k >= len(tokens) or tokens[k].norm not in fields) \
            and (end := field_after_the_name(tokens, k, fields)) is not None:
        return end, False  # محطة حزيز للكهرباء: the name, then its field with لـ
    if j > k and _cue_word(tokens, i, scan.cues) in scan.cues.fields:
        j = field_adjectives_end(tokens, j, taken, scan.cues, scan.reg)
        after = _conjunct_noun_of_a_name(tokens, j, taken, scan.cues, scan.reg)
        return (field_adjectives_end(tokens, after, taken, scan.cues, scan.reg) if after > j else j), False
    if etype not in PLACE_TYPES and j > k:
        j = _org_adjectives_end(tokens, j, taken, scan.cues, scan.reg)
        after = _conjunct_noun_of_a_name(tokens, j, taken, scan.cues, scan.reg)
        j = _org_adjectives_end(tokens, after, taken, scan.cues, scan.reg) if after > j else j
        at = next((n for n, s in enumerate(taken) if s.i == j and s.source == "registry"
                   and s.type in GROUPS.settlements), None)
        if at is not None:
            scan.replaced[at] = as_nested(taken[at])
            j = taken[at].j    # تجمع أحرار حوران: an organisation named after its place
        if _describes_a_name(tokens, k, j, taken):
            return j, True
    return j, False


COMMITTEE_OBJECT_REACH = 4     # words of a committee's object after its preposition (وقف إطلاق النار)
_COMMITTEE_PREPOSITIONS = frozenset({normalise("على"), normalise("في")})


def object_of_a_committee(tokens, k: int, j: int, taken) -> int:
    """لجنة الإشراف على وقف إطلاق النار، لجنة التحقيق في الأحداث: a committee named by a definite
    noun of its task (token k, no adjective) goes on through على or في and its object: indefinite
    nouns in a construct chain ending in a definite noun (no known name, preposition or
    complementiser among them); else ``j``."""
    n = tokens[k].norm
    if not written_definite(tokens[k]) or n.endswith(NISBA_ENDINGS) or j >= len(tokens) - 1 \
            or tokens[j].norm not in _COMMITTEE_PREPOSITIONS:
        return j
    for e in range(j + 1, min(len(tokens), j + 1 + COMMITTEE_OBJECT_REACH)):
        t = tokens[e]
        if not is_word(t.norm) or covers(taken, e) or t.norm.startswith("لل") or t.norm in COMPLEMENTISERS \
                or t.norm in BARE_COMPLEMENTISERS or t.norm in PREPOSITIONS:
            return j       # (وقف after على is the verbal noun, a verb takes no preposition before it)
        if written_definite(t):
            return e + 1
    return j


def _before_the_titled_person(scan: CueScan, i: int, k: int, j: int) -> int:
    """رئيس مجلس قروي سنجل معتز طوافشة: after a person's title, the body's name (tokens k..j)
    ends where the titled person's name starts (a known given name, _a_name_starts_at)."""
    tokens = scan.sentence.tokens
    if i == 0 or not any((st,) in scan.cues.titles for _, st in proclitic_variants(tokens[i - 1].norm)):
        return j
    return next((e for e in range(k + 1, j) if tokens[e - 1].norm not in scan.cues.name_links
                 and not tokens[e].text.endswith("ى") and e + 1 < len(tokens) and is_word(tokens[e + 1].norm) and not covers(scan.taken, e + 1)
                 and _a_name_starts_at(tokens, e, scan.taken)), j)


def _body_after_a_site_word(scan: CueScan, k: int, j: int) -> int:
    """مقر قيادة الشرطة، مقر قيادة قوات الدعم السريع: a facility's one indefinite word (قيادة) before
    a body (a body noun the stop words hold, الشرطة، الأمن; or a known organisation): the facility's
    name runs through the body, which stays a mention of its own where known; else ``j``."""
    tokens, taken = scan.sentence.tokens, scan.taken
    if j >= len(tokens) or tokens[k].norm.startswith("ال") or not is_word(tokens[k].norm) \
            or tokens[k].norm in scan.cues.stop:
        return j
    at = next((n for n, s in enumerate(taken) if s.i == j), None)
    if at is not None:
        body = taken[at]
        if body.type in PLACE_TYPES or body.type == TYPES.person or body.source not in ("registry", "generic"):
            return j
        scan.replaced[at] = as_nested(body)
        return body.j
    if tokens[j].norm in load_context_cues().body_nouns and tokens[j].norm.startswith("ال"):
        j += 1
        return j + 1 if j < len(tokens) and tokens[j].norm in scan.reg.nationality else j
    return j


def org_chain_end(tokens, k: int, j: int, cues: Cues, reg: Registry, taken) -> tuple[int, int | None]:
    """تجمع قوى تحرير السودان، جبهة إنقاذ الوطن، جبهة تحرير ماسينا: an organisation's name of
    indefinite nouns in a construct chain (up to three) goes on to the definite noun or known place
    that ends it, or to a transliterated name (a word no word list knows) that ends it; the end,
    and the index in ``taken`` of the place it took in (else the one-word end ``j``, None)."""
    m = j
    while m < len(tokens) and m - k < 3:
        n = tokens[m].norm
        if covers(taken, m) or not is_word(n) or n.startswith(("ال", "و")) or n in cues.stop \
                or n in PREPOSITIONS or n in reg.nationality or n.isdigit() or is_adjective(n, cues, reg) \
                or (n[:1] in "لبك" and len(n) > 3):
            break
        m += 1
    if m == j or m >= len(tokens):
        return _transliterated_chain_end(tokens, k, j, cues, taken) or j, None
    at = next((x for x, sp in enumerate(taken) if sp.i == m and sp.source == "registry" and sp.type in PLACE_TYPES), None)
    if at is not None:
        return taken[at].j, at
    n = tokens[m].norm
    if n.startswith("ال") and is_word(n) and not covers(taken, m) and n not in cues.stop \
            and not is_adjective(n, cues, reg) and n not in reg.nationality:
        return m + 1, None
    return _transliterated_chain_end(tokens, k, j, cues, taken) or j, None


def _transliterated_chain_end(tokens, k: int, j: int, cues: Cues, taken) -> int | None:
    """جبهة تحرير ماسينا، جبهة تحرير كيفو: an organisation's indefinite noun and up to two more
    indefinite words of which one is a word no word list knows (a transliterated name): the
    name ends after it, else None."""
    if tokens[k].norm.startswith("ال"):
        return None
    for x in range(j, min(len(tokens), k + 3)):
        n = tokens[x].norm
        if covers(taken, x) or not is_word(n) or n.startswith(("ال", "و")) or n in cues.stop or n in PREPOSITIONS:
            return None
        if not n.endswith(cues.not_name_endings) and is_rare_word(tokens[x].text):
            return x + 1
    return None


def quoted_with_its_cue(tokens, i: int, k: int, etype: str) -> int | None:
    """“تجمع أحرار حوران”، «حركة شباب الثورة»: an organisation's name quoted with its cue runs to
    the closing quote (the index returned; None when the cue opens no quote or names a place)."""
    if etype in PLACE_TYPES or i == 0 or tokens[i - 1].norm not in OPENING_QUOTES:
        return None
    close = _closing_quote(tokens, i, longest=6)
    return close if close is not None and close > k else None


def direction_in_name(tokens, i: int, j: int, cues: Cues) -> bool:
    """A definite direction adjective right after a new place name, agreeing with the place's cue,
    is the end of the name (بلدة عيتا الشمالية، حي النصر الشرقي), not a word of the sentence."""
    if j >= len(tokens):
        return False
    cue = _cue_word(tokens, i, cues) or ""
    return tokens[j].norm in _DEFINITE_DIRECTIONS[cue.endswith("ه")]


def _registered_with_its_cue(scan: CueScan, i: int, j: int, start: int, words: tuple[str, ...],
                             kinds: tuple[str, ...] = ("actor",)) -> bool:
    """قناة "المنار"، صحيفة «النهار»: the cue and the quoted name, the quotes left out, are a name
    the registry knows (قناة المنار): its span is added for that entity (True)."""
    known = [e for e in scan.reg.lookup(words) if e.kind in kinds]
    if not known:
        return False
    record = scan.reg.entities[known[0].entity_id]
    scan.out.append(Span(i, j, start, scan.sentence.tokens[j - 1].end, record.id, record.type, "cue"))
    return True


def registered_past_the_quote(scan: CueScan, i: int, j: int, start: int, words: tuple[str, ...]) -> bool:
    """قاعدة "نيفاتيم" الجوية، مطار "رامون" الدولي: a cue and a quoted name whose words with the
    word after the closing quote are a name the registry knows: its span, to that word (True);
    else a cue and a quoted name the registry knows as a place (قاعدة "نيفاتيم")."""
    tokens = scan.sentence.tokens
    if j + 1 >= len(tokens) or tokens[j].norm not in QUOTES:
        return False
    return _registered_with_its_cue(scan, i, j + 2, start, words + (tokens[j + 1].norm,), ("actor", "place")) \
        or _registered_with_its_cue(scan, i, j + 1, start, words, ("place",))


def registered_under_another_cue(scan: CueScan, i: int, j: int, start: int, words: tuple[str, ...]) -> bool:
    """فصيل "السلطان سليمان شاه": a quoted name after a cue that only describes is the registry's
    body of that name under its own cue (فرقة السلطان سليمان شاه), when it has exactly one."""
    name = words[1:] if words and words[0] in scan.cues.descriptors else words
    if not name:
        return False
    found = {e.entity_id for cue in scan.cues.org for e in scan.reg.lookup(cue + name) if e.kind == "actor"}
    if len(found) != 1:
        return False
    record = scan.reg.entities[found.pop()]
    scan.out.append(Span(i, j, start, scan.sentence.tokens[j - 1].end, record.id, record.type, "cue"))
    return True


def described_quoted_name(tokens, i: int, k: int, cues: Cues) -> bool:
    """فصيل "السلطان سليمان شاه": a cue that only describes (descriptor_cues) before a quoted name
    (an opening quote between the cue at i and the name at k): the name is the quoted words alone."""
    return k > i + 1 and tokens[k - 1].norm in OPENING_QUOTES \
        and any(stem in cues.descriptors for _, stem in proclitic_variants(tokens[i].norm))


def _add_cued_name(scan: CueScan, i: int, k: int, j: int, etype: str) -> None:
    """The span and new entity of the name of tokens k..j after the cue at i: an organisation's
    cue is part of its name (حركة النجباء، وزارة الدفاع), a place's or a title is not (مدينة X)."""
    tokens, cues = scan.sentence.tokens, scan.cues
    keep = etype not in PLACE_TYPES | {TYPES.person} or cues.keeps_cue(_cue_word(tokens, i, cues), etype)
    described = keep and described_quoted_name(tokens, i, k, cues)
    keep = keep and not described
    name_toks = tokens[i:j] if keep else tokens[k:j]
    start_tok = k if etype == TYPES.person else i      # (a described name's span keeps its cue)
    prefix = proclitic_variants(tokens[start_tok].norm)
    start = tokens[start_tok].start
    first_norm = name_toks[0].norm
    bare_cue = prefix[0][1] == _cue_word(tokens, start_tok, cues)    # كتلة: no ك before تلة
    for p, stem in prefix[1:] if not bare_cue else ():
        if stem == _cue_word(tokens, start_tok, cues) or (stem,) in cues.org or stem in cues.place:
            start = span_start(tokens[start_tok], p)
            if keep:
                first_norm = stem      # وميناء رأس عيسى names ميناء رأس عيسى
            break
    words = [first_norm] + [t.norm for t in name_toks[1:] if t.norm not in OPENING_QUOTES]
    if ((keep and len(words) < len(name_toks)) or described) \
            and _registered_with_its_cue(scan, start_tok, j, start, tuple(words)):
        return                 # (فصيل "X": X a name the registry knows)
    if keep and len(words) < len(name_toks) and registered_past_the_quote(scan, start_tok, j, start, tuple(words)):
        return                 # قاعدة "نيفاتيم" الجوية
    if described and registered_under_another_cue(scan, start_tok, j, start, tuple(words)):
        return                 # فصيل "السلطان سليمان شاه": the registry's فرقة السلطان سليمان شاه
    eid = "name:" + "_".join(words)
    country = scan.reg.nationality.get(tokens[j - 1].norm) or scan.article_country
    if etype == TYPES.government and country:
        eid = f"name:{country}:" + eid[5:]     # وزارة الدفاع of this article's country (وزارة الدفاع الأردنية: of Jordan)
    surface = sentence_text(scan.sentence, start if keep else name_toks[0].start, name_toks[-1].end)
    scan.out.append(Span(start_tok, j, start, tokens[j - 1].end, eid, etype, "cue"))
    scan.records.setdefault(eid, EntityRecord(eid, etype, surface))


def plural_cue_spans(sentence: Sentence, taken: list[Span], reg: Registry, cues: Cues) -> tuple[list[Span], dict]:
    """A plural cue and the list of names it introduces: بلدات عيترون، مركبا وبليدا -> three
    places of the cue's type; names the registry knows keep their entity and continue the list;
    a quoted item is read to its closing quote (مستوطنتي "نتيف هعسراه" و"زيكيم"), and a list
    the plural's description puts off starts after its introducer (قرى تقع غرب المدينة مثل X وY)."""
    tokens, out, records = sentence.tokens, [], {}
    if not cues.plural_place:
        return out, records
    plural = reading_memo(cues.plural_place)
    for i, hit in [(i, h) for i, h in enumerate(map(plural.__getitem__, sentence.norms)) if h is not None]:
        if covers(taken, i):
            continue
        etype = cues.plural_place[hit[1]]
        k, first, left, introduced = i + 1, True, (2 if hit[1] in cues.dual_place else len(tokens)), False
        joined, before, tentative = "", "", None     # how this item and the one before joined the list
        while k < len(tokens) and left > 0:      # (بلدتي الخيام والوزاني: a dual cue names two places)
            known = next((s for s in taken if s.i == k), None)
            conj, quoted = "", None
            norm = tokens[k].norm
            if known is None and norm in QUOTES:
                quoted = _closing_quote(tokens, k + 1, longest=4)
                if quoted is None or quoted == k + 1:
                    break
                known = next((s for s in taken if s.i == k + 1 and s.j == quoted), None)
                if known is None and covers(taken, k + 1):
                    break             # (a known name quoted whole continues the list: "سديروت" و"X")
                k, norm = k + 1, tokens[k + 1].norm
            elif known is None and not first and norm.startswith("و") and len(norm) > 2:
                if (not is_rare_word(tokens[k].text) and norm[1:] not in cues.name_prefixes
                        and not norm[1:].startswith("ال")) or suffixed_trigger(norm[1:]):
                    break             # تل أبيب وحيفا، وفق ما أعلن: a common word with its و ends the list
                                      # (وتدعمه روسيا: a verb with its object pronoun too)
                                      # (ووادي خالد، والعبودية: a name's first word, a definite name go on)
                conj, norm = "و", norm[1:]
            if known is not None:
                j, tentative = known.j, None
            else:
                j = quoted if quoted is not None else _list_item_end(tokens, k, norm, cues, reg, taken, first)
                if etype not in PLACE_TYPES and norm.startswith("ال") and norm not in cues.name_prefixes and j > k + 1:
                    j = k + 1     # قبيلتي السواركة والرميلات العودة: a tribe's definite name is one word
                if j == k and first and not introduced:
                    k, introduced = introduced_list_start(tokens, k, cues), True
                    if k is not None:
                        continue
                    break
                if j == k or (introduced and first and tokens[k].norm.endswith("ات")):
                    break             # بينها وحدات دفاع جوي: a kind of site, no name
                words = [norm] + [x.norm for x in tokens[k + 1:j]]
                if etype not in PLACE_TYPES and norm in load_context_cues().communities:
                    break         # عشائر البدو: the community's armed groups (communities.py), no tribe
                common = joined == "comma" and quoted is None and _ordinary_word(tokens[k])
                if common and before == "waw":
                    break         # قرى نغوشي وأشيغاشيا، خوفا من: the list closed on its و item
                singular = cues.dual_orgs.get(hit[1]) if etype not in PLACE_TYPES else None
                eid = "name:" + "_".join(([singular] if singular else []) + words)   # قبائل الترابين: قبيلة الترابين
                start = span_start(tokens[k], conj)
                tentative = (len(out), eid not in records) if common else None
                out.append(Span(k, j, start, tokens[j - 1].end, eid, etype, "cue"))
                records.setdefault(eid, EntityRecord(eid, etype, sentence_text(sentence, start, tokens[j - 1].end)))
            first, left, before = False, left - 1, joined
            if quoted is not None:
                j = quoted + 1
            if j < len(tokens) and tokens[j].norm in LIST_SEPARATORS:
                j += 1
            if j + 1 < len(tokens) and tokens[j].norm == "و" and tokens[j + 1].norm in QUOTES:
                k, joined = j + 1, "waw"      # و"زيكيم": the conjunction apart from a quoted item
            elif j < len(tokens) and tokens[j].norm in QUOTES and j > i + 1 and tokens[j - 1].norm in LIST_SEPARATORS:
                k, joined = j, "quote"
            elif j < len(tokens) and tokens[j - 1].norm in LIST_SEPARATORS:
                k, joined = j, "comma"
            elif j < len(tokens) and tokens[j].norm.startswith("و") and len(tokens[j].norm) > 2:
                k, joined = j, "waw"
            else:
                break
        if tentative is not None:
            out, records = _without_a_closing_common_word(out, records, *tentative)
    return out, records


def _ordinary_word(token) -> bool:
    """خوفا، أسفرت، أعقبتها، قواتها: a word the frequency list knows well, or one that ends in ت
    and a pronoun (a verb with its object, a plural noun with its owner): no place's name."""
    if not is_rare_word(token.text):
        return True
    return any(token.norm.endswith("ت" + s) and len(token.norm) - len(s) >= 4 for s in SUFFIXES)


def _without_a_closing_common_word(out: list[Span], records: dict, n: int, new: bool) -> tuple[list[Span], dict]:
    """مدن الساحل، أعقبتها عمليات قتل: a list's last item joined by a comma alone (no و) and an
    ordinary word of the frequency list goes on with the sentence: no name (a list of names closes
    on و: بلدات عيترون، مركبا وبليدا)."""
    if n != len(out) - 1:
        return out, records
    eid = out[n].entity_id
    if new:
        records = {k: v for k, v in records.items() if k != eid}
    return out[:n], records


def suffixed_trigger(norm: str) -> bool:
    """تدعمه، تهاجمها، يقودهم: a trigger verb or noun of the lexicon with a pronoun suffix."""
    return any(norm.endswith(s) and len(norm) - len(s) >= 3 and is_trigger(norm[:-len(s)]) for s in SUFFIXES)


def introduced_list_start(tokens, k: int, cues: Cues, reach: int = 12) -> int | None:
    """Where the list of a plural cue starts when the plural's description comes first: after
    the first introducer (مثل، منها، أبرزها) within ``reach`` words, none a clause break; else None.
    قرى درزية تقع على أطراف المدينة، مثل الطيرة ولبين -> at الطيرة."""
    if not cues.list_introducers:
        return None
    for q in range(k, min(k + reach, len(tokens) - 1)):
        n = tokens[q].norm
        if n in (".", "؛", ";", ":", "!", "؟", "?") or n in QUOTES:
            return None
        if n in cues.list_introducers:
            return q + 1
    return None


def speaker_spans(sentence: Sentence, taken: list[Span], reg: Registry, cues: Cues) -> tuple[list[Span], dict]:
    """وقال أحمد علي، وهو مقاتل ... / وأكد سامر الحسن أن ...: right after a reporting verb, a
    name of two or three words that starts with a known given name and ends at a comma, a
    complementiser or a colon: the speaker."""
    tokens, out, records = sentence.tokens, [], {}
    verbs = reporting_verbs()
    given, _family = name_parts()
    for i, tok in enumerate(tokens[:-3]):
        n = tok.norm
        if n not in verbs and not (n[:1] in "وف" and n[1:] in verbs):
            continue               # (most tokens: a set look-up, no proclitic readings)
        if covers(taken, i + 1):
            continue
        k = i + 1
        j = person_end(tokens, k, cues, reg, taken + out)
        if j - k < 2 or j >= len(tokens) or tokens[j].norm not in SPEAKER_NAME_ENDS or tokens[k].norm not in given:
            j = next((e for e in (k + 2, k + 3) if e < len(tokens) and tokens[e].norm in LIST_SEPARATORS
                      and not any(covers(taken, x) for x in range(k, e))
                      and name_before_a_title(tokens, k, e, cues, reg)), None)
            if j is None:
                continue
        if any(heads_a_body(t.norm, cues) for t in tokens[k + 1:j]):
            continue               # وقال شيخ عشيرة البكارة إن: a title and its body, no name
        text = sentence_text(sentence, tokens[k].start, tokens[j - 1].end)
        eid = "name:" + "_".join(t.norm for t in tokens[k:j])
        out.append(Span(k, j, tokens[k].start, tokens[j - 1].end, eid, TYPES.person, "cue"))
        records.setdefault(eid, EntityRecord(eid, TYPES.person, text))
    return out, records


_APPOSITIVE_FIRSTS: list = [None, frozenset()]


def _appositive_firsts(given: frozenset) -> frozenset:
    """The forms a name of appositive_name_spans may start with: a given name or a compound's first
    part, alone or after و (a superset of what its test lets through), built once per name list."""
    if _APPOSITIVE_FIRSTS[0] is not given:
        firsts = given | COMPOUND_FIRST_PARTS
        _APPOSITIVE_FIRSTS[:] = [given, frozenset(firsts | {"و" + w for w in firsts})]
    return _APPOSITIVE_FIRSTS[1]


def appositive_name_spans(sentence: Sentence, taken: list[Span], reg: Registry, cues: Cues) -> tuple[list[Span], dict]:
    """واعتقلت الشرطة علي حسين، أحد قادة الحشد / مقتل معلم عثمان، القيادي البارز في الحركة / محمد
    علي، وهو عنصر في التنظيم: a known given name and one or two more words set off by a comma
    before a person's title (after هو or هي, أحد and an eminence word) are a person's name."""
    tokens, out, records = sentence.tokens, [], {}
    if len(tokens) < 5 or sentence.norm_set.isdisjoint(LIST_SEPARATORS):
        return out, records
    given, family = name_parts()
    lists = load_lexicon().lists
    may_start = _appositive_firsts(given).__contains__
    # only the tokens a given name (or و and one) can start are read (the test below decides)
    for k in list(itertools.compress(range(len(tokens) - 3), map(may_start, sentence.norms))):
        first = tokens[k].norm
        bare = first[1:] if first[:1] == "و" and first not in given else first
        compound = bare in COMPOUND_FIRST_PARTS          # عبد الله حسين، أبو علي البصري
        if bare not in given and not compound or is_trigger(first) \
                or is_verbal_noun(first) or first in cues.stop or first in lists["post_links"]:
            continue           # (مقتل، هو، علي as على: words the name list also has)
        if k > 0 and tokens[k - 1].norm in given and not covers(taken, k - 1) \
                and tokens[k - 1].norm not in lists["killing_nouns"] and tokens[k - 1].norm not in lists["injury_words"]:
            continue           # محمد علي أحمد حسن: the end of a longer name, not a name of its own (مقتل فلان: a noun)
        ends = (k + 2, k + 3, k + 4) if compound else (k + 2, k + 3)
        e = next((e for e in ends if e + 1 < len(tokens) and tokens[e].norm in LIST_SEPARATORS), None)
        if e == k + 3 and tokens[k + 1].norm in given and bare not in cues.name_prefixes and not compound \
                and (bare in lists["killing_nouns"] or bare in lists["injury_words"] or bare in lists["title_words"]):
            continue           # مقتل حامد الزبيدي: the name starts at the next given name (أبو علي البصري: a kunya;
                               # حسن علي عطوي: a given name, his father's, his family's)
        if e is None or any(tokens[x].norm in LIST_SEPARATORS for x in range(k, e)) \
                or any(covers(taken + out, x) for x in range(k, e)):
            continue
        if not all(is_word(w) and (w in given or w in family or w not in common_words() and w not in cues.stop)
                   and w not in reg.nationality
                   and not is_verbal_noun(w) and not is_trigger(w) and reading_in(w, cues.first_words) is None
                   for w in (t.norm for t in tokens[k + 1:e])):     # (علي، العسكري: names, though words too)
            continue
        q = e + 1
        if q < len(tokens) and not set(stems(tokens[q].norm)).isdisjoint(lists["post_links"]) and tokens[q].norm[:1] in "وه":
            q += 1             # وهو، وهي
        if q < len(tokens) and tokens[q].norm in lists["one_of"]:
            q += 1             # أحد (أبرز) قادة الحركة: one of the body's members
            if q < len(tokens) and tokens[q].norm in lists["eminence_words"]:
                q += 1
            if q >= len(tokens) or tokens[q].norm not in lists["member_title_heads"]:
                continue
        elif q >= len(tokens) or (_cue_at(tokens, q, cues)[1] != TYPES.person
                                  and lists["member_titles"].isdisjoint(stems(tokens[q].norm))):
            continue           # (عنصر، مقاتل: a member's title the cues do not list)
        start = span_start(tokens[k], "و") if bare != first else tokens[k].start
        eid = "name:" + "_".join([bare] + [t.norm for t in tokens[k + 1:e]])
        out.append(Span(k, e, start, tokens[e - 1].end, eid, TYPES.person, "cue"))
        records.setdefault(eid, EntityRecord(eid, TYPES.person, sentence_text(sentence, start, tokens[e - 1].end)))
    return out, records


def name_before_a_title(tokens, k: int, j: int, cues: Cues, reg: Registry) -> bool:
    """أعلن الباشا طبيق، مستشار قائد القوات، أن ...: two or three words after a reporting verb
    set off by a comma before a title are the speaker's name, though no given name the lexicon
    knows starts them (none a common word, verbal noun, nationality or stop word)."""
    if j - k > 3 or tokens[j].norm not in LIST_SEPARATORS or j + 1 >= len(tokens) \
            or _cue_at(tokens, j + 1, cues)[1] != TYPES.person:
        return False
    words = [t.norm for t in tokens[k:j]]
    return all(is_word(w) and w not in common_words() and w not in cues.stop and w not in reg.nationality
               and not is_verbal_noun(w) and not is_trigger(w) and not is_adjective(w, cues, reg)
               and reading_in(w, cues.first_words) is None for w in words)


def _cue_at(tokens, i, cues: Cues) -> tuple[int, str | None]:
    """(number of cue words, the type they introduce) of a cue starting at token i (one or two
    words: العميد، وزير الخارجية), or (0, None)."""
    if reading_in(tokens[i].norm, cues.first_words) is None:
        return 0, None
    for _, stem in proclitic_variants(tokens[i].norm):
        two = (stem, tokens[i + 1].norm) if i + 1 < len(tokens) else None
        if two and two in cues.titles:
            return 2, TYPES.person
        if two and two in cues.org:
            return 2, cues.org[two]
        if (stem,) in cues.titles:
            return 1, TYPES.person
        if stem in cues.place:
            return 1, cues.place[stem]
        if (stem,) in cues.org:
            return 1, cues.org[(stem,)]
    return 0, None


def _cue_word(tokens, i, cues) -> str | None:
    """The cue word (a place, organisation or title cue, or the first of a two-word one: حلف
    قبائل) token i reads as, or None."""
    for _, stem in proclitic_variants(tokens[i].norm):
        if stem in cues.place or (stem,) in cues.org or (stem,) in cues.titles:
            return stem
    nxt = tokens[i + 1].norm if i + 1 < len(tokens) else None
    for _, stem in proclitic_variants(tokens[i].norm):
        if (stem, nxt) in cues.org:
            return stem
    return None


def _cue_start(tokens, i, cues) -> int:
    """Where the cue word at token i starts after its proclitics (وبلدة -> بلدة)."""
    for p, stem in proclitic_variants(tokens[i].norm):
        if stem == _cue_word(tokens, i, cues):
            return span_start(tokens[i], p)
    return tokens[i].start


def _id_from(tokens, i: int, j: int, start: int) -> str:
    """The id of the new name of tokens i..j that starts at ``start``, inside token i when a
    proclitic comes first (واللواء 52 -> name:اللواء_52)."""
    if start > tokens[i].start:
        return "name:" + "_".join([normalise(tokens[i].text[start - tokens[i].start:])] + [t.norm for t in tokens[i + 1:j]])
    return _new_entity_id(tokens[i:j])


def _new_entity_id(name_tokens) -> str:
    """The id of a new name: name:<its normalised words joined by _>."""
    return "name:" + "_".join(t.norm for t in name_tokens)


def _place_with_cue(tokens, i, inner: Span, etype, cues, sentence, reg: Registry) \
        -> tuple[Span | None, Span | None, EntityRecord | None]:
    """A cue before a known place: مدينة غزة (the same place, the cue joins the mention) or
    سجن حمص المركزي، صحراء الأنبار (a new facility or stretch of land named after the place, which
    it contains). Returns the
    cue's new span, the known place's span read anew and the new entity (each or None)."""
    start = _cue_start(tokens, i, cues)
    if inner.source != "registry" or inner.type is None:
        return None, None, None
    cue = _cue_word(tokens, i, cues)
    region_of_city = etype == TYPES.region and ((inner.type == TYPES.city and cue in load_context_cues().named_after_city)
                                                or cue in load_context_cues().named_after_area)
    if (etype == TYPES.facility or region_of_city) and inner.type in GROUPS.areas:
        j = inner.j        # سجن حمص المركزي، محافظة السويداء: a facility or region named after the place
        if etype == TYPES.facility and facility_adjective_at(tokens, j):
            j += 1
        name = sentence_text(sentence, start, tokens[j - 1].end)
        eid = "name:" + "_".join([cue or tokens[i].norm] + [t.norm for t in tokens[i + 1:j]])
        return (Span(i, j, start, tokens[j - 1].end, eid, etype, "cue"), as_nested(inner),
                EntityRecord(eid, etype, name))
    if etype == TYPES.city and inner.type == TYPES.region:
        city = next((c.entity_id for c in inner.candidates if reg.entities[c.entity_id].type == TYPES.city), None)
        if city is not None:     # مدينة غزة: the city of a name that also names a region (غزة: the strip)
            return None, Span(i, inner.j, start, inner.end, city, TYPES.city, inner.source, inner.candidates), None
    if etype == inner.type or (etype == TYPES.city and inner.type == TYPES.region):
        return None, widened(inner, i, start), None      # مدينة غزة: one mention, cue included
    return None, None, None


def facility_adjective_at(tokens, j: int) -> bool:
    """مستشفى جنين الحكومي، حقل العمر النفطي: a facility adjective at token j ends the facility's
    name, unless a word of time after it makes it the year (قصفت مستشفى الأمل العام الماضي)."""
    return j < len(tokens) and tokens[j].norm in _FACILITY_ADJECTIVE_FORMS \
        and not (tokens[j].norm in _ADJECTIVES_OF_TIME and j + 1 < len(tokens) and tokens[j + 1].norm in TIME_WORDS)


def _name_tokens(tokens, k, cues: Cues, reg: Registry, taken, org: bool = False, feminine: bool = False) -> int:
    """End index of a name starting at token k, right after a cue (``_name_words``), read on
    through the links of a compound name (``through_name_links``)."""
    return through_name_links(tokens, k, _name_words(tokens, k, cues, reg, taken, org, feminine), cues, taken)


def through_name_links(tokens, k: int, j: int, cues: Cues, taken) -> int:
    """مديرية غيل بن يمين، كتيبة خالد بن الوليد: a name goes on through a link word of compound
    names (بن، بني) and the word after it; بلدة موسيمبوا دا برايا: through a particle of a
    foreign place name (foreign_name_links) and the word after it, a known town or not, taking in
    one more word before the particle (سانتا كروز دا غراسيوزا)."""
    if k < j and j + 2 < len(tokens) and tokens[j + 1].norm in cues.foreign_links and is_word(tokens[j].norm) \
            and not covers(taken, j) and tokens[j].norm not in cues.stop and not tokens[j].norm.startswith("و"):
        j += 1
    while k < j and j + 1 < len(tokens) and is_word(tokens[j + 1].norm) and tokens[j + 1].norm not in cues.stop \
            and not covers(taken, j) and (tokens[j].norm in cues.foreign_links
                                          or (tokens[j].norm in cues.name_links and not covers(taken, j + 1))):
        j += 2
    return j


def _name_words(tokens, k, cues: Cues, reg: Registry, taken, org: bool = False, feminine: bool = False) -> int:
    """End index of a name starting at token k, right after a cue: one word, or a construct chain
    (خان العسل، سيد الشهداء), or a name prefix and what follows (كفر حلب، سوق الجمعة). After an
    organisation's cue (``org``) a body noun may start it (جهاز المخابرات). After a feminine cue
    (``feminine``: قرية، بلدة) an indefinite adjective would end in ية, so a word ending in ي is a
    name (قرية تاكوتي), unless it is a direction, nationality or stop word."""
    def ok(idx):
        if idx >= len(tokens) or covers(taken, idx):
            return False
        n = tokens[idx].norm
        return is_word(n) and len(n) >= 2 and not is_adjective(n, cues, reg) and not n.isdigit()
    first = tokens[k].norm if k < len(tokens) else ""
    if not (k < len(tokens) and not covers(taken, k) and is_word(first) and len(first) >= 2
            and not first.isdigit() and (first not in cues.stop or (org and first in load_context_cues().body_nouns))
            and first not in reg.nationality):
        return k
    if first.startswith("و") and len(first) > 3 and k > 0 and is_word(tokens[k - 1].norm) \
            and not (not org and name_with_a_leading_waw(tokens[k], cues)):
        return k           # a conjunct: بلدة وقرية
    if not org and first in cues.anaphors and set(cues.anaphors[first].get("types", ())) & {TYPES.city, TYPES.region}:
        return k           # ريف المدينة الشرقي، أحياء البلدة: the place named before, no new name
    if not first.startswith("ال") and first not in cues.name_prefixes \
            and first.endswith(("يه",) if feminine and not is_adjective(first, cues, reg) else ("ي", "يه", "يا")) \
            and len(first) >= (4 if org else 5) and not is_rare_word(tokens[k].text) \
            and not (k + 2 < len(tokens) and tokens[k + 1].norm in cues.foreign_links and is_word(tokens[k + 2].norm)):
        return k           # an indefinite adjective (سجن عسكري، منطقة عسكرية، فصيل محلي، مبنى سكنيا), not a name
                           # (a word no list knows is a name of that shape: بلدة طيرفلسية; nor is one a
                           # particle of a foreign name follows: مقاطعة نورتي دي سانتاندير)
    if not org and is_describing_adjective(tokens[k].text, feminine) \
            and (feminine or first not in cues.name_links) \
            and not (k + 1 < len(tokens) and tokens[k + 1].norm.startswith("ال") and is_adjective(tokens[k + 1].norm, cues, reg)):
        return k           # قرية مجاورة، منطقة آمنة، حي سكني، مخيم مؤقت: the place described, not named
                           # (بلدة صالحة الحدودية: a definite adjective after it, so the word is a name)
    if org and a_clause_after_an_organisation_cue(tokens[k], cues, reg):
        return k           # فصيل بقيادة فلان، جماعة باستخدام، فصيل يقوده فلان: what the body does, no name
    if org and is_participle(first) and not (k + 1 < len(tokens) and ok(k + 1) and tokens[k + 1].norm.startswith("ال")) \
            and _construct_chain_end(tokens, k + 1, cues, reg, ok) is None:
        return k           # جماعة مسلحة، حركة متمردة: an organisation described, not named
    if is_trigger(first) and not (org and is_trigger_noun(first)):
        return k           # بلدة ينسحب: a verb, not a name (حركة تحرير أزواد: a verbal noun in a body's name)
    if not org and _definite_verbal_noun(first):
        return k           # مخيم الاستقبال، منطقة الاشتباك: a place described by an action, no name
    if first.startswith("لل") or (first[:1] in "لب" and first[1:3] == "ال"):
        return k           # مخيم للنازحين: a prepositional phrase, not a name
    if not org and a_body_after_li(first, cues):
        return k           # موقع لقوة الواجب، مقر لمجلس المدينة: the site of a body, not a site's name
    if for_an_ordinary_word(tokens[k]):
        return k           # لجنة لحصر الأضرار، تجمع لمقاتلي العشائر: what it is for, no name
    j = k + 1
    if first in cues.person_prefixes and not org:
        end = person_end(tokens, j, cues, reg, taken)
        return end if end - j >= 2 else k     # مستشفى الشهيد سامي العلي: named after a person
    if first in cues.ruler_prefixes and not org:
        return ruler_name_end(tokens, j, cues, reg, taken) or k
    if first in cues.name_links and not org and not feminine and j < len(tokens) and ok(j) and tokens[j].norm not in PREPOSITIONS \
            and tokens[j].norm not in cues.stop:
        return j + 1       # مستشفى ابن سينا، مدرسة بن رشد: a site named after a man by his ابن/بن name
    if first in cues.name_prefixes and j < len(tokens) and is_word(tokens[j].norm) \
            and tokens[j].norm not in PREPOSITIONS and not tokens[j].norm.isdigit() \
            and tokens[j].norm not in cues.stop:      # (تلال الشيخ شمال المدينة: the name ends at الشيخ)
        j += 1
        if not tokens[j - 1].norm.startswith("ال") and ok(j) and tokens[j].norm.startswith("ال"):
            j += 1
        return j
    if org and not first.startswith("ال") and (end := _construct_chain_end(tokens, j, cues, reg, ok)) is not None:
        return end         # لجنة مراقبة وقف إطلاق النار، هيئة مقاومة الجدار: a body named by a chain of nouns
    if not first.startswith("ال") and ok(j) and tokens[j].norm.startswith("ال"):
        j += 1
        if not org and _definite_verbal_noun(tokens[j - 1].norm):
            return k       # منطقة خفض التصعيد، خط فض الاشتباك: an action's name, not a place's
    if j == k + 1 and not org and not first.startswith("ال") and ok(j) and not _preposition_with_article(tokens[j].norm) \
            and _second_word_of_a_foreign_name(tokens[j], cues) and not _a_person_named_at(tokens, j, taken):
        j += 1             # قرية ماي كادرا، بلدة دبري تابور: a transliterated name of two words
                           # (إقليم كوردستان شورش إسماعيل: a person's name starts after the one-word place)
    if j == k + 1 and feminine and not first.startswith("ال") and village_named_after_a_person(tokens, j, cues, taken):
        j += 1             # قرية ريمة حازم شرقي المدينة: a village's name ending in a man's name
    if j < len(tokens) and tokens[j].norm.isdigit():
        j = unit_arm_end(tokens, j + 1, cues, taken)     # الفوج 46، اللواء 23، مقر الفرقة 22 مشاة
    return j


CONSTRUCT_CHAIN_REACH = 3     # indefinite nouns of a body's name after its first (مراقبة وقف إطلاق النار)


def _construct_chain_end(tokens, j: int, cues: Cues, reg: Registry, ok) -> int | None:
    """لجنة مراقبة وقف إطلاق النار، لجنة متابعة شؤون الأسرى: after an organisation cue and an
    indefinite noun (token j - 1), one to three more indefinite nouns of a construct chain (no
    preposition, conjunct, number, stop word or known name) and the definite noun that ends it: the end of the
    name; None when the chain is shorter (a two-word name, read as before) or breaks off."""
    for e in range(j, min(len(tokens), j + CONSTRUCT_CHAIN_REACH + 1)):
        n = tokens[e].norm
        if n.startswith("ال") and e > j and is_word(n) \
                and not (n.endswith(NISBA_ENDINGS) and not tokens[e].text.endswith("ى")):
            if n in load_context_cues().body_nouns or (n,) in reg.index or (n,) in reg.generic:
                return None    # هيئة قيادة القوات المسلحة: a body named last is a name of its own
            return e + 1   # (الأسرى: a plural the adjective test takes for one ends the chain)
        if not ok(e) or n.startswith("ال") or (n,) in reg.index:
            return None    # (مديرية أمن عدن القبض: the chain ends at a known name)
        if (n.startswith("و") and len(n) > 3) or n.startswith("لل") or n in PREPOSITIONS or n in cues.stop or n in COMPLEMENTISERS \
                or n in BARE_COMPLEMENTISERS or (n,) in cues.titles or is_participle(n):
            return None     # (جماعة مسلحة مجهولة الهوية: participles describe the body, no name)
    return None


def _a_person_named_at(tokens, j: int, taken) -> bool:
    """شورش إسماعيل، نايف سيدو: a known given name at token j and a known given or family name after
    it, neither held by another name: a person's name starts at j."""
    given, family = name_parts()
    return j + 1 < len(tokens) and tokens[j].norm in given and not written_definite(tokens[j]) \
        and (tokens[j + 1].norm in given or tokens[j + 1].norm in family) \
        and not covers(taken, j) and not covers(taken, j + 1)


def a_clause_after_an_organisation_cue(token, cues: Cues, reg: Registry) -> bool:
    """فصيل بقيادة فلان، جماعة باستخدام مسيرات، فصيل يقوده فلان: after an indefinite organisation
    cue, a common word (``is_rare_word`` false) that starts with a preposition (ب، ل) or the
    present tense's ي opens a phrase or a clause about the body, never its name; a known given
    name (بلال، يونس), a nationality or a word that heads a body itself (لجان of تنسيقية لجان
    مقاومة، لواء) is no such word."""
    n = token.norm
    return len(n) > 3 and n[0] in "بلي" and not n.startswith(("ال", "لل")) and not is_rare_word(token.text) \
        and n not in name_parts()[0] and n not in reg.nationality and (n[0] == "ي" or not n[1:].startswith("ال")) \
        and n not in cues.org_first_words and n not in load_context_cues().body_heads


def village_named_after_a_person(tokens, j: int, cues: Cues, taken) -> bool:
    """قرية ريمة حازم شرقي السويداء، بلدة دير حسين في ريف المدينة، قرب بلدة مير علي، ...: a given
    name right after a one-word place name a feminine cue introduces, followed by a direction, a
    preposition, a clause break or the sentence's end (so no person's name goes on: من قرية بورين
    محمد عمران is a man of Burin), is the name's second word."""
    if j >= len(tokens) or covers(taken, j) or tokens[j].norm not in name_parts()[0]:
        return False
    if tokens[j].norm in cues.directions:
        return False       # ولاية سونورا شمال شرقي المكسيك: شمال, a given name too, is the direction here
    if j + 1 == len(tokens):
        return True
    nxt = tokens[j + 1].norm
    return nxt in cues.directions or nxt in PREPOSITIONS or nxt in cues.list_ends or nxt in CLAUSE_BREAKS


def ruler_name_end(tokens, j: int, cues: Cues, reg: Registry, taken) -> int | None:
    """قاعدة الملك عبدالعزيز الجوية، مستشفى الأمير سلطان: after a ruler's title (ruler_name_prefixes)
    a site's name runs through the ruler's name, one word or a compound (عبد العزيز), not
    through the site's adjective; None where no name follows the title."""
    if j >= len(tokens) or not is_word(tokens[j].norm) or tokens[j].norm.startswith("ال") \
            or tokens[j].norm in cues.stop or covers(taken, j):
        return None
    end = person_end(tokens, j, cues, reg, taken)
    end = j + 1 if end <= j else end
    while end > j + 1 and (is_adjective(tokens[end - 1].norm, cues, reg) or tokens[end - 1].norm in _FACILITY_ADJECTIVE_FORMS):
        end -= 1           # (الجوية: the base's adjective, no word of the name)
    return end


def name_with_a_leading_waw(token, cues: Cues) -> bool:
    """بلدة والغو، قرية والبيري: after a place cue, a word that reads و and the article before a
    word no list knows (no plural or pronoun ending: والمخيمات، وريفها are conjuncts) is a
    transliterated name starting with و, not a conjunct."""
    rest = token.norm[1:]
    return rest.startswith("ال") and len(rest) >= 4 and is_rare_word(token.text) and is_rare_word(token.text[1:]) \
        and not rest.endswith(tuple(cues.not_name_endings))


def _preposition_with_article(norm: str) -> bool:
    """بالسواتر، للمستوطنين، كالعادة: a word with a preposition on its article, which opens a
    phrase after a name (أغلق مدخل بلدة بيتا بالسواتر) and is never its second word."""
    return len(norm) > 4 and (norm.startswith("لل") or (norm[:1] in "بك" and norm[1:3] == "ال"))


def a_body_after_li(norm: str, cues: Cues) -> bool:
    """لقوة، لمجلس، لوزارة، لحلف: ل and a word that heads a body's name (body_heads of entity_cues.json
    or the first word of an organisation cue: حلف قبائل), so the words after a place cue say whose
    site it is (موقع لقوة الواجب، معسكر لحلف قبائل حضرموت)."""
    stem = norm[1:]
    return norm.startswith("ل") and len(stem) >= 3 and (stem in load_context_cues().body_heads or (stem,) in cues.org
                                                         or stem in cues.org_first_words)


def _second_word_of_a_foreign_name(token, cues: Cues) -> bool:
    """كادرا in قرية ماي كادرا: an indefinite word after a one-word place name that no list knows as
    a word of the language (``is_rare_word``), no verb and no name's own first word: the name
    goes on."""
    n = token.norm
    return not n.startswith("ال") and n not in cues.name_prefixes and not n.startswith("و") \
        and not is_trigger(n) and is_rare_word(token.text)


def _people_by_participle(norm: str) -> bool:
    """المسلحين، المتمردين، المقاتلون، النازحين، اللاجئين: a definite sound plural of a participle
    (of a derived form, or of form I: فاعل) names people, no place (مواقع المسلحين، مخيمات النازحين)."""
    if not (norm.startswith("ال") and norm.endswith(("ين", "ون")) and len(norm) > 6):
        return False
    return is_participle(norm[2:-2]) or (len(norm) == 8 and norm[3] == "ا")


def _definite_verbal_noun(norm: str) -> bool:
    """الانسحاب، التصعيد، المواجهة: a definite derived verbal noun, which names an action, not a
    place (an indefinite one may: تكريت، تلكيف have the shape of تفعيل)."""
    return norm.startswith("ال") and is_verbal_noun(norm)


def _org_adjectives_end(tokens, j: int, taken, cues: Cues, reg: Registry) -> int:
    """An organisation's name goes on with up to two definite adjectives (وكالة الأنباء اللبنانية،
    وكالة أنباء العالم العربي)."""
    n = 0
    while j < len(tokens) and n < 2 and not covers(taken, j):
        norm = tokens[j].norm
        if not (norm.startswith("ال") and (norm in reg.nationality or norm in load_context_cues().name_adjectives)):
            break
        j += 1
        n += 1
    return j


def _conjunct_noun_of_a_name(tokens, j: int, taken, cues: Cues, reg: Registry) -> int:
    """حزب العدالة والبناء، هيئة الإغاثة والتنمية: an organisation's name that ends in a definite
    noun goes on with a definite noun joined by و (no known name: والجيش is another actor; no
    adjective); else ``j``. The adjectives after the two nouns are the name's too (مركز الأبحاث
    والدراسات الأمنية: the caller reads them again)."""
    if j >= len(tokens) or not tokens[j - 1].norm.startswith("ال") or covers(taken, j):
        return j
    n = tokens[j].norm
    if not (n.startswith("وال") and len(n) > 5 and is_word(n)) or is_adjective(n[1:], cues, reg) \
            or n[1:] in cues.stop or n[1:] in reg.nationality or (n[1:],) in reg.index or (n[1:],) in reg.generic:
        return j
    return j + 1


def _describes_a_name(tokens, k: int, j: int, taken) -> bool:
    """The words after an organisation cue are only descriptive (أنباء، الأنباء الرسمية), or a
    known name follows in quotes: the cue phrase is no name of its own."""
    context_cues = load_context_cues()
    words = [t.norm for t in tokens[k:j]]
    m = j
    while m < len(tokens) and tokens[m].norm in QUOTES:
        m += 1
    if m > j and any(s.i == m for s in taken):
        return True
    return all(w in context_cues.generic_org_words for w in words)


def _closing_quote(tokens, k: int, longest: int = 8) -> int | None:
    """Index of the quote or parenthesis that closes a quoted name starting at token k (at most
    ``longest`` tokens, all words or slashes), or None."""
    for j in range(k + 1, min(k + longest + 1, len(tokens))):
        n = tokens[j].norm
        if n in QUOTES or n == ")":
            return j
        if not (is_word(n) or n in ("/", "-")):
            return None
    return None


def _after_affiliation(tokens, k, taken) -> int:
    """المتحدث باسم حركة حماس حازم قاسم: the name follows the organisation a title names."""
    j = k
    while j < len(tokens) and (tokens[j].norm in OFFICE_ADJECTIVES or tokens[j].norm in QUOTES):
        j += 1             # "القائد الأبرز" في حزب الله فلان
    if j + 2 < len(tokens) and tokens[j].norm == "باسم" and tokens[j + 1].norm.startswith("ال") \
            and len(tokens[j + 1].norm) > 4 and not covers(taken, j + 1) and is_word(tokens[j + 2].norm):
        return j + 2       # المتحدث باسم الوزارة نور الدين البابا: a body kg cannot name, then the name
    if j + 2 < len(tokens) and tokens[j].norm == "باسم" and is_word(tokens[j + 1].norm) \
            and not tokens[j + 1].norm.startswith("ال") and not covers(taken, j + 1):
        named = next((s for s in taken if s.i == j + 2 and s.type != TYPES.person), None)
        if named is not None:
            return named.j     # المتحدث باسم حكومة طالبان ذبيح الله مجاهد: a body's noun and a known name
    if j < len(tokens) and tokens[j].norm in ("باسم", "في"):
        org = next((s for s in taken if s.i == j + 1 and s.type not in PLACE_TYPES), None)
        if org is not None:
            e = org.j
            while e < len(tokens) and tokens[e].norm in QUOTES:
                e += 1
            return e
    return _after_body(tokens, k, taken)


def _after_body(tokens, k, taken) -> int:
    """قائد الجيش الصومالي عبد الله نور، رئيس جهاز المخابرات العامة أحمد مفضل: a title's known
    body or place right after it, then a name that starts with a known given name: where that
    name starts (else k)."""
    org = next((s for s in taken if s.i == k and s.type not in PLACE_TYPES and s.type != TYPES.person), None)
    if org is None:
        return _after_place(tokens, k, taken)
    e = org.j
    return e if _a_name_starts_at(tokens, e, taken) else k


def _after_place(tokens, k, taken) -> int:
    """محافظ حمص فلان، رئيس بلدية بنت جبيل فلان، مدير صحة إدلب فلان: a title's place (a known
    place, right after the title or after one indefinite noun of the office) and then a name that
    starts with a known given name: where that name starts (else k)."""
    for skip in (0, 1):
        if skip and (k >= len(tokens) or not is_word(tokens[k].norm) or tokens[k].norm.startswith("ال")
                     or covers(taken, k) or tokens[k].norm in name_parts()[0] or is_rare_word(tokens[k].text)):
            break          # (العميد أحمد جاسم، اللواء سانتينو بور دينق: a given name, or a word the
                           # language does not know, is no noun of the office)
        place = next((s for s in taken if s.i == k + skip and s.type in PLACE_TYPES), None)
        if place is None:
            continue
        if _a_name_starts_at(tokens, place.j, taken):
            return place.j
        break
    return k


def _a_name_starts_at(tokens, e: int, taken) -> bool:
    """A personal name starts at token e: a known given name (or عبد، أبو ...) no other name
    covers, or one the registry reads as a one-word place (رئيس بلدية طرابلس رياض يمق: رياض)
    with a word of the name after it."""
    if e >= len(tokens):
        return False
    given = name_parts()[0]
    n = tokens[e].norm
    if not (n in given or n.startswith(("عبد", "ابو"))):
        return _transliterated_name_at(tokens, e, taken)
    if not covers(taken, e):
        return True
    return any(s.i == e and s.j == e + 1 and s.type in PLACE_TYPES for s in taken) and n in given \
        and e + 1 < len(tokens) and is_word(tokens[e + 1].norm) and not covers(taken, e + 1) \
        and not tokens[e + 1].norm.startswith("و")


def _transliterated_name_at(tokens, e: int, taken) -> bool:
    """رئيس وزراء كوسوفو ألبين كورتي: two indefinite words, nothing read on them, no verb, preposition
    or time, one at least a word the word list hardly knows, start a foreign personal name the
    lexicon of given names lacks."""
    return e + 1 < len(tokens) and all(
        is_word(tokens[x].norm) and not written_definite(tokens[x]) and not covers(taken, x)
        and not tokens[x].norm.startswith("و") and not is_trigger(tokens[x].norm)
        and tokens[x].norm not in PREPOSITIONS and tokens[x].norm not in TIME_WORDS and len(tokens[x].norm) >= 3
        and tokens[x].norm not in COMPLEMENTISERS and tokens[x].norm not in BARE_COMPLEMENTISERS
        and tokens[x].norm not in FUNCTION_WORDS for x in (e, e + 1)) \
        and any(is_rare_word(tokens[x].text) for x in (e, e + 1))


def heads_a_body(norm: str, cues: Cues) -> bool:
    """مجلس، مكتب، فوج، وزارة، عشيرة ...: a word (read through its proclitics and article) that
    heads the name of a body, unit or place (``body_heads`` of ontology/entity_cues.json, or an
    organisation or place cue), so it starts no personal name (رئيس مكتب الإعلام)."""
    body_heads = load_context_cues().body_heads
    for _, stem in proclitic_variants(norm):
        for s in (stem, stem[2:] if stem.startswith("ال") and len(stem) > 3 else None):
            if s and (s in body_heads or (s,) in cues.org or s in cues.place or (s,) in cues.titles):
                return True
    return False


def _looks_like_a_name(norms: list[str], definite: bool = True) -> bool:
    """A title's person: a first word that is no plural (طلقات), definite noun or common word, or
    else a known given name first (محمد، أبو علي، عبد الله) or family name last. ``definite``: the
    first word is written with the article (أليكسي ديدوف: a hamza on its alef, no article)."""
    given, family = name_parts()
    first, last = norms[0], norms[-1]
    starts_no_name = first.startswith(NON_NAME_STARTS) and (definite or not first.startswith("ال"))
    if not first.endswith("ات") and not starts_no_name and first not in common_words():
        return True           # توماس باراك: a foreign name the lexicon lacks still reads as one
    return first in given or first.startswith(("ابو", "عبد", "ام")) or last in family or last in given \
        or (last.startswith("ال") and last[2:] in family)      # family names take ال (الحسن، الشيباني)


def _list_item_end(tokens, k, norm, cues: Cues, reg: Registry, taken, first: bool) -> int:
    """End of one name in a list after a plural cue: up to three words (عيترون، عيتا الشعب،
    غرانوت هغليل), ending before a separator, a conjunct, a preposition, a stop word or an
    adjective, or a place cue with its preposition (وكفرومة بريف إدلب: the item ends before بريف).
    The first item is no indefinite adjective (مواقع عسكرية، مناطق واسعة: the plural's
    adjective agrees in the feminine singular) and no prepositional phrase (مواقع لحلف); nor is
    an item after a comma with no و (قرى X وY، مشيرة إلى: the sentence goes on after the list)."""
    def plain(n, idx):
        return (is_word(n) and len(n) >= 2 and not n.isdigit() and n not in cues.stop and n not in PREPOSITIONS
                and n not in reg.nationality and not is_trigger(n) and not covers(taken, idx)
                and reading_in(n, cues.plural_place) is None
                and not (n.startswith("لل") or (n[:1] in "لبك" and (n[1:3] == "ال" or n[1:] in cues.place))))
    if not plain(norm, k) or (first and is_adjective(norm, cues, reg)
                              and not nisba_name_after_indefinite_plural(tokens, k, norm, cues, reg)) \
            or _definite_verbal_noun(norm) \
            or _people_by_participle(norm) or (norm.startswith("ال") and norm[2:] in cues.place):
        return k           # (قرى الريف الشرقي: a place cue made definite is the kind of place, no name)
    after_comma = not first and k > 0 and tokens[k - 1].norm in LIST_SEPARATORS and tokens[k].norm == norm
    if (first or after_comma) and not norm.startswith("ال") and norm not in cues.name_prefixes and (
            norm.endswith(("ه", "ي")) and len(norm) >= 4 and not is_rare_word(tokens[k].text) or norm[0] == "ل"):
        return k
    if first and an_arabic_word_after_a_plural(tokens, k, norm, cues):
        return k
    j = k + 1
    if prefix_before_its_word(tokens, k, norm, cues, taken):
        j += 1             # وعين الشرقية، وتل الأحمر: a name's first word (عين، تل، رأس) takes the word after it
    while j < len(tokens) and j - k < 3:
        n = tokens[j].norm
        if n.startswith("و") or not plain(n, j) or is_adjective(n, cues, reg):
            break
        j += 1
    if j == k + 1 and norm in common_words():
        return k           # مواقع القوات: an ordinary word alone names no place (عين زارة may)
    return directions_of_a_definite_item(tokens, k, j, norm)


def prefix_before_its_word(tokens, k: int, norm: str, cues: Cues, taken) -> bool:
    """قرى الدالية وعين الشرقية: a list item whose first word is a place name's first word
    (name_prefixes: عين، تل، رأس، كفر) is never that word alone: the next word, a definite one
    too (an adjective elsewhere: الشرقية، الأحمر), is the second word of the name."""
    if norm not in cues.name_prefixes or k + 1 >= len(tokens) or covers(taken, k + 1):
        return False
    n = tokens[k + 1].norm
    return is_word(n) and written_definite(tokens[k + 1]) and not n.startswith("لل") \
        and (n not in cues.stop or n.endswith(NISBA_ENDINGS)) and reading_in(n, cues.plural_place) is None


def directions_of_a_definite_item(tokens, k: int, j: int, norm: str) -> int:
    """مناطق البادية الشمالية الشرقية: a definite feminine list item goes on through the
    feminine definite directions that agree with it (up to three words in all); else ``j``."""
    if not (norm.startswith("ال") and norm.endswith("ه")):
        return j
    while j < len(tokens) and j - k < 3 and tokens[j].norm in _DEFINITE_DIRECTIONS[True]:
        j += 1
    return j


def nisba_name_after_indefinite_plural(tokens, k: int, norm: str, cues: Cues, reg: Registry) -> bool:
    """قرى الدالية وعين الشرقية، قرى المهدية ونجع شبانة: right after an indefinite plural cue a
    definite word shaped like a nisba is the first name of the list, not the plural's adjective
    (which would be indefinite like it: قرى حدودية); a nationality, direction or stop word is not."""
    if k == 0 or not norm.startswith("ال") or norm in cues.stop or norm in reg.nationality or norm in cues.directions:
        return False
    cue = tokens[k - 1].norm
    return not any(stem.startswith("ال") for _, stem in proclitic_variants(cue)) \
        and reading_in(cue, cues.plural_place) is not None


def an_arabic_word_after_a_plural(tokens, k: int, norm: str, cues: Cues) -> bool:
    """مواقع سقوط المقذوفات، مناطق شكلت معاقل: an indefinite word the word-frequency list knows
    well (no name prefix, no definite name) right after a plural cue is the clause or phrase going
    on, not the first of a list of names (قرى الجورة، بلدات عيترون: rare or definite words are)."""
    return not norm.startswith("ال") and norm not in cues.name_prefixes and len(norm) >= 3 \
        and not is_rare_word(tokens[k].text)


_PLACE_OBJECTS = ("place", "any")


def _wants_a_place_at(tokens, q: int) -> bool:
    """Does a trigger that takes a place want its object at token q: after a transitive trigger
    and at most three words of its subject (اقتحمت «X»، استعادت القوات الحكومية «X»), or after the trigger's own preposition within four words of it
    (سيطرت القوات على «X»، انسحب الجيش من «X»)?"""
    forms = load_lexicon().forms

    def triggers(k):
        return [t for prefix, stem in proclitic_variants(tokens[k].norm) if prefix in ("", "و", "ف")
                for t in forms.get(stem, ()) if t.obj in _PLACE_OBJECTS]
    if q < 1:
        return False
    for k in range(q - 1, max(-1, q - 5), -1):      # اقتحمت «X» / استعادت القوات الحكومية «X»
        if not is_word(tokens[k].norm) or tokens[k].norm in PREPOSITIONS:
            break
        if any(not t.prep for t in triggers(k)):
            return True
    prep = tokens[q - 1].norm
    return any(prep in t.prep for k in range(max(0, q - 5), q - 1) for t in triggers(k))


def quoted_place_spans(sentence: Sentence, taken: list[Span], reg: Registry) -> tuple[list[Span], dict]:
    """سيطرت القوات على «الناصر» / انسحب الجيش من "كفر سوسة": a quoted name of one to three words
    where a trigger that takes a place wants its object is a place the registry does not know (a
    town, the type the press most often quotes)."""
    tokens, out, records = sentence.tokens, [], {}
    covered = covered_tokens(taken)
    closing = set()        # quotes that close a quoted name: none opens another
    for q, tok in enumerate(tokens[:-2]):
        if tok.norm not in QUOTES or q in closing:
            continue
        if q + 1 in covered:
            closing.add(_closing_quote(tokens, q + 1))
            continue       # وحدات "جيش التحرير" شنت "قصفا": the quote after a known name closes it
        close = _closing_quote(tokens, q + 1, longest=3)
        closing.add(close if close is not None else next(
            (k for k in range(q + 1, len(tokens)) if tokens[k].norm in QUOTES), None))   # a quoted clause
        if close is None or any(k in covered or not is_word(tokens[k].norm) for k in range(q + 1, close)):
            continue
        first = tokens[q + 1].norm
        if first in reg.nationality or (close == q + 2 and first.endswith("ا") and not first.startswith("ال")) \
                or (first[:1] in "بلك" and not first.startswith("ال") and len(first) > 3) \
                or any(s.j == q and s.type == TYPES.person for s in taken) or not _wants_a_place_at(tokens, q):
            continue           # عمدا، «بشكل آمن»: an adverb; محمد قصاص «البيرح»: a nickname
        if close == q + 2 and first in load_lexicon().lists["site_nouns"]:
            continue           # الهند تقصف "مواقع" في باكستان: a noun of positions in scare quotes, no town
        eid = "name:" + "_".join(t.norm for t in tokens[q + 1:close])
        out.append(Span(q + 1, close, tokens[q + 1].start, tokens[close - 1].end, eid, TYPES.city, "cue"))
        records.setdefault(eid, EntityRecord(eid, TYPES.city, sentence_text(sentence, tokens[q + 1].start,
                                                                         tokens[close - 1].end)))
    return out, records


def quoted_body_spans(sentence: Sentence, taken: list[Span], reg: Registry, cues: Cues) -> tuple[list[Span], dict]:
    """أعلن «جيش أراكان» سيطرته على ... / ضمن «تحالف الإخوة الثلاثة»: a quoted name of two to seven
    words whose first word heads a body (quoted_body_heads of cues.json: جيش، تحالف، قوات) is a
    body of that head's type the registry does not know; a known place inside it is part of it."""
    tokens, out, records = sentence.tokens, [], {}
    for q in range(len(tokens) - 3):
        if tokens[q].norm not in QUOTES or (etype := cues.quoted_heads.get(tokens[q + 1].norm)) is None:
            continue
        close = _closing_quote(tokens, q + 1, longest=7)
        if close is None or close < q + 3 or any(not is_word(tokens[k].norm) for k in range(q + 1, close)):
            continue
        if any(s.i < close and s.j > q + 1 and (s.i <= q or s.j > close or s.type not in PLACE_TYPES) for s in taken):
            continue           # «قوات الدعم السريع»: a body known by name; a span across the quote
        if all(is_describing_adjective(t.text, False) or is_describing_adjective(t.text, True) for t in tokens[q + 2:close]):
            continue           # «تحالف مؤقت»: a body described by its adjectives, not named
        eid = "name:" + "_".join(t.norm for t in tokens[q + 1:close])
        out.append(Span(q + 1, close, tokens[q + 1].start, tokens[close - 1].end, eid, etype, "cue"))
        records.setdefault(eid, EntityRecord(eid, etype, sentence_text(sentence, tokens[q + 1].start,
                                                                       tokens[close - 1].end)))
    return out, records


def quoted_vessel_spans(sentence: Sentence, taken: list[Span], reg: Registry, cues: Cues) -> tuple[list[Span], dict]:
    """واستولى الحوثيون على السفينة «غالاكسي ليدر» / قطار «جعفر إكسبريس»: a noun of a vessel or
    train (vessel_heads of cues.json), at most one word (ناقلة النفط، السفينة التجارية) and the
    adjective of its flag (حاملة الطائرات الأمريكية), then a quoted name of one to four words (no preposition among them) no registry name covers: a Facility of that name."""
    tokens, out, records = sentence.tokens, [], {}
    for q in range(1, len(tokens) - 2):
        if tokens[q].norm not in QUOTES:
            continue
        flag = int(any(st in reg.nationality for _, st in proclitic_variants(tokens[q - 1].norm)))
        if not any(variant in cues.vessel_heads for h in (q - 1 - flag, q - 2 - flag) if h >= 0
                   for _, variant in proclitic_variants(tokens[h].norm)):
            continue           # (حاملة الطائرات الأمريكية "X": the flag's adjective before the quote)
        close = _closing_quote(tokens, q + 1, longest=4)
        if close is None or close < q + 2 or any(not is_word(tokens[k].norm) or tokens[k].norm in PREPOSITIONS
                                                 for k in range(q + 1, close)):
            continue           # استهدفت الناقلة "بعدد من الصواريخ": a quotation, not a name
        if any(s.i < close and s.j > q + 1 and s.source == "registry" for s in taken):
            continue           # a name the registry knows
        eid = "name:" + "_".join(t.norm for t in tokens[q + 1:close])
        out.append(Span(q + 1, close, tokens[q + 1].start, tokens[close - 1].end, eid, TYPES.facility, "cue"))
        records.setdefault(eid, EntityRecord(eid, TYPES.facility, sentence_text(sentence, tokens[q + 1].start,
                                                                                 tokens[close - 1].end)))
    return out, records


def reported_outlet_spans(sentence: Sentence, taken: list[Span], reg: Registry, cues: Cues) -> tuple[list[Span], dict]:
    """وذكر موقع فرات بوست أن ... / وقالت شبكة عين الفرات إن ...: right after a reporting verb, an
    outlet cue and a name of one to four words up to the complementiser (أن، إن، بأن) or a comma:
    a media outlet the registry does not know, its cue part of its name."""
    tokens, out, records = sentence.tokens, [], {}
    covered = covered_tokens(taken)
    verbs = reporting_verbs()
    for i, tok in enumerate(tokens[:-3]):
        n = tok.norm
        if n not in verbs and not (n[:1] in "وف" and n[1:] in verbs):
            continue
        c = i + 1
        if tokens[c].norm not in cues.reported_outlets or c in covered:
            continue
        end = next((j for j in range(c + 2, min(c + 6, len(tokens)))
                    if tokens[j].norm in SPEAKER_NAME_ENDS), None)
        if end is None or any(k in covered or not is_word(tokens[k].norm) for k in range(c + 1, end)):
            continue
        last = tokens[end - 1].norm
        if (last.endswith(("ي", "يه")) and not last.startswith("ال")) or last in reg.nationality \
                or (end == c + 2 and last in common_words()):
            continue           # ذكر موقع عسكري، وكالة أنباء رسمية: an outlet described, not named
        if any(t.norm in cues.stop or t.norm in PREPOSITIONS for t in tokens[c + 1:end]) \
                or any(t.norm.endswith(("ي", "يه")) and not t.norm.startswith("ال") and len(t.norm) >= 4
                       for t in tokens[c + 2:end]):
            continue           # نقلت وكالة أنباء محلية عن شهود أن: a description and its source, no name
        eid = "name:" + "_".join(t.norm for t in tokens[c:end])
        out.append(Span(c, end, tokens[c].start, tokens[end - 1].end, eid, TYPES.outlet, "cue"))
        records.setdefault(eid, EntityRecord(eid, TYPES.outlet, sentence_text(sentence, tokens[c].start,
                                                                                tokens[end - 1].end)))
    return out, records


def quoted_outlet_spans(sentence: Sentence, taken: list[Span], reg: Registry, cues: Cues) -> tuple[list[Span], dict]:
    """وقال مسؤول لـ"الشرق الأوسط" إن ... / في تصريح لـ«عين ليبيا» / في تصريح تابعته «تنوع نيوز»:
    a quoted name of one to four words told something (ل after a reporting verb or a press noun
    such as تصريح) or that followed a statement (تابعته) is a media outlet; so is one a noun
    names and a media adjective follows (مؤسسة "الزلاقة" الإعلامية)."""
    tokens, out, records = sentence.tokens, [], {}
    if not cues.press_nouns or not any(t.norm in QUOTES for t in tokens):
        return out, records            # most sentences: no quote at all
    verbs = reporting_verbs()
    for q in range(1, len(tokens) - 2):
        if tokens[q].norm not in QUOTES:
            continue
        told = _told_or_followed(tokens, q, cues, verbs)
        if not told and not (is_word(tokens[q - 1].norm) and cues.media_adjectives):
            continue
        close = _closing_quote(tokens, q + 1, longest=5)
        if close is None or close == q + 1 or any(not is_word(tokens[k].norm) for k in range(q + 1, close)):
            continue
        if not told and not (close + 1 < len(tokens) and tokens[close + 1].norm in cues.media_adjectives):
            continue                   # مؤسسة "الزلاقة" الإعلامية: a body called a media one
        inside = [x for x in taken if x.i < close and x.j > q + 1]
        if any(x.i <= q or x.j > close or (x.i, x.j) == (q + 1, close) for x in inside):
            continue                   # «الجزيرة»: a name known as a whole; a span out of the quote
        known = _registered_outlet(tokens, q, close, reg)
        if known is not None:          # مؤسسة "الزلاقة": the registry's outlet, named with its noun
            if known[1]:
                prefix = next((p for p, v in proclitic_variants(tokens[q - 1].norm) if reg.lookup((v,) + known[2])), "")
                out.append(Span(q - 1, close, span_start(tokens[q - 1], prefix), tokens[close - 1].end, known[0],
                                TYPES.outlet, "registry"))
            continue
        if (tokens[q + 1].norm in reg.nationality and not _titled_by_adjective(tokens, q, close)) \
                or tokens[q + 1].norm in cues.stop:
            continue
        eid = "name:" + "_".join(t.norm for t in tokens[q + 1:close])
        out.append(Span(q + 1, close, tokens[q + 1].start, tokens[close - 1].end, eid, TYPES.outlet, "cue"))
        records.setdefault(eid, EntityRecord(eid, TYPES.outlet, sentence_text(sentence, tokens[q + 1].start,
                                                                                tokens[close - 1].end)))
    return out, records


def state_outlet_spans(sentence: Sentence, taken: list[Span], reg: Registry, cues: Cues) -> tuple[list[Span], dict]:
    """وقال التلفزيون الرسمي البوركيني إن / التلفزيون الإيراني الرسمي: a definite outlet's noun
    (state_outlet_heads), a qualifier of the state's own and a nationality adjective, in either
    order, the qualifier at most once: that state's broadcaster or agency, a media outlet named
    as written (outlet:<ISO>:<noun>). No word of it may be part of a name found before, except
    one the statistical recogniser guessed (it reads الإذاعة الوطنية المالية as a government)."""
    tokens, out, records = sentence.tokens, [], {}
    covered = covered_tokens([s for s in taken if s.source != "ner"])
    firsts = {head[0]: head for head in cues.state_outlet_heads}
    for h, tok in enumerate(tokens[:-1]):
        first = next((v for _, v in proclitic_variants(tok.norm) if v in firsts), None)
        if first is None or h in covered:
            continue
        head = max((hd for hd in cues.state_outlet_heads if hd[0] == first
                    and tuple(t.norm for t in tokens[h + 1:h + len(hd)]) == hd[1:]), key=len, default=None)
        if head is None or any(k in covered for k in range(h, h + len(head))):
            continue
        start = h + len(head)
        k, iso, qualified = start, None, False
        while k < len(tokens) and k < start + 2 and k not in covered:
            n = tokens[k].norm
            if n in cues.state_outlet_qualifiers and not qualified:
                qualified = True
            elif iso is None and (n in reg.nationality or n in load_context_cues().army_only_nationality):
                iso = reg.nationality.get(n) or load_context_cues().army_only_nationality[n]   # (المالية: qualified, no finance)
            else:
                break
            k += 1
        if iso is None or not qualified:
            continue           # التلفزيون السوري alone may be a registry name; القناة الرسمية: whose?
        prefix = next((p for p, v in proclitic_variants(tok.norm) if v == first), "")
        eid = f"outlet:{iso}:{'_'.join(head)}"
        out.append(Span(h, k, span_start(tok, prefix), tokens[k - 1].end, eid, TYPES.outlet, "cue"))
        records.setdefault(eid, EntityRecord(eid, TYPES.outlet, sentence_text(sentence, span_start(tok, prefix),
                                                                                tokens[k - 1].end)))
    return out, records


def presidency_spans(sentence: Sentence, taken: list[Span], reg: Registry, cues: Cues) -> tuple[list[Span], dict]:
    """وبحسب الرئاسة التشادية / وأعلنت الرئاسة النيجيرية: a presidency (presidency_heads) right
    before a nationality adjective, neither part of a name found before (the registry's الرئاسة
    المصرية is found first): that state's presidency, a government body (presidency:<ISO>)."""
    tokens, out, records = sentence.tokens, [], {}
    covered = covered_tokens(taken)
    for h, tok in enumerate(tokens[:-1]):
        first = next((v for _, v in proclitic_variants(tok.norm) if v in cues.presidencies), None)
        iso = reg.nationality.get(tokens[h + 1].norm)
        if first is None or iso is None or h in covered or h + 1 in covered:
            continue
        prefix = next((p for p, v in proclitic_variants(tok.norm) if v == first), "")
        eid = f"presidency:{iso}"
        out.append(Span(h, h + 2, span_start(tok, prefix), tokens[h + 1].end, eid, TYPES.government, "cue"))
        records.setdefault(eid, EntityRecord(eid, TYPES.government, sentence_text(
            sentence, span_start(tok, prefix), tokens[h + 1].end), country=iso))
    return out, records


_OFFICE_OWNER_TYPES = frozenset({TYPES.armed_group, TYPES.state_force, TYPES.government, TYPES.organisation})


def media_office_spans(sentence: Sentence, taken: list[Span], reg: Registry, cues: Cues,
                       country: str | None = None) -> tuple[list[Span], dict, dict]:
    """وقال المركز الإعلامي لقوات سوريا الديمقراطية إن / المكتب الإعلامي لحركة حماس: a media office's
    name (media_office_heads) right before ل and a body found before (an armed group, a state's
    force, a government, an organisation) is that body's media office (media_office:<body id>),
    a media outlet named as written; the body stays named inside it. Returns the spans, the new
    entities and the body's span read as nested."""
    tokens, out, records, replaced = sentence.tokens, [], {}, {}
    starts = {s.i: n for n, s in enumerate(taken)}
    for head in cues.media_offices:
        n = len(head)
        for h in range(len(tokens) - n):
            first = tokens[h].norm
            if not (first == head[0] or (first[:1] in "وفب" and first[1:] == head[0])) \
                    or tuple(t.norm for t in tokens[h + 1:h + n]) != head[1:]:
                continue
            at = starts.get(h + n)
            body = taken[at] if at is not None else None
            if any(s.i < h + n and s.j > h for s in taken) or not tokens[h + n].norm.startswith("ل"):
                continue       # a name over the office's words; no ل
            prefix = first[:len(first) - len(head[0])]
            if body is not None and body.type in _OFFICE_OWNER_TYPES:
                eid, end, stop = MEDIA_OFFICE + body.entity_id, body.end, body.j
                replaced[at] = as_nested(body)
            elif (stop := _army_described_after(tokens, h + n)) is not None:
                army = next((a for words in sorted(load_context_cues().army_descriptions, key=len)
                             for c, a in reg.generic.get(words, ()) if c == country
                             and reg.entities[a].type == TYPES.state_force), None)
                eid = MEDIA_OFFICE + army if army else "name:" + "_".join(t.norm for t in tokens[h:stop])
                end = tokens[stop - 1].end     # (the story's state's army, as قالت القوات المسلحة reads)
            else:
                continue       # المكتب الإعلامي للمحافظة: no body
            out.append(Span(h, stop, span_start(tokens[h], prefix), end, eid, TYPES.outlet, "cue"))
            records.setdefault(eid, EntityRecord(eid, TYPES.outlet, sentence_text(
                sentence, span_start(tokens[h], prefix), end)))
    return out, records, replaced


def _army_described_after(tokens, k: int) -> int | None:
    """The end of a state's forces described without a name right after ل at k (للجيش، للقوات
    المسلحة: army_descriptions of entity_cues.json), else None."""
    first = tokens[k].norm
    definite = "ال" + first[2:] if first.startswith("لل") else None
    for words in sorted(load_context_cues().army_descriptions, key=len, reverse=True):
        if definite == words[0] and tuple(t.norm for t in tokens[k + 1:k + len(words)]) == words[1:]:
            return k + len(words)
    return None


def _registered_outlet(tokens, q: int, close: int, reg: Registry) -> tuple[str, bool, tuple] | None:
    """The registry's outlet the quoted name is, alone or with the word before it (قناة "الحدث"):
    its id, whether the word before is part of its name, and the quoted words; else None."""
    name = tuple(t.norm for t in tokens[q + 1:close])
    for key, with_noun in [(name, False)] + [((v,) + name, True) for _, v in proclitic_variants(tokens[q - 1].norm)]:
        hit = next((e.entity_id for e in reg.lookup(key) if reg.entities[e.entity_id].type == TYPES.outlet), None)
        if hit is not None:
            return hit, with_noun, name
    return None


def _titled_by_adjective(tokens, q: int, close: int) -> bool:
    """وقال مصدر لـ"السوداني" إن: a paper whose title is a definite nationality adjective, quoted
    alone (one word between the quotes)."""
    return close == q + 2 and tokens[q + 1].norm.startswith("ال")


def _told_or_followed(tokens, q: int, cues: Cues, verbs) -> bool:
    """Is the quote at q the name of one told (قال ... لـ"X"، تصريح لـ«X»), following (تابعته «X»)
    or named by an outlet's noun right before it (بحسب شبكة "حوران 24"، مراسل قناة "X")?"""
    before = tokens[q - 1].norm
    if any(variant in cues.quoted_outlets for _, variant in proclitic_variants(before)):
        return True
    if before in cues.press_nouns and before not in ("ل",):
        return True                    # تابعته «X»: a verb of following names the outlet itself
    if before != "ل":
        return False
    for k in range(q - 2, max(-1, q - 7), -1):
        n = tokens[k].norm
        if n in (".", "؛", ":") or n in QUOTES:
            return False
        if n in cues.press_nouns or n in verbs or (n[:1] in "وفب" and (n[1:] in verbs or n[1:] in cues.press_nouns)):
            return True
    return False


_PUNCTUATION_ENDS = frozenset({".", "؛", ";", ":", "!", "؟", "?", ")", "(", "-", "–"})


def coordinated_place_spans(sentence: Sentence, taken: list[Span], reg: Registry, cues: Cues) -> tuple[list[Span], dict]:
    """سيطرت القوات على بارا وأم صميمة، دخلت الفصائل كفرنبل وحاس، سيطرت على تلول الجموع والجابية
    والخضر: words (or a name prefix and its word) joined by و to a town or region the registry or a
    cue names, and ending a list (``_ends_a_list``), are places of its type too: no common word,
    plural, verbal noun, adjective, trigger or word with a pronoun suffix (a definite word shaped
    like an adjective that no word list knows is a name: الجابية). (A verb goes on to its object,
    which ``_ends_a_list`` refuses: وتوجه إلى.)"""
    tokens, out, records = sentence.tokens, [], {}
    places = [s for s in taken if s.type in (TYPES.city, TYPES.region) and s.source in ("registry", "cue")]
    if not places:
        return out, records            # most sentences: no place
    covered = covered_tokens(taken)
    for place in places:
        k = place.j if place.j < len(tokens) - 1 else len(tokens)     # (none followed by a conjunct: none after it)
        if k < len(tokens) and tokens[k].norm in reg.nationality and k + 1 < len(tokens):
            k += 1             # بلدة القاع اللبنانية وجوسية السورية
        items = []
        while k < len(tokens):
            after_comma = tokens[k].norm in LIST_SEPARATORS and k + 1 < len(tokens)
            if after_comma:
                k += 1         # قرية المشيرفة، وتل سلمو، والحويجة: the list goes on after a comma
            item = _conjunct_place_at(tokens, k, covered, cues, reg)
            if item is not None and after_comma and not _named_like_a_place(tokens, k, cues, reg):
                item = None
            if item is None:
                if not after_comma:
                    items = []
                break          # (after a comma the list has ended at the comma: its items stay)
            items.append((k, item))
            if _ends_a_list(tokens, item, covered, cues, reg) \
                    and not (item < len(tokens) and tokens[item].norm in LIST_SEPARATORS):
                break
            k = item           # والجابية والخضر: the list goes on
        for k, j in items:
            words = [tokens[k].norm[1:]] + [t.norm for t in tokens[k + 1:j]]
            eid = "name:" + "_".join(words)
            start = span_start(tokens[k], "و")
            out.append(Span(k, j, start, tokens[j - 1].end, eid, place.type, "cue"))
            records.setdefault(eid, EntityRecord(eid, place.type, sentence_text(sentence, start, tokens[j - 1].end)))
            covered.update(range(k, j))
        first = place_before_a_conjunct(tokens, place, covered, cues, reg)
        if first is not None:
            words = [t.norm for t in tokens[first:place.i]]
            eid = "name:" + "_".join(words)
            out.append(Span(first, place.i, tokens[first].start, tokens[place.i - 1].end, eid, place.type, "cue"))
            records.setdefault(eid, EntityRecord(eid, place.type,
                                                 sentence_text(sentence, tokens[first].start, tokens[place.i - 1].end)))
            covered.update(range(first, place.i))
    return out, records


def place_before_a_conjunct(tokens, place: Span, covered: set[int], cues: Cues, reg: Registry) -> int | None:
    """بين العديسة وكفركلا، بكل من عين قزام وتبسة: after a preposition, one word (or a name prefix
    and its word) that the language hardly knows, and then و and a town or region the registry or a
    cue names: the words are a place of its type too. Where they start, else None."""
    k = place.i
    if k < 2 or not tokens[k].norm.startswith("و") or place.start == tokens[k].start:
        return None
    for first in (k - 1, k - 2):
        if first < 1 or any(x in covered for x in range(first, k)):
            return None
        words = [t.norm for t in tokens[first:k]]
        if len(words) == 2 and words[0] not in cues.name_prefixes:
            return None
        last = words[-1]
        if not is_word(last) or len(last) < 3 or last in cues.stop or last in reg.nationality or last in cues.directions \
                or last in PREPOSITIONS or is_trigger(last) or not is_rare_word(tokens[k - 1].text):
            return None    # (a word the language hardly knows: الحارة، المدينة are common words)
        before = tokens[first - 1].norm
        if before in PREPOSITIONS and before != "و":
            return first
    return None


def _conjunct_place_at(tokens, k: int, covered: set[int], cues: Cues, reg: Registry) -> int | None:
    """وأم صميمة، وحاس، والجابية at token k: a place's name joined by و (one plain word, or a name
    prefix and its word): where it ends, else None."""
    n = tokens[k].norm
    if k in covered or not (n.startswith("و") and (len(n) > 3 or n[1:] in cues.name_prefixes)) or n[1:] in cues.stop:
        return None
    stem = n[1:]
    j = k + 1
    if stem in cues.name_prefixes and j < len(tokens) and j not in covered and is_word(tokens[j].norm) \
            and tokens[j].norm not in cues.stop:
        j += 1             # وأم صميمة، وكفر نبودة
    if j == k + 1 and not _plain_town_word(stem, cues, reg) and not _unknown_definite_name(tokens[k], stem, cues, reg):
        return None
    if any(not _plain_town_word(t.norm, cues, reg) for t in tokens[k + 1:j]):
        return None
    return j


def _named_like_a_place(tokens, k: int, cues: Cues, reg: Registry) -> bool:
    """وتل سلمو، وكفرعويد، والجابية after a comma: a conjunct that goes on a list of places past a
    comma must look like a name, not only be no common word: a name prefix and its word, a word
    the word-frequency list hardly knows (nor the whole word with its و: ، وفق ما أعلن is "according
    to", not و and a town فق), or an unknown definite adjective-shaped word (a clause after a comma
    starts with common words: ، وقالت المصادر، والتي)."""
    stem = tokens[k].norm[1:]
    return stem in cues.name_prefixes or (is_rare_word(tokens[k].text[1:]) and is_rare_word(tokens[k].text)) \
        or _unknown_definite_name(tokens[k], stem, cues, reg)


def _unknown_definite_name(token, stem: str, cues: Cues, reg: Registry) -> bool:
    """والجابية: a definite word shaped like an adjective (in ية) that the word-frequency list
    hardly knows, read as a place's name in a list of places."""
    return stem.startswith("ال") and len(stem) > 4 and is_adjective(stem, cues, reg) and stem not in cues.stop \
        and stem not in reg.nationality and stem not in cues.directions and is_rare_word(token.text[1:])


def _plain_town_word(n: str, cues: Cues, reg: Registry) -> bool:
    """Could the word be (part of) a town's name: no common word, stop word, plural, verbal noun,
    adjective, nationality, trigger, word with a pronoun suffix or prepositional phrase?"""
    return (is_word(n) and len(n) >= 3 and n not in common_words() and n not in cues.stop and n not in reg.nationality
            and not n.endswith(cues.not_name_endings) and not is_verbal_noun(n)
            and not is_adjective(n, cues, reg) and not is_trigger(n) and not is_participle(n)
            and n not in PREPOSITIONS and not n.startswith(("لل", "بال", "كال"))
            and reading_in(n, cues.first_words) is None and reading_in(n, cues.plural_place) is None)


def _ends_a_list(tokens, j: int, covered: set[int], cues: Cues, reg: Registry) -> bool:
    """Does a list of places end at token j: punctuation, a comma, a word of cues.list_ends (كفرنبل
    وحاس في ريف إدلب، الدلنج وهبيلا بعد معارك), a nationality adjective, or و and a known place?"""
    if j >= len(tokens):
        return True
    n = tokens[j].norm
    return (n in _PUNCTUATION_ENDS or n in LIST_SEPARATORS or n in cues.list_ends or n in reg.nationality
            or (n.startswith("و") and j in covered))     # (وتوجه إلى: a verb goes on to its object)


def ordinal_unit_spans(sentence: Sentence, taken: list[Span], cues: Cues) -> tuple[list[Span], dict]:
    """اللواء التاسع، الفيلق الخامس، الكتيبة الثالثة، المنطقة العسكرية الثالثة: a unit word (one or two words) and an ordinal
    (for a two-word unit word, a direction too: المنطقة العسكرية الشرقية) name a unit (of the type cues.json gives the unit word); so do a unit word that is no place cue
    and a number (الفرقة 22، الكتيبة 55; اللواء 23 is left to the cues: a brigade's base), unless a
    place cue before it makes the two words part of a site's name (مقر الفرقة 17). Returns at once
    in a sentence with no ordinal or number."""
    tokens, out, records = sentence.tokens, [], {}
    if not cues.units or not any(t.norm in cues.ordinals or t.norm.isdigit() or t.norm in cues.unit_directions
                                 for t in tokens[1:]):
        return out, records
    for k in range(1, len(tokens)):
        number = tokens[k].norm.isdigit()
        direction = tokens[k].norm in cues.unit_directions
        if not (number or direction or tokens[k].norm in cues.ordinals) or covers(taken, k) or covers(taken, k - 1):
            continue
        i = k - 1
        if tokens[i].norm in cues.unit_seconds and i > 0 and not covers(taken, i - 1) \
                and any(st in cues.unit_seconds[tokens[i].norm] for _, st in proclitic_variants(tokens[i - 1].norm)):
            i -= 1         # المنطقة العسكرية الثالثة: a unit word of two words
        elif direction and not any(st in cues.direction_units for _, st in proclitic_variants(tokens[i].norm)):
            continue       # المنطقة الشرقية: a direction ends only a two-word unit's name (or القيادة الغربية)
        stem = next((st for _, st in proclitic_variants(tokens[i].norm) if st in cues.units), None)
        if stem is None and not number and not direction:
            i, stem = qualified_unit_start(tokens, k, taken, cues)     # الفرقة الخاصة الأولى، فوج التدخل الخامس
        if stem is None or (number and (stem in cues.place or stem.removeprefix("ال") in cues.place
                                        or (i > 0 and _cue_word(tokens, i - 1, cues) in cues.place))):
            continue
        j = k + 1
        if not number and j < len(tokens) and tokens[j].norm in cues.ordinal_tens:
            j += 1
        j = unit_arm_end(tokens, j, cues, taken)           # الفرقة الأولى مشاة
        written = next((st for _, st in proclitic_variants(tokens[i].norm) if st in (stem, stem[2:])), stem)
        start = next((span_start(tokens[i], p) for p, st in proclitic_variants(tokens[i].norm) if st == written), tokens[i].start)
        eid = "name:" + "_".join([written] + [t.norm for t in tokens[i + 1:j]])
        if direction and stem in cues.direction_units:
            eid = f"name:{stem}_{tokens[k].norm}"    # القيادة الإقليمية الغربية = القيادة الغربية
        etype = (number and parent_force_type(tokens, j, taken, cues)) or cues.units[stem]
        out.append(Span(i, j, start, tokens[j - 1].end, eid, etype, "cue"))
        records.setdefault(eid, EntityRecord(eid, etype, sentence_text(sentence, start, tokens[j - 1].end)))
    return out, records


def qualified_unit_start(tokens, k: int, taken, cues: Cues) -> tuple[int, str | None]:
    """الفرقة الخاصة الأولى، فوج التدخل الخامس، اللواء المدرع الثاني، كتيبة المهام الخاصة الثالثة: a
    unit word (with the article, or without it before the noun of its kind) and one or two words
    written with the article that say its kind, then the ordinal at token k: where the unit word
    is and its stem (the unit word with the article), else (k, None)."""
    for i in (k - 2, k - 3):
        if i < 0 or any(covers(taken, x) for x in range(i, k)) \
                or not all(written_definite(t) and is_word(t.norm) and t.norm not in cues.units
                           and t.norm not in cues.ordinals for t in tokens[i + 1:k]):
            continue
        for _, st in proclitic_variants(tokens[i].norm):
            if st in cues.units:
                return i, st
            if not st.startswith("ال") and "ال" + st in cues.units:
                return i, "ال" + st
    return k, None


def numbered_site_spans(sentence: Sentence, taken: list[Span], cues: Cues) -> tuple[list[Span], dict]:
    """انسحبت القوات من القاعدة الجوية 201، المطار العسكري 3: a facility's cue with the article,
    a facility adjective and a number name a site (a Facility), the number being its name."""
    tokens, out, records = sentence.tokens, [], {}
    for k in range(2, len(tokens)):
        if not tokens[k].norm.isdigit() or tokens[k - 1].norm not in _FACILITY_ADJECTIVE_FORMS \
                or covers(taken, k) or covers(taken, k - 1):
            continue
        i = k - 2
        hit = next(((p, st) for p, st in proclitic_variants(tokens[i].norm)
                    if st.startswith("ال") and cues.place.get(st[2:]) == TYPES.facility), None)
        if hit is None:
            continue
        start = span_start(tokens[i], hit[0])
        eid = "name:" + "_".join([hit[1]] + [t.norm for t in tokens[i + 1:k + 1]])
        out.append(Span(i, k + 1, start, tokens[k].end, eid, TYPES.facility, "cue"))
        records.setdefault(eid, EntityRecord(eid, TYPES.facility, sentence_text(sentence, start, tokens[k].end)))
    return out, records


def dual_org_spans(sentence: Sentence, taken: list[Span], reg: Registry, cues: Cues) -> list[Span]:
    """وعقدت حركتا حماس وفتح اجتماعا -> فتح is حركة فتح: after a dual organisation cue and a known
    name, the word joined by و is read with the cue's singular (cues.json dual_org_cues) where the
    registry knows that name (فتح alone is a verb, حركة فتح the movement)."""
    tokens, out = sentence.tokens, []
    duals = reading_memo(cues.dual_orgs)
    for i, t in enumerate(tokens):
        hit = duals[t.norm]
        if hit is None:
            continue
        first = next((s for s in taken if s.i == i + 1 and s.source == "registry" and s.entity_id), None)
        k = first.j if first is not None else None
        if k is None or k >= len(tokens) or covers(taken, k) or not tokens[k].norm.startswith("و"):
            continue
        key = (cues.dual_orgs[hit[1]], tokens[k].norm[1:])
        entries = reg.index.get(key, ())
        ids = {e.entity_id for e in entries}
        if len(ids) != 1:
            continue
        eid = ids.pop()
        out.append(Span(k, k + 1, span_start(tokens[k], "و"), tokens[k].end, eid, reg.entities[eid].type, "registry"))
    return out


POST_REACH = 8     # words of a post between a title and its holder's name (قائد عمليات ديالى للحشد الشعبي)


def post_holder_spans(sentence: Sentence, taken: list[Span], reg: Registry, cues: Cues) -> tuple[list[Span], dict, dict]:
    """وقال قائد عمليات ديالى للحشد الشعبي طالب الموسوي إن ...، أعلن رئيس أركان القوات البرية صدام
    خليفة حفتر: a title, the post it names (up to ``POST_REACH`` words: bodies, places, adjectives,
    ranks, prepositions; no verb, complementiser or punctuation) and then a name of two words or
    more that starts with a known given name: the post's holder, where no name of a person
    follows the title yet. Returns the spans, the new entities and the spans of ``taken`` read
    anew (a one-word town read as the given name, a known person read as the father's name)."""
    tokens, out, records, replaced = sentence.tokens, [], {}, {}
    first_word = reading_memo(cues.first_words)
    people = [s for s in taken if s.type == TYPES.person and _cue_at(tokens, s.i, cues)[1] != TYPES.person]
    # (مستشار قائد قوات الدعم السريع فلان: a person known by a title is the post, not its holder)
    for i in list(itertools.compress(range(len(tokens)), map(first_word.__getitem__, sentence.norms))):   # (a reading is a pair)
        length, etype = _cue_at(tokens, i, cues)
        if etype != TYPES.person or covers(taken + out, i) or _unknown_word_after_a_title(tokens, i + length, taken):
            continue
        e, reach = i + length, i + length + POST_REACH
        while e < min(len(tokens), reach) and not covers(people + out, e):
            if e > i + length and _cue_at(tokens, e, cues)[1] == TYPES.person:
                break      # قائد القوات المشتركة الفريق الركن فلان: the name is the next title's
            if e > i + length and past_a_field_of_the_title(tokens, e - 1, taken) > e:
                e += 1     # المتحدث باسم الجيش للإعلام العربي فلان: the field's adjective, no name
                continue
            if e > i + length:
                found = holder_name_at(sentence, e, taken, reg, cues)
                if found is not None:
                    end, dropped = found
                    eid = "name:" + "_".join(t.norm for t in tokens[e:end])
                    out.append(Span(e, end, tokens[e].start, tokens[end - 1].end, eid, TYPES.person, "cue"))
                    records.setdefault(eid, EntityRecord(eid, TYPES.person,
                                                         sentence_text(sentence, tokens[e].start, tokens[end - 1].end)))
                    replaced.update({n: None for n in dropped})
                    break
            if not a_word_of_a_post(tokens[e], cues):
                gloss = _body_set_off_by_commas(tokens, e, taken)
                if gloss is None:
                    break
                reach += gloss - e     # القيادي في سرايا القدس، الجناح العسكري لحركة الجهاد، فلان:
                e = gloss              # past the body's gloss (which counts no word of the post)
                continue
            e += 1
    return out, records, replaced


def _body_set_off_by_commas(tokens, e: int, taken) -> int | None:
    """القيادي في سرايا القدس، الجناح العسكري لحركة الجهاد الإسلامي، رائد الحلو: a comma at token e,
    a known body (no person, no place) and another comma: the post's body glossed; where the name
    may start after it (else None)."""
    if e + 2 >= len(tokens) or tokens[e].norm not in LIST_SEPARATORS:
        return None
    body = next((s for s in taken if s.i == e + 1 and s.type not in PLACE_TYPES and s.type != TYPES.person), None)
    if body is None or body.j >= len(tokens) - 1 or tokens[body.j].norm not in LIST_SEPARATORS:
        return None
    return body.j + 1


def _unknown_word_after_a_title(tokens, k: int, taken) -> bool:
    """العقيد لام بول قبريال: a word without the article, right after a title written with the article
    (a rank, no construct with a post) or a word the language hardly knows right after any title,
    starts the name itself: no post between (المتحدث باسم، المسؤول في: a preposition opens a post)."""
    if k >= len(tokens) or not is_word(tokens[k].norm) or covers(taken, k) or written_definite(tokens[k]):
        return False
    n = tokens[k].norm
    if n in PREPOSITIONS or n in load_lexicon().lists["on_behalf_words"]:
        return False
    return written_definite(tokens[k - 1]) or is_rare_word(tokens[k].text)


def a_word_of_a_post(token, cues: Cues) -> bool:
    """مجلس، عمليات، الأركان، للحشد، في، «الوفاء»: a word that may go on naming a title's post (a
    verbal noun too); a verb (of the trigger lexicon or of reporting), a complementiser or
    punctuation ends the post."""
    n = token.norm
    if n in QUOTES or n.isdigit():
        return True        # (آمر اللواء 106 مجحفل فلان: a unit's number)
    return is_word(n) and not (is_trigger(n) and not is_trigger_noun(n)) and n not in COMPLEMENTISERS and n not in BARE_COMPLEMENTISERS \
        and n not in reporting_verbs() and not (n[:1] in "وف" and n[1:] in reporting_verbs())


def holder_name_at(sentence: Sentence, e: int, taken: list[Span], reg: Registry, cues: Cues) \
        -> tuple[int, list[int]] | None:
    """Token e starts the name of a post's holder: a known given name (no article, no preposition
    before it) and one or more words of a name (known given or family names, or words the language
    does not know: قاتلواك); a one-word town of the registry on the given name (نايف) is dropped,
    and a known person right after the given name (صدام خليفة حفتر) is the father's name. The
    name's end and the indices of the spans of ``taken`` it drops; else None."""
    tokens = sentence.tokens
    given, family = name_parts()
    n = tokens[e].norm
    if tokens[e - 1].norm in PREPOSITIONS or tokens[e - 1].norm in cues.name_links or n in cues.stop or is_trigger(n):
        return None
    if written_definite(tokens[e]) and not starts_a_name_with_its_article(tokens, e, cues):
        return (e + 2, []) if _byname_before_a_rare_word(tokens, e, taken, cues) else None
    if n not in given:
        return None
    dropped = [x for x, s in enumerate(taken) if s.i == e and s.j == e + 1 and s.type in PLACE_TYPES and s.source == "registry"]
    if covers([s for x, s in enumerate(taken) if x not in dropped], e):
        return None
    rest = [s for x, s in enumerate(taken) if x not in dropped]
    end = person_end(tokens, e, cues, reg, rest)
    father = next((x for x, s in enumerate(taken) if s.i == e + 1 and s.j >= e + 3 and s.type == TYPES.person
                   and s.source == "registry"), None)
    if end == e + 1 and father is not None and _a_son_of(n, taken[father], reg):
        return taken[father].j, dropped + [father]
    if end - e < 2 or any(covers(rest, x) for x in range(e, end)):
        return None
    if tokens[e + 1].norm not in COMPOUND_NAME_ENDS and not all(_a_word_of_a_name(t, given, family) for t in tokens[e + 1:end]):
        return None        # (عناية الله خوارزمي: a compound given name vouches for the words after it)
    return end, dropped


def _byname_before_a_rare_word(tokens, e: int, taken, cues: Cues) -> bool:
    """مستشار قائد القوات الباشا طبيق، ...: after a post, a definite word (no nisba, no cue word)
    and then a word the language hardly knows, without the article, that ends the name (no such
    word after it): a byname and a family name."""
    n = tokens[e].norm
    if e + 2 >= len(tokens) or covers(taken, e) or covers(taken, e + 1) or n.endswith(NISBA_ENDINGS) \
            or n in cues.directions or reading_in(n, cues.first_words) is not None or n in common_words():
        return False
    rare = tokens[e + 1]
    after = tokens[e + 2]
    return is_word(rare.norm) and not written_definite(rare) and not rare.norm.startswith("و") and is_rare_word(rare.text) \
        and not (is_word(after.norm) and not written_definite(after) and is_rare_word(after.text))


def _a_word_of_a_name(token, given, family) -> bool:
    """الموسوي، سيدو، إسماعيل، قاتلواك: a known given or family name (a family name with its
    article too), a compound name's second word (عناية الله), or a word the language hardly knows; المجتمع (وزير الخارجية طالب المجتمع
    الدولي: طالب is a verb there) is none."""
    n = token.norm
    bare = n[2:] if written_definite(token) else n
    return n in given or n in family or bare in family or bare in given or n in COMPOUND_NAME_ENDS \
        or is_rare_word(token.text)


def _a_son_of(norm: str, father: Span, reg: Registry) -> bool:
    """صدام خليفة حفتر: a given name right before a known person's full name is his son's (no name
    of the known person has that given name: محمد حمدان دقلو is the registry's own)."""
    record = reg.entities.get(father.entity_id)
    if record is None:
        return False
    return all(norm not in normalise(a).split() for a in (record.name,) + tuple(record.aliases))


GENERAL_BODY_REACH = 5     # words of a general body's complement after لـ (لخفر السواحل، للعلاقات والإعلام الأمني)


def general_body_spans(sentence: Sentence, taken: list[Span], cues: Cues) -> tuple[list[Span], dict]:
    """الإدارة العامة لخفر السواحل، المؤسسة العامة للكهرباء، المنسقية العامة للنازحين واللاجئين: a
    definite head noun of a public body (general_body_heads), an adjective of its standing
    (general_body_adjectives: العامة، العليا، الوطنية) and a complement with لـ (definite words, or
    an indefinite noun and the definite one it governs, joined by و, with their adjectives) name
    the body, of the head's type."""
    tokens, out, records = sentence.tokens, [], {}
    heads = reading_memo(cues.general_heads)
    for i in range(len(tokens) - 2):
        hit = heads[tokens[i].norm]
        if hit is None or tokens[i + 1].norm not in cues.general_adjectives or covers(taken, i) or covers(taken, i + 1):
            continue
        j = general_complement_end(tokens, i + 2, taken)
        if j is None:
            continue
        start = span_start(tokens[i], hit[0])
        eid = "name:" + "_".join([hit[1]] + [t.norm for t in tokens[i + 1:j]])
        etype = cues.general_heads[hit[1]]
        out.append(Span(i, j, start, tokens[j - 1].end, eid, etype, "cue"))
        records.setdefault(eid, EntityRecord(eid, etype, sentence_text(sentence, start, tokens[j - 1].end)))
    return out, records


def general_complement_end(tokens, k: int, taken) -> int | None:
    """للكهرباء، لخفر السواحل، للعلاقات والإعلام الأمني، للنازحين واللاجئين: the complement with لـ
    of a general body from token k: where it ends, or None where none starts there."""
    if k >= len(tokens) or covers(taken, k) or not is_word(tokens[k].norm) or not tokens[k].norm.startswith("ل"):
        return None
    n = tokens[k].norm
    j = k + 1
    if not n.startswith("لل"):         # لخفر السواحل: an indefinite noun governs the next, definite one
        if j >= len(tokens) or not written_definite(tokens[j]) or covers(taken, j):
            return None
        j += 1
    while j < len(tokens) and j - k < GENERAL_BODY_REACH and not covers(taken, j):
        m = tokens[j].norm
        if not is_word(m) or not (m.startswith("ال") or (m.startswith("وال") and len(m) > 4)):
            break
        j += 1
    return j
