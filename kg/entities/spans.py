"""Spans: the candidate mentions the passes of the entities stage find, and the few helpers every
pass uses on them (where a name starts inside a token, which tokens the spans cover, overlaps).

A pass never edits a span it was given: it returns new spans (and, for the one pass that reads
spans anew, their replacements) and the driver (kg.entities.driver) joins them
(tests/entities/test_driver.py checks it). Spans stay a plain dataclass rather than a frozen
one: the passes read their fields in every inner loop, and a frozen or tuple record reads and
builds slower.
"""
from __future__ import annotations

from dataclasses import dataclass

from kg.arabic import normalise
from kg.types import Sentence, Token


@dataclass
class Span:
    """A candidate mention while the stage works: tokens i..j of the sentence, characters
    start..end of the article, the entity it resolves to (None until chosen), how it was found
    (``source``: registry, nested, generic, cue, ner, coreference, adjective) and, for a registry
    name, the registry entries it may be (``candidates``)."""
    i: int
    j: int
    start: int
    end: int
    entity_id: str | None
    type: str | None
    source: str
    candidates: tuple = ()
def as_nested(span: Span) -> Span:
    """The same name read as nested inside a longer one (its relation can still be read)."""
    return Span(span.i, span.j, span.start, span.end, span.entity_id, span.type, "nested", span.candidates)


def widened(span: Span, i: int, start: int) -> Span:
    """The same name, starting earlier: at token i, character start (a cue joining it)."""
    return Span(i, span.j, start, span.end, span.entity_id, span.type, span.source, span.candidates)


def _letters_offset(surface: str, n_letters: int) -> int:
    """Index in surface after n base letters (diacritics and tatweel do not count)."""
    seen = 0
    for k, ch in enumerate(surface):
        if seen == n_letters:
            return k
        if normalise(ch):
            seen += 1
    return len(surface)


def span_start(tok: Token, prefix: str) -> int:
    """Where a name starts inside a token after its proclitics. For لل (للمرصد = ل + المرصد) the
    span keeps the whole لل so that its text still reads as the name through the clitic."""
    if not prefix:
        return tok.start
    if prefix.endswith("ل") and tok.norm[len(prefix) - 1:len(prefix) + 1] == "لل":
        prefix = prefix[:-1]
    return tok.start + _letters_offset(tok.text, len(prefix))


def covers(spans, k: int) -> bool:
    """Whether one of the spans covers token k."""
    for s in spans:
        if s.i <= k < s.j:
            return True
    return False


def covered_tokens(spans) -> set[int]:
    """Token indices the spans cover (for loops that would ask ``covers`` of every token)."""
    return {k for s in spans for k in range(s.i, s.j)}


def sentence_text(sentence: Sentence, start: int, end: int) -> str:
    """The text of article characters start..end, read from the sentence that holds them."""
    return sentence.text[start - sentence.start:end - sentence.start]


def drop_overlaps(spans: list[Span]) -> list[Span]:
    """Of spans that overlap, the longest (then the earliest) is kept; the rest in token order."""
    if len(spans) < 2:
        return list(spans)
    by_start = sorted(spans, key=lambda s: s.i)
    if by_start[-1].i < by_start[-1].j and all(a.i < a.j <= b.i for a, b in zip(by_start, by_start[1:])):
        return by_start            # the common case: nothing overlaps, every span is kept
    out = []
    for s in sorted(spans, key=lambda s: (-(s.j - s.i), s.i)):
        if not any(s.i < o.j and o.i < s.j for o in out):
            out.append(s)
    return sorted(out, key=lambda s: s.i)
