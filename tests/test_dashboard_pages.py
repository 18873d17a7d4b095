"""Every page under Streamlit's AppTest on a real warehouse: no exception, the expected figures and counts,
filters narrowing the numbers, URL filters, an empty result said in words, no warehouse said in words."""

from __future__ import annotations

import io
import json
import os
import re
import string
import subprocess
import sys
from datetime import date

import duckdb
import pytest
from pptx import Presentation
from streamlit.testing.v1 import AppTest

import queries
from dashboard.filter_model import Filters
from dashboard.formatting import fmt_int
from tests.conftest import ROOT

APP = str(ROOT / "dashboard" / "app.py")
PAGES = [
    "app_pages/overview.py",
    "app_pages/regions.py",
    "app_pages/clusters.py",
    "app_pages/topics.py",
    "app_pages/timeline.py",
    "app_pages/events.py",
    "app_pages/programs.py",
    "app_pages/quality.py",
    "app_pages/report.py",
]
TITLES = [
    "Tổng quan",
    "Vùng và tỉnh",
    "Cụm",
    "Chủ đề",
    "Dòng thời gian",
    "Sự kiện",
    "Chương trình",
    "Chất lượng dữ liệu",
    "Báo cáo",
]


@pytest.fixture()
def app(warehouse, monkeypatch):
    monkeypatch.setenv("PHOIHOP_DB", str(warehouse))
    return AppTest.from_file(APP, default_timeout=60)


@pytest.fixture()
def tiny_app(tiny_warehouse, monkeypatch):
    """The dashboard on the hand-made warehouse whose every count is worked out in tests/test_tiny_warehouse.py."""
    monkeypatch.setenv("PHOIHOP_DB", str(tiny_warehouse))
    return AppTest.from_file(APP, default_timeout=60)


HEADLINE_LABELS = ["Ký kết", "Hội nghị", "Chương trình còn hiệu lực", "Tỉnh tham gia", "Cơ quan tham gia"]


def headline(warehouse, **filters) -> dict:
    """The headline figures, each event type's count under its code ("agreement")."""
    with duckdb.connect(str(warehouse), read_only=True) as con:
        rows = queries.run(con, "headline_figures", **Filters(**filters).query_params())
    return {**rows.iloc[0].to_dict(), **dict(zip(rows["event_type"], rows["type_events"], strict=True))}


def words(markdown: str) -> str:
    """What a caption or info box reads as: the filters in it are escaped Markdown (dashboard/literal.py)."""
    return re.sub(r"\\([" + re.escape(string.punctuation) + "])", r"\1", markdown).replace("\u2060", "")


def metric(at: AppTest, label: str) -> str:
    return next(m.value for m in at.metric if m.label == label)


@pytest.mark.parametrize(("page", "title"), list(zip(PAGES, TITLES, strict=True)))
def test_every_page_renders_without_exception(app, page, title):
    at = app.run()
    at.switch_page(page).run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.title[0].value == title


def test_overview_shows_the_hand_counted_figures(tiny_app):
    """The tiny warehouse (tests/test_tiny_warehouse.py has each number worked out): 5 agreements, 3 meetings,
    3 programs in force in 2024, 14 provinces and 16 bodies taking part."""
    at = tiny_app.run()
    assert not at.exception, [e.value for e in at.exception]
    shown = {label: metric(at, label) for label in HEADLINE_LABELS}
    assert shown == dict(zip(HEADLINE_LABELS, ["5", "3", "3", "14", "16"], strict=True))


def test_a_filter_narrows_the_numbers(tiny_app):
    at = tiny_app.run()
    at.sidebar.selectbox(key="f_event_type").set_value("meeting").run()
    assert not at.exception
    assert (metric(at, "Ký kết"), metric(at, "Hội nghị")) == ("0", "3")  # T2, T4, T7
    assert metric(at, "Chương trình còn hiệu lực") == "3"  # a program is an agreement: the type filter is ignored
    at.sidebar.selectbox(key="f_region").set_value("Tây Nguyên").run()
    assert (metric(at, "Hội nghị"), metric(at, "Tỉnh tham gia")) == ("1", "1")  # T4, in Gia Lai alone


def test_filters_come_from_the_url_and_survive_a_page_change(tiny_app):
    tiny_app.query_params["type"] = "agreement"
    tiny_app.query_params["province"] = "Hà Nội"
    at = tiny_app.run()
    assert metric(at, "Ký kết") == "2"  # T1 (Hà Nội with Hà Nam) and T5
    assert metric(at, "Cơ quan tham gia") == "4"
    at.switch_page("app_pages/regions.py").run()
    assert at.sidebar.selectbox(key="f_province").value == "Hà Nội"
    assert at.query_params["province"] == ["Hà Nội"] or at.query_params["province"] == "Hà Nội"


def test_an_empty_result_says_so(app):
    at = app.run()
    at.sidebar.selectbox(key="f_cluster_id").set_value("khuyenhoc_dbsh_cum3")  # the clusters page needs one
    at.sidebar.text_input(key="f_search").input("không có sự kiện nào như thế này").run()
    assert not at.exception
    assert any("Không có sự kiện nào khớp" in i.value for i in at.info)
    for page in PAGES[1:6]:
        at.switch_page(page).run()
        assert not at.exception, page
        assert any("Không có sự kiện nào khớp" in i.value for i in at.info), page


def test_search_ignores_diacritics_and_case(app):
    at = app.run()
    at.switch_page("app_pages/events.py").run()
    at.sidebar.text_input(key="f_search").input("ninh binh").run()
    table = at.dataframe[0].value
    assert len(table) > 0 and table["Tỉnh/thành"].str.contains("Ninh Bình").any()


def test_the_events_table_shows_a_dash_where_a_value_is_missing(app):
    at = app.run()
    at.switch_page("app_pages/events.py").run()
    table = at.dataframe[0].value
    assert table["Giai đoạn"].eq("—").any()  # events without a program period
    assert not table.isna().any().any() and not table.astype(str).eq("None").any().any()


def test_english_switch(app):
    at = app.run()
    at.sidebar.radio(key="f_lang").set_value("en").run()
    assert at.title[0].value == "Overview"
    assert any(m.label == "Agreements" for m in at.metric)


def test_english_names_regions_in_english_and_filters_by_the_same_region(tiny_app):
    tiny_app.query_params.update({"lang": "en", "region": "Đồng bằng sông Hồng"})
    at = tiny_app.run()
    region = at.sidebar.selectbox(key="f_region")
    assert region.value == "Đồng bằng sông Hồng"  # the URL and the queries keep the stored name
    assert "Red River Delta" in region.options and not any("Đồng bằng" in o for o in region.options)
    assert region.options[1:] == sorted(region.options[1:])  # after "All", in the order of their English names
    assert (metric(at, "Agreements"), metric(at, "Meetings")) == ("2", "1")  # hosted in the delta: T1, T5; T2
    at.switch_page("app_pages/regions.py").run()
    assert not at.exception
    assert any("Region: Red River Delta" in words(c.value) for c in at.caption)


def test_geography_switch_applies_everywhere(tiny_app):
    at = tiny_app.run()
    assert metric(at, "Tỉnh tham gia") == "14"
    at.sidebar.radio(key="f_geography").set_value("current").run()
    assert metric(at, "Tỉnh tham gia") == "11"  # Hà Nam, Nam Định in Ninh Bình; Quảng Nam in Đà Nẵng
    at.switch_page("app_pages/regions.py").run()
    assert not at.exception
    ranking = _figure(at, "Xếp hạng tỉnh")
    assert "11 tỉnh đầu trong 11 tỉnh có sự kiện (tổng số 34 tỉnh)" in _words(ranking["layout"]["title"]["text"])


def test_regions_page_ranks_the_hand_counted_provinces(tiny_app):
    at = tiny_app.run()
    at.switch_page("app_pages/regions.py").run()
    assert not at.exception, [e.value for e in at.exception]
    ranking = _figure(at, "Xếp hạng tỉnh")
    # 14 provinces with events, fewer than the 20 drawn at most: all of them, of the 63.
    assert "14 tỉnh đầu trong 14 tỉnh có sự kiện (tổng số 63 tỉnh)" in _words(ranking["layout"]["title"]["text"])
    assert ranking["data"][0]["y"][:3] == ["1. Gia Lai", "1. Hà Nội", "3. An Giang"]  # two each, then ones


def test_timeline_page_draws_the_hand_counted_programs_in_force(tiny_app):
    at = tiny_app.run()
    at.switch_page("app_pages/timeline.py").run()
    assert not at.exception, [e.value for e in at.exception]
    chart = _figure(at, "Chương trình còn hiệu lực theo năm")
    assert (chart["data"][0]["x"], chart["data"][0]["y"]) == ([2022, 2023, 2024], [2, 3, 3])


def test_no_warehouse_is_said_in_words(monkeypatch, tmp_path):
    monkeypatch.setenv("PHOIHOP_DB", str(tmp_path / "missing.duckdb"))
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception
    assert any("phoihop etl" in i.value for i in at.info)
    for page in PAGES[1:]:
        at.switch_page(page).run()
        assert not at.exception, page
        assert any("phoihop etl" in i.value for i in at.info), page
    presenting = AppTest.from_file(APP, default_timeout=60)
    presenting.query_params["present"] = "1"
    presenting.run()
    assert not presenting.exception
    assert any("phoihop etl" in i.value for i in presenting.info)


def test_new_warehouse_is_seen_without_restart(monkeypatch, tmp_path):
    from etl.pipeline import run_etl
    from tests.conftest import INPUTS, SEEDS

    db = tmp_path / "w.duckdb"
    run_etl([SEEDS], db, progress=False)
    monkeypatch.setenv("PHOIHOP_DB", str(db))
    at = AppTest.from_file(APP, default_timeout=60).run()
    before = int(metric(at, "Ký kết"))
    run_etl([INPUTS / "two_sites"], db, progress=False)
    at.run()
    assert int(metric(at, "Ký kết")) == before + 1


@pytest.mark.slow
def test_simulated_data_carries_a_banner_on_every_page(monkeypatch, tmp_path):
    from benchmarks.simulate import write_corpus
    from etl.pipeline import run_etl

    corpus = write_corpus(60, 5, tmp_path / "sim")
    db = tmp_path / "demo.duckdb"
    run_etl([corpus / "articles"], db, progress=False)
    monkeypatch.setenv("PHOIHOP_DB", str(db))
    at = AppTest.from_file(APP, default_timeout=60).run()
    for page in PAGES:
        at.switch_page(page).run()
        assert not at.exception, page
        assert any("Dữ liệu mô phỏng" in w.value for w in at.warning), page


def test_real_warehouse_has_no_banner(app):
    at = app.run()
    assert not any("mô phỏng" in w.value for w in at.warning)


def test_presentation_mode_shows_one_chart_with_its_filters_and_moves_on(app):
    at = app
    at.query_params.update({"present": "1", "type": "agreement"})
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert not at.title  # no page: the chart alone
    assert len(at.get("plotly_chart")) == 1
    shown = " ".join(m.value for m in at.markdown)
    assert "1 / " in shown and "Loại sự kiện: Ký kết" in shown
    first = at.get("plotly_chart")[0].proto.spec
    at.button(key="present_next").click().run()
    assert "2 / " in " ".join(m.value for m in at.markdown)
    assert at.get("plotly_chart")[0].proto.spec != first
    assert at.query_params["slide"] == "2" and at.query_params["present"] == "1"
    at.button(key="present_prev").click().run()
    assert "1 / " in " ".join(m.value for m in at.markdown)
    at.button(key="present_exit").click().run()
    assert at.title[0].value == "Tổng quan" and "present" not in at.query_params


def test_presentation_mode_from_the_sidebar_toggle_and_a_slide_from_the_url(app):
    at = app.run()
    at.sidebar.toggle(key="present").set_value(True).run()
    assert not at.title and len(at.get("plotly_chart")) == 1
    last = AppTest.from_file(APP, default_timeout=60)
    last.query_params.update({"present": "1", "slide": "99"})
    last.run()
    count = next(m.value for m in last.markdown if " / " in m.value)
    shown, total = count.split(">")[1].split("<")[0].split(" / ")
    assert shown == total and last.button(key="present_next").disabled


@pytest.mark.slow
def test_report_page_makes_a_deck_and_a_pdf(app):
    at = app.run()
    at.switch_page("app_pages/report.py").run()
    at.radio(key="rp_kind").set_value("cluster").run()
    at.selectbox(key="rp_cluster").set_value("khuyenhoc_dbsh_cum3").run()
    at.date_input(key="rp_from").set_value(date(2015, 1, 1))
    at.date_input(key="rp_to").set_value(date(2026, 12, 31)).run()
    at.button(key="rp_make").click().run()
    assert not at.exception, [e.value for e in at.exception]
    made = at.session_state["rp_files"]
    assert made["pptx"][:2] == b"PK" and made["pdf"][:5] == b"%PDF-"
    assert made["stem"].startswith("phoihop_hoi-khuyen-hoc")
    deck = Presentation(io.BytesIO(made["pptx"]))
    assert deck.slides[0].shapes.title.text == "Báo cáo hoạt động phối hợp"
    assert any(s.shapes.title.text == "Hoạt động của các thành viên" for s in deck.slides)


def test_report_page_refuses_a_period_that_ends_before_it_starts(app):
    at = app.run()
    at.switch_page("app_pages/report.py").run()
    at.date_input(key="rp_from").set_value(date(2024, 12, 31))
    at.date_input(key="rp_to").set_value(date(2024, 1, 1)).run()
    at.button(key="rp_make").click().run()
    assert at.error and "trước ngày kết thúc" in at.error[0].value
    assert "rp_files" not in at.session_state


def test_english_from_a_shared_link_in_presentation_mode_and_on_the_report_page(app):
    app.query_params.update({"present": "1", "lang": "en"})
    at = app.run()
    at.button(key="present_next").click().run()  # a rerun formats the filters in English again
    assert not at.exception, [e.value for e in at.exception]
    shown = " ".join(m.value for m in at.markdown)
    assert "2 / " in shown and "Period: All time" in shown
    assert at.button(key="present_exit").label == "Leave presentation"
    at.button(key="present_exit").click().run()
    at.switch_page("app_pages/report.py").run()
    assert at.title[0].value == "Report"
    assert at.radio(key="rp_kind").options == ["Whole country", "Region", "Cluster", "Province"]


def _words(title: str) -> str:
    """A chart title and its wrapped note as plain words."""
    return " ".join(re.sub(r"<[^>]+>", " ", title).split())


def _figure(at: AppTest, title: str) -> dict:
    specs = [json.loads(chart.proto.spec) for chart in at.get("plotly_chart")]
    return next(s for s in specs if s["layout"]["title"]["text"].startswith(f"<b>{title}</b>"))


def test_a_regions_ranking_shows_all_its_provinces_with_their_rank_and_no_others(app, warehouse):
    at = app.run()
    at.switch_page("app_pages/regions.py").run()
    country = _figure(at, "Xếp hạng tỉnh")
    assert "20 tỉnh đầu trong" in country["layout"]["title"]["text"]
    at.sidebar.selectbox(key="f_region").set_value("Đồng bằng sông Hồng").run()
    at.sidebar.selectbox(key="f_topic").set_value("khuyen_hoc").run()
    assert not at.exception, [e.value for e in at.exception]
    ranking = _figure(at, "Xếp hạng tỉnh")
    labels = list(dict.fromkeys(y for trace in ranking["data"] for y in trace["y"]))
    with duckdb.connect(str(warehouse), read_only=True) as con:
        members = con.execute(
            "select province from provinces where region = 'Đồng bằng sông Hồng' and geography = 'legacy'"
        ).df()["province"]
    assert sorted(label.split(". ", 1)[1] for label in labels) == sorted(members)
    assert labels[0].startswith("1. ") and "Cả 11 tỉnh" in ranking["layout"]["title"]["text"]


def test_the_program_chart_says_how_many_programs_it_draws_of_how_many(app, warehouse):
    at = app.run()
    at.switch_page("app_pages/timeline.py").run()
    assert not at.exception, [e.value for e in at.exception]
    gantt = _figure(at, "Giai đoạn các chương trình phối hợp")
    rows = {y for trace in gantt["data"] for y in trace["y"]}
    with duckdb.connect(str(warehouse), read_only=True) as con:
        total = len(queries.run(con, "program_periods", **Filters().query_params(), limit=10_000))
    assert (
        len(rows) == 30 < total
        and f"30 chương trình mới nhất trong {fmt_int(total, 'vi')}" in gantt["layout"]["title"]["text"]
    )
    assert gantt["layout"]["showlegend"] is True


def test_a_selected_segment_of_a_stacked_bar_narrows_to_its_event_type():
    from dashboard import ui

    points = [{"curve_number": 1, "point_number": 0, "customdata": ["tuyen_truyen", "meeting"], "x": 3, "y": "Tuyên"}]
    picked = ui.picks(points)
    assert picked == [ui.Pick("tuyen_truyen", "meeting", ("meeting",))]
    narrowed = ui.narrowed_by(picked[0], ui.narrow_to(Filters(), "topic"))
    assert (narrowed.topic, narrowed.event_type) == ("tuyen_truyen", "meeting")
    map_area = ui.picks([{"customdata": ["Hà Nội"], "location": "Hà Nội"}])  # no type: the province's events
    assert ui.narrowed_by(map_area[0], ui.narrow_to(Filters(), "province")).event_type is None


def test_latest_events_write_a_missing_place_or_day_as_a_dash(app):
    # events with no province (national ones, bare texts that name none) come back from DuckDB as NaN, which is
    # truthy: the list once printed "nan" where the place goes
    at = app.run()
    latest = [element.value.split(" · ") for element in at.text if element.value.count(" · ") >= 3]
    assert len(latest) == 10
    assert not any("nan" in fields or "NaT" in fields for fields in latest)
    assert any(fields[2] == "—" for fields in latest)


def test_overview_compares_the_same_span_and_shows_the_previous_value(app, warehouse):
    """A period the data has not finished is compared with the same days before it, and says so."""
    with duckdb.connect(str(warehouse), read_only=True) as con:
        last_day = queries.run(con, "data_extent").iloc[0]["last_day"].date()
    start = date(last_day.year, 1, 1)
    app.query_params.update({"pick": "custom", "from": start.isoformat(), "to": f"{last_day.year}-12-31"})
    at = app.run()
    assert not at.exception
    previous_end = last_day.replace(year=last_day.year - 1, day=min(last_day.day, 28))
    caption = next(c.value for c in at.caption if "cùng khoảng thời gian" in c.value)
    assert last_day.strftime("%d/%m/%Y") in caption
    assert f"01/01/{last_day.year - 1}–" in caption and previous_end.strftime("/%m/%Y") in caption
    before = headline(
        warehouse, date_from=date(last_day.year - 1, 1, 1), date_to=last_day.replace(year=last_day.year - 1)
    )
    delta = next(m.delta for m in at.metric if m.label == "Ký kết")
    assert f"kỳ trước {before['agreement']}" in delta


@pytest.mark.slow
def test_report_page_applies_the_sidebars_type_and_topic(app, warehouse):
    app.query_params.update({"type": "agreement", "topic": "khuyen_hoc"})
    at = app.run()
    at.switch_page("app_pages/report.py").run()
    at.date_input(key="rp_from").set_value(date(2015, 1, 1))
    at.date_input(key="rp_to").set_value(date(2026, 12, 31)).run()
    said = " ".join(words(c.value) for c in at.caption)
    assert "Loại sự kiện: Ký kết" in said and "Chủ đề: Khuyến học" in said
    at.button(key="rp_make").click().run()
    assert not at.exception, [e.value for e in at.exception]
    deck = Presentation(io.BytesIO(at.session_state["rp_files"]["pptx"]))
    about = " ".join(s.text_frame.text for s in deck.slides[len(deck.slides) - 1].shapes if s.has_text_frame)
    f = Filters(date_from=date(2015, 1, 1), date_to=date(2026, 12, 31), event_type="agreement", topic="khuyen_hoc")
    with duckdb.connect(str(warehouse), read_only=True) as con:
        counted = int(queries.run(con, "events_count", **f.query_params())["events"].iloc[0])
    assert counted > 0 and f"Sự kiện trong báo cáo: {counted}." in about
    assert not any(s.shapes.title.text == "Các hội nghị đã tổ chức" for s in deck.slides)


@pytest.mark.slow
def test_the_timeline_grain_is_read_from_and_written_to_the_url(app):
    app.query_params.update({"grain": "month"})
    at = app.run()
    at.switch_page("app_pages/timeline.py").run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.radio(key="f_grain").value == "month"
    months = at.get("plotly_chart")[0].proto.spec
    at.radio(key="f_grain").set_value("year").run()
    assert at.query_params["grain"] == "year" and at.get("plotly_chart")[0].proto.spec != months
    at.switch_page("app_pages/overview.py").run()
    assert at.query_params["grain"] == "year"  # kept while another page is shown
    at.switch_page("app_pages/timeline.py").run()
    assert at.radio(key="f_grain").value == "year"
    bad = AppTest.from_file(APP, default_timeout=60)
    bad.query_params.update({"grain": "week"})
    bad.run().switch_page("app_pages/timeline.py").run()
    assert bad.radio(key="f_grain").value == "quarter" and "grain" not in bad.query_params


BORDER_NETWORK = "Cụm thi đua các tỉnh, thành phố (Hội đồng Thi đua - Khen thưởng Trung ương)"


@pytest.mark.slow
def test_the_clusters_page_and_the_sidebar_share_one_cluster_choice_in_the_url(app):
    at = app.run()
    at.switch_page("app_pages/clusters.py").run()
    assert at.selectbox(key="cl_cluster").value == "*" and at.info  # no cluster chosen: the page says to pick one
    at.selectbox(key="cl_cluster").set_value("khuyenhoc_dbsh_cum3").run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.sidebar.selectbox(key="f_cluster_id").value == "khuyenhoc_dbsh_cum3"
    assert at.query_params["cluster"] == "khuyenhoc_dbsh_cum3"
    assert "Thành viên: 8" in [s.value for s in at.subheader]
    at.selectbox(key="f_network").set_value(BORDER_NETWORK).run()  # another network: its cluster is not chosen
    assert at.sidebar.selectbox(key="f_cluster_id").value == "*" and "cluster" not in at.query_params
    assert at.selectbox(key="cl_cluster").options[0] == "— Chọn một cụm —"
    assert (
        f"{BORDER_NETWORK} — cụm thi đua 7 tỉnh miền núi biên giới phía Bắc" in at.selectbox(key="cl_cluster").options
    )
    at.sidebar.selectbox(key="f_cluster_id").set_value("khuyenhoc_dbsh_cum3").run()  # the sidebar picks for the page
    assert at.selectbox(key="f_network").value == "Hội Khuyến học"
    assert at.selectbox(key="cl_cluster").value == "khuyenhoc_dbsh_cum3"
    assert at.query_params["network"] == "Hội Khuyến học" and at.query_params["cluster"] == "khuyenhoc_dbsh_cum3"

    shared = AppTest.from_file(APP, default_timeout=60)
    shared.query_params.update(dict(at.query_params))
    shared.run().switch_page("app_pages/clusters.py").run()
    assert shared.selectbox(key="f_network").value == "Hội Khuyến học"
    assert shared.selectbox(key="cl_cluster").value == "khuyenhoc_dbsh_cum3"
    assert "Thành viên: 8" in [s.value for s in shared.subheader]
    unknown = AppTest.from_file(APP, default_timeout=60)
    unknown.query_params.update({"network": "Không có"})
    unknown.run().switch_page("app_pages/clusters.py").run()
    assert unknown.selectbox(key="f_network").value == "*" and "network" not in unknown.query_params


def test_an_address_that_names_no_page_is_said_in_the_users_language(app):
    app.query_params.update({"missing": "khong-co", "type": "agreement"})
    at = app.run()
    assert not at.exception
    assert at.title[0].value == "Tổng quan"
    assert any("Không có trang `/khong-co`" in w.value for w in at.warning)
    assert "missing" not in at.query_params and at.query_params["type"] in ("agreement", ["agreement"])
    at.run()  # said once: the name has left the URL
    assert not any("khong-co" in w.value for w in at.warning)


@pytest.mark.parametrize(("lang", "yes"), [("vi", "Có"), ("en", "Yes")])
def test_quality_page_shows_words_not_column_names_or_codes(app, lang, yes):
    app.query_params["lang"] = lang
    at = app.run()
    at.switch_page("app_pages/quality.py").run()
    assert not at.exception
    raw = {"source_id", "flags", "is_event", "run_id", "confidence", "path", "line", "reason", "started_at"}
    raw |= {"item_id", "cluster", "difference", "n_events", "articles"}  # the clusters review queue's
    tables = [d.value for d in at.dataframe]
    assert len(tables) == 5  # flagged, rejected, runs, the clusters review queue and the chosen item's articles
    for table in tables:
        assert not raw & set(table.columns), list(table.columns)
    flagged = tables[0]
    assert yes in set(flagged.iloc[:, 4])
    assert not flagged.iloc[:, 2].str.contains("_").any()  # flags as words
    field = next(s for s in at.selectbox if s.value == "is_event")  # the correction form's field
    assert all(not o.startswith(("is_event", "event_")) and o.endswith(")") for o in field.options)  # words (code)


def test_the_uploader_states_our_limit_and_our_words(app):
    from dashboard.uploads import MAX_FILE_BYTES

    at = app.run()
    at.switch_page("app_pages/quality.py").run()
    uploader = at.get("file_uploader")[0].proto
    assert uploader.max_upload_size_mb == MAX_FILE_BYTES // 1024**2 == 20
    css = " ".join(h.proto.body for h in at.get("html"))
    assert ".st-key-qa_upload" in css and '"Tải tệp lên"' in css and "tối đa 20 MB mỗi tệp" in css


def test_a_filter_added_as_one_object_is_drawn_read_from_the_url_and_counted(app, warehouse, monkeypatch):
    from tests.test_filter_model import WithPeriod  # the shared set and one filter more, no other change

    monkeypatch.setattr("dashboard.sidebar.Filters", WithPeriod)
    app.query_params["period"] = "yes"
    at = app.run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.sidebar.selectbox(key="f_has_period").value == "yes"
    assert any("has_period: yes" in words(c.value) for c in at.caption)  # the caption under the charts says it
    with duckdb.connect(str(warehouse), read_only=True) as con:
        stated, unstated = (
            queries.run(con, "headline_figures", **WithPeriod(has_period=v).query_params())
            .set_index("event_type")
            .loc["agreement", "type_events"]
            for v in ("yes", "no")
        )
    assert metric(at, "Ký kết") == str(stated) != str(unstated)
    at.sidebar.selectbox(key="f_has_period").set_value("no").run()
    assert metric(at, "Ký kết") == str(unstated) and at.query_params["period"] in ("no", ["no"])


@pytest.mark.slow
def test_a_process_that_served_pages_ends_without_leak_warnings(tiny_warehouse):
    """The dashboard caches its DuckDB connection and freezes what every rerun shares out of the garbage
    collector's walks; left so, DuckDB's objects outlived interpreter teardown and its bindings printed
    "nanobind: leaked ..." after everything else (burying pytest's summary line). The process must end quietly,
    with its own exit status."""
    code = (
        "from dashboard import data\n"
        "assert int(data.query('data_extent')['events'].iloc[0]) == 8\n"
        "data.settle_memory()\n"
        "raise SystemExit(7)\n"
    )
    env = {**os.environ, "PHOIHOP_DB": str(tiny_warehouse), "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 7, done.stderr[-2000:]
    assert "leaked" not in done.stderr, done.stderr[-2000:]
