"""Who a sentence credits (وفقاً لـ، نقلت X عن، قال ... لـX، a speaker) and whether it hedges."""
from __future__ import annotations

import itertools

from kg.arabic import is_word
from kg.relations.lexicon import stems
from kg.relations.view import _prefix
from kg.relations.words import ANAPHORIC_SOURCES

_COMPLEMENTISERS = frozenset({"ان", "انه", "انها", "انهم", "بان", "بانه", "بانها"})


class Attribution:
    """Mixin of RelationExtractor."""

    def _attributions(self) -> dict[int, tuple[str, str]]:
        """Sentence index -> (entity id, how) of the outlet or speaker a sentence credits."""
        out: dict[int, tuple[str, str]] = {}
        L = self.lex.lists
        pending_back: list[int] = []
        previous = None
        for view in self.views:
            found = self._sentence_source(view, L) or self._continued_report(view, L, previous)
            previous = found
            i = view.sentence.index
            if found:
                out[i] = found
                if self._only_attribution(view):
                    for j in reversed(pending_back):
                        out.setdefault(j, found)
                    pending_back = []
                    continue
            pending_back = [i] if not found else []
            if "\n" in self.article.text[view.sentence.end:view.sentence.end + 2]:
                pending_back = [i] if not found else []
        return out

    def _reported_speech_start(self, view) -> int | None:
        """Index of the complementiser (إن، أن، بأن) that opens what a reporting verb reports."""
        if view.stem_set().isdisjoint(self.lex.lists["reporting_verbs"]):
            return None
        reporting, seen_verb = self.lex.lists["reporting_verbs"], False
        for k, tok in enumerate(view.tokens):
            if not reporting.isdisjoint(stems(tok.norm)):
                seen_verb = True
            elif seen_verb and tok.norm in _COMPLEMENTISERS:
                return k
        return None

    def _continued_report(self, view, L, previous):
        """وأضاف/وأشار إلى أن ... with no new speaker: the previous sentence's source goes on."""
        words = list(itertools.islice((t for t in view.tokens if is_word(t.norm)), 3))
        if previous is None or len(words) < 2:
            return None
        if any(s in L["reporting_verbs"] for s in stems(words[0].norm)) and \
                words[1].norm in ("الي", "ان", "انه", "انها", "بان", "في", "علي") + ANAPHORIC_SOURCES:
            return previous        # وأضاف أن / وأشار إلى أن / وذكرت المصادر أن: the same source goes on
        return None

    def _paragraph_break_before(self, view) -> bool:
        idx = view.sentence.index
        if idx == 0:
            return True
        prev = self.views[idx - 1].sentence
        return "\n" in self.article.text[prev.end:view.sentence.start]

    def _only_attribution(self, view) -> bool:
        words = [t for t in view.tokens if is_word(t.norm)]
        return len(words) <= 7 and any(m.type == "MediaOutlet" for m in view.mentions)

    def _sentence_source(self, view, L):
        tokens = view.tokens
        for m in view.mentions:
            if m.type != "MediaOutlet":
                continue
            k = m.token_start
            p = _prefix(view, m)
            before = [t.norm for t in tokens[max(0, k - 3):k]]
            befores = {s for w in before for s in stems(w)}
            if befores & L["source_preps"] or any(w in ("عن", "ما") for w in before[-1:]):
                return m.entity_id, "according_to"
            if befores & L["reporting_verbs"]:
                return m.entity_id, "reported_by"
            if p.endswith("ل") and any(s in L["reporting_verbs"] for w in (t.norm for t in tokens[:k]) for s in stems(w)):
                return m.entity_id, "told_to"
        for m in view.mentions:
            if m.type not in ("Person", "MediaOutlet") or m.token_start == 0:
                continue
            before = [t.norm for t in tokens[max(0, m.token_start - 3):m.token_start]]
            if {s for w in before for s in stems(w)} & L["reporting_verbs"]:
                return m.entity_id, "speaker"
        return None

    def _hedge_positions(self, view) -> list[int]:
        """Token positions of hedging cues (على ما يبدو، يعتقد، أنباء عن ...); a claim is hedged
        when one stands just before or right after its trigger."""
        by_first = self.lex.hedges_by_first
        if view.stem_set().isdisjoint(by_first):
            return []
        norms = [t.norm for t in view.tokens]
        out = []
        for i in [i for i, ok in enumerate(map(self.lex.hedge_starts.__getitem__, norms)) if ok]:
            for st in stems(norms[i]):
                for h in by_first.get(st, ()):
                    if tuple(norms[i + 1:i + len(h)]) == h[1:]:
                        out.append(i)
        return sorted(set(out))
