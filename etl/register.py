"""Rows of a hand-kept register (CSV/XLSX): validated into event records like any extracted event."""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import cache
from typing import Any

from etl.dates import parse_partial
from etl.extract import empty_record
from etl.places import gazetteer
from etl.reference import load_table
from etl.text import fold

LEVELS = ("central", "inter-provincial", "province", "district", "commune")


class RowError(ValueError):
    """A register row that cannot become an event; the message is the reject reason."""


@cache
def _type_words() -> dict[str, str]:
    return {fold(r["word"]): r["event_type"] for r in load_table("event_type_words.csv")}


@cache
def _topic_codes() -> frozenset[str]:
    return frozenset(r["topic"] for r in load_table("topics.csv"))


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


def row_to_record(fields: dict[str, Any]) -> dict[str, Any]:
    gaz = gazetteer()
    record = empty_record()
    kind = _type_words().get(fold(str(fields.get("event_type", "")).strip()))
    if kind is None:
        raise RowError(f"unknown event_type {fields.get('event_type')!r} (agreement or meeting)")
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
    topics = _split(fields.get("topics"), r"[;|,\n]")
    unknown = [t for t in topics if t not in _topic_codes()]
    if unknown:
        raise RowError(f"unknown topic code(s): {', '.join(unknown)}")
    level = str(fields.get("level") or "").strip() or ("inter-provincial" if len(set(involved)) > 1 else "province")
    if level not in LEVELS:
        raise RowError(f"unknown level {level!r}")
    start, end = _year(fields.get("period_start"), "period_start"), _year(fields.get("period_end"), "period_end")
    if start and end and end < start:
        raise RowError(f"period ends ({end}) before it starts ({start})")
    place = gaz.place(province, when)
    if place.province is None:
        raise RowError(f"province {fields.get('province')!r} did not exist on {when}")
    record.update(
        is_event=True,
        event_type=kind,
        event_date=when,
        province=place.province,
        province_legacy=place.legacy,
        province_current=place.current,
        region=place.region,
        provinces_involved=[gaz.for_date(p, when) for p in (involved or [province])],
        level=level,
        parties=_split(fields.get("parties")),
        topics=topics or ["other"],
        period_start=start,
        period_end=end,
        cluster=str(fields["cluster"]).strip() if fields.get("cluster") else None,
    )
    return record
