"""Names the statistical recogniser (kg.ner) finds that no registry name or cue covers, kept only
when they read as names: a person in full, no description (القاعدة الجوية الروسية), no cue word
alone. Whether the recogniser runs is the caller's choice (``resolve(..., use_ner=...)``).
"""
from __future__ import annotations

import bisect
import functools
import re

from kg.arabic import is_word, normalise, proclitic_variants
from kg.entities.matching import reading_in
from kg.entities.names import conjunction_before_a_name, is_adjective, is_byline, is_trigger
from kg.entities.spans import Span, covers, sentence_text, span_start
from kg.language.cues import Cues, load_context_cues
from kg.language.words import ARMED_WORDS, HOMOGRAPH_GIVEN_NAMES, PERSON_NOUNS, PLACE_TYPES
from kg.language.names import TYPES
from kg.registry import Registry
from kg.types import EntityRecord, Sentence

NER_MIN_SCORE = 0.6


@functools.lru_cache(maxsize=1)
def _ner_model():
    """The statistical recogniser, or None when it cannot be loaded (the pipeline then runs on
    the registry and cues alone, and says so once)."""
    import warnings
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
    tokens, out, records = sentence.tokens, [], {}
    ends = None
    for n in names:
        if n.start < sentence.start or n.end > sentence.end:
            continue
        if ends is None:
            ends = [t.end for t in tokens]
        idx = _overlapping(tokens, ends, n.start, n.end)
        while idx and any((st,) in cues.titles for _, st in proclitic_variants(tokens[idx[0]].norm)):
            idx = idx[1:]          # الصحفي أحمد المصري: the title is not part of the name
        if not idx or any(covers(taken, k) for k in idx):
            continue
        i, j = idx[0], idx[-1] + 1
        start = max(n.start, tokens[i].start)
        if start == tokens[i].start and (conjunction_before_a_name(tokens[i].norm)
                                         or conjunction_before_a_place_prefix(tokens[i].norm, cues)):
            start += 1            # وعبد السلام المنبهي، وعين الدفلى: the conjunction is not part of the name
        given = int(n.ontology_type == TYPES.person and homograph_given_name_before(tokens, i, taken, cues))
        if given:                 # علي حسن قاسم قال: the recogniser read علي as the preposition
            i -= 1
            start = tokens[i].start + _conjunction_length(tokens[i].text)
        text = sentence_text(sentence, start, n.end)
        name_norms = [normalise(w) for w in text.split()]
        if not name_norms or any(w in cues.stop for w in name_norms[given:]) or is_trigger(name_norms[0]) \
                or len("".join(name_norms)) < 3:
            continue
        etype = n.ontology_type
        if etype == TYPES.person and len(name_norms) < 2:
            continue               # a person is named in full (as by a cue); one word alone is too weak
        if etype == TYPES.person and i > 0 and any(
                st in load_context_cues().family_nouns for _, st in proclitic_variants(tokens[i - 1].norm)):
            continue               # منزل لعائلة أبو شمالة: a family's name, no person
        if etype == TYPES.person and is_byline(tokens, i, j):
            continue               # د. إيمان بشير (a line of its own): the author, not an actor
        if etype == TYPES.person and any(_nationality_word(w, reg) for w in name_norms[1:]):
            continue               # استقبل وفدا مصريا: a noun and its nationality adjective, no name
        if len(name_norms) == 1 and name_norms[0] in reg.nationality \
                and reg.nationality[name_norms[0]] in reg.country_entity:
            eid = reg.country_entity[reg.nationality[name_norms[0]]]
            out.append(Span(i, j, start, n.end, eid, TYPES.country, "adjective"))
            continue               # سعودية: a nationality adjective names its state
        ctx_cues = load_context_cues()
        if len(name_norms) > 1 and any((st,) in cues.org for _, st in proclitic_variants(name_norms[0])) \
                and all(w in ctx_cues.generic_org_words or w in ctx_cues.name_adjectives for w in name_norms[1:]):
            continue               # وكالة الأنباء الرسمية: a description, not a name
        if len(name_norms) == 1 and (name_norms[0][2:] in cues.place or name_norms[0] in cues.anaphors
                                     or any(st in cues.place for _, st in proclitic_variants(name_norms[0]))):
            continue               # الريف، المدينة، وريف: a cue word alone is a description, not a name
        if len(name_norms) == 1 and any(st in ctx_cues.state_nouns for _, st in proclitic_variants(name_norms[0])):
            continue               # قصفوا المدينة بالصواريخ: a weapon or force noun, not a name
        if _definite_description(name_norms, cues, reg):
            continue               # القاعدة الجوية الروسية: a description coreference resolves, not a name
        if etype == TYPES.organisation and any(names_an_armed_body(w) for w in name_norms):
            etype = TYPES.armed_group   # كتائب الفتح، ألوية الصمود: an armed body's word retypes the name
        head = _body_head_before(tokens, i, taken, cues) if etype not in PLACE_TYPES and etype != TYPES.person else None
        if head is not None:       # قالت شركة أمبري للأمن البحري: the body's head word is part of its name
            i, start = head
            text = sentence_text(sentence, start, n.end)
            name_norms = [normalise(w) for w in text.split()]
        known = registry_place(tuple(name_norms), etype, reg)
        if known is not None:      # في كابل (a word too, dropped as a name): the registry's Kabul
            out.append(Span(i, j, start, n.end, known, etype, "ner"))
            continue
        eid = "name:" + "_".join(name_norms)
        out.append(Span(i, j, start, n.end, eid, etype, "ner"))
        records.setdefault(eid, EntityRecord(eid, etype, text))
    return out, records


def registry_place(key: tuple[str, ...], etype: str, reg: Registry) -> str | None:
    """داعيا حكومة طالبان في كابل: a place the recogniser reads whose name the registry knows for
    one place of that type (a name dropped as an ordinary word where the story's country is
    another) is that place, not a new node of its own."""
    if etype not in PLACE_TYPES:
        return None
    ids = {e.entity_id for e in reg.lookup(key) if reg.entities[e.entity_id].type == etype}
    return next(iter(ids)) if len(ids) == 1 else None


_DIACRITICS = re.compile("[\u064B-\u065F\u0670\u0640]")


def _as_written(text: str) -> str:
    """A word without diacritics or tatweel, its letters as written (ى and ي kept apart)."""
    return _DIACRITICS.sub("", text)


def _conjunction_length(text: str) -> int:
    """Characters of a leading و (with its diacritics) before a homograph given name, else 0."""
    if _as_written(text) in HOMOGRAPH_GIVEN_NAMES:
        return 0
    k = 1
    while k < len(text) and _DIACRITICS.match(text[k]):
        k += 1
    return k


def homograph_given_name_before(tokens, i: int, taken, cues: Cues) -> bool:
    """علي حسن قاسم قال، وعلي حسن قاسم، الشاب علي محمود خليل: a given name spelled as a preposition
    (words.json homograph_given_names: علي with ي, never على) right before a person's name the
    recogniser found is its first word where a name stands: opening its clause, after و, after a
    title or a person noun. After any other word it is على misspelt (ألقت القبض علي محمد حسن)."""
    if i == 0 or covers(taken, i - 1):
        return False
    word = _as_written(tokens[i - 1].text)
    if word[:1] == "و" and word[1:] in HOMOGRAPH_GIVEN_NAMES:
        return True
    if word not in HOMOGRAPH_GIVEN_NAMES:
        return False
    if i == 1 or not is_word(tokens[i - 2].norm):
        return True
    return any((stem,) in cues.titles or stem in PERSON_NOUNS for _, stem in proclitic_variants(tokens[i - 2].norm))


def conjunction_before_a_place_prefix(norm: str, cues: Cues) -> bool:
    """وعين الدفلى، وتل أبيض، وبني وليد: a و the recogniser took into a place's name whose first
    word is a name prefix of cues.json (عين، تل، بني ...)."""
    return norm.startswith("و") and norm[1:] in cues.name_prefixes


def _body_head_before(tokens, i: int, taken, cues: Cues) -> tuple[int, int] | None:
    """شركة أمبري، مؤسسة الحكمة: a head that is part of a body's name (name_heads of
    entity_cues.json) right before a recognised name (read through its proclitic), not taken by
    another name: (its token, where it starts after the proclitic), else None."""
    if i == 0 or covers(taken, i - 1):
        return None
    heads = load_context_cues().name_heads
    for prefix, stem in proclitic_variants(tokens[i - 1].norm):
        if stem in heads:
            return i - 1, span_start(tokens[i - 1], prefix)
    return None


@functools.lru_cache(maxsize=1)
def _armed_words() -> tuple[str, ...]:
    """The armed-body words of ontology/words.json (armed_words), normalised as tokens are."""
    return tuple(sorted({normalise(w) for w in ARMED_WORDS}))


@functools.lru_cache(maxsize=4096)
def names_an_armed_body(norm: str) -> bool:
    """A word that names an armed body (وكتائب، الألوية، لواء): read through its proclitics and
    article, it is or starts with a word of ``armed_words``."""
    armed = _armed_words()
    for _, stem in proclitic_variants(norm):
        for s in (stem, stem[2:] if stem.startswith("ال") else None):
            if s and (s in armed or s.startswith(armed)):
                return True
    return False


def _nationality_word(norm: str, reg: Registry) -> bool:
    """مصري، مصريا: an indefinite nationality adjective (also in the accusative, with tanwin
    alif); a definite one may be a family name (خالد المصري، محمد شياع السوداني)."""
    return not norm.startswith("ال") and (norm in reg.nationality
                                          or (norm.endswith("ا") and norm[:-1] in reg.nationality))


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
    head = reading_in(norms[0], cues.anaphors)
    return head is not None and all(is_adjective(w, cues, reg) for w in norms[1:])


def names_by_sentence(names, sentences) -> dict[int, list]:
    """sentence index -> the recognised names that start inside it, in their order (ner_spans
    keeps those that end inside it too): each sentence reads its own names, not the article's."""
    out: dict[int, list] = {s.index: [] for s in sentences}
    starts = [s.start for s in sentences]
    for n in names:
        k = bisect.bisect_right(starts, n.start) - 1
        if k >= 0:
            out[sentences[k].index].append(n)
    return out
