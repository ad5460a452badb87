"""Arabic text helpers for the recogniser: normalisation, clitic splitting and offset-keeping tokenisation.

Everything here is a pure function of a string so the feature extractor can cache per word form.
"""
from __future__ import annotations

import functools
import itertools
import re
from typing import NamedTuple

_TATWEEL = "\u0640"
_BIDI_MARKS = "\u200e\u200f\u200c\u200d\ufeff"
#: camel-tools' Arabic diacritics (dediac_ar), alef variants (normalize_alef_ar) and alef maksura
#: (normalize_alef_maksura_ar) as one character table: one pass instead of three regex passes.
#: tests/ner/test_text.py checks it against those functions.
_DIACRITICS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670"
_ALEF_VARIANTS = "\u0625\u0623\u0671\u0622"
_NORMALISE = {**dict.fromkeys(map(ord, _BIDI_MARKS + _TATWEEL + _DIACRITICS), None),
              **dict.fromkeys(map(ord, _ALEF_VARIANTS), "\u0627"), ord("\u0649"): "\u064a"}

# A word is a run of letters/digits and the marks written inside words (harakat, superscript alef,
# tatweel, zero-width joiners); a decimal number keeps its separator; anything else is one character.
_TOKEN_RE = re.compile(
    r"\d+(?:[.,\u066b]\d+)+"
    r"|(?:[^\W_]+|[\u064b-\u065f\u0670\u0640\u200c\u200d]+)+"     # (runs inside the group: fewer steps)
    r"|\S"
)
_TOKEN_SPLIT = re.compile(f"({_TOKEN_RE.pattern})")

#: Proclitic sequences, longest first: conjunction (w/f), preposition (b/l/k), article (al), "ll" = l + al.
_PROCLITIC_RE = re.compile(r"^(?P<conj>[وف])?(?P<prep>[بلك])?(?P<art>ال)?(?P<stem>.+)$")
_LL_RE = re.compile(r"^(?P<conj>[وف])?(?P<ll>لل)(?P<stem>.+)$")
_MIN_STEM = 2


class Span(NamedTuple):
    """A token of raw text with its character offsets (``text[start:end] == form``). A named
    tuple: as frozen and typed as a dataclass, and cheaper to build (one per word of a text)."""
    start: int
    end: int
    form: str


@functools.lru_cache(maxsize=200_000)
def normalise(word: str) -> str:
    """Dediacritised, tatweel-free, alef forms -> bare alef, alef maksura -> ya (the NewsFANE spelling)."""
    return word.translate(_NORMALISE)


@functools.lru_cache(maxsize=200_000)
def split_proclitics(norm: str) -> tuple[str, str]:
    """(prefix, stem) of a normalised word, e.g. 'وبالقاهرة' -> ('وبال', 'قاهرة'), 'للامم' -> ('لل', 'امم').

    The stem keeps at least two letters so short words are left whole; ambiguous letters (a name
    that starts with ب or ل) are stripped all the same: the full word is a feature too.
    """
    m = _LL_RE.match(norm)
    if m and len(m["stem"]) >= _MIN_STEM:
        return (m["conj"] or "") + "لل", m["stem"]
    m = _PROCLITIC_RE.match(norm)
    if not m or len(m["stem"]) < _MIN_STEM:
        return "", norm
    prefix = "".join(x for x in (m["conj"], m["prep"], m["art"]) if x)
    return prefix, m["stem"]


def candidate_bases(norm: str) -> tuple[str, ...]:
    """Forms a clitic-laden word may take in a name list: itself, without و/ف, its stem with and without 'ال'.

    'ولبنان' -> ('ولبنان', 'لبنان', 'بنان'): the wrong split is harmless, only list hits matter.
    """
    out = [norm]
    if norm[:1] in "وف" and len(norm) > 3:
        out.append(norm[1:])
    prefix, stem = split_proclitics(norm)
    if prefix:
        if prefix.endswith(("ال", "لل")):
            out.append("ال" + stem)
        out.append(stem)
    return tuple(dict.fromkeys(out))


def tokenise(text: str) -> list[Span]:
    """Split raw text into words and single punctuation marks, keeping character offsets."""
    return [Span(m.start(), m.end(), m.group()) for m in _TOKEN_RE.finditer(text)]


class Layout(NamedTuple):
    """``tokenise`` without a Python object per token: the token forms, the white space before each
    token (``gaps[k]``; one gap more than forms, the last one trailing) and the running offsets
    (token k is ``text[offsets[2k]:offsets[2k + 1]]``). The recogniser needs offsets for a few tokens
    only, the words of the names it finds."""
    forms: list[str]
    gaps: list[str]
    offsets: list[int]

    def span(self, k: int) -> Span:
        return Span(self.offsets[2 * k], self.offsets[2 * k + 1], self.forms[k])


def layout(text: str) -> Layout:
    """The tokens of ``tokenise(text)``, laid out by one regex split (which matches as finditer does)."""
    pieces = _TOKEN_SPLIT.split(text)
    return Layout(pieces[1::2], pieces[0::2], list(itertools.accumulate(map(len, pieces))))


def is_arabic_word(token: str) -> bool:
    return bool(token) and all("\u0621" <= ch <= "\u064a" or ch in "\u0671\u0640" for ch in token)
