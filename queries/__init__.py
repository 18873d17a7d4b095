"""Named queries: one `.sql` file per dataset, its parameters derived from the SQL text itself.

`run(con, "events_by_region", date_from=..., ...)` binds every `$name` as a DuckDB parameter and refuses
unknown or missing ones, so a page can only ask what a file declares.

Chart queries build on one relation, `filtered_events`: the events the caller's filters keep. The caller
hands it over as a parameter of that name (a `Base`, made by the dashboard's filter objects, each bringing
its own condition), with the values of those conditions' parameters; a query reads it like a table. A query
that needs a different window names the parameters it sets otherwise, with DuckDB's named-argument syntax:
`filtered_events(date_from := null)` is every filter but the start of the period.

A few parameters are derived: the runner looks each up in the warehouse from the caller's values, by a
one-value query of its name in queries/derived/ (a province's bit in `place_bits`, from its name), and binds it
like any other. A filter's condition can then test a value the warehouse gave, not search every row.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, MutableMapping
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

QUERY_DIR = Path(__file__).resolve().parent
DERIVED_DIR = QUERY_DIR / "derived"
_COMMENT_OR_STRING = r"--[^\n]*|'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\""
_STRIP = re.compile(_COMMENT_OR_STRING, re.S)
_PARAM = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")
_COLUMNS = re.compile(r"^--\s*columns:\s*(.+)$", re.M | re.I)

FILTERED = "filtered_events"  # the base relation's name in the .sql files, and its parameter's name
SOURCE = "located_events($geography)"  # the events placed in the chosen geography (queries/warehouse/macros.sql)
# A reference to the base relation, with its optional arguments; comments and strings are matched first and
# left alone, so a name inside them is no reference.
_REFERENCE = re.compile(rf"{_COMMENT_OR_STRING}|\b{FILTERED}\b(?:\s*\(([^()]*)\))?", re.S)
_ARGUMENT = r"\s*([A-Za-z_][A-Za-z0-9_]*)\s*:=\s*('(?:[^']|'')*'|\$?[A-Za-z0-9_.]+)\s*"
_ARGUMENTS = re.compile(rf"(?:{_ARGUMENT}(?:,{_ARGUMENT})*)?")


@dataclass(frozen=True)
class Query:
    name: str
    sql: str
    params: frozenset[str]  # its own `$names` but the derived ones, and `filtered_events` when it builds on them
    columns: tuple[str, ...]  # as documented in the header comment

    @property
    def filtered(self) -> bool:
        """Builds on the filtered events: takes the caller's whole filter set."""
        return FILTERED in self.params


@dataclass(frozen=True)
class Base:
    """The filtered events, as the caller's filters define them: the rows of `SOURCE` that meet every condition.

    Each condition is a boolean SQL expression over those rows' columns with its own `$parameter`, true for
    every row when that parameter is null ("all")."""

    conditions: tuple[str, ...]

    def sql(self, arguments: dict[str, str] | None = None, unset: frozenset[str] = frozenset()) -> str:
        """The relation as a subquery; each argument's expression stands for its parameter. `unset`: the
        parameters the caller gives as null; a condition guarded by one (`($name is null or ...)`, its parameter
        or its argument null) is true for every row and left out: DuckDB plans fewer tests (1-6 ms a query at
        1M events), and nothing of an unused filter (a search's text functions) is evaluated."""
        given = arguments or {}
        kept = [c for c in self.conditions if not _unused(c, given, unset)]
        text = f"select * from {SOURCE} where {' and '.join(kept) or 'true'}"
        return "(" + _PARAM.sub(lambda m: f"({given[m[1]]})" if m[1] in given else m[0], text) + ")"

    @property
    def params(self) -> frozenset[str]:
        return _base_params(self)


_GUARD = re.compile(r"\(\$([A-Za-z_][A-Za-z0-9_]*) is null or ")


def _unused(condition: str, arguments: dict[str, str], unset: frozenset[str]) -> bool:
    """Whether a condition is true for every row: guarded by a parameter that is null here, given as null by the
    caller, or standing for a literal null or for another parameter the caller gives as null."""
    m = _GUARD.match(condition)
    if m is None:
        return False
    value = arguments.get(m[1], "$" + m[1]).strip()
    return value.lower() == "null" or (value.startswith("$") and value[1:] in unset)


@lru_cache(maxsize=1024)
def param_names(sql: str) -> frozenset[str]:
    """`$name` parameters outside comments and string literals."""
    return frozenset(_PARAM.findall(_STRIP.sub(" ", sql)))


@lru_cache(maxsize=64)
def _base_params(base: Base) -> frozenset[str]:
    return param_names(base.sql())


def _arguments(text: str | None) -> dict[str, str]:
    """`date_from := null, event_type := 'agreement'` as {name: expression}: literals and parameters only."""
    text = text or ""
    if not _ARGUMENTS.fullmatch(text):
        raise QueryError(f"{FILTERED}({text}): arguments are `name := literal or $parameter`, comma-separated")
    pairs = re.findall(_ARGUMENT, text)
    return dict(pairs)


def references(sql: str) -> list[dict[str, str]]:
    """The arguments of each reference to the base relation, in order (a bare reference has none)."""
    return [_arguments(m.group(1)) for m in _REFERENCE.finditer(sql) if m.group(0).startswith(FILTERED)]


@cache
def registry() -> dict[str, Query]:
    queries = {}
    for path in sorted(QUERY_DIR.glob("*.sql")):
        sql = path.read_text(encoding="utf-8")
        m = _COLUMNS.search(sql)
        columns = tuple(c.strip() for c in m.group(1).split(",")) if m else ()
        base = {FILTERED} if references(sql) else set()
        own = param_names(sql) - derived().keys()  # a derived one is looked up, never given by the caller
        queries[path.stem] = Query(path.stem, sql, own | base, columns)
    return queries


@cache
def derived() -> dict[str, str]:
    """The derived parameters: name -> the query that looks its value up (its first column of its first row)."""
    return {path.stem: path.read_text(encoding="utf-8") for path in sorted(DERIVED_DIR.glob("*.sql"))}


class QueryError(ValueError):
    """Asked for a query that does not exist, or with parameters it does not declare."""


@lru_cache(maxsize=1024)
def _expanded(sql: str, base: Base, unset: frozenset[str] = frozenset()) -> str:
    """The query with each reference to the base relation replaced by the relation itself, without the conditions
    of the filters the caller leaves unset (`unset`: the parameters given as null)."""

    def expand(m: re.Match[str]) -> str:
        if not m.group(0).startswith(FILTERED):
            return m.group(0)
        arguments = _arguments(m.group(1))
        if unknown := set(arguments) - base.params:
            raise QueryError(f"{FILTERED} has no parameter(s) {sorted(unknown)}")
        return base.sql(arguments, unset)

    return _REFERENCE.sub(expand, sql)


def _checked(name: str, params: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """The SQL to run and the values it binds; refuses an unknown query, unknown or missing parameters."""
    query = registry().get(name)
    if query is None:
        raise QueryError(f"no query named {name!r}")
    accepted, sql = query.params, query.sql
    if query.filtered:  # it takes the whole filter set, whatever it leaves unused
        base = params.get(FILTERED)
        if not isinstance(base, Base):
            raise QueryError(f"{name}: missing parameter {FILTERED!r} (a queries.Base, from the caller's filters)")
        unset = frozenset(k for k in base.params if k in params and params[k] is None)
        accepted, sql = accepted | base.params, _expanded(sql, base, unset)
    given = set(params)
    if unknown := given - accepted:
        raise QueryError(f"{name}: unknown parameter(s) {sorted(unknown)}")
    if missing := (query.params | param_names(sql)) - given - derived().keys():
        raise QueryError(f"{name}: missing parameter(s) {sorted(missing)}")
    return sql, {key: params[key] for key in param_names(sql) if key in params}


def _derive(
    con: duckdb.DuckDBPyConnection,
    sql: str,
    values: dict[str, Any],
    params: dict[str, Any],
    known: MutableMapping[tuple, Any] | None = None,
) -> dict[str, Any]:
    """`values` with the derived parameters `sql` reads and the caller did not give, each looked up from the
    caller's `params`; null, with no lookup, when a value it reads is null (nothing chosen). `known`: the values
    looked up before in the same warehouse, by lookup and inputs, kept there (a lookup is a query of its own,
    1-2 ms to plan and run, asked again by every query of a page under the same filters)."""
    out = dict(values)
    for key in sorted(param_names(sql) - values.keys()):
        lookup = derived()[key]
        inputs = {k: params.get(k) for k in param_names(lookup)}
        memo = (key, tuple(sorted(inputs.items())))
        if known is not None and memo in known:
            out[key] = known[memo]
            continue
        row = None if None in inputs.values() else con.execute(lookup, inputs).fetchone()
        out[key] = row[0] if row else None
        if known is not None:
            known[memo] = out[key]
    return out


def run(
    con: duckdb.DuckDBPyConnection, name: str, known: MutableMapping[tuple, Any] | None = None, /, **params: Any
) -> pd.DataFrame:
    """The named query's rows. `known`: derived values looked up before in this warehouse (see _derive), to read
    instead of looking them up again, and to keep the new ones in."""
    sql, values = _checked(name, params)
    return con.execute(sql, _derive(con, sql, values, params, known)).df()


BATCH_VECTORS = 25  # DuckDB hands results out in vectors of 2,048 rows: pieces of 51,200 rows


def batches(con: duckdb.DuckDBPyConnection, name: str, /, **params: Any) -> Iterator[pd.DataFrame]:
    """The result in pieces, for files of every matching row: never one frame of a million rows."""
    sql, values = _checked(name, params)
    cursor = con.execute(sql, _derive(con, sql, values, params))
    while not (piece := cursor.fetch_df_chunk(BATCH_VECTORS)).empty:
        yield piece
