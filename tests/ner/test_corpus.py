"""The CoNLL reader and the re-attachment of NewsFANE-style split clitics."""
import pytest

from kg.errors import InputError
from kg.ner.corpus import TaggedSentence, desegment, read_conll
from kg.ner.labels import coarse_class, map_tag, middle_class

SNIPPET = (
    "\u200eو\tO\n"
    "قال\tO\n"
    "ان\tO\n"
    "ه\tO\n"
    "زار\tO\n"
    "ب\tO\n"
    "لدة\tB-Population-Center\n"
    "\n"
    "-DOCSTART- O\n"
    "\n"
    "التقى الوزير O\n"
)


def test_reader_splits_sentences_and_strips_marks(tmp_path):
    path = tmp_path / "tiny.conll"
    path.write_text("و\tO\nقال\tO\nسمير\tB-Politician\n\nفي O\nدمشق B-LOC\n\n\n", encoding="utf-8")
    sentences = read_conll(path)
    assert sentences == [
        TaggedSentence(("و", "قال", "سمير"), ("O", "O", "B-Politician")),
        TaggedSentence(("في", "دمشق"), ("O", "B-LOC")),
    ]


def test_reader_takes_last_column_and_skips_docstart(tmp_path):
    path = tmp_path / "s.conll"
    path.write_text(SNIPPET, encoding="utf-8")
    first, second = read_conll(path)
    assert first.tokens[0] == "و"                       # left-to-right mark removed
    assert second == TaggedSentence(("التقى",), ("O",))


def test_reader_rejects_missing_file_and_bad_lines(tmp_path):
    with pytest.raises(InputError):
        read_conll(tmp_path / "absent.conll")
    bad = tmp_path / "bad.conll"
    bad.write_text("onlyonecolumn\n", encoding="utf-8")
    with pytest.raises(InputError, match="expected 'token tag'"):
        read_conll(bad)


def test_desegment_reattaches_clitics_and_keeps_entity_tags():
    s = TaggedSentence(
        ("و", "قال", "ان", "ه", "سافر", "ل", "الامم", "المتحدة", "و", "ب", "غداد", "ب", "343", "ك", "ما"),
        ("O", "O", "O", "O", "O", "O", "B-Non-Governmental", "I-Non-Governmental", "O", "O",
         "B-Population-Center", "O", "O", "O", "O"))
    d = desegment(s)
    assert d.tokens == ("وقال", "انه", "سافر", "للامم", "المتحدة", "وبغداد", "ب", "343", "كما")
    assert d.tags == ("O", "O", "O", "B-Non-Governmental", "I-Non-Governmental", "B-Population-Center",
                      "O", "O", "O")


def test_label_mapping():
    assert map_tag("B-Politician", middle_class) == "B-Person"
    assert map_tag("I-Nation", coarse_class) == "I-LOC"
    assert map_tag("B-PERS", coarse_class) == "B-PER"
    assert map_tag("B-Group", coarse_class) == "B-MISC"
    assert map_tag("O", coarse_class) == "O"
