"""The graph stage and the public contract every later stage reads.

graph.json is networkx node-link JSON of a MultiDiGraph (edge key = relation type):

node: id, type, name, name_en, aliases, wikidata, geonames, lat, lon, aliases_en (English names and
      acronyms the registry knows, or null), key (kg.contract.node_key:
      normalised names to search by), mentions [{article, start, end, text}]
edge: source, target, key, type, provenance [{article, sentence, start, end,
      attributed_to, hedged, event_date, rule, confidence, trigger, event_date_precision,
      claim_id}]
graph: articles {id: {content_hash, url, title, published, publisher, origin}}

One node per referent across all articles; one edge per (subject, type, object) whose
provenance grows with every sentence that states it. Symmetric relations are stored once,
source <= target.
"""
from __future__ import annotations

import json
import math
import os
from dataclasses import asdict, replace
from pathlib import Path
from typing import Iterable

from kg.errors import GraphFormatError
from kg.lazy import lazy_module
from kg.types import ArticleExtraction, ArticleInfo, EntityRecord, Provenance

nx = lazy_module("networkx")      # loaded at first use: most commands never need it

ANAPHORIC_SOURCES = ("coreference", "generic", "metonym")   # mentions that are not its names (a capital for its state): never aliases
NODE_FIELDS = ("type", "name", "name_en", "aliases", "wikidata", "geonames", "lat", "lon", "aliases_en")


def _has_proclitic(text: str) -> bool:
    """للمرصد: a mention kept whole through لل is not a name to list as an alias."""
    return text.startswith("لل")


def new_graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    g.graph["articles"] = {}
    return g


def _symmetric() -> frozenset[str]:
    from ontology import vocabulary
    return vocabulary().symmetric


def remove_article(g: nx.MultiDiGraph, article_id: str) -> None:
    """Drop everything one article contributed: its mentions, provenance, and what is left empty."""
    g.graph["articles"].pop(article_id, None)
    for u, v, k, data in list(g.edges(keys=True, data=True)):
        kept = [p for p in data["provenance"] if p["article"] != article_id]
        if kept:
            data["provenance"] = kept
        else:
            g.remove_edge(u, v, k)
    for n, data in list(g.nodes(data=True)):
        data["mentions"] = [m for m in data.get("mentions", []) if m["article"] != article_id]
        if not data["mentions"] and g.degree(n) == 0:
            g.remove_node(n)


def _add_entity(g: nx.MultiDiGraph, e: EntityRecord) -> None:
    if e.id not in g:
        attrs = {k: getattr(e, k) for k in NODE_FIELDS}
        attrs["aliases"] = sorted(set(e.aliases))
        g.add_node(e.id, **attrs, mentions=[])
        return
    node = g.nodes[e.id]
    node["aliases"] = sorted(set(node.get("aliases", [])) | set(e.aliases))
    for k in NODE_FIELDS:
        if node.get(k) is None and getattr(e, k) is not None:
            node[k] = getattr(e, k)


def merge(g: nx.MultiDiGraph, extraction: ArticleExtraction) -> bool:
    """Add one article's extraction to the graph (the reduce step).

    Returns False when the same version of the article is already there. A new version of an
    article replaces its earlier contribution instead of doubling it.
    """
    info = extraction.info
    known = g.graph["articles"].get(info.id)
    if known is not None:
        if known.get("content_hash") == info.content_hash:
            return False
        remove_article(g, info.id)
    g.graph["articles"][info.id] = {k: v for k, v in asdict(info).items() if k != "id"}
    for e in extraction.entities:
        _add_entity(g, e)
    for m in extraction.mentions:
        if m.entity_id not in g:
            raise GraphFormatError(f"mention of unknown entity {m.entity_id!r} in article {m.article!r}")
        node = g.nodes[m.entity_id]
        node["mentions"].append({"article": m.article, "start": m.start, "end": m.end, "text": m.text,
                                 "source": m.source})
        if m.source not in ANAPHORIC_SOURCES and not _has_proclitic(m.text) and m.text not in node["aliases"]:
            node["aliases"] = sorted(set(node["aliases"]) | {m.text})
    symmetric = _symmetric()
    for c in extraction.claims:
        s, o = c.subject, c.object
        if c.predicate in symmetric and o < s:
            s, o = o, s
        prov = asdict(with_claim_fields(c.provenance, s, c.predicate, o))
        if g.has_edge(s, o, c.predicate):
            items = g.edges[s, o, c.predicate]["provenance"]
            if prov not in items:
                items.append(prov)
        else:
            g.add_edge(s, o, key=c.predicate, type=c.predicate, provenance=[prov])
    return True


def with_claim_fields(p: Provenance, subject: str, relation: str, obj: str) -> Provenance:
    """A provenance item with the contract's claim id and date precision filled in."""
    from kg.contract import claim_id, date_precision
    return replace(p, event_date_precision=date_precision(p.event_date),
                   claim_id=claim_id(subject, relation, obj, p.article, p.start, p.end))


def build_graph(extractions: Iterable[ArticleExtraction]) -> nx.MultiDiGraph:
    g = new_graph()
    for x in extractions:
        merge(g, x)
    return g


def node_key(data: dict) -> list[str]:
    from kg.contract import node_key as key
    return key(data)


def _sorted_for_output(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy with nodes, edges, mentions and provenance in a stable order, so that the same
    inputs give byte-identical graph.json whatever the order they were processed in."""
    out = nx.MultiDiGraph()
    out.graph.update(g.graph)
    out.graph["articles"] = dict(sorted(g.graph.get("articles", {}).items()))
    for n in sorted(g.nodes):
        data = {k: v for k, v in g.nodes[n].items() if k not in ("key", "mentions")}
        data["key"] = node_key(data)
        data["mentions"] = sorted(g.nodes[n].get("mentions", []), key=lambda m: (m["article"], m["start"], m["end"]))
        out.add_node(n, **data)
    for u, v, k in sorted(g.edges(keys=True)):
        data = dict(g.edges[u, v, k])
        data["provenance"] = sorted(data["provenance"], key=lambda p: (p["article"], p["start"], p["rule"]))
        out.add_edge(u, v, key=k, **data)
    return out


def to_json(g: nx.MultiDiGraph) -> dict:
    return nx.node_link_data(_sorted_for_output(g), edges="links")


# ----------------------------------------------------------------------------- validation

MAX_DEPTH = 32          # nesting a graph.json may have (its own is 4 deep; extra fields get room)


def _fail(what: str):
    raise GraphFormatError(f"not a kg graph.json: {what}")


def _is_int(v) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _is_number(v) -> bool:
    return _is_int(v) or (isinstance(v, float) and math.isfinite(v))


def _check_value(value, where: str, depth: int = 0) -> None:
    """Any value in graph.json: JSON with string keys, finite numbers, at most MAX_DEPTH deep
    (checked without recursion, so a 100,000-deep value is refused, not a RecursionError)."""
    stack = [(value, depth)]
    while stack:
        v, d = stack.pop()
        if isinstance(v, dict):
            if d >= MAX_DEPTH:
                _fail(f"{where} is nested more than {MAX_DEPTH} deep")
            for k, x in v.items():
                if not isinstance(k, str):
                    _fail(f"{where} has a key that is not a string")
                if isinstance(x, (dict, list)) or isinstance(x, float):
                    stack.append((x, d + 1))
        elif isinstance(v, list):
            if d >= MAX_DEPTH:
                _fail(f"{where} is nested more than {MAX_DEPTH} deep")
            stack.extend((x, d + 1) for x in v if isinstance(x, (dict, list, float)))
        elif isinstance(v, float) and not math.isfinite(v):
            _fail(f"{where} holds {v!r}, which is not a JSON number")
        elif not (v is None or isinstance(v, (str, int, float))):
            _fail(f"{where} holds a {type(v).__name__}")


def _check_fields(item: dict, where: str, rules: dict) -> None:
    """Each field named in rules, when present, passes its test (a (test, description) pair)."""
    for name, (test, what) in rules.items():
        if name in item and not test(item[name]):
            _fail(f"{where}: {name!r} must be {what}, not {_shown(item[name])}")


def _shown(v) -> str:
    text = json.dumps(v, ensure_ascii=False, default=str) if not isinstance(v, (dict, list)) else type(v).__name__
    return text if len(text) <= 40 else text[:37] + "..."


def _opt_str(v) -> bool:
    return v is None or isinstance(v, str)


def _opt_number(v) -> bool:
    return v is None or _is_number(v)


def _str_list(v) -> bool:
    return isinstance(v, list) and all(isinstance(x, str) for x in v)


_REQUIRED_STR = (lambda v: isinstance(v, str), "a string")
NODE_RULES = {"type": (_opt_str, "a string"), "name": (_opt_str, "a string"), "name_en": (_opt_str, "a string"),
              "wikidata": (_opt_str, "a string"), "geonames": (lambda v: v is None or _is_int(v) or isinstance(v, str),
                                                             "a number or a string"),
              "lat": (_opt_number, "a finite number"), "lon": (_opt_number, "a finite number"),
              "aliases": (_str_list, "a list of strings"), "mentions": (lambda v: isinstance(v, list), "a list")}
MENTION_RULES = {"article": _REQUIRED_STR, "start": (_is_int, "a whole number"), "end": (_is_int, "a whole number"),
                 "text": _REQUIRED_STR, "source": _REQUIRED_STR}
LINK_RULES = {"key": _REQUIRED_STR, "type": _REQUIRED_STR, "provenance": (lambda v: isinstance(v, list), "a list")}
PROVENANCE_RULES = {"article": _REQUIRED_STR, "sentence": _REQUIRED_STR, "start": (_is_int, "a whole number"),
                    "end": (_is_int, "a whole number"), "attributed_to": (_opt_str, "a string"),
                    "hedged": (lambda v: isinstance(v, bool), "true or false"),
                    "event_date": (_opt_str, "a string"), "rule": _REQUIRED_STR,
                    "confidence": (_is_number, "a finite number"), "trigger": (_opt_str, "a string")}
_ITEM_NEEDS = {"mentions": ("article", "start", "end"), "provenance": ("article", "start", "rule")}


_NONE = type(None)
# The types each field of a list item may have (a dict lookup and a type test per value: graph.json
# can hold millions of items); a field not named here may hold any JSON value (checked in full).
ITEM_TYPES = {
    "mentions": {"article": (str,), "start": (int,), "end": (int,), "text": (str,), "source": (str,)},
    "provenance": {"article": (str,), "sentence": (str,), "start": (int,), "end": (int,),
                   "attributed_to": (str, _NONE), "hedged": (bool,), "event_date": (str, _NONE), "rule": (str,),
                   "confidence": (int, float), "trigger": (str, _NONE)},
}


def _check_items(items: list, kind: str, rules: dict, where: str) -> None:
    types, needs = ITEM_TYPES[kind], _ITEM_NEEDS[kind]
    for j, item in enumerate(items):
        if type(item) is not dict:
            _fail(f"{where}: {kind} item {j} is not an object")
        for k in needs:
            if k not in item:
                _fail(f"{where}: {kind} item {j} has no {k!r}")
        for k, v in item.items():
            allowed = types.get(k)
            if allowed is None:
                _check_value(v, f"{where} {kind} item {j}", 3)
            elif type(v) not in allowed or (type(v) is float and not math.isfinite(v)):
                _check_fields(item, f"{where} {kind} item {j}", rules)     # names the field
                _fail(f"{where} {kind} item {j}: {k!r} holds {_shown(v)}")


def check_node(n, i: int) -> str:
    """One element of 'nodes' (see the module docstring); returns its id."""
    if not isinstance(n, dict) or "id" not in n:
        _fail(f"node {i} has no 'id'")
    node_id = n["id"]
    if not isinstance(node_id, str) or not node_id:
        _fail(f"node {i}: 'id' must be a non-empty string, not {_shown(node_id)}")
    where = f"node {node_id[:60]!r}"
    if not isinstance(n.get("mentions", []), list) or not isinstance(n.get("aliases", []), list):
        _fail(f"{where}: 'mentions' and 'aliases' must be lists")
    _check_fields(n, where, NODE_RULES)
    _check_items(n.get("mentions", []), "mentions", MENTION_RULES, where)
    _check_value({k: v for k, v in n.items() if k != "mentions"}, where, 1)
    return node_id


def check_link(e, i: int, ids) -> tuple:
    """One element of 'links': its ends are ids of 'nodes'; returns (source, target, key)."""
    if not isinstance(e, dict) or "source" not in e or "target" not in e:
        _fail(f"link {i} needs 'source' and 'target'")
    for end in ("source", "target"):
        if not isinstance(e[end], str):
            _fail(f"link {i}: {end!r} must be a node id (a string), not {_shown(e[end])}")
    if e["source"] not in ids or e["target"] not in ids:
        _fail(f"link {i} joins a node that is not in 'nodes'")
    if "key" not in e and "type" not in e:
        _fail(f"link {i} has neither 'key' nor 'type'")
    if not isinstance(e.get("provenance", []), list):
        _fail(f"link {i}: 'provenance' must be a list")
    where = f"link {i}"
    _check_fields(e, where, LINK_RULES)
    _check_items(e.get("provenance", []), "provenance", PROVENANCE_RULES, where)
    _check_value({k: v for k, v in e.items() if k != "provenance"}, where, 1)
    return e["source"], e["target"], e.get("key", e.get("type"))


def check_article(article_id, info) -> None:
    """One entry of graph.articles: an id and an object of its metadata."""
    if not isinstance(info, dict):
        _fail(f"article {str(article_id)[:60]!r} must be an object, not {_shown(info)}")
    _check_value(info, f"article {str(article_id)[:60]!r}", 2)


def check_graph_attributes(graph) -> None:
    """The 'graph' object: articles and any further attributes."""
    if not isinstance(graph, dict):
        _fail(f"'graph' must be an object, not {_shown(graph)}")
    articles = graph.get("articles", {})
    if not isinstance(articles, dict):
        _fail("graph 'articles' must be an object")
    for a, info in articles.items():
        check_article(a, info)
    _check_value({k: v for k, v in graph.items() if k != "articles"}, "'graph'", 1)


def check_node_link(data) -> None:
    """Refuse what is not a graph.json (truncated, hand-edited, foreign, hostile) with one
    clear line, before networkx or a loader trips over it: every reader of the contract calls
    this on the whole document (kg.graphstore checks the same rules line by line)."""
    if not isinstance(data, dict) or "nodes" not in data:
        _fail("no 'nodes' field")
    if not isinstance(data["nodes"], list):
        _fail("'nodes' is not a list")
    ids = set()
    for i, n in enumerate(data["nodes"]):
        node_id = check_node(n, i)
        if node_id in ids:
            _fail(f"node id {node_id[:60]!r} appears twice")
        ids.add(node_id)
    links = data.get("links", data.get("edges", []))
    if not isinstance(links, list):
        _fail("'links' is not a list")
    for i, e in enumerate(links):
        check_link(e, i, ids)
    check_graph_attributes(data.get("graph", {}) if data.get("graph") is not None else {})


def _no_constant(name: str):
    raise ValueError(f"{name} is not a JSON number")


def loads(data: bytes | str):
    """json.loads as graph.json readers need it: NaN and Infinity refused (not JSON), nesting
    too deep for the parser a GraphFormatError (see read_graph), not a RecursionError."""
    try:
        return json.loads(data, parse_constant=_no_constant)
    except RecursionError:
        raise ValueError("nested too deeply") from None


def from_json(data: dict) -> nx.MultiDiGraph:
    check_node_link(data)
    edges = "links" if "links" in data else "edges"
    data = dict(data, directed=True, multigraph=True)
    g = nx.node_link_graph(data, edges=edges)
    g.graph.setdefault("articles", {})
    for n, d in g.nodes(data=True):
        d.setdefault("mentions", [])
        d.setdefault("aliases", [])
    return g


def write_graph(g: nx.MultiDiGraph, path: str | os.PathLike) -> Path:
    """Write graph.json atomically: a temp file in the same directory, then a rename."""
    path = Path(path)
    write_json_atomic(to_json(g), path)
    return path


def write_json_atomic(data, path: Path) -> None:
    """JSON to ``path`` through kg.fsutil's one atomic write (never NaN: that is not JSON)."""
    from kg.fsutil import atomic_open
    with atomic_open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1, allow_nan=False)


def read_graph(path: str | os.PathLike) -> nx.MultiDiGraph:
    """Read a graph.json (the public contract loaders use)."""
    p = Path(path)
    if not p.is_file():
        raise GraphFormatError(f"no graph file at {str(p)!r}", value=str(p))
    try:
        data = loads(p.read_bytes().decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise GraphFormatError(f"{str(p)!r} is not a graph.json: {exc}", value=str(p)) from exc
    return from_json(data)


def article_infos(g: nx.MultiDiGraph) -> list[ArticleInfo]:
    return [ArticleInfo(id=a, **{k: v for k, v in d.items() if k in ArticleInfo.__dataclass_fields__})
            for a, d in sorted(g.graph.get("articles", {}).items())]
