"""Reading RDF files back: SPARQL (pyoxigraph) and SHACL validation (pySHACL), with results as
typed records that the CLI prints and the tests assert on."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.errors import InputError, KgError
from loaders.rdf.iris import DEFAULT_BASE
from loaders.rdf.model import PREFIXES

# File extension -> (pyoxigraph format, rdflib format name)
FORMATS = {
    ".ttl": (ox.RdfFormat.TURTLE, "turtle"),
    ".turtle": (ox.RdfFormat.TURTLE, "turtle"),
    ".nt": (ox.RdfFormat.N_TRIPLES, "nt"),
    ".trig": (ox.RdfFormat.TRIG, "trig"),
    ".nq": (ox.RdfFormat.N_QUADS, "nquads"),
    ".jsonld": (ox.RdfFormat.JSON_LD, "json-ld"),
    ".json": (ox.RdfFormat.JSON_LD, "json-ld"),
    ".rdf": (ox.RdfFormat.RDF_XML, "xml"),
    ".owl": (ox.RdfFormat.RDF_XML, "xml"),
}
# Predeclared in every query; ``id:`` is the default entity base (``id:homs``).
QUERY_PREFIXES = {**PREFIXES, "id": DEFAULT_BASE, "article": DEFAULT_BASE + "article/",
                  "claim": DEFAULT_BASE + "claim/", "graph": DEFAULT_BASE + "graph/", "run": DEFAULT_BASE + "run/",
                  "software": DEFAULT_BASE + "software/"}


def rdf_format(path: Path) -> tuple[ox.RdfFormat, str]:
    try:
        return FORMATS[path.suffix.lower()]
    except KeyError:
        raise InputError(f"cannot tell the RDF format of {str(path)!r} from its extension {path.suffix!r}",
                         value=str(path), choices=sorted(FORMATS)) from None


def _existing(path) -> Path:
    p = Path(path)
    if not p.is_file():
        raise InputError(f"no RDF file at {str(p)!r}", value=str(p))
    return p


ONTOLOGY_GRAPH = "https://w3id.org/kg-arabic-news/ontology"


def _not_rdf(p: Path) -> None:
    """A graph.json given where RDF is wanted: say how to export it first."""
    if p.suffix.lower() == ".json":
        try:
            with open(p, "rb") as f:
                head = f.read(4096)
        except OSError:
            return
        if b'"multigraph"' in head or b'"nodes"' in head or b'"directed"' in head:
            raise InputError(f"{str(p)!r} is a kg graph.json, not RDF: export it first "
                             f"(kg export {p} -f turtle -o graph.ttl) and query that", value=str(p))


def load_store(paths, ontology: bool = False) -> ox.Store:
    """An in-memory pyoxigraph store holding every file (named graphs kept) and, with
    ``ontology``, kg.ttl in the named graph ``ONTOLOGY_GRAPH`` (labels, codes, subclasses)."""
    store = ox.Store()
    if ontology:
        from ontology import path as ontology_path
        store.load(path=str(ontology_path("kg.ttl")), format=ox.RdfFormat.TURTLE,
                   to_graph=ox.NamedNode(ONTOLOGY_GRAPH))
    for path in paths:
        p = _existing(path)
        _not_rdf(p)
        try:
            store.load(path=str(p), format=rdf_format(p)[0])
        except (SyntaxError, ValueError, OSError) as exc:
            raise InputError(f"{str(p)!r} is not valid RDF: {exc}", value=str(p)) from exc
    return store


def load_rdflib(path) -> "rdflib.Graph":
    """A file as one rdflib Graph: the union of its default and named graphs."""
    import rdflib

    p = _existing(path)
    ds = rdflib.Dataset()
    try:
        ds.parse(str(p), format=rdf_format(p)[1])
    except Exception as exc:  # rdflib raises many parser-specific types
        raise InputError(f"{str(p)!r} is not valid RDF: {exc}", value=str(p)) from exc
    g = rdflib.Graph()
    for s, p_, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p_, o))
    return g


# ------------------------------------------------------------------ SPARQL
@dataclass(frozen=True)
class QueryResult:
    kind: str                            # select | ask | graph
    variables: tuple[str, ...] = ()
    rows: tuple[tuple, ...] = ()         # pyoxigraph terms or None (unbound)
    boolean: bool | None = None
    triples: tuple = ()


_PREFIXED = re.compile(r"([A-Za-z][\w-]*):([\w\-.%]*)")


def parameter_term(value: str) -> str:
    """A --param value as a SPARQL term: <IRI> and prefix:name (a predeclared prefix) as IRIs,
    anything else as a plain string literal."""
    value = value.strip()
    if re.fullmatch(r"<[^<>\s\"{}|\\^`]*>", value):
        return value
    m = _PREFIXED.fullmatch(value)
    if m and m.group(1) in QUERY_PREFIXES and not value.startswith(("http:", "https:")):
        return value
    return str(ox.Literal(value))


def query_parameters(query: str) -> list[str]:
    """The parameters a query has: the variables of its ``VALUES ?name { ... }`` lines that
    list one value (a default the caller may replace)."""
    return [m.group(1) for m in _VALUES.finditer(query) if len(_values_items(m.group(2))) == 1]


_VALUES = re.compile(r"VALUES\s+\?(\w+)\s*\{([^{}]*)\}", re.IGNORECASE)


def _values_items(body: str) -> list[str]:
    return re.findall(r'"(?:[^"\\]|\\.)*"(?:@[\w-]+|\^\^\S+)?|<[^>]*>|\S+', body)


def bind_parameters(query: str, params: dict[str, str]) -> str:
    """The query with each parameter's VALUES line set to the given value (``--param``)."""
    known = query_parameters(query)
    for name, value in params.items():
        if name not in known:
            raise KgError(f"the query has no parameter {name!r} (a 'VALUES ?{name} {{ default }}' line); "
                          f"its parameters: {', '.join(known) or 'none'}", value=name, choices=known)
        term = parameter_term(value)
        query = re.sub(rf"(VALUES\s+\?{name}\s*\{{)[^{{}}]*(\}})", lambda m: f"{m.group(1)} {term} {m.group(2)}",
                       query, count=1, flags=re.IGNORECASE)
    return query


def run_query(query: str, paths, union: bool = True, ontology: bool = True) -> QueryResult:
    """Run SPARQL over the files; the prefixes in ``QUERY_PREFIXES`` (kg:, schema:, prov: ...)
    are predeclared. ``union``: the default graph is the union of all graphs (the TriG
    article graphs, and the ontology's graph when ``ontology``)."""
    store = load_store(paths, ontology)
    try:
        result = store.query(query, prefixes=QUERY_PREFIXES, use_default_graph_as_union=union)
    except SyntaxError as exc:
        raise KgError(f"bad SPARQL query: {exc}", value=query) from exc
    if isinstance(result, (bool, ox.QueryBoolean)):
        return QueryResult("ask", boolean=bool(result))
    if isinstance(result, ox.QuerySolutions):
        variables = tuple(v.value for v in result.variables)
        return QueryResult("select", variables, tuple(tuple(sol[v] for v in variables) for sol in result))
    return QueryResult("graph", triples=tuple(result))


def short(term, prefixes: dict[str, str] | None = None) -> str:
    """A term as a reader wants it in a table: prefixed name, or the literal's text."""
    if term is None:
        return ""
    if isinstance(term, ox.Literal):
        return term.value
    if isinstance(term, ox.NamedNode):
        best = ""
        for name, ns in (prefixes or QUERY_PREFIXES).items():
            if term.value.startswith(ns) and len(ns) > len(best):
                best, prefix = ns, name
        return f"{prefix}:{term.value[len(best):]}" if best else f"<{term.value}>"
    return str(term)


# ------------------------------------------------------------------ SHACL
@dataclass(frozen=True)
class Violation:
    severity: str                        # Violation | Warning | Info
    focus: str
    path: str
    message: str
    value: str
    shape: str


@dataclass(frozen=True)
class ValidationReport:
    conforms: bool
    violations: tuple[Violation, ...]


def validate(path, shapes: Path | None = None) -> ValidationReport:
    """SHACL-validate an RDF file against ``ontology/shapes.ttl`` with the ontology mixed in
    (so ``sh:class kg:Actor`` accepts a ``kg:ArmedGroup``)."""
    import pyshacl
    import rdflib
    from ontology import path as ontology_path

    data = load_rdflib(path)
    if len(data) == 0:
        raise InputError(f"{str(path)!r} holds no RDF triples; is it an RDF export? "
                         f"(kg export graph.json --format turtle -o graph.ttl)", value=str(path))
    shapes_graph = rdflib.Graph().parse(shapes or ontology_path("shapes.ttl"), format="turtle")
    ontology = rdflib.Graph().parse(ontology_path("kg.ttl"), format="turtle")
    conforms, results, _ = pyshacl.validate(data, shacl_graph=shapes_graph, ont_graph=ontology,
                                            inference="none", allow_warnings=True, advanced=True)
    return ValidationReport(bool(conforms), _violations(results))


def _violations(results) -> tuple[Violation, ...]:
    from rdflib import BNode, Namespace, URIRef
    from rdflib.namespace import RDF

    SH = Namespace("http://www.w3.org/ns/shacl#")
    prefixes = {**QUERY_PREFIXES, "sh": str(SH), "kgsh": "https://w3id.org/kg-arabic-news/shapes#"}

    def text(node):
        if node is None:
            return ""
        if isinstance(node, URIRef):
            return short(ox.NamedNode(str(node)), prefixes)
        return f"_:{node}" if isinstance(node, BNode) else str(node)

    out = []
    for r in results.subjects(RDF.type, SH.ValidationResult):
        out.append(Violation(
            severity=str(results.value(r, SH.resultSeverity)).rsplit("#", 1)[-1],
            focus=text(results.value(r, SH.focusNode)),
            path=text(results.value(r, SH.resultPath)),
            message=str(results.value(r, SH.resultMessage) or ""),
            value=text(results.value(r, SH.value)),
            shape=text(results.value(r, SH.sourceShape)),
        ))
    return tuple(sorted(out, key=lambda v: (v.severity != "Violation", v.focus, v.path, v.message)))
