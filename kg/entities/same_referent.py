"""One referent, one node: a new name (found by a cue or the recogniser) that an article also
writes in a longer form is that longer form's entity. Each rule of ``SHORTER_FORMS`` reads the
words of the new name and of another entity's form in the article and says whether the new name
is a short form of it; the new name joins the one entity it fits (none where two fit).
``state_by_its_adjective`` reads a description of a state (الدولة التركية) as the state.

Words are data: entity_cues.json ``droppable_heads`` (the heads a name of a landform, a region, a
base or a unit may drop: جبل المغيلة ... المغيلة) and ``state_heads`` (الدولة، الجمهورية).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Callable

from kg.arabic import phrase_key, proclitic_variants
from kg.entities.names import bare_words
from kg.language.cues import load_context_cues
from kg.language.names import TYPES
from kg.language.words import NISBA_ENDINGS
from kg.registry import Registry
from kg.types import Mention

Words = tuple[str, ...]


def _head(word: str, heads: frozenset[str]) -> bool:
    return any(st in heads for _, st in proclitic_variants(word))


def name_without_its_head(short: Words, long: Words, short_type: str, long_type: str) -> bool:
    """جبل المغيلة ... قرب المغيلة; نهر الفرات ... عبر الفرات; قوة الرضوان ... الرضوان: the name
    without its head (a landform, region, base or unit: droppable_heads) is the named place or
    unit, not another one."""
    return (len(long) == len(short) + 1 and long[1:] == short
            and _head(long[0], load_context_cues().droppable_heads))


def area_without_its_head(short: Words, long: Words, short_type: str, long_type: str) -> bool:
    """مخيم الفارعة ... قرب دوار الفارعة; قضاء العمادية ... في العمادية: a new name (the registry
    knows no town of it) that is a camp's or a district's name without its head (named_area_heads)
    is that camp or district."""
    return (long_type in _PLACES and short_type in _PLACES and len(long) == len(short) + 1
            and long[1:] == short and _head(long[0], load_context_cues().named_area_heads))


def a_site_of_a_named_place(short: Words, long: Words, short_type: str, long_type: str) -> bool:
    """تلة الحمامص ... موقع تلة الحمامص: a site word of any kind (site_heads *: موقع) before the
    whole name of a place the article names is that place."""
    if len(short) != len(long) + 1 or short[1:] != long or long_type not in _PLACES:
        return False
    return _site_head(short[0], load_context_cues().site_heads) == "*"


def site_by_its_last_word(short: Words, long: Words, short_type: str, long_type: str) -> bool:
    """حاملة الطائرات "ترومان" ... "هاري ترومان": a site or vessel named by the last word of its
    two-word name (a person's it is named after) is the site so named."""
    return (short_type == long_type == TYPES.facility and len(short) == 1 and len(long) == 2
            and long[1] == short[0] and not short[0].startswith("ال"))


def head_alone(short: Words, long: Words, short_type: str, long_type: str) -> bool:
    """بحيرة تشاد ... في منطقة البحيرة; جبل الشيخ ... سفوح الجبل: the head of a name of a
    landform or region (droppable_heads) with the article, alone, is the place so named."""
    if len(short) != 1 or len(long) < 2 or not short[0].startswith("ال"):
        return False
    heads = load_context_cues().droppable_heads
    return short[0][2:] in heads and any(st == short[0][2:] for _, st in proclitic_variants(long[0]))


def person_without_middle_name(short: Words, long: Words, short_type: str, long_type: str) -> bool:
    """قال عبدالله علي الحسني ... وأضاف عبدالله الحسني: a person's name without the father's
    name after the given name is the person named in full."""
    return (short_type == long_type == TYPES.person and len(short) >= 2 and len(long) == len(short) + 1
            and long[:1] + long[2:] == short)


def body_without_its_country(short: Words, long: Words, short_type: str, long_type: str) -> bool:
    """حركة العدالة والمساواة في دارفور ... حركة العدالة والمساواة: a body's name without the
    place it is "in" (في + one or two words) is that body."""
    return (short_type == long_type and short_type not in _PLACES and len(short) >= 2
            and len(long) in (len(short) + 2, len(short) + 3) and long[:len(short)] == short
            and long[len(short)] == "في")


def glued_preposition(short: Words, long: Words, short_type: str, long_type: str) -> bool:
    """ولاية جيجل ... بجيجل: a one-word name the recogniser read with its preposition (ب، ل)
    still on it is the name without it."""
    return (len(short) == 1 and len(long) >= 1 and len(short[0]) > 3 and short[0][0] in "بل"
            and (short[0][1:],) == long[-1:] and (len(long) == 1 or _head(long[0], load_context_cues().droppable_heads)
                                                   or long_type in _PLACES))


def another_site_word(short: Words, long: Words, short_type: str, long_type: str) -> bool:
    """مطار معيتيقة الدولي ... قاعدة معيتيقة; تلة الحمامص ... موقع الحمامص: one name after
    another word of the same site (site_heads: موقع, a site of any kind; قاعدة and مطار, an air
    base) is the site named before (its closing adjective left out: الدولي)."""
    if len(short) < 2 or len(long) < 2 or short[0] == long[0]:
        return False
    heads = load_context_cues().site_heads
    one, other = _site_head(short[0], heads), _site_head(long[0], heads)
    if one is None or other is None or not (one == other or one == "*"):
        return False
    rest = long[1:]
    return rest == short[1:] or (len(rest) == len(short) and rest[:-1] == short[1:] and rest[-1].startswith("ال")
                                 and rest[-1].endswith(NISBA_ENDINGS))


def _site_head(word: str, heads: dict[str, str]) -> str | None:
    return next((heads[st] for _, st in proclitic_variants(word) if st in heads), None)


_NAMING = frozenset({"registry", "cue", "ner", "nested", "propagated"})   # (not an anaphor, a description)
_FINDING = frozenset({"cue", "ner"})
_PLACES = frozenset({TYPES.city, TYPES.region, TYPES.country, TYPES.facility})

SHORTER_FORMS: tuple[Callable[[Words, Words, str, str], bool], ...] = (
    name_without_its_head,
    head_alone,
    person_without_middle_name,
    body_without_its_country,
    glued_preposition,
    another_site_word,
    area_without_its_head,
    a_site_of_a_named_place,
    site_by_its_last_word,
)


def merge_shorter_forms(mentions: list[Mention], entities: dict, reg: Registry) -> list[Mention]:
    """Every mention of a new name that is a short form of one other entity of the article
    (``SHORTER_FORMS``) goes to that entity's node; the longer form's type stays. Read twice: a
    name that fitted two forms of one site (معيتيقة: قاعدة معيتيقة، مطار معيتيقة) fits one once
    they are joined."""
    once = _merge_shorter_forms(mentions, entities, reg)
    if once is mentions:
        return mentions        # (nothing joined, nothing changed: a second reading would join nothing either)
    return _merge_shorter_forms(once, entities, reg)


def _merge_shorter_forms(mentions: list[Mention], entities: dict, reg: Registry) -> list[Mention]:
    forms: dict[str, set[Words]] = {}          # entity -> the names the text gives it (no anaphor)
    own: dict[str, set[Words]] = {}            # new entity -> its name and the texts that found it
    for m in mentions:
        if m.entity_id in entities and m.source in _NAMING:
            forms.setdefault(m.entity_id, set()).add(bare_words(m.text))
            if m.entity_id.startswith("name:") and m.source in _FINDING:
                own.setdefault(m.entity_id, {bare_words(entities[m.entity_id].name)}).add(bare_words(m.text))
    if not own or len(forms) < 2:
        return mentions
    for eid, named in forms.items():
        named.add(bare_words(entities[eid].name))
    new = list(own)
    words = {b: {x for wb in wbs for x in wb} for b, wbs in forms.items()}
    same: dict[str, str] = {}
    for a in new:
        ta = entities[a].type
        keys = {y for wa in own[a] for x in wa for y in (x, x[1:], x[2:])}   # (a word, less a clitic or the article)
        fits = {b for b, wbs in forms.items() if b != a and not keys.isdisjoint(words[b])
                and any(rule(wa, wb, ta, entities[b].type) for wa in own[a] for wb in wbs
                        for rule in SHORTER_FORMS)}
        if len(fits) == 1:
            same[a] = fits.pop()
    first = {}
    for n, m in enumerate(mentions):
        first.setdefault(m.entity_id, n)
    same = {a: b for a, b in same.items() if same.get(b) != a or first[a] > first[b]}   # (two forms of one site: the later joins the first)
    same = {a: b for a, b in same.items() if b not in same}
    if not same:
        return mentions
    for a in same:
        entities.pop(a, None)
    return [replace(m, entity_id=same[m.entity_id], type=entities[same[m.entity_id]].type)
            if m.entity_id in same else m for m in mentions]


def descriptions_of_a_named_force(mentions: list[Mention], entities: dict, reg: Registry) -> list[Mention]:
    """القوات المسلحة اليمنية (the registry's name of one force) ... وقالت القوات المسلحة: a bare
    description of a state's force (source generic, read as the story's state's army) that is a
    form the article writes for one other entity without its closing nationality adjective is
    that entity."""
    generic = [m for m in mentions if m.source == "generic" and len(m.text.split()) >= 2]
    if not generic:
        return mentions
    longer: dict[Words, set[str]] = {}
    for m in mentions:
        if m.source in _NAMING and m.entity_id in entities:
            words = bare_words(m.text)
            if len(words) >= 3 and reg.nationality.get(words[-1]):
                longer.setdefault(words[:-1], set()).add(m.entity_id)
    if not longer:
        return mentions
    moved: dict[int, str] = {}
    for m in generic:
        fits = longer.get(bare_words(m.text), set())
        if len(fits) == 1 and m.entity_id not in fits:
            moved[id(m)] = next(iter(fits))      # (two bodies of one description: it stays as read)
    if not moved:
        return mentions
    out = [replace(m, entity_id=moved[id(m)], type=entities[moved[id(m)]].type) if id(m) in moved else m
           for m in mentions]
    left = {m.entity_id for m in out}
    for m in generic:
        if id(m) in moved and m.entity_id not in left:
            entities.pop(m.entity_id, None)      # (no node left for the army the description was read as)
    return out


def new_name_of_a_registry_place(mentions: list[Mention], entities: dict, reg: Registry,
                                 country: str | None = None) -> list[Mention]:
    """بلدة طمون (read by its cue as a new name) ... في طمون (the registry's Tammun): a new place
    whose name is the name of a registry place of its type the article names is that place; so is
    one whose name the registry knows for one place of its type in the story's country (قريتي
    الدندنية وأبو قلقل: a village the registry knows, its name read as a place by the cue)."""
    new = {m.entity_id for m in mentions if m.entity_id.startswith("name:") and m.type in _PLACES
           and m.entity_id in entities}
    if not new:
        return mentions
    known: dict[tuple[Words, str], set[str]] = {}
    for m in mentions:
        record = reg.entities.get(m.entity_id)
        if record is not None and record.type in _PLACES:
            for name in (record.name, *record.aliases):
                known.setdefault((bare_words(name), record.type), set()).add(record.id)
    same = {}
    for a in new:
        ids = known.get((bare_words(entities[a].name), entities[a].type), set())
        if not ids and country is not None:
            ids = {e.entity_id for e in reg.lookup(phrase_key(entities[a].name))
                   if reg.entities[e.entity_id].type == entities[a].type and reg.entities[e.entity_id].country == country}
        if len(ids) == 1:
            same[a] = next(iter(ids))
    if not same:
        return mentions
    for a, b in same.items():
        entities.pop(a, None)
        entities.setdefault(b, reg.entities[b])
    return [replace(m, entity_id=same[m.entity_id]) if m.entity_id in same else m for m in mentions]


def state_by_its_adjective(mentions: list[Mention], entities: dict, reg: Registry) -> list[Mention]:
    """وتعتبر الدولة التركية الحزب منظمة إرهابية: a new name that is a state's head (state_heads:
    الدولة، الجمهورية) and a nationality adjective is that state (the registry's country)."""
    heads = load_context_cues().state_heads
    states: dict[str, str] = {}
    for m in mentions:
        if not m.entity_id.startswith("name:") or m.entity_id in states:
            continue
        words = bare_words(m.text)
        if len(words) == 2 and words[0] in heads and (iso := reg.nationality.get(words[1])) \
                and reg.country_entity.get(iso) in reg.entities:
            states[m.entity_id] = reg.country_entity[iso]
    if not states:
        return mentions
    for a, b in states.items():
        entities.pop(a, None)
        entities.setdefault(b, reg.entities[b])
    return [replace(m, entity_id=states[m.entity_id], type=reg.entities[states[m.entity_id]].type)
            if m.entity_id in states else m for m in mentions]


def one_place_per_name(mentions: list[Mention], entities: dict, reg: Registry, country: str | None) -> list[Mention]:
    """مدينة رفح ... في رفح: two registry places of one type and one name in an article (the
    Rafah of Gaza and the Rafah of Sinai) are the one the article means: the one in the article's
    country, else the one it names most often."""
    by_name: dict[tuple[str, str], dict[str, int]] = {}
    for m in mentions:
        record = reg.entities.get(m.entity_id)
        if record is not None and record.type in _SETTLEMENTS:
            counts = by_name.setdefault((record.type, record.name), {})
            counts[m.entity_id] = counts.get(m.entity_id, 0) + 1
    chosen: dict[str, str] = {}
    for counts in by_name.values():
        if len(counts) < 2:
            continue
        home = [e for e in counts if reg.entities[e].country == country]
        keep = home[0] if len(home) == 1 else max(counts, key=lambda e: (counts[e], e))
        chosen.update({e: keep for e in counts if e != keep})
    if not chosen:
        return mentions
    for a, b in chosen.items():
        entities.pop(a, None)
        entities.setdefault(b, reg.entities[b])
    return [replace(m, entity_id=chosen[m.entity_id]) if m.entity_id in chosen else m for m in mentions]


_SETTLEMENTS = frozenset({TYPES.city, TYPES.region})
