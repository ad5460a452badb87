"""kg build on bad input: every skipped input is in report.json with its reason, no article that
could be read is lost, and the exit code is non-zero only when nothing could be processed (or
with --strict). Errors are one clear line, never a traceback."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.ingest import read_inputs
from kg.types import Article, Skipped

from .conftest import BODY, BODY2

HOSTILE_DIR = Path(__file__).resolve().parents[1] / "fixtures" / "hostile"


def report_of(out: Path) -> dict:
    return json.loads((out / "report.json").read_text(encoding="utf-8"))


def graph_of(out: Path) -> dict:
    return json.loads((out / "graph.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory):
    """kg build over tests/fixtures/hostile, run once for the module."""
    from kg.cli import main
    out = tmp_path_factory.mktemp("hostile") / "out"
    code = main(["build", str(HOSTILE_DIR), "--out", str(out), "--quiet"])
    return code, out


def test_hostile_directory_builds_and_exits_zero(hostile_build):
    code, out = hostile_build
    assert code == 0
    assert (out / "graph.json").is_file() and (out / "report.json").is_file()


def test_every_skipped_input_is_in_the_report_with_its_reason(hostile_build):
    _, out = hostile_build
    expected = {s.origin: s.reason for s in read_inputs([str(HOSTILE_DIR)]) if isinstance(s, Skipped)}
    reported = {s["input"]: s["reason"] for s in report_of(out)["skipped"]}
    assert reported == expected
    names = {Path(k.split(":")[0]).name for k in reported}
    assert {"empty.txt", "blank.txt", "png_as_text.txt", "english.txt", "punctuation.txt", "scan.pdf",
            "README.md", "make_hostile.py", "feed.jsonl"} == names
    assert sum(1 for k in reported if k.startswith(str(HOSTILE_DIR / "feed.jsonl"))) == 5
    assert all(r for r in reported.values())


def test_no_readable_article_is_lost(hostile_build):
    _, out = hostile_build
    read = [a for a in read_inputs([str(HOSTILE_DIR)]) if isinstance(a, Article)]
    assert len(read) == 7
    report = report_of(out)
    assert report["articles_read"] == 7 and report["articles_added"] == 7
    assert set(graph_of(out)["graph"]["articles"]) == {a.id for a in read}


def test_names_with_hidden_marks_are_found_in_the_build(hostile_build):
    _, out = hostile_build
    bidi = {n["id"] for n in graph_of(out)["nodes"] if any(m["article"] == "bidi" for m in n["mentions"])}
    assert {"syrian_army", "homs", "hayat_tahrir_al_sham"} <= bidi


def test_strict_fails_when_anything_was_skipped(kg, tmp_path):
    run = kg("build", HOSTILE_DIR, "--out", tmp_path / "o", "--quiet", "--strict")
    assert run.code == 1 and "Traceback" not in run.text
    assert report_of(tmp_path / "o")["articles_added"] == 7, "strict still writes what it could read"


def test_strict_passes_when_nothing_was_skipped(kg, tmp_path):
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    assert kg("build", tmp_path / "a.txt", "--out", tmp_path / "o", "--quiet", "--strict").code == 0


def test_nothing_processable_exits_one_and_still_reports_why(kg, tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "e.txt").write_bytes(b"")
    (tmp_path / "in" / "b.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    run = kg("build", tmp_path / "in", tmp_path / "missing.jsonl", "--out", tmp_path / "o", "--quiet")
    assert run.code == 1 and "no article could be processed" in run.text and "Traceback" not in run.text
    reasons = sorted(s["reason"] for s in report_of(tmp_path / "o")["skipped"])
    assert reasons[0].startswith("binary") and reasons[1:] == ["empty", "no such file or directory"]


def _build_with_a_failing_article(kg, tmp_path, monkeypatch):
    """kg build over two articles, extraction raising inside kg on the one called bad."""
    import kg.pipeline as pipeline
    real = pipeline.extract_article

    def flaky(article):
        if article.id == "bad":
            raise RuntimeError("extractor bug")
        return real(article)
    monkeypatch.setattr(pipeline, "extract_article", flaky)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "bad.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "in" / "good.txt").write_text(BODY2, encoding="utf-8")
    return kg("build", tmp_path / "in", "--out", tmp_path / "o", "--quiet")


def test_one_failing_article_does_not_lose_the_others(kg, tmp_path, monkeypatch):
    _build_with_a_failing_article(kg, tmp_path, monkeypatch)
    report = report_of(tmp_path / "o")
    assert report["articles_added"] == 1
    assert report["skipped"] == []
    assert [s["reason"] for s in report["failed"]] == ["extraction failed: RuntimeError: extractor bug"]
    assert set(graph_of(tmp_path / "o")["graph"]["articles"]) == {"good"}


def test_an_article_kg_fails_on_is_loud_not_a_quiet_skip(kg, tmp_path, monkeypatch):
    """A failure inside kg is a bug, not bad input: the run says so on stderr, names the article
    in the summary and ends with exit status 3, while the graph keeps every other article."""
    run = _build_with_a_failing_article(kg, tmp_path, monkeypatch)
    assert run.code == 3, run.text
    assert "extraction failed inside kg on 1 article" in run.err and "bad.txt" in run.err
    assert "failed: 1" in run.out and "Traceback" not in run.text
    assert set(graph_of(tmp_path / "o")["graph"]["articles"]) == {"good"}


def test_output_path_that_is_a_file_is_a_clear_error(kg, tmp_path):
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "taken").write_text("not a directory")
    run = kg("build", tmp_path / "a.txt", "--out", tmp_path / "taken", "--quiet")
    assert run.code == 2 and "is not a directory" in run.err and "Traceback" not in run.text


@pytest.mark.parametrize("content", ['{"nodes": [', "[]", '{"nodes": "x"}', '{"nodes": [{}]}',
                                     '{"nodes": [{"id": "a"}], "links": [{"source": "a"}]}', "\xff\xfe"],
                         ids=["truncated", "list", "nodes-not-list", "node-without-id", "link-without-target",
                              "not-utf8"])
def test_into_a_corrupt_graph_is_a_clear_error_and_leaves_it_alone(kg, tmp_path, content):
    out = tmp_path / "o"
    out.mkdir()
    (out / "graph.json").write_bytes(content.encode("latin-1"))
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    run = kg("build", tmp_path / "a.txt", "--into", out, "--quiet")
    assert run.code == 2, run.text
    assert "graph" in run.err and "Traceback" not in run.text
    assert (out / "graph.json").read_bytes() == content.encode("latin-1")


def test_stdin_dash_and_a_file_together(kg, tmp_path, monkeypatch):
    import io
    import sys

    class Stdin:
        buffer = io.BytesIO(json.dumps({"id": "s1", "text": BODY2}, ensure_ascii=False).encode())
    monkeypatch.setattr(sys, "stdin", Stdin())
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    assert kg("build", "-", tmp_path / "a.txt", "--out", tmp_path / "o", "--quiet").code == 0
    assert set(graph_of(tmp_path / "o")["graph"]["articles"]) == {"s1", "a"}


def test_long_article_parts_all_reach_the_graph(kg, tmp_path, monkeypatch):
    """With parts of at most 2,000 characters a 12,000-character article becomes 6+ parts, and
    every part is extracted: nothing past the limit is dropped."""
    import kg.ingest as ingest
    monkeypatch.setattr(ingest, "MAX_ARTICLE_CHARS", 2_000)
    text = "\n".join(f"{BODY} {BODY2} الخبر رقم {i}." for i in range(80))
    (tmp_path / "long.txt").write_text(text, encoding="utf-8")
    run = kg("build", tmp_path / "long.txt", "--out", tmp_path / "o", "--quiet")
    assert run.code == 0
    articles = graph_of(tmp_path / "o")["graph"]["articles"]
    parts = sorted(articles, key=lambda a: int(a.rsplit("part", 1)[1]))
    assert len(parts) >= 6 and parts[0] == "long~part1"
    homs = next(n for n in graph_of(tmp_path / "o")["nodes"] if n["id"] == "homs")
    assert {m["article"] for m in homs["mentions"]} == set(parts)


MALFORMED_GRAPHS = {
    "node-without-id": '{"nodes": [{}]}',
    "nodes-not-a-list": '{"nodes": "x"}',
    "link-without-target": '{"nodes": [{"id": "a", "type": "City"}], "links": [{"source": "a"}]}',
    "mentions-not-a-list": '{"nodes": [{"id": "a", "type": "City", "name": "حمص", "mentions": "zz"}], "links": []}',
    "provenance-not-a-list": '{"nodes": [{"id": "a", "type": "City"}], '
                             '"links": [{"source": "a", "target": "a", "key": "LOCATED_IN", "provenance": "x"}]}',
}


@pytest.mark.parametrize("content", list(MALFORMED_GRAPHS.values()), ids=list(MALFORMED_GRAPHS))
def test_malformed_graph_json_is_a_graph_format_error(tmp_path, content):
    """graph.json is kg's own output, but a hand-edited or foreign one must be refused by
    kg.graph.read_graph (GraphFormatError: one line, no traceback) before a loader trips on it."""
    from kg.errors import GraphFormatError
    from kg.graph import read_graph
    path = tmp_path / "graph.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GraphFormatError):
        read_graph(path)


@pytest.mark.parametrize("command", [("export", "--format", "nt", "-o"), ("export", "--format", "graphml", "-o"),
                                     ("viz", "-o")], ids=["export-nt", "export-graphml", "viz"])
def test_malformed_graph_json_is_one_line_for_every_command(kg, tmp_path, command):
    path = tmp_path / "graph.json"
    path.write_text(MALFORMED_GRAPHS["node-without-id"], encoding="utf-8")
    run = kg(command[0], path, *command[1:], tmp_path / "out.file")
    assert run.code == 2 and run.err.startswith(f"kg {command[0]}: error:"), run.text


def test_a_thousand_bad_lines_are_each_in_the_report_and_one_line_of_summary(kg, tmp_path):
    lines = [json.dumps({"id": "ok", "text": BODY}, ensure_ascii=False)]
    lines += ['{"id": "x%d", "text": ' % i for i in range(500)]
    lines += [json.dumps({"id": f"y{i}", "text": i}) for i in range(500)]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines), encoding="utf-8")
    run = kg("build", tmp_path / "feed.jsonl", "--out", tmp_path / "o", "--quiet")
    assert run.code == 0
    assert len(report_of(tmp_path / "o")["skipped"]) == 1000
    summary = [line.strip() for line in run.out.splitlines() if line.strip().startswith("skipped ")]
    assert summary == ["skipped 500: malformed JSON", "skipped 500: bad 'text'"]
