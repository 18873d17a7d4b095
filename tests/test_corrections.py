"""Corrections that last: applied after extraction on every run; unmatched or invalid ones reported."""

from __future__ import annotations

import duckdb

from etl.corrections import Correction, append_correction
from etl.pipeline import run_etl
from tests.conftest import INPUTS, SEEDS


def event_of(db, source_id):
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(
            """
            select e.province, e.event_type, e.level, e.flags from events e join event_sources s using (event_id)
            where s.source_id = ?
            """,
            [source_id],
        ).fetchone()


def test_corrections_apply_and_survive_reruns(tmp_path):
    path = tmp_path / "corrections.csv"
    append_correction(
        path,
        Correction("004_16563717b9753c0b", "province", "Lai Châu", "the signing was in Lai Châu", author="analyst1"),
    )
    append_correction(path, Correction("004_16563717b9753c0b", "event_type", "meeting", ""))
    append_correction(path, Correction("no-such-article", "province", "Hà Nội", "typo in the id"))
    append_correction(path, Correction("000_254e248001d01ce0", "level", "galactic", ""))
    append_correction(path, Correction("crawl-003", "is_event", "true", "a notice that was really a signing"))
    db = tmp_path / "w.duckdb"
    first = run_etl([SEEDS, INPUTS / "formats"], db, progress=False, corrections_path=path)
    province, kind, _, flags = event_of(db, "004_16563717b9753c0b")
    assert (province, kind) == ("Lai Châu", "meeting") and "corrected" in flags
    assert event_of(db, "crawl-003") is not None  # a non-event made an event
    assert event_of(db, "000_254e248001d01ce0")[2] == "province"  # the invalid correction changed nothing
    statuses = {(c.source_id, c.status) for c in first.corrections}
    assert ("no-such-article", "unmatched") in statuses and ("000_254e248001d01ce0", "invalid") in statuses
    assert "corrections:      3 applied of 5" in first.render()
    assert "line 4: unmatched: no document with source_id 'no-such-article'" in first.render()

    run_etl([SEEDS, INPUTS / "formats"], db, progress=False, corrections_path=path)  # a re-run keeps the fix
    assert event_of(db, "004_16563717b9753c0b")[:2] == ("Lai Châu", "meeting")
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute("select status, count(*) from corrections group by 1 order by 1").fetchall()
    assert rows == [("applied", 3), ("invalid", 1), ("unmatched", 1)]


def test_without_corrections_nothing_changes(tmp_path):
    db = tmp_path / "w.duckdb"
    run_etl([SEEDS], db, progress=False, corrections_path=tmp_path / "missing.csv")
    assert event_of(db, "004_16563717b9753c0b")[:2] == ("Điện Biên", "agreement")


def test_a_correction_that_breaks_the_record_is_invalid_and_the_load_goes_on(tmp_path):
    """A period ending before it starts is refused as a correction, not by the warehouse check after loading."""
    path = tmp_path / "corrections.csv"
    append_correction(path, Correction("000_254e248001d01ce0", "period_end", "2018", "typo"))
    db = tmp_path / "w.duckdb"
    summary = run_etl([SEEDS], db, progress=False, corrections_path=path)
    (only,) = summary.corrections
    assert (only.status, only.reason) == ("invalid", "period ends (2018) before it starts (2020)")
    with duckdb.connect(str(db), read_only=True) as con:
        period = con.execute(
            "select period_start, period_end from events join event_sources using (event_id) where source_id = ?",
            ["000_254e248001d01ce0"],
        ).fetchone()
    assert period == (2020, 2024)
