"""Scoring a model on a tagged corpus at the coarse level (PER/LOC/ORG, plus MISC in the table)."""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

from kg.ner import corpus as corpus_mod
from kg.ner.conlleval import Report, evaluate
from kg.ner.labels import SCORED, coarse_class, map_tag
from kg.ner.model import NerModel


def evaluate_sentences(model: NerModel, sentences: Sequence[corpus_mod.TaggedSentence],
                       classes: Sequence[str] = SCORED) -> Report:
    """Tag the sentences' tokens as given and score coarse chunks against the gold tags. The
    sentences are taken in order as one document (a corpus file does not mark its articles), so
    non-local features see the neighbouring sentences, as they see the article in the pipeline."""
    gold = [[map_tag(t, coarse_class) for t in s.tags] for s in sentences]
    predicted = [[map_tag(t, coarse_class) for t in tags]
                 for tags in model.tag_document([s.tokens for s in sentences])]
    return evaluate(gold, predicted, classes)


def evaluate_file(model: NerModel, path: Path, segmented: bool = False,
                  classes: Sequence[str] = SCORED) -> Report:
    """Score on a CoNLL file; ``segmented`` re-attaches NewsFANE-style split clitics first."""
    sentences = corpus_mod.read_conll(path)
    if segmented:
        sentences = [corpus_mod.desegment(s) for s in sentences]
    return evaluate_sentences(model, sentences, classes)
