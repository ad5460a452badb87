"""Bodies named by their state's adjective. Delegations (وفد إسرائيلي، وفدا تركيا، الوفد المصري): one
node per state, delegation:<ISO> (a Government), and the definite noun alone (الوفد) is the
delegation the article named last (ontology/entity_cues.json ``delegation_heads``,
``delegation_anaphors``). National societies (الهلال الأحمر الليبي): the registry's society of
the state, else one node per state (``national_societies``, ``society_heads``). Governments
(الحكومة الباكستانية): the registry's government of the state, else government:<ISO>
(``government_heads``).

A token is read only when it is a delegation noun (one memo lookup); the pass is gated by a set
lookup on the sentence's words (driver).
"""
from __future__ import annotations

import itertools

from kg.arabic import normalise, phrase_key
from kg.entities.matching import reading_memo
from kg.entities.spans import Span, covered_tokens, sentence_text, span_start
from kg.language.cues import load_context_cues
from kg.language.names import TYPES
from kg.registry import Registry
from kg.types import EntityRecord, Mention, Sentence

_LOOK_BACK = 300          # mentions of the article read back for the delegation named last


def delegation_spans(sentence: Sentence, taken: list[Span], reg: Registry,
                     history: list[Mention] = ()) -> tuple[list[Span], dict]:
    """التقى الوزير وفدا إسرائيليا ... وقال الوفد -> the Israeli delegation, twice: a delegation
    noun and a nationality adjective right after it name that state's delegation; the definite
    noun alone, not before an adjective, the delegation the article (or the sentence) named last."""
    cues = load_context_cues()
    heads, anaphors = cues.delegation_heads, cues.delegation_anaphors
    memo = reading_memo(heads)
    tokens, n = sentence.tokens, len(sentence.tokens)
    hits = list(itertools.compress(range(n), map(memo.__getitem__, sentence.norms)))     # (a reading is a pair)
    if not hits:
        return [], {}
    covered = covered_tokens(taken)
    out, records = [], {}
    for i in hits:
        if i in covered:
            continue
        prefix, stem = memo[tokens[i].norm]
        start = span_start(tokens[i], prefix)
        iso = reg.nationality.get(tokens[i + 1].norm) if i + 1 < n and i + 1 not in covered else None
        if iso:
            eid = "delegation:" + iso
            if eid not in records:
                country = reg.entities.get(reg.country_entity.get(iso, ""))
                records[eid] = EntityRecord(eid, TYPES.government, "وفد " + (country.name if country else iso),
                                            f"{country.name_en} delegation" if country and country.name_en else None,
                                            country=iso)
            out.append(Span(i, i + 2, start, tokens[i + 1].end, eid, TYPES.government, "cue"))
            continue
        if stem in anaphors and not (i + 1 < n and tokens[i + 1].norm.startswith("ال")):
            named = [s.entity_id for s in out] or [m.entity_id for m in history[-_LOOK_BACK:]
                                                   if m.entity_id and m.entity_id.startswith("delegation:")]
            if named:
                out.append(Span(i, i + 1, start, tokens[i].end, named[-1], TYPES.government, "coreference"))
    return out, records


_SOCIETIES: dict[int, tuple] = {}


def _registry_societies(reg: Registry, key: tuple[str, ...]) -> dict[str, str]:
    """ISO -> the registry's organisation of that state whose name holds the society's words."""
    hit = _SOCIETIES.get(id(reg))
    if hit is None or hit[0] is not reg:
        hit = (reg, {})
        _SOCIETIES[id(reg)] = hit
    table = hit[1].get(key)
    if table is None:
        table = {}
        words = " ".join(key)
        for e in reg.entities.values():
            if e.type == TYPES.organisation and e.country and words in normalise(e.name):
                table.setdefault(e.country, e.id)
        hit[1][key] = table
    return table


def society_spans(sentence: Sentence, taken: list[Span], reg: Registry) -> tuple[list[Span], dict]:
    """وأعلن الهلال الأحمر الليبي، جمعية الهلال الأحمر اليمني -> that state's Red Crescent: a
    national society's name (entity_cues.json national_societies) and a nationality adjective,
    with a society head before it or not (society_heads), no registry name covering it: the
    registry's society of the state, else one node per state (red_crescent:<ISO>)."""
    cues = load_context_cues()
    societies = cues.national_societies
    firsts = {k[0] for k in societies}
    tokens, n = sentence.tokens, len(sentence.tokens)
    covered = covered_tokens(taken)
    out, records = [], {}
    for i, t in enumerate(tokens):
        if t.norm not in firsts or i in covered:
            continue
        key = next((k for k in societies if tuple(x.norm for x in tokens[i:i + len(k)]) == k), None)
        j = i + len(key) if key else i
        if key is None or j >= n or any(x in covered for x in range(i, j + 1)):
            continue
        iso = reg.nationality.get(tokens[j].norm)
        if not iso:
            continue
        start_i = i
        if i > 0 and i - 1 not in covered:
            head = reading_memo(cues.society_heads)[tokens[i - 1].norm]
            if head is not None:
                start_i = i - 1
        prefix = reading_memo(cues.society_heads)[tokens[start_i].norm][0] if start_i < i else ""
        eid = _registry_societies(reg, key).get(iso)
        if eid is None:
            ident, english = societies[key]
            eid = f"{ident}:{iso}"
            country = reg.entities.get(reg.country_entity.get(iso, ""))
            name = " ".join(x.text for x in tokens[i:j + 1])
            records.setdefault(eid, EntityRecord(eid, TYPES.organisation, name,
                                                 f"{country.name_en} {english}" if country and country.name_en else None,
                                                 country=iso))
        out.append(Span(start_i, j + 1, span_start(tokens[start_i], prefix), tokens[j].end, eid, TYPES.organisation, "cue"))
    return out, records


def state_government_spans(sentence: Sentence, taken: list[Span], reg: Registry) -> tuple[list[Span], dict]:
    """وأغلقت الحكومة الباكستانية المعبر -> the government of Pakistan: a government noun and a
    nationality adjective right after it (no registry name covering them) name that state's
    government: the registry's (the one الحكومة names), else one node per state, government:<ISO>
    (a Government), never the state itself (ontology/entity_cues.json ``government_heads``)."""
    memo = reading_memo(load_context_cues().government_heads)
    tokens, n = sentence.tokens, len(sentence.tokens)
    hits = list(itertools.compress(range(n), map(memo.__getitem__, sentence.norms)))     # (a reading is a pair)
    if not hits:
        return [], {}
    covered = covered_tokens(taken)
    generic = phrase_key(load_context_cues().government_generic)
    out, records = [], {}
    capital_of = {eid: iso for iso, eid in reg.capital.items()}
    for i in hits:
        if i in covered or i + 1 >= n:
            continue
        iso, end = (reg.nationality.get(tokens[i + 1].norm), i + 2) if i + 1 not in covered else (None, i + 2)
        if not iso:
            iso, end = _government_at_its_capital(sentence, i, taken, capital_of)
        if not iso:
            continue
        prefix, _ = memo[tokens[i].norm]
        start = span_start(tokens[i], prefix)
        known = [eid for c, eid in reg.generic.get(generic, ()) if c == iso]
        eid = known[0] if known else "government:" + iso
        if not known and eid not in records:
            country = reg.entities.get(reg.country_entity.get(iso, ""))
            name = sentence_text(sentence, start, tokens[end - 1].end)
            records[eid] = EntityRecord(eid, TYPES.government, "ال" + name[2:] if name.startswith("لل") else name,
                                        f"Government of {country.name_en}" if country and country.name_en else None,
                                        country=iso)
        out.append(Span(i, end, start, tokens[end - 1].end, eid, TYPES.government, "cue"))
    return out, records


def _government_at_its_capital(sentence: Sentence, i: int, taken: list[Span], capital_of: dict) -> tuple:
    """الحكومة في جوبا، الحكومة في كابول: a government noun, في and a state's capital (a registry
    name, nothing else read on في) name that state's government: (its ISO, the end of the
    capital's name), else (None, i)."""
    tokens = sentence.tokens
    if i + 2 >= len(tokens) or tokens[i + 1].norm != _FI:
        return None, i
    city = next((s for s in taken if s.i == i + 2 and s.source == "registry" and s.entity_id in capital_of), None)
    if city is None or any(s.i <= i + 1 < s.j for s in taken):
        return None, i
    return capital_of[city.entity_id], city.j


_FI = normalise("في")
