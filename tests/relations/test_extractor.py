"""The relations stage end to end on one hand-built article (our own sentences), read with a
small lexicon and registry passed in: the state carried from sentence to sentence (the discourse
topic), the trigger's context (a future verb is hedged) and the credited source."""
from __future__ import annotations

from kg.arabic import tokenise
from kg.ingest import make_article
from kg.relations.extractor import RelationExtractor, extract
from kg.types import Mention, ResolvedArticle, Sentence

from tests.relations.helpers import small_lexicon, small_registry

HTS, HAMA, IDLIB, REUTERS = ("هيئة تحرير الشام", "hts", "ArmedGroup"), ("حماة", "hama", "City"), \
    ("إدلب", "idlib", "City"), ("رويترز", "reuters", "MediaOutlet")
LEXICON = small_lexicon(reporting_verbs={"قال", "قالت"})


def resolved(sentences: list[tuple[str, list]]) -> ResolvedArticle:
    """An article of the given sentences (joined by a space), each with its mentions."""
    text = " ".join(s for s, _ in sentences)
    article = make_article("t", text, "-")
    out, mentions, offset = [], [], 0
    for index, (s, spans) in enumerate(sentences):
        tokens = tokenise(s)
        tokens = tuple(t._replace(start=t.start + offset, end=t.end + offset) for t in tokens)
        out.append(Sentence(index, offset, offset + len(s), s, tokens))
        for surface, eid, typ in spans:
            i = next(i for i, t in enumerate(tokens) if t.text.endswith(surface.split()[0]))
            j = i + len(surface.split())
            mentions.append(Mention("t", index, tokens[i].start, tokens[j - 1].end, surface, eid, typ, "registry", i, j))
        offset += len(s) + 1
    return ResolvedArticle(article, tuple(out), tuple(mentions), ())


ARTICLE = [("وقالت وكالة رويترز إن هيئة تحرير الشام سيطرت على حماة.", [REUTERS, HTS, HAMA]),
           ("وستسيطر على إدلب بعد أيام.", [IDLIB])]


def test_the_topic_carries_to_the_next_sentence_and_a_future_verb_is_hedged():
    claims = RelationExtractor(resolved(ARTICLE), LEXICON, small_registry()).run()
    got = {(c.subject, c.predicate, c.object): c.provenance for c in claims}
    assert set(got) == {("hts", "CAPTURED", "hama"), ("hts", "CAPTURED", "idlib")}
    first, second = got["hts", "CAPTURED", "hama"], got["hts", "CAPTURED", "idlib"]
    assert (first.rule, first.hedged, first.attributed_to) == ("captured:verb:before", False, "reuters")
    assert (second.rule, second.hedged) == ("captured:verb:discourse", True)


def test_extract_reads_with_the_lexicon_and_registry_passed_in():
    extraction = extract(resolved(ARTICLE), registry=small_registry(), lexicon=LEXICON)
    assert {(c.subject, c.predicate, c.object) for c in extraction.claims} == {("hts", "CAPTURED", "hama"),
                                                                                ("hts", "CAPTURED", "idlib")}
    assert extract(resolved(ARTICLE), registry=small_registry(), lexicon=small_lexicon()).claims != ()
    no_trigger = small_lexicon()
    no_trigger.forms.clear()
    assert extract(resolved(ARTICLE), registry=small_registry(), lexicon=no_trigger).claims == ()
