"""Tokenisation with offsets, normalisation and clitic splitting."""
from kg.ner.text import normalise, split_proclitics, tokenise


def test_tokens_point_at_the_text():
    text = "قال الرئيسُ: إنّ 3.5% من سكّان دمشق، (وحلب) غادروا."
    spans = tokenise(text)
    assert all(text[s.start:s.end] == s.form for s in spans)
    assert [s.form for s in spans] == ["قال", "الرئيسُ", ":", "إنّ", "3.5", "%", "من", "سكّان", "دمشق", "،",
                                       "(", "وحلب", ")", "غادروا", "."]


def test_normalise_matches_newsfane_spelling():
    assert normalise("إلى") == "الي"
    assert normalise("أحمدُ") == "احمد"
    assert normalise("مـــصر") == "مصر"


def test_split_proclitics():
    assert split_proclitics("وبالقاهرة") == ("وبال", "قاهرة")
    assert split_proclitics("للامم") == ("لل", "امم")
    assert split_proclitics("في") == ("", "في")
