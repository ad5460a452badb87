"""Part of speech of Arabic words: a CRF trained on the UD Arabic-PUD treebank, scored fast.

Tokens are raw words as the pipeline sees them (clitics attached: وقال، بالمدينة); a word the
treebank splits into several syntactic words takes the tag of its host (the first open-class
part: و+قال is VERB, ب+المدينة is NOUN), so the tags are the 17 UD UPOS tags.

Features are decomposable: a position's features are the word's own (affixes, shape, form) plus
what each neighbour shows it (the neighbour's form and affixes). A CRF's state score is a sum of
weights, so three weight rows per distinct word form (as itself, as left and as right neighbour)
are computed once and cached; a sentence's scores are three row gathers and a sum, decoded by
Viterbi over the learned transitions. The model is plain JSON (weights per feature and label):
``kg pos train`` rebuilds it from the treebank, ``kg pos eval`` reports ten-fold accuracy.
"""
from __future__ import annotations

import json
import random
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from kg.arabic import normalise
from kg.errors import KgError
from kg.fsutil import atomic_open
from kg.memo import Memo

MODEL_PATH = Path(__file__).parent / "models" / "pos_pud.json"
BOS, EOS = "<s>", "</s>"
OPEN_CLASS = ("VERB", "NOUN", "PROPN", "ADJ", "NUM", "ADV", "X")
CLITIC_CLASS = ("CCONJ", "ADP", "PART", "PRON")
VERBAL = frozenset({"VERB", "AUX"})
NOMINAL = frozenset({"NOUN", "PROPN", "ADJ"})


# --- the treebank -------------------------------------------------------------------------------

@dataclass(frozen=True)
class TaggedSentence:
    id: str
    words: tuple[str, ...]             # raw words (clitics attached), as written
    tags: tuple[str, ...]              # UPOS of each word's host


def host_tag(tags: Sequence[str]) -> str:
    """The tag of a raw word from the tags of its syntactic words: its first open-class part,
    else its first part that is not a conjunction, else its first part."""
    for t in tags:
        if t in OPEN_CLASS:
            return t
    for t in tags:
        if t != "CCONJ":
            return t
    return tags[0]


def read_conllu(path: str | Path) -> list[TaggedSentence]:
    """Raw words and host tags of every sentence of a CoNLL-U file."""
    p = Path(path)
    if not p.is_file():
        raise KgError(f"treebank file {str(p)!r} not found (a CoNLL-U file such as ar_pud-ud-test.conllu)",
                      value=str(p))
    out: list[TaggedSentence] = []
    sid, words, tags = "", [], []
    span: tuple[int, int, str] | None = None
    parts: list[str] = []
    for line in p.read_text(encoding="utf-8").splitlines():
        if line.startswith("# sent_id"):
            sid = line.split("=", 1)[1].strip()
            continue
        if not line.strip():
            if words:
                out.append(TaggedSentence(sid, tuple(words), tuple(tags)))
            words, tags, span, parts = [], [], None, []
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 4:
            raise KgError(f"{p.name}: not a CoNLL-U line: {line[:60]!r}", value=line[:60])
        ident = cols[0]
        if "." in ident:
            continue
        if "-" in ident:
            a, b = ident.split("-")
            span, parts = (int(a), int(b), cols[1]), []
            continue
        i = int(ident)
        if span is not None and span[0] <= i <= span[1]:
            parts.append(cols[3])
            if i == span[1]:
                words.append(span[2])
                tags.append(host_tag(parts))
                span = None
            continue
        words.append(cols[1])
        tags.append(cols[3])
    if words:
        out.append(TaggedSentence(sid, tuple(words), tuple(tags)))
    if not out:
        raise KgError(f"{p.name}: no sentences in it", value=str(p))
    return out


# --- features -----------------------------------------------------------------------------------

def _shape(w: str) -> str:
    if w in (BOS, EOS):
        return w
    if not w:
        return "E"
    if not w[0].isalnum():
        return "P"
    if any(c.isdigit() for c in w):
        return "D"
    if w.isascii():
        return "L"
    return "A"


def own_features(w: str) -> list[str]:
    """What a word shows at its own position (w is normalised)."""
    if w in (BOS, EOS):
        return [w]
    f = ["b", "w=" + w, "sh=" + _shape(w), "n=" + str(min(len(w), 8))]
    for k in (1, 2, 3):
        if len(w) > k:
            f.append(f"p{k}={w[:k]}")
            f.append(f"s{k}={w[-k:]}")
    if len(w) > 4:
        f.append("c=" + w[1:-1][:3])             # the letters after a first-letter prefix
    stem = w[1:] if len(w) > 3 and w[0] in "وف" else w
    if stem != w:                                # a conjunction clitic: the word behind it
        f += ["cw=" + stem, "cp2=" + stem[:2], "cs2=" + stem[-2:], "cn=" + str(min(len(stem), 8))]
    article = next((stem[len(a):] for a in ("ال", "بال", "لل", "كال") if stem.startswith(a) and len(stem) > len(a) + 1),
                   None)
    if article is not None:                      # a definite word: its shape behind the article
        f += ["def", "dp1=" + article[:1], "ds2=" + article[-2:], "dn=" + str(min(len(article), 8))]
    elif len(stem) > 3:
        f.append("t=" + stem[0] + str(len(stem)) + stem[-1])   # a template's shape: first letter, length, last
    return f


def side_features(w: str, side: str) -> list[str]:
    """What a word shows to the word beside it (side '-1': it is on the left, '+1': on the right)."""
    if w in (BOS, EOS):
        return [side + w]
    f = [f"{side}w={w}", f"{side}sh={_shape(w)}"]
    if len(w) > 2:
        f.append(f"{side}p2={w[:2]}")
        f.append(f"{side}s2={w[-2:]}")
    return f


def sentence_features(norms: Sequence[str]) -> list[list[str]]:
    padded = [BOS, *norms, EOS]
    return [own_features(padded[i]) + side_features(padded[i - 1], "-1") + side_features(padded[i + 1], "+1")
            for i in range(1, len(padded) - 1)]


# --- the model ----------------------------------------------------------------------------------

class PosModel:
    """CRF weights (feature -> label -> weight, transitions) scored with cached per-form rows."""

    def __init__(self, labels: Sequence[str], state: dict[str, dict[str, float]],
                 transitions: dict[str, dict[str, float]], meta: dict | None = None):
        self.labels = tuple(labels)
        self.index = {l: i for i, l in enumerate(self.labels)}
        self.meta = meta or {}
        n = len(self.labels)
        self.state = state
        self._w: dict[str, np.ndarray] = {}
        for feat, row in state.items():
            v = np.zeros(n)
            for lab, wt in row.items():
                v[self.index[lab]] = wt
            self._w[feat] = v
        self.trans = np.zeros((n, n))
        for a, row in transitions.items():
            for b, wt in row.items():
                self.trans[self.index[a], self.index[b]] = wt
        self._matrix = np.zeros((1024, n))      # row 0: a form with no known feature
        self._size = 1
        self._own = Memo(lambda w: self._row(own_features(w)), 300_000)
        self._left = Memo(lambda w: self._row(side_features(w, "-1")), 300_000)
        self._right = Memo(lambda w: self._row(side_features(w, "+1")), 300_000)

    def _row(self, feats: Iterable[str]) -> int:
        """The index of a new row holding the summed weights of feats (0 when none is known)."""
        rows = [self._w[f] for f in feats if f in self._w]
        if not rows:
            return 0
        if self._size == len(self._matrix):
            self._matrix = np.concatenate([self._matrix, np.zeros_like(self._matrix)])
        self._matrix[self._size] = np.sum(rows, axis=0)
        self._size += 1
        return self._size - 1

    def scores(self, norms: Sequence[str]) -> np.ndarray:
        """State scores (words x labels) of a sentence of normalised words."""
        padded = [BOS, *norms, EOS]
        own = list(map(self._own.__getitem__, padded[1:-1]))
        left = list(map(self._left.__getitem__, padded[:-2]))
        right = list(map(self._right.__getitem__, padded[2:]))
        m = self._matrix                        # after the lookups: a miss may grow it
        return m.take(own, axis=0) + m.take(left, axis=0) + m.take(right, axis=0)

    def tag_norms(self, norms: Sequence[str]) -> tuple[str, ...]:
        """Tags of a sentence of normalised words."""
        if not norms:
            return ()
        padded = [BOS, *norms, EOS]
        own = np.fromiter(map(self._own.__getitem__, padded[1:-1]), np.int64, len(norms))
        left = np.fromiter(map(self._left.__getitem__, padded[:-2]), np.int64, len(norms))
        right = np.fromiter(map(self._right.__getitem__, padded[2:]), np.int64, len(norms))
        labels = self.labels
        return tuple(map(labels.__getitem__, _decode(self._matrix, own, left, right, self.trans).tolist()))

    def tag(self, words: Sequence[str]) -> tuple[str, ...]:
        """UPOS tags of raw words (normalised here)."""
        return self.tag_norms([normalise(w) for w in words])

    def as_json(self) -> dict:
        trans: dict[str, dict[str, float]] = {}
        for i, a in enumerate(self.labels):
            for j, b in enumerate(self.labels):
                if self.trans[i, j]:
                    trans.setdefault(a, {})[b] = round(float(self.trans[i, j]), 4)
        return {"format": "kg-pos-crf/1", "labels": list(self.labels), "meta": self.meta,
                "transitions": trans, "state": self.state}

    def save(self, path: str | Path) -> None:
        with atomic_open(path, "w", encoding="utf-8") as f:
            f.write(json.dumps(self.as_json(), ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n")

    @classmethod
    def from_json(cls, data: dict) -> "PosModel":
        if data.get("format") != "kg-pos-crf/1":
            raise KgError(f"not a kg POS model (format {data.get('format')!r}, expected 'kg-pos-crf/1')",
                          value=data.get("format"))
        return cls(data["labels"], data["state"], data["transitions"], data.get("meta"))


@lru_cache(maxsize=4)
def load(path: str | None = None) -> PosModel:
    p = Path(path) if path else MODEL_PATH
    if not p.is_file():
        raise KgError(f"POS model {str(p)!r} not found (train one with: kg pos train TREEBANK)", value=str(p))
    return PosModel.from_json(json.loads(p.read_text(encoding="utf-8")))


def tag(tokens: Sequence) -> tuple[str, ...]:
    """UPOS tags of a sentence's tokens (kg.types.Token, using their norms) with the shipped model."""
    return load().tag_norms([t.norm for t in tokens])


def _viterbi_loops(scores, trans):
    n, k = scores.shape
    back = np.zeros((n, k), dtype=np.int64)
    best = scores[0].copy()
    nxt = np.empty(k)
    for i in range(1, n):
        for b in range(k):
            arg, top = 0, best[0] + trans[0, b]
            for a in range(1, k):
                v = best[a] + trans[a, b]
                if v > top:
                    arg, top = a, v
            back[i, b] = arg
            nxt[b] = top + scores[i, b]
        best[:] = nxt
    path = np.empty(n, dtype=np.int64)
    path[n - 1] = best.argmax()
    for i in range(n - 1, 0, -1):
        path[i - 1] = back[i, path[i]]
    return path


def _decode_loops(matrix, own, left, right, trans):
    scores = np.empty((len(own), matrix.shape[1]))
    for i in range(len(own)):
        scores[i] = matrix[own[i]] + matrix[left[i]] + matrix[right[i]]
    return _viterbi(scores, trans)


def _decode_numpy(matrix, own, left, right, trans):
    return np.asarray(_viterbi(matrix[own] + matrix[left] + matrix[right], trans))


def _viterbi_numpy(scores, trans):
    n = len(scores)
    back = np.zeros(scores.shape, dtype=np.int64)
    best = scores[0]
    for i in range(1, n):
        cand = best[:, None] + trans
        back[i] = cand.argmax(axis=0)
        best = cand.max(axis=0) + scores[i]
    path = [int(best.argmax())]
    for i in range(n - 1, 0, -1):
        path.append(int(back[i, path[-1]]))
    return path[::-1]


try:                                  # compiled loop when numba is installed (a dependency)
    import numba
    _viterbi = numba.njit(cache=True, nogil=True)(_viterbi_loops)
    _decode = numba.njit(cache=True, nogil=True)(_decode_loops)
except ImportError:                   # pragma: no cover
    _viterbi, _decode = _viterbi_numpy, _decode_numpy


# --- training and evaluation --------------------------------------------------------------------

def train(sentences: Sequence[TaggedSentence], *, c1: float = 0.1, c2: float = 0.01,
          iterations: int = 150, min_freq: int = 1, meta: dict | None = None) -> PosModel:
    """A CRF (L-BFGS, elastic net) trained with sklearn-crfsuite; its weights kept as plain JSON."""
    crf = fit_crf(sentences, c1=c1, c2=c2, iterations=iterations, min_freq=min_freq)
    return from_crf(crf, meta)


def crf_input(words: Sequence[str]) -> list[dict[str, float]]:
    """A sentence's features as crfsuite takes them."""
    return [{f: 1.0 for f in feats} for feats in sentence_features([normalise(w) for w in words])]


def fit_crf(sentences: Sequence[TaggedSentence], *, c1: float, c2: float, iterations: int, min_freq: int = 1):
    import sklearn_crfsuite

    crf = sklearn_crfsuite.CRF(algorithm="lbfgs", c1=c1, c2=c2, max_iterations=iterations,
                               min_freq=min_freq, all_possible_transitions=True)
    crf.fit([crf_input(s.words) for s in sentences], [list(s.tags) for s in sentences])
    return crf


def from_crf(crf, meta: dict | None = None) -> PosModel:
    """The weights of a fitted sklearn-crfsuite CRF as a PosModel."""
    state: dict[str, dict[str, float]] = {}
    for (feat, lab), w in crf.state_features_.items():
        if abs(w) >= 1e-4:
            state.setdefault(feat, {})[lab] = round(float(w), 4)
    trans: dict[str, dict[str, float]] = {}
    for (a, b), w in crf.transition_features_.items():
        trans.setdefault(a, {})[b] = round(float(w), 4)
    return PosModel(sorted(crf.classes_), state, trans, meta)


@dataclass(frozen=True)
class Accuracy:
    words: int
    correct: int
    verb_noun_words: int                # words whose gold tag is verbal or nominal
    verb_noun_correct: int              # ... whose predicted tag is in the same group

    @property
    def accuracy(self) -> float:
        return self.correct / self.words if self.words else 0.0

    @property
    def verb_noun(self) -> float:
        return self.verb_noun_correct / self.verb_noun_words if self.verb_noun_words else 0.0

    def __add__(self, other: "Accuracy") -> "Accuracy":
        return Accuracy(self.words + other.words, self.correct + other.correct,
                        self.verb_noun_words + other.verb_noun_words,
                        self.verb_noun_correct + other.verb_noun_correct)


def _group(tag: str) -> str:
    return "V" if tag in VERBAL else "N" if tag in NOMINAL else tag


def evaluate(model: PosModel, sentences: Sequence[TaggedSentence]) -> Accuracy:
    words = correct = vn = vn_ok = 0
    for s in sentences:
        pred = model.tag(s.words)
        for g, p in zip(s.tags, pred):
            words += 1
            correct += g == p
            if g in VERBAL or g in NOMINAL:
                vn += 1
                vn_ok += _group(g) == _group(p)
    return Accuracy(words, correct, vn, vn_ok)


def folds(n: int, k: int, seed: int = 13) -> list[list[int]]:
    """k disjoint test folds over n sentences (shuffled with a fixed seed)."""
    order = list(range(n))
    random.Random(seed).shuffle(order)
    return [sorted(order[i::k]) for i in range(k)]


def cross_validate(sentences: Sequence[TaggedSentence], k: int = 10, **hp) -> list[Accuracy]:
    out = []
    for test in folds(len(sentences), k):
        held = set(test)
        model = train([s for i, s in enumerate(sentences) if i not in held], **hp)
        out.append(evaluate(model, [sentences[i] for i in test]))
    return out
