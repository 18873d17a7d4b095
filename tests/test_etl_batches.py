"""How a load is cut up (runs, batches, what is kept in memory) never changes the warehouse's tables."""

from __future__ import annotations

import shutil
from pathlib import Path

from benchmarks.compare_warehouses import compare
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
