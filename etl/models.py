"""The derived tables as SQL models (queries/warehouse/models/NN_name.sql), built in dependency order.

As in a dbt project: one file is one table, named after the file without its number; a model depends on
every other model or staging table its SQL names; the numbers only break ties. A model whose table
schema.sql or reference_tables.sql declares is written into it (the declared types and comments hold);
any other is a temporary table of the load. Column checks are declared in each model's header:

    -- checks:
    --   event_id: not_null, unique
    --   level: relationships(ref_levels.level)
    --   province: relationships(provinces.province where geography = 'legacy')
    --   (event_id, rank): unique

`relationships(table.column [where ...])` accepts only values found in that (reference) table, so accepted
values live in data/reference/, never as literals here. Checks run after every load (`failed_checks`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import duckdb

MODELS_DIR = Path(__file__).resolve().parent.parent / "queries" / "warehouse" / "models"
_FILE = re.compile(r"^(\d+)_(\w+)\.sql$")
_CHECK_LINE = re.compile(r"^--\s+(\(?[\w, ]+\)?)\s*:\s*(.+)$")
_TEST = re.compile(r"(not_null|unique|relationships)(?:\(([\w.]+)(?:\s+where\s+([^)]*))?\))?")


class ModelError(ValueError):
    """A model file that cannot run: a bad name, an unknown check, a dependency cycle."""


@dataclass(frozen=True)
class Check:
    model: str
    columns: tuple[str, ...]
    test: str  # not_null | unique | relationships
    target: str | None = None  # table.column, for relationships
    where: str | None = None

    @property
    def name(self) -> str:
        target = f"({self.target}{' where ' + self.where if self.where else ''})" if self.target else ""
        return f"{self.model}.{', '.join(self.columns)} {self.test}{target}"

    def sql(self) -> str:
        """The rows that break the check (counted)."""
        table, cols = self.model, self.columns
        if self.test == "not_null":
            return f"select count(*) from {table} where {' or '.join(f'{c} is null' for c in cols)}"
        if self.test == "unique":
            keys = ", ".join(cols)
            return f"select count(*) from (select {keys} from {table} group by {keys} having count(*) > 1)"
        ref_table, ref_column = (self.target or "").split(".")
        condition = f" and ({self.where})" if self.where else ""
        return (
            f"select count(*) from {table} x where x.{cols[0]} is not null and not exists "
            f"(select 1 from {ref_table} r where r.{ref_column} = x.{cols[0]}{condition})"
        )


@dataclass(frozen=True)
class Model:
    number: int
    name: str
    sql: str
    checks: tuple[Check, ...]


def _code(sql: str) -> str:
    """The SQL without comments and string literals: what names a table."""
    sql = re.sub(r"--[^\n]*", " ", sql)
    return re.sub(r"'(?:[^']|'')*'", "''", sql)


def _checks(name: str, sql: str) -> tuple[Check, ...]:
    lines = sql.splitlines()
    if "-- checks:" not in lines:
        return ()
    out = []
    for line in lines[lines.index("-- checks:") + 1 :]:
        m = _CHECK_LINE.match(line)
        if not m:
            break
        columns = tuple(c.strip() for c in m.group(1).strip("()").split(","))
        for test in re.split(r",\s*(?![^()]*\))", m.group(2).strip()):
            t = _TEST.fullmatch(test.strip())
            if not t or (t.group(1) == "relationships") != bool(t.group(2)) or "." not in (t.group(2) or "."):
                raise ModelError(f"{name}: unknown check {test.strip()!r}")
            out.append(Check(name, columns, t.group(1), t.group(2), t.group(3)))
    return tuple(out)


def load_models(directory: Path = MODELS_DIR) -> list[Model]:
    """Every model file, in file order."""
    models = []
    for path in sorted(directory.glob("*.sql")):
        m = _FILE.match(path.name)
        if not m:
            raise ModelError(f"{path.name}: a model file is named NN_name.sql")
        sql = path.read_text(encoding="utf-8")
        models.append(Model(int(m.group(1)), m.group(2), sql, _checks(m.group(2), sql)))
    return models


def dependencies(models: list[Model]) -> dict[str, set[str]]:
    """For each model, the other models of the list and the staging tables (stg_*) its SQL names."""
    names = {m.name for m in models}
    out = {}
    for m in models:
        words = set(re.findall(r"\b\w+\b", _code(m.sql).lower()))
        out[m.name] = {w for w in words if (w in names and w != m.name) or w.startswith("stg_")}
    return out


def in_order(models: list[Model]) -> list[Model]:
    """Models after the models they depend on; among those ready, by file number."""
    deps = dependencies(models)
    done: set[str] = set()
    ordered: list[Model] = []
    waiting = sorted(models, key=lambda m: (m.number, m.name))
    while waiting:
        ready = next((m for m in waiting if not {d for d in deps[m.name] if not d.startswith("stg_")} - done), None)
        if ready is None:
            raise ModelError("models depend on each other in a cycle: " + ", ".join(m.name for m in waiting))
        ordered.append(ready)
        done.add(ready.name)
        waiting.remove(ready)
    return ordered


def upstream(models: list[Model], names: Iterable[str]) -> set[str]:
    """The models named (those of the list) and every model of the list they read, directly or through others."""
    deps = dependencies(models)
    found: set[str] = set()
    todo = [n for n in names if n in deps]
    while todo:
        name = todo.pop()
        if name not in found:
            found.add(name)
            todo += [d for d in deps[name] if d in deps]
    return found


def split_layers(models: list[Model]) -> tuple[list[Model], list[Model]]:
    """(reference models, event models): the event models are built, directly or through other models,
    from the staging tables; the reference models from the reference tables alone."""
    deps = dependencies(models)
    events: set[str] = set()
    for m in in_order(models):
        if any(d.startswith("stg_") or d in events for d in deps[m.name]):
            events.add(m.name)
    return [m for m in models if m.name not in events], [m for m in models if m.name in events]


def build(con: duckdb.DuckDBPyConnection, models: list[Model]) -> dict[str, int]:
    """Run the models in order (those they name outside the list must exist); the row count of each."""
    declared = {
        name for (name,) in con.execute("select table_name from duckdb_tables() where not temporary").fetchall()
    }
    counts: dict[str, int] = {}
    for m in in_order(models):
        select = m.sql.strip().rstrip(";")
        if m.name in declared:
            con.execute(f"delete from {m.name}")
            con.execute(f"insert into {m.name} by name {select}")
        else:
            con.execute(f"create or replace temp table {m.name} as {select}")
        counts[m.name] = (con.execute(f"select count(*) from {m.name}").fetchone() or [0])[0]
    return counts


def failed_checks(con: duckdb.DuckDBPyConnection, models: list[Model]) -> list[str]:
    """Every declared check that finds rows breaking it, with their number (all counted in one query)."""
    checks = [c for m in models for c in m.checks]
    if not checks:
        return []
    counts = con.execute("select " + ", ".join(f"({c.sql()})" for c in checks)).fetchone() or ()
    return [f"{c.name} ({n} rows)" for c, n in zip(checks, counts, strict=True) if n]
