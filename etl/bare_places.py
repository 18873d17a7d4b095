"""Districts a text names without their kind word ("Công an 3 địa phương A, B và C", "xã X (thuộc A)"): a provincial
paper names its own province's districts so, for readers who know them. Read only for a text that names its province
nowhere else (no address, no "tỉnh X"), and only where the names agree on one province."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from etl.places import Gazetteer, Mention
from etl.text import fold

_WORD = re.compile(r"[^\W_]+")
_INITIALS = re.compile(r"^(?:[A-ZĐ&]{2,}[ ])+")
# the run in brackets that place what stands before it: "(A)", "(thuộc A)", "(huyện A)" is read with its kind already
_BRACKETED = re.compile(r"\((?:thuộc\s+)?$")


@lru_cache(maxsize=2)
def _bare_names(gaz: Gazetteer) -> dict[str, str]:
    """{a district's name as written: its one province}, for names of two words or more that are no province's name
    and that no other province's district shares."""
    provinces = {fold(name) for name in gaz.legacy}
    names: dict[str, str] = {}
    for key, rows in gaz.districts.items():
        found = {p for p, _ in rows}
        if len(found) == 1 and " " in key and key not in provinces:
            names.update(dict.fromkeys(gaz.unit_spellings.get(key, ()), found.pop()))
    return names


def province_of_bare_districts(text: str, gaz: Gazetteer) -> str | None:
    """The one province the districts named without a kind word point to: named twice or more, or once in the
    brackets that place a unit ("xã A (B)"), and at least twice as often as any other province."""
    names = _bare_names(gaz)
    counts: Counter[str] = Counter()
    placed: set[str] = set()
    for start, run in _capitalised_runs(text):
        # a body's initials before the name are no part of it: "NHCSXH A", "UBND A"
        province = names.get(run) or names.get(_INITIALS.sub("", run))
        if not province:
            continue
        counts[province] += 1
        if _BRACKETED.search(text, max(0, start - 10), start):
            placed.add(province)
    if not counts:
        return None
    (first, n), *rest = counts.most_common()
    others = sum(c for _, c in rest)
    if (n >= 2 or first in placed) and n > 2 * others:
        return first
    return None


# a title's dateline: the place a report is about before a colon or a dash ("Hàm Tân: Tổng kết ...")
_DATELINE = re.compile(r"^\s*([^\W\d_][^:–—-]{2,30}?)\s*[:–—-]\s")


def district_of_dateline(title: str, gaz: Gazetteer) -> Mention | None:
    """The district a title's dateline names without its kind word, where no other province has a district of that
    name: the place of the bodies the report writes only as "huyện" ("UBND huyện", "Huyện ủy")."""
    m = _DATELINE.match(title)
    province = _bare_names(gaz).get(m.group(1)) if m else None
    if m is None or province is None:
        return None
    return Mention(m.start(1), m.end(1), m.group(1), province, kind="district")


def _capitalised_runs(text: str) -> list[tuple[int, str]]:
    """(start, words) of each run of capitalised words joined by single spaces, whole: "Duy Xuyên" in "địa phương Duy
    Xuyên, ...", never "Văn Lâm" inside "Lê Văn Lâm"."""
    runs: list[tuple[int, int]] = []
    for m in _WORD.finditer(text):
        if not m.group()[0].isupper():
            continue
        if runs and text[runs[-1][1] : m.start()] == " ":
            runs[-1] = (runs[-1][0], m.end())
        else:
            runs.append((m.start(), m.end()))
    return [(a, text[a:b]) for a, b in runs if " " in text[a:b]]


_KINDS = ("thị trấn", "thị xã", "thành phố", "phường", "huyện", "quận", "xã")


def province_of_units(text: str, gaz: Gazetteer, when: str | None = None) -> str | None:
    """The one province the districts and communes a text names with their kind word point to ("xã A", "phường
    B"), when the lead names none: a name several provinces share counts only where its kind as written tells them
    apart ("phường Thanh Trì" is the city's ward, not another province's commune). Named twice or more, and at least
    twice as often as any other province. The communes as they stood on the event's day `when` (those of the 63
    provinces before July 2025)."""
    counts: Counter[str] = Counter()
    for mention, table in [
        *((m, gaz.communes) for m in gaz.communes_then(text, when)),
        *((m, gaz.districts) for m in gaz.districts_in(text)),
    ]:
        written = text[mention.start : mention.end].casefold()
        kind = next((k for k in _KINDS if written.startswith(k)), None)
        rows = table.get(fold(mention.name), [])
        provinces = {p for p, k in rows if kind is None or k.casefold() == kind} or {p for p, _ in rows}
        if mention.legacy:  # its kind and district read already
            provinces = {mention.province} - {""}
        if len(provinces) == 1 and (province := gaz.canonical(provinces.pop())):
            counts[province] += 1
    if not counts:
        return None
    (first, n), *rest = counts.most_common()
    return first if n >= 2 and n > 2 * sum(c for _, c in rest) else None
