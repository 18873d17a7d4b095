"""Where an event took place and who took part: its level, the provinces involved and the host, read from the parties,
the venue, the chair and the lists of members."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from etl.classify import DEEP_READ
from etl.cleaning import Article
from etl.event_parties import listed_provinces, merge_parties
from etl.event_reading import EventReading
from etl.host_place import ATTENDANCE, outlet_row, province_of_outlet
from etl.level import level_of
from etl.level_evidence import (
    branch_provinces,
    central_chair,
    central_in_reviewed_coordination,
    cluster_role_provinces,
    commune_acts,
    counted_for_level,
    framing_bodies,
    names_provinces_group,
    national_committee_acts,
    national_units_members,
    one_provinces_cluster,
    provinces_counted_and_named,
    provinces_of_bodies,
    provincial_city_body,
    reviewed_central_bodies,
    tier_for_level,
    tier_of_units_cluster,
)
from etl.own_province import writes_own_province
from etl.parties import Party
from etl.places import Gazetteer
from etl.reference import count_words
from etl.slug_parties import slug_text
from etl.text import fast_start, fold, sentences

_SIGNED_BEFORE = re.compile(r"\bđược\s+(?:ký|kí)\b", re.IGNORECASE)
_HOST_CUE = re.compile(r"(đăng cai|đơn vị chủ trì|tổ chức tại|diễn ra tại|\btại\b)", re.IGNORECASE)
_HOST_CUE = fast_start(_HOST_CUE)  # a first-letter check before the alternatives
# a body seated in a city, "tại" part of its name ("Viện Kiểm sát nhân dân cấp cao tại thành phố Đà Nẵng", "Tòa án
# nhân dân cấp cao tại Hà Nội", "Cơ quan đại diện ... tại TP.HCM"): its seat, not where the event took place
_SEAT_BEFORE = re.compile(r"\b(?:cấp cao|(?:cơ quan|văn phòng) đại diện(?:\s+[^,;.()]{0,60}?)?)\s*$", re.IGNORECASE)
# an online meeting's connection points ("trực tuyến tại 04 điểm cầu: A, B, C"): the first is no venue
_ONLINE_POINTS = re.compile(r"\s+(?:\d{1,2}|các|nhiều|" + count_words() + r")\s+điểm cầu\b", re.IGNORECASE)


def _host_province(
    lead: str, text: str, parties: list[Party], fallback: str | None, gaz: Gazetteer
) -> tuple[str | None, float, bool]:
    """(host province, confidence, whether the text says where the event took place or who hosted it)."""
    for s in sentences(lead)[:3]:
        if ATTENDANCE.match(s):
            continue  # "Đến dự có ... Văn phòng Bộ ... tại TP.HCM": where a guest's office sits, not the venue
        for cue in _HOST_CUE.finditer(s):
            if cue.group(1).lower() == "đăng cai" or _SIGNED_BEFORE.search(s, max(0, cue.start() - 100), cue.start()):
                continue  # "... được ký kết ngày 14/11/2020 tại tỉnh Phú Thọ": where an old document was signed
            if _ONLINE_POINTS.match(s, cue.end()) or _SEAT_BEFORE.search(s, max(0, cue.start() - 80), cue.start()):
                continue
            window = s[cue.end() : cue.end() + 80]
            after = gaz.provinces_in(window)
            districts = [d for d in gaz.districts_in(window) if d.province]
            if after and (not districts or after[0].start <= districts[0].start):
                return after[0].name, 0.95, True
            if districts:
                return districts[0].province, 0.9, True
            if (city := gaz.city_at(window)) and city.start <= 1:  # "tại Nha Trang, ...": the city, written bare
                return city.province, 0.9, True
            communes = gaz.communes_in(window)
            if communes and communes[0].start <= 1 and communes[0].province:
                # "tại đặc khu Phú Quốc", "tại phường X": a venue written as its commune alone (no districts since
                # 2025), a name only one province has
                return communes[0].province, 0.85, True
    for s in sentences(text):
        if "đăng cai" in s.lower():
            before = gaz.provinces_in(s)
            if before:
                return before[-1].name, 0.85, True
    if later := _later_venue(text, gaz):
        return later, 0.85, True
    if visited := _visited_province([lead, *[p for p in text.split("\n") if p.strip()][:3]], gaz):
        return visited, 0.8, True
    located = [p.province for p in parties if p.province and p.tier != "central"]
    if located:  # the article's own province (its outlet's, its title's) when it is among the bodies'
        return fallback if fallback in located else located[0], 0.9, False
    return fallback, 0.6 if fallback else 0.0, False


# a delegation that travels to the event: "Đoàn công tác của huyện A ... vừa có chuyến đến thăm, làm việc và dự lễ kết
# nghĩa với huyện B – tỉnh C", "đoàn công tác Bệnh viện tỉnh A đã tham dự ... Lễ ký kết ... với Đồn Biên phòng D, Bộ đội
# Biên phòng tỉnh E"
_DELEGATION_VISITS = re.compile(
    r"\b[Đđ]oàn công tác\b([^.;:]{0,160}?)\b(?:(?:có chuyến\s+)?(?:đến|sang|về)\s+thăm|tham dự|đến dự)\b", re.IGNORECASE
)


def _visited_province(paragraphs: list[str], gaz: Gazetteer) -> str | None:
    """The province a delegation named in the lead or the report's first paragraphs travels to for the event: the
    first named after its visit, not its own (named before the visit): the visited hosts, the guests come from
    elsewhere (DOMAIN.md: the host is where it took place)."""
    for s in (s for p in paragraphs if _DELEGATION_VISITS.search(p) for s in sentences(p)[:3]):
        if (visit := _DELEGATION_VISITS.search(s)) is None:
            continue
        own = {m.name for m in gaz.provinces_in(visit.group(1))}
        after = [m.name for m in gaz.provinces_in(s[visit.end() :]) if m.name not in own]
        if after:
            return after[0]
    return None


# the event itself said further down to be held somewhere ("Hội nghị ... của Cụm được tổ chức tại A", "Buổi lễ diễn ra chiều
# 5/4 tại Sở Tư pháp tỉnh B"), not one announced for later ("sẽ được tổ chức tại"): the verb and "tại" found first (the
# event's nouns are in most sentences), then the event's noun before them in the same sentence
_HELD_AT = re.compile(r"\b(?:được\s+)?(?:tổ chức|diễn ra)\b[^.;\n]{0,40}?\btại\b", re.IGNORECASE)
_HELD_AT = fast_start(_HELD_AT)  # a first-letter check before the alternatives
_EVENT_BEFORE = re.compile(
    r"\b(?:hội nghị|lễ ký kết|lễ ký|buổi lễ|cuộc họp|buổi làm việc|buổi ký kết|sự kiện ký kết)\b[^.;\n]{0,100}$",
    re.IGNORECASE,
)
_NOT_THIS_ONE = re.compile(r"\b(?:sẽ|dự kiến|tiếp theo|năm sau|năm tới|lần sau|lần tới|kỳ tới)\b", re.IGNORECASE)


def _holds_held_at(paragraph: str) -> bool:
    """Whether a paragraph holds the words every match of _HELD_AT does, as a sentence or a line in capitals writes
    them: a cheap check before the pattern (most paragraphs hold no such verb, or no "tại")."""
    return ("tại" in paragraph or "TẠI" in paragraph) and (
        "tổ chức" in paragraph or "diễn ra" in paragraph or "TỔ CHỨC" in paragraph or "DIỄN RA" in paragraph
    )


def _later_venue(text: str, gaz: Gazetteer) -> str | None:
    """The province where a report says further down, beyond its lead, that the event was held: a province, or a
    district of one province only, written right after "tại" (DOMAIN.md: the host is where it took place)."""
    for paragraph in [p for p in text.split("\n") if p.strip()][:DEEP_READ]:
        if not _holds_held_at(paragraph):
            continue
        for cue in _HELD_AT.finditer(paragraph):
            event = _EVENT_BEFORE.search(paragraph, max(0, cue.start() - 140), cue.start())
            if (
                event is None
                or _NOT_THIS_ONE.search(paragraph, event.start(), cue.end())
                or _ONLINE_POINTS.match(paragraph, cue.end())
                or _SEAT_BEFORE.search(paragraph, max(0, cue.end() - 83), cue.end() - 3)
            ):
                # no event of its own; one announced for later; an online meeting's connection points ("tại 03 điểm
                # cầu: A, B"); a body's seat ("... tổ chức bởi Tòa án nhân dân cấp cao tại A")
                continue
            window = paragraph[cue.end() : cue.end() + 80]
            places = [*gaz.provinces_in(window), *(d for d in gaz.districts_in(window) if d.province)]
            first = min(places, key=lambda m: m.start, default=None)
            if first is not None and first.start < 40:
                return first.province if first.kind == "district" else first.name
    return None


# (not the deputy, "Phó Trưởng cụm", "Cụm phó")
_CHAIR_CUE = re.compile(
    r"\b(?:(?:đơn vị\s+)?(?:cụm|khối)\s+trưởng|(?<!phó )trưởng\s+(?:cụm|khối)|chủ trì(?=\s+(?:hội nghị|cuộc họp|buổi)|\s*[,.;]))",
    re.IGNORECASE,
)
_CHAIR_CUE = fast_start(_CHAIR_CUE)  # a first-letter check before the alternatives
_NEW_CHAIR = re.compile(r"\b(?:bầu|bầu chọn|giới thiệu|đề xuất)\b", re.IGNORECASE)
# the chairing body written right after its role, with its province: "đơn vị cụm trưởng Công an tỉnh A", "Cụm trưởng
# là Sở Văn hóa tỉnh B" (not a cluster's own name, "Cụm trưởng Cụm thi đua số 8", nor a year's chair "năm 2021 ...")
_CHAIR_BODY_AFTER = re.compile(
    r"\s+(?:là\s+)?((?!Cụm\b|Khối\b)[A-ZĐ][\w-]*(?:\s+[\w&-]+){0,5}?\s+(?:tỉnh|thành phố|TP\.?)\s+[^,.;:()\n]{2,30})"
)
# the chair of the year a sentence opens with: "Năm 2024, Công an tỉnh A được Bộ Công an phân công là đơn vị Cụm trưởng"
_CHAIR_OF_YEAR = re.compile(r"\s*(?:trong\s+)?năm\s+(?:19|20)\d{2}\s*,[^,]*\bđược\b[^,]*\bphân công\b", re.IGNORECASE)
_NEW_CHAIR = fast_start(_NEW_CHAIR)  # a first-letter check before the alternatives
# the chair written in a clause of the meeting it chairs, "do" before it: "Hội nghị ... của cụm, do Hội Nông dân tỉnh A làm
# Cụm trưởng" (the meeting is chaired by it)
_CHAIR_BY = re.compile(r"\bdo\s+([^,;:()]{3,80}?)\s+làm\s*$", re.IGNORECASE)


def _chair_province(paragraphs: list[str], gaz: Gazetteer) -> str | None:
    """The province of the body that chairs a meeting ("Giám đốc Công an tỉnh A - đơn vị Cụm trưởng", "Sở Du
    lịch tỉnh B chủ trì hội nghị"): the place named last before the cue in its clause. A chair elected or
    assigned for next year ("bầu Cụm trưởng năm sau là ...", "tỉnh C là Cụm trưởng") is not this meeting's."""
    for paragraph in paragraphs:
        for s in sentences(paragraph):
            for cue in _CHAIR_CUE.finditer(s):
                clause = re.split(r"[;:]", s[max(0, cue.start() - 160) : cue.start()])[-1]
                if _NEW_CHAIR.search(clause):
                    continue
                if (by := _CHAIR_BY.search(clause)) and (named := gaz.provinces_in(by.group(1))):
                    return named[0].name  # "..., do Sở Tư pháp tỉnh A làm Cụm trưởng": the present chair
                if re.search(r"\b(?:là|làm)\s*$", clause) and not _CHAIR_OF_YEAR.match(clause):
                    continue
                if (
                    re.search(r"\bvai trò\s*$", clause)
                    and (after := re.match(r"\s*,\s*([^,.;:]{3,80})", s[cue.end() :]))
                    and (named := gaz.provinces_in(after.group(1)))
                ):
                    return named[0].name  # "Với vai trò đơn vị Cụm trưởng, Công an tỉnh A đã ...": named after its role
                if (body := _CHAIR_BODY_AFTER.match(s, cue.end())) and (named := gaz.provinces_in(body.group(1))):
                    # "... và đơn vị cụm trưởng Công an tỉnh A": the body named right after its role
                    return named[0].name
                if re.search(r"\bđồng\s*$", clause):
                    # co-chairs of several provinces ("A, Phó Chủ tịch UBND thành phố X và B, Phó Chủ tịch UBND tỉnh Y
                    # đồng chủ trì"): the one named first hosts, as a host names itself before its guests
                    clause = re.split(r"[;:]", s[: cue.start()])[-1]
                    places = gaz.provinces_in(clause)
                    if len({p.name for p in places}) > 1:
                        return places[0].name
                places = gaz.provinces_in(clause)
                districts = [d for d in gaz.districts_in(clause) if d.province]
                last = max([*places, *districts], key=lambda m: m.start, default=None)
                if last is not None:
                    return last.province if last in districts else last.name
    return None


# the chair's own body written just before the cue: "Trưởng Công an huyện X - đơn vị Cụm trưởng"
_CHAIR_ONLY = re.compile(r"\b(?:(?:đơn vị\s+)?(?:cụm|khối)\s+trưởng|(?<!phó )trưởng\s+(?:cụm|khối))\b", re.IGNORECASE)
_CHAIR_ONLY = fast_start(_CHAIR_ONLY)  # a first-letter check before the alternatives
_UNIT_BEFORE = re.compile(r"(?<![\w])(tỉnh|thành phố|TP\.?|huyện|quận|thị xã|xã|phường|thị trấn)\s+[A-ZĐ0-9]")
_COMMITTEE_BEFORE = re.compile(r"\b(?:(Huyện|Quận|Thị)\s+(?:ủy|uỷ)\s+[A-ZĐ]|Đảng\s+(?:ủy|uỷ)\s+(xã|phường)\b)")
_COMMITTEE_UNIT = {"huyện": "huyện", "quận": "quận", "thị": "thị xã", "xã": "xã", "phường": "phường"}
# (its short name in brackets after it: "Chủ tịch Liên hiệp các Hội ... Việt Nam (VUSTA) - đơn vị Cụm trưởng")
_CENTRAL_CHAIR = re.compile(r"\b(?:Việt Nam|Trung ương|tối cao)(?:\s*\([^()]{1,20}\))?\s*[-–,]?\s*(?:(?i:đơn vị)\s*)?$")
_UNIT_TIER = {"huyện": "district", "quận": "district", "thị xã": "district", "xã": "commune", "phường": "commune"}


def _chair_tier(paragraphs: list[str]) -> str | None:
    """The tier of the body that chairs a cluster, when it is below the province ("Trưởng Công an huyện X -
    đơn vị Cụm trưởng"): a cluster whose chair is a district's body groups districts of one province."""
    for paragraph in paragraphs:
        for s in sentences(paragraph):
            for cue in _CHAIR_ONLY.finditer(s):
                clause = re.split(r"[;:]", s[max(0, cue.start() - 120) : cue.start()])[-1]
                if _NEW_CHAIR.search(clause) or re.search(r"\b(?:là|làm)\s*$", clause):
                    continue
                units = [(m.start(), m.group(1)) for m in _UNIT_BEFORE.finditer(clause)]
                # a district's or commune's party committee: "Phó Bí thư Thường trực Huyện uỷ Lắk, Cụm trưởng"
                units += [
                    (m.start(), _COMMITTEE_UNIT.get((m.group(1) or m.group(2)).lower(), "xã"))
                    for m in _COMMITTEE_BEFORE.finditer(clause)
                ]
                if not units and _CENTRAL_CHAIR.search(clause):
                    return "central"  # "Chủ tịch Liên hiệp các hội ... Việt Nam - đơn vị Cụm trưởng"
                if units:
                    unit = max(units)[1]
                    return _UNIT_TIER.get(unit.lower(), "commune" if unit == "thị trấn" else None)
    return None


# a cluster's members written in a later sentence: "Cụm thi đua số 3 của tỉnh gồm các huyện: A, B, C"
_MEMBERS_LATER = re.compile(
    r"\b(?:cụm|khối)\b(?:[^.;\n]|(?<=TP)\.){0,60}?\b(?:bao gồm|gồm có|gồm)\s*:?\s*(?:[\w]+\s+){0,3}?"
    r"(huyện|quận|thị xã|(?<!thị )xã|phường|thị trấn)\b(?!\s+[a-zà-ỹđ])"  # not "xã hội"
    r"|\b(?:cụm|khối)\b(?:[^.;\n]|(?<=TP)\.){0,60}?\b(?:bao gồm|gồm có|gồm)\s*:\s*(?:[^.;:\n]{0,40}?[,\s])?"
    r"(huyện|quận|thị xã|(?<!thị )xã|phường|thị trấn)\s+(?-i:[A-ZĐ])"  # "gồm: VKSND TP A, VKSND huyện B"
    r"|\b(?:cụm|khối)\b(?:[^.;\n]|(?<=TP)\.){0,60}?\b(?:bao gồm|gồm có|gồm)\s*:\s*[^.;:\n]{0,200}?(?<!các )(?<!\d )\b(tỉnh)"
    r"(?=\s*[,(]|\s+(?:đã|đều|cùng|trong|tham gia|thực hiện)\b)"
    # "gồm: Hội Chữ thập đỏ tỉnh, Hội Người cao tuổi tỉnh", "gồm: Ủy ban MTTQ, ... và Liên minh Hợp tác xã tỉnh đã":
    # the article's province's own bodies
    r"|\b(?:cụm|khối)\b(?:[^.;\n]|(?<=TP)\.){0,60}?\b(?:cơ quan|đơn vị|ban)\b[^.;\n]{0,30}?\btrực thuộc\s+(tỉnh)\s*(?:ủy|uỷ)\b"
    # "Cụm thi đua I – Các cơ quan ban Đảng trực thuộc Tỉnh ủy": the province's party boards
    r"|\b(?:cụm|khối)\b(?:[^.;\n]|(?<=TP)\.){0,80}?\bcác\s+(huyện|quận|xã|phường)\s*,\s*(?:thị xã|thành phố|quận|huyện|phường|thị trấn)\b"
    # "Cụm thi đua số 01 – Hệ thống thi đua Ủy ban MTTQ Việt Nam các huyện, thị xã, thành phố": the districts' bodies
    r"|\b(?:cụm|khối)\b(?:[^.;\n]|(?<=TP)\.){0,80}?\b(?:bao gồm|gồm có|gồm)\s*:?\s*(?:các\s+)?"
    r"(?:Tòa án nhân dân|TAND|Viện kiểm sát nhân dân|Viện Kiểm sát nhân dân|VKSND)\s+(khu vực)\b"
    # "Cụm thi đua số 4, thuộc Sở Giáo dục và Đào tạo gồm: Trường THPT A, ...": one provincial department's units
    r"|\b(?:cụm|khối)\s+thi\s+đua\b[^.;\n]{0,20}?,?\s+(?:trực\s+)?thuộc\s+(Sở)\s+(?-i:[A-ZĐ])",
    # "Cụm thi đua số IV ... bao gồm: TAND khu vực 15, TAND khu vực 16": courts of judicial areas, below the province
    re.IGNORECASE,
)


# a cluster's members counted by their kind in a sentence about the cluster: "12 phường thành viên trong cụm", "giao
# ước thi đua của 05 xã cánh nam do xã A làm cụm trưởng"
_COUNTED_MEMBERS = re.compile(
    r"(?<![\d/.,])\d{1,2}\s+(huyện|quận|thị xã|(?<!thị )xã|phường)\s+(?:thành viên\s+)?(?:trong|thuộc|của)\s+(?:cụm|khối)\b"
    r"|\b(?:gồm|của|giữa)\s+\d{1,2}\s+(huyện|quận|thị xã|(?<!thị )xã|phường)\b(?!\s+hội\b)"
    # or named by their kind before the cluster: "Ban Dân vận các huyện trong cụm", "Công an các xã thuộc Cụm số 4"
    r"|\bcác\s+(huyện|quận|thị xã|(?<!thị )xã|phường)(?:\s*,\s*(?:thị xã|thành phố|thị trấn|thị|quận|huyện|phường))*"
    r"\s+(?:trong|thuộc)\s+(?=(?:cụm|khối)\b)",  # "các huyện, thị trong cụm": "thị" for "thị xã\"
    re.IGNORECASE,
)


# a cluster's members written as a central body's own units: "7 đơn vị thuộc Khối thi đua số 1, gồm: Cơ quan điều tra
# VKSND tối cao, Vụ 1, ...", "43 Chi hội Luật gia thuộc Cụm thi đua số 6", "các Chi hội thuộc các Bộ, ngành Trung ương":
# a national body's departments or branches, not provinces' bodies (DOMAIN.md: central level)
_CENTRAL_MEMBERS = re.compile(
    r"\b(?:cụm|khối)\b[^.;\n]{0,60}?\b(?:bao gồm|gồm có|gồm)\s*:?\s*[^.;:\n]{0,60}?\b(?:tối cao|Trung ương)\b"
    r"|\bchi hội\b[^.;\n]{0,30}?\bthuộc\s+(?:(?:cụm|khối)\b|các\s+bộ\b)",
    re.IGNORECASE,
)
# the national association or body whose branches a cluster groups: "Hội Luật gia Việt Nam", "Trung ương Hội"
_NATIONAL_OWNER = re.compile(r"\b(?:Việt Nam|Trung ương|tối cao)\b")


def _central_members(paragraphs: list[str]) -> bool:
    """Whether a cluster's members are written as a national body's departments or branches (the text naming that
    national body): a cluster of central units, whose event is central."""
    text = "\n".join(paragraphs)
    return bool(_CENTRAL_MEMBERS.search(text)) and bool(_NATIONAL_OWNER.search(text))


def _members_tier(paragraphs: list[str]) -> str | None:
    """The tier of a cluster's members when the text lists them as districts or communes, or counts them so, or
    places them under one provincial department."""
    for paragraph in paragraphs:
        if found := _MEMBERS_LATER.search(paragraph):
            unit = next(g for g in found.groups() if g).lower()
            return "province" if unit in ("tỉnh", "sở") else _UNIT_TIER.get(unit, "commune")
    for paragraph in paragraphs:
        for s in sentences(paragraph):
            if (counted := _COUNTED_MEMBERS.search(s)) and re.search(r"\b(?:cụm|khối)\b", s, re.IGNORECASE):
                return _UNIT_TIER[next(g for g in counted.groups() if g).lower()]
    for paragraph in paragraphs:
        if found := _UNITS_LISTED.search(paragraph):
            return _UNIT_TIER[found.group(1).lower()]
    return None


# the units of a cluster's meeting listed one by one as districts' bodies: "lãnh đạo các đơn vị Viện kiểm sát nhân
# dân thị xã A, Viện kiểm sát nhân dân huyện B, ...": a cluster of one province's district units (DOMAIN.md: district)
_UNITS_LISTED = re.compile(
    r"\bcác đơn vị\s*:?\s*[^.;:\n,]{0,50}?\b(huyện|quận|thị xã)\s+\w[^.;:\n,]{0,25},\s*"
    r"[^.;:\n,]{0,50}?\b(?:huyện|quận|thị xã|thành phố)\s+\w",
    re.IGNORECASE,
)


def _host_without_venue(
    article: Article,
    paragraphs: list[str],
    fallback: str | None,
    group: bool,
    gaz: Gazetteer,
    involved: list[str],
    lead: str = "",
) -> tuple[str | None, float, str | None]:
    """(host, confidence, flag) of an event of several provinces' bodies whose text names no venue. Bodies
    named one by one: the first named organises it (the fallback); a cluster named as one: its members are
    listed in no host's order, so the outlet tells."""
    chair = _chair_province(paragraphs, gaz)
    if chair:
        return chair, 0.8, "province_from_chair"
    if welcomer := _welcomer_province(paragraphs, gaz):
        return welcomer, 0.75, "province_from_welcome"
    if organiser := _organiser_province(lead, gaz):
        return organiser, 0.7, "province_from_organiser"
    registered = outlet_row(article)
    joint = not group and _joint(lead, gaz)
    own = registered["province_legacy"] if registered is not None else province_of_outlet(article, gaz)
    if joint and own in involved:
        # provinces' bodies as joint subjects ("Đài A và Đài B tổ chức ký kết", "Bộ Chỉ huy BĐBP 03 tỉnh A, B, C
        # đã ..."), none organising for the others, no venue: the outlet of one of them, registered or named by
        # its domain ("truyenhinhA.vn"), reports its own province's event (DOMAIN.md)
        return own, 0.6, "province_from_outlet"
    if joint and not own and article.url and not _provincial_site(article, gaz):
        # ... reported by a site of no province (an aggregator, a national paper): nothing says which of them hosts
        return None, 0.3, None
    if not group and own in involved and own != fallback and not gaz.provinces_in(_lead_subject(lead, told=True)):
        # no body of the lead is its subject ("Hội nghị đã thông qua ...", "Về tham dự hội nghị, có ... A, ... B"):
        # the first province named is no organiser; the outlet of one of them reports its own province's event
        return own, 0.55, "province_from_outlet"
    if not article.url and registered is None and not own and len(set(involved)) > 1:
        # a bare text with no mark of its outlet: the one province whose own leaders are there hosts ("Phó Bí thư
        # Tỉnh ủy A" among the guests, "Bí thư Tỉnh ủy A phát biểu tại lễ ký kết")
        if leader := _leader_province([article.title, *paragraphs], gaz, involved):
            return leader, 0.6, "province_from_leader"
        # ... else, bodies of three provinces or more, named every one, none as "tỉnh" alone ("Công an tỉnh"), and a
        # lead with no one province's body as its subject: a national outlet's report of a cluster or a border
        # group, where nothing says which of them hosts (ruling 18)
        subject = {m.name for m in gaz.provinces_in(_lead_subject(lead, told=True))}
        if (
            len({*involved, *provinces_counted_and_named(paragraphs[:4], gaz)}) > 2  # "BĐBP 3 tỉnh A, B và C"
            and subject != {fallback}
            and not writes_own_province([article.title, *paragraphs])
        ):
            return None, 0.3, None
    if registered is None or not group:
        return fallback, 0.5, None
    if len(set(involved)) > 1 and registered["province_legacy"] not in involved:
        # the cluster's members are named and the outlet's province is none of them ("12 tỉnh Tây Nam bộ" on a
        # city's paper): nothing says which of them hosts (ruling 18)
        return None, 0.3, None
    return registered["province_legacy"] or None, 0.6, "province_from_outlet"


# a province's own leaders: its party committee's secretaries, its people's committee's and council's chairs,
# followed by the province's name ("Phó Bí thư Tỉnh ủy A", "Chủ tịch UBND tỉnh B")
_PROVINCE_LEADER = re.compile(
    r"\b(?:Bí thư(?:\s+Thường trực)?\s+(?:Tỉnh|Thành)\s+(?:ủy|uỷ)|Chủ tịch\s+(?:UBND|HĐND|Ủy ban nhân dân|Uỷ ban nhân dân"
    r"|Hội đồng nhân dân))\s+(?:(?:tỉnh|thành phố|TP\.?)\s*)?"
)


def _leader_province(paragraphs: list[str], gaz: Gazetteer, involved: list[str]) -> str | None:
    """The one province among those involved whose own leaders (its secretary, its committee's chair or their
    deputies) the text names: they attend or speak where their province hosts; None for none or several."""
    found = set()
    for paragraph in paragraphs:
        for m in _PROVINCE_LEADER.finditer(paragraph):
            named = gaz.provinces_in(paragraph[m.end() : m.end() + 40])
            if named and named[0].start == 0:
                found.add(named[0].name)
    # the province as it stood then or as it stands now (a school of a province merged since: "Trường Đại học A")
    hosts = {p for p in involved if p in found or gaz.current_of(p) in found}
    return hosts.pop() if len(hosts) == 1 else None


def _provincial_site(article: Article, gaz: Gazetteer) -> bool:
    """Whether the page's site names a province (a provincial paper or portal the registry does not list)."""
    return province_of_outlet(article, gaz) is not None


# who opens or welcomes a meeting speaks for its host: "Chủ tịch UBND tỉnh Quảng Nam phát biểu chào mừng diễn đàn",
# "Phát biểu khai mạc, ông A, Giám đốc Sở ... tỉnh Lâm Đồng ..."
_WELCOME = re.compile(r"\bphát biểu\s+(?:chào mừng|chào đón|khai mạc)\b", re.IGNORECASE)
_WELCOME = fast_start(_WELCOME)  # a first-letter check before the alternatives


def _welcomer_province(paragraphs: list[str], gaz: Gazetteer) -> str | None:
    """The province of the one who gives a meeting's welcome or opening speech: the place named last in the
    speaker's title before the cue, or first after a cue that opens the sentence."""
    for paragraph in paragraphs:
        for s in sentences(paragraph):
            for cue in _WELCOME.finditer(s):
                before = re.split(r"[;:]", s[max(0, cue.start() - 160) : cue.start()])[-1]
                places = [*gaz.provinces_in(before), *[d for d in gaz.districts_in(before) if d.province]]
                if not places and not s[: cue.start()].strip(" ,"):
                    after = s[cue.end() : cue.end() + 160]
                    places = [*gaz.provinces_in(after), *[d for d in gaz.districts_in(after) if d.province]]
                    places = sorted(places, key=lambda m: m.start)[:1]
                if places:
                    last = max(places, key=lambda m: m.start)
                    return last.province if last.kind == "district" else last.name
    return None


# "A phối hợp (với) B ... tổ chức Hội nghị": A organises, the bodies after the verb join it
_ORGANISER = re.compile(
    r"^(?:[^,;.]{0,40},\s*)?(?P<subject>[^,;.]{3,140}?)\s+(?:đã\s+)?phối hợp(?:\s+(?:với|cùng))?\s+"
    r"(?:[^;.]|(?<=TP)\.){3,200}?\btổ chức\b",
    re.IGNORECASE,
)


# "A tổ chức Hội nghị ... giữa các Cục ...": A, the sentence's one subject, organises the group's meeting
_SOLE_ORGANISER = re.compile(
    r"^(?:[^,;.]{0,40},\s*)?(?P<subject>[^,;.:]{3,140}?)\s+(?:đã\s+|vừa\s+)?tổ chức\s+(?:hội nghị|hội thảo|lễ|buổi)\b",
    re.IGNORECASE,
)


def _organiser_province(lead: str, gaz: Gazetteer) -> str | None:
    """The province of the body a lead's sentence has organise the event with the others ("Ngày 28/3, Ủy ban
    nhân dân tỉnh A phối hợp Ủy ban nhân dân TP.HCM và các tỉnh ... tổ chức Hội nghị"), or alone for them ("Ngày
    12/6, Cục Quản lý thị trường tỉnh A tổ chức Hội nghị giao ban ... giữa các Cục giáp ranh: B, C, A"), one
    province named."""
    for s in sentences(lead)[:3]:
        if m := _ORGANISER.match(s) or _SOLE_ORGANISER.match(s):
            named = {p.name for p in gaz.provinces_in(m.group("subject"))}
            return named.pop() if len(named) == 1 else None
    return None


# the verb that ends the subject of a lead's first sentence
_FIRST_VERB = re.compile(r"\b(?:tổ chức|ký kết|kí kết|ký|kí|phối hợp|cùng|chủ trì|đã|vừa|thực hiện|họp)\b", re.I)
_FIRST_VERB = fast_start(_FIRST_VERB)  # a first-letter check before the alternatives


def _joint(lead: str, gaz: Gazetteer) -> bool:
    """Whether the lead's first sentence with a verb has two provinces' bodies as joint subjects, joined by "và"
    before the verb ("Đài PT-TH A và Đài PT-TH B tổ chức ký kết"), not one organising with the other ("A phối
    hợp B tổ chức", "A tổ chức hội nghị ... giữa A và B"). A line of chrome above it ("10 giờ trước") is no
    sentence of the lead."""
    subject = _lead_subject(lead)
    places = gaz.provinces_in(subject)
    names = list(dict.fromkeys(m.name for m in places))
    # joined by "và" or listed ("03 tỉnh A, B, C"): each place only a separator away from the next
    between = [subject[a.end : b.start] for a, b in zip(places, places[1:], strict=False)]
    listed = bool(between) and all(re.fullmatch(r"\s*(?:,|và|,\s*và)\s*", gap) for gap in between)
    return len(names) >= 2 and (listed or bool(re.search(r"\bvà\b", subject[places[0].end : places[-1].start])))


_ATTENDED_BY = re.compile(rf"{ATTENDANCE.pattern}|\s*về tham dự\b", re.IGNORECASE)


def _lead_subject(lead: str, told: bool = False) -> str:
    """What stands before the verb of the lead's first sentence that has one: its subject; `told`: of the sentences
    that tell the event, not who attended it ("Về tham dự hội nghị, có ...")."""
    first = next((s for s in sentences(lead) if _FIRST_VERB.search(s) and not (told and _ATTENDED_BY.match(s))), "")
    verb = _FIRST_VERB.search(first)
    return first[: verb.start()] if verb else ""


# a cluster's members, the districts it groups: "Cụm ... của 04 huyện: A, B, C", "Cụm ... gồm huyện A, B - tỉnh X"
_CLUSTER_MEMBERS = re.compile(
    r"\b(?:cụm|khối)\b[^.;\n]{0,80}?\b(?:của|gồm|bao gồm|gồm có)\s+(?:\d{1,2}\s+|" + count_words() + r"\s+|các\s+)?"
    r"(?:huyện|quận|thị xã)\b\s*:?\s*(?P<list>[^.;\n]{3,300})"
    # the communes of a border area, their districts in brackets: "Công an 07 xã, phường giáp ranh: Minh Long,
    # Minh Hưng (thị xã Chơn Thành), Đồng Nơ (Hớn Quản), Minh Thạnh (huyện Dầu Tiếng, tỉnh Bình Dương)"
    r"|\b(?:xã|phường)\b[^.;:\n]{0,20}?\bgiáp ranh\s*:\s*(?P<communes>[^.;\n]{3,300})",
    re.IGNORECASE,
)


def _member_provinces(paragraphs: list[str], gaz: Gazetteer) -> list[str]:
    """The provinces of the districts a cluster groups, as the text lists them: a province named beside them, or
    the one province the reference knows a district by (Na Rì: Bắc Kạn); none when the text lists no district."""
    for paragraph in paragraphs:
        for m in _CLUSTER_MEMBERS.finditer(paragraph):
            listed = m.group("list") or ", ".join(re.findall(r"\(([^)]{2,60})\)", m.group("communes")))
            found = [d.province for d in gaz.districts_in(listed) if d.province]
            found += [x.name for x in gaz.provinces_in(listed)]
            for item in re.split(r",|\s+và\s+|\s+với\s+|\s+-\s+|\s*:\s*", listed):
                words = item.strip().split()
                for n in range(min(len(words), 4), 0, -1):
                    provinces = {p for p, _ in gaz.districts.get(fold(" ".join(words[:n])), [])}
                    if len(provinces) == 1:
                        found.append(provinces.pop())
                        break
            names = list(dict.fromkeys(found))
            if names:
                return names
    return []


# "giữa TP.HCM và các tỉnh miền Trung (gồm Quảng Ngãi, ...)", "giữa tỉnh A với các tỉnh B, C": places that sign
_BETWEEN_GROUP = re.compile(
    r"\bgiữa\b(?:[^.;]|(?<=TP)\.){0,80}?\b(?:và|với)\s+(?:các|\d{1,2}|"
    + count_words()
    + r")\s+tỉnh\b(?P<rest>[^.;]{0,200})",
    re.IGNORECASE,
)


def _between_provinces(sentences_: list[str], gaz: Gazetteer) -> list[str]:
    """The provinces a signing is between when the text names a group of them one by one after "giữa ... và các
    tỉnh": those before the group and those it lists (two or more in all)."""
    for s in sentences_:
        m = _BETWEEN_GROUP.search(s)
        if not m:
            continue
        names = list(dict.fromkeys(x.name for x in gaz.provinces_in(s[m.start() :])))
        if len(names) >= 2 and gaz.provinces_in(m.group("rest")):
            return names
    return []


# a cluster's members in brackets right after its name: "Cụm hoạt động số 4 (gồm các tỉnh A, B, C)", "Cụm thi đua
# Tây Nguyên (gồm 5 tỉnh A, B, ...)"
_BRACKETED_MEMBERS = re.compile(r"\b(?:cụm|khối)\b[^()\n.;]{0,80}\(\s*(?:bao gồm|gồm)\b([^()\n]{0,300})\)", re.I)


def _bracketed_members(text: str, gaz: Gazetteer) -> list[str]:
    """The provinces a cluster's name lists in brackets after it, two or more."""
    for m in _BRACKETED_MEMBERS.finditer(text):
        named = list(dict.fromkeys(p.name for p in gaz.provinces_in(m.group(1))))
        if len(named) > 1:
            return named
    return []


# a cluster's roster written by province: "Cụm thi đua gồm Văn phòng Đoàn ĐBQH các tỉnh: A, B, C", "Cụm gồm Sở Tài
# chính các tỉnh: A, B"
_PROVINCE_ROSTER = re.compile(
    r"\b(?:cụm|khối)\b[^.;\n]{0,60}?\b(?:bao gồm|gồm có|gồm)\b[^.;:\n]{0,80}?\bcác\s+tỉnh(?:,\s*thành phố)?\s*:\s*"
    r"([^;\n]{5,300}?)(?:(?<!TP)\.(?:\s|$)|;|\n|$)",
    re.IGNORECASE,
)


def _province_roster(text: str, gaz: Gazetteer) -> list[str]:
    """The provinces a cluster's roster lists after "các tỉnh:", two or more."""
    for m in _PROVINCE_ROSTER.finditer(text):
        listed = list(dict.fromkeys(p.name for p in gaz.provinces_in(m.group(1))))
        if len(listed) >= 2:
            return listed
    return []


_LIST_OPENS = re.compile(r"\bgồm(?:\s+có)?\b\s*:?|:")
# a counted or plural group of provinces or of bodies written by name ("7 tỉnh", "các Cục", "05 Sở"), not of things
# ("3 thị trường")
_PLURAL_BODIES = re.compile(
    r"\b(?:các|\d{1,2}|" + count_words() + r")\s+(?:tỉnh|địa phương|đơn vị|(?-i:[A-ZĐ]))", re.IGNORECASE
)


def _members_listed(lead_sentences: list[str], gaz: Gazetteer) -> list[str]:
    """The provinces a plural or counted group of bodies lists right after "gồm" or a colon, three or more in
    one run ("Công an 7 tỉnh, thành phố gồm: A, B, C"); a list of places framed by no group of bodies
    ("địa bàn giáp ranh các tỉnh A, B, C") is no member list."""
    for s in lead_sentences:
        if ":" not in s and "gồm" not in s:
            continue  # the list opens with one of them (as _LIST_OPENS writes it): most sentences hold neither
        for opens in _LIST_OPENS.finditer(s):
            before = s[max(0, opens.start() - 60) : opens.start()]
            rest = s[opens.end() : opens.end() + 400]  # a list of provinces is short; bounded, every opener reads it
            run = rest[: m.start() if (m := re.search(r"[.;:(]", rest)) else len(rest)]
            found = gaz.provinces_in(run)
            if not found or found[0].start > 20 or len({f.name for f in found}) < 3:
                continue
            # the group stands before the opener ("Công an 7 tỉnh gồm") or right after it ("gồm có năm tỉnh A")
            if _PLURAL_BODIES.search(before[before.rfind(".") + 1 :]) or _PLURAL_BODIES.search(run[: found[0].start]):
                return list(dict.fromkeys(f.name for f in found))
    return []


@dataclass(frozen=True)
class _Involvement:
    """Where an event took place and who took part: what `involvement_of` works out."""

    level: str
    involved: list[str]
    host: str | None
    host_conf: float
    parties: list[Party]  # the parties with the tier their cluster's members give them, and a reviewed central side
    flags: list[str]


def involvement_of(r: EventReading, parties: list[Party], cluster: str | None, told_at: str) -> _Involvement:
    """The host province, the provinces involved and the level (DOMAIN.md), from the parties found and what the
    text says of venues, chairs, organisers, groups of provinces and a cluster's members; `told_at` is the later
    sentence that said who acts when the lead did not."""
    lead, body, province, how, gaz = r.lead, r.body, r.province, r.how, r.gaz
    flags: list[str] = []
    host, host_conf, told = _host_province(f"{told_at}\n{lead}" if told_at else lead, body, parties, province, gaz)
    if host is None and how or host == province and how and host_conf <= 0.6:
        flags.append(how)
    involved, parties, local_tier = _provinces_of_parties(r, parties)
    level, involved = _level_of_event(r, parties, involved, local_tier, cluster)
    host, host_conf, involved, how_host = _host_of_several(r, parties, level, involved, host, host_conf, told, cluster)
    flags += how_host
    level, involved, host, parties = _across_provinces(r, parties, level, involved, host, cluster)
    return _Involvement(level, involved, host, host_conf, parties, flags)


def _provinces_of_parties(r: EventReading, parties: list[Party]) -> tuple[list[str], list[Party], str | None]:
    """The provinces the parties belong to (a collective's: those the article names), and the tier of a cluster's
    members where the text lists, counts or names them as districts', communes' or a national body's units."""
    article, raw_lead, body, gaz = r.article, r.raw_lead, r.body, r.gaz
    involved = [p.province for p in parties if p.province and p.tier != "central"]
    collective = any(p.tier == "inter-provincial" for p in parties)
    if collective:
        # the provinces the article names: a registry roster would add members that took no part
        involved = listed_provinces(body, gaz) or involved
        # ... or, listing none, the provinces a group's own name writes ("Nhóm hợp tác du lịch 8 tỉnh Tây Bắc mở
        # rộng và TP Hồ Chí Minh"): those take part
        named = [m.name for p in parties if p.type == "other" for m in gaz.provinces_in(p.name)]
        involved = list(dict.fromkeys([*involved, *named]))
    local_tier = None
    if (not parties or any(p.type == "other" and p.tier in ("inter-provincial", "province") for p in parties)) and len(
        set(involved)
    ) <= 1:
        # a cluster with no provinces listed, or no body found, whose members are listed or chair is named as a
        # district's or commune's body
        told_paragraphs = [raw_lead, *article.paragraphs[1:8]]
        local_tier = _members_tier(told_paragraphs) or _chair_tier(told_paragraphs)
        if (
            not local_tier
            and not involved
            and (
                _central_members([article.title, *told_paragraphs])
                or national_units_members([article.title, *told_paragraphs])
            )
        ):
            local_tier = "central"  # a cluster of a national body's own departments or branches, no province named
        # ... or whose own name in the headline (or the address standing for it) says its members' kind of unit
        local_tier = local_tier or tier_of_units_cluster([article.title, slug_text(article.url)])
        if not local_tier and any(
            p.type == "other" and one_provinces_cluster(p.name, [article.title, *told_paragraphs], gaz) for p in parties
        ):
            # ... or whose units the text writes as one province's ("gồm 11 hội ... trên địa bàn tỉnh", "4 phòng trực
            # thuộc Bộ CHQS tỉnh"), or whose name is one province's body's ("Cụm thi đua số 3, Công an tỉnh")
            local_tier = "province"
        parties = [replace(p, tier=local_tier) if p.type == "other" and local_tier else p for p in parties]
    elif any(p.type == "other" and p.tier == "district" for p in parties) and len(set(involved)) <= 1:
        # a district's cluster whose members the text lists or counts as its communes ("8 xã trong Cụm thi đua số
        # 2", "các xã thuộc Cụm"), or whose name in the headline does ("cụm các xã số 02"): communes' bodies
        told_paragraphs = [raw_lead, *article.paragraphs[1:8]]
        units = _members_tier(told_paragraphs) or tier_of_units_cluster([article.title, slug_text(article.url)])
        if units == "commune":
            local_tier = units
            parties = [replace(p, tier=units) if p.type == "other" and p.tier == "district" else p for p in parties]
    return involved, parties, local_tier


def _level_of_event(
    r: EventReading, parties: list[Party], involved: list[str], local_tier: str | None, cluster: str | None
) -> tuple[str, list[str]]:
    """The level by DOMAIN.md's rule (the highest tier among the signatories or organisers), raised to several
    provinces' where the text has bodies of several provinces act, list or roster them."""
    article, raw_lead, body, event_sentences = r.article, r.raw_lead, r.body, r.event_sentences
    event_type, event_date, district, ctx, gaz = r.event_type, r.event_date, r.district, r.ctx, r.gaz
    framing = framing_bodies([article.title, raw_lead], gaz, ctx) if len(parties) > 1 else set()
    counted = counted_for_level(parties, framing)
    level = level_of(
        ["district" if provincial_city_body(p, gaz) else tier_for_level(p) for p in counted], involved, event_date
    )
    if not parties and district and not gaz.provinces_in(article.title + "\n" + raw_lead):
        # no body found; the article is about a district (named in its text or its address) and its title and
        # lead name no province: a district's event
        level = level_of(["district"], involved, event_date)
    if not parties and level in ("province", "district") and commune_acts(raw_lead, gaz):
        # no body found, the lead's bodies are a commune's ("khối Dân vận xã Bình Tú tổ chức Hội nghị tổng kết"): a
        # commune's event
        level = "commune"
    if (
        not parties
        and level == "province"
        # (the lead read whole: a witness written first leaves no signatory in the event's sentences)
        and (_SEVERAL_PROVINCES.search(" ".join(event_sentences)) or _acts_with_provinces(raw_lead))
    ):
        # no body named, but the provinces act together ("lãnh đạo các tỉnh, thành phố đã ký kết", "liên kết giữa
        # tỉnh A với các tỉnh, thành phố", "lãnh đạo Sở A thành phố B và 20 tỉnh, thành phố ... đã ký kết"): bodies
        # of several provinces
        level = "inter-provincial"
    elif (
        parties
        and level == "province"
        and not any(p.type == "other" for p in parties)
        and _acts_with_provinces(" ".join(event_sentences[1:3]))
    ):
        # one province's body acts with the provinces of a group ("UBND Thành phố Hồ Chí Minh phối hợp với 5 tỉnh Tây
        # Nguyên tổ chức hội nghị", "Thành phố Hồ Chí Minh và 5 tỉnh Tây Nguyên đã ký kết"): bodies of several provinces
        level = "inter-provincial"
    if not parties and local_tier:
        level = level_of([local_tier], involved, event_date)
    if level == "province" and (between := _between_provinces(event_sentences[1:], gaz)):
        # the lead signs between places, a group of them named one by one ("giữa TP.HCM và các tỉnh miền Trung
        # (gồm A, B, C và D)"): bodies of several provinces, whichever body the text names for one of them
        level, involved = "inter-provincial", list(dict.fromkeys([*involved, *between]))
    if level == "province" and event_type == "meeting" and cluster and _COUNTED_GROUP.search(cluster):
        # one province's body holds the meeting of a group of provinces ("Chương trình liên kết ... sáu tỉnh Nam
        # Trung Bộ - Tây Nguyên"): the group's bodies take part (DOMAIN.md: bodies of several provinces)
        level, involved = "inter-provincial", listed_provinces(body, gaz) or involved
    if level == "province" and event_type == "meeting" and cluster and names_provinces_group(cluster):
        # so does the chair's body holding the meeting of a cluster of a region's provinces, not counted ("Cụm thi đua
        # Hội Nhà báo các tỉnh Trung du và Đồng bằng sông Hồng")
        level, involved = "inter-provincial", listed_provinces(body, gaz) or involved
    if level == "province" and event_type == "meeting" and cluster and (rostered := _province_roster(body, gaz)):
        # the cluster's members listed as the bodies of provinces further down ("Cụm thi đua gồm Văn phòng ... các
        # tỉnh: A, B, C và D"): bodies of several provinces meet (DOMAIN.md), those named take part
        level, involved = "inter-provincial", list(dict.fromkeys([*involved, *rostered]))
    if level in ("province", "district", "commune") and raw_lead and not any(p.type == "other" for p in parties):
        # the lead's bodies written with places of two provinces ("xã A (TP. Đà Nẵng) với các xã ... tỉnh Thanh Hóa",
        # "UBND xã A (huyện B, TP. X) phối hợp UBND các xã thuộc thị xã C"): bodies of several provinces
        named = provinces_of_bodies(raw_lead, gaz, gaz.has_districts(event_date))
        if len(named) > 1:
            level, involved = "inter-provincial", list(dict.fromkeys([*involved, *named]))
    if level == "province" and national_committee_acts(
        f"{r.title}\n{raw_lead}", f"{r.title}\n{r.lead}\n{body}", parties
    ):
        # a force's national party committee written bare, its national commander named ("Đảng ủy Bộ đội Biên phòng
        # và Tỉnh ủy A sơ kết quy chế phối hợp", "Tư lệnh Bộ đội Biên phòng dự"): a central body, not the province's
        level = "central"
    if level in ("province", "inter-provincial") and (listed := _members_listed(event_sentences, gaz)):
        # the lead's bodies are a counted or plural group whose provinces it lists ("Công an 7 tỉnh, thành phố gồm: A,
        # B, C", "giữa các Sở ... giáp ranh: A, B, C", "Cụm ... gồm có năm tỉnh A, B, C"): bodies of all of them
        level, involved = "inter-provincial", list(dict.fromkeys([*involved, *listed]))
    return level, involved


def _host_of_several(
    r: EventReading,
    parties: list[Party],
    level: str,
    involved: list[str],
    host: str | None,
    host_conf: float,
    told: bool,
    cluster: str | None,
) -> tuple[str | None, float, list[str], list[str]]:
    """(host, its confidence, provinces involved, flags) for bodies of several provinces with no venue (the chair's
    province, a provincial outlet's), for a national event (no host, or the region's venue, the inspected province),
    and for a central body with provinces' bodies."""
    article, title, raw_lead, body, event_type, gaz = r.article, r.title, r.raw_lead, r.body, r.event_type, r.gaz
    flags: list[str] = []
    # a central body with a cluster of provinces' bodies is still bodies of several provinces (DOMAIN.md): with no
    # venue, the province of the member that chairs or co-chairs hosts, not the reporting outlet's member
    cluster_of_provinces = any(p.type == "other" and p.tier == "inter-provincial" for p in parties)
    if not told and (level == "inter-provincial" or level == "central" and cluster_of_provinces):
        # bodies of several provinces meet and the text names no venue: the chair's province hosts it; else
        # a provincial outlet's province, none for a national outlet (DOMAIN.md), not the first member listed
        group = any(p.type == "other" for p in parties) and len(set(involved)) > 1
        host, host_conf, how_host = _host_without_venue(
            article, [raw_lead, *article.paragraphs[1:]], host, group, gaz, involved, raw_lead
        )
        if how_host:
            flags.append(how_host)
    local = [p.province for p in parties if p.tier != "central" and p.province]
    if parties and all(p.tier == "central" for p in parties):
        # a national event: no province hosts it; unless it is a central body's cluster, whose members are the
        # provinces' units, that a provincial outlet reports with no venue (the outlet's province's unit meets)
        cluster_only = all(p.type == "other" for p in parties)
        # with the provinces' units of a region, not the whole country's ("kết nối đến 63 tỉnh, thành phố")
        framed = bool(_REGION_FRAME.search(title + "\n" + raw_lead)) and not _NATIONWIDE.search(title + "\n" + raw_lead)
        framed_meeting = framed and event_type != "agreement"  # signatories all central: national (ruling 10)
        # ... or they inspect the province's bodies ("kiểm tra kết quả thực hiện ... đối với lực lượng Công an tỉnh"):
        # the inspected province hosts (ruling 20), the outlet's when the text names it only as "tỉnh"
        inspection = _INSPECTION.search(raw_lead) if event_type != "agreement" else None
        inspected = next(iter(gaz.provinces_in(raw_lead[inspection.end() :])), None) if inspection else None
        # ... not a cluster whose members the text lists as a national command's units ("gồm 4 đơn vị: Hải đoàn 18, 28,
        # 38 và 48"): central units meeting each other, a national event whoever reports it (rulings 10, 17)
        central_units = cluster_only and national_units_members([article.title, *article.paragraphs[:8]])
        outlet = (
            None
            if told or central_units or not (cluster_only or framed_meeting or inspection)
            else (inspected.name if inspected else province_of_outlet(article, gaz))
        )
        # ... unless the central bodies meet the provinces of a region where they are ("hội nghị giao ban ... 6
        # tỉnh Nam sông Hậu" at Long Xuyên, the steering committees of Tây Bắc and Tây Nguyên at Đà Lạt): the
        # venue's province hosts. Central bodies meeting only each other stay national, wherever they meet.
        # Central bodies that sign with each other sign nationally wherever they sign (ruling 10).
        # ... or a joint delegation of them inspects or works on their joint program where it is carried out
        # ("đoàn công tác của Ban A, Bộ B ... kiểm tra việc thực hiện chương trình phối hợp ... tại TP Y"): that
        # place's province hosts (ruling 20)
        regional = (
            # central bodies that sign with each other sign nationally (ruling 10), not one that signs with the
            # provinces it counts ("giữa Quân khu 4 và 6 tỉnh trong Quân khu"): where it signs, as for a meeting
            (event_type != "agreement" or _acts_with_provinces(title + "\n" + raw_lead))
            and told
            and host
            and host != "Hà Nội"
            and (_REGION_FRAME.search(title + "\n" + raw_lead) or _INSPECTION.search(title + "\n" + raw_lead))
        )
        venue = host if regional else None
        host = venue or outlet
        involved = [host] if host else []
        if host and framed:
            involved = list(dict.fromkeys([host, *listed_provinces(body, gaz)]))  # the region's provinces named
        if cluster and (members := _bracketed_members("\n".join([article.title, raw_lead]), gaz)):
            # a central body convenes a cluster whose members the text names in brackets ("Cụm hoạt động số 4 (gồm
            # các tỉnh A, B, C)"): those provinces take part (rulings 14, 18), whoever hosts
            involved = list(dict.fromkeys([*involved, *members]))
    elif level == "central" and local:
        # the province's bodies, wherever they signed; of several provinces' bodies, the one where it took place
        venue = host if told and host in local and len(set(local)) > 1 else None
        # no venue named: a provincial outlet of one of them reports its own province's event, not the first named
        several = not venue and len(set(local)) > 1
        # ... the one whose body the title or the lead has organise it ("Viện A tại TP X tổ chức hội nghị Cụm ...")
        organiser = (_organiser_province(article.title, gaz) or _organiser_province(raw_lead, gaz)) if several else None
        outlet = province_of_outlet(article, gaz) if several else None
        host = venue or next((p for p in (organiser, outlet) if p in local), None)
        if host is None and (not several or _provincial_site(article, gaz) or told):
            host = local[0]
        # ... none when nothing says which of several provinces hosts and a national outlet reports it (ruling 18)
        involved = list(dict.fromkeys(local))
        if _REGION_FRAME.search(title + "\n" + raw_lead) and not _NATIONWIDE.search(title + "\n" + raw_lead):
            # a central body with one province's body, framed by a region's provinces ("Cụm thi đua ... các tỉnh
            # Bắc Trung bộ"): the region's provinces the text names take part too
            involved = list(dict.fromkeys([*involved, *listed_provinces(body, gaz)]))
    elif host:
        involved = [*involved, host] if level == "inter-provincial" else [host, *involved]  # plus the host
    involved = list(dict.fromkeys(involved))
    if level == "central" and involved and "chi nhánh" in raw_lead:
        involved = list(dict.fromkeys([*involved, *branch_provinces(raw_lead, gaz)]))  # a central body's branch
    if cluster and (level == "inter-provincial" or level == "central" and cluster_of_provinces):
        # the members the text names with a role in the cluster take part in its meeting (level_evidence)
        involved = list(dict.fromkeys([*involved, *cluster_role_provinces(article.paragraphs[:8], gaz)]))
    if level == "inter-provincial" and len(set(involved)) > 1:
        # the bodies found belong to a group the text counts and names ("BĐBP 3 tỉnh A, B và C"), one of whose
        # bodies the text names only as a list's member: every province of the group takes part (DOMAIN.md)
        named_group = provinces_counted_and_named(article.paragraphs[:4], gaz)
        if set(involved) < set(named_group):
            involved = list(dict.fromkeys([*involved, *named_group]))
    return host, host_conf, involved, flags


def _across_provinces(
    r: EventReading, parties: list[Party], level: str, involved: list[str], host: str | None, cluster: str | None
) -> tuple[str, list[str], str | None, list[Party]]:
    """(level, involved, host, parties) once a local cluster's members lie in several provinces, or a central body
    chairs the meeting or is the side of the coordination it reviews."""
    article, raw_lead, body, event_type, gaz = r.article, r.raw_lead, r.body, r.event_type, r.gaz
    if level in ("province", "district", "commune") and (cluster or "giáp ranh" in body[:3000]):
        # a cluster whose member districts lie in several provinces ("Cụm an ninh giáp ranh của 04 huyện: A, B, C,
        # D", "gồm huyện A - tỉnh X với huyện B, tỉnh Y"): bodies of several provinces (DOMAIN.md), whatever tier
        members = _member_provinces([raw_lead, *article.paragraphs[1:8]], gaz)
        if len(members) > 1:
            level = "inter-provincial"
            involved = list(dict.fromkeys([host, *members] if host in members else members))
            host = host if host in members else members[0]
    if level in ("district", "commune") and len(set(involved)) > 1 and any(p.type == "other" for p in parties):
        # a cluster of districts or communes whose members the text places in two provinces ("Cụm ... giáp ranh 3
        # huyện: A, B (tỉnh X), C (tỉnh Y)"): bodies of several provinces (DOMAIN.md, even district bodies)
        level = "inter-provincial"
    if (
        level != "central"
        and event_type == "meeting"
        and (
            central_chair([article.title, *article.paragraphs[:6]], gaz)
            or central_in_reviewed_coordination(raw_lead, gaz)
        )
    ):
        # a central body's leader chairs or co-chairs the meeting (ruling 3: an organiser), or the coordination it
        # reviews is a central body's with others: the meeting is central; the province stays the one whose bodies
        # hold it
        level = "central"
        if cluster and any(p.type == "other" for p in parties):
            # ... with the cluster's members named with a role in it (its chair, its vice-chair): they take part
            involved = list(dict.fromkeys([*involved, *cluster_role_provinces(article.paragraphs[:8], gaz)]))
    if event_type == "meeting" and level == "central" and parties and not any(p.tier == "central" for p in parties):
        # the central side of the coordination the meeting reviews takes part ("sơ kết phối hợp ... giữa Cục Chính
        # trị Quân khu 9 với Ban Dân vận ... các tỉnh", held by one province's bodies)
        parties = merge_parties(parties + reviewed_central_bodies(raw_lead, gaz))
    return level, involved, host, parties


_SEVERAL_PROVINCES = re.compile(
    r"\b(?:giữa|với|lãnh đạo|đại diện)\s+(?:các|\d{1,2}|" + count_words() + r")\s+tỉnh\b", re.IGNORECASE
)
# the lead's bodies act with a group of provinces: "phối hợp với 5 tỉnh Tây Nguyên", "ký kết với các tỉnh"
_WITH_PROVINCES = re.compile(
    # ... or a body of a count of them: "Sở A giữa 13 tỉnh, thành phố ... và B ký kết"
    r"(?:\b(?:(?:phối hợp|cùng|ký kết|kí kết|hợp tác)\s+với|giữa)\s+(?:các|\d{1,2}|" + count_words() + r")"
    r"|\svà\s+(?:\d{1,2}|" + count_words() + r"))\s+tỉnh\b",
    re.IGNORECASE,
)


def _acts_with_provinces(text: str) -> bool:
    """_WITH_PROVINCES.search(text), looked for only in a text that writes "tỉnh" in some case (no letter of it has a
    case-blind match but its own capital): most leads name no group of provinces."""
    return "tỉnh" in text.lower() and bool(_WITH_PROVINCES.search(text))


_COUNTED_GROUP = re.compile(r"\b(?:\d{1,2}|" + count_words() + r")\s+tỉnh\b", re.IGNORECASE)
# the provinces of a region as the frame of a central body's meeting: "6 tỉnh Nam sông Hậu", "các tỉnh", "khu
# vực Tây Nguyên", "Ban Chỉ đạo Tây Bắc"
# a delegation checking how a program is carried out where it is (ruling 20): "kiểm tra việc thực hiện chương trình
# phối hợp ... tại TP Hà Tĩnh"
_INSPECTION = re.compile(r"\bkiểm tra\s+(?:việc|kết quả)\b", re.IGNORECASE)
_REGION_FRAME = re.compile(
    r"\b(?:\d{1,2}|các|"
    + count_words()
    + r")\s+tỉnh\b|\b(?:khu vực|vùng)\s+(?-i:[A-ZĐ])|\bTây\s+(?:Bắc|Nguyên|Nam\s+Bộ)\b",
    re.IGNORECASE,
)
_NATIONWIDE = re.compile(r"\b(?:63|34)\s+tỉnh|\bcả nước\b|\btoàn quốc\b", re.IGNORECASE)
