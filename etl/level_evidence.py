"""Evidence for an event's level that the parties alone miss: what the event's sentence says of where its bodies
belong (DOMAIN.md: bodies of two provinces or more are inter-provincial, even district or commune bodies)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache, lru_cache

from etl.clusters import plain_areas
from etl.parties import Party, PlaceContext, body_key, find_parties
from etl.places import CAP_WORD, Gazetteer
from etl.reference import count_value, count_words, load_table
from etl.text import alternation, fast_start, fold, sentences

# where it took place, with the place's own parents: "tại xã Nông Cống (tỉnh Thanh Hóa)", "tại TP.Pleiku, tỉnh Gia
# Lai": the venue, not a body's place
_VENUE = re.compile(
    # the venue runs to the verb that follows it ("tại Đài A đã diễn ra hội nghị ký kết ... giữa Đài B và Đài A")
    # or to a list of the bodies ("tại khu vực giáp ranh giữa 03 đơn vị gồm: A (tỉnh X), B (tỉnh Y)")
    r"\b(?:tại|ở)\s+(?:(?!(?:đã\s+|vừa\s+)?(?:diễn ra|ký kết|kí kết|tổ chức|gồm)\b)[^,;():])*(?:\([^()]*\))?"
    # not a body named by its place's kind: "tại ..., Huyện đoàn Lộc Ninh và Thị đoàn Tân Uyên, tỉnh Bình Dương"
    r"(?:\s*,\s*(?:tỉnh|thành phố|TP\.?|huyện|quận|thị xã|xã|phường)(?!\s*(?:ủy|uỷ|đoàn|đội)\b)\s+[^,;()]*)*",
    re.IGNORECASE,
)
_VENUE = fast_start(_VENUE)  # a first-letter check before the alternatives

# the land a body works on, not a body of it: "trên địa bàn tỉnh A", "địa bàn giáp ranh các tỉnh A, B, C và D",
# "khu vực biên giới hai tỉnh A - B": the provinces the territory names, one by one
_PLACE_NAME = rf"{CAP_WORD}(?:\s+(?:[-–]\s+)?{CAP_WORD}){{0,3}}"
_TERRITORY = re.compile(
    r"(?i:\b(?:địa bàn|khu vực|vùng)(?:\s+(?:giáp ranh|giáp biên|biên giới|liên tỉnh))?(?:\s+(?:của|giữa))?"
    r"(?:\s+(?:các|hai|ba|bốn|năm|sáu|bảy|\d{1,2}))?\s+(?:tỉnh|thành phố|TP\.?)(?:\s*,\s*(?:thành phố|thành))?)"
    rf"\s+{_PLACE_NAME}(?:\s*(?:,|và|[-–])\s*(?:(?i:tỉnh|thành phố|TP\.?)\s*)?{_PLACE_NAME})*"
)
_TERRITORY = fast_start(_TERRITORY)  # a first-letter check before the alternatives
# a school named after its city ("Đại học Kinh tế TP HCM", "Trường Đại học Y Dược Cần Thơ"): its name, not a place
# the text gives a body; whose tier a school is the labels do not settle (DOMAIN.md names no school)
_SCHOOL_BEFORE = re.compile(r"\b(?:Đại học|Học viện|Trường)\b[^,;()]*$")


# a cluster named by its members' kind of unit, below the province: "Cụm thi đua số 4 Công an xã", "Cụm thi đua Ủy
# ban MTTQ các phường", "Khối thi đua Hội Nông dân các huyện": a body's head (org_heads.csv, org_aliases.csv), then
# the unit's kind; folded, so a title and an address's slug are read alike
_UNIT_KIND_TIER = {"huyen": "district", "quan": "district", "thi xa": "district", "xa": "commune", "phuong": "commune"}


@cache
def _cluster_of_units() -> re.Pattern[str]:
    heads = {fold(r["head"]) for r in load_table("org_heads.csv") if r.get("head")}
    heads |= {fold(r["alias"]) for r in load_table("org_aliases.csv") if r.get("alias")}
    words = sorted(h for h in heads if re.fullmatch(r"[a-z0-9 ]+", h))  # slug-shaped heads only
    return re.compile(
        r"\b(?:cum|khoi)\b(?:\s+thi dua)?(?:\s+so\s+\w+)?\s+(?:" + alternation(words) + r")"
        r"\s+(?:cac\s+)?(thi xa|(?<!thi )xa|phuong|huyen|quan)\b"
    )


def tier_of_units_cluster(texts: list[str]) -> str | None:
    """The tier a cluster's own name gives its members, when the headline (or the address standing for a missing
    one) names it by a kind of unit below the province ("Cụm thi đua số 4 Công an xã tổng kết"): DOMAIN.md's
    level of bodies of one province's communes or districts, not of several provinces."""
    for text in texts:
        if found := _cluster_of_units().search(fold(text)):
            return _UNIT_KIND_TIER[found.group(1)]
    return None


def provinces_of_bodies(lead: str, gaz: Gazetteer, with_districts: bool) -> list[str]:
    """The provinces the bodies of the lead's first sentence belong to, as the sentence writes them: a province
    named (not the venue's), or the one province a named district lies in ("thị xã Điện Bàn": Quảng Nam).
    Districts only while the district tier exists (with_districts)."""
    first = next(iter(sentences(lead)), "")
    told = _TERRITORY.sub(" ", _VENUE.sub(" ", first))
    found = [(m.start, m.name) for m in gaz.provinces_in(told)]
    if with_districts:
        found += [(m.start, m.province) for m in gaz.districts_in(told) if m.province]
    found = [(at, name) for at, name in found if not _SCHOOL_BEFORE.search(told[max(0, at - 60) : at])]
    return list(dict.fromkeys(name for _, name in sorted(found)))


def district_of_portal(url: str | None, province: str | None, gaz: Gazetteer) -> str | None:
    """The district whose own portal a page is on, named by the host's first label under its province's domain
    ("laivung.dongthap.gov.vn": Lai Vung, "tamky.quangnam.gov.vn": Tam Kỳ): a district's body reports its own
    district's events. A district of that province only; none for the province's own portals ("sovhttdl...")."""
    if not url or not province:
        return None
    host = url.split("://", 1)[-1].partition("/")[0].lower().removeprefix("www.")
    label = host.split(".", 1)[0]
    if "." not in host or not label.isalpha():
        return None
    key = _districts_by_host_label(gaz).get(label)
    if key and province in {p for p, _ in gaz.districts[key]}:  # "chauthanh.dongthap.gov.vn": the province's one
        return gaz.unit_names[key]
    return None


# a commune written with its kind word: "xã Quảng Nghiệp" (the gazetteer need not know it)
_COMMUNE_WRITTEN = re.compile(rf"\bxã\s+({CAP_WORD}(?:\s+{CAP_WORD}){{0,3}})")


def commune_of_portal(url: str | None, province: str | None, text: str, gaz: Gazetteer) -> str | None:
    """The commune whose own portal a page is on ("<commune>.<district>.<province>.gov.vn", the commune's label
    maybe numbered), as the text writes it ("xã A"): a commune's portal reports its own bodies, so a body it writes
    with no place ("Khối Dân vận") is the commune's (DOMAIN.md: commune level)."""
    if not url or not province:
        return None
    host = url.split("://", 1)[-1].partition("/")[0].lower().removeprefix("www.")
    labels = host.split(".")
    if len(labels) < 5 or labels[-2:] != ["gov", "vn"] or not labels[1].isalpha():
        return None
    key = _districts_by_host_label(gaz).get(labels[1])
    own = labels[0].rstrip("0123456789")
    if not key or province not in {p for p, _ in gaz.districts[key]} or not own.isalpha():
        return None
    if own in _districts_by_host_label(gaz):
        return None  # a district's label: not a commune's portal
    return next((m.group(1) for m in _COMMUNE_WRITTEN.finditer(text) if fold(m.group(1)).replace(" ", "") == own), None)


@lru_cache(maxsize=2)
def _districts_by_host_label(gaz: Gazetteer) -> dict[str, str]:
    """The districts' folded names written as a host label ("lai vung" -> "laivung"), built once per gazetteer."""
    return {key.replace(" ", ""): key for key in gaz.districts}


def provinces_beyond_the_capital(text: str, gaz: Gazetteer) -> list[str]:
    """The provinces a central body's cluster's title and lead name, but a place named only as where it met ("tại Hà
    Nội", "tại tỉnh Bình Dương"): central bodies meeting each other stay national wherever they meet (ruling 10); a
    province's bodies take part when the text names them or lists the members by province."""
    return [
        m.name
        for m in gaz.provinces_in(text)
        if not re.search(
            r"\btại\s+(?:thủ đô\s+|TP\.?\s*|thành phố\s+|tỉnh\s+)?$", text[max(0, m.start - 20) : m.start], re.I
        )
        and not _ADDRESS_BEFORE.search(text, max(0, m.start - 100), m.start)
    ]


# a venue's address that ends on the province, after the place's name: "tại Khu A (xã B, huyện C, Hà Nội)", "tại Hội
# trường A, phường B, tỉnh C"
_ADDRESS_BEFORE = re.compile(
    r"\btại\s+[^.;:,()\n]{1,40}(?:[,(]\s*[^.;:,()\n]{1,30}){0,3}[,(]\s*(?:TP\.?\s*|thành phố\s+|tỉnh\s+)?$", re.I
)


def without_network_of_cluster(parties: list[Party], texts: list[str]) -> list[Party]:
    """A central body written as the network a cluster of provinces belongs to ("Hội Phụ nữ Bộ Công an - Cụm thi đua
    số 5 (gồm Hội phụ nữ Công an 6 tỉnh ...)", "Cụm thi đua số 5 Hội Phụ nữ Bộ Công an") names whose cluster meets,
    not a party of its own: the cluster of the provinces' bodies holds it (DOMAIN.md)."""
    if not any(p.type == "other" and p.tier == "inter-provincial" for p in parties):
        return parties
    kept = []
    for p in parties:
        name = re.escape(p.name)
        beside = (
            rf"{name}\s*[-–]\s*(?:cụm|khối)\s+thi đua|(?:cụm|khối)\s+thi đua\s+số\s+\w+\s+[^.,;:()\n]{{0,30}}?{name}"
        )
        if p.tier == "central" and p.type != "other" and any(re.search(beside, t, re.IGNORECASE) for t in texts):
            continue
        kept.append(p)
    return kept


# a count of provinces followed by their names: "4 tỉnh Hà Giang, Tuyên Quang, ...", "3 tỉnh, thành phố: A, B và C"
_COUNTED_THEN = re.compile(r"\b(?:\d{1,2}|" + count_words() + r")\s+tỉnh(?:,\s*thành(?:\s+phố)?)?\s*:?\s*", re.I)
_COUNTED_THEN = fast_start(_COUNTED_THEN)  # a first-letter check before the alternatives


def provinces_counted_then_named(text: str, gaz: Gazetteer) -> bool:
    """Whether the text counts provinces and names them one by one right after ("4 tỉnh A, B, C và D đã ký kết")."""
    starts = {m.start for m in gaz.provinces_in(text)}
    return any(m.end() in starts for m in _COUNTED_THEN.finditer(text))


# what joins the names of a counted list of provinces: "3 tỉnh Hà Giang, Lào Cai và Cao Bằng", "hai tỉnh A - B"
_NAMES_JOINED = re.compile(r"\s*(?:,|và|[-–])\s*(?:(?i:tỉnh|thành phố|TP\.?)\s*)?")


def provinces_counted_and_named(paragraphs: list[str], gaz: Gazetteer) -> list[str]:
    """The provinces of the first group the paragraphs count and then name, every one of them ("BĐBP 3 tỉnh A, B và
    C", "hai tỉnh A và B"): a list whose names fall short of its count is no such group."""
    for paragraph in paragraphs:
        for s in sentences(paragraph):
            mentions = gaz.provinces_in(s)
            by_start = {m.start: m for m in mentions}
            for counted in _COUNTED_THEN.finditer(s):
                count = count_value(counted.group(0).split()[0])
                names: list[str] = []
                at = counted.end()
                while (m := by_start.get(at)) is not None:
                    names.append(m.name)
                    joined = _NAMES_JOINED.match(s, m.end)
                    at = joined.end() if joined else -1
                if count and len(set(names)) == count > 1:
                    return list(dict.fromkeys(names))
    return []


# a cluster of the provinces of a region, counted or not: "Cụm thi đua Hội Nhà báo các tỉnh Trung du và Đồng bằng
# sông Hồng", "sáu tỉnh Nam Trung Bộ - Tây Nguyên"
_PROVINCES_GROUP = re.compile(r"\b(?:\d{1,2}|các|" + count_words() + r")\s+tỉnh\b", re.IGNORECASE)


def names_provinces_group(cluster: str) -> bool:
    """Whether a cluster's name says it groups provinces ("... các tỉnh Trung du ...", "sáu tỉnh ..."), or names
    it after a region or a part of the country ("Cụm thi đua Tây Nam bộ", "Cụm thi đua khu vực Tây Nguyên"), which
    only provinces make up: its chair's body holds its meeting for all of them."""
    return bool(_PROVINCES_GROUP.search(cluster) or _area_named().search(fold(cluster)))


@cache
def _area_named() -> re.Pattern[str]:
    """A region or a part of the country by its plain name, folded (the names clusters.plain_areas reads)."""
    return re.compile(r"\b(?:" + alternation(plain_areas()) + r")\b")


# who chairs a meeting, listed after the cue ("Chủ trì hội nghị có các đồng chí: ...", "Đến dự và chủ trì buổi tổng
# kết có: ...") or written before it ("Trung tướng A, Cục trưởng Cục B chủ trì lễ ký", "... do đồng chí C, Thứ trưởng
# Bộ D chủ trì")
_CHAIRS_AFTER = re.compile(
    r"^\s*(?:(?:đến|tới)\s+dự\s+và\s+)?(?:đồng\s+)?chủ trì\b[^:;.]{0,60}?\b(?:có|gồm|là)\b"
    r"(?:\s+các\s+(?:đồng chí|ông|bà))?\s*:?"
    # "Các đồng chí chủ trì hội nghị: A, Chủ tịch B - đơn vị Cụm trưởng; C, ...": the chairs listed after a colon
    r"|^\s*(?:các\s+(?:đồng chí|ông|bà|vị)\s+)(?:đồng\s+)?chủ trì\s+(?:hội nghị|lễ|buổi|cuộc họp)\b[^:;.]{0,30}:",
    re.IGNORECASE,
)
# ... or presides over it or runs it ("chủ tọa hội nghị", "Hội nghị do đồng chí A, Phó Chủ tịch B điều hành"): a chair
_CHAIR_BEFORE = re.compile(
    r"\b(?:đồng\s+)?(?:chủ trì|chủ tọa|chủ toạ|điều hành)\s+(?:hội nghị|lễ|buổi|cuộc họp|phiên họp|hội thảo)\b"
    r"|\b(?:đồng\s+)?(?:chủ trì|chủ tọa|chủ toạ)\s*(?:[.,;]|$)|\bđiều hành\s*(?:[.;]|$)",
    re.IGNORECASE,
)
# the chairs listed after a colon before the verb: "Các ông: A, Phó Chủ tịch B; C, Chủ tịch D ... chủ tọa hội nghị"
_LISTED_CHAIRS = re.compile(r"^\s*(?:các|hai|ba|bốn)\s+(?:ông|bà|đồng chí|vị)\s*:", re.IGNORECASE)
_CHAIR_VERBS = ("chủ trì", "chủ tọa", "chủ toạ", "điều hành")
# the office a chair holds in a body, read away so the body is found ("Phó Chủ tịch Ủy ban Trung ương MTTQ Việt
# Nam"); a membership ("Ủy viên Bộ Chính trị", "Ủy viên Thường vụ T.Ư Hội CCB", "Bí thư Trung ương Đảng", "Đại biểu
# Quốc hội") names no body the chair speaks for, and stays
_OFFICE = re.compile(
    r"\b(?:Phó\s+)?(?:Chủ tịch|Trưởng ban(?=\s+Ban\b)|Phó trưởng|Trưởng|Giám đốc|Tổng Giám đốc|Bộ trưởng|Thứ trưởng|"
    r"Tổng cục trưởng|Cục trưởng|Vụ trưởng|Viện trưởng|Chánh án|Tổng thư ký|Chánh Văn phòng|Tổng Biên tập|Tư lệnh|"
    r"Chính ủy|Chủ nhiệm)(?:\s+kiêm\s+Tổng thư ký|\s+[Tt]hường trực)?\b",
    re.IGNORECASE,
)
_MEMBERSHIP = re.compile(r"\b(?:Ủy viên|Uỷ viên|(?:Phó\s+)?Bí thư|Đại biểu Quốc hội)\b[^,;:()–-]*", re.IGNORECASE)
# those who only attend, after the chairs in the same sentence
_ATTENDING = re.compile(r"\b(?:cùng\s+|tham\s+|đến\s+|tới\s+)?dự\b|\bcó sự tham dự\b", re.IGNORECASE)

# who attends and chairs is a chair: "dự và chủ trì", "đến dự, chủ trì"
_ATTENDS_AND = re.compile(r"\b(?:(?:tới|đến|tham)\s+)?dự\s*(?:,|\bvà\b)\s*$", re.IGNORECASE)


def _chairs(sentence: str) -> str:
    """The words of a sentence that name who chairs the meeting, or "" when it names no chair."""
    if after := _CHAIRS_AFTER.match(sentence):
        rest = sentence[after.end() :]
        attending = _ATTENDING.search(rest)
        return rest[: attending.start()] if attending else rest
    cue = _CHAIR_BEFORE.search(sentence)
    if cue is None:
        return ""
    if listed := _LISTED_CHAIRS.match(sentence):
        clause = sentence[listed.end() : cue.start()]  # "Các ông: A, ...; B, ...; C, ... chủ tọa hội nghị": all of them
    else:
        clause = re.split(r"[;:]", sentence[: cue.start()])[-1]
    clause = _ATTENDS_AND.sub("", clause)  # "A, Cục trưởng ... dự và chủ trì"
    last = max((m.end() for m in _ATTENDING.finditer(clause)), default=0)  # the chairs follow the last who attend
    return clause[last:]


def central_chair(paragraphs: list[str], gaz: Gazetteer) -> bool:
    """Whether a central body's leader chairs the meeting ("Chủ trì hội nghị có ... Phó Chủ tịch Ủy ban Trung ương
    MTTQ Việt Nam; ... Chủ tịch Ủy ban MTTQ tỉnh A (Cụm trưởng)"): a central body that chairs or co-chairs is an
    organiser (ruling 3), so the meeting is central, whichever cluster or province holds it. A leader who attends,
    speaks or directs ("dự", "phát biểu chỉ đạo") is no chair."""
    ctx = PlaceContext(None)
    for paragraph in paragraphs:
        if not any(verb in paragraph.lower() for verb in _CHAIR_VERBS):
            continue
        for s in sentences(paragraph):
            if not any(verb in s.lower() for verb in _CHAIR_VERBS) or not (chairs := _chairs(s)):
                continue
            bare = _OFFICE.sub(lambda m: " " * len(m.group(0)), _MEMBERSHIP.sub(" ", chairs))
            if any(p.tier == "central" and p.type != "other" for p in find_parties(bare, ctx, gaz)):
                return True
    return False


@cache
def _level_tiers() -> dict[str, tuple[str, str]]:
    """{folded head: (tier for the level, what written in the name keeps the parser's tier)} from
    data/reference/level_tiers.csv."""
    return {fold(r["head"]): (r["tier"], r["unless_named_with"]) for r in load_table("level_tiers.csv")}


def tier_for_level(party: Party) -> str:
    """The tier a party counts with for the event's level (DOMAIN.md): a row of level_tiers.csv sets it for a head
    (a division, a brigade, a military region is a central body, ruling 17), unless the name holds the row's words.
    Every other party keeps its own tier."""
    row = _level_tiers().get(fold(party.head)) if party.head else None
    if row is None or party.type == "other":
        return party.tier
    tier, unless = row
    if unless and fold(unless) in fold(party.name):
        return party.tier
    return tier


# how a school's or a body's name varies in writing: "Trường" before it, "ĐH" for "Đại học", the city's name spelt
# out or shortened ("TP.HCM", "Thành phố Hồ Chí Minh"), the dash with or without spaces
_NAME_VARIANTS = (
    (re.compile(r"^truong\s+"), ""),
    (re.compile(r"^dh\b"), "dai hoc"),
    (re.compile(r"\b(?:tp|thanh pho)\s*(?:hcm|ho chi minh)\b|\btphcm\b"), "tp hcm"),
    (re.compile(r"[^\w]+"), " "),
)


@lru_cache(maxsize=4096)
def _central_name(name: str) -> str:
    """A body's name as the list of central bodies writes it, folded. Remembered: each party's name is asked for by
    several checks of its level (half the calls repeat one of the article's)."""
    text = fold(name).strip()
    for pattern, by in _NAME_VARIANTS:
        text = pattern.sub(by, text)
    return text.strip()


@cache
def _central_bodies() -> re.Pattern[str]:
    """The names of data/reference/central_bodies.csv, as the start of a body's name."""
    names = sorted((_central_name(r["name"]) for r in load_table("central_bodies.csv")), key=len, reverse=True)
    return re.compile(r"^(?:" + "|".join(re.escape(n) for n in names) + r")\b")


def as_central_body(party: Party) -> Party:
    """A body that a ministry or a central organ runs, whatever city it stands in, is central (ruling 9): a
    national or ministry-run university or academy ("Trường Đại học Tây Nguyên", "Đại học Kinh tế TP HCM"), a
    national park or hospital under a ministry. Its city is where it stands, not a province that takes part; a unit
    written inside it ("Đoàn Trường Đại học ...") keeps its own tier."""
    if party.tier == "central":
        return party
    if party.type == "other":
        # a bloc whose name says it groups ministries ("Khối thi đua các bộ, ngành ... Trung ương"): central units,
        # without the place of the article the reading gave it
        if not _central_marked(party.name):
            return party
        name = party.name.removesuffix(f" {party.province}") if party.province else party.name
        return replace(
            party, name=name, base=name if party.base == party.name else party.base, tier="central", province=None
        )
    if (
        party.type == "enterprise"
        and party.base
        and party.where
        and _central_bodies().fullmatch(_central_name(party.base))
    ):
        # a state group written by its own name with a place after it: its branch there ("VNPT Gia Lai") is that
        # province's body; with the article's place only implied ("VNPT" in a report from A), the group itself
        # (ruling 21)
        return party if party.placed else replace(party, name=party.base, tier="central", province=None, where="")
    if not _central_bodies().match(_central_name(party.name)) and not _central_marked(party.name):
        return party
    return replace(party, tier="central", province=None)


@cache
def _central_marks() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(a body's head, the word in its name that makes it the centre's), folded: data/reference/central_marks.csv."""
    return tuple(
        (_central_name(r["head"]) + " ", re.compile(rf"\b{re.escape(_central_name(r['mark']))}\b"))
        for r in load_table("central_marks.csv")
    )


def _central_marked(name: str) -> bool:
    """Whether a body's own name says it is the centre's ("Bệnh viện Da liễu Trung ương"), not a unit inside it."""
    folded = _central_name(name)
    return any(folded.startswith(head) and mark.search(folded) for head, mark in _central_marks())


# a central body's branch written with its place: "VCCI chi nhánh Cần Thơ", "Ngân hàng Nhà nước chi nhánh tỉnh Gia Lai"
_BRANCH = re.compile(
    r"\bchi nhánh\s+(?:tại\s+)?(?:(?:tỉnh|thành phố|TP\.?)\s*)?(?P<place>(?-i:[A-ZĐ])[^\s,.;:()]*(?:\s+(?-i:[A-ZĐ])[^\s,.;:()]*){0,3})",
    re.IGNORECASE,
)


def branch_provinces(lead: str, gaz: Gazetteer) -> list[str]:
    """The provinces where the lead's central bodies sign through a branch ("VCCI chi nhánh Cần Thơ"): the branch
    is that province's, as a province's department is, so the province takes part."""
    return list(dict.fromkeys(m.name for b in _BRANCH.finditer(lead) for m in gaz.provinces_in(b.group("place"))))


# a meeting that reviews the coordination between bodies: "hội nghị sơ kết phối hợp hoạt động công tác dân vận giữa
# Cục Chính trị Quân khu 9 với Ban Dân vận ... 12 tỉnh"; the span ends where a cited basis or the period begins
_REVIEWED_BETWEEN = re.compile(
    r"\b(?:sơ kết|tổng kết|giao ban|kiểm điểm)\b[^.;:\n]{0,120}?\bphối hợp\b(?P<named>[^.;:\n]{0,80}?)\bgiữa\b"
    r"(?P<between>[^.;:\n]{3,200}?)(?=\s+(?:theo|thực hiện|nhằm|giai đoạn|năm\s+\d|nhiệm kỳ)\b|[.;:\n]|$)",
    re.IGNORECASE,
)


def central_in_reviewed_coordination(lead: str, gaz: Gazetteer) -> bool:
    """Whether the lead's review meeting reviews a coordination between a central body and local ones ("sơ kết phối
    hợp ... giữa Cục Chính trị Quân khu 9 với Ban Dân vận ... các tỉnh"): the bodies of the reviewed program take
    part, whichever of them hosts the meeting, so the meeting is central. A numbered program of central bodies only
    ("Chương trình phối hợp số 09/Ctr-BCA-TTTW ... giữa Bộ Công an với Ban Thường trực Ủy ban Trung ương MTTQ")
    that a province's bodies review is their own carrying out of it."""
    if "giữa" not in lead:
        return False
    ctx = PlaceContext(None)
    for m in _REVIEWED_BETWEEN.finditer(lead):
        if re.search(r"\bsố\s+\d|\bngày\s+\d", m.group("named"), re.IGNORECASE):
            continue
        tiers = {p.tier for p in find_parties(m.group("between"), ctx, gaz) if p.type != "other"}
        if "central" in tiers and len(tiers) > 1:
            return True
    return False


def reviewed_central_bodies(lead: str, gaz: Gazetteer) -> list[Party]:
    """The central bodies of the coordination the lead's meeting reviews with local ones ("sơ kết phối hợp ... giữa Cục
    Chính trị Quân khu 9 với Ban Dân vận ... các tỉnh"), as `central_in_reviewed_coordination` finds them: a side of
    the reviewed program takes part, so it is a party of the meeting whichever body hosts it."""
    if "giữa" not in lead:
        return []
    ctx = PlaceContext(None)
    for m in _REVIEWED_BETWEEN.finditer(lead):
        if re.search(r"\bsố\s+\d|\bngày\s+\d", m.group("named"), re.IGNORECASE):
            continue
        found = [p for p in find_parties(m.group("between"), ctx, gaz) if p.type != "other"]
        if len({p.tier for p in found}) > 1 and any(p.tier == "central" for p in found):
            return [p for p in found if p.tier == "central"]
    return []


# a body named as who launched a movement or wrote the rules the event follows: "phong trào thi đua do Bộ Tư pháp phát
# động", "theo Quy chế thi đua khen thưởng của Liên minh Hợp tác xã Việt Nam"
_FRAMING = re.compile(
    r"\bdo\s+(?P<by>[^.;,()]{3,80}?)\s+(?:phát động|ban hành|chỉ đạo|hướng dẫn|quy định)\b"
    r"|\btheo\s+(?:quy chế|quy định|hướng dẫn|kế hoạch|chỉ thị|chỉ đạo)\b[^.;()]{0,60}?\bcủa\s+(?P<of>[^.;,()]{3,80})",
    re.IGNORECASE,
)


# the body that issued a numbered document the event carries out: "theo Chỉ thị số 03-CT/TU ngày 7-8-2025 của Ban
# Thường vụ Tỉnh ủy và Kế hoạch số 43/KH-UBND ... của UBND tỉnh"
_ISSUER = re.compile(
    r"\b(?:chỉ thị|kế hoạch|nghị quyết|quyết định|hướng dẫn|công văn|thông báo|kết luận)\s+số\s+[\w./-]+"
    r"(?:\s*,?\s*ngày\s+[\d/.-]+)?\s+của\s+(?P<of>[^.;,()]{3,80}?)(?=\s+(?:và|về)\b|[.;,()]|$)",
    re.IGNORECASE,
)


def framing_bodies(texts: list[str], gaz: Gazetteer, ctx: PlaceContext | None = None) -> set[str]:
    """The keys of the bodies the texts name only as the frame: central bodies that launched the movement or wrote
    the rules, and any body that issued a numbered document the event carries out (read in the article's place)."""
    ctx = ctx or PlaceContext(None)
    keys: set[str] = set()
    for text in texts:
        low = text.lower()
        if "do " in text or "theo " in low:
            for m in _FRAMING.finditer(text):
                found = find_parties(m.group("by") or m.group("of"), ctx, gaz)
                keys |= {body_key(p.name) for p in found if p.tier == "central"}
        if " số " in low:
            for m in _ISSUER.finditer(text):
                keys |= {body_key(p.name) for p in find_parties(m.group("of"), ctx, gaz)}
    return keys


def counted_for_level(parties: list[Party], framing: set[str]) -> list[Party]:
    """The parties whose tiers make the level: not a body the lead names only as the frame, the central body whose
    movement or rules the event follows ("Hưởng ứng phong trào thi đua do Bộ Tư pháp phát động, ... Cụm thi đua ... tổ
    chức") or the issuer of the numbered document it carries out ("theo Chỉ thị số 03-CT/TU ... của Ban Thường vụ Tỉnh
    ủy", two communes twin); a central body that chairs is counted by `central_chair`."""
    if not framing:
        return parties
    kept = [p for p in parties if not (p.type != "other" and body_key(p.name) in framing)]
    return kept or parties  # a body that issued its own plan and carries it out is still the party


# a commune written with its kind before the verb that tells what the bodies do: "khối Dân vận xã Bình Tú tổ chức"
_COMMUNE_SUBJECT = re.compile(
    r"^[^.;]*?\b(?:xã|phường|thị trấn)\s+[A-ZĐ][^.;]{0,40}?\s(?:tổ chức|ký kết|kí kết|phối hợp|họp)\b"
)


def commune_acts(lead: str, gaz: Gazetteer) -> bool:
    """Whether the lead's first sentence, its venue set aside, has a commune's bodies as the subject and names no
    province or district: the event of a commune (DOMAIN.md), whatever bodies the extractor could not name."""
    first = _VENUE.sub(" ", next(iter(sentences(lead)), ""))
    if gaz.provinces_in(first) or any(d.province for d in gaz.districts_in(first)):
        return False
    return bool(_COMMUNE_SUBJECT.search(first))


# a role in a cluster of provinces a member's body holds, is elected to, hands over or is acclaimed for: "Cụm trưởng",
# "Phó Trưởng cụm", "Khối phó", "đơn vị dẫn đầu"
_CLUSTER_ROLE = re.compile(
    r"\b(?:(?:phó\s+)?(?:cụm|khối)\s+(?:trưởng|phó)|(?:phó\s+)?trưởng\s+(?:cụm|khối)|dẫn đầu)\b", re.IGNORECASE
)


# the role handed over: "bàn giao nhiệm vụ Cụm trưởng", "chuyển giao vị trí Cụm trưởng ... cho"
_HANDED = re.compile(r"\b(?:bàn giao|chuyển giao|trao)\b[^,;]{0,30}$", re.IGNORECASE)
_HANDED_TO = re.compile(r"[^.;]{0,160}?\bcho\b", re.IGNORECASE)


def cluster_role_provinces(paragraphs: list[str], gaz: Gazetteer) -> list[str]:
    """The provinces whose bodies the paragraphs name with a role in the cluster ("Công an tỉnh A là đơn vị Cụm
    trưởng, Công an tỉnh B là Cụm phó", "Phó Chánh án TAND tỉnh C, Phó Trưởng cụm", "bàn giao nhiệm vụ cụm trưởng
    cho Hội Nhà báo tỉnh D", "suy tôn Liên minh HTX tỉnh E là đơn vị dẫn đầu"): members of the cluster at its
    meeting, who take part though the lead names only the cluster. Of each role, the province named nearest to it
    in its clause."""
    found: list[str] = []
    for paragraph in paragraphs:
        if not _CLUSTER_ROLE.search(paragraph):
            continue
        for clause in re.split(r"[;\n]", paragraph):
            named = gaz.provinces_in(clause)
            if not named:
                continue
            for m in _CLUSTER_ROLE.finditer(clause):
                near = [(min(abs(p.start - m.start()), abs(p.start - m.end())), p.name) for p in named]
                distance, name = min(near)
                if distance <= 100:
                    found.append(name)
                # the role handed over to a member named after "cho", however long the cluster's name between them
                # ("bàn giao nhiệm vụ cụm trưởng Cụm thi đua ... năm 2025 cho Hội Nhà báo tỉnh D"): D's body takes it
                if _HANDED.search(clause, max(0, m.start() - 60), m.start()) and (
                    to := _HANDED_TO.match(clause, m.end())
                ):
                    found.extend(p.name for p in named if to.end() <= p.start <= to.end() + 60)
    return list(dict.fromkeys(found))


# a cluster's units written as one province's: "Cụm thi đua số 11 gồm 11 hội ... trên địa bàn tỉnh", "Cụm thi đua 4
# phòng (...) trực thuộc Bộ CHQS tỉnh", "các đơn vị trong cụm thi đua ... giữ vững an ninh trên địa bàn tỉnh": the word
# "tỉnh" alone (the article's own province) or one province named after it, in a sentence that names the cluster
_ONE_PROVINCES_UNITS = re.compile(
    r"\b(?:cụm|khối)\b[^.;:\n]{0,160}?\b(?:(?:trên|đóng trên)\s+địa bàn(?:\s+toàn)?|trực thuộc\s+[^.;:,\n]{2,40}?)"
    r"\s+(?P<kind>tỉnh)\b(?P<after>[^.;:\n]{0,60})",
    re.IGNORECASE,
)
# a cluster named after one province's body: "Cụm thi đua 17 - Ban Tuyên giáo và Dân vận Thành ủy TPHCM", "Cụm thi đua
# số 3, Công an tỉnh": its number, then a body's name (a capital, not a place's kind or a count of provinces)
_CLUSTER_OF_BODY = re.compile(
    r"^(?:cụm|khối)(?:\s+thi đua)?\s+(?:số\s+)?[\dIVX]+\s*[-–,]?\s+(?P<body>(?-i:[A-ZĐ])[^()]*)$", re.IGNORECASE
)
_OWN_PROVINCE_BODY = re.compile(r"\b(?:tỉnh|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ)\b(?P<after>.*)$", re.IGNORECASE)
_SEVERAL = re.compile(r"\b(?:các|những|\d{1,2}\s+(?:tỉnh|thành phố))\b|,\s*thành phố\b", re.IGNORECASE)
# provinces written as several in the cluster's sentence: "Cụm thi đua Công an các tỉnh ...", "5 tỉnh", "mỗi tỉnh"
_SEVERAL_PROVINCES = re.compile(
    r"\b(?:các|những|mỗi|từng|\d{1,2}|" + count_words() + r")\s+(?:tỉnh|thành phố|địa phương)\b", re.IGNORECASE
)


def _one_province_after(after: str, gaz: Gazetteer) -> bool:
    """Whether what follows a province's kind word names no other place than one province: nothing ("Công an tỉnh"),
    a lower-case word going on ("tỉnh đã ..."), or one province's name and no second one joined to it."""
    if re.match(r"\s*(?:,\s*thành(?:\s+phố)?\b|và\b|[-–])", after):
        return False  # "tỉnh, thành phố", "tỉnh A và B": several
    if not re.match(r"\s*(?-i:[A-ZĐ])", after):
        return True  # "Công an tỉnh", "trên địa bàn tỉnh đã": the article's own province
    places = gaz.provinces_in(after)
    if not places or places[0].start > 1:
        return False  # "tỉnh Tây Nguyên": a region's name, not one province
    rest = after[places[0].end :]
    return not re.match(r"\s*(?:,|và\b|[-–])\s*(?:(?:tỉnh|thành phố|TP\.?)\s*)?(?-i:[A-ZĐ])", rest)


def one_provinces_cluster(name: str, paragraphs: list[str], gaz: Gazetteer) -> bool:
    """Whether a cluster the text names no province for is one province's (DOMAIN.md: its units are that
    province's bodies, not several provinces'): the text writes its units as the province's ("gồm 11 hội ... trên
    địa bàn tỉnh", "4 phòng trực thuộc Bộ CHQS tỉnh"), or its own name is one province's body's ("Cụm thi đua số 3,
    Công an tỉnh", "Cụm thi đua 17 - Ban Tuyên giáo Thành ủy X"). A numbered cluster written alone keeps the
    several provinces' default."""
    named = _CLUSTER_OF_BODY.match(name.strip())
    own = _OWN_PROVINCE_BODY.search(named.group("body")) if named and not _SEVERAL.search(named.group("body")) else None
    if own and _one_province_after(own.group("after"), gaz):
        return True
    for paragraph in paragraphs:
        if "tỉnh" not in paragraph.lower():
            continue
        for s in sentences(paragraph):
            for m in _ONE_PROVINCES_UNITS.finditer(s):
                if not _SEVERAL_PROVINCES.search(m.group(0)) and _one_province_after(m.group("after"), gaz):
                    return True
    return False


@cache
def _national_commands() -> tuple[tuple[re.Pattern[str], re.Pattern[str], str], ...]:
    """(its party committee written with no province, its national commander named, the force's name) for each force
    of data/reference/national_commands.csv: a bracket after the name ("Bộ đội Biên phòng (BĐBP)") is read past."""
    unplaced = r"(?:\s*\([^()]{1,30}\))?(?!\s*\(?\s*(?:tỉnh|thành phố|TP\b|(?-i:[A-ZĐ])))"
    return tuple(
        (
            re.compile(rf"\bĐảng\s+(?:ủy|uỷ)\s+{re.escape(r['force'])}{unplaced}", re.IGNORECASE),
            re.compile(rf"\b(?:Phó\s+)?{re.escape(r['commander'])}\s+{re.escape(r['force'])}{unplaced}", re.IGNORECASE),
            r["force"],
        )
        for r in load_table("national_commands.csv")
    )


def national_committee_acts(lead: str, text: str, parties: list[Party]) -> bool:
    """Whether the lead has a force's national party committee act ("Đảng ủy Bộ đội Biên phòng và Tỉnh ủy A tổ chức
    sơ kết"): written with no province after it, in a text that names the force's national commander ("Tư lệnh Bộ
    đội Biên phòng"), and found as a party (the parser gives it the article's province, as it does a province's
    command written bare). A central body (DOMAIN.md: a central party board), whatever province it works with."""
    for committee, commander, force in _national_commands():
        if (
            committee.search(lead)
            and commander.search(text)
            and any(force.lower() in p.name.lower() and p.tier != "central" for p in parties)
        ):
            return True
    return False


@cache
def _national_units_listed() -> re.Pattern[str]:
    """A cluster's members listed as units of a national command by a head level_tiers.csv makes central ("Cụm thi
    đua số 8 ... gồm 4 đơn vị: Hải đoàn 18, 28, 38 và 48", "Khối thi đua gồm các Sư đoàn 2, 3")."""
    heads = [r["head"] for r in load_table("level_tiers.csv") if r["tier"] == "central" and not r["unless_named_with"]]
    return re.compile(
        r"\b(?:cụm|khối)\b[^.;\n]{0,80}?\b(?:bao gồm|gồm có|gồm)\b[^.;:\n]{0,30}?:?\s*(?:các\s+)?"
        rf"(?:{alternation(heads, ignore_case=True)})\s+(?:\d|[IVX]+\b)",
        re.IGNORECASE,
    )


def national_units_members(paragraphs: list[str]) -> bool:
    """Whether the text lists a cluster's members as units of a national command (ruling 17: a division, a brigade,
    a flotilla is a central body wherever it is stationed): a cluster of central units, whose event is central."""
    return any(_national_units_listed().search(p) for p in paragraphs)


def provincial_city_body(party: Party, gaz: Gazetteer) -> bool:
    """Whether a body is written with "thành phố" and no name after it in an article about a province that is no city
    ("Ủy ban MTTQ Việt Nam thành phố" in a report of Thừa Thiên Huế's; "các Viện kiểm sát thành phố, thị xã, huyện"):
    the province's own city, a district's body (DOMAIN.md: a provincial city is a district), though the parser,
    knowing no city of the article, wrote the province's name after the kind word."""
    if party.tier != "province" or party.type == "other" or not party.province:
        return False
    unit = gaz.legacy.get(party.province)
    return (
        unit is not None
        and unit.kind != "city"
        and fold(party.where) == fold(f"thành phố {party.province}")
        and not party.base.lower().endswith(("tỉnh", "thành phố"))
    )
