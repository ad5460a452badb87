"""Training and cross-validation of the relation scorer (kg.relations.scorer) on annotated articles.

Gold relations name their entities by key with aliases (see the gold SCHEMA.md); a candidate
pair's mentions are matched to gold keys the way the shared scorer matches graph nodes (its
``Matcher``, imported from the score.py beside the gold), by the entity's names and the mention
texts of that article. A pair is a positive example of ``REL>`` (a is the subject), ``REL<`` or
``REL=`` (symmetric) when the article's gold has that relation between the two keys and its
evidence overlaps the pair's sentence (or a rule found it there: a rule's hit in another sentence
that also states it is no error). Optional gold relations are left out of their class's training.

Everything is grouped by article: thresholds are chosen on out-of-fold probabilities of the
training articles only, and the cross-validated figures score each article with a model that
never saw it.
"""
from __future__ import annotations

import importlib.util
import random
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

import numpy as np

from kg.errors import KgError
from kg.relations.scorer import (OFF, Candidate, ScorerModel, class_name, decide, features_of,
                                 split_class, _reader)

KEEP_GRID = (0.0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4)
ADD_GRID = (0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7, 0.8, OFF)


def load_shared_scorer(path: str | Path):
    p = Path(path)
    if not p.is_file():
        raise KgError(f"score.py not found at {str(p)!r} (give --score-py)", value=str(p))
    spec = importlib.util.spec_from_file_location("shared_score", p)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass
class ArticleData:
    """One annotated article: its candidates, their labels, and what scoring it needs."""
    id: str
    resolved: object
    candidates: list[Candidate]
    labels: list[set[str]]                       # classes each candidate is an example of
    ignored: list[set[str]]                      # classes each candidate must not train (optional gold)
    keys: dict[str, str | None]                  # entity id -> gold key (None: no gold entity)
    gold_required: set[tuple[str, str, str]]
    gold_optional: set[tuple[str, str, str]]
    fixed: list[tuple[str, str, str]] = field(default_factory=list)   # rule claims outside every candidate
    rule_keys: set[tuple[str, str, str, int]] = field(default_factory=set)


def _norm_triple(s, p, o, symmetric):
    return (min(s, o), p, max(s, o)) if p in symmetric else (s, p, o)


def read_article(article, gold: dict, shared) -> ArticleData:
    """Analyse and resolve an article, run the rules, and label its candidate pairs."""
    from kg.arabic import analyse
    from kg.entities import resolve
    from kg.pipeline import ner_wanted
    from kg.relations.extractor import RelationExtractor

    reader = _reader()
    sym = reader.symmetric
    resolved = resolve(analyse(article), use_ner=ner_wanted())
    ex = RelationExtractor(resolved)
    claims = ex.run()
    candidates = features_of(ex, claims)
    matcher = shared.Matcher(gold)
    texts: dict[str, list[str]] = defaultdict(list)
    for m in resolved.mentions:
        texts[m.entity_id].append(m.text)
    records = {e.id: e for e in resolved.entities}
    from kg.registry import load_registry
    reg = load_registry()

    def key_of(eid):
        e = records.get(eid) or reg.entities.get(eid)
        names = [e.name, e.name_en] if e is not None else []
        return matcher.match_names(shared.keys_of(names + texts.get(eid, [])))
    eids = {m.entity_id for m in resolved.mentions} | {c.subject for c in claims} | {c.object for c in claims}
    keys = {eid: key_of(eid) for eid in eids}
    required, optional = set(), set()
    evidence: dict[tuple, list[tuple[int, int]]] = defaultdict(list)
    text = resolved.article.text
    for r in gold["relations"]:
        t = _norm_triple(r["s"], r["p"], r["o"], sym)
        (optional if r.get("optional") else required).add(t)
        ev = r.get("evidence") or ""
        at = text.find(ev) if ev else -1
        evidence[t].append((at, at + len(ev)) if at >= 0 else (-1, -1))
    sentences = {s.index: s for s in resolved.sentences}
    start_to_index = {s.start: s.index for s in resolved.sentences}
    rule_keys = {(c.subject, c.predicate, c.object, start_to_index.get(c.provenance.start, -1)) for c in claims}
    labels, ignored = [], []
    for c in candidates:
        ka, kb = keys.get(c.a.entity_id), keys.get(c.b.entity_id)
        pos, ign = set(), set()
        if ka is not None and kb is not None and ka != kb:
            s = sentences[c.sentence]
            for (gs, p, go) in required | optional:
                if {gs, go} != {ka, kb}:
                    continue
                d = "=" if p in sym else (">" if gs == ka else "<")
                name = class_name(p, d)
                if (gs, p, go) in optional:
                    ign.add(name)
                    continue
                spans = evidence[(gs, p, go)]
                here = any(a < 0 or (a < s.end and b > s.start) for a, b in spans)
                subj, obj = (c.a, c.b) if d in (">", "=") else (c.b, c.a)
                fired = (subj.entity_id, p, obj.entity_id, c.sentence) in rule_keys or \
                    (p in sym and (obj.entity_id, p, subj.entity_id, c.sentence) in rule_keys)
                if here or fired:
                    pos.add(name)
                else:
                    ign.add(name)
        labels.append(pos)
        ignored.append(ign)
    covered = set()
    for c in candidates:
        covered.add((c.a.entity_id, c.b.entity_id, c.sentence))
        covered.add((c.b.entity_id, c.a.entity_id, c.sentence))
    fixed = [(c.subject, c.predicate, c.object) for c in claims
             if (c.subject, c.object, start_to_index.get(c.provenance.start, -1)) not in covered]
    return ArticleData(article.id, resolved, candidates, labels, ignored, keys, required, optional, fixed, rule_keys)


def read_corpus(corpus_dir: str | Path, gold_dir: str | Path, score_py: str | Path,
                exclude: Sequence[str] = ()) -> list[ArticleData]:
    """Every article of corpus_dir with a gold file in gold_dir (ids in ``exclude`` left out)."""
    import json

    from kg.ingest import read_inputs
    from kg.types import Skipped

    shared = load_shared_scorer(score_py)
    golds = {}
    for p in sorted(Path(gold_dir).glob("*.json")):
        g = json.loads(p.read_text(encoding="utf-8"))
        if "article" in g and "relations" in g:
            golds[g["article"]] = g
    if not golds:
        raise KgError(f"no gold files (*.json with article and relations) in {str(gold_dir)!r}", value=str(gold_dir))
    out = []
    for item in read_inputs([str(corpus_dir)]):
        if isinstance(item, Skipped):
            continue
        stem = item.id.split("~")[0]
        if stem in golds and stem not in exclude:
            out.append(read_article(item, golds[stem], shared))
    if not out:
        raise KgError(f"no article of {str(corpus_dir)!r} has a gold file in {str(gold_dir)!r}", value=str(corpus_dir))
    return out


def read_corpora(pairs: Sequence[tuple[str | Path, str | Path]], score_py: str | Path,
                 exclude: Sequence[str] = ()) -> list[ArticleData]:
    """The annotated articles of several (corpus dir, gold dir) pairs, in order; an article id read
    twice is an error (two golds for one article)."""
    out: list[ArticleData] = []
    seen: dict[str, str] = {}
    for corpus_dir, gold_dir in pairs:
        for a in read_corpus(corpus_dir, gold_dir, score_py, exclude):
            stem = a.id.split("~")[0]
            if stem in seen:
                raise KgError(f"article {stem!r} is annotated in both {seen[stem]!r} and {str(gold_dir)!r}",
                              value=stem)
            seen[stem] = str(gold_dir)
            out.append(a)
    return out


def gold_files(pairs: Sequence[tuple[str | Path, str | Path]], ids: set[str]) -> list[Path]:
    """The gold file of each article id (stems) over the pairs' gold dirs."""
    import json
    out = []
    for _corpus, gold_dir in pairs:
        for p in sorted(Path(gold_dir).glob("*.json")):
            try:
                article = json.loads(p.read_text(encoding="utf-8")).get("article")
            except ValueError:
                continue
            if article in ids:
                out.append(p)
    return out


# --- fitting ------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Hyper:
    C: float = 0.3
    conjoin_all: bool = True          # every pair feature weighs per class (else only CONJOINED ones)
    compatible_only: bool = True      # rows only for classes seen with the pair's types (or a rule's)
    min_count: int = 2
    min_positives: int = 3
    positive_weight: float = 1.0      # sample weight of a positive (pair, class) row
    min_gain: float = 0.003           # F1 a threshold change must add on the training folds (MIN_GAIN)


def fit(articles: Sequence[ArticleData], hp: Hyper = Hyper(), meta: dict | None = None,
        classes: Sequence[str] | None = None) -> ScorerModel:
    """One logistic regression over (pair, class) rows: class biases, class-free pair weights,
    class-conjoined weights and match weights (see ScorerModel)."""
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    from kg.relations.scorer import CONJOINED, match_features

    positives = Counter(x for a in articles for lab in a.labels for x in lab)
    if classes is None:
        classes = sorted(k for k, v in positives.items() if v >= hp.min_positives)
    counts_ = Counter(f for a in articles for c in a.candidates for f in set(c.features))
    kept = {f for f, n in counts_.items() if n >= hp.min_count}
    index: dict[tuple, int] = {}

    def col(key):
        i = index.get(key)
        if i is None:
            i = index[key] = len(index)
        return i
    compatible = sorted({f"{c.a.type}|{c.b.type}|{x}" for a in articles
                         for c, lab in zip(a.candidates, a.labels) for x in lab})
    comp = set(compatible)
    rows, cols, y, w = [], [], [], []
    n = 0
    for a in articles:
        for c, lab, ign in zip(a.candidates, a.labels, a.ignored):
            feats = [f for f in dict.fromkeys(c.features) if f in kept]
            conj_here = (lambda f: f != "bias") if hp.conjoin_all else (lambda f: f.startswith(CONJOINED))
            generic = [col(("g", f)) for f in feats if not conj_here(f)]
            conj = [f for f in feats if conj_here(f)]
            tt = f"{c.a.type}|{c.b.type}"
            for ci, name in enumerate(classes):
                if hp.compatible_only and f"{tt}|{name}" not in comp and "r=" + name not in c.features:
                    continue
                rel, d = split_class(name)
                row = [col(("b", ci))] + generic + [col(("c", f, ci)) for f in conj]
                row += [col(("m", g)) for g in dict.fromkeys(match_features(c.features, rel, d))]
                rows.extend([n] * len(row))
                cols.extend(row)
                y.append(int(name in lab))
                w.append(0.0 if name in ign else hp.positive_weight if name in lab else 1.0)
                n += 1
    X = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, len(index)))
    clf = LogisticRegression(C=hp.C, solver="liblinear", max_iter=1000, fit_intercept=False, random_state=0)
    clf.fit(X, np.array(y), sample_weight=np.array(w))
    coef = clf.coef_[0]
    bias = [0.0] * len(classes)
    generic: dict[str, float] = {}
    conjoined: dict[str, list] = defaultdict(list)
    match: dict[str, float] = {}
    for key, i in index.items():
        v = round(float(coef[i]), 4)
        if key[0] == "b":
            bias[key[1]] = v
        elif abs(v) < 1e-3:
            continue
        elif key[0] == "g":
            generic[key[1]] = v
        elif key[0] == "c":
            conjoined[key[1]].append([key[2], v])
        else:
            match[key[1]] = v
    meta = dict(meta or {}, rows=n, positives={k: positives[k] for k in classes})
    return ScorerModel(classes, bias, dict(sorted(generic.items())), dict(sorted(conjoined.items())),
                       dict(sorted(match.items())), {}, meta, compatible if hp.compatible_only else ())


# --- scoring in gold-key space ----------------------------------------------------------------------

@dataclass
class Item:
    """A relation the system may output for an article: its triple in gold-key space (an endpoint
    with no gold entity gives a triple no gold has), whether a rule found it, and its probability."""
    triple: tuple
    relation: str
    by_rule: bool
    p: float


def items_of(a: ArticleData, model: ScorerModel | None, symmetric) -> list[Item]:
    out = []

    def gold_triple(s, rel, o):
        ks, ko = a.keys.get(s), a.keys.get(o)
        if ks is None or ko is None:
            return ("?", s, rel, o)
        return _norm_triple(ks, rel, ko, symmetric)
    for s, rel, o in a.fixed:
        out.append(Item(gold_triple(s, rel, o), rel, True, 1.0))
    if model is None:
        for s, rel, o, _ in a.rule_keys:
            out.append(Item(gold_triple(s, rel, o), rel, True, 1.0))
        return out
    decided = set()
    for d in decide(model, a.candidates, a.rule_keys, symmetric):
        s, o = d.subject.entity_id, d.object.entity_id
        decided.add((s, d.relation, o, d.sentence))
        if d.relation in symmetric:
            decided.add((o, d.relation, s, d.sentence))
        out.append(Item(gold_triple(s, d.relation, o), d.relation, d.by_rule, d.probability))
    # a rule's relation the model gives no probability for is kept as it is
    for s, rel, o, sent in a.rule_keys:
        if (s, rel, o, sent) not in decided:
            out.append(Item(gold_triple(s, rel, o), rel, True, 1.0))
    return out


def counts(articles_items: Sequence[tuple[ArticleData, list[Item]]], thresholds: dict[str, tuple[float, float]],
           symmetric) -> dict[str, list[int]]:
    """Per relation type [tp, fp, fn] when type t keeps a rule's relation at p >= keep and adds one at p >= add."""
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for a, items in articles_items:
        pred = set()
        for it in items:
            keep, add = thresholds.get(it.relation, (0.0, OFF))
            if it.p >= (keep if it.by_rule else add):
                pred.add(it.triple)
        for t in pred:
            rel = t[2] if t[0] == "?" else t[1]
            if t in a.gold_required:
                out[rel][0] += 1
            elif t not in a.gold_optional:
                out[rel][1] += 1
        for t in a.gold_required - pred:
            out[t[1]][2] += 1
    return out


def f1_of(table: dict[str, list[int]]) -> tuple[float, float, float]:
    tp = sum(v[0] for v in table.values())
    fp = sum(v[1] for v in table.values())
    fn = sum(v[2] for v in table.values())
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


MIN_GAIN = 0.003                  # F1 a threshold change must add on the training folds to be taken


def type_counts(articles_items, relations: Sequence[str], symmetric) -> dict[str, dict[tuple, list[int]]]:
    """Per relation type and (keep, add) of the grids: the type's [tp, fp, fn] with those thresholds.
    A type's counts depend only on its own items; an item no rule found that is below every add
    threshold is never output, so it is left out."""
    low = min(ADD_GRID)
    by_type: dict[str, list] = {rel: [] for rel in relations}
    for a, items in articles_items:
        split: dict[str, list[Item]] = defaultdict(list)
        for it in items:
            if it.relation in by_type and (it.by_rule or it.p >= low):
                split[it.relation].append(it)
        for rel in relations:
            by_type[rel].append((a, split.get(rel, [])))
    return {rel: {(keep, add): counts(by_type[rel], {rel: (keep, add)}, symmetric)[rel]
                  for keep in KEEP_GRID for add in ADD_GRID} for rel in relations}


def choose_thresholds(articles_items, relations: Sequence[str], symmetric, rounds: int = 3,
                      min_gain: float = MIN_GAIN) -> dict[str, tuple[float, float]]:
    """Coordinate ascent on micro F1 over the relation types' (keep, add) thresholds; a type stays on
    the rules alone (0, OFF) unless a change raises F1 by at least ``min_gain`` (in nested
    cross-validation on the dev articles, smaller gains did not carry over to unseen articles)."""
    per_type = type_counts(articles_items, relations, symmetric)
    base = counts(articles_items, {}, symmetric)
    chosen = {rel: (0.0, OFF) for rel in relations}

    def total(choice):
        table = {k: list(v) for k, v in base.items()}
        for rel, th in choice.items():
            table[rel] = per_type[rel][th]
        return f1_of(table)[2]
    best = total(chosen)
    for _ in range(rounds):
        changed = False
        for rel in relations:
            for th in per_type[rel]:
                trial = dict(chosen, **{rel: th})
                f = total(trial)
                if f > best + min_gain:
                    best, chosen, changed = f, trial, True
        if not changed:
            break
    return chosen


def article_folds(ids: Sequence[str], k: int, seed: int = 13) -> list[set[str]]:
    order = sorted(ids)
    random.Random(seed).shuffle(order)
    return [set(order[i::k]) for i in range(k)]


def oof_items(articles: Sequence[ArticleData], k: int, hp: Hyper, symmetric):
    """(article, items) for every article, each scored by a model trained on the other folds."""
    out = []
    for test in article_folds([a.id for a in articles], k):
        model = fit([a for a in articles if a.id not in test], hp)
        out.extend((a, items_of(a, model, symmetric)) for a in articles if a.id in test)
    return out


def train_with_thresholds(articles: Sequence[ArticleData], hp: Hyper = Hyper(), inner_k: int = 4,
                          meta: dict | None = None) -> ScorerModel:
    """The model on all given articles, with thresholds chosen on their out-of-fold probabilities."""
    symmetric = _reader().symmetric
    oof = oof_items(articles, inner_k, hp, symmetric)
    model = fit(articles, hp, meta)
    relations = sorted({split_class(c)[0] for c in model.classes})
    chosen = choose_thresholds(oof, relations, symmetric, min_gain=hp.min_gain)
    model.thresholds = {rel: {"keep": keep, "add": add} for rel, (keep, add) in sorted(chosen.items())
                        if (keep, add) != (0.0, OFF)}
    rules = f1_of(counts(oof, {}, symmetric))
    tuned = f1_of(counts(oof, chosen, symmetric))
    model.meta.update(articles=sorted(a.id for a in articles), inner_folds=inner_k,
                      hyper={"C": hp.C, "min_count": hp.min_count, "min_positives": hp.min_positives,
                             "positive_weight": hp.positive_weight, "min_gain": hp.min_gain},
                      inner_cv_relation_f1={"rules": round(rules[2], 4), "rules+scorer": round(tuned[2], 4)})
    return model


# --- cross-validation ----------------------------------------------------------------------------------

def cross_validate(articles: Sequence[ArticleData], k: int = 5, inner_k: int = 4, hp: Hyper = Hyper(),
                   log=print) -> dict[str, ScorerModel]:
    """Article id -> the model that scores it: trained (thresholds included) on the other folds only."""
    out = {}
    for i, test in enumerate(article_folds([a.id for a in articles], k), 1):
        train = [a for a in articles if a.id not in test]
        model = train_with_thresholds(train, hp, inner_k)
        log(f"fold {i}/{k}: {len(train)} training articles, {len(test)} scored; thresholds "
            + ", ".join(f"{r} keep {t['keep']} add {t['add']}" for r, t in model.thresholds.items()))
        for a in articles:
            if a.id in test:
                out[a.id] = model
    return out


def build_graph(articles: Sequence[ArticleData], models: dict[str, ScorerModel | None], path: str | Path) -> None:
    """graph.json of the articles, each article's relations scored by its model (None: rules alone)."""
    from kg.graphstore import GraphStore
    from kg.relations.extractor import extract
    from kg.relations.scorer import using

    store = GraphStore()
    for a in articles:
        with using(models.get(a.id)):
            store.merge(extract(a.resolved))
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    store.write(Path(path))


def by_type(shared, graph: str | Path, gold_dir: str | Path) -> tuple[dict, dict[str, dict]]:
    """The shared scorer's summary and, per relation type, gold/tp/fp/fn/P/R from its per-article lists."""
    import json

    summary, per_article = shared.score(str(graph), str(gold_dir))
    required = Counter()
    for p in sorted(Path(gold_dir).glob("*.json")):
        g = json.loads(p.read_text(encoding="utf-8"))
        required.update(r["p"] for r in g.get("relations", []) if not r.get("optional"))
    missed, spurious = Counter(), Counter()
    for art in per_article.values():
        missed.update(t[1] for t in art["missed_relations"])
        spurious.update(t[1] for t in art["spurious_relations"])
        spurious.update(t[1] for t in art["relations_with_unknown_endpoint"])
    table = {}
    for typ in sorted(set(required) | set(spurious)):
        tp, fp, fn = required[typ] - missed[typ], spurious[typ], missed[typ]
        p, r, f = shared.prf(tp, fp, fn)
        table[typ] = {"gold": required[typ], "tp": tp, "fp": fp, "fn": fn, "precision": p, "recall": r, "f1": f}
    return summary, table
