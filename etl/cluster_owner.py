"""Whose cluster meets: a numbered cluster the text names bare ("Cụm thi đua số 4") is written with the network
its sentences name ("Chủ tịch Hội CCB tỉnh A, Cụm trưởng Cụm thi đua số 4"): "Cụm thi đua số 4 Hội Cựu chiến
binh" (DOMAIN.md, parties: a cluster is written with whose cluster it is). Each network's name as an owner is data
(data/reference/cluster_owners.csv); a sentence naming two such networks says nothing, and the `cluster` field
keeps the name as written."""

from __future__ import annotations

import re
from functools import cache

from etl.clusters import networks_named
from etl.parties import PlaceContext, find_parties
from etl.places import gazetteer
from etl.reference import load_table
from etl.text import fold, sentences

# a numbered cluster and nothing after: "Cụm thi đua số 4", "cụm số II", "Khối thi đua 20", "Cụm 4"
_BARE = re.compile(r"^(?:cụm|khối)(?:\s+thi\s+đua)?(?:\s+số)?\s+(?:\d{1,2}|[IVX]{1,5})$", re.IGNORECASE)
# a roll of members right after a naming: "Cụm thi đua số 2 gồm VKSND các huyện A, B", "..., bao gồm: ..."
_ROLL_AFTER = re.compile(r"\s*,?\s*(?:bao\s+)?gồm\b", re.IGNORECASE)
# a colon right after the name: the headline's kicker above what the bloc did ("Khối thi đua 13: Tiếp tục ...")
_KICKER_AFTER = re.compile(r"\s*:")


@cache
def _owners() -> dict[str, str]:
    """network_id -> its name as the owner of a cluster."""
    return {r["network_id"]: r["owner"] for r in load_table("cluster_owners.csv") if r["owner"]}


def _owner_in(texts: list[str], name: str) -> str | None:
    """The one owner network the sentences naming the cluster name; none when they name none or several."""
    pattern = re.compile(rf"(?<!\w){re.escape(fold(name))}(?!\w)")
    named: set[str] = set()
    for text in texts:
        for s in sentences(text):
            if pattern.search(fold(s)):
                named |= networks_named(s) & _owners().keys()
    return _owners()[named.pop()] if len(named) == 1 else None


def introduced_with_roll(texts: list[str], name: str) -> bool:
    """Whether the text's first naming of a bare numbered cluster is followed by its roll of members ("Cụm thi đua số
    2 gồm VKSND các huyện A, B", "Cụm thi đua 1 gồm 9 phường: A, B, ..."): the roll says whose cluster it is and
    where, and the text introduces it by the bare name (ruling 2: "Cụm thi đua số N, gồm 5 đơn vị: A, B" is one
    party, "Cụm thi đua số N"), written so with neither its network nor its place added."""
    if not _BARE.match(name.strip()):
        return False
    pattern = re.compile(rf"(?<!\w){re.escape(name.strip())}(?!\w)", re.IGNORECASE)
    for text in texts:
        for found in pattern.finditer(text):
            if _KICKER_AFTER.match(text, found.end()):
                continue  # "Khối thi đua 13: Tiếp tục ...": a headline's kicker, no naming that introduces it
            return bool(_ROLL_AFTER.match(text, found.end()))
    return False


def as_introduced(name: str, province: str | None, texts: list[str]) -> str:
    """A bare numbered cluster written with its province added ("Khối thi đua 13 tỉnh A", from a headline's kicker
    "Khối thi đua 13: ..."), which the text introduces bare with its roll of members ("Khối thi đua 13 gồm các đơn
    vị: ..."): the bare name, as introduced (ruling 2); any other name as it is."""
    if not province or not name.endswith(f" {province}"):
        return name
    bare = re.sub(r"\s+(?:tỉnh|thành phố|TP\.?)$", "", name[: -len(province) - 1], flags=re.IGNORECASE)
    return bare if introduced_with_roll(texts, bare) else name


def with_owner(name: str, texts: list[str]) -> str:
    """A bare numbered cluster's name with whose cluster it is when its sentences say it, unless the text introduces
    it with its roll of members; any other name as it is."""
    if not _BARE.match(name.strip()) or introduced_with_roll(texts, name):
        return name
    if owner := _kind_in_title(texts[0] if texts else "", name) or _owner_in(texts, name):
        return f"{name} {owner}"
    return name


def _kind_in_title(title: str, name: str) -> str | None:
    """The kind of body the title writes bare right before the cluster ("Các Đài PT-TH cụm thi đua số 2 ký giao
    ước"): whose cluster it is, as the title's own naming of it says (ruling 2), with the region it spans after it."""
    key = fold(name.strip())
    if key not in fold(title):
        return None
    for party in find_parties(title, PlaceContext(None), gazetteer()):
        if party.head != "Cụm thi đua" or not fold(party.name).startswith(key + " "):
            continue
        rest = party.name[len(key) + 1 :]
        # the words after the cluster's number start with a body's name ("Bộ Công an"), not a verb the name ran on to
        if any(body.start == 0 for body in find_parties(rest, PlaceContext(None), gazetteer())):
            return rest
    return None
