"""A state group that signs by its short name is written by the full name the text introduces it with.

"UBND tỉnh A và Viettel ký kết ...", and below "UBND tỉnh A và Tập đoàn Công nghiệp - Viễn thông Quân đội (Viettel) tổ
chức lễ ký kết": the group is named in full where the text introduces it, its short name in brackets, and a careful
reader writes it so (ruling 21: a group of national standing signs as a central body; DOMAIN.md: full names). A text
that never writes the full name keeps the short one. Which short name is whose is a reference fact
(`data/reference/org_synonyms.csv`: a full name and the one-word short name it is written by).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from etl.parties import Party, body_key
from etl.reference import load_table
from etl.text import fold


@cache
def _groups() -> tuple[tuple[str, str], ...]:
    """(full name, short name) of each body written by a one-word short name of its own ("VNPT")."""
    return tuple(
        (r["name"], r["same_as"])
        for r in load_table("org_synonyms.csv")
        if " " not in r["same_as"] and len(r["name"]) > len(r["same_as"]) and r["same_as"] not in r["name"]
    )


@cache
def _introduced(full: str, short: str) -> re.Pattern[str]:
    """The full name followed by its short name in brackets, the dash and the case as any text writes them."""
    words = [re.escape(w) for w in re.split(r"\s*[-–]\s*|\s+", full)]
    return re.compile(r"(?<!\w)" + r"(?:\s*[-–]\s*|\s+)".join(words) + rf"\s*\(\s*{re.escape(short)}\s*\)", re.I)


def by_full_name(party: Party, text: str) -> Party:
    """The party a state group's short name (or its full name without it) stands for, written as the text
    introduces it: "Tập đoàn ... (VNPT)"."""
    key = body_key(party.name)
    for full, short in _groups():
        if key != body_key(short) or fold(party.name) not in (fold(short), fold(f"Tập đoàn {short}"), fold(full)):
            continue
        if (m := _introduced(full, short).search(text)) is not None:
            return replace(party, name=m.group(0))
    return party
