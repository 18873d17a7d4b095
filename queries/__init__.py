"""Named queries: one `.sql` file per dataset, its parameters derived from the SQL text itself.

`run(con, "events_by_region", date_from=..., ...)` binds every `$name` as a DuckDB parameter and refuses
unknown or missing ones, so a page can only ask what a file declares.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

QUERY_DIR = Path(__file__).resolve().parent
_STRIP = re.compile(r"--[^\n]*|'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"", re.S)
_PARAM = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")
_COLUMNS = re.compile(r"^--\s*columns:\s*(.+)$", re.M | re.I)


@dataclass(frozen=True)
class Query:
    name: str
    sql: str
    params: frozenset[str]
    columns: tuple[str, ...]  # as documented in the header comment


def param_names(sql: str) -> frozenset[str]:
    """`$name` parameters outside comments and string literals."""
    return frozenset(_PARAM.findall(_STRIP.sub(" ", sql)))


@cache
def registry() -> dict[str, Query]:
    queries = {}
    for path in sorted(QUERY_DIR.glob("*.sql")):
        sql = path.read_text(encoding="utf-8")
        m = _COLUMNS.search(sql)
        columns = tuple(c.strip() for c in m.group(1).split(",")) if m else ()
        queries[path.stem] = Query(path.stem, sql, param_names(sql), columns)
    return queries


class QueryError(ValueError):
    """Asked for a query that does not exist, or with parameters it does not declare."""


def _checked(name: str, params: dict[str, Any]) -> Query:
    query = registry().get(name)
    if query is None:
        raise QueryError(f"no query named {name!r}")
    given = set(params)
    if unknown := given - query.params:
        raise QueryError(f"{name}: unknown parameter(s) {sorted(unknown)}")
    if missing := query.params - given:
        raise QueryError(f"{name}: missing parameter(s) {sorted(missing)}")
    return query


def run(con: duckdb.DuckDBPyConnection, name: str, **params: Any) -> pd.DataFrame:
    return con.execute(_checked(name, params).sql, params).df()


BATCH_VECTORS = 25  # DuckDB hands results out in vectors of 2,048 rows: pieces of 51,200 rows


def batches(con: duckdb.DuckDBPyConnection, name: str, /, **params: Any) -> Iterator[pd.DataFrame]:
    """The result in pieces, for files of every matching row: never one frame of a million rows."""
    cursor = con.execute(_checked(name, params).sql, params)
    while not (piece := cursor.fetch_df_chunk(BATCH_VECTORS)).empty:
        yield piece
