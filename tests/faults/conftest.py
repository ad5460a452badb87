"""Helpers for the fault suite: Arabic test sentences (written for these tests) and a way to run
the kg command line in-process, capturing what a user would see."""
from __future__ import annotations

from dataclasses import dataclass

import pytest

BODY = "سيطرت قوات النظام السوري على مدينة حمص بعد معارك عنيفة مع فصائل المعارضة."
BODY2 = "وقال المرصد السوري لحقوق الإنسان إن هيئة تحرير الشام انسحبت من بلدة القصير."


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str

    @property
    def text(self) -> str:
        return self.out + self.err


@pytest.fixture
def kg(capsys):
    """kg(*argv) -> Run: the exit code and captured output of the kg CLI, a traceback never
    escaping (an uncaught exception fails the test with its traceback)."""
    from kg.cli import main

    def run(*argv: str) -> Run:
        capsys.readouterr()
        try:
            code = main([str(a) for a in argv])
        except SystemExit as exc:          # argparse usage errors
            code = exc.code if isinstance(exc.code, int) else 1
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)
    return run


@pytest.fixture
def inputs(tmp_path):
    """A folder of two small articles."""
    d = tmp_path / "in"
    d.mkdir()
    (d / "one.txt").write_text(BODY, encoding="utf-8")
    (d / "two.txt").write_text(BODY2, encoding="utf-8")
    return d


@pytest.fixture
def built(kg, tmp_path, inputs):
    """A completed build of the two inputs (the 'previous' output)."""
    out = tmp_path / "out"
    assert kg("build", inputs, "--out", out, "--quiet").code == 0
    return out
