"""Compare every table two warehouses share, row for row (DuckDB EXCEPT ALL both ways).

`python -m benchmarks.compare_warehouses OLD.duckdb NEW.duckdb [--ignore table.column ...]` prints, per table,
the rows only in OLD and only in NEW (a few shown). `--ignore` leaves columns out of the comparison: the
columns a change means to alter, so the rest is shown unchanged. Exit code 1 when any table differs.
"""

from __future__ import annotations

import argparse
import sys

import duckdb


def compare(old: str, new: str, ignore: frozenset[str] = frozenset(), show: int = 3) -> dict[str, tuple[int, int]]:
    """table -> (rows only in old, rows only in new), for every table of old that new has too."""
    con = duckdb.connect()
    con.execute(f"attach '{old}' as old (read_only)")
    con.execute(f"attach '{new}' as new (read_only)")
    tables = [
        t
        for (t,) in con.execute(
            "select table_name from duckdb_tables() where database_name = 'old' and schema_name = 'main' "
            "intersect select table_name from duckdb_tables() where database_name = 'new' and schema_name = 'main' "
            "order by 1"
        ).fetchall()
    ]
    out = {}
    for table in tables:
        cols = [
            c
            for (c,) in con.execute(
                "select column_name from duckdb_columns() where database_name = 'old' and table_name = ? "
                "order by column_index",
                [table],
            ).fetchall()
            if f"{table}.{c}" not in ignore
        ]
        select = ", ".join(f'"{c}"' for c in cols)
        only_old = f"select {select} from old.{table} except all select {select} from new.{table}"
        only_new = f"select {select} from new.{table} except all select {select} from old.{table}"
        a = _count(con, only_old)
        b = _count(con, only_new)
        out[table] = (a, b)
        n = _count(con, f"select * from new.{table}")
        print(f"{table:<20} rows {n:>7}   only in old {a:>6}   only in new {b:>6}")
        for label, sql in (("old", only_old), ("new", only_new)):
            for row in con.execute(f"{sql} limit {show}").fetchall() if (a if label == "old" else b) else []:
                print(f"    {label}: {str(row)[:300]}")
    return out


def _count(con: duckdb.DuckDBPyConnection, sql: str) -> int:
    return (con.execute(f"select count(*) from ({sql})").fetchone() or (0,))[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old")
    parser.add_argument("new")
    parser.add_argument("--ignore", nargs="*", default=[], help="table.column left out of the comparison")
    args = parser.parse_args(argv)
    result = compare(args.old, args.new, frozenset(args.ignore))
    return 1 if any(a or b for a, b in result.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
