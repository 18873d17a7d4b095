"""Interface strings in Vietnamese (first) and English, from dashboard/strings.csv; region names from
data/reference/regions.csv, event type names from data/reference/event_types.csv (province names stay
Vietnamese in both languages)."""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

from etl.event_types import event_type
from etl.resources import data_dir

LANGS = ("vi", "en")
REGIONS_CSV = data_dir("reference") / "regions.csv"


@cache
def _strings() -> dict[str, dict[str, str]]:
    with open(Path(__file__).with_name("strings.csv"), encoding="utf-8", newline="") as fh:
        return {row["key"]: row for row in csv.DictReader(fh)}


def t(key: str, lang: str = "vi", **values: object) -> str:
    """The string for a key (an event type's code gives its name); the key itself when missing, so a gap
    shows instead of crashing."""
    row = _strings().get(key)
    kind = None if row else event_type(key)
    text = (row.get(lang) or row["vi"]) if row else kind.name(lang) if kind else key
    return text.format(**values) if values else text


def has(key: str) -> bool:
    return key in _strings()


def keys_with_prefix(prefix: str) -> list[str]:
    """Keys of a family (`flag_`, `reason_`), in the order of the file."""
    return [k for k in _strings() if k.startswith(prefix)]


@cache
def _region_names() -> dict[str, dict[str, str]]:
    with open(REGIONS_CSV, encoding="utf-8", newline="") as fh:
        return {row["name_vi"]: {"vi": row["name_vi"], "en": row["name_en"]} for row in csv.DictReader(fh)}


def region_name(name: str, lang: str = "vi") -> str:
    """A region (as the warehouse names it, in Vietnamese) in the interface's language; others unchanged."""
    return _region_names().get(name, {}).get(lang) or name


@cache
def _reference_names(table: str) -> dict[str, dict[str, str]]:
    """{code: {"vi": name, "en": name}} of a reference table whose first column is the code (program_statuses.csv)."""
    with open(data_dir("reference") / table, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    key = next(iter(rows[0])) if rows else ""
    return {row[key]: {"vi": row["name_vi"], "en": row["name_en"] or row["name_vi"]} for row in rows}


def program_status_name(status: str, lang: str = "vi") -> str:
    """A program's status in words (data/reference/program_statuses.csv); the code when unknown."""
    return _reference_names("program_statuses.csv").get(status, {}).get(lang) or status


def program_role_name(role: str, lang: str = "vi") -> str:
    """What an event does on a program's line, in words (data/reference/program_roles.csv)."""
    return _reference_names("program_roles.csv").get(role, {}).get(lang) or role
