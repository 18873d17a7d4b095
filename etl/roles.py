"""Who in a sentence signs or organises, and who only witnesses, attends or is named in passing.

In "Ngày 7/10, Văn phòng Tỉnh ủy, Văn phòng UBND tỉnh ký kết quy chế ... giữa X với Y, dưới sự chứng kiến
của Z" the parties are the subject of the signing verb and the bodies after "giữa"/"với"; Z is a witness,
and a body named inside the program's title ("Chương trình 38 của Ban Dân vận Trung ương") is neither.
A list that names one kind of body for several places ("Ban Thường vụ Tỉnh ủy Nghệ An, Thanh Hóa và Hà
Tĩnh", "Hội Nông dân 02 tỉnh Lai Châu và Lào Cai") is one party per place.
"""

from __future__ import annotations

import re
from dataclasses import replace

from etl.parties import Party, PlaceContext, body_key, expand_abbreviations, find_parties, parent_district
from etl.places import Gazetteer

_TRIGGER = re.compile(
    r"\b(tổ chức|ký kết|kí kết|ký|kí|diễn ra|tiến hành|đồng chủ trì|(?<!sự )chủ trì|giao ban|họp|sơ kết|tổng kết|"
    r"kiểm điểm|thống nhất|bàn|đánh giá|cùng nhau)\b",
    re.IGNORECASE,
)
_BETWEEN = re.compile(r"\b(giữa|với|cùng với|và)\b", re.IGNORECASE)
_GUEST = re.compile(
    r"(dưới sự chứng kiến|trước sự chứng kiến|chứng kiến|tham dự|tới dự|đến dự|về dự|cùng dự|dự hội nghị|dự lễ|"
    r"có sự tham dự|chỉ đạo hội nghị|phát biểu)",
    re.IGNORECASE,
)
# Where the list of parties after "giữa" stops: the program's subject or purpose begins.
_CLAUSE_END = re.compile(
    r"(?<!TP)\.|[;:“\"(]|\s(?:nhằm|để|về việc|về|giai đoạn|năm \d|với (?:chủ đề|mục)|trong (?:công tác|việc|lĩnh vực)|"
    r"theo|đối với|thực hiện|trên địa bàn|tại)\b",
    re.IGNORECASE,
)
_COUNTED_PLACES = re.compile(
    r"\b(?:0?\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(tỉnh|thành phố|huyện|xã|phường)"
    r"(?:\s*,\s*(?:thành phố|thị xã|thành|huyện))?(?:\s+(?:gồm|là))?\s*:?\s+(?=[A-ZĐÀ-Ỹ])"
)
_ABBREVIATION_IN_PARENS = re.compile(r"\s*\([A-ZĐ][\wĐ&.-]{1,10}\)(?=\s)")
_NEXT_PLACE = re.compile(r"\s*(?:,|và|;)\s*(?:(tỉnh|thành phố|TP\.?|huyện|quận|thị xã|xã|phường)\s+)?", re.IGNORECASE)


def normalise_lists(text: str, gaz: Gazetteer) -> str:
    """ "Hội Nông dân 02 tỉnh Lai Châu và Lào Cai" -> "Hội Nông dân tỉnh Lai Châu và Lào Cai"; a count that
    names no place ("Đoàn Thanh niên 5 tỉnh Tây Nguyên") stays: the bodies of those places together."""
    text = _ABBREVIATION_IN_PARENS.sub("", text)  # "Bộ Chỉ huy Bộ đội Biên phòng (BĐBP) 3 tỉnh"
    text = re.sub(r"\bTP\.(?=[A-ZĐ])", "TP. ", text)  # "TP.Hồ Chí Minh"

    def one(m: re.Match[str]) -> str:
        if not _names_place(m.group(1), text[m.end() : m.end() + 40], gaz):
            return m.group(0)
        # the list's first place keeps its own admin word when it has one ("gồm: TP. Hồ Chí Minh, ...")
        return " " if m.string.startswith(("TP", "Thành phố"), m.end()) else m.group(1) + " "

    return _COUNTED_PLACES.sub(one, text)


def _names_place(admin: str, after: str, gaz: Gazetteer) -> bool:
    """Whether the words after an admin word ("tỉnh", "phường") name a place of that kind."""
    admin = admin.lower()
    if admin in ("tỉnh", "thành phố") or after.startswith(("TP", "Thành phố")):
        return any(x.start == 0 for x in gaz.provinces_in(after))
    if admin in ("huyện", "quận"):
        return bool(gaz.districts_in(admin + " " + after))
    return bool(gaz.communes_in(admin + " " + after))


_EACH_PLACE = re.compile(
    r"\bcác\s+(tỉnh|thành phố|huyện|quận|xã|phường)(?:\s*,\s*(?:tỉnh|thành phố|thị xã|thị trấn|xã|phường))?\s+"
    r"(?=[A-ZĐÀ-Ỹ])",
    re.IGNORECASE,
)
_GROUP_BEFORE = re.compile(r"\b(?:cụm|khối|nhóm)\b[^,.;:]{0,40}$", re.IGNORECASE)


def _each_place(text: str, gaz: Gazetteer) -> str:
    """ "Công an các tỉnh Thanh Hóa, Nghệ An và Hà Tĩnh", "Đảng ủy các phường A, B": the list names places,
    so it is one body per place ("Công an tỉnh Thanh Hóa, Nghệ An ..."); a cluster's name keeps "các"."""

    def one(m: re.Match[str]) -> str:
        if _GROUP_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            return m.group(0)
        return m.group(1) + " " if _names_place(m.group(1), text[m.end() : m.end() + 40], gaz) else m.group(0)

    return _EACH_PLACE.sub(one, text)


def _party_regions(sentence: str) -> tuple[list[tuple[int, int]], str]:
    """(spans where signatories or organisers stand: the verb's subject and its 'giữa' list; their role)."""
    guest = _GUEST.search(sentence)
    limit = guest.start() if guest else len(sentence)
    trigger = _TRIGGER.search(sentence, 0, limit)
    if not trigger:
        return [(0, limit)], "signatory"
    regions = [(0, trigger.start())]
    organised = trigger.group(1).lower() in ("tổ chức", "chủ trì", "đồng chủ trì")
    for m in _BETWEEN.finditer(sentence, trigger.end(), limit):
        if organised and not re.search(r"\b(ký|kí)\b", sentence[trigger.end() : m.start()], re.I):
            break  # "X tổ chức hội nghị kiểm điểm quy chế giữa X với Y": Y is in the program's name
        if m.group(1).lower() == "và" and regions[-1][1] > m.start():
            continue
        end = _CLAUSE_END.search(sentence, m.end())
        stop = min(end.start() if end else limit, limit)
        if stop > m.end():
            regions.append((m.end(), stop))
        if m.group(1).lower() in ("giữa", "với", "cùng với"):
            break
    return regions, "organiser" if organised else "signatory"


def distribute(text: str, party: Party, gaz: Gazetteer) -> list[Party]:
    """The party and one copy for each place listed right after it ("..., Thanh Hóa và Hà Tĩnh")."""
    out = [party]
    pos = party.end
    place = _trailing_place(party, gaz)
    if not place:
        return _distribute_units(text, party, gaz)
    while True:
        sep = _NEXT_PLACE.match(text, pos)
        if not sep:
            break
        after = text[sep.end() : sep.end() + 40]
        found = [m for m in gaz.provinces_in(after) if m.start == 0]
        if not found:
            break
        name = after[: found[0].end]
        # the first place's own admin word is not the next one's ("Công an thành phố Hồ Chí Minh, Đồng Nai")
        stem = re.sub(r"\s+(?:thành phố|TP\.?)\s*$", "", party.name[: len(party.name) - len(place)].rstrip())
        copy_name = stem + " " + name
        out.append(replace(party, name=copy_name, province=found[0].name, start=sep.end(), end=sep.end() + len(name)))
        pos = sep.end() + len(name)
    return out


_UNIT_ADMIN = re.compile(r"^(huyện|quận|thị xã|thành phố|xã|phường|thị trấn|đặc khu)\s+\S", re.IGNORECASE)


def _distribute_units(text: str, party: Party, gaz: Gazetteer) -> list[Party]:
    """A district or commune body and one copy per unit listed after it ("Đảng ủy phường A, B và C")."""
    out = [party]
    admin = _UNIT_ADMIN.match(party.where)
    if party.tier not in ("district", "commune") or not admin or not party.placed:
        return out
    units = gaz.communes_in if party.tier == "commune" else gaz.districts_in
    pos = party.end
    while sep := _NEXT_PLACE.match(text, pos):
        if sep.end() == pos:
            break
        after = text[sep.end() : sep.end() + 40]
        found = units(admin.group(1) + " " + after)
        if not found or found[0].start != 0:
            break
        name = after[: found[0].end - len(admin.group(1)) - 1]
        where = f"{admin.group(1)} {name}"
        end = sep.end() + len(name)
        if party.tier == "commune" and (parent := parent_district(text, end, gaz)):
            where, end = f"{where} ({parent[0]})", parent[1]
        out.append(replace(party, name=f"{party.base} {where}", where=where, start=sep.end(), end=end))
        pos = end
    # "phường Minh Long và phường Minh Hưng thị xã Chơn Thành": the district written last is every unit's
    last = out[-1].where[out[-1].where.find(" (") :] if " (" in out[-1].where else ""
    return [q if " (" in q.where or not last else replace(q, name=q.name + last, where=q.where + last) for q in out]


def _trailing_place(party: Party, gaz: Gazetteer) -> str | None:
    """The place a party's name ends with, as written ("Nghệ An" in "Ban Thường vụ Tỉnh ủy Nghệ An")."""
    mentions = gaz.provinces_in(party.name)
    if mentions and mentions[-1].end == len(party.name):
        return party.name[mentions[-1].start :]
    return None


def parties_with_roles(sentence: str, ctx: PlaceContext, gaz: Gazetteer) -> list[tuple[Party, str]]:
    """Every body the sentence names, each with its role."""
    sentence = _each_place(expand_abbreviations(normalise_lists(sentence, gaz)), gaz)
    regions, principal = _party_regions(sentence)
    guest = _GUEST.search(sentence)
    out: list[tuple[Party, str]] = []
    for party in find_parties(sentence, ctx, gaz):
        for p in distribute(sentence, party, gaz):
            if any(a <= p.start < b for a, b in regions):
                role = principal
            elif guest and p.start >= guest.start():
                role = "witness" if "chứng kiến" in guest.group(1).lower() else "guest"
            else:
                role = "mentioned"
            out.append((p, role))
    # One body named twice ("Công an tỉnh Đồng Nai tổ chức ... giữa Công an tỉnh Đồng Nai, ...") keeps its
    # strongest role and its first naming, in its fullest form ("Ban Thường trực" before it).
    rank = {principal: 0, "witness": 1, "guest": 2, "mentioned": 3}
    best: dict[str, tuple[Party, str]] = {}
    for p, role in out:
        key = body_key(p.name)
        if key not in best:
            best[key] = (p, role)
            continue
        first, first_role = best[key]
        if len(p.name) > len(first.name):
            first = replace(first, name=p.name)
        best[key] = (first, role if rank[role] < rank[first_role] else first_role)
    return list(best.values())
