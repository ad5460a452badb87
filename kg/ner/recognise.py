"""The pipeline's entry point: raw Arabic text in, entity spans with character offsets out."""
from __future__ import annotations

from dataclasses import dataclass

from kg.ner.conlleval import chunks
from kg.ner.features import generic_word_class
from kg.ner.labels import MIDDLE_TO_ONTOLOGY, coarse_class
from kg.ner.model import NerModel, load
from kg.ner.text import Span, layout, normalise
from kg.types import quick_init

_SENTENCE_END = frozenset(".!?؟…")
_MAX_SENTENCE_TOKENS = 200
_STRIPPABLE = ("وبال", "وكال", "فبال", "وال", "فال", "بال", "كال", "و", "ف", "ب", "ل", "ك")


@quick_init
@dataclass(frozen=True)
class NerSpan:
    """A recognised name: ``text == source[start:end]``.

    label: PER, LOC, ORG or MISC. fine: the model's finer class (Person, Group, Nation,
    Population-Center, Region, Facility, Government, Media, Sports, Organization, Misc).
    score: mean CRF marginal probability of the span's tags (0..1).
    """
    start: int
    end: int
    text: str
    label: str
    fine: str | None
    score: float

    @property
    def ontology_type(self) -> str | None:
        """Entity type code of ontology/kg.ttl for the fine class, None when it is not a node type."""
        return MIDDLE_TO_ONTOLOGY.get(self.fine) if self.fine else None


def sentences_of(text: str, tokens: list[Span]) -> list[list[Span]]:
    """Cut a token list after sentence-final marks, at line breaks and every 200 tokens."""
    gaps = [text[:tokens[0].start] if tokens else text] + [text[a.end:b.start] for a, b in zip(tokens, tokens[1:])]
    return [tokens[a:b] for a, b in sentence_bounds([t.form for t in tokens], gaps)]


def sentence_bounds(forms: list[str], gaps: list[str]) -> list[tuple[int, int]]:
    """Token ranges of the sentences: cut after sentence-final marks, where the white space before a
    token holds a line break, and every 200 tokens (``gaps[k]``: the text before token k)."""
    cuts = {k + 1 for k, form in enumerate(forms) if form in _SENTENCE_END}
    cuts.update(k for k, gap in enumerate(gaps[:len(forms)]) if "\n" in gap)
    cuts.discard(0)
    cuts.add(len(forms))
    out, start = [], 0
    for cut in sorted(cuts):
        while cut - start > _MAX_SENTENCE_TOKENS:
            out.append((start, start + _MAX_SENTENCE_TOKENS))
            start += _MAX_SENTENCE_TOKENS
        if cut > start:
            out.append((start, cut))
            start = cut
    return out


def _clitic_free_start(token: Span, gazetteer) -> int:
    """Offset where the name starts inside its first word: after و/ب/ل... when what is left is
    clearly a word of its own ('والعراق' -> 'العراق', 'ودمشق' -> 'دمشق' if دمشق is a known name)."""
    norm = normalise(token.form)
    if len(norm) != len(token.form):          # diacritics or tatweel: offsets would not line up
        return token.start
    for prefix in _STRIPPABLE:
        rest = norm[len(prefix):]
        if not norm.startswith(prefix) or len(rest) < 2:
            continue
        if prefix.endswith("ال"):
            return token.start + len(prefix) - 2
        if rest.startswith("ال") and len(rest) >= 4:
            return token.start + len(prefix)
        if gazetteer is not None and gazetteer.tag([rest])[0] and not gazetteer.tag([norm])[0]:
            return token.start + len(prefix)
    return token.start


def recognise(text: str, model: NerModel | None = None) -> list[NerSpan]:
    """Named entities in raw text, in text order. The text is one document: a name's cues in one
    sentence help find it in the next ones. The shipped model is loaded once and cached."""
    model = model or load()
    spans: list[NerSpan] = []
    tokens = layout(text)
    bounds = sentence_bounds(tokens.forms, tokens.gaps)
    tagged = model.tag_document_with_marginals([tokens.forms[a:b] for a, b in bounds])
    place = model.gazetteers.get("place")
    generic: dict[str, bool] = {}         # per word form, for this text (a long one repeats its names)
    inside: dict[str, int] = {}           # per word form, where a name starts inside it
    for (offset, _), (tags, marginals) in zip(bounds, tagged):
        if tags.count("O") == len(tags):
            continue                                      # most sentences: nothing to chunk
        for chunk in chunks(tags):
            first, last = tokens.span(offset + chunk.start), tokens.span(offset + chunk.end - 1)
            form = first.form
            if chunk.end - chunk.start == 1:
                alone = generic.get(form)
                if alone is None:
                    alone = generic[form] = bool(generic_word_class(form))
                if alone:
                    continue                              # 'المدينة' alone is 'the city', not Medina
            shift = inside.get(form)
            if shift is None:
                shift = inside[form] = _clitic_free_start(Span(0, len(form), form), place)
            start = first.start + shift
            score = sum(marginals[chunk.start:chunk.end]) / (chunk.end - chunk.start)
            spans.append(NerSpan(start, last.end, text[start:last.end], coarse_class(chunk.type),
                                 chunk.type, round(score, 4)))
    return spans

