"""Who in a sentence signs or organises, and who only witnesses, attends or is named in passing.

In "Ngày 7/10, Văn phòng Tỉnh ủy, Văn phòng UBND tỉnh ký kết quy chế ... giữa X với Y, dưới sự chứng kiến
của Z" the parties are the subject of the signing verb and the bodies after "giữa"/"với"; Z is a witness,
and a body named inside the program's title ("Chương trình 38 của Ban Dân vận Trung ương") is neither.
A list that names one kind of body for several places ("Ban Thường vụ Tỉnh ủy Nghệ An, Thanh Hóa và Hà
Tĩnh", "Hội Nông dân 02 tỉnh Lai Châu và Lào Cai") is one party per place.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import cache, lru_cache, partial

from etl.parties import (
    _AREA,
    _CAP,
    _LIST_GAP,
    _SHORT_PLACE,
    Party,
    PlaceContext,
    _aliases,
    _areas,
    _heads,
    _leadership,
    as_written,
    body_key,
    expand_abbreviations,
    find_parties,
    parent_district,
)
from etl.places import Gazetteer, Mention
from etl.reference import count_value, count_words, load_table
from etl.text import case_blind, fast_start, fold, sentences

_TRIGGER = re.compile(
    r"\b(?<!thư )(tổ chức|ký kết|kí kết|ký|kí|kết nghĩa|diễn ra|tiến hành|đồng chủ trì|(?<!sự )chủ trì|giao ban|họp|sơ kết|tổng kết|"
    r"kiểm điểm|thống nhất|bàn|đánh giá|cùng nhau|thực hiện(?= (?i:lễ|buổi) (?:ký|kí)))\b",  # "thực hiện Lễ ký kết"
    re.IGNORECASE,
)
_TRIGGER = fast_start(_TRIGGER)  # a first-letter check before the alternatives
_BETWEEN = re.compile(r"\b(giữa|với|cùng với|và)\b", re.IGNORECASE)
_BETWEEN = fast_start(_BETWEEN)  # a first-letter check before the alternatives
_GUEST = re.compile(
    r"(dưới sự chứng kiến|trước sự chứng kiến|chứng kiến|tham dự|tới dự|đến dự|về dự|cùng dự|dự hội nghị|dự lễ|"
    r"có sự tham dự|chỉ đạo hội nghị|phát biểu)",
    re.IGNORECASE,
)
_GUEST = fast_start(_GUEST)  # a first-letter check before the alternatives
# a word each cue of _GUEST holds, in lower case (no letter of them has another case-blind match): a text holding
# none holds no cue, and the pattern is not run over it (most titles and leads)
_GUEST_WORDS = ("dự", "chứng", "đạo", "phát")


def guest_cue(text: str) -> re.Match[str] | None:
    """_GUEST's first match in the text: where its guests, witnesses or speakers are named."""
    low = text.lower()
    return _GUEST.search(text) if any(word in low for word in _GUEST_WORDS) else None


# Where the list of parties after "giữa" stops: the program's subject or purpose begins.
_CLAUSE_END = re.compile(
    # a bracket ends a clause, not one that says where the body before it is ("..., Hội A quận B (TP. C), ...")
    r"(?<!TP)\.|[;:“\"]|\((?!\s*(?:tỉnh|thành phố|TP\.?|huyện|quận|thị xã)\s*[A-ZĐ][^().;:]{1,30}\))|\s(?:nhằm|để|về việc|về|giai đoạn|năm \d|với (?:chủ đề|mục)|trong (?:công tác|việc|lĩnh vực)|"
    r"theo|đối với|thực hiện|trên địa bàn|tại)\b",
    re.IGNORECASE,
)
# A source the lead cites before its subject ("TP - Theo Văn phòng UBND tỉnh Quảng Trị chiều 22/4, lãnh đạo
# Viện ... và tỉnh Quảng Trị đã ký"): the office reports the signing, it does not sign.
# "Tin từ X cho biết, A và B ...": likewise
_SOURCE = re.compile(r"^(?:[^,.;]{0,40}?[-–]\s*)?(?:Theo|Tin từ)\s+[^,.;]{2,100},\s*")
# a count of places before their names ("Hội Nông dân 02 tỉnh Lai Châu và Lào Cai", "3 tỉnh thành phố A, B"), not a
# cluster's number before its province ("Khối thi đua số 4 tỉnh Hà Tĩnh")
_COUNTED_PLACES = re.compile(  # "Sở A của 4 tỉnh, thành phố gồm: B, C, ...": the bodies of those places, "của" aside
    r"\b(?:(?<=\s)(?i:của)\s+)?(?<!số )(?<!Số )(?:0?\d{1,2}|" + count_words() + r")\s+(tỉnh|thành phố|huyện|xã|phường)"
    r"(?:\s*,?\s*(?:thành phố|thị xã|thành|huyện|xã|phường|thị trấn))?"
    # "4 xã, phường giáp ranh gồm: A, B", "5 huyện biên giới tỉnh A gồm B, C": the list follows the count
    r"(?:(?:\s+(?!gồm\b|là\b)[a-zà-ỹđ]+){1,3}"
    rf"(?:\s+(?:tỉnh|thành phố|huyện|thị xã)\s+{_CAP}(?:\s+{_CAP}){{0,3}})?(?=\s*(?:gồm\b\s*:?|là\s*:|:)))?"
    r"(?:\s+(?:gồm|là))?\s*:?\s+(?=[A-ZĐÀ-Ỹ]|thành phố\s+[A-ZĐ])"
)
_COUNTED_PLACES = fast_start(_COUNTED_PLACES)  # a first-letter check before the alternatives
# a body's own abbreviation in brackets inside its name: "(BĐBP)", "(VH,TT&DL)", "(TTTS - Đường HCM)"
_ABBREVIATION_IN_PARENS = re.compile(
    r"\s*\((?:[A-ZĐ][\wĐ&.-]{1,10}|[A-ZĐ][A-ZĐ&.]{1,8}(?:\s*,\s*[A-ZĐ][A-ZĐ&.]{0,8}|\s+[-–]\s+[A-ZĐ][\wĐ]{1,8}(?:\s+[A-ZĐ]{2,6})?){1,3})\)(?=[\s,;])"
)
_NEXT_PLACE = re.compile(r"\s*(?:,|và|;)\s*(?:(tỉnh|thành phố|TP\.?|huyện|quận|thị xã|xã|phường)\s+)?", re.IGNORECASE)
# provinces a spaced dash joins after one head ("Ban Dân vận hai tỉnh Lào Cai - Sơn La", "3 tỉnh A - B - C")
_DASHED_PLACE = re.compile(r"\s+[-–]\s+(?:(tỉnh|thành phố|TP\.?)\s+)?")


# Bodies counted and then named after a colon, without their common head: "4 sở: Văn hóa, Thể thao và Du lịch
# Hưng Yên; Du lịch Nghệ An; ...", "ba Ban Chỉ đạo: Tây Bắc, Tây Nguyên và Tây Nam Bộ".
_COUNTED_HEADS = re.compile(
    r"\b(?:0?\d{1,2}|" + count_words() + r")\s+(sở|ban chỉ đạo|ban|hội|cục|viện|đài|báo)\s*:\s*"
    r"(?P<items>[^.:\n]{3,300}?)(?=\s+(?:phối hợp|tổ chức|ký|kí|đã|cùng|nhằm|tại|giao ban|họp|tiến hành)\b|[.\n]|$)"
    # "5 công ty cao su gồm: A, B", "05 Cục QLTT gồm A, B và C", "các đồn biên phòng: A, B (BĐBP tỉnh C)": the
    # kind and its words, then the names after "gồm" or a colon
    r"|\b(?:0?\d{1,2}|" + count_words() + r"|các)\s+(?P<kind>(?:sở|cục|chi cục|công ty|tổng công ty|trường|bệnh viện"
    r"|đồn|hạt kiểm lâm)(?:\s+(?!gồm\b)(?-i:[a-zà-ỹđ]+|[A-ZĐ]{2,6}|Biên phòng)){0,3})(?:\s+(?:bao gồm|gồm)\s*:?|\s*:)\s*"
    r"(?P<named>(?-i:[A-ZĐ])[^.:;\n()]{2,300}?)"
    r"(?=\s+(?:phối hợp|tổ chức|ký|kí|đã|cùng|nhằm|tại|giao ban|họp|tiến hành|thuộc|trên địa bàn)\b|[.;\n(]|$)",
    re.IGNORECASE,
)
_COUNTED_HEADS = fast_start(_COUNTED_HEADS)  # a first-letter check before the alternatives


def _name_counted_heads(text: str) -> str:
    """ "4 sở: A; B" -> "Sở A; Sở B": each body of the list written with the head the count names."""

    def one(m: re.Match[str]) -> str:
        if m.group("kind"):
            named = [x.strip() for x in re.split(r",|\svà\s", m.group("named"))]
            if len(named) < 2 or not all(x[:1].isupper() for x in named):
                return m.group(0)  # "3 trường gồm Giáo viên, ...": no names of those bodies
            kind = m.group("kind")
            listed = [f"{kind[0].upper()}{kind[1:]} {x}" for x in named]
            space = m.group("named")[len(m.group("named").rstrip()) :]  # before a bracket that closes the list
            return ", ".join(listed[:-1]) + " và " + listed[-1] + space
        head = m.group(1)
        head = head[0].upper() + head[1:]
        items = m.group("items")
        if ";" in items:
            parts = [x.strip() for x in items.split(";")]
            joined = "; ".join(f"{head} {x}" for x in parts if x)
        else:
            parts = [x.strip() for x in re.split(r",|\svà\s", items)]
            named = [f"{head} {x}" for x in parts if x]
            joined = ", ".join(named[:-1]) + " và " + named[-1] if len(named) > 1 else "".join(named)
        return joined

    if ":" not in text and "gồm" not in text.lower():
        return text  # either list is written after a colon or "gồm" (any case): most sentences hold neither
    return _COUNTED_HEADS.sub(one, text)


# One head before places listed after a colon: "Cảng vụ Hàng hải các tỉnh, thành: Nha Trang, Bình Thuận và Vũng Tàu"
_LISTED_PLACES = re.compile(
    r"\s+các\s+(?:tỉnh|thành phố)(?:\s*,\s*(?:thành phố|thành))?\s*:\s*"
    r"(?P<items>(?:TP\.?\s?)?[A-ZĐ](?:TP\.\s?|[^.;:\n()]){2,300}?)(?=\s*(?:[;\n]|(?<!TP)\.)|$)"
)


# the places' names a list gives, each capitalised, up to the first word that is none ("... và Thái Nguyên đã ký")
_PLACE_NAMES = re.compile(
    rf"(?:TP\.?\s?)?{_CAP}(?:(?:\s+[-–]\s+|\s+){_CAP})*(?:(?:\s*,\s*|\s+và\s+)(?:TP\.?\s?)?{_CAP}(?:(?:\s+[-–]\s+|\s+){_CAP})*)*"
)
_SHORT_NAME_AFTER = re.compile(r"[^.;:()\n]{0,100}?\s*\((?P<short>[^()\n]{2,40})\)")


def _name_listed_places(text: str, gaz: Gazetteer | None = None) -> str:
    """ "Cảng vụ Hàng hải các tỉnh, thành: A, B và C" -> "Cảng vụ Hàng hải A, Cảng vụ Hàng hải B và Cảng vụ Hàng
    hải C": a body of each place the list names. Not a cluster's members ("Cụm ... gồm Công an các tỉnh: A, B"),
    which the cluster's name keeps."""
    if ":" not in text:
        return text
    pattern = _heads()[0]
    out: list[str] = []
    pos = 0
    for start, end in _heads_or_short_names(text, pattern):
        if start < pos:
            continue
        head = text[start:end]
        shortened = False
        if not (listed := _LISTED_PLACES.match(text, end)):
            # "Ban chỉ đạo chống buôn lậu ... (Ban chỉ đạo 389) các tỉnh, thành phố: A, B": the short name the
            # bracket gives the body is the head each place's body is written with
            short = _SHORT_NAME_AFTER.match(text, end)
            if not short or not short.group("short").casefold().startswith(head.casefold()):
                continue
            if not (listed := _LISTED_PLACES.match(text, short.end())):
                continue
            head = short.group("short")
            shortened = True
        if _GROUP_BEFORE.search(text, max(0, start - 60), start):
            continue
        listed_end = listed.end()
        if (names := _PLACE_NAMES.match(listed.group("items"))) and names.end() < len(listed.group("items")):
            listed_end = listed.start("items") + names.end()  # "..., Quảng Ninh và Thái Nguyên đã ký kết ...": the verb
        listed_end = _before_next_body(text, listed.start("items"), listed_end, pattern)
        items = [x.strip() for x in re.split(r",|\s+và\s+", text[listed.start("items") : listed_end]) if x.strip()]
        if len(items) < 2 or not all(x[0].isupper() for x in items):
            continue
        if gaz and (shortened or not _named_by_place(head)):
            # "Ban chỉ đạo 389 tỉnh A": a number ends the short name, the place's kind follows; "Sở VHTT&DL các
            # tỉnh: A, B": each province's body with its place made explicit, kind word and all ("Sở VHTT&DL tỉnh
            # A", as DOMAIN.md writes "Hội LHPN tỉnh Đắk Nông"); a unit named by its town ("Cảng vụ Hàng hải A")
            # keeps the bare name
            items = [_with_kind(x, gaz) for x in items]
        head = head[0].upper() + head[1:]  # "công an các tỉnh: A, B": a body of each place, whatever the case
        named = [f"{head} {x}" for x in items]
        out.append(text[pos:start] + ", ".join(named[:-1]) + " và " + named[-1])
        pos = listed_end
    return "".join(out) + text[pos:] if out else text


def _heads_or_short_names(text: str, heads: re.Pattern[str]) -> list[tuple[int, int]]:
    """Where each body's head stands in a text, and each head written with a short name ("Sở VHTT&DL" for "Sở Văn
    hóa, Thể thao và Du lịch"): a list of places may follow either."""
    alias_pattern, table = _aliases()
    found = [(h.start(), h.end()) for h in heads.finditer(text)]
    for a in alias_pattern.finditer(text):
        word = _WORD_BEFORE.search(text, 0, a.start())
        written = f"{word.group(1)} {table[a.group(1)]}" if word else ""
        if word and (h := heads.match(written)) and h.end() == len(written):
            found.append((word.start(1), a.end()))
        elif (h := heads.match(table[a.group(1)])) and h.end() == len(table[a.group(1)]):
            found.append(a.span())  # "BĐBP các tỉnh, thành phố: A, B": a head written as its abbreviation alone
    return sorted(found)


_WORD_BEFORE = re.compile(r"(?<!\w)(\w+) $")


_ITEM_JOINT = re.compile(r"\s*,\s*|\s+và\s+")


def _before_next_body(text: str, start: int, end: int, heads: re.Pattern[str]) -> int:
    """Where a list of places ends: before an item that is a body of its own, named by its head ("Sở A các tỉnh: B,
    C và Sở D tỉnh E": Sở D is no place of Sở A's list)."""
    for joint in _ITEM_JOINT.finditer(text, start, end):
        if heads.match(text, joint.end()):
            return joint.start()
    return end


def _named_by_place(head: str) -> bool:
    """Whether a head names its unit by a place of its own ("Cảng vụ Hàng hải", "Đồn Biên phòng"), not by the
    province it serves."""
    pattern, rows = _heads()
    found = pattern.match(expand_abbreviations(head))
    row = rows.get(fold(found.group(2))) if found else None
    return bool(row and row["name_rule"] in ("name", "title"))


def _with_kind(place: str, gaz: Gazetteer) -> str:
    """A province's name with its kind written before it ("tỉnh A", "thành phố B"), as a list of them leaves out."""
    unit = gaz.legacy.get(gaz.canonical(place) or "")
    if not unit or place.startswith(("TP", "Thành phố", "thành phố")):
        return place
    return ("thành phố " if unit.kind == "city" else "tỉnh ") + place


_LIST_WORD = re.compile(r"\s(?:gồm|là)\s*$")
_KIND_COMMITTEE = re.compile(r"\b(?:Huyện|Quận|Thị|Thành|Tỉnh)\s+(?:ủy|uỷ)\s*$")  # a party committee named by its kind


def normalise_lists(text: str, gaz: Gazetteer) -> str:
    """ "Hội Nông dân 02 tỉnh Lai Châu và Lào Cai" -> "Hội Nông dân tỉnh Lai Châu và Lào Cai"; a count that
    names no place ("Đoàn Thanh niên 5 tỉnh Tây Nguyên") stays: the bodies of those places together."""
    text = _name_counted_heads(text)
    text = _name_listed_places(text, gaz)
    # each pattern below holds a character most sentences lack: looked for only when the sentence has it
    if "(" in text:
        text = _ABBREVIATION_IN_PARENS.sub("", text)  # "Bộ Chỉ huy Bộ đội Biên phòng (BĐBP) 3 tỉnh"
    if "TP." in text:
        text = _GLUED_TP.sub("TP. ", text)  # "TP.Hồ Chí Minh"; "TP.HCM" stays one word
    if "P." in text or "Q." in text:
        text = _SHORT_UNIT.sub(lambda m: _unit_written_out(m, gaz), text)  # "Công an P.Linh Xuân"

    def one(m: re.Match[str]) -> str:
        after = text[m.end() : m.end() + 40]
        listed = ":" in m.group(0) or bool(_LIST_WORD.search(m.group(0)))
        if not _names_place(m.group(1), after, gaz) and not (listed and _commune_named(m.group(1), after)):
            return m.group(0)  # a commune's name after "4 xã, phường:" is one whether or not the gazetteer knows it
        if listed and _KIND_COMMITTEE.search(text, 0, m.start()):
            return " "  # "Huyện ủy 5 huyện gồm A, B": the committee's head names the kind ("Huyện ủy A")
        # the list's first place keeps its own admin word when it has one ("gồm: TP. Hồ Chí Minh, ...")
        if m.string.startswith(("TP", "Thành phố", "thành phố"), m.end()):
            return " "
        first = next(iter(gaz.provinces_in(text[m.end() : m.end() + 40])), None)
        if first and first.start == 0 and (unit := gaz.legacy.get(first.name)) and unit.kind == "city":
            return "thành phố "  # "3 tỉnh, thành phố Cần Thơ, An Giang và ...": a centrally-run city is no "tỉnh"
        return m.group(1) + " "

    if not any(kind in text for kind in ("tỉnh", "thành phố", "huyện", "xã", "phường")):
        return text  # _COUNTED_PLACES counts places of these kinds, written as it writes them
    return _COUNTED_PLACES.sub(one, text)


_GLUED_TP = re.compile(r"\bTP\.(?=[A-ZĐ][a-zà-ỹđ])")  # "TP.Hồ Chí Minh", written with no space after the dot
# "P.Linh Xuân", "Q.Bình Thạnh": a ward or district written by its kind's initial
_SHORT_UNIT = re.compile(r"(?<=[\s,(])([PQ])\.\s?(?=[A-ZĐ])")
_SHORT_KIND = {"P": "phường", "Q": "quận"}


def _unit_written_out(m: re.Match[str], gaz: Gazetteer) -> str:
    """The initial written out when the words after it name a ward or district of that kind."""
    kind = _SHORT_KIND[m.group(1)]
    after = m.string[m.end() : m.end() + 40]
    return f"{kind} " if _names_place(kind, after, gaz) else m.group(0)


_OWN_KIND = re.compile(r"^(?:TP\.?\s*|[Tt]hành phố\s+)(?=[A-ZĐ])")


def _names_place(admin: str, after: str, gaz: Gazetteer) -> bool:
    """Whether the words after an admin word ("tỉnh", "phường") name a place of that kind."""
    admin = admin.lower()
    if admin in ("tỉnh", "thành phố") or after.startswith(("TP", "Thành phố")):
        # the first place may keep its own kind word ("gồm: TP. Cần Thơ, A, B", "gồm: thành phố Cần Thơ, A")
        after = _OWN_KIND.sub("", after, count=1)
        return any(x.start == 0 for x in gaz.provinces_in(after))
    if admin in ("huyện", "quận"):
        return bool(gaz.districts_in(admin + " " + after))
    return bool(gaz.communes_in(admin + " " + after))


_EACH_PLACE = re.compile(
    r"\bcác\s+(tỉnh|thành phố|huyện|quận|xã|phường)(?:\s*,\s*(?:tỉnh|thành phố|thị xã|thị trấn|xã|phường))?"
    # what the places share, between their kind and their names ("các xã biên giới A, B", "các huyện ven biển: A")
    r"(?:\s+(?:biên giới|ven biển|miền núi|vùng cao|giáp ranh|bãi ngang))?"
    r"(?:\s*:\s*|\s+)(?=[A-ZĐÀ-Ỹ])",  # "Công an các phường: Diên Hồng, Yên Đổ" too
    re.IGNORECASE,
)
_EACH_PLACE = fast_start(_EACH_PLACE)  # a first-letter check before the alternatives
_GROUP_BEFORE = re.compile(r"\b(?:cụm|khối|nhóm)\b[^,.;:]{0,40}$", re.IGNORECASE)


def _each_place(text: str, gaz: Gazetteer) -> str:
    """ "Công an các tỉnh Thanh Hóa, Nghệ An và Hà Tĩnh", "Đảng ủy các phường A, B": the list names places,
    so it is one body per place ("Công an tỉnh Thanh Hóa, Nghệ An ..."); a cluster's name keeps "các"."""

    def one(m: re.Match[str]) -> str:
        if _GROUP_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            return m.group(0)
        after = text[m.end() : m.end() + 40]
        if after[:1].islower():
            return m.group(0)  # "các xã, phường thuộc thị xã A": the communes of a district, no list of names
        if ":" in m.group(0) and m.group(1).lower() in ("tỉnh", "thành phố"):
            return m.group(0)  # "Công an các tỉnh: A, B" stays a list of the cluster's members
        return (
            m.group(1) + " "
            if _names_place(m.group(1), after, gaz) or _commune_named(m.group(1), after)
            else m.group(0)
        )

    # "các" in any case (no letter of it has a case-blind match but its own capital): most sentences list no places
    return _EACH_PLACE.sub(one, text) if "các" in text.lower() else text


_COMMUNE_KINDS = ("xã", "phường", "thị trấn", "đặc khu")
# capitalised words up to an admin word that starts the district after it ("Nguyễn Cư Trinh Quận 1")
_COMMUNE_NAME = re.compile(rf"{_CAP}(?:\s+(?!(?:Quận|Huyện|Thị|Thành|Tỉnh|TP)\b){_CAP}){{0,3}}(?![\w’'])")


def _commune_named(admin: str, after: str) -> bool:
    """Whether the words after a commune's kind ("các xã Bha Lêê, A Nông") are a name the gazetteer may not know:
    the kind word says what they are, as for "xã Ga Ry" (a body's head after it is another body, not a name)."""
    if admin.lower() not in _COMMUNE_KINDS:
        return False
    return bool(_COMMUNE_NAME.match(after)) and not _heads()[0].match(after) and not _shouted(after)


def _shouted(after: str) -> bool:
    """Whether the words start with one in capitals ("UB MTTQ", "NHIỆM KỲ"): an abbreviation or a heading, no
    commune's name."""
    first = after.split()[:1]
    return bool(first) and len(first[0].strip(",.;:")) > 1 and first[0].strip(",.;:").isupper()


# An event's noun before a trigger word makes it the event's name, not the verb ("Tại Hội nghị đánh giá năm
# 2015, A và B đã ..."); a trigger in capitals mid-sentence is part of a name ("Hội trường Thống Nhất").
_EVENT_NOUN_BEFORE = re.compile(r"(?:hội nghị|lễ|buổi|cuộc họp|phiên họp)\s*$", re.IGNORECASE)
_EVENT_NOUN_BEFORE = fast_start(_EVENT_NOUN_BEFORE)  # a first-letter check before the alternatives


_CITED_DOCUMENT = re.compile(
    r"\b(?:chương trình|quy chế|kế hoạch|nghị quyết|quyết định|hướng dẫn)(?:\s+(?:phối hợp|liên tịch))?\s+số\s+\d+\s*[/-]",
    re.IGNORECASE,
)
_CITED_DOCUMENT = fast_start(_CITED_DOCUMENT)  # a first-letter check before the alternatives
# a document the event makes concrete, numbered or not ("nhằm cụ thể hóa Biên bản ghi nhớ giữa A và B"): its parties
# signed it before, they are not this event's
_CONCRETISED = re.compile(r"\bcụ thể h(?:óa|oá)\s+[^.;]{0,80}?\bgiữa\b", re.IGNORECASE)
_HELD_BY = re.compile(
    r"\s+(?:hội nghị|cuộc họp|buổi)\s+(?:giao ban|sơ kết|tổng kết|họp)(?:\s+(?:định kỳ|trực tuyến|thường niên))?\s+(?=(?-i:[A-ZĐ]))",
    re.IGNORECASE,
)

# "do A và B (phối hợp) tổ chức": the bodies that hold what the sentence says took place
_ORGANISED_BY = re.compile(
    r"\bdo\s+([^.;]{3,200}?)\s+(?:phối hợp\s+|cùng\s+|đồng\s+)?(?:tổ chức|chủ trì)\b", re.IGNORECASE
)

_ORGANISATION_NOUN = re.compile(r"\s+(?:chính trị|đoàn thể|thành viên|quần chúng|xã hội|cơ sở đảng)\b", re.IGNORECASE)


# the last word of an admin unit's kind ("thị xã", "thành phố"): a capitalised word after it is the place's name
_PLACE_WORDS = frozenset(("huyện", "quận", "xã", "phường", "trấn", "tỉnh", "phố"))


def _is_verb(sentence: str, trigger: re.Match[str]) -> bool:
    """Whether a trigger word acts as the sentence's verb rather than naming an event or a place."""
    words = trigger.group(1).split()
    if trigger.start() > 0 and len(words) > 1 and all(w[0].isupper() for w in words):
        return False
    if trigger.start() > 0 and trigger.group(1)[0].isupper():
        before = sentence[max(0, trigger.start() - 12) : trigger.start()].split()[-1:]
        if before and (before[0][0].isupper() or before[0].lower() in _PLACE_WORDS):
            return False  # part of a place's name ("huyện Điện Bàn", "phường Thống Nhất"), not "to discuss"
    if trigger.group(1).lower() == "bàn" and sentence[max(0, trigger.start() - 4) : trigger.start()].lower() == "địa ":
        return False  # "trên địa bàn": in the area, not "to discuss"
    if trigger.group(1).lower() == "họp" and re.search(
        r"\b(?:cuộc|phiên|buổi|kỳ)\s+$", sentence[max(0, trigger.start() - 7) : trigger.start()], re.I
    ):
        return False  # "Tại phiên họp, A, B và C đã ký kết": the meeting, a noun
    if trigger.group(1).lower() == "thống nhất" and re.search(
        r"\b(?:cơ sở|sự|tinh thần)\s+$", sentence[max(0, trigger.start() - 12) : trigger.start()], re.I
    ):
        return False  # "trên cơ sở thống nhất giữa hai đơn vị, A và B tổ chức": the agreement reached, a noun
    if trigger.group(1).lower() == "tổ chức" and (
        _ORGANISATION_NOUN.match(sentence, trigger.end())
        or re.search(r"\b(?:các|những)\s+$", sentence[max(0, trigger.start() - 8) : trigger.start()], re.I)
    ):
        return False  # "các tổ chức chính trị - xã hội": organisations, not "to organise"
    # after the event's noun it is the event's name: the verb comes later, or none and the bodies are its parties
    return not _EVENT_NOUN_BEFORE.search(sentence, max(0, trigger.start() - 15), trigger.start())


# who is witnessed signing: "chứng kiến (lãnh đạo) A và B ký (kết) ..."
_SIGN_WITNESSED = re.compile(
    r"(?!\s*(?:lễ|buổi)\b)[^.;:]{3,200}?\s((?:đã\s+)?(?:ký kết|kí kết|ký|kí))\b", re.IGNORECASE
)
# what is witnessed is a signing: "Ngày hội chứng kiến lễ ký kết Kế hoạch ... giữa A và B"
_WITNESSED_SIGNING = re.compile(r"\s+(?:lễ|buổi)\s+(?:ký|kí)(?:\s+kết)?\b[^.;]{0,120}?\bgiữa\b", re.IGNORECASE)


def has_verb(sentence: str) -> bool:
    """Whether a sentence says who signs or meets (a trigger acting as its verb), rather than only naming bodies
    (a slogan title, "MTTQ Việt Nam nâng cao chất lượng ...")."""
    return any(_is_verb(sentence, t) for t in _TRIGGER.finditer(sentence))


_SIGNERS_LISTED = re.compile(
    r"\b(?:các|hai|ba|\d)\s+(?:đơn vị|cơ quan|bên)\s+(?:tham gia\s+)?(?:ký kết|kí kết|ký|kí)\s*,?\s*(?:gồm|là)\s*:?\s*",
    re.IGNORECASE,
)
_SIGNERS_LISTED = fast_start(_SIGNERS_LISTED)  # a first-letter check before the alternatives
_LIST_END = re.compile(r"(?<!TP)\.(?:\s|$)|;")


# a signing inside a larger event another body holds: "(Trong khuôn khổ) hội nghị X do A tổ chức, đã diễn ra lễ ký kết"
_FRAMED = re.compile(
    r"[^;]{0,400}?\bdo\s[^,;]{3,120}?\s(?:phối hợp\s+)?tổ chức\s*,\s*"
    # the signing next, or its own subject first ("..., UBND tỉnh A đã tổ chức ký biên bản ghi nhớ với B")
    r"(?=(?:[^,;.]{3,80}?\s)?(?:đã\s+|vừa\s+)?(?:diễn ra\s+|tổ chức\s+)?(?:lễ\s+|buổi\s+)?(?:ký|kí)\b)",
    re.IGNORECASE,
)
# the verb of attending itself, not a witness ("chứng kiến") or a speech ("phát biểu")
_ATTENDS = re.compile(r"(?:tham dự|tới dự|đến dự|về dự|cùng dự|dự hội nghị|dự lễ|có sự tham dự)", re.I)
_OCCASION = re.compile(r"\s+tại\s+[^,.;]{2,60},\s*")  # "... diễn ra tại Quảng Ninh, " ending an occasion's clause


# a joint delegation that inspects or works with the bodies named after its verb (ruling 20)
_DELEGATION = re.compile(r"\bđoàn\s+(?:công tác|kiểm tra|giám sát)\b", re.IGNORECASE)  # a joint delegation acting
_DELEGATION_INSPECTS = re.compile(
    r"\b(?i:đoàn)\s+(?:công tác|kiểm tra|giám sát|liên ngành)(?P<delegation>[^.;:]{0,160}?)\s+(?:đã\s+|đến\s+)?"
    r"(?:kiểm tra|giám sát|làm việc)\b",
    re.IGNORECASE,
)


def _party_regions(sentence: str, guest: re.Match[str] | None) -> tuple[list[tuple[int, int]], str]:
    """(spans where signatories or organisers stand: the verb's subject and its 'giữa' list; their role).
    `guest`: _GUEST's first match in the sentence, which the caller has looked for."""
    low = sentence.lower()  # "gồm", "là": no letter of them has a case-blind match but its own capital
    if ("gồm" in low or "là" in low) and (listed := _SIGNERS_LISTED.search(sentence)):
        # "... cùng lãnh đạo các đơn vị ký kết, gồm: A, B và C": the list names who signs, whoever attended before
        end = _LIST_END.search(sentence, listed.end())
        return [(listed.end(), end.start() if end else len(sentence))], "signatory"
    if (
        guest
        and "chứng kiến" in guest.group(1).lower()
        and (signing := _WITNESSED_SIGNING.match(sentence, guest.end()))
    ):
        # the subject witnesses a signing: the bodies it is signed between are its signatories
        end = _CLAUSE_END.search(sentence, signing.end())
        return [(signing.end(), end.start() if end else len(sentence))], "signatory"
    if (
        guest
        and guest.group(1).lower() == "chứng kiến"
        and not re.search(r"\bsự\s+$", sentence[max(0, guest.start() - 5) : guest.start()], re.I)
        and (signed := _SIGN_WITNESSED.match(sentence, guest.end()))
    ):
        # "Bí thư Tỉnh ủy A chứng kiến lãnh đạo B và C ký hợp tác": the witness's object signs
        return [(guest.end(), signed.start(1))], "signatory"
    limit = guest.start() if guest else len(sentence)
    # "Theo quy chế được ký kết, A và B sẽ ...": a verb inside the clause a sentence cites its source by is not its own
    said = _SOURCE.match(sentence, 0, limit)
    opening = said.end() if said else 0
    trigger = next((t for t in _TRIGGER.finditer(sentence, opening, limit) if _is_verb(sentence, t)), None)
    if not trigger and guest:
        return [(0, 0)], "signatory"  # "Lãnh đạo A và B cùng dự hội nghị": who attends, no one who signs or holds it
    if not trigger:
        # no verb: the bodies named before a numbered document the sentence cites ("cụ thể hóa Chương trình
        # phối hợp số 13/CTrPH ... giữa A với B"): A and B are that document's parties, not this event's
        cited = _CITED_DOCUMENT.search(sentence, 0, limit) or _CONCRETISED.search(sentence, 0, limit)
        subject_end = cited.start() if cited else limit
        if inspects := _DELEGATION_INSPECTS.search(sentence, 0, subject_end):
            # "Đoàn công tác của Bộ A và Bộ B đã kiểm tra ... đối với Công an tỉnh C": the delegation's bodies act,
            # the bodies inspected are no parties (ruling 20)
            subject_end = inspects.end("delegation")
        return [(min(opening, subject_end), subject_end)], "signatory"
    if trigger.group(1).lower() == "diễn ra" and (occasion := _OCCASION.match(sentence, trigger.end())):
        # "Nhân dịp X diễn ra tại A, B và C đã ký kết ...": the occasion's clause, then who signs
        signing = next((t for t in _TRIGGER.finditer(sentence, occasion.end(), limit) if _is_verb(sentence, t)), None)
        if signing and re.match(r"(?:tiến hành\s+)?(?:ký|kí)\b", sentence[signing.start() :], re.I):
            return [(occasion.end(), signing.start())], "signatory"
    source = _SOURCE.match(sentence, 0, trigger.start())
    regions = [(source.end() if source else 0, trigger.start())]
    organised = trigger.group(1).lower() in ("tổ chức", "chủ trì", "đồng chủ trì")
    if trigger.group(1).lower() == "diễn ra" and (held := _HELD_BY.match(sentence, trigger.end())):
        # "tại X đã diễn ra Hội nghị giao ban ba Ban Chỉ đạo ...": who holds it is named after the meeting
        end = _CLAUSE_END.search(sentence, held.end())
        regions.append((held.end(), min(end.start() if end else limit, limit)))
        return regions, "organiser"
    if trigger.group(1).lower() == "diễn ra" and (by := _ORGANISED_BY.search(sentence, trigger.end(), limit)):
        # "đã diễn ra hội nghị tổng kết ... do A và B phối hợp tổ chức": who holds it is named before its verb
        regions.append((by.start(1), by.end(1)))
        return regions, "organiser"
    if (roll := _SIGNED_WITH_ROLL.search(sentence, trigger.end(), limit)) and re.search(
        r"\b(?:ký|kí)\b", sentence[trigger.end() : roll.start()], re.I
    ):
        # "A chủ trì lễ ký kết quy chế cùng các đơn vị, gồm: B; C; D": the roll names who signs with A
        end = _SENTENCE_END.search(sentence, roll.end())
        regions.append((roll.end(), min(end.start() if end else limit, limit)))
        return regions, "organiser" if organised else "signatory"
    if trigger.group(1).lower() == "đánh giá" and _DELEGATION.search(sentence, regions[0][0], trigger.start()):
        # "đoàn kiểm tra của Bộ A - Bộ B đánh giá cao kết quả phối hợp giữa lực lượng C, D": the delegation's bodies
        # act, the bodies whose coordination it reviews are no parties (ruling 20)
        return regions, "organiser" if organised else "signatory"
    for m in _BETWEEN.finditer(sentence, trigger.end(), limit):
        if m.group(1).lower() == "và" and _SIGNING_NEXT.match(sentence, m.end()):
            continue  # "... tổ chức hội thảo và ký kết hợp tác giữa A với B": a second verb, no list of bodies
        if (
            organised
            and not re.search(r"\b(ký|kí)\b", sentence[trigger.end() : m.start()], re.I)
            and not (m.group(1).lower() == "giữa" and _subject_first(sentence, regions[0], m.end()))
            and not (
                m.group(1).lower() in ("với", "cùng với")
                and _held_with(sentence[trigger.end() : m.start()], sentence[m.end() :])
            )
        ):
            break  # "Z tổ chức hội nghị kiểm điểm quy chế giữa X với Y": X and Y are in the program's name
        if m.group(1).lower() == "và" and regions[-1][1] > m.start():
            continue
        end = _CLAUSE_END.search(sentence, m.end())
        while end and end.group(0) == ";" and _heads()[0].match(sentence, _skip_spaces(sentence, end.end())):
            end = _CLAUSE_END.search(sentence, end.end())  # "với A; B; C và D": partners a semicolon separates
        if end and end.group(0) == ":" and _ROLL_BEFORE.search(sentence, max(m.end(), end.start() - 60), end.start()):
            # "... với 7 cơ quan, đơn vị (của tỉnh) gồm: A, B, C": the roll after the colon names them
            end = _LIST_END.search(sentence, end.end())
        stop = min(end.start() if end else limit, limit)
        if stop > m.end():
            regions.append((m.end(), stop))
        if (
            m.group(1).lower() in ("với", "cùng với")
            and _COUNTED_PARTNERS.match(sentence, m.end())
            and (among := _AMONG.search(sentence, m.end(), limit))
        ):
            # "ký kết với 29 cơ quan báo chí ... trên địa bàn tỉnh, trong đó có Báo A": one of those it signs with
            after = _CLAUSE_END.search(sentence, among.end())
            regions.append((among.end(), min(after.start() if after else limit, limit)))
        if m.group(1).lower() in ("giữa", "với", "cùng với"):
            break
    return regions, "organiser" if organised else "signatory"


_SIGNING_NEXT = re.compile(r"\s+(?:ký kết|kí kết)\b", re.IGNORECASE)
_SIGNED_WITH_ROLL = re.compile(
    r"\bcùng\s+(?:với\s+)?(?:các|\d{1,2})\s+(?:cơ quan,\s*)?(?:đơn vị|cơ quan)\b[^:.;]{0,40}?\b(?:bao gồm|gồm|là)\s*:",
    re.I,
)
_SENTENCE_END = re.compile(r"(?<!TP)\.(?:\s|$)")


def _skip_spaces(text: str, pos: int) -> int:
    """The first position at or after pos that is no space."""
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


# bodies counted or gathered, not named ("29 cơ quan báo chí", "các đơn vị"), and the one of them named after
_COUNTED_PARTNERS = re.compile(
    r"\s*(?:\d{1,3}|các|nhiều)\s+(?:cơ quan|đơn vị|tờ báo|báo|trường|doanh nghiệp|tổ chức)\b", re.I
)
_AMONG = re.compile(r",\s*trong đó có\s+(?=[A-ZĐ])")  # in the same sentence: no stop between (the search's end)


# a count or collective of bodies that a roll after a colon names ("7 cơ quan, đơn vị:", "... của tỉnh gồm:")
_ROLL_BEFORE = re.compile(
    r"(?:\b(?:bao gồm|gồm có|gồm|là)|\b(?:\d{1,2}|các)\s+(?:cơ quan|đơn vị|tổ chức|sở|ngành)\b[^:]{0,40})\s*$", re.I
)
# "A tổ chức hội nghị giao ban quy chế phối hợp năm 2022 với B": the meeting held with B, who holds it too (no
# "giữa" before: "giữa X với Y" names a program's parties)
_WITH_PARTNER = re.compile(r"\b(?:giao ban|sơ kết|tổng kết|kiểm điểm|kết nghĩa)\b", re.IGNORECASE)


def _held_with(between: str, after: str) -> bool:
    """Whether the words between "tổ chức" and "với" name a meeting that is held with the bodies after it (not
    "với sự chỉ đạo của X", "với sự tham dự của Y": who directs or attends)."""
    if re.match(r"\s*sự\b", after, re.IGNORECASE):
        return False
    return bool(_WITH_PARTNER.search(between)) and not re.search(r"\bgiữa\b", between, re.IGNORECASE)


_FIRST_ITEM = re.compile(r"\s*(.+?)(?=\s+(?:với|và|cùng)\s|\s*[,;.(]|$)", re.IGNORECASE)
# the second of exactly two sides: the list ends after it ("giữa A và X trong công tác ...")
_LAST_ITEM = re.compile(
    r"\s+(?:với|và)\s+([^,;.()]+?)(?=\s+(?:trong|về|năm|giai đoạn|nhằm|để|từ|đến)\s|\s*[.;:]|\s*$)", re.I
)
_ABBREVIATED = re.compile(r"[^()]*\(([^()]{2,12})\)")  # "Bảo hiểm xã hội (BHXH) tỉnh": "BHXH tỉnh"


def _subject_first(sentence: str, subject: tuple[int, int], at: int) -> bool:
    """Whether the program after "giữa" is the organiser's own: one of its two sides is the body the subject
    names ("X tổ chức hội nghị kiểm điểm quy chế giữa X với Y và Z", "... giữa Y và X"). X reviews it with its
    partners, the bodies the careful reader lists; a program between others, only named, stays out."""
    first = _FIRST_ITEM.match(sentence, at)
    if not first:
        return False
    named = sentence[subject[0] : subject[1]]
    written = {fold(named), fold(_ABBREVIATED.sub(r"\1", named))}
    items = [first.group(1)]
    if second := _LAST_ITEM.match(sentence, first.end(1)):
        items.append(second.group(1))  # the organiser named second: "giữa Ban A Tỉnh ủy và X"
    return any(len(item.split()) >= 2 and any(fold(item) in w for w in written) for item in items)


_UNIT_NUMBER = re.compile(r"\s(\d{1,4})$")  # a unit named by its number, and the numbers listed after it
# (not a count of other things: "Quân khu 4 và 6 tỉnh trong Quân khu", "Đồn 815 và 20 cán bộ")
_NEXT_NUMBER = re.compile(
    r"\s*(?:,|và)\s*(\d{1,4})(?![\w/%]|[.,]\d)(?!\s+(?:tháng|năm|ngày|người|lượt|tỉnh|thành phố|huyện|quận|xã|"
    r"phường|đơn vị|cơ quan|ngành|lực lượng|địa phương|cán bộ|chiến sĩ|đồng chí)\b)",
    re.IGNORECASE,
)


# a judicial area's body named by its area ("Viện KSND Khu vực 8 - Gia Lai"), and the areas listed after it with no
# head of their own ("... và Khu vực 9 - Gia Lai"): the same head, each area's
_AREA_NUMBER = re.compile(r"\b(?i:khu vực)\s+(?:\d{1,2}|[IVX]{1,5})\b.*$")
_NEXT_AREA = re.compile(
    r"\s*(?:,|và)\s*((?i:khu vực)\s+(?:\d{1,2}|[IVX]{1,5})\b(?:\s*[-–]\s*(?-i:[A-ZĐÀ-Ỹ])[\w]*(?:\s+(?-i:[A-ZĐÀ-Ỹ])[\w]*){0,3})?)"
)


# bodies counted before their head and named by their areas after it ("với 5 hạt kiểm lâm khu vực A, B, C và D"):
# each area named is one body's
_AREAS_COUNTED = re.compile(rf"(?<![\w/.,])(?:\d{{1,2}}|{count_words()})\s+$", re.I)
_AREA_WORD = r"[A-ZĐÀ-Ỹ][\w’']*"
_NEXT_NAMED_AREA = re.compile(
    rf"\s*(?:,|\svà\s)\s*({_AREA_WORD}(?:\s+{_AREA_WORD}){{0,3}})(?=\s*[,.;:)]|\s+và\s|\s*$|\s+[a-zà-ỹđ])"
)


@cache
def _listed_name_heads() -> frozenset[str]:
    """The heads whose bodies are named by a proper name, so that names listed after one of them are a body each
    (data/reference/listed_name_heads.csv: border posts, prisons)."""
    return frozenset(r["head"] for r in load_table("listed_name_heads.csv"))


_ALL_CAPS = re.compile(r"(?<!\w)[A-ZĐ]{2,}(?!\w)")
_NAME_GOES_ON = re.compile(r"\s+(?!và\s)[^\W\d_]+\s+[A-ZĐ]")  # one lowercase word, then a capital: the name goes on


def _named_after_one_head(text: str, party: Party, gaz: Gazetteer) -> list[Party]:
    """ "Đồn Biên phòng A, B và C": the names listed right after a post's own name are posts of the same head, one
    each; the list stops at a body's head ("..., Đảng ủy xã D"), an abbreviation ("..., BCH Biên phòng") or a
    province that only says where the post is ("Đồn Biên phòng A, Gia Lai")."""
    out: list[Party] = []
    pos = party.end
    while following := _NEXT_NAMED_AREA.match(text, pos):
        name = following.group(1)
        words = name.split()
        if len(words) < 2 or not all(w[0].isupper() for w in words) or _ALL_CAPS.search(name):
            break  # "A và đồng chí B": a lowercase word the loose letter class lets in ("đ" sorts among capitals)
        if _heads()[0].match(text, following.start(1)) or _NAME_GOES_ON.match(text, following.end(1)):
            break  # "và Chi cục Thủy sản": a body the heads table does not know, its name going on past a lowercase word
        if any(m.start == 0 and m.end == len(name) for m in gaz.provinces_in(name)):
            break
        out.append(
            replace(
                party,
                name=f"{party.head} {name}",
                base=f"{party.head} {name}",
                start=following.start(1),
                end=following.end(1),
            )
        )
        pos = following.end(1)
    return out


def distribute(text: str, party: Party, gaz: Gazetteer) -> list[Party]:
    """The party and one copy for each place listed right after it ("..., Thanh Hóa và Hà Tĩnh")."""
    out = [party]
    pos = party.end
    if party.type == "armed" and (number := _UNIT_NUMBER.search(party.name)):
        while following := _NEXT_NUMBER.match(text, pos):  # "các Đồn Biên phòng 815, 817 và 819"
            name = party.name[: number.start(1)] + following.group(1)
            out.append(replace(party, name=name, start=following.start(1), end=following.end()))
            pos = following.end()
        if len(out) > 1:
            return out
    if party.head in _listed_name_heads() and not party.where and party.name.startswith(party.head + " "):
        out += _named_after_one_head(text, party, gaz)
        if len(out) > 1:
            return out
    if (area := _AREA_NUMBER.search(party.name)) is not None:
        while following := _NEXT_AREA.match(text, pos):  # "Viện KSND Khu vực 8 - A và Khu vực 9 - A"
            name = party.name[: area.start()] + " ".join(following.group(1).split())
            out.append(replace(party, name=name, start=following.start(1), end=following.end()))
            pos = following.end()
        if len(out) > 1:
            return out
    if party.where.startswith("khu vực ") and _AREAS_COUNTED.search(text, max(0, party.start - 12), party.start):
        while following := _NEXT_NAMED_AREA.match(text, pos):  # "5 hạt kiểm lâm khu vực A, B và C": one per area
            if _heads()[0].match(following.group(1)):
                break  # "..., Công an ...": the next body, no area
            name = f"{party.base} khu vực {following.group(1)}"
            where = f"khu vực {following.group(1)}"
            out.append(replace(party, name=name, where=where, start=following.start(1), end=following.end(1)))
            pos = following.end(1)
        if len(out) > 1:
            return out
    place = _trailing_place(party, gaz)
    if not place and (half := _first_half_of_dashed(text, party, gaz)):
        # the party's name takes the whole of the province's name, and the list goes on after it
        whole = half + text[party.end : _whole_place_end(text, party, gaz)]
        where = party.where[: -len(half)] + whole if party.where.endswith(half) else party.where
        party = replace(party, name=party.name[: -len(half)] + whole, where=where)
        out, place = [party], whole
    if not place:
        return _distribute_units(text, party, gaz)
    pos = _whole_place_end(text, party, gaz)
    while True:
        sep = _NEXT_PLACE.match(text, pos) or _DASHED_PLACE.match(text, pos)
        if not sep:
            break
        after = text[sep.end() : sep.end() + 40]
        found = [m for m in gaz.provinces_in(after) if m.start == 0]
        if not found:
            break
        name = after[: found[0].end]
        # the first place's own admin word is not the next one's ("Công an thành phố Hồ Chí Minh, Đồng Nai")
        own = party.name[: len(party.name) - len(place)].rstrip()
        stem = re.sub(r"\s+(?:thành phố|TP\.?)\s*$", "", own)
        unit = gaz.legacy.get(found[0].name)
        had_kind = stem != own or re.match(r"(?:TP\.?|[Tt]hành phố)\s", place)  # the gazetteer's "TP Hồ Chí Minh"
        if had_kind and unit and unit.kind != "city":
            stem += " tỉnh"  # "Công an TP. Cần Thơ, Bình Dương": the next place with its own kind ("Công an tỉnh ...")
        if sep.group(1):  # "..., TP Cần Thơ": the next place's own admin word, as the text writes it
            stem = re.sub(r"\s+(?:tỉnh|thành phố|TP\.?)\s*$", "", stem) + " " + sep.group(1)
        elif re.search(r"\stỉnh$", stem) and (unit := gaz.legacy.get(found[0].name)) and unit.kind == "city":
            # "Công an tỉnh A, Hồ Chí Minh": a centrally-run city is no "tỉnh"
            stem = stem[: -len("tỉnh")] + "thành phố"
        copy_name = stem + " " + name
        out.append(replace(party, name=copy_name, province=found[0].name, start=sep.end(), end=sep.end() + len(name)))
        pos = sep.end() + len(name)
    return out


def _first_half_of_dashed(text: str, party: Party, gaz: Gazetteer) -> str | None:
    """The first half of a province written with a dash that a party's name ends with ("Bà Rịa" of "Công an tỉnh
    Bà Rịa - Vũng Tàu, Đồng Nai"): the place the list after it goes on from, as the name writes it."""
    if party.end >= len(text) or text[party.end : party.end + 3].strip()[:1] not in ("-", "–"):
        return None
    window = text[party.start : party.end + 30]
    inside = party.end - party.start
    whole = next((m for m in gaz.provinces_in(window) if m.start < inside < m.end), None)
    half = window[whole.start : inside] if whole else ""
    return half if half and party.name.endswith(half) else None


def _whole_place_end(text: str, party: Party, gaz: Gazetteer) -> int:
    """Where the place a party's name ends with ends in the text: a province written with a dash ("Công an tỉnh Bà Rịa
    - Vũng Tàu, Đồng Nai") is read by its first half, and the list goes on after the whole name."""
    window = text[party.start : party.end + 30]
    inside = party.end - party.start
    whole = next((m for m in gaz.provinces_in(window) if m.start < inside < m.end), None)
    return party.start + whole.end if whole else party.end


_PLACE_IN_BRACKETS = re.compile(r"\s*\(([^()]{2,30})\)")
_UNIT_ADMIN = re.compile(r"^(huyện|quận|thị xã|thành phố|xã|phường|thị trấn|đặc khu)\s+\S", re.IGNORECASE)
_COMMITTEE_KIND = {"huyện ủy": "huyện", "quận ủy": "quận", "thị ủy": "thị xã"}


def _commune_then(written: str, when: str | None, gaz: Gazetteer) -> Mention | None:
    """The commune of the 63 provinces a text of an event before July 2025 names at its start ("xã A, ..."): that
    time's unit, not today's namesake. None for a later event, or one with no date."""
    if not when or not gaz.has_districts(when):
        return None
    then = next((c for c in gaz.communes_then(written, when) if c.start == 0), None)
    return then if then is not None and then.legacy else None


def _distribute_units(text: str, party: Party, gaz: Gazetteer, when: str | None = None) -> list[Party]:
    """A district or commune body and one copy per unit listed after it ("Đảng ủy phường A, B và C"); the communes
    of the event's day `when` when it is given."""
    out = [party]
    admin = _UNIT_ADMIN.match(party.where)
    # a district's party committee names its district without the kind word ("Huyện ủy Gò Công Đông và Tân Phú
    # Đông"): the committee says it
    kind = admin.group(1) if admin else _COMMITTEE_KIND.get(party.head.lower().replace("uỷ", "ủy"))
    if party.tier not in ("district", "commune") or not kind or not party.placed:
        return out
    units = gaz.communes_in if party.tier == "commune" else gaz.districts_in
    if party.tier == "commune" and when:
        units = partial(gaz.communes_then, when=when)
    pos = party.end
    provinces: dict[int, str] = {}  # a unit's province written in brackets after it: "A (Ninh Bình), B, C (Hòa Bình)"
    while True:
        if party.tier == "district" and "(" in text[pos : pos + 3] and (bracket := _PLACE_IN_BRACKETS.match(text, pos)):
            if not (named := gaz.canonical(bracket.group(1))):
                break
            provinces[len(out) - 1], pos = named, bracket.end()
        elif (
            party.tier == "commune"
            and "(" in text[pos : pos + 3]
            and (bracket := _PLACE_IN_BRACKETS.match(text, pos))
            and (named := gaz.canonical(bracket.group(1)))
        ):
            # "xã A, B (Ninh Bình); C, D (Phú Thọ)": communes grouped by the province written after each group
            provinces[len(out) - 1], pos = named, bracket.end()
        if not (sep := _NEXT_PLACE.match(text, pos)):
            break
        if sep.end() == pos:
            break
        after = text[sep.end() : sep.end() + 40]
        if _heads()[0].match(text, sep.start(1) if sep.group(1) else sep.end()):
            break  # "Huyện ủy A và Huyện ủy B": the next body, named in full, is read on its own
        # a unit may write its own admin word ("các phường A, B và xã C")
        if sep.group(1) and not _UNIT_ADMIN.match(sep.group(1) + " X"):
            break  # "huyện A và tỉnh B": a place of another kind
        word = sep.group(1) or kind
        if party.tier == "commune" and word.lower() not in ("xã", "phường", "thị trấn", "đặc khu"):
            break
        found = units(word + " " + after)
        if found and found[0].start == 0:
            name = after[: found[0].end - len(word) - 1]
        elif party.tier == "commune" and (unknown := _unknown_commune(after, gaz)):
            name = unknown  # "Đảng ủy xã Bha Lêê, A Tiêng, Lăng": named after a commune's kind, known or not
        else:
            break
        where = f"{word} {name}"
        end = sep.end() + len(name)
        if (
            party.tier == "commune"
            and not _province_in_brackets(text, end, gaz)
            and (parent := parent_district(text, end, gaz))
        ):
            where, end = f"{where} ({parent[0]})", parent[1]
        out.append(replace(party, name=f"{party.base} {where}", where=where, start=sep.end(), end=end))
        pos = end
    # "phường Minh Long và phường Minh Hưng thị xã Chơn Thành": a district written after units is theirs, up to
    # the previous district ("A, B (thị xã X), C và D (huyện Y)": A and B are X's, C and D are Y's)
    if provinces:
        province = None
        for i in range(len(out) - 1, -1, -1):  # the units before a province in brackets are in it, up to the previous
            province = provinces.get(i, province)
            if province and out[i].province != province:
                out[i] = replace(out[i], province=province)
    placed: list[Party] = []
    district = ""
    for q in reversed(out):
        if " (" in q.where:
            district = q.where[q.where.find(" (") :]
        elif district:
            q = replace(q, name=q.name + district, where=q.where + district)
        placed.append(q)
    return placed[::-1]


def _province_in_brackets(text: str, pos: int, gaz: Gazetteer) -> bool:
    """Whether a bracket right after a unit holds a province's bare name ("(Phú Thọ)"), not a district's."""
    bracket = _PLACE_IN_BRACKETS.match(text, pos) if "(" in text[pos : pos + 3] else None
    return bool(bracket and gaz.canonical(bracket.group(1)) and not _UNIT_ADMIN.match(bracket.group(1)))


_WARD_NUMBER = re.compile(r"\d{1,2}(?![\w/.,]\d|\w)")  # "Phường 1, Phường 2"


def _unknown_commune(after: str, gaz: Gazetteer) -> str | None:
    """A commune's name the gazetteer does not know, listed after one it does or after the kind word: capitalised
    words (or a ward's number) that are neither a body's head nor a district's or province's name."""
    m = _COMMUNE_NAME.match(after) or _WARD_NUMBER.match(after)
    if not m or _heads()[0].match(after) or _shouted(after):
        # a body's head or its abbreviation ("UB MTTQ", "UBND") starts another body, not a commune's name
        return None
    name = m.group(0)
    if gaz.canonical(name) or gaz.district_provinces(name):
        return None  # "xã A, huyện B" without its kind word: the place the list is of, not another commune
    return name


def _trailing_place(party: Party, gaz: Gazetteer) -> str | None:
    """The place a party's name ends with, as written ("Nghệ An" in "Ban Thường vụ Tỉnh ủy Nghệ An")."""
    mentions = gaz.provinces_in(party.name)
    if mentions and mentions[-1].end == len(party.name):
        return party.name[mentions[-1].start :]
    return None


# A place that signs or meets as a whole ("tỉnh Bắc Kạn và Thành phố Hồ Chí Minh ký kết", "Báo Thanh Hóa và
# huyện Nga Sơn tổ chức"): an admin word and a capitalised name (a commune's may end in a number, "xã A Lưới
# 4"), or a province's bare name; it stands where a party stands, between list words and the verb.
_PLACE = re.compile(
    r"(?<![\w])(?:((?i:tỉnh|thành phố|TP\.?|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu))\s+)?"
    rf"({_CAP}(?:\s+{_CAP}){{0,3}}(?:\s+\d{{1,2}}\b)?|(?:(?<=(?i:quận) )|(?<=(?i:phường) ))\d{{1,2}}\b)"  # "Quận 11" by number
)
# a place after a list word, or after a dash in a list of places ("3 tỉnh Bắc Ninh - Thái Nguyên - Phú Thọ")
# ... or after the words that name a place's own bodies or people by it ("lãnh đạo", "đại diện", "chính quyền xã A":
# the commune's authorities, the commune as a side)
_BEFORE_PLACE = re.compile(r"(?:^|[,;]|\s[-–]|\b(?:và|giữa|với|cùng|lãnh đạo|đại diện|chính quyền))\s*$", re.IGNORECASE)


def _place_may_follow(before: str) -> bool:
    """_BEFORE_PLACE.search(before), looked for in the last words only: a match is a list word, a mark or the start,
    then spaces to the end, so it starts at most 11 characters before the spaces that end the text (a search from
    the start read every place of it again for each capitalised word of a sentence)."""
    return bool(_BEFORE_PLACE.search(before, max(0, len(before.rstrip()) - 11)))


_RANK = {"commune": 0, "district": 1, "province": 2}
# "tại Khách sạn A, " before a place: a building named by its name (not "Tại hội nghị, 3 tỉnh A, B và C ký kết")
_VENUE_BEFORE = re.compile(
    r"\b(?i:tại)\s+((?!(?i:hội nghị|phiên họp|cuộc họp|buổi|lễ|sự kiện)\b)[A-ZĐÀ-Ỹ][^,;]{1,80}),\s*$"
)
_ADMIN_START = re.compile(r"(?:tỉnh|thành phố|TP\.?|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)\b", re.IGNORECASE)


def _names_a_place(words: str, gaz: Gazetteer) -> bool:
    """Whether a venue's words are a place itself ("tại Hà Nội", "tại tỉnh A"), after which bodies or places may
    follow as parties, rather than a building ("tại Khách sạn A"), whose address may follow."""
    return bool(_ADMIN_START.match(words)) or any(m.start == 0 for m in gaz.provinces_in(words))


def _locates_previous(
    sentence: str, start: int, place: tuple[str, str, str | None] | None, named: list[Party], gaz: Gazetteer
) -> bool:
    """Whether a place after a comma or dash only locates what stands before it: "huyện Dầu Tiếng, tỉnh Bình Dương",
    "Viện KSND huyện Ia H'Drai, tỉnh Kon Tum" (a larger place after a smaller one or a body); not "tỉnh Hà
    Nam, thành phố Thái Nguyên và ..." (a list) nor "Ngày 25/3, tỉnh Bắc Kạn" (after no name at all)."""
    stem = sentence[:start].rstrip()
    if not place or not (stem.endswith(",") or re.search(r"\s[-–]$", stem)):
        return False  # "phường Xuân Hòa - TPHCM" locates with a dash too
    end = len(stem[:-1].rstrip())
    rank = _RANK[place[1]]
    body = next((p for p in named if p.end == end), None)
    if body:
        return _RANK.get(body.tier, 3) < rank
    for m in _PLACE.finditer(sentence, max(0, end - 60), end):
        before = _place_of(m.group(1), m.group(2), gaz)
        if before and m.start(2) + len(before[0]) == end:
            return _RANK[before[1]] < rank
    # an unknown name ("Ia H’Drai") before a province: that name's province
    return rank == 2 and bool(re.search(rf"{_CAP}\)?$", sentence[:end]))


_AFTER_PLACE = re.compile(  # "giữa hai tỉnh A và B năm 2023", "... giai đoạn 2021 - 2025": the period the bodies' work
    r"^\s*(?:$|[,;()]|[-–]\s|(?:và|đã|vừa|cùng|ký|kí|tổ chức|đồng|tiến hành|chính thức|thống nhất)\b"
    r"|(?:năm|giai đoạn)\s+(?:19|20)\d\d\b)",
    re.IGNORECASE,
)


_PROVINCE_IN_BRACKETS = re.compile(r"\s*\((?:tỉnh|thành phố|TP\.?)\s*([^()]{2,30})\)")
_KIND_LISTED = re.compile(r"(?:tỉnh|thành phố)\s", re.IGNORECASE)  # a province named with its kind, first of a list


# a cooperation signed, its field may follow ("ký kết Chương trình hợp tác phát triển giữa tỉnh A với thành phố B")
_SIGNED_COOPERATION = (
    r"\b(?:ký kết|kí kết)\s+(?:hợp tác|chương trình hợp tác)(?:\s+(?!giữa\b)[^\W\d]+){0,6}?"
    # a field joined by a dash, and the program's period ("phát triển kinh tế - xã hội giai đoạn 2009 - 2015")
    r"(?:\s+[-–]\s+[^\W\d]+(?:\s+(?!giữa\b)[^\W\d]+)?)?(?:\s+giai đoạn\s+(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d)?"
)
_SIGNED_BEFORE_BETWEEN = re.compile(_SIGNED_COOPERATION + r"\s+$", re.IGNORECASE)
_SIGNED_BETWEEN_PLACE = re.compile(_SIGNED_COOPERATION + r"\s+giữa\s+$", re.I)


def _listed_after_between(before: str, gaz: Gazetteer) -> bool:
    """Whether a place stands in a list opened by "giữa" or "gồm" before it, not after a clause that closes
    one ("trên cơ sở thống nhất giữa hai đơn vị, Phường A và ... tổ chức": the ward is the subject)."""
    openers = list(re.finditer(r"\b(giữa|gồm)\b", before, re.IGNORECASE))
    if not openers:
        return False
    opener = openers[-1]
    if opener.group(1).lower() == "giữa" and _SIGNED_BEFORE_BETWEEN.search(before, 0, opener.start()):
        return False  # "Lễ ký kết hợp tác giữa thành phố A với Trường B": the places it is signed between sign
    first, comma, _ = before[opener.end() :].partition(",")
    names_place = any(_place_of(m.group(1), m.group(2), gaz) for m in _PLACE.finditer(first))
    return not comma or names_place


def place_parties(
    sentence: str, region: tuple[int, int], taken: list[Party], ctx: PlaceContext, gaz: Gazetteer, subject: bool
) -> list[Party]:
    """Places named as parties in a span where parties stand, outside every body's name: each is a party
    written as the text writes it ("tỉnh Bắc Kạn", "thành phố Lào Cai"), of its own tier."""
    out: list[Party] = []
    a, b = region
    for m in _PLACE.finditer(sentence, a, b):
        m_start, m_end = m.start(), m.end()
        if any(p.start <= m_start < p.end or m_start <= p.start < m_end for p in taken) or any(
            p.start <= m_start < p.end or m_start <= p.start < m_end for p in out
        ):
            continue
        before = sentence[a:m_start]
        if not _place_may_follow(before) and m_start != a:
            continue
        if before.count("(") > before.count(")"):
            continue  # "Hội đồng ... cụm 7 tỉnh (A, B, C) tổ chức": the places in brackets say what the body is of
        if "ại " in before and (venue := _VENUE_BEFORE.search(before)) and not _names_a_place(venue.group(1), gaz):
            continue  # "tại Khách sạn A, phường B, ...": the venue's address, not a party
        if _locates_previous(sentence, m.start(), tier_of := _place_of(m.group(1), m.group(2), gaz), taken + out, gaz):
            continue
        if subject and _listed_after_between(before, gaz):
            continue  # "kết quả làm việc giữa tỉnh A và tỉnh B, ...", "Cụm ... gồm 5 tỉnh: A, B": not the subject
        found = tier_of
        if not found:
            continue
        name, tier, province = found
        end = m.start(2) + len(name)
        if not _AFTER_PLACE.match(sentence[end:b]) and not (
            re.match(r"\s+với\s", sentence[end:b])
            and _SIGNED_BETWEEN_PLACE.search(sentence, max(0, m_start - 140), m_start)
        ):  # "ký kết hợp tác giữa thành phố A với Trường B": the first of the two sides
            continue
        if tier == "commune" and m.group(1) and (then := _commune_then(sentence[m.start() : b], ctx.when, gaz)):
            # its name as the communes of its time know it, and the province its name and kind point to
            end, province = m.start() + then.end, gaz.canonical(then.province)
            name = sentence[m.start(2) : end]
        if (inside := _PROVINCE_IN_BRACKETS.match(sentence, end)) and (named := gaz.canonical(inside.group(1))):
            province, end = named, inside.end()  # "xã Đồng Phú (tỉnh Đồng Nai)": the unit's province, written
        written = sentence[m.start() : end]
        where = written if m.group(1) else name
        listed = (
            bool(out) and _KIND_LISTED.match(out[-1].name) and _LIST_GAP.fullmatch(sentence, out[-1].end, m.start())
        )
        if not m.group(1) and tier == "province" and listed:
            written = _with_kind(written, gaz)  # "tỉnh A và B": B is a province too, written as one
        party = Party(written, "state", tier, province or ctx.province, None, "", m.start(), end, "", where)
        out.append(party)
        for q in _distribute_units(sentence, party, gaz, ctx.when)[1:]:
            if q.end > b and sentence[b : b + 1] not in ("(", ";"):
                break  # a list goes on past a province in brackets or a semicolon between its groups
            word = _UNIT_ADMIN.match(q.where)  # "và thành phố Yên Bái": that place's own province
            again = _place_of(word.group(1), q.where[word.end(1) :].split(" (")[0].strip(), gaz) if word else None
            if q.tier == "commune" and (then := _commune_then(q.where, ctx.when, gaz)):
                again = (then.name, "commune", gaz.canonical(then.province))
            out.append(replace(q, name=q.name.strip(), province=again[2] if again and again[2] else q.province))
    if _VILLAGE_WORD.search(sentence, a, b):
        out += _village_parties(sentence, region, taken + out, ctx)
    for m in _COUNTED_REGION.finditer(sentence, a, b) if "tỉnh" in sentence else ():
        # "5 tỉnh Tây Nguyên đã ký ...", "giữa 14 tỉnh, TP Bắc-Nam Trung Bộ": the provinces of a region together
        taken_here = any(p.start <= m.start() < p.end or m.start() <= p.start < m.end() for p in taken + out)
        if taken_here or gaz.provinces_in(m.group(2)) or not _AFTER_PLACE.match(sentence[m.end() : b]):
            continue
        if not _place_may_follow(sentence[a : m.start()]) and m.start() != a:
            continue
        out.append(Party(m.group(1), "state", "inter-provincial", None, None, "", m.start(), m.end(), "", m.group(1)))
    return out


# provinces counted and named by their region: "5 tỉnh Tây Nguyên", "14 tỉnh, TP Bắc-Nam Trung Bộ"
_COUNTED_REGION = re.compile(
    rf"(?<![\w])((?:\d{{1,2}}|{count_words()})\s+tỉnh(?:\s*,\s*(?:thành phố|thành|TP))?\s+"
    rf"({_CAP}(?:\s*[-–]\s*{_CAP}|\s+{_CAP}){{0,4}}))(?![\w])"
)


# a village twinned or signing with a body ("kết nghĩa với làng Kon Nak và làng Kon Jốt (xã Đak Sơmei)"): the kind
# word says what it is, as for a commune the gazetteer does not know; its commune written in brackets after it
_VILLAGE_WORD = re.compile(r"(?<![\w])(?i:làng|buôn|thôn|ấp|bản|plei|khóm|xóm)\s+[A-ZĐ]")
_VILLAGE_WORD = fast_start(_VILLAGE_WORD)  # a first-letter check before the alternatives
_VILLAGE = re.compile(
    rf"(?<![\w])((?i:làng|buôn|thôn|ấp|bản|plei|khóm|xóm))\s+({_CAP}(?:\s+{_CAP}){{0,3}}(?:\s+\d{{1,2}}\b)?)"
)
_COMMUNE_IN_BRACKETS = re.compile(r"\s*\((?:xã|phường|thị trấn)\s+[^()]{2,30}\)")
_MORE_VILLAGES = re.compile(rf"\s*(?:,|và)\s+({_CAP}(?:\s+{_CAP}){{0,3}}(?:\s+\d{{1,2}}\b)?)(?![\w’'])")
_COMMUNE_OF = re.compile(rf"\s+(?:của|thuộc)\s+((?:xã|phường|thị trấn)\s+{_CAP}(?:\s+{_CAP}){{0,3}})(?![\w’'])")


def _village_parties(sentence: str, region: tuple[int, int], taken: list[Party], ctx: PlaceContext) -> list[Party]:
    """Villages named where parties stand, each with the commune written after it or after the last of a list."""
    a, b = region
    out: list[Party] = []
    for m in _VILLAGE.finditer(sentence, a, b):
        if any(p.start <= m.start() < p.end or m.start() <= p.start < m.end() for p in taken + out):
            continue
        if not _place_may_follow(sentence[a : m.start()]) and m.start() != a:
            continue
        end = m.end()
        # "làng A và B của xã C": the villages a list names after one kind word, each a village of that kind
        shared: list[tuple[str, int, int]] = []
        while (more := _MORE_VILLAGES.match(sentence, end, b)) and not _heads()[0].match(sentence, more.start(1)):
            shared.append((f"{m.group(1)} {more.group(1)}", more.start(1), more.end()))
            end = more.end()
        commune = _COMMUNE_IN_BRACKETS.match(sentence, end)
        if shared and not commune and (of := _COMMUNE_OF.match(sentence, end)):
            commune = of
        if not commune and not _AFTER_PLACE.match(sentence[end:b]):
            continue
        if shared:
            written = sentence[m.start() : m.end()]
            where = f" ({commune.group(1)})" if commune and commune.re is _COMMUNE_OF else ""
            where = where or (commune.group(0) if commune else "")
            for name, start, stop in [(written, m.start(), m.end()), *shared]:
                out.append(Party(name + where, "state", "commune", ctx.province, None, "", start, stop, "", name))
            continue
        written = sentence[m.start() : commune.end() if commune else end]
        village = Party(written, "state", "commune", ctx.province, None, "", m.start(), end, "", written)
        if commune:  # "làng A và làng B (xã C)": the list's villages are all of commune C
            out = [
                replace(q, name=q.name + commune.group(0))
                if "(" not in q.name and _LIST_GAP.fullmatch(sentence, q.end, m.start())
                else q
                for q in out
            ]
        out.append(village)
    return out


# a school, a paper or a company named after the city never stands for the place ("giữa thành phố A với Trường Đại
# học A": the city signs with the university)
_NOT_THE_PLACES = frozenset(("school", "press", "enterprise"))


def same_place(place: Party, body: Party) -> bool:
    """Whether a body named in the same sentence is the place's own ("Tỉnh ủy Hà Tĩnh" for "tỉnh Hà Tĩnh",
    "UBND huyện" for "huyện Văn Quan"): then the body, not the place, is the party."""
    if body.tier != place.tier or not body.head or body.type in _NOT_THE_PLACES:
        return False
    # below the province one province holds many units: "Phường A" and a commune-tier body of B are two parties
    same_province = body.province == place.province and place.tier == "province"
    return same_province or not body.placed or fold(place.where) in fold(body.name)


def _place_of(admin: str | None, run: str, gaz: Gazetteer) -> tuple[str, str, str | None] | None:
    """(the place's name as written, its tier, its legacy province) for an admin word and the name after it."""
    admin = (admin or "").lower().rstrip(".")
    if run.isdigit() and admin in ("quận", "phường"):  # "Quận 11": a unit named by its number
        units = gaz.districts if admin == "quận" else gaz.communes
        provinces = {p for p, _ in units.get(fold(f"{admin} {run}"), [])}
        tier = "district" if admin == "quận" else "commune"
        return (run, tier, gaz.canonical(provinces.pop()) if len(provinces) == 1 else None) if provinces else None
    words = run.split()
    for n in range(len(words), 0, -1):
        cand = " ".join(words[:n])
        key = fold(cand)
        if admin in ("xã", "phường", "thị trấn", "đặc khu"):
            if key in gaz.communes or n == len(words):
                provinces = {p for p, _ in gaz.communes.get(key, [])}
                return cand, "commune", gaz.canonical(provinces.pop()) if len(provinces) == 1 else None
            continue
        district = [p for p, kind in gaz.districts.get(key, []) if admin != "thành phố" or kind == "Thành phố"]
        province = gaz.canonical(cand)
        if admin in ("huyện", "quận", "thị xã") or (admin in ("thành phố", "tp") and district and province):
            if district:
                return cand, "district", gaz.canonical(district[0]) if len(set(district)) == 1 else None
            continue
        if province:
            return cand, "province", province
    return None


def _owner_in_group_name(sentence: str, found: list[tuple[Party, str]]) -> list[tuple[Party, str]]:
    """A body written right after a cluster's name is the body the cluster belongs to, part of its name ("cụm
    thi đua số 1 VKSND tỉnh Đắk Nông gồm: ..."): not a party of its own; its province is the cluster's."""
    out: list[tuple[Party, str]] = []
    for p, role in found:
        if out and out[-1][0].type == "other" and p.type != "other" and not out[-1][0].province and p.province:
            group, group_role = out[-1]
            if group.end <= p.start and not sentence[group.end : p.start].strip():
                tier = group.tier if group.tier != "inter-provincial" else p.tier  # a cluster of one province's units
                owned = replace(group, name=f"{group.name} {p.name}", province=p.province, end=p.end, tier=tier)
                out[-1] = (owned, group_role)
                continue
        out.append((p, role))
    return out


_DATELINE = re.compile(r"\s*\([^()]{2,40}\)\s*[-–]")  # an outlet's credit opening a lead: "(GLO)-", "(Báo A) –"
# ... and the city it reports from, in capitals before a dash of its own: "(Báo A) - HÀ NỘI - Chiều 10-2, ..."
_DATELINE_CITY = re.compile(r"\s*(?:[-–]\s*)?([^\W\d_]+(?:\s+[^\W\d_]+){0,3})\s*[-–]\s")


def dateline_city(text: str, gaz: Gazetteer) -> tuple[int, str] | None:
    """(where it ends, the province) of the city a report opens with in capitals before a dash, after the outlet's
    credit if any ("(Báo A) - HÀ NỘI - Chiều 10-2, ...", "ĐÀ NẴNG- Chiều 11-4, ..."): where the paper reports from,
    no party of the event."""
    dateline = _DATELINE.match(text)
    city = _DATELINE_CITY.match(text, dateline.end() if dateline else 0)
    if city is None or not city.group(1).isupper():
        return None
    named = gaz.provinces_in(city.group(1))
    return (city.end(), named[0].name) if named else None


# A title run into its lead at the outlet's dateline: "Ký kết phối hợp công tác dân vận ĐNO - Ban Tuyên giáo ... ký
# kết", "... Ngày hội Toàn dân (QNO) - Chiều 25/4, ..."; the lead after the code is a sentence of its own.
_GLUED_DATELINE = re.compile(  # (its look-behind read after the space, which the engine skips to)
    r" (?<=[a-zà-ỹđ.”\"] )(?:\([A-ZĐ]{2,5}\)|[A-ZĐ]{2,5}) ?[-–] (?=(?:Sáng|Chiều|Tối|Trưa|Ngày|Hôm|Vừa|Mới|Cuối|Đầu|Tại)\b|"
    r"[A-ZĐÀ-Ỹ])"
)


@cache
def _alias_words() -> frozenset[str]:
    """The capital words the abbreviations are made of ("LHPN" in "Hội LHPN"): parts of names, not datelines."""
    return frozenset(w for alias in load_table("org_aliases.csv") for w in re.findall(r"[A-ZĐ]{2,}", alias["alias"]))


def _known_code(dateline: str) -> bool:
    return any(w in _alias_words() for w in re.findall(r"[A-ZĐ]{2,}", dateline))


_SLOGAN = re.compile(r"\b(?:khẩu hiệu|phương châm|chủ đề)(?:\s+hành động)?\s*:?\s*“[^”\n]*”", re.I)


@cache
def _school_kinds() -> re.Pattern[str]:
    """A general school's kind written after a list's comma or "và" without "Trường" ("trường THCS A, THCS B và
    THCS C"), the name after it capitalised; not a university's ("Đại học A" is its own name)."""
    kinds = sorted(
        (
            r["head"][len("Trường ") :]
            for r in load_table("org_heads.csv")
            if r["type"] == "school" and r["tier"] == "district"
        ),
        key=len,
        reverse=True,
    )
    kinds = [k for k in kinds if k]
    return re.compile(r"(?:,\s*|\s+và\s+)(?=(" + "|".join(map(re.escape, kinds)) + rf")\s+{_CAP})")


def _schools_listed(sentence: str) -> str:
    """ "trường Trung học cơ sở A, Trung học cơ sở B": the kind repeated in a list after a school stands for a school
    of that kind each, so each item is written with its head ("..., Trường Trung học cơ sở B")."""
    if "rường" not in sentence:
        return sentence
    out: list[str] = []
    pos = 0
    for m in _school_kinds().finditer(sentence):
        before = sentence[max(0, m.start() - 120) : m.start()]
        if not re.search(r"\b[Tt]rường\s+" + re.escape(m.group(1)) + r"\s", before):
            continue  # no school of that kind opens the list
        out.append(sentence[pos : m.end()] + "Trường ")
        pos = m.end()
    return "".join(out) + sentence[pos:] if out else sentence


# who directs the work a sentence tells, named after "sự lãnh đạo, chỉ đạo (chặt chẽ) của"
_DIRECTS_WORDS = re.compile(r"(?i:lãnh đạo|chỉ đạo)")
_ADVISED = re.compile(r"\btham mưu\s+(?:cho|giúp|với)\s+$", re.I)
_DIRECTED_BY = re.compile(
    r"\bsự\s+(?:lãnh đạo|chỉ đạo)(?:\s*(?:,|và)\s*(?:lãnh đạo|chỉ đạo))?(?:\s+[\w]+){0,2}\s+của\s+$", re.I
)


def _cue_or_list(sentence: str, party: Party, cue: re.Pattern[str], reach: int, last: Party | None) -> bool:
    """Whether the cue ends within `reach` characters before the party, or the party goes on the list of the last
    one so cued ("tham mưu cho A, B và C"): each body of the list is read as the first is."""
    return bool(cue.search(sentence, max(0, party.start - reach), party.start)) or (
        last is not None and _LIST_GAP.fullmatch(sentence, last.end, party.start) is not None
    )


def parties_with_roles(sentence: str, ctx: PlaceContext, gaz: Gazetteer) -> list[tuple[Party, str]]:
    """Every body the sentence names, each with its role."""
    return list(_parties_with_roles(sentence, ctx, gaz))


@lru_cache(maxsize=256)
def _parties_with_roles(sentence: str, ctx: PlaceContext, gaz: Gazetteer) -> tuple[tuple[Party, str], ...]:
    """Remembered: an article's lead is read again by later steps (the organs that sign, the leaders who chair)."""
    glued = _GLUED_DATELINE.search(sentence) if "-" in sentence or "–" in sentence else None  # its dash, if any
    if glued and glued.start() > 20 and not _known_code(glued.group(0)):
        lead = sentence[glued.end() :]
        if _heads()[0].match(lead) or re.match(r"(?:Sáng|Chiều|Tối|Trưa|Ngày|Hôm|Vừa|Mới|Cuối|Đầu|Tại)\b", lead):
            found = parties_with_roles(lead, ctx, gaz)
            if any(role in ("signatory", "organiser") for _, role in found):
                return tuple(found)  # the lead after the dateline tells who acts; the title before it is read as it was
    sentence = _schools_listed(_each_place(expand_abbreviations(normalise_lists(sentence, gaz)), gaz))
    dateline = _DATELINE.match(sentence)  # "(Báo Quảng Ngãi)- Sáng 27.8, ...": the outlet, not a party
    end = dateline.end() if dateline else 0
    if city := dateline_city(sentence, gaz):
        end = city[0]  # "(Báo A) - HÀ NỘI - ...": the city it reports from in capitals, no party either
    if end:
        sentence = " " * end + sentence[end:]
    if (
        "do " in sentence
        and (frame := _FRAMED.match(sentence))
        and re.search(r"\b(?:giữa|với)\b", sentence[frame.end() :], re.I)
    ):
        # "Trong khuôn khổ hội nghị ... do A tổ chức, đã diễn ra lễ ký kết giữa B và C": A holds the frame, not the
        # signing
        sentence = " " * frame.end() + sentence[frame.end() :]
    guest = guest_cue(sentence)
    regions, principal = _party_regions(sentence, guest)
    # no one signs or holds anything in it ("A cùng đại diện các đơn vị tham dự buổi lễ"): its subject attends; not
    # "A tham dự lễ chào cờ và ký kết ...", "... tham dự các hội nghị do mỗi bên tổ chức"
    attending = guest if guest and regions == [(0, 0)] and not _TRIGGER.search(sentence, guest.end()) else None
    slogans = [(m.start(), m.end()) for m in _SLOGAN.finditer(sentence)] if "“" in sentence else []
    out: list[tuple[Party, str]] = []
    cited = _CITED_DOCUMENT.search(sentence) if "số" in case_blind(sentence) else None  # "... số 13/CTrPH"
    concrete = _CONCRETISED.search(sentence) if "cụ thể" in sentence.lower() else None
    cited = cited or concrete
    stop = re.compile(r"[.;]").search(sentence, cited.end()) if cited else None
    cited_end = (stop.start() if stop else len(sentence)) if cited else 0
    sharing: list[Party] = []  # the bodies just before that share the place written after the last of them
    directs = " của " in sentence and _DIRECTS_WORDS.search(sentence) is not None
    directing: Party | None = None  # the last body named as directing the work the sentence tells
    advises = "tham mưu" in sentence.lower()  # the words _ADVISED ends with (most sentences hold none)
    advised: Party | None = None  # the last body named as advised by the sentence's subject
    for party in find_parties(sentence, ctx, gaz):
        if advises and _cue_or_list(sentence, party, _ADVISED, 30, advised):
            # "các đơn vị Khối A chủ động tham mưu cho Tỉnh ủy, UBND tỉnh triển khai ...": whom the subject advises,
            # the list after the verb too, neither signs nor holds the event (DOMAIN.md: only who acts is a party)
            advised = party
            out.append((party, "cited"))
            continue
        advised = None
        if directs and _cue_or_list(sentence, party, _DIRECTED_BY, 70, directing):
            # "với sự lãnh đạo, chỉ đạo chặt chẽ của A, B, việc thực hiện quy chế giữa C với D ...": A and B direct
            # the work, they neither sign nor hold it (DOMAIN.md: who directs is no party)
            directing = party
            out.append((party, "mentioned"))
            continue
        directing = None
        copies = distribute(sentence, party, gaz)
        joined = bool(sharing) and bool(_LIST_GAP.fullmatch(sentence, sharing[-1].end, party.start))
        sharing = [q for q in sharing if q.where == party.where and q.base] if joined and party.base else []
        if len(copies) > 1 and sharing:
            # "Đảng ủy - HĐND - UBND các xã A, B và C": every body of the list, for each place
            copies += _shared_copies(sharing, party, copies[1:])
        sharing.append(party)
        for p in copies:
            in_slogan = any(a < p.start < b for a, b in slogans)
            if in_slogan and p.type != "other":
                role = "mentioned"  # a body named in a slogan's words ("khẩu hiệu “CBCS Công an Cụm ... – Ra sức ...”")
            elif in_slogan and any(a <= p.start < b for a, b in regions):
                # the cluster whose members the slogan speaks for, without the slogan's words after a dash
                p, role = replace(p, name=re.split(r"\s+[-–]\s+", p.name)[0]), principal
            elif concrete and concrete.start() <= p.start < cited_end:
                role = "cited"  # "nhằm cụ thể hóa Biên bản ghi nhớ giữa A và B": that document's parties, whatever verb
            elif any(a <= p.start < b for a, b in regions):
                role = principal
            elif cited and cited.start() <= p.start < cited_end:
                role = "cited"  # a party of the numbered document the sentence cites, not of this event
            elif guest and p.start >= guest.start():
                role = "witness" if "chứng kiến" in guest.group(1).lower() else "guest"
            elif attending and p.start < attending.start() and _ATTENDS.match(sentence, attending.start()):
                role = "guest"  # "Lãnh đạo A cùng đại diện các đơn vị tham dự buổi lễ": who attends, the verb's subject
            else:
                role = "mentioned"
            if role == "mentioned" and p is not copies[0] and out and out[-1][1] == principal:
                role = principal  # a place listed on after the body's own ("A (Ninh Bình), B, C"): the same role
            out.append((p, role))
    if _TRIGGER.search(sentence):  # a verb says who acts: places standing where parties stand are parties
        taken = [p for p, _ in out]
        bodies = [p for p in taken if p.start >= regions[0][0]]  # not the bodies of a cited source
        for i, region in enumerate(regions):
            for p in place_parties(sentence, region, taken, ctx, gaz, subject=i == 0):
                taken.append(p)
                if not any(same_place(p, q) for q in bodies):
                    out.append((p, principal))
    out = _with_own_province(sentence, out, gaz)
    out = _owner_in_group_name(sentence, out)
    # One body named twice ("Công an tỉnh Đồng Nai tổ chức ... giữa Công an tỉnh Đồng Nai, ...") keeps its
    # strongest role and its first naming, in its fullest form ("Ban Thường trực" before it).
    rank = {principal: 0, "witness": 1, "guest": 2, "mentioned": 3, "cited": 4}
    best: dict[str, tuple[Party, str]] = {}
    placed_heads = {p.head: body_key(p.name) for p, _ in out if p.placed and p.head and p.tier != "central"}
    for p, role in out:
        key = body_key(p.name)
        named_again = not p.placed and p.head in placed_heads and placed_heads[p.head] in best
        if named_again:
            key = placed_heads[p.head]  # "Hội LHPN huyện A tổ chức ... giữa Hội LHPN với ...": named again, bare
        if key not in best:
            best[key] = (p, role)
            continue
        first, first_role = best[key]
        # a bare naming's place is the article's, not the body's it names again: it never renames that body
        if len(p.name) > len(first.name) and not named_again:
            first = replace(first, name=p.name)
        best[key] = (first, role if rank[role] < rank[first_role] else first_role)
    return tuple(best.values())


def _with_own_province(sentence: str, found: list[tuple[Party, str]], gaz: Gazetteer) -> list[tuple[Party, str]]:
    """ "giữa huyện B và thị xã C (tỉnh Gia Lai)": a province in brackets right after one place that acts as a party,
    naming its own province, is part of that party as written (ruling 15); not one after the last of a list whose
    places share that province ("phường A và xã B (tỉnh X)"), which is the whole list's."""
    if "(" not in sentence:
        return found
    ordered = sorted((p for p, _ in found), key=lambda p: p.start)
    out: list[tuple[Party, str]] = []
    for p, role in found:
        # a place that acts as a party (labels of bodies of a commune's area keep no bracket: sa015, sd020)
        bracket = _PROVINCE_IN_BRACKETS.match(sentence, p.end) if "(" not in p.name and not p.head else None
        if bracket and p.province and gaz.canonical(bracket.group(1).strip()) == p.province:
            i = next(k for k, q in enumerate(ordered) if q is p)
            before = ordered[i - 1] if i else None
            shared = (
                before is not None
                and before.province in (p.province, None)
                and bool(
                    _LIST_GAP.fullmatch(sentence, before.end, p.start)
                    or _NEXT_PLACE.fullmatch(sentence, before.end, p.start)
                )
            )
            if not shared:
                p = replace(p, name=f"{p.name} ({bracket.group(0).strip()[1:-1].strip()})", end=bracket.end())
        out.append((p, role))
    return out


def _shared_copies(sharing: list[Party], last: Party, places: list[Party]) -> list[Party]:
    """The bodies listed before the last one, each written with the other places the last one was copied to."""
    out: list[Party] = []
    for copy in places:
        if not copy.name.startswith(last.base):
            continue
        where = copy.name[len(last.base) :].strip()
        out.extend(replace(q, name=f"{q.base} {where}", where=where, province=copy.province) for q in sharing)
    return out


LEADER = re.compile(
    r"(?:(?<=\s)|(?<=^)|(?<=[,;–-]))\s*(?:quyền\s+)?(?:phó\s+)?(?:giám đốc|chủ tịch|trưởng|viện trưởng|chánh án|bí thư|"
    r"chi cục trưởng|cục trưởng|chỉ huy trưởng|thủ trưởng|tổng biên tập|hiệu trưởng|tổng thư ký)(?=\s+[A-ZĐÀ-Ỹ])",
    re.IGNORECASE,
)
_SIGNS = re.compile(r"\b(?<!thư )(?:ký kết|kí kết|ký|kí)\b", re.I)  # a signing verb, not a secretary ("Tổng Thư ký")


_ATTEND_SIGNING = re.compile(r"\s*tham dự (?:lễ|buổi|hội nghị)(?: lễ)? (?:ký|kí)[^,;]{0,40}?\bcó\b", re.IGNORECASE)
_TWO_BODIES = re.compile(r"\b(?:hai|2) (?:đơn vị|cơ quan|ngành)\b", re.IGNORECASE)


# a meeting's chairs: "đồng chí A, Giám đốc Sở X và đồng chí B, Chủ tịch Hội Y (đồng) chủ trì hội nghị"
_CHAIRS = re.compile(r"\b(?:đồng chủ trì|cùng chủ trì|chủ trì)\b", re.IGNORECASE)


def leaders_chairing_in(
    paragraphs: list[str], ctx: PlaceContext, gaz: Gazetteer, cue: re.Pattern[str] = _CHAIRS
) -> list[Party]:
    """A meeting whose text names its bodies only through the leaders who chair it (DOMAIN ruling 7: "đồng chí A,
    Giám đốc Công an tỉnh và đồng chí B, Chủ tịch Hội Nông dân tỉnh đồng chủ trì hội nghị"): the leaders'
    bodies, from the first sentence that shows leaders chairing. `cue`: a chairing's words, which hold "chủ trì"."""
    for paragraph in paragraphs:
        if "chủ trì" not in paragraph.lower():
            continue  # no chairing told (no letter of the words has a case-blind match but its own capital)
        for s in sentences(paragraph):
            chair = cue.search(s)
            if not chair or re.match(r"\s*(?:tham dự|dự|chứng kiến|về phía|cùng dự)\b", s, re.I):
                continue
            head = s[: chair.start()]
            if guest_cue(head) or not LEADER.search(head) or re.search(r"\bdo\s", head, re.I):
                continue  # "Hội nghị do đồng chí A chủ trì": read by the organiser's own rule
            masked = LEADER.sub(lambda m: " " * len(m.group(0)), head).rstrip(" ,.") + " ký kết."
            found = [p for p, role in parties_with_roles(masked, ctx, gaz) if role == "signatory" and p.head]
            # each leader's last title names the body chairing ("Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh"), unless
            # the leader heads a party committee: the titles after it are held because of it ("Bí thư Tỉnh ủy,
            # Chủ tịch HĐND tỉnh", "Bí thư Tỉnh ủy, Trưởng Đoàn đại biểu Quốc hội tỉnh")
            cuts = [0, *(m.start() for m in _NEXT_LEADER.finditer(masked))]
            last: dict[int, Party] = {}
            for p in sorted(found, key=lambda q: q.start):
                leader = max(i for i, c in enumerate(cuts) if c <= p.start)
                if not (
                    leader in last and _SECRETARY.search(head, max(0, last[leader].start - 16), last[leader].start)
                ):
                    last[leader] = p
            if last:
                return [replace(p, name=as_written(p.name, s)) for p in last.values()]
    return []


_SECRETARY = re.compile(r"(?<![Pp]hó )\bBí thư\s+$")  # the head of the party committee named next, not a deputy


# leaders who chair together: each leader's body organises the meeting (ruling 3: "đồng chủ trì" is a party)
# in lower case, or opening the sentence: "Lâm Đồng chủ trì" is a place's name before a lone chair
CO_CHAIRS = re.compile(r"(?:^\s*(?:Đồng|Cùng)|\b(?:đồng|cùng)) chủ trì\b")


_NEXT_LEADER = re.compile(
    r"\s(?:và|cùng)\s|;|\b(?:đồng chí|ông|bà)\s", re.IGNORECASE
)  # where another leader's words begin


def leaders_signing(sentence: str, ctx: PlaceContext, gaz: Gazetteer, two_bodies: bool = False) -> list[Party]:
    """ "Đồng chí A – Trưởng Công an xã và đồng chí B – Chủ tịch Ủy ban MTTQ xã ký kết chương trình": leaders who
    sign, before the signing verb, sign for their bodies; the bodies are the signatories. Leaders who only
    attend a signing ("Tham dự lễ ký kết có đồng chí A, Chánh án Tòa án X và đồng chí B, Viện trưởng Viện Y")
    stand for its two signatories only when the article says two bodies signed ("hai đơn vị")."""
    attending = _ATTEND_SIGNING.match(sentence)
    if attending:
        head = sentence[attending.end() :]
    else:
        sign = _SIGNS.search(sentence)
        if not sign or re.match(r"\s*(?:tham dự|dự|chứng kiến|về phía|cùng dự)\b", sentence, re.I):
            return []
        head = sentence[: sign.start()]
    if guest_cue(head) or not LEADER.search(head) or (attending and not two_bodies):
        return []
    # the leaders' words are blanked, so the bodies after them are read as the subject of the signing; so is where a
    # caption places each leader ("Giám đốc A – Nguyễn B (bên trái) và Chủ tịch C (bên phải) ký kết")
    masked = LEADER.sub(lambda m: " " * len(m.group(0)), _POSITION.sub(" ", head)).rstrip(" ,.") + " ký kết."
    found = [
        replace(p, name=p.name.strip())
        for p, role in parties_with_roles(masked, ctx, gaz)
        if role == "signatory" and p.head
    ]
    return found if not attending or len(found) == 2 else []


# where a caption places a leader, with the leader's name written after a dash before it ("– Nguyễn B (bên trái)")
_POSITION = re.compile(
    r"(?:\s[–-]\s+[^–()\d,;.]{3,30}?)?\s*\(\s*(?:(?:ngồi|đứng)\s+)?(?:thứ\s+\w+\s+)?(?:bên|từ)\s+(?:trái|phải)\b[^()]{0,20}\)"
)


def leaders_signing_in(paragraphs: list[str], ctx: PlaceContext, gaz: Gazetteer) -> list[Party]:
    """The bodies of the first leaders the paragraphs show signing (an excerpt that names no signatory body)."""
    two_bodies = any(_TWO_BODIES.search(p) for p in paragraphs)
    for paragraph in paragraphs:
        for s in sentences(paragraph):
            if found := leaders_signing(s, ctx, gaz, two_bodies):
                return [replace(p, name=as_written(p.name, s)) for p in found]  # as that sentence writes them
    return []


_COUNT = re.compile(r"(?<!\w)(\d{1,2}|[^\W\d]+)\s+(?:tỉnh|thành phố)\b", re.IGNORECASE)


def _count_of(where: str) -> int | None:
    """The number a counted place phrase starts with ("chín tỉnh, thành phố giáp ranh" -> 9, "02 tỉnh" -> 2)."""
    m = _COUNT.match(where)
    if not m:
        return None
    return count_value(m.group(1))


def name_counted(parties: list[Party], texts: list[str], gaz: Gazetteer) -> list[Party]:
    """ "Công an chín tỉnh, thành phố giáp ranh" when a sentence of the article names exactly those nine
    provinces ("gồm TP.HCM, Đồng Nai, ..."): one party per province, each body written with its place."""
    if any(p.type == "other" for p in parties):
        return parties  # the counted bodies are the members of the cluster that meets, which is the party
    out: list[Party] = []
    for p in parties:
        count = _count_of(p.where) if p.tier == "inter-provincial" and p.type != "other" and p.where else None
        listed = _listing(texts, count, gaz) if count and count > 1 else []
        if not listed:
            out.append(p)
            continue
        stem = p.name[: len(p.name) - len(p.where)].strip()
        if not stem:  # "10 tỉnh Tây Nguyên": the places counted, no body of theirs to name for each
            out.append(p)
            continue
        for name, written in listed:
            # a city written by its initials keeps them ("gồm TP.HCM, Đồng Nai": "Công an TP.HCM"; ruling 1)
            shown = written if _SHORT_PLACE.search(written) else name
            unit = gaz.legacy.get(name)
            admin = "" if shown.startswith("TP") else "thành phố " if unit and unit.kind == "city" else "tỉnh "
            out.append(
                replace(p, name=f"{stem} {admin}{shown}", tier="province", province=name, where=shown, base=stem)
            )
    return out


def _listing(texts: list[str], count: int, gaz: Gazetteer) -> list[tuple[str, str]]:
    """The provinces of the first sentence that names exactly `count` of them: each canonical name with the
    words the sentence writes it in."""
    for text in texts:
        for s in sentences(text):
            names: dict[str, str] = {}
            for m in gaz.provinces_in(s):
                names.setdefault(m.name, s[m.start : m.end])
            if len(names) == count:
                return list(names.items())
    return []


# a body marked as its cluster's chair or deputy right after its name: "UBND tỉnh A (Trưởng cụm thi đua năm 2024)",
# "Công an tỉnh B (đơn vị Cụm trưởng)", "Sở C - Khối trưởng"
_CHAIR_MARK = re.compile(
    r"\s*(?:(?:\(|[-–,]\s*)\s*(?:đơn vị\s+)?|đơn vị\s+)(?:(?:cụm|khối)\s+(?:trưởng|phó)|(?:phó\s+)?trưởng\s+(?:cụm|khối))\b",
    re.IGNORECASE,
)  # "(Cụm phó)" too, "A đơn vị Cụm trưởng Cụm thi đua số V"


_CHAIRS_CLUSTER = re.compile(
    r"\s+(?:(?:chủ trì|là đơn vị (?:cụm|khối) trưởng)\s+(?:cụm|khối)|(?:làm|là)\s+(?:(?:cụm|khối)\s+trưởng|trưởng\s+(?:cụm|khối)))\b",
    re.I,
)  # "A chủ trì Khối", "do A làm Trưởng cụm"
_HOST_VENUE = re.compile(r"\btại\s+(?:(?:hội trường|trụ sở|văn phòng)\s+(?:của\s+)?)*$", re.I)


def without_cluster_chairs(parties: list[Party], text: str) -> list[Party]:
    """The cluster that meets is the one party (DOMAIN.md): its chair and deputy, which the text marks as such
    ("UBND tỉnh A (Trưởng cụm) phối hợp với UBND tỉnh B (Phó Trưởng cụm) tổ chức"), host the meeting as
    members, so they are not parties beside it; nor is the member that chairs it ("A chủ trì Khối thi đua ...") or
    lends its rooms ("tại Hội trường A, Khối thi đua ..."). Without a cluster among the parties they stay."""
    if not any(p.type == "other" for p in parties):
        return parties
    folded = text.lower()

    def chairs(p: Party) -> bool:
        # as the party is named, or as the text writes it when its place is the article's ("Liên hiệp các Hội Khoa
        # học và Kỹ thuật (trưởng khối)" for "... Bắc Ninh")
        # or with its province left to the article ("do Ủy ban MTTQ tỉnh làm trưởng khối" for "... tỉnh A")
        bare = p.name[: -len(p.province)].rstrip().lower() if p.province and p.name.endswith(" " + p.province) else ""
        names = [p.name.lower(), *([] if p.placed or not p.base else [p.base.lower()]), *([bare] if bare else [])]
        for name in dict.fromkeys(names):
            start = folded.find(name)
            while start >= 0:
                if _CHAIR_MARK.match(text, start + len(name)) or _CHAIRS_CLUSTER.match(text, start + len(name)):
                    return True
                if _HOST_VENUE.search(text, max(0, start - 40), start):
                    return True  # "tại Hội trường Hội Nhà báo tỉnh A, Khối thi đua ... tổ chức": the host's rooms
                start = folded.find(name, start + 1)
        return False

    kept = [p for p in parties if p.type == "other" or not chairs(p)]
    return kept if kept else parties


def organ_named(parties: list[Party], texts: list[str], ctx: PlaceContext, gaz: Gazetteer) -> list[Party]:
    """A body the lead names bare whose leadership organ a later sentence shows signing ("Huyện đoàn
    A và Huyện đoàn B ký kết ...", then "Ban Thường vụ Huyện đoàn A và Ban Thường vụ Huyện đoàn B đã ký kết"): the
    organ acts for the body and the text names it, so the party keeps it (as find_parties keeps it when the lead
    writes it)."""
    organ = _leadership()
    bare = [p for p in parties if not organ.match(p.name)]
    if not bare:
        return parties
    acting: dict[str, str] = {}
    for text in texts:
        if not organ.search(text):
            continue
        for s in sentences(text):
            if organ.search(s) and _SIGNS.search(s):
                for q, role in parties_with_roles(s, ctx, gaz):
                    if role in ("signatory", "organiser") and organ.match(q.name):
                        acting.setdefault(body_key(q.name), q.name)
    if not acting:
        return parties
    return [
        replace(p, name=acting[body_key(p.name)]) if p in bare and body_key(p.name) in acting else p for p in parties
    ]


def unit_named(parties: list[Party], texts: list[str], ctx: PlaceContext, gaz: Gazetteer) -> list[Party]:
    """A numbered unit named again by its bare head ("giữa Lữ đoàn với phường A" after "Lữ đoàn Công binh 550
    (Quân đoàn 4)"): the report calls it by its head once it has named it, so the party is the unit named in full
    (its first naming in the title or the lead, as a venue too)."""
    bare = [p for p in parties if p.type == "armed" and p.name == p.head and _numbered_head(p.head)]
    if not bare:
        return parties
    named: dict[str, Party] = {}
    for head in {p.head for p in bare}:
        for body in _bodies_at(head, texts, ctx, gaz):
            if body.head != head or body.name == head:
                continue
            if head not in named or body.name.startswith(named[head].name + " ("):
                named[head] = body  # the lead names it with its command in brackets, the title without
            if "(" in named[head].name:
                break
    out = [
        replace(p, name=named[p.head].name, tier=named[p.head].tier) if p in bare and p.head in named else p
        for p in parties
    ]
    return list({body_key(p.name): p for p in out}.values())


def department_named(parties: list[Party], texts: list[str], ctx: PlaceContext, gaz: Gazetteer) -> list[Party]:
    """A department named bare by the words a numbered unit's department starts with ("giữa Cục Chính trị với ...",
    the heads knowing "Cục Chính trị Quân khu N") in a report that names it in full further down ("Cục Chính trị
    Quân khu 1"): the party is the department named in full (DOMAIN.md: full names)."""
    bare = [p for p in parties if p.type == "armed" and p.name == p.head and _numbered_after(p.head)]
    if not bare:
        return parties
    named: dict[str, Party] = {}
    for head in {p.head for p in bare}:
        full = (b for b in _bodies_at(head, texts, ctx, gaz) if b.head.startswith(head + " ") and b.name != head)
        if (body := next(full, None)) is not None:
            named[head] = body
    return [replace(p, name=named[p.head].name, tier=named[p.head].tier) if p.head in named else p for p in parties]


def _bodies_at(head: str, texts: list[str], ctx: PlaceContext, gaz: Gazetteer) -> Iterator[Party]:
    """The body named where each text writes the head, read from the head on (a venue, "tại Lữ đoàn A", is no party
    of its sentence, but it names the unit), in the texts' order: the fuller namings a bare head stands for."""
    for text in texts:
        at = text.find(head)
        while at >= 0:
            found = find_parties(text[at : at + 120], ctx, gaz)
            if found and found[0].start == 0:
                yield found[0]
            at = text.find(head, at + 1)


@cache
def _numbered_after(head: str) -> bool:
    """Whether a numbered unit's head starts with this head's words ("Cục Chính trị Quân khu" for "Cục Chính trị")."""
    return any(
        (r["canonical"] or r["head"]).startswith(head + " ") and r["name_rule"] == "numbered"
        for r in load_table("org_heads.csv")
    )


@cache
def _numbered_head(head: str) -> bool:
    return any(
        (r["canonical"] or r["head"]) == head and r["name_rule"] == "numbered" for r in load_table("org_heads.csv")
    )


def area_named(parties: list[Party], texts: list[str]) -> list[Party]:
    """A court or procuracy named bare ("giữa VKSND - TAND ...") in an article that names the judicial area of
    that head ("VKSND Khu vực 8 - Cần Thơ"): from July 2025 no district court is left, so the bare name is that
    area's body, written as its fullest mention."""
    of_area = [p for p in parties if fold(p.head) in _areas() and p.tier == "province"]
    if not of_area:
        return parties  # no court or procuracy of a province: the article's text is not read (nor expanded)
    raw = "\n".join(texts)
    text = expand_abbreviations(raw)

    def own_place(head: str) -> bool:  # "VKSND TP Cần Thơ" written: the province's body is named too
        return bool(re.search(rf"{re.escape(head)}\s+(?:tỉnh|thành phố|TP\.?)\s*{_CAP}", text, re.I))

    bare = [p for p in of_area if not own_place(p.head)]
    if not bare:
        return parties
    named: dict[str, tuple[Party, ...]] = {}
    for p in bare:
        if p.head in named:
            continue
        areas: dict[str, str] = {}  # the area's number: its fullest written form
        for m in re.finditer(rf"{re.escape(p.head)}(?:\s*\([^()\n]{{2,40}}\))?", text, re.I):
            if area := _AREA.match(text, m.end()):
                written = re.sub(r"\s*[-–]\s*", " - ", " ".join(area.group(1).split()))
                number = written.split()[2]
                if len(written) > len(areas.get(number, "")):
                    areas[number] = written
        # the article's own short form of the head ("VKSND") when it writes one: the bare naming was that
        pattern, table = _aliases()
        short = next((a for a in pattern.findall(raw) if table[a] == p.head and len(a) > 2), p.head)
        named[p.head] = tuple(
            replace(p, name=f"{short} {w}", tier="commune", where=w, placed=True) for w in areas.values()
        )
    out: list[Party] = []
    for p in parties:
        found = named.get(p.head, ()) if p in bare else ()
        out.append(found[0] if len(found) == 1 else p)  # several areas named: which one is not for us to guess
    return out


# a parenthesis after a cluster's name that lists its members or counts them ("(Hà Nội, TP.HCM, ...)", "(Công an 5
# tỉnh)", "(gồm 9 đơn vị)", "(Sở A các tỉnh: B", the roll cut by a chair's bracket); one that names the cluster
# otherwise ("(Cụm số 4)", "(khối mặt trận)", "(Liên minh A các tỉnh)") stays
_MEMBER_LIST = re.compile(
    r"\s*\((?!\s*(?:cụm|khối)\b)(?=[^()]*(?:,|\svà\s|\d|:\s*(?-i:[A-ZĐ])|"
    r"\bcác\s+(?:tỉnh|thành phố|huyện|quận|xã|phường)\s+(?-i:[A-ZĐ]))|\s*(?:gồm|bao gồm)\b)[^()]*\)\s*$",
    re.I,
)


# a cluster's name that says whose cluster it is after its head and number ("Cụm thi đua số 4, Bộ Công an", "Cụm Thi
# đua số 10 - Bộ Thông tin và Truyền thông", "Cụm thi đua 05 tỉnh Tây Nguyên"), with what a bracket after it adds
_NETWORKED = re.compile(
    r"^(?:cụm|khối)(?:\s+thi đua)?(?:\s+(?:số\s+)?(?:\d{1,3}|[IVX]{1,4})\b)?\s*[,–-]?\s+[^()]*?(?-i:[A-ZĐ])[^()]*?"
    r"(?P<bracket>\s*\([^()]*\))\s*$",
    re.I,
)


def without_member_lists(parties: list[Party]) -> list[Party]:
    """A cluster is named without the members a parenthesis lists or counts after its name (ruling 11): what it is
    made of is not its name, and the members that sign are parties of their own. A cluster named with its network
    needs no bracket at all: what the bracket adds describes its members ("(các cơ quan truyền hình ...)")."""
    out = []
    for p in parties:
        if counted := _COUNTED_BEFORE.match(p.name):  # "Công an 5 tỉnh Cụm thi đua số 7": the cluster meets
            p = replace(p, name=p.name[counted.end() :], type="other")
        if p.type == "other":
            name = _MEMBER_LIST.sub("", p.name)
            if networked := _NETWORKED.match(name):
                name = name[: networked.start("bracket")]
            p = replace(p, name=name)
        out.append(p)
    return out


# the members counted before the cluster's name ("Công an 5 tỉnh Cụm thi đua số 7"): what it is made of (ruling 11)
_COUNTED_BEFORE = re.compile(
    r"^[^()]{2,40}?\s(?:\d{1,2}|"
    + count_words()
    + r")\s+(?:tỉnh|huyện|xã|phường)(?:,\s*(?:thành phố|thị xã|thị trấn))?"
    r"\s+(?=(?:Cụm|Khối)\s+thi đua\b)",
    re.IGNORECASE,
)


# the mass organisations named together after the bodies that sign with them ("UBND tỉnh ký kết chương trình
# phối hợp với UBMTTQ tỉnh và các đoàn thể", "... và các tổ chức chính trị – xã hội")
_MASS_TOGETHER = re.compile(
    r"\b(?:và|với)\s+(các (?:đoàn thể|tổ chức chính trị\s*[-–]\s*xã hội))(?:\s+(?:của\s+)?(tỉnh|huyện|quận|xã|phường)\b)?",
    re.I,
)


def mass_bodies_listed(parties: list[Party], paragraphs: list[str], ctx: PlaceContext, gaz: Gazetteer) -> list[Party]:
    """ "... với UBMTTQ tỉnh và các đoàn thể" in the lead: the organisations a later sentence lists by name as
    signing ("UBND tỉnh ký kết quy chế với UBMTTQ tỉnh, Hội Nông dân, Hội Cựu chiến binh ...")."""
    if not parties or not any(w in p.lower() for p in paragraphs[:2] for w in ("các đoàn thể", "các tổ chức")):
        return parties  # the words _MASS_TOGETHER names them by (no letter of them has another case-blind match)
    lead = [s for p in paragraphs[:2] for s in sentences(p)]
    # named as signing with the bodies before them, not in a sentence about work done ("... được Mặt trận và các
    # đoàn thể của 4 phường ...")
    together = any((m := _MASS_TOGETHER.search(s)) and _SIGNS.search(s, 0, m.start()) for s in lead)
    if not together or not parties:
        return parties
    known = {body_key(p.name) for p in parties}
    for paragraph in paragraphs[:6]:
        for s in sentences(paragraph):
            if not _SIGNS.search(s):
                continue
            found = [p for p, role in parties_with_roles(s, ctx, gaz) if role in ("signatory", "organiser")]
            new = [p for p in found if body_key(p.name) not in known and p.type != "other"]
            if len(new) >= 2:
                return parties + new
    return parties


# what a fuller naming of a cluster adds: the body it belongs to, after a dash or "của"/"thuộc", or a name (capitalised),
# not a verb the phrase ran on into ("Cụm thi đua số 4 chủ trì")
# ... or the province whose units it groups ("Khối thi đua các phường tỉnh A")
_WHOSE = re.compile(rf"(?:[-–]\s*|(?:của|thuộc)\s+|(?:tỉnh|thành phố)\s+(?={_CAP}))?(?:{_CAP})")
# the verb a sentence goes on with after the cluster's name ("... tỉnh Bắc Giang diễn ra tại ..."): not the name
_GOES_ON = re.compile(
    r"\s+(?:tổ chức|đã|vừa|đang|cùng|họp|ký|kí|giao ban|sơ kết|tổng kết|diễn ra|tiến hành|năm \d{4})(?!\w).*$", re.I
)


_QUOTED = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"")


def fuller_cluster_names(parties: list[Party], paragraphs: list[str], ctx: PlaceContext, gaz: Gazetteer) -> list[Party]:
    """A cluster the lead names bare ("Cụm thi đua số IV") is named in full elsewhere in the article, where the
    text says whose cluster it is ("Cụm thi đua số IV – TAND hai cấp TP.HCM", "Cụm thi đua số III của Hội đồng
    thi đua khen thưởng Tỉnh ủy A"): the fullest naming is the party, written with the place as the text does."""
    bare = [p for p in parties if p.type == "other" and "(" not in p.name]
    # a cluster written with its member list in brackets is bare too once the list goes (without_member_lists)
    listed = {body_key(_MEMBER_LIST.sub("", p.name)): p for p in parties if p.type == "other" and "(" in p.name}
    listed = {key: p for key, p in listed.items() if "(" not in key}
    if not bare and not listed:
        return parties
    keys = {body_key(p.name): p for p in bare}
    kinds = {key: replace(p, name=_MEMBER_LIST.sub("", p.name)) for key, p in listed.items()} | keys
    fuller: dict[str, Party] = {}
    members: dict[str, Party] = {}  # the cluster named with whose members it groups, where no fuller naming is
    for paragraph in paragraphs:
        folded = fold(paragraph)
        if not any(fold(p.name) in folded for p in kinds.values()):
            continue
        for s in sentences(paragraph):
            found = find_parties(s, ctx, gaz)
            # a slogan's words in quotation marks name no cluster ("“Công an Cụm thi đua số II – Ra sức thi đua”")
            quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(expand_abbreviations(s))]
            for q in found:
                if any(a < q.start < b for a, b in quoted):
                    continue
                name = _GOES_ON.sub("", q.name.split(" (")[0])
                named = body_key(name)
                for key, p in keys.items():
                    said = " ".join(name.split()[len(p.name.split()) :])  # what the fuller naming adds
                    if (
                        q.type == "other"
                        and named.startswith(key + " ")
                        and _WHOSE.match(said)
                        and len(name) > len(fuller.get(key, p).name)
                    ):
                        fuller[key] = replace(q, name=name)
            for key, p in kinds.items():
                if (
                    key not in members
                    and not _heads()[0].search(p.name, 1)
                    and (named_with := _with_members(s, found, p))
                ):
                    members[key] = named_with
    out = []
    for p in parties:
        if p in bare:
            p = fuller.get(body_key(p.name), members.get(body_key(p.name), p))
        elif p.type == "other" and (key := body_key(_MEMBER_LIST.sub("", p.name))) in members:
            p = members[key]
        out.append(p)
    return out


# the bodies a cluster groups, written before it ("Hội Chữ thập đỏ các tỉnh thuộc Cụm thi đua ...", "Hội Nông dân 14
# tỉnh miền núi phía Bắc trong Cụm ..."): a count or "các" of places says they are its members
_MEMBERS_BEFORE = re.compile(r"\s+(?:thuộc|trong)\s+$", re.I)
_MEMBERS_COUNTED = re.compile(r"\s(?:các|\d{1,2})\s+(?:tỉnh|thành phố|huyện|quận|xã|phường|đơn vị)(?!\w)", re.I)
_DASH_BETWEEN = re.compile(r"\s*[-–]\s*")
# "các tỉnh", "5 thành phố" after the bodies' kind only repeat that they are the cluster's members: the kind names
# whose it is (a count with a region, "14 tỉnh Trung du, miền núi phía Bắc", says which cluster and stays)
_ALL_MEMBERS = re.compile(
    r"\s+(?:các|\d{1,2})\s+(?:tỉnh|thành phố|huyện|quận|xã|phường|đơn vị)(?:\s*,\s*(?:thành phố|thành|TP))?$", re.I
)


def _members_phrase(words: str, sentence: str) -> str | None:
    """The bodies' kind and, when counted, their places ("Hội Nông dân 14 tỉnh Trung du, miền núi phía Bắc"), as the
    sentence writes it; None for words that name no members."""
    words = " ".join(words.split())
    if not _heads()[0].match(words) or not _MEMBERS_COUNTED.search(" " + words) or len(words.split()) > 12:
        return None
    return as_written(_ALL_MEMBERS.sub("", words), sentence)


def _with_members(sentence: str, found: list[Party], cluster: Party) -> Party | None:
    """The bare cluster named with the kind of bodies it groups, where a sentence says it before the cluster: "Hội
    Nông dân 14 tỉnh ... thuộc Cụm thi đua số 1" is "Cụm thi đua số 1 Hội Nông dân 14 tỉnh ..."; "Hội Phụ nữ Bộ Công
    an - Cụm thi đua số 5" as written. The careful reader names the cluster with the description the text gives it,
    whose cluster it is (a police, a Red Cross, a farmers' cluster: ruling 2); a member list in brackets after it is
    no part of its name (ruling 11)."""
    text = expand_abbreviations(sentence)  # the words find_parties read
    key = body_key(cluster.name)
    for q in found:  # the members' counted places read on into the cluster ("... 6 tỉnh Tây Bắc thuộc Cụm ...")
        within = re.search(rf"\s+(?:thuộc|trong)\s+{re.escape(cluster.name)}$", q.name, re.I)
        if q.type != "other" and within and (phrase := _members_phrase(q.name[: within.start()], sentence)):
            return replace(cluster, name=f"{cluster.name} {phrase}")
    for i, q in enumerate(found):
        named = body_key(q.name.split(" (")[0])
        if q.type != "other" or not (named == key or named.startswith(key + " ")):
            continue  # the cluster, whatever words the sentence goes on with after it ("... số 3 trợ giúp ...")
        before = found[i - 1] if i else None
        if not before or before.type == "other" or before.end > q.start:
            continue
        if _DASH_BETWEEN.fullmatch(text, before.end, q.start):
            dash = text[before.end : q.start].strip()
            return replace(q, name=f"{as_written(before.name, sentence)} {dash} {cluster.name}", start=before.start)
        gap = _MEMBERS_BEFORE.search(text, before.start, q.start)
        first = before
        if i > 1 and (shared := found[i - 2]).tier == "inter-provincial" and not shared.province:
            # "Sở A và Cục B các tỉnh thuộc Cụm ...": two kinds of the members' bodies, joined, both in the name
            first = shared if re.fullmatch(r"\s*(?:,|\svà\s)\s*", text[shared.end : before.start]) else before
        if (
            gap
            and before.end <= gap.start() + 1
            and (phrase := _members_phrase(text[before.start : gap.start()], sentence))
        ):
            if first is not before:
                phrase = f"{' '.join(text[first.start : before.start].split())} {phrase}"
            return replace(q, name=f"{cluster.name} {phrase}")
    return None


# leaders who attend AND chair ("đã đến dự, chủ trì hội nghị", "Đến dự và chủ trì buổi tổng kết có: ..."): they chair,
# so their bodies organise it (ruling 3), unlike leaders who only attend ("dự", "chỉ đạo")
_ATTENDS_AND_CHAIRS = re.compile(r"\b(?:đến\s+|tới\s+|về\s+|tham\s+)?dự\s*(?:,|và)\s*(?:đồng\s+)?chủ trì\b", re.I)
_LISTED_AFTER = re.compile(r"[^.;:]{0,80}?\bcó\s*:?\s*", re.I)  # "... chủ trì buổi tổng kết có: A, B"


def leaders_attending_to_chair(paragraphs: list[str], ctx: PlaceContext, gaz: Gazetteer) -> list[Party]:
    """The bodies of the leaders the first such sentence shows attending to chair the meeting, named before the
    words ("Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam A đã đến dự, chủ trì hội nghị") or listed after them
    ("Đến dự và chủ trì buổi tổng kết có: ông A - Phó Chủ tịch Hội Nhà báo Việt Nam; ...")."""
    for paragraph in paragraphs:
        if "chủ trì" not in paragraph.lower():
            continue  # the cue holds it (no letter of it has a case-blind match but its own capital)
        for s in sentences(paragraph):
            if not (cue := _ATTENDS_AND_CHAIRS.search(s)):
                continue
            listed = _LISTED_AFTER.match(s, cue.end())
            words = s[listed.end() :] if listed else s[: cue.start()]  # the leaders listed after, or named before
            if not LEADER.search(words):
                continue
            masked = LEADER.sub(lambda m: " " * len(m.group(0)), words).rstrip(" ,.") + " ký kết."
            found = [p for p, role in parties_with_roles(masked, ctx, gaz) if role == "signatory" and p.head]
            if found:
                return [replace(p, name=as_written(p.name, s)) for p in found]
    return []


def _spelt(name: str) -> str:
    return re.sub(r"\bTP\.?\s*(?=[A-ZĐ])", "thành phố ", name)


def units_for_bodies(parties: list[Party]) -> list[Party]:
    """ "Công an tỉnh A" and "Phòng An ninh Kinh tế Công an tỉnh A" in one article (the bodies hold the signing, "giữa
    các Phòng An ninh Kinh tế"; the title names the units that sign): the unit acts for its body, one party per place.
    The unit named bare of its body ("Phòng An ninh Kinh tế" read with the article's province) is the same unit."""
    names = [_spelt(p.name) for p in parties]

    def body_of(u: Party, un: str, p: Party, pn: str) -> bool:
        return bool(u.head and p.head and u.head != p.head and p.placed and un.endswith(" " + pn))

    units = [
        (u, un)
        for u, un in zip(parties, names, strict=True)
        if any(body_of(u, un, p, pn) for p, pn in zip(parties, names, strict=True))
    ]
    if not units:
        return parties
    out: list[Party] = []
    for p, pn in zip(parties, names, strict=True):
        if any(body_of(u, un, p, pn) for u, un in units):
            continue  # the body its unit acts for
        if any(
            u is not p
            and u.province == p.province
            and u.head == p.head
            and p.where
            and p.name.endswith(" " + p.where)
            and u.name.startswith(p.name[: -len(p.where)])
            and len(p.name) < len(u.name)
            for u, _ in units
        ):
            continue  # the unit again, without its body's name
        out.append(p)
    return out
