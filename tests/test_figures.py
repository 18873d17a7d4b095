"""Figure builders on real query results, without Streamlit."""

from __future__ import annotations

import plotly.graph_objects as go
import pytest

import queries
from dashboard import figures
from dashboard.filter_model import Filters
from tests.test_queries import params_for

CASES = [
    ("events_by_month", lambda df: figures.activity_by_month_figure(df, "vi", "note"), "Hoạt động theo tháng"),
    ("events_by_region", lambda df: figures.events_by_region_figure(df, "vi"), "Theo vùng"),
    ("events_by_province", lambda df: figures.events_by_province_figure(df, "vi"), "Xếp hạng tỉnh"),
    ("events_by_province", lambda df: figures.province_map_figure(df, "time", "vi"), "Bản đồ"),
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
    assert fig.layout.separators == ",."  # Vietnamese: 1.234,5
    assert len(fig.data) >= 1


def test_map_covers_every_province_of_each_geography(con):
    for geography, n in (("time", 63), ("current", 34)):
        df = queries.run(con, "events_by_province", **Filters(geography=geography).query_params())
        fig = figures.province_map_figure(df, geography)
        trace = fig.data[0]
        assert len(trace.locations) == n
        assert fig.layout.map.style == "white-bg"  # no tiles fetched from the network
        counts = dict(zip(trace.locations, trace.z, strict=True))
        assert sum(counts.values()) == df["events"].sum()  # every event is drawn somewhere
        for row in df.groupby("map_province")["events"].sum().items():
            assert counts[row[0]] == row[1]


def test_region_chart_counts_what_the_query_counts(con):
    df = queries.run(con, "events_by_region", **Filters().query_params())
    fig = figures.events_by_region_figure(df, "vi")
    assert sum(sum(trace.x) for trace in fig.data) == df["events"].sum()
    assert "Trung ương" in {y for trace in fig.data for y in trace.y}  # central events have no region
