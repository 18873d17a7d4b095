"""The warehouse on a real DuckDB file: contents, idempotent and incremental runs, atomic swap."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from etl import stages
from etl.pipeline import run_etl
from tests.conftest import INPUTS, SEEDS, copy_inputs

TABLES = (
    "documents",
    "events",
    "event_sources",
    "event_parties",
    "event_topics",
    "event_provinces",
    "organisations",
    "sightings",
    "rejects",
    "provinces",
    "clusters",
    "cluster_members",
    "etl_runs",
)


def counts(db: Path) -> dict[str, int]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {t: con.execute(f"select count(*) from {t}").fetchall()[0][0] for t in TABLES}


def test_seed_events_in_the_warehouse(con):
    rows = con.execute(
        """
        select e.province, e.province_current, e.region, e.level, e.event_type, e.event_date
        from events e join event_sources s using (event_id) join documents d using (doc_id)
        where d.source_id = '001_ad947c25b7113c46'
        """
    ).fetchall()
    assert rows == [("Hà Nam", "Ninh Bình", "Đồng bằng sông Hồng", "inter-provincial", "meeting", "2023-06-27")]
    members = con.execute(
        """
        select count(*) from event_provinces p join event_sources s using (event_id) join documents d using (doc_id)
        where d.source_id = '001_ad947c25b7113c46'
        """
    ).fetchone()[0]
    assert members == 8
    text = con.execute("select text from documents where source_id = '001_ad947c25b7113c46'").fetchone()[0]
    assert "lich truyen hinh" not in text and "Hội Khuyến học" in text


def test_reference_geographies(con):
    assert con.execute("select geography, count(*) from provinces group by 1 order by 1").fetchall() == [
        ("current", 34),
        ("legacy", 63),
    ]
    assert (
        con.execute("select count(*) from cluster_members where cluster_id = 'khuyenhoc_dbsh_cum3'").fetchone()[0] == 8
    )


def test_one_article_on_two_sites_is_one_event_with_two_sources(con):
    rows = con.execute(
        """
        select e.event_id, e.n_sources, count(*) from events e join event_sources s using (event_id)
        join documents d using (doc_id) where d.path like '%two_sites%' group by 1, 2
        """
    ).fetchall()
    assert len(rows) == 1 and rows[0][1] == 2 and rows[0][2] == 2
    parties = con.execute(
        "select o.name from event_parties p join organisations o using (org_id) where event_id = ? order by position",
        [rows[0][0]],
    ).fetchall()
    assert [p[0] for p in parties] == ["Ban Tuyên giáo Tỉnh ủy Bình Định", "Hội Nhà báo tỉnh Bình Định"]


def test_rejects_recorded_with_reasons(con):
    rejects = con.execute("select path, line, reason from rejects order by path, line").fetchall()
    names = [(Path(p).name, line) for p, line, _ in rejects]
    assert ("binary.txt", None) in names and ("crawl_bad_line.jsonl", 2) in names
    assert ("register_bad_rows.csv", 3) in names
    assert len(rejects) == 10
    run = con.execute("select inputs, documents, rejected, events from etl_runs").fetchone()
    assert run[2] == 10 and run[1] > 0 and run[3] > 0


def test_rerun_changes_no_count_and_new_files_add_only_themselves(tmp_path):
    db = tmp_path / "wh.duckdb"
    src = copy_inputs(SEEDS, INPUTS / "broken", dest=tmp_path / "in")
    first = run_etl([src], db, progress=False)
    before = counts(db)
    second = run_etl([src], db, progress=False)
    after = counts(db)
    assert second.documents == 0 and second.duplicates == first.documents
    assert {k: v for k, v in after.items() if k != "etl_runs"} == {k: v for k, v in before.items() if k != "etl_runs"}
    assert after["etl_runs"] == before["etl_runs"] + 1

    shutil.copytree(INPUTS / "two_sites", src / "two_sites")
    third = run_etl([src], db, progress=False)
    assert third.documents == 2 and third.duplicates == first.documents
    assert counts(db)["events"] == before["events"] + 1


def _write_corpus(folder: Path, n: int) -> None:
    folder.mkdir(parents=True)
    provinces = ["Hà Giang", "Cao Bằng", "Lạng Sơn", "Nghệ An", "Hà Tĩnh", "Quảng Trị", "Gia Lai", "Cà Mau"]
    for i in range(n):
        p = provinces[i % len(provinces)]
        (folder / f"a{i:04d}.txt").write_text(
            f"Hội Nông dân tỉnh {p} ký kết chương trình phối hợp số {i}\n\nNgày {1 + i % 28}/{1 + i % 12}/20{10 + i % 15}, "
            f"Hội Nông dân tỉnh {p} và Sở Tư pháp tỉnh {p} ký kết chương trình phối hợp số {i} "
            f"giai đoạn 2021-2025 về tuyên truyền pháp luật cho hội viên.\n\nPhóng viên {i}\n",
            encoding="utf-8",
        )


@pytest.fixture(scope="module")
def kill_setup(tmp_path_factory):
    """A warehouse before a big load, and the counts the same load gives when it runs to the end. 3,000
    articles: more than one batch (so a batch is written before the last input is read) and enough for
    extraction to run in worker processes, as a real load does."""
    root = tmp_path_factory.mktemp("kill")
    before_db = root / "before.duckdb"
    run_etl([SEEDS], before_db, progress=False)
    corpus = root / "corpus"
    _write_corpus(corpus, 3000)
    after_db = root / "after.duckdb"
    shutil.copy2(before_db, after_db)
    run_etl([corpus], after_db, progress=False)
    return before_db, corpus, counts(before_db), counts(after_db)


def _paused_at(proc: subprocess.Popen, stage: str) -> None:
    """Wait until the load says it is paused at `stage`; fail if it ends without getting there."""
    said = []
    assert proc.stderr is not None  # started with stderr=PIPE
    for line in proc.stderr:  # blocks until the load writes a line or ends
        said.append(line)
        if line.strip() == f"paused at {stage}":
            return
    pytest.fail(f"the load ended (exit {proc.wait()}) without reaching {stage!r}: {''.join(said)[-2000:]}")


@pytest.mark.slow
@pytest.mark.parametrize("stage", stages.STAGES)
def test_a_load_killed_at_any_stage_leaves_the_warehouse_as_before_or_as_after(tmp_path, kill_setup, stage):
    """`kill -9` at each named stage of a load (the ETL pauses there and says so): before the rename the
    warehouse is exactly the old one, after it exactly the new one; the next run completes normally."""
    before_db, corpus, before, after = kill_setup
    db = tmp_path / "wh.duckdb"
    shutil.copy2(before_db, db)
    proc = subprocess.Popen(
        [sys.executable, "-m", "dashboard.cli", "etl", str(corpus), "--db", str(db), "--quiet"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, stages.PAUSE_ENV: stage},
    )
    try:
        _paused_at(proc, stage)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait()
        proc.stderr.close()
    state = counts(db)  # readable, never broken, never partly loaded
    state.pop("etl_runs"), before.pop("etl_runs", None), after.pop("etl_runs", None)
    assert state == (after if stage == "swapped" else before)
    summary = run_etl([corpus], db, progress=False)  # the next run completes normally
    assert summary.documents + summary.duplicates == 3000
    final = counts(db)
    final.pop("etl_runs")
    assert final == after
    assert not db.with_name(db.name + ".building").exists()


def test_failed_data_check_keeps_the_old_warehouse(tmp_path, monkeypatch):
    from etl import warehouse

    db = tmp_path / "wh.duckdb"
    run_etl([SEEDS], db, progress=False)
    before = counts(db)
    monkeypatch.setattr(warehouse, "run_checks", lambda con: ["events_province_known (1 rows)"])
    with pytest.raises(warehouse.DataQualityError):
        run_etl([INPUTS / "two_sites"], db, progress=False)
    assert counts(db) == before


def test_rows_are_appended_with_the_table_types_whatever_the_python_values():
    from etl.warehouse import append_rows

    con = duckdb.connect()
    con.execute("create table t (a varchar, b integer, c varchar[], d date, e double)")
    append_rows(con, "t", [{"a": "x", "b": 1, "c": [], "d": None, "e": 1}, {"a": None, "c": ["u"], "e": 0.5}])
    append_rows(con, "t", [{"a": None, "b": None, "c": [], "d": None}])  # every column empty: Arrow's null type
    append_rows(con, "t", [{"a": 5, "b": "7"}, {"a": "y", "b": 2}])  # mixed types in a column: the pandas path
    assert con.execute("select * from t").fetchall() == [
        ("x", 1, [], None, 1.0),
        (None, None, ["u"], None, 0.5),
        (None, None, [], None, None),
        ("5", 7, None, None, None),
        ("y", 2, None, None, None),
    ]


def _phoihop_etl(db: Path, inputs: Path, before_exec) -> subprocess.CompletedProcess:
    """`phoihop etl` in a process of its own, set up by `before_exec` (a limit, fewer privileges) first."""
    return subprocess.run(
        [sys.executable, "-m", "dashboard.cli", "etl", str(inputs), "--db", str(db), "--quiet"],
        capture_output=True,
        text=True,
        preexec_fn=before_exec,
        timeout=300,
    )


def _files_size_limit(limit: int):
    """No file of the process may grow past `limit` bytes (RLIMIT_FSIZE): writing past it fails as a full
    disk does (EFBIG; Python ignores SIGXFSZ), with no root and no small file system needed."""
    import resource

    return lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


def _digest(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.slow
@pytest.mark.parametrize("stage", ["copy", "load"])
def test_a_full_disk_during_a_load_is_one_line_its_own_code_and_leaves_nothing(tmp_path, stage):
    """It was a TransactionException traceback and exit 1, with the .building.wal left behind (and a partial
    .building when the copy failed first). The previous warehouse stays as it was."""
    from dashboard.cli import EXIT_DISK_FULL

    db = tmp_path / "w.duckdb"
    run_etl([SEEDS], db, progress=False)
    before, size = _digest(db), db.stat().st_size
    # "copy": the copy of the old warehouse cannot be written whole; "load": it can, but not one block more.
    limit = size // 2 if stage == "copy" else size + 64 * 1024
    result = _phoihop_etl(db, INPUTS.parent / "articles", _files_size_limit(limit))
    assert result.returncode == EXIT_DISK_FULL == 6, result.stderr
    said = result.stderr.strip()
    assert "\n" not in said and "Traceback" not in said and "disk is full" in said, said
    assert sorted(p.name for p in tmp_path.iterdir()) == ["w.duckdb", "w.duckdb.lock"]
    assert _digest(db) == before


def _without_root_override() -> None:
    """A root process still writes into a read-only folder; this one may not (its capability to override file
    permissions dropped from the bounding set, so the program it runs starts without it)."""
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (1, 2, 3):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER
        if libc.prctl(24, capability, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


@pytest.mark.slow
def test_a_read_only_data_folder_is_one_line_and_its_own_code(tmp_path):
    """It was an OSError traceback at the lock file."""
    from dashboard.cli import EXIT_READ_ONLY

    folder = tmp_path / "data"
    folder.mkdir()
    db = folder / "w.duckdb"
    run_etl([SEEDS], db, progress=False)
    (folder / "w.duckdb.lock").unlink()
    before = _digest(db)
    folder.chmod(0o555)
    fewer_rights = _without_root_override if os.geteuid() == 0 else None
    try:
        result = _phoihop_etl(db, INPUTS.parent / "articles", fewer_rights)
        update = subprocess.run(  # `phoihop update` stops at its own lock, before asking any site
            [sys.executable, "-m", "dashboard.cli", "update", "--db", str(db), "--quiet"],
            capture_output=True,
            text=True,
            preexec_fn=fewer_rights,
            timeout=300,
        )
    finally:
        folder.chmod(0o755)
    assert update.returncode == EXIT_READ_ONLY and "Traceback" not in update.stderr, update.stderr
    assert result.returncode == EXIT_READ_ONLY == 7, result.stderr
    said = result.stderr.strip()
    assert "\n" not in said and "Traceback" not in said and "read-only" in said, said
    assert sorted(p.name for p in folder.iterdir()) == ["w.duckdb"] and _digest(db) == before
