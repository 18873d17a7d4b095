"""The event record: what one article (or one register row) says happened. Every stage speaks it: the
extractor makes one, the register reader and the analysts' corrections check theirs against it, the
warehouse stores it (`extractions.record`) and builds the events from it, `phoihop extract` prints it.

One article yields zero or one event. The fields, in the order `phoihop extract` prints them:

| field | type | meaning |
|---|---|---|
| is_event | bool | the article reports a coordination event that took place (not a notice, a speech, an award) |
| event_type | a code of data/reference/event_types.csv, or null | `agreement`: a program, regulation or memorandum signed; `meeting`: a briefing, review or cluster meeting |
| event_date | `YYYY-MM-DD`, `YYYY-MM`, `YYYY` or null | when it happened, at the precision the text supports |
| province | str or null | the host province as named at the time, without "tỉnh"/"thành phố", with its diacritics |
| province_legacy | str or null | the old province (of the 63) the event was in, when the text says where (a commune or district of it, or its own name); null when a merged unit's old part is not known |
| province_current | str or null | the same place among today's 34 units |
| region | str or null | the socio-economic region of `province` |
| provinces_involved | [str] | every province whose bodies sign or take part, the host first |
| level | `central`, `inter-provincial`, `province`, `district`, `commune` or null | the tier of the bodies |
| parties | [str] | signatories (a type that makes programs) or organisers (the others), full names |
| topics | [code] | codes of data/reference/topics.csv, most relevant first |
| period_start, period_end | int or null | the years of the program period |
| cluster | str or null | the cluster the event belongs to, as written ("cụm 3") |

docs/event_record.md says the same with the JSON line `phoihop extract` prints around it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from etl.dates import MAX_YEAR, MIN_YEAR
from etl.event_types import type_codes
from etl.level import LEVELS
from etl.reference import load_table, reference_dir

# Fields that follow from the province and the date; a correction never sets them itself.
DERIVED = ("province_legacy", "province_current", "region")
FIRST_YEAR, LAST_YEAR = 1900, 2100  # a period's years: "(19|20)xx" as texts write them, up to the register's limit
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


class RecordError(ValueError):
    """A record that breaks the contract; the message names the field and the value."""


@dataclass(frozen=True)
class EventRecord:
    is_event: bool = False
    event_type: str | None = None
    event_date: str | None = None
    province: str | None = None
    province_legacy: str | None = None
    province_current: str | None = None
    region: str | None = None
    provinces_involved: tuple[str, ...] = ()
    level: str | None = None
    parties: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    period_start: int | None = None
    period_end: int | None = None
    cluster: str | None = None

    def validate(self) -> EventRecord:
        """The record itself, when every field holds a value of its form and code; RecordError otherwise."""
        if not isinstance(self.is_event, bool):
            raise RecordError(f"is_event must be true or false, not {self.is_event!r}")
        check_event_type(self.event_type, optional=True)
        if self.is_event and self.event_type is None:
            raise RecordError("an event needs an event_type")
        check_date(self.event_date)
        for name in ("province", "province_legacy", "province_current", "region", "cluster"):
            value = getattr(self, name)
            if value is not None and not isinstance(value, str):
                raise RecordError(f"{name} must be text, not {value!r}")
        for name in ("provinces_involved", "parties", "topics"):
            values = getattr(self, name)
            if not isinstance(values, tuple) or not all(isinstance(v, str) for v in values):
                raise RecordError(f"{name} must be a list of text, not {values!r}")
        check_level(self.level)
        check_topics(self.topics)
        for name in ("period_start", "period_end"):
            check_year(getattr(self, name), name)
        if self.period_start is not None and self.period_end is not None and self.period_end < self.period_start:
            raise RecordError(f"period ends ({self.period_end}) before it starts ({self.period_start})")
        return self

    def to_dict(self) -> dict[str, Any]:
        """The fields in contract order, lists as lists: the JSON `phoihop extract` prints and the warehouse keeps."""
        # field by field, one level deep: the fields hold text, numbers and tuples of text (asdict's deep copy of
        # each value cost more than the building of the record)
        return {k: list(v) if isinstance(v := getattr(self, k), (tuple, list)) else v for k in FIELDS}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> EventRecord:
        """A record from its JSON form (keys beyond the contract are ignored); not validated: call validate()."""
        values = {f: data[f] for f in FIELDS if f in data}
        for name in ("provinces_involved", "parties", "topics"):
            if name in values:
                values[name] = tuple(values[name] or ())
        return cls(**values)

    def changed(self, **values: Any) -> EventRecord:
        """A copy with some fields replaced (lists become tuples); not validated."""
        changed: dict[str, Any] = {k: tuple(v) if isinstance(v, list) else v for k, v in values.items()}
        return replace(self, **changed)


FIELDS = tuple(f.name for f in fields(EventRecord))


def one_of(codes: tuple[str, ...]) -> str:
    """The accepted codes in a reason, "agreement or meeting" or "a, b or c" (no colon: run summaries cut there)."""
    return " or ".join([", ".join(codes[:-1]), codes[-1]]) if len(codes) > 1 else "".join(codes)


def check_event_type(value: str | None, optional: bool = False) -> str | None:
    if value is None and optional:
        return None
    if value not in type_codes():
        raise RecordError(f"unknown event_type {value!r} ({one_of(type_codes())})")
    return value


def check_level(value: str | None) -> str | None:
    if value is not None and value not in LEVELS:
        raise RecordError(f"unknown level {value!r}")
    return value


def check_date(value: str | None) -> str | None:
    """YYYY, YYYY-MM or YYYY-MM-DD, a real day of a year the product reads (1990-2100)."""
    if value is None:
        return None
    m = _DATE.fullmatch(value) if isinstance(value, str) else None
    try:
        if m is None:
            raise ValueError
        year, month, day = int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)
        date(year, month, day)
        if not MIN_YEAR <= year <= MAX_YEAR:
            raise ValueError
    except ValueError:
        raise RecordError(f"invalid event_date {value!r} (YYYY, YYYY-MM or YYYY-MM-DD)") from None
    return value


def check_year(value: int | None, name: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not FIRST_YEAR <= value <= LAST_YEAR:
        raise RecordError(f"{name} must be a year, not {value!r}")
    return value


def topic_codes() -> frozenset[str]:
    return _topic_codes(reference_dir())


@cache
def _topic_codes(folder: Path) -> frozenset[str]:
    return frozenset(r["topic"] for r in load_table("topics.csv", folder))


def check_topics(codes: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    unknown = [c for c in codes if c not in topic_codes()]
    if unknown:
        raise RecordError(f"unknown topic code(s): {', '.join(unknown)}")
    return tuple(codes)
