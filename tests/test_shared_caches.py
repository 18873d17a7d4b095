"""What a session can take from another instead of working it out again: chart figures shared by every
session of a process (ui.shared_figure), and the default view warmed at server start (warm.py), so neither the
first visitor nor the thirtieth viewer of the same filters pays for building a figure."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from streamlit.testing.v1 import AppTest

from dashboard import figures, ui, warm
from tests.conftest import ROOT

APP = str(ROOT / "dashboard" / "app.py")


def _counting(builder: str, warehouse, monkeypatch) -> Iterator[list[str]]:
    """A figure builder of `figures`, counting its calls (the language of each); the shared caches emptied first."""
    monkeypatch.setenv("PHOIHOP_DB", str(warehouse))
    ui._figure.clear()
    built: list[str] = []
    real = getattr(figures, builder)

    def counting(df, lang, *args, **kwargs):
        built.append(lang)
        return real(df, lang, *args, **kwargs)

    monkeypatch.setattr(figures, builder, counting)
    yield built
    ui._figure.clear()


@pytest.fixture()
def topic_figures_built(warehouse, monkeypatch) -> Iterator[list[str]]:
    """The topic chart's builder, counting its calls."""
    yield from _counting("events_by_topic_figure", warehouse, monkeypatch)


def _topics_page() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60).run()
    at.switch_page("app_pages/topics.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_a_second_session_with_the_same_filters_builds_no_figure(topic_figures_built):
    _topics_page()
    assert topic_figures_built == ["vi"]
    _topics_page()  # another viewer, same filters: the first session's figure
    assert topic_figures_built == ["vi"]
    at = _topics_page()
    at.sidebar.selectbox(key="f_province").set_value("Nghệ An").run()  # a filter that changes the chart
    assert not at.exception
    assert topic_figures_built == ["vi", "vi"]


def test_the_warm_up_builds_the_default_view_before_the_first_visitor(topic_figures_built):
    assert warm.warm() > 0
    assert topic_figures_built == ["vi", "en"]  # both languages' default views
    _topics_page()
    assert topic_figures_built == ["vi", "en"]  # the first visitor builds nothing


def test_the_preloaded_chart_module_is_the_one_streamlits_entry_imports():
    """The preloader names Streamlit's plotly module by its file (hashed per release): the file exists and
    Streamlit's entry module imports it by that name, so the preload is the very module a chart asks for."""
    from dashboard import preload

    chunk = preload.plotly_chunk()
    assert chunk is not None and (preload.STATIC_JS / chunk).is_file()
    assert any(chunk in entry.read_text() for entry in preload.STATIC_JS.glob("index.*.js"))
    assert f'new URL("{chunk}", ' in preload.script(chunk)


@pytest.fixture()
def program_lines_built(warehouse, monkeypatch) -> Iterator[list[str]]:
    """The Programs page's timeline builder, counting its calls."""
    yield from _counting("program_lines_figure", warehouse, monkeypatch)


def test_the_programs_timeline_is_built_once_per_filters_and_search(program_lines_built):
    """A switch back to the Programs page, or another viewer's visit, builds no timeline again (it took 100 ms
    of each visit); a search is a figure of its own; the warm-up's unsearched timeline is the first visitor's."""
    assert warm.warm() > 0
    assert program_lines_built == ["vi", "en"]
    at = AppTest.from_file(APP, default_timeout=60).run()
    at.switch_page("app_pages/programs.py").run()
    assert not at.exception, [e.value for e in at.exception]
    assert len(at.get("plotly_chart")) == 1
    at.switch_page("app_pages/overview.py").run()
    at.switch_page("app_pages/programs.py").run()
    assert program_lines_built == ["vi", "en"]
    at.text_input(key="pg_search").input("Nghệ An").run()
    assert not at.exception, [e.value for e in at.exception]
    assert program_lines_built == ["vi", "en", "vi"]


def test_the_programs_list_and_its_timeline_are_one_query_per_filters(warehouse, monkeypatch):
    """The timeline draws the list's first programs from the list's own rows (programs_list carries their lines):
    a filter change runs the programs' scope for the list and the timeline once, not once each (a third of the
    page's server time at 1M events)."""
    import queries
    from dashboard import charts, data

    assert charts.PROGRAMS_LISTED == ui.TABLE_LIMIT  # the list as long as the page's other tables
    monkeypatch.setenv("PHOIHOP_DB", str(warehouse))
    ran: list[str] = []
    real = queries.run
    monkeypatch.setattr(queries, "run", lambda con, name, *a, **k: ran.append(name) or real(con, name, *a, **k))
    at = AppTest.from_file(APP, default_timeout=60).run()
    data._rows.clear()  # nothing asked before: the page's own queries
    ui._figure.clear()
    ui._table.clear()
    ran.clear()
    at.switch_page("app_pages/programs.py").run()
    assert not at.exception, [e.value for e in at.exception]
    assert len(at.get("plotly_chart")) == 1  # the timeline drawn
    assert ran.count("programs_list") == 1 and "program_lines" not in queries.registry()


def test_the_map_and_the_province_ranking_are_one_query_per_filters(warehouse, monkeypatch):
    """The map draws every row of province_ranking, the ranking its `ranked` ones (the chosen region's): a filter
    change counts the provinces' events once for both charts of the Vùng và tỉnh page."""
    import queries
    from dashboard import data

    monkeypatch.setenv("PHOIHOP_DB", str(warehouse))
    ran: list[str] = []
    real = queries.run
    monkeypatch.setattr(queries, "run", lambda con, name, *a, **k: ran.append(name) or real(con, name, *a, **k))
    at = AppTest.from_file(APP, default_timeout=60).run()
    data._rows.clear()
    ui._figure.clear()
    ran.clear()
    at.switch_page("app_pages/regions.py").run()
    assert not at.exception, [e.value for e in at.exception]
    assert len(at.get("plotly_chart")) == 3  # the map, the regions, the provinces
    assert ran.count("province_ranking") == 1 and "events_by_province" not in queries.registry()


def test_the_warm_up_builds_no_chart_about_one_cluster_when_none_is_chosen(warehouse, monkeypatch):
    """With no cluster chosen the clusters page draws none of its cluster's charts, and their queries would ask
    for every event (the meetings' timeline: a point a day and type of all of them): the start does not build them."""
    monkeypatch.setenv("PHOIHOP_DB", str(warehouse))
    ui._figure.clear()
    built: list[str] = []
    for name in ("cluster_timeline_figure", "cluster_activity_figure", "cluster_comparison_figure"):
        monkeypatch.setattr(figures, name, lambda *args, name=name, **kwargs: built.append(name))
    try:
        assert warm.warm() > 0
        assert built == []
        assert all(not c.key.startswith("cluster") for c in warm.charts_of(warm.default_views()[0]))
    finally:
        ui._figure.clear()


def test_the_programs_tables_are_made_once_for_every_viewer(warehouse, monkeypatch):
    """The Programs page's two tables in words (2,000 rows) are made at the start and shared: a visit, a switch
    back or another viewer makes none; a search makes its own list."""
    from dashboard import program_tables

    monkeypatch.setenv("PHOIHOP_DB", str(warehouse))
    ui._table.clear()
    made: list[str] = []
    for name in ("due_table", "programs_table"):
        real = getattr(program_tables, name)
        monkeypatch.setattr(
            program_tables, name, lambda df, lang, real=real, name=name: made.append(name) or real(df, lang)
        )
    try:
        assert warm.warm() > 0
        assert sorted(made) == ["due_table", "due_table", "programs_table", "programs_table"]  # vi and en
        made.clear()
        for _ in range(2):  # two viewers
            at = AppTest.from_file(APP, default_timeout=60).run()
            at.switch_page("app_pages/programs.py").run()
            assert not at.exception, [e.value for e in at.exception]
            assert len(at.dataframe) >= 2
            at.switch_page("app_pages/overview.py").run()
            at.switch_page("app_pages/programs.py").run()
        assert made == []
        at.text_input(key="pg_search").input("Nghệ An").run()
        assert made == ["programs_table"]
    finally:
        ui._table.clear()


def test_a_filter_change_works_out_no_drop_down_list_again(warehouse, monkeypatch):
    """The sidebar's lists (regions, provinces, clusters, topics) are worked out once per warehouse, geography,
    region and language for every session: a filter change or another viewer works out none again, a region
    chosen works out its own provinces."""
    from dashboard import sidebar

    monkeypatch.setenv("PHOIHOP_DB", str(warehouse))
    sidebar._choices.clear()
    made: list[str] = []
    real = sidebar._option_rows
    monkeypatch.setattr(sidebar, "_option_rows", lambda widget, *args: made.append(widget.kind) or real(widget, *args))
    try:
        at = AppTest.from_file(APP, default_timeout=60).run()
        assert not at.exception, [e.value for e in at.exception]
        assert sorted(made) == ["cluster", "province", "region", "topic"]
        made.clear()
        at.sidebar.selectbox(key="f_province").set_value("Hà Nội").run()
        at.sidebar.selectbox(key="f_event_type").set_value("meeting").run()
        AppTest.from_file(APP, default_timeout=60).run()  # another viewer
        assert made == []
        at.sidebar.selectbox(key="f_region").set_value("Tây Nguyên").run()
        assert not at.exception, [e.value for e in at.exception]
        assert made == ["province"]  # the region's own provinces
    finally:
        sidebar._choices.clear()


def test_a_pages_queries_run_side_by_side(warehouse, monkeypatch):
    """The overview starts its queries together (ui.prefetch), each in a thread of its own, and reads each where
    it shows it: DuckDB runs them side by side, where one after another each waited for the last. The page
    shows the same figures as when each is asked in turn."""
    import threading

    import queries
    from dashboard import data

    monkeypatch.setenv("PHOIHOP_DB", str(warehouse))
    ran: dict[str, str] = {}
    real = queries.run

    def recording(con, name, *known, **params):
        ran[name] = threading.current_thread().name
        return real(con, name, *known, **params)

    monkeypatch.setattr(queries, "run", recording)
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception, [e.value for e in at.exception]
    before = [m.value for m in at.metric]
    ran.clear()
    at.sidebar.selectbox(key="f_province").set_value("Ninh Bình").run()
    assert not at.exception, [e.value for e in at.exception]
    page = {"headline_figures", "programs_due_count", "events_by_month", "latest_events"}
    assert page <= set(ran), ran
    assert any(ran[name].startswith("phoihop-query") for name in page), ran
    at.sidebar.selectbox(key="f_province").set_value("*").run()
    assert [m.value for m in at.metric] == before  # the same figures as the first run's
    data._rows.clear()


def test_a_querys_rows_are_shared_not_read_back_and_stay_the_cache_s(warehouse, monkeypatch):
    """A cached query's rows are kept as the frame and handed out as a frame of their own over the same columns
    (st.cache_data pickled them and read them back at every use: 5-10 ms of each rerun for a page's queries);
    pandas copies on write, so what one caller changes, the next caller does not see."""
    import numpy as np

    from dashboard import data
    from dashboard.filter_model import Filters

    monkeypatch.setenv("PHOIHOP_DB", str(warehouse))
    data._rows.clear()
    params = Filters().query_params()
    first = data.query("events_by_region", **params)
    second = data.query("events_by_region", **params)
    assert first is not second and np.shares_memory(first["events"].to_numpy(), second["events"].to_numpy())
    kept = second.copy()
    first.loc[first.index[0], "events"] = -1
    first["added"] = 1
    assert data.query("events_by_region", **params).equals(kept)
    data._rows.clear()


def test_a_derived_value_is_looked_up_once_per_warehouse(con):
    """A province's bit is looked up once and read again by the next queries under it (queries.run's `known`),
    not looked up by each (a query of its own, 1-2 ms a query of a page)."""
    import queries
    from dashboard.filter_model import Filters

    known: dict[tuple, object] = {}
    params = Filters(province="Hà Nội").query_params()
    ha_noi = int(queries.run(con, "events_count", known, **params)["events"].iloc[0])
    ((memo, bit),) = known.items()
    assert memo == ("province_bit", (("geography", "time"), ("province", "Hà Nội"))) and bit is not None
    elsewhere = int(queries.run(con, "events_count", **Filters(province="Cà Mau").query_params())["events"].iloc[0])
    known[memo] = con.execute(
        queries.derived()["province_bit"], {"geography": "time", "province": "Cà Mau"}
    ).fetchone()[0]
    assert int(queries.run(con, "events_count", known, **params)["events"].iloc[0]) == elsewhere != ha_noi


def test_chart_images_words_and_the_sidebars_clusters_are_worked_out_once(warehouse, monkeypatch):
    """What is the same for every chart and rerun, the images' footnote and mark and whether a browser can draw
    them, and the clusters' networks and labels the sidebar reads, are worked out once per warehouse version
    (and language, and day), not for each chart or at each filter change (2-4 ms a chart, 2-3 ms a rerun)."""
    import pandas as pd

    from dashboard import images, sidebar

    monkeypatch.setenv("PHOIHOP_DB", str(warehouse))
    ui._image_words.cache_clear()
    sidebar._clusters.clear()
    looked: list[bool] = []
    real_available, real_set_index = images.available, pd.DataFrame.set_index
    monkeypatch.setattr(images, "available", lambda: looked.append(True) or real_available())
    picked: list[bool] = []

    def set_index(frame, keys, *args, **kwargs):
        if keys == "value" and {"kind", "parent", "label"} <= set(frame.columns):  # the sidebar's options
            picked.append(True)
        return real_set_index(frame, keys, *args, **kwargs)

    monkeypatch.setattr(pd.DataFrame, "set_index", set_index)
    try:
        at = AppTest.from_file(APP, default_timeout=60).run()
        for province in ("Hà Nội", "Cà Mau", "Sơn La"):
            at.sidebar.selectbox(key="f_province").set_value(province).run()
            assert not at.exception, [e.value for e in at.exception]
        at.switch_page("app_pages/regions.py").run()  # three charts more
        assert not at.exception, [e.value for e in at.exception]
        assert (len(looked), len(picked)) == (1, 1)
    finally:
        ui._image_words.cache_clear()
        sidebar._clusters.clear()


@pytest.mark.parametrize(("query", "build"), [("programs_list", "programs_table"), ("programs_due", "due_table")])
def test_a_shared_table_is_sent_as_its_frame_would_be(con, query, build):
    """The Programs page's tables are kept as the Arrow table st.dataframe makes of a frame (ui.arrow_of), so no
    run converts them again: the element sent is the frame's own, byte for byte, and its rows are picked by the
    same positions."""
    import queries
    from dashboard import program_tables
    from tests.test_queries import params_for

    shown = getattr(program_tables, build)(queries.run(con, query, **params_for(query)), "vi")
    assert len(shown) > 0

    def app(shown, table):
        import streamlit as st

        for data, key in ((shown, "frame"), (table, "table")):
            st.dataframe(
                data, hide_index=True, width="stretch", key=key, on_select="rerun", selection_mode="single-row"
            )

    at = AppTest.from_function(app, args=(shown, ui.arrow_of(shown))).run()
    frame, table = (d.proto for d in at.dataframe)
    assert frame.arrow_data.data == table.arrow_data.data
    frame.ClearField("id")
    table.ClearField("id")
    assert frame == table
