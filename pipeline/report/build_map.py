"""Rebuild pipeline/report/assets/map.json from the npm package echarts 4.9.0 (Apache-2.0).

    npm pack echarts@4.9.0        # echarts-4.9.0.tgz, sha256 d2bdf8af...5add3f2
    python -m pipeline.report.build_map echarts-4.9.0.tgz

Reads package/map/json/china.json (34 province-level outlines, coordinates in
echarts' UTF-8 delta encoding) and package/map/json/world.json (217 country
outlines, Natural Earth based), simplifies the rings (Douglas-Peucker) and
rounds them to 0.01 degree, and writes one small JSON the report embeds. Never
run at report time: the output is committed (see assets/README.md).
"""

from __future__ import annotations

import json
import sys
import tarfile
from pathlib import Path

OUT = Path(__file__).resolve().parent / "assets" / "map.json"


def decode_ring(encoded: str, offsets: list[int], scale: float = 1024.0) -> list[list[float]]:
    """echarts' zigzag + delta + quantised encoding of one ring (echarts/src/coord/geo/parseGeoJson.js)."""
    out = []
    x_prev, y_prev = offsets
    for i in range(0, len(encoded) - 1, 2):
        x = ord(encoded[i]) - 64
        y = ord(encoded[i + 1]) - 64
        x = (x >> 1) ^ (-(x & 1))
        y = (y >> 1) ^ (-(y & 1))
        x += x_prev
        y += y_prev
        x_prev, y_prev = x, y
        out.append([x / scale, y / scale])
    return out


def _perpendicular(p, a, b) -> float:
    (x, y), (x1, y1), (x2, y2) = p, a, b
    dx, dy = x2 - x1, y2 - y1
    if dx == 0 and dy == 0:
        return ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
    return abs(dy * x - dx * y + x2 * y1 - y2 * x1) / (dx * dx + dy * dy) ** 0.5


def simplify(points: list[list[float]], tolerance: float) -> list[list[float]]:
    """Douglas-Peucker, iterative (no recursion limit on long rings)."""
    if len(points) < 4:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        best, index = 0.0, None
        for i in range(first + 1, last):
            d = _perpendicular(points[i], points[first], points[last])
            if d > best:
                best, index = d, i
        if index is not None and best > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, k in zip(points, keep) if k]


def _rings(geometry: dict, encoded: bool) -> list[list[list[float]]]:
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    offsets = geometry.get("encodeOffsets")
    if offsets is not None and geometry["type"] == "Polygon":
        offsets = [offsets]
    rings = []
    for p, polygon in enumerate(polygons):
        for r, ring in enumerate(polygon):
            rings.append(decode_ring(ring, offsets[p][r]) if encoded else ring)
    return rings


def _shapes(data: dict, tolerance: float) -> list[dict]:
    encoded = bool(data.get("UTF8Encoding"))
    shapes = []
    for feature in data["features"]:
        rings = []
        for ring in _rings(feature["geometry"], encoded):
            small = simplify(ring, tolerance)
            if len(small) >= 4:
                rings.append([[round(x, 2), round(y, 2)] for x, y in small])
        if rings:
            shapes.append({"name": feature["properties"]["name"], "rings": rings})
    return shapes


def build(tarball: str) -> dict:
    with tarfile.open(tarball) as archive:
        china = json.load(archive.extractfile("package/map/json/china.json"))
        world = json.load(archive.extractfile("package/map/json/world.json"))
    return {"source": "npm echarts 4.9.0 (Apache-2.0): map/json/china.json, map/json/world.json; simplified",
            "countries": _shapes(world, 0.15), "provinces": _shapes(china, 0.04)}


def main(argv: list[str]) -> None:
    from pipeline.io import atomic_write_text

    data = build(argv[0])
    atomic_write_text(OUT, json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(f"{len(data['countries'])} countries, {len(data['provinces'])} provinces -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1:])
