"""Write the cluster registry (clusters.csv, cluster_members.csv, cluster_roles.csv) from gathered facts.

Run by hand when facts are added: `python -m etl.tools.cluster_registry FACTS.csv`. FACTS.csv has one row per
fact (network, cluster_code, canonical_name, variants, level, member, valid_from, valid_to, role, year,
source_url), role being member, head or deputy_head; the network is named as in networks.csv (which the analyst
edits, and whose empty source_url this fills with the network's first source). Clusters of networks the facts do
not hold are kept as the registry has them, and so are the ids of clusters already there (matched by network and
normalised name), so links and tests keep working.

Member rows are snapshots ("the roster seen in 2019"); the registry holds one row per member and period:
consecutive snapshots that keep a member make one row, and a member missing from a later snapshot ends where that
snapshot begins. Rosters were redrawn for the 34 units on 1 July 2025: a roster dated 2025 by its year alone and
naming today's units is the redrawn one (from 2025-07-01), and in a network with a redrawn roster the older rows
not confirmed by it end on 2025-07-01.
"""

from __future__ import annotations

import csv
import sys
from functools import cache
from pathlib import Path

from etl.clusters import cluster_number
from etl.reference import REFERENCE_DIR, load_table
from etl.text import fold

REDRAWN = "2025-07-01"  # Resolution 202/2025/QH15: the 34 units


def _day(value: str) -> str:
    """A snapshot's date as the registry writes it: YYYY, or a full day ("2010-06" -> "2010-06-01")."""
    return f"{value}-01" if len(value) == 7 else value


def _slug(code: str) -> str:
    return code.removeprefix("cum_").removeprefix("cum").replace("_", "-") or code


def _code(code: str, name: str, variants: list[str]) -> str:
    """The cluster's normalised code: its number ("Cụm thi đua số II" -> "2"), else a slug of the facts' code."""
    for text in [name, *variants]:
        if number := cluster_number(text):
            return number
    return _slug(code)


def _write(folder: Path, name: str, header: list[str], rows: list[dict[str, str]]) -> None:
    with open(folder / name, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, header, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def _current_names(folder: Path) -> set[str]:
    return {r["name"] for r in load_table("admin_units.csv", folder) if not r["valid_to"]}


def build(facts: list[dict[str, str]], folder: Path = REFERENCE_DIR) -> dict[str, int]:
    """Write the registry files in `folder` from the facts; the count of rows of each."""
    networks = list(load_table("networks.csv", folder))
    by_name = {n["name"]: n for n in networks}
    old_clusters = list(load_table("clusters.csv", folder))
    old_members = list(load_table("cluster_members.csv", folder))
    old_roles = list(load_table("cluster_roles.csv", folder)) if (folder / "cluster_roles.csv").exists() else []
    facts_networks = {by_name[f["network"]]["network_id"] for f in facts}
    known_ids = {(c["network_id"], fold(v)): c["cluster_id"] for c in old_clusters for v in [c["name"]]}
    current = _current_names(folder)
    kept_rows = {c["cluster_id"]: dict(c) for c in old_clusters}

    clusters: dict[str, dict[str, str]] = {}
    snapshots: dict[str, dict[str, list[tuple[str, str]]]] = {}  # cluster -> date -> [(member, url)]
    roles: list[dict[str, str]] = []
    for f in facts:
        network = by_name[f["network"]]
        if not network["source_url"]:
            network["source_url"] = f["source_url"]
        variants = [v.strip() for v in f["variants"].split(";") if v.strip()]
        cid = known_ids.get((network["network_id"], fold(f["canonical_name"])))
        cid = cid or next(
            (
                known_ids[(network["network_id"], fold(v))]
                for v in variants
                if (network["network_id"], fold(v)) in known_ids
            ),
            f"{network['network_id']}_{f['cluster_code']}",
        )
        if cid not in clusters and cid in kept_rows:  # a cluster the registry had: its name stays, with the facts'
            was = kept_rows[cid]
            names = [*was["variants"].split(";"), f["canonical_name"], *variants]
            names = [n for n in dict.fromkeys(names) if n and n != was["name"]]
            clusters[cid] = {**was, "variants": ";".join(names), "level": f["level"], "source_url": f["source_url"]}
        elif cid not in clusters:
            clusters[cid] = {
                "cluster_id": cid,
                "network_id": network["network_id"],
                "code": _code(f["cluster_code"], f["canonical_name"], variants),
                "name": f["canonical_name"],
                "variants": ";".join(variants),
                "level": f["level"],
                "source_url": f["source_url"],
            }
        else:
            seen = clusters[cid]["variants"].split(";")
            clusters[cid]["variants"] = ";".join(filter(None, dict.fromkeys(seen + variants)))
        if f["role"] == "member":
            snapshots.setdefault(cid, {}).setdefault(_day(f["valid_from"]), []).append((f["member"], f["source_url"]))
        else:
            roles.append(
                {
                    "cluster_id": cid,
                    "year": f["year"],
                    "role": f["role"],
                    "member": f["member"],
                    "source_url": f["source_url"],
                }
            )

    members: list[dict[str, str]] = []
    provincial = {n["network_id"]: n["province"] for n in networks if n["level"] == "provincial"}
    for cid, dated in snapshots.items():
        for day, rows in list(dated.items()):  # a roster of 2025 on today's map: the redrawn one
            national = clusters[cid]["network_id"] not in provincial
            if day == "2025" and (not national or all(m in current or not _is_place(m) for m, _ in rows)):
                dated[REDRAWN] = dated.pop(day)
    redrawn_networks = {clusters[c]["network_id"] for c, d in snapshots.items() if any(k >= REDRAWN for k in d)}
    for cid, dated in snapshots.items():
        network_id = clusters[cid]["network_id"]
        order = sorted(dated, key=lambda d: d or "0")
        open_rows: dict[str, dict[str, str]] = {}
        for day in order:
            present = dict(dated[day])
            for member, row in list(open_rows.items()):
                if member not in present:
                    row["valid_to"] = day
                    del open_rows[member]
            for member, url in present.items():
                if member in open_rows:
                    continue
                province = provincial.get(network_id) or (member if _is_place(member) else "")
                row = {
                    "cluster_id": cid,
                    "member": member,
                    "province": province,
                    "valid_from": day,
                    "valid_to": "",
                    "source_url": url,
                }
                open_rows[member] = row
                members.append(row)
        if network_id in redrawn_networks and not any(d >= REDRAWN for d in order):
            for row in open_rows.values():
                if row["valid_from"] and row["valid_from"] < REDRAWN:
                    row["valid_to"] = REDRAWN

    kept = [c for c in old_clusters if c["network_id"] not in facts_networks and c["cluster_id"] not in clusters]
    kept_ids = {c["cluster_id"] for c in kept}
    all_clusters = kept + list(clusters.values())
    all_members = [m for m in old_members if m["cluster_id"] in kept_ids] + members
    all_roles = [r for r in old_roles if r["cluster_id"] in kept_ids] + roles
    _write(folder, "networks.csv", list(networks[0]), networks)
    _write(folder, "clusters.csv", list(CLUSTER_COLUMNS), all_clusters)
    _write(folder, "cluster_members.csv", list(MEMBER_COLUMNS), all_members)
    _write(folder, "cluster_roles.csv", list(ROLE_COLUMNS), all_roles)
    return {
        "networks": len(networks),
        "clusters": len(all_clusters),
        "members": len(all_members),
        "roles": len(all_roles),
    }


CLUSTER_COLUMNS = ("cluster_id", "network_id", "code", "name", "variants", "level", "source_url")
MEMBER_COLUMNS = ("cluster_id", "member", "province", "valid_from", "valid_to", "source_url")
ROLE_COLUMNS = ("cluster_id", "year", "role", "member", "source_url")


def _is_place(member: str) -> bool:
    """A province (of either geography), not a body such as a border-guard flotilla or a TV channel."""
    return member in _province_names()


@cache
def _province_names() -> frozenset[str]:
    return frozenset(r["name"] for r in load_table("admin_units.csv"))


if __name__ == "__main__":
    with open(sys.argv[1], newline="", encoding="utf-8") as fh:
        print(build(list(csv.DictReader(fh))))
