"""recognise() on our own Arabic sentences: spans point at the text and find the obvious names."""
import dataclasses

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kg.ner import NerSpan, recognise
from kg.ner.recognise import sentences_of
from kg.ner.text import tokenise

TEXT = ("قال الرئيس اللبناني ميشال عون في بيروت يوم الأحد إن وزارة الخارجية ستتابع الملف. "
        "وأعلنت الأمم المتحدة أن وفداً سيزور العاصمة السورية دمشق والعراق الأسبوع المقبل.\n"
        "والتقى رئيس الوزراء محمد حسين بالسفير الفرنسي في القاهرة.")


@pytest.fixture(scope="module")
def spans():
    return recognise(TEXT)


def test_spans_are_frozen_records_that_point_at_the_text(spans):
    assert spans, "no entity found"
    for s in spans:
        assert isinstance(s, NerSpan)
        assert TEXT[s.start:s.end] == s.text
        assert s.text == s.text.strip() and s.text
        assert s.label in ("PER", "LOC", "ORG", "MISC")
        assert 0.0 < s.score <= 1.0
    assert [s.start for s in spans] == sorted(s.start for s in spans)
    with pytest.raises(dataclasses.FrozenInstanceError):
        spans[0].label = "ORG"


def _found(spans, text, label):
    return any(s.text == text and s.label == label for s in spans)


def test_finds_places_people_and_organisations(spans):
    assert _found(spans, "بيروت", "LOC")
    assert _found(spans, "دمشق", "LOC")
    assert _found(spans, "القاهرة", "LOC")
    assert _found(spans, "الأمم المتحدة", "ORG")
    assert any(s.label == "PER" and "عون" in s.text for s in spans)


def test_leading_conjunction_is_left_out_of_the_span(spans):
    assert _found(spans, "العراق", "LOC")            # written 'والعراق' in the text
    iraq = next(s for s in spans if s.text == "العراق")
    assert TEXT[iraq.start - 1] == "و"


def test_fine_class_types_the_node(spans):
    cairo = next(s for s in spans if s.text == "القاهرة")
    assert cairo.fine in ("Population-Center", "Nation", "Region")
    assert cairo.ontology_type in ("City", "Country", "Region")


def test_empty_and_entity_free_text():
    assert recognise("") == []
    assert recognise("   \n ") == []
    assert all(s.label != "PER" for s in recognise("ذهب إلى السوق صباحاً."))


def test_sentences_split_at_final_marks_and_line_breaks():
    text = "ذهب أحمد. وعاد سمير\nثم نام"
    parts = sentences_of(text, tokenise(text))
    assert [[t.form for t in p] for p in parts] == [["ذهب", "أحمد", "."], ["وعاد", "سمير"], ["ثم", "نام"]]



def test_the_text_is_tagged_as_one_document(spans):
    """recognise() tags the whole text at once, as kg ner eval tags a corpus file: its spans are the
    chunks of the model's document tagging, and its words lend each other non-local features."""
    from kg.ner.conlleval import chunks
    from kg.ner.features import nonlocal_features
    from kg.ner.model import load

    sentences = [[t.form for t in s] for s in sentences_of(TEXT, tokenise(TEXT))]
    expected = [c.type for tags in load().tag_document(sentences) for c in chunks(tags)]
    assert [s.fine for s in spans] == expected
    # 'الرئيس' and 'رئيس' share a stem in different sentences: the document lends features
    assert any(feats for sentence in nonlocal_features(sentences) for feats in sentence)


def _reference_sentences(text, tokens):
    """Token by token: cut after a final mark, before a token after a line break, every 200 tokens."""
    out, current = [], []
    for tok in tokens:
        if current and ("\n" in text[current[-1].end:tok.start] or len(current) >= 200):
            out.append(current)
            current = []
        current.append(tok)
        if tok.form in ".!?؟…":
            out.append(current)
            current = []
    return out + ([current] if current else [])


@settings(max_examples=200, deadline=None)
@example("قال " * 450 + "." + " دمشق" * 200 + ".\n" + "x " * 401)
@given(st.lists(st.sampled_from(["قال", "دمشق", ".", "؟", "\n", " ", "،", "…", "x"]), max_size=700).map("".join))
def test_sentence_cuts_follow_the_token_by_token_rule(text):
    assert sentences_of(text, tokenise(text)) == _reference_sentences(text, tokenise(text))


def test_a_name_repeated_through_a_text_is_found_each_time_without_its_clitic():
    """Words are looked at once per text (a long text repeats them): every occurrence still gets
    its own offsets, the clitic left out of each."""
    sentence = "وصل الوفد إلى بيروت ثم زار والعراق بعد ذلك. "
    text = sentence * 6
    iraq = [s for s in recognise(text) if s.text == "العراق"]
    assert len(iraq) == 6
    assert all(text[s.start - 1] == "و" and text[s.start:s.end] == "العراق" for s in iraq)
    assert len({s.start for s in iraq}) == 6
