"""A newspaper or station that acts as a party belongs to its own province, not the article's.

"UBND tỉnh A ký kết chương trình phối hợp tuyên truyền với Báo Sài Gòn Giải Phóng": the paper is Hồ Chí Minh City's
party paper, so the city takes part. Which paper is whose is a reference fact, read from the outlet registry
(`data/reference/outlets.csv`: the name and province of each provincial paper and station); a paper whose own name
says its province ("Báo Đồng Nai") is placed by that name already.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from etl.parties import Party
from etl.reference import load_table
from etl.text import fold

_PROVINCIAL = ("party_paper", "radio_tv")  # the kinds of outlet a province runs


@cache
def _outlet_provinces() -> dict[str, str]:
    """The legacy province of each provincial paper or station, by its folded registered name."""
    return {
        fold(r["name"]): r["province_legacy"]
        for r in load_table("outlets.csv")
        if r.get("kind") in _PROVINCIAL and r.get("name") and r.get("province_legacy")
    }


def press_placed(party: Party) -> Party:
    """A press party named as the registry names a provincial outlet, placed in that outlet's province."""
    if party.type != "press":
        return party
    province = _outlet_provinces().get(fold(party.name))
    if not province or province == party.province:
        return party
    return replace(party, province=province, tier="province")
