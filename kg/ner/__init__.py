"""Statistical Arabic named-entity recognition (a CRF trained on NewsFANE, see models/NOTICE.md).

``recognise(text)`` returns ``NerSpan`` records with character offsets into the raw text; the
shipped model loads once per process. Training and scoring live in ``kg.ner.model`` and
``kg.ner.evaluate`` and are driven by ``kg ner train`` / ``kg ner eval``.
"""
from __future__ import annotations

from kg.ner.recognise import NerSpan, recognise

__all__ = ["NerSpan", "recognise"]
