"""Documents to events: the same signing reported by two sites is one event with two sources."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from rapidfuzz import fuzz

from etl.clusters import cluster_roster, clusters_of
from etl.parties import org_key
from etl.places import gazetteer
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


def event_id_for(group: list[Extracted]) -> str:
    return hashlib.sha256(("event:" + group[0].doc_id).encode()).hexdigest()[:16]


def org_id_for(name: str) -> str:
    return hashlib.sha256(("org:" + org_key(name)).encode()).hexdigest()[:16]


def _precision(value: str | None) -> tuple[str | None, str | None]:
    if not value:
        return None, None
    if len(value) == 4:
        return f"{value}-01-01", "year"
    if len(value) == 7:
        return f"{value}-01", "month"
    return value, "day"


def build_tables(items: list[Extracted]) -> dict[str, list[dict[str, Any]]]:
    """Rows of every derived table, from all extractions in the warehouse."""
    gaz = gazetteer()
    tables: dict[str, list[dict[str, Any]]] = {
        k: []
        for k in (
            "events",
            "event_sources",
            "organisations",
            "event_parties",
            "event_topics",
            "event_provinces",
            "event_fields",
        )
    }
    orgs: dict[str, dict[str, Any]] = {}
    for group in group_events(items):
        event_id = event_id_for(group)
        best = max(group, key=lambda e: (len(e.record.parties), -len(e.flags), e.doc_id))
        r = best.record
        legacy = gaz.canonical(r.province) if r.province else None
        day, precision = _precision(r.event_date)
        cluster_id = cluster_roster(r.cluster, best.title)[0] if r.cluster else None
        confidences = [v for v in best.confidence.values() if isinstance(v, int | float)]
        tables["events"].append(
            {
                "event_id": event_id,
                "event_type": r.event_type,
                "event_date": r.event_date,
                "event_day": day,
                "date_precision": precision,
                "province": r.province,
                "province_legacy": legacy,
                "province_current": gaz.current_of(legacy),
                "region": r.region,
                "region_current": gaz.region_of(gaz.current_of(legacy)),
                "level": r.level,
                "period_start": r.period_start,
                "period_end": r.period_end,
                "cluster": r.cluster,
                "cluster_id": cluster_id,
                "title": best.title,
                "n_sources": len(group),
                "confidence": min(confidences) if confidences else None,
                "flags": sorted({f for e in group for f in e.flags}),
                "search_text": fold(
                    " ".join(
                        [best.title, r.province or "", gaz.current_of(legacy) or "", r.cluster or ""]
                        + [p for e in group for p in e.record.parties]
                    )
                ),
            }
        )
        for e in group:
            tables["event_sources"].append(
                {"event_id": event_id, "doc_id": e.doc_id, "url": e.url, "source_id": e.source_id}
            )
        details = {org_key(d["name"]): d for d in best.party_details}
        names: list[str] = []
        seen: set[str] = set()
        for e in group:  # parties named by any source
            for name in e.record.parties:
                key = org_key(name)
                if key not in seen:
                    seen.add(key)
                    names.append(name)
                    details.setdefault(
                        key, next((d for d in e.party_details if org_key(d["name"]) == key), {"name": name})
                    )
        for position, name in enumerate(names):
            org_id = org_id_for(name)
            d = details.get(org_key(name), {})
            orgs.setdefault(
                org_id,
                {
                    "org_id": org_id,
                    "name": name,
                    "org_type": d.get("type", "other"),
                    "tier": d.get("tier"),
                    "province": d.get("province"),
                },
            )
            tables["event_parties"].append({"event_id": event_id, "org_id": org_id, "position": position})
        for rank, topic in enumerate(r.topics or ["other"]):
            tables["event_topics"].append({"event_id": event_id, "topic": topic, "rank": rank})
        involved = [(p, "involved") for p in r.provinces_involved if p != r.province]
        host = [(r.province, "host")] if r.province else []
        for name, role in host + involved:
            lg = gaz.canonical(name)
            cur = gaz.current_of(lg)
            tables["event_provinces"].append(
                {
                    "event_id": event_id,
                    "province": name,
                    "province_legacy": lg,
                    "province_current": cur,
                    "region": gaz.region_of(name),
                    "region_current": gaz.region_of(cur),
                    "role": role,
                }
            )
        # The same facts as arrays on the event row: the dashboard aggregates them without joins.
        places = [name for name, _ in host + involved]
        legacy_places = list(dict.fromkeys(filter(None, (gaz.canonical(p) for p in places))))  # one name a unit
        org_ids = [org_id_for(n) for n in names]
        tables["events"][-1].update(
            topics=list(r.topics or ["other"]),
            places_time=places,
            places_legacy=legacy_places,
            places_current=list(dict.fromkeys(gaz.current_of(p) for p in legacy_places)),
            org_ids=org_ids,
            org_keys=[int(o[:15], 16) for o in org_ids],  # integers: distinct counts 3x faster
            parties_text="; ".join(names),
            sources_text=" | ".join(e.url or e.source_id for e in group),
            source_sites=[site_of(e.url) for e in group],
            cluster_ids=clusters_of(cluster_id, legacy_places, list(r.topics), names),
        )
        for fname, value in best.confidence.items():
            tables["event_fields"].append({"event_id": event_id, "field": fname, "confidence": float(value)})
    tables["organisations"] = list(orgs.values())
    # Stored in date order: date filters skip whole blocks and "newest first" needs no full sort.
    tables["events"].sort(key=lambda row: (row["event_day"] or "", row["event_id"]))
    return tables
