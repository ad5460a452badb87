"""GraphML and GEXF exports for Gephi and Cytoscape (written by networkx).

Both tools want flat attributes, so the graph is flattened first: lists become strings joined
with `` | ``, each edge's provenance becomes a summary (how many sentences, which articles,
which credited outlets, first and last date, how many hedged, best confidence), ``None``
values are dropped, and characters XML 1.0 cannot carry are removed.

Edges keep their MultiDiGraph key as the ``relation`` attribute. GraphML edge ids are
``source|KEY|target`` because Gephi drops edges whose id it has already seen, and a relation
key alone repeats; GEXF gets networkx's own unique ids plus its ``networkx_key`` attribute,
so ``nx.read_gexf`` gives back the original keys.
"""
from __future__ import annotations

import re
from pathlib import Path

import networkx as nx

from loaders import register

SEPARATOR = " | "
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _text(value) -> str:
    return _NOT_XML.sub("", str(value))


def _flat(value):
    """A value GraphML/GEXF can hold, or None to drop it."""
    if value is None:
        return None
    if isinstance(value, bool | int | float):
        return value
    if isinstance(value, list | tuple | set | frozenset):
        items = [_text(v) for v in value if v is not None]
        return SEPARATOR.join(items) if items else None
    return _text(value)


def _flat_attrs(attrs: dict) -> dict:
    out = {}
    for k, v in attrs.items():
        v = _flat(v)
        if v is not None and v != "":
            out[k] = v
    return out


def _type_colours() -> dict[str, tuple[str, int, int, int]]:
    from loaders.view import PALETTE
    from ontology import vocabulary

    colours = {}
    for i, code in enumerate(vocabulary().entity_codes):
        hex_colour = PALETTE[i % len(PALETTE)]
        colours[code] = (hex_colour, int(hex_colour[1:3], 16), int(hex_colour[3:5], 16), int(hex_colour[5:7], 16))
    return colours


def _node_attrs(g: nx.MultiDiGraph, n, d: dict) -> dict:
    mentions = d.get("mentions") or []
    attrs = {k: v for k, v in d.items() if k not in ("mentions", "id")}
    attrs["label"] = d.get("name") or str(n)
    attrs["mention_count"] = len(mentions)
    attrs["articles"] = sorted({m.get("article") for m in mentions if m.get("article")})
    attrs["degree"] = g.degree(n)
    return _flat_attrs(attrs)


def provenance_summary(provenance: list[dict], g: nx.MultiDiGraph) -> dict:
    """What Gephi and Cytoscape keep of an edge's provenance."""
    articles = g.graph.get("articles", {})
    dates = sorted(filter(None, (p.get("event_date") or (articles.get(p.get("article")) or {}).get("published")
                                 for p in provenance)))
    outlets = sorted({p["attributed_to"] for p in provenance if p.get("attributed_to")})
    confidences = [p["confidence"] for p in provenance if isinstance(p.get("confidence"), int | float)]
    return {
        "provenance_count": len(provenance),
        "articles": sorted({p["article"] for p in provenance if p.get("article")}),
        "outlets": [g.nodes[o].get("name") or o if o in g else o for o in outlets],
        "outlet_ids": outlets,
        "first_date": dates[0] if dates else None,
        "last_date": dates[-1] if dates else None,
        "hedged_count": sum(1 for p in provenance if p.get("hedged")),
        "max_confidence": float(max(confidences)) if confidences else None,
        "rules": sorted({p["rule"] for p in provenance if p.get("rule")}),
    }


def flat_graph(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``g`` with only flat attributes, ready for the GraphML and GEXF writers."""
    colours = _type_colours()
    out = nx.MultiDiGraph()
    out.graph.update({"name": "kg", "article_count": len(g.graph.get("articles", {}))})
    for n, d in g.nodes(data=True):
        out.add_node(str(n), **_node_attrs(g, n, d))
        hex_colour = colours.get(d.get("type"))
        if hex_colour:
            out.nodes[str(n)]["colour"] = hex_colour[0]
    for u, v, k, d in g.edges(keys=True, data=True):
        attrs = {key: val for key, val in d.items() if key not in ("provenance", "type", "key")}
        attrs.update(relation=str(k), label=str(d.get("type") or k), edge_id=f"{u}|{k}|{v}")
        attrs.update(provenance_summary(d.get("provenance") or [], g))
        out.add_edge(str(u), str(v), key=str(k), **_flat_attrs(attrs))
    return out


@register("graphml", extension="graphml", media_type="application/graphml+xml",
          description="GraphML for Gephi and Cytoscape (flat attributes, provenance summarised)")
def write_graphml(g: nx.MultiDiGraph, out: Path) -> None:
    nx.write_graphml(flat_graph(g), out, encoding="utf-8", prettyprint=True, edge_id_from_attribute="edge_id")


def _with_gexf_viz(flat: nx.MultiDiGraph, g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Colour by entity type and size by degree, which Gephi shows as it opens the file."""
    colours = _type_colours()
    for n, d in flat.nodes(data=True):
        colour = colours.get(g.nodes[n].get("type") if n in g else None)
        viz = {"size": 4.0 + 2.0 * d.get("degree", 0) ** 0.5}
        if colour:
            viz["color"] = {"r": colour[1], "g": colour[2], "b": colour[3], "a": 1.0}
        d["viz"] = viz
    for _, _, d in flat.edges(data=True):
        d.pop("edge_id", None)        # networkx writes its own unique ids in GEXF
    return flat


@register("gexf", extension="gexf", media_type="application/gexf+xml",
          description="GEXF 1.2 for Gephi (flat attributes, provenance summarised, colours by type)")
def write_gexf(g: nx.MultiDiGraph, out: Path) -> None:
    nx.write_gexf(_with_gexf_viz(flat_graph(g), g), out, encoding="utf-8", prettyprint=True)
