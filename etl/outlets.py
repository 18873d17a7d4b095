"""The outlet registry (`data/reference/outlets.csv`): which province a news site belongs to, and where it
lists its new articles.

A provincial paper writes "tỉnh" for its own province; its domain says which one. A sub-site of a
province's portal ("hoinongdan.laichau.gov.vn") belongs to the portal's province. `phoihop collect` reads
each site's feed and sitemap from the same rows.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

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


@cache
def _tags() -> dict[str, dict[str, str]]:
    registry = _registry()
    return {_tag_key(r["tag"]): registry[r["domain"]] for r in load_table("outlet_tags.csv") if r["domain"] in registry}


def _tag_key(tag: str) -> str:
    return " ".join(tag.split()).casefold()


def outlet_of_tag(tag: str) -> dict[str, str] | None:
    """The registry row of the outlet a dateline tag names ("(QNO) -", "BHG -"; `data/reference/outlet_tags.csv`):
    a text kept without its address still says which paper published it."""
    return _tags().get(_tag_key(tag))


def outlet_province(url: str | None) -> str | None:
    """The legacy province of a provincial outlet; None for national outlets and unknown sites."""
    row = outlet_of(url)
    return (row["province_legacy"] or None) if row else None


@dataclass(frozen=True)
class Outlet:
    """A registry row as the crawler reads it: where the site lists its new articles."""

    domain: str
    name: str
    kind: str
    province_legacy: str
    province_current: str
    listings: tuple[str, ...]  # feed URL first, then sitemap URL (either may be absent)


def load_outlets(path: Path | None = None) -> list[Outlet]:
    """The outlets with a feed or a sitemap, from the registry or another file of the same columns."""
    if path is None:
        rows: Iterable[dict[str, str]] = load_table("outlets.csv")
    else:
        with open(path, newline="", encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
    outlets = []
    for r in rows:
        listings = tuple(u.strip() for u in (r.get("feed_url") or "", r.get("sitemap_url") or "") if u.strip())
        if listings:
            outlets.append(
                Outlet(
                    r["domain"].strip().lower().removeprefix("www."),
                    r.get("name", ""),
                    r.get("kind", ""),
                    r.get("province_legacy", ""),
                    r.get("province_current", ""),
                    listings,
                )
            )
    return outlets
