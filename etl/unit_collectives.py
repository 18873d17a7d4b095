"""The collective of a body's own lower-level units as the other side of its signing or emulation.

"Ban Thường trực Ủy ban MTTQ huyện A tổ chức phát động thi đua giữa Mặt trận các xã, thị trấn", "... phát động thi đua
cụm MTTQ các huyện, thành phố", "Hội Nông dân tỉnh A ký kết với Hội Nông dân các huyện": the units together sign with
or among each other under the body, so the collective is a party beside it, its place the body's own (it is the
units of that district or province, no others): "Mặt trận các xã, thị trấn huyện A".
"""

from __future__ import annotations

import re
from dataclasses import replace

from etl.parties import Party

# the kinds of unit a collective counts, with their tier
_UNIT_TIER = {
    "xã": "commune",
    "phường": "commune",
    "thị trấn": "commune",
    "huyện": "district",
    "quận": "district",
    "thị xã": "district",
    "thành phố": "district",
}
_RANK = {"commune": 0, "district": 1, "province": 2}
_KIND = r"(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố)"
# "thi đua giữa Mặt trận các xã, thị trấn", "thi đua cụm MTTQ Việt Nam các huyện, thành phố", "ký kết với Hội A các
# huyện": a named body's head (capitalised), then its units counted by kind only ("các xã"), no names after them
_COLLECTIVE = re.compile(
    r"\b(?:thi đua|ký kết|kí kết)\s+(?:giữa|với|cụm)\s+"
    r"(?P<head>[A-ZĐÀ-Ỹ][^\s,.;:()]*(?:\s+(?!các\b)[^\s,.;:()]+){0,4}?)\s+"
    rf"(?P<units>các\s+(?P<kind>{_KIND})(?:\s*,\s*{_KIND})*)(?=\s*(?:[.,;:)]|\s(?:năm|trong|trên|về|nhằm|để)\b|$))"
)


def with_unit_collective(parties: list[Party], texts: list[str]) -> list[Party]:
    """The one body found, and the collective of its lower units the texts have sign with or among each other
    under it, placed where the body is; unchanged when the body's place is unwritten or the units are no lower."""
    if len(parties) != 1 or not parties[0].where or parties[0].tier not in _RANK:
        return parties
    holder = parties[0]
    for text in texts:
        for m in _COLLECTIVE.finditer(text):
            tier = _UNIT_TIER[m.group("kind")]
            if _RANK[tier] >= _RANK[holder.tier]:
                continue
            name = f"{m.group('head')} {m.group('units')} {holder.where}"
            collective = replace(holder, name=name, tier=tier, head=m.group("head"), base="", start=0, end=0)
            return [holder, collective]
    return parties


# the place part of a party named by its units counted ("Đảng ủy 7 phường") or as a village ("làng A"): no place of
# its own above it is written
_COUNTED_UNITS = re.compile(r"^(?:\d{1,3}|các)\s+(?:xã|phường|thị trấn)(?:\s*,\s*(?:xã|phường|thị trấn))*$")
_VILLAGE = re.compile(r"^(?:làng|buôn|bản|thôn|ấp|plei)\s+\S", re.IGNORECASE)


def placed_by_partner(parties: list[Party]) -> list[Party]:
    """Two sides, one of them named by its own place, the other by its units counted ("giữa Đảng ủy Ban CHQS TP A và
    Đảng ủy 7 phường") or as a village ("Công an phường A ... kết nghĩa với làng B"): the units are the placed side's
    own, the village lies in its commune, so their place is written out ("Đảng ủy 7 phường TP A", "làng B (phường
    A)")."""
    if len(parties) != 2:
        return parties
    own = [p for p in parties if p.where and p.tier in _RANK and not _unplaced(p)]
    if len(own) != 1:
        return parties
    holder = own[0]
    where = re.sub(r"\s*\([^()]*\)$", "", holder.where)  # "phường A (tỉnh X)": the unit, not its province
    out = []
    for p in parties:
        if p is not holder and _COUNTED_UNITS.match(p.where) and _RANK[p.tier] < _RANK[holder.tier]:
            out.append(replace(p, name=f"{p.name} {where}"))
        elif p is not holder and _VILLAGE.match(p.name) and p.name == p.where and holder.tier == "commune":
            out.append(replace(p, name=f"{p.name} ({where})"))
        else:
            out.append(p)
    return out


def _unplaced(p: Party) -> bool:
    return bool(_COUNTED_UNITS.match(p.where) or _VILLAGE.match(p.where))
