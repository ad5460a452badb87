"""Outputs are written atomically: a build or export interrupted at any point (an exception, a
Ctrl-C, a SIGKILL) leaves the previous file byte for byte, never half a file, and a rerun
completes the job with the same result as an uninterrupted run."""
from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import BODY, BODY2

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples" / "articles"


class Interrupt(Exception):
    pass


def fail_after(monkeypatch, module, name, calls: int, exc=Interrupt):
    """Make module.name raise exc on its calls-th call (the earlier calls work)."""
    real = getattr(module, name)
    seen = {"n": 0}

    def wrapper(*args, **kwargs):
        seen["n"] += 1
        if seen["n"] >= calls:
            raise exc("interrupted for the test")
        return real(*args, **kwargs)
    monkeypatch.setattr(module, name, wrapper)
    return seen


def visible(directory: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(directory.iterdir()) if not p.name.startswith(".")}


def temp_files(directory: Path) -> list[str]:
    return [p.name for p in directory.iterdir() if p.name.endswith(".tmp")]


def add_third(inputs: Path) -> None:
    (inputs / "three.txt").write_text("دخلت فصائل المعارضة مدينة حلب وسيطرت على المطار الدولي.", encoding="utf-8")


@pytest.mark.parametrize("calls", [1, 3, 10], ids=["first-element", "third-element", "tenth-element"])
def test_exception_while_writing_graph_keeps_the_previous_graph(kg, monkeypatch, built, inputs, calls):
    before = visible(built)
    add_third(inputs)
    fail_after(monkeypatch, json, "dumps", calls)
    with pytest.raises(Interrupt):
        kg("build", inputs, "--out", built, "--quiet")
    assert visible(built) == before, "graph.json and report.json are the previous ones, byte for byte"
    assert temp_files(built) == []


def test_failed_rename_keeps_the_previous_graph_and_no_temp_file(kg, monkeypatch, built, inputs):
    import os
    before = visible(built)
    add_third(inputs)
    fail_after(monkeypatch, os, "replace", 1, OSError)
    run = kg("build", inputs, "--out", built, "--quiet")
    assert run.code == 1 and run.err.startswith("kg build: error:") and len(run.err.splitlines()) == 1
    assert visible(built) == before and temp_files(built) == []


def test_ctrl_c_while_writing_is_reported_and_keeps_the_previous_graph(kg, monkeypatch, built, inputs):
    before = visible(built)
    add_third(inputs)
    fail_after(monkeypatch, json, "dumps", 5, KeyboardInterrupt)
    run = kg("build", inputs, "--out", built, "--quiet")
    assert run.code == 130 and "interrupted" in run.err and "Traceback" not in run.text
    assert visible(built) == before and temp_files(built) == []


def test_interrupted_report_keeps_the_previous_report(kg, monkeypatch, built, inputs):
    report = (built / "report.json").read_bytes()
    add_third(inputs)
    fail_after(monkeypatch, json, "dump", 1)
    with pytest.raises(Interrupt):
        kg("build", inputs, "--out", built, "--quiet")
    assert (built / "report.json").read_bytes() == report
    json.loads((built / "graph.json").read_text(encoding="utf-8"))      # whichever graph.json: a whole one


def test_interrupted_first_build_leaves_no_graph_at_all(kg, monkeypatch, tmp_path, inputs):
    fail_after(monkeypatch, json, "dumps", 4)
    out = tmp_path / "fresh"
    with pytest.raises(Interrupt):
        kg("build", inputs, "--out", out, "--quiet")
    assert not (out / "graph.json").exists() and temp_files(out) == []


def test_rerun_after_an_interruption_equals_an_uninterrupted_run(kg, monkeypatch, tmp_path, built, inputs):
    reference = tmp_path / "reference"
    shutil.copytree(built, reference)
    add_third(inputs)
    assert kg("build", inputs, "--into", reference, "--quiet").code == 0
    with monkeypatch.context() as m:
        fail_after(m, json, "dumps", 4)      # (mid-way through writing graph.json's lines)
        with pytest.raises(Interrupt):
            kg("build", inputs, "--into", built, "--quiet")
    assert kg("build", inputs, "--into", built, "--quiet").code == 0
    assert (built / "graph.json").read_bytes() == (reference / "graph.json").read_bytes()
    report = json.loads((built / "report.json").read_text(encoding="utf-8"))
    assert report["articles_added"] == 1 and report["articles_unchanged"] == 2


def test_stale_sidecar_index_after_an_interruption_is_not_trusted(kg, monkeypatch, tmp_path, built, inputs):
    """graph.json replaced but its index not (killed between the two renames): the next --into
    must notice the index no longer describes the file."""
    import os
    reference = tmp_path / "reference"
    shutil.copytree(built, reference)
    add_third(inputs)
    real = os.replace

    def no_index(src, dst):
        if str(dst).endswith(".index"):
            raise Interrupt("killed before the index was renamed")
        return real(src, dst)
    with monkeypatch.context() as m:
        m.setattr(os, "replace", no_index)
        with pytest.raises(Interrupt):
            kg("build", inputs, "--into", built, "--quiet")
    (inputs / "four.txt").write_text("قصفت طائرات حربية بلدة سراقب في ريف إدلب.", encoding="utf-8")
    for out in (built, reference):
        assert kg("build", inputs, "--into", out, "--quiet").code == 0
    assert (built / "graph.json").read_bytes() == (reference / "graph.json").read_bytes()


# ---------------------------------------------------------------- a real kill

KILLER = """
import json, os, signal, sys
real = json.dumps
calls = {"n": 0}
def dumps(*a, **k):
    calls["n"] += 1
    if calls["n"] == int(sys.argv[1]):
        sys.stdout.flush()
        os.kill(os.getpid(), signal.SIGKILL)
    return real(*a, **k)
json.dumps = dumps
from kg.cli import main
sys.exit(main(sys.argv[2:]))
"""


@pytest.mark.slow
def test_sigkill_mid_write_keeps_the_previous_graph_and_a_rerun_completes(kg, tmp_path):
    """A process killed (SIGKILL: no cleanup at all) halfway through writing graph.json."""
    out, reference = tmp_path / "out", tmp_path / "reference"
    assert kg("build", EXAMPLES / "syria_hama.txt", "--out", out, "--quiet").code == 0
    shutil.copytree(out, reference)
    before = visible(out)
    both = [str(EXAMPLES / "syria_hama.txt"), str(EXAMPLES / "sudan_gezira.txt")]
    killed = subprocess.run([sys.executable, "-c", KILLER, "25", "build", *both, "--into", str(out), "--quiet"],
                            cwd=REPO, capture_output=True)
    assert killed.returncode == -signal.SIGKILL, killed.stderr.decode()
    half = [p for p in out.iterdir() if p.name.startswith(".graph.json.") and p.name.endswith(".tmp")]
    assert len(half) == 1, "the kill came while graph.json was being written"
    assert visible(out) == before, "the killed build left the previous graph.json and report.json"
    json.loads((out / "graph.json").read_text(encoding="utf-8"))
    for target in (out, reference):
        assert kg("build", *both, "--into", target, "--quiet").code == 0
    assert (out / "graph.json").read_bytes() == (reference / "graph.json").read_bytes()


# ---------------------------------------------------------------- exports

@pytest.mark.parametrize("fmt", ["turtle", "nt", "graphml", "html"])
def test_interrupted_export_keeps_the_previous_file(monkeypatch, tmp_path, fmt):
    import loaders
    from kg.graph import read_graph
    g = read_graph(REPO / "tests" / "fixtures" / "sample_graph.json")
    target = tmp_path / f"graph.{fmt}"
    loaders.export(g, fmt, target)
    before = target.read_bytes()
    exporter = loaders.get(fmt)

    def half_then_fail(graph, out, **options):
        exporter.write(graph, out, **options)
        with open(out, "r+b") as f:
            f.truncate(len(before) // 2)
        raise Interrupt("writer died halfway")
    monkeypatch.setitem(loaders._REGISTRY, fmt, exporter.__class__(fmt, exporter.extension, exporter.media_type,
                                                                   exporter.description, half_then_fail))
    with pytest.raises(Interrupt):
        loaders.export(g, fmt, target)
    assert target.read_bytes() == before
    assert temp_files(tmp_path) == []


def test_interruption_after_checkpoints_keeps_the_previous_graph(monkeypatch, tmp_path, built, inputs):
    """A long build checkpoints its graph to a side file; dying after a checkpoint must still
    leave graph.json as it was, and the next build must not pick up the checkpoint."""
    import kg.pipeline as pipeline
    reference = tmp_path / "reference"
    shutil.copytree(built, reference)
    add_third(inputs)
    (inputs / "four.txt").write_text("قصفت طائرات حربية بلدة سراقب في ريف إدلب.", encoding="utf-8")
    before = visible(built)
    real, seen = pipeline.extract_article, {"n": 0}

    def dies_on_the_fourth(article):
        seen["n"] += 1
        if seen["n"] == 4:
            raise KeyboardInterrupt
        return real(article)
    with monkeypatch.context() as m:
        m.setattr(pipeline, "extract_article", dies_on_the_fourth)
        with pytest.raises(KeyboardInterrupt):
            pipeline.build([str(inputs)], built, into=True, progress=False, checkpoint_items=1)
    assert visible(built) == before
    pipeline.build([str(inputs)], built, into=True, progress=False, checkpoint_items=1)
    pipeline.build([str(inputs)], reference, into=True, progress=False)
    assert (built / "graph.json").read_bytes() == (reference / "graph.json").read_bytes()
