"""Figure builders on real query results, without Streamlit."""

from __future__ import annotations

import html
import json
import re
from datetime import date

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio
import pytest

import queries
from dashboard import charts, figures, maps
from dashboard.filter_model import Filters
from dashboard.formatting import fmt_int
from tests.conftest import ROOT
from tests.test_queries import params_for

CASES = [
    ("events_by_month", lambda df: figures.activity_by_month_figure(df, "vi", "note"), "Hoạt động theo tháng"),
    ("events_by_region", lambda df: figures.events_by_region_figure(df, "vi"), "Theo vùng"),
    ("province_ranking", lambda df: figures.province_ranking_figure(df, "vi"), "Xếp hạng tỉnh"),
    ("province_ranking", lambda df: maps.province_map_figure(df, "time", "vi"), "Bản đồ"),
    ("cluster_member_activity", lambda df: figures.cluster_activity_figure(df, "vi"), "Hoạt động của các thành viên"),
    (
        "cluster_roster",
        lambda df: figures.cluster_roster_figure(df, date(2026, 1, 1), "vi"),
        "Thành viên qua các thời kỳ",
    ),
    ("cluster_comparison", lambda df: figures.cluster_comparison_figure(df, None, "vi"), "So sánh các cụm"),
    ("cluster_meetings", lambda df: figures.cluster_timeline_figure(df, "vi"), "Sự kiện của cụm"),
    ("events_by_topic", lambda df: figures.events_by_topic_figure(df, "en"), "Activity by topic"),
    ("topic_by_region", lambda df: figures.topic_region_heatmap(df, "vi"), "Chủ đề theo vùng"),
    ("events_by_period", lambda df: figures.events_by_period_figure(df, "quarter", "vi"), "Sự kiện theo thời gian"),
    ("program_periods", lambda df: figures.program_gantt_figure(df, "vi"), "Giai đoạn các chương trình"),
    ("programs_in_force", lambda df: figures.programs_in_force_figure(df, "vi"), "Chương trình còn hiệu lực"),
]


@pytest.mark.parametrize(("query", "build", "title"), CASES, ids=[c[2] for c in CASES])
def test_builder_draws_the_query_result(con, query, build, title):
    df = queries.run(con, query, **params_for(query))
    assert not df.empty
    fig = build(df)
    assert isinstance(fig, go.Figure)
    assert title in fig.layout.title.text
    assert len(fig.data) >= 1


def test_map_covers_every_province_of_each_geography(con):
    for geography, n in (("time", 63), ("current", 34)):
        df = queries.run(con, "province_ranking", **Filters(geography=geography).query_params())
        fig = maps.province_map_figure(df, geography)
        clickable = [row for t in fig.data if t.meta in ("dots", "points") for row in t.customdata]
        counts = dict((name, events) for name, events in clickable)
        assert len(counts) == n
        assert not any(t.type in ("choroplethmap", "scattermap", "choropleth", "scattergeo") for t in fig.data)
        assert sum(counts.values()) == df["events"].sum()  # every event is drawn somewhere
        for province, events in df.groupby("map_province")["events"].sum().items():
            assert counts[province] == events


def test_region_chart_counts_what_the_query_counts(con):
    df = queries.run(con, "events_by_region", **Filters().query_params())
    fig = figures.events_by_region_figure(df, "vi")
    assert sum(sum(trace.x) for trace in fig.data) == df["events"].sum()
    assert "Trung ương" in {y for trace in fig.data for y in trace.y}  # central events have no region


# Every builder with the language as a parameter: numbers and region names follow it.
IN_LANGUAGE = [
    ("events_by_month", lambda df, lang: figures.activity_by_month_figure(df, lang)),
    ("events_by_region", lambda df, lang: figures.events_by_region_figure(df, lang)),
    ("province_ranking", lambda df, lang: figures.province_ranking_figure(df, lang)),
    ("province_ranking", lambda df, lang: maps.province_map_figure(df, "time", lang)),
    ("cluster_member_activity", lambda df, lang: figures.cluster_activity_figure(df, lang)),
    ("cluster_comparison", lambda df, lang: figures.cluster_comparison_figure(df, None, lang)),
    ("cluster_meetings", lambda df, lang: figures.cluster_timeline_figure(df, lang)),
    ("events_by_topic", lambda df, lang: figures.events_by_topic_figure(df, lang)),
    ("topic_by_region", lambda df, lang: figures.topic_region_heatmap(df, lang)),
    ("events_by_period", lambda df, lang: figures.events_by_period_figure(df, "quarter", lang)),
    ("program_periods", lambda df, lang: figures.program_gantt_figure(df, lang)),
    ("programs_in_force", lambda df, lang: figures.programs_in_force_figure(df, lang)),
]


@pytest.mark.parametrize(("query", "build"), IN_LANGUAGE, ids=[f"{q}-{i}" for i, (q, _) in enumerate(IN_LANGUAGE)])
def test_numbers_are_written_as_the_language_writes_them(con, query, build):
    df = queries.run(con, query, **params_for(query))
    assert build(df, "vi").layout.separators == ",."  # 2.367 and 0,5
    assert build(df, "en").layout.separators == ".,"  # 2,367 and 0.5


def test_region_names_follow_the_language_and_selections_name_the_stored_region(con):
    by_region = queries.run(con, "events_by_region", **Filters().query_params())
    for lang, delta, central in (("vi", "Đồng bằng sông Hồng", "Trung ương"), ("en", "Red River Delta", "Central")):
        fig = figures.events_by_region_figure(by_region, lang)
        shown = {y for trace in fig.data for y in trace.y}
        assert delta in shown and central in shown
        picked = {c[0] for trace in fig.data for c in trace.customdata}
        assert "Đồng bằng sông Hồng" in picked  # the filter value a click narrows to, in either language
    assert "Red River Delta" not in {
        y for trace in figures.events_by_region_figure(by_region, "vi").data for y in trace.y
    }
    heat = figures.topic_region_heatmap(queries.run(con, "topic_by_region", **params_for("topic_by_region")), "en")
    columns = set(heat.data[0].x)
    assert {"Red River Delta", "Mekong River Delta"} <= columns and not columns & {"Đồng bằng sông Hồng"}


@pytest.mark.parametrize(("query", "build", "title"), CASES, ids=[c[2] for c in CASES])
def test_every_chart_has_a_projector_version_and_an_export(con, query, build, title):
    fig = build(queries.run(con, query, **params_for(query)))
    shown = figures.presentation_figure(fig)
    assert shown.layout.font.size >= 26 and shown.layout.title.font.size >= 36 and shown.layout.font.color == "#000"
    assert shown.layout.height == 760 and fig.layout.font.size == 13  # a copy: the page's figure is untouched
    exported = figures.export_figure(fig, "Nguồn: phoihop · 23/11/2026")
    assert (exported.layout.width, exported.layout.height) == (1920, 1080)
    assert exported.layout.annotations[-1].text == "Nguồn: phoihop · 23/11/2026"
    assert figures.title_of(exported).startswith(title)


def test_projector_note_and_map_grow_with_the_frame(con):
    df = queries.run(con, "province_ranking", **params_for("province_ranking"))
    page = maps.province_map_figure(df, "time", "vi", "Thời gian: 2024")
    shown = figures.presentation_figure(page, height=1080)

    def names(fig):
        return next(t for t in fig.data if t.meta == "names")

    assert names(shown).textfont.size > names(page).textfont.size
    assert len(names(shown).text) == len(names(page).text) == 63
    assert "font-size:22px" in shown.layout.title.text and "Thời gian: 2024" in shown.layout.title.text
    assert figures.title_of(page) == "Bản đồ hoạt động theo tỉnh"


def test_footnote_names_source_freshness_and_export_day():
    from datetime import date

    note = figures.footnote(1234, date(2026, 3, 13), date(2026, 11, 23), "vi")
    assert "1.234 bài báo" in note and "13/03/2026" in note and "23/11/2026" in note
    assert "1,234 local news articles" in figures.footnote(1234, date(2026, 3, 13), date(2026, 11, 23), "en")


def test_presentation_deck_and_grain_follow_the_filters():
    from datetime import date

    from dashboard import charts

    assert charts.MEMBERS not in charts.presentation_deck(Filters())
    assert charts.MEMBERS in charts.presentation_deck(Filters(cluster_id="khuyenhoc_dbsh_cum3"))
    assert charts.grain_for(Filters()) == "year"
    assert charts.grain_for(Filters(date_from=date(2024, 1, 1), date_to=date(2025, 12, 31))) == "month"
    assert charts.grain_for(Filters(date_from=date(2020, 1, 1), date_to=date(2025, 12, 31))) == "quarter"
    assert charts.grain_for(Filters(date_from=date(2015, 1, 1), date_to=date(2025, 12, 31))) == "year"


def _ranking(con, **filters) -> go.Figure:
    f = Filters(**filters)
    return figures.province_ranking_figure(
        queries.run(con, "province_ranking", **f.query_params()), "vi", f.describe(), top=charts.ranking_top(f)
    )


def _rows(fig: go.Figure) -> list[str]:
    return list(dict.fromkeys(y for trace in fig.data for y in trace.y))


def test_country_ranking_numbers_its_rows_and_says_how_many_of_how_many(con):
    df = figures.type_table(queries.run(con, "province_ranking", **Filters().query_params()), "province")
    fig = _ranking(con)
    rows = _rows(fig)
    active = int((df["events"] > 0).sum())
    assert len(rows) == 20 and 20 < active < 63
    assert f"20 tỉnh đầu trong {active} tỉnh có sự kiện (tổng số 63 tỉnh)" in fig.layout.title.text
    assert fig.layout.xaxis.title.text == "Sự kiện tỉnh tổ chức hoặc tham gia"  # the role counted
    counts = df["events"]
    for label in rows:  # "5. Cần Thơ": the rank is one more than the provinces with more events
        rank, name = label.split(". ", 1)
        assert int(rank) == 1 + int((counts > counts[name]).sum())
    totals = [counts[label.split(". ", 1)[1]] for label in rows]
    assert totals == sorted(totals, reverse=True)


def test_region_ranking_ranks_all_its_provinces_and_no_others(con):
    region = "Đồng bằng sông Hồng"
    fig = _ranking(con, region=region, topic="khuyen_hoc")
    members = con.execute("select province from provinces where region = ? and geography = 'legacy'", [region]).df()
    names = [label.split(". ", 1)[1] for label in _rows(fig)]
    assert sorted(names) == sorted(members["province"]) and len(names) == 11
    totals = [sum(trace.x[i] for trace in fig.data) for i in range(len(names))]
    assert 0 in totals and totals == sorted(totals, reverse=True)  # the idle ones too, last
    assert "Cả 11 tỉnh" in fig.layout.title.text and "không có sự kiện" in fig.layout.title.text


def test_a_region_report_ranks_provinces_by_count(con):
    from datetime import date

    from dashboard.report import content
    from dashboard.report.scope import Scope

    ask = charts.asker(lambda name, **params: queries.run(con, name, **params))
    region = "Đồng bằng sông Cửu Long"
    report = content.build(
        ask, Scope("region", region, region, "time"), date(2015, 1, 1), date(2026, 12, 31), "vi", date(2026, 1, 1)
    )
    ranking = next(s.figure for s in report.slides if s.title == "Xếp hạng tỉnh")
    rows = _rows(ranking)
    totals = [sum(trace.x[i] for trace in ranking.data) for i in range(len(rows))]
    assert len(rows) == 13 and totals == sorted(totals, reverse=True) and rows[0].startswith("1. ")


ROW_CHARTS = [c for c in CASES if c[2] in ("Xếp hạng tỉnh", "Theo vùng", "Activity by topic", "Chủ đề theo vùng")]
ROW_CHARTS.append(("program_periods", lambda df: figures.program_gantt_figure(df, "vi"), "Giai đoạn"))


def _drawn(con, query: str, build) -> go.Figure:
    """The chart as the pages draw it (the program chart with the page's 30 programs)."""
    params = {**params_for(query), **({"limit": 30} if query == "program_periods" else {})}
    return build(queries.run(con, query, **params))


def _row_labels(fig: go.Figure) -> list[str]:
    return [str(r) for r in (_rows(fig) if fig.data[0].type == "bar" else fig.data[0].y)]


@pytest.mark.parametrize(("query", "build", "title"), ROW_CHARTS, ids=[c[2] for c in ROW_CHARTS])
def test_every_row_is_labelled_on_the_projector_and_in_images(con, query, build, title):
    fig = _drawn(con, query, build)
    rows = len(_row_labels(fig))
    for shown in (figures.presentation_figure(fig), figures.export_figure(fig, "Nguồn: phoihop")):
        axis = shown.layout.yaxis
        assert (axis.type, axis.tickmode, axis.dtick) == ("category", "linear", 1) and axis.showticklabels is not False
        plot = shown.layout.height - shown.layout.margin.t - max(shown.layout.margin.b, figures._x_axis_px(shown))
        assert rows * axis.tickfont.size <= plot, (rows, axis.tickfont.size, plot)  # a line of its own per row
        assert axis.tickfont.size >= 16  # still read from the back of a hall


def _tick_texts(svg: str, axis: str) -> list[str]:
    found = re.findall(rf'<g class="{axis}">(.*?)</g>', svg)
    return [html.unescape(re.sub(r"<[^>]+>", "", text)) for text in found]


RENDERED = [c for c in ROW_CHARTS if c[2] in ("Xếp hạng tỉnh", "Theo vùng", "Chủ đề theo vùng", "Giai đoạn")]


@pytest.mark.slow
@pytest.mark.parametrize(("query", "build", "title"), RENDERED, ids=[c[2] for c in RENDERED])
def test_a_rendered_image_shows_every_row_label(con, query, build, title):
    """Drawn by plotly.js in Chromium (kaleido): the labels that reach the picture, not the ones asked for."""
    from dashboard import images

    fig = _drawn(con, query, build)
    projector = figures.presentation_figure(fig)
    projector.update_layout(width=figures.PRESENT_WIDTH)
    for shown in (projector, figures.export_figure(fig, "Nguồn: phoihop")):
        labels = _tick_texts(images.render(shown, "svg").decode("utf-8"), "ytick")
        assert sorted(labels) == sorted(label.replace("<br>", "") for label in _row_labels(fig))


def test_quarters_read_as_quarters(con):
    df = queries.run(con, "events_by_period", **{**params_for("events_by_period"), "grain": "quarter"})
    for lang, first in (("vi", "Quý "), ("en", "Q")):
        fig = figures.events_by_period_figure(df, "quarter", lang)
        axis = fig.layout.xaxis
        days = pd.to_datetime(pd.Series(axis.tickvals))
        assert list(axis.ticktext) == [f"{first}{(d.month - 1) // 3 + 1}/{d.year}" for d in days]
        hover = pd.to_datetime(pd.Series(fig.data[0].x))  # every bar says its own quarter on hover
        assert list(fig.data[0].hovertext) == [f"{first}{(d.month - 1) // 3 + 1}/{d.year}" for d in hover]
    assert not figures.events_by_period_figure(df, "month", "vi").layout.xaxis.ticktext  # months stay 01/2024


def test_many_quarters_are_labelled_once_a_year():
    """Twelve years of quarters: a label under each year's first quarter, not 48 slanted ones (unreadable, and
    fitting them was most of the timeline page's drawing); a few quarters keep a label each."""
    many = pd.date_range("2015-01-01", periods=48, freq="QS")
    df = pd.DataFrame({"period": many, "precision": "day", "event_type": "meeting", "events": 1})
    axis = figures.events_by_period_figure(df, "quarter", "vi").layout.xaxis
    assert len(axis.tickvals) == 12
    assert list(axis.ticktext) == [f"Quý 1/{year}" for year in range(2015, 2027)]
    few = df.head(6).assign(period=pd.date_range("2024-07-01", periods=6, freq="QS"))
    axis = figures.events_by_period_figure(few, "quarter", "vi").layout.xaxis
    assert list(axis.ticktext) == ["Quý 3/2024", "Quý 4/2024", "Quý 1/2025", "Quý 2/2025", "Quý 3/2025", "Quý 4/2025"]


def test_heatmap_names_central_events_as_the_bar_chart_does_and_counts_in_whole_numbers(con):
    df = queries.run(con, "topic_by_region", **params_for("topic_by_region"))
    assert (df["region"] == "—").any()
    fig = figures.topic_region_heatmap(df, "vi")
    axis = fig.layout.xaxis
    assert "Trung ương" in axis.tickvals and "—" not in axis.tickvals
    assert all(len(line) <= 12 for text in axis.ticktext for line in text.split("<br>"))  # no label on end
    colorbar = fig.layout.coloraxis.colorbar
    assert colorbar.tickformat == ",d" and colorbar.dtick == 1  # small counts: 0, 1, 2..., never 0,5
    big = figures.topic_region_heatmap(df.assign(events=df["events"] * 40), "vi").layout.coloraxis.colorbar
    assert big.tickformat == ",d"


LONG_NOTE = Filters(
    region="Bắc Trung Bộ và duyên hải miền Trung", topic="khuyen_hoc", event_type="agreement", search="hội khuyến học"
).describe()


def _note_lines(fig: go.Figure) -> list[tuple[int, str]]:
    return [(int(px), text) for px, text in re.findall(r"font-size:(\d+)px'>([^<]*)</span>", fig.layout.title.text)]


def test_the_filter_note_is_readable_and_wrapped_not_cut():
    df = pd.DataFrame({"region": ["Tây Nguyên", "—"], "event_type": ["agreement", "meeting"], "events": [3, 2]})
    page = figures.events_by_region_figure(df, "vi", LONG_NOTE)
    lines = _note_lines(page)
    assert len(lines) >= 2 and all(px >= 12 and len(text) <= figures.NOTE_CHARS for px, text in lines)
    assert " ".join(text for _, text in lines) == LONG_NOTE  # every word kept
    shown = figures.presentation_figure(page)
    assert " ".join(text for _, text in _note_lines(shown)) == LONG_NOTE
    assert all(px >= 22 for px, _ in _note_lines(shown)) and len(_note_lines(shown)) < len(lines)
    # The top margin holds the title, every note line and the legend row above the plot.
    needed = page.layout.title.font.size * 1.3 * (1 + len(lines)) + page.layout.font.size * 1.5
    assert page.layout.margin.t >= needed and page.layout.legend.y == 1 and page.layout.legend.yanchor == "bottom"


def test_a_note_part_longer_than_a_line_keeps_its_separator_at_its_end():
    # "· Thời gian" opening a line read as a stray mark on the programs chart
    note = "30 chương trình mới nhất trong 59.989 · Thanh: giai đoạn, tô màu theo tình trạng; dấu: các sự kiện"
    note += " · Thời gian: Toàn bộ · Theo thời điểm (63 tỉnh)"
    lines = figures.wrap_note(note, figures.NOTE_CHARS)
    assert " ".join(lines) == note
    assert not any(line.startswith("·") for line in lines)
    assert all(len(line) <= figures.NOTE_CHARS for line in lines)
    assert lines[0].endswith("59.989 ·") and lines[1].startswith("Thanh:")


def _months(first: str, last: str, data_to: str) -> pd.DataFrame:
    months = pd.date_range(first, last, freq="MS")
    return pd.DataFrame(
        {"month": months, "precision": "day", "event_type": "agreement", "events": 5, "data_to": pd.Timestamp(data_to)}
    )


def _hatched(fig: go.Figure) -> list[bool]:
    shapes = fig.data[0].marker.pattern.shape
    return [bool(x) for x in shapes] if shapes is not None else [False] * len(fig.data[0].x)


def test_a_month_the_data_stop_in_is_hatched_and_said_so():
    # the data run to 10 October: October's short column is not a fall in activity
    fig = figures.activity_by_month_figure(_months("2026-01-01", "2026-10-01", "2026-10-10"), "vi")
    assert _hatched(fig) == [False] * 9 + [True]
    assert "kỳ chưa trọn, số liệu đến 10/10/2026" in " ".join(text for _, text in _note_lines(fig))
    whole = figures.activity_by_month_figure(_months("2026-01-01", "2026-09-01", "2026-09-30"), "vi")
    assert not any(_hatched(whole)) and "chưa trọn" not in whole.layout.title.text


def test_quarters_a_filter_cuts_are_hatched_at_both_ends():
    df = _months("2024-03-01", "2025-02-01", "2026-10-10").rename(columns={"month": "period"})
    df["period"] = df["period"].dt.to_period("Q").dt.start_time
    df = df.groupby(["period", "precision", "event_type", "data_to"], as_index=False)["events"].sum()
    fig = figures.events_by_period_figure(df, "quarter", "en", since=date(2024, 3, 15), until=date(2025, 2, 28))
    assert _hatched(fig) == [True, False, False, False, True]
    assert "not complete, counts from 15/03/2024 to 28/02/2025" in " ".join(text for _, text in _note_lines(fig))


def test_program_chart_draws_the_newest_labelled_coloured_by_level_over_their_whole_periods(con):
    every = queries.run(con, "program_periods", **params_for("program_periods", None) | {"limit": 10_000})
    df = queries.run(con, "program_periods", **params_for("program_periods", None) | {"limit": 30})
    fig = figures.program_gantt_figure(df, "vi", "Thời gian: Toàn bộ")
    rows = _rows(fig)
    assert len(rows) == 30 == len(set(rows)) and fig.layout.yaxis.showticklabels is not False
    assert all(" · " in row and len(row) <= figures.LABEL_CHARS + 1 for row in rows)
    assert f"30 chương trình mới nhất trong {fmt_int(len(every), 'vi')}" in fig.layout.title.text
    assert "Màu: cấp của sự kiện" in fig.layout.title.text and fig.layout.showlegend
    assert {trace.name for trace in fig.data} <= {"Trung ương", "Liên tỉnh", "Tỉnh/thành", "Huyện", "Xã", "—"}
    start, end = (pd.Timestamp(x) for x in fig.layout.xaxis.range)
    assert start <= pd.Timestamp(int(df["period_start"].min()), 1, 1)
    assert end >= pd.Timestamp(int(df["period_end"].max()) + 1, 1, 1)  # the axis runs to the last program's end


STACKED = [
    ("events_by_month", lambda df: figures.activity_by_month_figure(df, "vi")),
    ("events_by_region", lambda df: figures.events_by_region_figure(df, "vi")),
    ("province_ranking", lambda df: figures.province_ranking_figure(df, "vi")),
    ("events_by_topic", lambda df: figures.events_by_topic_figure(df, "vi")),
    ("events_by_period", lambda df: figures.events_by_period_figure(df, "quarter", "vi")),
]


@pytest.mark.parametrize(("query", "build"), STACKED, ids=[s[0] for s in STACKED])
def test_each_segment_of_a_stacked_bar_names_its_event_type(con, query, build):
    fig = build(queries.run(con, query, **params_for(query)))
    assert {trace.name for trace in fig.data} == {"Ký kết", "Hội nghị"}
    for trace in fig.data:
        kind = {"Ký kết": "agreement", "Hội nghị": "meeting"}[trace.name]
        assert {tuple(c)[1] for c in trace.customdata} == {kind}


def test_a_cluster_timeline_of_one_day_names_each_day_once():
    df = pd.DataFrame(
        {
            "event_day": [pd.Timestamp("2023-06-27")],
            "event_type": ["meeting"],
            "pledge": [False],
            "how": ["named"],
            "events": [1],
            "title": ["Hội nghị cụm"],
            "place": ["Hà Nam"],
        }
    )
    fig = figures.cluster_timeline_figure(df, "vi")
    assert fig.layout.xaxis.dtick == 86_400_000  # plotly's default ticks repeat "27/06/2023" every few hours
    start, end = (pd.Timestamp(x) for x in fig.layout.xaxis.range)
    assert start < pd.Timestamp("2023-06-27") < end


# Text that came from an article, a record or a shared link, with plotly's pseudo-HTML in it.
HOSTILE = '<a href="http://evil.example/x">bấm</a><br><b>đậm</b> &amp;'
POISONED = ("title", "place", "province", "topic_name", "cluster")


def _shown_strings(fig: go.Figure) -> list[str]:
    """Every string plotly draws as text: the layout's and the traces' strings, and the customdata a
    hovertemplate shows (the rest of customdata is what a selection names, never drawn)."""
    out: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, dict):
            for key, item in value.items():
                if key != "customdata":
                    walk(item)
        elif isinstance(value, list | tuple):
            for item in value:
                walk(item)
        elif hasattr(value, "tolist"):
            walk(value.tolist())

    spec = fig.to_plotly_json()
    walk(spec["layout"])
    for trace in spec["data"]:
        walk(trace)
        shown = {int(i) for i in re.findall(r"%\{customdata\[(\d+)\]\}", str(trace.get("hovertemplate") or ""))}
        for row in trace.get("customdata", []) if trace.get("customdata") is not None else []:
            walk([row[i] for i in shown])
    return out


@pytest.mark.parametrize(("query", "build", "title"), [c for c in CASES if c[2] != "Bản đồ"])
def test_untrusted_text_is_drawn_as_written_never_as_markup(con, query, build, title):
    """A crawled title with `<a href>` used to become a link in the program chart: every label, hover text and
    note shows such text escaped (plotly turns &lt; back into <), whatever column it came in."""
    df = queries.run(con, query, **params_for(query))
    for column in POISONED:
        if column in df and df[column].dtype == object:
            df[column] = [HOSTILE + str(v) for v in df[column]]
    fig = build(df)
    figures.apply_theme(fig, title, note=f"Tìm kiếm: {HOSTILE}")
    shown = _shown_strings(fig)
    assert not [s for s in shown if "<a " in s or "<b>đậm" in s], query
    assert any("&lt;/a&gt;&lt;br&gt;" in s for s in shown)  # the text is there, as words
    assert figures.title_of(figures.apply_theme(go.Figure(), HOSTILE)) == HOSTILE  # a slide's heading: plain text
    present = figures.presentation_figure(fig)
    assert not [s for s in _shown_strings(present) if "<a " in s]
    assert "&lt;/a&gt;" in present.layout.title.text and "&amp;lt;" not in present.layout.title.text  # once


def test_no_chart_sends_a_typed_array(con):
    """Every chart's numbers as plain JSON numbers, none as a base64 typed array: plotly.js decodes a typed array
    into the figure it was handed, so Streamlit's second pass (the drawn figure handed back) redraws the whole
    chart; the province map was drawn twice on every switch to its page."""
    ask = charts.asker(lambda name, **params: queries.run(con, name, **params))
    for f in (Filters(lang="vi"), Filters(lang="en", geography="current")):
        for chart in [c for c in vars(charts).values() if isinstance(c, charts.Chart)]:
            fig = chart.build(ask, f)
            if fig is not None:
                assert '"bdata"' not in pio.to_json(fig, validate=False), chart.key


def _ids(spec: object) -> list[str]:
    """Paths of every object (dict) in a figure's JSON: what plotly.js compares by identity when it is not text."""
    out: list[str] = []
    if isinstance(spec, dict):
        for key, value in spec.items():
            if isinstance(value, dict):
                out.append(key)
            out += [f"{key}.{p}" for p in _ids(value)]
    return out


@pytest.mark.parametrize(("query", "build", "title"), CASES, ids=[c[2] for c in CASES])
def test_browser_figure_is_drawn_once(con, query, build, title):
    """Streamlit hands plotly.js a deep copy of a chart right after its first draw: a template object, an object
    in layout.meta or data with no revision read as changed and the chart was computed again. The figure sent
    has none of these, and the selection modes Streamlit would set; the figure it came from is not changed."""
    df = queries.run(con, query, **params_for(query))
    fig = build(df)
    before = pio.to_json(fig, validate=False)
    sent = json.loads(pio.to_json(figures.for_browser(fig), validate=False))
    assert pio.to_json(fig, validate=False) == before
    layout = sent["layout"]
    if all(t.get("type", "scatter") in figures.CARTESIAN_TRACES for t in sent["data"]):
        assert layout.get("template") is None
    assert not isinstance(layout.get("meta"), dict | list)
    assert isinstance(layout.get("datarevision"), str)
    assert {k: layout.get(k) for k in figures.SELECTION_LAYOUT} == {
        k: layout.get(k) or v for k, v in figures.SELECTION_LAYOUT.items()
    }
    assert figures.for_browser(build(df)).to_dict()["layout"]["datarevision"] == layout["datarevision"]  # stable


@pytest.mark.parametrize(("query", "build", "title"), CASES, ids=[c[2] for c in CASES])
def test_a_figure_is_sent_as_the_same_text_its_dict_made_once(con, query, build, title):
    """Streamlit asks a figure for its dict at every run that draws it (plotly.tools'
    return_figure_from_figure_or_data, then plotly.io.to_json, as st.plotly_chart does): a sendable figure
    answers with one dict made once, and the text sent is the figure's own."""
    import plotly.tools

    fig = figures.for_browser(build(queries.run(con, query, **params_for(query))))
    own = pio.to_json(plotly.tools.return_figure_from_figure_or_data(fig, validate_figure=True), validate=False)
    sent = figures.sendable(fig)
    first = plotly.tools.return_figure_from_figure_or_data(sent, validate_figure=True)
    assert pio.to_json(first, validate=False) == own
    assert figures.sendable(fig) is sent
    assert plotly.tools.return_figure_from_figure_or_data(sent, validate_figure=True) is first  # not made again
    assert pio.to_json(first, validate=False) == own  # writing it as JSON changed nothing


def test_streamlit_draws_a_sendable_figure_as_the_figure_itself():
    """The chart element st.plotly_chart makes of a sendable figure is the one it makes of the figure."""
    from streamlit.testing.v1 import AppTest

    def app():
        import plotly.graph_objects as go
        import streamlit as st

        from dashboard import figures

        fig = figures.for_browser(go.Figure(go.Bar(x=["Hà Nội", "Huế"], y=[3, 1], customdata=[["a"], ["b"]])))
        st.plotly_chart(fig, key="own", on_select="rerun")
        st.plotly_chart(figures.sendable(fig), key="sent", on_select="rerun")

    at = AppTest.from_function(app).run()
    own, sent = (c.proto for c in at.get("plotly_chart"))
    assert own.spec == sent.spec and own.config == sent.config


@pytest.mark.parametrize(("query", "build", "title"), CASES, ids=[c[2] for c in CASES])
def test_browser_figure_draws_its_tick_labels_unchecked(con, query, build, title):
    """plotly.js measures each label of a count or date axis against the chart's edge, a forced layout of the
    whole page a label (17-25 ms of the browser's CPU at a filter change on the Vùng và tỉnh page), to hide any that crosses it; the
    reserved margins leave none that does (tests/test_browser.py checks it on the pages), so every axis of the
    figure sent says "allow" and plotly.js measures nothing. The projector's and the images' copies keep plotly's
    check: their larger type runs past the margins."""
    df = queries.run(con, query, **params_for(query))
    fig = figures.for_browser(build(df))
    sent = fig.to_dict()
    axes = {k: v for k, v in sent["layout"].items() if re.fullmatch(r"[xy]axis\d*", k)}
    assert axes and {k: v.get("ticklabeloverflow") for k, v in axes.items()} == dict.fromkeys(axes, "allow")
    # the projector's and the image's larger type may cross the frame's edge: plotly.js hides such a label there
    for big in (figures.presentation_figure(fig), figures.export_figure(fig, "note")):
        assert "ticklabeloverflow" not in big.to_json()


def test_browser_map_keeps_its_spec_for_a_larger_frame(con):
    """The map's spec rides in layout.meta as text; the projector and image export still set the map out again."""
    df = queries.run(con, "province_ranking", **params_for("province_ranking"))
    sent = figures.for_browser(maps.province_map_figure(df, "time", "vi"))
    assert maps.is_province_map(sent)
    exported = figures.export_figure(sent, "note")
    assert maps.is_province_map(exported)
    assert exported.layout.datarevision != sent.layout.datarevision  # its traces were set out again


def test_the_dashboard_draws_without_plotly_express():
    """Every chart is built with graph_objects: plotly express took ~40 ms of the topic heatmap's ~60 on each
    filter change (and ~70 ms a bar chart before), time a viewer waits for. Its module is never even loaded."""
    import subprocess
    import sys

    code = "import sys, dashboard.charts, dashboard.figures, dashboard.maps; print('plotly.express' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "False", out.stderr


def test_the_theme_is_set_without_plotlys_update_machinery(monkeypatch):
    """apply_theme runs on every chart of a rerun: update_layout resolved its nested title and legend through
    plotly's path machinery (~3 ms a call, twice a chart), so the theme is set a property at a time."""

    def refused(self, *args, **kwargs):
        raise AssertionError("update_layout called")

    fig = go.Figure(go.Bar(x=[1, 2], y=["a", "b"], orientation="h", name="x"))
    monkeypatch.setattr(go.Figure, "update_layout", refused)
    figures.apply_theme(fig, "Tiêu đề", "Vùng: Tây Nguyên", lang="vi")
    assert fig.layout.title.text.startswith("<b>Tiêu đề</b>")


def test_set_layout_writes_what_update_layout_writes():
    """The same figure either way: nested settings merged into what the figure has, a None emptied."""
    settings = {
        "font": {"size": 13, "color": "#222"},
        "margin": {"l": 10, "t": 80},
        "legend": {"orientation": "h", "x": 1, "title": None},
        "title": {"text": "<b>T</b>", "pad": {"t": 26}, "font": {"size": 18}},
        "separators": ",.",
        "height": 400,
    }

    def drawn() -> go.Figure:
        fig = go.Figure(go.Bar(x=[1, 2], y=[3, 4], name="a"))
        fig.update_layout(legend_traceorder="normal", margin={"r": 5}, font={"family": "Noto Sans"})
        return fig

    expected, got = drawn(), drawn()
    expected.update_layout(**settings)
    figures.set_layout(got, **settings)
    assert got.to_plotly_json() == expected.to_plotly_json()
    assert got.layout.legend.title.to_plotly_json() == {}


@pytest.mark.parametrize(
    "frame",
    [
        pd.DataFrame(
            {
                "region": ["b", "a", "a", None, "c", "a"],
                "event_type": ["meeting", "agreement", "meeting", "meeting", "agreement", "meeting"],
                "events": [1, 2, 3, 4, 5, 6],
            }
        ),
        pd.DataFrame({"region": ["a"], "event_type": ["meeting"], "events": [2.0]}),
        pd.DataFrame({"region": pd.Series([], dtype=object), "event_type": [], "events": []}),
    ],
)
def test_counts_table_is_the_pivot_table(frame):
    """The charts' counts by category and type, from a group-by (pivot_table was a third of a bar chart's time):
    the same table, categories and types sorted, 0 where none, rows without a category left out."""
    expected = frame.pivot_table(index="region", columns="event_type", values="events", aggfunc="sum", fill_value=0)
    pd.testing.assert_frame_equal(figures.counts_table(frame, "region", "event_type"), expected)


def test_bar_charts_are_built_without_plotlys_update_machinery(monkeypatch):
    """The stacked bars, their count axis and the theme are set a property at a time: update_layout and
    update_*axes resolve every key through plotly's path machinery (1–3 ms a call, several a chart)."""
    df = pd.DataFrame(
        {
            "region": ["Tây Nguyên", "—"],
            "topic": ["giao_duc", "y_te"],
            "topic_name": ["Giáo dục", "Y tế"],
            "event_type": ["meeting", "agreement"],
            "events": [3, 1],
        }
    )
    expected = [figures.events_by_region_figure(df, "vi", "n"), figures.events_by_topic_figure(df, "vi", "n")]

    def refused(self, *args, **kwargs):
        raise AssertionError("plotly's update machinery called")

    for name in ("update_layout", "update_xaxes", "update_yaxes"):
        monkeypatch.setattr(go.Figure, name, refused)
    got = [figures.events_by_region_figure(df, "vi", "n"), figures.events_by_topic_figure(df, "vi", "n")]
    assert [g.to_plotly_json() for g in got] == [e.to_plotly_json() for e in expected]


# The charts a filter change on the dashboard's pages builds anew (the clusters page's are built for one cluster).
PAGE_CHARTS = [
    "events_by_month",
    "events_by_region",
    "province_ranking",
    "events_by_topic",
    "topic_by_region",
    "events_by_period",
    "program_periods",
    "programs_in_force",
]


@pytest.mark.parametrize(
    ("query", "build"),
    [(q, b) for q, b, _ in CASES if q in PAGE_CHARTS],
    ids=[title for q, _, title in CASES if q in PAGE_CHARTS],
)
def test_page_charts_are_built_without_plotlys_update_machinery(con, monkeypatch, query, build):
    """A filter change builds every chart of the page anew: their layouts are set a property at a time
    (figures.set_layout), the same figure as update_layout and update_*axes made at 1–3 ms a call."""
    df = queries.run(con, query, **params_for(query))
    expected = json.loads(build(df).to_json())

    def refused(self, *args, **kwargs):
        raise AssertionError("plotly's update machinery called")

    for name in ("update_layout", "update_xaxes", "update_yaxes", "update_coloraxes"):
        monkeypatch.setattr(go.Figure, name, refused)
    assert json.loads(build(df).to_json()) == expected


def test_bar_traces_are_taken_as_built_not_validated_again(monkeypatch):
    """The stacked bars' traces are plain lists made here: plotly's validation walked every value and every
    [category, type] pair again (a third of a bar chart's building). The figure is the validated one all the same."""
    import _plotly_utils.basevalidators as validators

    months = pd.date_range("2020-01-01", periods=60, freq="MS")
    df = pd.DataFrame(
        {
            "month": list(months) * 2,
            "event_type": ["meeting"] * 60 + ["agreement"] * 60,
            "events": list(range(120)),
            "precision": ["day"] * 120,
        }
    )
    walked = []
    original = validators.to_scalar_or_list
    monkeypatch.setattr(validators, "to_scalar_or_list", lambda v: walked.append(1) or original(v))
    fig = figures.activity_by_month_figure(df, "vi", "n")
    assert len(walked) < 200  # a few layout lists, not the bars' 120 values, 120 categories and 240 pairs
    monkeypatch.undo()
    validated = json.loads(go.Figure(fig).to_json())["data"]  # every value validated, as plotly would make it
    assert json.loads(fig.to_json())["data"] == validated


@pytest.mark.parametrize(
    ("query", "build"),
    [
        ("program_periods", lambda df: figures.program_gantt_figure(df, "vi", "n")),
        ("programs_list", lambda df: figures.program_lines_figure(df, "vi", "n")),
    ],
    ids=["periods", "lines"],
)
def test_program_traces_are_taken_as_built_not_validated_again(con, monkeypatch, query, build):
    """The programs' bars and marks are plain values made here: validating them again walked every value and
    every row of their hover data (a third of the Programs page's chart). The data are the validated ones."""
    import _plotly_utils.basevalidators as validators

    df = queries.run(con, query, **params_for(query))
    walked = []
    original = validators.to_scalar_or_list
    monkeypatch.setattr(validators, "to_scalar_or_list", lambda v: walked.append(1) or original(v))
    fig = build(df)
    monkeypatch.undo()
    assert len(walked) < len(df)  # the layout's few lists, not each row's values and hover data (~7 a row)
    assert json.loads(fig.to_json())["data"] == json.loads(go.Figure(fig).to_json())["data"]


def test_time_columns_are_written_as_text_not_timestamps():
    """A month's or period's column is given as the text plotly writes for a time ("2020-01-01T00:00:00"): each
    copy of the figure (for the browser, by Streamlit on every rerun) copied each Timestamp object, half of the
    month chart's time there. The same JSON."""
    months = pd.date_range("2020-01-01", periods=3, freq="MS")
    df = pd.DataFrame({"month": months, "event_type": "meeting", "events": [1, 2, 3], "precision": "day"})
    fig = figures.activity_by_month_figure(df, "vi")
    assert list(fig.data[0].x) == ["2020-01-01T00:00:00", "2020-02-01T00:00:00", "2020-03-01T00:00:00"]
    assert (
        json.loads(fig.to_json())["data"][0]["x"] == json.loads(pio.to_json({"x": list(months)}, validate=False))["x"]
    )


def test_a_reversed_category_axis_is_sent_as_its_categories_reversed(con):
    """plotly.js writes an axis drawn reversed back into the figure it was given (`autorange: true` and a reversed
    range), so Streamlit's copy of the figure, handed over after the first draw to set the chart's width, read as
    changed and the chart was drawn a second time. The figure sent gives the categories in reverse order on an
    axis that is not reversed: each bar where it was (pixel-identical in Chromium), nothing for plotly to write."""
    df = queries.run(con, "events_by_region", **params_for("events_by_region"))
    fig = figures.events_by_region_figure(df, "vi")
    sent = figures.for_browser(fig).to_dict()["layout"]["yaxis"]
    assert "autorange" not in sent
    assert sent["categoryorder"] == "array"
    assert list(sent["categoryarray"]) == list(fig.data[0].y)[::-1]  # the first region still on top
    assert fig.layout.yaxis.autorange == "reversed"  # the figure it came from is not changed (the report's, images')


def test_a_reversed_axis_that_reversing_would_change_stays_reversed():
    """Bars side by side in a category flip their order with the axis, and a heatmap is left as it is: those
    axes are sent reversed, as built."""
    axis = {"autorange": "reversed", **figures.EVERY_CATEGORY}
    grouped = go.Figure(
        [go.Bar(y=["a", "b"], x=[1, 2], orientation="h"), go.Bar(y=["a", "b"], x=[3, 4], orientation="h")],
        layout={"barmode": "group", "yaxis": axis},
    )
    heat = go.Figure([go.Heatmap(z=[[1, 2], [3, 4]], y=["a", "b"], x=["c", "d"])], layout={"yaxis": axis})
    for fig in (grouped, heat):
        assert figures.for_browser(fig).to_dict()["layout"]["yaxis"]["autorange"] == "reversed"


def test_the_map_narrows_a_domain_rather_than_widening_a_range(con):
    """Where the chart's shape is not the frame's, plotly.js keeps the map's scale by narrowing an axis's domain,
    centred: a widened range (its default) was written back into the figure it was given, and Streamlit's copy
    then drew the whole map a second time at about one filter change in two. The picture is the same (sub-pixel
    anti-aliasing apart): the map has no background."""
    df = queries.run(con, "province_ranking", **params_for("province_ranking"))
    layout = figures.for_browser(maps.province_map_figure(df, "time", "vi")).to_dict()["layout"]
    for axis in ("xaxis", "yaxis"):
        assert (layout[axis]["constrain"], layout[axis]["type"]) == ("domain", "linear")
