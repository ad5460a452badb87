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

from kg.contract import node_key, provenance_claim_id, provenance_date_precision
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
    "void": "http://rdfs.org/ns/void#",
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
CLAIM_PRECISION, KEY = _n("kg", "eventDatePrecision"), _n("kg", "key")
EXACT_MATCH = _n("skos", "exactMatch")
ACTIVITY, SOFTWARE_AGENT, AGENT = _n("prov", "Activity"), _n("prov", "SoftwareAgent"), _n("prov", "Agent")
ASSOCIATED_WITH, GENERATED_BY, USED = _n("prov", "wasAssociatedWith"), _n("prov", "wasGeneratedBy"), _n("prov", "used")
SOFTWARE_VERSION, SCHEMA_NAME = _n("schema", "softwareVersion"), _n("schema", "name")
VOID_DATASET, VOID_TRIPLES, VOID_ENTITIES = _n("void", "Dataset"), _n("void", "triples"), _n("void", "entities")
VOID_URI_SPACE, VOID_VOCABULARY, VOID_EXAMPLE = _n("void", "uriSpace"), _n("void", "vocabulary"), _n("void", "exampleResource")
VOID_FEATURE, VOID_CLASSES, VOID_PROPERTIES = _n("void", "feature"), _n("void", "classes"), _n("void", "properties")
DC_TITLE, DC_DESCRIPTION, DC_LICENSE, DC_CREATED = (_n("dcterms", x) for x in ("title", "description", "license", "created"))
DC_CREATOR, DC_RIGHTS, DC_SOURCE = _n("dcterms", "creator"), _n("dcterms", "rights"), _n("dcterms", "source")
_ARABIC_SCRIPT = re.compile("[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
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

    def __init__(self, g: nx.MultiDiGraph, base: str = iris.DEFAULT_BASE, *, include_origin: bool = False,
                 license: str | None = None, created: str | None = None):
        """``include_origin``: write ``kg:origin`` (where each article was read from: local file
        paths, so off by default). ``license``: the IRI of the dataset's licence for its VoID
        description. ``created``: the dataset's creation date (ISO; default today, or the day
        of ``SOURCE_DATE_EPOCH`` when that is set, for reproducible exports)."""
        from ontology import vocabulary

        self.g = g
        self.base = iris.check_base(base)
        self.vocab = vocabulary()
        self.include_origin = include_origin
        self.license = _license_term(license)
        self.created = _created(created)
        self._entity = {n: ox.NamedNode(i) for n, i in iris.mint_entity_iris(dict(g.nodes(data=True)), self.base).items()}
        self._class = {t.code: ox.NamedNode(t.iri) for t in self.vocab.entity_types}
        self._property = {t.code: ox.NamedNode(t.iri) for t in self.vocab.relation_types}
        self._article: dict[str, ox.NamedNode] = {}
        self.dataset = ox.NamedNode(f"{self.base}void/dataset")     # a path: entity local names have no /
        self.activity = ox.NamedNode(f"{self.base}run/{_run_hash(g)}")
        self.software = ox.NamedNode(f"{self.base}software/kg-{_version()}")

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
        """Named by the graph contract's claim id (kg.contract): the id graph.json and Neo4j use."""
        return ox.NamedNode(f"{self.base}claim/{provenance_claim_id(u, code, v, prov)}")

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
        counted = Counter()
        yield from counted.through(self.entity_quads())
        yield from counted.through(self.article_quads(named_graphs))
        per_article: dict[str, list] | None = {} if named_graphs else None
        for u, v, code, data in self.g.edges(keys=True, data=True):
            yield from counted.through(self.relation_quads(u, v, data.get("type", code), data.get("provenance", []),
                                                           per_article))
        for article_id, items in (per_article or {}).items():
            graph = self.article_graph(article_id)
            for s, p, o in items:
                counted.n += 1
                yield s, p, o, graph
        yield from counted.through(self.run_quads())
        if named_graphs:        # void:triples counts the triples of the Turtle export, in every format
            counted.n -= 2 * len(set(self.g.graph.get("articles", {})) | self._mentioned_articles())
        yield from self.void_quads(counted.n)

    def run_quads(self) -> Iterator[tuple]:
        """The extraction run as a prov:Activity associated with kg (a prov:SoftwareAgent, with its
        version) that used the articles; every claim was generated by it."""
        a, sw = self.activity, self.software
        yield (a, A, ACTIVITY, None)
        yield (a, LABEL, ox.Literal(f"kg extraction run over {len(self.g.graph.get('articles', {}))} articles",
                                    language="en"), None)
        yield (a, ASSOCIATED_WITH, sw, None)
        for article_id in sorted(self.g.graph.get("articles", {})):
            yield (a, USED, self.article(article_id), None)
        yield (sw, A, SOFTWARE_AGENT, None)
        yield (sw, A, AGENT, None)
        yield (sw, LABEL, ox.Literal(f"kg {_version()}", language="en"), None)
        yield (sw, SCHEMA_NAME, ox.Literal("kg"), None)
        yield (sw, SOFTWARE_VERSION, ox.Literal(_version()), None)

    def void_quads(self, triples: int) -> Iterator[tuple]:
        """A VoID description of the export: size (``triples`` written before it, the description
        excluded), entities, vocabulary, licence and creation date."""
        d = self.dataset
        yield (d, A, VOID_DATASET, None)
        yield (d, DC_TITLE, ox.Literal("Actors, places and relations read from Arabic news by kg", language="en"), None)
        yield (d, DC_DESCRIPTION, ox.Literal(
            "Entities and the relations articles state between them, each claim with its sentence, article "
            "and credited source (kg:Claim, PROV-O).", language="en"), None)
        yield (d, DC_CREATED, ox.Literal(self.created, datatype=XSD_DATE), None)
        yield (d, DC_CREATOR, self.software, None)
        if self.license is not None:
            yield (d, DC_LICENSE, self.license, None)
        else:
            yield (d, DC_RIGHTS, ox.Literal(
                "No licence stated for this export (kg export --license IRI states one); the quoted sentences "
                "remain their publishers'.", language="en"), None)
        yield (d, VOID_TRIPLES, ox.Literal(str(triples), datatype=XSD_INTEGER), None)
        yield (d, VOID_ENTITIES, ox.Literal(str(self.g.number_of_nodes()), datatype=XSD_INTEGER), None)
        yield (d, VOID_CLASSES, ox.Literal(str(len({t for _, t in self.g.nodes(data="type") if t})),
                                           datatype=XSD_INTEGER), None)
        yield (d, VOID_PROPERTIES, ox.Literal(str(len({k for _, _, k in self.g.edges(keys=True)})),
                                              datatype=XSD_INTEGER), None)
        yield (d, VOID_URI_SPACE, ox.Literal(self.base), None)
        yield (d, VOID_VOCABULARY, ox.NamedNode(KG), None)
        yield (d, VOID_VOCABULARY, ox.NamedNode(PREFIXES["prov"]), None)
        yield (d, VOID_VOCABULARY, ox.NamedNode(PREFIXES["schema"]), None)
        yield (d, DC_SOURCE, self.activity, None)
        for node_id in sorted(self.g.nodes, key=str)[:1]:
            yield (d, VOID_EXAMPLE, self.entity(node_id), None)

    def entity_quads(self) -> Iterator[tuple]:
        credited = {p.get("attributed_to") for _, _, d in self.g.edges(data=True) for p in d.get("provenance") or ()}
        for node_id, d in self.g.nodes(data=True):
            s = self.entity(node_id)
            yield (s, A, self.entity_class(node_id, d.get("type")), None)
            if node_id in credited:
                yield (s, A, AGENT, None)             # a credited outlet or speaker is a prov:Agent
            yield (s, IDENTIFIER, ox.Literal(str(node_id)), None)
            name = d.get("name")
            if name:
                yield (s, LABEL, ox.Literal(name, language="ar"), None)
            if d.get("name_en"):
                yield (s, LABEL, ox.Literal(d["name_en"], language="en"), None)
            for alias in d.get("aliases") or ():
                if alias and alias != name:
                    yield (s, ALT_LABEL, ox.Literal(alias, language=_language(alias)), None)
            for alias in d.get("aliases_en") or ():
                if alias and alias != d.get("name_en") and alias not in (d.get("aliases") or ()):
                    yield (s, ALT_LABEL, ox.Literal(alias, language="en"), None)
            for key in d.get("key") or node_key(d):
                yield (s, KEY, ox.Literal(key), None)
            wikidata = iris.wikidata_iri(d.get("wikidata"))
            if wikidata:
                yield (s, SAME_AS, ox.NamedNode(wikidata), None)
                yield (s, EXACT_MATCH, ox.NamedNode(wikidata), None)
            geonames = iris.geonames_iri(d.get("geonames"))
            if geonames:
                yield (s, SAME_AS, ox.NamedNode(geonames), None)
            if d.get("lat") is not None and d.get("lon") is not None:
                yield (s, LAT, decimal_literal(d["lat"]), None)
                yield (s, LONG, decimal_literal(d["lon"]), None)

    def _mentioned_articles(self) -> set[str]:
        return {m["article"] for _, d in self.g.nodes(data=True) for m in d.get("mentions") or ()}

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
            if info.get("origin") and self.include_origin:
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
        for prov in _one_per_claim(u, code, v, provenance):
            claim_triples = self.claim_triples(self.claim(u, code, v, prov), s, p, o, prov)
            if per_article is None:
                for triple in claim_triples:
                    yield (*triple, None)
            else:
                per_article.setdefault(prov["article"], []).extend(claim_triples)

    def claim_triples(self, c: ox.NamedNode, s, p, o, prov: dict) -> list[tuple]:
        out = [(c, A, CLAIM), (c, A, PROV_ENTITY), (c, SUBJECT, s), (c, PREDICATE, p), (c, OBJECT, o),
               (c, IDENTIFIER, ox.Literal(c.value.rsplit("/", 1)[1])),
               (c, DERIVED_FROM, self.article(prov["article"])), (c, GENERATED_BY, self.activity)]
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
            precision = provenance_date_precision(prov)
            if precision:
                out.append((c, CLAIM_PRECISION, ox.Literal(precision)))
        if prov.get("rule"):
            out.append((c, RULE, ox.Literal(str(prov["rule"]))))
        if prov.get("confidence") is not None:
            out.append((c, CONFIDENCE, decimal_literal(prov["confidence"])))
        if prov.get("trigger"):
            out.append((c, TRIGGER, ox.Literal(prov["trigger"], language="ar")))
        return out


class Counter:
    """Counts the quads that pass through it (for the VoID description's void:triples)."""

    def __init__(self):
        self.n = 0

    def through(self, quads):
        for q in quads:
            self.n += 1
            yield q


def _one_per_claim(u: str, code: str, v: str, provenance: list[dict]) -> list[dict]:
    """One provenance item per claim id: two readings of a sentence by different rules are one
    claim (kg.contract.claim_id), the most confident kept, as in Neo4j."""
    best: dict[str, dict] = {}
    for prov in provenance:
        cid = provenance_claim_id(u, code, v, prov)
        if cid not in best or float(prov.get("confidence") or 0) > float(best[cid].get("confidence") or 0):
            best[cid] = prov
    return list(best.values())


def _language(text: str) -> str:
    """An alias's language tag: ar for Arabic script, en for the English names and acronyms."""
    return "ar" if _ARABIC_SCRIPT.search(text) else "en"


def _license_term(license: str | None):
    if not license:
        return None
    iri = iris.url_iri(license)
    if iri is None:
        from kg.errors import KgError
        raise KgError(f"bad licence {license!r}: give the licence's IRI, e.g. "
                      f"https://creativecommons.org/licenses/by/4.0/", value=license)
    return ox.NamedNode(iri)


def _created(created: str | None) -> str:
    import os
    if created:
        return dt.date.fromisoformat(created).isoformat()
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc).date().isoformat()
    return dt.date.today().isoformat()


def _version() -> str:
    from kg import __version__
    return __version__


def _run_hash(g: nx.MultiDiGraph) -> str:
    """The run is named by what it read (the articles' content hashes) and the kg version."""
    import hashlib
    h = hashlib.sha256(_version().encode())
    for article_id, info in sorted(g.graph.get("articles", {}).items()):
        h.update(f"{article_id}\x1f{(info or {}).get('content_hash')}\x1e".encode("utf-8", "surrogatepass"))
    return h.hexdigest()[:16]
