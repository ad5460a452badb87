"""conlleval chunk rules and scores on hand-made tag sequences."""
import pytest

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
