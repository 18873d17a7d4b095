"""The DuckDB warehouse file: built beside the old one, checked, then swapped in atomically.

Readers open the file read-only. A load never writes to the file they have open: it copies it, loads the
copy and renames the copy over the original, so a reader sees either the old or the new warehouse, and a
load killed at any moment leaves the old one intact.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pyarrow as pa

from etl.reference import load_table
from etl.stages import reach

QUERIES_DIR = Path(__file__).resolve().parent.parent / "queries" / "warehouse"


class DataQualityError(RuntimeError):
    """A check in queries/checks.sql found violating rows; the new warehouse is not swapped in."""


def building_path(db: Path) -> Path:
    return db.with_name(db.name + ".building")


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
    for stale in (tmp, tmp.with_name(tmp.name + ".wal")):
        stale.unlink(missing_ok=True)  # left by a killed run
    if db.exists():
        shutil.copy2(db, tmp)
    con = duckdb.connect(str(tmp))
    run_script(con, "schema.sql")
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
    building_path(db).unlink(missing_ok=True)


def run_script(con: duckdb.DuckDBPyConnection, name: str) -> None:
    con.execute((QUERIES_DIR / name).read_text(encoding="utf-8"))


def replace_table(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict]) -> None:
    """Fill a table created by schema.sql with rows, keeping its declared column types."""
    con.execute(f"delete from {table}")
    append_rows(con, table, rows)


def append_rows(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict]) -> None:
    if not rows:
        return
    columns = [c[0] for c in con.execute(f"select * from {table} limit 0").description]
    data = {c: [r.get(c) for r in rows] for c in columns}
    try:  # Arrow columns straight from the values: faster than a pandas frame, and pandas stays unimported
        frame = pa.table(data)
    except (pa.ArrowInvalid, pa.ArrowTypeError):  # values of mixed types in a column: pandas holds them as objects
        import pandas as pd

        frame = pd.DataFrame(data)
    con.register("_incoming", frame)
    try:
        con.execute(f"insert into {table} select * from _incoming")
    finally:
        con.unregister("_incoming")


def load_reference(con: duckdb.DuckDBPyConnection) -> None:
    run_script(con, "reference_tables.sql")
    regions = {r["region_id"]: r["name_vi"] for r in load_table("regions.csv")}
    legacy_region = {r["province"]: regions[r["region_id"]] for r in load_table("province_regions.csv")}
    current_region = {r["province"]: regions[r["region_id"]] for r in load_table("current_regions.csv")}
    rows = [
        {
            "geography": "legacy",
            "province": r["province"],
            "code": r["code"],
            "region": legacy_region[r["province"]],
            "current_province": r["current"],
            "lat": float(r["lat"]),
            "lon": float(r["lon"]),
        }
        for r in load_table("provinces_legacy.csv")
    ] + [
        {
            "geography": "current",
            "province": r["province"],
            "code": r["code"],
            "region": current_region[r["province"]],
            "current_province": r["province"],
            "lat": float(r["lat"]),
            "lon": float(r["lon"]),
        }
        for r in load_table("provinces_current.csv")
    ]
    replace_table(con, "provinces", rows)
    replace_table(con, "regions", list(load_table("regions.csv")))
    replace_table(con, "topics", list(load_table("topics.csv")))
    replace_table(con, "clusters", list(load_table("clusters.csv")))
    current = {r["province"]: r["current"] for r in load_table("provinces_legacy.csv")}
    replace_table(
        con,
        "cluster_members",
        [{**r, "province_current": current.get(r["province"])} for r in load_table("cluster_members.csv")],
    )


def run_checks(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Names of the checks that found violating rows, with a count each."""
    failures = []
    text = (QUERIES_DIR / "checks.sql").read_text(encoding="utf-8")
    for block in re.split(r"^-- check:", text, flags=re.M)[1:]:
        name, _, sql = block.partition("\n")
        rows = con.execute(sql.strip().rstrip(";")).fetchall()
        if rows:
            failures.append(f"{name.strip()} ({len(rows)} rows)")
    return failures
