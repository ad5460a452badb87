"""`kg build` from the command line: outputs, summary, exit codes."""
from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg.cli import main

REPO = Path(__file__).resolve().parents[1]
BODY = "دخلت قوات الدعم السريع مدينة الفاشر بعد معارك مع الجيش السوداني، وفقاً لوكالة رويترز."


def _write(dir_: Path, name: str, text: str) -> Path:
    dir_.mkdir(parents=True, exist_ok=True)
    p = dir_ / name
    p.write_text(text, encoding="utf-8")
    return p


def test_build_writes_outputs_and_prints_a_summary(tmp_path, capsys):
    src = tmp_path / "in"
    _write(src, "a.txt", BODY)
    _write(src, "skip.csv", "a,b\n")
    out = tmp_path / "out"
    assert main(["build", str(src), "--out", str(out), "--quiet"]) == 0
    printed = capsys.readouterr().out
    assert "articles read: 1" in printed and "skipped: 1" in printed
    assert "unsupported file type" in printed
    assert (out / "graph.json").is_file() and (out / "report.json").is_file()
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["skipped"] == [{"input": str(src / "skip.csv"), "reason": "unsupported file type '.csv'"}]


def test_build_exits_1_when_nothing_could_be_processed(tmp_path, capsys):
    src = tmp_path / "in"
    _write(src, "english.txt", "Only English text here.")
    _write(src, "empty.txt", "")
    out = tmp_path / "out"
    assert main(["build", str(src), "--out", str(out), "--quiet"]) == 1
    assert "no article could be processed" in capsys.readouterr().err
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert {Path(s["input"]).name: s["reason"] for s in report["skipped"]} == \
           {"english.txt": "no Arabic text", "empty.txt": "empty"}


def test_build_exits_1_for_a_missing_input(tmp_path, capsys):
    assert main(["build", str(tmp_path / "nothing-here"), "--out", str(tmp_path / "out"), "--quiet"]) == 1
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert report["skipped"][0]["reason"] == "no such file or directory"


def test_strict_fails_when_anything_was_skipped(tmp_path):
    src = tmp_path / "in"
    _write(src, "a.txt", BODY)
    assert main(["build", str(src), "--out", str(tmp_path / "o1"), "--quiet", "--strict"]) == 0
    _write(src, "b.txt", "   ")
    assert main(["build", str(src), "--out", str(tmp_path / "o2"), "--quiet", "--strict"]) == 1
    assert main(["build", str(src), "--out", str(tmp_path / "o3"), "--quiet"]) == 0


def test_into_extends_an_existing_graph(tmp_path, capsys):
    out = tmp_path / "out"
    a = _write(tmp_path / "a", "one.txt", BODY)
    b = _write(tmp_path / "b", "two.txt", "انسحبت قوات الدعم السريع من مدينة ود مدني في السودان.")
    assert main(["build", str(a), "--out", str(out), "--quiet"]) == 0
    assert main(["build", str(b), str(a), "--into", str(out), "--quiet"]) == 0
    assert "added 1, unchanged 1" in capsys.readouterr().out
    graph = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    assert sorted(graph["graph"]["articles"]) == ["one", "two"]


def test_stdin_dash(tmp_path, monkeypatch):
    class FakeStdin:
        buffer = io.BytesIO(BODY.encode("utf-8"))
    monkeypatch.setattr(sys, "stdin", FakeStdin())
    out = tmp_path / "out"
    assert main(["build", "-", "--out", str(out), "--quiet"]) == 0
    graph = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    assert list(graph["graph"]["articles"]) == ["stdin"]


def test_output_that_is_a_file_is_a_clean_error(tmp_path, capsys):
    target = _write(tmp_path, "out", "not a directory")
    src = _write(tmp_path / "in", "a.txt", BODY)
    assert main(["build", str(src), "--out", str(target), "--quiet"]) == 2
    err = capsys.readouterr().err
    assert "kg build: error:" in err and str(target) in err and "Traceback" not in err


def test_out_or_into_is_required(tmp_path, capsys):
    try:
        main(["build", str(tmp_path)])
    except SystemExit as exc:
        assert exc.code == 2
    else:
        raise AssertionError("argparse should reject a build without --out or --into")
    assert "--out" in capsys.readouterr().err


@pytest.mark.slow
def test_installed_command_runs_as_a_process(tmp_path):
    """One real process: `python -m kg.cli build` (the `kg` script's entry point) on the examples."""
    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(REPO / "examples" / "articles"),
                           "--out", str(out), "--quiet"], capture_output=True, text=True, cwd=REPO, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "articles read: 4" in proc.stdout
    graph = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    assert len(graph["nodes"]) > 20 and len(graph["links"]) > 10
