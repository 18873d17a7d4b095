"""Whose place a local cluster is: a cluster of one province's districts (or of one district's communes) that the
text names bare ("Cụm thi đua số 1", "Cụm thi đua các xã") is written with that place made explicit (DOMAIN.md,
parties: "written as in the text with the place made explicit"): "Cụm thi đua số 1 tỉnh A", "Cụm thi đua các xã
huyện B". A cluster of several provinces' or of central bodies keeps its name; so does one after July 2025, when
a province's communes have no district to name and the labels keep the name as written."""

from __future__ import annotations

import re

# a numbered cluster and nothing after ("Cụm thi đua số 4", "Khối thi đua 8"), or one named by its members' kind of
# unit alone ("Cụm thi đua các xã", "Khối thi đua các phường", "Cụm thi đua các huyện, thành phố")
_BARE = re.compile(
    r"^(?:cụm|khối)(?:\s+thi\s+đua)?(?:\s+số)?\s+(?:\d{1,2}|[IVX]{1,5})$"
    r"|^(?:cụm|khối)(?:\s+thi\s+đua)?\s+(?:các\s+)?(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố)"
    r"(?:\s*,\s*(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố))*$",
    re.IGNORECASE,
)


def with_place(name: str, tier: str, province: str | None, district: str | None) -> str:
    """A bare local cluster's name with its place: the district for a cluster of its communes (when the text names
    the district), the province for a cluster of its districts or provincial bodies; any other name as it is.
    `tier` is the cluster's tier; `province` and `district` are written with their kind ("tỉnh A", "TPHCM",
    "huyện B"), None when the text names none or the district tier is gone."""
    if not _BARE.match(name.strip()):
        return name
    place = district if tier == "commune" else province if tier in ("district", "province") else None
    return f"{name} {place}" if place else name


def with_province_kind(name: str, province: str | None, text: str) -> str:
    """A bloc or cluster whose province was added bare after its name ("Khối thi đua các Hội ... Cần Thơ"), the text
    writing no such name: the province with its kind as the text writes it ("... thành phố Cần Thơ"), as the labels
    write a bloc's place. A name the text writes so, one ending in a kind word already, or a province the text never
    writes with its kind, as it is."""
    if not province or not re.match(r"(?i:cụm|khối)\b", name):
        return name
    bare = re.sub(r"^(?i:tp\.?|thành phố|tỉnh)\s*", "", province)
    head = name[: -len(bare)].rstrip() if name.endswith(f" {bare}") else None
    if not head or re.search(r"(?i:\btỉnh|\bthành phố|\btp\.?)$", head) or name.lower() in text.lower():
        return name
    kind = re.search(rf"\b(tỉnh|[Tt]hành phố|TP\.?)\s*{re.escape(bare)}\b", text)
    return f"{head} {kind.group(1)} {bare}" if kind else name


def province_written(province: str | None, city: bool, text: str, mentions: list[tuple[int, int]]) -> str | None:
    """The province with its kind as the text writes it: a city's short form as written ("TPHCM", "TP. Huế"),
    else "thành phố A" for a city under the centre, "tỉnh A" for a province."""
    if not province:
        return None
    bare = re.sub(r"^TP\s+", "", province)
    for start, end in mentions:
        if re.match(r"(?i:tp|thành phố\b)", written := text[start:end]):
            return written
    return f"thành phố {bare}" if city else f"tỉnh {bare}"
