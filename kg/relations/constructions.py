"""Relations read off a construction of the sentence, one small rule each.

Every rule takes a ``RuleContext`` (the sentence's mentions indexed by token, the lexicon's word
lists, a way to read a nationality adjective as its country, and an ``emit`` callback) and emits
the claims its construction states. Nothing is global: a rule can be run on hand-built tokens and
mentions. ``SENTENCE_RULES`` is the ordered list the extractor runs on every sentence; the helper
functions (conjuncts, title phrases, force nouns with a nationality) are shared with the trigger
rules of the extractor.
"""
from __future__ import annotations

import functools
import operator

from dataclasses import dataclass
from typing import Callable, Mapping, Sequence

from kg.arabic import PROCLITIC_CONJ, is_word, normalise, proclitic_variants
from kg.language.lexicon import stems
from kg.relations.attribution import _with_pronouns
from kg.relations.view import SentenceView, _prefix, detached_proclitics
from kg.language.words import (TIME_SPAN_OPENERS, TIME_SPAN_WORDS, ACTOR_TYPES, AMONG_WORDS, BARE_COMPLEMENTISERS, CAUSE_PREPOSITIONS, DEMONSTRATIVES, CLAUSE_COMPLEMENTISERS, DIRECTION_BASE, FEMININE_ENDINGS, MEMBERSHIP_LINKS, ORG_TYPES, PLACE_TYPES, QUOTES, CORE_PREPOSITIONS,
                               GOVERNING_PREPOSITIONS, RELATIVE, RESUMPTIVE_SUFFIXES, SUBJECT_PRONOUNS, SUFFIXES)
from kg.language.names import GROUPS, RELATIONS, TYPES
from kg.types import Mention, quick_init

Emit = Callable[..., None]        # emit(subject, relation, object, rule, confidence, trigger=None)


@quick_init
@dataclass(frozen=True)
class RuleContext:
    view: SentenceView
    lists: Mapping[str, frozenset]
    nationality: Callable[[int], Mention | None]     # the country a nationality adjective at token k names
    emit: Emit
    history: Sequence[Mention] = ()                 # mentions of the article's earlier sentences
    adjective: Callable[[str, int], Mention | None] = lambda word, k: None   # a nationality word at token k
    group_adjective: Callable[[int], Mention | None] = lambda k: None       # الحوثي at token k -> the Houthis
    titles: frozenset = frozenset()      # the cue words' person titles, as 1-tuples of words (المبعوث، الوزير)
    article_mentions: Sequence[Mention] = ()   # every mention of the article (later sentences too)
    attacker_before: Callable[[], Mention | None] = lambda: None   # who attacked in the latest sentences before


def needs(*names: str, words: Callable[[Mapping[str, frozenset]], frozenset] | None = None):
    """Declares a word a rule cannot do without: unless some token of the sentence (any proclitic
    reading, with or without ال) is a word of the lexicon lists ``names`` (or of ``words(lists)``),
    the rule returns at once. Stacked, each must hold. The extractor calls a rule only on the
    sentences that hold its words (``rules_for``); the rule keeps its own test and runs alone as well."""
    def mark(rule):
        rule.needs = (*getattr(rule, "needs", ()), (names, words))
        return rule
    return mark


class RuleDispatch:
    """Which of ``rules`` a sentence can need, read off its words: one bit per declared need
    (``needs``); a token's bits are read once per normalised form, the rules a set of bits lets
    run once per set."""

    def __init__(self, rules: Sequence[Callable], lists: Mapping[str, frozenset]):
        from kg.memo import Memo
        from kg.relations.view import _TOKEN_STEMS
        self.lists = lists
        by_word: dict[str, int] = {}
        required, bits = [], 0
        for rule in rules:
            mask = 0
            for names, words in getattr(rule, "needs", ()):
                bit, bits = 1 << bits, bits + 1
                mask |= bit
                wanted = frozenset().union(*(lists[n] for n in names))
                for w in wanted | (words(lists) if words is not None else frozenset()):
                    by_word[w] = by_word.get(w, 0) | bit
            required.append((mask, rule))
        get = by_word.get
        self.by_norm = Memo(lambda norm: functools.reduce(operator.or_, (get(w, 0) for w in _TOKEN_STEMS[norm]), 0))
        self.chosen = Memo(lambda mask: tuple(rule for need, rule in required if need & mask == need), limit=100_000)
        self.idle: set[str] = set()                    # forms whose words meet no need

    def rules_for(self, norms: frozenset[str]) -> tuple[Callable, ...]:
        """The rules, in order, whose needs the sentence of these normalised tokens meets."""
        mask, by_norm, idle = 0, self.by_norm, self.idle
        for norm in norms.difference(idle):           # (most forms meet no need: read once)
            bits = by_norm[norm]
            if bits:
                mask |= bits
            elif len(idle) < 500_000:
                idle.add(norm)
        return self.chosen[mask]


_DISPATCH: dict[tuple[int, int], tuple] = {}


def rules_for(view: SentenceView, lists: Mapping[str, frozenset], rules: Sequence[Callable] | None = None) -> tuple[Callable, ...]:
    """The rules (default: SENTENCE_RULES), in order, that can find something in the sentence
    (its words meet their ``needs``; a rule that declares none always): the others would return
    at their first test."""
    rules = SENTENCE_RULES if rules is None else rules
    hit = _DISPATCH.get((id(rules), id(lists)))
    if hit is None or hit[0] is not lists or hit[1] is not rules:
        hit = _DISPATCH[(id(rules), id(lists))] = (lists, rules, RuleDispatch(rules, lists))
    return hit[2].rules_for(view.sentence.norm_set)


def _has(ctx: RuleContext, k: int, name: str) -> bool:
    """Token k (any proclitic reading) is a word of the lexicon list ``name``."""
    view = ctx.view
    if k < 0 or k >= len(view.tokens):
        return False
    got = view._token_stems[k]          # (the view's per-token cache, read without a call)
    return not ctx.lists[name].isdisjoint(view.token_stems(k) if got is None else got)


_FIRST_WORDS: dict[int, tuple] = {}


def _first_words(phrases: frozenset[str]) -> frozenset[str]:
    """The first words of a list of phrases, once per list: a token that begins none of them
    cannot begin one."""
    hit = _FIRST_WORDS.get(id(phrases))
    if hit is None or hit[0] is not phrases:
        hit = _FIRST_WORDS[id(phrases)] = (phrases, frozenset(p.split(" ")[0] for p in phrases))
    return hit[1]


_ACCUSATIVES: dict[int, tuple] = {}


def _with_accusative(words: frozenset[str]) -> frozenset[str]:
    """The words and their accusative forms with alif (صاروخ، صاروخا), once per list."""
    hit = _ACCUSATIVES.get(id(words))
    if hit is None or hit[0] is not words:
        hit = _ACCUSATIVES[id(words)] = (words, words | frozenset(w + "ا" for w in words))
    return hit[1]


def skip_quotes(view: SentenceView, k: int, step: int = 1) -> int:
    while 0 <= k < len(view.tokens) and view.tokens[k].norm in QUOTES:
        k += step
    return k


# ---------------------------------------------------------------- shared helpers

def conjuncts_before(view: SentenceView, m: Mention, same: Callable[[Mention], bool]) -> list[Mention]:
    """The mentions coordinated with m before it, nearest first: "بلدات العديسة ومركبا وحولا"
    gives, for حولا, مركبا and العديسة (joined by و or by commas; a و apart before a quoted
    name: مستوطنتي "كفار عزة" و"نحال عوز")."""
    out, cur = [], m
    while True:
        k = skip_quotes(view, cur.token_start - 1, -1)
        comma = k >= 0 and (view.tokens[k].norm in ("،", ",") or (view.tokens[k].norm == "و" and k < cur.token_start - 1))
        if not (comma or _prefix(view, cur).startswith("و")):
            break
        if comma:
            k = skip_quotes(view, k - 1, -1)
        prev = view.covering(k)
        if prev is None or prev.token_end != k + 1 or not same(prev):
            break
        out.append(prev)
        cur = prev
    return out


def force_with_nationality(ctx: RuleContext, k: int) -> tuple[Mention, int] | None:
    """"المقاتلات والمسيرات الإسرائيلية" / "غارة إسرائيلية جديدة" / "المدفعية الإسرائيلية" at token
    k: force or strike nouns (joined by و) with one optional adjective, then a nationality: the
    country that acts, and the index after the phrase."""
    view = ctx.view
    if not _has(ctx, k, "force_nouns") or view.covering(k):
        return None
    j = k + 1
    while j < len(view.tokens) and _has(ctx, j, "force_nouns") and not view.covering(j) \
            and view.tokens[j].norm.startswith("و"):
        j += 1
    j = _past_a_quoted_model(view, j)      # دبابة «ميركافا» إسرائيلية: the model's name in quotes
    for extra in (0, 1):
        at = past_a_belief(view, ctx.lists, j + extra)     # غارات جوية يعتقد أنها أردنية
        c = ctx.nationality(at)
        if c is not None:
            if extra and (view.covering(j) or not _adjective_like(view.tokens[j].norm)):
                return None
            end = at + 1
            while end < len(view.tokens) and view.tokens[end].norm.startswith("و") and ctx.nationality(end):
                end += 1           # طائرات أمريكية وبريطانية
            return c, end if at == j + extra else past_the_belief_close(view, j + extra, end)
    return None


MODEL_NAME_REACH = 3     # words of a weapon's model name in quotes (ميركافا، بيرقدار تي بي 2)


def _past_a_quoted_model(view: SentenceView, j: int) -> int:
    """دبابة «ميركافا» إسرائيلية / مسيرة "بيرقدار" تركية: at token j a short name in quotes that
    no mention covers (a weapon's model, between its noun and its nationality): the index after
    the closing quote; else j."""
    tokens = view.tokens
    if j >= len(tokens) or tokens[j].norm not in QUOTES:
        return j
    for k in range(j + 1, min(j + 2 + MODEL_NAME_REACH, len(tokens))):
        if tokens[k].norm in QUOTES:
            return k + 1 if k > j + 1 else j
        if view.covering(k) or view.is_break(k):
            return j
    return j


def past_a_belief(view: SentenceView, lists: Mapping[str, frozenset], k: int) -> int:
    """غارات جوية يعتقد أنها أردنية / طائرة مسيرة، يرجح أنها تابعة للجيش: at token k (or at a
    comma there) a word of belief with its complementiser (belief_asides): the token after it,
    where the description of the noun before goes on; else k."""
    tokens = view.tokens
    j = k + 1 if k < len(tokens) and tokens[k].norm in ("،", ",") else k
    n = phrase_at(view, lists["belief_asides"], j)
    return j + n if n else k


def closed_belief_aside(view: SentenceView, lists: Mapping[str, frozenset], k: int, reach: int = 8) -> int:
    """قصفت طائرة مسيرة، يعتقد أنها تابعة للجيش، سوقا / قصف لطائرات يعتقد أنها سعودية، على: at
    token k the comma that closes an aside of belief begun within ``reach`` words before: the
    token after it; else k."""
    tokens = view.tokens
    if k >= len(tokens) or tokens[k].norm not in ("،", ","):
        return k
    for j in range(k - 2, max(-1, k - reach), -1):
        if past_a_belief(view, lists, j) != j:
            return k + 1
        if tokens[j].norm in ("،", ","):
            return k
    return k


def past_the_belief_close(view: SentenceView, start: int, end: int) -> int:
    """طائرة مسيرة، يعتقد أنها إسرائيلية، سيارة: a belief aside opened by a comma at token
    ``start`` and closed by one at ``end``: the token after that comma; else ``end``."""
    tokens = view.tokens
    opened = start < len(tokens) and tokens[start].norm in ("،", ",")
    return end + 1 if opened and end < len(tokens) and tokens[end].norm in ("،", ",") else end


def coordinated_nationalities(ctx: RuleContext, m: Mention) -> list[Mention]:
    """The countries of nationality adjectives joined by و after the one read as m (القوات
    التركية والعراقية -> Iraq after Turkey), or set side by side with the same ending (غارات
    أمريكية بريطانية)."""
    out, k = [], m.token_end
    tokens = ctx.view.tokens
    ending = normalise(m.text)[-2:]
    while k < len(tokens) and (tokens[k].norm.startswith("و") or tokens[k].norm.endswith(ending)):
        c = ctx.nationality(k)
        if c is None or c.entity_id == m.entity_id:
            break
        out.append(c)
        k += 1
    return out


def _adjective_like(norm: str) -> bool:
    """جوية، الحربية، المسيرة: a word that can describe a force noun."""
    return len(norm) >= 3 and norm.endswith(("يه", "ي", "ه"))


# ---------------------------------------------------------------- titles

def _title_phrase(ctx: RuleContext, start: int, end: int, inside: Mention | None = None) -> str | None:
    """LEADS or MEMBER_OF for the title words tokens[start:end] that stand before an
    organisation: "قائد" -> LEADS; "القيادي في"، "المتحدث باسم"، "أحد قادة"، "وزير خارجية"،
    "قائد في" (a commander in) -> MEMBER_OF; None when the words are not a title phrase. ``inside``:
    the name the words belong to (رئيس مجلس السيادة عبد الفتاح البرهان)."""
    view = ctx.view
    start = skip_quotes(view, start)          # "القائد الأبرز" في حزب الله: a title in quotes
    words = [view.tokens[k].norm for k in range(start, end)]
    if not words or any(view.covering(k) is not inside for k in range(start, end)):
        return None
    one_of = _has(ctx, start, "one_of")
    first = start + 1 if one_of else start
    if one_of and first < end - 1 and _has(ctx, first, "eminence_words"):
        first += 1             # أحد أبرز قادة الحركة
    if first >= end:
        return None
    two = " ".join(words[first - start:first - start + 2])
    leader = _has(ctx, first, "leader_titles") or two in ctx.lists["leader_titles"]
    member = _has(ctx, first, "member_titles") or two in ctx.lists["member_titles"] \
        or _has(ctx, first, "member_title_heads") \
        or (_has(ctx, first, "counterpart_words") and first + 1 < end)     # نظيره في حكومة X فلان
    if not (leader or member):
        return None
    linked_in = staff = False
    two_words = two in ctx.lists["leader_titles"] or two in ctx.lists["member_titles"]
    for k in range(first + (2 if two_words else 1), end):     # قائد ميداني في: a title of two words
        w = view.tokens[k].norm
        if w in QUOTES:
            continue
        staff = staff or w in ctx.lists["staff_words"]      # رئيس هيئة الأركان في الجيش: heads the force
        if w in MEMBERSHIP_LINKS:
            linked_in = True
        elif not (_has(ctx, k, "title_complements") or _has(ctx, k, "leader_titles")
                  or _has(ctx, k, "member_titles") or (w.startswith("ال") and len(w) >= 5)
                  or (w.startswith("وال") and len(w) >= 6)      # مدير الإعلام والعلاقات العامة في
                  or (w in DEMONSTRATIVES and k == end - 1)      # وزير الدفاع في تلك الحكومة
                  or " ".join(words[k - start - 1:k - start + 1]) in ctx.lists["leader_titles"]):
            return None
    return RELATIONS.leads if leader and not member and not one_of and (staff or not linked_in) else RELATIONS.member_of


def _title_before(ctx: RuleContext, org: Mention) -> tuple[int, str] | None:
    """(start of the title phrase, relation) of the title words right before an organisation
    ("رئيس أركان الجيش"، "المتحدث باسم الكرملين"، "قائد ما يعرف بقوات ...")."""
    view = ctx.view
    k = skip_quotes(view, org.token_start - 1, -1)
    if k >= 1 and detached_proclitics(view, org.token_start):
        k -= 1                  # قائد لـ«قوات سوريا الديمقراطية»: the لـ written apart
    if k >= 2 and _has(ctx, k, "force_nouns") and not view.covering(k) and _has(ctx, k - 1, "so_called"):
        k -= 1                  # قائد ما تعرف بقوات "قسد"
    if k >= 1 and view.tokens[k - 1].norm == "ما" and _has(ctx, k, "so_called"):
        k -= 2
    held_where = _title_over_places(ctx, k)
    if held_where is not None:
        return held_where
    if k >= 0 and not view.covering(k) and _has(ctx, k, "one_of") and _has(ctx, org.token_start, "member_title_heads"):
        return k, RELATIONS.member_of     # أحد عناصر حزب الله, the plural inside the name
    end = k + 1
    for start in range(end - 1, max(-1, end - 6), -1):
        if start < 0 or view.is_break(start) or view.covering(start):
            break
        rel = _title_phrase(ctx, start, end)
        if rel is not None and not (start > 0 and _has(ctx, start - 1, "one_of")) \
                and not (start > 1 and _has(ctx, start - 1, "eminence_words") and _has(ctx, start - 2, "one_of")):
            deputy = deputy_before(view, ctx.lists, start) if rel == RELATIONS.leads else None
            if deputy is not None:
                return deputy, RELATIONS.member_of     # نائب رئيس مجلس السيادة: the deputy, not the head
            return start, rel      # (أحد أبرز قادة: the phrase starts at أحد)
    return None


def _title_over_places(ctx: RuleContext, k: int) -> tuple[int, str] | None:
    """والي العراق وسوريا في تنظيم داعش / مسؤول ملف لبنان في الحرس الثوري: token k is في before
    the organisation, after the places a title is held over (joined by و): (start of the title
    phrase before the places, MEMBER_OF), the post being held in the organisation."""
    view = ctx.view
    if k < 1 or view.tokens[k].norm != "في" or view.covering(k):
        return None
    place = view.covering(k - 1)
    if place is None or place.type not in PLACE_TYPES or place.token_end != k:
        return None
    first = (conjuncts_before(view, place, lambda m: m.type in PLACE_TYPES) or [place])[-1]
    end = first.token_start
    for start in range(end - 1, max(-1, end - 4), -1):
        if start < 0 or view.is_break(start) or view.covering(start):
            break
        if _title_phrase(ctx, start, end) is not None:
            return start, RELATIONS.member_of
    return None


def _deputy_before(ctx: RuleContext, k: int) -> bool:
    """نائب، مستشار، مساعد right before the leader's title at token k (نائب رئيس الحكومة): the
    title is held by another person, whom the word before stands in for or advises."""
    return deputy_before(ctx.view, ctx.lists, k) is not None


def deputy_before(view: SentenceView, lists: Mapping[str, frozenset], k: int) -> int | None:
    """Where a deputy's title starts before the leader's title at token k: نائب رئيس الحكومة (the
    word right before), النائب الأول لرئيس مجلس الوزراء (an ordinal of deputy_ordinals between, the
    leader's title then carrying لـ); None when no deputy's title stands there."""
    def deputy(j: int) -> bool:
        return j >= 0 and view.covering(j) is None and not lists["deputy_titles"].isdisjoint(view.token_stems(j))
    if deputy(k - 1):
        return k - 1
    if k >= 2 and view.tokens[k].norm.startswith("ل") and view.covering(k - 1) is None \
            and view.tokens[k - 1].norm in lists["deputy_ordinals"] and deputy(k - 2):
        return k - 2
    return None


def _person_after(ctx: RuleContext, k: int, org: Mention | None = None) -> Mention | None:
    """The person named after an organisation and its title, past a place ("في ليبيا"، "بالسودان"),
    the organisation's owner ("للحوثيين"، "في الحرس الثوري"), a nationality, an alias phrase ("المعروف باسم"),
    a rank or honorific ("الدكتور"، "العماد": name_honorifics) and one comma or quote."""
    view = ctx.view
    commas = owners = 0
    stacked = False
    while k < len(view.tokens):
        m = view.mention_at(k)
        n = view.tokens[k].norm
        if m is not None:
            if m.type == TYPES.person:
                return None if commas and _prefix(view, m).startswith("و") else m   # ، وفلان: the next item
            if org is not None and m.entity_id == org.entity_id and m.token_start > 0 \
                    and view.tokens[m.token_start - 1].norm in QUOTES:
                k = m.token_end        # قائد قوة الأمم المتحدة لمراقبة فض الاشتباك "أندوف" اللواء فلان:
                continue               # its short name in quotes, then the person
            if m.type in PLACE_TYPES and (view.tokens[k - 1].norm in ("في", "داخل") or _prefix(view, m).endswith("ب")):
                k = m.token_end
                continue
            if m.type in ORG_TYPES and not owners and (_prefix(view, m).endswith("ل") or view.tokens[k - 1].norm == "في"):
                owners += 1        # عضو المجلس السياسي للحوثيين فلان / قائد فيلق القدس في الحرس الثوري فلان:
                k = m.token_end    # the body's owner, then the person
                continue
            return None
        if n in QUOTES or n in ("في", "داخل") or _has(ctx, k, "alias_links") or _has(ctx, k, "so_called") \
                or n in ctx.lists["name_honorifics"] or n in ctx.lists["title_adjectives"] \
                or ctx.nationality(k) is not None:      # (قيادي في الحركة يدعى فلان)
            k += 1
            continue
        if n in ctx.lists["deputy_ordinals"] and view.tokens[k - 1].norm in ctx.lists["name_honorifics"]:
            k += 1                 # الفريق الأول الركن فلان: a rank's ordinal
            continue
        if _adjective_of_a_body(ctx, k):
            k += 1                 # المتحدث باسم عملية هادين كاي العسكرية المقدم فلان: the body's adjective
            continue
        if not commas and not owners and n.startswith("لل") and len(n) >= 5 and view.covering(k) is None:
            j = k + 1              # المتحدث باسم الجيش للإعلام العربي فلان: the field the title covers
            while j < min(k + 3, len(view.tokens)) and view.covering(j) is None \
                    and view.tokens[j].norm.startswith("ال") and _adjective_like(view.tokens[j].norm):
                j += 1
            nxt = view.mention_at(j) if j < len(view.tokens) else None
            if nxt is not None and nxt.type == TYPES.person:
                return nxt
        if not stacked and not commas and _stacked_title(ctx, k):
            stacked = True         # النائب الأول لرئيس مجلس الوزراء وزير الداخلية الشيخ فلان: a second
            k += 2                 # title of the same person, its field unnamed as a body
            continue
        second = None if stacked or commas else _joined_title(ctx, k)
        if second is not None:
            stacked = True         # رئيس البعثة وقائدها العام اللواء فلان / عضو المجلس ورئيس الحزب فلان:
            k = second             # a second title joined by و, of the same person
            continue
        if n in ("،", ",") and commas == 0 and k + 1 < len(view.tokens) and view.tokens[k + 1].norm in RELATIVE:
            end = next((j for j in range(k + 2, min(k + 12, len(view.tokens)))
                        if view.is_break(j)), None)     # المتحدث باسم التحالف، الذي يضم الحركة، فلان:
            if end is not None and view.tokens[end].norm in ("،", ","):     # past the relative clause
                commas += 1
                k = end + 1
                continue
        if n in ("،", ",") and commas == 0:
            end = _past_a_described_owner(ctx, k + 1)
            if end is not None:    # القيادي في سرايا القدس، الجناح العسكري لحركة الجهاد، فلان:
                k = end            # the body described by its place in another, then the person
                continue
            commas += 1
            k += 1
            continue
        if n == "(":
            close = _short_name_in_brackets(view, k)
            if close is not None:
                k = close + 1      # قائد قوات سوريا الديمقراطية (قسد) فلان
                continue
        return None
    return None


def _joined_title(ctx: RuleContext, k: int) -> int | None:
    """وقائدها العام / ورئيس الحزب at token k, in no mention: و and a title (leader_titles,
    member_titles) that carries the pronoun of the body before, or that heads an organisation named
    right after it; then (past describing words) the person's name or rank: where that name or rank
    starts, else None. The same person holds both titles."""
    view, lists = ctx.view, ctx.lists
    n = view.tokens[k].norm
    if view.covering(k) is not None or not n.startswith("و") or len(n) < 4:
        return None
    bare = n[1:]
    titles = lists["leader_titles"] | lists["member_titles"]
    j = None
    for suffix in ("ها", "ه"):
        if bare.endswith(suffix) and bare[:-len(suffix)] in titles:
            j = k + 1
    if j is None and bare in titles:
        body = view.mention_at(k + 1)
        if body is None or body.type not in ORG_TYPES:
            return None
        j = body.token_end
    if j is None:
        return None
    while j < min(k + 4, len(view.tokens)) and view.covering(j) is None and (
            view.tokens[j].norm in lists["title_adjectives"]
            or (view.tokens[j].norm.startswith("ال") and _adjective_like(view.tokens[j].norm))):
        j += 1                 # العام، العسكري
    if j >= len(view.tokens):
        return None
    after = view.mention_at(j)
    if (after is not None and after.type == TYPES.person and not _prefix(view, after).startswith("و")) \
            or (view.covering(j) is None and view.tokens[j].norm in lists["name_honorifics"]):
        return j
    return None


def _past_a_described_owner(ctx: RuleContext, k: int) -> int | None:
    """الجناح العسكري لحركة الجهاد، at token k (after a comma that follows a body): one to three
    definite words in no mention, an organisation with لـ, a comma: an apposition saying what
    the body before is in another; the index after its closing comma, else None."""
    view = ctx.view
    j = k
    while j < min(k + 3, len(view.tokens)) and view.covering(j) is None and view.tokens[j].norm.startswith("ال") \
            and view.tokens[j].norm not in RELATIVE:
        j += 1
    owner = view.mention_at(j) if j > k else None
    if owner is not None and owner.type in ORG_TYPES and _prefix(view, owner).endswith("ل"):
        end = owner.token_end
    else:           # the whole apposition read as a name of the body (الجناح العسكري لحركة حماس)
        named = view.mention_at(k)
        if named is None or named.type not in ORG_TYPES or not view.tokens[k].norm.startswith("ال") \
                or not any(m.type in ORG_TYPES and m.token_start > k and m.token_end == named.token_end
                           and _prefix(view, m).endswith("ل") for m in view.nested):
            return None
        end = named.token_end
    return end + 1 if end < len(view.tokens) and view.tokens[end].norm in ("،", ",") else None


def _stacked_title(ctx: RuleContext, k: int) -> bool:
    """وزير الداخلية، القائد العام at token k, in no mention: a title word (minister_words,
    leader_titles, member_titles) and one definite word of its field, then a person's rank or
    name (the next token starts a person or is one of name_honorifics): a second title of the
    person named after the first one's body."""
    view = ctx.view
    if k + 2 >= len(view.tokens) or view.covering(k) is not None or view.covering(k + 1) is not None:
        return False
    word = view.tokens[k].norm          # (the word itself, no proclitic: ووزير starts the next item)
    bare = word[2:] if word.startswith("ال") else word
    if not any(w in ctx.lists[name] for w in (word, bare) for name in ("minister_words", "leader_titles", "member_titles")):
        return False
    if not view.tokens[k + 1].norm.startswith("ال"):
        return False
    after = view.mention_at(k + 2)
    return (after is not None and after.type == TYPES.person) \
        or (view.covering(k + 2) is None and view.tokens[k + 2].norm in ctx.lists["name_honorifics"])


def _adjective_of_a_body(ctx: RuleContext, k: int) -> bool:
    """العسكرية، الإعلامية at token k, in no mention, right after an organisation's name (past a
    closing quote) and before a rank: a definite adjective describing that body (المتحدث باسم
    عملية هادين كاي العسكرية المقدم فلان)."""
    view = ctx.view
    n = view.tokens[k].norm
    if view.covering(k) is not None or not n.startswith("ال") or not _adjective_like(n) or len(n) < 6:
        return False
    j = k - 1
    while j > 0 and view.tokens[j].norm in QUOTES:
        j -= 1
    body = view.covering(j) if j >= 0 else None
    if body is None or body.token_end != j + 1 or body.type not in ORG_TYPES or k + 1 >= len(view.tokens):
        return False
    return view.covering(k + 1) is None and view.tokens[k + 1].norm in ctx.lists["name_honorifics"]


def _short_name_in_brackets(view: SentenceView, k: int) -> int | None:
    """(قسد) at token k: an opening bracket, one name (a mention, or one or two words) and the
    closing bracket: the closing bracket's index, else None."""
    for close in range(k + 2, min(k + 4, len(view.tokens))):
        if view.tokens[close].norm == ")":
            inside = view.tokens[k + 1:close]
            return close if all(is_word(t.norm) for t in inside) else None
    return None


def title_of_the_one_met(view: SentenceView, lists: Mapping[str, frozenset], person: Mention, org_end: int) -> bool:
    """استقبل الرئيس اللبناني فلان قائد القيادة المركزية: the person is the subject of a verb that
    takes the one met as its object (visit_verbs, at most six words before the person, in its
    clause), so the title right after the person names that object, not the person; unless the
    one met comes later in the clause with بـ or مع (التقى فلان رئيس الحزب بالوزير: an apposition)."""
    tokens = view.tokens
    k = person.token_start - 1
    while k >= 0 and person.token_start - k <= 6 and not view.is_break(k):
        if not view.covering(k) and not lists["visit_verbs"].isdisjoint(view.token_stems(k)):
            break
        k -= 1
    else:
        return False
    if k < 0 or view.is_break(k) or person.token_start - k > 6:
        return False
    for j in range(org_end, len(tokens)):
        if view.is_break(j):
            break
        m = view.mention_at(j)
        if tokens[j].norm == "مع" or (m is not None and m.type in ACTOR_TYPES and _prefix(view, m).endswith("ب")):
            return False
    return True


@needs("title_words")
def title_before_organisation(ctx: RuleContext):
    """قائد اللواء 444 في ليبيا محمود حمزة -> LEADS; المتحدث باسم الكرملين دميتري بيسكوف،
    فلان، أحد قادة الحرس الثوري -> MEMBER_OF: a title phrase, the organisation, and the person
    named after it or before it."""
    view = ctx.view
    if view.stem_set().isdisjoint(ctx.lists["title_words"]):
        return
    for org in view.mentions:
        if org.type not in ORG_TYPES:
            continue
        found = _title_before(ctx, org)
        if found is None:
            continue
        start, rel = found
        if _accusative_leader_title(ctx, start):
            continue                 # قائدا لكتائب القسام: title_as_complement reads it
        person = _person_after(ctx, org.token_end, org)
        if person is None:
            k = skip_quotes(view, start - 1, -1)
            if k >= 0 and view.tokens[k].norm in ("،", ","):
                k = _past_a_nickname(view, skip_quotes(view, k - 1, -1))
                k = _past_an_apposed_title(ctx, k)
            before = view.covering(k)
            joined = before is not None and before.token_end == start and view.tokens[start].norm.startswith("و") \
                and view.tokens[start].norm[1:] in ctx.lists["title_words"]
            if before is not None and before.type == TYPES.person and before.token_end == k + 1 and not joined \
                    and not (before.token_end == start and title_of_the_one_met(view, ctx.lists, before, org.token_end)):
                person = before      # (not الدبيبة وعناصر جهاز الردع: the next item of a list, no title of his)
        if person is None:
            person = _holder_before(ctx, start)
        if person is not None:
            kind = "deputy_title" if _has(ctx, start, "deputy_titles") else "title_phrase"
            ctx.emit(person, rel, org, f"{rel.lower()}:{kind}", 0.8, view.tokens[start].text)
            if person.token_start >= org.token_end and _has(ctx, start, "group_titles"):
                for other in _persons_joined_after(view, person):    # القياديان في حماس فلان وفلان
                    ctx.emit(other, rel, org, f"{rel.lower()}:{kind}_list", 0.75, view.tokens[start].text)


def _past_an_apposed_title(ctx: RuleContext, k: int) -> int:
    """فلان، رئيس المجلس الانتقالي، عضو مجلس القيادة: token k ends an organisation that an earlier
    title phrase set off by a comma stands before: the token before that comma (where the person
    both titles describe ends), else k."""
    view = ctx.view
    org = view.covering(k)
    if org is None or org.type not in ORG_TYPES or org.token_end != k + 1:
        return k
    found = _title_before(ctx, org)
    if found is None:
        return k
    j = skip_quotes(view, found[0] - 1, -1)
    if j < 1 or view.tokens[j].norm not in ("،", ","):
        return k
    return skip_quotes(view, j - 1, -1)


def _persons_joined_after(view: SentenceView, m: Mention, past_brackets: bool = False) -> list[Mention]:
    """The persons coordinated with m after it (فلان وفلان، فلان، فلان وفلان): each right after
    the one before, joined by و or a comma; with ``past_brackets``, past an age or other aside in
    brackets after each (استشهاد الشابين فلان (22 عاما) وفلان (25 عاما))."""
    out, k = [], m.token_end
    while k < len(view.tokens):
        if past_brackets and view.tokens[k].norm == "(":
            close = next((j for j in range(k + 1, min(k + 6, len(view.tokens))) if view.tokens[j].norm == ")"), None)
            if close is None:
                break
            k = close + 1
            continue
        comma = view.tokens[k].norm in ("،", ",")
        nxt = view.mention_at(k + 1 if comma else k)
        if nxt is None or nxt.type != TYPES.person or not (comma or _prefix(view, nxt).startswith("و")):
            break
        out.append(nxt)
        k = nxt.token_end
    return out


def _titled_persons_after(ctx: RuleContext, m: Mention) -> list[Mention]:
    """مقتل القائد فلان، والقائد العام لحرس الثورة اللواء فلان: the persons after m (past the ones
    joined to it), each with و on a person's title (the cue words' titles) and named within eight
    words (past the title's body and a rank; no break between)."""
    view, tokens = ctx.view, ctx.view.tokens
    joined = _persons_joined_after(view, m, past_brackets=True)
    k = (joined[-1] if joined else m).token_end
    out: list[Mention] = []
    while k + 1 < len(tokens):
        if tokens[k].norm in ("،", ","):
            k += 1
        norm = tokens[k].norm
        if not norm.startswith("و") or view.covering(k) or (norm[1:],) not in ctx.titles:
            break
        nxt = None
        for j in range(k + 1, min(k + 9, len(tokens))):
            if view.is_break(j):
                break
            found = view.mention_at(j)
            if found is not None and found.type == TYPES.person:
                nxt = found
                break
        if nxt is None:
            break
        out.append(nxt)
        k = nxt.token_end
    return out


def _past_a_nickname(view: SentenceView, k: int) -> int:
    """محمد قصاص "البيرح"، أحد قادة X: token k is the last word of a nickname in quotes (one to
    three words kg does not name) after a name: the token before the nickname's opening quote;
    else k itself."""
    if k < 0 or k + 1 >= len(view.tokens) or view.tokens[k + 1].norm not in QUOTES or view.covering(k):
        return k
    for q in range(k - 1, max(-1, k - 4), -1):
        if view.tokens[q].norm in QUOTES:
            return q - 1 if q > 0 and view.covering(q - 1) is not None else k
        if view.covering(q) is not None or not is_word(view.tokens[q].norm):
            return k
    return k


HOLDER_LINKS = 4     # linking words between a person (or the relative after him) and his title


def _holder_before(ctx: RuleContext, start: int) -> Mention | None:
    """وكان فلان يشغل منصب قائد X / فلان هو قائد X / ويعد فلان من أبرز قادة X: the person
    named before a title through at most three linking words (a copula, a post verb, من أبرز)."""
    view = ctx.view
    k = start - 1
    while k >= 0 and start - k <= HOLDER_LINKS and not view.covering(k) and (
            _has(ctx, k, "post_links") or view.tokens[k].norm in ctx.lists["past_auxiliaries"]):
        k -= 1
    if k == start - 1 or k < 0:
        return None
    relative = view.tokens[k].norm in RELATIVE and not view.covering(k)
    if relative:
        k -= 1                                               # فلان، الذي شغل منصب قائد X / الذي كان يعد من قادة X
    k = skip_quotes(view, k, -1)
    if k > 0 and view.tokens[k].norm in ("،", ",") and (relative or _has(ctx, k + 1, "post_links")):
        k = skip_quotes(view, k - 1, -1)                     # فلان، وهو أحد عناصر X
    k = _past_a_nickname(view, k)                            # فلان "أبو أحمد" ويشغل منصب قائد X
    before = view.covering(k)
    if before is not None and before.type == TYPES.person and before.token_end == k + 1:
        return before
    return None


_ACCUSATIVE_TITLES: dict[int, frozenset] = {}


def _accusative_titles(lists) -> frozenset:
    """قائدا، أمينا، متحدثا ...: the first words of the leader and member titles in the accusative
    (with and without ال), the words title_as_complement starts from."""
    key = id(lists)
    got = _ACCUSATIVE_TITLES.get(key)
    if got is None:
        firsts = _first_words(lists["leader_titles"]) | _first_words(lists["member_titles"])
        got = _ACCUSATIVE_TITLES[key] = frozenset(w + "ا" for w in firsts) | frozenset(
            w[2:] + "ا" for w in firsts if w.startswith("ال"))
    return got


def _accusative_leader_title(ctx: RuleContext, k: int) -> bool:
    """قائدا، رئيسا، زعيما at token k: a leader title in the accusative."""
    norm = ctx.view.tokens[k].norm
    return norm.endswith("ا") and norm[:-1] in _first_words(ctx.lists["leader_titles"])


@needs(words=lambda lists: _accusative_titles(lists))
def title_as_complement(ctx: RuleContext):
    """عين الرئيس فلانا قائدا للجيش / أصبح نعيم قاسم أمينا عاما لحزب الله: a title in the
    accusative, then لـ (or باسم) and the organisation: the person named before it in the clause
    leads it (a leader title) or belongs to it."""
    view = ctx.view
    if view.word_set().isdisjoint(_accusative_titles(ctx.lists)):
        return
    for k in range(1, len(view.tokens) - 1):
        norm = view.tokens[k].norm
        if not norm.endswith("ا") or view.covering(k) or len(norm) < 4:
            continue
        bare = norm[:-1]
        leader = _accusative_leader_title(ctx, k)
        member = bare in _first_words(ctx.lists["member_titles"]) or "ال" + bare in _first_words(ctx.lists["member_titles"])
        if not (leader or member):
            continue
        j = k + 1
        if j < len(view.tokens) and view.tokens[j].norm in ("عاما", "عام"):
            j += 1                          # أمينا عاما
        if j < len(view.tokens) and view.tokens[j].norm == "باسم":
            j += 1
            org = view.mention_at(skip_quotes(view, j))
        else:
            org = view.mention_at(skip_quotes(view, j))
            if org is not None and not _prefix(view, org).endswith("ل"):
                org = None
        if org is None or org.type not in ORG_TYPES:
            continue
        person = _nearest_before(view, k, lambda m: m.type == TYPES.person and k - m.token_end <= 3)
        if person is not None and not any(view.is_break(x) for x in range(person.token_end, k)):
            rel = RELATIONS.leads if leader else RELATIONS.member_of
            ctx.emit(person, rel, org, f"{rel.lower()}:title_complement", 0.75, view.tokens[k].text)


@needs("leading_verbs", words=lambda lists: _with_pronouns(lists["leading_verbs"]))
def leader_by_verb(ctx: RuleContext):
    """فلان الذي يقود وحدة الصواريخ في حزب الله / ويتزعم فلان فصيل جيش العزة: a verb of leading
    (leading_verbs) after a person and a relative pronoun, or opening the clause with the person
    after it, then the organisation led (past a group noun) -> the person LEADS it."""
    view = ctx.view
    with_pronoun = _with_pronouns(ctx.lists["leading_verbs"])
    if view.stem_set().isdisjoint(ctx.lists["leading_verbs"]) and view.stem_set().isdisjoint(with_pronoun):
        return
    for t in range(len(view.tokens) - 2):
        if not (_has(ctx, t, "leading_verbs") or not view.token_stems(t).isdisjoint(with_pronoun)) or view.covering(t):
            continue
        k = t + 1
        r = t - 2 if t >= 2 and view.tokens[t - 1].norm in ctx.lists["past_auxiliaries"] else t - 1
        before = r - 2 if r >= 2 and view.tokens[r - 1].norm in ("،", ",") else r - 1
        if before >= 0 and view.tokens[r].norm in RELATIVE and view.covering(before) is not None:
            person = view.covering(before)         # فلان الذي يقود X / فلان، الذي كان يقود X
        else:
            person = view.mention_at(k)            # يقود فلان X
            k = person.token_end if person is not None else k
            if person is not None and person.type != TYPES.person and _leader_not_a_person(ctx, person, k, t):
                continue
        if person is None or person.type != TYPES.person or k >= len(view.tokens):
            continue
        if view.mention_at(k) is None and _has(ctx, k, "group_nouns"):
            k += 1                                 # فصيل، قوات، حركة
        org = view.mention_at(k)
        if org is None and person.token_start == t + 1:
            org = _led_by_its_pronoun(ctx, t)      # وقادها فلان حتى مقتله: the body the pronoun names
        if org is not None and org.type in ORG_TYPES:
            ctx.emit(person, RELATIONS.leads, org, "leads:verb", 0.7, view.tokens[t].text)


def _past_leading_adverbs(ctx: RuleContext, k: int) -> int:
    """The first token from k on past adverbs of leading (ميدانياً، فعلياً، حالياً)."""
    while k < len(ctx.view.tokens) and ctx.view.mention_at(k) is None and _has(ctx, k, "leading_adverbs"):
        k += 1
    return k


def _leader_not_a_person(ctx: RuleContext, first: Mention, k: int, t: int) -> bool:
    """The verb of leading at t opens its clause with an actor that is no person (``first``,
    ending at k): ويقود الحزبَ ميدانياً فلان وفلان (the body, then its leaders: each LEADS it) or
    وتقود الولايات المتحدة التحالف الدولي (a state or body, then the body it leads). True when
    it emitted."""
    view = ctx.view
    if first.type not in ORG_TYPES and first.type != TYPES.country:
        return False
    j = _past_leading_adverbs(ctx, k)
    after = view.mention_at(j) if j < len(view.tokens) else None
    if after is None and first.type in ORG_TYPES:
        leader = _titled_leader_at(ctx, j)
        if leader is not None:     # ويقود الجيشَ رئيسُ مجلس السيادة الفريق أول فلان: his other title between
            ctx.emit(leader, RELATIONS.leads, first, "leads:verb:object_first", 0.7, view.tokens[t].text)
            return True
    if after is None:
        return False
    if after.type == TYPES.person and first.type in ORG_TYPES:
        for leader in [after] + _persons_joined_after(view, after):
            ctx.emit(leader, RELATIONS.leads, first, "leads:verb:object_first", 0.7, view.tokens[t].text)
        return True
    if after.type in ORG_TYPES and j == k and after.entity_id != first.entity_id:
        ctx.emit(first, RELATIONS.leads, after, "leads:verb:actor", 0.65, view.tokens[t].text)
        return True
    return False


MOURNED_REACH = 6     # words between a verb of mourning (and its body) and the name of the one mourned


@needs("mourning_verbs")
def mourned_member(ctx: RuleContext):
    """ونعى حزب الله القيادي فلان / حركة الجهاد تنعى المجاهد فلان / نعت الحركة أحد قادتها فلان: a verb of
    mourning (mourning_verbs) with a body as its subject (after it, or right before it), then past
    words of its fallen (fallen_words), ranks and titles, a person: he is a MEMBER_OF the body (not
    for a government: a state mourns others too)."""
    view = ctx.view
    if view.stem_set().isdisjoint(ctx.lists["mourning_verbs"]):
        return
    tokens = view.tokens
    for t in range(len(tokens) - 2):
        if view.covering(t) is not None or not _has(ctx, t, "mourning_verbs"):
            continue
        org, k = view.mention_at(t + 1), t + 1
        if org is not None and org.type in ORG_TYPES:
            k = org.token_end
        else:
            org = mention_back(view, t, 1, lambda m: m.type in ORG_TYPES)
        if org is None or org.type == TYPES.government:
            continue
        j = k
        while j < min(k + MOURNED_REACH, len(tokens)) and view.covering(j) is None and _fallen_word(ctx, j):
            j += 1
        person = view.mention_at(j) if j < len(tokens) else None
        if person is not None and person.type == TYPES.person:
            for one in [person] + _persons_joined_after(view, person):
                ctx.emit(one, RELATIONS.member_of, org, "member_of:mourned", 0.7, tokens[t].text)


def _fallen_word(ctx: RuleContext, j: int) -> bool:
    """الشهيد، المجاهد، القيادي، أحد قادتها، العميد: a word a body puts before the name of its own
    fallen member (fallen_words, name_honorifics, member_titles, title_adjectives, or a plural title
    with a pronoun after أحد)."""
    norm = ctx.view.tokens[j].norm
    if norm in ctx.lists["fallen_words"] or norm in ctx.lists["name_honorifics"] or norm in ctx.lists["title_adjectives"] \
            or norm in ctx.lists["later_words"] or norm in QUOTES or _has(ctx, j, "member_titles"):
        return True             # (في وقت لاحق "المجاهد فلان": a time phrase and quotes read past too)
    return j > 0 and ctx.view.tokens[j - 1].norm in ctx.lists["one_of"] and norm.endswith(("ها", "هم", "ه"))


def _titled_leader_at(ctx: RuleContext, j: int) -> Mention | None:
    """رئيس مجلس السيادة الفريق أول فلان from token j: a title word (leader_titles, member_titles,
    minister_words) in no mention, the body of that title within two words, then the person
    named after the body (its rank, its owner and a place passed): that person, else None."""
    view = ctx.view
    if j >= len(view.tokens) or view.covering(j) is not None or not (
            _has(ctx, j, "leader_titles") or _has(ctx, j, "member_titles") or _has(ctx, j, "minister_words")):
        return None
    for k in range(j + 1, min(j + 3, len(view.tokens))):
        if view.is_break(k):
            return None
        body = view.mention_at(k)
        if body is not None:
            return _person_after(ctx, body.token_end, body) if body.type in ORG_TYPES else None
        if view.covering(k) is not None:
            return None
    return None


def _led_by_its_pronoun(ctx: RuleContext, t: int) -> Mention | None:
    """وقادها أبو بكر شيكاو / ويتزعمها فلان at token t: a verb of leading with an object pronoun
    (ها، ه، هم) and the person after it leads the organisation the pronoun stands for: the latest
    one named before it in the sentence, else in the article's earlier sentences."""
    if ctx.view.token_stems(t).isdisjoint(_with_pronouns(ctx.lists["leading_verbs"])) \
            or (t > 0 and ctx.view.tokens[t - 1].norm in RELATIVE):
        return None            # (المقاومة التي يقودها فلان: the relative's head, read above or unnamed)
    before = [m for m in ctx.view.mentions if m.token_end <= t]
    return next((m for m in reversed(list(ctx.history) + before) if m.type in ORG_TYPES), None)


@needs("post_verbs")
def office_taken(ctx: RuleContext):
    """ويتولى الشيخ نعيم قاسم الأمانة العامة للحزب / فلان الذي تسلم قيادة الجيش: a verb of taking
    up a post (post_verbs) with the person after it (or right before it, past قد or a relative pronoun), an
    office noun (leading_offices, الأمانة العامة) and the organisation (construct or لـ) -> LEADS."""
    view = ctx.view
    if view.lacks(ctx.lists["post_verbs"]):
        return
    tokens = view.tokens
    for t in range(len(tokens) - 2):
        if view.covering(t) or not _has(ctx, t, "post_verbs"):
            continue
        person = view.mention_at(t + 1)
        if person is not None and person.type != TYPES.person:
            person = None
        k = person.token_end if person is not None else t + 1
        if person is None and t >= 2 and tokens[t - 1].norm in RELATIVE:
            j = t - 3 if t >= 3 and tokens[t - 2].norm in ("،", ",") else t - 2
            person = view.covering(j)              # فلان الذي تولى / فلان، الذي تولى
        elif person is None and t >= 1:
            person = view.covering(t - 2 if t >= 2 and tokens[t - 1].norm == "قد" else t - 1)
        if person is None or person.type != TYPES.person or k >= len(tokens) or not _has(ctx, k, "leading_offices"):
            continue
        org = view.mention_at(k)                   # تسلم قيادة الجيش اللبناني: the office inside the name
        if view.covering(k) is None:
            k += 1
            if k < len(tokens) and not view.covering(k) and tokens[k].norm in ("العامه", "عامه"):
                k += 1                             # الأمانة العامة
            org = view.mention_at(skip_quotes(view, k)) if k < len(tokens) else None
        if org is not None and org.type in ORG_TYPES:
            ctx.emit(person, RELATIONS.leads, org, "leads:office_taken", 0.75, tokens[t].text)


@needs("minister_words")
def minister_of_a_named_ministry(ctx: RuleContext):
    """أعلنت وزارة الدفاع ... وأكد وزير الدفاع اللواء فلان: a minister's title and the ministry's field
    (minister_words), a ministry of that field named in the article so far (else the first one named
    later: التقى وزير الدفاع فلان ... وذكرت وزارة الدفاع), and the person the title names (after it, or
    the name that holds the title) -> the person LEADS that ministry."""
    view = ctx.view
    if view.lacks(ctx.lists["minister_words"]):
        return
    tokens = view.tokens
    for k in range(len(tokens) - 2):
        if not _has(ctx, k, "minister_words"):
            continue
        holder = view.covering(k)
        if holder is not None and (holder.type != TYPES.person or holder.token_start != k):
            continue
        field = tokens[k + 1].norm
        if not field.startswith("ال") or (holder is None and view.covering(k + 1) is not None):
            continue
        ministry = next((m for m in reversed([*ctx.history, *view.mentions])
                         if m.type == TYPES.government and _ministry_of(ctx, m, field)), None) \
            or _later_ministry(ctx, field)
        person = holder or _person_after(ctx, _past_office_fields(ctx, k + 2)) or _named_before_a_comma(view, k)
        if ministry is not None and person is not None and person.type == TYPES.person:
            if k > 0 and not view.token_stems(k - 1).isdisjoint(ctx.lists["deputy_titles"]):
                ctx.emit(person, RELATIONS.member_of, ministry, "member_of:deputy_minister", 0.7, tokens[k].text)
            else:         # نائب وزير الدفاع فلان، مساعد وزير الدفاع فلان: a deputy belongs to it, he does not lead it
                ctx.emit(person, RELATIONS.leads, ministry, "leads:minister_of", 0.7, tokens[k].text)


def _past_office_fields(ctx: RuleContext, j: int) -> int:
    """Past the further fields of an office after a minister's title, joined by و (_past_joined_fields)
    or opened by a word of ``office_field_links`` and its adjective (مساعد وزير الدفاع للشؤون التنفيذية
    فلان): where the holder's name starts."""
    view = ctx.view
    j = _past_joined_fields(view, j)
    if j + 1 < len(view.tokens) and view.covering(j) is None and view.tokens[j].norm in ctx.lists["office_field_links"]:
        j += 2 if view.covering(j + 1) is None and view.tokens[j + 1].norm.startswith("ال") else 1
    return j


def _named_before_a_comma(view, k: int) -> Mention | None:
    """الأمير فلان، وزير الدفاع، ...: the person whose name ends right before the comma before the
    title at token k (the title set after the name, in apposition), else None."""
    if k < 2 or view.tokens[k - 1].norm not in ("،", ","):
        return None
    return next((m for m in view.mentions if m.token_end == k - 1 and m.type == TYPES.person), None)


def _past_joined_fields(view, j: int) -> int:
    """وزير الخارجية والمغتربين فلان / وزير الخارجية وشؤون المغتربين فلان: past at most two more
    fields of the office joined by و at token j (a word with و that no mention holds, and the
    definite word that completes it), where the name starts."""
    tokens = view.tokens
    for _ in range(2):
        if j >= len(tokens) or view.covering(j) is not None or not tokens[j].norm.startswith("و") \
                or len(tokens[j].norm) < 4 or not is_word(tokens[j].norm):
            break
        j += 1
        if not tokens[j - 1].norm.startswith("وال") and j < len(tokens) and view.covering(j) is None \
                and tokens[j].norm.startswith("ال"):
            j += 1     # وشؤون المغتربين: the field's construct and its genitive
    return j


def _later_ministry(ctx: RuleContext, field: str) -> Mention | None:
    """وزير الدفاع فلان ... (a later sentence) وذكرت وزارة الدفاع: the first ministry of that field
    named after this sentence, else None."""
    index = ctx.view.sentence.index
    return next((m for m in ctx.article_mentions if m.sentence > index and m.type == TYPES.government
                 and _ministry_of(ctx, m, field)), None)


def _ministry_of(ctx: RuleContext, m: Mention, field: str) -> bool:
    """وزارة الدفاع، وزارة الدفاع السورية: the mention names a ministry (ministry_words) of that field."""
    words = normalise(m.text).split()
    if len(words) < 2 or words[1] != field:
        return False
    return any(stem in ctx.lists["ministry_words"] for _, stem in proclitic_variants(words[0]))


@needs("one_of", "unit_plurals")
def one_of_the_units(ctx: RuleContext):
    """يعد لواء الباقر أحد فصائل الحشد الشعبي / من أبرز الفصائل المنضوية في الحشد -> the brigade
    PART_OF the Popular Mobilization: an organisation, then أحد / إحدى (or من and a word of
    eminence) and a plural of units, then the larger organisation (after it, or after a
    participle of belonging or enlisting)."""
    view = ctx.view
    stems_ = view.stem_set()
    if stems_.isdisjoint(ctx.lists["one_of"]) and ("من" not in stems_ or stems_.isdisjoint(ctx.lists["unit_plurals"])):
        return
    for k in range(1, len(view.tokens) - 2):
        if view.covering(k):
            continue
        u = _units_of(ctx, k)
        if u is None:
            continue
        whole = view.mention_at(skip_quotes(view, u + 1)) or view.mention_at(u)   # (أحد فصائل الحشد الشعبي:
        if whole is None and u + 2 < len(view.tokens) and _has(ctx, u + 1, "part_of"):  # a name with the plural)
            whole = view.mention_at(u + 2)     # إحدى الكتائب التابعة للجيش الوطني الليبي
            whole = whole if whole is not None and _prefix(view, whole).endswith("ل") else None
        elif whole is None and u + 3 < len(view.tokens) and _has(ctx, u + 1, "enlisted_words") \
                and view.tokens[u + 2].norm in ctx.lists["enlisted_preps"]:
            whole = view.mention_at(skip_quotes(view, u + 3))   # من أبرز الفصائل المنضوية في هيئة الحشد
        part = _before_a_relative_aside(view, k) or \
            next((m for j in range(k - 1, max(-1, k - 5), -1) for m in [view.covering(j)]
                  if m is not None and m.token_end == j + 1 and m.type in ORG_TYPES), None)   # (ends ≤ 3 words before)
        if u > k + 1 or view.tokens[k].norm == "من":
            if part is None or not (_has(ctx, k + 1, "eminence_words") or _has(ctx, k - 1, "post_links")
                                    or (part.token_start > 0 and _has(ctx, part.token_start - 1, "post_links"))):
                continue     # من فصائل X: only after يعد / هي or with أبرز (تعد كتائب حزب الله من أبرز فصائل الحشد)
        if whole is None or part is None or whole.type not in ORG_TYPES or part.entity_id == whole.entity_id:
            continue
        if not any(view.is_break(x) and view.tokens[x].norm not in ("،", ",") for x in range(part.token_end, k)):
            ctx.emit(part, RELATIONS.part_of, whole, "part_of:one_of", 0.75, view.tokens[k].text)


def _before_a_relative_aside(view: SentenceView, k: int) -> Mention | None:
    """X، التي تصنفها واشنطن منظمة إرهابية، من أبرز فصائل Y: the organisation a relative aside
    between commas ending right before token k describes (its antecedent), else None."""
    if k < 3 or view.tokens[k - 1].norm not in ("،", ","):
        return None
    for j in range(k - 2, max(0, k - 14), -1):
        if view.tokens[j].norm in ("،", ",") and j + 1 < k and view.tokens[j + 1].norm in RELATIVE:
            m = antecedent_of_relative(view, j + 1)
            return m if m is not None and m.type in ORG_TYPES else None
        if view.is_break(j):
            return None
    return None


@needs("comprise_verbs", "comprise_of_verbs")
def comprises_units(ctx: RuleContext):
    """تضم قوات سوريا الديمقراطية وحدات حماية الشعب ومجلس منبج العسكري / يتألف الجيش من الفيلق
    الأول والفيلق الثاني -> each unit PART_OF the whole: a verb of comprising (comprise_verbs, or
    comprise_of_verbs with من), the whole an organisation right after it or right before it,
    then organisations joined by و or commas."""
    view = ctx.view
    stems_ = view.stem_set()
    if stems_.isdisjoint(ctx.lists["comprise_verbs"]) and stems_.isdisjoint(ctx.lists["comprise_of_verbs"]):
        return
    tokens = view.tokens
    for k in range(len(tokens) - 1):
        of = _has(ctx, k, "comprise_of_verbs")
        if view.covering(k) or not (of or _has(ctx, k, "comprise_verbs")):
            continue
        before = view.covering(k - 1) if k > 0 else None
        after = view.mention_at(skip_quotes(view, k + 1))
        if k > 0 and tokens[k - 1].norm in RELATIVE:
            whole = antecedent_of_relative(view, k - 1)   # تحالف نهر الكونغو، الذي يضم حركة إم 23
            if whole is None or whole.type not in ORG_TYPES:
                continue
            j = k + 1
            if not view.covering(j) and view.mention_at(skip_quotes(view, j + 1)) is not None:
                j += 1                         # (الذي يضم أيضا X: past an adverb)
        elif after is not None and after.type in ORG_TYPES:
            whole, j = after, after.token_end
        elif before is not None and before.token_end == k and before.type in ORG_TYPES:
            whole, j = before, k + 1
        else:
            continue
        if of:
            if j >= len(tokens) or tokens[j].norm != "من":
                continue
            j += 1
        for part in _joined_organisations(view, j):
            if part.entity_id != whole.entity_id:
                ctx.emit(part, RELATIONS.part_of, whole, "part_of:comprises", 0.75, tokens[k].text)


def antecedent_of_relative(view: SentenceView, r: int) -> Mention | None:
    """The mention a relative pronoun at token r follows (past a comma and quotes), or None."""
    if r < 1 or view.tokens[r].norm not in RELATIVE or view.covering(r):
        return None
    k = r - 1
    if view.tokens[k].norm in ("،", ","):
        k -= 1
    k = skip_quotes(view, k, -1)
    m = view.covering(k)
    return m if m is not None and m.token_end == k + 1 else None


def _joined_organisations(view: SentenceView, j: int) -> list[Mention]:
    """The organisations from token j on, joined by و or commas (quotes skipped), in order."""
    out = []
    while j < len(view.tokens):
        m = view.mention_at(skip_quotes(view, j))
        if m is None or m.type not in ORG_TYPES or (out and not _joined(view, m)):
            break
        out.append(m)
        j = skip_quotes(view, m.token_end)
        if j < len(view.tokens) and view.tokens[j].norm in ("،", ","):
            j += 1
        elif j < len(view.tokens) and view.tokens[j].norm == "و" and not view.covering(j):
            j += 1             # و«جيش تحرير تانغ الوطني»: a bare و before a quoted name
    return out


def _units_of(ctx: RuleContext, k: int) -> int | None:
    """أحد فصائل / إحدى الكتائب / من أبرز فصائل / من فصائل at token k: the token of the plural of
    units, else None."""
    j = k + 1
    if not (_has(ctx, k, "one_of") or ctx.view.tokens[k].norm == "من"):
        return None
    if _has(ctx, j, "eminence_words") and j + 1 < len(ctx.view.tokens):
        j += 1
    return j if _has(ctx, j, "unit_plurals") else None


@needs("ranks_words")
def in_the_ranks_of(ctx: RuleContext):
    """قاتل أبو محمد الشامي في صفوف تنظيم داعش / انضم فلان إلى صفوف الحركة -> MEMBER_OF: a person
    named at most six words before في صفوف (ranks_words) and the body after it, in one clause."""
    view = ctx.view
    if view.stem_set().isdisjoint(ctx.lists["ranks_words"]):
        return
    for k in range(1, len(view.tokens) - 1):
        if view.covering(k) or not _has(ctx, k, "ranks_words"):
            continue
        body = view.mention_at(skip_quotes(view, k + 1))
        if body is None or body.type not in ORG_TYPES or body.type == TYPES.government:
            continue
        nearest = mention_back(view, k, 7, lambda m: m.type in ACTOR_TYPES)
        if nearest is not None and nearest.type == TYPES.person:
            ctx.emit(nearest, RELATIONS.member_of, body, "member_of:ranks", 0.75, view.tokens[k].text)


def mention_back(view: SentenceView, k: int, limit: int, fits: Callable[[Mention], bool]) -> Mention | None:
    """The nearest mention that fits ending at most ``limit`` tokens before token k, no clause
    break between (a bounded look back, for rules that may fire often in a long sentence)."""
    for j in range(k - 1, max(-1, k - 1 - limit), -1):
        if view.is_break(j):
            return None
        m = view.covering(j)
        if m is not None and m.token_end == j + 1 and fits(m):
            return m
    return None


def mention_back_past_commas(view: SentenceView, k: int, limit: int, fits: Callable[[Mention], bool]) -> Mention | None:
    """As mention_back, but a comma does not stop the look back (حفتر، خلال لقائه: the aside
    set off by commas still belongs to the clause of the actor before it)."""
    for j in range(k - 1, max(-1, k - 1 - limit), -1):
        if view.is_break(j) and view.tokens[j].norm not in ("،", ","):
            return None
        m = view.covering(j)
        if m is not None and m.token_end == j + 1 and fits(m):
            return m
    return None


@needs("title_words")
@needs("member_titles")
def title_with_a_group_adjective(ctx: RuleContext):
    """القيادي الحوثي محمد مفتاح / القيادي الحوثي المدعو فلان: a member title, the group's nisba
    adjective, a rank or honorific or none, the person -> MEMBER_OF."""
    view = ctx.view
    if view.stem_set().isdisjoint(ctx.lists["title_words"]) or view.word_set().isdisjoint(ctx.lists["member_titles"]):
        return
    for k in range(len(view.tokens) - 2):
        if not _has(ctx, k, "member_titles") or view.covering(k):
            continue
        group = ctx.group_adjective(k + 1)
        j = k + 2
        while j < len(view.tokens) - 1 and view.covering(j) is None and view.tokens[j].norm in ctx.lists["name_honorifics"]:
            j += 1                 # القيادي الحوثي المدعو فلان
        person = view.mention_at(j)
        if group is not None and person is not None and person.type == TYPES.person:
            ctx.emit(person, RELATIONS.member_of, group, "member_of:title_group_adjective", 0.75, view.tokens[k].text)


@needs("title_words")
def title_inside_a_name(ctx: RuleContext):
    """رئيس مجلس السيادة عبد الفتاح البرهان (one name with a title and a body inside) -> LEADS."""
    view = ctx.view
    if view.stem_set().isdisjoint(ctx.lists["title_words"]):
        return
    for inner in view.nested:
        if inner.type not in ORG_TYPES:
            continue
        outer = view.covering(inner.token_start)
        if outer is None or outer.type != TYPES.person or outer.entity_id == inner.entity_id \
                or outer.token_start >= inner.token_start:
            continue
        rel = _title_phrase(ctx, outer.token_start, inner.token_start, inside=outer)
        if rel is not None:
            ctx.emit(outer, rel, inner, f"{rel.lower()}:title_in_name", 0.8, view.tokens[outer.token_start].text)
        if rel == RELATIONS.leads and _deputy_before(ctx, outer.token_start):
            holder = _apposed_person(ctx, outer)
            if holder is not None:
                ctx.emit(holder, RELATIONS.member_of, inner, "member_of:deputy_title", 0.75,
                         view.tokens[outer.token_start - 1].text)


def _apposed_person(ctx: RuleContext, titled: Mention) -> Mention | None:
    """فلان، مستشار قائد الجيش / مستشار قائد الجيش فلان: the person a title phrase in front of
    the titled name ``titled`` describes: named right after that name, or before the title word
    (past a comma and quotes)."""
    view = ctx.view
    after = view.mention_at(skip_quotes(view, titled.token_end))
    if after is not None and after.type == TYPES.person and not _prefix(view, after).startswith("و"):
        return after
    k = skip_quotes(view, titled.token_start - 2, -1)
    if k >= 0 and view.tokens[k].norm in ("،", ","):
        k = _past_a_nickname(view, skip_quotes(view, k - 1, -1))
    before = view.covering(k) if k >= 0 else None
    return before if before is not None and before.type == TYPES.person and before.token_end == k + 1 else None


@needs("part_of")
def owned_by_a_person(ctx: RuleContext):
    """القوات التابعة لمحمد حمدان دقلو / القوات شبه العسكرية التابعة لفلان -> the person LEADS the
    force (past at most two describing words after the force)."""
    view = ctx.view
    for m in view.mentions:
        if m.type != TYPES.person or not _prefix(view, m).endswith("ل"):
            continue
        k = skip_quotes(view, m.token_start - 1, -1)
        if not (0 <= k < len(view.tokens)) or view.tokens[k].norm not in ctx.lists["part_of"]:
            continue
        j = skip_quotes(view, k - 1, -1)
        for _ in range(2):        # القوات شبه العسكرية التابعة لفلان: describing words after the force
            if j > 0 and not view.covering(j) and _adjective_like(view.tokens[j].norm) \
                    and not view.is_break(j) and not _has(ctx, j, "part_of"):
                j -= 1
        org = view.covering(j)
        if org is not None and org.type in ORG_TYPES and org.token_end == j + 1:
            ctx.emit(m, RELATIONS.leads, org, "leads:owned_by_person", 0.75, view.tokens[k].text)


# ---------------------------------------------------------------- places

@needs("place_heads")
def capital_with_nationality(ctx: RuleContext):
    """العاصمة الليبية طرابلس، المدينة السورية حمص -> the place LOCATED_IN the country."""
    view = ctx.view
    for m in view.mentions:
        if m.type not in GROUPS.local_places:
            continue
        k = skip_quotes(view, m.token_start - 1, -1)
        c = ctx.nationality(k) if k >= 1 else None
        if c is None or not _has(ctx, k - 1, "place_heads"):
            continue
        head = view.covering(k - 1)
        if head is not None and head is not m and head.type == TYPES.country:
            continue
        ctx.emit(m, RELATIONS.located_in, c, "located_in:head_nationality", 0.75, view.tokens[k - 1].text)


@needs("list_opener_words")
def list_after_a_place(ctx: RuleContext):
    """مواقع في صنعاء، منها منطقة حدة وجبل عطان -> حدة and جبل عطان LOCATED_IN صنعاء."""
    view = ctx.view
    if view.stem_set().isdisjoint(ctx.lists["list_opener_words"]):
        return
    for container in view.mentions:
        if container.type not in GROUPS.settlements:
            continue
        for m in list_members(ctx, _past_a_direction(view, container.token_end), lambda x: x.type in GROUPS.local_places):
            if m.entity_id != container.entity_id:
                ctx.emit(m, RELATIONS.located_in, container, "located_in:list_after", 0.7)


def _past_a_direction(view: SentenceView, k: int) -> int:
    """بمحافظة القنيطرة جنوب غربي سوريا، بينها ...: past direction words and the place they
    locate the one before in (else k)."""
    j = k
    while j < len(view.tokens) and view.tokens[j].norm in DIRECTION_BASE and not view.covering(j):
        j += 1
    outer = view.mention_at(j) if j > k else None
    return outer.token_end if outer is not None and outer.type in PLACE_TYPES else k


def list_members(ctx: RuleContext, k: int, fits: Callable[[Mention], bool]) -> list[Mention]:
    """After token k: "، منها A وB" / "بما في ذلك A وB" / "مثل A وB": the mentions listed."""
    view = ctx.view
    k = skip_quotes(view, k, 1)
    if k < len(view.tokens) and view.tokens[k].norm in ("،", ","):
        k += 1
    if k >= len(view.tokens) or view.tokens[k].norm.split(" ")[0] not in _first_words(ctx.lists["list_openers"]):
        return []
    opener = None
    for n in (3, 2, 1):
        phrase = " ".join(t.norm for t in view.tokens[k:k + n])
        if len(view.tokens[k:k + n]) == n and phrase in ctx.lists["list_openers"]:
            opener = n
            break
    if opener is None:
        return []
    k += opener
    if k + 1 < len(view.tokens) and view.tokens[k].norm == "في" and view.mention_at(k) is None:
        k += 1                    # وخصوصا في أحياء A وB: the places listed are where it happens
    out: list[Mention] = []
    while k < len(view.tokens):
        k = skip_quotes(view, k, 1)
        m = view.mention_at(k)
        if m is None and k + 1 < len(view.tokens) and _has(ctx, k, "place_heads") and not view.is_break(k):
            m = view.mention_at(k + 1)       # ومحيط دار الرئاسة
        if m is None and k + 1 < len(view.tokens) and _has(ctx, k, "group_nouns") and not view.is_break(k):
            m = view.mention_at(skip_quotes(view, k + 1, 1))   # وحزب «كومله»
        if m is None:
            m = _person_past_a_title(ctx, k)   # بينهم القيادي الحوثي المدعو فلان
        if m is None or not fits(m) or (out and not _joined(view, m)):
            break
        out.append(m)
        k = _past_a_leader(ctx, skip_quotes(view, m.token_end, 1))
        if m.type in PLACE_TYPES:
            k = _past_where_it_lies(ctx, k)
        if k < len(view.tokens) and view.tokens[k].norm in ("،", ","):
            j = k + 2 if k + 2 < len(view.tokens) and view.tokens[k + 1].norm == "و" else k + 1
            j = skip_quotes(view, j, 1)          # ، و«حزب الحياة الحرة»
            if view.mention_at(j) is not None or _has(ctx, j, "group_nouns"):
                k = j
    return out


def _past_where_it_lies(ctx: RuleContext, k: int) -> int:
    """قرب الخيام / بالقرب من بلدة X / في قضاء العمادية at token k (after a listed place): the
    token past the place that locates it, when another place joined by و follows it (أبرزها تلة
    X قرب الخيام وتلة Y: the list goes on); else k."""
    view, tokens = ctx.view, ctx.view.tokens
    if k + 1 >= len(tokens) or view.covering(k) is not None:
        return k
    j = k + 1
    if tokens[k].norm not in ("في",) and not _has(ctx, k, "near_words"):
        return k
    if j < len(tokens) and tokens[j].norm == "من" and view.covering(j) is None:
        j += 1                      # بالقرب من
    place = _place_past_its_head(ctx, j) if j < len(tokens) else None
    if place is None or place.type not in PLACE_TYPES or place.token_end >= len(tokens):
        return k
    after = view.mention_at(place.token_end)
    if after is None or after.type not in PLACE_TYPES or not _joined(view, after):
        return k
    return place.token_end


def _past_a_leader(ctx: RuleContext, k: int) -> int:
    """بزعامة فلان / بقيادة فلان at token k (after a listed body): the token past the leader's name,
    so that the list goes on (أبرزها الحزب الديمقراطي بزعامة فلان، وحزب كومله); else k."""
    view = ctx.view
    if k + 1 < len(view.tokens) and view.covering(k) is None and view.tokens[k].norm in ctx.lists["led_by"]:
        leader = view.mention_at(k + 1)
        if leader is not None and leader.type == TYPES.person:
            return leader.token_end
    return k


def _person_past_a_title(ctx: RuleContext, k: int) -> Mention | None:
    """القيادي الحوثي المدعو فلان / والقائد الميداني فلان at token k: at most three words of a member's
    or leader's title (its first word at k), a group adjective or a rank or honorific, then a person:
    that person, else None."""
    view = ctx.view
    if not (_has(ctx, k, "member_titles") or _has(ctx, k, "leader_titles")) or view.covering(k):
        return None
    for j in range(k + 1, min(k + 4, len(view.tokens))):
        m = view.mention_at(j)
        if m is not None:
            return m if m.type == TYPES.person else None
        if view.is_break(j) or view.covering(j):
            return None
    return None


def _joined(view: SentenceView, m: Mention) -> bool:
    """m continues a list: و on it (or on the head noun before it, "ومحيط بلدة") or a comma before it."""
    before = skip_quotes(view, m.token_start - 1, -1)
    return (_prefix(view, m).startswith("و") or view.tokens[m.token_start].norm.startswith("و")
            or (before >= 0 and (view.tokens[before].norm in ("،", ",") or
                                 (view.tokens[before].norm.startswith("و") and not view.covering(before)))))


# ---------------------------------------------------------------- killings

def _strike_agent(ctx: RuleContext, k: int, limit: int) -> Mention | None:
    """The actor a strike phrase after token k names: "إثر غارة جوية إسرائيلية" -> Israel,
    "بنيران الجيش" -> the army."""
    view = ctx.view
    for j in range(k, min(limit, len(view.tokens))):
        if view.tokens[j].norm in (".", "؟", "!"):
            return None
        if _has(ctx, j, "strike_nouns") and not view.covering(j):
            by = resumptive_actor(ctx, j + 1)
            if by is None and j + 2 < len(view.tokens) and not view.covering(j + 1) \
                    and is_word(view.tokens[j + 1].norm):
                by = resumptive_actor(ctx, j + 2)      # في هجوم مسلح نفذه عنصر تابع لتنظيم داعش
            if by is not None:
                return by          # في هجوم شنته حركة الشباب
            for x in (j + 1, j + 2):
                c = ctx.nationality(past_a_belief(view, ctx.lists, x))    # بغارة يعتقد أنها إسرائيلية
                if c is not None:
                    return c
                m = view.mention_at(x)
                if m is not None and m.type in ACTOR_TYPES and m.type != TYPES.person and x == j + 1 \
                        and not _prefix(view, m).endswith("ب"):
                    return m           # (غارة بالعراق: where, not who)
                if x < len(view.tokens) and not _adjective_like(view.tokens[x].norm):
                    break
            by = agent_after_from(ctx, j + 1) or _weapon_owner(ctx, j + 1) or _owner_two_words_on(ctx, j + 1)
            if by is not None:
                return by
        if _has(ctx, j, "agent_nouns"):
            m = view.mention_at(j + 1) or ctx.nationality(j + 1) or _owner_two_words_on(ctx, j + 1)
            if m is None and j + 3 < len(view.tokens) and noun_of_fighters(view, ctx.lists, j + 1) \
                    and view.tokens[j + 2].norm == "من":
                m = _named_past_its_head(ctx, j + 3)     # على يد مسلحين من حركة الشباب: their group
            if m is not None and m.type in ACTOR_TYPES and m.type != TYPES.person:
                return m
    return None


def _owner_with_li(ctx: RuleContext, k: int) -> Mention | None:
    """The actor (no person) named at token k with لـ, after a word of belonging (التابعة للجيش)."""
    m = ctx.view.mention_at(k)
    ok = m is not None and m.type in ACTOR_TYPES and m.type != TYPES.person and _prefix(ctx.view, m).endswith("ل")
    return m if ok else None


def _owner_two_words_on(ctx: RuleContext, k: int) -> Mention | None:
    """برصاص قناص تابع للجيش / بغارة لمسيرة تابعة للدعم السريع: after the strike or fire noun, one
    or two words no mention covers, a word of belonging and the owner with لـ: that owner."""
    view, tokens = ctx.view, ctx.view.tokens
    for j in (k + 1, k + 2):
        if j + 1 >= len(tokens) or view.covering(j - 1) or view.is_break(j - 1):
            return None
        if tokens[j].norm in ctx.lists["part_of"]:
            return _owner_with_li(ctx, j + 1)
    return None


def strike_agent_after(ctx: RuleContext, m: Mention) -> Mention | None:
    """قتل جنديان فرنسيان في هجوم نفذته جماعة X: the actor a strike phrase after m names."""
    return _strike_agent(ctx, m.token_end, m.token_end + 25)


def _weapon_owner(ctx: RuleContext, k: int) -> Mention | None:
    """لقصف بطائرات مسيرة تابعة لقوات الدعم السريع / أطلقتها قوات الدعم السريع: at token k a weapon
    or force noun with ب, up to two describing words, then a word of belonging and the owner with
    لـ, or a verb of launching or carrying out with a pronoun and its subject: that actor."""
    view, tokens = ctx.view, ctx.view.tokens
    if k >= len(tokens) or view.covering(k) or not tokens[k].norm.startswith("ب") or not _has(ctx, k, "force_nouns"):
        return None
    for j in range(k + 1, min(k + 5, len(tokens) - 1)):
        if tokens[j].norm in ("،", ",") and resumptive_actor(ctx, j + 1) is not None:
            continue           # بطائرتين مسيرتين، تبنته المقاومة: a comma before the one who carried it out
        if view.is_break(j) or view.covering(j):
            return None
        by = resumptive_actor(ctx, j)
        if by is not None:
            return by          # بطائرات مسيرة أطلقتها قوات الدعم السريع
        if tokens[j].norm in ctx.lists["part_of"]:
            return _owner_with_li(ctx, j + 1)
    return None


def noun_of_fighters(view: SentenceView, lists, k: int) -> bool:
    """فصائل، مسلحي، عناصر at token k, in no mention: a noun of a group of fighters (group_nouns,
    unit_plurals, fighter_nouns) that the group's name may follow."""
    return 0 <= k < len(view.tokens) and not view.covering(k) and any(
        not lists[name].isdisjoint(view.token_stems(k)) for name in ("group_nouns", "unit_plurals", "fighter_nouns"))


def _named_past_its_head(ctx: RuleContext, k: int) -> Mention | None:
    """تنظيم "داعش - ولاية غرب أفريقيا" / جماعة "بوكو حرام": the mention at token k, past
    quotes, or past a head noun of a name (name_heads) the mention leaves out and quotes."""
    view = ctx.view
    k = skip_quotes(view, k)
    m = view.mention_at(k) if k < len(view.tokens) else None
    if m is None and k + 1 < len(view.tokens) and not view.covering(k) and _has(ctx, k, "name_heads"):
        m = view.mention_at(skip_quotes(view, k + 1))
    return m


def resumptive_actor(ctx: RuleContext, k: int) -> Mention | None:
    """هجوم شنته حركة الشباب / غارة نفذتها الطائرات الإسرائيلية: at token k a verb of carrying out
    with a pronoun for the attack noun before it (resumptive_verbs + ه، ها، ته، تها), then the
    actor that carried it out (or the country of a force noun with a nationality)."""
    view = ctx.view
    if k + 1 >= len(view.tokens) or view.covering(k):
        return None
    norm = view.tokens[k].norm
    if not any(norm.endswith(suffix) and norm[:-len(suffix)] in ctx.lists["resumptive_verbs"]
               for suffix in RESUMPTIVE_SUFFIXES):
        return None
    m = view.mention_at(skip_quotes(view, k + 1))
    if m is None and k + 2 < len(view.tokens) and noun_of_fighters(view, ctx.lists, k + 1):
        m = view.mention_at(skip_quotes(view, k + 2))   # تبنته فصائل "المقاومة الإسلامية": the group noun before the name
        if m is None and k + 3 < len(view.tokens) and view.tokens[k + 2].norm == "من":
            m = _named_past_its_head(ctx, k + 3)   # شنه مسلحون من تنظيم "داعش": the fighters' group
        elif m is None and k + 4 < len(view.tokens) and view.tokens[k + 3].norm == "من" \
                and not view.covering(k + 2) and _adjective_like(view.tokens[k + 2].norm):
            m = _named_past_its_head(ctx, k + 4)   # نصبته مجموعة مسلحة من فلول النظام: past the adjective
    if m is not None and m.type in ACTOR_TYPES and m.type != TYPES.person:
        return m
    forces = force_with_nationality(ctx, k + 1)
    if forces is not None:
        return forces[0]
    j = k + 1                  # هجوم نفذه عنصر تابع لتنظيم داعش: the owner of the fighter who carried it out
    if j + 2 < len(view.tokens) and not view.covering(j) and _has(ctx, j, "fighter_nouns") \
            and view.tokens[j + 1].norm in ctx.lists["part_of"]:
        owner = view.mention_at(j + 2)
        if owner is not None and owner.type in ACTOR_TYPES and owner.type != TYPES.person \
                and _prefix(view, owner).endswith("ل"):
            return owner
    return None


def agent_after_from(ctx: RuleContext, k: int) -> Mention | None:
    """لقصف مدفعي من قوات الدعم السريع / لغارة من قبل الجيش: the actor named by من (من قبل)
    after a strike noun and at most two words (its adjectives)."""
    view, start = ctx.view, k
    while k < len(view.tokens) and k - start < 2 and not view.covering(k) and not view.is_break(k) \
            and view.tokens[k].norm != "من" and is_word(view.tokens[k].norm):
        k += 1                 # (مدفعي عنيف: the noun's adjectives)
    if k >= len(view.tokens) or view.tokens[k].norm != "من":
        return None
    k += 1
    if k < len(view.tokens) and view.tokens[k].norm == "قبل":
        k += 1
    if k + 1 < len(view.tokens) and not view.covering(k) and _has(ctx, k, "force_nouns"):
        k += 1                 # من طائرات الجيش: the force's owner
        j = k
        while j < min(k + 2, len(view.tokens) - 1) and not view.covering(j) and _adjective_like(view.tokens[j].norm):
            j += 1             # من الطيران الحربي للجيش / من الطيران الحربي التابع للجيش: past its adjectives
        if j + 1 < len(view.tokens) and view.tokens[j].norm in ctx.lists["part_of"]:
            j += 1
        owner = view.mention_at(j)
        if j > k and owner is not None and _prefix(view, owner).endswith("ل"):
            k = j
    elif k + 2 < len(view.tokens) and not view.covering(k) and _has(ctx, k, "fighter_nouns") \
            and (view.tokens[k + 1].norm == "من" or view.tokens[k + 1].norm in ctx.lists["part_of"]):
        k += 2                 # من قبل مسلحين من حركة الشباب / من عناصر تابعة للحركة: their group
    m = view.mention_at(k)
    return m if m is not None and m.type in ACTOR_TYPES and m.type != TYPES.person else None


def opening_strike_noun(ctx: RuleContext, k: int) -> bool:
    """وقال مصدر إن الغارات ... / الغارة أسفرت عن ...: token k is a definite noun of strike
    (strike_nouns) no mention covers, opening its clause (first, after a break, a bare
    complementiser or a form of كان, being_verbs): strikes the text told of before, no new ones."""
    view = ctx.view
    if k < 0 or k >= len(view.tokens) or view.covering(k):
        return False
    n = view.tokens[k].norm
    if not (n.startswith("ال") and n[2:] in ctx.lists["strike_nouns"]):
        return False
    before = view.tokens[k - 1].norm if k else ""
    return k == 0 or view.is_break(k - 1) or before in BARE_COMPLEMENTISERS or before[1:] in BARE_COMPLEMENTISERS \
        or _has(ctx, k - 1, "being_verbs")        # (فإن، لأن الغارات: a complementiser past its proclitic)


def _strike_before(ctx: RuleContext, t: int) -> Mention | None:
    """The actor of the nearest strike phrase before token t (غارة نفذتها طائرة مسيرة إسرائيلية ...)."""
    for j in range(t - 1, -1, -1):
        if ctx.view.tokens[j].norm in (".", "؛", ";"):
            return None
        if _has(ctx, j, "strike_nouns") and not ctx.view.covering(j):
            agent = _strike_agent(ctx, j, t) or _launcher_of(ctx, j)
            if agent is None and opening_strike_noun(ctx, j):
                agent = ctx.attacker_before()    # وقال مصدر إن الغارة أسفرت عن مقتل فلان: the strikes told before
            if agent is not None:
                return agent
        elif _has(ctx, j, "fire_nouns") and not ctx.view.covering(j):
            agent = _launcher_of(ctx, j)
            if agent is not None:
                return agent     # أطلقت قوات X النار صوب مركبة، ما أدى إلى استشهاد فلان
    return None


def _launcher_of(ctx: RuleContext, j: int) -> Mention | None:
    """شنت إسرائيل غارة على طهران أدت إلى مقتل فلان / وكان الكيان قد شن عدوانا ...: the actor who
    launched the strike at token j with a verb of launching (launch_verbs) within three words
    before it: named between the verb and the strike, else right before the verb (past قد)."""
    view = ctx.view
    v = next((k for k in range(j - 1, max(-1, j - 4), -1) if _has(ctx, k, "launch_verbs")), None)
    if v is None:
        return None
    between = next((m for m in view.mentions if v < m.token_start < j and m.type in ACTOR_TYPES), None)
    if between is not None:
        return between
    before = v - 1 if v > 0 and view.tokens[v - 1].norm == "قد" else v
    m = view.covering(before - 1) if before > 0 else None
    return m if m is not None and m.token_end == before and m.type in ACTOR_TYPES else None


@needs("killing_nouns")
def killed_by_a_strike(ctx: RuleContext):
    """مقتل القيادي أحمد الرهوي إثر غارة جوية إسرائيلية / قُتل فلان بغارة أمريكية -> the country
    KILLED the person: the killer named by the strike, not by a subject."""
    view = ctx.view
    if view.stem_set().isdisjoint(ctx.lists["killing_nouns"]):
        return
    for t, tok in enumerate(view.tokens):
        if not _has(ctx, t, "killing_nouns") or view.covering(t):
            continue
        victim, owned_at = None, None
        k, limit = t + 1, min(t + 7, len(view.tokens))
        while k < limit:
            if view.is_break(k):
                if k + 1 < len(view.tokens) and view.tokens[k + 1].norm in AMONG_WORDS:
                    k, limit = k + 2, min(k + 8, len(view.tokens))
                    continue       # مقتل عدد من القادة، بينهم اللواء فلان: the one named among them
                if _naming_aside(ctx, k):
                    k, limit = k + 2, min(k + 6, len(view.tokens))
                    continue       # استشهدت سيدة، تدعى فلانة، برصاص ...: the one the aside names
                break
            if not view.covering(k) and _own_casualties(ctx, view.tokens[k].norm):
                victim = _owner_before(ctx, t)     # أعلنت الوزارة مقتل ثلاثة من عناصرها في كمين نصبته X
                owned_at = k
                break
            m = view.mention_at(k)
            if m is not None and m.type in ACTOR_TYPES and m.type != TYPES.country:
                victim = m
                break
            k += 1
        relative = victim is None and _victim_of_a_relative(ctx, t)
        if relative:             # القيادي فلان الذي قتل في غارة إسرائيلية: the person before الذي
            victim = relative
        if victim is None or (victim.token_end < len(view.tokens) and view.tokens[victim.token_end].norm == "علي"
                              and not view.covering(victim.token_end) and not _has(ctx, victim.token_end + 1, "least_words")
                              and not _has(ctx, victim.token_end + 1, "hand_words")):
            continue           # (قضى الجيش على المسلحين: the one after قضى did the killing; not على الأقل, على يد)
        if victim.type in ORG_TYPES and owned_at is None:
            after = _person_after(ctx, victim.token_end)
            victim = after or victim
        start = t + 1 if relative else owned_at + 1 if owned_at is not None else victim.token_end
        agent = _strike_agent(ctx, start, start + 25)
        if agent is None and any(_has(ctx, k, "result_words") for k in range(max(0, t - 10), t)):
            agent = _strike_before(ctx, t)      # غارة إسرائيلية ... أسفرت عن مقتل فلان
        if agent is not None and agent.entity_id != victim.entity_id:
            ctx.emit(agent, RELATIONS.killed, victim, "killed:strike_agent", 0.75, tok.text)
            if victim.type == TYPES.person:
                for other in _persons_joined_after(view, victim, past_brackets=True) + _titled_persons_after(ctx, victim):
                    if other.entity_id != agent.entity_id:
                        ctx.emit(agent, RELATIONS.killed, other, "killed:strike_agent", 0.7, tok.text)


def _own_casualties(ctx: RuleContext, norm: str) -> bool:
    """عناصرها، جنوده، مقاتليهم: a noun of the dead (casualty_nouns) with a pronoun suffix: the
    members of an actor named before."""
    return any(norm.endswith(sfx) and norm[:-len(sfx)] in ctx.lists["casualty_nouns"] for sfx in ("ها", "هم", "ه"))


def _owner_before(ctx: RuleContext, t: int) -> Mention | None:
    """The actor the pronoun on the dead before token t stands for: the nearest organisation
    before t in the sentence that no preposition governs (not لوزارة الداخلية, not بالجيش), no
    adjective's country, no person."""
    view = ctx.view
    for m in reversed([m for m in view.mentions if m.token_end <= t]):
        if m.type in ORG_TYPES and m.source != "adjective" and not _prefix(view, m).endswith(("ل", "ب")) \
                and not (m.token_start > 0 and view.tokens[m.token_start - 1].norm in CORE_PREPOSITIONS):
            return m
    return None


def _naming_aside(ctx: RuleContext, k: int) -> bool:
    """استشهد شاب، يدعى فلان، برصاص ...: a comma at token k and a naming word (naming_words)
    right after it, opening an aside that names the one just described."""
    view = ctx.view
    return view.tokens[k].norm in ("،", ",") and k + 1 < len(view.tokens) and _has(ctx, k + 1, "naming_words")


def _victim_of_a_relative(ctx: RuleContext, t: int) -> Mention | None:
    """ونعى الحزب القيادي فلان الذي قتل بغارة إسرائيلية: a relative pronoun right before the
    killing word at t, right after a person: that person; يعتقد أن القائد فلان قتل في الضربات: a
    past verb of killing (passive_killing_verbs) right after the person. Either way the word after
    the killing reads as passive (في، بغارة، إثر)."""
    view = ctx.view
    if t < 1 or t + 1 >= len(view.tokens):
        return None
    m = view.covering(t - 1)       # يعتقد أن القائد فلان قتل في الضربات الإسرائيلية: the person right before
    if m is None or m.type != TYPES.person or m.token_end != t or view.tokens[t].norm not in ctx.lists["passive_killing_verbs"]:
        if t < 2 or view.tokens[t - 1].norm not in RELATIVE or view.covering(t - 1):
            return None
        m = view.covering(t - 2)
        if m is None or m.type != TYPES.person or m.token_end != t - 1:
            return None
    nxt = view.tokens[t + 1].norm      # في غارة، بغارة، إثر قصف: passive (not قتل خمسة جنود)
    passive = nxt == "في" or nxt in CAUSE_PREPOSITIONS or _has(ctx, t + 1, "after_words") or (
        nxt.startswith("ب") and _has(ctx, t + 1, "strike_nouns"))
    return m if passive else None


@needs("injury_words")
def wounded_by_a_strike(ctx: RuleContext):
    """أصيب جنديان من قوات اليونيفيل بنيران الجيش الإسرائيلي / أصيب ثلاثة جنود إسرائيليين بصاروخ
    أطلقه حزب الله -> the actor the strike names ATTACKED the actor whose members were wounded
    (named right after the word of injury, or right before it)."""
    view = ctx.view
    if view.stem_set().isdisjoint(ctx.lists["injury_words"]):
        return
    for t in range(len(view.tokens)):
        if not _has(ctx, t, "injury_words") or view.covering(t):
            continue
        fits = lambda m: m is not None and m.type in ACTOR_TYPES and m.type not in (TYPES.person, TYPES.country)
        victim = next((m for m in map(view.mention_at, range(t + 1, t + 5)) if fits(m)), None)
        if victim is None:
            victim = next((m for m in map(view.covering, range(t - 1, max(-1, t - 4), -1)) if fits(m)), None)
        if victim is None or any(view.is_break(k) for k in range(min(t, victim.token_start), max(t, victim.token_end))):
            continue
        agent = _strike_agent(ctx, max(t + 1, victim.token_end), max(t + 1, victim.token_end) + 8)
        if agent is not None and agent.entity_id != victim.entity_id:
            ctx.emit(agent, RELATIONS.attacked, victim, "attacked:wounded_by_strike", 0.7, view.tokens[t].text)


SUBJECTED_REACH = 16     # words from تعرض to its strike noun: past the target and a relative clause on it


@needs("subjected_words")
def subjected_to_attack(ctx: RuleContext):
    """تتعرض مناطق في القطاع لسلسلة من الغارات الإسرائيلية / تعرضت حلب لقصف روسي -> the
    country of the strike ATTACKED the place or actor that underwent it."""
    view = ctx.view
    if view.stem_set().isdisjoint(ctx.lists["subjected_words"]):
        return
    for t in range(len(view.tokens)):
        if not _has(ctx, t, "subjected_words"):
            continue
        agent = _strike_agent(ctx, t + 1, t + SUBJECTED_REACH)
        if agent is None:
            _underwent_the_strike_before(ctx, t)
            continue
        target = _undergoer_after(view, t)
        if target is None:
            target = _nearest_before(view, t, lambda m: m.type in PLACE_TYPES | ACTOR_TYPES and m.type != TYPES.person)
        if target is not None:
            target = _place_it_locates(view, target)
        if target is None:
            target = next((m for m in view.mentions if t < m.token_start <= t + 3 and m.type in PLACE_TYPES), None)
        owner = _owner_of_what_underwent(ctx, t) if target is None else None
        if owner is not None:
            target = owner
            k = owner.token_end
            place = view.mention_at(k + 1) if k + 1 < len(view.tokens) and view.tokens[k].norm == "في" else None
            if place is not None and place.type in PLACE_TYPES and place.entity_id != agent.entity_id:
                ctx.emit(agent, RELATIONS.attacked, place, "attacked:subjected_to", 0.7, view.tokens[t].text)
        if target is not None and target.entity_id != agent.entity_id:
            ctx.emit(agent, RELATIONS.attacked, target, "attacked:subjected_to", 0.7, view.tokens[t].text)


def _underwent_the_strike_before(ctx: RuleContext, t: int) -> None:
    """توعدت القوات بالرد على الكمين الذي تعرضت له من قوات X: a strike noun, a relative pronoun,
    the verb of undergoing with its pronoun (له، لها، لهم), then من (قبل) the attacker -> the
    attacker ATTACKED the actor (no person, no state) named last before the strike noun."""
    view = ctx.view
    if t < 2 or t + 2 >= len(view.tokens) or view.tokens[t + 1].norm not in ("له", "لها", "لهم") \
            or view.tokens[t - 1].norm not in RELATIVE or not _has(ctx, t - 2, "strike_nouns") or view.covering(t - 2):
        return
    agent = agent_after_from(ctx, t + 2)
    if agent is None:
        return
    fits = lambda m: m.type in ACTOR_TYPES and m.type not in (TYPES.person, TYPES.country) and m.source != "adjective"
    target = _nearest_before(view, t - 2, fits)
    if target is not None and target.entity_id != agent.entity_id:
        ctx.emit(agent, RELATIONS.attacked, target, "attacked:subjected_to_relative", 0.65, view.tokens[t].text)


def _undergoer_after(view: SentenceView, t: int) -> Mention | None:
    """وتعرض الجيش السوداني لكمين / تعرضت قوات اليونيفيل لإطلاق نار: the subject right after the
    verb of undergoing (verb first): an actor or a place named at the next word, with no
    preposition on it."""
    m = view.mention_at(t + 1)
    if m is None or m.type == TYPES.person or m.type not in PLACE_TYPES | ACTOR_TYPES \
            or _prefix(view, m).endswith(("ل", "ب")):
        return None
    return m


def _owner_of_what_underwent(ctx: RuleContext, t: int) -> Mention | None:
    """وتعرضت دورية تابعة للجيش لهجوم / تعرضت قافلة تابعة للأمم المتحدة لكمين / تعرضت مواقع للجيش
    لقصف: the owner (an actor with لـ, perhaps after a word of belonging) of the unnamed thing that
    underwent the attack after t."""
    view = ctx.view
    fits = lambda m: m is not None and m.type in ACTOR_TYPES and m.type != TYPES.person and _prefix(view, m).endswith("ل")
    if t + 2 < len(view.tokens) and not view.covering(t + 1) and is_word(view.tokens[t + 1].norm) \
            and fits(view.mention_at(t + 2)):
        return view.mention_at(t + 2)      # تعرضت مواقع للجيش السوري في ريف درعا لقصف إسرائيلي
    for k in (t + 2, t + 3):
        if k + 1 >= len(view.tokens) or view.covering(k - 1) or view.is_break(k - 1):
            return None
        if view.tokens[k].norm in ctx.lists["part_of"]:
            m = view.mention_at(k + 1)
            ok = m is not None and m.type in ACTOR_TYPES and m.type != TYPES.person and _prefix(view, m).endswith("ل")
            return m if ok else None
    return None


def _place_it_locates(view: SentenceView, m: Mention) -> Mention:
    """مدينة طرطوس على الساحل السوري: for a place after في or على right after another place, that
    other place (the one the sentence is about); else m itself."""
    k = m.token_start - 1
    if m.type not in PLACE_TYPES or k < 1 or view.tokens[k].norm not in ("في", "علي"):
        return m
    before = view.covering(k - 1)
    return before if before is not None and before.token_end == k and before.type in GROUPS.local_places else m


def _nearest_before(view: SentenceView, t: int, fits: Callable[[Mention], bool]) -> Mention | None:
    """The last mention before token t in the same clause that fits."""
    for m in reversed([m for m in view.mentions if m.token_end <= t]):
        if any(view.tokens[k].norm in (".", "؛", ";", ":") for k in range(m.token_end, t)):
            return None
        if fits(m):
            return m
    return None


@needs("fall_words")
def fell_to(ctx: RuleContext):
    """سقوط مدينة حلب بيد الفصائل / سقطت البلدة في أيدي قوات الدعم السريع -> CAPTURED."""
    view = ctx.view
    if view.stem_set().isdisjoint(ctx.lists["fall_words"]):
        return
    for t in range(len(view.tokens)):
        if not _has(ctx, t, "fall_words"):
            continue
        place = None
        k = t + 1
        while k < min(t + 5, len(view.tokens)) and not view.is_break(k):
            m = view.mention_at(k)
            if m is not None:
                place = m if m.type in GROUPS.local_places else None
                k = m.token_end
                break
            k += 1
        if place is None and t > 0:
            place = _nearest_before(view, t, lambda m: m.type in GROUPS.local_places)
            k = t + 1
        if place is None:
            continue
        for j in range(k, min(k + 3, len(view.tokens))):
            if _has(ctx, j, "hand_words"):
                actor = view.mention_at(j + 1)
                if actor is not None and actor.type in ORG_TYPES:
                    ctx.emit(actor, RELATIONS.captured, place, "captured:fell_to", 0.75, view.tokens[t].text)
                break


@needs("outskirts_words")
@needs("arrival_words")
def at_the_outskirts(ctx: RuleContext):
    """باتت قوات المعارضة على مشارف مدينة حمص / بلغت القوات تخوم البلدة -> the actor
    ADVANCED_TOWARD the place: a word of outskirts (outskirts_words) right before the place, after
    على or إلى, with the actor and a verb of arriving or being (arrival_words) before it: the actor
    after the verb (VSO) or right before it (SVO)."""
    view = ctx.view
    if view.stem_set().isdisjoint(ctx.lists["outskirts_words"]) or view.stem_set().isdisjoint(ctx.lists["arrival_words"]):
        return
    tokens = view.tokens
    for k in range(1, len(tokens) - 1):
        if view.covering(k) or not _has(ctx, k, "outskirts_words"):
            continue
        place = view.mention_at(k + 1)
        if place is None or place.type not in GROUPS.local_places:
            continue
        j = k - 1
        if tokens[j].norm in _TOWARD_PREPS:
            j -= 1
        actor = view.covering(j) if j >= 0 else None
        if actor is not None and actor.token_end == j + 1 and actor.type in ACTOR_TYPES:
            j = actor.token_start - 1          # بلغت القوات مشارف: the verb before its subject
        else:
            actor = None
        if j < 0 or view.covering(j) or not _has(ctx, j, "arrival_words"):
            continue
        if actor is None:                      # القوات باتت على مشارف: the subject before the verb
            actor = mention_back(view, j, 1, lambda m: m.type in ACTOR_TYPES)
        if actor is not None and actor.entity_id != place.entity_id:
            ctx.emit(actor, RELATIONS.advanced_toward, place, "advanced_toward:outskirts", 0.7, tokens[k].text)


_TOWARD_PREPS = frozenset(normalise(w) for w in ("على", "إلى"))


@needs("control_nouns")
def under_control_of(ctx: RuleContext):
    """باتت مدينة الفاشر تحت سيطرة قوات الدعم السريع / المناطق الخاضعة لسيطرة قسد -> the actor
    CAPTURED the place: a control noun after تحت (or with لـ after خاضعة), the actor after it, the
    place named before it in the clause."""
    view = ctx.view
    if view.stem_set().isdisjoint(ctx.lists["control_nouns"]):
        return
    for k in range(1, len(view.tokens) - 1):
        if not _has(ctx, k, "control_nouns") or view.covering(k):
            continue
        under = view.tokens[k - 1].norm == "تحت" or (
            any(p.endswith("ل") for p, st in proclitic_variants(view.tokens[k].norm) if st in ctx.lists["control_nouns"])
            and any(_has(ctx, j, "under_words") for j in range(max(0, k - 5), k)))
        if not under:
            continue
        holder = view.mention_at(skip_quotes(view, k + 1))
        if holder is None or holder.type not in ACTOR_TYPES:
            continue
        place = _nearest_before(view, k, lambda m: m.type in PLACE_TYPES and k - m.token_end <= 4)
        if place is not None and not any(view.is_break(x) for x in range(place.token_end, k)):
            ctx.emit(holder, RELATIONS.captured, place, "captured:under_control", 0.7, view.tokens[k].text)


@needs("siege_nouns")
def under_siege_of(ctx: RuleContext):
    """ظلت المدينة تحت حصار قوات الدعم السريع / بقي المعسكر تحت الحصار من قبل الجيش -> the actor
    BESIEGED the place: a siege noun after تحت, its actor (a genitive, or after من / من قبل), the
    place named before it in the clause."""
    view = ctx.view
    if view.stem_set().isdisjoint(ctx.lists["siege_nouns"]) or "تحت" not in view.stem_set():
        return
    for k in range(1, len(view.tokens) - 1):
        if view.tokens[k - 1].norm != "تحت" or view.covering(k) or not _has(ctx, k, "siege_nouns"):
            continue
        j = skip_quotes(view, k + 1)
        if j < len(view.tokens) and view.tokens[j].norm == "من":
            j += 1
            if j < len(view.tokens) and view.tokens[j].norm == "قبل":
                j += 1
        elif view.tokens[k].norm.startswith("ال"):
            continue              # تحت الحصار، then no agent: not said who
        holder = view.mention_at(skip_quotes(view, j))
        if holder is None or holder.type not in ACTOR_TYPES or holder.type == TYPES.person:
            continue
        place = _nearest_before(view, k - 1, lambda m: m.type in GROUPS.local_places and k - 1 - m.token_end <= 4)
        if place is not None and not any(view.is_break(x) for x in range(place.token_end, k)) \
                and place.entity_id != holder.entity_id:
            ctx.emit(holder, RELATIONS.besieged, place, "besieged:under_siege", 0.7, view.tokens[k].text)


@needs("siege_participles", "control_participles", "subjected_words")
@needs("siege_participles", "control_participles", "siege_nouns")
def besieged_by(ctx: RuleContext):
    """مدينة الفاشر المحاصرة من قبل قوات الدعم السريع / تعرضت المدينة لحصار فرضته قوات الدعم
    السريع / تتعرض المدينة لحصار من قوات X / لحصار قوات X -> the actor BESIEGED the place: a participle of حاصر
    right after the place, or a siege noun after a verb of undergoing (subjected_words), then the
    besieger (after من / من قبل, or after a verb of imposing with a pronoun for the siege).
    بلدة حريب المسيطر عليها من قبل الحوثيين -> CAPTURED, the same with a participle of control."""
    view = ctx.view
    stems_ = view.stem_set()
    participles = not (stems_.isdisjoint(ctx.lists["siege_participles"])
                       and stems_.isdisjoint(ctx.lists["control_participles"]))
    if not participles and (stems_.isdisjoint(ctx.lists["subjected_words"]) or stems_.isdisjoint(ctx.lists["siege_nouns"])):
        return
    for k in range(1, len(view.tokens) - 2):
        if view.covering(k):
            continue
        rel, after = RELATIONS.besieged, k + 1
        on = view.tokens[k + 1].norm       # عليها: على (normalised علي) with a pronoun
        if _has(ctx, k, "control_participles") and on.startswith("علي") and on[3:] in SUFFIXES:
            rel, after = RELATIONS.captured, k + 2     # بلدة حريب المسيطر عليها من قبل الحوثيين
        if rel == RELATIONS.captured or _has(ctx, k, "siege_participles"):
            p = k - 1 if view.tokens[k - 1].norm not in (",", "،") else k - 2   # جيبو، المحاصرة من قبل ...
            place = view.covering(p) if p >= 0 else None
            if place is None or place.token_end != p + 1 or place.type not in GROUPS.local_places:
                continue
        elif _has(ctx, k, "siege_nouns") and _prefix_of(view.tokens[k].norm) == "ل":
            subjected = next((j for j in range(k - 1, max(-1, k - 5), -1) if _has(ctx, j, "subjected_words")), None)
            if subjected is None or any(view.is_break(x) for x in range(subjected, k)):
                continue
            place = mention_back(view, subjected, 6, lambda m: m.type in GROUPS.local_places) or \
                mention_back(view, k, k - subjected - 1, lambda m: m.type in GROUPS.local_places)
            if place is None:
                continue
        else:
            continue
        holder = agent_after_from(ctx, after) or (_imposer(ctx, after) if rel == RELATIONS.besieged else None)
        if holder is None and rel == RELATIONS.besieged and not _has(ctx, k, "siege_participles"):
            holder = view.mention_at(after)        # تعرضت المدينة لحصار قوات الدعم السريع: the genitive
            holder = holder if holder is not None and holder.type in ACTOR_TYPES else None
        if holder is not None and holder.entity_id != place.entity_id:
            rule = "besieged:besieged_by" if rel == RELATIONS.besieged else "captured:participle_by"
            ctx.emit(holder, rel, place, rule, 0.7, view.tokens[k].text)


def _prefix_of(norm: str) -> str:
    """لحصار -> ل (the proclitic before a siege noun), else ''."""
    return "ل" if norm.startswith("ل") and not norm.startswith("ال") else ""


def _imposer(ctx: RuleContext, k: int) -> Mention | None:
    """فرضته قوات الدعم السريع at token k: a verb of imposing a siege (siege_verbs) with a pronoun
    for it, then the actor."""
    view = ctx.view
    if k >= len(view.tokens) or view.covering(k):
        return None
    norm = view.tokens[k].norm
    if not any(norm.endswith(sfx) and norm[:-len(sfx)] in ctx.lists["siege_verbs"] for sfx in RESUMPTIVE_SUFFIXES):
        return None
    m = view.mention_at(skip_quotes(view, k + 1))
    return m if m is not None and m.type in ACTOR_TYPES and m.type != TYPES.person else None


def sides_after_between(ctx: RuleContext, k: int) -> tuple[list[Mention], list[Mention]] | None:
    """بين جهاز الردع من جهة، واللواء 444 وقوات تابعة لوزارة الدفاع من جهة أخرى: after بين at token
    k, the actors of one side (the first named, then those joined by و, or the owner of units
    joined by و: وقوات تابعة لـX) up to من and a word of side (side_words), then those of the
    other side up to the second من جهة or the clause's end; None unless both sides name actors."""
    view, tokens = ctx.view, ctx.view.tokens
    sides: list[list[Mention]] = [[]]
    i = k + 1
    while i < len(tokens):
        if tokens[i].norm == "من" and i + 1 < len(tokens) and _has(ctx, i + 1, "side_words"):
            if len(sides) == 2:
                break
            sides.append([])
            i += 2
            if i < len(tokens) and tokens[i].norm in ("،", ","):
                i += 1
            continue
        if view.is_break(i):
            break
        first = not sides[-1]
        m = view.mention_at(skip_quotes(view, i, 1)) if first or tokens[i].norm.startswith("و") else None
        if m is None and (first or tokens[i].norm.startswith("و")) and noun_of_fighters(view, ctx.lists, i) \
                and i + 2 < len(tokens) and (tokens[i + 1].norm == "من" or tokens[i + 1].norm in ctx.lists["part_of"]):
            m = view.mention_at(skip_quotes(view, i + 2, 1))     # وقوات تابعة لوزارة الدفاع: their owner
        if m is not None and m.type in ACTOR_TYPES and m.token_start >= i:
            if all(m.entity_id != o.entity_id for side in sides for o in side):
                sides[-1].append(m)
            i = m.token_end
            continue
        i += 1
    if len(sides) == 2 and sides[0] and sides[1]:
        return sides[0], sides[1]
    return None


@needs("between_nouns")
def clash_between(ctx: RuleContext):
    """الجبهة بين حزب الله والجيش الإسرائيلي / التصعيد بين إسرائيل وإيران -> CLASHED_WITH; بين X
    وY من جهة وZ من جهة أخرى: each of one side with each of the other (sides_after_between)."""
    view = ctx.view
    if view.stem_set().isdisjoint(ctx.lists["between_nouns"]) or "بين" not in view.stem_set():
        return
    for t in range(len(view.tokens)):
        if not _has(ctx, t, "between_nouns") or view.covering(t):
            continue
        for k in range(t + 1, min(t + 5, len(view.tokens))):
            if view.is_break(k):
                break
            if view.tokens[k].norm != "بين":
                continue
            sides = sides_after_between(ctx, k)
            if sides is not None:
                for a in sides[0]:
                    for b in sides[1]:
                        ctx.emit(a, RELATIONS.clashed_with, b, "clashed_with:between_sides", 0.75, view.tokens[t].text)
                break
            a = view.mention_at(skip_quotes(view, k + 1, 1))
            if a is None or a.type not in ACTOR_TYPES:
                break
            b = view.mention_at(skip_quotes(view, a.token_end, 1))
            if b is not None and b.type in ACTOR_TYPES and _prefix(view, b).startswith("و") \
                    and b.entity_id != a.entity_id:
                ctx.emit(a, RELATIONS.clashed_with, b, "clashed_with:between_noun", 0.75, view.tokens[t].text)
            break


@needs("exchange_words")
def prisoner_exchange(ctx: RuleContext):
    """شهدت مدينة حلب عملية تبادل أسرى بين الأمن الداخلي وقوات قسد / صفقة تبادل الأسرى بين حماس
    وإسرائيل في رفح -> each party RELEASED_PRISONERS the place where the exchange happened."""
    view = ctx.view
    stems_ = view.stem_set()
    if stems_.isdisjoint(ctx.lists["exchange_words"]) or "بين" not in stems_:
        return
    tokens = view.tokens
    for t in range(len(tokens) - 3):
        if view.covering(t) or not _has(ctx, t, "exchange_words") or not _has(ctx, t + 1, "prisoner_nouns"):
            continue
        k = next((k for k in range(t + 2, min(t + 5, len(tokens))) if tokens[k].norm == "بين"), None)
        if k is None or any(view.is_break(x) for x in range(t + 2, k)):
            continue
        parties = _parties_after(ctx, k + 1)
        if len(parties) < 2:
            continue
        place = _place_after_in(ctx, parties[-1].token_end) or _witnessing_place(ctx, t)
        if place is not None:
            for p in parties:
                ctx.emit(p, RELATIONS.released_prisoners, place, "released_prisoners:exchange", 0.7,
                         tokens[t].text)


def _parties_after(ctx: RuleContext, k: int) -> list[Mention]:
    """بين الأمن الداخلي وقوات "قسد": the actors joined by و from token k (a force noun with و
    before a name, وقوات "قسد", joins it too)."""
    view = ctx.view
    out: list[Mention] = []
    while k < len(view.tokens):
        k = skip_quotes(view, k)
        m = view.mention_at(k)
        joined = bool(out) and m is not None and _prefix(view, m).startswith("و")
        if m is None and out and k + 1 < len(view.tokens) and view.tokens[k].norm.startswith("و") \
                and not view.covering(k) and _has(ctx, k, "force_nouns"):
            m, joined = view.mention_at(skip_quotes(view, k + 1)), True
        if m is None or m.type not in ACTOR_TYPES or (out and not joined) or len(out) > 3:
            break
        out.append(m)
        k = m.token_end
    return out


def _place_after_in(ctx: RuleContext, k: int) -> Mention | None:
    """في مدينة رفح right after token k (quotes skipped): the place."""
    view = ctx.view
    k = skip_quotes(view, k)
    if k + 1 < len(view.tokens) and view.tokens[k].norm == "في":
        m = view.mention_at(k + 1)
        if m is not None and m.type in PLACE_TYPES:
            return m
    return None


def _witnessing_place(ctx: RuleContext, t: int) -> Mention | None:
    """شهدت مدينة حلب شمال سوريا، الخميس، عملية تبادل: the place right after a verb of witnessing
    (witness_verbs) before token t, in the same sentence."""
    view = ctx.view
    for k in range(t - 1, max(-1, t - 13), -1):
        if _has(ctx, k, "witness_verbs") and not view.covering(k):
            m = view.mention_at(skip_quotes(view, k + 1))
            return m if m is not None and m.type in PLACE_TYPES else None
    return None


@needs("presence_nouns", "position_nouns")
def presence_in_place(ctx: RuleContext):
    """مقر اليونيفيل في الناقورة / الوجود العسكري الروسي في سوريا / مواقع حزب العمال في جبال
    قنديل ومتينا / مقر الفرقة 22 التابعة للجيش في مدينة بابنوسة -> the actor BASED_IN the place
    (past what it belongs to; a noun of positions only in construct with the actor)."""
    view = ctx.view
    if view.stem_set().isdisjoint(ctx.lists["presence_nouns"]) and view.stem_set().isdisjoint(ctx.lists["position_nouns"]):
        return
    for t in range(len(view.tokens)):
        position = not _has(ctx, t, "presence_nouns")
        if position and not _has(ctx, t, "position_nouns"):
            continue
        k, actor = t + 1, None
        if position:
            actor = view.mention_at(t + 1) if t + 1 < len(view.tokens) else None
            if actor is None or actor.type not in ORG_TYPES or _prefix(view, actor).endswith("ل") or view.covering(t):
                continue       # (مواقع للحوثيين في X: positions of theirs struck, told as a target)
            k = actor.token_end
        if view.covering(t):
            actor, k = _organisation_of_a_site(view, t)
            if actor is None:
                continue
        while k < min(t + 4, len(view.tokens)) and actor is None:
            m = view.mention_at(k)
            if m is not None:
                actor = m if m.type in ORG_TYPES or m.type == TYPES.country else None
                if actor is None:
                    break
                k = m.token_end
            elif ctx.nationality(k) is not None:
                actor, k = ctx.nationality(k), k + 1
            elif view.tokens[k].norm.startswith("ال") and _adjective_like(view.tokens[k].norm):
                k += 1             # العسكري
            elif _has(ctx, k, "seat_heads") and not view.covering(k):
                k += 1             # مقر قيادة قوات الدعم السريع في نيالا
            else:
                break
        if actor is None or k >= len(view.tokens):
            continue
        k = past_an_affiliation(ctx, k)     # مقر الفرقة 22 التابعة للجيش السوداني في ...
        if k >= len(view.tokens):
            continue
        j = k + 2 if k + 2 < len(view.tokens) and view.mention_at(k + 1) is None and _has(ctx, k + 1, "place_heads") \
            else k + 1             # في منطقة جرف الصخر: the place past its head word
        place = view.mention_at(j) if view.tokens[k].norm in ("في", "داخل") else \
            view.mention_at(k) if view.mention_at(k) is not None and _prefix(view, view.mention_at(k)).endswith("ب") else None
        while place is not None and place.type in PLACE_TYPES and place.entity_id != actor.entity_id:
            ctx.emit(actor, RELATIONS.based_in, place, "based_in:presence", 0.7, view.tokens[t].text)
            place = view.mention_at(place.token_end)        # القواعد الأمريكية في العراق وسوريا
            place = place if place is not None and _prefix(view, place).startswith("و") else None


def _place_in_past_a_head(ctx: RuleContext, k: int) -> Mention | None:
    """في منطقة X / في X at token k: the place, past a place head word; else None."""
    view = ctx.view
    if k >= len(view.tokens) or view.tokens[k].norm not in ("في", "داخل"):
        return None
    j = k + 2 if k + 2 < len(view.tokens) and view.mention_at(k + 1) is None and _has(ctx, k + 1, "place_heads") \
        else k + 1
    place = view.mention_at(j) if j < len(view.tokens) else None
    return place if place is not None and place.type in PLACE_TYPES else None


def past_an_affiliation(ctx: RuleContext, k: int) -> int:
    """كتيبة X التابعة لتنظيم "القاعدة" في ...: from token k (right after a body's name, quotes
    skipped), past a participle of belonging, loyalty, backing or link (part_of, loyal_to,
    supported_by, linked_to) and the body it names (past one head word): the token after them;
    k (past quotes) when there is none."""
    view = ctx.view
    j = skip_quotes(view, k)
    if j + 1 < len(view.tokens) and any(_has(ctx, j, name) for name in ("part_of", "loyal_to", "supported_by", "linked_to")):
        owner = view.mention_at(skip_quotes(view, j + 1))
        if owner is None and j + 2 < len(view.tokens) and not view.covering(j + 1) and not view.is_break(j + 1):
            owner = view.mention_at(skip_quotes(view, j + 2))   # لتنظيم "القاعدة": past the name's head word
        if owner is not None and owner.type in ACTOR_TYPES:
            return skip_quotes(view, owner.token_end)
    return j


@needs("activity_verbs")
def active_in_a_place(ctx: RuleContext):
    """وتنشط في إقليم كردستان أحزاب عدة، أبرزها حزب كومله وبيجاك / وتنشط حركة الشباب في جنوب
    الصومال / وتنشط "كتيبة X" التابعة لتنظيم Y في جبل Z: a verb of being active or stationed
    (activity_verbs), the place after في, and the bodies that are so: the one named right after
    the verb (past what it belongs to) or the place, or those listed after a
    described plural (أحزاب عدة، أبرزها A وB) -> each BASED_IN the place."""
    view = ctx.view
    if view.stem_set().isdisjoint(ctx.lists["activity_verbs"]):
        return
    for t in range(len(view.tokens) - 2):
        if not _has(ctx, t, "activity_verbs") or view.covering(t):
            continue
        first = view.mention_at(skip_quotes(view, t + 1))
        before = view.covering(t - 1) if t > 0 else None
        if first is not None and first.type in ORG_TYPES:        # وتنشط حركة الشباب في X
            place = _place_in_past_a_head(ctx, past_an_affiliation(ctx, first.token_end))
            actors = [first] if place is not None else []
        elif before is not None and before.type in ORG_TYPES and before.token_end == t:
            place = _place_in_past_a_head(ctx, t + 1)             # قادة الحركة يقيمون في X
            actors = [before] if place is not None else []
        else:
            place = _place_in_past_a_head(ctx, t + 1)
            if place is None:
                continue
            k = place.token_end
            nxt = view.mention_at(k) if k < len(view.tokens) else None
            if nxt is not None and nxt.type in ORG_TYPES:           # وتنشط في X حركة الشباب
                actors = [nxt]
            else:
                while k < min(place.token_end + 4, len(view.tokens)) and view.mention_at(k) is None \
                        and is_word(view.tokens[k].norm) and not view.is_break(k):
                    k += 1                                          # أحزاب كردية إيرانية عدة
                actors = list_members(ctx, k, lambda m: m.type in ORG_TYPES)
        places = [place] if place is not None else []
        nxt = view.mention_at(place.token_end) if place is not None and place.token_end < len(view.tokens) else None
        if nxt is not None and nxt.type in PLACE_TYPES and _prefix(view, nxt).startswith("و"):
            places.append(nxt)                                      # في ولايتي كونر وننغرهار
        for actor in actors:
            for p in places:
                if actor.entity_id != p.entity_id:
                    ctx.emit(actor, RELATIONS.based_in, p, "based_in:active_in", 0.65, view.tokens[t].text)


@needs("base_holding_verbs")
@needs("presence_nouns", "outpost_nouns", "position_nouns")
def holds_a_base(ctx: RuleContext):
    """تحتفظ روسيا بقاعدة حميميم الجوية / تمتلك الولايات المتحدة قاعدة عسكرية في التنف: a verb of
    holding or setting up (base_holding_verbs), its actor (after it, or before it in the clause),
    then a word of presence (a base, a camp, a seat): the actor BASED_IN the base when it is named,
    else in the place after في."""
    view = ctx.view
    if view.stem_set().isdisjoint(ctx.lists["base_holding_verbs"]) or (
            view.stem_set().isdisjoint(ctx.lists["presence_nouns"]) and view.stem_set().isdisjoint(ctx.lists["outpost_nouns"])
            and view.stem_set().isdisjoint(ctx.lists["position_nouns"])):
        return
    for t in range(len(view.tokens) - 2):
        if not _has(ctx, t, "base_holding_verbs") or view.covering(t):
            continue
        actor = view.mention_at(t + 1)
        k = actor.token_end if actor is not None else t + 1
        if actor is None:
            feminine = _feminine_form(ctx, t, "base_holding_verbs")
            actor = _nearest_before(view, t, lambda m: m.type in ACTOR_TYPES and m.type != TYPES.person
                                    and not (feminine and _masculine_name(view, m)))
        if actor is None or actor.type not in ACTOR_TYPES or actor.type == TYPES.person:
            continue
        base = next((b for b in range(k, min(k + 3, len(view.tokens)))
                     if _is_base_word(ctx, b)), None)
        if base is None:
            base = _held_base_past_a_gap(ctx, k)
        if base is None:
            continue
        for listed in _bases_listed(ctx, base):
            if listed.entity_id != actor.entity_id:
                ctx.emit(actor, RELATIONS.based_in, listed, "based_in:holds_listed", 0.7, view.tokens[t].text)
        site = view.covering(base)
        if site is not None and site.type == TYPES.facility:
            ctx.emit(actor, RELATIONS.based_in, site, "based_in:holds", 0.7, view.tokens[t].text)
            continue
        for place in _places_of_bases(ctx, base):
            if place.entity_id != actor.entity_id:
                ctx.emit(actor, RELATIONS.based_in, place, "based_in:holds", 0.7, view.tokens[t].text)


def _is_base_word(ctx: RuleContext, b: int) -> bool:
    """Token b is a word of presence, of outposts or of positions (قاعدة، نقاط، مواقع)."""
    return _has(ctx, b, "presence_nouns") or _has(ctx, b, "outpost_nouns") or _has(ctx, b, "position_nouns")


def _held_base_past_a_gap(ctx: RuleContext, k: int) -> int | None:
    """ويحتفظ جيش الاحتلال منذ انسحابه من القرى في شباط بخمسة مواقع: the held bases further on than
    right after the actor, when بـ (the holding verb's own preposition) marks them or the number
    before them and no comma or break comes between: the base word's token, else None."""
    view = ctx.view
    for b in range(k, min(k + 12, len(view.tokens))):
        if view.is_break(b) or view.tokens[b].norm in ("،", ","):
            return None
        if _is_base_word(ctx, b) and view.covering(b) is None and (
                view.tokens[b].norm.startswith("ب") or b > k and view.tokens[b - 1].norm.startswith("ب")
                and view.covering(b - 1) is None and _has(ctx, b - 1, "number_words")):
            return b
    return None


def _feminine_form(ctx: RuleContext, t: int, name: str) -> bool:
    """أقامت، تحتفظ: token t is a verb of the list ``name`` in a feminine form (its masculine
    form, without the ت, is in the list too)."""
    verbs = ctx.lists[name]
    return any(st in verbs and ((st.endswith("ت") and st[:-1] in verbs) or (st.startswith("ت") and "ي" + st[1:] in verbs))
               for st in stems(ctx.view.tokens[t].norm))


def _masculine_name(view: SentenceView, m: Mention) -> bool:
    """نظام بشار الأسد، حزب الله: a name of two words or more whose head noun has no feminine
    ending, which a feminine verb does not agree with (one-word names such as حماس are left
    alone: their gender is usage)."""
    return m.token_end - m.token_start >= 2 and not view.tokens[m.token_start].norm.endswith(FEMININE_ENDINGS)


def _places_of_bases(ctx: RuleContext, base: int) -> list[Mention]:
    """Where the bases or points named at token ``base`` are: the place after a preposition of
    place (base_place_preps: في، داخل، على) within a few words (past a word before the place: على
    قمة جبل الشيخ; past على الأقل), and a second one joined by و and a preposition (داخل
    المنطقة العازلة وعلى قمة جبل الشيخ)."""
    view, tokens, preps = ctx.view, ctx.view.tokens, ctx.lists["base_place_preps"]
    out: list[Mention] = []
    j = base + 1
    while j < min(base + 7, len(tokens) - 1) and not view.is_break(j):
        norm = tokens[j].norm
        joined = norm[:1] == "و" and norm[1:] in preps
        if out and not joined:
            break
        if (norm in preps or joined) and not view.covering(j):
            place = _place_past_its_head(ctx, j + 1)
            if place is None and j + 2 < len(tokens) and not view.covering(j + 1) and not view.is_break(j + 1):
                place = view.mention_at(j + 2)          # على قمة جبل الشيخ: past the word before the place
            if place is not None and place.type in PLACE_TYPES:
                out.append(place)
                j = place.token_end
                continue
            if out:
                break
        j += 1
    return out


@needs("where_words")
@needs("seat_verbs")
def seated_where(ctx: RuleContext):
    """بلدة X في إقليم Y، حيث يقع المقر الرئيسي لجماعة Z / حيث تتمركز عناصر من القوة المشتركة: a
    place, a comma, a where word (where_words), a verb of lying or being stationed (seat_verbs),
    then an organisation past words of presence or fighters (at most one other word): the
    organisation BASED_IN the place (the first of a chain X في Y، X المحاذية لـY: _chain_start)."""
    view = ctx.view
    tokens = view.tokens
    if view.word_set().isdisjoint(ctx.lists["where_words"]) or view.stem_set().isdisjoint(ctx.lists["seat_verbs"]):
        return
    for k in range(2, len(tokens) - 2):
        if tokens[k].norm not in ctx.lists["where_words"] or tokens[k - 1].norm not in ("،", ",") \
                or not _has(ctx, k + 1, "seat_verbs"):
            continue
        place = view.covering(skip_quotes(view, k - 2, -1))
        if place is None or place.type not in PLACE_TYPES:
            continue
        place = _chain_start(ctx, place)
        actor, other = None, 0
        for j in range(k + 2, min(k + 9, len(tokens))):
            j2 = skip_quotes(view, j, 1)
            if j2 >= len(tokens) or view.is_break(j2):
                break
            m = view.mention_at(j2)
            if m is not None:
                actor = m
                break
            if j2 != j or tokens[j].norm == "من" or _has(ctx, j, "presence_nouns") \
                    or _has(ctx, j, "fighter_nouns") or _has(ctx, j, "group_nouns"):
                continue
            other += 1
            if other > 1:
                break
        if actor is not None and actor.type in ORG_TYPES and actor.entity_id != place.entity_id:
            ctx.emit(actor, RELATIONS.based_in, place, "based_in:where", 0.7, tokens[k + 1].text)


def _chain_start(ctx: RuleContext, place: Mention) -> Mention:
    """بلدة الطينة السودانية المحاذية لتشاد -> الطينة: the first place of a chain (_first_of_a_chain),
    also back over a word of nearness (nearness_adjectives) and a nationality adjective."""
    view = ctx.view
    place = _first_of_a_chain(view, place)
    k = place.token_start - 1
    if k >= 1 and view.tokens[k].norm in ctx.lists["nearness_adjectives"]:
        before = view.covering(k - 1)
        if before is None or before.source == "adjective":
            before = view.covering((before.token_start if before is not None else k - 1) - 1)   # past السودانية
        if before is not None and before.type in PLACE_TYPES:
            place = _first_of_a_chain(view, before)
    return place


def _bases_listed(ctx: RuleContext, base: int) -> list[Mention]:
    """بعشرات القواعد داخل إقليم كردستان، أبرزها قاعدة X / بخمس نقاط، من بينها تلة X وتلة Y: the
    places listed (list_openers) after the bases, within the clause, are the bases held."""
    view = ctx.view
    for j in range(base + 1, min(base + 10, len(view.tokens) - 1)):
        if view.tokens[j].norm in ("،", ","):
            return list_members(ctx, j, lambda m: m.type in PLACE_TYPES)
        if view.is_break(j) or view.covering(j) is not None and view.covering(j).type not in PLACE_TYPES:
            return []
    return []


def _place_past_its_head(ctx: RuleContext, k: int) -> Mention | None:
    """The place named from token k: في التنف / في منطقة جرف الصخر / في العاصمة الصومالية مقديشو
    (past a head word of places and a nationality that describes it)."""
    view = ctx.view
    m = view.mention_at(k)
    if m is not None or k + 1 >= len(view.tokens) or view.covering(k) or not _has(ctx, k, "place_heads"):
        return m
    m = view.mention_at(k + 1)
    if m is not None and m.source == "adjective" and m.token_end < len(view.tokens):
        m = view.mention_at(m.token_end)     # العاصمة الصومالية مقديشو
    return m


def _organisation_of_a_site(view: SentenceView, t: int) -> tuple[Mention | None, int]:
    """مقر اليونيفيل / مقر قيادة قوات الدعم السريع: a facility named by a presence noun (token t)
    and the organisation its name ends with (right after the noun or after one word such as
    قيادة) or that is named right after it: (the organisation, the token after it), else (None, t)."""
    site = view.covering(t)
    if site is None or site.type != TYPES.facility or site.token_start != t:
        return None, t
    actor = next((n for n in view.nested if t < n.token_start <= t + 2 and n.token_end == site.token_end
                  and (n.type in ORG_TYPES or n.type == TYPES.country)), None)
    if actor is None:          # مقر قيادة قوات الدعم السريع: the body named right after the site
        after = view.mention_at(site.token_end)
        if after is not None and after.type in ORG_TYPES:
            return after, after.token_end
    return actor, site.token_end


def meeting_parties(ctx: RuleContext, j: int) -> list[Mention]:
    """The parties listed from token j (ممثلين عن حماس والولايات المتحدة ومصر -> the three): actors
    joined by و or commas, each perhaps after the title or delegation that stands for it."""
    view = ctx.view
    group: list[Mention] = []
    end = min(j + 14, len(view.tokens))
    titled = False                   # a title joined by و stands before the next party
    after_title = -1                 # the token right after the latest title
    if j < end and view.tokens[j].norm in ctx.lists["delegate_preps"]:
        j += 1                       # شارك فيها وفود من ...
    while j < end:
        j = skip_quotes(view, j, 1)
        m = view.mention_at(j)
        if m is None and (holder := _title_holder(ctx, j)) != j:
            titled = titled or view.tokens[j].norm.startswith("و") or \
                (j > 0 and view.tokens[j - 1].norm in ("،", ","))
            j = holder           # ونظيره الروسي فلاديمير بوتين / والمبعوثة الأمريكية مورغان أورتاغوس
            m = view.mention_at(j)
        if m is None and j + 1 < len(view.tokens) and not view.is_break(j) and (
                _has(ctx, j, "member_titles") or _has(ctx, j, "delegate_words")):
            titled = titled or view.tokens[j].norm.startswith("و")
            after_title = j + 1
            j += 1                   # وزراء خارجية مصر، ممثلو ...، وفد من ...
            if j + 1 < len(view.tokens) and view.tokens[j].norm in ctx.lists["delegate_preps"]:
                j += 1
            continue
        if m is None and after_title == j and (titled or not group):
            m = ctx.nationality(j)   # وفد من حماس ومسؤولين قطريين: officials of Qatar
        if m is None or m.type not in ACTOR_TYPES or (group and not (_joined(view, m) or titled)):
            break
        group.append(m)
        titled = False
        j = m.token_end
    return group


def _title_holder(ctx: RuleContext, k: int) -> int:
    """ونظيره الروسي فلاديمير بوتين / المبعوثة الأمريكية مورغان أورتاغوس / والسعودي فيصل بن فرحان:
    the index of the person a counterpart word (counterpart_words), a person title or a
    nationality at token k names, past a nationality, within three words; k itself when none follows."""
    if k >= len(ctx.view.tokens) or ctx.view.covering(k):
        return k
    after = ctx.view.mention_at(k + 1)
    if ctx.nationality(k) is not None and after is not None and after.type == TYPES.person:
        return k + 1             # نظيريه المصري فلان والسعودي فلان: the second, by his nationality
    if not _has(ctx, k, "counterpart_words"):
        return _past_a_title(ctx, k)
    for j in range(k + 1, min(k + 4, len(ctx.view.tokens))):
        m = ctx.view.mention_at(j)
        if m is not None and m.type == TYPES.person:
            return j
        if ctx.view.is_break(j) or (m is None and ctx.view.covering(j)) or \
                (m is None and ctx.nationality(j) is None) or (m is not None and m.source != "adjective"):
            return k
    return k


def _each_pair_met(ctx: RuleContext, group: list[Mention], t: int, rule: str) -> None:
    if len({m.entity_id for m in group}) < 2:
        return
    for i, a in enumerate(group):
        for b in group[i + 1:]:
            if a.entity_id != b.entity_id:
                ctx.emit(a, RELATIONS.met_with, b, rule, 0.75, ctx.view.tokens[t].text)


@needs("counterpart_words")
@needs("meeting_verbs")
def counterparts_met(ctx: RuleContext):
    """التقى وزير الخارجية المصري نظيره الأردني في عمان -> Egypt MET_WITH Jordan: office holders
    no name is given for, known by their nationality, met as their countries."""
    view = ctx.view
    if view.stem_set().isdisjoint(ctx.lists["counterpart_words"]) or view.stem_set().isdisjoint(ctx.lists["meeting_verbs"]):
        return
    for t in range(len(view.tokens) - 3):
        if not _has(ctx, t, "meeting_verbs") or view.covering(t):
            continue
        first = None
        for k in range(t + 1, min(t + 6, len(view.tokens) - 1)):
            if view.is_break(k) or (view.mention_at(k) is not None and view.mention_at(k).source != "adjective"):
                break            # a named person or body: the verb's own reading
            if first is None:
                first = ctx.nationality(k)
                continue
            if _has(ctx, k, "counterpart_words"):
                other = ctx.nationality(k + 1)
                if other is not None and other.entity_id != first.entity_id and view.mention_at(k + 2) is None:
                    ctx.emit(first, RELATIONS.met_with, other, "met_with:counterparts", 0.7, view.tokens[t].text)
                break


@needs("meeting_nouns")
def meeting_of_several(ctx: RuleContext):
    """اجتماع ضم وزراء خارجية مصر والأردن والسعودية / لقاء بين X وY / شارك في الاجتماع ممثلون
    عن X وY -> each pair MET_WITH."""
    view = ctx.view
    if view.stem_set().isdisjoint(ctx.lists["meeting_nouns"]):
        return
    for t in range(len(view.tokens)):
        if not _has(ctx, t, "meeting_nouns") or view.covering(t):
            continue
        if t >= 2 and view.tokens[t - 1].norm == "في" and _has(ctx, t - 2, "participation_verbs") \
                and t + 1 < len(view.tokens) and _has(ctx, t + 1, "delegate_words"):
            _each_pair_met(ctx, meeting_parties(ctx, t + 1), t, "met_with:meeting_of")
            continue           # شارك في الاجتماع ممثلون عن حماس وفتح: the delegates' parties met
        if t >= 1 and _has(ctx, t - 1, "gathering_words") and not view.covering(t - 1):
            j = t + 1
            where = view.mention_at(j + 1) if j + 1 < len(view.tokens) and view.tokens[j].norm == "في" else None
            if where is not None and where.type in PLACE_TYPES:
                j = where.token_end    # جمع لقاء في القاهرة X وY: past where it was held
            parties = meeting_parties(ctx, j)
            if len({m.entity_id for m in parties}) > 1:
                _each_pair_met(ctx, parties, t, "met_with:meeting_of")
                continue       # وضم الاجتماع ممثلين عن X وY / جمع اللقاء X وY
        k = t + 1
        while k < min(t + 4, len(view.tokens)) and not view.is_break(k):
            if _has(ctx, k, "gathering_words") or view.tokens[k].norm == "بين":
                break
            k += 1
        else:
            continue
        if k >= len(view.tokens) or view.is_break(k):
            continue
        parties = meeting_parties(ctx, k + 1)
        holder = _meeting_holder(ctx, t) if view.tokens[k].norm != "بين" and parties else None
        _each_pair_met(ctx, ([holder] if holder is not None else []) + parties, t, "met_with:meeting_of")


def _meeting_holder(ctx: RuleContext, t: int) -> Mention | None:
    """عقد الوزير فلان اجتماعا ضم X وY: the actor between a verb of holding (hold_verbs) and the
    meeting noun at t (at most six words before it, no break) takes part in the meeting."""
    view = ctx.view
    for v in range(t - 1, max(-1, t - 7), -1):
        if view.is_break(v):
            return None
        if _has(ctx, v, "hold_verbs") and not view.covering(v):
            return next((m for m in view.mentions if v < m.token_start < t and m.type in ACTOR_TYPES), None)
    return None


@needs("pair_meeting_words")
def pair_met(ctx: RuleContext):
    """بوتين ونظيره التركي أردوغان ... خلال لقائهما / السيسي والملك عبد الله التقيا: a meeting noun
    with the dual pronoun or a dual verb of meeting (pair_meeting_words) after two actors joined by
    و (the second perhaps after a title or a counterpart word) in the same clause -> they MET_WITH."""
    view = ctx.view
    if view.stem_set().isdisjoint(ctx.lists["pair_meeting_words"]):
        return
    for t in range(2, len(view.tokens)):
        if not _has(ctx, t, "pair_meeting_words") or view.covering(t):
            continue
        pair = None
        for a, b in zip(view.mentions, view.mentions[1:]):
            if b.token_end > t:
                break
            if a.type in ACTOR_TYPES and b.type in ACTOR_TYPES and a.entity_id != b.entity_id \
                    and _joined_to(ctx, a, b) and not any(view.is_break(k) for k in range(b.token_end, t)):
                pair = (a, b)
        if pair is not None:
            ctx.emit(pair[0], RELATIONS.met_with, pair[1], "met_with:pair", 0.7, view.tokens[t].text)


def _joined_to(ctx: RuleContext, a: Mention, b: Mention) -> bool:
    """b follows a joined by و: on b itself (وأردوغان) or on a title, counterpart word or
    nationality that stands right before b (ونظيره التركي أردوغان، والرئيس الفرنسي ماكرون)."""
    if b.token_start == a.token_end:
        return _prefix(ctx.view, b).startswith("و")
    k = a.token_end
    return k < b.token_start <= k + 3 and ctx.view.tokens[k].norm.startswith("و") \
        and _title_holder(ctx, k) == b.token_start


@needs("ally_nouns")
def allies_named(ctx: RuleContext):
    """الدعم السريع وحليفتها الحركة الشعبية / الحوثيون وحلفاؤهم في حزب الله: و and an ally noun
    with a pronoun (ally_nouns) right after an actor, then the ally (perhaps after في or من) ->
    the two are ALLIED_WITH."""
    view = ctx.view
    if view.stem_set().isdisjoint(ctx.lists["ally_nouns"]):
        return
    for k in range(1, len(view.tokens) - 1):
        if not view.tokens[k].norm.startswith("و") or view.covering(k) or not _has(ctx, k, "ally_nouns"):
            continue
        a = view.covering(skip_quotes(view, k - 1, -1))
        j = k + 2 if view.tokens[k + 1].norm in ("في", "من") else k + 1
        b = view.mention_at(skip_quotes(view, j, 1)) if j < len(view.tokens) else None
        if a is not None and b is not None and a.type in ACTOR_TYPES and b.type in ACTOR_TYPES \
                and a.entity_id != b.entity_id:
            ctx.emit(a, RELATIONS.allied_with, b, "allied_with:ally_noun", 0.7, view.tokens[k].text)


@needs("meeting_verbs")
def plural_parties_met(ctx: RuleContext):
    """التقى وزراء خارجية السعودية والإمارات ومصر في الرياض -> each pair of the listed parties MET_WITH."""
    view = ctx.view
    if view.stem_set().isdisjoint(ctx.lists["meeting_verbs"]):
        return
    for t in range(len(view.tokens) - 2):
        if not _has(ctx, t, "meeting_verbs") or view.covering(t):
            continue
        if view.mention_at(t + 1) is not None or not (
                _has(ctx, t + 1, "delegate_words") or _has(ctx, t + 1, "member_titles")):
            continue
        _each_pair_met(ctx, meeting_parties(ctx, t + 1), t, "met_with:plural_parties")


@needs("supported_by")
def backed_by(ctx: RuleContext):
    """الجماعة المدعومة من إيران (the group the text is about) / قوات النخبة المدعومة إماراتيا
    -> the backer SUPPORTS the backed group."""
    view = ctx.view
    if view.stem_set().isdisjoint(ctx.lists["supported_by"]):
        return
    for t in range(1, len(view.tokens)):
        if not _has(ctx, t, "supported_by"):
            continue
        backer = None
        if t + 2 < len(view.tokens) and view.tokens[t + 1].norm == "من":
            backer = view.mention_at(skip_quotes(view, t + 2, 1))
        elif t + 1 < len(view.tokens) and view.tokens[t + 1].norm.endswith("يا"):
            backer = _adverb(ctx, t + 1)
        else:
            backer = _backer_with_bi(ctx, t + 1)
        if backer is None or backer.type not in ACTOR_TYPES:
            continue
        k = skip_quotes(view, t - 1, -1)
        if k > 0 and view.tokens[k].norm in ("،", ","):
            k = skip_quotes(view, k - 1, -1)       # قوات الجيش، مدعومة بقوات من X
        head = view.covering(k)
        if head is None:
            if not _has(ctx, t - 1, "group_nouns"):
                continue
            head = _nearest_before(view, t - 1, lambda m: m.type in GROUPS.fighting_forces) or next(
                (m for m in reversed(ctx.history) if m.type == TYPES.armed_group), None)
        if head is not None and head.type in ACTOR_TYPES and head.entity_id != backer.entity_id:
            ctx.emit(backer, RELATIONS.supports, head, "supports:backed_by_rule", 0.8, view.tokens[t].text)


def _backer_with_bi(ctx: RuleContext, k: int) -> Mention | None:
    """After a participle of being backed (مدعومة، مسنودة), from token k: the backer named with
    بـ (المدعوم بمرتزقة فاغنر، المدعومة بالطيران الروسي), or a noun of its forces with بـ
    (force_nouns, fighter_nouns: بقوات، بمقاتلي، بطائرات مسيرة) and then its owner: after من, as
    the noun's genitive, or as a nationality adjective (بطائرات مسيرة إماراتية)."""
    view = ctx.view
    if k >= len(view.tokens):
        return None
    m = view.mention_at(k)
    if m is not None:
        return m if _prefix(view, m).endswith("ب") else None
    if view.covering(k) is not None or not view.tokens[k].norm.startswith("ب") \
            or not (_has(ctx, k, "force_nouns") or _has(ctx, k, "fighter_nouns")):
        return None
    for j in range(k + 1, min(k + 4, len(view.tokens))):
        if view.is_break(j):
            return None
        m = view.mention_at(j)
        if m is not None:         # (بقوات في سوريا: where, not whose)
            before = view.tokens[j - 1].norm
            return m if not _prefix(view, m) and (before == "من" or before not in GOVERNING_PREPOSITIONS) else None
        if view.covering(j) is not None:
            return None
        if view.tokens[j].norm == "من":
            continue
        nation = ctx.nationality(j)
        if nation is not None:
            return nation
    return None


@needs("backer_nouns")
def backer_by_noun(ctx: RuleContext):
    """إيران الداعمة للحوثيين / الصين، الجارة الشمالية لميانمار وأكبر داعم للمجلس العسكري -> the
    actor a backer noun (backer_nouns, after a superlative or not) describes SUPPORTS the actor
    after لـ: the actor right before it, or, in an apposition joined by و, the one that heads the
    apposition (before its comma)."""
    view = ctx.view
    if view.stem_set().isdisjoint(ctx.lists["backer_nouns"]):
        return
    tokens = view.tokens
    for t in range(1, len(tokens) - 1):
        if not _has(ctx, t, "backer_nouns"):
            continue
        backed = view.mention_at(skip_quotes(view, t + 1, 1))
        if backed is None or backed.type not in ACTOR_TYPES or not _prefix(view, backed).endswith("ل"):
            continue
        k = t - 1 if _has(ctx, t - 1, "superlatives") else t
        bare = tokens[k].norm[1:]
        joined = tokens[k].norm.startswith("و") and (bare in ctx.lists["superlatives"] or bare in ctx.lists["backer_nouns"])
        if joined or tokens[k - 1].norm in ("،", ","):      # (الجارة الشمالية لميانمار وأكبر داعم: the apposition's head)
            comma = next((j for j in range(k - 1, max(0, k - APPOSITION_REACH), -1) if tokens[j].norm in ("،", ",")), None)
            backer = next((m for m in view.mentions if m.token_end == comma), None) if comma is not None else None
        else:
            backer = view.covering(skip_quotes(view, k - 1, -1))     # "تحالف الراغبين" الداعم لأوكرانيا
        if backer is not None and backer.type in ACTOR_TYPES and backer.entity_id != backed.entity_id:
            ctx.emit(backer, RELATIONS.supports, backed, "supports:backer_noun", 0.75, tokens[t].text)


APPOSITION_REACH = 10     # words from a backer noun back to the comma that opens its apposition


@needs("own_country_words")
def support_of_his_country(ctx: RuleContext):
    """أكد الرئيس الروسي فلاديمير بوتين دعم بلاده للحكومة السورية: a support noun (support_nouns,
    وقوف) with "his country" (own_country_words) after it: the country the nearest person before
    it is named by (a nationality in his title) SUPPORTS the party after لـ or إلى جانب."""
    view = ctx.view
    if view.stem_set().isdisjoint(ctx.lists["own_country_words"]):
        return
    for t in range(1, len(view.tokens) - 1):
        if not _has(ctx, t, "own_country_words") or not (_has(ctx, t - 1, "support_nouns") or _has(ctx, t - 1, "standing_nouns")):
            continue
        person = _nearest_before(view, t - 1, lambda m: m.type == TYPES.person)
        country = next((c for c in map(ctx.nationality, range(person.token_start, person.token_end)) if c is not None),
                       None) if person is not None else None
        if country is None:
            continue
        k = t + 1
        if k + 1 < len(view.tokens) and view.tokens[k].norm in ("الي", "إلى") and view.tokens[k + 1].norm == "جانب":
            k += 2
        backed = view.mention_at(skip_quotes(view, k, 1))
        if backed is not None and backed.type in ACTOR_TYPES and backed.entity_id != country.entity_id and (
                k > t + 1 or _prefix(view, backed).endswith("ل")):
            ctx.emit(country, RELATIONS.supports, backed, "supports:his_country", 0.7, view.tokens[t - 1].text)


@needs("receive_verbs")
@needs("support_nouns")
def support_received(ctx: RuleContext):
    """تتلقى جماعة الحوثي دعما عسكريا من إيران -> Iran SUPPORTS the Houthis: a receiver (after the
    verb, or before it), the support, then من and the backer."""
    view = ctx.view
    stems_here = view.stem_set()
    if stems_here.isdisjoint(ctx.lists["receive_verbs"]) or stems_here.isdisjoint(ctx.lists["support_nouns"]):
        return
    for v in range(len(view.tokens)):
        if not _has(ctx, v, "receive_verbs") or view.covering(v):
            continue
        found = _support_from(ctx, v + 1)
        if found is None:
            continue
        noun, backer = found
        accused = view.tokens[v].norm.startswith("ب")   # تتهم X بتلقي الدعم: the receiver is X, right before
        receiver = next((m for m in view.mentions if v < m.token_start < noun and m.type in ACTOR_TYPES), None) \
            or _nearest_before(view, v, lambda m: m.type in ACTOR_TYPES and _same_clause(view, m.token_end, v)
                               and (not accused or skip_quotes(view, m.token_end, 1) == v)) \
            or (antecedent_of_relative(view, v - 1) if v > 0 else None)   # الفصائل، التي تحظى بدعم فلان
        if receiver is not None and receiver.type not in ACTOR_TYPES:
            continue
        for one in _joined_after(view, backer) if receiver is not None else ():
            if one.entity_id != receiver.entity_id:     # بدعم السعودية والإمارات: each backer
                ctx.emit(one, RELATIONS.supports, receiver, "supports:received", 0.75, view.tokens[noun].text)


def _support_from(ctx: RuleContext, k: int) -> tuple[int, Mention] | None:
    """From token k: a support noun within six words (no break), an optional adjective or two,
    then من and an actor; or the backer right after the noun as its genitive or its nationality
    adjective (بدعم الولايات المتحدة، على الدعم التركي): (the noun's index, the backer)."""
    view = ctx.view
    for noun in range(k, min(k + 6, len(view.tokens))):
        if view.is_break(noun):
            return None
        if _has(ctx, noun, "support_nouns") and not view.covering(noun):
            backer = _genitive_actor(ctx, noun)
            if backer is not None:
                return noun, backer
            for j in range(noun + 1, min(noun + 4, len(view.tokens) - 1)):
                if view.is_break(j) or view.covering(j):
                    return None
                if view.tokens[j].norm == "من":
                    backer = view.mention_at(skip_quotes(view, j + 1, 1))
                    return (noun, backer) if backer is not None and backer.type in ACTOR_TYPES else None
            return None
    return None


def _genitive_actor(ctx: RuleContext, noun: int) -> Mention | None:
    """دعم الولايات المتحدة / بدعم الشيخ فلان / الدعم التركي: the actor right after the support
    noun at token ``noun`` (past a rank or honorific), with no proclitic (the genitive: who gives
    it), or the country of a nationality adjective after a definite noun; None otherwise (دعم
    لقسد: the one backed)."""
    view = ctx.view
    k = skip_quotes(view, noun + 1, 1)
    while k < len(view.tokens) and view.covering(k) is None and view.tokens[k].norm in ctx.lists["name_honorifics"]:
        k += 1
    definite = any(w.startswith("ال") for w in view.token_stems(noun))     # الدعم، بالدعم
    m = view.mention_at(k)
    if m is None and definite and k == noun + 1:
        return ctx.nationality(k)
    if m is None or m.type not in ACTOR_TYPES or _prefix(view, m):
        return None
    return m if (m.source == "adjective") == definite else None


def _joined_after(view: SentenceView, m: Mention) -> list[Mention]:
    """m and the actors joined to it by و right after it (بدعم السعودية والإمارات)."""
    found = [m]
    while True:
        nxt = view.mention_at(found[-1].token_end)
        if nxt is None or nxt.type not in ACTOR_TYPES or not _prefix(view, nxt).startswith("و"):
            return found
        found.append(nxt)


def _same_clause(view: SentenceView, a: int, b: int) -> bool:
    """No break and no complementiser (إن، أن) between tokens a and b: قالت واشنطن إن الجماعة
    حصلت: Washington is not who received."""
    return not any(view.is_break(k) or view.tokens[k].norm in CLAUSE_COMPLEMENTISERS
                   for k in range(a, b))


def support_with_its_agent(ctx: RuleContext, t: int) -> tuple[Mention, list[Mention]] | None:
    """جدد أردوغان دعم تركيا للحكومة السورية / انتقد الجيش الدعم الإماراتي لقوات الدعم السريع / دعم
    قطر لجهود الحكومة: the support word at token t (read as the verbal noun, whatever the verb
    before it) with an actor as its genitive (or a nationality adjective of الدعم) and, past at
    most two describing words, the one backed with لـ (or لجهود، لمساعي: endeavour_nouns, then the
    actor): (the backer, the backed and those joined to them by و), else None."""
    view = ctx.view
    agent = _genitive_actor(ctx, t)
    if agent is None:
        return None
    k = agent.token_end
    for _ in range(3):
        if k >= len(view.tokens) or view.is_break(k):
            return None
        m = view.mention_at(k)
        if m is not None:
            if m.type in ACTOR_TYPES and _prefix(view, m).endswith("ل") and m.entity_id != agent.entity_id:
                return agent, _joined_after(view, m)
            return None
        if view.covering(k) is not None:
            return None
        norm = view.tokens[k].norm
        if norm.startswith("ل") and (norm[1:] in ctx.lists["endeavour_nouns"] or norm[2:] in ctx.lists["endeavour_nouns"]):
            m = view.mention_at(k + 1)
            ok = m is not None and m.type in ACTOR_TYPES and not _prefix(view, m) and m.entity_id != agent.entity_id
            return (agent, _joined_after(view, m)) if ok else None
        if norm in GOVERNING_PREPOSITIONS or norm in ctx.lists["support_nouns"]:
            return None
        k += 1                    # دعم روسيا العسكري للحكومة: a describing word
    return None


def receives_support(ctx: RuleContext, t: int) -> bool:
    """A support noun at t governed by a receive verb a few words before it (تتلقى الجماعة دعما):
    what the receiver gets, never what it gives."""
    view = ctx.view
    return any(_has(ctx, v, "receive_verbs") for v in range(max(0, t - 5), t)) and _support_from(ctx, t) is not None


def _adverb(ctx: RuleContext, k: int) -> Mention | None:
    """إماراتيا، إيرانيا: a nationality adverb (the adjective + ا) as its country."""
    norm = ctx.view.tokens[k].norm
    return ctx.adjective(norm[:-1], k) if norm.endswith("يا") else None


def jointly_phrase(ctx: RuleContext, k: int, name: str = "jointly_words") -> int:
    """بالاشتراك مع، بالتعاون مع، جنبا إلى جنب مع، بمشاركة (with or without و) at token k: the
    number of its words (0 when no phrase of joint action starts there); ``name``: the lexicon
    list of phrases (backing_words: بدعم من، بإسناد من)."""
    return phrase_at(ctx.view, ctx.lists[name], k)


def phrase_at(view: SentenceView, phrases: frozenset[str], k: int) -> int:
    """The number of words of the phrase of ``phrases`` that starts at token k (with or without
    و), 0 when none does (jointly_phrase's reader, for callers without a rule context)."""
    if k < 0 or k >= len(view.tokens):
        return 0
    first = view.tokens[k].norm
    first = first[1:] if first.startswith("و") and len(first) > 4 else first     # وبالاشتراك
    if first not in _first_words(phrases) or view.covering(k):
        return 0               # (most tokens: no phrase starts with them)
    for length in (4, 3, 2, 1):
        if k + length > len(view.tokens):
            continue
        words = " ".join([first] + [view.tokens[x].norm for x in range(k + 1, k + length)])
        if words in phrases:
            return length
    return 0


def joint_partners(ctx: RuleContext, k: int, name: str = "jointly_words") -> tuple[list[Mention], int] | None:
    """سيطرت الفصائل بالتعاون مع الجيش الوطني والقوات التركية على البلدة: at token k a phrase of
    joint action (or of the list ``name``) and the actors it names (joined by و): those actors and
    the index after them; None when no such phrase names an actor there."""
    view = ctx.view
    length = jointly_phrase(ctx, k, name)
    if not length:
        return None
    partners: list[Mention] = []
    j = skip_quotes(view, k + length)
    while j < len(view.tokens):
        j = _past_a_title(ctx, j)
        if name == "backing_words" and not partners and j + 1 < len(view.tokens) and view.mention_at(j) is None \
                and not view.covering(j) and view.tokens[j].norm in ctx.lists["force_nouns"]:
            j += 1             # بإسناد من طيران التحالف، بدعم من قوات الاتحاد الأفريقي: the backing force's owner
        m = view.mention_at(j) or (ctx.nationality(j) if not partners else None)    # بدعم إماراتي
        if m is None or m.type not in ACTOR_TYPES or (partners and not _prefix(view, m).startswith("و")):
            break
        partners.append(m)
        j = skip_quotes(view, m.token_end)
    return (partners, j) if partners else None


def _past_a_title(ctx: RuleContext, k: int) -> int:
    """برفقة المبعوث الأميركي توماس باراك: the index of the person a title (and a nationality)
    at token k names, within three words; k itself when no person follows a title there."""
    view, titles = ctx.view, ctx.titles
    if view.mention_at(k) is not None and view.mention_at(k).type == TYPES.person or view.covering(k) \
            or not any((s,) in titles for s in stems(view.tokens[k].norm)):
        return k
    j, end = k + 1, min(k + 4, len(view.tokens))
    while j < end:
        m = view.mention_at(j)
        if m is not None and m.type == TYPES.person:
            return j
        if m is not None and m.type in ORG_TYPES and j == k + 1:
            j, end = m.token_end, min(m.token_end + 2, len(view.tokens))
            continue           # ومدير المخابرات المصرية حسن رشاد: past the body of the title
        if view.is_break(j) or (m is None and view.covering(j)) or (m is not None and m.source != "adjective"):
            return k
        j += 1
    return k


def joint_actors(ctx: RuleContext, lo: int, hi: int) -> list[Mention]:
    """The actors named by a phrase of joint action between tokens lo and hi, in the clause that
    goes on to hi: هاجمت الحركة، بالاشتراك مع كتائب الأقصى، مواقع الجيش -> كتائب الأقصى; not
    a phrase of an earlier clause (نفذها سلاح الجو بالتعاون مع جهاز الاستخبارات، واستهدفت ...)."""
    view = ctx.view
    if view.lacks(_first_words(ctx.lists["jointly_words"])):
        return []
    k = max(lo, 0)
    hi = min(hi, len(view.tokens))
    while k < hi:
        if view.is_break(k) and view.tokens[k].norm not in ("،", ","):
            return []
        found = joint_partners(ctx, k)
        if found is not None:
            partners, end = found
            if end < hi and view.tokens[end].norm in ("،", ","):
                end += 1         # the comma that closes the phrase
                if end < len(view.tokens) and view.tokens[end].norm.startswith("و"):
                    return []    # ، واستهدفت: a new clause begins
            return [] if any(view.is_break(x) for x in range(end, hi)) else partners
        k += 1
    return []


def _no_joint_phrase(view: SentenceView, lists: Mapping[str, frozenset]) -> bool:
    """The sentence has no first word of a phrase of joint action or of backing (jointly_words,
    backing_words): past_joint_partners, asked at many tokens, finds nothing. Answered once per
    sentence and word lists."""
    hit = view._absent.get("joint phrase")
    if hit is None or hit[0] is not lists:
        hit = view._absent["joint phrase"] = (lists, view.lacks(_first_words(lists["jointly_words"]))
                                               and view.lacks(_first_words(lists["backing_words"])))
    return hit[1]


def past_joint_partners(ctx: RuleContext, k: int) -> int:
    """The index after a phrase of joint action and the actors it names at token k (past one comma
    before it); k itself when there is none: where the search for an object goes on."""
    view, lists = ctx.view, ctx.lists
    if _no_joint_phrase(view, lists):
        return k
    j = k + 1 if k < len(view.tokens) and view.tokens[k].norm in ("،", ",") else k
    found = joint_partners(ctx, j) or joint_partners(ctx, j, "backing_words")    # بدعم من تركيا
    if found is None:
        return k
    end = found[1]
    if end < len(view.tokens) and view.tokens[end].norm in ("،", ","):
        end += 1                 # ، بالاشتراك مع كتائب الأقصى، على ...
    return end


@needs(words=lambda lists: _first_words(lists["jointly_words"]))
def acting_jointly(ctx: RuleContext):
    """نفذت سرايا القدس بالاشتراك مع كتائب الأقصى هجوما / بمشاركة فصائل أخرى: the actor named
    after a phrase of joint action and the actor that acts before it are ALLIED_WITH each other."""
    view = ctx.view
    firsts = _first_words(ctx.lists["jointly_words"])
    if view.lacks(firsts):
        return
    tokens = view.tokens
    for k in range(1, len(tokens) - 1):
        norm = tokens[k].norm
        if norm not in firsts and norm[1:] not in firsts:
            continue           # (the check jointly_phrase makes first, without the call)
        length = jointly_phrase(ctx, k)
        if not length:
            continue
        partner = view.mention_at(skip_quotes(view, k + length))
        actor = _nearest_before(view, k, lambda m: m.type in ACTOR_TYPES and m.type not in (TYPES.country, TYPES.person)
                                and k - m.token_end <= 3)
        if actor is None and partner is not None:
            actor = subject_after_alongside(ctx, k, partner) or _described_by_a_copula(ctx, k)
        if partner is None or actor is None or partner.type not in ACTOR_TYPES or partner.type == TYPES.country \
                or partner.entity_id == actor.entity_id \
                or any(view.is_break(x) and view.tokens[x].norm not in ("،", ",") for x in range(actor.token_end, k)):
            continue
        ctx.emit(actor, RELATIONS.allied_with, partner, "allied_with:jointly", 0.7, view.tokens[k].text)


def _described_by_a_copula(ctx: RuleContext, k: int, reach: int = 12) -> Mention | None:
    """متطوعو الدفاع عن الوطن، وهي قوة رديفة من المدنيين تقاتل إلى جانب الجيش: the actor set off
    by a comma before وهي / وهو, which opens a description whose verb acts (within ``reach`` words
    before token k, no other clause between)."""
    view = ctx.view
    for j in range(k - 1, max(0, k - reach) - 1, -1):
        norm = view.tokens[j].norm
        if view.is_break(j) and norm not in ("،", ","):
            return None
        if len(norm) > 2 and norm[0] in PROCLITIC_CONJ and norm[1:] in SUBJECT_PRONOUNS and j >= 2 \
                and view.tokens[j - 1].norm in ("،", ","):
            actor = view.covering(skip_quotes(view, j - 2, -1))
            return actor if actor is not None and actor.type in ACTOR_TYPES \
                and actor.type not in (TYPES.country, TYPES.person) else None
    return None


def acting_party(view: SentenceView, lists, m: Mention) -> Mention | None:
    """استعاد الجيش المدينة من قوات الدعم السريع بدعم من ... / طردت القوات الحكومية مسلحي الحركة
    من البلدة بدعم من ...: the actor nearest a phrase of backing is the one driven out (after من)
    or the verb's object (right after its subject, past a noun of fighters): the backed one is
    then the actor before it that acts; m itself otherwise (None when none acts before it)."""
    def acts(x):
        return x.type in ACTOR_TYPES and x.type not in (TYPES.country, TYPES.person) and x.source != "adjective" \
            and not _prefix(view, x).endswith(("ل", "ب"))

    j = skip_quotes(view, m.token_start - 1, -1)
    if not (j >= 1 and view.tokens[j].norm == "من" and not noun_of_fighters(view, lists, j - 1)):
        if noun_of_fighters(view, lists, j):
            j -= 1             # (مسلحي الحركة: the noun of fighters before the object)
        before = view.covering(j) if j >= 0 else None
        return before if before is not None and before.token_end == j + 1 and acts(before) else m
    start = m.token_start
    for prev in reversed([x for x in view.mentions if x.token_end <= j and start - x.token_end <= 10]):
        if any(view.is_break(x) and view.tokens[x].norm not in ("،", ",") for x in range(prev.token_end, start)):
            return None
        if acts(prev):
            return prev
    return None


def subject_after_alongside(ctx: RuleContext, k: int, partner: Mention) -> Mention | None:
    """ويقاتل إلى جانب الجيش المالي عناصر من الفيلق الأفريقي: a verb, then the phrase of joint
    action at token k and its partner, then the verb's subject (an actor, or a unit noun whose من
    names it, within three words of the partner); None when the phrase follows no verb."""
    view = ctx.view
    if k < 1 or view.covering(k - 1) or not view.token_stems(k - 1) & ctx.lists["fight_verbs"]:
        return None
    j = skip_quotes(view, partner.token_end)
    for x in range(j, min(j + 4, len(view.tokens))):
        if view.is_break(x):
            return None
        m = view.mention_at(skip_quotes(view, x))
        if m is not None:
            return m if m.type in ACTOR_TYPES and m.type not in (TYPES.country, TYPES.person) else None
    return None


def fights_alongside(view: SentenceView, lists, t: int) -> bool:
    """قاتل إلى جانب الجيش / تقاتل القوة التي تضم الحركتين إلى جانب الجيش: a verb of fighting at
    token t with a phrase of fighting alongside (alongside_words) later in its clause (within twelve words) is fighting
    with, not against (acting_jointly reads the allies), unless the clause names a foe after ضد."""
    phrases = lists["alongside_words"]
    found = False
    for k in range(t + 1, min(t + 13, len(view.tokens))):
        if view.is_break(k) and view.tokens[k].norm not in ("،", ","):
            break
        if view.tokens[k].norm in lists["against_words"]:
            return False       # قاتلت X جنبا إلى جنب مع Y ضد Z: the foe is named, the verb reads it
        found = found or phrase_at(view, phrases, k) > 0
    return found


@needs(words=lambda lists: _first_words(lists["backing_words"]))
def backed_in_action(ctx: RuleContext):
    """هاجمت قوات الدعم السريع بدعم إماراتي مدينة الفاشر / سيطرت الفصائل بدعم من تركيا على البلدة:
    the backer a phrase of backing names (backing_words, then an actor or a nationality) SUPPORTS
    the actor named just before the phrase."""
    view = ctx.view
    if view.stem_set().isdisjoint(_first_words(ctx.lists["backing_words"])):
        return
    for k in range(1, len(view.tokens) - 1):
        found = joint_partners(ctx, k, "backing_words")
        if found is None:
            continue
        backed = _nearest_before(view, k, lambda m: m.type in ACTOR_TYPES and m.type != TYPES.person
                                 and m.source != "adjective" and k - m.token_end <= 3)
        if backed is None or any(view.is_break(x) and view.tokens[x].norm not in ("،", ",")
                                 for x in range(backed.token_end, k)):
            continue           # (a comma may set the phrase off: الجيش العراقي، بإسناد من طيران التحالف، ...)
        if _accused(ctx, backed) or accused_described(view, ctx.lists, k)[0]:
            continue           # اتهم الجيش الإمارات بدعم / الإمارات المتهمة بدعم: the accused backs, read by the trigger
        backed = backed_past_a_comma(view, k) or acting_party(view, ctx.lists, backed)
        if backed is None:
            continue
        for backer in found[0]:
            if backer.entity_id != backed.entity_id:
                ctx.emit(backer, RELATIONS.supports, backed, "supports:backing_phrase", 0.7, view.tokens[k].text)


@needs("purpose_support_words")
def support_as_a_purpose(ctx: RuleContext):
    """تشن الولايات المتحدة غارات على مواقع الحركة، دعما للحكومة الصومالية: an accusative of
    purpose (purpose_support_words) set off by a comma, before an actor with لـ: the subject of the
    sentence's clause SUPPORTS that actor."""
    view = ctx.view
    if view.stem_set().isdisjoint(ctx.lists["purpose_support_words"]):
        return
    for k in range(2, len(view.tokens) - 1):
        if not purpose_of_support(ctx, k):
            continue
        backed = view.mention_at(k + 1)
        if backed is None or backed.type not in ACTOR_TYPES or not _prefix(view, backed).endswith("ل"):
            continue
        backer = _adjective_before(view, k) or opening_subject(view, k) or clause_subject(view, k)
        if backer is not None and backer.entity_id != backed.entity_id:
            ctx.emit(backer, RELATIONS.supports, backed, "supports:purpose", 0.7, view.tokens[k].text)


@needs("aim_support_nouns")
def support_as_an_aim(ctx: RuleContext):
    """أرسلت تركيا جنودا إلى ليبيا لدعم حكومة الوحدة / عناصر من الجيش البوروندي منتشرون في المدينة
    لمساندة الجيش الكونغولي / قوات شكلها الاتحاد من أجل دعم الجيش: a verbal noun of backing
    (aim_support_nouns) with لـ or after a phrase of aim (aim_links), its genitive an actor (and
    the actors joined to it by و): the acting party of the clause before it SUPPORTS each."""
    view = ctx.view
    if view.stem_set().isdisjoint(ctx.lists["aim_support_nouns"]):
        return
    for k in range(1, len(view.tokens) - 1):
        if not _aim_of_support(ctx, k):
            continue
        backed = _genitive_actor(ctx, k)
        backer = _acting_party_before(ctx, k) if backed is not None else None
        if backer is None:
            continue
        for one in _joined_after(view, backed):
            if one.entity_id != backer.entity_id:
                ctx.emit(backer, RELATIONS.supports, one, "supports:aim", 0.7, view.tokens[k].text)


def _aim_of_support(ctx: RuleContext, k: int) -> bool:
    """لدعم، ولمساندة at token k (the noun of aim_support_nouns with لـ), or دعم after من أجل، بهدف."""
    view = ctx.view
    if view.covering(k) is not None:
        return False
    norm = view.tokens[k].norm
    nouns = ctx.lists["aim_support_nouns"]
    if norm.startswith("ل") and norm[1:] in nouns or norm.startswith("ول") and norm[2:] in nouns:
        return True
    return norm in nouns and any(phrase_at(view, ctx.lists["aim_links"], k - n) == n for n in (1, 2))


AIM_REACH = 12     # words from the aim back to the party acting in its clause


def _acting_party_before(ctx: RuleContext, k: int) -> Mention | None:
    """The party acting in the clause that ends at token k: the nearest organisation or state
    before it in the clause (no break, no complementiser), with no proclitic on it and not the
    object of a preposition (إلى ليبيا، في موزمبيق), unless من follows a noun of its fighters
    (عناصر من الجيش البوروندي)."""
    view = ctx.view
    for m in reversed(view.mentions):
        if m.token_end > k:
            continue
        if k - m.token_end > AIM_REACH or not _same_clause(view, m.token_end, k):
            return None
        if m.type not in ACTOR_TYPES or m.type == TYPES.person or m.source == "adjective" or _prefix(view, m):
            continue
        before = view.tokens[m.token_start - 1].norm if m.token_start > 0 else ""
        if before == "من" and m.token_start > 1 and (_has(ctx, m.token_start - 2, "fighter_nouns")
                                                     or _has(ctx, m.token_start - 2, "officer_nouns")):
            return m
        if before in GOVERNING_PREPOSITIONS:
            continue
        return m
    return None


def purpose_of_support(ctx: RuleContext, k: int) -> bool:
    """، دعما لـ / تدخل عسكري تركي دعما لـ / شاركت القوات في العملية دعما لـ: a word of
    purpose_support_words right after a comma, after a noun's nationality adjective (which names
    the backer) or after a definite word in no mention that ends a phrase (no verb's object then)."""
    view = ctx.view
    if k < 1 or view.covering(k) or not _has(ctx, k, "purpose_support_words"):
        return False
    before = view.tokens[k - 1].norm
    return before in ("،", ",") or _adjective_before(view, k) is not None \
        or (before.startswith("ال") and len(before) >= 5 and view.covering(k - 1) is None)


def _adjective_before(view: SentenceView, k: int) -> Mention | None:
    """تدخل عسكري تركي دعما لـ: the nationality adjective ending right before token k."""
    return mention_back(view, k, 1, lambda m: m.source == "adjective")


OPENING_REACH = 3        # a sentence's subject starts among its first words: وتشن الولايات المتحدة


def clause_subject(view: SentenceView, k: int) -> Mention | None:
    """The actor opening the clause token k is in: the first mention within OPENING_REACH words
    after the last أن/إن before k (or the sentence's start), no preposition on it, no person, no
    country, no adjective; None when the clause opens with none."""
    start = 0
    for x in range(k - 1, -1, -1):
        if view.covering(x) is None and view.tokens[x].norm in BARE_COMPLEMENTISERS:
            start = x + 1
            break
    for m in view.mentions:
        if m.token_start < start:
            continue
        if m.token_start - start > OPENING_REACH or m.token_end > k:
            return None
        if m.type in ACTOR_TYPES and m.type not in (TYPES.person, TYPES.country) and m.source != "adjective" \
                and not _prefix(view, m).endswith(("ل", "ب")):
            return m
    return None


def backed_past_a_comma(view: SentenceView, k: int) -> Mention | None:
    """سيطرت قسد على الرقة منذ طردها تنظيم داعش منها، بدعم من التحالف / تعيد القوة المشتركة
    تنظيم صفوفها قرب الحدود مع تشاد، بدعم من الجيش: a phrase of backing at token k set off by a
    comma from what it ends, after its clause's subject (the actor opening the sentence or its
    clause after أن/إن): the phrase backs that subject, not the actor named last (an object, a
    foe after مع, a place's neighbour). None when no comma is there or the clause opens with no
    actor (no person, no country: وقال الرئيس إن ...، بدعم من)."""
    j = skip_quotes(view, k - 1, -1)
    if j < 1 or view.tokens[j].norm not in ("،", ","):
        return None
    return clause_subject(view, j)


def opening_subject(view: SentenceView, k: int) -> Mention | None:
    """The actor a sentence opens with (within its first three words, after its verb), no
    preposition on it, ending before k: the subject of its first clause."""
    for m in view.mentions:
        if m.token_start > OPENING_REACH or m.token_end > k:
            return None
        if m.type in ACTOR_TYPES and m.source != "adjective" and not _prefix(view, m).endswith(("ل", "ب")):
            return m
    return None


def _accused(ctx: RuleContext, m: Mention) -> bool:
    """اتهم الجيش السوداني دولة الإمارات بدعم ...: m is the one an accusation verb (past the
    accuser) names, so what follows with ب is m's own act."""
    return accusation_verb_before(ctx.view, ctx.lists["accusation_verbs"], m.token_start - 1)


def accused_described(view: SentenceView, lists, k: int) -> tuple[bool, Mention | None]:
    """الإمارات المتهمة بدعم قوات الدعم السريع / الحرس الثوري، المتهم بتسليح الحوثيين: a
    participle of being accused (accused_participles) right before token k (a verbal noun with ب),
    and the mention it describes (past a comma and the group's epithets): (True, that mention, or
    None when it describes a noun kg does not name), or (False, None) with no such participle."""
    j = k - 1
    if j < 1 or view.covering(j) or view.tokens[j].norm not in lists["accused_participles"]:
        return False, None
    j -= 1
    while j > 0 and not view.covering(j) and view.tokens[j].norm in lists["group_epithets"]:
        j -= 1                 # ميليشيا الحوثي الإرهابية المتهمة بـ
    if view.tokens[j].norm in ("،", ","):
        j -= 1
    return True, mention_back(view, j + 1, 1, lambda m: True)


def accusation_verb_before(view: SentenceView, verbs: frozenset[str], k: int) -> bool:
    """اتهمت الحكومة الليبية روسيا ...: walking back from token k past the accuser (actor mentions,
    and one definite noun no mention covers whose adjective is one: الحكومة الليبية), a verb of
    accusing (verbs) is there."""
    bare = joined = False
    while k >= 0:
        m = view.covering(k)
        if m is not None and m.type in ACTOR_TYPES:
            k = m.token_start - 1
        elif m is None and not bare and k + 1 < len(view.tokens) and view.covering(k + 1) is not None \
                and view.tokens[k].norm.startswith("ال") and len(view.tokens[k].norm) > 4 \
                and view.token_stems(k).isdisjoint(verbs):
            bare, k = True, k - 1      # الحكومة (الليبية): the accuser's head noun
        elif m is None and not joined and k > 0 and view.covering(k + 1) is not None \
                and view.tokens[k].norm.startswith("و") and len(view.tokens[k].norm) > 4 \
                and view.covering(k - 1) is not None and view.token_stems(k).isdisjoint(verbs):
            joined, k = True, k - 1    # كينشاسا وخبراء الأمم المتحدة: a second accuser, a noun before a body
        elif m is None and k > 0 and view.tokens[k].norm in TIME_SPAN_WORDS and view.tokens[k - 1].norm in TIME_SPAN_OPENERS:
            k -= 2                     # تتهم نيودلهي منذ سنوات إسلام آباد: a time span before the accused
        else:
            break
    return k >= 0 and not view.covering(k) and not view.token_stems(k).isdisjoint(verbs)


@needs("expel_verbs")
def drove_out(ctx: RuleContext):
    """طردت قوات العمالقة مسلحي الحوثي من مديرية بيحان -> the Giants CAPTURED Bayhan and the
    Houthis WITHDREW_FROM it (an armed actor driven out of a place)."""
    view = ctx.view
    if view.stem_set().isdisjoint(ctx.lists["expel_verbs"]):
        return
    for t in range(len(view.tokens) - 3):
        if not _has(ctx, t, "expel_verbs") or view.covering(t):
            continue
        actors, k = [], t + 1
        while k < min(t + 10, len(view.tokens)) and not view.is_break(k) and view.tokens[k].norm != "من":
            m = view.mention_at(k)
            if m is not None and m.type in ACTOR_TYPES:
                actors.append(m)
                k = m.token_end
            else:
                k += 1
        place = None
        if k + 1 < len(view.tokens) and view.tokens[k].norm == "من":
            place = view.mention_at(k + 1) or (view.mention_at(k + 2) if k + 2 < len(view.tokens) else None)
        if place is None or place.type not in PLACE_TYPES or not actors:
            continue
        if len(actors) == 1:
            driver = _nearest_before(view, t, lambda m: m.type in ACTOR_TYPES and t - m.token_end <= 2)
            actors = [driver] + actors
        driver, driven = actors[0], actors[-1]
        if driver is None or driven.type not in GROUPS.fighting_forces or driver.entity_id == driven.entity_id:
            continue
        ctx.emit(driver, RELATIONS.captured, place, "captured:drove_out", 0.7, view.tokens[t].text)
        ctx.emit(driven, RELATIONS.withdrew_from, place, "withdrew_from:driven_out", 0.65, view.tokens[t].text)


@needs("withdrawal_nouns")
@needs("after_words")
def withdrawal_from_the_place_before(ctx: RuleContext):
    """نشر الجيش قواته في بلدة الخيام بعد انسحاب القوات الإسرائيلية -> the Israeli forces
    WITHDREW_FROM al-Khiam: a withdrawal after a time word, with no place of its own, left the
    place the clause before it named."""
    view = ctx.view
    if view.stem_set().isdisjoint(ctx.lists["withdrawal_nouns"]) or view.stem_set().isdisjoint(ctx.lists["after_words"]):
        return
    for t in range(1, len(view.tokens) - 2):
        if not _has(ctx, t, "withdrawal_nouns") or not _has(ctx, t - 1, "after_words") or view.covering(t):
            continue
        actor = view.mention_at(t + 1)
        if actor is None or actor.type not in GROUPS.fighting_forces:
            continue
        actors, end = [actor], actor.token_end
        while end < len(view.tokens) and view.tokens[end].norm.startswith("و"):
            joined = view.mention_at(end)
            if joined is not None:       # بعد انسحاب الجيش والقوة المشتركة
                ally = joined if _prefix(view, joined).startswith("و") else None
            elif _has(ctx, end, "ally_nouns"):
                k = end + 2 if end + 1 < len(view.tokens) and view.tokens[end + 1].norm == "من" else end + 1
                if k + 1 < len(view.tokens) and ((view.tokens[k + 1].norm in QUOTES and not view.covering(k))
                                                 or noun_of_fighters(view, ctx.lists, k)):
                    k += 1       # وحلفائها من ميليشيات "وازاليندو": past the noun of the quoted name
                ally = view.mention_at(skip_quotes(view, k))
            else:
                break
            if ally is None or ally.type not in GROUPS.fighting_forces:
                break            # بعد انسحاب الجيش وحلفائه من ميليشيات وازاليندو: the allies left too
            actors.append(ally)
            end = skip_quotes(view, ally.token_end)
        if end < len(view.tokens) and not view.is_break(end):
            continue             # بعد انسحاب القوات من المدينة: the trigger reads its own place
        place = _nearest_before(view, t - 1, lambda m: m.type in PLACE_TYPES and m.type != TYPES.country)
        place = _first_of_a_chain(view, place)     # أوفيرا في إقليم جنوب كيفو بشرق الكونغو: the town
        if place is not None and not any(view.is_break(x) and not (x == t - 2 and view.tokens[x].norm in ("،", ","))
                                         for x in range(place.token_end, t - 1)):
            for a in actors:
                ctx.emit(a, RELATIONS.withdrew_from, place, "withdrew_from:place_before", 0.6, view.tokens[t].text)


def _first_of_a_chain(view: SentenceView, place: Mention | None) -> Mention | None:
    """مدينة أوفيرا في إقليم جنوب كيفو بشرق الكونغو: from a place that only locates the one before
    it (after في or with بـ), back to the first place of the chain."""
    while place is not None:
        k = place.token_start - 1
        if k >= 0 and view.tokens[k].norm == "في":
            k -= 1
        elif not _prefix(view, place).endswith("ب"):
            break
        if k >= 0 and not view.covering(k) and view.tokens[k].norm.startswith("ال") and _adjective_like(view.tokens[k].norm):
            k -= 1               # مدينة أوفيرا الاستراتيجية في إقليم جنوب كيفو: past the town's adjective
        before = view.covering(k) if k >= 0 else None
        if before is None or before.token_end != k + 1 or before.type not in PLACE_TYPES:
            break
        place = before
    return place


@needs("struck_words")
def struck_by_a_weapon(ctx: RuleContext):
    """استهدف مخيم جنين بغارة إسرائيلية / تم استهداف المطار بصواريخ إسرائيلية: a verb or verbal noun
    of attack, the place or actor struck, then the weapon that names its actor (ب + a strike noun
    with a nationality or an owner): that actor ATTACKED what was struck."""
    view = ctx.view
    if view.stem_set().isdisjoint(ctx.lists["struck_words"]):
        return
    for t in range(len(view.tokens) - 2):
        if view.covering(t) or not _has(ctx, t, "struck_words"):
            continue
        targets, k = _struck_targets(ctx, t + 1)
        if not targets or k >= len(view.tokens) or not view.tokens[k].norm.startswith("ب") or view.covering(k):
            continue
        agent = _strike_agent(ctx, k, k + 3)
        agents = [] if agent is None else [agent] + (
            coordinated_nationalities(ctx, agent) if agent.source == "adjective" else [])
        for target in targets:          # بغارات أمريكية وبريطانية: each country
            for a in agents:
                if a.entity_id != target.entity_id:
                    ctx.emit(a, RELATIONS.attacked, target, "attacked:by_weapon", 0.75, view.tokens[t].text)


@functools.lru_cache(maxsize=8)
def _definite(words: frozenset) -> frozenset:
    """The words with the article: مسيرات -> المسيرات."""
    return frozenset("ال" + w for w in words)


@needs("aim_words")
@needs(words=lambda lists: _with_accusative(lists["strike_nouns"]) | _definite(_with_accusative(lists["strike_nouns"])))
def weapon_launched_at(ctx: RuleContext):
    """صاروخا أطلقه الحوثيون باتجاه مدينة جازان / قذائف أطلقتها قوات الدعم السريع على أحياء الفاشر /
    المسيرات التي أطلقتها الميليشيا المتمردة على المدينة: a weapon (strike_nouns, then a relative word), a verb of launching or carrying out with a pronoun for it (resumptive
    verbs), its actor, then على / باتجاه (aim_words) and the place or actor aimed at: the actor
    ATTACKED it."""
    view = ctx.view
    tokens = view.tokens
    weapons = _with_accusative(ctx.lists["strike_nouns"])
    if view.stem_set().isdisjoint(ctx.lists["aim_words"]) or (
            view.stem_set().isdisjoint(weapons) and view.stem_set().isdisjoint(_definite(weapons))):
        return                 # (المسيرات: a definite weapon before a relative word)
    weapon = lambda k: not view.token_stems(k).isdisjoint(weapons)       # صواريخ، صاروخا
    verbs = ctx.lists["resumptive_verbs"]
    for t in range(1, len(tokens) - 2):
        norm = tokens[t].norm
        if not any(norm.endswith(suffix) and norm[:-len(suffix)] in verbs for suffix in RESUMPTIVE_SUFFIXES):
            continue           # (the launching verb with its pronoun first: the rarer word)
        w = t - 2 if tokens[t - 1].norm in RELATIVE else t - 1    # المسيرات التي أطلقتها: past the relative word
        if view.covering(t) or w < 0 or not (weapon(w) or (
                w > 0 and weapon(w - 1) and (_adjective_like(tokens[w].norm) or tokens[w].norm.endswith("يا")))):
            continue
        actor = resumptive_actor(ctx, t)
        if actor is None:
            continue
        k = actor.token_end
        while k < len(tokens) and tokens[k].norm in ctx.lists["group_epithets"]:
            k += 1                 # أطلقتها الميليشيا المتمردة على: past the actor's epithet
        origin = view.mention_at(k + 1) if k + 1 < len(tokens) and tokens[k].norm == "من" else None
        if origin is not None:
            k = origin.token_end   # من اليمن: where it was launched from
        if k + 1 >= len(tokens) or not _has(ctx, k, "aim_words"):
            continue
        j = k + 1
        if view.mention_at(j) is None and not view.covering(j) and j + 1 < len(tokens) \
                and _has(ctx, j, "place_heads"):
            j += 1                 # باتجاه مدينة جازان (a place noun kg did not take into the name)
        target = view.mention_at(j) or _state_of_an_unnamed_target(ctx, j) or _place_of_an_unnamed_target(ctx, j)
        if target is not None and target.type in PLACE_TYPES | ACTOR_TYPES and target.entity_id != actor.entity_id:
            ctx.emit(actor, RELATIONS.attacked, target, "attacked:weapon_launched", 0.7, tokens[t].text)


def _state_of_an_unnamed_target(ctx: RuleContext, j: int) -> Mention | None:
    """مسيرتين أطلقتهما الجماعة باتجاه مدمرة أميركية في خليج عدن: at token j a thing kg does not
    name with the nationality adjective of a state right after it: that state (the sea or place
    after it is only where the thing was)."""
    view = ctx.view
    if j + 1 >= len(view.tokens) or view.covering(j):
        return None
    m = view.mention_at(j + 1)
    if m is not None:
        return m if m.source == "adjective" and m.type == TYPES.country else None
    return ctx.nationality(j + 1)


def _place_of_an_unnamed_target(ctx: RuleContext, j: int) -> Mention | None:
    """غارة نفذتها مسيرة إسرائيلية على دراجة نارية في مدينة بنت جبيل: at token j a thing kg does
    not name (one word and an adjective: سيارة مدنية، دراجة نارية), then في and a place: the place."""
    view, tokens = ctx.view, ctx.view.tokens
    k = j
    while k < min(j + 2, len(tokens)) and view.covering(k) is None and is_word(tokens[k].norm) \
            and not view.is_break(k) and tokens[k].norm != "في" and not tokens[k].norm.startswith(("ب", "ل")):
        k += 1
    if k == j or k + 1 >= len(tokens) or tokens[k].norm != "في":
        return None
    k += 1
    if view.mention_at(k) is None and _has(ctx, k, "place_heads") and not view.covering(k):
        k += 1
    place = view.mention_at(k)
    return place if place is not None and place.type in PLACE_TYPES else None


def _struck_targets(ctx: RuleContext, k: int) -> tuple[list[Mention], int]:
    """What was struck, from token k: a place or actor named there (مخيم جنين), or a thing kg
    does not name with its owner (موقع لحزب الله); then the place it stands in (في بلدة الخيام);
    and the index after them."""
    view = ctx.view
    tokens = view.tokens
    k = skip_quotes(view, k)
    out: list[Mention] = []
    m = view.mention_at(k)
    if m is not None:
        if m.type not in PLACE_TYPES | ACTOR_TYPES or m.type == TYPES.person:
            return [], k
        out.append(m)
        k = m.token_end
    else:
        if k + 1 >= len(tokens) or view.covering(k) or view.is_break(k) or not is_word(tokens[k].norm) \
                or tokens[k].norm.startswith(("ب", "ال")) or ctx.nationality(k + 1) is not None:
            return [], k       # (استهدفت طائرة إسرائيلية: the striker, not the struck)
        k += 1                 # موقع، منزل، سيارة: a thing kg does not name
        owner = view.mention_at(k)
        if owner is not None and _prefix(view, owner).endswith("ل") and owner.type in ACTOR_TYPES \
                and owner.type != TYPES.person:
            out.append(owner)  # موقع لحزب الله
            k = owner.token_end
    if k + 1 < len(tokens) and tokens[k].norm == "في":
        j = k + 1
        if view.mention_at(j) is None and _has(ctx, j, "place_heads") and not view.covering(j):
            j += 1
        place = view.mention_at(j)
        if place is not None and place.type in PLACE_TYPES:
            out.append(place)  # في بلدة الخيام
            k = place.token_end
    return out, k


@needs("stronghold_nouns")
def stronghold_of(ctx: RuleContext):
    """مدينة جلب، معقل حركة الشباب / الضعين، أحد أبرز معاقل الدعم السريع / تعد نيالا معقلا
    رئيسيا للدعم السريع: a place, then a noun of stronghold (stronghold_nouns, with the words of
    stronghold_qualifiers around it) and an actor: the actor is BASED_IN the place."""
    view = ctx.view
    nouns, qualifiers = ctx.lists["stronghold_nouns"], ctx.lists["stronghold_qualifiers"]
    if view.stem_set().isdisjoint(nouns):
        return
    tokens = view.tokens
    for k in range(1, len(tokens) - 1):
        if view.covering(k) or view.token_stems(k).isdisjoint(nouns):
            continue
        j = k + 1
        while j < len(tokens) and not view.covering(j) and tokens[j].norm in qualifiers:
            j += 1
        actor = view.mention_at(skip_quotes(view, j))
        if actor is None or actor.type not in ACTOR_TYPES or actor.type in (TYPES.country, TYPES.person):
            continue
        i = k - 1
        while i >= 0 and not view.covering(i) and tokens[i].norm in qualifiers:
            i -= 1
        if i >= 0 and tokens[i].norm in ("،", ","):
            i -= 1
        i = skip_quotes(view, i, -1)
        place = view.covering(i) if i >= 0 else None
        if place is not None and place.token_end == i + 1 and place.type in PLACE_TYPES and place.type != TYPES.country:
            ctx.emit(actor, RELATIONS.based_in, place, "based_in:stronghold", 0.7, tokens[k].text)


SENTENCE_RULES: tuple[Callable[[RuleContext], None], ...] = (
    title_before_organisation,
    title_inside_a_name,
    title_with_a_group_adjective,
    title_as_complement,
    leader_by_verb,
    office_taken,
    minister_of_a_named_ministry,
    one_of_the_units,
    comprises_units,
    in_the_ranks_of,
    owned_by_a_person,
    capital_with_nationality,
    list_after_a_place,
    killed_by_a_strike,
    wounded_by_a_strike,
    subjected_to_attack,
    meeting_of_several,
    plural_parties_met,
    pair_met,
    allies_named,
    counterparts_met,
    backed_by,
    backer_by_noun,
    support_received,
    support_of_his_country,
    fell_to,
    at_the_outskirts,
    under_control_of,
    under_siege_of,
    besieged_by,
    clash_between,
    prisoner_exchange,
    presence_in_place,
    active_in_a_place,
    holds_a_base,
    seated_where,
    stronghold_of,
    acting_jointly,
    backed_in_action,
    support_as_a_purpose,
    support_as_an_aim,
    mourned_member,
    struck_by_a_weapon,
    weapon_launched_at,
    drove_out,
    withdrawal_from_the_place_before,
)
