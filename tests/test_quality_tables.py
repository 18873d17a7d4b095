"""The data-quality tables in words (dashboard/quality_tables.py): every flag the ETL writes and every reason it
gives for a reject has its words, in both languages."""

from __future__ import annotations

import ast

import pandas as pd
import pytest

import queries
from dashboard.i18n import has
from dashboard.quality_tables import flag_words, flagged_view, reason_words, rejects_view, runs_view
from tests.conftest import ROOT

RAW_NAMES = {"source_id", "flags", "is_event", "run_id", "confidence", "path", "line", "reason", "started_at"}


def _etl_reasons() -> list[str]:
    """Every reason the ETL can write (Reject(...) and RowError(...) in etl/), details as 'X'."""
    found = []
    for path in sorted((ROOT / "etl").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", None) in ("Reject", "RowError")):
                continue
            arg = node.args[-1]
            arg = arg.value if isinstance(arg, ast.Subscript) else arg  # f"..."[:300]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                found.append(arg.value)
            elif isinstance(arg, ast.JoinedStr):
                found.append("".join(str(v.value) if isinstance(v, ast.Constant) else "'X'" for v in arg.values))
    return found


def test_every_reason_the_etl_gives_reads_in_vietnamese():
    reasons = _etl_reasons()
    assert len(reasons) >= 25  # the scan sees the ETL's reasons
    untranslated = [r for r in reasons if reason_words(r, "vi") == r]
    assert untranslated == []
    assert reason_words("file too large (200 MB, limit 20 MB)", "vi") == "tệp quá lớn (200 MB, giới hạn 20 MB)"
    assert reason_words("no text after cleaning", "vi") == "không còn chữ sau khi làm sạch"  # not "no text" + rest
    assert reason_words("empty file", "en") == "empty file" and reason_words("something new", "vi") == "something new"


def test_every_flag_in_a_warehouse_has_words(con):
    codes = [r[0] for r in con.execute("select distinct unnest(flags) from extractions").fetchall()]
    assert codes and all(has(f"flag_{c}") for c in codes), codes
    assert flag_words(["date_year_only", "year_from_title"], "vi") == "Chỉ biết năm; Năm lấy từ tiêu đề"
    assert flag_words(["date_year_only"], "en") == "Only the year is known"
    assert flag_words(["a_code_without_words"], "vi") == "a_code_without_words"


@pytest.mark.parametrize(("lang", "yes_no"), [("vi", {"Có", "Không"}), ("en", {"Yes", "No"})])
def test_quality_tables_have_translated_headers_and_human_values(con, lang, yes_no):
    flagged = flagged_view(queries.run(con, "flagged_documents", min_confidence=0.6, limit=1000), lang)
    rejects = rejects_view(queries.run(con, "rejects_list"), lang)
    runs = runs_view(queries.run(con, "etl_runs_list", limit=20), lang)
    for table in (flagged, rejects, runs):
        assert not set(table.columns) & RAW_NAMES, list(table.columns)
    assert set(flagged.iloc[:, 4]) <= yes_no
    assert not flagged.iloc[:, 2].str.contains(r"\b[a-z]+_[a-z_]+\b").any()  # no flag codes left
    assert runs.iloc[0, 1].count("/") == 2 and "T" not in runs.iloc[0, 1]  # 29/11/2026 17:47:04
    assert not flagged.isna().any().any() and not flagged.astype(str).eq("None").any().any()


def test_a_document_listed_for_low_confidence_alone_says_so_and_a_page_without_a_file_shows_a_dash():
    row = {"source_id": ["src-1"], "title": ["Ký kết"], "flags": [[]], "confidence": [0.5], "is_event": [True]}
    view = flagged_view(pd.DataFrame(row | {"path": [None]}), "vi")
    assert view.iloc[0].tolist() == ["src-1", "Ký kết", "Độ tin cậy thấp", "50%", "Có", "—"]


def test_load_counts_are_written_with_the_languages_thousands_separator():
    runs = pd.DataFrame(
        {
            "run_id": [1],
            "started_at": [pd.Timestamp("2026-11-30 06:39:34")],
            "finished_at": [pd.Timestamp("2026-11-30 06:41:02")],
            "inputs": [100000],
            "documents": [99870],
            "duplicates": [130],
            "events": [99000],
            "rejected": [0],
        }
    )
    assert runs_view(runs, "vi").iloc[0, 3:].tolist() == ["100.000", "99.870", "130", "99.000", "0"]
    assert runs_view(runs, "en").iloc[0, 3] == "100,000"
