"""The mass organisations together as a side of the briefing a body holds with the Front and them.

"Thị ủy A tổ chức hội nghị giao ban với UBMTTQ và các tổ chức chính trị - xã hội", "Chủ tịch HĐND tỉnh chủ trì cuộc
họp giao ban với Mặt trận và các đoàn thể chính trị - xã hội tỉnh": the organisations meet as one side, named by
that collective; the text names none of them, so the collective is a party (DOMAIN.md: the organisers of a
meeting), written as the text writes it with its place made explicit, the Front's own or the tier word's.
"""

from __future__ import annotations

import re

from etl.parties import Party, PlaceContext, body_key

# a briefing held with the Front and the mass organisations: the collective, its abbreviation, the tier word after it
_MET_WITH = re.compile(
    r"\b(?:giao ban|họp|làm việc)\b[^.;]{0,40}?\bvới\s+(?P<front>[^.;,]{2,50}?)\s+và\s+"
    r"(?P<collective>các\s+(?:tổ chức|đoàn thể)\s+chính trị\s*[-–]?\s*xã hội)"
    r"(?:\s*\([^()]{2,10}\))?(?:\s+(?P<kind>tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\b)?",
    re.IGNORECASE,
)
_FRONT = re.compile(r"mặt trận|mttq", re.IGNORECASE)
_BARE_FRONT = re.compile(r"(?:Ủy ban\s+)?(?:Mặt trận(?:\s+Tổ quốc)?|UBMTTQ|MTTQ)(?:\s+Việt Nam|\s+VN)?")
_KIND_TIER = {"tỉnh": "province", "thành phố": "province", "huyện": "district", "quận": "district"}


def mass_organisations_met(parties: list[Party], texts: list[str], ctx: PlaceContext) -> list[Party]:
    """The parties and the mass organisations' collective the texts have meet with the Front as one side; unchanged
    when no text says so, or its place is unknown."""
    for text in texts:
        m = _MET_WITH.search(text)
        if not m or not _FRONT.search(m.group("front")):
            continue
        front = next((p for p in parties if _FRONT.search(p.name) and p.where), None)
        kind = (m.group("kind") or "").lower()
        display = ctx.province_display or ctx.province
        if front:
            where, tier, province = front.where, front.tier, front.province
        elif kind in ("tỉnh", "thành phố") and display:
            where, tier, province = f"{kind} {display}", _KIND_TIER[kind], ctx.province
        else:
            return parties
        name = f"{' '.join(m.group('collective').split())} {where}"
        if any(body_key(p.name) == body_key(name) for p in parties):
            return parties
        added = [Party(name, "mass", tier, province, None, "", 0, 0, "", where)]
        if not front and _BARE_FRONT.fullmatch(m.group("front").strip()):
            # the Front written bare ("với Mặt trận và các đoàn thể ... tỉnh"), no body found for it: it meets as a
            # side too, as written with the place the tier word after the collective gives the list
            added.insert(
                0, Party(f"{m.group('front').strip()} {where}", "mass", tier, province, None, "", 0, 0, "", where)
            )
        return [*parties, *added]
    return parties
