"""graph.json -> the rows the Cypher loader sends: one typed record per node, relationship and claim.

Pure Python (no database): everything the loader writes is decided here, so it can be tested
without a server. Type codes are checked against the ontology's vocabulary; values are kept as
data and only ever travel to the database as query parameters.
"""
from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from kg.contract import claim_id as contract_claim_id, node_key, provenance_claim_id
from kg.errors import GraphFormatError
from ontology import Vocabulary, vocabulary


@dataclass(frozen=True)
class EntityRow:
    id: str
    label: str                     # entity type code: the node's second label
    name: str | None
    name_en: str | None
    aliases: tuple[str, ...]
    key: tuple[str, ...]           # search keys: normalised Arabic, lower-cased English (see search_keys)
    wikidata: str | None
    geonames: int | None
    lat: float | None
    lon: float | None


@dataclass(frozen=True)
class ArticleRow:
    id: str
    url: str | None
    title: str | None
    published: str | None
    source: str | None             # the outlet's name, as the article record or its publisher gives it
    publisher: str | None          # node id of the outlet that published it


@dataclass(frozen=True)
class MentionRow:
    """An article mentions an entity ``count`` times: (:Article)-[:MENTIONS {count}]->(:Entity)."""
    article: str
    entity: str
    count: int


@dataclass(frozen=True)
class RelationRow:
    """One (subject, type, object) relationship with what its provenance sums up to."""
    type: str
    subject: str
    object: str
    mention_count: int
    first_seen: str | None         # earliest event_date (or article date) among its claims
    last_seen: str | None
    sources: tuple[str, ...]       # names of the outlets its claims are credited to
    max_confidence: float


@dataclass(frozen=True)
class ClaimRow:
    """One provenance item: a sentence of an article stating subject -relation-> object."""
    id: str
    relation: str
    subject: str
    object: str
    article: str
    attributed_to: str | None
    sentence: str
    start: int
    end: int
    hedged: bool
    event_date: str | None
    rule: str
    confidence: float
    trigger: str | None


@dataclass(frozen=True)
class GraphRows:
    entities: tuple[EntityRow, ...]
    articles: tuple[ArticleRow, ...]
    relations: tuple[RelationRow, ...]
    claims: tuple[ClaimRow, ...]
    mentions: tuple[MentionRow, ...] = ()


def params(row) -> dict:
    """A row as a query parameter map (tuples become lists, which every driver sends). Rows are
    flat records of scalars and tuples of scalars, so no deep copy is needed."""
    return {k: list(v) if isinstance(v, tuple) else v for k, v in vars(row).items()}


def claim_id(article: str, relation: str, subject: str, obj: str, start: int, end: int) -> str:
    """Deterministic, so reloading the same graph finds the same claim instead of adding one:
    the graph contract's id (kg.contract.claim_id), the same in graph.json and RDF."""
    return contract_claim_id(subject, relation, obj, article, start, end)


def _check_code(code, valid: tuple[str, ...], what: str, where: str) -> str:
    if code not in valid:
        raise GraphFormatError(f"{what} {code!r} of {where} is not in the ontology", value=code, choices=valid)
    return code


def search_keys(node: dict) -> tuple[str, ...]:
    """The forms ``WHERE $k IN n.key`` finds a node by: graph.json's ``key`` (the graph contract's),
    else computed as the contract computes it (kg.contract.node_key: names and aliases normalised,
    Arabic without diacritics and with one alef, ya and teh marbuta, Latin lower-cased without
    accents), for a graph written before the field existed."""
    given = node.get("key")
    if isinstance(given, str):
        given = [given]
    if isinstance(given, (list, tuple)) and given:
        return tuple(sorted({str(k) for k in given if k}))
    return tuple(node_key(node))


def entity_rows(g: nx.MultiDiGraph, vocab: Vocabulary) -> tuple[EntityRow, ...]:
    rows = []
    for n, d in sorted(g.nodes(data=True), key=lambda x: str(x[0])):
        label = _check_code(d.get("type"), vocab.entity_codes, "entity type", f"node {n!r}")
        aliases = tuple(d.get("aliases") or ())
        rows.append(EntityRow(str(n), label, d.get("name"), d.get("name_en"), aliases,
                              search_keys(d),
                              d.get("wikidata"), d.get("geonames"), d.get("lat"), d.get("lon")))
    return tuple(rows)


def mention_rows(g: nx.MultiDiGraph) -> tuple[MentionRow, ...]:
    """One row per (article, entity) the entity's mentions name, with how many there are."""
    counts: dict[tuple[str, str], int] = {}
    for n, d in g.nodes(data=True):
        for m in d.get("mentions") or ():
            if isinstance(m, dict) and m.get("article") is not None:
                k = (str(m["article"]), str(n))
                counts[k] = counts.get(k, 0) + 1
    return tuple(MentionRow(a, e, c) for (a, e), c in sorted(counts.items()))


def article_rows(g: nx.MultiDiGraph, claims: tuple[ClaimRow, ...] = (),
                 mentions: tuple[MentionRow, ...] = ()) -> tuple[ArticleRow, ...]:
    """The graph's articles, plus a bare one for any article a claim or mention cites that the
    graph does not list."""
    known = g.graph.get("articles", {})
    ids = sorted(set(known) | {c.article for c in claims} | {m.article for m in mentions})

    def source(d: dict) -> str | None:
        publisher = d.get("publisher")
        named = g.nodes[publisher].get("name_en") or g.nodes[publisher].get("name") if publisher in g else None
        return d.get("source") or named or publisher

    return tuple(ArticleRow(a, (d := known.get(a) or {}).get("url"), d.get("title"), d.get("published"),
                            source(d), d.get("publisher")) for a in ids)


def _claim(subject: str, relation: str, obj: str, p: dict) -> ClaimRow:
    return ClaimRow(provenance_claim_id(subject, relation, obj, p), relation, subject, obj,
                    p["article"], p.get("attributed_to"), p.get("sentence", ""), p["start"], p["end"],
                    bool(p.get("hedged")), p.get("event_date"), p.get("rule", ""), float(p.get("confidence", 0.0)),
                    p.get("trigger"))


def _summary(g: nx.MultiDiGraph, relation: str, s: str, o: str, claims: list[ClaimRow]) -> RelationRow:
    published = g.graph.get("articles", {})
    dates = sorted(d for c in claims
                   if (d := c.event_date or (published.get(c.article) or {}).get("published")))
    sources = sorted({str(g.nodes[c.attributed_to].get("name") or c.attributed_to) if c.attributed_to in g
                      else c.attributed_to for c in claims if c.attributed_to})
    return RelationRow(relation, s, o, len(claims), dates[0] if dates else None, dates[-1] if dates else None,
                       tuple(sources), max((c.confidence for c in claims), default=0.0))


def relation_and_claim_rows(g: nx.MultiDiGraph, vocab: Vocabulary) -> tuple[tuple[RelationRow, ...], tuple[ClaimRow, ...]]:
    """One relationship per edge, one claim per distinct (article, relation, subject, object, offsets).

    Two provenance items that differ only in the rule that fired are one claim (the most
    confident one is kept): the claim is what the sentence says, not how it was found.
    """
    relations, claims = [], {}
    for s, o, k, d in sorted(g.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2]))):
        relation = _check_code(d.get("type", k), vocab.relation_codes, "relation type", f"edge {s!r} -> {o!r}")
        edge_claims: dict[str, ClaimRow] = {}
        for p in d.get("provenance") or ():
            c = _claim(str(s), relation, str(o), p)
            if c.id not in edge_claims or c.confidence > edge_claims[c.id].confidence:
                edge_claims[c.id] = c
        relations.append(_summary(g, relation, str(s), str(o), list(edge_claims.values())))
        claims.update(edge_claims)
    return tuple(relations), tuple(claims[c] for c in sorted(claims))


def graph_rows(g: nx.MultiDiGraph, vocab: Vocabulary | None = None) -> GraphRows:
    vocab = vocab or vocabulary()
    relations, claims = relation_and_claim_rows(g, vocab)
    mentions = mention_rows(g)
    return GraphRows(entity_rows(g, vocab), article_rows(g, claims, mentions), relations, claims, mentions)


_ROW_TYPES = {"entities": EntityRow, "articles": ArticleRow, "relations": RelationRow, "claims": ClaimRow,
              "mentions": MentionRow}


def rows_to_json(rows: GraphRows) -> dict:
    """The rows as JSON-ready lists of field maps (how kg load hands them to a warm embedded server):
    each record's own field dict, not a copy (json writes its tuples as arrays); read them only."""
    return {kind: [vars(r) for r in getattr(rows, kind)] for kind in _ROW_TYPES}


def rows_from_json(data: dict) -> GraphRows:
    def row(cls, d):
        return cls(**{k: tuple(v) if isinstance(v, list) else v for k, v in d.items()})
    return GraphRows(**{kind: tuple(row(cls, d) for d in data.get(kind, ())) for kind, cls in _ROW_TYPES.items()})
