"""Arabic text processing: normalisation, tokenisation with offsets, sentence splitting and
proclitic-aware matching keys.

Normalisation (camel-tools): dediacritise, unify alef forms, alef maksura -> ya, teh marbuta ->
heh, drop tatweel. It is applied per token so that every token keeps its offsets in the
original text.
"""
from __future__ import annotations

import functools
import itertools
import re
import unicodedata

from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import (
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_teh_marbuta_ar,
)

from kg.types import AnalysedArticle, Article, Sentence, Token

TATWEEL = "\u0640"
# Format controls (zero-width, bidi marks and embeddings) carry no meaning for matching.
_FORMAT_CONTROLS = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad]")
_WORD = r"[\w\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200c\u200d]+"
_TOKEN = re.compile(rf"{_WORD}|[^\s\w]", re.UNICODE)
_TOKEN_SPLIT = re.compile(rf"({_TOKEN.pattern})", re.UNICODE)
# Sentence ends: . ! ? ؟ ; ؛ and line breaks; a dot between digits (3.5) is not an end.
_SENTENCE_END = re.compile(r"(?<!\d)[.!?؟;؛…]+(?!\d)|\n+")

_ALNUM = re.compile(r"[^\W_]")           # a character for which str.isalnum() is true
PROCLITIC_CONJ = ("و", "ف")
PROCLITIC_PREP = ("ب", "ل", "ك")


@functools.lru_cache(maxsize=200_000)
def normalise(text: str) -> str:
    """Normalised form for matching: no diacritics or tatweel, unified alef/ya/teh marbuta."""
    text = unicodedata.normalize("NFKC", text) if not text.isascii() else text
    text = _FORMAT_CONTROLS.sub("", text).replace(TATWEEL, "")
    text = normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(dediac_ar(text))))
    return text.casefold()


def normalise_text(text: str) -> str:
    """normalise() for long texts (sentences, articles): not cached, so that they never push the
    words out of the word cache."""
    return normalise.__wrapped__(text)


def normalise_phrase(text: str) -> str:
    """A phrase as a space-joined sequence of normalised tokens (punctuation kept as tokens)."""
    return " ".join(normalise(m.group()) for m in _TOKEN.finditer(text))


@functools.lru_cache(maxsize=100_000)
def phrase_key(text: str) -> tuple[str, ...]:
    """Normalised word tokens of a name, punctuation dropped: the key names are matched by."""
    return tuple(n for n in (normalise(m.group()) for m in _TOKEN.finditer(text)) if is_word(n))


def is_word(token: str) -> bool:
    return bool(token) and (token[0].isalnum() or token[0] == "_")


def tokenise(text: str, offset: int = 0) -> tuple[Token, ...]:
    """The words and punctuation marks of text, with their offsets (plus ``offset``) and norms.

    One regex split gives the forms and, between them, the white space; the offsets are their
    running lengths. No Python code runs per token: this is the pipeline's innermost loop."""
    pieces = _TOKEN_SPLIT.split(text)
    ends = list(itertools.accumulate(map(len, pieces), initial=offset))
    forms = pieces[1::2]
    fields = zip(ends[1::2], ends[2::2], forms, map(normalise, forms))
    return tuple(map(tuple.__new__, itertools.repeat(Token), fields))


@functools.lru_cache(maxsize=200_000)
def proclitic_variants(norm: str) -> tuple[tuple[str, str], ...]:
    """Ways to read a normalised token as proclitics + stem: ((prefix, stem), ...), the bare token first.

    Sees through و ف (conjunctions), ب ل ك (prepositions) and their combinations, and لل -> ال
    (للمرصد = ل + المرصد). Stems shorter than two letters are not offered.
    """
    out = [("", norm)]
    seen = {norm}

    def add(prefix, stem):
        if len(stem) >= 2 and stem not in seen:
            seen.add(stem)
            out.append((prefix, stem))

    heads = [("", norm)]
    if len(norm) > 2 and norm[0] in PROCLITIC_CONJ:
        heads.append((norm[0], norm[1:]))
    for conj, rest in heads:
        if conj:
            add(conj, rest)
        if rest.startswith("لل") and len(rest) > 3:
            add(conj + "ل", "ال" + rest[2:])
        if len(rest) > 2 and rest[0] in PROCLITIC_PREP:
            add(conj + rest[0], rest[1:])
    return tuple(out)


@functools.lru_cache(maxsize=200_000)
def variant_stems(norm: str) -> frozenset[str]:
    """The stems of proclitic_variants(norm), as a set: 'can this token be X?' in one C call."""
    return frozenset(stem for _, stem in proclitic_variants(norm))


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans (start, end) in text[start:end], split on Arabic and Latin punctuation
    and line breaks; spans are trimmed of surrounding white space and never empty."""
    end = len(text) if end is None else end
    spans, pos = [], start
    for m in _SENTENCE_END.finditer(text, start, end):
        spans.append((pos, m.end() if m.group()[0] != "\n" else m.start()))
        pos = m.end()
    spans.append((pos, end))
    out = []
    for s, e in spans:
        segment = text[s:e]
        stripped = segment.strip()             # str.strip() drops exactly the isspace() characters
        if stripped and _ALNUM.search(stripped):
            s += len(segment) - len(segment.lstrip())
            out.extend(_bounded(text, s, s + len(stripped)))
    return out


MAX_SENTENCE_CHARS = 1_000     # longer runs without punctuation are cut (see _bounded)
_SPACE_RUN = re.compile(r"\s+")


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A sentence span cut into spans of at most MAX_SENTENCE_CHARS, at the last white space
    before the limit (else anywhere), so that a text without punctuation costs the later
    stages time linear in its length: several of their steps compare every mention of a
    sentence with every other (real sentences in news are well under 1,000 characters)."""
    spans = []
    while end - start > MAX_SENTENCE_CHARS:
        limit = start + MAX_SENTENCE_CHARS
        cut = max((m for m in _SPACE_RUN.finditer(text, start + MAX_SENTENCE_CHARS // 2, limit)),
                  key=lambda m: m.start(), default=None)
        s_end, nxt = (cut.start(), cut.end()) if cut else (limit, limit)
        spans.append((start, s_end))
        start = nxt
    spans.append((start, end))
    return spans


def analyse(article: Article) -> AnalysedArticle:
    """Arabic stage: split the article body (not its boilerplate) into tokenised sentences."""
    text = article.text
    sentences = []
    for s, e in split_sentences(text):
        if _in_boilerplate(s, e, article.boilerplate):
            continue
        sentences.append(Sentence(len(sentences), s, e, text[s:e], tokenise(text[s:e], s)))
    return AnalysedArticle(article, tuple(sentences))


def _in_boilerplate(s: int, e: int, spans) -> bool:
    return any(bs <= s < be for bs, be in spans)
