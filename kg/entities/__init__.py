"""Entities stage: find mentions and resolve each to an entity.

In order: registry names (proclitic-aware, longest match), generic descriptions resolved by
the article's context country (الجيش in a Sudan article is the Sudanese army), names that a cue
introduces (مدينة X، جماعة X، القيادي X ...), countryside regions (ريف حلب الغربي), and
definite anaphors (المدينة، الحزب، العاصمة ...) resolved to the latest compatible entity.
"""
from __future__ import annotations

import bisect
import dataclasses
import functools
from collections import Counter
from dataclasses import dataclass

from kg.arabic import is_word, normalise, phrase_key, proclitic_variants, variant_stems
from kg.entities.context import (adjective_country_spans, armies_for_states, capital_country,
                                 merge_person_aliases, nationality_of, national_army_spans, resolve_metonyms,
                                 signals)
from kg.language.cues import Cues, load_context_cues, load_cues
from kg.language.lexicon import load_lexicon
from kg.language.words import (ARMED_WORDS, COMPOUND_NAME_ENDS, DASHES, DIRECTION_BASE, DIRECTION_NAMES_EN,
                               FACILITY_ADJECTIVES, LIST_SEPARATORS, NISBA_ENDINGS, NON_NAME_STARTS, OFFICE_ADJECTIVES,
                               PLACE_TYPES, PREPOSITIONS, QUOTES, SPEAKER_NAME_ENDS)
from kg.memo import Memo
from kg.registry import Registry, common_words, load_registry
from kg.types import AnalysedArticle, EntityRecord, Mention, ResolvedArticle, Sentence, Token



@dataclass
class Span:
    """A candidate mention while the stage works (token indices within the sentence)."""
    i: int
    j: int
    start: int
    end: int
    entity_id: str | None
    type: str | None
    source: str
    candidates: tuple = ()


def _letters_offset(surface: str, n_letters: int) -> int:
    """Index in surface after n base letters (diacritics and tatweel do not count)."""
    seen = 0
    for k, ch in enumerate(surface):
        if seen == n_letters:
            return k
        if normalise(ch):
            seen += 1
    return len(surface)


def _span_start(tok: Token, prefix: str) -> int:
    """Where a name starts inside a token after its proclitics. For لل (للمرصد = ل + المرصد) the
    span keeps the whole لل so that its text still reads as the name through the clitic."""
    if not prefix:
        return tok.start
    if prefix.endswith("ل") and tok.norm[len(prefix) - 1:len(prefix) + 1] == "لل":
        prefix = prefix[:-1]
    return tok.start + _letters_offset(tok.text, len(prefix))


class _StartIndex:
    """What a token can start in a name index: the (proclitic prefix, stem, longest key length)
    readings of the token whose stem is the first word of some key. Most tokens start nothing, so
    this is the fast reject of every matcher, cached per normalised token (``starts_of[norm]``)."""

    def __init__(self, index):
        self.firsts: dict[str, int] = {}
        self.prefixes: set[tuple[str, ...]] = set()      # every key and every beginning of one
        for key in index:
            self.firsts[key[0]] = max(self.firsts.get(key[0], 0), len(key))
            self.prefixes.update(key[:n] for n in range(2, len(key) + 1))
        self.starts_of = Memo(self._readings)

    def _readings(self, norm: str) -> tuple:
        firsts = self.firsts
        return tuple((prefix, stem, firsts[stem]) for prefix, stem in proclitic_variants(norm) if stem in firsts)

    @property
    def longest(self) -> int:
        return max(self.firsts.values(), default=1)


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


def _start_index(index) -> _StartIndex:
    """The start index of a long-lived name index (the registry's)."""
    return _built_for(_START_INDEXES, index, _StartIndex)


def _readings(table) -> Memo:
    """token form -> its first proclitic reading (prefix, stem) whose stem is in ``table``, or None."""
    return _built_for(_READINGS, table, lambda t: Memo(
        lambda norm: next(((p, st) for p, st in proclitic_variants(norm) if st in t), None)))


def _reading_in(norm: str, table) -> tuple[str, str] | None:
    """The first proclitic reading (prefix, stem) of a token whose stem is in ``table``, or None."""
    return _readings(table)[norm]


def _match_at(tokens, i, index, max_len, starts: _StartIndex | None = None):
    """Longest key of ``index`` starting at token i (its first token read through proclitics).

    Returns (number of tokens spanned, proclitic prefix, index value) or None. A dash inside a
    name (الحركة الشعبية لتحرير السودان - شمال) is skipped. ``starts``: the index's start index
    (default: the cached one of a long-lived index)."""
    starts = starts or _start_index(index)
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


def registry_spans(sentence: Sentence, reg: Registry) -> list[Span]:
    tokens, spans, i = sentence.tokens, [], 0
    starts = _start_index(reg.index)
    can_start = starts.starts_of.__getitem__
    while i < len(tokens):
        if not can_start(tokens[i].norm):      # the common case: no name starts here
            i += 1
            continue
        m = _match_at(tokens, i, reg.index, reg.max_len, starts)
        if m:
            length, prefix, entries = m
            j = i + length
            spans.append(Span(i, j, _span_start(tokens[i], prefix), tokens[j - 1].end, None, None, "registry",
                              tuple(entries)))
            spans.extend(_nested_spans(tokens, i, j, reg))
            i = j
        else:
            i += 1
    return spans


def _nested_spans(tokens, i, j, reg: Registry) -> list[Span]:
    """Names inside a longer registry name (بشار الأسد in نظام بشار الأسد, تركيا in الفصائل الموالية
    لتركيا): kept as 'nested' mentions so that the relation the name implies can be read."""
    out, k = [], i + 1
    starts = _start_index(reg.index)
    inside = tokens[:j]
    while k < j:
        m = _match_at(inside, k, reg.index, reg.max_len, starts) if starts.starts_of[tokens[k].norm] else None
        if m and k + m[0] <= j:
            length, prefix, entries = m
            out.append(Span(k, k + length, _span_start(tokens[k], prefix), tokens[k + length - 1].end, None, None,
                            "nested", tuple(entries)))
            k += length
        else:
            k += 1
    return out


def context_country(all_spans: list[list[Span]], sentences, reg: Registry) -> str | None:
    """The country an article is about: votes of the places and actors it names and of the
    nationality adjectives it uses; the outlets it cites (and their names) do not vote."""
    votes = Counter()
    outlet_tokens = set()
    for n, spans in enumerate(all_spans):
        for s in spans:
            if any(reg.entities[e.entity_id].type == "MediaOutlet" for e in s.candidates):
                outlet_tokens.update((n, k) for k in range(s.i, s.j))
                continue
            countries = {reg.entities[e.entity_id].country for e in s.candidates}
            if len(countries) == 1 and None not in countries:
                votes[countries.pop()] += 2 if s.candidates[0].kind == "country" else 1
    nationality_of = _readings(reg.nationality)
    for n, sent in enumerate(sentences):
        for k, t in enumerate(sent.tokens):
            hit = nationality_of[t.norm]
            if hit is not None and (n, k) not in outlet_tokens:
                votes[reg.nationality[hit[1]]] += 1
    return votes.most_common(1)[0][0] if votes else None


def choose(span: Span, ctx: str | None, reg: Registry) -> None:
    """Pick the candidate entity: highest priority, then the context country, then population."""
    def rank(e):
        ent = reg.entities[e.entity_id]
        return (e.priority, ent.country == ctx, e.population)
    best = max(span.candidates, key=rank)
    span.entity_id, span.type = best.entity_id, reg.entities[best.entity_id].type


def _word_not_place(span: Span, sentence: Sentence, reg: Registry, cues: Cues, ctx: str | None) -> bool:
    """صور حديثة (recent pictures) in a Syria article: names that are also ordinary words count as
    places only in an article about their country or right after a place cue."""
    if span.type not in ("City", "Region"):
        return False
    key = tuple(t.norm for t in sentence.tokens[span.i:span.j])
    stripped = tuple(phrase_key(sentence_text(sentence, span.start, span.end)))
    if _adjective_after_a_noun(span, sentence, key, reg, cues):
        return True
    if key not in reg.ambiguous and stripped not in reg.ambiguous:
        return False
    if reg.entities[span.entity_id].country == ctx:
        return False
    prev = sentence.tokens[span.i - 1].norm if span.i > 0 else ""
    return not any(st in cues.place for _, st in proclitic_variants(prev))


def _adjective_after_a_noun(span: Span, sentence: Sentence, key: tuple, reg: Registry, cues: Cues) -> bool:
    """الجيش الأبيض، المدينة الجديدة: a one-word definite name that is also an adjective (a word
    of the ambiguous list, or a colour of the pattern أفعل) right after a definite noun agrees
    with that noun: an adjective, not the place (مدينة الأبيض، في الأبيض stay places)."""
    if len(key) != 1 or span.i == 0 or not key[0].startswith("ال"):
        return False
    word = key[0]
    colour = len(word) == 6 and word[2] == "ا"
    if not colour and key not in reg.ambiguous:
        return False
    prev = sentence.tokens[span.i - 1].norm
    prev = prev[1:] if prev.startswith(("و", "ف")) and prev[1:].startswith("ال") else prev
    return prev.startswith("ال") and len(prev) > 3 and not any(st in cues.place for _, st in proclitic_variants(prev))


def _village_in_context(span: Span, sentence: Sentence, reg: Registry, cues: Cues, ctx: str | None) -> bool:
    """A village only GeoNames' small-places list knows (kind 'village') is kept where the text
    says a place is meant: in the article's country, after a locative word or a place cue (في
    إزرع، بلدة إزرع) or with the preposition ب (بإزرع)."""
    best = next((e for e in span.candidates if e.entity_id == span.entity_id), None)
    if best is None or best.kind != "village":
        return True
    if reg.entities[span.entity_id].country != ctx:
        return False
    tokens = sentence.tokens
    prefix = next((p for p, st in proclitic_variants(tokens[span.i].norm)
                   if any(e.entity_id == span.entity_id for e in reg.index.get((st,), ()))), "")
    if "ب" in prefix:
        return True
    if span.i == 0:
        return False
    prev = {st for _, st in proclitic_variants(tokens[span.i - 1].norm)}
    return bool(prev & load_context_cues().locative) or bool(prev & set(cues.place)) \
        or bool(prev & set(cues.plural_place))


def _covered(spans, i):
    for s in spans:
        if s.i <= i < s.j:
            return True
    return False


def _covered_set(spans) -> set[int]:
    """Token indices the spans cover (for loops that ask _covered of every token)."""
    return {k for s in spans for k in range(s.i, s.j)}


def _nationality_after(tokens, j, reg) -> str | None:
    if j < len(tokens):
        for _, stem in proclitic_variants(tokens[j].norm):
            if stem in reg.nationality:
                return reg.nationality[stem]
    return None


def generic_spans(sentence: Sentence, taken: list[Span], reg: Registry, ctx: str | None,
                  history: list[Mention] = ()) -> list[Span]:
    """Descriptions such as الجيش / القوات الحكومية / قوات النظام, resolved by a following nationality
    adjective (الجيش السوداني) or else the article's context country; a bare description (no
    adjective) is the entity of that type and country the article named last, when it named one
    (الحكومة after حكومة الحوثيين is that government, not the registry's default)."""
    tokens, out, i = sentence.tokens, [], 0
    starts = _start_index(reg.generic)
    max_len = starts.longest
    covered = _covered_set(taken)
    can_start = starts.starts_of.__getitem__
    while i < len(tokens):
        if i in covered or not can_start(tokens[i].norm):
            i += 1
            continue
        m = _match_at(tokens, i, reg.generic, max_len, starts)
        if not m:
            i += 1
            continue
        length, prefix, options = m
        j = i + length
        if _generic_is_modifier(tokens, i, j, {reg.entities[eid].type for _, eid in options}):
            i = j
            continue
        country = _nationality_after(tokens, j, reg) or ctx
        picked = [eid for c, eid in options if c == country]
        if picked and not any(k in covered for k in range(i, j)):
            nat = _nationality_after(tokens, j, reg)
            end_tok = j + 1 if nat else j
            source = "registry" if nat else "generic"
            eid = picked[0] if nat else _named_before(picked[0], tokens[i].norm, history, reg)
            out.append(Span(i, end_tok, _span_start(tokens[i], prefix), tokens[end_tok - 1].end, eid,
                            reg.entities[eid].type, source))
            i = end_tok
        else:
            i += 1
    return out


def _named_before(default: str, head: str, history: list[Mention], reg: Registry) -> str:
    """The registry entity of the default's type and country that the article named last with the
    description's head word (الحكومة after حكومة الحوثيين), else the default."""
    want = reg.entities[default]
    head = head[2:] if head.startswith("ال") else head
    for m in reversed(_RegistryNamed.of(history, reg).named(want.type, want.country)):
        if m.entity_id != default and head in _bare_words(m.text):
            return m.entity_id
    return default


@functools.lru_cache(maxsize=20_000)
def _bare_words(text: str) -> tuple[str, ...]:
    return tuple(w.lstrip("وفبلك") for w in normalise(text).split())


class _RegistryNamed:
    """The registry mentions of a history list by (type, country) of their entity, in order,
    extended as the list grows: _named_before reads only the mentions that can match, so a long
    text (thousands of mentions, a description in every sentence) costs linear time, not the
    whole history per description. Mentions are frozen and resolve() only appends to its list."""
    _last: "_RegistryNamed | None" = None

    def __init__(self, history, reg):
        self.history, self.reg, self.seen, self.by_key = history, reg, 0, {}

    @classmethod
    def of(cls, history, reg) -> "_RegistryNamed":
        last = cls._last
        if last is None or last.history is not history or last.reg is not reg or len(history) < last.seen:
            last = cls._last = cls(history, reg)
        return last

    def named(self, etype, country) -> list[Mention]:
        history, entities = self.history, self.reg.entities
        for m in history[self.seen:] if self.seen < len(history) else ():
            e = entities.get(m.entity_id)
            if e is not None and m.source == "registry":
                self.by_key.setdefault((e.type, e.country), []).append(m)
        self.seen = len(history)
        return self.by_key.get((etype, country), [])


def _generic_is_modifier(tokens, i: int, j: int, types=frozenset({"Government"})) -> bool:
    """A description that qualifies the word before it: عمليات الحزب الخارجية (an adjective on a
    definite noun, not the foreign ministry) or وزير الخارجية (a minister's title, not the ministry)."""
    if i == 0:
        return False
    prev, first = tokens[i - 1].norm, tokens[i].norm
    ctx = load_context_cues()
    if any(st in ctx.minister_titles for _, st in proclitic_variants(prev)):
        return True
    return (types == {"Government"} and j - i == 1 and first.startswith("ال") and first.endswith(("يه", "ي")) and prev.startswith("ال")
            and len(prev) > 3 and not prev.endswith(("يه", "ي")))


def _is_adjective(norm: str, cues: Cues, reg: Registry) -> bool:
    return (norm in cues.stop or norm in reg.nationality or norm in cues.directions
            or (norm.startswith("ال") and norm.endswith(NISBA_ENDINGS) and len(norm) > 4
                and norm not in cues.not_adjectives))


def _name_tokens(tokens, k, cues: Cues, reg: Registry, taken, limit=3, org: bool = False) -> int:
    """End index of a name starting at token k, right after a cue: one word, or a construct chain
    (خان العسل، سيد الشهداء), or a name prefix and what follows (كفر حلب، سوق الجمعة). After an
    organisation's cue (``org``) a body noun may start it (جهاز المخابرات)."""
    def ok(idx):
        if idx >= len(tokens) or _covered(taken, idx):
            return False
        n = tokens[idx].norm
        return is_word(n) and len(n) >= 2 and not _is_adjective(n, cues, reg) and not n.isdigit()
    first = tokens[k].norm if k < len(tokens) else ""
    if not (k < len(tokens) and not _covered(taken, k) and is_word(first) and len(first) >= 2
            and not first.isdigit() and (first not in cues.stop or (org and first in load_context_cues().body_nouns))
            and first not in reg.nationality):
        return k
    if first.startswith("و") and len(first) > 3 and k > 0 and is_word(tokens[k - 1].norm):
        return k           # a conjunct: بلدة وقرية
    if not first.startswith("ال") and first not in cues.name_prefixes and first.endswith(("ي", "يه")) \
            and len(first) >= 5:
        return k           # an indefinite adjective (سجن عسكري، منطقة عسكرية), not a name
    if _is_trigger(first):
        return k           # بلدة ينسحب: a verb, not a name
    if first.startswith("لل") or (first[:1] in "لب" and first[1:3] == "ال"):
        return k           # مخيم للنازحين: a prepositional phrase, not a name
    j = k + 1
    if first in cues.name_prefixes and j < len(tokens) and is_word(tokens[j].norm) \
            and tokens[j].norm not in PREPOSITIONS and not tokens[j].norm.isdigit():
        j += 1
        if not tokens[j - 1].norm.startswith("ال") and ok(j) and tokens[j].norm.startswith("ال"):
            j += 1
        return j
    if not first.startswith("ال") and ok(j) and tokens[j].norm.startswith("ال") and limit > 1:
        j += 1
    if j < len(tokens) and tokens[j].norm.isdigit():
        j += 1             # الفوج 46، اللواء 23
    return j


def _new_entity_id(name_tokens) -> str:
    return "name:" + "_".join(t.norm for t in name_tokens)


def cue_spans(sentence: Sentence, taken: list[Span], reg: Registry, cues: Cues,
              ctx: str | None = None) -> tuple[list[Span], dict]:
    """Names the registry does not know, introduced by a cue word: مدينة X، جماعة X، العميد X ..."""
    tokens, out, new = sentence.tokens, [], {}
    covered = _covered_set(taken)          # out's spans all end before i: never asked again
    first_word = _readings(cues.first_words)
    i = 0
    while i < len(tokens):
        if i in covered or first_word[tokens[i].norm] is None or not is_word(tokens[i].norm):
            i += 1                 # most tokens: no cue starts here (_cue_at would say so)
            continue
        cue_len, etype = _cue_at(tokens, i, cues)
        inner = next((s for s in taken if s.i == i + cue_len), None) if cue_len else None
        if inner is not None and etype in ("ArmedGroup", "StateForce") and inner.source == "registry" \
                and inner.type in ("City", "Region", "Country") and cue_len == 1:
            j = inner.j        # كتيبة طولكرم، فيلق فلسطين: a unit named after a place, which it names
            eid = _new_entity_id(tokens[i:j])
            new.setdefault(eid, EntityRecord(eid, etype, sentence_text(sentence, tokens[i].start, tokens[j - 1].end)))
            inner.source = "nested"
            out.append(Span(i, j, _cue_start(tokens, i, cues), tokens[j - 1].end, eid, etype, "cue"))
            i = j
            continue
        if inner is not None and etype not in PLACE_TYPES:
            i += 1
            continue           # حركة حماس: the registry knows the name
        if inner is not None and etype in PLACE_TYPES:
            span = _place_with_cue(tokens, i, inner, etype, cues, sentence, new)
            if span is not None:
                out.append(span)
                i = span.j
                continue
            i += 1
            continue       # مدينة حمص: the registry already knows the name
        if not cue_len:
            i += 1
            continue
        k = i + cue_len
        while k < len(tokens) and tokens[k].norm in OPENING_QUOTES:
            k += 1             # بلدة "شمع"
        if k > i + cue_len and any(s.i == k for s in taken):
            i = k
            continue           # وكالة "سانا": the registry knows the name
        if etype == "Person" and (k >= len(tokens) or _person_end(tokens, k, cues, reg, taken + out) - k < 2) \
                and _cue_word(tokens, i, cues) in cues.place:
            etype = cues.place[_cue_word(tokens, i, cues)]     # اللواء: a rank or a brigade
        if etype in PLACE_TYPES and k < len(tokens) and tokens[k].norm.isdigit():
            name_toks = tokens[i:k + 1]          # اللواء 23، الفوج 46
            eid = _new_entity_id(name_toks)
            out.append(Span(i, k + 1, _cue_start(tokens, i, cues), tokens[k].end, eid, "Facility", "cue"))
            new.setdefault(eid, EntityRecord(eid, "Facility", sentence_text(sentence, tokens[i].start, tokens[k].end)))
            i = k + 1
            continue
        if etype == "Person":
            k = _after_affiliation(tokens, k, taken)
            while k < len(tokens) and is_word(tokens[k].norm) and (
                    tokens[k].norm in reg.nationality or tokens[k].norm.startswith("ال")) and k - i < cue_len + 3:
                k += 1
            j = _person_end(tokens, k, cues, reg, taken + out)
            if j - k >= 2 and not _looks_like_a_name([t.norm for t in tokens[k:j]]):
                j = k          # مسؤول عمليات الإنقاذ: a title before a common phrase names nobody
        elif k > i + cue_len and etype not in PLACE_TYPES and _closing_quote(tokens, k) is not None:
            j = _closing_quote(tokens, k)      # تنظيم «بي كي كي/ واي بي جي»، كتيبة (سبل السلام)
        else:
            j = _name_tokens(tokens, k, cues, reg, out, org=etype not in PLACE_TYPES)
            if etype == "Facility" and k < j < len(tokens) and tokens[j].norm in _FACILITY_ADJ:
                j += 1         # سجن إزرع المركزي
            if etype not in PLACE_TYPES and j > k:
                j = _org_adjectives_end(tokens, j, taken, cues, reg)
                place = next((s for s in taken if s.i == j and s.source == "registry"
                              and s.type in ("City", "Region")), None)
                if place is not None:
                    place.source = "nested"
                    j = place.j    # تجمع أحرار حوران: an organisation named after its place
                if _describes_a_name(tokens, k, j, taken):
                    i = j
                    continue   # وكالة أنباء "رويترز": a description of the name that follows
        if j > k and (etype != "Person" or j - k >= 2):
            # an organisation's cue is part of its name (حركة النجباء، وزارة الدفاع); a place's is not
            keep = etype not in PLACE_TYPES | {"Person"} or cues.keeps_cue(_cue_word(tokens, i, cues), etype)
            name_toks = tokens[i:j] if keep else tokens[k:j]
            start_tok = k if etype == "Person" else i
            prefix = proclitic_variants(tokens[start_tok].norm)
            start = tokens[start_tok].start
            first_norm = name_toks[0].norm
            for p, stem in prefix[1:]:
                if stem == _cue_word(tokens, start_tok, cues) or (stem,) in cues.org or stem in cues.place:
                    start = _span_start(tokens[start_tok], p)
                    if keep:
                        first_norm = stem      # وميناء رأس عيسى names ميناء رأس عيسى
                    break
            eid = "name:" + "_".join([first_norm] + [t.norm for t in name_toks[1:]])
            if etype == "Government" and ctx:
                eid = f"name:{ctx}:" + eid[5:]     # وزارة الدفاع of this article's country
            surface = sentence_text(sentence, start if keep else name_toks[0].start, name_toks[-1].end)
            out.append(Span(start_tok, j, start, tokens[j - 1].end, eid, etype, "cue"))
            new.setdefault(eid, EntityRecord(eid, etype, surface))
            i = j
        else:
            i += 1
    return out, new


def _org_adjectives_end(tokens, j: int, taken, cues: Cues, reg: Registry) -> int:
    """An organisation's name goes on with up to two definite adjectives (وكالة الأنباء اللبنانية،
    وكالة أنباء العالم العربي)."""
    n = 0
    while j < len(tokens) and n < 2 and not _covered(taken, j):
        norm = tokens[j].norm
        if not (norm.startswith("ال") and (norm in reg.nationality or norm in load_context_cues().name_adjectives)):
            break
        j += 1
        n += 1
    return j


def _describes_a_name(tokens, k: int, j: int, taken) -> bool:
    """The words after an organisation cue are only descriptive (أنباء، الأنباء الرسمية), or a
    known name follows in quotes: the cue phrase is no name of its own."""
    ctx = load_context_cues()
    words = [t.norm for t in tokens[k:j]]
    m = j
    while m < len(tokens) and tokens[m].norm in QUOTE_CHARS:
        m += 1
    if m > j and any(s.i == m for s in taken):
        return True
    return all(w in ctx.generic_org_words for w in words)


def _closing_quote(tokens, k: int, longest: int = 8) -> int | None:
    """Index of the quote or parenthesis that closes a quoted name starting at token k (at most
    ``longest`` tokens, all words or slashes), or None."""
    for j in range(k + 1, min(k + longest + 1, len(tokens))):
        n = tokens[j].norm
        if n in QUOTE_CHARS or n == ")":
            return j
        if not (is_word(n) or n in ("/", "-")):
            return None
    return None


QUOTE_CHARS = QUOTES
OPENING_QUOTES = QUOTE_CHARS | {"("}


def _cue_start(tokens, i, cues) -> int:
    for p, stem in proclitic_variants(tokens[i].norm):
        if stem == _cue_word(tokens, i, cues):
            return _span_start(tokens[i], p)
    return tokens[i].start


_FACILITY_ADJ = frozenset(normalise(a) for a in FACILITY_ADJECTIVES)


def plural_cue_spans(sentence: Sentence, taken: list[Span], reg: Registry, cues: Cues) -> tuple[list[Span], dict]:
    """A plural cue and the list of names it introduces: بلدات عيترون، مركبا وبليدا -> three
    places of the cue's type; names the registry knows keep their entity and continue the list."""
    tokens, out, new = sentence.tokens, [], {}
    if not cues.plural_place:
        return out, new
    plural = _readings(cues.plural_place)
    for i, hit in [(i, h) for i, h in enumerate(map(plural.__getitem__, [t.norm for t in tokens])) if h is not None]:
        if _covered(taken, i):
            continue
        etype = cues.plural_place[hit[1]]
        k, first = i + 1, True
        while k < len(tokens):
            known = next((s for s in taken if s.i == k), None)
            conj = ""
            norm = tokens[k].norm
            if known is None and not first and norm.startswith("و") and len(norm) > 2:
                conj, norm = "و", norm[1:]
            if known is not None:
                j = known.j
            else:
                j = _list_item_end(tokens, k, norm, cues, reg, taken, first)
                if j == k:
                    break
                words = [norm] + [x.norm for x in tokens[k + 1:j]]
                eid = "name:" + "_".join(words)
                start = _span_start(tokens[k], conj)
                out.append(Span(k, j, start, tokens[j - 1].end, eid, etype, "cue"))
                new.setdefault(eid, EntityRecord(eid, etype, sentence_text(sentence, start, tokens[j - 1].end)))
            first = False
            if j < len(tokens) and tokens[j].norm in LIST_SEPARATORS:
                k = j + 1
            elif j < len(tokens) and tokens[j].norm.startswith("و") and len(tokens[j].norm) > 2:
                k = j
            else:
                break
    return out, new


def _list_item_end(tokens, k, norm, cues: Cues, reg: Registry, taken, first: bool) -> int:
    """End of one name in a list after a plural cue: up to three words (عيترون، عيتا الشعب،
    غرانوت هغليل), ending before a separator, a conjunct, a preposition, a stop word or an
    adjective. The first item is no indefinite adjective (مواقع عسكرية، مناطق واسعة: the plural's
    adjective agrees in the feminine singular) and no prepositional phrase (مواقع لحلف)."""
    def plain(n, idx):
        return (is_word(n) and len(n) >= 2 and not n.isdigit() and n not in cues.stop and n not in PREPOSITIONS
                and n not in reg.nationality and not _is_trigger(n) and not _covered(taken, idx)
                and _reading_in(n, cues.plural_place) is None
                and not (n.startswith("لل") or (n[:1] in "لبك" and n[1:3] == "ال")))
    if not plain(norm, k) or (first and _is_adjective(norm, cues, reg)):
        return k
    if first and not norm.startswith("ال") and norm not in cues.name_prefixes and (
            norm.endswith(("ه", "ي")) and len(norm) >= 4 or norm[0] == "ل"):
        return k
    j = k + 1
    while j < len(tokens) and j - k < 3:
        n = tokens[j].norm
        if n.startswith("و") or not plain(n, j) or _is_adjective(n, cues, reg):
            break
        j += 1
    return j


def _place_with_cue(tokens, i, inner: Span, etype, cues, sentence, new) -> Span | None:
    """A cue before a known place: مدينة غزة (the same place, the cue joins the mention) or
    سجن حمص المركزي (a new facility named after the place, which it contains)."""
    start = _cue_start(tokens, i, cues)
    if inner.source != "registry" or inner.type is None:
        return None
    cue = _cue_word(tokens, i, cues)
    region_of_city = etype == "Region" and inner.type == "City" and cue in load_context_cues().named_after_city
    if (etype == "Facility" or region_of_city) and inner.type in ("City", "Region", "Country"):
        j = inner.j        # سجن حمص المركزي، محافظة السويداء: a facility or region named after the place
        if etype == "Facility" and j < len(tokens) and tokens[j].norm in _FACILITY_ADJ:
            j += 1
        name = sentence_text(sentence, start, tokens[j - 1].end)
        eid = "name:" + "_".join([cue or tokens[i].norm] + [t.norm for t in tokens[i + 1:j]])
        new.setdefault(eid, EntityRecord(eid, etype, name))
        inner.source = "nested"
        return Span(i, j, start, tokens[j - 1].end, eid, etype, "cue")
    if etype == inner.type or (etype == "City" and inner.type == "Region"):
        inner.i, inner.start = i, start          # مدينة غزة: one mention, cue included
    return None


def _cue_word(tokens, i, cues):
    for _, stem in proclitic_variants(tokens[i].norm):
        if stem in cues.place or (stem,) in cues.org or (stem,) in cues.titles:
            return stem
    return None


def _cue_at(tokens, i, cues: Cues) -> tuple[int, str | None]:
    if _reading_in(tokens[i].norm, cues.first_words) is None:
        return 0, None
    for _, stem in proclitic_variants(tokens[i].norm):
        two = (stem, tokens[i + 1].norm) if i + 1 < len(tokens) else None
        if two and two in cues.titles:
            return 2, "Person"
        if two and two in cues.org:
            return 2, cues.org[two]
        if (stem,) in cues.titles:
            return 1, "Person"
        if stem in cues.place:
            return 1, cues.place[stem]
        if (stem,) in cues.org:
            return 1, cues.org[(stem,)]
    return 0, None


def _is_trigger(norm: str) -> bool:
    forms = load_lexicon().forms
    return any(stem in forms for prefix, stem in proclitic_variants(norm) if prefix in ("", "و", "ف"))


def _after_affiliation(tokens, k, taken) -> int:
    """المتحدث باسم حركة حماس حازم قاسم: the name follows the organisation a title names."""
    j = k
    while j < len(tokens) and (tokens[j].norm in OFFICE_ADJECTIVES or tokens[j].norm in QUOTE_CHARS):
        j += 1             # "القائد الأبرز" في حزب الله فلان
    if j + 2 < len(tokens) and tokens[j].norm == "باسم" and tokens[j + 1].norm.startswith("ال") \
            and len(tokens[j + 1].norm) > 4 and not _covered(taken, j + 1) and is_word(tokens[j + 2].norm):
        return j + 2       # المتحدث باسم الوزارة نور الدين البابا: a body kg cannot name, then the name
    if j < len(tokens) and tokens[j].norm in ("باسم", "في"):
        org = next((s for s in taken if s.i == j + 1 and s.type not in PLACE_TYPES), None)
        if org is not None:
            e = org.j
            while e < len(tokens) and tokens[e].norm in QUOTE_CHARS:
                e += 1
            return e
    return k


def _titled(norm: str, cues: Cues) -> bool:
    """A title with or without a pronoun suffix (نائبه، رئيسها)."""
    return (norm,) in cues.titles or any(norm.endswith(suf) and (norm[:-len(suf)],) in cues.titles
                                         for suf in ("ه", "ها", "هم"))


@functools.lru_cache(maxsize=1)
def _name_parts() -> tuple[frozenset, frozenset]:
    """Given names and family names (kg/ner/lexicons/person_names.tsv), normalised."""
    from kg.ner.gazetteer import person_name_rows
    given, family = set(), set()
    for name, role, _count in person_name_rows():
        (given if role == "given" else family).add(normalise(name))
    return frozenset(given), frozenset(family)


def speaker_spans(sentence: Sentence, taken: list[Span], reg: Registry, cues: Cues) -> tuple[list[Span], dict]:
    """وقال أحمد علي، وهو مقاتل ... / وأكد سامر الحسن أن ...: right after a reporting verb, a
    name of two or three words that starts with a known given name and ends at a comma, a
    complementiser or a colon: the speaker."""
    tokens, out, new = sentence.tokens, [], {}
    verbs = _reporting_verbs()
    given, _family = _name_parts()
    for i, tok in enumerate(tokens[:-3]):
        n = tok.norm
        if n not in verbs and not (n[:1] in "وف" and n[1:] in verbs):
            continue               # (most tokens: a set look-up, no proclitic readings)
        if _covered(taken, i + 1):
            continue
        k = i + 1
        j = _person_end(tokens, k, cues, reg, taken + out)
        if j - k < 2 or j >= len(tokens) or tokens[k].norm not in given \
                or tokens[j].norm not in SPEAKER_NAME_ENDS:
            continue
        text = sentence_text(sentence, tokens[k].start, tokens[j - 1].end)
        eid = "name:" + "_".join(t.norm for t in tokens[k:j])
        out.append(Span(k, j, tokens[k].start, tokens[j - 1].end, eid, "Person", "cue"))
        new.setdefault(eid, EntityRecord(eid, "Person", text))
    return out, new


def _not_a_name_part(norm: str) -> bool:
    """Neither the word nor the word without its final alif is a known given or family name."""
    given, family = _name_parts()
    return not ({norm, norm[:-1]} & (given | family))


def _conjunction_before_a_name(norm: str) -> bool:
    """وعبد / وأحمد / والحسن: a و the recogniser took into a name (وليد and وائل are names)."""
    if not norm.startswith("و") or len(norm) < 4:
        return False
    given, family = _name_parts()
    if norm in given or norm in family:
        return False
    rest = norm[1:]
    return rest in given or rest in family or rest.startswith(("عبد", "ابو", "ال"))


def _looks_like_a_name(norms: list[str]) -> bool:
    """A title's person: a first word that is no plural (طلقات), definite noun or common word, or
    else a known given name first (محمد، أبو علي، عبد الله) or family name last."""
    given, family = _name_parts()
    first, last = norms[0], norms[-1]
    if not first.endswith("ات") and not first.startswith(NON_NAME_STARTS) and first not in common_words():
        return True           # توماس باراك: a foreign name the lexicon lacks still reads as one
    return first in given or first.startswith(("ابو", "عبد", "ام")) or last in family or last in given \
        or (last.startswith("ال") and last[2:] in family)      # family names take ال (الحسن، الشيباني)


def _person_end(tokens, k, cues, reg, taken) -> int:
    """A personal name: 2-3 words, the first indefinite, none a stop word, title or trigger."""
    j = k
    while j < len(tokens) and j - k < 3:
        n = tokens[j].norm
        if n == "علي" and j > k and not _covered(taken, j):
            j += 1         # هيثم علي الطباطبائي: علي after a given name is a name, not على
            continue
        if j > k and n.startswith("ب") and len(n) >= 4 and _not_a_name_part(n):
            break          # محمد جابر برصاص القوات: a prepositional phrase after the name
        if j - k >= 2 and n.endswith("ا") and len(n) >= 4 and _not_a_name_part(n):
            break          # جوزاف عون وفدا: an accusative noun after the name (استقبل فلان وفدا)
        if not is_word(n) or n in cues.stop or any(c.isdigit() for c in n) or _covered(taken, j) \
                or n in reg.nationality or any((stem,) in cues.titles for _, stem in proclitic_variants(n)) \
                or _is_trigger(n) or (j > k and n.startswith("و") and _titled(n[1:], cues)) \
                or n in load_context_cues().alias_links:
            break          # ونائبه: a conjunct title ends the name
        if j == k and n.startswith("ال"):
            break
        j += 1
        if n.startswith("ال") and n not in COMPOUND_NAME_ENDS:
            break          # a family name (الأسد، الشرع) ends the name; نور الدين، عبد الله do not
    return j


def sentence_text(sentence: Sentence, start: int, end: int) -> str:
    return sentence.text[start - sentence.start:end - sentence.start]


def countryside_spans(sentence: Sentence, spans: list[Span], reg: Registry, cues: Cues) -> tuple[list[Span], dict]:
    """ريف حلب الغربي / الريف الغربي لحلب -> one Region per (place, direction)."""
    tokens, out, new = sentence.tokens, [], {}
    by_start = {s.i: s for s in spans if s.type in ("City", "Region") and s.entity_id}
    for i, t in enumerate(tokens):
        if "ريف" not in t.norm:
            continue           # neither ريف nor الريف can be a reading of this token
        stems = {stem for _, stem in proclitic_variants(t.norm)}
        place = direction = None
        end = i
        if "ريف" in stems and i + 1 in by_start:
            place = by_start[i + 1]
            k = place.j
            dirs = []
            while k < len(tokens) and tokens[k].norm in cues.directions and len(dirs) < 2:
                dirs.append(tokens[k].norm)
                k += 1
            direction, end = " ".join(dirs), k
        elif "الريف" in stems and i + 1 < len(tokens) and tokens[i + 1].norm in cues.directions:
            k, dirs = i + 1, []
            while k < len(tokens) and tokens[k].norm in cues.directions and len(dirs) < 2:
                dirs.append(tokens[k].norm)
                k += 1
            for p, stem in proclitic_variants(tokens[k].norm) if k < len(tokens) else ():
                if p.endswith("ل") and k in by_start:
                    place = by_start[k]
            if place:
                direction, end = " ".join(dirs), place.j
        if place is None:
            continue
        pname = reg.entities[place.entity_id].name if place.entity_id in reg.entities else place.entity_id
        eid = f"countryside:{place.entity_id}" + (f":{direction}" if direction else "")
        name = "ريف " + pname + (" " + direction if direction else "")
        prefixes = proclitic_variants(t.norm)
        start = t.start
        for p, stem in prefixes:
            if stem in ("ريف", "الريف"):
                start = _span_start(t, p)
                break
        out.append(Span(i, end, start, tokens[end - 1].end, eid, "Region", "cue"))
        en = reg.entities.get(place.entity_id)
        new.setdefault(eid, EntityRecord(eid, "Region", name,
                                         f"{en.name_en} countryside" if en and en.name_en else None,
                                         country=en.country if en else None))
    return out, new


def direction_region_spans(sentence: Sentence, spans: list[Span], reg: Registry,
                           signalled=None) -> tuple[list[Span], dict]:
    """شمال إسرائيل، شرقي ليبيا: a part of a country named by a direction, when it does not
    locate a place named just before it (بلدة X شمال إسرائيل is a relation, not a region)."""
    tokens, out, new = sentence.tokens, [], {}
    for s in spans:
        if s.type != "Country" or s.i == 0:
            continue
        d = s.i - 1
        base = next((DIRECTION_BASE[st] for p, st in proclitic_variants(tokens[d].norm) if st in DIRECTION_BASE), None)
        if base is None or _covered(spans, d):
            continue
        k = d
        while k > 0 and tokens[k - 1].norm in ("،", ","):
            k -= 1
        if any(o.j in (k, k - 1) and o.type in PLACE_TYPES for o in spans):
            continue
        country = reg.entities.get(s.entity_id)
        eid = f"region:{base}:{s.entity_id}"
        start = _span_start(tokens[d], next(p for p, st in proclitic_variants(tokens[d].norm) if st in DIRECTION_BASE))
        name = f"{base} {country.name if country else sentence_text(sentence, s.start, s.end)}"
        en = DIRECTION_NAMES_EN[base]
        new.setdefault(eid, EntityRecord(eid, "Region", name, f"{en} {country.name_en}" if country and country.name_en
                                         else None, country=country.country if country else None))
        out.append(Span(d, s.j, start, s.end, eid, "Region", "cue"))
    if signalled is None or any(sig[2] for _, sig in signalled):
        out += _direction_adjective_regions(sentence, spans, reg, new)
    return out, new


_DEFINITE_DIRECTIONS = frozenset("ال" + d for d in DIRECTION_BASE)


def _direction_adjective_regions(sentence: Sentence, spans: list[Span], reg: Registry, new: dict) -> list[Span]:
    """الجنوب السوري، الشمال العراقي: the same region as جنوب سوريا, named by a definite direction
    and the state's adjective."""
    tokens, out = sentence.tokens, []
    for d in range(len(tokens) - 1):
        if _DEFINITE_DIRECTIONS.isdisjoint(variant_stems(tokens[d].norm)):
            continue
        reading = next(((p, st[2:]) for p, st in proclitic_variants(tokens[d].norm)
                        if st.startswith("ال") and st[2:] in DIRECTION_BASE), None)
        if reading is None or _covered(spans, d) or _covered(spans, d + 1):
            continue
        iso = reg.nationality.get(tokens[d + 1].norm)
        eid_country = reg.country_entity.get(iso) if iso else None
        country = reg.entities.get(eid_country) if eid_country else None
        if country is None:
            continue
        base = DIRECTION_BASE[reading[1]]
        eid = f"region:{base}:{eid_country}"
        en = DIRECTION_NAMES_EN[base]
        new.setdefault(eid, EntityRecord(eid, "Region", f"{base} {country.name}",
                                         f"{en} {country.name_en}" if country.name_en else None, country=iso))
        out.append(Span(d, d + 2, _span_start(tokens[d], reading[0]), tokens[d + 1].end, eid, "Region", "cue"))
    return out


NER_MIN_SCORE = 0.6


@functools.lru_cache(maxsize=1)
def _ner_model():
    """The statistical recogniser, or None when it cannot be loaded (the pipeline then runs on
    the registry and cues alone, and says so once)."""
    import os
    import warnings
    if os.environ.get("KG_NER", "1") == "0":
        return None
    try:
        from kg.ner.model import load
        return load()
    except Exception as exc:  # a missing or stale model must not stop extraction
        warnings.warn(f"statistical NER disabled: {exc}", stacklevel=2)
        return None


def recognised_names(text: str):
    """NER spans of an article's text ([] without a model)."""
    model = _ner_model()
    if model is None:
        return []
    from kg.ner import recognise
    return [s for s in recognise(text, model) if s.score >= NER_MIN_SCORE and s.ontology_type]


def ner_spans(sentence: Sentence, taken: list[Span], names, reg: Registry, cues: Cues) -> tuple[list[Span], dict]:
    """Names the recogniser found that nothing else covers: registry and cue matches win."""
    tokens, out, new = sentence.tokens, [], {}
    ends = None
    for n in names:
        if n.start < sentence.start or n.end > sentence.end:
            continue
        if ends is None:
            ends = [t.end for t in tokens]
        idx = _overlapping(tokens, ends, n.start, n.end)
        while idx and any((st,) in cues.titles for _, st in proclitic_variants(tokens[idx[0]].norm)):
            idx = idx[1:]          # الصحفي أحمد المصري: the title is not part of the name
        if not idx or any(_covered(taken, k) for k in idx):
            continue
        i, j = idx[0], idx[-1] + 1
        start = max(n.start, tokens[i].start)
        if start == tokens[i].start and _conjunction_before_a_name(tokens[i].norm):
            start += 1            # وعبد السلام المنبهي: the conjunction is not part of the name
        text = sentence_text(sentence, start, n.end)
        name_norms = [normalise(w) for w in text.split()]
        if not name_norms or any(w in cues.stop for w in name_norms) or _is_trigger(name_norms[0]) \
                or len("".join(name_norms)) < 3:
            continue
        etype = n.ontology_type
        if etype == "Person" and len(name_norms) < 2:
            continue               # a person is named in full (as by a cue); one word alone is too weak
        if len(name_norms) == 1 and name_norms[0] in reg.nationality \
                and reg.nationality[name_norms[0]] in reg.country_entity:
            eid = reg.country_entity[reg.nationality[name_norms[0]]]
            out.append(Span(i, j, start, n.end, eid, "Country", "adjective"))
            continue               # سعودية: a nationality adjective names its state
        ctx_cues = load_context_cues()
        if len(name_norms) > 1 and any((st,) in cues.org for _, st in proclitic_variants(name_norms[0])) \
                and all(w in ctx_cues.generic_org_words or w in ctx_cues.name_adjectives for w in name_norms[1:]):
            continue               # وكالة الأنباء الرسمية: a description, not a name
        if len(name_norms) == 1 and (name_norms[0][2:] in cues.place or name_norms[0] in cues.anaphors):
            continue               # الريف، المدينة: a cue word alone is a description, not a name
        if _definite_description(name_norms, cues, reg):
            continue               # القاعدة الجوية الروسية: a description coreference resolves, not a name
        if etype == "Organization" and any(w.lstrip("وبل").startswith(ARMED_WORDS) or w in ARMED_WORDS
                                           for w in name_norms):
            etype = "ArmedGroup"
        eid = "name:" + "_".join(name_norms)
        out.append(Span(i, j, start, n.end, eid, etype, "ner"))
        new.setdefault(eid, EntityRecord(eid, etype, text))
    return out, new


def _overlapping(tokens, ends: list[int], start: int, end: int) -> list[int]:
    """Indices of the tokens (in text order, not overlapping) that overlap [start, end): found by
    bisection, not by testing every token of the sentence against every name."""
    k = bisect.bisect_right(ends, start)
    out = []
    while k < len(tokens) and tokens[k].start < end:
        out.append(k)
        k += 1
    return out


def _definite_description(norms: list[str], cues: Cues, reg: Registry) -> bool:
    """An anaphoric head (المدينة، القاعدة، الحركة ...) and only adjectives after it."""
    head = _reading_in(norms[0], cues.anaphors)
    return head is not None and all(_is_adjective(w, cues, reg) for w in norms[1:])


def _drop_overlaps(spans: list[Span]) -> list[Span]:
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


def anaphor_spans(sentence: Sentence, taken: list[Span], history: list[Mention], cues: Cues, reg: Registry,
                  ctx: str | None) -> list[Span]:
    """Definite heads (المدينة، الحزب، العاصمة ...) resolved to the latest compatible entity."""
    tokens, out = sentence.tokens, []
    covered = _covered_set(taken)
    anaphor_of = _readings(cues.anaphors)
    for i, t in enumerate(tokens):
        reading = anaphor_of[t.norm]
        if reading is None or i in covered:
            continue
        p, stem = reading
        adj = nationality_of(tokens[i + 1].norm, reg) if i + 1 < len(tokens) else None
        after = i + 2 if adj else i + 1
        if after < len(tokens) and any(s.i == after for s in taken):
            continue           # العاصمة (اليمنية) صنعاء: an apposition, not an anaphor
        earlier = [Mention("", sentence.index, s.start, s.end, sentence_text(sentence, s.start, s.end),
                           s.entity_id, s.type, s.source, s.i, s.j)
                   for s in sorted(taken + out, key=lambda s: s.i) if s.j <= i and s.entity_id and s.type]
        target = _antecedent(cues.anaphors[stem], history + earlier, reg, adj or ctx, sentence.index,
                             stated=adj is not None)
        if target:
            out.append(Span(i, i + 1, _span_start(t, p), t.end, target[0], target[1], "coreference"))
    return out


def _antecedent(rule, history, reg, ctx, current: int, stated: bool = False):
    if rule.get("capital"):
        return _capital_antecedent(history, reg, ctx, stated)
    default = rule.get("default", {}).get(ctx or "")

    def headed(m):
        words = _bare_words(m.text)
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


def _capital_antecedent(history, reg, ctx, stated: bool):
    """العاصمة: the capital of the state an adjective names (العاصمة السورية), else the capital
    the article named last, else the capital of the article's country."""
    if not stated:
        for m in reversed(history):
            if m.type == "City" and m.source != "coreference" and capital_country(m.entity_id, reg):
                return m.entity_id, m.type
    if ctx in reg.capital:
        cap = reg.capital[ctx]
        return cap, reg.entities[cap].type
    return None


def resolve(analysed: AnalysedArticle, reg: Registry | None = None, use_ner: bool = True) -> ResolvedArticle:
    """The entities stage."""
    reg = reg or load_registry()
    cues = load_cues()
    sentences = analysed.sentences
    reg_spans = [registry_spans(s, reg) for s in sentences]
    ctx = context_country(reg_spans, sentences, reg)
    names = recognised_names(analysed.article.text) if use_ner and sentences else []
    names_in = _names_by_sentence(names, sentences)
    mentions: list[Mention] = []
    entities: dict[str, EntityRecord] = {}
    discovered: dict[str, EntityRecord] = {}     # names found by cues anywhere in the article
    art = analysed.article.id
    for sent, all_reg in zip(sentences, reg_spans):
        for s in all_reg:
            choose(s, ctx, reg)
        all_reg = [s for s in all_reg if not _word_not_place(s, sent, reg, cues, ctx)
                   and _village_in_context(s, sent, reg, cues, ctx)]
        nested = [s for s in all_reg if s.source == "nested"]
        spans = [s for s in all_reg if s.source != "nested"]
        signalled = signals(sent, reg, _DEFINITE_DIRECTIONS)
        spans = spans + generic_spans(sent, spans, reg, ctx, mentions)
        army, new_army = national_army_spans(sent, _covered_set(spans), reg, signalled=signalled)
        spans = spans + [Span(i, j, _span_start(sent.tokens[i], p), sent.tokens[j - 1].end, eid, "StateForce",
                              "registry") for i, j, p, eid in army]
        discovered.update(new_army)
        cue, new = cue_spans(sent, spans, reg, cues, ctx)
        listed, new_listed = plural_cue_spans(sent, spans + cue, reg, cues)
        cue, new = cue + listed, {**new, **new_listed}
        nested += [s for s in spans if s.source == "nested"]
        spans = _drop_overlaps([s for s in spans if s.source != "nested"] + cue)
        rural, new2 = countryside_spans(sent, spans, reg, cues)
        regions, new3 = direction_region_spans(sent, spans, reg, signalled)
        new2.update(new3)
        spans = _drop_overlaps(spans + rural + regions)
        speakers, new5 = speaker_spans(sent, spans, reg, cues)
        new2.update(new5)
        spans = _drop_overlaps(spans + speakers)
        recognised, new4 = ner_spans(sent, spans, names_in[sent.index], reg, cues)
        new2.update(new4)
        spans = _drop_overlaps(spans + recognised)
        spans = spans + anaphor_spans(sent, spans, mentions, cues, reg, ctx)
        spans = _drop_overlaps(spans)
        spans = spans + adjective_spans(sent, spans + nested, reg, signalled)
        kept_outer = [s for s in spans if s.source in ("registry", "cue")]
        spans = spans + [n for n in nested if any(o.i <= n.i and n.j <= o.j and (o.i, o.j) != (n.i, n.j)
                                                  and not (o.type == "Country" and n.type == "Country")
                                                  for o in kept_outer)]   # جنوب السودان names no Sudan
        spans.sort(key=lambda s: (s.i, -s.j))
        if any(s.entity_id is not None for s in spans):
            discovered.update(new)
            discovered.update(new2)
        for s in spans:
            if s.entity_id is None:
                continue
            record = reg.entities.get(s.entity_id) or discovered.get(s.entity_id)
            if record is None:
                continue
            entities.setdefault(record.id, record)
            mentions.append(Mention(art, sent.index, s.start, s.end, analysed.article.text[s.start:s.end],
                                    record.id, record.type, s.source, s.i, s.j))
    mentions = _propagate_names(sentences, mentions, entities, analysed.article)
    mentions = resolve_metonyms(sentences, mentions, entities, reg, _reporting_verbs())
    mentions = armies_for_states(mentions, reg)
    mentions = merge_person_aliases(sentences, mentions)
    return ResolvedArticle(analysed.article, sentences, tuple(mentions), tuple(entities.values()), ctx)


def _names_by_sentence(names, sentences) -> dict[int, list]:
    """sentence index -> the recognised names that start inside it, in their order (ner_spans
    keeps those that end inside it too): each sentence reads its own names, not the article's."""
    out: dict[int, list] = {s.index: [] for s in sentences}
    starts = [s.start for s in sentences]
    for n in names:
        k = bisect.bisect_right(starts, n.start) - 1
        if k >= 0:
            out[sentences[k].index].append(n)
    return out


def adjective_spans(sentence: Sentence, taken: list[Span], reg: Registry, signalled=None) -> list[Span]:
    """غارة إسرائيلية، جنود أميركيون: a nationality adjective on a noun of state action is a
    mention of the state (kg.entities.context.adjective_country_spans)."""
    tokens, out = sentence.tokens, []
    if signalled is not None and not any(sig[0] for _, sig in signalled):
        return out
    for k, eid in adjective_country_spans(sentence, _covered_set(taken), reg, signalled=signalled):
        t = tokens[k]
        prefix = next((p for p, st in proclitic_variants(t.norm) if st in reg.nationality), "")
        out.append(Span(k, k + 1, _span_start(t, prefix), t.end, eid, "Country", "adjective"))
    return out


@functools.lru_cache(maxsize=1)
def _reporting_verbs() -> frozenset[str]:
    return frozenset(normalise(w) for w in load_lexicon().lists.get("reporting_verbs", ()))


def _propagate_names(sentences, mentions: list[Mention], entities: dict, article) -> list[Mention]:
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
    starts = _StartIndex(index)          # per article: never cached by id
    covered = {(m.sentence, k) for m in mentions for k in range(m.token_start, m.token_end)}
    extra = []
    firsts = starts.firsts.keys()
    for sent in sentences:
        tokens, end = sent.tokens, 0
        for i in [i for i, t in enumerate(tokens) if not firsts.isdisjoint(variant_stems(t.norm))]:
            if i < end or (sent.index, i) in covered:       # (only these tokens can start a name)
                continue
            hit = _match_at(tokens, i, index, longest, starts)
            if hit is None:
                continue
            length, prefix, eid = hit
            j = i + length
            if any((sent.index, k) in covered for k in range(i, j)):
                continue
            start = _span_start(tokens[i], prefix)
            record = entities[eid]
            extra.append(Mention(article.id, sent.index, start, tokens[j - 1].end,
                                 article.text[start:tokens[j - 1].end], eid, record.type, "propagated", i, j))
            end = j
    return sorted(mentions + extra, key=lambda m: (m.sentence, m.token_start))
