"""Rows of a hand-kept register (CSV/XLSX): validated into event records (etl/record.py) like any extracted
event. The type is written as its code or a word of data/reference/event_type_words.csv ("Ký kết")."""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any

from etl.dates import parse_partial
from etl.event_types import type_codes
from etl.places import gazetteer
from etl.record import EventRecord, RecordError, check_event_type, check_level, check_topics, one_of
from etl.reference import load_table, reference_dir
from etl.text import fold


class RowError(ValueError):
    """A register row that cannot become an event; the message is the reject reason."""


def _type_words() -> dict[str, str]:
    return _words_of_types(reference_dir())


@cache
def _words_of_types(folder: Path) -> dict[str, str]:
    """Each type's code, and the words of event_type_words.csv, to the code they stand for."""
    words = {fold(code): code for code in type_codes()}
    return {**words, **{fold(r["word"]): r["event_type"] for r in load_table("event_type_words.csv", folder)}}


def _split(value: Any, pattern: str = r"[;|\n]") -> list[str]:
    if value is None:
        return []
    return [x.strip() for x in re.split(pattern, str(value)) if x.strip()]


def _year(value: Any, name: str) -> int | None:
    if value in (None, ""):
        return None
    try:
        year = int(float(str(value).strip()))
    except ValueError as exc:
        raise RowError(f"{name} is not a year: {value!r}") from exc
    if not 1990 <= year <= 2100:
        raise RowError(f"{name} out of range: {year}")
    return year


def row_to_record(fields: dict[str, Any]) -> EventRecord:
    """The record a row states; RowError with the reason when a cell cannot be read or breaks the contract."""
    try:
        return _record(fields)
    except RecordError as exc:
        raise RowError(str(exc)) from exc


def _record(fields: dict[str, Any]) -> EventRecord:
    gaz = gazetteer()
    written = fields.get("event_type")
    kind = check_event_type(_type_words().get(fold(str(written or "").strip())), optional=True)
    if kind is None:
        raise RowError(f"unknown event_type {written!r} ({one_of(type_codes())})")
    raw_date = fields.get("event_date")
    if isinstance(raw_date, datetime | date):
        raw_date = raw_date.strftime("%Y-%m-%d")
    when = parse_partial(raw_date)
    if when is None:
        raise RowError(f"invalid event_date {fields.get('event_date')!r}")
    province = gaz.canonical(str(fields.get("province", "")))
    if province is None:
        raise RowError(f"unknown province {fields.get('province')!r}")
    involved = [gaz.canonical(p) for p in _split(fields.get("provinces_involved"), r"[;|,\n]")]
    if any(p is None for p in involved):
        raise RowError(f"unknown province in provinces_involved {fields.get('provinces_involved')!r}")
    topics = check_topics(_split(fields.get("topics"), r"[;|,\n]"))
    level = str(fields.get("level") or "").strip() or ("inter-provincial" if len(set(involved)) > 1 else "province")
    check_level(level)
    start, end = _year(fields.get("period_start"), "period_start"), _year(fields.get("period_end"), "period_end")
    place = gaz.place(province, when)
    if place.province is None:
        raise RowError(f"province {fields.get('province')!r} did not exist on {when}")
    return EventRecord(
        is_event=True,
        event_type=kind,
        event_date=when,
        province=place.province,
        province_legacy=place.legacy,
        province_current=place.current,
        region=place.region,
        provinces_involved=tuple(filter(None, (gaz.for_date(p, when) for p in (involved or [province])))),
        level=level,
        parties=tuple(_split(fields.get("parties"))),
        topics=topics or ("other",),
        period_start=start,
        period_end=end,
        cluster=str(fields["cluster"]).strip() if fields.get("cluster") else None,
    ).validate()
