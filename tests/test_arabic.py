"""The Arabic stage: normalisation, proclitics, sentence splitting and token offsets."""
from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kg.arabic import analyse, normalise, phrase_key, proclitic_variants, split_sentences, tokenise
from kg.ingest import make_article

# Arabic letters, diacritics, tatweel, punctuation and spaces: the text the stage really sees.
ARABIC_TEXT = st.text(alphabet=st.sampled_from(
    list("ابتثجحخدذرسشصضطظعغفقكلمنهويءأإآؤئىة") + ["\u064b", "\u064e", "\u0650", "\u0651", "\u0652", "\u0640"]
    + list(" .،؛؟!\n:\"«»()0123456789٣") + ["\u200f", "\u200c"]), max_size=200)


@pytest.mark.parametrize("raw, expected", [
    ("أحمد", "احمد"),                     # hamza above alef
    ("إدلب", "ادلب"),                     # hamza below alef
    ("آمال", "امال"),                     # madda
    ("مستشفى", "مستشفي"),                 # alef maksura -> ya
    ("مدينة", "مدينه"),                   # teh marbuta -> heh
    ("الجـــيش", "الجيش"),               # tatweel
    ("مُحَمَّدٌ", "محمد"),                # diacritics
    ("حماة\u200f", "حماه"),              # a bidi mark carries no meaning
], ids=["hamza-above", "hamza-below", "madda", "alef-maksura", "teh-marbuta", "tatweel", "diacritics", "bidi"])
def test_normalise_unifies_letter_variants(raw, expected):
    assert normalise(raw) == expected


def test_normalise_keeps_distinct_words_distinct():
    assert normalise("حمص") != normalise("حماة")
    assert normalise("الجيش") == normalise("الجَيْش") == normalise("الجـيش")


def test_phrase_key_drops_punctuation_and_normalises():
    assert phrase_key("هيئة تحرير الشام،") == ("هيئه", "تحرير", "الشام")
    assert phrase_key("«قوات الدعم السريع»") == ("قوات", "الدعم", "السريع")


@pytest.mark.parametrize("word, prefix, stem", [
    ("وانسحبت", "و", "انسحبت"),     # conjunction
    ("للمرصد", "ل", "المرصد"),      # ل + ال written لل
    ("بحمص", "ب", "حمص"),           # preposition
    ("وبحمص", "وب", "حمص"),         # conjunction + preposition
    ("فللحكومة", "فل", "الحكومه"),  # conjunction + ل + ال
    ("كالجيش", "ك", "الجيش"),
    ("للواء", "ل", "اللواء"),       # ل + اللواء: the stem opens on ل, written with two lams
    ("وللجنة", "ول", "اللجنه"),
], ids=["wa", "lil", "bi", "wabi", "fali", "ka", "lil-lam", "wa-lil-lam"])
def test_proclitic_variants_see_through_clitics(word, prefix, stem):
    variants = proclitic_variants(normalise(word))
    assert variants[0] == ("", normalise(word)), "the bare token comes first"
    assert (prefix, stem) in variants


def test_proclitic_variants_offer_no_one_letter_stems():
    assert all(len(stem) >= 2 for _, stem in proclitic_variants("وب"))
    assert proclitic_variants("ول") == (("", "ول"),)


def test_split_sentences_on_arabic_and_latin_punctuation():
    text = "سيطرت القوات على المدينة. هل انسحب الجيش؟ نعم؛ انسحب! وقال مصدر: بلغ العدد 3.5 مليون\nسطر جديد"
    spans = split_sentences(text)
    sentences = [text[s:e] for s, e in spans]
    assert sentences == ["سيطرت القوات على المدينة.", "هل انسحب الجيش؟", "نعم؛", "انسحب!",
                         "وقال مصدر: بلغ العدد 3.5 مليون", "سطر جديد"]


@pytest.mark.parametrize("text, expected", [
    ("وقال د. منير حداد إن المستشفى امتلأ. وغادر الوفد.",
     ["وقال د. منير حداد إن المستشفى امتلأ.", "وغادر الوفد."]),
    ("حاضر أ.د. سليم نصار في الجامعة. ثم عاد.", ["حاضر أ.د. سليم نصار في الجامعة.", "ثم عاد."]),
    ("أشرف م. رامي خوري على الجسر.", ["أشرف م. رامي خوري على الجسر."]),
    # a number before the letter: a date's era or a unit, the dot ends the sentence
    ("بني السور عام 1950 م. وقال الحارس إنه قديم.", ["بني السور عام 1950 م.", "وقال الحارس إنه قديم."]),
    # no word after the dot on its line: an end
    ("رد عليه د.\nوانتهى اللقاء.", ["رد عليه د.", "وانتهى اللقاء."]),
    # a word that is no abbreviation keeps its dot an end
    ("وصل الوفد. د", ["وصل الوفد.", "د"]),
])
def test_split_sentences_keeps_title_abbreviations_inside_the_sentence(text, expected):
    assert [text[s:e] for s, e in split_sentences(text)] == expected


def test_split_sentences_drops_empty_and_punctuation_only_spans():
    text = "  ...  \n\n«»\nجملة واحدة.  "
    assert [text[s:e] for s, e in split_sentences(text)] == ["جملة واحدة."]


def test_tokenise_offsets_point_at_the_token_text():
    text = "قال المرصد السوري، إن «قوات النظام» انسحبت من بلدة معردس."
    tokens = tokenise(text)
    assert [t.text for t in tokens][:4] == ["قال", "المرصد", "السوري", "،"]
    for t in tokens:
        assert text[t.start:t.end] == t.text
        assert t.norm == normalise(t.text)


def test_tokenise_with_offset_keeps_article_offsets():
    text = "مقدمة. ثم سيطرت الفصائل على مورك."
    start = text.index("ثم")
    for t in tokenise(text[start:], start):
        assert text[t.start:t.end] == t.text


def test_tokenise_keeps_diacritics_and_tatweel_inside_a_token():
    text = "الجَيْشُ الســوري"
    assert [t.text for t in tokenise(text)] == ["الجَيْشُ", "الســوري"]
    assert [t.norm for t in tokenise(text)] == ["الجيش", "السوري"]


def test_analyse_skips_boilerplate_sentences():
    text = "سيطرت الفصائل على مورك.\nخبر آخر عن حمص | 120 قراءة\nخبر ثالث عن درعا | 98 قراءة\n"
    analysed = analyse(make_article("a", text, "-"))
    assert [s.text for s in analysed.sentences] == ["سيطرت الفصائل على مورك."]
    for s in analysed.sentences:
        assert text[s.start:s.end] == s.text


# ---------------------------------------------------------------- properties

@settings(max_examples=300, deadline=None)
@given(st.text())
def test_normalise_is_idempotent_and_total_on_any_text(text):
    once = normalise(text)
    assert isinstance(once, str)
    assert normalise(once) == once


@settings(max_examples=300, deadline=None)
@given(ARABIC_TEXT)
def test_normalise_output_has_no_diacritics_tatweel_or_letter_variants(text):
    assert not set(normalise(text)) & set("أإآىة\u0640\u064b\u064e\u0650\u0651\u0652")


@settings(max_examples=300, deadline=None)
@given(st.one_of(ARABIC_TEXT, st.text()))
def test_tokenise_offsets_always_point_at_their_text(text):
    previous_end = 0
    for t in tokenise(text):
        assert text[t.start:t.end] == t.text
        assert t.start >= previous_end and t.end > t.start
        previous_end = t.end


@settings(max_examples=300, deadline=None)
@given(st.one_of(ARABIC_TEXT, st.text()), st.integers(0, 1000))
def test_tokenise_is_the_token_regex_s_matches_with_their_norms(text, offset):
    """tokenise lays out a regex split; the plain reading of the same regex is the reference."""
    from kg.arabic import _TOKEN
    expected = [(m.start() + offset, m.end() + offset, m.group(), normalise(m.group())) for m in _TOKEN.finditer(text)]
    tokens = tokenise(text, offset)
    assert [tuple(t) for t in tokens] == expected
    assert all(type(t).__name__ == "Token" and t.norm == t[3] for t in tokens)


@settings(max_examples=300, deadline=None)
@given(st.one_of(ARABIC_TEXT, st.text()))
def test_split_sentences_spans_are_ordered_trimmed_and_non_empty(text):
    previous_end = 0
    for s, e in split_sentences(text):
        assert previous_end <= s < e <= len(text)
        chunk = text[s:e]
        assert chunk == chunk.strip()
        assert any(ch.isalnum() for ch in chunk)
        previous_end = e


@settings(max_examples=200, deadline=None)
@given(ARABIC_TEXT)
def test_analysed_sentences_and_tokens_point_at_the_article_text(text):
    analysed = analyse(make_article("p", text, "-"))
    norm_text = analysed.article.text
    for s in analysed.sentences:
        assert norm_text[s.start:s.end] == s.text
        for t in s.tokens:
            assert norm_text[t.start:t.end] == t.text
            assert s.start <= t.start < t.end <= s.end


def _sentences_by_the_letter(text: str) -> list[tuple[int, int]]:
    """split_sentences' contract spelled out character by character (the reference)."""
    import re

    from kg.arabic import _SENTENCE_END, normalise, title_abbreviations
    spans, pos = [], 0
    for m in _SENTENCE_END.finditer(text):
        word = re.search(r"(?:[^\W\d_]|[\u064b-\u065f\u0670\u0640])*\Z", text[:m.start()]).group()
        if (m.group() == "." and word and normalise(word) in title_abbreviations()
                and not re.search(r"\d\s*$", text[:m.start() - len(word)])
                and re.match(r"[ \t\u00a0]*[^\W\d_]", text[m.end():])):
            continue
        spans.append((pos, m.end() if m.group()[0] != "\n" else m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s and any(ch.isalnum() for ch in text[s:e]):
            out.append((s, e))
    return out


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=" \t\n\u00a0\u2003.!?؟;؛…_-،ab١2٣ سلم\u064e\u200f\u0640", max_size=60))
@example("م\n.س")         # a dot opening the next line follows no abbreviation
def test_sentence_spans_are_trimmed_and_hold_a_letter_or_digit(text):
    from kg.arabic import split_sentences
    assert split_sentences(text) == _sentences_by_the_letter(text)


# --- the cached camel-tools table ------------------------------------------------------------

def _camel_reference(text: str) -> str:
    """normalise() as it was written with camel-tools' functions called directly."""
    import re
    import unicodedata

    from kg.arabic import camel_normaliser
    text = unicodedata.normalize("NFKC", text) if not text.isascii() else text
    text = re.sub("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad]", "", text).replace("\u0640", "")
    return camel_normaliser()(text).casefold()


# Arabic script blocks, Latin and everything else the reader may meet, weighted towards Arabic.
ANY_TEXT = st.one_of(ARABIC_TEXT, st.text(max_size=80),
                     st.text(alphabet=st.characters(min_codepoint=0x0600, max_codepoint=0x06FF), max_size=80),
                     st.text(alphabet=st.characters(min_codepoint=0x0750, max_codepoint=0xFEFF), max_size=80))


@given(ANY_TEXT)
@settings(max_examples=400, deadline=None)
def test_cached_table_normalises_exactly_as_camel_tools(text):
    assert normalise.__wrapped__(text) == _camel_reference(text)


def test_shipped_table_is_camel_tools_table_for_its_version():
    """The table in the package is what camel-tools gives (rebuild it with kg.arabic.write_camel_table
    when camel-tools changes; another version builds its own on first use)."""
    import json

    import camel_tools

    from kg.arabic import SHIPPED_TABLE, build_camel_table
    shipped = json.loads(SHIPPED_TABLE.read_text(encoding="utf-8"))
    if shipped["camel_tools"] != camel_tools.__version__:
        pytest.skip(f"shipped table is for camel-tools {shipped['camel_tools']}")
    assert shipped["table"] == build_camel_table()
    assert not any(c.isascii() for c in shipped["table"])      # normalise() takes ASCII words on trust


def test_another_camel_tools_version_builds_and_caches_its_own_table(tmp_path, monkeypatch):
    import camel_tools

    import kg.arabic as arabic
    monkeypatch.setattr(camel_tools, "__version__", "0.0-test")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("KG_CACHE_DIR", raising=False)        # (it would override XDG_CACHE_HOME)
    arabic.camel_table.cache_clear()
    try:
        table = arabic.camel_table()
        cached = tmp_path / "kg" / "normaliser_table-camel_tools-0.0-test.json"
        assert cached.is_file() and arabic._read_table(cached) == table
        assert table["\u0629"] == "\u0647" and table["\u064e"] == ""
    finally:
        arabic.camel_table.cache_clear()


def test_a_sentence_keeps_its_token_norms_once():
    sentence = analyse(make_article("t", "وقصفت الطائرات بلدة الخيام. وانسحبت القوات من المعبر", "t.txt")).sentences[0]
    assert sentence.norms == tuple(t.norm for t in sentence.tokens)
    assert sentence.norm_set == frozenset(sentence.norms)
    assert sentence.norms is sentence.norms             # built on the first read, then kept


def test_computed_once_reads_its_function_once_on_a_frozen_record():
    from dataclasses import dataclass

    from kg.types import computed_once
    calls = []

    @dataclass(frozen=True)
    class Record:
        word: str

        @computed_once
        def doubled(self) -> str:
            calls.append(self.word)
            return self.word * 2

    r = Record("قصف")
    assert r.doubled == "قصفقصف" and r.doubled == "قصفقصف"
    assert calls == ["قصف"]


@settings(max_examples=500, deadline=None)
@given(st.text(st.sampled_from(list(".!?؟;؛…\n 12٣أبج،")), max_size=16), st.data())
@example("تقدمت القوات 3.5 كلم... ثم توقفت!؟\n\nوقال 2.", None)
def test_the_sentence_end_pattern_matches_as_written_plainly(text, data):
    from kg.arabic import _SENTENCE_END, _SENTENCE_END_PLAIN
    start = data.draw(st.integers(0, len(text))) if data is not None else 0
    end = data.draw(st.integers(start, len(text))) if data is not None else len(text)
    assert [m.span() for m in _SENTENCE_END.finditer(text, start, end)] == \
        [m.span() for m in _SENTENCE_END_PLAIN.finditer(text, start, end)]
