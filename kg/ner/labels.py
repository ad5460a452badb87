"""Label sets: NewsFANE's 50 fine classes, the model's middle classes, coarse PER/LOC/ORG/MISC, ontology types.

The model predicts *middle* classes: fine enough to type a node (Country, City, Government, Media ...),
coarse enough that each has training data. NewsFANE's person sub-classes (Politician, Athlete ...)
are merged: the text rarely tells them apart and the graph only needs Person.

NewsFANE follows the ACE-style taxonomy of Alotaibi & Lee (2014), where ``Group`` (العرب، المسلمين،
الاسرائيليين) and ``Police`` (a police or army officer, by name) are *person* classes, not organisations.
"""
from __future__ import annotations

import json
from importlib import resources
from types import MappingProxyType

from kg.language.names import RECOGNISED

COARSE = ("PER", "LOC", "ORG", "MISC")
SCORED = ("PER", "LOC", "ORG")

#: The label sets, data in kg/ner/labels.json (a class name of the corpus is no type of ours).
LABELS = json.loads(resources.files(__package__).joinpath("labels.json").read_text(encoding="utf-8"))
_UNKNOWN = LABELS["unknown_middle"]
_FINE_TO_MIDDLE = {fine: middle for middle, fines in LABELS["middle_classes"].items() for fine in fines}
MIDDLE_TO_COARSE = dict(LABELS["middle_to_coarse"])

#: Middle class -> entity type code in ontology/kg.ttl (absent: not a node type of ours); the
#: pipeline may retype an organisation to an armed group from context. Data: ontology/roles.json.
MIDDLE_TO_ONTOLOGY = MappingProxyType({middle: RECOGNISED.get(middle) for middle in MIDDLE_TO_COARSE})

#: Label spellings of other corpora -> ours (ANERcorp writes PERS).
_ALIASES = dict(LABELS["aliases"])

#: Inverse of MIDDLE_TO_COARSE for corpora that are already coarse.
_COARSE_TO_MIDDLE = dict(LABELS["coarse_to_middle"])


def middle_class(fine: str) -> str:
    """Middle class of a NewsFANE fine class or of a coarse class (unknown fine classes become Misc)."""
    if fine in MIDDLE_TO_COARSE:
        return fine
    coarse = _ALIASES.get(fine, fine)
    if coarse in _COARSE_TO_MIDDLE:
        return _COARSE_TO_MIDDLE[coarse]
    return _FINE_TO_MIDDLE.get(fine, _UNKNOWN)


def coarse_class(label_type: str) -> str:
    """PER/LOC/ORG/MISC of any class name we know (fine, middle or coarse, ANERcorp's PERS too)."""
    if label_type in MIDDLE_TO_COARSE:
        return MIDDLE_TO_COARSE[label_type]
    alias = _ALIASES.get(label_type, label_type)
    if alias in COARSE:
        return alias
    return MIDDLE_TO_COARSE[_FINE_TO_MIDDLE.get(label_type, _UNKNOWN)]


def map_tag(tag: str, to) -> str:
    """Apply a class mapping to an IOB tag: map_tag('B-Politician', middle_class) -> 'B-Person'."""
    if tag == "O" or "-" not in tag:
        return "O"
    prefix, _, cls = tag.partition("-")
    return f"{prefix}-{to(cls)}"
