"""Matching names against an index of word tuples (the registry's names, its descriptions, the
cue words, the names an article found): a token-trie read through proclitics (للمرصد reads as
ل + المرصد), longest key first, with the per-token readings cached.

No pass of its own: the passes (registered, generic, cues, coreference) call ``match_at`` and
``reading_in``.
"""
from __future__ import annotations

from kg.arabic import is_word, proclitic_variants
from kg.language.words import DASHES
from kg.memo import Memo


class StartIndex:
    """What a token can start in a name index: the (proclitic prefix, stem, longest key length)
    readings of the token whose stem is the first word of some key. Most tokens start nothing, so
    this is the fast reject of every matcher, cached per normalised token (``starts_of[norm]``)."""

    def __init__(self, index):
        self.firsts: dict[str, int] = {}
        self.prefixes: set[tuple[str, ...]] = set()      # every key and every beginning of one
        for key in index:
            self.firsts[key[0]] = max(self.firsts.get(key[0], 0), len(key))
            self.prefixes.update(key[:n] for n in range(2, len(key) + 1))
        self.starts_of = Memo(self._readings_of)
        self.longest = max(self.firsts.values(), default=1)      # the longest key's length (asked per sentence)

    def _readings_of(self, norm: str) -> tuple:
        firsts = self.firsts
        return tuple((prefix, stem, firsts[stem]) for prefix, stem in proclitic_variants(norm) if stem in firsts)


def _built_for(cache: dict, table, build):
    """``build(table)``, once per long-lived table (the registry's and the cues' dicts and sets),
    rebuilt when the table grew. The table is kept beside its entry so that its id cannot be
    reused by another object while the entry exists."""
    entry = cache.get(id(table))
    if entry is None or entry[0] is not table or entry[1] != len(table):
        entry = (table, len(table), build(table))
        cache[id(table)] = entry
    return entry[2]


_START_INDEXES: dict[int, tuple] = {}
_READINGS: dict[int, tuple] = {}


def start_index(index) -> StartIndex:
    """The start index of a long-lived name index (the registry's)."""
    return _built_for(_START_INDEXES, index, StartIndex)


def reading_memo(table) -> Memo:
    """token form -> its first proclitic reading (prefix, stem) whose stem is in ``table``, or None."""
    return _built_for(_READINGS, table, lambda t: Memo(
        lambda norm: next(((p, st) for p, st in proclitic_variants(norm) if st in t), None)))


def reading_in(norm: str, table) -> tuple[str, str] | None:
    """The first proclitic reading (prefix, stem) of a token whose stem is in ``table``, or None."""
    return reading_memo(table)[norm]


def match_at(tokens, i, index, max_len, starts: StartIndex | None = None):
    """Longest key of ``index`` starting at token i (its first token read through proclitics).

    Returns (number of tokens spanned, proclitic prefix, index value) or None. A dash inside a
    name (الحركة الشعبية لتحرير السودان - شمال) is skipped. ``starts``: the index's start index
    (default: the cached one of a long-lived index)."""
    starts = starts or start_index(index)
    readings = starts.starts_of[tokens[i].norm]
    if not readings:
        return None
    best = None
    prefixes = starts.prefixes
    for prefix, stem, longest in readings:
        following, key, k = [], (stem,), i + 1
        limit = min(longest, max_len) - 1
        while len(following) < limit and k < len(tokens):
            norm = tokens[k].norm
            if norm in DASHES and k + 1 < len(tokens):
                k += 1
                continue
            if not is_word(norm) or key + (norm,) not in prefixes:
                break              # (no key goes on with this word)
            key += (norm,)
            following.append(k)
            k += 1
        for n in range(len(following), -1, -1):
            hit = index.get(key[:n + 1])
            if hit:
                length = (following[n - 1] + 1 - i) if n else 1
                if best is None or length > best[0]:
                    best = (length, prefix, hit)
                break
    return best


def with_proclitics(words) -> frozenset[str]:
    """Every written form of the words through the proclitics proclitic_variants reads (و ف, then
    ب ل ك, لل for ل + ال): a set a sentence's token forms are tested against in one C call
    (``isdisjoint``) before a pass reads the sentence token by token."""
    out = set()
    for w in words:
        bases = {w}
        bases |= {p + w for p in "بلك"}
        if w.startswith("ال"):
            bases.add("لل" + w[2:])
        out |= bases
        out |= {c + b for c in "وف" for b in bases}
    return frozenset(out)
