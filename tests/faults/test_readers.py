"""Readers on bad input: every input becomes Articles or Skipped records with a reason; nothing
crashes, hangs or is silently lost."""
from __future__ import annotations

import io
import json
import os
import resource
import sys
import time
from pathlib import Path

import pytest

from kg import ingest
from kg.arabic import analyse
from kg.ingest import clean_text, read_inputs, read_jsonl_lines, read_stdin
from kg.types import Article, Skipped

from .conftest import BODY, BODY2

HOSTILE_DIR = Path(__file__).resolve().parents[1] / "fixtures" / "hostile"


def items_of(*paths):
    items = list(read_inputs([str(p) for p in paths]))
    assert all(isinstance(i, (Article, Skipped)) for i in items)
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Skipped)]


def one_skipped(*paths) -> Skipped:
    arts, skipped = items_of(*paths)
    assert arts == [] and len(skipped) == 1, (arts, skipped)
    return skipped[0]


def one_article(*paths) -> Article:
    arts, skipped = items_of(*paths)
    assert skipped == [] and len(arts) == 1, (arts, skipped)
    return arts[0]


def write(tmp_path, name, data: bytes | str) -> Path:
    p = tmp_path / name
    p.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return p


class FakeStdin:
    def __init__(self, data: bytes):
        self.buffer = io.BytesIO(data)


# ---------------------------------------------------------------- empty and binary files

@pytest.mark.parametrize("content", [b"", b" \n\t\r\n  \n", "\u00a0\u2003\n".encode()],
                         ids=["empty", "whitespace", "unicode-spaces"])
def test_empty_and_blank_files_are_skipped_as_empty(tmp_path, content):
    assert one_skipped(write(tmp_path, "a.txt", content)).reason == "empty"


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00\x1f\xf3\xffa"


@pytest.mark.parametrize("content", [PNG, b"\x00" * 64, b"abc\x00def" * 10, bytes(range(256)) * 4],
                         ids=["png-header", "nul-bytes", "text-with-nul", "all-bytes"])
def test_binary_files_are_skipped_as_binary(tmp_path, content):
    assert "binary" in one_skipped(write(tmp_path, "image.txt", content)).reason


def test_binary_without_nul_bytes_is_not_read_as_windows_1256(tmp_path):
    """cp1256 maps almost every byte to a character (many of them Arabic letters): without a
    control-character check random bytes would become a garbage 'Arabic' article."""
    noise = bytes(b for b in os.urandom(20_000) if b) + "سوريا".encode()
    assert "binary" in one_skipped(write(tmp_path, "noise.txt", noise)).reason


def test_binary_late_nul_bytes_are_still_binary(tmp_path):
    """A NUL beyond the first 4 KB (a PDF's streams, say) still marks the file as binary."""
    data = ("نص عربي في البداية " * 400).encode() + b"\x00\x01\x02" * 100
    assert "binary" in one_skipped(write(tmp_path, "late.txt", data)).reason


# ---------------------------------------------------------------- encodings

@pytest.mark.parametrize("encode", [
    lambda t: t.encode("cp1256"),
    lambda t: t.encode("utf-16"),                       # BOM, native order (LE)
    lambda t: b"\xfe\xff" + t.encode("utf-16-be"),
    lambda t: b"\xff\xfe" + t.encode("utf-16-le"),
    lambda t: t.encode("utf-16-le"),                    # no BOM
    lambda t: t.encode("utf-16-be"),                    # no BOM
    lambda t: b"\xef\xbb\xbf" + t.encode("utf-8"),
    lambda t: t.encode("utf-32"),
], ids=["windows-1256", "utf16-bom", "utf16-be-bom", "utf16-le-bom", "utf16-le-no-bom", "utf16-be-no-bom",
        "utf8-bom", "utf32-bom"])
def test_encodings_decode_to_the_same_text(tmp_path, encode):
    text = BODY + " 2024 (AFP)\n" + BODY2
    art = one_article(write(tmp_path, "a.txt", encode(text)))
    assert art.text == text and "\ufeff" not in art.text


def test_truncated_utf16_is_skipped_with_a_reason_not_a_traceback(tmp_path):
    data = BODY.encode("utf-16")[:-1]                   # odd length: half a code unit at the end
    skipped = one_skipped(write(tmp_path, "cut.txt", data))
    assert "UTF-16" in skipped.reason


def test_latin1_text_is_not_taken_for_arabic(tmp_path):
    skipped = one_skipped(write(tmp_path, "fr.txt", "Le café déjà fermé à Genève.".encode("latin-1")))
    assert "not UTF-8" in skipped.reason


def test_windows_1256_html_page(tmp_path):
    html = f"<html><head><meta charset='windows-1256'></head><body><article><p>{BODY}</p><p>{BODY2}</p>" \
           "</article></body></html>"
    art = one_article(write(tmp_path, "page.html", html.encode("cp1256")))
    assert BODY in art.text and BODY2 in art.text


def test_old_mac_line_endings_become_newlines(tmp_path):
    art = one_article(write(tmp_path, "mac.txt", (BODY + "\r" + BODY2 + "\r\n").encode()))
    assert art.text == BODY + "\n" + BODY2 + "\n"


# ---------------------------------------------------------------- size

@pytest.mark.slow
def test_a_20_mb_article_is_read_in_parts_quickly_and_nothing_is_lost(tmp_path):
    """20 MB of Arabic (about 11 million characters) is read in seconds and split into parts of
    at most MAX_ARTICLE_CHARS at sentence ends; the parts put together are the whole text."""
    sentences = [f"{BODY} وأفاد مصدر بأن الحادثة رقم {i} وقعت قرب الطريق الدولي.\n" for i in range(300)]
    block = "".join(sentences)
    text = block * (20_000_000 // len(block.encode()) + 1)
    path = write(tmp_path, "huge.txt", text)
    assert path.stat().st_size >= 20_000_000
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    arts, skipped = items_of(path)
    seconds = time.perf_counter() - started
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before) / 1024
    assert not skipped
    assert seconds < 30, f"reading 20 MB took {seconds:.1f} s"
    assert grown_mb < 400, f"reading 20 MB grew the process by {grown_mb:.0f} MB"
    assert "".join(a.text for a in arts) == text
    assert all(len(a.text) <= ingest.MAX_ARTICLE_CHARS for a in arts)
    assert all(a.text.endswith(("\n", ".")) for a in arts[:-1]), "parts end at a line or sentence end"
    assert [a.id for a in arts] == [f"huge~part{k}" for k in range(1, len(arts) + 1)]
    starts = [int(a.origin.rsplit("=", 1)[1].split("-")[0]) for a in arts]
    assert all(text[s:s + len(a.text)] == a.text for s, a in zip(starts, arts)), "origin offsets locate each part"
    assert len({a.content_hash for a in arts}) == len({a.text for a in arts})


def test_one_long_line_without_punctuation_is_cut_at_spaces(tmp_path):
    words = [f"كلمة{i % 97}" for i in range(30_000)]
    text = " ".join(words)
    arts, skipped = items_of(write(tmp_path, "line.txt", text))
    assert not skipped and len(arts) > 1
    assert "".join(a.text for a in arts) == text
    assert all(a.text.endswith(" ") for a in arts[:-1]), "no word is cut in two"


def test_one_long_word_is_cut_anyway(monkeypatch):
    monkeypatch.setattr(ingest, "MAX_ARTICLE_CHARS", 1000)
    text = "ب" * 3500
    (line,) = [json.dumps({"id": "w", "text": text}, ensure_ascii=False)]
    arts = list(read_jsonl_lines([line], "feed.jsonl"))
    assert [len(a.text) for a in arts] == [1000, 1000, 1000, 500]


def test_a_file_over_the_size_limit_is_skipped_unread(tmp_path, monkeypatch):
    monkeypatch.setattr(ingest, "MAX_FILE_BYTES", 1000)
    path = write(tmp_path, "big.txt", BODY * 20)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("a file over the limit was read"))
    assert "larger than" in one_skipped(path).reason


def test_an_html_page_over_the_extractor_limit_is_skipped_with_the_reason(tmp_path, monkeypatch):
    monkeypatch.setattr(ingest, "MAX_HTML_BYTES", 1000)
    skipped = one_skipped(write(tmp_path, "big.html", f"<html><body><p>{BODY * 30}</p></body></html>"))
    assert "HTML page larger than" in skipped.reason


# ---------------------------------------------------------------- JSONL

def jsonl(*records) -> str:
    return "\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records) + "\n"


def by_line(skipped) -> dict[int, str]:
    return {int(s.origin.rsplit(":", 1)[1]): s.reason for s in skipped}


def test_jsonl_malformed_lines_are_reported_by_number_and_the_others_read(tmp_path):
    path = write(tmp_path, "feed.jsonl", jsonl({"id": "a", "text": BODY}, '{"id": "b", "text": ',
                                                "not json at all", {"id": "c", "text": BODY2}, "[1, 2",
                                                '{"id": "d"} trailing'))
    arts, skipped = items_of(path)
    assert [a.id for a in arts] == ["a", "c"]
    reasons = by_line(skipped)
    assert sorted(reasons) == [2, 3, 5, 6]
    assert all(r.startswith(f"malformed JSON: line {n},") for n, r in reasons.items())


@pytest.mark.parametrize("record, expected", [
    ({"text": BODY}, "no 'id'"),
    ({"id": "", "text": BODY}, "no 'id'"),
    ({"id": None, "text": BODY}, "no 'id'"),
    ({"id": ["a"], "text": BODY}, "bad 'id': line 1: must be a string or an integer, not list"),
    ({"id": {"x": 1}, "text": BODY}, "bad 'id': line 1: must be a string or an integer, not dict"),
    ({"id": True, "text": BODY}, "bad 'id': line 1: must be a string or an integer, not bool"),
    ({"id": "n", "text": 42}, "bad 'text': line 1 (n): must be a string, not int"),
    ({"id": "n", "text": ["سوريا"]}, "bad 'text': line 1 (n): must be a string, not list"),
    ({"id": "n", "text": {"ar": BODY}}, "bad 'text': line 1 (n): must be a string, not dict"),
    ({"id": "n", "html": 7}, "bad 'html': line 1 (n): must be a string, not int"),
    ({"id": "n"}, "neither 'text' nor 'html': line 1 (n)"),
    ({"id": "n", "text": ""}, "empty"),
    ({"id": "n", "html": "<html><body><nav>menu</nav></body></html>"}, "no article body found"),
    ({"id": "n", "html": '<nav><a href="/">الرئيسية</a><a href="/x">أخبار</a></nav>'}, "no article body found"),
    ([{"id": "n", "text": BODY}], "no 'id'"),
    ("just a string", "no 'id'"),
    (3.5, "no 'id'"),
], ids=["missing-id", "empty-id", "null-id", "list-id", "object-id", "bool-id", "number-text", "list-text",
        "object-text", "number-html", "no-text", "empty-text", "html-without-body", "html-only-links", "array-line", "string-line",
        "number-line"])
def test_jsonl_records_with_bad_fields_are_skipped_with_a_reason(record, expected):
    """The reason starts with what is wrong (kg build's summary counts reasons by the text before
    the first colon), then names the line and the id."""
    (skipped,) = read_jsonl_lines([json.dumps(record, ensure_ascii=False)], "feed.jsonl")
    assert isinstance(skipped, Skipped) and skipped.origin == "feed.jsonl:1"
    assert expected in skipped.reason and "line 1" in skipped.reason


def test_jsonl_integer_id_and_odd_metadata_are_accepted():
    line = json.dumps({"id": 0, "text": BODY, "title": ["not", "text"], "published": 20241207,
                       "url": {"href": "x"}, "source": None}, ensure_ascii=False)
    (art,) = read_jsonl_lines([line], "feed.jsonl")
    assert art.id == "0" and art.title is None and art.url is None and art.published is None


def test_jsonl_html_field_with_scripts_yields_only_the_body():
    html = f"<html><head><script>var leak = 'نص سكربت مخفي';</script></head><body><article>" \
           f"<p>{BODY}</p><script>document.write('نص سكربت آخر')</script><p>{BODY2}</p></article></body></html>"
    (art,) = read_jsonl_lines([json.dumps({"id": "h", "html": html}, ensure_ascii=False)], "feed.jsonl")
    assert BODY in art.text and "سكربت" not in art.text and "script" not in art.text


def test_jsonl_line_that_is_not_utf8_is_reported_and_the_others_read(tmp_path):
    data = jsonl({"id": "a", "text": BODY}).encode() + json.dumps({"id": "b", "text": BODY2},
                                                                 ensure_ascii=False).encode("cp1256") + b"\n" \
        + jsonl({"id": "c", "text": BODY2}).encode()
    arts, skipped = items_of(write(tmp_path, "feed.jsonl", data))
    assert [a.id for a in arts] == ["a", "c"]
    assert by_line(skipped) == {2: "not UTF-8: line 2"}


def test_jsonl_nested_too_deeply_is_reported_not_a_recursion_error():
    lines = ["[" * 200_000, json.dumps({"id": "ok", "text": BODY}, ensure_ascii=False)]
    items = list(read_jsonl_lines(lines, "feed.jsonl"))
    assert isinstance(items[0], Skipped) and "line 1" in items[0].reason and "nested" in items[0].reason
    assert items[1].id == "ok"


def test_jsonl_lone_surrogates_and_nul_become_writable_text(tmp_path):
    line = '{"id": "s\\udc80", "text": "\\ud83d \\u0000' + BODY + '\\udfff", "title": "\\ud800"}'
    (art,) = read_jsonl_lines([line], "feed.jsonl")
    for value in (art.id, art.text, art.title):
        value.encode("utf-8")                           # would raise on a lone surrogate
    assert art.text == "\ufffd  " + BODY + "\ufffd"
    from kg.graph import build_graph, write_graph
    from kg.pipeline import extract_article
    write_graph(build_graph([extract_article(art)]), tmp_path / "graph.json")


def test_jsonl_in_utf16_with_bom_is_read(tmp_path):
    arts, skipped = items_of(write(tmp_path, "wide.jsonl", jsonl({"id": "u", "text": BODY},
                                                                  {"id": "v", "text": BODY2}).encode("utf-16")))
    assert not skipped and [a.text for a in arts] == [BODY, BODY2]


def test_jsonl_with_crlf_blank_lines_and_bom(tmp_path):
    data = "\ufeff" + jsonl({"id": "a", "text": BODY}).replace("\n", "\r\n") + "\r\n   \r\n" \
        + jsonl({"id": "b", "text": BODY2})
    arts, skipped = items_of(write(tmp_path, "feed.jsonl", data))
    assert not skipped and [a.id for a in arts] == ["a", "b"] and arts[0].text == BODY


def test_stdin_jsonl_keeps_records_that_hold_line_separators(monkeypatch):
    """json.dumps(ensure_ascii=False) writes U+2028 raw; str.splitlines would cut the record."""
    data = jsonl({"id": "a", "text": BODY + "\u2028" + BODY2}, {"id": "b", "text": BODY2 + "\x85"})
    monkeypatch.setattr(sys, "stdin", FakeStdin(data.encode()))
    arts = list(read_stdin())
    assert [a.id for a in arts] == ["a", "b"]
    assert arts[0].text == BODY + "\n" + BODY2


@pytest.mark.parametrize("data, reason", [(b"", "empty"), (b"\x89PNG\r\n\x1a\n\x00\x00", "binary"),
                                          (b"   \n\n", "empty"), (b"Only English.", "no Arabic")])
def test_stdin_without_an_article(monkeypatch, data, reason):
    monkeypatch.setattr(sys, "stdin", FakeStdin(data))
    (item,) = read_inputs(["-"])
    assert isinstance(item, Skipped) and item.origin == "-" and reason in item.reason


# ---------------------------------------------------------------- HTML

def test_html_scripts_styles_and_noscript_never_reach_the_article(tmp_path):
    html = f"""<!DOCTYPE html><html><head><title>عنوان</title>
    <style>body {{ font: 12px; }} .x::after {{ content: "نص من الأنماط"; }}</style>
    <script>var secret = "نص من سكربت في الرأس"; fetch('https://evil.example/x');</script></head>
    <body><nav>الرئيسية | أخبار</nav><article><h1>عنوان</h1><p>{BODY}</p>
    <script type="text/javascript">document.write("نص من سكربت في المتن");</script>
    <noscript>نص يظهر بلا سكربت</noscript><style>p {{ color: red }}</style>
    <p>{BODY2}</p><iframe src="https://evil.example/frame">نص الإطار</iframe></article></body></html>"""
    art = one_article(write(tmp_path, "page.html", html))
    assert BODY in art.text and BODY2 in art.text
    for leak in ("سكربت", "الأنماط", "secret", "evil", "font", "الإطار", "document.write"):
        assert leak not in art.text


@pytest.mark.parametrize("html", ["<", "<html><body></body></html>", "<?xml version='1.0' encoding='latin-1'?><p>x</p>",
                                  "<html>" + "<div>" * 5000 + "</html>", "<![CDATA[ <p> ]]>", "<p>\udcff</p>"],
                         ids=["lone-bracket", "empty-body", "xml-declaration", "deep-nesting", "cdata", "surrogate"])
def test_broken_html_is_skipped_with_a_reason(tmp_path, html):
    path = write(tmp_path, "bad.html", html.encode("utf-8", "surrogateescape"))
    skipped = one_skipped(path)
    assert skipped.reason.startswith(("no article body found", "HTML could not be parsed", "not UTF-8", "binary"))


def test_html_extractor_failure_is_a_skip_not_a_crash(tmp_path, monkeypatch):
    def explode(*args, **kwargs):
        raise RuntimeError("parser blew up")
    monkeypatch.setattr(ingest, "html_to_article_fields", explode)
    skipped = one_skipped(write(tmp_path, "page.html", f"<p>{BODY}</p>"))
    assert skipped.reason == "HTML could not be parsed: RuntimeError: parser blew up"


# ---------------------------------------------------------------- language and script

def test_non_arabic_article_is_skipped_with_the_reason(tmp_path):
    assert one_skipped(write(tmp_path, "en.txt", "Rebels entered Homs on Saturday, witnesses said.")).reason \
        == "no Arabic text"


def test_mostly_english_article_with_an_arabic_quote_is_skipped(tmp_path):
    text = "Rebels entered the city on Saturday, residents and officials said in statements. " * 5 + "حمص"
    reason = one_skipped(write(tmp_path, "en.txt", text)).reason
    assert reason.startswith("mostly non-Arabic text") and "% of letters are Arabic" in reason


def test_mixed_script_arabic_article_is_read_and_its_names_found(tmp_path, extract_text):
    text = f"{BODY} (Reuters, AFP) — “Homs has fallen,” said a commander via Telegram @example 2024-12-07."
    art = one_article(write(tmp_path, "mixed.txt", text))
    assert art.text == text
    ids = {e.id for e in extract_text(text).entities}
    assert "homs" in ids


def test_file_of_only_punctuation_is_skipped(tmp_path):
    assert one_skipped(write(tmp_path, "p.txt", "!!! ... ؟؟؟ ،،، ؛؛\n---\n***\n")).reason == "no Arabic text"


def test_lines_of_only_punctuation_make_no_sentences(extract_text):
    text = f"...\n{BODY}\n!!!! ؟؟؟ ،،،\n-----\n{BODY2}\n…"
    art = ingest.make_article("p", text, "-")
    sentences = analyse(art).sentences
    assert [s.text for s in sentences] == [BODY, BODY2]
    assert extract_text(text).claims


# ---------------------------------------------------------------- format controls in names

FORMAT_CONTROLS = [chr(c) for c in (*range(0x200B, 0x2010), *range(0x202A, 0x202F), *range(0x2066, 0x206A))]


@pytest.mark.parametrize("control", FORMAT_CONTROLS, ids=[f"U+{ord(c):04X}" for c in FORMAT_CONTROLS])
def test_format_controls_inside_names_still_match_with_right_offsets(resolve_text, control):
    text = f"سيطرت قوات النظام السوري على مدينة ح{control}مص بعد معارك مع هيئة تحرير{control} الشام{control}."
    resolved = resolve_text(text)
    found = {m.entity_id for m in resolved.mentions}
    assert {"syrian_army", "homs", "hayat_tahrir_al_sham"} <= found
    body = resolved.article.text
    assert control not in body
    for m in resolved.mentions:
        assert body[m.start:m.end] == m.text
    for s in resolved.sentences:
        assert body[s.start:s.end] == s.text and all(body[t.start:t.end] == t.text for t in s.tokens)


def test_clean_text_controls_become_spaces_and_line_separators_newlines():
    assert clean_text("أ\x00ب\x07ج\x1bد\x7fه\u0085و\u2028ز\u2029ح\ufffeط") == "أ ب ج د ه\nو\nز\nح ط"


# ---------------------------------------------------------------- paths and directories

def test_unsupported_extension_names_the_supported_ones(tmp_path):
    reason = one_skipped(write(tmp_path, "scan.pdf", b"%PDF-1.7")).reason
    assert reason.startswith("unsupported file type '.pdf'") and ".jsonl" in reason


def test_file_without_extension_in_a_directory(tmp_path):
    write(tmp_path, "README", BODY)
    assert one_skipped(tmp_path).reason == "unsupported file type '(none)'"


def test_missing_path(tmp_path):
    assert one_skipped(tmp_path / "nope.txt").reason == "no such file or directory"


def test_hidden_files_and_directories_are_ignored(tmp_path):
    write(tmp_path, "a.txt", BODY)
    write(tmp_path, ".secret.txt", BODY2)
    (tmp_path / ".git").mkdir()
    write(tmp_path / ".git", "b.txt", BODY2)
    art = one_article(tmp_path)
    assert art.id == "a"


def test_hidden_file_named_explicitly_is_read(tmp_path):
    assert one_article(write(tmp_path, ".draft.txt", BODY)).text == BODY


def test_directory_symlink_loop_terminates_and_is_reported(tmp_path):
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub", "a.txt", BODY)
    (tmp_path / "sub" / "back").symlink_to(tmp_path)
    arts, skipped = items_of(tmp_path)
    assert [a.id for a in arts] == ["a"]
    assert [s.reason for s in skipped] == ["directory already read (a symbolic link leads back to it)"]


def test_file_symlink_loop_and_broken_link_are_reported(tmp_path):
    (tmp_path / "x.txt").symlink_to(tmp_path / "y.txt")
    (tmp_path / "y.txt").symlink_to(tmp_path / "x.txt")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing.txt")
    arts, skipped = items_of(tmp_path)
    assert arts == []
    assert {Path(s.origin).name: s.reason for s in skipped} == {
        "gone.txt": "broken symbolic link", "x.txt": "symbolic link loop", "y.txt": "symbolic link loop"}
    assert one_skipped(tmp_path / "x.txt").reason == "symbolic link loop"


def test_symlinked_directory_is_followed(tmp_path):
    (tmp_path / "corpus").mkdir()
    write(tmp_path / "corpus", "a.txt", BODY)
    (tmp_path / "inputs").mkdir()
    (tmp_path / "inputs" / "link").symlink_to(tmp_path / "corpus")
    assert one_article(tmp_path / "inputs").text == BODY


def test_fifo_and_device_are_reported_not_read(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    arts, skipped = items_of(tmp_path, fifo, "/dev/null")
    assert arts == []
    assert [s.reason for s in skipped] == ["not a regular file (device, socket or pipe)"] * 3


def test_unreadable_file_is_skipped_with_the_os_reason(tmp_path, monkeypatch):
    path = write(tmp_path, "locked.txt", BODY)

    def denied(self):
        raise PermissionError(13, "Permission denied", str(self))
    monkeypatch.setattr(Path, "read_bytes", denied)
    assert one_skipped(path).reason == "Permission denied"


def test_file_name_that_is_not_utf8_gives_printable_ids_and_origins(tmp_path):
    raw = os.fsencode(str(tmp_path)) + b"/\xff\xfe-khabar.txt"
    with open(raw, "wb") as f:
        f.write(BODY.encode())
    art = one_article(tmp_path)
    for value in (art.id, art.origin):
        value.encode("utf-8")
    assert art.id == "\ufffd\ufffd-khabar"


def test_same_file_name_in_two_directories_keeps_both(tmp_path):
    for d, body in (("2024-12-01", BODY), ("2024-12-02", BODY2)):
        (tmp_path / d).mkdir()
        write(tmp_path / d, "index.html", f"<html><body><article><p>{body}</p></article></body></html>")
    arts, skipped = items_of(tmp_path)
    assert not skipped
    assert len({a.id for a in arts}) == 2 and {BODY, BODY2} == {a.text for a in arts}
    assert arts[0].id == "index" and arts[1].id.endswith("2024-12-02/index")


def test_duplicate_jsonl_id_with_other_text_is_reported_and_same_text_passes(tmp_path):
    path = write(tmp_path, "feed.jsonl", jsonl({"id": "x", "text": BODY}, {"id": "x", "text": BODY},
                                                {"id": "x", "text": BODY2}))
    arts, skipped = items_of(path)
    assert [a.origin for a in arts] == [f"{path}:1", f"{path}:2"]
    (dup,) = skipped
    assert dup.origin == f"{path}:3" and dup.reason.startswith("duplicate id 'x'") and f"{path}:1" in dup.reason


def test_every_fixture_in_the_hostile_directory_is_accounted_for():
    files = sorted(p for p in HOSTILE_DIR.iterdir() if not p.name.startswith("."))
    arts, skipped = items_of(HOSTILE_DIR)
    origins = {a.origin.split(":")[0].split("#")[0] for a in arts} | {s.origin.split(":")[0] for s in skipped}
    assert origins == {str(p) for p in files}


def test_file_name_with_terminal_escapes_is_reported_without_them(tmp_path):
    """A file named to recolour or clear a terminal is reported with spaces for its controls."""
    name = "\x1b[2J\x1b[31mred\x07.pdf"
    (tmp_path / name).write_bytes(b"%PDF")
    skipped = one_skipped(tmp_path)
    assert "\x1b" not in skipped.origin and "\x07" not in skipped.origin
    assert skipped.origin.endswith(" [2J [31mred .pdf")
