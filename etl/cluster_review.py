"""Accepting an item of the clusters review queue (queries/cluster_review.sql): what the articles say of a
cluster written into the registry files (clusters.csv, cluster_members.csv, cluster_roles.csv in the reference
folder), as an analyst's correction is written into corrections.csv. The next load reads them (the dashboard and
`phoihop clusters --accept` reload at once), so the events join the cluster and the item leaves the queue."""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any

from etl import clusters, reference
from etl.reference import load_table, reference_dir
from etl.text import fold

KINDS = ("unknown_cluster", "member_not_listed", "member_missing", "head_differs")


class ReviewError(ValueError):
    """An item that cannot be accepted as asked (no network for a new cluster, an unknown cluster)."""


def _rows(folder: Path, name: str) -> tuple[list[str], list[dict[str, str]]]:
    with open(folder / name, newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        return list(reader.fieldnames or []), list(reader)


def _write(folder: Path, name: str, header: list[str], rows: list[dict[str, Any]]) -> None:
    """The whole file, written beside and renamed over: a reader never sees half of it."""
    path = folder / name
    tmp = path.with_name(path.name + ".writing")
    try:
        with open(tmp, "w", newline="", encoding="utf-8") as fh:
            writer = csv.DictWriter(fh, fieldnames=header, extrasaction="ignore")
            writer.writeheader()
            writer.writerows({k: "" if r.get(k) is None else r.get(k) for k in header} for r in rows)
        os.replace(tmp, path)
    except BaseException:
        if tmp.is_file():  # a disk that filled while writing: the half-written copy is not left behind
            tmp.unlink()
        raise


def _append(folder: Path, name: str, new: list[dict[str, Any]]) -> None:
    header, rows = _rows(folder, name)
    _write(folder, name, header, rows + new)


def forget_reference() -> None:
    """Drop what this process read of the reference files and derived from them, so the next load reads the
    files as they are now."""
    reference.forget()
    for value in vars(clusters).values():
        if callable(getattr(value, "cache_clear", None)):
            value.cache_clear()


def _listed(value: Any) -> list:
    """A list column as a list (a query result's are arrays; a missing one is None)."""
    return [] if value is None else list(value)


def _source(item: Mapping[str, Any]) -> str:
    """Where the fact comes from: the first article's URL, else the file it was read from."""
    articles = _listed(item.get("articles"))
    if not articles:
        return ""
    return str(articles[0]["url"] or f"file:{articles[0]['source_id']}")


def _day(value: Any) -> str:
    """A day as the registry writes it (YYYY-MM-DD); a query result's days come as timestamps."""
    if isinstance(value, datetime):
        value = value.date()
    return value.isoformat() if isinstance(value, date) else str(value or "")[:10]


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", fold(text)).strip("_")[:40] or "cum"


def _new_cluster_id(network_id: str, written: str, taken: set[str]) -> str:
    base = f"{network_id}_{_slug(written)}"
    cluster_id, n = base, 2
    while cluster_id in taken:
        cluster_id, n = f"{base}_{n}", n + 1
    return cluster_id


def _province(member: str) -> str:
    from etl.places import gazetteer  # the gazetteer is built only when a member is written

    gaz = gazetteer()
    if province := gaz.canonical(member):
        return province
    named = [m.name for m in gaz.provinces_in(member)]
    return named[-1] if named else ""


def _accept_unknown(item: Mapping[str, Any], folder: Path, network_id: str | None, variant_of: str | None) -> str:
    written = str(item["written"])
    header, rows = _rows(folder, "clusters.csv")
    if variant_of:  # a name of a cluster the registry knows
        target = next((r for r in rows if r["cluster_id"] == variant_of), None)
        if target is None:
            raise ReviewError(f"no cluster {variant_of!r} in the registry")
        variants = [v for v in target.get("variants", "").split(";") if v]
        target["variants"] = ";".join([*variants, written])
        _write(folder, "clusters.csv", header, rows)
        return variant_of
    networks = {r["network_id"]: r for r in load_table("networks.csv", folder)}
    hint = item.get("network_id")  # the one network its articles name, if any
    network_id = network_id or (hint if isinstance(hint, str) else None)
    if network_id not in networks:
        raise ReviewError(f"a new cluster needs its network (one of: {', '.join(sorted(networks))})")
    source = _source(item)
    cluster_id = _new_cluster_id(network_id, written, {r["cluster_id"] for r in rows})
    number = clusters.cluster_number(written)
    rows.append(
        {
            "cluster_id": cluster_id,
            "network_id": network_id,
            "code": number or _slug(clusters.name_key(written) or written),
            "name": written[0].upper() + written[1:],
            "variants": written,
            "level": networks[network_id].get("level", ""),
            "source_url": source,
        }
    )
    _write(folder, "clusters.csv", header, rows)
    year = str(item["first_day"])[:4] if item.get("first_day") else ""
    members = [
        {"cluster_id": cluster_id, "member": m, "province": _province(m), "valid_from": year, "source_url": source}
        for m in _listed(item.get("members_seen"))
    ]
    if members:
        _append(folder, "cluster_members.csv", members)
    roles = [
        {"cluster_id": cluster_id, "year": r["year"], "role": r["role"], "member": r["member"], "source_url": source}
        for r in _listed(item.get("roles_seen"))
        if r.get("year")
    ]
    if roles:
        _append(folder, "cluster_roles.csv", roles)
    return cluster_id


def accept(
    item: Mapping[str, Any],
    folder: Path | None = None,
    network_id: str | None = None,
    variant_of: str | None = None,
) -> str:
    """Write one queue item (a row of queries/cluster_review.sql) into the registry files; the cluster it
    concerns. An unknown cluster becomes a new cluster of `network_id` (by default the network its articles
    name), with the members and heads the articles give, or, with `variant_of`, a name of that cluster."""
    folder = folder or reference_dir()
    kind = item["kind"]
    source = _source(item)
    if kind == "unknown_cluster":
        cluster_id = _accept_unknown(item, folder, network_id, variant_of)
    elif kind == "member_not_listed":
        cluster_id = str(item["cluster_id"])
        member = str(item["member"])
        day = _day(item.get("first_day"))
        _append(
            folder,
            "cluster_members.csv",
            [{"cluster_id": cluster_id, "member": member, "province": _province(member) or member,
              "valid_from": day[:4], "source_url": source}],
        )  # fmt: skip
    elif kind == "member_missing":  # it left the cluster: its membership ends on the day a roster leaves it out
        cluster_id = str(item["cluster_id"])
        header, rows = _rows(folder, "cluster_members.csv")
        day = _day(item.get("first_day"))
        when = clusters.parse_day(day)
        for r in rows:
            start, end = clusters.parse_day(r.get("valid_from", "")), clusters.parse_day(r.get("valid_to", ""))
            held = when is None or ((start is None or start <= when) and (end is None or when < end))
            if r["cluster_id"] == cluster_id and r["member"] == item["member"] and held:
                r["valid_to"] = day
        _write(folder, "cluster_members.csv", header, rows)
    elif kind == "head_differs":  # the articles' head (deputy) for that year replaces the registry's
        cluster_id = str(item["cluster_id"])
        header, rows = _rows(folder, "cluster_roles.csv")
        year, role = str(int(float(item["year"]))), str(item["role"])  # a query result may hold it as 2023.0
        kept = [r for r in rows if not (r["cluster_id"] == cluster_id and r["year"] == year and r["role"] == role)]
        kept.append(
            {"cluster_id": cluster_id, "year": year, "role": role, "member": item["member"], "source_url": source}
        )
        _write(folder, "cluster_roles.csv", header, kept)
    else:
        raise ReviewError(f"unknown kind {kind!r} (one of: {', '.join(KINDS)})")
    forget_reference()
    return cluster_id
