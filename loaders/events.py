"""The event table: one CSV row per claim, as GDELT and ACLED users work (``kg export --format
events``).

A claim is one sentence of one article stating subject -relation-> object (the graph
contract's ``claim_id``); two readings of one sentence by different rules are one row, the most
confident. Columns (``COLUMNS``, documented in docs/events.md):

event_id, event_date, event_date_precision, relation, actor1_* and actor2_* (id, name,
name_en, type, wikidata), location_* (id, name, name_en, lat, lon, geonames), credited_source_*
(id, name), hedged, confidence, article_id, article_url, article_title, published, sentence,
rule, trigger.

The location is the relation's object when that is a place (CAPTURED a city), else the first
place the sentence names other than the two actors (an attack on an actor "in Homs"). Rows are
sorted by date (undated last), then article and offset. Plain UTF-8, comma-separated, RFC 4180
quoting, an empty cell for an unknown value.
"""
from __future__ import annotations

import bisect
import csv
import functools
from pathlib import Path

import networkx as nx

from kg.contract import provenance_claim_id, provenance_date_precision
from loaders import register

ACTOR_FIELDS = ("id", "name", "name_en", "type", "wikidata")
PLACE_FIELDS = ("id", "name", "name_en", "lat", "lon", "geonames")
COLUMNS = (
    "event_id", "event_date", "event_date_precision", "relation",
    *(f"actor1_{f}" for f in ACTOR_FIELDS), *(f"actor2_{f}" for f in ACTOR_FIELDS),
    *(f"location_{f}" for f in PLACE_FIELDS),
    "credited_source_id", "credited_source_name", "hedged", "confidence",
    "article_id", "article_url", "article_title", "published", "sentence", "rule", "trigger",
)


@functools.lru_cache(maxsize=1)
def place_types() -> frozenset[str]:
    """The entity type codes that are places: the subclasses of kg:Place in the ontology."""
    import rdflib
    from rdflib.namespace import RDFS

    from ontology import NAMESPACE, path
    g = rdflib.Graph().parse(path("kg.ttl"), format="turtle")
    place, code = rdflib.URIRef(NAMESPACE + "Place"), rdflib.URIRef(NAMESPACE + "code")
    return frozenset(str(g.value(s, code)) for s in g.transitive_subjects(RDFS.subClassOf, place)
                     if g.value(s, code) is not None and s != place)


class _PlaceIndex:
    """Where each article mentions a place: article -> sorted [(start, node id)]."""

    def __init__(self, g: nx.MultiDiGraph, places: frozenset[str]):
        by_article: dict[str, list[tuple[int, str]]] = {}
        for n, d in g.nodes(data=True):
            if d.get("type") in places:
                for m in d.get("mentions") or ():
                    by_article.setdefault(m["article"], []).append((int(m["start"]), str(n)))
        self.by_article = {a: sorted(v) for a, v in by_article.items()}

    def first_in(self, article: str, start: int, end: int, exclude: tuple[str, ...]) -> str | None:
        items = self.by_article.get(article, [])
        i = bisect.bisect_left(items, (start, ""))
        while i < len(items) and items[i][0] < end:
            if items[i][1] not in exclude:
                return items[i][1]
            i += 1
        return None


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def event_rows(g: nx.MultiDiGraph) -> list[dict]:
    """The event table as dicts keyed by COLUMNS (values as Python values, None when unknown)."""
    places = place_types()
    index = _PlaceIndex(g, places)
    articles = g.graph.get("articles", {})

    def node(n):
        return g.nodes[n] if n is not None and n in g else {}

    rows = []
    for s, o, k, d in g.edges(keys=True, data=True):
        relation = d.get("type", k)
        best: dict[str, dict] = {}
        for p in d.get("provenance") or ():
            cid = provenance_claim_id(str(s), relation, str(o), p)
            if cid not in best or float(p.get("confidence") or 0) > float(best[cid].get("confidence") or 0):
                best[cid] = p
        for cid, p in best.items():
            a1, a2 = node(s), node(o)
            if a2.get("type") in places:
                where = o
            else:
                where = index.first_in(p["article"], int(p["start"]), int(p["end"]), (str(s), str(o)))
            loc = node(where)
            info = articles.get(p["article"]) or {}
            source = p.get("attributed_to")
            row = {"event_id": cid, "event_date": p.get("event_date"),
                   "event_date_precision": provenance_date_precision(p), "relation": relation}
            for prefix, nid, data in (("actor1", s, a1), ("actor2", o, a2)):
                row.update({f"{prefix}_{f}": (str(nid) if f == "id" else data.get(f)) for f in ACTOR_FIELDS})
            row.update({f"location_{f}": (where if f == "id" else loc.get(f)) for f in PLACE_FIELDS})
            row.update({
                "credited_source_id": source, "credited_source_name": node(source).get("name") if source else None,
                "hedged": bool(p.get("hedged")), "confidence": p.get("confidence"),
                "article_id": p["article"], "article_url": info.get("url"), "article_title": info.get("title"),
                "published": info.get("published"), "sentence": p.get("sentence"), "rule": p.get("rule"),
                "trigger": p.get("trigger"),
            })
            rows.append(((row["event_date"] is None, row["event_date"] or "", row["article_id"], int(p["start"]),
                          cid), row))
    rows.sort(key=lambda r: r[0])
    return [row for _, row in rows]


@register("events", extension=".csv", media_type="text/csv",
          description="event table: one CSV row per claim (date and precision, actors, location, source), "
                      "for GDELT/ACLED-style analysis")
def write_events(g: nx.MultiDiGraph, out: Path) -> None:
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(COLUMNS)
        for row in event_rows(g):
            w.writerow([_cell(row[c]) for c in COLUMNS])
