"""The ingest stage: .txt, .html, .jsonl, directories and stdin into Articles; what cannot be
used becomes a Skipped record with its reason; boilerplate is marked, never extracted from."""
from __future__ import annotations

import io
import json
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.ingest import content_hash, decode, find_boilerplate, read_inputs, read_jsonl_lines, read_stdin
from kg.types import Article, Skipped

BODY = "سيطرت قوات الدعم السريع على مدينة الفاشر بعد معارك عنيفة مع الجيش السوداني."
BODY2 = "وقال المتحدث باسم الجيش إن وحداته انسحبت من المدينة حفاظا على أرواح المدنيين."

HTML = f"""<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>عنوان الخبر</title></head>
<body>
<nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/s">قسم الأخبار العاجلة</a></li></ul></nav>
<article><h1>عنوان الخبر</h1>
<p>{BODY} وأضافت المصادر أن الاشتباكات استمرت حتى ساعات الفجر الأولى في الأحياء الشرقية.</p>
<p>{BODY2} وأكدت مصادر محلية أن آلاف المدنيين نزحوا نحو البلدات المجاورة خلال الأيام الماضية.</p>
</article>
<aside><h3>اقرأ أيضاً</h3><ul><li><a href="/x">تقرير منفصل عن مخيم اليرموك وقصة لاجئيه المنسية</a></li></ul></aside>
</body></html>"""


def _items(paths):
    items = list(read_inputs([str(p) for p in paths]))
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Skipped)]


# ---------------------------------------------------------------- files

def test_txt_article_id_is_the_file_stem(tmp_path):
    p = tmp_path / "khabar_1.txt"
    p.write_text(BODY + "\r\n" + BODY2, encoding="utf-8")
    (art,), skipped = _items([p])
    assert not skipped
    assert art.id == "khabar_1"
    assert art.text == BODY + "\n" + BODY2, "line endings are unified"
    assert art.origin == str(p)
    assert art.content_hash == content_hash(art.text)


def test_html_keeps_paragraphs_and_drops_nav_and_aside_teaser(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(HTML, encoding="utf-8")
    (art,), skipped = _items([p])
    assert not skipped
    assert art.id == "page"
    assert BODY in art.text and BODY2 in art.text
    assert "مخيم اليرموك" not in art.text, "the <aside> teaser of another story is dropped"
    assert "الأخبار العاجلة" not in art.text, "navigation is dropped"
    assert art.title == "عنوان الخبر"


def test_jsonl_malformed_line_is_reported_with_its_number_and_the_rest_is_read(tmp_path):
    p = tmp_path / "feed.jsonl"
    lines = [json.dumps({"id": "a1", "text": BODY, "published": "2024-12-01T10:00:00Z", "url": "https://x/1"},
                        ensure_ascii=False),
             '{"id": "a2", "text": "نص مقطوع',
             "",
             json.dumps({"id": "a3", "text": BODY2, "title": "عنوان"}, ensure_ascii=False)]
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    arts, skipped = _items([p])
    assert [a.id for a in arts] == ["a1", "a3"]
    assert arts[0].published == "2024-12-01"
    assert arts[0].url == "https://x/1"
    assert arts[1].title == "عنوان"
    assert arts[0].origin == f"{p}:1" and arts[1].origin == f"{p}:4"
    (bad,) = skipped
    assert bad.origin == f"{p}:2"
    assert "line 2" in bad.reason and "JSON" in bad.reason


def test_jsonl_records_without_id_or_text_are_skipped_with_a_reason(tmp_path):
    p = tmp_path / "feed.jsonl"
    p.write_text("\n".join([json.dumps({"text": BODY}, ensure_ascii=False),
                            json.dumps({"id": "b2"}),
                            json.dumps({"id": "b3", "text": "English only"}),
                            json.dumps(["not", "an", "object"])]), encoding="utf-8")
    arts, skipped = _items([p])
    assert arts == []
    reasons = {s.origin.rsplit(":", 1)[1]: s.reason for s in skipped}
    assert "no 'id'" in reasons["1"]
    assert "neither 'text' nor 'html'" in reasons["2"]
    assert "no Arabic" in reasons["3"]
    assert "no 'id'" in reasons["4"]


def test_jsonl_html_field_is_extracted(tmp_path):
    p = tmp_path / "feed.jsonl"
    p.write_text(json.dumps({"id": "h1", "html": HTML, "published": "2024-11-30"}, ensure_ascii=False),
                 encoding="utf-8")
    (art,), skipped = _items([p])
    assert BODY in art.text and "مخيم اليرموك" not in art.text
    assert art.published == "2024-11-30"


def test_directory_is_read_recursively_and_unusable_files_are_reported(tmp_path):
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "sub" / "deeper" / "b.txt").write_text(BODY2, encoding="utf-8")
    (tmp_path / "sub" / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "sub" / "english.txt").write_text("No Arabic here at all.", encoding="utf-8")
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "c.txt").write_text(BODY, encoding="utf-8")
    arts, skipped = _items([tmp_path])
    assert sorted(a.id for a in arts) == ["a", "b"]
    reasons = {s.origin.rsplit("/", 1)[1]: s.reason for s in skipped}
    assert reasons == {"empty.txt": "empty", "english.txt": "no Arabic text",
                       "scan.pdf": "unsupported file type '.pdf'"}


def test_missing_input_is_skipped_not_raised(tmp_path):
    arts, skipped = _items([tmp_path / "nope"])
    assert arts == [] and skipped[0].reason == "no such file or directory"


# ---------------------------------------------------------------- decoding

def test_decode_utf16_with_bom():
    assert decode(BODY.encode("utf-16")) == BODY
    assert decode(b"\xfe\xff" + BODY.encode("utf-16-be")) == BODY


def test_decode_utf8_with_and_without_bom():
    assert decode(BODY.encode("utf-8")) == BODY
    assert decode(b"\xef\xbb\xbf" + BODY.encode("utf-8")) == BODY


def test_decode_windows_1256_arabic():
    assert decode(BODY.encode("cp1256")) == BODY


def test_decode_rejects_binary_and_non_arabic_legacy_text():
    with pytest.raises(ValueError, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(ValueError):
        decode("café déjà".encode("latin-1"))


def test_windows_1256_and_utf16_files_are_read(tmp_path):
    (tmp_path / "legacy.txt").write_bytes(BODY.encode("cp1256"))
    (tmp_path / "wide.txt").write_bytes(BODY2.encode("utf-16"))
    arts, skipped = _items([tmp_path])
    assert not skipped
    assert {a.id: a.text for a in arts} == {"legacy": BODY, "wide": BODY2}


# ---------------------------------------------------------------- stdin

class _FakeStdin:
    def __init__(self, data: bytes):
        self.buffer = io.BytesIO(data)


def test_stdin_plain_text(monkeypatch):
    monkeypatch.setattr(sys, "stdin", _FakeStdin(BODY.encode("utf-8")))
    (art,) = list(read_stdin())
    assert art.id == "stdin" and art.text == BODY and art.origin == "-"


def test_stdin_jsonl_with_a_malformed_line(monkeypatch):
    data = "\n".join([json.dumps({"id": "s1", "text": BODY}, ensure_ascii=False), "{oops",
                      json.dumps({"id": "s2", "text": BODY2}, ensure_ascii=False)])
    monkeypatch.setattr(sys, "stdin", _FakeStdin(data.encode("utf-8")))
    items = list(read_inputs(["-"]))
    assert [i.id for i in items if isinstance(i, Article)] == ["s1", "s2"]
    (bad,) = [i for i in items if isinstance(i, Skipped)]
    assert bad.origin == "-:2" and "line 2" in bad.reason


def test_stdin_binary_is_skipped(monkeypatch):
    monkeypatch.setattr(sys, "stdin", _FakeStdin(b"\x00\x01\x02binary"))
    (item,) = list(read_stdin())
    assert isinstance(item, Skipped) and item.origin == "-"


# ---------------------------------------------------------------- boilerplate

TEASERS = "مقتل شاب برصاص مجهولين في درعا | 1432 قراءة\nالأمم المتحدة تحذر من نزوح جديد في إدلب | 987 قراءة\n"


def test_boilerplate_tail_of_teasers_with_read_counts():
    text = BODY + "\n" + BODY2 + "\n" + TEASERS
    spans = find_boilerplate(text)
    assert spans == ((text.index("مقتل شاب"), len(text)),)


def test_single_furniture_lines_are_boilerplate_but_the_body_is_not():
    text = BODY + "\nمشاركة عبر واتساب\nhttps://example.org/x\n" + BODY2
    covered = "".join(text[s:e] for s, e in find_boilerplate(text))
    assert BODY not in covered and BODY2 not in covered
    assert "https://example.org/x" in covered and "مشاركة عبر واتساب" in covered


def test_article_without_furniture_has_no_boilerplate():
    assert find_boilerplate(BODY + "\n" + BODY2) == ()


def test_follow_us_lines_open_the_boilerplate_tail():
    text = BODY + "\nتابعنا على فيسبوك\nتابعونا على تويتر\n"
    assert find_boilerplate(text) == ((len(BODY) + 1, len(text)),)


def test_nothing_is_extracted_from_boilerplate(extract_text):
    teaser = "سيطرت قوات الدعم السريع على مدينة كادقلي وفق مصادر | 2210 قراءة\n"
    text = "قال الجيش اللبناني إنه انتشر في بلدة الخيام.\n" + teaser + TEASERS
    extraction = extract_text(text)
    tail = text.index("سيطرت")
    assert extraction.mentions, "the body is still read"
    assert all(m.end <= tail for m in extraction.mentions)
    assert all(c.provenance.end <= tail for c in extraction.claims)
    assert "kadugli" not in {e.id for e in extraction.entities}


# ---------------------------------------------------------------- properties

JSON_VALUES = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
                           lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
                           max_leaves=6)
RECORDS = st.fixed_dictionaries({}, optional={
    "id": JSON_VALUES, "text": st.one_of(st.text(), JSON_VALUES, st.just(BODY)),
    "published": st.one_of(st.text(), JSON_VALUES), "url": JSON_VALUES, "title": JSON_VALUES,
    "source": JSON_VALUES}).map(lambda d: json.dumps(d, ensure_ascii=False))


@pytest.mark.slow
@settings(max_examples=120, deadline=None)
@given(st.lists(st.one_of(st.text(), RECORDS), max_size=6))
def test_read_jsonl_lines_never_crashes(lines):
    items = list(read_jsonl_lines(lines, "feed"))
    for item in items:
        assert isinstance(item, (Article, Skipped))
        if isinstance(item, Skipped):
            n = int(item.origin.rsplit(":", 1)[1])
            assert 1 <= n <= len(lines) and f"line {n}" in item.reason
    assert len(items) <= len(lines)


# ---------------------------------------------------------------- ids and long texts

def test_two_files_with_the_same_stem_in_different_directories_are_both_kept(tmp_path):
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    (tmp_path / "x" / "news.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "y" / "news.txt").write_text(BODY2, encoding="utf-8")
    arts, skipped = _items([tmp_path])
    assert not skipped
    assert len({a.id for a in arts}) == 2
    assert {a.text for a in arts} == {BODY, BODY2}


def test_jsonl_id_reused_for_a_different_text_is_skipped(tmp_path):
    p = tmp_path / "feed.jsonl"
    p.write_text("\n".join(json.dumps({"id": "same", "text": t}, ensure_ascii=False) for t in (BODY, BODY2)),
                 encoding="utf-8")
    arts, skipped = _items([p])
    assert [a.text for a in arts] == [BODY]
    (dup,) = skipped
    assert dup.origin == f"{p}:2" and "duplicate id 'same'" in dup.reason


def test_a_very_long_article_is_split_into_parts_that_cover_it(tmp_path):
    from kg.ingest import MAX_ARTICLE_CHARS
    sentence = BODY + " " + BODY2 + "\n"
    text = sentence * (MAX_ARTICLE_CHARS // len(sentence) * 2 + 3)
    p = tmp_path / "long.txt"
    p.write_text(text, encoding="utf-8")
    arts, skipped = _items([p])
    assert not skipped and len(arts) >= 2
    assert all(len(a.text) <= MAX_ARTICLE_CHARS for a in arts)
    assert "".join(a.text for a in arts) == text
    assert len({a.id for a in arts}) == len(arts) and all(a.id.startswith("long") for a in arts)
    assert all(a.text[-1] in "\n.!?؟;؛…" for a in arts[:-1]), "parts are cut at a line or sentence end"


def test_html_with_only_navigation_is_skipped(tmp_path):
    p = tmp_path / "menu.html"
    p.write_text('<html><body><nav><a href="/">الرئيسية</a><a href="/x">أخبار</a></nav></body></html>',
                 encoding="utf-8")
    arts, skipped = _items([p])
    assert arts == []
    assert "no article body" in skipped[0].reason


def test_html_in_windows_1256_is_read(tmp_path):
    p = tmp_path / "legacy.html"
    p.write_bytes(('<html><head><meta charset="windows-1256"></head><body><article><p>' + BODY + " " + BODY2 +
                   "</p></article></body></html>").encode("cp1256"))
    (art,), skipped = _items([p])
    assert BODY in art.text


@pytest.mark.parametrize("value", ["2024-13-45", "2024-02-30"], ids=["month-13", "feb-30"])
def test_impossible_published_dates_are_dropped(value):
    from kg.ingest import make_article
    assert make_article("a", BODY, "-", published=value).published is None


@pytest.mark.parametrize("value, expected", [
    ("2024-12-01", "2024-12-01"), ("2024-12-01T10:00:00Z", "2024-12-01"), ("no date", None), (None, None),
], ids=["date", "timestamp", "text", "none"])
def test_published_is_an_iso_date_or_none(value, expected):
    from kg.ingest import make_article
    assert make_article("a", BODY, "-", published=value).published == expected


def test_inline_read_also_teaser_line_is_boilerplate():
    body = (BODY + " " + BODY2 + " ") * 3
    teaser = "اقرأ أيضا: الجيش الإسرائيلي يقصف بلدة الخيام في جنوب لبنان\n"
    text = body + "\n" + teaser + body
    covered = "".join(text[s:e] for s, e in find_boilerplate(text))
    assert "يقصف بلدة الخيام" in covered
    assert BODY not in covered


# ---------------------------------------------------------------- web-page furniture

PARA1 = ("وأفاد مسؤول محلي في مدينة سنجة بأن قوات الدعم السريع قصفت الحي الشرقي بالمدفعية الثقيلة مساء "
         "الأحد، ما أدى إلى نزوح مئات العائلات نحو القرى المجاورة، بحسب ما نقلت وكالة الأنباء المحلية.")
PARA2 = ("وقال شهود إن وحدات من الجيش انتشرت لاحقا عند المداخل الجنوبية للمدينة وأقامت حواجز تفتيش على "
         "الطريق المؤدي إلى سنار، في حين لم يصدر أي تعليق رسمي من قيادة الفرقة حتى مساء الاثنين.")


def _covered(text: str) -> str:
    return "".join(text[s:e] for s, e in find_boilerplate(text))


def test_a_read_also_marker_in_mid_article_does_not_cut_the_body_before_the_page_tail():
    text = (PARA1 + "\nاقرأ أيضا: الحوثيون يقصفون ميناء إيلات بصاروخين\n" + PARA2 +
            "\nالوسوم: السودان، سنجة\nأخبار ذات صلة\nالجيش يدخل مدينة الدندر\n")
    covered = _covered(text)
    assert PARA1 not in covered and PARA2 not in covered
    assert "ميناء إيلات" in covered and "مدينة الدندر" in covered and "الوسوم" in covered


def test_a_read_also_marker_alone_on_its_line_covers_the_teaser_on_the_next_line():
    text = PARA1 + "\nطالع أيضا\n\nمسلحون يقتحمون مخفر الشرطة في بلدة تلكلخ\n" + PARA2
    covered = _covered(text)
    assert "مخفر الشرطة في بلدة تلكلخ" in covered
    assert PARA1 not in covered and PARA2 not in covered


@pytest.mark.parametrize("line", [
    "📌 اقرأ أيضاً | قوات سوريا الديمقراطية تنسحب من دير حافر",
    "• إقرأ أيضا: مقتل قيادي في حركة الجهاد بغارة على جنين",
    "صورة أرشيفية: آليات للجيش التركي قرب منبج",
    "صورة من الأرشيف لعناصر من الحشد الشعبي في الموصل",
    "(فيديو) مراسلنا: اشتباكات بين العشائر وقسد في ريف دير الزور",
    "بقلم: يوسف الحلبي - مراسل الموقع",
    "المصدر: العربية + وكالات",
    "#العراق #الموصل #الحشد_الشعبي",
    "عدد القراءات: 2,917",
    "⏱ دقيقتان للقراءة | 👁 8,311 مشاهدة",
    "الرئيسية | محليات | عربي ودولي | رياضة | منوعات",
    "الأخبار / العالم العربي / العراق",
    "العراق » الموصل",
    "الرئيسية / أخبار العراق",
    "تابعوا آخر الأخبار عبر قناتنا على واتساب",
    "اشترك في قناتنا على تلغرام",
    "مصدر الصورة: وكالة الأناضول",
    "شاهد: لحظة استهداف رتل للجيش العراقي قرب تلعفر",
    "ترجمة: منى الحسيني",
], ids=["emoji-read-also", "bullet-read-also", "caption", "caption-archive", "video", "byline", "source", "hashtags",
        "read-count", "reading-time", "menu", "breadcrumb", "breadcrumb-arrow", "home-crumb", "follow-news", "subscribe",
        "photo-credit", "watch", "translator"])
def test_page_furniture_lines_are_boilerplate(line):
    text = PARA1 + "\n" + line + "\n" + PARA2
    covered = _covered(text)
    assert line in covered
    assert PARA1 not in covered and PARA2 not in covered


@pytest.mark.parametrize("line", [
    "الجيش العراقي يستعيد قرية البو حمدان في ريف الموصل",
    "الاثنين 2025/03/17 - آخر تحديث 10:20",
    "الموصل - رويترز:",
    "صور الأقمار الصناعية تظهر دمارا واسعا في المدينة، بحسب تقرير أممي.",
], ids=["headline", "date-line", "dateline", "sentence-opening-with-a-caption-word"])
def test_headline_date_and_dateline_lines_are_article_text(line):
    text = line + "\n" + PARA1 + "\n" + PARA2
    assert line not in _covered(text)


def test_tags_without_the_article_and_a_copyright_sign_close_the_page():
    text = PARA1 + "\n" + PARA2 + "\nوسوم: العراق / الموصل\nمواد ذات صلة\nالبرلمان العراقي يصوت على الموازنة\n© الموقع 2025\n"
    covered = _covered(text)
    assert "البرلمان العراقي" in covered and PARA2 not in covered


@pytest.mark.parametrize("header", ["أخبار ذات صلة", "مواضيع قد تهمك", "اقرأ أيضا:"])
def test_a_related_stories_header_in_mid_article_covers_its_list_up_to_the_next_paragraph(header):
    text = (PARA1 + "\n" + header + "\nالجيش يسيطر على جبل موية\nمسيرة تستهدف مطار كسلا\n\n" + PARA2 +
            "\nقصير\n")
    covered = _covered(text)
    assert "جبل موية" in covered and "مطار كسلا" in covered
    assert PARA1 not in covered and PARA2 not in covered


def test_a_most_read_list_above_the_article_ends_at_a_blank_line_before_the_headline():
    headline = "الجيش يعلن السيطرة على بلدة أم روابة"
    text = "الأكثر قراءة\n1. انفجار في ميناء بورتسودان\n2. وفد أممي يزور الجنينة\n\n" + headline + "\n" + PARA1 + "\n" + PARA2
    covered = _covered(text)
    assert "ميناء بورتسودان" in covered and "الجنينة" in covered
    assert headline not in covered and PARA1 not in covered


@pytest.mark.parametrize("line, caption", [
    ("مقاتلون من الحشد الشعبي قرب تلعفر (أرشيف - رويترز)", True),
    ("آليات عسكرية تركية على الطريق الدولي (Getty)", True),
    ("وقال الجيش إنه استعاد القرية بعد معارك. (أ ف ب)", False),     # a paragraph signed by its agency
    ("الموصل (رويترز)", False),                                        # a dateline
], ids=["archive-credit", "latin-credit", "signed-paragraph", "dateline"])
def test_a_short_line_closed_by_a_photo_credit_is_a_caption(line, caption):
    text = PARA1 + "\n" + line + "\n" + PARA2
    assert (line in _covered(text)) is caption


# ---------------------------------------------------------------- menus dumped one item a line

@pytest.mark.parametrize("menu", [
    "الرئيسية\nأخبار\nسياسة\nالسودان\nسوريا\nاليمن\n",
    "الرئيسية\n\nأخبار عربية\n\nالعراق\n\nلبنان\n\n",
    "أخبار\nسياسة\nاقتصاد\nالعراق\nإيران\nرياضة\nمنوعات\n",
    "مشاركة\nفيسبوك\nإكس\nواتساب\nنسخ الرابط\n",
], ids=["home-opened", "blank-lines-between", "short-items-without-home", "share-buttons"])
def test_a_menu_dumped_one_item_a_line_is_boilerplate(menu):
    text = menu + PARA1 + "\n" + PARA2
    covered = _covered(text)
    assert all(item.strip() in covered for item in menu.splitlines() if item.strip())
    assert PARA1 not in covered and PARA2 not in covered


@pytest.mark.parametrize("lines", [
    "سقوط مدينة الفاشر\nالخرطوم\nمحمد عبد الله\nوكالات\n",
    "الجيش يستعيد سنجة\nالسودان\n",
], ids=["headline-dateline-byline", "headline-and-country"])
def test_a_few_short_lines_over_an_article_are_not_a_menu(lines):
    text = lines + PARA1 + "\n" + PARA2
    assert "سقوط مدينة الفاشر" not in _covered(text) and "الجيش يستعيد سنجة" not in _covered(text)


def test_no_entity_comes_from_a_menu_column(extract_text):
    x = extract_text("الرئيسية\nأخبار\nسوريا\nلبنان\nاليمن\n" + PARA1)
    assert not {"syria", "lebanon", "yemen"} & {m.entity_id for m in x.mentions}


# ---- the marker lists are tested as one: the same answers as trying every pattern

def _each(patterns):
    return lambda text: any(p.search(text) for p in patterns)


@pytest.mark.parametrize("line", [
    "تابعونا على منصات التواصل", "اقرا ايضا: تقرير عن المعارك", "١٢٠ قراءه", "نشر في 3 دقائق للقراءه",
    "45 تعليق", "جميع الحقوق محفوظه لموقع الخبر 2025", "مواضيع قد تهمك", "ذات صله:",
    "وقال المتحدث ان القوات دخلت البلده بعد ظهر امس، وفق ما نقل مراسلنا.",
    "read more", "follow us", "(صوره ارشيفيه) مقاتلون في ريف المدينه",
    "جنود علي حاجز قرب الجسر الشمالي للمدينه (رويترز)", "زار الوزير المخيم ذات صباح",
    "", "قراءه", "دقائق قراءه", "4 د قراءه في التقرير"])
def test_marker_lists_answer_as_their_patterns_one_by_one(line):
    from kg.ingest import _boilerplate_patterns, _normalised_pattern
    from ontology import path
    data = json.loads(path("boilerplate.json").read_text(encoding="utf-8"))
    for matcher, key in zip(_boilerplate_patterns()[:3], ("tail_markers", "line_markers", "lead_markers")):
        assert matcher(line) == _each([_normalised_pattern(p) for p in data[key]])(line), (key, line)


_PIECES = ["قراءه", "للقراءه", " ", "3", "٤", ",", "|", "ذات صله", ":", "دقائق", "د", "(@", "abc)", "2024",
           "تعليق", "اقرا ايضا", "جميع الحقوق محفوظه", "شارك", "\u060c", "(", ")", "رويترز", "كلمه"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
def test_marker_lists_answer_as_their_patterns_on_any_text(text):
    from kg.ingest import _boilerplate_patterns, _normalised_pattern
    from ontology import path
    data = json.loads(path("boilerplate.json").read_text(encoding="utf-8"))
    for matcher, key in zip(_boilerplate_patterns()[:3], ("tail_markers", "line_markers", "lead_markers")):
        assert matcher(text) == _each([_normalised_pattern(p) for p in data[key]])(text)


def test_required_literals_of_a_pattern():
    import re
    from kg.ingest import _any_of, _required_literals
    assert _required_literals(re.compile(r"(صباحا|مساء) في")) == {"صباحا", "مساء"}
    assert _required_literals(re.compile(r"[0-9]+\s*(قتيلا|جريحا)\s*$")) == {"قتيلا", "جريحا"}
    assert _required_literals(re.compile(r"(قتيلا|[0-9]+)")) is None          # a branch with no literal
    assert _required_literals(re.compile(r"(قتيلا)?\s*جرحى")) == {"جرحى"}       # an optional part requires nothing
    assert _required_literals(re.compile(r"[a-z]+")) is None
    # a top-level alternation whose first branch only is anchored keeps its other branch free
    patterns = [re.compile(r"^خبر|عاجل"), re.compile(r"^تابعونا")]
    matcher = _any_of(patterns)
    for text in ("نص عاجل", "خبر اليوم", "اليوم خبر", "تابعونا الان", "الان تابعونا"):
        assert matcher(text) == _each(patterns)(text), text
