"""Coreference: a definite head (المدينة، الحزب، العاصمة ...) is the latest compatible entity the
article named (``anaphor_spans``, a pass per sentence), and a name found once by a cue or the
recogniser is that name wherever else the article uses it (``propagate_names``, on the whole
article's mentions).
"""
from __future__ import annotations

import functools
import heapq
from dataclasses import replace
from typing import Iterator

from kg.arabic import is_word, normalise, proclitic_variants, variant_stems
from kg.entities.context import capital_country, nationality_of
from kg.entities.matching import StartIndex, match_at, reading_memo, with_proclitics
from kg.entities.names import bare_words
from kg.entities.spans import Span, covered_tokens, sentence_text, span_start
from kg.language.cues import Cues, load_context_cues
from kg.language.words import CORE_PREPOSITIONS, NISBA_ENDINGS, PLACE_TYPES, QUOTES
from kg.language.names import GROUPS, TYPES
from kg.registry import Registry
from kg.types import Mention, Sentence


def anaphor_spans(sentence: Sentence, taken: list[Span], history: list[Mention], cues: Cues, reg: Registry,
                  article_country: str | None, tied=frozenset(), introduced=None) -> list[Span]:
    """Definite heads (المدينة، الحزب، العاصمة ...) resolved to the latest compatible entity; a
    group's head (الجماعة، التنظيم) with none named with it, to the article's one armed group
    (``_lone_group_antecedent``). ``introduced``: (sentence, token) -> the kind word right before
    a name of the sentences before (``kind_words_before``)."""
    tokens, out = sentence.tokens, []
    covered = covered_tokens(taken)
    anaphor_of = reading_memo(cues.anaphors)
    made: dict[int, Mention] = {}              # id(span) -> its mention: made once per sentence
    ordered: list[Span] | None = None          # taken + out in token order (remade when out grows)
    for i, t in enumerate(tokens):
        reading = anaphor_of[t.norm]
        if reading is None or i in covered:
            continue
        p, stem = reading
        if cues.anaphors[stem].get("capital") and _qualified_capital(tokens, i):
            continue           # بورتسودان، العاصمة الإدارية المؤقتة: a seat described, not the capital
        adj = nationality_of(tokens[i + 1].norm, reg) if i + 1 < len(tokens) else None
        strict = cues.anaphors[stem].get("unique") or cues.anaphors[stem].get("adjective_names_another")
        if strict and ((not adj and _named_by_its_adjective(tokens, i)) or _an_idiom(cues.anaphors[stem], tokens, i, p)):
            continue
        after = i + 2 if adj else i + 1
        rule = cues.anaphors[stem]
        if after < len(tokens) and any(s.i == after and (s.type in rule["types"] or rule.get("capital"))
                                       for s in taken):
            continue           # العاصمة (اليمنية) صنعاء: an apposition, not an anaphor
        if ordered is None:
            ordered = sorted(taken + out, key=lambda s: s.i)
        earlier = [made.get(id(s)) or _mention(sentence, s, made)
                   for s in ordered if s.j <= i and s.entity_id and s.type]
        kinds = None
        if rule.get("named_after_its_kind"):
            kinds = _Kinds(introduced or {}, kind_words_before(sentence.index, tokens, ordered))
        target = _antecedent(rule, _Joined(history, earlier), reg, adj or article_country, sentence.index,
                             stated=adj is not None, kinds=kinds)
        if target is None and rule.get("lone_group"):
            target = _lone_group_antecedent(history, [s for s in taken if not _described_by_its_apposition(tokens, s, i)],
                                            i, tokens, tied)
        if target:
            out.append(Span(i, i + 1, span_start(t, p), t.end, target[0], target[1], "coreference"))
            ordered = None
    return out


class _Kinds:
    """The kind word before the names of the article so far (the sentences before and this one)."""
    __slots__ = ("before", "here")

    def __init__(self, before, here):
        self.before, self.here = before, here

    def of(self, m: Mention) -> frozenset:
        key = (m.sentence, m.token_start)
        return self.here.get(key) or self.before.get(key) or frozenset()


def kind_words_before(index: int, tokens, spans) -> dict[tuple[int, int], frozenset]:
    """تنظيم "داعش - ولاية غرب إفريقيا"، حركة «طالبان باكستان»، لجماعة بوكو حرام: (sentence,
    token) of a body's name -> the stems of the word right before it (a quote between them
    skipped), the kind word a name may be introduced with outside its own span. Only non-places."""
    out = {}
    for s in spans:
        if not s.entity_id or s.type in PLACE_TYPES:
            continue
        k = s.i - 1
        if k >= 0 and tokens[k].norm in QUOTES:
            k -= 1
        if k >= 0:
            out[(index, s.i)] = frozenset(st for _, st in proclitic_variants(tokens[k].norm))
    return out


def _described_by_its_apposition(tokens, s: Span, i: int) -> bool:
    """«لواء المجيد»، وهو الجناح الانتحاري للتنظيم: a body followed (past a quote and a comma) by
    وهو / وهي before the anaphor at token i is what the apposition describes, never the body the
    anaphor names (a part is not the whole)."""
    if not s.j <= i:
        return False
    k = s.j
    while k < i and (tokens[k].norm in QUOTES or tokens[k].norm in ("،", ",")):
        k += 1
    return k < i and tokens[k].norm in ("وهو", "وهي")


def _lone_group_antecedent(history, taken, i: int, tokens, tied):
    """وتبنت الجماعة الهجوم after جماعة "نصرة الإسلام والمسلمين" (its name quoted, the head left
    out of it): a group's head (cues.json anaphors marked lone_group) with no group named with the
    head is the one armed group the article has named (generic.the_one_group), else nothing."""
    from kg.entities.generic import the_one_group
    eid = the_one_group(history, taken, i, tokens, tied)
    return (eid, TYPES.armed_group) if eid else None


def _qualified_capital(tokens, i: int) -> bool:
    """العاصمة الإدارية / العاصمة المؤقتة / العاصمة الاقتصادية لبوروندي: the capital word with an
    adjective that makes it another seat (capital_qualifiers) names no state's capital."""
    return i + 1 < len(tokens) and tokens[i + 1].norm in load_context_cues().capital_qualifiers


def _mention(sentence: Sentence, s: Span, made: dict[int, Mention]) -> Mention:
    """A span of the sentence as a mention (kept in ``made`` by the span's id)."""
    m = made[id(s)] = Mention("", sentence.index, s.start, s.end, sentence_text(sentence, s.start, s.end),
                              s.entity_id, s.type, s.source, s.i, s.j)
    return m


class _Joined:
    """``history + earlier`` as _antecedent reads it (truth, length, reversed, a slice), without
    copying the article's mentions so far for every anaphor (a long article has thousands)."""
    __slots__ = ("history", "earlier")

    def __init__(self, history: list[Mention], earlier: list[Mention]):
        self.history, self.earlier = history, earlier

    def __len__(self) -> int:
        return len(self.history) + len(self.earlier)

    def __reversed__(self):
        yield from reversed(self.earlier)
        yield from reversed(self.history)

    def __getitem__(self, key):
        if isinstance(key, slice):
            return [self[k] for k in range(len(self))[key]]
        n = len(self.history)
        if key < 0:
            key += len(self)
        return self.history[key] if key < n else self.earlier[key - n]

    def latest_of(self, types) -> Iterator[Mention]:
        """The mentions of these types, the latest first."""
        yield from (m for m in reversed(self.earlier) if m.type in types)
        index = _TypeIndex.of(self.history)
        history = self.history
        positions = [index.positions[t] for t in set(types) if t in index.positions]
        if len(positions) == 1:
            yield from map(history.__getitem__, reversed(positions[0]))
        elif positions:
            yield from map(history.__getitem__, heapq.merge(*map(reversed, positions), reverse=True))


class _TypeIndex:
    """Positions of an article's mentions so far by type, for the one list the entities stage
    grows by appending (kept for the latest list seen and extended as it grows), so that looking
    back for the latest mention of a type does not walk every mention of a long article."""
    __slots__ = ("history", "size", "positions")
    latest: "_TypeIndex | None" = None

    def __init__(self, history: list[Mention]):
        self.history, self.size, self.positions = history, 0, {}

    @classmethod
    def of(cls, history: list[Mention]) -> "_TypeIndex":
        index = cls.latest
        if index is None or index.history is not history or index.size > len(history):
            index = cls.latest = cls(history)
        for k in range(index.size, len(history)):
            index.positions.setdefault(history[k].type, []).append(k)
        index.size = len(history)
        return index


def _latest_of(history, types) -> Iterator[Mention]:
    """The mentions of ``history`` (a list or a _Joined) of these types, the latest first."""
    if isinstance(history, _Joined):
        return history.latest_of(types)
    return (m for m in reversed(history) if m.type in types)


def _antecedent(rule, history, reg, country, current: int, stated: bool = False, kinds=None):
    """(entity id, type) an anaphor's rule (cues.json: the types it may name, the heads that
    name them, a default per country) picks among the mentions before it, or None. العاصمة:
    ``_capital_antecedent``. Else a place of the last two sentences (one named with the
    anaphor's head first; for a rule marked named_head_first, الإقليم, the latest place named
    with its head anywhere before a recent other place), else the latest mention of its types named with its head, else (a
    rule without heads) the latest of its types among the last 12 mentions, else the default.
    A rule marked not_capital (البلدة، القرية، المخيم) never names a capital: ``_fits``."""
    if rule.get("capital"):
        return _capital_antecedent(history, reg, country, stated)
    if rule.get("unique"):
        return _unique_headed_antecedent(rule, history, current, kinds)
    if rule.get("not_capital"):
        history = [m for m in history if _fits(rule, m, reg)]
    default = rule.get("default", {}).get(country or "")
    heads = tuple(rule["heads"])
    known = _HEADED.get(heads)
    if known is None:
        known = _HEADED[heads] = {}

    kind_heads = frozenset(normalise(h) for h in heads) if kinds is not None else None

    def headed(m):
        if kind_heads and not kind_heads.isdisjoint(kinds.of(m)):
            return True             # حركة «طالبان باكستان» ... الحركة: the kind word outside the name
        hit = known.get(m.text)
        if hit is None:
            words = bare_words(m.text)
            hit = not heads or any(h in words or "ال" + h in words or normalise(m.text).startswith(h)
                                   for h in heads)
            if len(known) < 100_000:
                known[m.text] = hit
        return hit
    if set(rule["types"]) <= PLACE_TYPES and history and not rule.get("prefer_head"):
        recent = []
        for m in reversed(history):
            if m.sentence < current - 2:
                break
            if m.type in rule["types"] and m.source not in ("coreference", "nested"):
                recent.append(m)
            elif TYPES.city in rule["types"] and m.sentence == current and m.type == TYPES.region:
                city = _city_named_by_region(m, reg)
                if city is not None:   # في محافظة مأرب ... غربي المدينة: the city the region is named after
                    return city, TYPES.city
        # المحافظة after محافظة درعا ... ريف درعا: a place named with the anaphor's head first
        hit = next((m for m in recent if headed(m)), None)
        if hit is None and rule.get("named_head_first"):
            hit = _latest_headed(history, rule["types"], headed)
        hit = hit or (recent[0] if recent else None)
        if hit is not None:
            return hit.entity_id, hit.type
    for m in _latest_of(history, rule["types"]):
        if m.source not in ("coreference", "nested") and headed(m):
            return m.entity_id, m.type
    for m in reversed(history[-12:]):
        if m.type in rule["types"] and not rule["heads"]:
            return m.entity_id, m.type
    if default in reg.entities:
        return default, reg.entities[default].type      # القطاع in a Palestinian story
    return None


def _latest_headed(history, types, headed) -> Mention | None:
    """إقليم ناغورنو كاراباخ ... القوقاز ... الإقليم: for a rule marked named_head_first, the
    latest place the article named with the anaphor's head, before any recent place of its type."""
    return next((m for m in _latest_of(history, types) if m.source not in ("coreference", "nested") and headed(m)), None)


def _unique_headed_antecedent(rule, history, current: int = -1, kinds=None):
    """قال زعيم الجبهة after جبهة البوليساريو: a strict anaphor's rule (cues.json anaphors marked
    unique) names the one entity of its types the article named with its head (جبهة X، جهاز X),
    and nothing when it named none or two (جهاز الردع ... جهاز دعم الاستقرار), unless its own
    sentence named one of them and no other before it (رئيس جهاز دعم الاستقرار ... مقرات الجهاز)."""
    heads = tuple(rule["heads"])
    kind_heads = frozenset(normalise(h) for h in heads)
    found: dict[str, str] = {}
    here: set[str] = set()
    for m in _latest_of(history, rule["types"]):
        if m.source in ("coreference", "nested"):
            continue
        words = bare_words(m.text)
        if any(h in words[:1] or "ال" + h in words[:1] for h in heads) or \
                (kinds is not None and not kind_heads.isdisjoint(kinds.of(m))):
            found.setdefault(m.entity_id, m.type)
            if m.sentence == current:
                here.add(m.entity_id)
    if len(found) == 1:
        return next(iter(found.items()))
    if len(here) == 1:
        eid = next(iter(here))
        return eid, found[eid]
    return None


def _named_by_its_adjective(tokens, i: int) -> bool:
    """الجبهة الشعبية، الحركة الإسلامية: a strict anaphor's head (unique, or marked
    adjective_names_another) with a definite relational adjective after it that agrees with it
    (not a nationality) is the name of another body, not a word for one named before."""
    if i + 1 >= len(tokens):
        return False
    w = tokens[i + 1].norm
    if not (w.startswith("ال") and len(w) > 4 and w.endswith(NISBA_ENDINGS)):
        return False
    feminine = tokens[i].norm.endswith("ه")     # عمليات الحزب الخارجية: the adjective of the noun before
    return w.endswith("يه") if feminine else w.endswith("ي")


def _an_idiom(rule, tokens, i: int, prefix: str) -> bool:
    """فرضوا سيطرتهم بالقوة، رفض استخدام القوة: a head the rule lists as an idiom after a word
    (idiom_after) or with a proclitic (idiom_proclitic) names no body."""
    before = rule.get("idiom_after")
    if before and i > 0 and any(st in before for _, st in proclitic_variants(tokens[i - 1].norm)):
        return True
    clitic = rule.get("idiom_proclitic")
    return bool(clitic) and prefix.endswith(clitic)


def _fits(rule, m: Mention, reg) -> bool:
    """انسحبوا من البلدة after a press conference بمقديشو: a town, village or camp is no capital."""
    return not (rule.get("not_capital") and m.type == TYPES.city and capital_country(m.entity_id, reg))


def _city_named_by_region(m: Mention, reg) -> str | None:
    """محافظة مأرب -> the city مأرب: the registry city of the region's country named by the
    region's name without its cue (named_after_city: محافظة، ولاية)."""
    words = normalise(m.text).split()
    if len(words) < 2 or not any(st in load_context_cues().named_after_city for _, st in proclitic_variants(words[0])):
        return None
    country = reg.country_of(m.entity_id)
    return next((e.entity_id for e in reg.lookup(tuple(words[1:])) if reg.entities[e.entity_id].type == TYPES.city
                 and reg.country_of(e.entity_id) in (country, None)), None)


_HEADED: dict[tuple[str, ...], dict[str, bool]] = {}    # a rule's heads -> mention text -> headed


def _capital_antecedent(history, reg, country, stated: bool):
    """العاصمة: the capital of the state an adjective names (العاصمة السورية), else the capital
    the article named last, else the capital of the article's country."""
    if not stated:
        for m in _latest_of(history, (TYPES.city,)):
            if m.source != "coreference" and capital_country(m.entity_id, reg):
                return m.entity_id, m.type
    if country in reg.capital:
        cap = reg.capital[country]
        return cap, reg.entities[cap].type
    return None


def propagate_names(sentences, mentions: list[Mention], entities: dict, article) -> list[Mention]:
    """A name found once in an article (by a cue or the recogniser) is that name wherever else the
    article uses it: بلدة بيتونيا ... في بيتونيا."""
    index: dict[tuple[str, ...], str] = {}
    bare: set[tuple[str, ...]] = set()       # a definite name without its article: read after a place word only
    for m in mentions:
        if m.source in ("cue", "ner") and m.entity_id.startswith("name:"):
            key = tuple(m.entity_id[5:].split("_"))
            if key and all(len(w) >= 2 for w in key):
                index[key] = m.entity_id
                if m.source == "cue" and len(key) == 1 and m.type in GROUPS.settlements \
                        and not key[0].startswith("ال") and len(key[0]) >= 3:
                    index.setdefault(("ال" + key[0],), m.entity_id)   # بلدة صالحة ... على الصالحة
                if m.source == "cue" and len(key) == 1 and m.type in GROUPS.settlements \
                        and key[0].startswith("ال") and len(key[0]) >= 5 and (key[0][2:],) not in index:
                    index[(key[0][2:],)] = m.entity_id            # بلدة الصالحة ... فوق صالحة
                    bare.add((key[0][2:],))
    if not index:
        return mentions
    longest = max(len(k) for k in index)
    starts = StartIndex(index)          # per article: never cached by id
    covered = {(m.sentence, k): n for n, m in enumerate(mentions) for k in range(m.token_start, m.token_end)}
    extra, inside = [], set()
    firsts = starts.firsts.keys()
    forms = with_proclitics(firsts)     # every written form of a first word: most sentences hold none
    for sent in sentences:
        tokens, end = sent.tokens, 0
        if forms.isdisjoint(sent.norm_set):
            continue
        for i in [i for i, t in enumerate(tokens) if t.norm in forms]:
            if i < end:                                     # (only these tokens can start a name)
                continue
            hit = match_at(tokens, i, index, longest, starts)
            if hit is None:
                continue
            length, prefix, eid = hit
            j = i + length
            if bare and tuple(t.norm for t in tokens[i:j]) in bare and not _after_a_place_word(tokens, i, prefix):
                continue
            under = {covered[(sent.index, k)] for k in range(i, j) if (sent.index, k) in covered}
            if under and not all(_shorter_registry_name(mentions[n], i, j) for n in under):
                continue
            inside |= under
            start = span_start(tokens[i], prefix)
            record = entities[eid]
            extra.append(Mention(article.id, sent.index, start, tokens[j - 1].end,
                                 article.text[start:tokens[j - 1].end], eid, record.type, "propagated", i, j))
            end = j
    if inside:
        mentions = [m for n, m in enumerate(mentions) if n not in inside]
    return sorted(mentions + extra, key=lambda m: (m.sentence, m.token_start))


def _after_a_place_word(tokens, i: int, prefix: str) -> bool:
    """في صالحة، قرب صالحة، بلدة صالحة، بصالحة: a word right after a locative word or a place cue
    (or with the preposition ب/ل on it) stands where a place is named (not غير صالحة للشرب)."""
    from kg.language.cues import load_context_cues, load_cues
    if prefix[-1:] in ("ب", "ل"):
        return True
    if i == 0:
        return False
    locative, place = load_context_cues().locative, load_cues().place
    return any(st in locative or st in place for _, st in proclitic_variants(tokens[i - 1].norm))


def _shorter_registry_name(m: Mention, i: int, j: int) -> bool:
    """مدينة آدم يبال ... وتكتسب آدم يبال: a registry place (آدم) inside the longer name a cue
    introduced yields to that name where the name recurs."""
    return (m.source == "registry" and m.type in GROUPS.settlements and i <= m.token_start
            and m.token_end <= j and m.token_end - m.token_start < j - i)


def merge_short_forms(mentions: list[Mention], entities: dict, reg: Registry, cues: Cues) -> list[Mention]:
    """وزارة الداخلية اللبنانية ... وقالت وزارة الداخلية: a new name and a longer name of one type
    in an article (new, or the registry's as the text writes it), the new one a short form of the
    longer (``short_form_of``), are one referent: every mention of the short form goes to the long
    form's node (kept only where one long form fits). Registry names and persons are left as they
    are."""
    from kg.language.cues import load_context_cues
    adjectives = load_context_cues().name_adjectives
    words: dict[str, tuple[str, ...]] = {}
    forms: dict[str, set[tuple[str, ...]]] = {}       # every entity (no person) -> its written forms
    for m in mentions:
        e = entities.get(m.entity_id)
        if e is None or e.type == TYPES.person:
            continue
        if m.entity_id.startswith("name:"):
            if m.entity_id not in words:
                words[m.entity_id] = bare_words(e.name)
                forms.setdefault(m.entity_id, set()).add(words[m.entity_id])
        elif len(m.text.split()) >= 2:
            forms.setdefault(m.entity_id, set()).add(bare_words(m.text))
    if not words or len(forms) < 2:
        return mentions
    same = {}
    for a, wa in words.items():
        fits = {b for b, wbs in forms.items() if b != a and entities[a].type == entities[b].type
                and any(short_form_of(wa, wb, adjectives, cues, reg) for wb in wbs)}
        if len(fits) == 1:
            same[a] = fits.pop()
    same = {a: b for a, b in same.items() if b not in same}      # (no chains: a short form of a short form)
    if not same:
        return mentions
    for a in same:
        entities.pop(a, None)
    return [replace(m, entity_id=same[m.entity_id]) if m.entity_id in same else m for m in mentions]


def short_form_of(short: tuple[str, ...], long: tuple[str, ...], adjectives, cues: Cues, reg: Registry) -> bool:
    """Whether the words ``short`` name in short the body ``long`` names: ``long`` without its
    closing adjectives (وزارة الداخلية اللبنانية -> وزارة الداخلية، جهاز المخابرات العامة المصرية ->
    جهاز المخابرات), or its head made definite before its closing adjectives, the words between
    left out (مجلس القيادة الرئاسي -> المجلس الرئاسي، هيئة الإنقاذ الوطنية -> الهيئة الوطنية)."""
    from kg.entities.names import is_adjective
    if len(long) <= len(short):
        return False

    def adjective(w: str) -> bool:
        return w in adjectives or is_adjective(w, cues, reg)
    if long[:len(short)] == short:
        return all(adjective(w) for w in long[len(short):])
    if len(short) >= 2 and short[0] == "ال" + long[0] and not long[0].startswith("ال") \
            and long[len(long) - len(short) + 1:] == short[1:] and all(adjective(w) for w in short[1:]):
        return True
    return False


_BODIES_BY_BARE_NAME: dict[int, dict[tuple[str, ...], list[str]]] = {}


def _bodies_by_bare_name(reg: Registry) -> dict[tuple[str, ...], list[str]]:
    """The registry's bodies (no person, no place) by each of their names less its closing
    adjective of the body's own state (جهاز المخابرات العامة المصرية -> جهاز المخابرات العامة)."""
    table = _BODIES_BY_BARE_NAME.get(id(reg))
    if table is None:
        table = {}
        for e in reg.entities.values():
            if e.type == TYPES.person or e.type in PLACE_TYPES or e.country is None:
                continue
            for name in (e.name, *e.aliases):
                words = bare_words(name)
                if len(words) >= 3 and reg.nationality.get(words[-1]) == e.country:
                    ids = table.setdefault(words[:-1], [])
                    if e.id not in ids:
                        ids.append(e.id)
        _BODIES_BY_BARE_NAME[id(reg)] = table
    return table


def bodies_without_their_adjective(mentions: list[Mention], entities: dict, reg: Registry,
                                   country: str | None) -> list[Mention]:
    """جهاز المخابرات العامة in a story that names Egypt (or its intelligence service): a new name
    that is a registry body's name less the adjective of the body's state is that body, where one
    such body of that type fits: the one the article names, else the one of the article's
    country, else the one of the only state among the bodies' the article names."""
    table = _bodies_by_bare_name(reg)
    new = {m.entity_id for m in mentions if m.entity_id.startswith("name:")}
    if not new or not table:
        return mentions
    named = {m.entity_id for m in mentions}
    states = {reg.entities[m.entity_id].country for m in mentions if m.entity_id in reg.entities}
    same = {}
    for eid in new:
        e = entities.get(eid)
        if e is None or e.type == TYPES.person:
            continue
        words = bare_words(e.name)
        options = [b for b in table.get(words, ()) if reg.entities[b].type == e.type]
        own = reg.nationality.get(words[-1]) if len(words) >= 3 else None
        by_adjective = []
        if not options and own:      # جهاز المخابرات العامة المصري: the adjective in the other gender
            options = by_adjective = [b for b in table.get(words[:-1], ()) if reg.entities[b].type == e.type
                                      and reg.entities[b].country == own]
        if not options:
            continue
        for pick in (by_adjective, [b for b in options if b in named], [b for b in options if reg.entities[b].country == country],
                     [b for b in options if reg.entities[b].country in states]):
            if pick:
                if len(pick) == 1:
                    same[eid] = pick[0]
                break
    if not same:
        return mentions
    for eid, body in same.items():
        entities.pop(eid, None)
        entities.setdefault(body, reg.entities[body])
    return [replace(m, entity_id=same[m.entity_id]) if m.entity_id in same else m for m in mentions]


_LONG_VOWELS = frozenset("وياءئؤ")
_SPELLINGS: dict[int, dict[tuple[str, ...], str]] = {}


@functools.lru_cache(maxsize=100_000)
def _skeleton(name: str) -> tuple[str, ...]:
    """A name's words without their inner long vowels and hamza seats (و ي ا ء ئ ؤ after the first
    letter), the letters transliterations of one foreign name disagree on (دقلو / دوقلو،
    غروندبرغ / غروندبيرغ، بقائي / بقايي)."""
    return tuple(w[0] + "".join(c for c in w[1:] if c not in _LONG_VOWELS) for w in normalise(name).split())


@functools.lru_cache(maxsize=100_000)
def _flat(name: str) -> str:
    """The normalised name without its spaces (بور تسودان and بورتسودان alike)."""
    return normalise(name).replace(" ", "")


def _registry_spellings(reg: Registry) -> dict[tuple[str, ...], str]:
    """skeleton -> the registry person whose name or alias (two words or more) has it, where only
    one person has it."""
    table = _SPELLINGS.get(id(reg))
    if table is None:
        owners: dict[tuple[str, ...], set[str]] = {}
        for e in reg.entities.values():
            if e.type != TYPES.person:
                continue
            for name in (e.name, *e.aliases):
                if len(name.split()) >= 2:
                    owners.setdefault(_skeleton(name), set()).add(e.id)
        table = _SPELLINGS[id(reg)] = {k: next(iter(v)) for k, v in owners.items() if len(v) == 1}
    return table


def registry_spellings(mentions: list[Mention], entities: dict, reg: Registry) -> list[Mention]:
    """محمد حمدان دوقلو where the registry knows محمد حمدان دقلو: a new person's name that differs
    from a registry person's only by inner long vowels (at most two) is that person."""
    table = None
    same: dict[str, str] = {}
    for m in mentions:
        if m.type != TYPES.person or not m.entity_id.startswith("name:") or m.entity_id in same:
            continue
        e = entities.get(m.entity_id)
        if e is None or len(e.name.split()) < 2:
            continue
        table = table if table is not None else _registry_spellings(reg)
        target = table.get(_skeleton(e.name))
        if target is None:
            continue
        known = reg.entities[target]
        extra = abs(len(normalise(e.name).replace(" ", "")) - min(
            len(normalise(n).replace(" ", "")) for n in (known.name, *known.aliases) if _skeleton(n) == _skeleton(e.name)))
        if extra <= 2:
            same[m.entity_id] = target
    if not same:
        return mentions
    for old, new in same.items():
        entities.pop(old, None)
        entities.setdefault(new, reg.entities[new])
    return [replace(m, entity_id=same[m.entity_id], source=m.source) if m.entity_id in same else m for m in mentions]


def spelling_variants(mentions: list[Mention], entities: dict, reg: Registry) -> list[Mention]:
    """بلدة رأس كمبوني ... رأس كامبوني، مدينة بورتسودان ... بور تسودان: a new name (no person) that
    differs from a name of another entity of the article, of the same kind (both places or
    neither), only by inner long vowels and hamza seats (at most two letters; five letters or
    more) is that entity: one place or body transliterated two ways."""
    def kind(t: str) -> bool:
        return t in PLACE_TYPES
    names: dict[str, tuple[str, ...]] = {}         # entity -> its names (a registry entity: all it knows)
    for m in mentions:
        if m.entity_id in names or m.type == TYPES.person:
            continue
        e = entities.get(m.entity_id) or reg.entities.get(m.entity_id)
        if e is not None:
            names[m.entity_id] = (e.name,) if m.entity_id.startswith("name:") else (e.name, *e.aliases)
    new = [eid for eid in names if eid.startswith("name:")]
    if not new or len(names) < 2:
        return mentions
    wanted = {(_skeleton(entities[eid].name), kind(entities[eid].type)) for eid in new}   # the buckets read below
    by_skeleton: dict[tuple[tuple[str, ...], bool], dict[str, str]] = {}
    for eid, ns in names.items():
        e = entities.get(eid) or reg.entities[eid]
        its_kind = kind(e.type)
        for n in ns:
            key = (_skeleton(n), its_kind)
            if key in wanted:
                by_skeleton.setdefault(key, {}).setdefault(eid, _flat(n))
    same: dict[str, str] = {}
    for eid in new:
        e = entities[eid]
        flat = _flat(e.name)
        if len(flat) < 5:
            continue
        others = {o: f for o, f in by_skeleton.get((_skeleton(e.name), kind(e.type)), {}).items()
                  if o != eid and f != flat and abs(len(f) - len(flat)) <= 2}
        known = [o for o in others if not o.startswith("name:")]
        if len(known) == 1:
            same[eid] = known[0]
        elif not known and len(others) == 1 and next(iter(others)) not in same:
            same[eid] = next(iter(others))
    same = {a: b for a, b in same.items() if b not in same}
    if not same:
        return mentions
    for old, target in same.items():
        entities.pop(old, None)
        if target in reg.entities:
            entities.setdefault(target, reg.entities[target])
    return [replace(m, entity_id=same[m.entity_id]) if m.entity_id in same else m for m in mentions]


def merge_family_names(mentions: list[Mention], entities: dict) -> list[Mention]:
    """العقيد مؤيد عبد الرحمن ... وأضاف عبد الرحمن: a new person's name that is the end of another
    person's fuller name in the article (the family name, as news repeats it) is that person,
    where only one fuller name ends so."""
    persons = {}
    for m in mentions:
        e = entities.get(m.entity_id)
        if e is not None and e.type == TYPES.person and m.entity_id not in persons:
            persons[m.entity_id] = bare_words(e.name)
    if len(persons) < 2:
        return mentions
    same: dict[str, str] = {}
    for a, wa in persons.items():
        if not a.startswith("name:"):
            continue
        fuller = [b for b, wb in persons.items() if b != a and len(wb) > len(wa) and wb[-len(wa):] == wa]
        if len(fuller) == 1:
            same[a] = fuller[0]
    if not same:
        return mentions
    for a in same:
        entities.pop(a, None)
    return [replace(m, entity_id=same[m.entity_id]) if m.entity_id in same else m for m in mentions]


def family_name_mentions(sentences, mentions: list[Mention], entities: dict, article,
                         reporting: frozenset[str]) -> list[Mention]:
    """العميد سامر الحسن ... وأضاف الحسن أن ...: right after a reporting verb, the last word of a
    person's name (two words or more) named earlier in the article is that person, where only one
    person named so far ends with that word."""
    owners: dict[str, set[str]] = {}
    first_seen: dict[str, tuple[int, int]] = {}
    for m in mentions:
        e = entities.get(m.entity_id)
        if e is None or e.type != TYPES.person or m.source == "nested":
            continue
        words = normalise(e.name).split()     # (not bare_words: باراك، كوهين keep their first letter)
        if len(words) >= 2 and len(words[-1]) >= 3:
            owners.setdefault(words[-1], set()).add(m.entity_id)
            first_seen.setdefault(m.entity_id, (m.sentence, m.token_end))
    if not owners:
        return mentions
    covered = None
    after_a_conjunction = {c + w for w in owners for c in "وف"}      # (the forms of a name after و / ف)
    extra = []
    for sent in sentences:
        tokens = sent.tokens
        norms = sent.norms
        if owners.keys().isdisjoint(sent.norm_set) and after_a_conjunction.isdisjoint(sent.norm_set):
            continue                      # (most sentences: no family name named before)
        if covered is None:
            covered = {(m.sentence, k) for m in mentions for k in range(m.token_start, m.token_end)}
        for i in range(len(tokens)):
            norm, skip = norms[i], 0
            who = owners.get(norm)
            if who is None and norm[:1] in "وف" and norm[1:] in owners:
                who, skip = owners[norm[1:]], 1       # والعبيدي قال: the surname after a conjunction
            if not who or len(who) != 1 or (sent.index, i) in covered:
                continue
            if not _reported_before(tokens, i, reporting) and not _verb_after_a_surname(tokens, i, reporting) \
                    and not _title_after_a_surname(tokens, i):
                continue
            if norm[skip:] in CORE_PREPOSITIONS and not _said_by_a_preposition_name(tokens, i, skip, reporting):
                continue                  # العميد عبد الله علي ... سيطرت على البلدة: the preposition
            eid = next(iter(who))
            if first_seen[eid] > (sent.index, i):
                continue                  # named in full only later: not a repetition
            t = tokens[i]
            start = t.start + skip if t.text[:1] in "وف" else t.start
            extra.append(Mention(article.id, sent.index, start, t.end, article.text[start:t.end], eid,
                                 TYPES.person, "propagated", i, i + 1))
    if not extra:
        return mentions
    return sorted(mentions + extra, key=lambda m: (m.sentence, m.token_start))


def _reported_before(tokens, i: int, reporting: frozenset[str]) -> bool:
    """وأضاف الحسن، وبحث باراك: a reporting verb or a verb of the lexicon right before token i."""
    if i == 0:
        return False
    prev = tokens[i - 1].norm
    return prev in reporting or (prev[:1] in "وف" and prev[1:] in reporting) or _verb_before_a_surname(prev)


def _said_by_a_preposition_name(tokens, i: int, skip: int, reporting: frozenset[str]) -> bool:
    """وأضاف علي: a surname written like a preposition (علي / على، من) is the person only right
    after a reporting verb, written with ي as a name is (سيطرت على البلدة: the preposition)."""
    prev = tokens[i - 1].norm if i > 0 else ""
    return (prev in reporting or (prev[:1] in "وف" and prev[1:] in reporting)) \
        and not tokens[i].text.endswith("ى") and not skip


def _verb_after_a_surname(tokens, i: int, reporting: frozenset[str]) -> bool:
    """والعبيدي قال إن ...، وباك أكد أن ...: a surname that opens a clause (the sentence's first
    word, or joined by و/ف) before a reporting verb or a verb of the lexicon is its subject."""
    if i + 1 >= len(tokens) or not (i == 0 or tokens[i].norm[:1] in "وف" or not is_word(tokens[i - 1].norm)):
        return False
    nxt = tokens[i + 1].norm
    return nxt in reporting or _verb_before_a_surname(nxt)


def _title_after_a_surname(tokens, i: int) -> bool:
    """والساعدي قيادي في الحزب، وكان الكعبي قياديا في الكتائب، ويعد الحسن من أبرز قادة الحركة: a
    surname that opens a clause (the sentence's first word, joined by و/ف, or after a verb of being
    or a copula: كان، يعد) and is followed by a title (leader_titles, member_titles: its predicate),
    or after a verb of being or a copula by من: the surname is the subject the title describes."""
    from kg.language.lexicon import load_lexicon
    if i + 1 >= len(tokens):
        return False
    lists = load_lexicon().lists
    titles = lists["leader_titles"] | lists["member_titles"]
    nxt = tokens[i + 1].norm
    prev = tokens[i - 1].norm if i > 0 else ""
    bare_prev = prev[1:] if prev[:1] in "وف" and len(prev) > 3 else prev
    after_being = bare_prev in lists["being_verbs"] or bare_prev in lists["copula_words"]
    opens = i == 0 or tokens[i].norm[:1] in "وف" or not is_word(prev)
    return (opens or after_being) and (nxt in titles or (after_being and nxt == "من"))


def _verb_before_a_surname(prev: str) -> bool:
    """وبحث باراك مع الشرع، واستقبل عراقجي الوفد: a verb of the trigger lexicon (no verbal noun)
    right before a surname makes it the verb's subject, as a reporting verb does."""
    from kg.entities.names import is_trigger, is_trigger_noun
    return is_trigger(prev) and not is_trigger_noun(prev)


def genitive_short_forms(sentences, registry_found, reg: Registry) -> dict[tuple[str, ...], tuple[str, str]]:
    """القيادة العامة للجيش السوداني named anywhere in the article -> القيادة العامة (its words up to
    the genitive لل that names whose body it is): the short form, mapped to the body (id, type).
    Only registry bodies and facilities of one reading (no person, no place), short forms of two
    words or more; a short form two bodies share is left out."""
    from kg.language.cues import load_context_cues
    affiliation = load_context_cues().affiliation_words
    out: dict[tuple[str, ...], tuple[str, str]] = {}
    clash: set[tuple[str, ...]] = set()
    for sentence, spans in zip(sentences, registry_found):
        tokens = sentence.tokens
        for s in spans:
            if s.source != "registry" or s.j - s.i < 3 or len({c.entity_id for c in s.candidates}) != 1:
                continue
            cut = next((p for p in range(s.i + 2, s.j) if tokens[p].norm.startswith("لل")), None)
            if cut is None:
                continue
            e = reg.entities.get(s.candidates[0].entity_id)
            if e is None or e.type == TYPES.person or (e.type in PLACE_TYPES and e.type != TYPES.facility):
                continue
            first = normalise(sentence_text(sentence, s.start, tokens[s.i].end))
            key = (first,) + tuple(t.norm for t in tokens[s.i + 1:cut])
            if not key[-1].startswith("ال") or key in reg.index or key[-1] in affiliation:
                continue       # (a short form the registry knows is read as its own name; الجيش التابع)
            if key in out and out[key][0] != e.id:
                clash.add(key)
            out.setdefault(key, (e.id, e.type))
        for key, e in _heads_before_a_body(tokens, spans, reg, affiliation):
            if key in out and out[key][0] != e.id:
                clash.add(key)
            out.setdefault(key, (e.id, e.type))
    return {k: v for k, v in out.items() if k not in clash}


def _heads_before_a_body(tokens, spans, reg: Registry, affiliation) -> Iterator[tuple[tuple[str, ...], object]]:
    """أعلنت القيادة العامة للقوات المسلحة الأردنية: two definite words no name covers, a
    description the registry gives some body (its generic names: القيادة العامة), right before a
    registry body read from its genitive لل, are the article's short form of that body (not
    القصف المدفعي للجيش, no description of a body)."""
    covered = {k for s in spans for k in range(s.i, s.j)}
    for s in spans:
        if s.source != "registry" or s.i < 2 or not tokens[s.i].norm.startswith("لل") \
                or len({c.entity_id for c in s.candidates}) != 1 or covered & {s.i - 1, s.i - 2}:
            continue
        e = reg.entities.get(s.candidates[0].entity_id)
        if e is None or e.type == TYPES.person or e.type in PLACE_TYPES:
            continue
        key = bare_words(tokens[s.i - 2].text) + (tokens[s.i - 1].norm,)
        if key not in reg.generic or key in reg.index or key[-1] in affiliation:
            continue
        yield key, e


def short_form_spans(sentence: Sentence, taken, forms: dict[tuple[str, ...], tuple[str, str]]) -> list[Span]:
    """وأعلن الجيش فك الحصار عن القيادة العامة (القيادة العامة للجيش السوداني named in the article)
    -> the body: a short form of ``genitive_short_forms`` not covered by another name."""
    if not forms:
        return []
    tokens, out = sentence.tokens, []
    firsts = {k[0] for k in forms}
    starts = [i for i, t in enumerate(tokens) if not firsts.isdisjoint(variant_stems(t.norm))]
    if not starts:
        return out
    covered = covered_tokens(taken)
    for i in starts:
        t = tokens[i]
        if i in covered:
            continue
        for prefix, stem in proclitic_variants(t.norm):
            if stem not in firsts:
                continue
            for key, (eid, etype) in forms.items():
                n = len(key)
                if key[0] == stem and i + n <= len(tokens) and all(tokens[i + x].norm == key[x] for x in range(1, n)) \
                        and not any(x in covered for x in range(i, i + n)):
                    out.append(Span(i, i + n, span_start(t, prefix), tokens[i + n - 1].end, eid, etype, "coreference"))
                    covered.update(range(i, i + n))
                    break
            break
    return out
