"""The Arabic trigger lexicon (ontology/triggers.json, and ontology/trigger_roots.json whose roots
kg.language.derive fills into verb-form patterns): verbs and verbal nouns with all the
conjugated, definite and pronoun-suffixed forms the extractor matches, and the word lists of the
structural and construction rules."""
from __future__ import annotations

import functools
import json
from dataclasses import dataclass

from kg.arabic import normalise, phrase_key, proclitic_variants, variant_stems
from kg.errors import KgError
from kg.memo import Memo
from kg.language.derive import derive
from kg.language.words import PREFIXES, SUFFIXES


@dataclass(frozen=True)
class Trigger:
    relation: str
    kind: str                 # verb | masdar
    prep: tuple[str, ...]
    optional_prep: tuple[str, ...]
    then: tuple[str, ...]
    obj: str
    confidence: float
    suffixed: bool            # the form carries a pronoun suffix (سيطرتها)
    agent: str = "any"        # any | marked (see triggers.json)
    adjacent: bool = False    # the preposition must follow the trigger at once (قضى على = killed)


@dataclass(frozen=True)
class Lexicon:
    forms: dict[str, tuple[Trigger, ...]]
    lists: dict[str, frozenset]
    hedges: tuple[tuple[str, ...], ...]

    @functools.cached_property
    def base_forms(self) -> frozenset[str]:
        """قواعدها، مقراتهم ...: base nouns with a possessive pronoun."""
        return frozenset(b + s for b in self.lists["base_nouns"] for s in SUFFIXES)

    @functools.cached_property
    def trigger_readings(self) -> dict[str, tuple[Trigger, ...]]:
        """Token form -> the triggers it is: those of its first proclitic reading that has any (verbs
        take و/ف, never a preposition: كفر is not ك + فر). Cached per form; map a sentence's norms
        over ``__getitem__`` to read them without a Python call per token."""
        return Memo(self._read_triggers)

    @functools.cached_property
    def verb_stems(self) -> dict[str, frozenset[str]]:
        """Relation -> the stems (forms' keys) with a verb trigger of it: a token has a verb reading
        of the relation only when one of its stems is among them (trigger_readings reads a stem's)."""
        out: dict[str, set[str]] = {}
        for stem, trigs in self.forms.items():
            for tr in trigs:
                if tr.kind == "verb":
                    out.setdefault(tr.relation, set()).add(stem)
        return {rel: frozenset(got) for rel, got in out.items()}

    def _read_triggers(self, norm: str) -> tuple[Trigger, ...]:
        for prefix, stem in proclitic_variants(norm):
            trigs = tuple(tr for tr in self.forms.get(stem, ()) if tr.kind != "verb" or prefix in ("", "و", "ف"))
            if trigs:
                return trigs
        return ()

    @functools.cached_property
    def hedges_by_first(self) -> dict[str, list[tuple[str, ...]]]:
        out: dict[str, list[tuple[str, ...]]] = {}
        for h in self.hedges:
            out.setdefault(h[0], []).append(h)
        return out

    @functools.cached_property
    def hedge_starts(self) -> dict[str, bool]:
        """Token form -> whether one of its stems begins a hedge: cached per form, so that a sentence's
        norms map over ``__getitem__`` without a Python call per token."""
        firsts = self.hedges_by_first.keys()
        return Memo(lambda norm: not firsts.isdisjoint(variant_stems(norm)))


def _verb_forms(past: str, present: str) -> set[str]:
    p, r = normalise(past), normalise(present)
    out = set()
    if p.endswith("ي"):
        base = p[:-1]
        out |= {p, base + "ت", base + "وا", base + "تا", p + "ت", p + "ن", p + "نا"}
    else:
        out |= {p + s for s in ("", "ت", "وا", "ا", "تا", "ن", "نا", "تم", "تن")}
    for pre in PREFIXES + ("سي", "ست"):
        if r.endswith("ي"):       # يلتقي، يلتقون، يلتقيان
            out |= {pre + r, pre + r[:-1] + "ون", pre + r[:-1] + "ان", pre + r + "ان", pre + r + "ا"}
        else:
            out |= {pre + r + s for s in ("", "ون", "ان", "ن", "وا", "ين")}
    return out


def _noun_forms(masdar: str) -> tuple[set[str], set[str]]:
    """(plain forms, pronoun-suffixed forms) of a verbal noun."""
    m = normalise(masdar)
    plain = {m, "ال" + m} if not m.startswith("ال") else {m}
    stem = m[:-1] + "ت" if m.endswith("ه") else m
    suffixed = {stem + s for s in SUFFIXES}
    if m.endswith("اء"):          # لقاء -> لقائه، لقاؤه: the hamza takes the seat of its case
        suffixed |= {m[:-1] + seat + s for seat in "ئؤ" for s in SUFFIXES}
    return plain, suffixed


def _accusative(masdar: str, entry) -> set[str]:
    """صد الجيش هجوما لقوات الدعم السريع: the indefinite accusative of a verbal noun (هجوما،
    قصفا، اقتحاما); none for one ending in ة or a long vowel or hamza, nor where it would be a
    verb form of its own entry (قتلا: the two killed)."""
    m = normalise(masdar)
    if m.startswith("ال") or m[-1] in "اىيءه":
        return set()
    verbs = {normalise(p) for p in entry.get("past", ())}
    return {m + "ا"} - {p + "ا" for p in verbs}


def check_relations(entries, codes: tuple[str, ...] | None = None) -> None:
    """Every trigger entry names a relation type of ontology/kg.ttl, else a KgError naming the
    entry, the unknown relation and the valid ones."""
    if codes is None:
        from ontology import vocabulary
        codes = vocabulary().relation_codes
    for v in entries:
        if v.get("relation") not in codes:
            word = (v.get("past") or v.get("masdar") or ["?"])[0]
            raise KgError(f"trigger lexicon: entry {word!r} names unknown relation {v.get('relation')!r}; "
                          f"valid relations (ontology/kg.ttl): {', '.join(codes)}")


@functools.lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    from ontology import path
    data = json.loads(path("triggers.json").read_text(encoding="utf-8"))
    roots = json.loads(path("trigger_roots.json").read_text(encoding="utf-8"))["roots"]
    forms: dict[str, list[Trigger]] = {}

    def add(form, trig):
        forms.setdefault(form, []).append(trig)

    entries = data["verbs"] + [derive(r) for r in roots]
    check_relations(entries)
    for v in entries:
        common = dict(relation=v["relation"], prep=tuple(normalise(p) for p in v.get("prep", ())),
                      optional_prep=tuple(normalise(p) for p in v.get("optional_prep", ())),
                      then=tuple(normalise(t) for t in v.get("then", ())), obj=v["obj"],
                      confidence=float(v["confidence"]), agent=v.get("agent", "any"),
                      adjacent=bool(v.get("adjacent", False)))
        for past, present in zip(v["past"], v["present"]):
            for f in _verb_forms(past, present):
                add(f, Trigger(kind="verb", suffixed=False, **common))
        for m in v.get("masdar", ()):
            plain, suffixed = _noun_forms(m)
            for f in plain | _accusative(m, v):
                add(f, Trigger(kind="masdar", suffixed=False, **common))
            for f in suffixed:
                add(f, Trigger(kind="masdar", suffixed=True, **common))
    lists = {k: frozenset(phrase_key(x)[0] if len(phrase_key(x)) == 1 else " ".join(phrase_key(x)) for x in v)
             for k, v in data.items() if isinstance(v, list) and k not in ("verbs", "hedges")}
    # words whose absence from a sentence lets a construction rule skip it (with and without ال)
    titles = lists["leader_titles"] | lists["member_titles"] | lists["member_title_heads"] | lists["counterpart_words"]
    lists["title_words"] = frozenset(w for t in titles for w in (t.split()[0], "ال" + t.split()[0]))
    lists["list_opener_words"] = frozenset(o.split()[0] for o in lists["list_openers"])
    lists["addition_link_words"] = frozenset(o.split()[0] for o in lists["addition_links"] | lists["place_addition_links"])
    hedges = tuple(phrase_key(h) for h in data["hedges"])
    return Lexicon({k: tuple(v) for k, v in forms.items()}, lists, hedges)


@functools.lru_cache(maxsize=200_000)
def stems(norm: str) -> tuple[str, ...]:
    return tuple(s for _, s in proclitic_variants(norm))

