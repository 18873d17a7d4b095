"""The province map of Vietnam, with the Hoàng Sa and Trường Sa archipelagos and every name, on plain axes.

Why not a plotly map trace: MapLibre (Choroplethmap, Scattermap) fetches the glyphs of its labels from a font
server and geo traces fetch a world outline from a CDN, and the dashboard asks no host but its own. Filled
paths on x/y axes draw the same in the browser and in the Chromium that renders chart images. Longitude is x,
latitude y, and a degree of latitude is drawn 1/cos(latitude) times longer than one of longitude, so the
shapes keep their form.

Plotly does not move text that overlaps, so the names are placed here, in pixels of the frame the map is
drawn in (the page's, the projector's, a 1920×1080 image's): centred on the province where they fit; crowded
provinces (the two deltas) drawn again, enlarged, in an inset on free water or blank foreign ground; the rest
set out beside their dot with a leader line. Provinces come from data/geo/ (etl/tools/geo_build.py), the
islands of the two archipelagos from data/reference/islands.csv, drawn in every frame that holds their province.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from dashboard.figures import SEQUENTIAL, apply_theme, set_layout
from dashboard.i18n import t
from etl.places import gazetteer
from etl.reference import load_table
from etl.resources import data_dir

GEO_DIR = data_dir("geo")
ZERO_COLOR = "#eef1f3"  # no event: light grey, apart from the blues of counted provinces
EDGE_COLOR = "#7a7a7a"
TEXT_COLOR = "#111"
SEA_TEXT = "#0b3c4f"  # the archipelagos' names
SELECTED = "#c0392b"  # a clicked province's dot
HALO = "0 0 2px #fff, 0 0 2px #fff, 0 0 3px #fff"  # names stay readable on the darkest fill
PAD = 0.04  # of the frame's span, around the provinces and islands it shows

Box = tuple[float, float, float, float]  # x0, y0, x1, y1


@dataclass(frozen=True)
class Unit:
    """One province (or city) of a geography: its rings, its label point, its extent and size."""

    name: str
    xs: np.ndarray  # ring after ring, NaN between rings
    ys: np.ndarray
    label: tuple[float, float]
    bbox: Box  # west, south, east, north
    area: float  # square degrees: bigger provinces are named first


@dataclass(frozen=True)
class Size:
    """How big the map is drawn: the plot area in pixels, and the type and marks in it."""

    width: int
    height: int
    font: int
    dot: int


PAGE_WIDTH, PAGE_FONT, PAGE_DOT = 980, 10, 7  # the map is a row of its own on the Regions page, ~1000 px wide
PROJECTOR_FONT, PROJECTOR_DOT = 13, 10


def _ring_area(xs: list[float], ys: list[float]) -> float:
    return abs(sum(xs[i - 1] * ys[i] - xs[i] * ys[i - 1] for i in range(len(xs)))) / 2


@cache
def load_units(geography: str) -> tuple[Unit, ...]:
    """The provinces of a geography (63 before July 2025, 34 after), read once per process."""
    name = "provinces_current.geojson" if geography == "current" else "provinces_legacy.geojson"
    collection = json.loads((GEO_DIR / name).read_text(encoding="utf-8"))
    units = []
    for feature in collection["features"]:
        geom = feature["geometry"]
        polygons = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
        xs: list[float] = []
        ys: list[float] = []
        area = 0.0
        for polygon in polygons:
            for ring in polygon:
                rx, ry = [p[0] for p in ring], [p[1] for p in ring]
                area += _ring_area(rx, ry)
                xs += [*rx, math.nan]
                ys += [*ry, math.nan]
        x, y = np.array(xs), np.array(ys)
        box = (float(np.nanmin(x)), float(np.nanmin(y)), float(np.nanmax(x)), float(np.nanmax(y)))
        units.append(Unit(feature["id"], x, y, tuple(feature["properties"]["label"]), box, area))
    return tuple(units)


@dataclass(frozen=True)
class Island:
    name: str
    archipelago: str
    province: str
    lat: float
    lon: float


@cache
def load_islands() -> tuple[Island, ...]:
    """The main islands of the Hoàng Sa (Đà Nẵng) and Trường Sa (Khánh Hòa) archipelagos (sources in the file)."""
    rows = load_table("islands.csv")
    return tuple(Island(r["island"], r["archipelago"], r["province"], float(r["lat"]), float(r["lon"])) for r in rows)


@cache
def _region_members(geography: str) -> dict[str, frozenset[str]]:
    """Region name (Vietnamese, English or code) -> its provinces in this geography."""
    region_ids = {r["name_vi"]: r["region_id"] for r in load_table("regions.csv")}
    members: dict[str, set[str]] = {}
    for unit in gazetteer().units_in("current" if geography == "current" else "legacy"):
        members.setdefault(region_ids[unit.region], set()).add(unit.name)
    out = {}
    for row in load_table("regions.csv"):
        provinces = frozenset(members.get(row["region_id"], ()))
        for key in (row["region_id"], row["name_vi"], row["name_en"]):
            out[key] = provinces
    return out


def region_provinces(geography: str, region: str | None) -> frozenset[str] | None:
    """The provinces of a region in this geography; None for no region (or one the map does not know)."""
    return _region_members(geography).get(region) if region else None


def frame(geography: str, region: str | None = None) -> tuple[float, float, float, float]:
    """West, east, south, north of what the map shows: the region's provinces (all by default) and the
    islands of the archipelagos that belong to them, padded."""
    chosen = region_provinces(geography, region)
    boxes = [u.bbox for u in load_units(geography) if chosen is None or u.name in chosen]
    islands = [i for i in load_islands() if chosen is None or i.province in chosen]
    west = min([b[0] for b in boxes] + [i.lon for i in islands])
    south = min([b[1] for b in boxes] + [i.lat for i in islands])
    east = max([b[2] for b in boxes] + [i.lon for i in islands])
    north = max([b[3] for b in boxes] + [i.lat for i in islands])
    dx, dy = max(east - west, 0.5) * PAD + 0.1, max(north - south, 0.5) * PAD + 0.1
    return west - dx, east + dx, south - dy, north + dy


def _cos(box: tuple[float, float, float, float]) -> float:
    return math.cos(math.radians((box[2] + box[3]) / 2))


def page_size(box: tuple[float, float, float, float]) -> Size:
    """The page's plot area: as tall as the frame needs to fill the map's width (within limits)."""
    height = PAGE_WIDTH * (box[3] - box[2]) / ((box[1] - box[0]) * _cos(box))
    return Size(PAGE_WIDTH, int(min(max(height, 420), 760)), PAGE_FONT, PAGE_DOT)


# Class limits of the legend: "0", then up to four classes with round upper limits.
_NICE = [1, 2, 3, 5, 10, 15, 20, 30, 50, 75, 100, 150, 200, 300, 500, 750, 1000, 1500, 2000, 3000, 5000, 10000]
_NICE += [int(m * 10**k) for k in (4, 5, 6, 7) for m in (1.5, 2, 3, 5, 7.5, 10)]  # a million events: 40,000 a province


def classes(counts: pd.Series) -> list[tuple[int, int, str]]:
    """(lowest, highest, label) per class: zero alone, then a few classes a reader takes in at a glance."""
    positive = counts[counts > 0]
    top = int(positive.max()) if len(positive) else 0
    if top == 0:
        return [(0, 0, "0")]
    if top <= 4:
        uppers = list(range(1, top + 1))
    else:
        cuts = [float(positive.quantile(q)) for q in (0.25, 0.5, 0.75)]
        nice = sorted({min((n for n in _NICE if n >= c), default=top) for c in cuts if c < top})
        # counts close together (every province between 1,642 and 1,857) would fall under one or two round
        # limits and paint the country nearly one colour: limits on a finer round step then keep them apart
        below = [u for u in nice if u < top]
        finer = _finer_limits([c for c in cuts if c < top], top) if len(below) < 2 else []
        uppers = (finer if len(finer) > len(below) else below) + [top]
    out = [(0, 0, "0")]
    low = 1
    for high in dict.fromkeys(u for u in uppers if u <= top):
        out.append((low, high, str(low) if low == high else f"{low}–{high}"))
        low = high + 1
    return out


def _finer_limits(cuts: list[float], top: int) -> list[int]:
    """The cuts rounded up on the coarsest step of 1, 2, 5 x 10^k that keeps them apart (below the top)."""
    steps = sorted((m * 10**k for k in range(len(str(top))) for m in (1, 2, 5)), reverse=True)
    best: list[int] = []
    for step in steps:
        limits = sorted({math.ceil(c / step) * step for c in cuts})
        limits = [u for u in limits if u < top]
        if len(limits) > len(best):
            best = limits
        if len(best) == len(set(cuts)):
            break
    return best


def _colors(n: int) -> list[str]:
    """The blues for n counted classes, the darkest for the most."""
    ramp = SEQUENTIAL[1:]
    return ramp[len(ramp) - n :]


# ---- names: where each goes, in pixels of the frame -------------------------------------------------------


@dataclass(frozen=True)
class Placed:
    """A name: whose, its text, where plotly anchors it and how, its leader line, the point a click lands on."""

    key: str  # the province, or the archipelago
    text: str
    x: float
    y: float
    position: str  # plotly textposition
    leader: tuple[float, float, float, float] | None  # from the dot to the name, in degrees
    point: tuple[float, float] | None = None  # the province's clickable point for this name


@dataclass(frozen=True)
class Inset:
    """Crowded provinces drawn again, `zoom` times larger, in a frame beside the country: a point (lon, lat)
    is drawn at origin + zoom × (lon − west, lat − south)."""

    members: tuple[str, ...]
    source: Box  # west, south, east, north of what is enlarged
    origin: tuple[float, float]
    zoom: float

    def place(self, lon, lat):
        return self.origin[0] + (lon - self.source[0]) * self.zoom, self.origin[1] + (lat - self.source[1]) * self.zoom

    @property
    def outline(self) -> Box:
        x0, y0 = self.place(self.source[0], self.source[1])
        x1, y1 = self.place(self.source[2], self.source[3])
        return x0, y0, x1, y1


@dataclass(frozen=True)
class Layout:
    names: tuple[Placed, ...]
    groups: tuple[Placed, ...]
    insets: tuple[Inset, ...]
    bounds: tuple[float, float, float, float]  # west, east, south, north: the frame and every name in it


def wrapped(name: str) -> str:
    """Long names on two lines ("Bà Rịa -<br>Vũng Tàu"), split where the lines come out most even."""
    words = name.split(" ")
    if len(name) <= 12 or len(words) < 3:
        return name
    best = min(range(1, len(words)), key=lambda i: max(len(" ".join(words[:i])), len(" ".join(words[i:]))))
    return " ".join(words[:best]) + "<br>" + " ".join(words[best:])


def stacked(name: str) -> str:
    """A two-word name on two lines ("Hưng<br>Yên"): the narrowest form, for small provinces."""
    words = name.replace(" - ", "-").split(" ")
    if len(words) > 2:
        return wrapped(name)
    return "<br>".join(words).replace("-", " -<br>")


def _text_box(text: str, font: int) -> tuple[float, float]:
    """Width and height in pixels of a name, a little generous (the widest of the fonts the chart may get)."""
    lines = text.split("<br>")
    return 0.6 * font * max(len(line) for line in lines) + 4, 1.3 * font * len(lines) + 2


class _Board:
    """The plot area in pixels (y up): what is taken (names, dots, island marks, insets) and where land is."""

    def __init__(self, width: int, height: int, land: np.ndarray) -> None:
        self.width, self.height = width, height
        self.boxes = np.empty((0, 4))
        self.land = land  # summed-area table of the land mask, (height + 1) × (width + 1)

    def on_land(self, box: Box) -> bool:
        x0, y0, x1, y1 = (int(min(max(v, 0), lim)) for v, lim in zip(box, (self.width, self.height) * 2, strict=True))
        s = self.land
        return bool(s[y1, x1] - s[y0, x1] - s[y1, x0] + s[y0, x0])

    def free(self, box: Box, ignore: int = -1) -> bool:
        """Inside the frame and meeting no box taken (but the one numbered `ignore`, a name's own point)."""
        x0, y0, x1, y1 = box
        if x0 < 2 or y0 < 2 or x1 > self.width - 2 or y1 > self.height - 2:
            return False
        b = self.boxes
        hit = (b[:, 0] < x1) & (b[:, 2] > x0) & (b[:, 1] < y1) & (b[:, 3] > y0)
        if 0 <= ignore < len(hit):
            hit[ignore] = False
        return not hit.any()

    def take(self, box: Box) -> int:
        self.boxes = np.vstack([self.boxes, box])
        return len(self.boxes) - 1


def _land_table(units: tuple[Unit, ...], to_px, width: int, height: int) -> np.ndarray:
    """Which pixels are land, as a summed-area table: every ring scan-converted at once (even-odd rule)."""
    x, y = to_px(np.concatenate([u.xs for u in units]), np.concatenate([u.ys for u in units]))
    x0, y0, x1, y1 = x[:-1], y[:-1], x[1:], y[1:]
    keep = ~(np.isnan(x0) | np.isnan(x1))  # NaN separates rings: no edge across
    x0, y0, x1, y1 = x0[keep], y0[keep], x1[keep], y1[keep]
    low = np.clip(np.ceil(np.minimum(y0, y1) - 0.5), 0, height)  # pixel rows whose centres the edge crosses
    high = np.clip(np.ceil(np.maximum(y0, y1) - 0.5), 0, height)
    counts = (high - low).astype(int)
    rows = np.repeat(low.astype(int), counts) + np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
    e = np.repeat(np.arange(len(x0)), counts)
    xs = x0[e] + (rows + 0.5 - y0[e]) * (x1[e] - x0[e]) / (y1[e] - y0[e])
    order = np.lexsort((xs, rows))
    rows, xs = rows[order], np.clip(xs[order], 0, width)
    marks = np.zeros((height, width + 1))
    np.add.at(marks, (rows[0::2], np.ceil(xs[0::2] - 0.5).astype(int)), 1)
    np.add.at(marks, (rows[1::2], np.ceil(xs[1::2] - 0.5).astype(int)), -1)
    table = np.zeros((height + 1, width + 1))
    table[1:, 1:] = (np.cumsum(marks, axis=1)[:, :width] > 0).cumsum(0).cumsum(1)
    return table


_DIRECTIONS = [(math.cos(a), math.sin(a)) for a in np.radians(range(0, 360, 30))]


def _set_out(x: float, y: float, w: float, h: float, start: float) -> Iterator[tuple[int, str, Box]]:
    """Boxes for a name set out from its dot along a leader, nearest first."""
    for dist in range(int(start), 240, 6):
        for dx, dy in _DIRECTIONS:
            ex, ey = x + dx * dist, y + dy * dist
            if dx > 0.3:
                yield dist, "middle right", (ex, ey - h / 2, ex + w, ey + h / 2)
            elif dx < -0.3:
                yield dist, "middle left", (ex - w, ey - h / 2, ex, ey + h / 2)
            elif dy > 0:
                yield dist, "top center", (ex - w / 2, ey, ex + w / 2, ey + h)
            else:
                yield dist, "bottom center", (ex - w / 2, ey - h, ex + w / 2, ey)


def _crossings(leaders: np.ndarray, a: tuple[float, float], b: tuple[float, float]) -> int:
    """How many of the leader lines drawn so far the segment a-b crosses."""
    if not len(leaders):
        return 0
    px, py, qx, qy = leaders.T

    def turn(ox, oy, ux, uy, vx, vy):
        return np.sign((ux - ox) * (vy - oy) - (uy - oy) * (vx - ox))

    d1, d2 = turn(px, py, qx, qy, *a), turn(px, py, qx, qy, *b)
    d3, d4 = turn(*a, *b, px, py), turn(*a, *b, qx, qy)
    return int(((d1 * d2 < 0) & (d3 * d4 < 0)).sum())


def _anchor(position: str, box: Box) -> tuple[float, float]:
    """The point plotly anchors a text at for its textposition, and where a leader line ends."""
    x0, y0, x1, y1 = box
    return {
        "middle right": (x0, (y0 + y1) / 2),
        "middle left": (x1, (y0 + y1) / 2),
        "top center": ((x0 + x1) / 2, y0),
        "bottom center": ((x0 + x1) / 2, y1),
    }.get(position, ((x0 + x1) / 2, (y0 + y1) / 2))


def _clusters(points: list[tuple[float, float]], reach: float) -> list[list[int]]:
    """Groups of points each within `reach` of another of its group (single linkage), largest first."""
    groups: list[set[int]] = []
    for i, (x, y) in enumerate(points):
        near = [g for g in groups if any(math.dist((x, y), points[j]) <= reach for j in g)]
        merged = {i}.union(*near)
        groups = [g for g in groups if g not in near] + [merged]
    return sorted((sorted(g) for g in groups), key=len, reverse=True)


class _Placer:
    """Names placed one after another on a board, in pixels; converted to degrees when kept."""

    def __init__(self, geography: str, region: str | None, size: Size) -> None:
        west, east, south, north = frame(geography, region)
        self.cos = _cos((west, east, south, north))
        self.scale = min(size.height / (north - south), size.width / ((east - west) * self.cos))  # px per degree
        # plotly widens the looser axis to keep the shapes' proportions: the visible ranges, centred.
        self.x0 = (west + east) / 2 - size.width / (self.scale * self.cos) / 2
        self.y0 = (south + north) / 2 - size.height / self.scale / 2
        self.size, self.r = size, size.dot / 2 + 1
        self.board = _Board(
            size.width, size.height, _land_table(load_units(geography), self.px, size.width, size.height)
        )
        self.leaders = np.empty((0, 4))

    def px(self, lon: float, lat: float) -> tuple[float, float]:
        return (lon - self.x0) * self.scale * self.cos, (lat - self.y0) * self.scale

    def deg(self, x: float, y: float) -> tuple[float, float]:
        return x / (self.scale * self.cos) + self.x0, y / self.scale + self.y0

    def centred(self, name: str, x: float, y: float, own: int, point: tuple[float, float]) -> Placed | None:
        """The name on its point (one line, or two, or a little above or below) if that box is free."""
        for text in dict.fromkeys([wrapped(name), stacked(name)]):
            w, h = _text_box(text, self.size.font)
            for dy in (0, h / 2, -h / 2):
                box = (x - w / 2, y - h / 2 + dy, x + w / 2, y + h / 2 + dy)
                if self.board.free(box, ignore=own):
                    self.board.take(box)
                    return Placed(name, text, *self.deg(x, y + dy), "middle center", None, point)
        return None

    def set_out(self, name: str, x: float, y: float, own: int, point: tuple[float, float]) -> Placed:
        """The name on the nearest free place along a leader from its dot: water (or blank foreign ground)
        rather than land, leaders crossing no other."""
        text = wrapped(name)
        w, h = _text_box(text, self.size.font)
        best, best_cost = None, math.inf
        for dist, position, box in _set_out(x, y, w, h, self.r + 6):
            if dist > best_cost:
                break
            if self.board.free(box, ignore=own):
                end = _anchor(position, box)
                cost = dist + 80 * self.board.on_land(box) + 120 * _crossings(self.leaders, (x, y), end)
                if cost < best_cost:
                    best, best_cost = (position, box), cost
        position, box = best or ("middle center", (x - w / 2, y - h / 2, x + w / 2, y + h / 2))
        self.board.take(box)
        end = _anchor(position, box)
        self.leaders = np.vstack([self.leaders, (x, y, *end)])
        return Placed(name, text, *self.deg(*end), position, (*point, *self.deg(*end)), point)


def _archipelago_names(placer: _Placer, islands: list[Island], lang: str) -> list[Placed]:
    """Each archipelago's name under its islands, or over them when there is no room below."""
    out = []
    for group, province in dict.fromkeys((i.archipelago, i.province) for i in islands):
        part = [i for i in islands if i.archipelago == group]
        text = t("archipelago", lang, name=group, province=province).replace(" (", "<br>(")
        w, h = _text_box(text, placer.size.font + 1)
        x0, y0 = placer.px(min(i.lon for i in part), min(i.lat for i in part))
        x1, y1 = placer.px(max(i.lon for i in part), max(i.lat for i in part))
        mid = (x0 + x1) / 2
        below, above = (mid - w / 2, y0 - 8 - h, mid + w / 2, y0 - 8), (mid - w / 2, y1 + 8, mid + w / 2, y1 + 8 + h)
        box = below if placer.board.free(below) and not placer.board.on_land(below) else above
        placer.board.take(box)
        out.append(Placed(group, text, *placer.deg(mid, (box[1] + box[3]) / 2), "middle center", None))
    return out


def _free_spots(board: _Board, w: float, h: float, step: float = 16) -> np.ndarray:
    """Lower-left corners (x, y) of every w × h box, on a grid, that stays inside and meets no land and no box."""
    xs, ys = np.meshgrid(np.arange(6, board.width - w - 6, step), np.arange(6, board.height - h - 6, step))
    x0, y0 = xs.ravel(), ys.ravel()
    x1, y1 = x0 + w, y0 + h
    c0, c1, r0, r1 = (a.astype(int) for a in (x0, x1, y0, y1))
    s = board.land
    ok = (s[r1, c1] - s[r0, c1] - s[r1, c0] + s[r0, c0]) == 0
    b = board.boxes
    hit = (b[:, 0] < x1[:, None]) & (b[:, 2] > x0[:, None]) & (b[:, 1] < y1[:, None]) & (b[:, 3] > y0[:, None])
    ok &= ~hit.any(axis=1)
    return np.column_stack([x0[ok], y0[ok]])


_ZOOMS = (4.0, 3.5, 3.0, 2.6, 2.3, 2.0, 1.8)


def _insets(
    placer: _Placer, units: list[Unit], crowded: list[int], points: list[tuple[float, float]]
) -> list[tuple[Inset, int]]:
    """Insets for clusters of crowded provinces, where the frame has room (water, blank foreign ground, the
    space beside the country in a wide frame). Each shows every province whose point lies among its
    cluster's, whole, as near what it enlarges as a free place allows; all at the largest zoom at which all
    fit (at least 1.8), else each as large as it fits, north first. With each inset, the number of the box
    it takes on the board."""
    board, size = placer.board, placer.size
    clusters = [[crowded[j] for j in g] for g in _clusters([points[i] for i in crowded], 3 * size.font) if len(g) >= 4]
    groups: list[list[int]] = []
    for cluster in sorted(clusters, key=lambda c: -np.mean([points[i][1] for i in c])):  # north first
        lons, lats = [units[i].label[0] for i in cluster], [units[i].label[1] for i in cluster]
        taken = {i for g in groups for i in g}
        groups.append(
            [
                i
                for i, u in enumerate(units)
                if i not in taken
                and min(lons) - 0.15 <= u.label[0] <= max(lons) + 0.15
                and min(lats) - 0.15 <= u.label[1] <= max(lats) + 0.15
            ]
        )
    sources = [
        (
            min(units[i].bbox[0] for i in g) - 0.05,
            min(units[i].bbox[1] for i in g) - 0.05,
            max(units[i].bbox[2] for i in g) + 0.05,
            max(units[i].bbox[3] for i in g) + 0.05,
        )
        for g in groups
    ]

    def fit(k: int, zoom: float) -> tuple[Inset, tuple[float, float, float, float]] | None:
        """Inset k at this zoom on the free place nearest what it enlarges, and the box it takes; or None."""
        (sx0, sy0), (sx1, sy1) = placer.px(*sources[k][:2]), placer.px(*sources[k][2:])
        w, h = (sx1 - sx0) * zoom, (sy1 - sy0) * zoom
        spots = _free_spots(board, w + 12, h + 12)
        if not len(spots):
            return None
        x, y = spots[np.argmin(((spots - [(sx0 + sx1 - w) / 2 - 6, (sy0 + sy1 - h) / 2 - 6]) ** 2).sum(axis=1))]
        inset = Inset(tuple(units[i].name for i in groups[k]), sources[k], placer.deg(x + 6, y + 6), zoom)
        return inset, (x, y, x + w + 12, y + h + 12)

    kept = len(board.boxes)
    for zoom in _ZOOMS:  # all at one zoom: none crowds the others out
        out = []
        for k in range(len(groups)):
            placed = fit(k, zoom)
            if placed is None:
                break
            out.append((placed[0], board.take(placed[1])))
        if len(out) == len(groups):
            return out
        board.boxes = board.boxes[:kept]
    out = []
    for k in range(len(groups)):  # not all fit: each as large as it fits
        placed = next((p for p in (fit(k, zoom) for zoom in _ZOOMS) if p is not None), None)
        if placed is not None:
            out.append((placed[0], board.take(placed[1])))
    return out


@lru_cache(maxsize=64)
def layout_names(geography: str, region: str | None, lang: str, size: Size) -> Layout:
    """Where every province's name and each archipelago's name go in a plot area of `size`, the same for any
    counts (so cached). Archipelagos first; then provinces from the largest (a chosen region's first),
    centred where the name covers no other name and no other province's point; clusters of crowded ones in
    insets where there is room; the rest set out along leader lines. With a region chosen, a province
    outside it is named only where its name fits as is."""
    placer = _Placer(geography, region, size)
    west, east, south, north = frame(geography, region)
    units = [u for u in load_units(geography) if west <= u.label[0] <= east and south <= u.label[1] <= north]
    points = [placer.px(*u.label) for u in units]
    for x, y in points:  # a name may not hide another province's point: its dot may be needed there
        placer.board.take((x - 2, y - 2, x + 2, y + 2))
    islands = [i for i in load_islands() if west <= i.lon <= east and south <= i.lat <= north]
    r = placer.r
    for x, y in (placer.px(i.lon, i.lat) for i in islands):
        placer.board.take((x - r, y - r, x + r, y + r))
    groups = _archipelago_names(placer, islands, lang)

    chosen = region_provinces(geography, region)
    names: dict[str, Placed] = {}
    crowded = []
    # The region's provinces first; its neighbours in the frame are named only where a name fits as is.
    for i in sorted(
        range(len(units)), key=lambda i: (chosen is not None and units[i].name not in chosen, -units[i].area)
    ):
        placed = placer.centred(units[i].name, *points[i], own=i, point=units[i].label)
        if placed is not None:
            names[units[i].name] = placed
        elif chosen is None or units[i].name in chosen:
            crowded.append(i)
    for i in crowded:  # their dots, before any name is set out: no name may cover one
        x, y = points[i]
        placer.board.boxes[i] = (x - r, y - r, x + r, y + r)
    insets = _insets(placer, units, crowded, points)
    by_name = {u.name: i for i, u in enumerate(units)}
    for inset, outline in insets:
        kept, placer.board.boxes[outline] = placer.board.boxes[outline].copy(), (-9, -9, -9, -9)  # its names go inside
        enlarged = [inset.place(*units[by_name[m]].label) for m in inset.members]
        zoomed = [placer.px(*point) for point in enlarged]
        own = [placer.board.take((x - 2, y - 2, x + 2, y + 2)) for x, y in zoomed]
        for k in sorted(range(len(inset.members)), key=lambda k: -units[by_name[inset.members[k]]].area):
            member, (x, y), mine, point = inset.members[k], zoomed[k], own[k], enlarged[k]
            names[member] = placer.centred(member, x, y, mine, point) or placer.set_out(member, x, y, mine, point)
        placer.board.boxes[outline] = kept
    in_insets = {m for inset, _ in insets for m in inset.members}
    for i in crowded:
        if units[i].name not in in_insets:
            names[units[i].name] = placer.set_out(units[i].name, *points[i], own=i, point=units[i].label)
    taken = placer.board.boxes
    (bx0, by0), (bx1, by1) = (
        placer.deg(taken[:, 0].min() - 4, taken[:, 1].min() - 4),
        placer.deg(taken[:, 2].max() + 4, taken[:, 3].max() + 4),
    )
    bounds = (min(west, bx0), max(east, bx1), min(south, by0), max(north, by1))
    return Layout(
        tuple(names[u.name] for u in units if u.name in names), tuple(groups), tuple(i for i, _ in insets), bounds
    )


# ---- the figure ------------------------------------------------------------------------------------------


def _rectangles(boxes: list[Box]) -> tuple[list[float | None], list[float | None]]:
    xs: list[float | None] = []
    ys: list[float | None] = []
    for x0, y0, x1, y1 in boxes:
        xs += [x0, x1, x1, x0, x0, None]
        ys += [y0, y0, y1, y1, y0, None]
    return xs, ys


class Coordinates(list[float | None]):
    """A map's coordinate list, shared rather than copied: plotly deep-copies a figure's data whenever it makes,
    copies or serialises one (building the map, readying it for the browser, each st.plotly_chart), number by
    number, and the map's ~15,000 numbers made most of its cost (20 ms of the ~30 a filter change took, and 5 of
    every rerun that draws it). Never changed once made: a copy of the figure shares it. Written as a JSON
    list like any list."""

    __slots__ = ()

    def __copy__(self) -> Coordinates:
        return self

    def __deepcopy__(self, memo: dict) -> Coordinates:
        return self


def plain_coordinates(parts: list[np.ndarray]) -> Coordinates:
    """A shape's coordinates as a plain list (four decimals, about ten metres; a gap as None), not a typed array.
    plotly.js decodes a typed array into the very figure it was handed, and Streamlit hands the drawn figure
    back right after the first draw: the map then read as new data and was drawn a second time (80 ms a switch
    to the page, against nothing for plain numbers)."""
    values = np.concatenate(parts).astype(np.float64).round(4).tolist()
    return Coordinates(None if math.isnan(v) else v for v in values)


def _traces(spec: dict, size: Size) -> list[dict]:
    """Every trace of the map for these counts (spec: geography, region, lang, events) at this size, as
    dicts: the figure validates each once (a go.Scatter would be validated again when added)."""
    geography, lang, events = spec["geography"], spec["lang"], spec["events"]
    layout = layout_names(geography, spec["region"], lang, size)
    units = load_units(geography)
    word = t("events", lang)
    bands = classes(pd.Series({u.name: events.get(u.name, 0) for u in units}))
    traces: list[dict[str, Any]] = []
    color_of = {}
    for (low, high, label), color in zip(bands, [ZERO_COLOR, *_colors(len(bands) - 1)], strict=True):
        members = [u for u in units if low <= events.get(u.name, 0) <= high]
        color_of.update({u.name: color for u in members})
        parts_x = [u.xs for u in members]
        parts_y = [u.ys for u in members]
        for inset in layout.insets:
            for u in members:
                if u.name in inset.members:
                    x, y = inset.place(u.xs, u.ys)
                    parts_x.append(x)
                    parts_y.append(y)
        if members:
            traces.append(
                dict(
                    type="scatter",
                    x=plain_coordinates(parts_x),
                    y=plain_coordinates(parts_y),
                    mode="lines",
                    fill="toself",
                    fillcolor=color,
                    line={"color": EDGE_COLOR, "width": 0.6},
                    name=label,
                    hoverinfo="skip",
                    meta="fill",
                )
            )
    frames_x, frames_y = _rectangles([i.outline for i in layout.insets])
    source_x, source_y = _rectangles([(i.source[0], i.source[1], i.source[2], i.source[3]) for i in layout.insets])
    lines_x: list[float | None] = []
    lines_y: list[float | None] = []
    for p in layout.names:
        if p.leader:
            lines_x += [p.leader[0], p.leader[2], None]
            lines_y += [p.leader[1], p.leader[3], None]
    quiet: dict[str, Any] = {"hoverinfo": "skip", "showlegend": False}

    def lines(x: list, y: list, line: dict[str, Any], meta: str) -> dict[str, Any]:  # drawn, never hovered
        return dict(type="scatter", x=x, y=y, mode="lines", line=line, meta=meta, **quiet)

    traces += [
        lines(frames_x, frames_y, {"color": "#555", "width": 1}, "insets"),
        lines(source_x, source_y, {"color": "#555", "width": 1, "dash": "dot"}, "inset_sources"),
        lines(lines_x, lines_y, {"color": "#444", "width": 0.8}, "leaders"),
    ]
    islands = load_islands()
    traces.append(
        dict(
            type="scatter",
            x=[i.lon for i in islands],
            y=[i.lat for i in islands],
            mode="markers",
            marker={
                "size": size.dot,
                "symbol": "diamond",
                "color": [color_of[i.province] for i in islands],
                "line": {"color": "#333", "width": 1},
            },
            customdata=[
                [
                    i.province,
                    events.get(i.province, 0),
                    i.name,
                    t("archipelago", lang, name=i.archipelago, province=i.province),
                ]
                for i in islands
            ],
            hovertemplate="<b>%{customdata[2]}</b><br>%{customdata[3]}<br>%{customdata[0]}: %{customdata[1]} "
            + word.lower()
            + "<extra></extra>",
            selected={"marker": {"opacity": 1}},
            unselected={"marker": {"opacity": 1}},
            showlegend=False,
            meta="islands",
        )
    )
    hover = "<b>%{customdata[0]}</b><br>" + word + ": %{customdata[1]}<extra></extra>"
    named = {p.key for p in layout.names}
    # A click lands on a province's point: its dot where its name is set out, else its (unseen) label point,
    # and in an inset its enlarged point too.
    dots = [(p.key, p.point) for p in layout.names if p.leader and p.point]  # a province's name has its point
    points = [(p.key, p.point) for p in layout.names if not p.leader and p.point]
    points += [
        (u.name, u.label) for u in units if u.name not in named or any(u.name in i.members for i in layout.insets)
    ]
    for role, marked in (("dots", dots), ("points", points)):
        seen = role == "dots"
        traces.append(
            dict(
                type="scatter",
                x=[xy[0] for _, xy in marked],
                y=[xy[1] for _, xy in marked],
                customdata=[[name, events.get(name, 0)] for name, _ in marked],
                mode="markers",
                marker={"size": size.dot, "color": "#333", "line": {"color": "#fff", "width": 1}, "opacity": int(seen)},
                selected={"marker": {"opacity": 1, "color": SELECTED}},
                unselected={"marker": {"opacity": int(seen)}},
                hovertemplate=hover,
                showlegend=False,
                meta=role,
            )
        )
    text_font = {"size": size.font, "color": TEXT_COLOR, "shadow": HALO}
    traces += [
        dict(
            type="scatter",
            x=[p.x for p in layout.names],
            y=[p.y for p in layout.names],
            text=[p.text for p in layout.names],
            textposition=[p.position for p in layout.names],
            mode="text",
            textfont=text_font,
            unselected={"textfont": {"color": TEXT_COLOR}},
            meta="names",
            **quiet,
        ),
        dict(
            type="scatter",
            x=[g.x for g in layout.groups],
            y=[g.y for g in layout.groups],
            text=[f"<b>{g.text}</b>" for g in layout.groups],
            mode="text",
            textfont={**text_font, "size": size.font + 1, "color": SEA_TEXT},
            unselected={"textfont": {"color": SEA_TEXT}},
            meta="archipelagos",
            **quiet,
        ),
    ]
    return traces


def province_map_figure(
    df: pd.DataFrame, geography: str = "time", lang: str = "vi", note: str = "", region: str | None = None
) -> go.Figure:
    """Events per province as filled shapes in a few classes, every province and both archipelagos named,
    framed on the chosen region (the whole country by default). Clicking a province's name, dot or island
    narrows the page to that province (its point carries the province as customdata[0])."""
    counts = df.groupby("map_province")["events"].sum()
    events = {u.name: int(counts.get(u.name, 0)) for u in load_units(geography)}
    spec = {"geography": geography, "region": region, "lang": lang, "events": events}
    box = frame(geography, region)
    size = page_size(box)
    fig = go.Figure(_traces(spec, size), _validate=False)  # made here, valid by construction: validating took 12 ms
    _frame_axes(fig, spec, size)
    set_layout(fig, hovermode="closest", meta=MAP_META + json.dumps(spec, ensure_ascii=False, sort_keys=True))
    fig.layout.datarevision = _revision(spec, size)
    apply_theme(fig, t("map_title", lang), note, lang=lang)
    margin = fig.layout.margin
    set_layout(fig, height=size.height + margin.t + margin.b, legend={"title": {"text": t("events", lang) + ":"}})
    return fig


def _frame_axes(fig: go.Figure, spec: dict, size: Size) -> None:
    """Axes without ticks, ranging over the frame and every name and inset set out around it, a degree of
    latitude 1/cos(latitude) times a degree of longitude."""
    west, east, south, north = layout_names(spec["geography"], spec["region"], spec["lang"], size).bounds
    ratio = 1 / _cos(frame(spec["geography"], spec["region"]))
    # Where the plot area's shape differs from the frame's, plotly.js keeps the scale by narrowing an axis's domain
    # (`constrain`), centred, rather than widening its range: the same picture (no basemap, blank either way), but a
    # widened range is written back into the figure plotly.js was given, so Streamlit's next copy of it (when it sets
    # the chart's width) read as a new range and the whole map was drawn a second time, at about one filter change
    # in two. The axes' type is given for the same reason (plotly.js writes the type it guessed back).
    axis = {"visible": False, "type": "linear", "constrain": "domain"}
    set_layout(  # the map's one pair of axes
        fig,
        xaxis={"range": [west, east], **axis},
        yaxis={"range": [south, north], **axis, "scaleanchor": "x", "scaleratio": ratio},
    )


# The map's layout.meta: this mark, then its spec (geography, region, lang, events) as JSON, from which it is drawn
# again for a larger frame. Text, not an object: plotly.js compares an object by identity, and Streamlit hands it
# a copy of the figure after the first draw, which then read as changed and drew the map again.
MAP_META = "province_map:"


def _revision(spec: dict, size: Size) -> str:
    """The map's data revision: its traces follow from the spec and the size, so a digest of the two names them."""
    text = json.dumps([spec, [size.width, size.height, size.font, size.dot]], ensure_ascii=False, sort_keys=True)
    return hashlib.blake2b(text.encode(), digest_size=8).hexdigest()


def map_spec(fig: go.Figure) -> dict | None:
    """The spec a province map was drawn from (None for any other figure)."""
    meta = fig.layout.meta
    return json.loads(meta[len(MAP_META) :]) if isinstance(meta, str) and meta.startswith(MAP_META) else None


def is_province_map(fig: go.Figure) -> bool:
    return map_spec(fig) is not None


def fit_to_frame(fig: go.Figure, width: int, height: int) -> None:
    """The map drawn again for a larger frame (projector, 1920×1080 image): larger type, names set out for
    that frame, insets where it has room. `width` and `height` are the whole figure's."""
    margin = fig.layout.margin
    size = Size(
        int(width - (margin.l or 0) - (margin.r or 0)),
        int(height - (margin.t or 0) - (margin.b or 0)),
        PROJECTOR_FONT,
        PROJECTOR_DOT,
    )
    spec = map_spec(fig)
    if spec is None:
        raise ValueError("fit_to_frame draws a province map again; this figure is not one")
    fig.data = ()
    fig.add_traces(_traces(spec, size))
    _frame_axes(fig, spec, size)
    fig.layout.datarevision = _revision(spec, size)
    fig.update_traces(line_color="#333", selector={"meta": "fill"})
