"""Seats a state has one of, named by a description (القصر الرئاسي، قصر الرئاسة، القصر الجمهوري،
مبنى هيئة الأركان): one Facility per state, whichever phrase the text uses (entity_cues.json
``state_sites``). A token is read only when it can start such a phrase (one set lookup)."""
from __future__ import annotations

import functools

from kg.arabic import normalise
from kg.entities.matching import reading_memo
from kg.entities.spans import Span, covered_tokens, covers, span_start
from kg.language.cues import load_context_cues
from kg.language.names import TYPES
from kg.language.words import FACILITY_ADJECTIVES, PLACE_TYPES
from kg.registry import Registry
from kg.types import EntityRecord, Sentence


_FACILITY_ADJECTIVES = frozenset(normalise(a) for a in FACILITY_ADJECTIVES)


@functools.lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    return frozenset(k[0] for k in load_context_cues().state_sites)


def state_site_spans(sentence: Sentence, taken: list[Span], reg: Registry,
                     country: str | None) -> tuple[list[Span], dict]:
    """وقصفت الطائرات القصر الرئاسي في الخرطوم -> the presidential palace of Sudan (the article's
    country; القصر الرئاسي السوري: of Syria, the adjective read with it)."""
    sites = load_context_cues().state_sites
    if not sites:
        return [], {}
    first = reading_memo(_first_words())
    tokens, out, records = sentence.tokens, [], {}
    covered = covered_tokens(taken)
    i = 0
    while i < len(tokens):
        hit = first[tokens[i].norm] if i not in covered else None
        found = _site_at(tokens, i, hit[1], sites, covered) if hit else None
        if found is None:
            i += 1
            continue
        j, (name, name_en) = found
        if j < len(tokens) and j not in covered and tokens[j].norm in _FACILITY_ADJECTIVES:
            j += 1                 # مبنى الأركان العسكري
        state = reg.nationality.get(tokens[j].norm) if j < len(tokens) and j not in covered else None
        if state:
            j += 1                 # القصر الرئاسي السوري
        state = state or _state_of_the_place_after(taken, j, reg) or country
        eid = "name:" + (f"{state}:" if state else "") + name.replace(" ", "_")
        out.append(Span(i, j, span_start(tokens[i], hit[0]), tokens[j - 1].end, eid, TYPES.facility, "cue"))
        records.setdefault(eid, EntityRecord(eid, TYPES.facility, name, name_en, country=state))
        i = j
    return out, records


def donor_site_spans(sentence: Sentence, taken: list[Span], reg: Registry) -> tuple[list[Span], dict]:
    """ونقل الجرحى إلى المستشفى السعودي في الفاشر -> المستشفى السعودي, a Facility named after the
    state that runs it (entity_cues.json donor_site_heads + a nationality adjective, a facility
    adjective before or after it: المستشفى الميداني الأردني، المستشفى الأردني الميداني)."""
    heads = load_context_cues().donor_site_heads
    first = reading_memo(heads)
    tokens, out, records = sentence.tokens, [], {}
    covered = covered_tokens(taken)
    for i in range(len(tokens) - 1):
        hit = first[tokens[i].norm] if i not in covered else None
        if not hit:
            continue
        j = i + 1
        if j < len(tokens) - 1 and tokens[j].norm in _FACILITY_ADJECTIVES and j not in covered:
            j += 1                 # المستشفى الميداني الأردني
        if j in covered or not reg.nationality.get(tokens[j].norm):
            continue
        j += 1
        if j < len(tokens) and j not in covered and tokens[j].norm in _FACILITY_ADJECTIVES:
            j += 1                 # المستشفى الأردني الميداني
        start = span_start(tokens[i], hit[0])
        eid = "name:" + "_".join([hit[1]] + [t.norm for t in tokens[i + 1:j]])
        out.append(Span(i, j, start, tokens[j - 1].end, eid, TYPES.facility, "cue"))
        records.setdefault(eid, EntityRecord(eid, TYPES.facility,
                                             " ".join([tokens[i].text[len(hit[0]):]] + [t.text for t in tokens[i + 1:j]])))
    return out, records


_PLACE_AFTER_WITHIN = 5      # tokens: القصر الرئاسي في العاصمة السورية دمشق


def _state_of_the_place_after(taken: list[Span], j: int, reg: Registry) -> str | None:
    """The state of the first known place named within a few tokens after the phrase (قصر الرئاسة
    بدمشق، القصر الرئاسي في الخرطوم), else None."""
    for s in sorted((s for s in taken if j <= s.i < j + _PLACE_AFTER_WITHIN and s.type in PLACE_TYPES
                     and s.entity_id in reg.entities), key=lambda s: s.i):
        state = reg.entities[s.entity_id].country
        if state:
            return state
    return None


def _site_at(tokens, i: int, stem: str, sites, covered) -> tuple[int, tuple[str, str]] | None:
    """The longest phrase of ``sites`` at token i (its first word read as ``stem``): (end, site)."""
    best = None
    for key, site in sites.items():
        n = len(key)
        if key[0] == stem and i + n <= len(tokens) and all(tokens[i + x].norm == key[x] and i + x not in covered
                                                          for x in range(1, n)):
            if best is None or n > best[0] - i:
                best = (i + n, site)
    return best


@functools.lru_cache(maxsize=1)
def _body_first_words() -> frozenset[str]:
    return frozenset(k[0] for k in load_context_cues().state_bodies)


def state_body_spans(sentence: Sentence, taken: list[Span], reg: Registry,
                     country: str | None) -> tuple[list[Span], dict]:
    """وعقد مجلس الأمن القومي اجتماعا -> the national security council of the article's state
    (مجلس الأمن الوطني في النيجر: of Niger; مجلس الأمن القومي العراقي: of Iraq), not the UN's
    مجلس الأمن inside the phrase: a registry name that lies inside the phrase gives way to it (the
    driver settles the longer span); a span reaching past the phrase keeps its words."""
    bodies = load_context_cues().state_bodies
    if not bodies:
        return [], {}
    first = reading_memo(_body_first_words())
    tokens, out, records = sentence.tokens, [], {}
    i = 0
    while i < len(tokens):
        hit = first[tokens[i].norm]
        found = _site_at(tokens, i, hit[1], bodies, frozenset()) if hit else None
        if found is None or any(s.i < found[0] and s.j > i and (s.i < i or s.j > found[0]) for s in taken):
            i += 1
            continue
        j, (name, name_en, etype) = found
        state = reg.nationality.get(tokens[j].norm) if j < len(tokens) and not covers(taken, j) else None
        if state:
            j += 1                 # مجلس الأمن القومي العراقي
        state = state or _state_of_the_place_after(taken, j, reg) or country
        eid = "name:" + (f"{state}:" if state else "") + name.replace(" ", "_")
        out.append(Span(i, j, span_start(tokens[i], hit[0]), tokens[j - 1].end, eid, etype, "cue"))
        records.setdefault(eid, EntityRecord(eid, etype, name, f"{name_en} ({state})" if state else name_en, country=state))
        i = j
    return out, records
