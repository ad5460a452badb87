"""Arabic text processing: normalisation, tokenisation with offsets, sentence splitting and
proclitic-aware matching keys.

Normalisation (camel-tools): dediacritise, unify alef forms, alef maksura -> ya, teh marbuta ->
heh, drop tatweel. It is applied per token so that every token keeps its offsets in the
original text.

camel-tools' four normalisers each map one character to at most one, so together they are one
table (applied as one regex of dropped characters and a few replacements). Importing them costs ~0.6 s (``camel_tools.utils.charsets`` scans all of
Unicode at import), so the table is built from camel-tools once per camel-tools version and kept
on disk: ``normaliser_table.json`` in the package for the version it was built with, else a copy
in the user cache directory written on first use (tests compare it with camel-tools' output).
"""
from __future__ import annotations

import functools
import itertools
import json
import os
import re
import unicodedata
from pathlib import Path

import camel_tools

from kg.memo import cache_dir
from kg.types import AnalysedArticle, Article, Sentence, Token

TATWEEL = "\u0640"
# Format controls (zero-width, bidi marks and embeddings) carry no meaning for matching.
_FORMAT_CONTROL_RANGES = ((0x200B, 0x200F), (0x202A, 0x202E), (0x2066, 0x2069), (0xFEFF, 0xFEFF), (0x00AD, 0x00AD))
_WORD = r"[\w\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200c\u200d]+"
_TOKEN = re.compile(rf"{_WORD}|[^\s\w]", re.UNICODE)
_TOKEN_SPLIT = re.compile(rf"({_TOKEN.pattern})", re.UNICODE)
# Sentence ends: . ! ? ؟ ; ؛ and line breaks; a dot between digits (3.5) is not an end.
# _SENTENCE_END_PLAIN as written; _SENTENCE_END matches the same spans, written to open on a
# character class, so that a search skips to the next candidate character at C speed instead of
# trying the look-behind at every position (5x faster on article text; a test compares them).
_SENTENCE_END_PLAIN = re.compile(r"(?<!\d)[.!?؟;؛…]+(?!\d)|\n+")
_SENTENCE_END = re.compile(r"[.!?؟;؛…\n](?:(?<=\n)\n*|(?<!\d[.!?؟;؛…])[.!?؟;؛…]*(?!\d))")

_ALNUM = re.compile(r"[^\W_]")           # a character for which str.isalnum() is true
PROCLITIC_CONJ = ("و", "ف")
PROCLITIC_PREP = ("ب", "ل", "ك")


SHIPPED_TABLE = Path(__file__).with_name("normaliser_table.json")


def camel_normaliser():
    """camel-tools' own normaliser, as this module applies it (imports camel-tools' tables: ~0.6 s)."""
    from camel_tools.utils.dediac import dediac_ar
    from camel_tools.utils.normalize import normalize_alef_ar, normalize_alef_maksura_ar, normalize_teh_marbuta_ar

    def camel(text: str) -> str:
        return normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(dediac_ar(text))))
    return camel


def build_camel_table() -> dict[str, str]:
    """{character: replacement ('' = dropped)} for every character camel_normaliser() changes,
    found by running it on each code point (its rules are per character: a test checks on text)."""
    camel = camel_normaliser()
    table = {}
    for block in range(0, 0x110000, 256):
        chars = [chr(c) for c in range(block, block + 256) if not 0xD800 <= c <= 0xDFFF]   # no surrogates
        if camel("".join(chars)) == "".join(chars):
            continue                                   # a per-character rule changed nothing here
        for char in chars:
            out = camel(char)
            if out != char:
                table[char] = out
    return table


def write_camel_table(path: Path = SHIPPED_TABLE) -> Path:
    """Write build_camel_table() for the installed camel-tools version to ``path``."""
    data = {"camel_tools": camel_tools.__version__, "table": build_camel_table()}
    from kg.fsutil import atomic_open
    with atomic_open(path, "w", encoding="utf-8") as fh:
        fh.write(json.dumps(data, ensure_ascii=False, sort_keys=True, indent=0))
    return path


def _user_table_path() -> Path:
    return cache_dir() / f"normaliser_table-camel_tools-{camel_tools.__version__}.json"


def _read_table(path: Path) -> dict[str, str] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data["table"] if data.get("camel_tools") == camel_tools.__version__ else None


@functools.lru_cache(maxsize=1)
def camel_table() -> dict[str, str]:
    """build_camel_table() for the installed camel-tools: the shipped copy when it was built with
    this version, else the user cache's, else built now (and cached when the directory is writable)."""
    table = _read_table(SHIPPED_TABLE)
    if table is None:
        user = _user_table_path()
        table = _read_table(user)
        if table is None:
            table = build_camel_table()
            try:
                write_camel_table(user)
            except OSError:
                pass                                   # read-only home: built again next time
    return table


@functools.lru_cache(maxsize=1)
def _rules() -> tuple[re.Pattern, tuple[tuple[str, str], ...]]:
    """camel_table() as one regex of the characters dropped (with format controls and tatweel) and
    the single-character replacements: a regex and str.replace run at C speed on long texts, where
    str.translate looks every character up in a dict. Replacements give plain letters, never a
    dropped character or another replacement's source, so dropping first changes nothing."""
    table = camel_table()
    dropped = {c for c, r in table.items() if not r} | {TATWEEL}
    for first, last in _FORMAT_CONTROL_RANGES:
        dropped.update(map(chr, range(first, last + 1)))
    drop = re.compile("[" + "".join(re.escape(c) for c in sorted(dropped)) + "]")
    return drop, tuple(sorted((c, r) for c, r in table.items() if r))


@functools.lru_cache(maxsize=200_000)
def normalise(text: str) -> str:
    """Normalised form for matching: no diacritics or tatweel, unified alef/ya/teh marbuta."""
    if text.isascii():
        return text.casefold()
    drop, replacements = _rules()
    text = drop.sub("", unicodedata.normalize("NFKC", text))
    for old, new in replacements:
        if old in text:
            text = text.replace(old, new)
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
    (للمرصد = ل + المرصد; للواء = ل + اللواء, where the stem itself opens on ل). Stems shorter
    than two letters are not offered.
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
            add(conj + "ل", "ال" + rest[1:])     # للواء = ل + اللواء، للجنة = ل + اللجنة (a stem opening on ل)
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
        if _abbreviation_dot(text, m.start(), m.end(), end):
            continue
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


@functools.lru_cache(maxsize=1)
def title_abbreviations() -> frozenset[str]:
    """Words shortened with a dot that ends no sentence (د. أحمد), from ontology/abbreviations.json."""
    from ontology import path
    words = json.loads(path("abbreviations.json").read_text(encoding="utf-8"))
    return frozenset(normalise(w) for w in words["title_abbreviations"])


def _abbreviation_dot(text: str, start: int, end: int, limit: int) -> bool:
    """A single dot after an abbreviation, followed on the same line by a word, is no end:
    وقال د. أحمد سالم إن ... / أ.د. سامي (a number before it, 2024 م., keeps the end)."""
    if end - start != 1 or text[start] != ".":
        return False
    word_start = start
    while word_start > 0 and (text[word_start - 1].isalpha() or _is_mark(text[word_start - 1])):
        word_start -= 1
    if word_start == start or normalise(text[word_start:start]) not in title_abbreviations():
        return False
    before = text[max(0, word_start - 12):word_start].rstrip()
    if before and before[-1].isdigit():
        return False
    after = end
    while after < limit and text[after] in " \t\u00a0":
        after += 1
    return after < limit and text[after].isalpha()


def _is_mark(ch: str) -> bool:
    return unicodedata.category(ch) == "Mn" or ch == TATWEEL


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
