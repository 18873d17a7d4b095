"""Documents to events: the same signing reported by two sites is one event with two sources.

The grouping is done here; the event tables are SQL models (queries/warehouse/models/) over the staging
tables this module fills.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import duckdb
from rapidfuzz import fuzz

from etl import warehouse
from etl.parties import org_key
from etl.places import Gazetteer, Unit, gazetteer
from etl.programs import find_mentions
from etl.record import EventRecord
from etl.text import fold


@dataclass
class Extracted:
    doc_id: str
    source_id: str
    url: str | None
    title: str
    record: EventRecord
    confidence: dict[str, float]
    party_details: list[dict[str, Any]]
    flags: list[str] = field(default_factory=list)
    programs: list[dict[str, Any]] | None = None  # etl/programs.py's mentions; None: not extracted yet
    text: str | None = None  # the document's text, given only when its programs are still to be found


def site_of(url: str | None) -> str:
    """The news site of a source URL ("baodienbienphu.info.vn"); '' for an article read from a file."""
    host = (urlsplit(url).hostname or "") if url else ""
    return host.removeprefix("www.")


def _key(e: Extracted) -> tuple[str, str, str]:
    r = e.record
    return (r.event_type or "", r.event_date or "", fold(r.province or ""))


def _same_event(a: Extracted, b: Extracted) -> bool:
    pa = {org_key(p) for p in a.record.parties}
    pb = {org_key(p) for p in b.record.parties}
    if pa and pb and pa & pb:
        return True
    if not pa and not pb:
        return True
    return fuzz.token_set_ratio(fold(a.title), fold(b.title)) >= 85


def group_events(items: list[Extracted]) -> list[list[Extracted]]:
    """Events as groups of documents, in a stable order (by the smallest doc_id of each group)."""
    by_key: dict[tuple[str, str, str], list[list[Extracted]]] = {}
    for item in sorted(items, key=lambda e: e.doc_id):
        if not item.record.is_event:
            continue
        groups = by_key.setdefault(_key(item), [])
        for group in groups:
            if any(_same_event(item, other) for other in group):
                group.append(item)
                break
        else:
            groups.append([item])
    out = [g for groups in by_key.values() for g in groups]
    return sorted(out, key=lambda g: g[0].doc_id)


def stage(con: duckdb.DuckDBPyConnection, items: list[Extracted]) -> None:
    """Fill the staging tables (queries/warehouse/staging.sql) from the corrected extractions: plain values,
    one row per document's record and per value of its lists, and the grouping of documents into events.
    The derived tables are then SQL models over these (etl/models.py). Three things are worked out here
    because they are procedures over text, not relations: the grouping (fuzzy title similarity, greedy and
    order-dependent), a body's key (etl/parties.py org_key: abbreviations and rules) and a name's unit."""
    gaz = gazetteer()
    warehouse.run_script(con, "staging.sql")
    tables: dict[str, dict[str, list[Any]]] = {
        name: {c: [] for c, *_ in con.execute(f"select * from {name} limit 0").description}
        for name in ("stg_extractions", "stg_event_members", "stg_places", "stg_parties", "stg_party_details")
        + ("stg_confidences", "stg_program_mentions")
    }
    keys: dict[str, str] = {}  # the same bodies come back in many documents

    def key(name: str) -> str:
        if name not in keys:
            keys[name] = org_key(name)
        return keys[name]

    def add(table: str, *values: Any) -> None:
        for column, value in zip(tables[table].values(), values, strict=True):
            column.append(value)

    for group in group_events(items):
        for rank, e in enumerate(group):
            add("stg_event_members", e.doc_id, group[0].doc_id, rank)
    for e in items:
        r = e.record
        add(
            "stg_extractions",
            *(e.doc_id, e.source_id, e.url, site_of(e.url), e.title),
            *(getattr(r, k) for k in ("event_type", "event_date", "province", "region", "level")),
            *(r.period_start, r.period_end, r.cluster, list(r.topics)),
            e.flags,
        )
        for position, (name, role, named, unit) in enumerate(_places(r, gaz)):
            add("stg_places", e.doc_id, position, role, name, named and named.unit_id, unit and unit.unit_id)
        for position, name in enumerate(r.parties):
            add("stg_parties", e.doc_id, position, name, key(name))
        for position, d in enumerate(e.party_details):
            add(
                "stg_party_details",
                *(e.doc_id, position, key(d["name"])),
                *(d.get("type", "other"), d.get("tier"), d.get("province")),
            )
        for position, (name, value) in enumerate(e.confidence.items()):
            add("stg_confidences", e.doc_id, position, name, value)
        mentions = e.programs if e.programs is not None else find_mentions(e.title, e.text or "", r)
        for position, m in enumerate(mentions):
            add("stg_program_mentions", e.doc_id, position, *(m[c] for c in _MENTION_COLUMNS))
    for table, columns in tables.items():
        warehouse.append_columns(con, table, columns)


_MENTION_COLUMNS = (
    "number",
    "signed_date",
    "parties",
    "title",
    "period_start",
    "period_end",
    "level",
    "role",
    "written",
    "renews_start",
    "renews_end",
)


def _places(r: EventRecord, gaz: Gazetteer) -> list[tuple[str, str, Unit | None, Unit | None]]:
    """(name, role, the unit the name stands for, the finest unit known) for the host and each province taking
    part. The host's finest unit is the old province the record knows (`province_legacy`) when it lies in the
    host; else the named unit."""
    host, when = r.province, r.event_date
    places = []
    for p in r.provinces_involved:
        if p != host:
            named = gaz.unit_of(p, when)
            places.append((p, "involved", named, named))
    if not host:
        return places
    named = gaz.unit_of(host, when)
    finer = gaz.unit_of(r.province_legacy) or named
    if finer is not named and (named is None or gaz.unit_at(finer, when) != gaz.unit_at(named, when)):
        finer = named  # an old province that is not part of the host: the host as named is all that is known
    return [(host, "host", named, finer), *places]
