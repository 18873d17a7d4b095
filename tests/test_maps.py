"""The province map on real query results: the Hoàng Sa and Trường Sa archipelagos named at their places in
every frame, every province named and clickable, the frame filled, a chosen region zoomed to."""

from __future__ import annotations

import csv
import io
import json
import re

import pandas as pd
import pytest

import queries
from dashboard import charts, figures, images, maps
from dashboard.filter_model import Filters
from tests.conftest import ROOT

GEOGRAPHIES = [("time", 63), ("current", 34)]
ISLANDS = list(csv.DictReader((ROOT / "data" / "reference" / "islands.csv").open(encoding="utf-8")))
# What the two archipelagos span (degrees), and names the map must never give them.
SPAN = {"Hoàng Sa": (15.7, 17.1, 111.1, 112.8), "Trường Sa": (7.5, 11.6, 111.5, 114.6)}
OTHER_NAMES = ("Paracel", "Spratly", "Xisha", "Nansha", "Sansha", "Tây Sa", "Nam Sa", "Tam Sa", "西沙", "南沙")


def _map(con, geography="time", lang="vi", region=None):
    f = Filters(geography=geography, lang=lang, region=region)
    return maps.province_map_figure(
        queries.run(con, "province_ranking", **f.query_params()), geography, lang, "", region
    )


def _trace(fig, role):
    return next(t for t in fig.data if t.meta == role)


def _clickable(fig) -> list[tuple[str, float, float]]:
    return [
        (row[0], x, y)
        for t in fig.data
        if t.meta in ("dots", "points")
        for row, x, y in zip(t.customdata, t.x, t.y, strict=True)
    ]


def _names(fig) -> set[str]:
    return {text.replace(" -<br>", " - ").replace("<br>", " ") for text in _trace(fig, "names").text}


def test_islands_file_holds_both_archipelagos_with_sources():
    assert {r["archipelago"] for r in ISLANDS} == {"Hoàng Sa", "Trường Sa"}
    for row in ISLANDS:
        south, north, west, east = SPAN[row["archipelago"]]
        assert south <= float(row["lat"]) <= north and west <= float(row["lon"]) <= east, row
        assert row["province"] == {"Hoàng Sa": "Đà Nẵng", "Trường Sa": "Khánh Hòa"}[row["archipelago"]]
        assert row["source"].startswith("http"), row
    named = {r["island"] for r in ISLANDS}
    assert {"Đảo Phú Lâm", "Đảo Hoàng Sa", "Đảo Tri Tôn", "Đảo Trường Sa", "Đảo Song Tử Tây", "Đảo Sinh Tồn"} <= named


@pytest.mark.parametrize(("geography", "n"), GEOGRAPHIES)
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_both_archipelagos_are_drawn_named_and_in_the_default_frame(con, geography, n, lang):
    fig = _map(con, geography, lang)
    islands = _trace(fig, "islands")
    drawn = {(row[2], row[0]): (y, x) for row, x, y in zip(islands.customdata, islands.x, islands.y, strict=True)}
    assert drawn == {(r["island"], r["province"]): (float(r["lat"]), float(r["lon"])) for r in ISLANDS}
    groups = " ".join(_trace(fig, "archipelagos").text)
    if lang == "vi":
        assert "Quần đảo Hoàng Sa<br>(Đà Nẵng)" in groups and "Quần đảo Trường Sa<br>(Khánh Hòa)" in groups
    else:
        assert "Hoàng Sa archipelago<br>(Đà Nẵng)" in groups and "Trường Sa archipelago<br>(Khánh Hòa)" in groups
    assert {"Đà Nẵng", "Khánh Hòa"} <= _names(fig)  # the provinces they belong to exist in this geography
    (x0, x1), (y0, y1) = fig.layout.xaxis.range, fig.layout.yaxis.range
    assert x0 < 102.2 and x1 > 114.5 and y0 < 7.9 and y1 > 23.3  # mainland and both archipelagos
    for group in _trace(fig, "archipelagos").x, _trace(fig, "archipelagos").y:
        assert len(group) == 2
    for x, y in zip(_trace(fig, "archipelagos").x, _trace(fig, "archipelagos").y, strict=True):
        assert x0 < x < x1 and y0 < y < y1
    text = json.dumps(fig.to_plotly_json(), ensure_ascii=False, default=str)
    assert not [name for name in OTHER_NAMES if name in text]


def test_islands_take_their_provinces_colour(con):
    fig = _map(con)
    events = {name: row for name, row in ((r[0], r[1]) for t in fig.data if t.meta == "points" for r in t.customdata)}
    events |= {r[0]: r[1] for r in _trace(fig, "dots").customdata}
    fill = {t.name: t.fillcolor for t in fig.data if t.meta == "fill"}
    bands = maps.classes(pd.Series(events))
    islands = _trace(fig, "islands")
    for row, color in zip(islands.customdata, islands.marker.color, strict=True):
        label = next(label for low, high, label in bands if low <= events[row[0]] <= high)
        assert color == fill[label]


@pytest.mark.parametrize(("geography", "n"), GEOGRAPHIES)
def test_every_province_is_named_and_its_label_point_is_clickable(con, geography, n):
    fig = _map(con, geography)
    units = maps.load_units(geography)
    assert _names(fig) == {u.name for u in units}
    clickable = _clickable(fig)
    for u in units:  # a click on the province's label point lands on a point that carries the province
        assert any(name == u.name and (x, y) == u.label for name, x, y in clickable), u.name
    (x0, x1), (y0, y1) = fig.layout.xaxis.range, fig.layout.yaxis.range
    names = _trace(fig, "names")
    assert all(x0 <= x <= x1 and y0 <= y <= y1 for x, y in zip(names.x, names.y, strict=True))


@pytest.mark.parametrize(("geography", "n"), GEOGRAPHIES)
@pytest.mark.parametrize("size", [None, maps.Size(1870, 800, maps.PROJECTOR_FONT, maps.PROJECTOR_DOT)])
def test_names_do_not_overlap(geography, n, size):
    size = size or maps.page_size(maps.frame(geography))
    layout = maps.layout_names(geography, None, "vi", size)
    placer = maps._Placer(geography, None, size)
    boxes = []
    for p in [*layout.names, *layout.groups]:
        w, h = maps._text_box(p.text, size.font + (p in layout.groups))
        x, y = placer.px(p.x, p.y)
        dx = {"middle right": 0, "middle left": -w}.get(p.position, -w / 2)
        dy = {"top center": 0, "bottom center": -h}.get(p.position, -h / 2)
        boxes.append((p.key, x + dx, y + dy, x + dx + w, y + dy + h))
    assert len(layout.names) == n
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            overlap = min(a[3], b[3]) - max(a[1], b[1]) > 1 and min(a[4], b[4]) - max(a[2], b[2]) > 1
            assert not overlap, (a[0], b[0])


def test_map_fills_its_frame():
    """The country (with both archipelagos) takes the plot's whole height on the page; no band of blank map."""
    for geography, _ in GEOGRAPHIES:
        box = maps.frame(geography)
        size = maps.page_size(box)
        scale = min(size.height / (box[3] - box[2]), size.width / ((box[1] - box[0]) * maps._cos(box)))
        assert (box[3] - box[2]) * scale >= 0.99 * size.height
        assert size.height >= 700  # about 47 pixels a degree: names of 10 px fit


def test_a_chosen_region_is_zoomed_to_with_its_archipelagos():
    everything = maps.frame("time")
    for geography, region, islands in [
        ("time", "Đồng bằng sông Hồng", False),
        ("time", "Tây Nguyên", False),
        ("time", "Bắc Trung Bộ và duyên hải miền Trung", True),
        ("current", "Đông Nam Bộ", False),
        ("current", "Bắc Trung Bộ và duyên hải miền Trung", True),
    ]:
        west, east, south, north = maps.frame(geography, region)
        assert (east - west) * (north - south) < 0.8 * (everything[1] - everything[0]) * (everything[3] - everything[2])
        for u in maps.load_units(geography):
            if u.name in maps.region_provinces(geography, region):
                assert west <= u.bbox[0] and u.bbox[2] <= east and south <= u.bbox[1] and u.bbox[3] <= north
        inside = [west <= i.lon <= east and south <= i.lat <= north for i in maps.load_islands()]
        assert all(inside) if islands else not any(inside), region
    assert maps.frame("time", "Unknown region") == everything


def test_the_charts_map_follows_the_region_filter(con):
    f = Filters(region="Đồng bằng sông Hồng")
    fig = charts.MAP.draw(queries.run(con, "province_ranking", **f.query_params()), f)
    (x0, x1), (y0, y1) = fig.layout.xaxis.range, fig.layout.yaxis.range
    assert x1 - x0 < 4 and y1 - y0 < 4
    assert {"Hà Nội", "Hải Phòng", "Nam Định"} <= _names(fig)
    assert not [t for t in fig.data if t.meta == "islands" and any(x0 <= x <= x1 for x in t.x)]


@pytest.mark.parametrize(("geography", "n"), GEOGRAPHIES)
def test_projector_and_image_versions_keep_islands_and_every_name(con, geography, n):
    page = _map(con, geography)
    for fig, font in (
        (figures.presentation_figure(page), maps.PROJECTOR_FONT),
        (figures.export_figure(page, "Nguồn"), maps.PROJECTOR_FONT),
    ):
        assert _trace(fig, "names").textfont.size == font
        assert _names(fig) == _names(page)
        assert len(_trace(fig, "islands").x) == len(ISLANDS)
        assert "Quần đảo Hoàng Sa<br>(Đà Nẵng)" in " ".join(_trace(fig, "archipelagos").text)
        (x0, x1), (y0, y1) = fig.layout.xaxis.range, fig.layout.yaxis.range
        assert all(
            x0 <= x <= x1 and y0 <= y <= y1
            for x, y in zip(_trace(fig, "islands").x, _trace(fig, "islands").y, strict=True)
        )
        assert {name for name, _, _ in _clickable(fig)} == {u.name for u in maps.load_units(geography)}
    image = figures.export_figure(page, "Nguồn")
    assert image.layout.width == 1920 and image.layout.height == 1080
    if geography == "time":  # 63 provinces do not all fit at the country's scale: the crowded ones enlarged
        assert len(_trace(image, "insets").x) > 0


@pytest.mark.slow
@pytest.mark.skipif(not images.available(), reason="Chromium missing")
def test_map_image_shows_both_archipelagos_by_name(con):
    from PIL import Image

    for geography, n in GEOGRAPHIES:
        fig = figures.export_figure(_map(con, geography), "Nguồn: phoihop")
        png = images.render(fig, "png")
        assert Image.open(io.BytesIO(png)).size == (1920, 1080)
        svg = images.render(fig, "svg").decode("utf-8")
        text = re.sub(r"<[^>]+>", " ", svg)
        assert "Quần đảo Hoàng Sa" in text and "Quần đảo Trường Sa" in text
        assert "(Đà Nẵng)" in text and "(Khánh Hòa)" in text and "Hà Nội" in text
        assert svg.count('class="point plotly-customdata"') >= len(ISLANDS) + n  # island marks, province points
    images.stop()


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        ([0, 0], ["0"]),
        ([0, 1, 3, 4], ["0", "1", "2", "3", "4"]),
        ([0, 1, 1, 2, 3, 5, 8, 13, 40], ["0", "1–2", "3–5", "6–10", "11–40"]),
        ([5, 5, 5, 5], ["0", "1–5"]),
        # a million events: every province past the old last limit (10,000) had no class (ValueError at 1M)
        ([12000, 15800, 16000, 21000, 40000], ["0", "1–20000", "20001–30000", "30001–40000"]),
        # every province between 1,642 and 1,857 (an even spread): the round limits (2,000) paint the map one colour
        (
            [1642, 1700, 1720, 1730, 1746, 1760, 1778, 1790, 1857],
            ["0", "1–1720", "1721–1760", "1761–1780", "1781–1857"],
        ),
        ([3, 4, 5, 6, 7, 8, 9, 10, 11, 12], ["0", "1–6", "7–8", "9–10", "11–12"]),
    ],
)
def test_legend_classes_have_round_limits_and_cover_every_count(counts, expected):
    bands = maps.classes(pd.Series(counts))
    assert [label for _, _, label in bands] == expected
    assert all(any(low <= c <= high for low, high, _ in bands) for c in counts)


def test_the_maps_shapes_are_taken_as_built_not_validated_again(monkeypatch):
    """The map's traces are dicts made here (plain numbers, known keys): plotly's validation walked every
    coordinate again (~12 ms of each map on a filter change). The figure is the validated one all the same."""
    import _plotly_utils.basevalidators as validators
    import plotly.graph_objects as go

    df = pd.DataFrame({"map_province": ["Hà Nội", "Nghệ An"], "events": [5, 2]})
    expected = json.loads(go.Figure(maps.province_map_figure(df, "time", "vi", "Vùng: cả nước")).to_json())
    walked = []
    original = validators.to_scalar_or_list
    monkeypatch.setattr(validators, "to_scalar_or_list", lambda v: walked.append(1) or original(v))
    fig = maps.province_map_figure(df, "time", "vi", "Vùng: cả nước")
    assert len(walked) < 1000  # a few layout lists, not the shapes' tens of thousands of coordinates
    assert json.loads(fig.to_json()) == expected


def test_the_maps_coordinates_are_shared_by_its_copies_and_sent_as_plain_numbers(monkeypatch):
    """The shapes' coordinates are made once and shared by every copy plotly makes of the map (building it,
    readying it for the browser, each st.plotly_chart): copying them number by number was most of the map's
    cost. What is sent is unchanged: the same plain JSON numbers, gaps as null, as a validated figure's."""
    import copy

    import plotly.io as pio
    import plotly.tools

    df = pd.DataFrame({"map_province": ["Hà Nội", "Nghệ An"], "events": [5, 2]})
    fig = maps.province_map_figure(df, "time", "vi", "Vùng: cả nước")
    fills = [t for t in fig.to_dict()["data"] if t["meta"] == "fill"]
    assert fills and all(isinstance(t["x"], maps.Coordinates) and None in t["x"] for t in fills)
    ready = figures.for_browser(fig)
    sent = plotly.tools.return_figure_from_figure_or_data(ready, validate_figure=True)
    assert next(t["x"] for t in sent["data"] if t["meta"] == "fill") is fills[0]["x"]  # not copied on the way
    assert copy.deepcopy(fills[0]["x"]) is fills[0]["x"]
    text = pio.to_json(sent, validate=False)
    monkeypatch.setattr(maps, "Coordinates", list)  # the map as plain lists would make it: the same text is sent
    as_lists = maps.province_map_figure(df, "time", "vi", "Vùng: cả nước")
    assert text == pio.to_json(
        plotly.tools.return_figure_from_figure_or_data(figures.for_browser(as_lists), True), validate=False
    )
    xs = next(t["x"] for t in json.loads(text)["data"] if t.get("meta") == "fill")
    assert type(xs) is list and None in xs and all(v is None or round(v, 4) == v for v in xs)


def test_plain_coordinates_round_and_mark_gaps():
    import numpy as np

    got = maps.plain_coordinates([np.array([105.123456, np.nan]), np.array([21.00004])])
    assert got == [105.1235, None, 21.0] and isinstance(got, maps.Coordinates)
