"""Tokenisation with offsets, normalisation and clitic splitting."""
from hypothesis import given, settings
from hypothesis import strategies as st

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


def test_normalise_equals_the_camel_tools_functions():
    """normalise's one-pass character table is camel-tools' dediac + alef + alef maksura (+ marks)."""
    import gzip
    from importlib import resources

    from camel_tools.utils.dediac import dediac_ar
    from camel_tools.utils.normalize import normalize_alef_ar, normalize_alef_maksura_ar

    from kg.ner.text import normalise

    def reference(word):
        word = "".join(c for c in word if c not in "\u200e\u200f\u200c\u200d\ufeff\u0640")
        return normalize_alef_maksura_ar(normalize_alef_ar(dediac_ar(word)))

    samples = ["أَعْلَنَ", "إِلى", "آمال", "ٱلله", "مُصطفى", "ـــقال", "\u200eبغداد\u200f", "رَّ", "ABC 12",
               "كِتَابٌ", "عيسى", "٣٤"]
    raw = resources.files("kg.ner").joinpath("lexicons", "arabic_word_frequency.tsv.gz").read_bytes()
    samples += [line.split("\t")[0] for line in gzip.decompress(raw).decode("utf-8").splitlines()[1:5000]]
    every_arabic_char = "".join(chr(c) for c in range(0x0600, 0x0700))
    samples.append(every_arabic_char)
    for word in samples:
        assert normalise(word) == reference(word), word


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="قال دمشق،.\n 3.5٫_ab\u064e\u0640\u200c!?", max_size=80) | st.text(max_size=40))
def test_layout_is_tokenise_without_objects(text):
    from kg.ner.text import layout
    tokens, laid = tokenise(text), layout(text)
    assert laid.forms == [t.form for t in tokens]
    assert [laid.span(k) for k in range(len(tokens))] == tokens
    assert "".join(g + f for g, f in zip(laid.gaps, laid.forms)) + laid.gaps[-1] == text
