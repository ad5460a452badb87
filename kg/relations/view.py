"""A sentence's mentions indexed by token, and the small tests argument finding asks of them."""
from __future__ import annotations

from kg.arabic import normalise
from kg.language.lexicon import stems
from kg.language.words import ACTOR_TYPES, CLAUSE_BREAKS, DETACHED_PROCLITICS, PLACE_TYPES, QUOTES
from kg.language.names import GROUPS, TYPES
from kg.memo import Memo
from kg.types import Mention


class SentenceView:
    """Mentions of one sentence indexed by token, with helpers for argument finding."""

    def __init__(self, sentence, mentions: list[Mention]):
        self.sentence = sentence
        self.tokens = sentence.tokens
        self.nested = [m for m in mentions if m.source == "nested"]
        self.mentions = sorted((m for m in mentions if m.source != "nested"), key=lambda m: m.token_start)
        self.by_start = {m.token_start: m for m in self.mentions}
        self._cover: dict[int, Mention] = {}       # token -> the mention it lies in (only covered tokens)
        for m in reversed(self.mentions):          # the earliest-starting mention wins, as in a scan
            for k in range(m.token_start, min(m.token_end, len(self.tokens))):
                self._cover[k] = m
        # the two lookups asked most often, bound to their dicts' get: no Python call per lookup
        # (the methods below document them; these instance attributes shadow them)
        self.mention_at = self.by_start.get
        self.covering = self._cover.get
        self._stems: frozenset[str] | None = None
        self._token_stems: list[frozenset[str] | None] = list(map(_TOKEN_STEMS.__getitem__, sentence.norms))
        self.token_stems = self._token_stems.__getitem__   # (every entry is filled: see token_stems)
        self._words: frozenset[str] | None = None
        self._prefixes: dict[tuple, str] = {}
        self._absent: dict[int | str, tuple] = {}   # (word set id or a named test) -> (its key, answer)

    def mention_at(self, i) -> Mention | None:
        """The mention that starts at token i (not one that only covers it)."""
        return self.by_start.get(i)

    def covering(self, i) -> Mention | None:
        """The mention token i lies in (the earliest-starting one), None outside every mention."""
        return self._cover.get(i)

    def stem_set(self) -> frozenset[str]:
        """Every stem of every token (proclitics stripped): rules whose cue words are all absent
        from it need not scan the sentence."""
        if self._stems is None:
            self._stems = frozenset().union(*map(_STEM_SETS.__getitem__, self.sentence.norms))
        return self._stems

    def lacks(self, words: frozenset[str]) -> bool:
        """No stem of any token (proclitics stripped) is one of ``words`` (a long-lived word set,
        such as the first words of a lexicon's phrases): a rule looking for them can return at once.
        Answered once per sentence and word set."""
        hit = self._absent.get(id(words))
        if hit is None or hit[0] is not words:
            hit = self._absent[id(words)] = (words, self.stem_set().isdisjoint(words))
        return hit[1]

    def token_stems(self, k) -> frozenset[str]:
        """The stems of token k (proclitics stripped), each also without its article (الغارات ->
        غارات): what a word list is tested against."""
        got = self._token_stems[k]
        if got is None:
            got = self._token_stems[k] = _TOKEN_STEMS[self.tokens[k].norm]
        return got

    def word_set(self) -> frozenset[str]:
        """The union of every token's token_stems: a word list disjoint from it matches no token."""
        if self._words is None:
            self._words = frozenset().union(*self._token_stems)
        return self._words

    def is_break(self, i) -> bool:
        """Token i ends a clause (a comma, a full stop, a colon ...)."""
        return self.tokens[i].norm in CLAUSE_BREAKS


def _stems_without_article(norm: str) -> frozenset[str]:
    """والغارات -> الغارات، غارات: the stems of a normalised token, each also without ال."""
    out = set(stems(norm))
    out.update([s[2:] for s in out if s.startswith("ال") and len(s) > 3])
    return frozenset(out)


_TOKEN_STEMS = Memo(_stems_without_article)        # normalised token -> SentenceView.token_stems
_STEM_SETS = Memo(lambda norm: frozenset(stems(norm)))   # normalised token -> its stems, as a set (stem_set's parts)


_FIRST_WORD = Memo(lambda text: normalise(text).split()[0] if text.strip() else "")   # a mention's text -> its
                                                                                        # first word, normalised


def _prefix(view: SentenceView, m: Mention) -> str:
    """The proclitics before a mention in its first token (وبـ، لـ ...); للمرصد counts as لـ."""
    key = (m.token_start, m.token_end, m.text)     # not id(m): a short-lived mention's id is reused
    hit = view._prefixes.get(key)
    if hit is None:
        hit = view._prefixes[key] = _read_prefix(view, m)
    return hit


def _read_prefix(view: SentenceView, m: Mention) -> str:
    """وبحمص -> وب: the proclitics of a mention's first token (the cache of ``_prefix`` reads it)."""
    tok = view.tokens[m.token_start]
    first = _FIRST_WORD[m.text]
    prefix = tok.norm[:len(tok.norm) - len(first)] if first and tok.norm.endswith(first) else ""
    if first.startswith("لل") and len(first) > 3:
        prefix += "ل"
    if not prefix:
        prefix = detached_proclitics(view, m.token_start)
    return prefix


def detached_proclitics(view: SentenceView, start: int) -> str:
    """لـ«قوات سوريا الديمقراطية»، وبـ"الجيش": the proclitics written apart (with a tatweel) before
    a name and its opening quotes: those proclitics, else ""."""
    k = start - 1
    while k >= 0 and view.tokens[k].norm in QUOTES:
        k -= 1
    if k < 0 or view.tokens[k].norm not in DETACHED_PROCLITICS or not view.tokens[k].text.endswith("ـ"):
        return ""
    return view.tokens[k].norm


def _ok_type(m: Mention, kind: str) -> bool:
    """The mention is of the kind a trigger wants as object: place, facility, site (where people
    are held or freed: a facility, town or region, never a country, أفرجت حماس عن أسرى في مدينة
    غزة), actor or (any) anything but an outlet."""
    if kind == "place":
        return m.type in PLACE_TYPES
    if kind == "facility":
        return m.type == TYPES.facility
    if kind == "site":
        return m.type in GROUPS.local_places
    if kind == "actor":
        return m.type in ACTOR_TYPES
    return m.type != TYPES.outlet

