"""Clusters ("cụm 3", "Cụm thi đua số 5", "khối thi đua ..."): found as written, normalised, matched to the
registry (data/reference/networks.csv, clusters.csv, cluster_members.csv) with its rosters over time."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from etl.reference import count_value, count_words, load_table
from etl.text import alternation, fast_start, fold

_NUMBER = r"(?:\d+|[IVX]+)\b"
# what a cluster does right after its name ("Cụm thi đua số 1 tổng kết ...", "... triển khai nhiệm vụ"): it ends the
# name, and no name starts with it
_CLUSTER_ACTS = (
    r"họp|ký|giao ban|sơ kết|tổng kết|diễn ra|tiếp tục|tăng cường|triển khai|tiến hành|đẩy mạnh|phấn đấu"
    r"|đề nghị|đề xuất|thống nhất|bình chọn|suy tôn|xác định|đánh giá|kiểm điểm|phát động"
)
_CLUSTER_VERBS = rf"lần|gồm|do|{_CLUSTER_ACTS}"  # and its roll, its sitting's count, who made it
_STOP = (
    # "tổ chức chính trị - xã hội" is a kind of body inside a bloc's name, not the verb; a year has four digits
    # nor "tổ chức xã hội" (the social organisations a bloc groups), nor "các tổ chức" (organisations: "... và các tổ
    # chức Liên hiệp"), nor "có tính chất đặc thù" (the associations of a
    # special character, a legal kind of body: "Khối thi đua các Hội có tính chất đặc thù số 1")
    r"(?=\s+(?:(?<!các\s)tổ chức(?!\s+(?:chính trị|xã hội\b(?!\s+hóa)))|đã|đang|vừa|sẽ|(?:trong\s+)?năm \d+|tại|về|có(?!\s+tính chất)|với"
    rf"|{_CLUSTER_VERBS}"
    # an event joined after the name ("Khối thi đua các phường và chương trình giao lưu ..."), no part of it
    r"|và\s+(?:chương trình|lễ|buổi|hội nghị|hội thao|hội diễn|giao lưu|gặp gỡ))\b"
    # not the comma inside a name that lists its fields ("Văn hóa, Thể thao và Du lịch"), in lower case too ("văn hóa,
    # thể thao và du lịch"), or the kinds of bodies it groups ("các cơ quan Đảng, Mặt trận và các đoàn thể")
    # nor the comma of "các sở, ngành" (the departments and sectors, one kind of member)
    # nor the comma between two kinds of local units a cluster groups ("Cụm thi đua quận, huyện")
    r"|,(?!\s*(?:thành phố|thành ủy|thành\b|(?-i:[A-ZĐ])\w*(?:\s+\w+)?\s+và\s+(?-i:[A-ZĐ])|\w+(?:\s+\w+)?\s+và\s+(?:các\s+)?\w+)|(?<=\bsở,)\s*ngành\b"
    r"|(?:(?<=\bquận,)|(?<=\bhuyện,)|(?<=\bxã,)|(?<=\bphường,)|(?<=\bthị trấn,))\s*(?:quận|huyện|xã|phường|thị trấn|thị xã)\b)"
    # an ellipsis ends a name ("Cụm thi đua quận, huyện….")
    r"|[…;:()\n]|$"
    # nor the dot of a city's short kind ("... và TP.Hồ Chí Minh", "TP. Cần Thơ")
    r"|(?<!(?-i:TP))\.)"
)
# Words a named cluster's name does not start with: "khối thi đua trong ngành ..." describes, it does not name.
_NOT_A_NAME = (
    r"(?!số|(?:19|20)\d\d\b|(?:đã|đang|vừa|sẽ|dự kiến|được|cũng|tổ chức(?!\s+chính trị)|là|có|và|trong|của|này|năm|theo|với|cho"
    r"|tại|trên|để|nhằm"
    # nor a verb that would end a name ("các đơn vị trong cụm thi đua triển khai tích cực"): no name at all
    rf"|kí|{_CLUSTER_VERBS}"
    # nor what is said of the cluster ("Cụm thi đua luôn nhận được sự quan tâm", "... đã chủ động")
    r"|luôn|nhận được|bám sát|chủ động|tích cực|nỗ lực|quyết tâm|không ngừng)\b)"
)
# after a number without "số": a count of members ("Cụm thi đua 7 tỉnh ..."), not the cluster's number
_NOT_A_COUNT = r"(?!\s*,?\s*(?:tỉnh|thành phố|thành|đơn vị|huyện|xã|phường|quận|trường|hội|cơ quan|địa phương|tp)\b)"
# a year after the kind ("Hội nghị Cụm thi đua 2018"): the year's meeting, not the cluster's number
_NOT_A_YEAR = r"(?!(?:19|20)\d\d\b)"
# one or two words naming a network's field before a cluster's number, not a kind of place
_FIELD = (
    r"(?!(?:công nghiệp|dân cư|tuyến|làng|khu|thôn|xóm|bản|nhà|điểm|cảng|số)\b)(?-i:[a-zà-ỹđ]+)(?:\s+(?-i:[a-zà-ỹđ]+))?"
)
# the kinds of local units a bloc of their bodies is named by
_UNITS = r"(?:xã|phường|thị trấn|thị xã|huyện|quận|thành phố)"
# the kinds of agencies an emulation bloc of one province groups, which its name may start with ("Khối cơ quan Nội
# chính tỉnh", "Khối các sở quản lý nhà nước 1")
_BLOC_KINDS = r"(?:các\s+)?(?:cơ quan|sở|ban|ngành|tổ chức|đơn vị|doanh nghiệp|trường|hội)\b"
# An emulation bloc named by its shape, not by a list of names: the kind word capitalised, then the kind of agencies
# it groups or a sector's words ("Khối Kinh tế - Kỹ thuật tỉnh"), a numbering in Roman or Arabic figures or a letter
# and "tỉnh" possibly after, up to what it does; named so only where its sentence goes on about emulation ("... tổ
# chức Hội nghị sơ kết phong trào thi đua"): any other "khối" of bodies or "cụm" of places is no bloc ("Khối Nội chính
# tổng kết công tác năm", "Cụm công nghiệp A"), nor the party committee or union of the agencies' bloc ("Đảng ủy Khối
# các cơ quan tỉnh")
_BLOC = (
    r"(?<!ủy\s)(?<!uỷ\s)(?<!bộ\s)(?<!đoàn\s)(?<!đảng\s)(?-i:Khối|Cụm)\s+"
    r"(?!(?:thi đua|trưởng|phó|giao ước|số|năm|công nghiệp|dân cư|làng nghề|di tích|tuyến|điểm|xã|thôn|bản)\b)"
    r"(?=[^.\n]{0,320}?\b(?:thi đua|khen thưởng)\b)"
    rf"(?:{_BLOC_KINDS}|(?-i:[A-ZĐ]))[^.;:()\n,]{{2,60}}?{_STOP}"
)
_CLUSTER = re.compile(
    # numbered: "Cụm thi đua số 4", "cụm số II", "khối thi đua 3", "Cụm hoạt động số 4", possibly with its network;
    # a network's field may stand before "số": "Cụm khuyến học số 6", "Cụm thi đua khuyến học số 4" (not a place:
    # "cụm công nghiệp số 2", "cụm dân cư số 3")
    rf"((?:cụm|khối)(?:\s+(?:thi đua|hoạt động))?(?:\s+{_FIELD}(?=\s+số\s))?"
    rf"(?:\s+(?:cụm\s+)?số\s+{_NUMBER}|\s+{_NOT_A_YEAR}{_NUMBER}{_NOT_A_COUNT})"
    # the body whose cluster it is, after "của" too ("Khối thi đua 19 của Hội đồng thi đua khen thưởng TP X")
    rf"(?:\s*[,–-]?\s*(?:của\s+)?(?:Bộ|Hội|"
    rf"Công đoàn|Ủy ban|Liên đoàn)[^,.;:()\n]{{2,70}}?{_STOP})?"
    # named: "Cụm thi đua các tỉnh Tây Nguyên", "Khối thi đua Mặt trận - Đoàn thể tỉnh", "Cụm giáp ranh", a zone
    # ("khu vực thi đua miền Đông Nam Bộ")
    rf"|(?:cụm|khối|khu vực)\s+(?:giao ước\s+)?thi đua(?:,\s*khen thưởng)?\s+{_NOT_A_NAME}(?:(?-i:TP)\.\s?|[^.…;:()\n]){{3,80}}?{_STOP}"
    # ("Khối giao ước thi đua các sở, ngành tổng hợp": the bloc named by its pledge)
    # a bloc named by its field alone as the subject of its pledge's signing ("Khối Nội chính tỉnh tổ chức ký giao
    # ước thi đua"), or named after it ("ký kết thi đua khối mặt trận"): the emulation bloc, not any "khối" of
    # bodies ("khối Nội chính tổng kết công tác năm")
    # or by the kind of agencies it groups ("Khối các cơ quan Nội chính tiến hành hội nghị ký kết giao ước thi
    # đua"), not the party committee or youth union of the agencies' bloc ("Đảng ủy Khối các cơ quan tỉnh")
    rf"|khối\s+(?!thi đua|trưởng|phó|giao ước)(?:(?-i:[A-ZĐ])|(?<!ủy\skhối\s)(?<!bộ\skhối\s)(?<!đoàn\skhối\s)các\s+cơ quan\s)"
    rf"[^.;:()\n,]{{2,40}}?{_STOP}"
    # (the year it signs for, written between, no part of its name: "Khối A năm 2021 tổ chức lễ ký kết")
    rf"(?=(?:\s+năm\s+\d{{4}})?\s+(?:(?:tổ chức|tiến hành)\s+)?(?:(?:lễ|hội nghị)\s+)?(?:ký|kí)(?:\s+kết)?\s+(?:giao ước\s+)?thi đua)"
    # a bloc of one kind of body in every local unit of a kind ("Khối Mặt trận các xã, thị trấn", "khối Công an
    # các huyện, thành phố"): named up to its units, not where it sits ("... trên địa bàn huyện")
    rf"|(?:cụm|khối)\s+(?-i:[A-ZĐ])[^\s,.;:()\n]*(?:\s+[^\s,.;:()\n]+){{0,3}}?\s+các\s+{_UNITS}(?:\s*,\s*{_UNITS})*\b"
    rf"|khối(?:(?<=ký kết thi đua khối)|(?<=kí kết thi đua khối)|(?<=giao ước thi đua khối))"
    rf"\s+(?!thi đua|trưởng|phó|số|năm\s+\d)[^.;:()\n,]{{2,40}}?{_STOP}"
    # a network's cluster named by its bodies: "Cụm Ban Tuyên giáo các tỉnh ủy, thành ủy miền Đông Nam Bộ"
    # or by its region: "Cụm Bắc Miền Trung", "Cụm miền Đông Nam bộ và TP Hồ Chí Minh"
    rf"|cụm\s+(?-i:Ban|Hội|Liên đoàn|Liên hiệp|Công an|Sở|Đoàn|Mặt trận|Ủy ban|Viện|Tòa án|Bắc|Nam|Đông|Tây|miền|Duyên hải)\s"
    rf"[^.;:()\n]{{3,80}}?{_STOP}"
    rf"|(?:cụm|khối)\s+(?!thi đua|trưởng|phó)[^.;:()\n,]{{0,40}}?giáp ranh"
    rf"|nhóm\s+(?:hợp tác|liên kết)[^.;:()\n]{{3,80}}?{_STOP}"
    # a linkage cluster of places for public order, a model of its own ("mô hình “Cụm liên kết đảm bảo ANTT khu vực
    # biên giới biển”"), not an industry's cluster ("cụm liên kết ngành")
    rf"|cụm\s+liên kết\s+(?:đảm bảo|bảo đảm|giữ gìn|an ninh)\s[^.;:()\n\"“”]{{3,80}}?(?:(?=\s*[\"”])|{_STOP})"
    # an emulation bloc named by its shape (above), where nothing before names it otherwise
    rf"|(?P<bloc>{_BLOC}))",
    re.IGNORECASE,
)
_CLUSTER = fast_start(_CLUSTER)  # a first-letter check before the alternatives
_PAREN = re.compile(r"\s*\(((?:cụm|khối)[^)]{1,30})\)", re.IGNORECASE)
_CHAIRED = re.compile(r"\b(?:cụm|khối)\s+(?:trưởng|phó)\s+(?=(?:cụm|khối)\b)", re.IGNORECASE)
_CHAIRED = fast_start(_CHAIRED)  # a first-letter check before the alternatives
# "các cụm thi đua", "những khối thi đua": clusters in general, not one; nor the act of setting clusters up ("về việc
# tổ chức cụm thi đua Thanh tra ngành ... và triển khai ...", "thành lập cụm, khối thi đua", "phân chia cụm thi đua")
_PLURAL_BEFORE = re.compile(
    r"(?:các|những|mỗi|từng|(?:việc\s+)?(?:tổ chức|thành lập|phân chia|chia|củng cố|kiện toàn))\s+$", re.IGNORECASE
)
# a cluster described by the list of its members ("cụm thi đua các tỉnh An Giang, Kiên Giang, ..."), not named
_LISTED_TAIL = re.compile(r"\btỉnh\s+(\S+(?:\s+\S+){0,2})$", re.IGNORECASE)


# a body of the bloc's own people written before it: its union, its veterans' or youth association, its party
# committee ("Hội Cựu chiến binh Khối Các cơ quan tỉnh tổ chức ... thi đua"): that body acts, the bloc is no name there
_BODY_BEFORE = re.compile(
    r"\b(?:Hội(?!\s+(?:nghị|trường|thao|diễn|thi|đồng))|Công đoàn|Đoàn|Chi bộ|Đảng bộ|Đảng ủy|Đảng uỷ)\b"
    r"[^,.;:()\n]{0,30}\s$"
)
# a numbered bloc whose description follows a dash ("Cụm I – Các tổ chức tín dụng"), its sentence on emulation: the
# number here, the description read by the party's reading (etl/parties.py)
_DASHED_BLOC = re.compile(
    r"(?-i:Cụm|Khối)\s+(?:(?i:số)\s+)?(?:\d{1,2}|[IVX]{1,5}|[A-D])(?=\s*[–-]\s*[A-ZĐ][^.\n]{0,240}?"
    r"\b(?i:thi đua|khen thưởng)\b)"
)


def _of_a_body(text: str, start: int) -> bool:
    return bool(_BODY_BEFORE.search(text, max(0, start - 50), start))


def bloc_at(text: str, pos: int) -> tuple[str, int] | None:
    """An emulation bloc named by its shape at pos ("Khối cơ quan Nội chính tỉnh", "Khối các sở quản lý nhà nước 1",
    "Cụm I – ..."), as written, and where its name ends; None for any other cluster's name or none."""
    m = _DASHED_BLOC.match(text, pos)
    if m:
        return m.group(0), m.end()
    m = _CLUSTER.match(text, pos)
    if not m or not m.group("bloc") or _of_a_body(text, pos):
        return None
    name = m.group(1).rstrip(" ,–-")
    return name, m.start(1) + len(name)


_VERB_NEXT = re.compile(rf"\s+(?:{_CLUSTER_ACTS})\b", re.IGNORECASE)


def verb_at(text: str, pos: int) -> bool:
    """Whether what a cluster does right after its name starts at pos ("... xác định", "... tổng kết")."""
    return bool(_VERB_NEXT.match(text, pos))


def cluster_at(text: str, pos: int) -> tuple[str, int] | None:
    """The cluster named at pos, as written, and where its name ends."""
    m = _CLUSTER.match(text, pos)
    if not m or (m.group("bloc") and _of_a_body(text, pos)):
        return None
    name = m.group(1).rstrip(" ,–-")
    return name, m.start(1) + len(name)


@cache
def _province_folds() -> frozenset[str]:
    return frozenset(fold(r["name"]) for r in load_table("admin_units.csv"))


# The words every naming of a cluster holds (each alternative of _CLUSTER starts with one; _CHAIRED holds two): a
# text without any names none, and the longer patterns are not run over it.
# Only whether a text holds one is asked: "cụm|khối|nhóm" in any case (re.IGNORECASE also takes the Kelvin sign for
# "k", "İ" and "ı" for "i"), written to start at each word's marked vowel, which the engine skips to in one step
# (five times faster than trying the three words at every place); tests/test_fast_patterns.py holds it to the plain
# pattern.
_CLUSTER_WORD = re.compile(
    "[ụỤốỐóÓ](?:(?<=[cC][ụỤ])[mM]|(?<=[kK\u212a][hH][ốỐ])[iI\u0130\u0131]|(?<=[nN][hH][óÓ])[mM])"
)


def _names_in(text: str) -> list[str]:
    """The clusters a text names, as written, in order: neither plural mentions nor lists of members."""
    found: list[str] = []
    if not _CLUSTER_WORD.search(text) and "khu vực" not in text.lower():  # nor a zone ("khu vực thi đua")
        return found
    for m in _CLUSTER.finditer(text):
        if _PLURAL_BEFORE.search(text, 0, m.start()) or (m.group("bloc") and _of_a_body(text, m.start())):
            continue
        name = m.group(1).strip(" ,–-")
        tail = _LISTED_TAIL.search(name)
        if tail and text[m.end() : m.end() + 1] == "," and fold(tail.group(1)) in _province_folds():
            continue
        if paren := _PAREN.match(text, m.end()):
            name = f"{name} ({paren.group(1).strip()})"
        found.append(name[0].lower() + name[1:])
    return found


# A standing group of provinces named by its count and its region: "6 tỉnh Nam sông Hậu", "8 tỉnh Tây Bắc mở rộng",
# "8 tỉnh, thành phố khu vực Đông Bắc" (not "2 tỉnh Nam Định và ...": a province, not a region).
_GROUPING = re.compile(
    r"\b(?:\d{1,2}|" + count_words() + r")\s+tỉnh(?:,\s*thành(?:\s+phố)?)?\s+"
    r"(?-i:(?:Tây|Đông|Nam|Bắc|Trung|Duyên hải|Đồng bằng|miền|khu vực|vùng|biên giới (?:phía|Việt|Tây|Đông))\b)"
    r"[^,.;:()\n]{2,40}?"
    r"(?=\s+(?:và|với|cùng|trong|đã|đang|tổ chức|năm \d|tại|về|có|gồm)\b|[,.;:()\n]|$)",
    re.IGNORECASE,
)
_GROUPING = fast_start(_GROUPING)  # a first-letter check before the alternatives


# a cooperation or linkage program's provinces counted then named one by one with dashes: "chương trình hợp tác 3
# tỉnh Cà Mau – Bạc Liêu – Ninh Bình"
_PROGRAM_GROUP = re.compile(
    r"\b(?:hợp tác|liên kết)\s+(\d{1,2}|" + count_words() + r")\s+tỉnh\s+"
    r"(?-i:[A-ZĐ])[^\s,.;:()\n–-]*(?:\s+(?-i:[A-ZĐ])[^\s,.;:()\n–-]*){0,3}"
    r"(?:\s*[–-]\s*(?-i:[A-ZĐ])[^\s,.;:()\n–-]*(?:\s+(?-i:[A-ZĐ])[^\s,.;:()\n–-]*){0,3}){2,}",
    re.IGNORECASE,
)


def counted_group(name: str) -> bool:
    """Whether a cluster's name is only a count of provinces and their region ("4 tỉnh Đông Bắc ..."), no cluster,
    bloc or group word: the provinces themselves, which a signing between them names one by one."""
    return bool(_GROUPING.match(name)) and not re.search(r"\b(?:cụm|khối|nhóm)\b", name, re.IGNORECASE)


def bare_count_in(name: str, text: str) -> bool:
    """Whether the text writes a count of provinces ("8 tỉnh Tây Bắc mở rộng") and never with a cluster, bloc or
    group word, or a linkage or cooperation program's words, just before it ("Nhóm hợp tác ... 8 tỉnh ...",
    "liên kết phát triển du lịch giữa ... 5 tỉnh ..."): only the provinces, no frame (ruling 13)."""
    low, key = text.lower(), name.lower()
    starts = [m.start() for m in re.finditer(re.escape(key), low)]
    return bool(starts) and not any(_framed(text, at) for at in starts)


def _grouping_in(text: str) -> str | None:
    if "tỉnh" not in text.lower():
        return None  # a grouping counts provinces ("tỉnh" in any case: no letter of it has another case-blind match)
    for m in _GROUPING.finditer(text):
        region = fold(re.sub(r"^\S+\s+tỉnh(?:,\s*thành(?:\s+phố)?)?\s+", "", m.group(0)))
        if any(region.startswith(p) for p in _province_folds()):
            continue
        if _framed(text, m.start()) or not _only_areas(region):
            return m.group(0).strip()
    return None


# a cluster word, or a linkage or cooperation program's words, just before the count: the group is the frame
_CLUSTER_WORD_BEFORE = re.compile(
    r"(?:\b(?:cụm|khối|nhóm)|\b(?:liên kết|hợp tác)\b[^,.;:()\n\"“”]{0,50}?)\s+$", re.IGNORECASE
)


def _framed(text: str, at: int) -> bool:
    """Whether a cluster word or a linkage program comes just before position `at` (the 80 characters before it)."""
    return bool(_CLUSTER_WORD_BEFORE.search(text, max(0, at - 80), at))


@cache
def plain_areas() -> frozenset[str]:
    """The socio-economic regions and the parts of the country named plainly (data/reference/areas.csv)."""
    names = [r["name_vi"] for r in load_table("regions.csv")] + [r["name"] for r in load_table("areas.csv")]
    return frozenset(fold(n) for n in names)


def _only_areas(region: str) -> bool:
    """Whether what follows a count of provinces is only regions or parts of the country by their plain names
    ("5 tỉnh Tây Nguyên", "4 tỉnh miền Trung - Tây Nguyên", "3 tỉnh khu vực đồng bằng sông Cửu Long"): it says
    where the provinces are, not which standing group they form ("6 tỉnh Nam sông Hậu", "8 tỉnh Tây Bắc mở
    rộng"), unless a cluster word or a linkage program comes before the count ("cụm năm tỉnh biên giới phía tây
    nam", "liên kết phát triển du lịch sáu tỉnh Nam Trung Bộ - Tây Nguyên")."""
    region = re.sub(r"^(?:khu vuc|vung)\s+", "", region.strip())
    if region in plain_areas():  # "trung du va mien nui phia bac" is one name, "va" and all
        return True
    parts = [p for p in re.split(r"\s*(?:-|–|,|\bva\b)\s*", region) if p]
    return bool(parts) and all(re.sub(r"^(?:khu vuc|vung)\s+", "", p) in plain_areas() for p in parts)


# A linkage program's group named as the frame of a meeting: "Hội nghị liên kết phát triển văn hóa, thể thao và
# du lịch khu vực Tây Nguyên mở rộng", "Sơ kết hoạt động Liên kết văn học nghệ thuật Khu vực Đồng bằng sông Cửu Long"
# ... or a city's program with a region's provinces, its short form written with a dot and its period after it:
# "tổng kết Chương trình hợp tác phát triển kinh tế - xã hội giữa TP.HCM với các tỉnh thành vùng ĐBSCL giai đoạn
# 2016-2022" (ruling 13: the group that frames it; the period is the program's, not the group's name)
_LINKAGE = re.compile(
    r"\b(?:hội nghị|hoạt động|chương trình)\s+((?:liên kết|hợp tác)\s+(?:[^.;:()\n]|(?-i:(?<=TP))\.){3,80}?\s"
    r"(?:khu vực|vùng)\s+(?-i:[A-ZĐ])[^.;:()\n]{2,40}?)"
    r"(?=\s+(?:\d|năm|lần|tổ chức|đã|đang|vừa|diễn ra|tại|với|do|nhằm|giai đoạn)\b|\s*[.;:()\n]|$)",
    re.IGNORECASE,
)


# a sentence that opens by citing the documents the event carries out ("Thực hiện Quyết định số ... về việc thành lập
# Cụm thi đua ... toàn quốc"): the clusters it names are the documents' arrangement, not the one that meets
_GROUND = re.compile(
    r"(?:^|(?<=[.!?\n]))\s*(?:Thực hiện|Căn cứ)\s+(?:các\s+)?(?:Quyết định|Hướng dẫn|Kế hoạch|Công văn|Chỉ thị|Nghị quyết"
    r"|Thông tư|Thông báo|văn bản)\b[^.\n]*[.\n]?"
)


def find_cluster(title: str, lead: str, body: str = "") -> str | None:
    """The cluster the event belongs to, as written: the lead's first naming (with a "(Cụm số 4)" after it) outside
    a sentence citing the documents it carries out, else the title's, else the lead's in such a sentence, else the
    first numbered cluster the body names (a number names one cluster)."""
    grounded = lead if "Thực hiện" not in lead and "Căn cứ" not in lead else _GROUND.sub(" ", lead)
    if grounded != lead and not _names_in(grounded) and (titled := _names_in(title)):
        # the title's cluster, unless the cited sentence names that one too (more fully: "Cụm III" above "... làm
        # Cụm trưởng Cụm thi đua số III – 8 tỉnh Nam Trung Bộ")
        cited = _names_in(lead)
        return next((n for n in cited if same_cluster(titled[0], n)), titled[0])
    for text in (grounded, title, lead) if grounded != lead else (lead, title):
        if names := _names_in(text):
            return names[0]
    for text in (title, lead):  # no cluster named: a standing group of provinces ("6 tỉnh Nam sông Hậu")
        if group := _grouping_in(text):
            return group
    for text in (lead, title):  # or a cooperation program's provinces, counted then named ("chương trình hợp tác 3
        # tỉnh A – B – C"): the group that frames it (ruling 13); two provinces are a pair, no group
        if (named := _PROGRAM_GROUP.search(text)) and (count_value(named.group(1)) or 0) >= 3:
            return named.group(0)[named.start(1) - named.start(0) :]
    for text in (lead, title):  # or a linkage program's group of a region, named as the meeting's frame
        low = text.lower()  # the group is a "khu vực" or a "vùng" (no letter of either has another case-blind match)
        if ("khu vực" in low or "vùng" in low) and (linkage := _LINKAGE.search(text)):
            return linkage.group(1)
    if not _CLUSTER_WORD.search(body):
        return None  # no cluster word: no chair's cluster, no numbered one
    for m in _CHAIRED.finditer(body):  # "X, Cụm trưởng Cụm giáp ranh": the chair names the cluster
        if names := _names_in(body[m.end() :].split("\n", 1)[0]):
            return names[0]
    if numbered := next((n for n in _names_in(body) if cluster_number(n)), None):
        return numbered
    # or the body's named cluster whose every word the title or lead writes: the lead tells its bodies meeting
    # ("Hội Nhà báo các tỉnh khu vực Bắc miền Trung tổ chức Hội nghị"), the body names their cluster ("Cụm thi đua
    # Hội Nhà báo các tỉnh Bắc miền Trung gồm 6 đơn vị")
    told = set(fold(f"{title} {lead}").split())
    for name in _names_in(body):
        own = _CLUSTER_HEAD.sub("", name)
        words = fold(own).split()
        # named by its bodies ("Hội ...", "Sở ..."), not described by its task ("cụm an ninh giáp ranh")
        if own[:1].isupper() and len(words) >= 3 and set(words) <= told:
            return name
    return None


def cluster_above(site: str) -> str | None:
    """The cluster the lines above the title name (a page's tag, a caption or a kicker: "ký kết thi đua khối mặt
    trận", "Cụm thi đua số 8 ... gồm 4 đơn vị"), for an article whose title, lead and body name none: such lines name
    the event's own cluster."""
    names = _names_in(site.replace(" | ", "\n")) if site else []
    return names[0] if names else None


_CLUSTER_HEAD = re.compile(r"^(?:cụm|khối)(?:\s+thi đua)?\s+", re.IGNORECASE)


# ---- the registry (data/reference/networks.csv, clusters.csv, cluster_members.csv) and matching names to it ----

_ROMAN = {"I": 1, "V": 5, "X": 10}
_KIND = rf"(?:cụm|khối|khu vực)(?:\s+(?:thi đua|hoạt động))?(?:\s+{_FIELD}(?=\s+số\s))?(?:\s+(?:cụm|khối))?"
# "Cụm thi đua số II", "cụm số 2", "Cụm hoạt động số 4", "Khối thi đua 1"; not a count ("Cụm thi đua 5 tỉnh ...")
_NUMBERED = re.compile(
    rf"{_KIND}\s+số\s+(\d{{1,2}}|[IVX]{{1,5}})\b"
    rf"|{_KIND}\s+(\d{{1,2}}|(?-i:[IVX]{{1,5}}))\b(?!\s*,?\s*(?:tỉnh|thành phố|thành|đơn vị|huyện|xã|phường|quận|"
    r"trường|hội|cơ quan|địa phương|tp)\b)",
    re.IGNORECASE,
)
# Words every cluster's name may carry, dropped from the key of a named cluster: kinds of grouping, "các tỉnh",
# counts ("5 tỉnh", "bảy tỉnh"), years.
_COUNT = re.compile(r"\b(?:\d+|hai|ba|bon|nam|sau|bay|tam|chin|muoi)\s+(?=tinh\b|thanh pho\b|don vi\b)")
_GENERIC = re.compile(
    r"\b(?:cum|khoi|nhom|khu vuc|thi dua|hoat dong|hop tac|cac|tinh thanh pho|tinh thanh|thanh pho|tinh|tp|hoi|va|"
    r"mien|nganh|so|cua|thuoc|phat trien|viet nam|nam \d{4}|\d+)\b"
)


def roman(numeral: str) -> int | None:
    """A Roman numeral's value ("VII" -> 7), None when it is not one."""
    values = [_ROMAN.get(c) for c in numeral.upper()]
    if not values or None in values:
        return None
    total = 0
    for i, v in enumerate(values):
        total += -v if i + 1 < len(values) and v < values[i + 1] else v  # type: ignore[operator]
    return total


def cluster_number(written: str) -> str | None:
    """The number a cluster's name gives it, in Arabic digits ("cụm số II" -> "2", "Khối thi đua 01" -> "1");
    None for a named cluster ("Cụm thi đua 5 tỉnh Tây Nguyên": 5 counts its provinces)."""
    m = _NUMBERED.search(written)
    if not m:
        return None
    token = m.group(1) or m.group(2)
    value = int(token) if token.isdigit() else roman(token)
    return str(value) if value else None


def name_key(written: str) -> str:
    """A named cluster's key: its name folded, without the words any cluster's name carries and without the
    network's words ("Cụm thi đua 5 tỉnh Tây Nguyên", "Cụm thi đua các tỉnh Tây Nguyên" -> "tay nguyen")."""
    text = fold(written).replace("-", " ").replace("–", " ")
    text = re.sub(r"[^\w\s]", " ", text)
    text = _COUNT.sub(" ", text)
    for word in _network_word_patterns():
        text = word.sub(" ", text)
    return " ".join(_GENERIC.sub(" ", text).split())


@dataclass(frozen=True)
class Member:
    member: str
    province: str
    valid_from: date | None
    valid_to: date | None  # the first day it no longer holds; None: still does


@dataclass(frozen=True)
class Cluster:
    cluster_id: str
    network_id: str
    network: str
    code: str
    name: str
    variants: tuple[str, ...]
    level: str
    members: tuple[Member, ...]

    def roster(self, when: date | None = None) -> tuple[str, ...]:
        """The member provinces (bodies: their province) on `when`; without a date, the latest roster."""
        rows = [m for m in self.members if _valid(m, when)]
        return tuple(dict.fromkeys(m.province for m in rows if m.province))


def _valid(m: Member, when: date | None) -> bool:
    if when is None:
        return m.valid_to is None
    return (m.valid_from is None or m.valid_from <= when) and (m.valid_to is None or when < m.valid_to)


def parse_day(value: str) -> date | None:
    """A registry date: YYYY (its first day), YYYY-MM or YYYY-MM-DD; None when empty."""
    try:
        parts = [int(p) for p in value.split("-")]
        return date(parts[0], *(parts[1:] + [1, 1])[:2])
    except ValueError:  # empty or not a date
        return None


@cache
def registry() -> tuple[Cluster, ...]:
    """Every cluster of the registry with its dated members."""
    networks = {r["network_id"]: r["name"] for r in load_table("networks.csv")}
    members: dict[str, list[Member]] = {}
    for r in load_table("cluster_members.csv"):
        members.setdefault(r["cluster_id"], []).append(
            Member(r["member"], r["province"], parse_day(r["valid_from"]), parse_day(r["valid_to"]))
        )
    return tuple(
        Cluster(
            r["cluster_id"],
            r["network_id"],
            networks.get(r["network_id"], r["network_id"]),
            r["code"],
            r["name"],
            tuple(v for v in r["variants"].split(";") if v),
            r["level"],
            tuple(members.get(r["cluster_id"], [])),
        )
        for r in load_table("clusters.csv")
    )


@cache
def _network_words() -> dict[str, tuple[str, ...]]:
    """network_id -> the folded words naming its bodies, longest first."""
    return {
        r["network_id"]: tuple(sorted({fold(w) for w in r["body_words"].split(";") if w}, key=len, reverse=True))
        for r in load_table("networks.csv")
    }


@cache
def _network_word_patterns() -> tuple[re.Pattern[str], ...]:
    """Every network's words, each as a whole word, in the order name_key takes them out (compiled once)."""
    return tuple(re.compile(rf"\b{re.escape(w)}\b") for words in _network_words().values() for w in words)


@cache
def _network_patterns() -> dict[str, re.Pattern[str]]:
    """network_id -> one pattern for its words, each as a whole word: one search instead of one per word."""
    return {n: re.compile(rf"\b(?:{alternation(words)})\b") for n, words in _network_words().items() if words}


def networks_named(text: str) -> set[str]:
    """The networks whose bodies the text names ("Công an 7 tỉnh" -> {"congan"})."""
    folded = fold(text)
    return {n for n, pattern in _network_patterns().items() if pattern.search(folded)}


def _covers(written: str, key: str) -> bool:
    """A named cluster's key found in the name as written, or the other way (word for word)."""
    a, b = set(written.split()), set(key.split())
    return bool(a and b) and (b <= a or a <= b)


def _keys(c: Cluster) -> tuple[frozenset[str], frozenset[str]]:
    """A cluster's named keys and its names squashed (folded, punctuation as spaces)."""
    names = (c.name, *c.variants)
    return frozenset(k for k in map(name_key, names) if k), frozenset(map(_squashed, names))


@cache
def _keyed_registry() -> tuple[tuple[Cluster, frozenset[str], frozenset[str]], ...]:
    """Every registry cluster with its keys (_keys), worked out once: looked up by the cluster, each call hashed
    every Cluster again, members and all (a sixth of a second of the load's tail at 10,000 articles)."""
    return tuple((c, *_keys(c)) for c in registry())


def _squashed(name: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", fold(name)).split())


def match_cluster(
    written: str, context: str = "", places: tuple[str, ...] | list[str] = (), when: date | None = None
) -> str | None:
    """The registry cluster a name as written stands for, or None when none or several fit equally.

    A numbered name matches the clusters of that number, a named one those whose key it shares. Among them the
    network decides: named with the cluster (a name naming another network's bodies matches none of this one),
    else in the context (title, parties); then the roster on `when`: members among the event's places."""
    number = cluster_number(written)
    key = "" if number else name_key(written)
    own, around = networks_named(written), networks_named(context) if context else set()
    squashed = "" if number else _squashed(written)
    scored: list[tuple[int, str]] = []
    for c, keys, names in _keyed_registry():
        if number:
            if c.code != number:
                continue
            score = 1
        else:
            known = squashed in names  # a name it is known by
            if not known and not any(_covers(key, k) for k in keys):
                continue
            # a named cluster before a numbered one that a variant describes the same way
            score = (2 if key in keys else 1) + known + (not c.code.isdigit())
        if c.network_id in own:
            score += 4
        elif own:
            continue
        elif c.network_id in around:
            score += 2
        elif number and not places:
            continue  # "cụm số 2" of which network?
        roster = set(c.roster(when))
        if places and roster & set(places):
            score += 2 if set(places) <= roster else 1
        elif number and c.network_id not in own | around:
            continue
        scored.append((score, c.cluster_id))
    if not scored:
        return None
    scored.sort(reverse=True)
    if len(scored) > 1 and scored[0][0] == scored[1][0]:
        return None
    return scored[0][1]


def same_cluster(a: str | None, b: str | None) -> bool:
    """Two names of one cluster: one inside the other, or the same number (no other network named), or the same
    named key, or both matching one registry cluster (the `cluster` metric's rule)."""
    if not a or not b:
        return not a and not b
    fa, fb = " ".join(fold(a).split()), " ".join(fold(b).split())
    if fa in fb or fb in fa:
        return True
    na, nb = cluster_number(a), cluster_number(b)
    if na or nb:
        if na != nb:
            return False
        oa, ob = networks_named(a), networks_named(b)
        return not oa or not ob or bool(oa & ob)
    oa, ob = networks_named(a), networks_named(b)
    if oa and ob and not oa & ob:
        return False
    ka, kb = name_key(_expand_acronyms(a, b)), name_key(_expand_acronyms(b, a))
    if _covers(ka, kb):
        return True
    ma = match_cluster(a)
    return ma is not None and ma == match_cluster(b)


def _expand_acronyms(text: str, other: str) -> str:
    """`text` with each acronym the other name spells out replaced by its words ("8 tỉnh TBMR", "8 tỉnh Tây Bắc
    mở rộng" -> "8 tỉnh Tây Bắc mở rộng")."""
    words = other.split()
    initials = "".join(fold(w)[:1] for w in words)

    def spelled(m: re.Match[str]) -> str:
        at = initials.find(fold(m.group(0)))
        return " ".join(words[at : at + len(m.group(0))]) if at >= 0 else m.group(0)

    return re.sub(r"\b[A-ZĐ]{3,}\b", spelled, text)
