"""How a load is cut up (runs, batches, what is kept in memory) never changes the warehouse's tables."""

from __future__ import annotations

import gc
import multiprocessing
import shutil
from pathlib import Path

import duckdb
import pytest

from benchmarks.compare_warehouses import compare
from etl import documents, pipeline
from etl.pipeline import run_etl
from tests.conftest import ARTICLES

# Filled by the load itself: which run first saw a row, and when.
PER_RUN = frozenset(
    {
        "documents.first_run_id",
        "sightings.run_id",
        "etl_runs.run_id",
        "etl_runs.started_at",
        "etl_runs.finished_at",
        "etl_runs.inputs",
        "etl_runs.documents",
        "etl_runs.duplicates",
    }
)


def _differing(old: Path, new: Path) -> dict[str, tuple[int, int]]:
    return {t: d for t, d in compare(str(old), str(new), PER_RUN, show=0).items() if d != (0, 0) and t != "etl_runs"}


def test_a_warehouse_loaded_in_two_runs_has_the_tables_of_one_run(tmp_path):
    """The second run's new documents come from memory, the first run's are read back from the warehouse: the
    event tables (groups of documents across both runs, programs, organisations) are those of one load."""
    files = sorted(ARTICLES.glob("*.txt"))
    assert len(files) > 20
    src = tmp_path / "in"
    src.mkdir()
    for f in files[::2]:
        shutil.copy2(f, src / f.name)
    once, twice = tmp_path / "once.duckdb", tmp_path / "twice.duckdb"
    first = run_etl([src], twice, progress=False, parallel=False)
    for f in files[1::2]:
        shutil.copy2(f, src / f.name)
    second = run_etl([src], twice, progress=False, parallel=False)
    run_etl([src], once, progress=False, parallel=False)
    assert first.documents and second.documents and second.duplicates == first.documents
    assert _differing(once, twice) == {}


def test_a_document_already_loaded_is_not_extracted_again(tmp_path, monkeypatch):
    """A re-run, and a second copy of an article in one run (another file, the same title and text), are
    cleaned to find their document and noted where seen, but not extracted again: the tables are the same."""
    src = tmp_path / "in"
    src.mkdir()
    files = sorted(ARTICLES.glob("*.txt"))[:12]
    for f in files:
        shutil.copy2(f, src / f.name)
    shutil.copy2(files[0], src / "copy_of_the_first.txt")
    calls: list[str] = []
    real = documents.extract

    def counted(article):
        calls.append(article.source_id)
        return real(article)

    monkeypatch.setattr(documents, "extract", counted)
    db = tmp_path / "wh.duckdb"
    first = run_etl([src], db, progress=False, parallel=False)
    assert first.documents == 12 and first.duplicates == 1 and len(calls) == 12
    with duckdb.connect(str(db), read_only=True) as con:
        seen = con.execute("select count(*) from sightings").fetchone()[0]
    assert seen == 13  # the copy's file is noted too
    once = tmp_path / "once.duckdb"
    shutil.copy2(db, once)
    calls.clear()
    second = run_etl([src], db, progress=False, parallel=False)
    assert second.documents == 0 and second.duplicates == 13 and calls == []
    assert _differing(once, db) == {}


def test_workers_give_the_tables_one_process_gives_with_a_broken_first_input_and_copies(tmp_path):
    """Enough inputs for the worker processes (the first is done before they start, here a broken file), more
    than one batch, and copies of articles near and far from their first: the tables of a load in one process."""
    src = tmp_path / "in"
    src.mkdir()
    (src / "a0000_broken.txt").write_bytes(b"\x00")
    provinces = ["Hà Giang", "Cao Bằng", "Lạng Sơn", "Nghệ An", "Hà Tĩnh", "Gia Lai", "Cà Mau"]
    n = pipeline.PARALLEL_FROM + 100
    for i in range(1, n):
        p = provinces[i % len(provinces)]
        (src / f"a{i:04d}.txt").write_text(
            f"Công an tỉnh {p} ký kết quy chế phối hợp số {i % 97}\n\nNgày {1 + i % 28}/{1 + i % 12}/20{12 + i % 12}, "
            f"Công an tỉnh {p} và Hội Cựu chiến binh tỉnh {p} ký kết quy chế phối hợp số {i % 97} "
            f"giai đoạn 2021-2025 về giữ gìn an ninh trật tự ở cơ sở.\n\nTin {i}\n",
            encoding="utf-8",
        )
    for i in (1, 2, 250):  # a copy next to its first, and one far from it (another worker's, maybe)
        shutil.copy2(src / f"a{i:04d}.txt", src / f"a{i:04d}_copy.txt")
        shutil.copy2(src / f"a{i:04d}.txt", src / f"z{i:04d}_copy.txt")
    serial, parallel = tmp_path / "serial.duckdb", tmp_path / "parallel.duckdb"
    one = run_etl([src], serial, progress=False, parallel=False)
    many = run_etl([src], parallel, progress=False, parallel=True)
    assert (many.documents, many.duplicates, len(many.rejects)) == (one.documents, one.duplicates, len(one.rejects))
    assert one.duplicates == 6 and len(one.rejects) == 1 and one.documents == n - 1
    assert _differing(serial, parallel) == {}


def test_the_pool_still_replaces_workers_that_exit() -> None:
    """The load's pool wakes its keeper thread only when a worker exits or the pool changes (not on every
    result): workers that exit after each task (maxtasksperchild) are replaced, and the map is done in full."""
    fork = multiprocessing.get_context("fork")
    with pipeline._Pool(2, maxtasksperchild=1, context=fork) as pool:
        assert pool.map_async(abs, range(-50, 0), chunksize=5).get(timeout=60) == list(range(50, 0, -1))


def test_a_load_collects_garbage_less_often_and_gives_the_thresholds_back(tmp_path, monkeypatch):
    """The collector runs less often while a load runs (a full collection walked every document kept so far),
    and the process (the dashboard's server, after an upload) has its own thresholds back, even when it fails."""
    before = gc.get_threshold()
    during: list[tuple[int, ...]] = []
    real_load = pipeline._load

    def load(*args, **kwargs):
        during.append(gc.get_threshold())
        return real_load(*args, **kwargs)

    monkeypatch.setattr(pipeline, "_load", load)
    src = tmp_path / "in"
    src.mkdir()
    for f in sorted(ARTICLES.glob("*.txt"))[:3]:
        shutil.copy2(f, src / f.name)
    run_etl([src], tmp_path / "w.duckdb", progress=False, parallel=False)
    assert during == [(max(before[0], pipeline.LOAD_GC_THRESHOLD), *before[1:])]
    assert gc.get_threshold() == before

    def failing(*args, **kwargs):
        raise OSError("disk gone")

    monkeypatch.setattr(pipeline, "_load", failing)
    with pytest.raises((OSError, pipeline.StorageError)):
        run_etl([src], tmp_path / "w2.duckdb", progress=False, parallel=False)
    assert gc.get_threshold() == before


def test_new_events_are_staged_and_the_reference_built_while_the_load_runs(tmp_path, monkeypatch):
    """Work of the load's end done while the workers extract instead of with one core idle after them: each batch
    writes its new events' staging rows and the first builds the reference tables; at the end only the grouping
    and the rows of documents an earlier run loaded are left to stage."""
    files = sorted(ARTICLES.glob("*.txt"))[:16]
    src = tmp_path / "in"
    src.mkdir()
    for f in files[:10]:
        shutil.copy2(f, src / f.name)
    seen: list[dict[str, int]] = []
    real_stage = pipeline.stage

    def stage(con, items, opened=False):
        seen.append(
            {
                "items": len(items),
                "written": sum(e.written for e in items),
                "in_staging": con.execute("select count(*) from stg_extractions").fetchone()[0],
                "units": con.execute("select count(*) from units").fetchone()[0],
            }
        )
        return real_stage(con, items, opened)

    monkeypatch.setattr(pipeline, "stage", stage)
    db = tmp_path / "w.duckdb"
    run_etl([src], db, progress=False, parallel=False)
    for f in files[10:]:
        shutil.copy2(f, src / f.name)
    run_etl([src], db, progress=False, parallel=False)
    first, second = seen
    assert first["units"] > 0 and second["units"] > 0
    assert first["items"] > 0 and first["written"] == first["in_staging"] == first["items"]
    assert 0 < second["written"] == second["in_staging"] < second["items"]  # the first run's come from the warehouse
