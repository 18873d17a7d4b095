"""The CSV and Excel downloads: every matching row (beyond the on-screen table's 2,000), the screen's words in
Vietnamese and English, empty cells for missing values, formulas neutralised; and the events page says the
row count on its buttons and beside its table."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

import queries
from benchmarks import synth
from dashboard import exports, ui
from dashboard.filter_model import Filters
from tests.conftest import ROOT

APP = str(ROOT / "dashboard" / "app.py")
EVENTS = 2_500  # more than the table shows
HEADERS = {
    "vi": ["Ngày", "Loại", "Tỉnh/thành", "Các bên", "Chủ đề", "Giai đoạn", "Nguồn", "Tiêu đề"]
    + ["Cấp", "Cụm", "Đường dẫn nguồn", "Mã sự kiện"],
    "en": ["Date", "Type", "Province", "Parties", "Topics", "Period", "Sources", "Title"]
    + ["Level", "Cluster", "Source links", "Event ID"],
}
TYPES = {"vi": {"Ký kết", "Hội nghị"}, "en": {"Agreement", "Meeting"}}
NEVER = {"None", "NaT", "nan", "NaN", "<NA>"}


@pytest.fixture(scope="module")
def big(tmp_path_factory) -> Path:
    assert EVENTS > ui.TABLE_LIMIT
    return synth.build(tmp_path_factory.mktemp("big") / "big.duckdb", EVENTS)


def every_row(db: Path, lang: str, **filters) -> tuple[list[list[str]], int]:
    """The CSV of every event under the filters, read back as a spreadsheet would; and the events counted."""
    f = Filters(**filters)
    with duckdb.connect(str(db), read_only=True) as con:
        pieces = queries.batches(con, "events_table", **f.query_params(), lang=lang, limit=None)
        data = exports.to_csv_bytes(pieces, lang)
        count = int(queries.run(con, "events_count", **f.query_params())["events"].iloc[0])
    assert data.startswith(b"\xef\xbb\xbf")  # the byte-order mark Excel needs for Vietnamese
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig")))), count


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_csv_holds_every_matching_row_in_the_screens_words(big, lang, monkeypatch):
    monkeypatch.setattr(queries, "BATCH_VECTORS", 1)  # pieces of 2,048 rows: this file is written in two
    with duckdb.connect(str(big), read_only=True) as con:
        params = {**Filters().query_params(), "lang": lang, "limit": None}
        assert [len(p) for p in queries.batches(con, "events_table", **params)] == [2_048, EVENTS - 2_048]
    rows, count = every_row(big, lang)
    assert rows[0] == HEADERS[lang]
    assert len(rows) - 1 == count == EVENTS
    assert len({r[-1] for r in rows[1:]}) == EVENTS  # every event once
    assert {r[1] for r in rows[1:]} == TYPES[lang]
    assert all(re.fullmatch(r"\d\d/\d\d/\d{4}", r[0]) for r in rows[1:])  # dates as on screen
    assert not NEVER & {cell for row in rows for cell in row}
    narrowed, count = every_row(big, lang, event_type="meeting")
    assert len(narrowed) - 1 == count > 0 and {r[1] for r in narrowed[1:]} == TYPES[lang] - {"Ký kết", "Agreement"}


def test_missing_values_are_empty_cells_on_the_real_sample(warehouse):
    """The sample has year-only dates, events without a place or period: none of them is written as None."""
    rows, count = every_row(warehouse, "vi")
    assert len(rows) - 1 == count
    cells = {cell for row in rows for cell in row}
    assert "" in cells and not NEVER & cells
    assert any(re.fullmatch(r"\d{4}", r[0]) for r in rows[1:])  # a year-only date stays a year


@pytest.mark.slow
def test_the_excel_file_holds_the_same_rows_up_to_its_limit(big):
    with duckdb.connect(str(big), read_only=True) as con:
        params = {**Filters().query_params(), "lang": "en", "limit": None}
        whole = pd.read_excel(io.BytesIO(exports.to_xlsx_bytes(queries.batches(con, "events_table", **params), "en")))
        capped = exports.to_xlsx_bytes(queries.batches(con, "events_table", **params), "en", limit=100)
    assert list(whole.columns) == HEADERS["en"] and len(whole) == EVENTS
    assert whole["Sources"].dtype.kind == "i"  # numbers stay numbers
    assert len(pd.read_excel(io.BytesIO(capped))) == 100


def test_exports_neutralise_formulas():
    df = pd.DataFrame(
        {
            "event_id": ["e1", "e2", "e3", "e4", "e5"],
            "event_date": ["2024-01-02"] * 5,
            "event_type": ["agreement"] * 5,
            "place": ["Ninh Bình"] * 5,
            "level": ["province"] * 5,
            "parties": ['=HYPERLINK("http://x")', "+1", "-2", "@SUM(A1)", "Hội Khuyến học"],
            "topics": [None] * 5,
            "period": [None] * 5,
            "cluster": [None] * 5,
            "n_sources": range(5),
            "sources": [""] * 5,
            "title": ["t"] * 5,
        }
    )
    assert exports.neutralise("=1+1") == "'=1+1" and exports.neutralise("Ninh Bình") == "Ninh Bình"
    csv_text = exports.to_csv_bytes([df], "vi").decode("utf-8-sig")
    assert "'=HYPERLINK" in csv_text and ",'+1," in csv_text and "Hội Khuyến học" in csv_text
    back = pd.read_excel(io.BytesIO(exports.to_xlsx_bytes([df], "vi")))
    assert back["Các bên"].tolist()[:4] == ['\'=HYPERLINK("http://x")', "'+1", "'-2", "'@SUM(A1)"]


def test_a_control_character_in_a_title_does_not_sink_the_excel_file():
    """A title with a bell (U+0007) or an escape (U+001B) in it, loaded before cleaning removed them: the
    whole download used to fail with openpyxl's IllegalCharacterError."""
    df = pd.DataFrame(
        {
            "event_id": ["e1", "e2"],
            "event_date": ["2024-01-02"] * 2,
            "event_type": ["agreement"] * 2,
            "place": ["Ninh Bình"] * 2,
            "level": ["province"] * 2,
            "parties": ["Sở\x0bTư pháp", "=\x07SUM(A1)"],
            "topics": [None] * 2,
            "period": [None] * 2,
            "cluster": [None] * 2,
            "n_sources": [1, 1],
            "sources": [""] * 2,
            "title": ["Ký kết\x07 chương trình\x1b[31m", "Dòng một\nDòng hai\tcột"],
        }
    )
    back = pd.read_excel(io.BytesIO(exports.to_xlsx_bytes([df], "vi")))
    assert back["Tiêu đề"].tolist() == ["Ký kết chương trình[31m", "Dòng một\nDòng hai\tcột"]
    assert back["Các bên"].tolist() == ["SởTư pháp", "'=SUM(A1)"]
    assert "\x07" not in exports.to_csv_bytes([df], "vi").decode("utf-8-sig")


def test_the_events_page_says_how_many_rows_its_buttons_give(big, monkeypatch):
    monkeypatch.setenv("PHOIHOP_DB", str(big))
    at = AppTest.from_file(APP, default_timeout=60).run()
    at.switch_page("app_pages/events.py").run()
    assert not at.exception, [e.value for e in at.exception]
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels == ["Tải CSV (cả 2.500 sự kiện)", "Tải Excel (cả 2.500 sự kiện)"]
    assert any("2.000 sự kiện mới nhất trong 2.500" in c.value for c in at.caption)
    at.sidebar.radio(key="f_lang").set_value("en").run()
    labels = " · ".join(b.proto.label for b in at.get("download_button"))
    assert re.fullmatch(r"Download CSV \(all 2.500 events\) · Download Excel \(all 2.500 events\)", labels)


def test_the_excel_button_says_its_limit_when_the_events_pass_it(big, monkeypatch):
    """Excel's sheet holds 1,048,575 rows; a limit below this warehouse's events shows what the button says."""
    monkeypatch.setenv("PHOIHOP_DB", str(big))
    monkeypatch.setattr(exports, "EXCEL_ROWS", 2_000)
    at = AppTest.from_file(APP, default_timeout=60).run()
    at.switch_page("app_pages/events.py").run()
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels[0] == "Tải CSV (cả 2.500 sự kiện)"
    assert labels[1] == "Tải Excel (2.000 sự kiện mới nhất trong 2.500, giới hạn của Excel; tệp CSV có đủ)"
