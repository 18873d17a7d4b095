"""Event types are data: a third type written into a copy of data/reference/ (PHOIHOP_REFERENCE) flows from a
register row to the warehouse, its checks, the queries, a chart's legend and the overview's figures, and a
text that reports it is classified as it, without a line of code changed."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

import queries
from dashboard import figures
from dashboard.filter_model import Filters, from_url
from dashboard.headline import headline_figures
from etl.classify import classify_page
from etl.event_types import EventTypeError, event_types, type_codes
from etl.pipeline import run_etl
from tests.conftest import ROOT

THIRD = {
    "event_type": "inspection",
    "name_vi": "Kiểm tra liên ngành",
    "name_en": "Joint inspection",
    "plural_vi": "Kiểm tra liên ngành",
    "plural_en": "Joint inspections",
    "help_vi": "Các đợt kiểm tra liên ngành trong kỳ.",
    "help_en": "Joint inspections in the period.",
    "report_title_vi": "Các đợt kiểm tra liên ngành",
    "report_title_en": "Joint inspections held",
    "colour": "#7a4fa3",
    "makes_programs": "no",
    "definition": "bodies of several sectors inspecting together",
}
REGION = "Bắc Trung Bộ và duyên hải miền Trung"
TITLE = "Đoàn kiểm tra liên ngành phối hợp kiểm tra an toàn thực phẩm tại huyện Nghi Lộc"


def _append(path: Path, rows: list[dict[str, str]]) -> None:
    with open(path, newline="", encoding="utf-8") as fh:
        header = next(csv.reader(fh))
    with open(path, "a", newline="", encoding="utf-8") as fh:
        csv.DictWriter(fh, header, lineterminator="\n").writerows(rows)


@pytest.fixture()
def third_type(tmp_path, monkeypatch) -> Path:
    """data/reference/ copied, with a third event type: its row, a register word and two cues."""
    folder = tmp_path / "reference"
    shutil.copytree(ROOT / "data" / "reference", folder)
    _append(folder / "event_types.csv", [THIRD])
    _append(folder / "event_type_words.csv", [{"word": "kiểm tra liên ngành", "event_type": "inspection"}])
    _append(
        folder / "event_type_cues.csv",
        [
            {"event_type": "inspection", "role": "cue", "pattern": "đoàn kiểm tra liên ngành", "note": ""},
            {"event_type": "inspection", "role": "with", "pattern": "phối hợp", "note": ""},
        ],
    )
    monkeypatch.setenv("PHOIHOP_REFERENCE", str(folder))
    return folder


def _register(folder: Path) -> Path:
    folder.mkdir()
    path = folder / "register.csv"
    path.write_text(
        "Loại sự kiện,Ngày,Tỉnh,Các bên,Chủ đề,Tiêu đề\n"
        "Kiểm tra liên ngành,2024-05-10,Nghệ An,Sở Y tế tỉnh Nghệ An; Công an tỉnh Nghệ An,xa_hoi,Kiểm tra thực phẩm\n"
        "Ký kết,2024-03-01,Nghệ An,Hội Khuyến học tỉnh Nghệ An; Tỉnh đoàn Nghệ An,khuyen_hoc,Ký kết phối hợp\n"
        "Hội nghị,2024-04-01,Hà Tĩnh,Hội Nông dân tỉnh Hà Tĩnh,dan_van,Giao ban\n",
        encoding="utf-8",
    )
    return path


def test_a_third_type_flows_from_a_register_row_to_a_chart_legend(third_type, tmp_path, monkeypatch):
    assert type_codes() == ("agreement", "meeting", "inspection")
    db = tmp_path / "w.duckdb"
    summary = run_etl([_register(tmp_path / "in")], db, progress=False, parallel=False)
    assert summary.events == 3 and not summary.rejects  # the checks accepted it: the load was swapped in

    with duckdb.connect(str(db), read_only=True) as con:
        stored = con.execute("select event_type from events where province = 'Nghệ An' order by 1").fetchall()
        assert stored == [("agreement",), ("inspection",)]
        headline = queries.run(con, "headline_figures", **Filters().query_params())
        by_region = queries.run(con, "events_by_region", **Filters().query_params())
        ranking = queries.run(con, "province_ranking", **Filters(region=REGION).query_params())
        only = queries.run(con, "headline_figures", **from_url({"type": "inspection"}).query_params())

    assert list(headline["event_type"]) == ["agreement", "meeting", "inspection"]
    assert dict(zip(headline["event_type"], headline["type_events"], strict=True)) == {
        "agreement": 1,
        "meeting": 1,
        "inspection": 1,
    }
    assert int(only.iloc[0]["events"]) == 1  # the type filter takes the new code from a link
    assert (REGION, "inspection", 1) in set(by_region.itertuples(index=False, name=None))

    legend = {trace.name: trace.marker.color for trace in figures.events_by_region_figure(by_region, "vi").data}
    assert legend == {"Ký kết": "#1f6f8b", "Hội nghị": "#e8a33d", "Kiểm tra liên ngành": "#7a4fa3"}
    ranked = figures.province_ranking_figure(ranking, "en", top=None)
    assert [trace.name for trace in ranked.data] == ["Agreement", "Meeting", "Joint inspection"]
    shown = [(item.label, item.value) for item in headline_figures(headline, None, "vi")]
    assert shown[:3] == [("Ký kết", 1), ("Hội nghị", 1), ("Kiểm tra liên ngành", 1)]

    monkeypatch.setenv("PHOIHOP_DB", str(db))
    at = AppTest.from_file(str(ROOT / "dashboard" / "app.py"), default_timeout=60).run()
    assert not at.exception, [e.value for e in at.exception]
    assert {m.label: m.value for m in at.metric}["Kiểm tra liên ngành"] == "1"  # a headline figure of its own


def test_a_third_types_cues_classify_a_text(third_type, monkeypatch):
    lead = "Sáng 10/5, đoàn kiểm tra liên ngành của tỉnh đã phối hợp kiểm tra các cơ sở."
    assert classify_page(TITLE, [lead])[0] == "inspection"
    monkeypatch.delenv("PHOIHOP_REFERENCE")
    assert classify_page(TITLE, [lead])[0] is None  # the product's own types have no such cue


def test_a_bad_type_row_is_refused_with_its_line(third_type):
    _append(third_type / "event_types.csv", [{**THIRD, "event_type": "visit", "colour": "purple"}])
    with pytest.raises(EventTypeError, match=r"event_types.csv line 5: colour 'purple' is not #rrggbb"):
        event_types()
