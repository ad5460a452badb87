"""The interactive page: one self-contained HTML file that shows a graph.json in a browser.

The page inlines everything it needs (the vendored vis-network build, its own script and
style, the graph data), so it opens from ``file://`` with no network at all. A
Content-Security-Policy allows only the page's own scripts (by hash), no fetches, no
external files: even a bug could not make it load anything.

Article text never becomes markup. The graph data travels as JSON inside
``<script type="application/json">`` with ``<``, ``>`` and ``&`` written as ``\\u003c`` etc.
(so no string can close the element), and the page's script renders every string with
``textContent``.
"""
from __future__ import annotations

import base64
import hashlib
import html
import json
import math
import re
from collections import Counter
from functools import lru_cache
from importlib import resources
from pathlib import Path

import networkx as nx

from loaders import register

# Colours by position in ontology.vocabulary().entity_codes (Tableau 10, then 5 more);
# a type the ontology does not know is drawn grey.
PALETTE = ("#e15759", "#4e79a7", "#59a14f", "#9c755f", "#f28e2b", "#b07aa1", "#76b7b2",
           "#edc948", "#ff9da7", "#bab0ac", "#8cd17d", "#86bcb6", "#d37295", "#a0cbe8", "#f1ce63")
UNKNOWN_COLOUR = "#7b8794"

_PLACEHOLDER = re.compile(r"<!--KG:(\w+)-->")
_UNSAFE_IN_SCRIPT = re.compile(r"</script|<!--", re.IGNORECASE)


@lru_cache(maxsize=None)
def _asset(name: str) -> str:
    return resources.files(__name__).joinpath(name).read_text(encoding="utf-8")


def script_json(data) -> str:
    """JSON that is safe inside a ``<script type="application/json">`` element."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    for raw, escaped in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(raw, escaped)
    return text


def _finite(x) -> float | None:
    try:
        f = float(x)
    except (TypeError, ValueError):
        return None
    return f if math.isfinite(f) else None


def _entity_types(types_in_graph: Counter) -> list[dict]:
    from ontology import vocabulary

    vocab = vocabulary()
    known = {t.code: t for t in vocab.entity_types}
    out = []
    for i, code in enumerate(vocab.entity_codes):
        if types_in_graph[code]:
            t = known[code]
            out.append({"code": code, "label_en": t.label_en, "label_ar": t.label_ar,
                        "colour": PALETTE[i % len(PALETTE)], "count": types_in_graph[code]})
    for code in sorted(set(types_in_graph) - set(known)):
        out.append({"code": code, "label_en": f"{code} (not in the ontology)", "label_ar": "",
                    "colour": UNKNOWN_COLOUR, "count": types_in_graph[code]})
    return out


def _relation_types(types_in_graph: Counter) -> list[dict]:
    from ontology import vocabulary

    vocab = vocabulary()
    out = []
    for t in vocab.relation_types:
        if types_in_graph[t.code]:
            out.append({"code": t.code, "label_en": t.label_en, "label_ar": t.label_ar,
                        "symmetric": t.code in vocab.symmetric, "count": types_in_graph[t.code]})
    for code in sorted(set(types_in_graph) - set(vocab.relation_codes)):
        out.append({"code": code, "label_en": code.lower().replace("_", " "), "label_ar": "",
                    "symmetric": False, "count": types_in_graph[code]})
    return out


def _node_record(g: nx.MultiDiGraph, n, d: dict) -> dict:
    lat, lon = _finite(d.get("lat")), _finite(d.get("lon"))
    return {
        "id": str(n),
        "type": str(d.get("type") or "Entity"),
        "name": str(d.get("name") or n),
        "name_en": d.get("name_en"),
        "aliases": [str(a) for a in d.get("aliases") or []],
        "wikidata": d.get("wikidata"),
        "geonames": d.get("geonames"),
        "lat": lat if lon is not None else None,
        "lon": lon if lat is not None else None,
        "degree": g.degree(n),
        "articles": sorted({str(m.get("article")) for m in d.get("mentions") or [] if m.get("article")}),
    }


def _provenance_record(p: dict, articles: dict) -> dict:
    article = articles.get(p.get("article")) or {}
    return {
        "article": p.get("article"),
        "sentence": p.get("sentence"),
        "attributed_to": p.get("attributed_to"),
        "hedged": bool(p.get("hedged")),
        "event_date": p.get("event_date"),
        "date": p.get("event_date") or article.get("published"),
        "confidence": _finite(p.get("confidence")),
        "rule": p.get("rule"),
        "trigger": p.get("trigger"),
    }


MAP_MARGIN_DEGREES = 3.0


@lru_cache(maxsize=1)
def _world_borders() -> dict:
    return json.loads(_asset("vendor/world-borders.json"))


def borders_near(nodes: list[dict]) -> dict:
    """The Natural Earth country borders (vendor/world-borders.json) that cross the box around
    the places with coordinates, plus MAP_MARGIN_DEGREES: {"scale": 100, "box": [...], "arcs":
    [[lon, lat, ...] in hundredths of a degree]}; no arcs when no place has coordinates."""
    placed = [n for n in nodes if n.get("lat") is not None and n.get("lon") is not None]
    if not placed:
        return {"scale": 100, "box": None, "arcs": []}
    lats, lons = [n["lat"] for n in placed], [n["lon"] for n in placed]
    margin = MAP_MARGIN_DEGREES + 0.1 * max(max(lats) - min(lats), max(lons) - min(lons))
    box = [min(lons) - margin, min(lats) - margin, max(lons) + margin, max(lats) + margin]
    world = _world_borders()
    k = world["scale"]
    lo_x, lo_y, hi_x, hi_y = (v * k for v in box)
    arcs = []
    for arc in world["arcs"]:
        xs, ys = arc[0::2], arc[1::2]
        if max(xs) >= lo_x and min(xs) <= hi_x and max(ys) >= lo_y and min(ys) <= hi_y:
            arcs.append(arc)
    return {"scale": k, "box": box, "arcs": arcs}


def page_data(g: nx.MultiDiGraph, title: str = "kg graph") -> dict:
    """What the page's script reads: nodes, edges with provenance, articles, legend entries."""
    articles = {str(a): dict(d) for a, d in g.graph.get("articles", {}).items()}
    nodes = [_node_record(g, n, d) for n, d in g.nodes(data=True)]
    edges = []
    for i, (u, v, k, d) in enumerate(g.edges(keys=True, data=True)):
        edges.append({"id": f"e{i}", "from": str(u), "to": str(v), "type": str(d.get("type") or k),
                      "provenance": [_provenance_record(p, articles) for p in d.get("provenance") or []]})
    return {
        "title": title,
        "nodes": nodes,
        "edges": edges,
        "articles": {a: {k: d.get(k) for k in ("title", "url", "published", "publisher", "origin")}
                     for a, d in articles.items()},
        "borders": borders_near(nodes),
        "entity_types": _entity_types(Counter(n["type"] for n in nodes)),
        "relation_types": _relation_types(Counter(e["type"] for e in edges)),
    }


def _script_hash(code: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode() + "'"


def _checked_script(name: str) -> str:
    code = _asset(name)
    if _UNSAFE_IN_SCRIPT.search(code):
        raise ValueError(f"{name} contains '</script' or '<!--' and cannot be inlined")
    return code


def render_page(g: nx.MultiDiGraph, title: str = "kg graph") -> str:
    """The whole page as one string of HTML."""
    vis_js = _checked_script("vendor/vis-network.min.js")
    app_js = _checked_script("app.js")
    csp = ("default-src 'none'; "
           f"script-src {_script_hash(vis_js)} {_script_hash(app_js)}; "
           "style-src 'unsafe-inline'; img-src data:; font-src data:; "
           "connect-src 'none'; form-action 'none'; base-uri 'none'")
    parts = {
        "csp": html.escape(csp, quote=True),
        "title": html.escape(title),
        "css": _asset("app.css"),
        "data": script_json(page_data(g, title)),
        "vis": vis_js,
        "app": app_js,
    }
    # one pass, so nothing inserted is scanned again for placeholders
    return _PLACEHOLDER.sub(lambda m: parts[m.group(1)], _asset("page.html"))


def write_page(g: nx.MultiDiGraph, out: str | Path, title: str = "kg graph", *, allow_special: bool = False) -> Path:
    """Write the page atomically: a temp file next to ``out``, then a rename, so a failure
    leaves the previous page whole."""
    from kg.fsutil import atomic_open
    page = render_page(g, title)
    with atomic_open(out, "w", encoding="utf-8", allow_special=allow_special) as f:
        f.write(page)
    return Path(out)


@register("html", extension="html", media_type="text/html",
          description="interactive self-contained page (same as kg viz)")
def _write_html(g: nx.MultiDiGraph, out: Path, title: str = "kg graph") -> None:
    write_page(g, out, title=title)

