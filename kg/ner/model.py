"""Training and loading the CRF (python-crfsuite).

A model is two files: ``NAME.crfsuite`` (the CRF) and ``NAME.crfsuite.json`` (feature version,
hyperparameters, training corpus digest, and the gazetteer the features were computed with).
L-BFGS training is deterministic, so the same corpus and hyperparameters give the same model.
"""
from __future__ import annotations

import functools
import hashlib
import json
import threading
import time
from dataclasses import asdict, dataclass
from importlib import resources
from pathlib import Path
from typing import Sequence

import pycrfsuite

from kg.errors import InputError
from kg.memo import disk_cached, files_stamp
from kg.ner import corpus as corpus_mod
from kg.ner import gazetteer as gazetteer_mod
from kg.ner.features import (DOC_WINDOW, FEATURE_VERSION, document_features, nonlocal_features, training_vocabulary,
                             word_zipf)
from kg.ner.labels import map_tag, middle_class

DEFAULT_MODEL_NAME = "newsfane_crf.crfsuite"

# Our own sentences on which the fast scorer must give crfsuite's scores before it is used.
_SELF_CHECK = (
    "أعلن وزير الخارجية سامي الحداد في مؤتمر صحفي عقده في عمان أمس أن وفدا من جامعة الدول العربية سيزور بغداد .",
    "وقال المتحدث باسم حركة النهضة الوطنية إن قوات الجيش انسحبت من بلدة الرمادي والقرى المحيطة بها .",
    "واستقبل الحداد في قصر قرطاج السفير الياباني كينجي ناكامورا بحضور مدير شركة الكهرباء في تونس .",
    "وقال الحداد إن الوفد سيزور دمشق بعد بغداد .",
)


@dataclass(frozen=True)
class Hyperparameters:
    """CRF settings, chosen on NewsFANE hold-outs (every 10th sentence; contiguous 10% blocks 3 and 7),
    never on ANERcorp. L-BFGS has no random state: same corpus + settings = same model."""
    c1: float = 0.1               # L1: keeps the model sparse and small
    c2: float = 0.05              # L2
    max_iterations: int = 300
    min_feature_freq: int = 1
    all_possible_transitions: bool = True
    # Decoding, not training: added to every B- label's score, a prior toward starting a name
    # (recall is the weak side). Hold-out blocks 3 and 7, mean micro F1: 0 -> 0.713, 0.5 -> 0.716,
    # 1.0 -> 0.717, 1.25 -> 0.721, 1.5 -> 0.720, 2.0 -> 0.716 (the same on every label: 0.5 -> 0.718).
    begin_bias: float = 1.25


def sidecar(model_path: Path) -> Path:
    return model_path.with_name(model_path.name + ".json")


def default_model_path() -> Path:
    return Path(str(resources.files("kg.ner").joinpath("models", DEFAULT_MODEL_NAME)))


def training_sequences(path: Path, segmented: bool = True):
    """Sentences of the training corpus as raw-like words with middle-class tags."""
    sentences = corpus_mod.read_conll(path)
    if segmented:
        sentences = [corpus_mod.desegment(s) for s in sentences]
    return [corpus_mod.TaggedSentence(s.tokens, tuple(map_tag(t, middle_class) for t in s.tags))
            for s in sentences]


def train(corpus_path: Path, model_path: Path, hp: Hyperparameters = Hyperparameters(),
          registry: list[Path] | None = None, segmented: bool = True, log=print) -> Path:
    """Train on a CoNLL corpus (NewsFANE: clitic-segmented, fine classes) and write the model files.

    ``registry``: JSON-lines files whose names become a gazetteer feature; None means the project
    registry (ontology/actors.jsonl and places.jsonl), [] means none. Their digests are recorded.
    """
    corpus_path, model_path = Path(corpus_path), Path(model_path)
    sentences = training_sequences(corpus_path, segmented)
    registry = gazetteer_mod.default_registry_files() if registry is None else list(registry)
    gazetteers = gazetteer_mod.build(registry, sentences)
    vocabulary = training_vocabulary(sentences)
    log(f"{len(sentences)} sentences, {sum(len(s.tokens) for s in sentences)} words; "
        "name lists " + ", ".join(f"{k} {sum(map(len, g.names.values()))}" for k, g in gazetteers.items()))
    trainer = pycrfsuite.Trainer(verbose=False)
    # The corpus does not mark article boundaries: its sentences, in order, are one long document.
    xseqs = document_features([s.tokens for s in sentences], gazetteers, vocabulary)
    for s, xseq in zip(sentences, xseqs):
        trainer.append(xseq, list(s.tags))
    trainer.set_params({
        "c1": hp.c1, "c2": hp.c2, "max_iterations": hp.max_iterations,
        "feature.minfreq": hp.min_feature_freq,
        "feature.possible_transitions": hp.all_possible_transitions,
    })
    model_path.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    trainer.train(str(model_path))
    log(f"trained in {time.perf_counter() - started:.0f}s -> {model_path} "
        f"({model_path.stat().st_size / 1e6:.1f} MB)")
    meta = {
        "feature_version": FEATURE_VERSION,
        "hyperparameters": asdict(hp),
        "corpus": {"file": corpus_path.name, "sha256": _sha256(corpus_path), "segmented": segmented},
        "registry": [{"file": p.name, "sha256": _sha256(p)} for p in registry],
        "labels": sorted({t for s in sentences for t in s.tags}),
        "gazetteers": {k: g.to_json() for k, g in gazetteers.items()},
        "vocabulary": sorted(vocabulary),
    }
    sidecar(model_path).write_text(json.dumps(meta, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return model_path


def pycrfsuite_tagger(model_path: Path) -> pycrfsuite.Tagger:
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_path))
    return tagger


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class NerModel:
    """A loaded CRF with its gazetteer; ``tag`` maps a word sequence to middle-class IOB tags."""

    def __init__(self, model_path: Path):
        model_path = Path(model_path)
        if not model_path.is_file():
            raise InputError(f"no NER model at {model_path}", value=str(model_path))
        meta_path = sidecar(model_path)
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.is_file() else {}
        if meta.get("feature_version", FEATURE_VERSION) != FEATURE_VERSION:
            raise InputError(f"{model_path} was trained with feature version {meta['feature_version']}, "
                             f"this code computes version {FEATURE_VERSION}; retrain it", value=str(model_path))
        self.path = model_path
        self.meta = meta
        self.gazetteers, self.vocabulary = disk_cached("ner-lists", _file_stamp(meta_path, "ner-lists"),
                                                       functools.partial(_name_lists, meta))
        self._tagger = pycrfsuite_tagger(model_path)
        word_zipf()                              # the word-frequency list loads with the model, not mid-text
        self._lock = threading.Lock()            # a crfsuite tagger holds per-call state
        self.begin_bias = float(meta.get("hyperparameters", {}).get("begin_bias", 0.0))

    def tag(self, tokens: Sequence[str]) -> list[str]:
        """Tags of one sentence taken as a document of its own."""
        return self.tag_document([tokens])[0]

    def tag_document(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """Tags of each sentence of a document (neighbouring sentences lend non-local features)."""
        fast = self.fast
        if fast is not None:
            with self._lock:
                return [tags for tags, _ in fast.tag(sentences, marginals=False, window=DOC_WINDOW)]
        return [self._tag(xseq) if xseq else [] for xseq in self.document_features(sentences)]

    def document_features(self, sentences: Sequence[Sequence[str]]) -> list[list[list[str]]]:
        """The feature strings crfsuite is given for a document (its fallback path, and the fast
        scorer's self-check)."""
        return document_features(sentences, self.gazetteers, self.vocabulary)

    def _tag(self, xseq: list[list[str]]) -> list[str]:
        with self._lock:
            return self._tagger.tag(xseq)

    def features(self, tokens: Sequence[str]) -> list[list[str]]:
        """Features of one sentence taken as a document of its own."""
        return self.document_features([tokens])[0]

    def tag_with_marginals(self, tokens: Sequence[str]) -> tuple[list[str], list[float]]:
        """Best tags of one sentence (a document of its own) and, per token, the marginal
        probability of its tag (1.0 for O: not computed)."""
        return self.tag_document_with_marginals([tokens])[0]

    @functools.cached_property
    def fast(self):
        """The same CRF scored from cached per-word weights (kg.ner.fastcrf), or None when its scores
        differ from those of crfsuite's input on our sample sentences (then crfsuite tags).
        Reading the weights out of crfsuite and checking them takes ~0.3 s, so the checked scorer is
        kept on disk (kg.memo.disk_cached) while kg's code and this model file are unchanged."""
        import warnings
        fast, problem = disk_cached("ner-fast", _file_stamp(self.path, "ner-fast"), self._checked_fast)
        if problem:
            warnings.warn(f"{self.path}: {problem}", stacklevel=2)
            return None
        return fast.with_features(self.gazetteers, self.vocabulary)

    def _checked_fast(self):
        """(the fast scorer, None) when it gives crfsuite's scores on our sample sentences, else
        (None, what is wrong)."""
        from kg.ner.fastcrf import FastCrf
        from kg.ner.text import tokenise
        try:
            fast = FastCrf.from_tagger(self._tagger, self.gazetteers, self.vocabulary)
            sample = [[t.form for t in tokenise(line)] for line in _SELF_CHECK]
            reference = self.document_features(sample)
            checked = fast.check(sample, reference, nonlocal_features(sample)) \
                and fast.check(sample, reference, window=DOC_WINDOW)
        except Exception as exc:  # noqa: BLE001 - the fast scorer is an optimisation: never fatal
            return None, f"fast NER scorer unavailable ({type(exc).__name__}: {exc})"
        if checked:
            fast.set_begin_bias(self.begin_bias)
            return fast, None
        return None, ("fast NER scores differ from crfsuite's; tagging with crfsuite"
                      + (f" (without the model's begin_bias {self.begin_bias})" if self.begin_bias else ""))

    def tag_document_with_marginals(self, sentences: Sequence[Sequence[str]]) -> list[tuple[list[str], list[float]]]:
        """``tag_with_marginals`` for each sentence of a document: by the fast scorer when it checked
        out (crfsuite's scores, ~3x faster, plus the begin_bias prior), else by crfsuite."""
        fast = self.fast
        if fast is not None:
            with self._lock:
                return fast.tag(sentences, window=DOC_WINDOW)
        return [self._tag_with_marginals(xseq) for xseq in self.document_features(sentences)]

    def _tag_with_marginals(self, xseq: list[list[str]]) -> tuple[list[str], list[float]]:
        if not xseq:
            return [], []
        with self._lock:
            tags = self._tagger.tag(xseq)
            return tags, [1.0 if t == "O" else self._tagger.marginal(t, i) for i, t in enumerate(tags)]


def _name_lists(meta: dict) -> tuple[dict, frozenset[str] | None]:
    """(gazetteers, vocabulary) saved with a model (indexing the gazetteers takes ~0.1 s)."""
    gazetteers = {k: gazetteer_mod.Gazetteer.from_json(v) for k, v in meta.get("gazetteers", {}).items()}
    return gazetteers, (frozenset(meta["vocabulary"]) if "vocabulary" in meta else None)


def _file_stamp(path: Path, what: str) -> str:
    """files_stamp of kg's code and data, and of ``path`` (a model may live outside the package)."""
    return files_stamp(Path(__file__).parents[1], path, extra=(what,))


@functools.lru_cache(maxsize=4)
def load(model_path: str | None = None) -> NerModel:
    """The model at ``model_path`` (default: the one shipped in the package), loaded once."""
    return NerModel(Path(model_path) if model_path else default_model_path())
