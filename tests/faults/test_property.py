"""Property-based tests (hypothesis): on any Unicode or any bytes, the readers, the normaliser,
the tokeniser, the sentence splitter and the per-article extractor never crash, and every offset
points at the text it claims."""
from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from kg import ingest
from kg.arabic import analyse, normalise, split_sentences, tokenise
from kg.ingest import clean_text, decode, find_boilerplate, make_article, read_jsonl_lines, split_points
from kg.types import Article, Skipped

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

ARABIC_LETTERS = [chr(c) for c in range(0x0621, 0x064B)]
MARKS = [chr(c) for c in range(0x064B, 0x0653)] + ["\u0670", "\u0640"]          # harakat, dagger alef, tatweel
FORMAT = ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e",
          "\u2066", "\u2067", "\u2068", "\u2069", "\u061c", "\ufeff", "\u00ad"]
PUNCT = list(".!?؟،؛;:…\"'«»()[]{}<>`-–—/\\|#@%&*") + ["\n", "\r", " ", "\t", "\u00a0"]
DIGITS = list("0123456789٠١٢٣٤٥٦٧٨٩")
LATIN = list("abcXYZéß")
WORDS = ["قوات", "النظام", "السوري", "حمص", "مدينة", "هيئة", "تحرير", "الشام", "سيطرت", "على", "قال", "إن",
         "حزب", "الله", "الجيش", "اللبناني", "المرصد", "لحقوق", "الإنسان", "وفقاً", "لرويترز", "انسحبت", "من",
         "القصير", "هاجمت", "إسرائيل", "بلدة", "الخيام", "أبو", "محمد", "الحلبي", "القيادي", "دخلت", "فصائل",
         "المعارضة", "دمشق", "العاصمة", "مساء", "السبت"]

ARABIC_ISH = st.text(alphabet=st.sampled_from(ARABIC_LETTERS + MARKS + FORMAT + PUNCT + DIGITS + LATIN), max_size=200)
ANY_TEXT = st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=200)
TEXTS = st.one_of(ARABIC_ISH, ANY_TEXT)
NEWS_LIKE = st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from(PUNCT + FORMAT + ["\n\n", "\r\n", ". "]),
                               ARABIC_ISH.map(lambda t: t[:12])),
                     min_size=1, max_size=60).map(" ".join)


# ---------------------------------------------------------------- normaliser

@FAST
@given(TEXTS)
def test_normalise_never_crashes_and_returns_text(text):
    assert isinstance(normalise(text), str)


@FAST
@given(ARABIC_ISH)
@example("ه\u200b\u0654")
def test_normalise_is_idempotent_on_arabic_text(text):
    once = normalise(text)
    assert normalise(once) == once


@FAST
@given(ANY_TEXT)
def test_normalise_is_idempotent_on_any_text(text):
    once = normalise(text)
    assert normalise(once) == once


# ---------------------------------------------------------------- tokeniser and sentences

@FAST
@given(TEXTS, st.integers(min_value=0, max_value=10_000))
def test_token_offsets_point_at_their_text(text, offset):
    tokens = tokenise(text, offset)
    previous_end = offset
    for t in tokens:
        assert text[t.start - offset:t.end - offset] == t.text
        assert t.start >= previous_end and t.end > t.start
        assert t.norm == normalise(t.text)
        previous_end = t.end


@FAST
@given(TEXTS)
def test_sentence_spans_are_ordered_trimmed_and_in_the_text(text):
    previous_end = 0
    for s, e in split_sentences(text):
        assert previous_end <= s < e <= len(text)
        assert not text[s].isspace() and not text[e - 1].isspace()
        assert any(ch.isalnum() for ch in text[s:e])
        previous_end = e


@FAST
@given(st.one_of(TEXTS, NEWS_LIKE))
def test_analysed_sentences_and_tokens_point_at_the_article_text(text):
    article = make_article("p", text, "-")
    for sentence in analyse(article).sentences:
        assert article.text[sentence.start:sentence.end] == sentence.text
        for t in sentence.tokens:
            assert article.text[t.start:t.end] == t.text
            assert sentence.start <= t.start < t.end <= sentence.end


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(NEWS_LIKE)
def test_extractor_never_crashes_and_mentions_point_at_their_text(text):
    from kg.pipeline import extract_article
    article = make_article("p", text, "-")
    assume(ingest._usable(article.text) is None)
    x = extract_article(article)
    ids = {e.id for e in x.entities}
    for m in x.mentions:
        assert article.text[m.start:m.end] == m.text and m.entity_id in ids
    for c in x.claims:
        p = c.provenance
        assert article.text[p.start:p.end] == p.sentence
        assert c.subject in ids and c.object in ids


# ---------------------------------------------------------------- ingest

@FAST
@given(st.binary(max_size=600))
@example(b"\xff\xfe\x00")
@example(b"\xfe\xff\xd8\x00")
@example(b"\xff\xfe\x00\x00\x00\x00\x11\x00")
def test_decode_returns_text_or_raises_value_error(data):
    try:
        text = decode(data)
    except ValueError:
        return
    assert isinstance(text, str)


@FAST
@given(st.binary(max_size=600))
def test_read_txt_on_any_bytes_yields_articles_or_skips(data):
    for item in ingest.read_txt(Path("any.txt"), data=data):
        assert isinstance(item, (Article, Skipped))
        if isinstance(item, Article):
            item.text.encode("utf-8")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.binary(max_size=400),
                 st.text(max_size=200).map(lambda t: f"<html><body><p>{t}</p><script>{t}</script></body></html>".encode(
                     "utf-8", "surrogatepass"))))
def test_read_html_on_any_bytes_yields_articles_or_skips(data):
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "page.html"
        path.write_bytes(data)
        for item in ingest.read_html(path):
            assert isinstance(item, (Article, Skipped))


JSON_VALUES = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
                           lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
                           max_leaves=5)
RECORDS = st.fixed_dictionaries({}, optional={
    "id": st.one_of(JSON_VALUES, st.text(min_size=1)), "text": st.one_of(TEXTS, NEWS_LIKE, JSON_VALUES),
    "html": st.one_of(st.text(max_size=80), JSON_VALUES), "published": JSON_VALUES, "url": JSON_VALUES,
    "title": JSON_VALUES}).map(lambda d: json.dumps(d, ensure_ascii=False))


@FAST
@given(st.lists(st.one_of(ANY_TEXT, RECORDS, RECORDS.map(lambda r: r.replace("\"", "\\ud800\"", 1))), max_size=5))
def test_read_jsonl_lines_yields_only_articles_or_skips_with_line_numbers(lines):
    for item in read_jsonl_lines(lines, "feed"):
        assert isinstance(item, (Article, Skipped))
        n = int(item.origin.split("#")[0].rsplit(":", 1)[1])
        assert 1 <= n <= len(lines)
        if isinstance(item, Skipped):
            assert f"line {n}" in item.reason
        else:
            for value in (item.id, item.text, item.title or "", item.url or "", item.origin):
                value.encode("utf-8")


@FAST
@given(TEXTS)
def test_clean_text_is_idempotent_and_leaves_no_controls(text):
    cleaned = clean_text(text)
    assert clean_text(cleaned) == cleaned
    cleaned.encode("utf-8")
    assert not ingest._FORMAT_CONTROLS.search(cleaned) and not ingest._CONTROLS.search(cleaned)
    assert "\r" not in cleaned


@FAST
@given(st.one_of(TEXTS, NEWS_LIKE), st.integers(min_value=1, max_value=60))
def test_split_points_cover_the_text_in_parts_no_longer_than_the_limit(text, limit):
    spans = split_points(text, limit)
    assert "".join(text[s:e] for s, e in spans) == text
    assert all(0 < e - s <= limit for s, e in spans) or text == ""
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:]))


@FAST
@given(st.one_of(TEXTS, NEWS_LIKE))
def test_boilerplate_spans_lie_inside_the_text(text):
    for s, e in find_boilerplate(text):
        assert 0 <= s < e <= len(text)


@FAST
@given(st.one_of(st.text(max_size=40), st.dates().map(str), st.datetimes().map(lambda d: d.isoformat() + "Z"),
                 st.from_regex(r"\d{4}-\d{2}-\d{2}", fullmatch=True)))
def test_published_is_a_real_iso_date_or_none(value):
    import datetime
    published = make_article("a", "نص", "-", published=value).published
    assert published is None or datetime.date.fromisoformat(published).isoformat() == published
