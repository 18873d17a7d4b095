"""The tier of an event, by DOMAIN.md's rule: the highest tier among its signatories or organisers.

central if any party is a central body; else inter-provincial if the parties belong to two provinces or
more (even district bodies); else province, district, commune. From July 2025 there is no district tier:
every local unit is a commune.
"""

from __future__ import annotations

from etl.places import gazetteer

LEVELS = ("central", "inter-provincial", "province", "district", "commune")


def level_of(tiers: list[str], provinces: list[str], event_date: str | None) -> str:
    """Level from the parties' tiers and the provinces their bodies belong to."""
    if "central" in tiers:
        return "central"
    if "inter-provincial" in tiers or len(set(provinces)) > 1:
        return "inter-provincial"
    if "province" in tiers or not tiers:
        return "province"
    after_merger = not gazetteer().has_districts(event_date)
    if "district" in tiers:
        return "commune" if after_merger else "district"
    return "commune"
