"""Clusters ("cụm 3", "Cụm thi đua số 5", "khối thi đua ..."): as written, and their reference rosters."""

from __future__ import annotations

import re
from functools import cache

from etl.reference import load_table
from etl.text import fold

_CLUSTER = re.compile(
    r"((?:cụm|khối)\s+thi đua(?:\s+số)?\s+\d+|(?:cụm|khối)(?:\s+số)?\s+\d+|"
    r"(?:cụm|khối)\s+thi đua\s+(?:các|\d+)\s+[^,.;:()\n]{3,60}?(?=\s+(?:tổ chức|đã|vừa|năm|lần)|[,.;:()\n]))",
    re.IGNORECASE,
)


def find_cluster(title: str, lead: str) -> str | None:
    """The cluster the event belongs to, as the title or lead writes it."""
    for text in (title, lead):
        m = _CLUSTER.search(text)
        if m:
            found = m.group(1).strip()
            return found[0].lower() + found[1:]
    return None


@cache
def rosters() -> dict[str, tuple[str, str, tuple[str, ...]]]:
    members: dict[str, list[str]] = {}
    for r in load_table("cluster_members.csv"):
        members.setdefault(r["cluster_id"], []).append(r["province"])
    return {
        r["cluster_id"]: (r["network"], r["cluster"], tuple(members.get(r["cluster_id"], [])))
        for r in load_table("clusters.csv")
    }


def cluster_roster(cluster: str, context: str) -> tuple[str | None, tuple[str, ...]]:
    """(cluster_id, member provinces) of the reference cluster this mention names, if one matches."""
    key = fold(cluster)
    context_f = fold(context)
    best = None
    for cid, (network, name, members) in rosters().items():
        if fold(name) == key or key in fold(name):
            score = 2 if fold(network) in context_f else 1
            if best is None or score > best[0]:
                best = (score, cid, members)
    return (best[1], best[2]) if best else (None, ())
