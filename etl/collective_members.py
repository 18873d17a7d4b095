"""The named members of a collective that signs: who of "Hội A các tỉnh, thành phố" signs here.

"Hội Nông dân TP Hà Nội ký kết chương trình phối hợp với Hội Nông dân các tỉnh, thành phố" in the lead, then "Hội
Nông dân TP Hà Nội ký kết với Hội Nông dân tỉnh B và Hội Nông dân các tỉnh, thành phố trên cả nước": the article
reports the signing with the body it names (tỉnh B); the collective of unnamed provinces beside it is then no party
of its own (`_without_generic_collectives` in etl/event_parties.py), and B's province takes part.
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


# the side a lead signs or twins with written as a plural of local units ("kết nghĩa với các xã mới thành lập thuộc
# huyện A", "với các thôn, buôn trên địa bàn", "với 7 xã của tỉnh B"): the kinds its units are named by
_UNITS_SIDE = re.compile(
    r"\b(?:với|và)\s+(?:các|\d{1,2})\s+(?P<kinds>(?:xã|phường|thị trấn|thôn|buôn|làng|bản|ấp|plei|khóm)"
    r"(?:\s*,\s*(?:xã|phường|thị trấn|thôn|buôn|làng|bản|ấp|plei|khóm))*)\b",
    re.IGNORECASE,
)
_TWINS = re.compile(r"\b(?:ký kết|kí kết|ký|kí|kết nghĩa)\b", re.IGNORECASE)


def units_side_named(
    parties: list[Party], lead: str, paragraphs: list[str], ctx: PlaceContext, gaz: Gazetteer
) -> list[Party]:
    """ "A ký kết nghĩa với các xã thuộc huyện B", then "Theo đó, A kết nghĩa với xã C và xã D; ...": the units the
    later sentence names one by one are the side the lead wrote as a plural, each a party (DOMAIN.md: a list of
    bodies is several parties). Only units of the kind the lead named, not parties already."""
    side = _UNITS_SIDE.search(lead)
    if not side or not _TWINS.search(lead[: side.start()]):
        return parties
    kinds = {k.strip().lower() for k in side.group("kinds").split(",")}
    keys = {body_key(p.name) for p in parties}
    added: list[Party] = []
    for paragraph in paragraphs:
        for s in sentences(paragraph):
            if not _TWINS.search(s):
                continue
            for clause in s.split(";"):  # "A kết nghĩa với C; B kết nghĩa với D": each clause its own pair
                for p, role in parties_with_roles(clause, ctx, gaz):
                    kind = p.name.split(" ", 1)[0].lower()
                    local = role == "signatory" and not p.head and p.tier == "commune" and kind in kinds
                    if local and (key := body_key(p.name)) not in keys:
                        keys.add(key)
                        added.append(p)
    return [*parties, *added] if len(added) > 1 else parties
