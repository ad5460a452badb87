#!/usr/bin/env python3
"""Make loaders/view/vendor/world-borders.json, the country borders the page draws under "places
on their coordinates", from Natural Earth's 1:50m countries (public domain) as redistributed by
the npm package world-atlas (ISC licence, loaders/view/vendor/world-atlas.LICENSE-ISC.txt):

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python scripts/vendor_world_borders.py package/countries-50m.json

The TopoJSON arcs are decoded (each border once, shared by the two countries it separates),
points closer than STEP degrees to the last kept one dropped, and coordinates written as
integers in hundredths of a degree: {"scale": 100, "arcs": [[lon0, lat0, lon1, lat1, ...], ...]}.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

STEP = 0.04          # degrees: about 4 km, finer than a border drawn at region scale needs
OUT = Path(__file__).resolve().parents[1] / "loaders" / "view" / "vendor" / "world-borders.json"


def decode(topo: dict) -> list[list[tuple[float, float]]]:
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def thin(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    kept = [points[0]]
    for p in points[1:-1]:
        if abs(p[0] - kept[-1][0]) + abs(p[1] - kept[-1][1]) >= STEP:
            kept.append(p)
    kept.append(points[-1])
    return kept


def main(path: str) -> None:
    topo = json.loads(Path(path).read_text(encoding="utf-8"))
    arcs = []
    for points in decode(topo):
        flat = [round(v * 100) for p in thin(points) for v in p]
        if len(flat) >= 4:
            arcs.append(flat)
    OUT.write_text(json.dumps({"source": "Natural Earth 1:50m countries v4.1.0 via world-atlas 2.0.2 (countries-50m.json)",
                               "scale": 100, "arcs": arcs}, separators=(",", ":")), encoding="utf-8")
    print(f"wrote {OUT}: {len(arcs)} arcs, {sum(len(a) for a in arcs) // 2} points, {OUT.stat().st_size} bytes")


if __name__ == "__main__":
    main(sys.argv[1])
