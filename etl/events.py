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
from etl.clusters import match_cluster, networks_named, parse_day, registry
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
    cluster_evidence: list[dict[str, Any]] = field(default_factory=list)  # etl/cluster_evidence.py rows
    programs: list[dict[str, Any]] | None = None  # etl/programs.py's mentions; None: not extracted yet
    text: str | None = None  # the document's text, given only when its programs are still to be found
    staged: tuple[list[tuple[Any, ...]], ...] | None = None  # staged_rows(self), when worked out already
    written: bool = False  # its own rows are in the staging tables already (written while the load ran)


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


# A document's own rows, table by table; the grouping fills stg_event_members.
STAGED = (
    "stg_extractions",
    "stg_places",
    "stg_parties",
    "stg_party_details",
    "stg_confidences",
    "stg_cluster_evidence",
    "stg_program_mentions",
)


def open_staging(con: duckdb.DuckDBPyConnection) -> None:
    """The staging tables (queries/warehouse/staging.sql), empty."""
    warehouse.run_script(con, "staging.sql")


def stage(con: duckdb.DuckDBPyConnection, items: list[Extracted], opened: bool = False) -> None:
    """Fill the staging tables (queries/warehouse/staging.sql) from the corrected extractions: plain values,
    one row per document's record and per value of its lists, and the grouping of documents into events.
    The derived tables are then SQL models over these (etl/models.py). Four things are worked out here
    because they are procedures over text, not relations: the grouping (fuzzy title similarity, greedy and
    order-dependent), a body's key (etl/parties.py org_key: abbreviations and rules), a name's unit and the
    registry cluster a cluster's name stands for (etl/clusters.py match_cluster: numbers and names normalised).
    A document's own rows (`staged_rows`) may have been worked out already, or even written (`write_own_rows`,
    into the tables `open_staging` made: `opened`), while the load was still running."""
    if not opened:
        open_staging(con)
    members = [(e.doc_id, group[0].doc_id, rank) for group in group_events(items) for rank, e in enumerate(group)]
    _append_rows(con, "stg_event_members", members)
    write_own_rows(con, [e for e in items if not e.written])


def write_own_rows(con: duckdb.DuckDBPyConnection, items: list[Extracted]) -> None:
    """The documents' own rows (STAGED) into the staging tables; each document marked as `written` (its rows
    worked out are let go)."""
    if not items:
        return
    own = [e.staged if e.staged is not None else staged_rows(e) for e in items]
    for i, table in enumerate(STAGED):  # one table's columns at a time: memory stays that of the rows
        _append_rows(con, table, [row for rows in own for row in rows[i]])
    for e in items:
        e.written, e.staged = True, None


def _append_rows(con: duckdb.DuckDBPyConnection, table: str, rows: list[tuple[Any, ...]]) -> None:
    columns = [c for c, *_ in con.execute(f"select * from {table} limit 0").description]
    values = [list(v) for v in zip(*rows, strict=True)] if rows else [[] for _ in columns]
    warehouse.append_columns(con, table, dict(zip(columns, values, strict=True)))


def staged_rows(e: Extracted) -> tuple[list[tuple[Any, ...]], ...]:
    """A document's rows of each staging table of STAGED (in that order), from its (corrected) record."""
    gaz, key, r = gazetteer(), org_key, e.record
    own_cluster = _cluster_id(r, e.title)
    extraction = (
        *(e.doc_id, e.source_id, e.url, site_of(e.url), e.title),
        *(getattr(r, k) for k in ("event_type", "event_date", "province", "region", "level")),
        *(r.period_start, r.period_end, r.cluster, own_cluster, list(r.topics)),
        e.flags,
    )
    places = [
        (e.doc_id, position, role, name, named and named.unit_id, unit and unit.unit_id)
        for position, (name, role, named, unit) in enumerate(_places(r, gaz))
    ]
    parties = [(e.doc_id, position, name, key(name)) for position, name in enumerate(r.parties)]
    details = [
        (e.doc_id, position, key(d["name"]), d.get("type", "other"), d.get("tier"), d.get("province"))
        for position, d in enumerate(e.party_details)
    ]
    confidences = [(e.doc_id, position, name, value) for position, (name, value) in enumerate(e.confidence.items())]
    evidence = [
        (e.doc_id, position, ev["written"], cluster_id, ev["kind"], ev.get("member"), ev.get("year"), network_id)
        for position, (ev, cluster_id, network_id) in enumerate(_evidence_clusters(e, own_cluster))
    ]
    found = e.programs if e.programs is not None else find_mentions(e.title, e.text or "", r)
    mentions = [(e.doc_id, position, *(m[c] for c in _MENTION_COLUMNS)) for position, m in enumerate(found)]
    return [extraction], places, parties, details, confidences, evidence, mentions


def _cluster_id(r: EventRecord, title: str) -> str | None:
    """The registry cluster the record's cluster (as written) names, told apart by the title and parties and by the
    roster on the event's date."""
    if not r.cluster:
        return None
    places = [p for p in [r.province, *r.provinces_involved] if p]
    return match_cluster(r.cluster, " ".join([title, *r.parties]), places, parse_day(r.event_date or ""))


def _evidence_clusters(e: Extracted, own_id: str | None) -> list[tuple[dict[str, Any], str | None, str | None]]:
    """Each evidence row with the registry cluster its name stands for (the record's own cluster as the record is
    matched, `own_id`: _cluster_id's; any other name in the same context: the title and parties, the places, the
    date) and the network it is of: the matched cluster's, else the one network the name, or else the title and
    parties, name."""
    if not e.cluster_evidence:
        return []
    r = e.record
    places = [p for p in [r.province, *r.provinces_involved] if p]
    context, when = " ".join([e.title, *r.parties]), parse_day(r.event_date or "")
    matched: dict[str, tuple[str | None, str | None]] = {}
    out = []
    for ev in e.cluster_evidence:
        key = fold(ev["written"])
        if key not in matched:
            own = r.cluster and fold(r.cluster) == key
            cluster_id = own_id if own else match_cluster(ev["written"], context, places, when)
            matched[key] = (cluster_id, _network_of(cluster_id, ev["written"], context))
        out.append((ev, *matched[key]))
    return out


def _network_of(cluster_id: str | None, written: str, context: str) -> str | None:
    if cluster_id:
        return next((c.network_id for c in registry() if c.cluster_id == cluster_id), None)
    for text in (written, context):
        named = networks_named(text)
        if len(named) == 1:
            return next(iter(named))
        if named:
            return None  # several networks: the analyst says which
    return None


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
