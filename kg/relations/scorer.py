"""A learned relation scorer over candidate pairs of mentions in a sentence.

The rules (extractor.py, structure.py) propose relations; the scorer reads every pair of mentions
that share a sentence, with what the rules said about the pair among its features, and gives a
probability for each relation type and direction. A rule's relation is kept unless the scorer
finds it unlikely (below the type's ``keep`` threshold); a relation no rule found is added where
the scorer is confident (at or above the type's ``add`` threshold). Thresholds are chosen per
relation type by cross-validation grouped by article: a type whose rules the scorer does not beat
keeps ``keep`` 0 and ``add`` above 1, so the rules alone decide it.

Features of a pair (a before b in the text): the entity types, the token distance, the words,
prepositions and part-of-speech tags between, the words just outside, the proclitics on b, the
trigger-lexicon readings between and around (relation and kind), clause breaks, and which rule
fired for the pair with which relation and direction.

The model is a one-vs-rest logistic regression stored as plain JSON (kg/relations/models/
scorer.json): class names, biases, and per feature its (class, weight) pairs; scoring is a gather
and a sum in numpy. ``kg scorer train`` rebuilds it from annotated articles (``kg scorer cv``
cross-validates); set KG_RELATION_SCORER=off to run the rules alone, or to a model file to use it.
"""
from __future__ import annotations

import json
import os
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

from kg.errors import KgError
from kg.fsutil import atomic_open
from kg.relations.view import SentenceView, _prefix
from kg.types import Claim, Mention

MODEL_PATH = Path(__file__).parent / "models" / "scorer.json"
FORMAT = "kg-relation-scorer/1"
MAX_DISTANCE = 20                 # tokens between the two mentions of a candidate pair
MAX_BETWEEN_WORDS = 12
OFF = 1.01                        # an add threshold no probability reaches
SWITCH = "KG_RELATION_SCORER"     # "off" (or 0/no/false): the rules alone; a .json path: that model


def enabled() -> bool:
    return os.environ.get(SWITCH, "on").strip().lower() not in ("off", "0", "no", "false")


def _model_path() -> str | None:
    value = os.environ.get(SWITCH, "").strip()
    return value if value.endswith(".json") else None


# --- candidates and their features ---------------------------------------------------------------

@dataclass(frozen=True)
class Candidate:
    """Two mentions of different entities in one sentence, a before b in the text."""
    sentence: int                 # sentence index
    a: Mention
    b: Mention
    features: tuple[str, ...]


def _bucket(n: int) -> str:
    return str(n) if n < 4 else "4-6" if n < 7 else "7-10" if n < 11 else "11+"


def direction(subject: str, obj: str, a: Mention, b: Mention, symmetric: bool) -> str | None:
    """'>' when the subject is a (the earlier mention), '<' when it is b, '=' for a symmetric relation."""
    if {subject, obj} != {a.entity_id, b.entity_id}:
        return None
    if symmetric:
        return "="
    return ">" if subject == a.entity_id else "<"


def class_name(relation: str, d: str) -> str:
    return relation + d


def split_class(name: str) -> tuple[str, str]:
    return name[:-1], name[-1]


class FeatureReader:
    """Features of the candidate pairs of a sentence: per-token readings are cached by form."""

    def __init__(self, lexicon, pos_tagger=None, symmetric: frozenset[str] = frozenset()):
        self.lex = lexicon
        self.pos = pos_tagger
        self.symmetric = symmetric
        self._trig: dict[str, tuple[str, ...]] = {}

    def trigger_names(self, norm: str) -> tuple[str, ...]:
        """REL:kind of every trigger a form can be (cached per form)."""
        hit = self._trig.get(norm)
        if hit is None:
            hit = tuple(sorted({f"{t.relation}:{t.kind}" for t in self.lex.trigger_readings[norm]}))
            if len(self._trig) < 300_000:
                self._trig[norm] = hit
        return hit

    def candidates(self, view: SentenceView, rule_claims: Sequence[Claim] = ()) -> list[Candidate]:
        mentions = view.mentions
        if len(mentions) < 2:
            return []
        pairs = []
        for i, a in enumerate(mentions):
            for b in mentions[i + 1:]:
                if b.token_start - a.token_end > MAX_DISTANCE:
                    break
                if b.entity_id != a.entity_id and b.token_start >= a.token_end:
                    pairs.append((a, b))
        if not pairs:
            return []
        tokens = view.tokens
        norms = [t.norm for t in tokens]
        tags = self.pos.tag_norms(norms) if self.pos is not None else None
        trig = list(map(self.trigger_names, norms))
        fired: dict[frozenset, list[tuple[str, str, str, str]]] = {}
        for c in rule_claims:
            fired.setdefault(frozenset((c.subject, c.object)), []).append(
                (c.subject, c.object, c.predicate, c.provenance.rule))
        starts = [m.token_start for m in mentions]
        out = []
        sym = self.symmetric
        for a, b in pairs:
            f = [f"ta={a.type}", f"tb={b.type}", f"tt={a.type}|{b.type}", "bias"]
            lo, hi = a.token_end, b.token_start
            dist = hi - lo
            f.append("d=" + _bucket(dist))
            f.append("dt=" + _bucket(dist) + "|" + a.type + "|" + b.type)
            inner = range(lo, min(hi, lo + MAX_BETWEEN_WORDS))
            nm = bisect_left(starts, hi) - bisect_left(starts, lo)
            f.append("nm=" + (str(nm) if nm < 2 else "2+"))
            for k in inner:
                f.append("bw=" + norms[k])
                for tn in trig[k]:
                    f.append("tr=" + tn)
                    f.append("trt=" + tn + "|" + a.type + "|" + b.type)
                if tags is not None:
                    f.append("bp=" + tags[k])
                if view.is_break(k):
                    f.append("brk")
            if dist == 0:
                f.append("adjacent")
            elif dist <= 4:
                f.append("bseq=" + " ".join(norms[lo:hi]))
                if tags is not None:
                    f.append("bpseq=" + " ".join(tags[lo:hi]))
            if dist:
                f.append("b1=" + norms[lo])
                f.append("bl=" + norms[hi - 1])
            before = a.token_start - 1
            f.append("a-1=" + (norms[before] if before >= 0 else "<s>"))
            for k in range(max(0, a.token_start - 3), a.token_start):
                for tn in trig[k]:
                    f.append("trb=" + tn)
            after = b.token_end
            f.append("b+1=" + (norms[after] if after < len(norms) else "</s>"))
            for k in range(b.token_end, min(len(norms), b.token_end + 3)):
                for tn in trig[k]:
                    f.append("tra=" + tn)
            if tags is not None and before >= 0:
                f.append("a-1p=" + tags[before])
            f.append("pb=" + _prefix(view, b))
            f.append("pa=" + _prefix(view, a))
            for s, o, rel, rule in fired.get(frozenset((a.entity_id, b.entity_id)), ()):
                d = direction(s, o, a, b, rel in sym)
                f.append("r=" + class_name(rel, d))
                f.append("rn=" + ":".join(rule.split(":")[:2]) + d)
                f.append("rany")
            out.append(Candidate(view.sentence.index, a, b, tuple(f)))
        return out


# --- the model ------------------------------------------------------------------------------------

# pair features whose weight depends on the class (each class learns its own): types, distance, the
# proclitics and the words at the edges; every other pair feature has one weight for all classes
# (evidence that the pair is related at all)
CONJOINED = ("tt=", "d=", "pb=", "pa=", "b1=", "bl=", "bpseq=", "nm=", "a-1=", "b+1=")


def match_features(features: Sequence[str], relation: str, d: str) -> list[str]:
    """Features of a (pair, class) that say whether the pair's triggers and rules are of the class's
    relation: a trigger of that relation between the two mentions, before the first or after the
    second; the rule that found this relation in this direction, or in the other, or another one."""
    out = []
    dist = pb = tt = ""
    rule_here = rule_other_dir = rule_other = False
    for f in features:
        head, _, val = f.partition("=")
        if head == "d":
            dist = val
        elif head == "pb":
            pb = val
        elif head == "tt":
            tt = val
        elif head in ("tr", "trb", "tra"):
            rel, _, kind = val.partition(":")
            if rel == relation:
                where = {"tr": "B", "trb": "A-", "tra": "B+"}[head]
                out += [f"m{where}:{kind}", f"m{where}:{kind}|{d}", f"m{where}|{tt}|{d}"]
                if where == "B":
                    out += [f"mB|d={dist}|{d}", f"mB|pb={pb}|{d}"]
        elif head == "r":
            if val == relation + d:
                rule_here = True
            elif val[:-1] == relation:
                rule_other_dir = True
            else:
                rule_other = True
        elif head == "rn" and val[-1] == d and val.split(":")[0] == relation.lower():
            out.append("mRn:" + val[:-1])
    if rule_here:
        out.append("mR")
    elif rule_other_dir:
        out.append("mRdir")
    if rule_other and not rule_here:
        out.append("mRother")
    return out


def _relations_named(features: Sequence[str]) -> set[str]:
    """Relations a pair's triggers and rules name (the classes that get match features)."""
    out = set()
    for f in features:
        head, _, val = f.partition("=")
        if head in ("tr", "trb", "tra"):
            out.add(val.partition(":")[0])
        elif head == "r":
            out.add(val[:-1])
    return out


class ScorerModel:
    """A logistic regression over (candidate pair, class) with per-relation thresholds.

    A class's score for a pair is the bias of the class, plus the pair's class-free weights
    (``generic``), plus the weights its CONJOINED features have for that class (``conjoined``),
    plus the weights of its match features for that class (``match``)."""

    def __init__(self, classes: Sequence[str], bias: Sequence[float], generic: dict[str, float],
                 conjoined: dict[str, list], match: dict[str, float],
                 thresholds: dict[str, dict[str, float]] | None = None, meta: dict | None = None,
                 compatible: Iterable[str] = ()):
        import numpy as np
        self.classes = tuple(classes)
        self.compatible = frozenset(compatible)
        self._class_index = {c: i for i, c in enumerate(self.classes)}
        self._allowed: dict[str, np.ndarray] = {}
        self.bias = np.asarray(bias, dtype=float)
        self.generic = generic
        self.conjoined = conjoined
        self.match = match
        self.thresholds = thresholds or {}
        self.meta = meta or {}
        names = list(dict.fromkeys([*conjoined, *generic]))
        self.vocab = {f: i + 1 for i, f in enumerate(names)}       # 0: no weight
        self.matrix = np.zeros((len(names) + 1, len(self.classes)))
        for f, i in self.vocab.items():
            for ci, w in conjoined.get(f, ()):
                self.matrix[i, ci] = w
            self.matrix[i] += generic.get(f, 0.0)         # a class-free weight counts for every class
        self.by_relation: dict[str, list[tuple[int, str]]] = {}
        for ci, name in enumerate(self.classes):
            rel, d = split_class(name)
            self.by_relation.setdefault(rel, []).append((ci, d))

    def probabilities(self, feature_lists: Sequence[Sequence[str]]) -> np.ndarray:
        """P(class) for each candidate (rows) and class (columns)."""
        import numpy as np
        if not feature_lists:
            return np.zeros((0, len(self.classes)))
        get, match = self.vocab.get, self.match.get
        ids, starts = [], []
        for feats in feature_lists:
            starts.append(len(ids))
            ids.extend(get(f, 0) for f in feats)
        z = np.add.reduceat(self.matrix.take(ids, axis=0), starts, axis=0)
        z += self.bias
        masked = self.mask(feature_lists)
        for row, feats in enumerate(feature_lists):
            for rel in _relations_named(feats):
                for ci, d in self.by_relation.get(rel, ()):
                    z[row, ci] += sum(match(g, 0.0) for g in match_features(feats, rel, d))
        return np.where(masked, 0.0, 1.0 / (1.0 + np.exp(-z)))

    def mask(self, feature_lists: Sequence[Sequence[str]]) -> np.ndarray:
        """True where a class cannot hold for a pair: its types never had that class in training
        (``compatible`` holds "TypeA|TypeB|class" in text order) and no rule claimed it there."""
        import numpy as np
        if not self.compatible:
            return np.zeros((len(feature_lists), len(self.classes)), dtype=bool)
        rows = []
        col = self._class_index
        for feats in feature_lists:
            tt = next((f[3:] for f in feats if f.startswith("tt=")), "")
            allowed = self._allowed.get(tt)
            if allowed is None:
                allowed = self._allowed[tt] = np.array([f"{tt}|{c}" not in self.compatible for c in self.classes])
            fired = [col[f[2:]] for f in feats if f.startswith("r=") and f[2:] in col]
            if fired:
                allowed = allowed.copy()
                allowed[fired] = False
            rows.append(allowed)
        return np.array(rows)

    def threshold(self, relation: str, which: str) -> float:
        t = self.thresholds.get(relation)
        if t is None:
            return 0.0 if which == "keep" else OFF
        return float(t[which])

    def as_json(self) -> dict:
        return {"format": FORMAT, "classes": list(self.classes), "bias": [round(float(b), 5) for b in self.bias],
                "thresholds": self.thresholds, "meta": self.meta, "generic": self.generic,
                "conjoined": self.conjoined, "match": self.match, "compatible": sorted(self.compatible)}

    def save(self, path: str | Path) -> None:
        with atomic_open(path, "w", encoding="utf-8") as f:
            f.write(json.dumps(self.as_json(), ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n")

    @classmethod
    def from_json(cls, data: dict) -> "ScorerModel":
        if data.get("format") != FORMAT:
            raise KgError(f"not a kg relation scorer model (format {data.get('format')!r}, expected {FORMAT!r})",
                          value=data.get("format"))
        return cls(data["classes"], data["bias"], data["generic"], data["conjoined"], data["match"],
                   data.get("thresholds"), data.get("meta"), data.get("compatible", ()))


@lru_cache(maxsize=4)
def load(path: str | None = None) -> ScorerModel | None:
    """The scorer at path (default: the shipped one); None where no shipped model exists."""
    p = Path(path) if path else MODEL_PATH
    if not p.is_file():
        if path:
            raise KgError(f"relation scorer model {str(p)!r} not found (train one with: kg scorer train)",
                          value=str(p))
        return None
    return ScorerModel.from_json(json.loads(p.read_text(encoding="utf-8")))


_ACTIVE: list[ScorerModel | None] = []       # a model set by ``using`` (cross-validation) wins


class using:
    """Context manager: score with ``model`` (None: rules alone) instead of the shipped model."""

    def __init__(self, model: ScorerModel | None):
        self.model = model

    def __enter__(self):
        _ACTIVE.append(self.model)
        return self.model

    def __exit__(self, *exc):
        _ACTIVE.pop()


def active_model() -> ScorerModel | None:
    if _ACTIVE:
        return _ACTIVE[-1]
    return load(_model_path()) if enabled() else None


@lru_cache(maxsize=1)
def _reader() -> FeatureReader:
    from kg.language import pos
    from kg.language.lexicon import load_lexicon
    from ontology import vocabulary
    return FeatureReader(load_lexicon(), pos.load(), vocabulary().symmetric)


# --- decisions --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Decision:
    """What the scorer does with one (subject, relation, object) in one sentence."""
    sentence: int
    subject: Mention
    relation: str
    object: Mention
    probability: float
    by_rule: bool
    keep: bool


def decide(model: ScorerModel, candidates: Sequence[Candidate], rule_keys: set[tuple[str, str, str, int]],
           symmetric: frozenset[str], every: bool = True) -> list[Decision]:
    """Per (sentence, subject, relation, object): the best probability over the sentence's mention
    pairs, and whether it passes (keep threshold for a rule's relation, add threshold otherwise).

    ``every``: a decision for every class of every pair (training needs them all to choose
    thresholds); otherwise only for what a rule claimed or what reaches its add threshold (the
    pipeline: nothing else can change)."""
    import numpy as np
    if not candidates:
        return []
    probs = model.probabilities([c.features for c in candidates])
    if every:
        entries = zip(*np.nonzero(np.ones_like(probs, dtype=bool)))
    else:
        add = np.array([model.threshold(split_class(c)[0], "add") for c in model.classes])
        col = model._class_index
        fired = [(row, col[f[2:]]) for row, c in enumerate(candidates) for f in c.features
                 if f.startswith("r=") and f[2:] in col]
        entries = set(zip(*np.nonzero(probs >= add))) | set(fired)
    best: dict[tuple, tuple[float, Mention, Mention]] = {}
    classes = [split_class(name) for name in model.classes]
    for row, ci in sorted(entries):
        c = candidates[row]
        p = float(probs[row, ci])
        rel, d = classes[ci]
        subj, obj = (c.b, c.a) if d == "<" else (c.a, c.b)
        key = (c.sentence, subj.entity_id, rel, obj.entity_id)
        if rel in symmetric and (c.sentence, obj.entity_id, rel, subj.entity_id) in best:
            key = (c.sentence, obj.entity_id, rel, subj.entity_id)
            subj, obj = obj, subj
        if key not in best or p > best[key][0]:
            best[key] = (p, subj, obj)
    out = []
    for (sent, s, rel, o), (p, subj, obj) in best.items():
        by_rule = (s, rel, o, sent) in rule_keys or (rel in symmetric and (o, rel, s, sent) in rule_keys)
        t = model.threshold(rel, "keep" if by_rule else "add")
        out.append(Decision(sent, subj, rel, obj, p, by_rule, p >= t))
    return out


def rescore(extractor, claims: list[Claim]) -> list[Claim]:
    """The hook: claims of one article after the active scorer (none: the rules' claims unchanged).

    Adds, through the extractor's own claim maker (so that attribution, hedging and dates are read
    as for a rule's claim), the relations the scorer puts at or above their add threshold, and
    removes a rule's claim it puts below its keep threshold."""
    model = active_model()
    if model is None or not model.thresholds or not any(len(v.mentions) > 1 for v in extractor.views):
        return claims               # no model, or one that leaves every relation type to the rules
    candidates = features_of(extractor, claims)
    if not candidates:
        return claims
    index_of = {v.sentence.index: v for v in extractor.views}
    start_to_index = {v.sentence.start: v.sentence.index for v in extractor.views}
    rule_keys = {(c.subject, c.predicate, c.object, start_to_index[c.provenance.start])
                 for c in claims if c.provenance.start in start_to_index}
    symmetric = _reader().symmetric
    decisions = decide(model, candidates, rule_keys, symmetric, every=False)
    adds = [d for d in decisions if not d.by_rule and d.keep]
    if adds:
        _add(extractor, adds)
        claims = extractor.claims
    drop = {(d.subject.entity_id, d.relation, d.object.entity_id, index_of[d.sentence].sentence.start)
            for d in decisions if d.by_rule and not d.keep}
    if drop:
        claims = [c for c in claims
                  if (c.subject, c.predicate, c.object, c.provenance.start) not in drop
                  and not (c.predicate in symmetric
                           and (c.object, c.predicate, c.subject, c.provenance.start) in drop)]
    return claims


def _add(extractor, adds: Sequence[Decision]) -> None:
    """Make the scorer's new relations into claims with the extractor's claim maker."""
    for d in sorted(adds, key=lambda d: (d.sentence, d.subject.token_start, d.object.token_start, d.relation)):
        extractor.add_claim(d.sentence, d.subject, d.relation, d.object, "scorer:" + d.relation.lower(),
                            round(d.probability, 3))


def features_of(extractor, claims: Iterable[Claim]) -> list[Candidate]:
    """The candidate pairs of an article with their features (what the rules claimed among them)."""
    reader = _reader()
    by_start = {v.sentence.start: v for v in extractor.views}
    per_sentence: dict[int, list[Claim]] = {}
    for c in claims:
        v = by_start.get(c.provenance.start)
        if v is not None:
            per_sentence.setdefault(v.sentence.index, []).append(c)
    out: list[Candidate] = []
    for v in extractor.views:
        if len(v.mentions) > 1:
            out.extend(reader.candidates(v, per_sentence.get(v.sentence.index, ())))
    return out
