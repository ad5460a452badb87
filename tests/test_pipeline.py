"""The pipeline end to end: build a directory into graph.json and report.json, and pin the graph
of the repository's own example articles against a golden file."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from kg.graph import read_graph
from kg.pipeline import build

REPO = Path(__file__).resolve().parents[1]
GOLDEN = REPO / "tests" / "golden" / "examples_graph.json"
BODY = "سيطرت قوات الدعم السريع على مدينة الفاشر بعد معارك عنيفة مع الجيش السوداني، وفقاً لوكالة رويترز."


def _regen_module():
    spec = importlib.util.spec_from_file_location("regen_golden", REPO / "scripts" / "regen_golden.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def golden_view(data: dict) -> dict[str, set]:
    """What the golden test compares, as sets so that order does not matter."""
    edges = data.get("links", data.get("edges", []))
    return {
        "nodes": {(n["id"], n["type"]) for n in data["nodes"]},
        "edges": {(e["source"], e["type"], e["target"]) for e in edges},
        "provenance": {(e["source"], e["type"], e["target"], p["article"], p["start"], p["end"], p["rule"])
                       for e in edges for p in e["provenance"]},
        "articles": {(a, info.get("published")) for a, info in data["graph"]["articles"].items()},
    }


@pytest.fixture(scope="module")
def examples_graph(tmp_path_factory):
    return _regen_module().build_examples(tmp_path_factory.mktemp("examples"))


def test_examples_match_the_golden_graph(examples_graph):
    """On a deliberate change: `python scripts/regen_golden.py`, then review the diff."""
    golden = golden_view(json.loads(GOLDEN.read_text(encoding="utf-8")))
    fresh = golden_view(examples_graph)
    problems = []
    for key in golden:
        missing, extra = golden[key] - fresh[key], fresh[key] - golden[key]
        if missing or extra:
            problems.append(f"{key}: missing {sorted(missing)[:8]} extra {sorted(extra)[:8]}")
    assert not problems, "graph of examples/articles differs from the golden file " \
                         "(regenerate with scripts/regen_golden.py if intended):\n" + "\n".join(problems)


def test_golden_file_has_no_volatile_fields():
    data = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert all("origin" not in info for info in data["graph"]["articles"].values())


def test_examples_make_a_real_graph(examples_graph):
    """The README's main command on examples/articles shows actors, places and relations from all four."""
    view = golden_view(examples_graph)
    types = {t for _, t in view["nodes"]}
    assert {"ArmedGroup", "StateForce", "City", "Person", "MediaOutlet"} <= types
    relation_types = {t for _, t, _ in view["edges"]}
    assert {"CAPTURED", "ATTACKED", "LEADS", "MEMBER_OF", "PART_OF"} <= relation_types
    assert {a for a, *_ in (p[3:] for p in view["provenance"])} == \
           {"syria_hama", "lebanon_south", "yemen_red_sea", "sudan_gezira"}
    assert len(view["edges"]) >= 20


def _node_named(graph, word):
    """Id of the node whose name holds word (cue-introduced places get registry ids as it grows)."""
    found = [n["id"] for n in graph["nodes"] if word in n["name"]]
    assert found, f"no node named {word}"
    return found[0]


def test_examples_key_facts(examples_graph):
    edges = golden_view(examples_graph)["edges"]
    morek, maardes = _node_named(examples_graph, "مورك"), _node_named(examples_graph, "معردس")
    for fact in [("hayat_tahrir_al_sham", "LEADS", "syrian_opposition"),       # التي تقودها
                 ("syrian_opposition", "CAPTURED", morek),                      # coordinated objects
                 ("syrian_opposition", "CAPTURED", maardes),
                 ("radwan_force", "PART_OF", "hezbollah"),                      # التابعة لـ
                 ("avichay_adraee", "MEMBER_OF", "israel_defense_forces"),      # المتحدث باسم X، NAME
                 ("hemedti", "LEADS", "rapid_support_forces"),                  # بقيادة
                 ("sudanese_armed_forces", "CAPTURED", "wad_medani")]:          # الجيش in a Sudan article
        assert fact in edges


def test_examples_attribution_hedge_and_dates(examples_graph):
    provs = [(e["source"], e["type"], e["target"], p) for e in examples_graph["links"] for p in e["provenance"]]
    attributed = {(s, t, o): p["attributed_to"] for s, t, o, p in provs if p["attributed_to"]}
    assert attributed.get(("syrian_opposition", "CAPTURED", _node_named(examples_graph, "مورك"))) == "sohr"
    assert any(p["hedged"] for *_, p in provs)
    dated = {p["event_date"] for s, t, o, p in provs if p["article"] == "yemen_red_sea"}
    assert "2024-11-30" in dated, "مساء السبت against a Sunday 2024-12-01 publication"


def test_examples_boilerplate_tail_is_not_extracted(examples_graph):
    text = (REPO / "examples" / "articles" / "syria_hama.txt").read_text(encoding="utf-8")
    tail = text.index("مقتل شاب")
    for n in examples_graph["nodes"]:
        for m in n["mentions"]:
            if m["article"] == "syria_hama":
                assert m["end"] <= tail, f"mention {m['text']!r} taken from the teaser lines"
    assert "daraa" not in {n["id"] for n in examples_graph["nodes"]
                           if any(m["article"] == "syria_hama" for m in n["mentions"])}


def test_examples_html_aside_teaser_is_not_extracted(examples_graph):
    for n in examples_graph["nodes"]:
        assert not any(m["article"] == "lebanon_south" and "الفاشر" in m["text"] for m in n["mentions"])


# ---------------------------------------------------------------- build on a temporary directory

def test_build_writes_graph_and_report(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(BODY, encoding="utf-8")
    (src / "notes.docx").write_bytes(b"PK\x03\x04")
    (src / "blank.txt").write_text("\n", encoding="utf-8")
    (src / "feed.jsonl").write_text('{"id": "j1", "text": "' + BODY + '"}\n{broken\n', encoding="utf-8")
    out = tmp_path / "out"
    report = build([str(src)], out, progress=False)
    assert (report.read, report.added, report.unchanged) == (2, 2, 0)
    g = read_graph(out / "graph.json")
    assert ("rapid_support_forces", "el_fasher", "CAPTURED") in set(g.edges(keys=True))
    assert sorted(g.graph["articles"]) == ["a", "j1"]
    data = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert data["articles_read"] == 2 and data["entities"] == g.number_of_nodes()
    assert data["relations"] == g.number_of_edges()
    skipped = {Path(s["input"]).name: s["reason"] for s in data["skipped"]}
    assert skipped["notes.docx"] == "unsupported file type '.docx'"
    assert skipped["blank.txt"] == "empty"
    assert "line 2" in skipped["feed.jsonl:2"]
    assert set(skipped) == {"notes.docx", "blank.txt", "feed.jsonl:2"}


def test_build_into_keeps_unchanged_articles_and_replaces_changed_ones(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(BODY, encoding="utf-8")
    out = tmp_path / "out"
    build([str(src)], out, progress=False)
    again = build([str(src)], out, into=True, progress=False)
    assert (again.added, again.unchanged) == (0, 1)
    (src / "a.txt").write_text("انسحبت قوات الدعم السريع من مدينة ود مدني في السودان.", encoding="utf-8")
    changed = build([str(src)], out, into=True, progress=False)
    assert changed.added == 1
    edges = set(read_graph(out / "graph.json").edges(keys=True))
    assert ("rapid_support_forces", "wad_medani", "WITHDREW_FROM") in edges
    assert ("rapid_support_forces", "el_fasher", "CAPTURED") not in edges


def test_build_output_path_that_is_a_file_is_an_error(tmp_path):
    from kg.errors import KgError
    f = tmp_path / "out"
    f.write_text("x")
    with pytest.raises(KgError, match="not a directory"):
        build([str(tmp_path)], f, progress=False)


def test_one_failing_article_does_not_lose_the_others(tmp_path, monkeypatch):
    import kg.pipeline as pipeline
    real = pipeline.extract_article

    def flaky(article):
        if article.id == "bad":
            raise RuntimeError("boom")
        return real(article)
    monkeypatch.setattr(pipeline, "extract_article", flaky)
    (tmp_path / "bad.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "good.txt").write_text(BODY, encoding="utf-8")
    report = build([str(tmp_path)], tmp_path / "out", progress=False)
    assert report.added == 1
    (failed,) = report.failed
    assert failed.origin.endswith("bad.txt") and "RuntimeError: boom" in failed.reason


def test_one_provenance_item_per_supporting_sentence(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("وقصف الجيش الإسرائيلي مخيم جباليا شمال قطاع غزة.", encoding="utf-8")
    build([str(src)], tmp_path / "out", progress=False)
    g = read_graph(tmp_path / "out" / "graph.json")
    assert ("israel_defense_forces", "jabalya", "ATTACKED") in set(g.edges(keys=True))
    for u, v, k, d in g.edges(keys=True, data=True):
        sentences = [(p["article"], p["start"], p["end"]) for p in d["provenance"]]
        assert len(sentences) == len(set(sentences)), (u, k, v, [p["rule"] for p in d["provenance"]])


def test_extracting_an_article_leaves_no_reference_cycles():
    """Everything an article's extraction builds is freed by reference counting: a cycle (a rule
    context whose closures refer back to its sentence context kept 514 objects of this article)
    leaves the whole article's tokens and views to the cyclic collector, whose young-generation
    passes then traverse them (about 5 % of the CPU of a large build)."""
    import gc

    from kg.ingest import make_article
    from kg.pipeline import extract_article
    text = " ".join(["سيطرت قوات النظام على مدينة حماة بعد معارك عنيفة مع الفصائل.",
                     "وقالت وزارة الدفاع التركية إن قواتها قصفت مواقع في ريف حلب الشمالي.",
                     "والتقى وزير الخارجية السوري نظيره التركي في أنقرة لبحث الأوضاع في المدينة."] * 4)
    article = make_article("cycles", text, "test")
    extract_article(article)                 # loads what a first article loads (kept for the run)
    gc.collect()
    gc.disable()
    try:
        result = extract_article(article)
        left = gc.collect()
    finally:
        gc.enable()
    assert result.claims
    assert left == 0
