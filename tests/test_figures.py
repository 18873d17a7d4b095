"""Figure builders on real query results, without Streamlit."""

from __future__ import annotations

import plotly.graph_objects as go
import pytest

import queries
from dashboard import figures, maps
from dashboard.filter_model import Filters
from tests.test_queries import params_for

CASES = [
    ("events_by_month", lambda df: figures.activity_by_month_figure(df, "vi", "note"), "Hoạt động theo tháng"),
    ("events_by_region", lambda df: figures.events_by_region_figure(df, "vi"), "Theo vùng"),
    ("events_by_province", lambda df: figures.events_by_province_figure(df, "vi"), "Xếp hạng tỉnh"),
    ("events_by_province", lambda df: maps.province_map_figure(df, "time", "vi"), "Bản đồ"),
    ("cluster_member_activity", lambda df: figures.cluster_members_figure(df, "vi"), "Hoạt động của các thành viên"),
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
        df = queries.run(con, "events_by_province", **Filters(geography=geography).query_params())
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
    ("events_by_province", lambda df, lang: figures.events_by_province_figure(df, lang)),
    ("events_by_province", lambda df, lang: maps.province_map_figure(df, "time", lang)),
    ("cluster_member_activity", lambda df, lang: figures.cluster_members_figure(df, lang)),
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
    df = queries.run(con, "events_by_province", **params_for("events_by_province"))
    page = maps.province_map_figure(df, "time", "vi", "Thời gian: 2024")
    shown = figures.presentation_figure(page, height=1080)

    def names(fig):
        return next(t for t in fig.data if t.meta == "names")

    assert names(shown).textfont.size > names(page).textfont.size
    assert len(names(shown).text) == len(names(page).text) == 63
    assert "font-size:20px" in shown.layout.title.text and "Thời gian: 2024" in shown.layout.title.text
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
