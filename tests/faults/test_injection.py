"""Hostile names, aliases, ids, sentences and metadata (quotes, backticks, braces, Cypher and
SPARQL keywords, <script>, IRI-breaking characters, control and bidi characters) go through
every output as data: RDF literals and percent-encoded or slugged IRIs, escaped markup, well-formed
XML. (Neo4j, where they go in as query parameters, is in test_neo4j_faults.py.)"""
from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest

from kg.graph import read_graph, write_graph

from .hostile import ALL, ARTICLE_ID, HOSTILE, NODE_ID, SCRIPT, SENTENCE, hostile_graph

RDF_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "trig": ox.RdfFormat.TRIG,
               "jsonld": ox.RdfFormat.JSON_LD}
BASE = "https://w3id.org/kg-arabic-news/id/"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
ALT_LABEL = "http://www.w3.org/2004/02/skos/core#altLabel"
IDENTIFIER = "https://schema.org/identifier"
SENTENCE_P = "https://w3id.org/kg-arabic-news/ontology#sentence"
HEADLINE = "https://schema.org/headline"
# RFC 3986 characters only: what an IRI made from a slug or a percent-encoded segment may hold
SAFE_IRI = re.compile(r"[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+")


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("hostile") / "graph.json"
    write_graph(hostile_graph(), path)
    return path


@pytest.fixture(scope="module")
def exports(graph_file):
    """Every registered format written from the hostile graph.json by kg export."""
    import loaders
    from kg.cli import main
    out = {}
    for fmt in loaders.formats():
        target = graph_file.parent / f"graph.{fmt}"
        assert main(["export", str(graph_file), "--format", fmt, "-o", str(target)]) == 0
        out[fmt] = target
    return out


def test_graph_json_round_trips_every_hostile_string(graph_file):
    g = read_graph(graph_file)
    assert g.nodes[NODE_ID]["name"] == ALL
    assert set(g.nodes[NODE_ID]["aliases"]) >= set(HOSTILE)
    assert ARTICLE_ID in g.graph["articles"]
    # one sentence stating two claims: the same provenance but for its claim id (kg.contract.claim_id)
    (prov,) = {json.dumps({k: v for k, v in p.items() if k != "claim_id"}, sort_keys=True)
               for _, _, d in g.edges(data=True) for p in d["provenance"]}
    assert json.loads(prov)["sentence"] == SENTENCE


# ---------------------------------------------------------------- RDF

def rdf_terms(path: Path, fmt: str):
    quads = list(ox.parse(path=str(path), format=RDF_FORMATS[fmt]))
    assert quads, f"{fmt}: nothing parsed"
    return quads


def literals(quads, predicate: str) -> list[str]:
    return [q.object.value for q in quads if q.predicate.value == predicate and isinstance(q.object, ox.Literal)]


@pytest.mark.parametrize("fmt", sorted(RDF_FORMATS))
def test_rdf_hostile_strings_are_literals_and_come_back_exactly(exports, fmt):
    quads = rdf_terms(exports[fmt], fmt)
    labels = literals(quads, LABEL)
    assert ALL in labels
    assert set(HOSTILE) <= set(literals(quads, ALT_LABEL))
    assert {NODE_ID, ARTICLE_ID} <= set(literals(quads, IDENTIFIER))
    assert SENTENCE in literals(quads, SENTENCE_P)
    assert any(h.startswith(SCRIPT) for h in literals(quads, HEADLINE))


@pytest.mark.parametrize("fmt", sorted(RDF_FORMATS))
def test_rdf_iris_are_slugs_or_percent_encoded_never_raw_text(exports, fmt):
    quads = rdf_terms(exports[fmt], fmt)
    iris = {t.value for q in quads for t in (q.subject, q.predicate, q.object, q.graph_name)
            if isinstance(t, ox.NamedNode)}
    ours = {i for i in iris if i.startswith(BASE)}
    assert ours
    for iri in ours:
        local = iri[len(BASE):]
        assert SAFE_IRI.fullmatch(iri), iri
        if local.startswith(("article/", "graph/")):
            assert re.fullmatch(r"(article|graph)/[A-Za-z0-9._~%-]+", local), iri
        elif local.startswith(("run/", "software/", "void/")):      # the run, kg itself, the VoID dataset
            assert re.fullmatch(r"run/[0-9a-f]{16}|software/kg-[0-9A-Za-z.+-]+|void/dataset", local), iri
        elif not local.startswith("claim/"):
            assert re.fullmatch(r"[a-z0-9_]+|[a-z0-9-]+-[0-9a-f]{8,}", local), iri
    assert not {"urn:a", "urn:b", "urn:c"} & iris, "the SPARQL in a name never became triples"


@pytest.mark.parametrize("fmt", sorted(RDF_FORMATS))
def test_rdf_hostile_url_is_an_encoded_iri_or_a_literal(exports, fmt):
    quads = rdf_terms(exports[fmt], fmt)
    urls = [q.object for q in quads if q.predicate.value == "https://schema.org/url"]
    assert len(urls) == 2
    for u in urls:
        if isinstance(u, ox.NamedNode):
            assert not re.search(r'[\x00-\x20<>"{}|\\^`]', u.value), u.value


def test_sparql_over_the_export_finds_the_hostile_name_as_data(exports, kg):
    query = f"SELECT ?s WHERE {{ ?s <{LABEL}> ?name FILTER(CONTAINS(STR(?name), 'DETACH DELETE')) }}"
    run = kg("sparql", query, "--data", exports["turtle"], "--output", "json")
    assert run.code == 0, run.text
    assert len(json.loads(run.out)["results"]["bindings"] if "results" in run.out else json.loads(run.out)) >= 1
    store = ox.Store()
    store.load(path=str(exports["turtle"]), format=ox.RdfFormat.TURTLE)
    rows = list(store.query(f"SELECT ?s ?name WHERE {{ ?s <{LABEL}> ?name }}",
                            substitutions={ox.Variable("name"): ox.Literal(ALL, language="ar")}))
    assert len(rows) == 1


# ---------------------------------------------------------------- GraphML and GEXF

def xml_text(value: str) -> str:
    """What XML 1.0 can carry of a string: no C0 controls but tab, newline and carriage return."""
    return re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f]", "", value)


@pytest.mark.parametrize("fmt, reader", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_graphml_and_gexf_are_well_formed_and_keep_the_names(exports, fmt, reader):
    from lxml import etree
    etree.parse(str(exports[fmt]), etree.XMLParser(resolve_entities=False, no_network=True))   # raises if not well-formed
    g = reader(str(exports[fmt]))
    node = g.nodes[xml_text(NODE_ID)] if xml_text(NODE_ID) in g else g.nodes[NODE_ID]
    name = node.get("name") or node.get("label")
    assert name == xml_text(ALL)
    assert "<script>" not in exports[fmt].read_text(encoding="utf-8")


# ---------------------------------------------------------------- HTML

class Scripts(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.scripts: list[tuple[dict, str]] = []
        self.title = ""
        self._in = None

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "title"):
            self._in = (tag, dict(attrs))
            if tag == "script":
                self.scripts.append((dict(attrs), ""))

    def handle_endtag(self, tag):
        self._in = None

    def handle_data(self, data):
        if self._in and self._in[0] == "script":
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)
        elif self._in and self._in[0] == "title":
            self.title += data


def test_html_page_carries_hostile_strings_only_as_json_data(graph_file, kg):
    out = graph_file.parent / "viz.html"
    assert kg("viz", graph_file, "-o", out, "--title", SCRIPT).code == 0
    page = out.read_text(encoding="utf-8")
    parser = Scripts()
    parser.feed(page)
    assert len(parser.scripts) == 3, "the data, vis-network and the app: no script from the data"
    (data_attrs, data_text), *code = parser.scripts
    assert data_attrs.get("type") == "application/json"
    assert "<" not in data_text, "no markup can close the data element"
    data = json.loads(data_text)
    node = next(n for n in data["nodes"] if n["id"] == NODE_ID)
    assert node["name"] == ALL and set(HOSTILE) <= set(node["aliases"])
    assert parser.title == SCRIPT, "the title is escaped text"
    outside = page.replace(data_text, "")
    for raw in ("<script>alert", "<img src=x", "</title><!--"):
        assert raw not in outside, "markup from the data appears only escaped"


def test_html_page_allows_only_its_own_scripts_and_no_javascript_urls(graph_file):
    from loaders.view import render_page
    page = render_page(hostile_graph())
    import html
    csp = html.unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1))
    script_src = re.search(r"script-src ([^;]+)", csp).group(1).split()
    assert script_src and all(s.startswith("'sha256-") for s in script_src), "no 'unsafe-inline', no hosts"
    assert "connect-src 'none'" in csp
    app = (Path(__import__("loaders.view", fromlist=["x"]).__file__).parent / "app.js").read_text(encoding="utf-8")
    assert "innerHTML" not in app.replace("never innerHTML", "")
    assert re.search(r"function safeUrl\(url\) \{\s*return typeof url === 'string' && /\^https\?:\\/\\//i\.test\(url\)",
                     app), "article links are restricted to http(s): a javascript: url is never a link"
    assert app.count("href:") == 1 and "href: url" in app


# ---------------------------------------------------------------- through the extractor

HOSTILE_ARTICLE = ("وقال القيادي أبو \"محمد\" `الحلبي` <script>alert(1)</script> إن هيئة تحرير الشام سيطرت على "
                   "مدينة حمص {MATCH (n) DETACH DELETE n} بعد معارك مع قوات النظام السوري.\n"
                   "وأضاف: \"} ; DROP ALL ; INSERT DATA { <urn:a> <urn:b> <urn:c> }\" إن حزب الله انسحب من القصير.")


def test_hostile_article_builds_and_exports_to_every_format(kg, tmp_path):
    import loaders
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": ARTICLE_ID, "text": HOSTILE_ARTICLE, "title": SCRIPT,
                               "url": "javascript:alert(1)"}, ensure_ascii=False), encoding="utf-8")
    assert kg("build", src, "--out", tmp_path / "o", "--quiet").code == 0
    g = read_graph(tmp_path / "o" / "graph.json")
    assert g.graph["articles"][ARTICLE_ID]["title"] == SCRIPT
    sentences = {p["sentence"] for _, _, d in g.edges(data=True) for p in d["provenance"]}
    assert any("<script>alert(1)</script>" in s for s in sentences), "sentences are kept as written"
    for fmt in loaders.formats():
        target = tmp_path / f"g.{fmt}"
        assert kg("export", tmp_path / "o" / "graph.json", "--format", fmt, "-o", target).code == 0
        if fmt in RDF_FORMATS:
            quads = rdf_terms(target, fmt)
            assert any("<script>alert(1)</script>" in s for s in literals(quads, SENTENCE_P))
    page = (tmp_path / "g.html").read_text(encoding="utf-8")
    assert "<script>alert" not in page


def test_viz_output_is_atomic(graph_file, kg, monkeypatch, tmp_path):
    """A failure before the final rename must leave the previous page: kg viz writes a temp file
    and renames it (os.replace), like kg build and kg export."""
    import os
    out = tmp_path / "page.html"
    out.write_text("previous page", encoding="utf-8")

    def refuse(*args):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(os, "replace", refuse)
    kg("viz", graph_file, "-o", out)
    assert out.read_text(encoding="utf-8") == "previous page"


def test_hostile_base_iri_is_refused_with_a_clear_message(graph_file, kg, tmp_path):
    for base in ("https://x.example/<script>/", "javascript:alert(1)/", "https://x.example/a b/", "not an iri"):
        run = kg("export", graph_file, "--format", "turtle", "-o", tmp_path / "g.ttl", "--base", base)
        assert run.code == 2 and "bad base IRI" in run.err and "Traceback" not in run.text
    assert not (tmp_path / "g.ttl").exists()


def test_hostile_type_code_in_graph_json_is_refused_by_every_rdf_writer(kg, tmp_path):
    from kg.types import ArticleExtraction, ArticleInfo, EntityRecord
    from kg.graph import build_graph
    bad = EntityRecord("x", "Person> <urn:evil", "اسم")
    path = tmp_path / "graph.json"
    write_graph(build_graph([ArticleExtraction(ArticleInfo("a", "h"), (bad,), ())]), path)
    for fmt in sorted(RDF_FORMATS):
        run = kg("export", path, "--format", fmt, "-o", tmp_path / f"g.{fmt}")
        assert run.code == 2 and "unknown entity type" in run.err and "Traceback" not in run.text
        assert not (tmp_path / f"g.{fmt}").exists()


@pytest.mark.parametrize("update", ["DROP ALL", "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
                                    "DELETE WHERE { ?s ?p ?o }", "LOAD <https://evil.example/x.ttl>"])
def test_kg_sparql_runs_queries_only_never_updates(exports, kg, update):
    before = exports["turtle"].read_bytes()
    run = kg("sparql", update, "--data", exports["turtle"])
    assert run.code == 2 and "bad SPARQL query" in run.err and "Traceback" not in run.text
    assert exports["turtle"].read_bytes() == before


@pytest.mark.parametrize("content", [b'<a> <b> "unterminated .\n', b"\x89PNG\r\n\x1a\n\x00\x00"],
                         ids=["broken-turtle", "binary"])
def test_kg_sparql_and_validate_on_broken_rdf_are_one_clear_error(kg, tmp_path, content):
    path = tmp_path / "bad.ttl"
    path.write_bytes(content)
    for argv in (("sparql", "SELECT * WHERE { ?s ?p ?o }", "--data", path), ("validate", path)):
        run = kg(*argv)
        assert run.code == 2 and "is not valid RDF" in run.err and "Traceback" not in run.text
