"""Shared helpers for the RDF tests: export the sample graph, read files back with rdflib and
pyoxigraph, and recover graph.json facts from RDF (independently of the writer's code)."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import rdflib
from rdflib.namespace import RDF, RDFS, XSD

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "tests" / "fixtures" / "sample_graph.json"
GOLDEN = REPO / "tests" / "golden" / "rdf"
QUERIES = REPO / "queries"

EXTENSIONS = {"turtle": ".ttl", "nt": ".nt", "trig": ".trig", "jsonld": ".jsonld"}
RDFLIB_FORMATS = {"turtle": "turtle", "nt": "nt", "trig": "trig", "jsonld": "json-ld"}
OX_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "trig": ox.RdfFormat.TRIG,
              "jsonld": ox.RdfFormat.JSON_LD}

KG = rdflib.Namespace("https://w3id.org/kg-arabic-news/ontology#")
SCHEMA = rdflib.Namespace("https://schema.org/")
PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")
SKOS = rdflib.Namespace("http://www.w3.org/2004/02/skos/core#")
GEO = rdflib.Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")
OWL_SAME_AS = rdflib.URIRef("http://www.w3.org/2002/07/owl#sameAs")


CREATED = "2024-12-08"          # the VoID creation date the golden files carry


def export(g, fmt: str, directory: Path, **options) -> Path:
    import loaders
    options.setdefault("created", CREATED)
    return loaders.export(g, fmt, directory / f"graph{EXTENSIONS[fmt]}", **options)


def rdflib_dataset(path: Path, fmt: str) -> rdflib.Dataset:
    ds = rdflib.Dataset()
    ds.parse(str(path), format=RDFLIB_FORMATS[fmt])
    return ds


def rdflib_union(path: Path, fmt: str) -> rdflib.Graph:
    g = rdflib.Graph()
    for s, p, o, _ in rdflib_dataset(path, fmt).quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def oxigraph_count(path: Path, fmt: str) -> int:
    with open(path, "rb") as f:
        return sum(1 for _ in ox.parse(f, OX_FORMATS[fmt]))


def _py(lit):
    if lit is None:
        return None
    if lit.datatype in (XSD.date, XSD.gYearMonth, XSD.gYear):
        return str(lit)
    if lit.datatype == XSD.decimal:
        return float(lit)
    return lit.toPython()


def facts(g: rdflib.Graph) -> dict:
    """graph.json facts recovered from RDF: nodes, edges with provenance, articles."""
    from ontology import vocabulary

    vocab = vocabulary()
    type_code = {rdflib.URIRef(t.iri): t.code for t in vocab.entity_types}
    rel_code = {rdflib.URIRef(t.iri): t.code for t in vocab.relation_types}
    ident = {s: str(o) for s, o in g.subject_objects(SCHEMA.identifier)}

    nodes = {}
    for s, t in g.subject_objects(RDF.type):
        if t not in type_code:
            continue
        labels = {o.language: str(o) for o in g.objects(s, RDFS.label)}
        same = sorted(str(o) for o in g.objects(s, OWL_SAME_AS))
        nodes[ident[s]] = {
            "type": type_code[t], "name": labels.get("ar"), "name_en": labels.get("en"),
            "aliases": sorted({str(o) for o in g.objects(s, SKOS.altLabel)} | ({labels["ar"]} if "ar" in labels else set())),
            "wikidata": next((x.rsplit("/", 1)[1] for x in same if "wikidata" in x), None),
            "geonames": next((int(x.rstrip("/").rsplit("/", 1)[1]) for x in same if "geonames" in x), None),
            "lat": _py(g.value(s, GEO.lat)), "lon": _py(g.value(s, GEO.long)),
        }

    edges = {}
    for c in g.subjects(RDF.type, KG.Claim):
        key = (ident[g.value(c, RDF.subject)], rel_code[g.value(c, RDF.predicate)], ident[g.value(c, RDF.object)])
        attributed = g.value(c, PROV.wasAttributedTo)
        edges.setdefault(key, []).append({
            "article": ident[g.value(c, PROV.wasDerivedFrom)], "sentence": str(g.value(c, KG.sentence)),
            "start": _py(g.value(c, KG.startOffset)), "end": _py(g.value(c, KG.endOffset)),
            "attributed_to": ident[attributed] if attributed is not None else None,
            "hedged": _py(g.value(c, KG.hedged)), "event_date": _py(g.value(c, KG.eventDate)),
            "rule": str(g.value(c, KG.rule)), "confidence": _py(g.value(c, KG.confidence)),
            "trigger": _py(g.value(c, KG.trigger)),
        })
    plain = {(ident[s], rel_code[p], ident[o]) for s, p, o in g if p in rel_code}

    articles = {}
    for a in g.subjects(RDF.type, SCHEMA.NewsArticle):
        publisher = g.value(a, SCHEMA.publisher)
        url = g.value(a, SCHEMA.url)
        articles[ident[a]] = {
            "content_hash": _py(g.value(a, KG.contentHash)), "url": str(url) if url is not None else None,
            "title": _py(g.value(a, SCHEMA.headline)), "published": _py(g.value(a, SCHEMA.datePublished)),
            "publisher": ident[publisher] if publisher is not None else None,
        }
    return {"nodes": nodes, "edges": edges, "plain": plain, "articles": articles}


def graph_facts(g) -> dict:
    """The same facts read straight from the networkx graph, for comparison."""
    from ontology import vocabulary

    symmetric = vocabulary().symmetric
    nodes = {n: {k: d.get(k) for k in ("type", "name", "name_en", "wikidata", "geonames", "lat", "lon")}
             | {"aliases": sorted(set(d.get("aliases") or ()) | (set(d.get("aliases_en") or ()) - {d.get("name_en")})
                                  | {d["name"]})}
             for n, d in g.nodes(data=True)}
    edges = {(u, k, v): [_claim_fields(p) for p in one_per_claim(u, k, v, d["provenance"])]
             for u, v, k, d in g.edges(keys=True, data=True)}
    plain = {(u, k, v) for u, v, k in g.edges(keys=True)} | {(v, k, u) for u, v, k in g.edges(keys=True) if k in symmetric}
    articles = {a: {k: info.get(k) for k in ("content_hash", "url", "title", "published", "publisher")}
                for a, info in g.graph["articles"].items()}
    return {"nodes": nodes, "edges": edges, "plain": plain, "articles": articles}


CLAIM_FIELDS = ("article", "sentence", "start", "end", "attributed_to", "hedged", "event_date", "rule", "confidence",
                "trigger")


def _claim_fields(p: dict) -> dict:
    return {k: p.get(k) for k in CLAIM_FIELDS}


def one_per_claim(u, k, v, provenance):
    """The provenance items the export keeps: one per claim id (kg.contract), the most confident."""
    from kg.contract import provenance_claim_id
    best = {}
    for p in provenance:
        cid = provenance_claim_id(u, k, v, p)
        if cid not in best or p.get("confidence", 0) > best[cid].get("confidence", 0):
            best[cid] = p
    return list(best.values())


def same_provenance(a: dict, b: dict) -> bool:
    norm = lambda items: sorted(items, key=lambda p: sorted((k, str(v)) for k, v in p.items()))  # noqa: E731
    return a.keys() == b.keys() and all(norm(a[k]) == norm(b[k]) for k in a)
