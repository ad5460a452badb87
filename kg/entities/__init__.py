"""Entities stage: find the mentions of an analysed article and resolve each to an entity
(``resolve``: AnalysedArticle -> ResolvedArticle).

The stage is a list of passes (kg.entities.driver.SENTENCE_PASSES, then ARTICLE_PASSES), one
module per kind of name:

- ``matching``: the token-trie matcher every pass uses (names read through proclitics);
- ``registered``: names the registry knows and the article's country they vote for;
- ``generic``: descriptions of state actors (الجيش، القوات الحكومية);
- ``context``: names read through their context (nationality adjectives, armies, capitals);
- ``cues``: names a cue word introduces (مدينة X، بلدات X وY، وقال فلان);
- ``regions``: countryside and direction regions (ريف حلب الغربي، شمال إسرائيل);
- ``ner``: the statistical recogniser's names;
- ``coreference``: definite anaphors (المدينة، العاصمة) and names found once, propagated;
- ``names`` and ``spans``: shapes of names and the span record the passes share;
- ``driver``: ``resolve``, running the passes in order.
"""
from kg.entities.driver import ARTICLE_PASSES, SENTENCE_PASSES, resolve
from kg.entities.spans import Span, sentence_text

__all__ = ["ARTICLE_PASSES", "SENTENCE_PASSES", "Span", "resolve", "sentence_text"]
