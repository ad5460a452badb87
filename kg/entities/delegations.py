"""Delegations named by their state's adjective (وفد إسرائيلي، وفدا تركيا، الوفد المصري): one
node per state, delegation:<ISO> (a Government), and the definite noun alone (الوفد) is the
delegation the article named last (ontology/entity_cues.json ``delegation_heads``,
``delegation_anaphors``).

A token is read only when it is a delegation noun (one memo lookup); the pass is gated by a set
lookup on the sentence's words (driver).
"""
from __future__ import annotations

from kg.entities.matching import reading_memo
from kg.entities.spans import Span, covered_tokens, span_start
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
    hits = [i for i, t in enumerate(tokens) if memo[t.norm] is not None]
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
