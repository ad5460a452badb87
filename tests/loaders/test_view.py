"""The kg viz page as a file: self-contained, strings escaped, data complete (no browser needed;
the browser tests are in test_view_browser.py)."""
from __future__ import annotations

import json
import re
from pathlib import Path

from hypothesis import given, strategies as st

from kg.cli import main
from kg.graph import read_graph
from loaders.view import page_data, render_page, script_json

SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "sample_graph.json"


def embedded_data(page: str) -> dict:
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert m, "no data element"
    return json.loads(m.group(1))


def test_page_embeds_every_node_and_edge_with_provenance():
    g = read_graph(SAMPLE)
    data = embedded_data(render_page(g))
    assert sorted(n["id"] for n in data["nodes"]) == sorted(g.nodes)
    assert len(data["edges"]) == g.number_of_edges()
    sentences = {p["sentence"] for _, _, d in g.edges(data=True) for p in d["provenance"]}
    assert {p["sentence"] for e in data["edges"] for p in e["provenance"]} == sentences
    assert {t["code"] for t in data["entity_types"]} == {d["type"] for _, d in g.nodes(data=True)}


def test_page_loads_nothing_from_outside():
    page = render_page(read_graph(SAMPLE))
    assert not re.search(r"<(link|iframe|img|object|embed)\b", page, re.I)
    assert not re.search(r"<script[^>]*\bsrc=", page, re.I)
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert "default-src &#x27;none&#x27;" in csp and "connect-src &#x27;none&#x27;" in csp


def test_injection_strings_never_reach_the_markup():
    page = render_page(read_graph(SAMPLE), title='<script>alert("t")</script>')
    assert "<script>alert(1)</script>" not in page
    assert '<script>alert("t")</script>' not in page
    # the only script elements are the data block and the two inlined scripts
    assert len(re.findall(r"<script\b", page)) == 3
    names = [n["name"] for n in embedded_data(page)["nodes"]]
    assert any("<script>alert(1)</script>" in n for n in names)      # kept as text, not dropped


@given(st.text())
def test_script_json_round_trips_and_cannot_close_the_element(text):
    out = script_json({"s": text, "l": [text]})
    assert not set(out) & {"<", ">", "&", "\u2028", "\u2029"}
    assert json.loads(out) == {"s": text, "l": [text]}


def test_places_keep_coordinates_and_others_have_none():
    data = page_data(read_graph(SAMPLE))
    by_id = {n["id"]: n for n in data["nodes"]}
    assert (by_id["homs"]["lat"], by_id["homs"]["lon"]) == (34.72682, 36.72339)
    assert by_id["hts"]["lat"] is None and by_id["hts"]["degree"] == read_graph(SAMPLE).degree("hts") == 3


def test_kg_viz_writes_the_page(tmp_path, capsys):
    out = tmp_path / "sub" / "graph.html"
    assert main(["viz", str(SAMPLE), "-o", str(out)]) == 0
    assert "11 nodes" in capsys.readouterr().out
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_kg_viz_names_a_missing_graph(tmp_path, capsys):
    assert main(["viz", str(tmp_path / "nope.json"), "-o", str(tmp_path / "x.html")]) == 2
    assert "nope.json" in capsys.readouterr().err



def test_the_page_carries_the_country_borders_of_its_places_region():
    from pathlib import Path as _Path

    from kg.graph import read_graph as _read
    from loaders.view import borders_near, page_data
    vendor = _Path(__file__).resolve().parents[2] / "loaders" / "view" / "vendor"
    assert (vendor / "world-atlas.LICENSE-ISC.txt").is_file() and "Natural Earth" in (vendor / "README.md").read_text()
    data = page_data(_read(_Path(__file__).resolve().parents[1] / "golden" / "examples_graph.json"))
    b = data["borders"]
    west, south, east, north = b["box"]
    assert west < 35.5 < east and south < 15 < 33.9 < north          # Lebanon to Sudan
    assert 20 < len(b["arcs"]) < 1000
    for arc in b["arcs"]:
        xs, ys = [x / b["scale"] for x in arc[0::2]], [y / b["scale"] for y in arc[1::2]]
        assert max(xs) >= west and min(xs) <= east and max(ys) >= south and min(ys) <= north
    assert borders_near([{"lat": None, "lon": None}])["arcs"] == []
