"""A relation type is added by data alone: a kg.ttl property (with its shapes.ttl targets) and a
trigger lexicon entry, no code. It flows through the build to graph.json, to the Neo4j rows and to
the RDF export."""
from __future__ import annotations

import json
import re

import pytest

import ontology
from ontology import NAMESPACE

NEW_PROPERTY = """
kg:negotiatedWith a owl:ObjectProperty ; kg:code "NEGOTIATED_WITH" ; rdfs:subPropertyOf kg:relation ;
    rdfs:domain kg:Actor ; rdfs:range kg:Actor ;
    rdfs:label "negotiated with"@en , "تفاوض مع"@ar ;
    rdfs:comment "The actor held talks with the other."@en .
"""
NEW_TRIGGER = {"relation": "NEGOTIATED_WITH", "past": ["تفاوض"], "present": ["تفاوض"], "prep": ["مع"],
               "obj": "actor", "confidence": 0.8}
TEXT = "وتفاوض الجيش السوري مع هيئة تحرير الشام يوم الأحد في دمشق.\n"


def _clear_caches():
    from kg.language.lexicon import load_lexicon
    ontology.vocabulary.cache_clear()
    load_lexicon.cache_clear()


@pytest.fixture
def new_relation_data(tmp_path, monkeypatch):
    """ontology/ as shipped, with NEGOTIATED_WITH added to kg.ttl, shapes.ttl and triggers.json."""
    data = tmp_path / "ontology"
    data.mkdir()
    kg_ttl = ontology.path("kg.ttl").read_text(encoding="utf-8")
    marker = "# ---------------------------------------------------------------- provenance"
    assert marker in kg_ttl
    (data / "kg.ttl").write_text(kg_ttl.replace(marker, NEW_PROPERTY + "\n" + marker), encoding="utf-8")
    shapes = ontology.path("shapes.ttl").read_text(encoding="utf-8")
    shapes, n = re.subn(r"(sh:target(?:Subjects|Objects)Of kg:captured ,)", r"\1 kg:negotiatedWith ,", shapes)
    assert n == 2
    (data / "shapes.ttl").write_text(shapes, encoding="utf-8")
    triggers = json.loads(ontology.path("triggers.json").read_text(encoding="utf-8"))
    triggers["verbs"].append(NEW_TRIGGER)
    (data / "triggers.json").write_text(json.dumps(triggers, ensure_ascii=False), encoding="utf-8")

    shipped = ontology.path
    monkeypatch.setattr(ontology, "path", lambda name: data / name if (data / name).exists() else shipped(name))
    _clear_caches()
    yield data
    monkeypatch.undo()
    _clear_caches()


def _build(tmp_path):
    from kg.graph import read_graph
    from kg.pipeline import build

    article = tmp_path / "articles" / "talks.txt"
    article.parent.mkdir(exist_ok=True)
    article.write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out"
    build([str(article)], out, progress=False)
    return json.loads((out / "graph.json").read_text(encoding="utf-8")), read_graph(out / "graph.json")


def _relation_types(graph_json) -> set[str]:
    return {link["type"] for link in graph_json["links"]}


def test_without_the_data_the_sentence_states_no_relation(tmp_path):
    graph_json, _ = _build(tmp_path)
    assert "NEGOTIATED_WITH" not in _relation_types(graph_json)


def test_a_relation_added_by_data_flows_to_graph_json_neo4j_and_rdf(tmp_path, new_relation_data):
    from loaders.neo4j.rows import graph_rows
    from loaders.rdf import triples

    assert "NEGOTIATED_WITH" in ontology.vocabulary().relation_codes

    graph_json, g = _build(tmp_path)
    links = [x for x in graph_json["links"] if x["type"] == "NEGOTIATED_WITH"]
    assert [(x["source"], x["target"]) for x in links] == [("syrian_army", "hayat_tahrir_al_sham")]
    assert links[0]["provenance"][0]["trigger"] == "وتفاوض"

    rows = graph_rows(g)
    assert [(r.subject, r.type, r.object) for r in rows.relations if r.type == "NEGOTIATED_WITH"] == \
        [("syrian_army", "NEGOTIATED_WITH", "hayat_tahrir_al_sham")]
    assert [(c.subject, c.object, c.sentence) for c in rows.claims if c.relation == "NEGOTIATED_WITH"] == \
        [("syrian_army", "hayat_tahrir_al_sham", TEXT.strip())]

    predicate = NAMESPACE + "negotiatedWith"
    statements = [(t.subject.value, t.object.value) for t in triples(g) if t.predicate.value == predicate]
    assert any(s.endswith("syrian_army") and o.endswith("hayat_tahrir_al_sham") for s, o in statements)


def test_the_new_relation_passes_the_shapes_check(new_relation_data):
    """The fixture's shapes.ttl targets the new relation, as tests/ontology/test_vocabulary.py asks."""
    import rdflib
    from test_vocabulary import shapes_problems      # tests/ontology, on the path as pytest runs it

    ontology_graph = rdflib.Graph().parse(new_relation_data / "kg.ttl", format="turtle")
    shapes_graph = rdflib.Graph().parse(new_relation_data / "shapes.ttl", format="turtle")
    assert shapes_problems(ontology_graph, shapes_graph) == []
