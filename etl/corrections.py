"""Analysts' corrections (data/corrections.csv: source_id, field, value, note), applied after extraction on
every run, so a fix survives every re-run. A correction that matches no document, or whose value is not
valid (or leaves a record that breaks the contract of etl/record.py), is reported with its reason, never
dropped silently."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from etl.dates import parse_partial
from etl.event_types import default_type, type_codes
from etl.places import gazetteer
from etl.record import DERIVED, LEVELS, EventRecord, one_of, topic_codes
from etl.record import FIELDS as RECORD_FIELDS

# Every field of the event record but those that follow from the province (current unit, region).
FIELDS = tuple(f for f in RECORD_FIELDS if f not in DERIVED)
HEADER = ["source_id", "field", "value", "note", "author", "created_at"]


@dataclass
class Correction:
    source_id: str
    field: str
    value: str
    note: str = ""
    author: str = ""
    created_at: str = ""
    line: int = 0
    status: str = "pending"  # applied | unmatched | invalid
    reason: str = ""


def read_corrections(path: Path) -> list[Correction]:
    if not path.exists():
        return []
    with open(path, newline="", encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    return [
        Correction(
            source_id=(r.get("source_id") or "").strip(),
            field=(r.get("field") or "").strip(),
            value=(r.get("value") or "").strip(),
            note=r.get("note") or "",
            author=r.get("author") or "",
            created_at=r.get("created_at") or "",
            line=i,
        )
        for i, r in enumerate(rows, start=2)
    ]


def append_correction(path: Path, correction: Correction) -> None:
    """Add one correction (the dashboard writes the same file analysts edit)."""
    new = not path.exists()
    with open(path, "a", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        if new:
            writer.writerow(HEADER)
        writer.writerow(
            [
                correction.source_id,
                correction.field,
                correction.value,
                correction.note,
                correction.author,
                correction.created_at,
            ]
        )


def _split(value: str) -> list[str]:
    return [x.strip() for x in value.replace("|", ";").split(";") if x.strip()]


def coerce(field: str, value: str) -> Any:
    """The corrected value in the record's type; raises ValueError with the reason when it is not valid."""
    gaz = gazetteer()
    if field not in FIELDS:
        raise ValueError(f"unknown field {field!r} (one of: {', '.join(FIELDS)})")
    if field == "is_event":
        if value.lower() not in ("true", "false", "1", "0", "có", "không"):
            raise ValueError("is_event must be true or false")
        return value.lower() in ("true", "1", "có")
    if field == "event_type":
        if value not in type_codes():
            raise ValueError(f"event_type must be {one_of(type_codes())}")
        return value
    if field == "event_date":
        parsed = parse_partial(value)
        if parsed is None:
            raise ValueError(f"invalid date {value!r}")
        return parsed
    if field == "province":
        if not value:
            return None
        province = gaz.canonical(value)
        if province is None:
            raise ValueError(f"unknown province {value!r}")
        return province
    if field == "provinces_involved":
        names = [gaz.canonical(x) for x in _split(value)]
        if None in names:
            raise ValueError(f"unknown province in {value!r}")
        return names
    if field == "level":
        if value not in LEVELS:
            raise ValueError(f"level must be one of {', '.join(LEVELS)}")
        return value
    if field == "parties":
        return _split(value)
    if field == "topics":
        codes = _split(value.replace(",", ";"))
        if not codes or set(codes) - topic_codes():
            raise ValueError(f"unknown topic code(s) in {value!r}")
        return codes
    if field in ("period_start", "period_end"):
        if not value:
            return None
        if not value.isdigit() or not 1990 <= int(value) <= 2100:
            raise ValueError(f"{field} must be a year")
        return int(value)
    return value or None  # cluster


def apply(records: dict[str, EventRecord], corrections: list[Correction]) -> dict[str, EventRecord]:
    """The records keyed by source_id with the corrections applied in file order; each correction gets its
    status. Fields that follow from the province are recomputed; a correction that would leave a record
    breaking the contract (a period ending before it starts) is invalid and changes nothing."""
    gaz = gazetteer()
    out = dict(records)
    for c in corrections:
        record = out.get(c.source_id)
        if record is None:
            c.status, c.reason = "unmatched", f"no document with source_id {c.source_id!r}"
            continue
        try:
            value = coerce(c.field, c.value)
            record = record.changed(**{c.field: value})
            if c.field == "is_event" and value and not record.event_type:
                record = record.changed(event_type=default_type())
            if c.field in ("province", "event_date") and record.province:
                # a new date keeps the old province when the record knew it ("Hà Giang" stays Hà Giang)
                name = record.province_legacy if c.field == "event_date" else None
                place = gaz.place(gaz.canonical(name or record.province), record.event_date)
                record = record.changed(
                    province=place.province,
                    province_legacy=place.legacy,
                    province_current=place.current,
                    region=place.region,
                )
            out[c.source_id] = record.validate()
        except ValueError as exc:  # a value that is not valid, or a record that is not (RecordError)
            c.status, c.reason = "invalid", str(exc)
            continue
        c.status = "applied"
    return out
