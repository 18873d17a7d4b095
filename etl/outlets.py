"""The outlet registry (`data/reference/outlets.csv`): which province a news site belongs to.

A provincial paper writes "tỉnh" for its own province; its domain says which one. A sub-site of a
province's portal ("hoinongdan.laichau.gov.vn") belongs to the portal's province.
"""

from __future__ import annotations

import re
from functools import cache

from etl.reference import load_table


@cache
def _registry() -> dict[str, dict[str, str]]:
    return {r["domain"]: r for r in load_table("outlets.csv")}


def host_of(url: str | None) -> str | None:
    m = re.match(r"^(?:[a-z]+:)?//([^/:?#]+)", (url or "").strip().lower())
    return m.group(1).removeprefix("www.") if m else None


def outlet_of(url: str | None) -> dict[str, str] | None:
    """The registry row of the site a URL belongs to: its own host, else the nearest parent domain."""
    host = host_of(url)
    if not host:
        return None
    parts = host.split(".")
    for i in range(len(parts) - 1):
        row = _registry().get(".".join(parts[i:]))
        if row:
            return row
    return None


def outlet_province(url: str | None) -> str | None:
    """The legacy province of a provincial outlet; None for national outlets and unknown sites."""
    row = outlet_of(url)
    return (row["province_legacy"] or None) if row else None
