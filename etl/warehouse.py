"""The DuckDB warehouse file: built beside the old one, checked, then swapped in atomically.

Readers open the file read-only. A load never writes to the file they have open: it copies it, loads the
copy and renames the copy over the original, so a reader sees either the old or the new warehouse, and a
load killed at any moment leaves the old one intact.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import re
import shutil
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import duckdb

from etl import models
from etl.event_types import event_types
from etl.reference import load_table
from etl.stages import reach

QUERIES_DIR = Path(__file__).resolve().parent.parent / "queries" / "warehouse"


class DataQualityError(RuntimeError):
    """A check (a model's declared column check or queries/warehouse/checks.sql) found violating rows; the new
    warehouse is not swapped in."""


class StorageError(OSError):
    """The warehouse's folder could not be written: `kind` "full" (no space, or past a size limit) or
    "read_only". Nothing of the load is left behind and the previous warehouse is as it was."""

    def __init__(self, kind: str, db: Path, reason: str) -> None:
        self.kind, self.db, self.reason = kind, db, reason
        where = db.parent if kind == "read_only" else db
        said = "the folder is read-only" if kind == "read_only" else "the disk is full"
        super().__init__(f"cannot write {where}: {said} ({reason}); the previous warehouse is kept as it was")


_FULL = {errno.ENOSPC: "full", errno.EFBIG: "full", errno.EDQUOT: "full"}
_READ_ONLY = {errno.EACCES: "read_only", errno.EPERM: "read_only", errno.EROFS: "read_only"}
# DuckDB says what the system said, in words only.
_DUCKDB_WORDS = {
    "no space left on device": "full",
    "file too large": "full",
    "disk quota exceeded": "full",
    "read-only file system": "read_only",
    "permission denied": "read_only",
}


def storage_problem(exc: BaseException, db: Path) -> StorageError | None:
    """The error as a StorageError when it says the warehouse's folder cannot be written, else None. A
    permission error counts only on the warehouse's own files and folder (an unreadable input is not one)."""
    if isinstance(exc, OSError) and exc.errno in _FULL:
        return StorageError("full", db, exc.strerror or str(exc))
    if isinstance(exc, OSError) and exc.errno in _READ_ONLY:
        touched = Path(exc.filename).resolve() if isinstance(exc.filename, str) else None
        if touched is None or db.parent.resolve() in (touched, touched.parent):
            return StorageError("read_only", db, exc.strerror or str(exc))
    if isinstance(exc, duckdb.Error):
        text = str(exc).lower()
        for words, kind in _DUCKDB_WORDS.items():
            if words in text and (kind == "full" or str(db.parent.resolve()).lower() in text):
                return StorageError(kind, db, words.capitalize())
    return None


def building_path(db: Path) -> Path:
    return db.with_name(db.name + ".building")


def _remove_building(db: Path) -> None:
    """The copy a load writes and DuckDB's log beside it: never left behind, whatever stopped the load."""
    tmp = building_path(db)
    for leftover in (tmp, tmp.with_name(tmp.name + ".wal")):
        leftover.unlink(missing_ok=True)


@contextlib.contextmanager
def load_lock(db: Path) -> Iterator[None]:
    """One load at a time per warehouse: a second run waits for the first."""
    db.parent.mkdir(parents=True, exist_ok=True)
    with open(db.with_name(db.name + ".lock"), "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def open_building(db: Path) -> duckdb.DuckDBPyConnection:
    """A writable copy of the current warehouse (or a new file), with the schema applied."""
    tmp = building_path(db)
    _remove_building(db)  # left by a killed run
    try:
        if db.exists():
            shutil.copy2(db, tmp)
        con = duckdb.connect(str(tmp))
    except BaseException:
        _remove_building(db)  # a copy cut short (the disk full) is not kept
        raise
    try:
        run_script(con, "schema.sql")
    except BaseException:
        abandon(con, db)
        raise
    return con


def swap_in(con: duckdb.DuckDBPyConnection, db: Path) -> None:
    """Make the loaded copy the warehouse: checkpoint, flush to disk, rename over the original."""
    con.execute("checkpoint")
    con.close()
    tmp = building_path(db)
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    reach("renaming")
    os.replace(tmp, db)
    dir_fd = os.open(db.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def abandon(con: duckdb.DuckDBPyConnection, db: Path) -> None:
    with contextlib.suppress(Exception):
        con.close()
    _remove_building(db)


def run_script(con: duckdb.DuckDBPyConnection, name: str) -> None:
    con.execute((QUERIES_DIR / name).read_text(encoding="utf-8"))


def replace_table(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict]) -> None:
    """Fill a table created by schema.sql with rows, keeping its declared column types."""
    con.execute(f"delete from {table}")
    append_rows(con, table, rows)


def append_rows(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict]) -> None:
    if rows:
        columns = [c[0] for c in con.execute(f"select * from {table} limit 0").description]
        append_columns(con, table, {c: [r.get(c) for r in rows] for c in columns})


_NUMBERS = frozenset({int, float})


def _one_type(values: list) -> bool:
    """Whether a column's values (None aside) are of one Python type, counting whole and decimal numbers as one."""
    kinds = set(map(type, values))
    kinds.discard(type(None))
    return len(kinds) <= 1 or kinds <= _NUMBERS


def append_columns(con: duckdb.DuckDBPyConnection, table: str, data: dict[str, list]) -> None:
    """Append values given column by column, in the table's column order."""
    if not data or not next(iter(data.values())):
        return
    frame: Any
    if all(map(_one_type, data.values())):
        # Each column a NumPy array of the Python values, which DuckDB reads and casts to the table's types itself.
        # Through Arrow (pa.table) pyarrow imported pandas on its first array (half a second of every load); as
        # list parameters (unnest($1)) DuckDB converted each value three times slower.
        import numpy as np  # imported on the first batch: a load's workers never need it

        frame = {c: np.fromiter(values, dtype=object, count=len(values)) for c, values in data.items()}
    else:  # values of mixed types in a column (a number and a word): pandas holds them as objects
        import pandas as pd

        frame = pd.DataFrame(data)
    con.register("_incoming", frame)
    try:
        con.execute(f"insert into {table} select * from _incoming")
    finally:
        con.unregister("_incoming")


# Reference files the models read, loaded as they are (text, plus their row number) into ref_<name> tables.
SEEDS = (
    "admin_units.csv",
    "unit_successions.csv",
    "geographies.csv",
    "clusters.csv",
    "cluster_members.csv",
    "cluster_roles.csv",
    "networks.csv",
    "levels.csv",
    "pledge_words.csv",
)


def load_seeds(con: duckdb.DuckDBPyConnection) -> None:
    """The reference files the models read, as temporary text tables (`ref_admin_units`, ...)."""
    for name in SEEDS:
        rows = load_table(name)
        table = "ref_" + name.removesuffix(".csv")
        columns = list(rows[0]) if rows else []
        con.execute(
            f"create or replace temp table {table} ({', '.join(f'{c} varchar' for c in columns)}, seed_row integer)"
        )
        append_rows(con, table, [{**r, "seed_row": i} for i, r in enumerate(rows)])


def load_reference(con: duckdb.DuckDBPyConnection) -> None:
    """The reference tables: copies of regions and topics, and the reference models built from the seeds
    (units, their geographies, provinces, the cluster registry)."""
    run_script(con, "reference_tables.sql")
    run_script(con, "functions.sql")
    replace_table(con, "regions", list(load_table("regions.csv")))
    replace_table(con, "topics", list(load_table("topics.csv")))
    replace_table(
        con,
        "event_types",
        [
            {
                "event_type": t.code,
                "position": i,
                "name_vi": t.name_vi,
                "name_en": t.name_en,
                "plural_vi": t.plural_vi,
                "plural_en": t.plural_en,
                "colour": t.colour,
                "makes_programs": t.makes_programs,
            }
            for i, t in enumerate(event_types())
        ],
    )
    replace_table(
        con, "program_roles", [{**r, "position": int(r["position"])} for r in load_table("program_roles.csv")]
    )
    replace_table(
        con, "program_statuses", [{**r, "position": int(r["position"])} for r in load_table("program_statuses.csv")]
    )
    load_seeds(con)
    reference, _ = models.split_layers(models.load_models())
    models.build(con, reference)


def build_event_tables(
    con: duckdb.DuckDBPyConnection, needs: Iterable[str] = (), then: Callable[[], None] | None = None
) -> dict[str, int]:
    """The event tables, from the staging tables (etl/events.py stage) by the event models. `then` is called as
    soon as the models named in `needs` (and those they read) are built, before the others: work over those alone
    (the program links' resolution, in Python, on a thread) goes on while DuckDB builds the rest."""
    _, event_models = models.split_layers(models.load_models())
    first = models.upstream(event_models, needs) if then else set()
    counts = models.build(con, [m for m in event_models if m.name in first])
    if then:
        then()
    return counts | models.build(con, [m for m in event_models if m.name not in first])


def run_checks(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Names of the checks that found violating rows, with a count each: every model's declared column checks,
    then the table checks of checks.sql."""
    failures = models.failed_checks(con, models.load_models())
    text = (QUERIES_DIR / "checks.sql").read_text(encoding="utf-8")
    for block in re.split(r"^-- check:", text, flags=re.M)[1:]:
        name, _, sql = block.partition("\n")
        rows = con.execute(sql.strip().rstrip(";")).fetchall()
        if rows:
            failures.append(f"{name.strip()} ({len(rows)} rows)")
    return failures
