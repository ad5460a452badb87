"""RDF export: every format parses in two toolkits with the same count, matches the golden
files by graph isomorphism, gives the graph.json facts back, and conforms to the SHACL shapes."""
from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
import rdflib
from rdflib.compare import isomorphic

from kg.errors import GraphFormatError, KgError
from kg.graph import read_graph
from loaders.rdf import iris
from loaders.rdf.tools import validate
from rdf_helpers import (GOLDEN, KG, OWL_SAME_AS, SAMPLE, export, facts, graph_facts, oxigraph_count, rdflib_dataset,
                         rdflib_union, same_provenance)

FORMATS = ("turtle", "nt", "trig", "jsonld")
KG_SH = rdflib.Namespace("https://w3id.org/kg-arabic-news/shapes#")
# rdflib's own TriG / JSON-LD parsers use its deprecated ConjunctiveGraph internally.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture(scope="module")
def sample():
    return read_graph(SAMPLE)


@pytest.fixture(scope="module")
def exported(sample, tmp_path_factory):
    directory = tmp_path_factory.mktemp("rdf")
    return {fmt: export(sample, fmt, directory) for fmt in FORMATS}


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_parses_in_pyoxigraph_with_rdflibs_count(exported, fmt):
    quads = list(rdflib_dataset(exported[fmt], fmt).quads((None, None, None, None)))
    assert len(quads) > 150
    assert oxigraph_count(exported[fmt], fmt) == len(quads)


def test_triple_formats_are_the_same_graph(exported):
    turtle = rdflib_union(exported["turtle"], "turtle")
    for fmt in ("nt", "jsonld"):
        assert isomorphic(turtle, rdflib_union(exported[fmt], fmt)), fmt


def test_trig_union_is_the_turtle_graph_plus_article_graph_descriptions(exported):
    union = rdflib_union(exported["trig"], "trig")
    article_graphs = set(union.subjects(rdflib.RDF.type, KG.ArticleGraph))
    assert len(article_graphs) == 2
    for g in article_graphs:
        union.remove((g, None, None))
    assert isomorphic(union, rdflib_union(exported["turtle"], "turtle"))


def test_trig_puts_each_articles_claims_in_its_named_graph(exported):
    ds = rdflib_dataset(exported["trig"], "trig")
    claims_in = {}
    for s, _, _, ctx in ds.quads((None, rdflib.RDF.type, KG.Claim, None)):
        claims_in.setdefault(str(ctx), set()).add(s)
    assert set(claims_in) == {iris.DEFAULT_BASE + "graph/sample_1", iris.DEFAULT_BASE + "graph/sample_2"}
    for graph, claims in claims_in.items():
        article = ds.value(rdflib.URIRef(graph), rdflib.URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"))
        for c in claims:
            derived = set(ds.graph(rdflib.URIRef(graph)).objects(c, rdflib.URIRef("http://www.w3.org/ns/prov#wasDerivedFrom")))
            assert derived == {article}


@pytest.mark.parametrize("fmt", ["turtle", "trig"])
def test_export_matches_golden_file_by_isomorphism(exported, fmt):
    """Golden files compared as graphs, not text. Regenerate: KG_UPDATE_GOLDEN=1 pytest ..."""
    golden = GOLDEN / f"sample{exported[fmt].suffix}"
    if os.environ.get("KG_UPDATE_GOLDEN"):
        golden.write_bytes(exported[fmt].read_bytes())
    expected, actual = rdflib_dataset(golden, fmt), rdflib_dataset(exported[fmt], fmt)
    graphs = lambda ds: {str(g.identifier): g for g in ds.graphs() if len(g)}  # noqa: E731
    assert graphs(expected).keys() == graphs(actual).keys()
    for name, g in graphs(expected).items():
        assert isomorphic(g, graphs(actual)[name]), name


@pytest.mark.parametrize("fmt", FORMATS)
def test_round_trip_gives_the_graph_json_facts_back(sample, exported, fmt):
    back, want = facts(rdflib_union(exported[fmt], fmt)), graph_facts(sample)
    assert back["nodes"] == want["nodes"]
    assert back["articles"] == want["articles"]
    assert back["plain"] == want["plain"]
    assert same_provenance(back["edges"], want["edges"])


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_export_conforms_to_the_shapes(exported, fmt):
    report = validate(exported[fmt])
    assert report.conforms, report.violations
    assert report.violations == ()


def _broken(exported, tmp_path, edit):
    g = rdflib_union(exported["turtle"], "turtle")
    edit(g)
    out = tmp_path / "broken.ttl"
    g.serialize(out, format="turtle")
    return validate(out)


def test_shapes_report_a_bad_offset_with_focus_path_and_message(exported, tmp_path):
    def edit(g):
        claim = next(g.subjects(rdflib.RDF.type, KG.Claim))
        g.set((claim, KG.startOffset, rdflib.Literal(10_000)))
    report = _broken(exported, tmp_path, edit)
    assert not report.conforms
    [v] = report.violations
    assert v.severity == "Violation" and v.focus.startswith("claim:") and v.path == "kg:startOffset"
    assert "endOffset" in v.message and v.value == "10000"


def test_shapes_catch_a_claim_without_its_plain_triple(exported, tmp_path):
    def edit(g):
        g.remove((None, KG.captured, None))
    report = _broken(exported, tmp_path, edit)
    assert not report.conforms
    messages = {v.message for v in report.violations}
    assert any("missing as a plain triple" in m for m in messages)
    assert len(report.violations) == 2          # both claims of CAPTURED


def test_shapes_catch_an_entity_without_an_arabic_label_and_a_bad_relation(exported, tmp_path):
    def edit(g):
        homs = rdflib.URIRef(iris.DEFAULT_BASE + "homs")
        g.remove((homs, rdflib.RDFS.label, rdflib.Literal("حمص", lang="ar")))
        g.add((rdflib.URIRef(iris.DEFAULT_BASE + "ghost"), KG.captured, homs))
    report = _broken(exported, tmp_path, edit)
    found = {(v.focus, v.message) for v in report.violations}
    assert ("id:homs", "an entity needs an Arabic rdfs:label (@ar)") in found
    assert ("id:ghost", "the subject of a kg relation must be an exported entity") in found


# ---------------------------------------------------------------- IRIs
def test_registry_ids_are_kept_and_other_ids_get_a_slug_and_hash(exported):
    g = rdflib_union(exported["turtle"], "turtle")
    subjects = {str(s) for s in g.subjects(rdflib.RDF.type, None)}
    assert iris.DEFAULT_BASE + "homs" in subjects
    person = [s for s in subjects if s.startswith(iris.DEFAULT_BASE + "obw-mhmd-alhlby")]
    assert len(person) == 1 and person[0].isascii()


def test_entity_iris_are_stable_and_do_not_depend_on_other_nodes():
    nodes = {"cue:actor:قوات_الفجر": {"name": "قوات الفجر"}, "homs": {"name": "حمص", "name_en": "Homs"}}
    first = iris.mint_entity_iris(nodes, iris.DEFAULT_BASE)
    more = dict(nodes, **{"cue:other": {"name": "قوات الفجر"}, "x": {"name": "س"}})
    second = iris.mint_entity_iris(more, iris.DEFAULT_BASE)
    assert {k: second[k] for k in first} == first
    assert second["cue:actor:قوات_الفجر"] != second["cue:other"]          # same slug, different id
    assert first["cue:actor:قوات_الفجر"].startswith(iris.DEFAULT_BASE + "qwAt-Alfjr-".lower())


def test_slugs_are_ascii_and_transliterate_arabic():
    assert iris.slugify("Hayat Tahrir al-Sham") == "hayat-tahrir-al-sham"
    assert iris.slugify("حلب ٣") == "Hlb-3".lower()
    assert iris.slugify('<>"{}|\\^ `') == ""
    assert iris.entity_local_name('<>"{}|\\^ `').startswith("entity-")
    assert len(iris.slugify("كلمة " * 40)) <= iris.MAX_SLUG


def test_hostile_text_exports_as_valid_rdf(tmp_path):
    from kg.graph import new_graph

    evil = 'a <b> "c" {d} |e| \\f ^g `h` \n\t\x00\x1f end'
    g = new_graph()
    g.graph["articles"]["art <1> \"x\""] = {"content_hash": "h", "url": "https://x.org/a b<c>{d}|^`%zz\"", "title": evil,
                                           "published": "2024-13-45", "publisher": evil, "origin": None}
    g.add_node(evil, type="Person", name=evil, name_en=evil, aliases=[evil + "2"], wikidata="not a qid",
               geonames="x", lat=None, lon=None, mentions=[{"article": "art <1> \"x\"", "start": 0, "end": 1, "text": "a"}])
    g.add_node("homs", type="City", name="حمص", name_en=None, aliases=[], wikidata=None, geonames=None,
               lat=1e-7, lon=-0.0, mentions=[])
    prov = {"article": "art <1> \"x\"", "sentence": evil, "start": 0, "end": 5, "attributed_to": evil,
            "hedged": True, "event_date": "2024-12", "rule": evil, "confidence": 1e-05, "trigger": evil}
    g.add_edge(evil, "homs", key="CAPTURED", type="CAPTURED", provenance=[prov])
    for fmt in FORMATS:
        path = export(g, fmt, tmp_path)
        union = rdflib_union(path, fmt)
        assert oxigraph_count(path, fmt) == len(rdflib_dataset(path, fmt)), fmt
        labels = {str(o) for o in union.objects(None, rdflib.RDFS.label)}
        assert evil in labels, fmt
        assert facts(union)["edges"][(evil, "CAPTURED", "homs")][0]["sentence"] == evil


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(node_id=st.text(min_size=1, max_size=30), name=st.text(min_size=1, max_size=40),
       sentence=st.text(min_size=1, max_size=80), article=st.text(min_size=1, max_size=20))
@example(node_id="0", name="0", sentence="0", article=".")      # an id that is a dot-segment
@example(node_id="a.", name="0", sentence="0", article="x.")    # Turtle names cannot end with '.'
def test_any_text_exports_as_rdf_both_toolkits_read_the_same(node_id, name, sentence, article):
    import tempfile
    from pathlib import Path

    from kg.graph import new_graph

    g = new_graph()
    g.graph["articles"][article] = {"content_hash": "h", "url": None, "title": name, "published": None,
                                    "publisher": None, "origin": None}
    for n in (node_id, node_id + "'"):
        g.add_node(n, type="ArmedGroup", name=name, name_en=name, aliases=[], wikidata=None, geonames=None,
                   lat=None, lon=None, mentions=[{"article": article, "start": 0, "end": 1, "text": name}])
    prov = {"article": article, "sentence": sentence, "start": 0, "end": 1, "attributed_to": None,
            "hedged": False, "event_date": None, "rule": sentence, "confidence": 0.5, "trigger": sentence}
    g.add_edge(node_id, node_id + "'", key="CLASHED_WITH", type="CLASHED_WITH", provenance=[prov])
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in ("nt", "turtle", "trig"):
            path = export(g, fmt, Path(tmp))
            union = rdflib_union(path, fmt)
            assert oxigraph_count(path, fmt) == len(rdflib_dataset(path, fmt))
            back = facts(union)
            assert back["nodes"][node_id]["name"] == name and back["nodes"][node_id]["name_en"] == name
            assert back["edges"][(node_id, "CLASHED_WITH", node_id + "'")][0]["sentence"] == sentence
            assert len({str(s) for s in union.subjects(rdflib.RDF.type, KG.ArmedGroup)}) == 2


def test_base_option_moves_every_minted_iri(sample, tmp_path):
    path = export(sample, "nt", tmp_path, base="https://data.example.org/kg/")
    g = rdflib_union(path, "nt")
    minted = {str(s) for s in g.subjects() if not str(s).startswith("https://data.example.org/kg/")}
    assert minted == set()


@pytest.mark.parametrize("base", ["not an iri", "https://example.org/no-slash", "ftp://x/"])
def test_a_bad_base_is_refused_with_the_rule(sample, tmp_path, base):
    with pytest.raises(KgError, match="base IRI"):
        export(sample, "nt", tmp_path, base=base)


def test_an_unknown_entity_type_names_the_valid_ones(sample, tmp_path):
    g = sample.copy()
    g.nodes["homs"]["type"] = "Town"
    with pytest.raises(GraphFormatError, match=r"unknown entity type 'Town'.*valid: .*City"):
        export(g, "turtle", tmp_path)


def test_jsonld_is_compacted_with_the_shipped_context(exported):
    import json

    from loaders.rdf import jsonld_context

    data = json.loads(exported["jsonld"].read_text(encoding="utf-8"))
    assert data["@context"]["kg"] == jsonld_context()["kg"]
    nodes = data["@graph"]
    claim = next(n for n in nodes if n.get("@type") in ("Claim", ["Claim", "prov:Entity"], ["prov:Entity", "Claim"]))
    assert {"sentence", "startOffset", "wasDerivedFrom"} <= claim.keys()


# ---------------------------------------------------------------- ontology
def test_ontology_keeps_10_types_18_relations_and_english_comments():
    from ontology import vocabulary

    v = vocabulary()
    assert len(v.entity_types) == 10 and len(v.relation_types) == 18
    assert all(t.comment.isascii() and t.label_ar and t.label_en for t in v.entity_types + v.relation_types)
    assert v.symmetric == {"CLASHED_WITH", "ALLIED_WITH", "MET_WITH"}


def test_ontology_has_arabic_comments_and_alignments():
    from ontology import path

    g = rdflib.Graph().parse(path("kg.ttl"))
    for t in (KG.Person, KG.captured, KG.Claim, KG.sentence):
        assert {o.language for o in g.objects(t, rdflib.RDFS.label)} >= {"ar", "en"}
    assert rdflib.URIRef("http://www.w3.org/ns/prov#Entity") in set(g.objects(KG.Claim, rdflib.RDFS.subClassOf))
    assert any(o.language == "ar" for o in g.objects(KG.captured, rdflib.RDFS.comment))


def test_shapes_list_exactly_the_ontology_relations():
    from ontology import path, vocabulary

    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    shapes = rdflib.Graph().parse(path("shapes.ttl"))
    relations = {rdflib.URIRef(t.iri) for t in vocabulary().relation_types}
    for shape, prop in ((KG_SH.RelationEndsShape, sh.targetSubjectsOf), (KG_SH.RelationTargetShape, sh.targetObjectsOf)):
        assert set(shapes.objects(shape, prop)) == relations


SHARED_CORPUS = SAMPLE.parents[3] / "shared" / "corpus" / "dev"


@pytest.mark.slow
@pytest.mark.shared
@pytest.mark.skipif(not SHARED_CORPUS.is_dir(), reason="needs ../shared/corpus/dev")
def test_real_articles_export_conforms_and_round_trips(tmp_path):
    from kg.cli import main

    assert main(["build", str(SHARED_CORPUS), "--out", str(tmp_path), "--quiet"]) == 0
    g = read_graph(tmp_path / "graph.json")
    assert g.number_of_edges() > 0
    want = graph_facts(g)
    for fmt in FORMATS:
        path = export(g, fmt, tmp_path)
        assert oxigraph_count(path, fmt) == len(rdflib_dataset(path, fmt)), fmt
        back = facts(rdflib_union(path, fmt))
        assert (back["nodes"], back["articles"], back["plain"]) == (want["nodes"], want["articles"], want["plain"]), fmt
        assert same_provenance(back["edges"], want["edges"]), fmt
        report = validate(path)
        assert report.conforms, report.violations[:5]


# ------------------------------------------------------------------ linked-data description
PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")
VOID = rdflib.Namespace("http://rdfs.org/ns/void#")
DCT = rdflib.Namespace("http://purl.org/dc/terms/")
SCHEMA = rdflib.Namespace("https://schema.org/")
SKOS_EXACT = rdflib.URIRef("http://www.w3.org/2004/02/skos/core#exactMatch")


def test_origin_paths_are_left_out_unless_asked_for(sample, exported, tmp_path):
    assert not list(rdflib_union(exported["turtle"], "turtle").triples((None, KG.origin, None)))
    with_origin = rdflib_union(export(sample, "turtle", tmp_path, include_origin=True), "turtle")
    assert {str(o) for o in with_origin.objects(None, KG.origin)} == {
        info["origin"] for info in sample.graph["articles"].values() if info.get("origin")}


def test_the_run_is_a_prov_activity_of_kg_as_a_software_agent(exported):
    from kg import __version__
    g = rdflib_union(exported["turtle"], "turtle")
    (run,) = g.subjects(rdflib.RDF.type, PROV.Activity)
    (agent,) = g.objects(run, PROV.wasAssociatedWith)
    assert (agent, rdflib.RDF.type, PROV.SoftwareAgent) in g
    assert str(g.value(agent, SCHEMA.softwareVersion)) == __version__
    claims = set(g.subjects(rdflib.RDF.type, KG.Claim))
    assert claims and all((c, PROV.wasGeneratedBy, run) in g for c in claims)
    assert set(g.objects(run, PROV.used)) == set(g.subjects(rdflib.RDF.type, SCHEMA.NewsArticle))


def test_credited_sources_are_prov_agents(exported):
    g = rdflib_union(exported["turtle"], "turtle")
    credited = set(g.objects(None, PROV.wasAttributedTo))
    assert credited and all((s, rdflib.RDF.type, PROV.Agent) in g for s in credited)


def test_void_describes_the_dataset(sample, exported, tmp_path):
    g = rdflib_union(exported["turtle"], "turtle")
    (d,) = g.subjects(rdflib.RDF.type, VOID.Dataset)
    described = {(s, p, o) for s, p, o in g.triples((d, None, None))}
    assert int(g.value(d, VOID.triples)) == len(g) - len(described)
    assert int(g.value(d, VOID.entities)) == sample.number_of_nodes()
    assert str(g.value(d, DCT.created)) == "2024-12-08"
    assert g.value(d, DCT.license) is None and g.value(d, DCT.rights) is not None
    licensed = rdflib_union(export(sample, "turtle", tmp_path, license="https://creativecommons.org/licenses/by/4.0/"),
                            "turtle")
    assert str(licensed.value(next(licensed.subjects(rdflib.RDF.type, VOID.Dataset)), DCT.license)) == \
        "https://creativecommons.org/licenses/by/4.0/"


def test_wikidata_links_are_skos_exact_matches_too(exported):
    g = rdflib_union(exported["turtle"], "turtle")
    wikidata = {(s, o) for s, o in g.subject_objects(OWL_SAME_AS) if "wikidata" in str(o)}
    assert wikidata and wikidata == set(g.subject_objects(SKOS_EXACT))


def test_claims_carry_the_graph_contracts_claim_id(sample, exported):
    from kg.contract import provenance_claim_id
    g = rdflib_union(exported["turtle"], "turtle")
    want = {provenance_claim_id(u, k, v, p) for u, v, k, d in sample.edges(keys=True, data=True) for p in d["provenance"]}
    got = {str(g.value(c, SCHEMA.identifier)) for c in g.subjects(rdflib.RDF.type, KG.Claim)}
    assert got == want
    assert all(str(c).endswith("/claim/" + str(g.value(c, SCHEMA.identifier))) for c in g.subjects(rdflib.RDF.type, KG.Claim))


def test_ttl_is_accepted_as_a_format_name(sample, tmp_path):
    import loaders
    assert loaders.get("ttl").name == "turtle"
    out = loaders.export(sample, "ttl", tmp_path / "g.ttl", created="2024-12-08")
    assert oxigraph_count(out, "turtle") > 150


def test_rdf_options_on_a_non_rdf_format_are_a_clear_error(capsys):
    from kg.cli import main
    assert main(["export", str(SAMPLE), "-f", "graphml", "-o", "/tmp/x.graphml", "--license", "https://x.org/"]) == 2
    assert "--license applies to the RDF formats" in capsys.readouterr().err
