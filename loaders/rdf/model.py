"""graph.json (the networkx graph) as RDF quads, streamed in a stable order.

What is written (docs/rdf.md has the full model and example queries):

* each entity: its ontology class (``Term.iri`` from ``ontology.vocabulary()``),
  ``schema:identifier`` (the graph.json id), ``rdfs:label`` @ar and @en, ``skos:altLabel``
  @ar, ``owl:sameAs`` Wikidata and GeoNames, ``geo:lat`` / ``geo:long`` (WGS84);
* each article: ``schema:NewsArticle`` with identifier, url, headline, datePublished,
  publisher, ``kg:contentHash`` and ``schema:mentions`` for every entity it mentions;
* each relation: a plain triple ``<subject> kg:captured <object>`` (symmetric relations in
  both directions) and, per provenance item, a ``kg:Claim`` (an ``rdf:Statement`` and
  ``prov:Entity``) with ``prov:wasDerivedFrom`` the article, ``prov:wasAttributedTo`` the
  credited source, the sentence, its offsets, hedged, event date, rule, confidence, trigger.

With ``named_graphs=True`` (TriG) the claims of an article go into the article's named graph
``<base>graph/<article>`` (a ``kg:ArticleGraph`` derived from the article); everything else,
plain relation triples included, is in the default graph. Each triple is in exactly one graph,
so the union of all graphs is the triple formats' graph plus two triples per article graph,
and a query over the union sees no duplicates.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from decimal import Decimal, InvalidOperation
from typing import Iterator

import networkx as nx
import pyoxigraph as ox

from kg.errors import GraphFormatError
from loaders.rdf import iris

KG = "https://w3id.org/kg-arabic-news/ontology#"
PREFIXES = {
    "kg": KG,
    "schema": "https://schema.org/",
    "prov": "http://www.w3.org/ns/prov#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "geo": "http://www.w3.org/2003/01/geo/wgs84_pos#",
    "dcterms": "http://purl.org/dc/terms/",
    "wd": iris.WIKIDATA,
}


def _n(prefix: str, local: str) -> ox.NamedNode:
    return ox.NamedNode(PREFIXES[prefix] + local)


A = _n("rdf", "type")
XSD_DECIMAL, XSD_DATE, XSD_YEAR_MONTH, XSD_YEAR = (_n("xsd", x) for x in ("decimal", "date", "gYearMonth", "gYear"))
XSD_ANY_URI, XSD_BOOLEAN, XSD_INTEGER = _n("xsd", "anyURI"), _n("xsd", "boolean"), _n("xsd", "integer")
IDENTIFIER, LABEL, ALT_LABEL, SAME_AS = _n("schema", "identifier"), _n("rdfs", "label"), _n("skos", "altLabel"), _n("owl", "sameAs")
LAT, LONG = _n("geo", "lat"), _n("geo", "long")
NEWS_ARTICLE, URL, HEADLINE = _n("schema", "NewsArticle"), _n("schema", "url"), _n("schema", "headline")
DATE_PUBLISHED, PUBLISHER, MENTIONS = _n("schema", "datePublished"), _n("schema", "publisher"), _n("schema", "mentions")
CONTENT_HASH, ORIGIN = _n("kg", "contentHash"), _n("kg", "origin")
CLAIM, ARTICLE_GRAPH, PROV_ENTITY = _n("kg", "Claim"), _n("kg", "ArticleGraph"), _n("prov", "Entity")
SUBJECT, PREDICATE, OBJECT = _n("rdf", "subject"), _n("rdf", "predicate"), _n("rdf", "object")
DERIVED_FROM, ATTRIBUTED_TO = _n("prov", "wasDerivedFrom"), _n("prov", "wasAttributedTo")
SENTENCE, START, END, HEDGED = _n("kg", "sentence"), _n("kg", "startOffset"), _n("kg", "endOffset"), _n("kg", "hedged")
EVENT_DATE, RULE, CONFIDENCE, TRIGGER = _n("kg", "eventDate"), _n("kg", "rule"), _n("kg", "confidence"), _n("kg", "trigger")
TRUE, FALSE = ox.Literal("true", datatype=XSD_BOOLEAN), ox.Literal("false", datatype=XSD_BOOLEAN)


@functools.lru_cache(maxsize=8192)
def date_literal(text) -> ox.Literal | None:
    """ISO date, year-month or year as the matching XSD type; other text as a plain string
    (which SHACL then reports, rather than the export dropping it)."""
    if text is None or text == "":
        return None
    text = str(text)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        try:
            dt.date.fromisoformat(text)
            return ox.Literal(text, datatype=XSD_DATE)
        except ValueError:
            pass
    elif re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", text):
        return ox.Literal(text, datatype=XSD_YEAR_MONTH)
    elif re.fullmatch(r"\d{4}", text):
        return ox.Literal(text, datatype=XSD_YEAR)
    return ox.Literal(text)


@functools.lru_cache(maxsize=8192)
def decimal_literal(value) -> ox.Literal | None:
    """A number as xsd:decimal in plain notation (never 1e-05, which xsd:decimal forbids)."""
    if value is None:
        return None
    try:
        d = Decimal(repr(float(value)))
    except (TypeError, ValueError, InvalidOperation):
        raise GraphFormatError(f"not a number: {value!r}", value=value) from None
    if not d.is_finite():
        raise GraphFormatError(f"not a finite number: {value!r}", value=value)
    text = format(d, "f")
    return ox.Literal(text if "." in text else text + ".0", datatype=XSD_DECIMAL)


def _url_term(url: str):
    iri = iris.url_iri(url)
    if iri is not None:
        try:
            return ox.NamedNode(iri)
        except ValueError:
            pass
    return ox.Literal(url, datatype=XSD_ANY_URI)


class RdfModel:
    """Turns one networkx graph into quads; IRIs are minted once and reused."""

    def __init__(self, g: nx.MultiDiGraph, base: str = iris.DEFAULT_BASE):
        from ontology import vocabulary

        self.g = g
        self.base = iris.check_base(base)
        self.vocab = vocabulary()
        self._entity = {n: ox.NamedNode(i) for n, i in iris.mint_entity_iris(dict(g.nodes(data=True)), self.base).items()}
        self._class = {t.code: ox.NamedNode(t.iri) for t in self.vocab.entity_types}
        self._property = {t.code: ox.NamedNode(t.iri) for t in self.vocab.relation_types}
        self._article: dict[str, ox.NamedNode] = {}

    # -------------------------------------------------------------- IRIs
    def entity(self, node_id: str) -> ox.NamedNode:
        """The IRI of a node (also of an id the graph names but has no node for)."""
        node = self._entity.get(node_id)
        if node is None:
            node = self._entity[node_id] = ox.NamedNode(self.base + iris.entity_local_name(node_id))
        return node

    def article(self, article_id: str) -> ox.NamedNode:
        node = self._article.get(article_id)
        if node is None:
            node = self._article[article_id] = ox.NamedNode(f"{self.base}article/{iris.encoded_segment(article_id)}")
        return node

    def article_graph(self, article_id: str) -> ox.NamedNode:
        return ox.NamedNode(f"{self.base}graph/{iris.encoded_segment(article_id)}")

    def claim(self, u: str, code: str, v: str, prov: dict) -> ox.NamedNode:
        """Named by a hash of everything the claim states: same input, same IRI."""
        g = prov.get
        key = (f"{u}\x1f{code}\x1f{v}\x1f{g('article')}\x1f{g('sentence')}\x1f{g('start')}\x1f{g('end')}\x1f"
               f"{g('attributed_to')}\x1f{g('hedged')}\x1f{g('event_date')}\x1f{g('rule')}\x1f{g('confidence')}\x1f"
               f"{g('trigger')}")
        return ox.NamedNode(f"{self.base}claim/{iris.short_hash(key, 16)}")

    def entity_class(self, node_id: str, code) -> ox.NamedNode:
        try:
            return self._class[code]
        except KeyError:
            raise GraphFormatError(f"node {node_id!r} has unknown entity type {code!r}",
                                   value=code, choices=self.vocab.entity_codes) from None

    def relation(self, code) -> ox.NamedNode:
        try:
            return self._property[code]
        except KeyError:
            raise GraphFormatError(f"edge has unknown relation type {code!r}",
                                   value=code, choices=self.vocab.relation_codes) from None

    # -------------------------------------------------------------- quads
    def quads(self, named_graphs: bool = False) -> Iterator[tuple]:
        """Every quad of the export as a plain tuple (subject, predicate, object, graph) of
        pyoxigraph terms, graph None for the default graph (all of them unless
        ``named_graphs``). Tuples, not ox.Quad objects: building those costs more than the
        whole N-Triples formatting."""
        yield from self.entity_quads()
        yield from self.article_quads(named_graphs)
        per_article: dict[str, list] | None = {} if named_graphs else None
        for u, v, code, data in self.g.edges(keys=True, data=True):
            yield from self.relation_quads(u, v, data.get("type", code), data.get("provenance", []), per_article)
        for article_id, items in (per_article or {}).items():
            graph = self.article_graph(article_id)
            for s, p, o in items:
                yield s, p, o, graph

    def entity_quads(self) -> Iterator[tuple]:
        for node_id, d in self.g.nodes(data=True):
            s = self.entity(node_id)
            yield (s, A, self.entity_class(node_id, d.get("type")), None)
            yield (s, IDENTIFIER, ox.Literal(str(node_id)), None)
            name = d.get("name")
            if name:
                yield (s, LABEL, ox.Literal(name, language="ar"), None)
            if d.get("name_en"):
                yield (s, LABEL, ox.Literal(d["name_en"], language="en"), None)
            for alias in d.get("aliases") or ():
                if alias and alias != name:
                    yield (s, ALT_LABEL, ox.Literal(alias, language="ar"), None)
            for same in (iris.wikidata_iri(d.get("wikidata")), iris.geonames_iri(d.get("geonames"))):
                if same:
                    yield (s, SAME_AS, ox.NamedNode(same), None)
            if d.get("lat") is not None and d.get("lon") is not None:
                yield (s, LAT, decimal_literal(d["lat"]), None)
                yield (s, LONG, decimal_literal(d["lon"]), None)

    def article_quads(self, named_graphs: bool) -> Iterator[tuple]:
        mentioned: dict[str, set[str]] = {}
        for node_id, d in self.g.nodes(data=True):
            for m in d.get("mentions") or ():
                mentioned.setdefault(m["article"], set()).add(node_id)
        articles = self.g.graph.get("articles", {})
        for article_id in sorted(set(articles) | set(mentioned)):
            a = self.article(article_id)
            info = articles.get(article_id) or {}
            yield (a, A, NEWS_ARTICLE, None)
            yield (a, IDENTIFIER, ox.Literal(str(article_id)), None)
            if info.get("url"):
                yield (a, URL, _url_term(info["url"]), None)
            if info.get("title"):
                yield (a, HEADLINE, ox.Literal(info["title"], language="ar"), None)
            published = date_literal(info.get("published"))
            if published is not None:
                yield (a, DATE_PUBLISHED, published, None)
            if info.get("publisher"):
                yield (a, PUBLISHER, self.entity(info["publisher"]), None)
            if info.get("content_hash"):
                yield (a, CONTENT_HASH, ox.Literal(info["content_hash"]), None)
            if info.get("origin"):
                yield (a, ORIGIN, ox.Literal(str(info["origin"])), None)
            for node_id in sorted(mentioned.get(article_id, ())):
                yield (a, MENTIONS, self.entity(node_id), None)
            if named_graphs:
                graph = self.article_graph(article_id)
                yield (graph, A, ARTICLE_GRAPH, None)
                yield (graph, DERIVED_FROM, a, None)

    def relation_quads(self, u: str, v: str, code: str, provenance: list[dict],
                       per_article: dict[str, list] | None) -> Iterator[tuple]:
        s, p, o = self.entity(u), self.relation(code), self.entity(v)
        plain = [(s, p, o)]
        if code in self.vocab.symmetric and u != v:
            plain.append((o, p, s))
        for triple in plain:
            yield (*triple, None)
        for prov in provenance:
            claim_triples = self.claim_triples(self.claim(u, code, v, prov), s, p, o, prov)
            if per_article is None:
                for triple in claim_triples:
                    yield (*triple, None)
            else:
                per_article.setdefault(prov["article"], []).extend(claim_triples)

    def claim_triples(self, c: ox.NamedNode, s, p, o, prov: dict) -> list[tuple]:
        out = [(c, A, CLAIM), (c, A, PROV_ENTITY), (c, SUBJECT, s), (c, PREDICATE, p), (c, OBJECT, o),
               (c, DERIVED_FROM, self.article(prov["article"]))]
        if prov.get("attributed_to"):
            out.append((c, ATTRIBUTED_TO, self.entity(prov["attributed_to"])))
        if prov.get("sentence"):
            out.append((c, SENTENCE, ox.Literal(prov["sentence"], language="ar")))
        out.append((c, START, ox.Literal(str(int(prov["start"])), datatype=XSD_INTEGER)))
        out.append((c, END, ox.Literal(str(int(prov["end"])), datatype=XSD_INTEGER)))
        out.append((c, HEDGED, TRUE if prov.get("hedged") else FALSE))
        event_date = date_literal(prov.get("event_date"))
        if event_date is not None:
            out.append((c, EVENT_DATE, event_date))
        if prov.get("rule"):
            out.append((c, RULE, ox.Literal(str(prov["rule"]))))
        if prov.get("confidence") is not None:
            out.append((c, CONFIDENCE, decimal_literal(prov["confidence"])))
        if prov.get("trigger"):
            out.append((c, TRIGGER, ox.Literal(prov["trigger"], language="ar")))
        return out
