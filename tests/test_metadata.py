"""Metadata for plain-text articles: sidecars, a manifest, the dateline, --published (kg.metadata)."""
from __future__ import annotations

import json

import pytest

from kg.cli import main
from kg.errors import InputError
from kg.ingest import read_inputs
from kg.metadata import Metadata, check_date, read_manifest
from kg.types import Article, Skipped

TEXT = "قالت مصادر محلية إن قوات الجيش سيطرت على البلدة مساء السبت بعد معارك عنيفة."
DATELINED = "حلب - 8 كانون الأول 2024 - " + TEXT


def articles(paths, metadata=None) -> dict[str, Article]:
    return {a.id: a for a in read_inputs([str(p) for p in paths], metadata) if isinstance(a, Article)}


def test_a_sidecar_gives_a_txt_its_url_title_date_and_source(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(json.dumps({"url": "https://example.org/a", "title": "عنوان",
                                                      "published": "2024-12-08", "source": "وكالة"}), encoding="utf-8")
    items = list(read_inputs([str(tmp_path)]))
    assert [type(i) for i in items] == [Article]        # the sidecar is read with its article, not as an input
    a = items[0]
    assert (a.url, a.title, a.published, a.source) == ("https://example.org/a", "عنوان", "2024-12-08", "وكالة")


def test_a_manifest_csv_or_jsonl_fills_missing_fields_by_id(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(json.dumps({"id": "b", "text": TEXT, "title": "own title"}, ensure_ascii=False),
                                      encoding="utf-8")
    csv_manifest = tmp_path / "m.csv"
    csv_manifest.write_text("id,url,title,published,source\na,https://e.org/a,t-a,2024-12-07,src\n"
                            "b,https://e.org/b,t-b,2024-11-30,\n", encoding="utf-8")
    got = articles([tmp_path / "a.txt", tmp_path / "b.jsonl"], Metadata(manifest=read_manifest(csv_manifest)))
    assert (got["a"].url, got["a"].title, got["a"].published, got["a"].source) == ("https://e.org/a", "t-a", "2024-12-07", "src")
    assert (got["b"].title, got["b"].published) == ("own title", "2024-11-30")      # its own title is kept
    jsonl_manifest = tmp_path / "m.jsonl"
    jsonl_manifest.write_text(json.dumps({"id": "a", "published": "2024-01-02"}) + "\n", encoding="utf-8")
    assert articles([tmp_path / "a.txt"], Metadata(manifest=read_manifest(jsonl_manifest)))["a"].published == "2024-01-02"


def test_precedence_sidecar_manifest_dateline_then_the_runs_date(tmp_path):
    (tmp_path / "s.txt").write_text(DATELINED, encoding="utf-8")
    (tmp_path / "s.meta.json").write_text('{"published": "2024-12-01"}', encoding="utf-8")
    (tmp_path / "m.txt").write_text(DATELINED, encoding="utf-8")
    (tmp_path / "d.txt").write_text(DATELINED, encoding="utf-8")
    (tmp_path / "r.txt").write_text(TEXT, encoding="utf-8")
    meta = Metadata(manifest={"s": {"published": "2024-01-01"}, "m": {"published": "2024-12-02"}}, published="2024-05-05")
    got = articles([tmp_path], meta)
    assert {k: a.published for k, a in got.items()} == {"s": "2024-12-01", "m": "2024-12-02", "d": "2024-12-08",
                                                         "r": "2024-05-05"}


def test_bad_metadata_is_one_clear_error(tmp_path):
    with pytest.raises(InputError, match="'id' column"):
        (tmp_path / "x.csv").write_text("name,url\na,b\n", encoding="utf-8")
        read_manifest(tmp_path / "x.csv")
    with pytest.raises(InputError, match="line 2: 'published' must be a date"):
        (tmp_path / "y.csv").write_text("id,published\na,yesterday\n", encoding="utf-8")
        read_manifest(tmp_path / "y.csv")
    with pytest.raises(InputError, match="no manifest file"):
        read_manifest(tmp_path / "none.csv")
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        check_date("8/12/2024")


def test_a_broken_sidecar_skips_its_article_with_the_reason(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "b.txt").write_text(TEXT, encoding="utf-8")
    items = list(read_inputs([str(tmp_path)]))
    assert [i.id for i in items if isinstance(i, Article)] == ["b"]
    assert any(isinstance(i, Skipped) and "sidecar" in i.reason and "a.meta.json" in i.reason for i in items)


@pytest.mark.slow
def test_build_with_published_dates_the_txt_claims(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("سيطرت قوات الدعم السريع على مدينة الفاشر مساء السبت بعد معارك عنيفة.", encoding="utf-8")
    assert main(["build", str(src), "--out", str(tmp_path / "out"), "--quiet", "--published", "2024-12-01"]) == 0
    data = json.loads((tmp_path / "out" / "graph.json").read_text(encoding="utf-8"))
    assert data["graph"]["articles"]["a"]["published"] == "2024-12-01"
    dates = [(p["event_date"], p["event_date_precision"]) for link in data["links"] for p in link["provenance"]]
    assert dates and all(d == ("2024-11-30", "day") for d in dates)
    assert main(["build", str(src), "--out", str(tmp_path / "o2"), "--published", "soon"]) == 2
    assert "--published needs a date YYYY-MM-DD, not 'soon'" in capsys.readouterr().err
