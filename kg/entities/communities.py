"""Groups the news names by the community they come from, not by a name of their own: مجموعات
درزية مسلحة، العشائر البدوية، مجموعات محلية من الدروز، عشائر البدو، and the community's plural
alone (اشتبك الدروز): one node per community, its armed men (ontology/entity_cues.json
``communities``, ``community_heads``, ``community_fillers``).

A token is read only when it is a group noun or a community's plural (one set lookup); the words
after it are read a few at a time.
"""
from __future__ import annotations

import functools

from kg.entities.matching import reading_memo
from kg.entities.spans import Span, covered_tokens, span_start
from kg.language.cues import load_context_cues
from kg.language.names import TYPES
from kg.types import EntityRecord, Sentence

_FILLERS_AT_MOST = 2          # مجموعات محلية مسلحة درزية: adjectives between the noun and the community's


class _Tables:
    """The community data as the pass reads it: plurals, adjectives (-> the community's plural),
    group nouns, fillers, and the words a reading may start at."""

    def __init__(self):
        cc = load_context_cues()
        self.communities = cc.communities
        self.nouns = frozenset(cc.communities)
        self.adjectives = {a: k for k, v in cc.communities.items() for a in v["adjectives"]}
        self.heads = cc.community_heads
        self.fillers = cc.community_fillers
        self.first = reading_memo(self.nouns | self.heads)


@functools.lru_cache(maxsize=1)
def _tables() -> _Tables:
    return _Tables()


def community_spans(sentence: Sentence, taken: list[Span]) -> tuple[list[Span], dict]:
    """مجموعات درزية مسلحة، مسلحين من العشائر البدوية، الدروز -> the community's group (an
    ArmedGroup whose id is the community's plural: one node for all its descriptions)."""
    tables = _tables()
    if not tables.communities:
        return [], {}
    tokens, out, records = sentence.tokens, [], {}
    covered = covered_tokens(taken)
    i = 0
    while i < len(tokens):
        hit = tables.first[tokens[i].norm] if i not in covered else None
        found = described_community(tokens, i, hit[1], covered, tables) if hit else None
        if found is None:
            i += 1
            continue
        key, j = found
        eid = "name:" + key
        start = span_start(tokens[i], hit[0])
        out.append(Span(i, j, start, tokens[j - 1].end, eid, TYPES.armed_group, "cue"))
        if eid not in records:
            records[eid] = EntityRecord(eid, TYPES.armed_group, key, tables.communities[key]["en"])
        i = j
    return out, records


def described_community(tokens, i: int, stem: str, covered: set[int], tables: _Tables) -> tuple[str, int] | None:
    """(the community's plural, the end token) of a description starting at token i, whose stem
    is a group noun or a community's plural; None when no community follows."""
    n = len(tokens)
    if stem in tables.nouns:                      # الدروز
        return (stem, i + 1) if tables.communities[stem]["alone"] else None
    k = i + 1
    if k < n and k not in covered and tokens[k].norm in tables.nouns:
        return tokens[k].norm, k + 1              # عشائر البدو
    found = _adjective_after(tokens, k, covered, tables)
    if found is not None:
        return found                              # مجموعات درزية مسلحة، العشائر البدوية
    while k < n and k - i <= _FILLERS_AT_MOST and k not in covered and tokens[k].norm in tables.fillers:
        k += 1
    found = _adjective_after(tokens, k, covered, tables) if k > i + 1 else None
    if found is not None:
        return found                              # فصائل محلية درزية
    if k < n and tokens[k].norm == "من" and k + 1 < n and k + 1 not in covered:
        m, after = k + 1, tokens[k + 1].norm
        if after in tables.nouns:
            return after, m + 1                   # مجموعات محلية من الدروز
        if after in tables.heads:
            return _adjective_after(tokens, m + 1, covered, tables)   # مسلحين من العشائر البدوية
    return None


def _adjective_after(tokens, k: int, covered: set[int], tables: _Tables) -> tuple[str, int] | None:
    """A community's adjective at token k (and the fillers after it: درزية مسلحة): (the
    community's plural, the end token), else None."""
    if k >= len(tokens) or k in covered:
        return None
    key = tables.adjectives.get(tokens[k].norm)
    if key is None:
        return None
    j = k + 1
    while j < len(tokens) and j - k <= _FILLERS_AT_MOST and j not in covered and tokens[j].norm in tables.fillers:
        j += 1
    return key, j
