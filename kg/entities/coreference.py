"""Coreference: a definite head (المدينة، الحزب، العاصمة ...) is the latest compatible entity the
article named (``anaphor_spans``, a pass per sentence), and a name found once by a cue or the
recogniser is that name wherever else the article uses it (``propagate_names``, on the whole
article's mentions).
"""
from __future__ import annotations

from kg.arabic import normalise, variant_stems
from kg.entities.context import capital_country, nationality_of
from kg.entities.matching import StartIndex, match_at, reading_memo
from kg.entities.names import bare_words
from kg.entities.spans import Span, covered_tokens, sentence_text, span_start
from kg.language.cues import Cues
from kg.language.words import PLACE_TYPES
from kg.language.names import TYPES
from kg.registry import Registry
from kg.types import Mention, Sentence


def anaphor_spans(sentence: Sentence, taken: list[Span], history: list[Mention], cues: Cues, reg: Registry,
                  article_country: str | None) -> list[Span]:
    """Definite heads (المدينة، الحزب، العاصمة ...) resolved to the latest compatible entity."""
    tokens, out = sentence.tokens, []
    covered = covered_tokens(taken)
    anaphor_of = reading_memo(cues.anaphors)
    for i, t in enumerate(tokens):
        reading = anaphor_of[t.norm]
        if reading is None or i in covered:
            continue
        p, stem = reading
        adj = nationality_of(tokens[i + 1].norm, reg) if i + 1 < len(tokens) else None
        after = i + 2 if adj else i + 1
        rule = cues.anaphors[stem]
        if after < len(tokens) and any(s.i == after and (s.type in rule["types"] or rule.get("capital"))
                                       for s in taken):
            continue           # العاصمة (اليمنية) صنعاء: an apposition, not an anaphor
        earlier = [Mention("", sentence.index, s.start, s.end, sentence_text(sentence, s.start, s.end),
                           s.entity_id, s.type, s.source, s.i, s.j)
                   for s in sorted(taken + out, key=lambda s: s.i) if s.j <= i and s.entity_id and s.type]
        target = _antecedent(rule, history + earlier, reg, adj or article_country, sentence.index,
                             stated=adj is not None)
        if target:
            out.append(Span(i, i + 1, span_start(t, p), t.end, target[0], target[1], "coreference"))
    return out


def _antecedent(rule, history, reg, country, current: int, stated: bool = False):
    """(entity id, type) an anaphor's rule (cues.json: the types it may name, the heads that
    name them, a default per country) picks among the mentions before it, or None. العاصمة:
    ``_capital_antecedent``. Else a place of the last two sentences (one named with the
    anaphor's head first), else the latest mention of its types named with its head, else (a
    rule without heads) the latest of its types among the last 12 mentions, else the default."""
    if rule.get("capital"):
        return _capital_antecedent(history, reg, country, stated)
    default = rule.get("default", {}).get(country or "")

    def headed(m):
        words = bare_words(m.text)
        return not rule["heads"] or any(h in words or "ال" + h in words or normalise(m.text).startswith(h)
                                        for h in rule["heads"])
    if set(rule["types"]) <= PLACE_TYPES and history and not rule.get("prefer_head"):
        recent = []
        for m in reversed(history):
            if m.sentence < current - 2:
                break
            if m.type in rule["types"] and m.source not in ("coreference", "nested"):
                recent.append(m)
        # المحافظة after محافظة درعا ... ريف درعا: a place named with the anaphor's head first
        hit = next((m for m in recent if headed(m)), None) or (recent[0] if recent else None)
        if hit is not None:
            return hit.entity_id, hit.type
    for m in reversed(history):
        if m.type in rule["types"] and m.source not in ("coreference", "nested") and headed(m):
            return m.entity_id, m.type
    for m in reversed(history[-12:]):
        if m.type in rule["types"] and not rule["heads"]:
            return m.entity_id, m.type
    if default in reg.entities:
        return default, reg.entities[default].type      # القطاع in a Palestinian story
    return None


def _capital_antecedent(history, reg, country, stated: bool):
    """العاصمة: the capital of the state an adjective names (العاصمة السورية), else the capital
    the article named last, else the capital of the article's country."""
    if not stated:
        for m in reversed(history):
            if m.type == TYPES.city and m.source != "coreference" and capital_country(m.entity_id, reg):
                return m.entity_id, m.type
    if country in reg.capital:
        cap = reg.capital[country]
        return cap, reg.entities[cap].type
    return None


def propagate_names(sentences, mentions: list[Mention], entities: dict, article) -> list[Mention]:
    """A name found once in an article (by a cue or the recogniser) is that name wherever else the
    article uses it: بلدة بيتونيا ... في بيتونيا."""
    index: dict[tuple[str, ...], str] = {}
    for m in mentions:
        if m.source in ("cue", "ner") and m.entity_id.startswith("name:"):
            key = tuple(m.entity_id[5:].split("_"))
            if key and all(len(w) >= 2 for w in key):
                index[key] = m.entity_id
    if not index:
        return mentions
    longest = max(len(k) for k in index)
    starts = StartIndex(index)          # per article: never cached by id
    covered = {(m.sentence, k) for m in mentions for k in range(m.token_start, m.token_end)}
    extra = []
    firsts = starts.firsts.keys()
    for sent in sentences:
        tokens, end = sent.tokens, 0
        for i in [i for i, t in enumerate(tokens) if not firsts.isdisjoint(variant_stems(t.norm))]:
            if i < end or (sent.index, i) in covered:       # (only these tokens can start a name)
                continue
            hit = match_at(tokens, i, index, longest, starts)
            if hit is None:
                continue
            length, prefix, eid = hit
            j = i + length
            if any((sent.index, k) in covered for k in range(i, j)):
                continue
            start = span_start(tokens[i], prefix)
            record = entities[eid]
            extra.append(Mention(article.id, sent.index, start, tokens[j - 1].end,
                                 article.text[start:tokens[j - 1].end], eid, record.type, "propagated", i, j))
            end = j
    return sorted(mentions + extra, key=lambda m: (m.sentence, m.token_start))
