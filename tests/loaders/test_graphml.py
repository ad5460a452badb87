"""GraphML and GEXF exports: well-formed XML, flat attributes, provenance summarised, edge keys
kept, read back by networkx."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest

import loaders
from kg.cli import main
from kg.graph import read_graph

SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "sample_graph.json"
FLAT_TYPES = (str, int, float, bool)


@pytest.fixture(scope="module")
def graph():
    return read_graph(SAMPLE)


@pytest.fixture(scope="module")
def exported(graph, tmp_path_factory):
    d = tmp_path_factory.mktemp("graphml")
    return {fmt: loaders.export(graph, fmt, d / f"sample.{fmt}") for fmt in ("graphml", "gexf")}


@pytest.mark.parametrize("fmt, root", [("graphml", "graphml"), ("gexf", "gexf")])
def test_xml_is_well_formed(exported, fmt, root):
    tree = ET.parse(exported[fmt])
    assert tree.getroot().tag.endswith(root)


def read_back(exported, fmt) -> nx.MultiDiGraph:
    if fmt == "graphml":
        return nx.read_graphml(exported[fmt], force_multigraph=True)
    return nx.read_gexf(exported[fmt])


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_reads_back_with_the_same_nodes_edges_and_keys(graph, exported, fmt):
    back = read_back(exported, fmt)
    assert back.is_directed()
    assert set(back.nodes) == set(graph.nodes)
    assert sorted((u, v, d["relation"]) for u, v, d in back.edges(data=True)) == sorted(graph.edges(keys=True))


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_parallel_edges_keep_their_keys(graph, tmp_path, fmt):
    g = graph.copy()
    prov = dict(g.edges["syrian_opposition", "homs", "CAPTURED"]["provenance"][0])
    g.add_edge("syrian_opposition", "homs", key="ENTERED", type="ENTERED", provenance=[prov])
    back = read_back({fmt: loaders.export(g, fmt, tmp_path / f"p.{fmt}")}, fmt)
    assert back.is_multigraph() and back.number_of_edges("syrian_opposition", "homs") == 2
    assert sorted((u, v, d["relation"]) for u, v, d in back.edges(data=True)) == sorted(g.edges(keys=True))
    if fmt == "gexf":       # GEXF carries networkx's own key attribute: the keys come back as they were
        assert sorted(back.edges(keys=True)) == sorted(g.edges(keys=True))


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_attributes_are_flat_and_none_is_dropped(graph, exported, fmt):
    back = read_back(exported, fmt)
    for _, d in back.nodes(data=True):
        assert all(isinstance(v, FLAT_TYPES) for k, v in d.items() if k != "viz"), d   # viz: GEXF colour/size
    for _, _, d in back.edges(data=True):
        assert all(isinstance(v, FLAT_TYPES) for v in d.values()), d
    person = next(n for n, d in graph.nodes(data=True) if d["type"] == "Person")
    assert "name_en" not in back.nodes[person] and "lat" not in back.nodes[person]
    homs = back.nodes["homs"]
    assert homs["aliases"] == "حمص | مدينة حمص" and homs["type"] == "City"
    assert float(homs["lat"]) == pytest.approx(34.72682)
    assert homs["articles"] == "sample_1 | sample_2" and int(homs["mention_count"]) == 2


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_provenance_is_summarised(graph, exported, fmt):
    back = read_back(exported, fmt)
    edges = {(u, v, d["relation"]): d for u, v, d in back.edges(data=True)}
    entered = edges[("syrian_opposition", "damascus", "ENTERED")]
    assert int(entered["provenance_count"]) == 1
    assert entered["articles"] == "sample_2" and entered["outlets"] == "رويترز" and entered["outlet_ids"] == "reuters"
    assert entered["first_date"] == entered["last_date"] == "2024-12-07"      # the event date, not published
    attacked = edges[("israel", "al_qusayr", "ATTACKED")]
    assert int(attacked["hedged_count"]) == 1 and "outlets" not in attacked
    assert attacked["first_date"] == "2024-12-07"                             # no event date: the article's date
    assert float(attacked["max_confidence"]) == pytest.approx(0.6)
    text = Path(exported[fmt]).read_text(encoding="utf-8")
    sentences = [p["sentence"] for _, _, d in graph.edges(data=True) for p in d["provenance"]]
    assert not [s for s in sentences if s in text]                            # summarised, not copied


def test_graphml_edge_ids_are_unique_for_gephi(exported):
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    ids = [e.get("id") for e in ET.parse(exported["graphml"]).getroot().iterfind(".//g:edge", ns)]
    assert len(ids) == len(set(ids)) == 9


def test_gexf_colours_nodes_by_type(exported):
    ns = {"viz": "http://www.gexf.net/1.2draft/viz", "g": "http://www.gexf.net/1.2draft"}
    root = ET.parse(exported["gexf"]).getroot()
    colours = {}
    for node in root.iterfind(".//g:node", ns):
        c = node.find("viz:color", ns)
        colours[node.get("id")] = (c.get("r"), c.get("g"), c.get("b"))
    assert colours["homs"] == colours["damascus"] != colours["hts"]


def test_characters_xml_cannot_hold_are_removed(graph, tmp_path):
    g = graph.copy()
    g.nodes["homs"]["name"] = "حمص\x00\x1b\x0b"
    for fmt in ("graphml", "gexf"):
        out = loaders.export(g, fmt, tmp_path / f"c.{fmt}")
        ET.parse(out)
        assert read_back({fmt: out}, fmt).nodes["homs"]["name"] == "حمص"


def test_kg_export_cli_writes_both_formats(tmp_path, capsys):
    for fmt in ("graphml", "gexf"):
        out = tmp_path / f"g.{fmt}"
        assert main(["export", str(SAMPLE), "--format", fmt, "-o", str(out)]) == 0
        ET.parse(out)
    assert "gexf" in capsys.readouterr().out
