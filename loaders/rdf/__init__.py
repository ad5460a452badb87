"""RDF export: Turtle, N-Triples, TriG (pyoxigraph's streaming serialisers) and JSON-LD
(rdflib, compacted with ``ontology/context.jsonld``). RDF_OPTIONS are the options every RDF
writer takes besides ``base``.

The model (what becomes which triple) is in ``loaders.rdf.model``; IRIs in
``loaders.rdf.iris``; reading RDF back, SPARQL and SHACL in ``loaders.rdf.tools``.
Every writer takes the option ``base`` (entity IRI base, default ``iris.DEFAULT_BASE``).
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

import networkx as nx
import pyoxigraph as ox

from loaders import register
from loaders.rdf import iris
from loaders.rdf.iris import DEFAULT_BASE
from loaders.rdf.model import PREFIXES, RdfModel

RDF_OPTIONS = ("include_origin", "license", "created")
__all__ = ["DEFAULT_BASE", "PREFIXES", "RdfModel", "triples", "quads", "jsonld_context"]


def _prefixes(base: str) -> dict[str, str]:
    iris.check_base(base)
    return {**PREFIXES, "id": base, "article": base + "article/", "claim": base + "claim/",
            "graph": base + "graph/", "run": base + "run/", "software": base + "software/"}


def triples(g: nx.MultiDiGraph, base: str = DEFAULT_BASE, **options) -> Iterator[ox.Triple]:
    """``options``: RdfModel's (include_origin, license, created)."""
    for s, p, o, _ in RdfModel(g, base, **options).quads():
        yield ox.Triple(s, p, o)


def quads(g: nx.MultiDiGraph, base: str = DEFAULT_BASE, **options) -> Iterator[ox.Quad]:
    """Quads with per-article named graphs (the TriG model)."""
    default = ox.DefaultGraph()
    for s, p, o, graph in RdfModel(g, base, **options).quads(named_graphs=True):
        yield ox.Quad(s, p, o, default if graph is None else graph)


def _serialize(items, out: Path, fmt: ox.RdfFormat, base: str) -> None:
    with open(out, "wb") as f:
        ox.serialize(items, f, fmt, prefixes=_prefixes(base))


def write_ntriples_lines(items, f, batch: int = 4096) -> int:
    """Stream (s, p, o, _) tuples of pyoxigraph terms as N-Triples lines.

    A term's ``str()`` is pyoxigraph's own N-Triples rendering (IRIs in <>, literals quoted
    and escaped), so this formats lines directly without building Triple objects; the
    tests parse the result back with pyoxigraph and rdflib."""
    n = 0
    lines: list[str] = []
    predicates: dict[ox.NamedNode, str] = {}
    last_subject, subject = None, ""
    for s, p, o, _ in items:
        if s is not last_subject:                 # runs of one subject: render it once
            last_subject, subject = s, str(s)
        predicate = predicates.get(p)
        if predicate is None:
            predicate = predicates[p] = str(p)
        lines.append(f"{subject} {predicate} {o} .\n")
        if len(lines) >= batch:
            f.write("".join(lines))
            n += len(lines)
            lines.clear()
    f.write("".join(lines))
    return n + len(lines)


@register("nt", extension=".nt", media_type="application/n-triples",
          description="RDF N-Triples (one triple a line; streams, fastest)", aliases=("ntriples",))
def write_ntriples(g: nx.MultiDiGraph, out: Path, base: str = DEFAULT_BASE, **options) -> None:
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        write_ntriples_lines(RdfModel(g, base, **options).quads(), f)


@register("turtle", extension=".ttl", media_type="text/turtle",
          description="RDF Turtle with prefixes", aliases=("ttl",))
def write_turtle(g: nx.MultiDiGraph, out: Path, base: str = DEFAULT_BASE, **options) -> None:
    _serialize(triples(g, base, **options), out, ox.RdfFormat.TURTLE, base)


@register("trig", extension=".trig", media_type="application/trig",
          description="RDF TriG: claims in one named graph per article")
def write_trig(g: nx.MultiDiGraph, out: Path, base: str = DEFAULT_BASE, **options) -> None:
    _serialize(quads(g, base, **options), out, ox.RdfFormat.TRIG, base)


def jsonld_context() -> dict:
    """The JSON-LD context shipped as ``ontology/context.jsonld`` (its ``@context`` object)."""
    from ontology import path
    return json.loads(path("context.jsonld").read_text(encoding="utf-8"))["@context"]


def to_rdflib(items) -> "rdflib.Graph":
    """pyoxigraph triples as an rdflib Graph (for JSON-LD and SHACL)."""
    import rdflib

    def term(t):
        if isinstance(t, ox.NamedNode):
            return rdflib.URIRef(t.value)
        if isinstance(t, ox.BlankNode):
            return rdflib.BNode(t.value)
        if t.language:
            return rdflib.Literal(t.value, lang=t.language)
        return rdflib.Literal(t.value, datatype=rdflib.URIRef(t.datatype.value))

    g = rdflib.Graph()
    for t in items:
        g.add((term(t.subject), term(t.predicate), term(t.object)))
    return g


@register("jsonld", extension=".jsonld", media_type="application/ld+json",
          description="JSON-LD compacted with ontology/context.jsonld")
def write_jsonld(g: nx.MultiDiGraph, out: Path, base: str = DEFAULT_BASE, **options) -> None:
    context = {**jsonld_context(), **{k: v for k, v in _prefixes(base).items() if k in ("id", "article", "claim", "graph", "run", "software")}}
    data = to_rdflib(triples(g, base, **options)).serialize(format="json-ld", context=context, auto_compact=True,
                                                  ensure_ascii=False, indent=1)
    out.write_text(data, encoding="utf-8")
