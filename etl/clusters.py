"""Clusters ("cụm 3", "Cụm thi đua số 5", "khối thi đua ..."): as written, and their reference rosters."""

from __future__ import annotations

import re
from functools import cache

from etl.reference import load_table
from etl.text import fold

_NUMBER = r"(?:\d+|[IVX]+)\b"
_STOP = r"(?=\s+(?:tổ chức|đã|đang|vừa|năm \d|lần|gồm|do|tại|họp|ký|giao ban|sơ kết|tổng kết|diễn ra|về|có)\b|,(?!\s*thành phố)|[.;:()\n]|$)"
_CLUSTER = re.compile(
    # numbered: "Cụm thi đua số 4", "cụm số II", "khối thi đua 3", "Cụm 4", possibly with its network after
    rf"((?:cụm|khối)(?:\s+thi đua)?(?:\s+(?:cụm\s+)?số)?\s+{_NUMBER}(?:\s*[,–-]?\s*(?:Bộ|Hội|Công đoàn|Ủy ban|"
    rf"Liên đoàn)[^,.;:()\n]{{2,50}}?{_STOP})?"
    # named: "Cụm thi đua các tỉnh Tây Nguyên", "Khối thi đua Mặt trận - Đoàn thể tỉnh", "Cụm giáp ranh"
    rf"|(?:cụm|khối)\s+thi đua\s+(?!số|(?:đã|đang|vừa|sẽ|được|cũng|tổ chức|là|có|và)\b)[^.;:()\n]{{3,80}}?{_STOP}"
    rf"|(?:cụm|khối)\s+(?!thi đua|trưởng|phó)[^.;:()\n,]{{0,40}}?giáp ranh"
    rf"|nhóm\s+(?:hợp tác|liên kết)[^.;:()\n]{{3,80}}?{_STOP})",
    re.IGNORECASE,
)
_PAREN = re.compile(r"\s*\(((?:cụm|khối)[^)]{1,30})\)", re.IGNORECASE)


def cluster_at(text: str, pos: int) -> tuple[str, int] | None:
    """The cluster named at pos, as written, and where its name ends."""
    m = _CLUSTER.match(text, pos)
    if not m:
        return None
    name = m.group(1).rstrip(" ,–-")
    return name, m.start(1) + len(name)


def find_cluster(title: str, lead: str) -> str | None:
    """The cluster the event belongs to, as written: the lead's first naming (with a "(Cụm số 4)" after it),
    else the title's."""
    for text in (lead, title):
        m = _CLUSTER.search(text)
        if m:
            found = m.group(1).strip(" ,–-")
            if paren := _PAREN.match(text, m.end()):
                found = f"{found} ({paren.group(1).strip()})"
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


@cache
def _networks() -> dict[str, tuple[frozenset[str], tuple[str, ...]]]:
    """network -> (its topic codes, words naming its bodies): what makes an event the network's own."""
    return {
        r["network"]: (
            frozenset(filter(None, r["topics"].split(";"))),
            tuple(fold(w) for w in r["body_words"].split(";") if w),
        )
        for r in load_table("networks.csv")
    }


def clusters_of(tagged: str | None, places: list[str], topics: list[str], parties: list[str]) -> list[str]:
    """The clusters an event counts for: the one it names, and every cluster with a member province among
    `places` whose network the event is about (its topic, or a party of the network's kind). A tax office's
    agreement in a member province of a learning-promotion cluster is not that cluster's."""
    folded = [fold(p) for p in parties]
    found = {tagged} if tagged else set()
    for cid, (network, _, members) in rosters().items():
        net_topics, words = _networks().get(network, (frozenset(), ()))
        if not set(members) & set(places):
            continue
        if net_topics & set(topics) or any(w in p for w in words for p in folded):
            found.add(cid)
    return sorted(found)


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
