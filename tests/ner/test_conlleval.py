"""conlleval chunk rules and scores on hand-made tag sequences."""
import pytest
from hypothesis import given, settings, strategies as st

from kg.ner.conlleval import Chunk, chunks, evaluate


def test_iob2_chunks():
    assert chunks(["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-LOC"]) == [
        Chunk("PER", 0, 2), Chunk("LOC", 3, 4), Chunk("LOC", 4, 6)]


def test_i_after_o_or_other_type_starts_a_chunk():
    assert chunks(["O", "I-ORG", "I-ORG", "I-PER"]) == [Chunk("ORG", 1, 3), Chunk("PER", 3, 4)]


def test_chunk_at_sentence_end_is_closed():
    assert chunks(["O", "B-LOC"]) == [Chunk("LOC", 1, 2)]
    assert chunks([]) == []


def test_iobes_chunks():
    assert chunks(["S-PER", "B-ORG", "E-ORG", "O"]) == [Chunk("PER", 0, 1), Chunk("ORG", 1, 3)]


def test_exact_span_scoring_and_micro_average():
    gold = [["B-PER", "I-PER", "O", "B-LOC"], ["B-ORG", "I-ORG", "O"]]
    pred = [["B-PER", "O", "O", "B-LOC"], ["B-ORG", "I-ORG", "B-MISC"]]
    report = evaluate(gold, pred, classes=("PER", "LOC", "ORG"))
    per, loc, org = report.score("PER"), report.score("LOC"), report.score("ORG")
    assert (per.gold, per.predicted, per.correct) == (1, 1, 0)      # boundary error counts as wrong
    assert (loc.precision, loc.recall, loc.f1) == (1.0, 1.0, 1.0)
    assert org.f1 == 1.0
    assert report.score("MISC").predicted == 1
    micro = report.micro                                              # MISC left out of the micro average
    assert (micro.gold, micro.predicted, micro.correct) == (3, 3, 2)
    assert micro.f1 == pytest.approx(2 / 3)
    assert report.tokens == 7
    assert report.token_accuracy == pytest.approx(5 / 7)


def test_wrong_type_same_span_is_wrong():
    report = evaluate([["B-PER", "I-PER"]], [["B-ORG", "I-ORG"]])
    assert report.score("PER").recall == 0.0
    assert report.score("ORG").precision == 0.0
    assert report.micro.f1 == 0.0


def test_length_mismatch_is_an_error():
    with pytest.raises(ValueError):
        evaluate([["O", "O"]], [["O"]])


def _reference_chunks(tags):
    """The conlleval rules applied at every tag (no skipping of O runs)."""
    from kg.ner.conlleval import _ends, _split, _starts
    out, start, prev_prefix, prev_type = [], None, "O", ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, typ = _split(tag)
        if start is not None and _ends(prev_prefix, prev_type, prefix, typ):
            out.append(Chunk(prev_type, start, i))
            start = None
        if _starts(prev_prefix, prev_type, prefix, typ):
            start = i
        prev_prefix, prev_type = prefix, typ
    return out


_TAGS = ["O", "O", "O", "B-PER", "I-PER", "B-LOC", "I-LOC", "E-LOC", "S-ORG", "I-ORG", "O-X", "-X-", ""]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_TAGS), max_size=30))
def test_chunks_skip_runs_of_o_without_changing_a_chunk(tags):
    assert chunks(tags) == _reference_chunks(tags)
