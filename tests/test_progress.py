"""The progress bar's total: known for files and JSONL, unknown for stdin."""
from __future__ import annotations

import io
import json

from kg.pipeline import _progress, count_articles


def test_count_articles_counts_files_and_jsonl_lines(tmp_path):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "a.txt").write_text("نص", encoding="utf-8")
    (tmp_path / "d" / "a.meta.json").write_text("{}", encoding="utf-8")     # metadata, not an article
    (tmp_path / "d" / "b.html").write_text("<p>نص</p>", encoding="utf-8")
    (tmp_path / "d" / "notes.md").write_text("x", encoding="utf-8")          # not read
    lines = [json.dumps({"id": i, "text": "نص"}) for i in range(5)]
    (tmp_path / "c.jsonl").write_text("\n".join(lines[:3]) + "\n\n" + "\n".join(lines[3:]), encoding="utf-8")
    assert count_articles([str(tmp_path / "d"), str(tmp_path / "c.jsonl")]) == 2 + 5
    assert count_articles(["-"]) is None


def test_the_bar_shows_a_total_and_time_left(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("نص", encoding="utf-8")
    (tmp_path / "b.txt").write_text("نص", encoding="utf-8")
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    err = Terminal()
    monkeypatch.setattr("sys.stderr", err)
    bar = _progress(True, [str(tmp_path)])
    assert bar.total == 2
    bar.update(1)
    bar.refresh()
    bar.close()
    assert "1/2" in err.getvalue() and "<" in err.getvalue()       # tqdm's "elapsed<remaining"
