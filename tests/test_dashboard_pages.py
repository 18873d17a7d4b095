"""Every page under Streamlit's AppTest on a real warehouse: no exception, the expected figures and counts,
filters narrowing the numbers, URL filters, an empty result said in words, no warehouse said in words."""

from __future__ import annotations

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

import queries
from dashboard.filter_model import Filters
from tests.conftest import ROOT

APP = str(ROOT / "dashboard" / "app.py")
PAGES = [
    "app_pages/overview.py",
    "app_pages/regions.py",
    "app_pages/clusters.py",
    "app_pages/topics.py",
    "app_pages/timeline.py",
    "app_pages/events.py",
    "app_pages/quality.py",
]
TITLES = ["Tổng quan", "Vùng và tỉnh", "Cụm", "Chủ đề", "Dòng thời gian", "Sự kiện", "Chất lượng dữ liệu"]


@pytest.fixture()
def app(warehouse, monkeypatch):
    monkeypatch.setenv("PHOIHOP_DB", str(warehouse))
    return AppTest.from_file(APP, default_timeout=60)


def headline(warehouse, **filters) -> dict:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return queries.run(con, "headline_figures", **Filters(**filters).query_params()).iloc[0].to_dict()


def metric(at: AppTest, label: str) -> str:
    return next(m.value for m in at.metric if m.label == label)


@pytest.mark.parametrize(("page", "title"), list(zip(PAGES, TITLES, strict=True)))
def test_every_page_renders_without_exception(app, page, title):
    at = app.run()
    at.switch_page(page).run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.title[0].value == title


def test_overview_shows_the_warehouse_figures(app, warehouse):
    at = app.run()
    expected = headline(warehouse)
    assert metric(at, "Ký kết") == str(expected["agreements"])
    assert metric(at, "Hội nghị") == str(expected["meetings"])
    assert int(metric(at, "Cơ quan tham gia").replace(".", "")) == expected["bodies"]


def test_a_filter_narrows_the_numbers(app, warehouse):
    at = app.run()
    at.sidebar.selectbox(key="f_event_type").set_value("meeting").run()
    assert not at.exception
    assert metric(at, "Ký kết") == "0"
    assert metric(at, "Hội nghị") == str(headline(warehouse)["meetings"])
    at.sidebar.selectbox(key="f_region").set_value("Tây Nguyên").run()
    assert metric(at, "Hội nghị") == str(headline(warehouse, event_type="meeting", region="Tây Nguyên")["meetings"])


def test_filters_come_from_the_url_and_survive_a_page_change(app, warehouse):
    app.query_params["type"] = "agreement"
    app.query_params["province"] = "Ninh Bình"
    at = app.run()
    assert metric(at, "Ký kết") == str(headline(warehouse, event_type="agreement", province="Ninh Bình")["agreements"])
    at.switch_page("app_pages/regions.py").run()
    assert at.sidebar.selectbox(key="f_province").value == "Ninh Bình"
    assert at.query_params["province"] == ["Ninh Bình"] or at.query_params["province"] == "Ninh Bình"


def test_an_empty_result_says_so(app):
    at = app.run()
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


def test_english_switch(app):
    at = app.run()
    at.sidebar.radio(key="f_lang").set_value("en").run()
    assert at.title[0].value == "Overview"
    assert any(m.label == "Agreements" for m in at.metric)


def test_geography_switch_applies_everywhere(app, warehouse):
    at = app.run()
    at.sidebar.radio(key="f_geography").set_value("current").run()
    assert int(metric(at, "Tỉnh tham gia")) == headline(warehouse, geography="current")["provinces"] <= 34
    at.switch_page("app_pages/regions.py").run()
    assert not at.exception


def test_no_warehouse_is_said_in_words(monkeypatch, tmp_path):
    monkeypatch.setenv("PHOIHOP_DB", str(tmp_path / "missing.duckdb"))
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception
    assert any("phoihop etl" in i.value for i in at.info)


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


def test_simulated_data_carries_a_banner_on_every_page(monkeypatch, tmp_path):
    from etl.pipeline import run_etl
    from etl.simulate import write_corpus

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
