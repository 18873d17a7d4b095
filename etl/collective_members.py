"""The named members of a collective that signs: who of "Hội A các tỉnh, thành phố" signs here.

"Hội Nông dân TP Hà Nội ký kết chương trình phối hợp với Hội Nông dân các tỉnh, thành phố" in the lead, then "Hội
Nông dân TP Hà Nội ký kết với Hội Nông dân tỉnh B và Hội Nông dân các tỉnh, thành phố trên cả nước": the article
reports the signing with the body it names (tỉnh B); the collective of unnamed provinces beside it is then no party
of its own (`_without_generic_collectives` in etl/extract.py), and B's province takes part.
"""

from __future__ import annotations

import re

from etl.parties import Party, PlaceContext, body_key
from etl.places import Gazetteer
from etl.roles import parties_with_roles
from etl.text import fold, sentences

_SIGNS = re.compile(r"\b(?:ký kết|kí kết|ký|kí)\b", re.IGNORECASE)


def _generic(p: Party) -> bool:
    return p.tier == "inter-provincial" and not p.province and p.type != "other"


def collective_members_named(
    parties: list[Party], paragraphs: list[str], ctx: PlaceContext, gaz: Gazetteer
) -> list[Party]:
    """The parties, plus the bodies of a generic collective's head that a later signing sentence names beside the
    same collective (of provinces the parties do not have yet); unchanged when there is no such sentence."""
    parties = _communes_named(parties, paragraphs, ctx, gaz)
    heads = {fold(p.head) for p in parties if _generic(p) and p.head}
    if not heads:
        return parties
    known = {p.province for p in parties if p.province}
    keys = {body_key(p.name) for p in parties}
    for paragraph in paragraphs:
        for s in sentences(paragraph):
            if not _SIGNS.search(s):
                continue
            found = [p for p, role in parties_with_roles(s, ctx, gaz) if role == "signatory"]
            if not any(_generic(p) and fold(p.head) in heads for p in found):
                continue  # the sentence does not sign with the same collective
            named = [
                p
                for p in found
                if p.province and p.province not in known and fold(p.head) in heads and body_key(p.name) not in keys
            ]
            if named:
                return [*parties, *named]
    return parties


_COMMUNES_TOGETHER = re.compile(r"\bcác\s+(?:xã|phường|thị trấn)\b", re.IGNORECASE)


def _communes_named(parties: list[Party], paragraphs: list[str], ctx: PlaceContext, gaz: Gazetteer) -> list[Party]:
    """ "Đoàn Thanh niên các xã, phường trên địa bàn" beside a body, then a signing sentence that names them one by
    one ("... kết nghĩa với Đoàn Thanh niên xã A; Đoàn Thanh niên phường B và Đoàn Thanh niên phường C"): the
    communes' bodies named are the parties the collective stood for."""
    together = [p for p in parties if p.tier == "commune" and p.head and _COMMUNES_TOGETHER.search(p.name)]
    if not together:
        return parties
    keys = {body_key(p.name) for p in parties}
    for paragraph in paragraphs:
        for s in sentences(paragraph):
            if not _SIGNS.search(s):
                continue
            # the bodies of the collective's kind the signing sentence names, not as witnesses or guests (a purpose
            # clause opening it may hide who acts from the roles)
            found = [
                p for p, role in parties_with_roles(s, ctx, gaz) if role in ("signatory", "organiser", "mentioned")
            ]
            for collective in together:
                named = [
                    p
                    for p in found
                    if fold(p.head) == fold(collective.head)
                    and p.tier == "commune"
                    and p.placed
                    and not _COMMUNES_TOGETHER.search(p.name)
                    and body_key(p.name) not in keys
                ]
                if len(named) > 1:
                    at = parties.index(collective)
                    return [*parties[:at], *named, *parties[at + 1 :]]
    return parties
