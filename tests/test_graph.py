"""The graph stage and the graph.json contract: merge (idempotent, replacing a changed article),
symmetric edges stored once, read/write round trip, atomic writes."""
from __future__ import annotations

import json
import os

import networkx as nx
import pytest

import kg.graph as graph_mod
from kg.errors import GraphFormatError
from kg.graph import build_graph, merge, new_graph, read_graph, to_json, write_graph
from kg.types import ArticleExtraction, ArticleInfo, Claim, EntityRecord, Mention, Provenance

RSF = EntityRecord("rapid_support_forces", "ArmedGroup", "قوات الدعم السريع", "Rapid Support Forces",
                   wikidata="Q7292854", country="SD")
SAF = EntityRecord("sudanese_armed_forces", "StateForce", "الجيش السوداني", "Sudanese Armed Forces", country="SD")
FASHER = EntityRecord("el_fasher", "City", "الفاشر", "El Fasher", geonames=379062, lat=13.6, lon=25.3, country="SD")
TOWN = EntityRecord("name:طويله", "City", "طويلة")


def _mention(article, entity, start, text):
    return Mention(article, 0, start, start + len(text), text, entity.id, entity.type, "registry")


def _prov(article, sentence="سيطرت قوات الدعم السريع على مدينة الفاشر.", rule="captured:verb:after", start=0):
    return Provenance(article=article, sentence=sentence, start=start, end=start + len(sentence),
                      attributed_to=None, hedged=False, event_date=None, rule=rule, confidence=0.9)


def _extraction(article, claims, entities=(RSF, FASHER), text_hash=None, mentions=None):
    info = ArticleInfo(article, text_hash or f"hash-{article}", title=f"عنوان {article}")
    if mentions is None:
        mentions = tuple(_mention(article, e, 10 * i, e.name) for i, e in enumerate(entities))
    return ArticleExtraction(info, tuple(entities), tuple(mentions), tuple(claims))


def _captured(article, **kw):
    return Claim("rapid_support_forces", "CAPTURED", "el_fasher", _prov(article, **kw))


def _edges(g):
    return {(u, d["type"], v) for u, v, d in g.edges(data=True)}


def test_merge_adds_nodes_edges_and_provenance():
    g = new_graph()
    assert merge(g, _extraction("a1", [_captured("a1")])) is True
    assert _edges(g) == {("rapid_support_forces", "CAPTURED", "el_fasher")}
    node = g.nodes["el_fasher"]
    assert node["type"] == "City" and node["geonames"] == 379062 and node["name_en"] == "El Fasher"
    assert node["mentions"] == [{"article": "a1", "start": 10, "end": 16, "text": "الفاشر", "source": "registry"}]
    (prov,) = g.edges["rapid_support_forces", "el_fasher", "CAPTURED"]["provenance"]
    assert prov["article"] == "a1" and prov["rule"] == "captured:verb:after"
    assert g.graph["articles"]["a1"]["content_hash"] == "hash-a1"


def test_merge_of_the_same_article_version_is_idempotent():
    x = _extraction("a1", [_captured("a1")])
    g = new_graph()
    merge(g, x)
    before = json.dumps(to_json(g), sort_keys=True, ensure_ascii=False)
    assert merge(g, x) is False
    assert json.dumps(to_json(g), sort_keys=True, ensure_ascii=False) == before


def test_a_changed_article_replaces_its_earlier_contribution():
    g = new_graph()
    merge(g, _extraction("a1", [_captured("a1")], entities=(RSF, FASHER, TOWN)))
    merge(g, _extraction("a2", [_captured("a2", start=50)]))
    changed = _extraction("a1", [Claim("sudanese_armed_forces", "WITHDREW_FROM", "el_fasher", _prov("a1"))],
                          entities=(SAF, FASHER), text_hash="hash-a1-v2")
    assert merge(g, changed) is True
    assert _edges(g) == {("rapid_support_forces", "CAPTURED", "el_fasher"),
                         ("sudanese_armed_forces", "WITHDREW_FROM", "el_fasher")}
    (prov,) = g.edges["rapid_support_forces", "el_fasher", "CAPTURED"]["provenance"]
    assert prov["article"] == "a2", "a1's old support for the edge is gone, a2's stays"
    assert "name:طويله" not in g, "a node only the old version mentioned is dropped"
    assert {m["article"] for m in g.nodes["el_fasher"]["mentions"]} == {"a1", "a2"}
    assert len([m for m in g.nodes["el_fasher"]["mentions"] if m["article"] == "a1"]) == 1
    assert g.graph["articles"]["a1"]["content_hash"] == "hash-a1-v2"


def test_one_edge_per_triple_with_provenance_from_every_article():
    g = build_graph([_extraction("a1", [_captured("a1")]), _extraction("a2", [_captured("a2")])])
    assert g.number_of_edges() == 1
    provs = g.edges["rapid_support_forces", "el_fasher", "CAPTURED"]["provenance"]
    assert sorted(p["article"] for p in provs) == ["a1", "a2"]


def test_the_same_sentence_twice_in_one_article_is_one_provenance_item():
    g = build_graph([_extraction("a1", [_captured("a1"), _captured("a1")])])
    assert len(g.edges["rapid_support_forces", "el_fasher", "CAPTURED"]["provenance"]) == 1


def test_symmetric_edge_is_stored_once_whatever_the_order():
    s = "اشتبكت قوات الدعم السريع مع الجيش السوداني."
    one = Claim("sudanese_armed_forces", "CLASHED_WITH", "rapid_support_forces", _prov("a1", s, "clashed_with"))
    two = Claim("rapid_support_forces", "CLASHED_WITH", "sudanese_armed_forces", _prov("a2", s, "clashed_with"))
    g = build_graph([_extraction("a1", [one], (RSF, SAF)), _extraction("a2", [two], (RSF, SAF))])
    assert _edges(g) == {("rapid_support_forces", "CLASHED_WITH", "sudanese_armed_forces")}
    assert len(g.edges["rapid_support_forces", "sudanese_armed_forces", "CLASHED_WITH"]["provenance"]) == 2


def test_directed_relations_keep_their_direction():
    back = Claim("el_fasher", "LOCATED_IN", "rapid_support_forces", _prov("a1", rule="x"))
    g = build_graph([_extraction("a1", [_captured("a1"), back])])
    assert ("el_fasher", "LOCATED_IN", "rapid_support_forces") in _edges(g)
    assert ("rapid_support_forces", "CAPTURED", "el_fasher") in _edges(g)


def test_aliases_collect_surface_forms_but_not_anaphors():
    mentions = (_mention("a1", RSF, 0, "مليشيا الدعم السريع"),
                Mention("a1", 1, 40, 47, "المدينة", "el_fasher", "City", "coreference"),
                _mention("a1", FASHER, 60, "الفاشر"))
    g = build_graph([_extraction("a1", [], mentions=mentions)])
    assert "مليشيا الدعم السريع" in g.nodes["rapid_support_forces"]["aliases"]
    assert "المدينة" not in g.nodes["el_fasher"]["aliases"]
    assert len(g.nodes["el_fasher"]["mentions"]) == 2


def test_mention_of_an_unknown_entity_is_a_format_error():
    bad = _extraction("a1", [], entities=(RSF,), mentions=(_mention("a1", FASHER, 0, "الفاشر"),))
    with pytest.raises(GraphFormatError, match="el_fasher"):
        merge(new_graph(), bad)


def test_write_read_round_trip(tmp_path):
    g = build_graph([_extraction("a1", [_captured("a1")], entities=(RSF, FASHER, TOWN)),
                     _extraction("a2", [_captured("a2")])])
    path = write_graph(g, tmp_path / "out" / "graph.json")
    back = read_graph(path)
    assert to_json(back) == to_json(g)
    assert isinstance(back, nx.MultiDiGraph)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert "links" in data and data["directed"] and data["multigraph"]
    nx.node_link_graph(data, edges="links")          # the contract: loadable by networkx as is
    assert "الفاشر" in path.read_text(encoding="utf-8"), "Arabic is written as is, not escaped"


def test_output_does_not_depend_on_merge_order(tmp_path):
    xs = [_extraction("a1", [_captured("a1")], entities=(RSF, FASHER, TOWN)), _extraction("a2", [_captured("a2")])]
    p1 = write_graph(build_graph(xs), tmp_path / "1.json")
    p2 = write_graph(build_graph(reversed(xs)), tmp_path / "2.json")
    assert p1.read_bytes() == p2.read_bytes()


def test_a_failing_write_leaves_the_old_file(tmp_path, monkeypatch):
    path = tmp_path / "graph.json"
    write_graph(build_graph([_extraction("a1", [_captured("a1")])]), path)
    old = path.read_bytes()

    def broken_dump(data, f, **kw):
        f.write('{"nodes": [')             # a partial write, then the disk "fails"
        raise OSError("disk full")
    monkeypatch.setattr(graph_mod.json, "dump", broken_dump)
    with pytest.raises(OSError, match="disk full"):
        write_graph(build_graph([_extraction("a2", [_captured("a2")])]), path)
    assert path.read_bytes() == old
    assert [p.name for p in tmp_path.iterdir()] == ["graph.json"], "no temporary file is left behind"


def test_read_graph_errors_name_the_file(tmp_path):
    with pytest.raises(GraphFormatError, match="no graph file"):
        read_graph(tmp_path / "missing.json")
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(GraphFormatError, match="bad.json"):
        read_graph(bad)
    other = tmp_path / "other.json"
    other.write_text('{"hello": 1}', encoding="utf-8")
    with pytest.raises(GraphFormatError, match="nodes"):
        read_graph(other)


def test_a_graph_read_back_can_be_merged_into(tmp_path):
    path = write_graph(build_graph([_extraction("a1", [_captured("a1")])]), tmp_path / "graph.json")
    g = read_graph(path)
    assert merge(g, _extraction("a1", [_captured("a1")])) is False, "same version: left alone"
    assert merge(g, _extraction("a2", [_captured("a2")])) is True
    assert len(g.edges["rapid_support_forces", "el_fasher", "CAPTURED"]["provenance"]) == 2


def test_provenance_fields_follow_the_contract():
    g = build_graph([_extraction("a1", [_captured("a1")])])
    (prov,) = g.edges["rapid_support_forces", "el_fasher", "CAPTURED"]["provenance"]
    assert set(prov) >= {"article", "sentence", "start", "end", "attributed_to", "hedged", "event_date", "rule",
                         "confidence"}
    node = g.nodes["rapid_support_forces"]
    assert set(node) >= {"type", "name", "name_en", "aliases", "wikidata", "geonames", "lat", "lon", "mentions"}
    assert node["wikidata"] == RSF.wikidata


# ---------------------------------------------------------------- the store behind `kg build`

def _sequence():
    """a1, a2, a changed a1, an unchanged a2, and a symmetric pair stated in both orders."""
    s = "اشتبكت قوات الدعم السريع مع الجيش السوداني."
    clash_a = Claim("sudanese_armed_forces", "CLASHED_WITH", "rapid_support_forces", _prov("a3", s, "clashed_with"))
    clash_b = Claim("rapid_support_forces", "CLASHED_WITH", "sudanese_armed_forces", _prov("a4", s, "clashed_with"))
    return [_extraction("a1", [_captured("a1")], entities=(RSF, FASHER, TOWN)),
            _extraction("a2", [_captured("a2", start=50)]),
            _extraction("a1", [Claim("sudanese_armed_forces", "WITHDREW_FROM", "el_fasher", _prov("a1"))],
                        entities=(SAF, FASHER), text_hash="hash-a1-v2"),
            _extraction("a2", [_captured("a2", start=50)]),
            _extraction("a3", [clash_a], (RSF, SAF)),
            _extraction("a4", [clash_b], (RSF, SAF))]


def test_graph_store_writes_the_same_graph_as_the_reference_reduce(tmp_path):
    from kg.graphstore import GraphStore
    xs = _sequence()
    reference = to_json(build_graph(xs))
    store = GraphStore()
    assert [store.merge(x) for x in xs] == [True, True, True, False, True, True]
    store.write(tmp_path / "graph.json")
    assert to_json(read_graph(tmp_path / "graph.json")) == reference


def test_graph_store_extends_a_written_graph_like_the_reference(tmp_path):
    from kg.graphstore import GraphStore
    xs = _sequence()
    first = GraphStore()
    for x in xs[:2]:
        first.merge(x)
    first.write(tmp_path / "graph.json")
    again = GraphStore.open(tmp_path / "graph.json")
    for x in xs[2:]:
        again.merge(x)
    again.write(tmp_path / "graph.json")
    assert to_json(read_graph(tmp_path / "graph.json")) == to_json(build_graph(xs))


def test_graph_store_failing_write_leaves_the_old_file(tmp_path, monkeypatch):
    from kg.graphstore import GraphStore
    path = tmp_path / "graph.json"
    store = GraphStore()
    store.merge(_extraction("a1", [_captured("a1")]))
    store.write(path)
    old = path.read_bytes()
    newer = GraphStore()
    newer.merge(_extraction("a2", [_captured("a2")]))

    def refuse(*args, **kw):
        raise OSError("rename refused")
    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OSError, match="rename refused"):
        newer.write(path)
    assert path.read_bytes() == old
    assert not list(tmp_path.glob("*.tmp")), "no temporary file is left behind"
