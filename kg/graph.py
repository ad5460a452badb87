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
import os
import tempfile
from dataclasses import asdict, replace
from pathlib import Path
from typing import Iterable

import networkx as nx

from kg.errors import GraphFormatError
from kg.types import ArticleExtraction, ArticleInfo, EntityRecord, Provenance

ANAPHORIC_SOURCES = ("coreference", "generic")   # mentions that are not names: never aliases
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


def check_node_link(data) -> None:
    """Refuse what is not a graph.json (a hand-edited or foreign file) with one clear line,
    before networkx or a loader trips over it."""
    def fail(what):
        raise GraphFormatError(f"not a kg graph.json: {what}")
    if not isinstance(data, dict) or "nodes" not in data:
        fail("no 'nodes' field")
    if not isinstance(data["nodes"], list):
        fail("'nodes' is not a list")
    for i, n in enumerate(data["nodes"]):
        if not isinstance(n, dict) or "id" not in n:
            fail(f"node {i} has no 'id'")
        if not isinstance(n.get("mentions", []), list) or not isinstance(n.get("aliases", []), list):
            fail(f"node {n['id']!r}: 'mentions' and 'aliases' must be lists")
    ids = {n["id"] for n in data["nodes"]}
    links = data.get("links", data.get("edges", []))
    if not isinstance(links, list):
        fail("'links' is not a list")
    for i, e in enumerate(links):
        if not isinstance(e, dict) or "source" not in e or "target" not in e:
            fail(f"link {i} needs 'source' and 'target'")
        if e["source"] not in ids or e["target"] not in ids:
            fail(f"link {i} joins a node that is not in 'nodes'")
        if not isinstance(e.get("provenance", []), list):
            fail(f"link {i}: 'provenance' must be a list")
    articles = (data.get("graph") or {}).get("articles", {})
    if not isinstance(articles, dict):
        fail("graph 'articles' must be an object")


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
    path.parent.mkdir(parents=True, exist_ok=True)
    write_json_atomic(to_json(g), path)
    return path


def write_json_atomic(data, path: Path) -> None:
    from kg.fsutil import atomic_temp
    tmp = atomic_temp(path)
    try:
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=1)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def read_graph(path: str | os.PathLike) -> nx.MultiDiGraph:
    """Read a graph.json (the public contract loaders use)."""
    p = Path(path)
    if not p.is_file():
        raise GraphFormatError(f"no graph file at {str(p)!r}", value=str(p))
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GraphFormatError(f"{str(p)!r} is not a graph.json: {exc}", value=str(p)) from exc
    return from_json(data)


def article_infos(g: nx.MultiDiGraph) -> list[ArticleInfo]:
    return [ArticleInfo(id=a, **{k: v for k, v in d.items() if k in ArticleInfo.__dataclass_fields__})
            for a, d in sorted(g.graph.get("articles", {}).items())]
