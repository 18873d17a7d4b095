"""One clean article in, one event record out (etl/record.py, the contract), with confidences and flags."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from typing import Any

from etl.bare_places import district_of_dateline, province_of_bare_districts, province_of_units
from etl.classify import DEEP_READ, PLEDGE_SIGNED, classify, classify_page
from etl.cleaning import Article
from etl.cluster_owner import introduced_with_roll, with_owner
from etl.cluster_place import province_written, with_place, with_province_kind
from etl.clusters import bare_count_in, cluster_above, counted_group, find_cluster
from etl.collective_members import collective_members_named, units_side_named
from etl.dates import DAY_OPENING, event_date_of, is_posting_stamp
from etl.event_types import makes_programs
from etl.group_names import by_full_name
from etl.institution_seats import province_of_institutions
from etl.level import level_of
from etl.level_evidence import (
    as_central_body,
    branch_provinces,
    central_chair,
    central_in_reviewed_coordination,
    cluster_role_provinces,
    commune_acts,
    commune_of_portal,
    counted_for_level,
    district_of_portal,
    framing_bodies,
    names_provinces_group,
    national_committee_acts,
    national_units_members,
    one_provinces_cluster,
    provinces_beyond_the_capital,
    provinces_counted_and_named,
    provinces_counted_then_named,
    provinces_of_bodies,
    provincial_city_body,
    reviewed_central_bodies,
    tier_for_level,
    tier_of_units_cluster,
    without_network_of_cluster,
)
from etl.mass_collective import mass_organisations_met
from etl.outlets import outlet_of, outlet_of_tag
from etl.own_province import writes_own_province
from etl.parties import (
    Party,
    PlaceContext,
    as_written,
    body_key,
    expand_abbreviations,
    find_parties,
    own_abbreviations,
    own_written,
    same_kind,
    short_form,
    spell_out,
    unprefixed,
)
from etl.periods import find_period
from etl.places import Gazetteer, Mention, gazetteer, unglue_kinds
from etl.press_places import press_placed
from etl.record import EventRecord
from etl.reference import count_value, count_words
from etl.roles import (
    CO_CHAIRS,
    area_named,
    department_named,
    fuller_cluster_names,
    has_verb,
    leaders_attending_to_chair,
    leaders_chairing_in,
    leaders_signing_in,
    mass_bodies_listed,
    name_counted,
    organ_named,
    parties_with_roles,
    unit_named,
    units_for_bodies,
    without_cluster_chairs,
    without_member_lists,
)
from etl.slug_parties import cluster_named_in_address, parties_in_address, slug_text
from etl.text import fast_start, fold, sentences
from etl.topics import find_topics
from etl.unit_collectives import placed_by_partner, with_unit_collective
from etl.working_sessions import working_session_in

_ATTENDANCE = re.compile(
    r"^\s*(?:[•·*]\s*)?(dự|tham dự|cùng dự|tới dự|đến dự|về dự|về phía|có sự tham dự|chủ trì|phát biểu|theo đó|tại hội nghị|"
    r"đồng chí|ông|bà)\b",
    re.IGNORECASE,
)
_WITNESS = re.compile(
    r"(trước sự chứng kiến|dưới sự chứng kiến|dự hội nghị có|tham dự có|chứng kiến).*$", re.IGNORECASE | re.DOTALL
)
_WITNESS = fast_start(_WITNESS)  # a first-letter check before the alternatives
# A lead that opens by citing the directive it implements ("Thực hiện Quyết định số 238-QĐ/TW ... về Quy chế phối
# hợp giữa ..."): the bodies it names are the directive's, the event is told in the next sentence.
_PREAMBLE = re.compile(
    r"^\s*(?:thực hiện|căn cứ|triển khai|theo)\s+(?:quyết định|nghị quyết|nghị định|chỉ thị|kết luận|hướng dẫn|"
    r"công văn|thông tư|luật)\b",
    re.IGNORECASE,
)
# a day and month anywhere in a line ("24-9", "16/10"): a summary or a caption that names none is no report
# "\b\d{1,2}\s*[/-]\s*\d{1,2}\b", the word boundary read after the first digit: the engine skips to each digit in one step
_A_DAY = re.compile(r"\d(?<!\w[\s\S])\d?\s*[/-]\s*\d{1,2}\b")
# the names compared again and again (provinces' for outlet slugs, bodies' heads), folded once
_folded = lru_cache(maxsize=8192)(fold)
_SIGNED_BEFORE = re.compile(r"\bđược\s+(?:ký|kí)\b", re.IGNORECASE)
_HOST_CUE = re.compile(r"(đăng cai|đơn vị chủ trì|tổ chức tại|diễn ra tại|\btại\b)", re.IGNORECASE)
_HOST_CUE = fast_start(_HOST_CUE)  # a first-letter check before the alternatives
# a body seated in a city, "tại" part of its name ("Viện Kiểm sát nhân dân cấp cao tại thành phố Đà Nẵng", "Tòa án
# nhân dân cấp cao tại Hà Nội", "Cơ quan đại diện ... tại TP.HCM"): its seat, not where the event took place
_SEAT_BEFORE = re.compile(r"\b(?:cấp cao|(?:cơ quan|văn phòng) đại diện(?:\s+[^,;.()]{0,60}?)?)\s*$", re.IGNORECASE)
# an online meeting's connection points ("trực tuyến tại 04 điểm cầu: A, B, C"): the first is no venue
_ONLINE_POINTS = re.compile(r"\s+(?:\d{1,2}|các|nhiều|" + count_words() + r")\s+điểm cầu\b", re.IGNORECASE)


@dataclass(frozen=True)
class Extraction:
    """An article's event record, with a confidence per field, the flags of inferred values and the parties
    as the extractor saw them (type, tier, province), which the warehouse keeps beside the record."""

    record: EventRecord
    confidence: dict[str, float]
    flags: list[str]
    party_details: list[dict[str, Any]] = field(default_factory=list)


# a report's opening that tells when it happened without a day: "Mới đây,", "Vừa qua,", "Cuối tháng 9,"
_UNDATED_REPORT = re.compile(
    r"\s*(?:Mới đây|Vừa qua|Gần đây|(?:Cuối|Đầu|Giữa) tháng\s+(?:\d{1,2}|[a-zà-ỹ]+)(?:\s+vừa qua)?)\s*,", re.I
)


def lead_of(article: Article) -> str:
    """The first paragraph; the next one too when the first is a short line that reports no event, or a
    summary that names no day before the report opens with one ("Ngày 24-9, tại ...")."""
    paras = article.paragraphs
    lead = paras[:1]
    short_and_empty = len(paras[0].split()) < 30 and classify(paras[0], "")[0] is None if paras else False
    summary = len(paras) > 1 and not _A_DAY.search(paras[0]) and bool(DAY_OPENING.match(paras[1]))
    if len(paras) > 1 and not summary and _UNDATED_REPORT.match(paras[1]) and not _A_DAY.search(paras[0]):
        # a summary that reports no event over a report that opens with a time but no day ("Mới đây, bốn địa
        # phương ... đã ký kết", "Cuối tháng 9, ... đã làm lễ kết nghĩa"): a page whose headline was lost
        summary = classify(paras[0], "")[0] is None
    undated = len(paras) > 2 and not _A_DAY.search(paras[0])
    if undated and (report := _captions_then_report(paras[1:DEEP_READ], 2)):
        # a summary, short lines (photo captions, the headlines of related articles), then the dated report
        lead.append(report)
    elif len(paras) > 1 and (short_and_empty or summary or _PREAMBLE.match(paras[0])):
        lead.append(paras[1])
    elif undated and (report := _captions_then_report(paras[1:3], 1)):
        # a summary, a photo's caption, then the dated report ("Chiều 29/12, tại ..."): the report is the lead's
        lead.append(report)
    return "\n".join(lead)


def _captions_then_report(paras: list[str], least: int) -> str | None:
    """The dated report after `least` short undated lines or more (a photo's caption, related articles'
    headlines, a byline, the posting stamp) that stand between a summary and it."""
    for i, para in enumerate(paras):
        if is_posting_stamp(para):
            continue  # "01/12/2022 18:30" under the byline: the page's day, a short line like the others
        if len(para.split()) >= 30 or _A_DAY.search(para):
            return para if i >= least and DAY_OPENING.match(para) else None
    return None


def _event_sentences(title: str, lead: str) -> list[str]:
    """Sentences that say who signs or meets: the title and the lead, minus attendance and witnesses."""
    chosen = [title]
    for s in sentences(lead)[:4]:
        if _ATTENDANCE.match(s) or _PREAMBLE.match(s) or _credit_line(s):
            continue
        chosen.append(_WITNESS.sub("", s))
    return chosen


def _credit_line(sentence: str) -> bool:
    """Whether a sentence only credits the outlet it comes from (a short line with no verb)."""
    return bool(_CREDIT_LINE.fullmatch(sentence.strip())) and not has_verb(sentence)


# a line that only credits the outlet ("Báo Quân đội nhân dân", "Theo Báo A"): the source, no party
_CREDIT_LINE = re.compile(
    r"(?i:theo\s+)?(?:Báo|Tạp chí|Cổng thông tin|Trang tin)\s+[A-ZĐ][^\s.]*(?:\s+[^\s.]+){0,4}\.?"
)


def _outlet_province(article: Article, gaz: Gazetteer) -> str | None:
    registered = _outlet_row(article)
    if registered:
        return registered["province_legacy"] or None
    # after the page's address, the outlet its lead names as its source ("(Baohatinh.vn) - Ngày 6/1, ..."): a page
    # copied to another site keeps the tag of the outlet that published it
    tags = [tag.group(1) for p in [article.title, *article.paragraphs[:3]] if (tag := _SOURCE_TAG.match(p))]
    site = " ".join([article.site, article.url or "", *tags])
    slugs = re.findall(r"[a-z0-9.-]+\.(?:vn|com|net|org)", fold(site))
    # ... and the outlet's own hashtags among its lines ("#congantuyenquang"), written like a domain without its end
    slugs += re.findall(r"(?<![\w&])#([a-z0-9]{6,})\b", fold(article.site))
    # the site's own domain first: the lines kept as the site's (chrome, bylines, a closing line) may name the
    # event's other places ("Theo đó, TP. Hồ Chí Minh sẽ ...")
    for domain in slugs:
        flat = domain.replace("-", "").replace(".", "")
        for name, slug in _province_slugs(gaz):
            if slug in flat:
                return name
        # ... or a provincial outlet the registry knows by a domain that does not spell its province ("la34.com.vn",
        # the address of its logo above the headline)
        if "." in domain and (row := outlet_of("//" + domain)) and row["province_legacy"]:
            return row["province_legacy"]
    for m in gaz.provinces_in(site):
        return m.name
    for domain in slugs:  # a district's own site ("tuoitregiongrieng.com"): the one province that district lies in
        label = domain.replace("-", "").split(".")[0]
        found = {p for key, rows in _long_district_slugs(gaz).items() if key in label for p in rows}
        if len(found) == 1:
            return found.pop()
    return None


def _outlet_row(article: Article) -> dict[str, str] | None:
    """The registry row of the outlet: its page's address, else the dateline tag its lead opens with ("(QNO) -",
    "BHG -"), the paper's own mark that a text kept without its address still carries, or the credit it closes with."""
    registered = outlet_of(article.url)
    if registered is not None or article.url:
        return registered  # a site the registry does not know: an aggregator's copy is labelled by its address
    for p in [article.title, *article.paragraphs[:3]]:  # a lead with no headline above it is read as the title
        if tag := _DATELINE_TAG.match(p):
            mark = next(g for g in tag.groups() if g)
            # a mark the table knows, else a domain the registry does ("Laocaitv.vn -", "VOV.VN -")
            if row := outlet_of_tag(mark) or ("." in mark and outlet_of("//" + mark.lower()) or None):
                return row
    # ... else the closing credit the page kept among its site's lines ("Nguồn: Trung tâm Tin tức HTV")
    for line in article.site.split(" | "):
        if (credit := _CREDIT_MARK.match(line)) and (row := outlet_of_tag(credit.group(1))):
            return row
    return None


# a credit line that ends on the outlet's mark in capitals ("Nguồn: Trung tâm Tin tức HTV"): a text copied with its
# credit still says which outlet made it; only the marks the table knows count (a byline's initials do not)
_CREDIT_MARK = re.compile(r"\s*(?:Nguồn|Theo)\s*:\s*[^\n]{0,60}?(?<!\w)([A-ZĐ][A-ZĐ0-9]{1,5})\s*\.?\s*$")


# a paper's dateline mark: in brackets ("(GLO)-", "(LĐ online) -", "(NTO) Ngày 5-1"), or in capitals before a dash
# ("BHG - Vừa qua", "VOV4.VN - "), or its domain before a dash ("Laocaitv.vn -"); only the marks the table knows and
# the domains the registry does count
_DATELINE_TAG = re.compile(
    r"\s*(?:\(([^()\n]{2,20})\)\s*[:–—-]?|([A-ZĐ][A-ZĐ0-9]{1,5}(?:\.[A-Z]{2,3})*)\s*[–—-]\s"
    r"|([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:vn|VN|Vn|com|net|Net|NET|org))\s*[–—-]\s)"
)


# the outlet a lead opens with, in brackets before a dash or a colon ("(Thanhuytphcm.vn) -", "(Tinhuy.dcs.vn):")
_SOURCE_TAG = re.compile(r"\s*\(([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:vn|com|net|org))\)\s*[:–—-]")


@lru_cache(maxsize=2)
def _province_slugs(gaz: Gazetteer) -> tuple[tuple[str, str], ...]:
    """(legacy province, its folded letters: "Bà Rịa - Vũng Tàu" -> "bariavungtau"), of five letters or more, in
    the gazetteer's order: worked out once, not for every domain of every article."""
    slugs = ((name, re.sub(r"[^a-z]", "", _folded(name))) for name in gaz.legacy)
    return tuple((name, slug) for name, slug in slugs if len(slug) >= 5)


@lru_cache(maxsize=2)
def _long_district_slugs(gaz: Gazetteer) -> dict[str, set[str]]:
    """{a district's folded name without spaces: its provinces}, for names long enough not to occur by chance in a
    site's name (eight letters or more: "giongrieng", not "anphu")."""
    slugs: dict[str, set[str]] = {}
    provinces = {_folded(name).replace(" ", "") for name in gaz.legacy}  # "Quảng Ninh" the province, not the district
    for key, rows in gaz.districts.items():
        flat = key.replace(" ", "")
        if len(flat) >= 8 and flat.isalpha() and not any(flat in p or p in flat for p in provinces):
            slugs.setdefault(flat, set()).update(p for p, _ in rows)
    return slugs


_URL_DISTRICT = re.compile(r"(?:^|[/_-])(huyen|quan|thi-xa|thanh-pho)-([a-z0-9]+(?:-[a-z0-9]+){0,3})")
_URL_KIND = {"huyen": "huyện", "quan": "quận", "thi-xa": "thị xã", "thanh-pho": "thành phố"}


def _district_in_url(url: str | None, province: str | None, gaz: Gazetteer) -> tuple[str, str] | None:
    """(district, kind as written) a page's address names ("...-huyen-nam-can.html") when the text names
    none: a district of the article's province, the longest name first."""
    if not url or not province:
        return None
    path = fold(url.split("://", 1)[-1].partition("/")[2])
    for m in _URL_DISTRICT.finditer(path):
        words = m.group(2).split("-")
        for n in range(len(words), 0, -1):
            key = " ".join(words[:n])
            provinces = {p for p, _ in gaz.districts.get(key, [])}
            if provinces == {province}:
                return gaz.unit_names[key], _URL_KIND[m.group(1)]
    return None


_URL_COMMUNE = re.compile(r"(?:^|[/_-])(?:xa|phuong|thi-tran)-([a-z0-9]+(?:-[a-z0-9]+){0,3})")


def _commune_in_url(url: str | None, province: str | None, gaz: Gazetteer) -> str | None:
    """The commune a page's address names ("/xa-da-teh-3-ky-ket-..."), a commune of the article's province,
    for bodies the text writes as "Công an xã" with no name."""
    if not url or not province:
        return None
    current = gaz.current_of(province)
    path = fold(url.split("://", 1)[-1].partition("/")[2])
    for m in _URL_COMMUNE.finditer(path):
        words = m.group(1).split("-")
        for n in range(len(words), 0, -1):
            key = " ".join(words[:n])
            if {p for p, _ in gaz.communes.get(key, [])} & {province, current}:
                return gaz.unit_names[key]
    return None


def _written_kind(text: str, mention: Mention | None) -> str | None:
    """The kind word a district mention starts with, as written ("thị xã" in "thị xã Cai Lậy")."""
    if mention is None:
        return None
    kind = re.match(r"(?i)(thị xã|thành phố|huyện|quận)\b", text[mention.start :])
    if kind:
        return kind.group(1).lower()
    # the district named through its party committee: a "Thị ủy" is a town's ("Thị ủy A": thị xã A), a "Quận ủy" an
    # urban district's; the district's bodies written with no place take that kind
    committee = _COMMITTEE_KIND.match(text, mention.start)
    return _COMMITTEE_KINDS[committee.group(1).lower()] if committee else None


def _shared_district(districts: list[Mention], province: str, gaz: Gazetteer) -> Mention | None:
    """The district named whose name several provinces' districts share, when one of them is the province the title
    or lead names ("huyện Tân Uyên tỉnh Lai Châu"): the article's district, for its bodies written "huyện"."""
    return next((d for d in districts if not d.province and province in gaz.district_provinces(d.name)), None)


_COMMITTEE_KIND = re.compile(r"(Thị|Quận|Huyện)\s+(?:ủy|uỷ)\s", re.I)
_COMMITTEE_KINDS = {"thị": "thị xã", "quận": "quận", "huyện": "huyện"}


def _article_place(
    article: Article, lead: str, gaz: Gazetteer, when: str | None = None
) -> tuple[str | None, str | None, str | None, str | None]:
    """(province, district, how, the district's kind as written) the article is about, for bodies written as
    "tỉnh", "Huyện ủy"; its communes as they stood on the event's day `when`."""
    head = article.title + "\n" + lead + "\n" + article.site
    districts, source = gaz.districts_in(head), head
    if not districts:
        districts, source = gaz.districts_in(article.text), article.text
    district = next((d for d in districts if d.province), None)
    kind = _written_kind(source, district)
    if district is None:  # named nowhere with its kind word: the title's dateline ("Hàm Tân: ...") may name it
        district = district_of_dateline(article.title, gaz)
    # who attended is named with their own places ("Đến dự có ... Văn phòng Bộ ... tại TP.HCM"): not the article's
    told = " ".join(s for s in sentences(lead) if not _ATTENDANCE.match(s))
    for text, how in ((article.title, None), (told, None)):
        mentions = gaz.provinces_in(text)
        if mentions:
            if district is None and (shared := _shared_district(districts, mentions[0].name, gaz)):
                district, kind = shared, _written_kind(source, shared)
            return mentions[0].name, district.name if district else None, how, kind
    outlet = _outlet_province(article, gaz)
    if outlet and district is None and (named := _district_in_url(article.url, outlet, gaz)):
        return outlet, named[0], "province_from_outlet", named[1]
    if outlet and district is None and (portal := district_of_portal(article.url, outlet, gaz)):
        return outlet, portal, "province_from_outlet", None
    if outlet:
        here = district is not None and district.province == outlet
        return (
            outlet,
            district.name if district is not None and here else None,
            "province_from_outlet",
            kind if here else None,
        )
    if district:
        return district.province, district.name, "province_from_district", kind
    communes = [c for c in gaz.communes_then(article.title + "\n" + lead, when) if c.province]
    if communes:
        legacy = gaz.canonical(communes[0].province)
        return legacy, None, "province_from_commune", None
    text = article.text  # a national university's city is its name, not a place of the event ("ĐHQG TP.HCM")
    mentions = gaz.provinces_in(text)
    counts = Counter(
        m.name for m in mentions if not _NATIONAL_SCHOOL_BEFORE.search(text, max(0, m.start - 30), m.start)
    )
    if counts:
        return counts.most_common(1)[0][0], None, "province_from_mentions", None
    if section := _province_in_url_section(article.url, gaz):
        return section, None, "province_from_url", None
    # a text that names its province nowhere: the communes and districts the whole text names, with their kind word
    # ("xã A", "phường B"), then those a provincial paper names without it ("Công an 3 địa phương A, B và C")
    if units := province_of_units(article.title + "\n" + text, gaz, when):
        return units, None, "province_from_district", None
    if bare := province_of_bare_districts(article.title + "\n" + text, gaz):
        return bare, None, "province_from_district", None
    # ... else where the institutions it names are seated ("Trường Đại học Tây Nguyên", "Sư đoàn 10", "Nhà máy Z121")
    if seat := province_of_institutions(article.title + "\n" + text):
        return seat, None, "province_from_institution", None
    return None, None, None, None


_NATIONAL_SCHOOL_BEFORE = re.compile(r"(?:Đại học|ĐH)\s+Quốc gia\s+(?:Thành phố\s+|TP\.?\s*)?$", re.I)


def _province_in_url_section(url: str | None, gaz: Gazetteer) -> str | None:
    """The one province a national outlet's section names in the page's address ("/ldld-soc-trang/...": the
    section of a province's labour federation; "/binhdinh/...": a ministry's or a portal's provincial sub-site,
    the name written in one word), for a text that names no place at all. The last segment is the headline's
    slug, not a section."""
    path = fold((url or "").split("://", 1)[-1].partition("/")[2]).rsplit("/", 1)[0]
    sections = "/" + path.replace("_", "-") + "/"
    if len(sections) < 6:
        return None
    found = {
        name
        for name in gaz.legacy
        if len(slug := _folded(name).replace(" ", "-")) >= 5
        and (re.search(rf"[/-]{re.escape(slug)}[/-]", sections) or f"/{slug.replace('-', '')}/" in sections)
    }
    return found.pop() if len(found) == 1 else None


def _host_province(
    lead: str, text: str, parties: list[Party], fallback: str | None, gaz: Gazetteer
) -> tuple[str | None, float, bool]:
    """(host province, confidence, whether the text says where the event took place or who hosted it)."""
    for s in sentences(lead)[:3]:
        if _ATTENDANCE.match(s):
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
_CENTRAL_CHAIR = re.compile(r"\b(?:Việt Nam|Trung ương|tối cao)\s*[-–,]?\s*(?:(?i:đơn vị)\s*)?$")
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
    r"(huyện|quận|thị xã|(?<!thị )xã|phường|thị trấn)\s+[A-ZĐ]"  # "gồm: VKSND TP A, VKSND huyện B"
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
    registered = _outlet_row(article)
    joint = not group and _joint(lead, gaz)
    own = registered["province_legacy"] if registered is not None else _outlet_province(article, gaz)
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
    return _outlet_province(article, gaz) is not None


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


_ATTENDED_BY = re.compile(rf"{_ATTENDANCE.pattern}|\s*về tham dự\b", re.IGNORECASE)


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


def _one_provinces_cluster(party: Party, texts: list[str], gaz: Gazetteer) -> Party:
    """A numbered cluster the text writes as one province's ("Cụm thi đua số 11 tỉnh Thanh Hóa", its members the
    province's own associations): the province's bodies, not several provinces'. A cluster that lists members,
    or whose name goes on with a second province, keeps its tier."""
    if party.type != "other" or party.tier != "inter-provincial" or "(" in party.name:
        return party
    for text in [party.name, *texts]:
        for m in _OWN_PLACE.finditer(text):
            if not fold(party.name).startswith(fold(m.group("name"))):
                continue  # another cluster
            places = gaz.provinces_in(m.group("place"))
            if (
                len(places) != 1
                or places[0].start > 0
                or re.match(r"\s*(?:,|và\b|với\b)", m.group("place")[places[0].end :])
            ):
                return party
            written = f"{m.group('kind')} {places[0].name}" if fold(places[0].name) not in fold(party.name) else ""
            return replace(party, name=f"{party.name} {written}".strip(), tier="province", province=places[0].name)
    return party


# a numbered cluster's name followed by one province written as a place: "Cụm thi đua số 11 tỉnh Thanh Hóa"
_OWN_PLACE = re.compile(
    r"\b(?P<name>(?:cụm|khối)\s+thi đua\s+số\s+[\dIVX]+)\s*,?\s*(?:của\s+)?(?P<kind>tỉnh|thành phố|TP\.?)\s+"
    r"(?P<place>[^;.:()\n]{2,40})",
    re.IGNORECASE,
)


def _reported_after_caption(paragraphs: list[str]) -> str | None:
    """The dated report under an undated first paragraph (a photo's caption, printed once or twice), or None
    when the first paragraph is itself dated or no dated report follows."""
    if not paragraphs or _A_DAY.search(paragraphs[0]):
        return None
    for para in paragraphs[1:]:
        if para == paragraphs[0]:
            continue  # the caption printed again
        return para if DAY_OPENING.match(para) else None
    return None


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


def _listed_provinces(text: str, gaz: Gazetteer) -> list[str]:
    """The members a cluster article lists: the first sentence that names three provinces or more. A guest
    listed with them ("Sóc Trăng (khách mời)", "và đơn vị khách mời là ..."), the place of a guest's office
    ("cơ quan đại diện Bộ ... tại TP.HCM") or a province the list says it leaves out ("(không có TP Cần Thơ)") is no
    member."""
    for s in sentences(text):
        guests = _GUEST.search(s)
        members = [
            m
            for m in gaz.provinces_in(s)
            if not (guests and m.start >= guests.start())
            and not _GUEST_MARK.match(s, m.end)
            and not _OFFICE_AT.search(s[max(0, m.start - 20) : m.start])
            and not _LEFT_OUT.search(s[max(0, m.start - 30) : m.start])
        ]
        if len(set(m.name for m in members)) >= 3:
            return list(dict.fromkeys(_with_cities_listed(s, members, gaz)))
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


def _with_cities_listed(s: str, members: list[Mention], gaz: Gazetteer) -> list[str]:
    """The provinces of a list, in order, with an item written as the province's main city instead ("Bình Dương,
    Đồng Nai, Vũng Tàu, Tây Ninh", "Nha Trang, Bình Thuận"): the province the reference knows that city by."""
    names = [(m.start, m.name) for m in members]
    start, end = members[0].start, members[-1].end
    before = s.rfind(":", 0, start)
    span_start = before + 1 if before >= 0 and not re.search(r"[.;]", s[before:start]) else start
    run = re.match(r"[^.;:()]*", s[end:])
    for item in re.finditer(r"[^,]+", s[span_start : end + (run.end() if run else 0)]):
        words = re.sub(r"^\s*(?:và\s+)?(?:TP\.?|thành phố)?\s*", "", item.group(0)).split()
        if not (1 <= len(words) <= 3) or not all(w[:1].isupper() for w in words):
            continue
        if gaz.provinces_in(" ".join(words)):
            continue
        provinces = {p for p, _ in gaz.districts.get(fold(" ".join(words)), [])}
        if len(provinces) == 1:
            names.append((span_start + item.start(), provinces.pop()))
    return [name for _, name in sorted(names)]


_GUEST = re.compile(r"\b(?:đơn vị|đại biểu)?\s*khách mời\s+(?:là|gồm|có)\b", re.IGNORECASE)
_GUEST_MARK = re.compile(r"\s*\(\s*khách mời", re.IGNORECASE)  # "Sóc Trăng (khách mời)"
# a province a list leaves out: "gồm 12 tỉnh ... (không có TP Cần Thơ)", "các tỉnh trong vùng, trừ tỉnh A"
_LEFT_OUT = re.compile(
    r"(?:\(|\b)\s*(?:không có|không gồm|không bao gồm|ngoại trừ|trừ)\s+(?:(?:TP\.?|thành phố|tỉnh)\s*)?$", re.IGNORECASE
)
_OFFICE_AT = re.compile(r"\btại\s+(?:TP\.?\s*|thành phố\s+|tỉnh\s+)?$", re.IGNORECASE)


def extract(article: Article) -> Extraction:
    """The event record of one article, with its confidences and flags."""
    gaz = gazetteer()
    flags = list(article.flags)
    unglued = unglue_kinds(article.title), unglue_kinds(article.text)  # "TX.Buôn Hồ"
    if unglued != (article.title, article.text):  # (most articles glue none: the article as it is)
        article = replace(article, title=unglued[0], text=unglued[1])
    # the text's own abbreviations ("Hội Khuyến học (HKH) ... HKH tỉnh A"), written out before reading; the
    # parties are written back as the title and lead first name them
    own = own_abbreviations(article.title + "\n" + article.text)
    written = article.title + "\n" + lead_of(article) if own else ""
    if own:
        article = replace(article, title=spell_out(article.title, own), text=spell_out(article.text, own))
    title = expand_abbreviations(article.title)
    # the lead's paragraphs with abbreviations expanded; those further down only searched for a signing, as written
    paragraphs = [expand_abbreviations(p) for p in article.paragraphs[:4]] + article.paragraphs[4:DEEP_READ]
    event_type, type_conf = classify_page(title, paragraphs, article.url)
    confidence: dict[str, float] = {"is_event": type_conf}
    if event_type is None:
        return Extraction(EventRecord(), confidence, flags)
    raw_lead = lead_of(article)  # read only for an event
    lead = expand_abbreviations(raw_lead)
    body = expand_abbreviations(article.text)

    event_date, date_flag, date_conf = event_date_of(
        article.title, article.paragraphs, article.published, article.url, article.crawl_date
    )
    province, district, how, district_kind = _article_place(article, lead, gaz, event_date)
    if date_flag:
        flags.append(date_flag)
        date_conf = min(date_conf, 0.8)

    communes = gaz.communes_then(article.title + "\n" + lead, event_date)
    commune = communes[0].name if communes else _commune_in_url(article.url, province, gaz)
    ctx = PlaceContext(
        province, district, gaz.for_date(province, event_date), commune, district_kind=district_kind, when=event_date
    )
    if district and not gaz.has_districts(event_date) and district == district_of_portal(article.url, province, gaz):
        # after July 2025 a local unit's own portal ("chuse.gialai.gov.vn") reports its own bodies: one written with
        # no place ("khối UBMTTQ VN và các tổ chức chính trị - xã hội") is the unit's, a commune's (DOMAIN.md)
        ctx = replace(ctx, default_tier="commune")
    elif (portal_commune := commune_of_portal(article.url, province, raw_lead, gaz)) and (
        not commune or fold(commune) == fold(portal_commune)
    ):
        # a commune's own portal ("<commune>.<district>.<province>.gov.vn") reports its own bodies: one the lead
        # writes with no place ("hội nghị giao ban giữa Khối Dân vận và Khối Chính quyền") is the commune's, whether
        # or not the lead names the commune
        ctx = replace(ctx, commune=portal_commune, default_tier="commune")
    # roles read the text as written: "(BĐBP) 3 tỉnh" and "TP. HCM" are normalised there, then expanded
    event_sentences = _event_sentences(article.title, raw_lead)
    reading = _Reading(
        article, title, raw_lead, lead, body, event_sentences, event_type, event_date, province, district, how, ctx, gaz
    )
    named = _parties_named(reading)
    parties, lead_principal, told_at = named.parties, named.lead_principal, named.told_at
    if len(parties) > 1 and all(p.type == "enterprise" for p in parties):  # a contract between companies: no event
        return Extraction(EventRecord(), {"is_event": 0.8}, flags)
    parties = _parties_finished(reading, parties)
    cluster, parties = _cluster_and_holders(reading, parties)
    where = _involvement(reading, parties, cluster, told_at)
    flags += where.flags
    level, involved, host, host_conf, parties = where.level, where.involved, where.host, where.host_conf, where.parties
    event_year = int(event_date[:4]) if event_date else None
    # the later sentence that told who signs states what they signed when the title and lead give no year
    period_lead = f"{lead}\n{told_at}" if told_at and not re.search(r"(?:19|20)\d{2}", title + lead) else lead
    reported = _reported_after_caption(article.paragraphs[:4])
    if reported is not None and event_type == "meeting":
        # a photo's caption above the dated report ("Lãnh đạo hai bên ký kết chương trình giai đoạn 2023 - 2028",
        # then "Chiều 9/8, ... tổng kết chương trình giai đoạn 2017 - 2022 và ký kết ..."): the report says which
        # program the meeting reviewed
        period_lead = expand_abbreviations(reported)
    period = find_period(title, period_lead, body, event_type, event_year)
    topics = find_topics(title, " ".join(event_sentences[1:]), body, parties, cluster)
    # the old province of a merged unit only when a commune or district of it is named, never its namesake
    place = gaz.place(host, event_date, (article.title + "\n" + raw_lead, article.text))
    # a party written as the title and lead name it, else as the whole text does (ruling 1)
    as_named = (article.title + "\n" + raw_lead, article.title + "\n" + article.text)
    owned_by = [article.title, *article.paragraphs[:8]]
    whole = article.title + "\n" + article.text  # a head's written-out words kept only where the text writes them
    has_districts = gaz.has_districts(event_date)
    cluster_district = f"{district_kind or 'huyện'} {district}" if district and has_districts else None
    cluster_province = (
        province_written(
            place.province,
            place.province in gaz.legacy and gaz.legacy[place.province].kind == "city",
            article.text,
            [(m.start, m.end) for m in gaz.provinces_in(article.text) if m.name == place.province],
        )
        # only for a group among the parties: the province's mentions are a scan of the whole text
        if has_districts and place.province and any(p.type == "other" for p in parties)
        else None
    )
    record = EventRecord(
        is_event=True,
        event_type=event_type,
        event_date=event_date,
        province=place.province,
        province_legacy=place.legacy,
        province_current=place.current,
        region=place.region,
        # two provinces merged by the event's date are one province then ("Quảng Bình" and "Quảng Trị" after July 2025)
        provinces_involved=tuple(dict.fromkeys(filter(None, (gaz.for_date(p, event_date) for p in involved)))),
        level=level,
        # the lead's short form first: a title spelling out "Ủy ban nhân dân tỉnh X" above a lead's "UBND tỉnh X"
        # a bare numbered cluster with the network its sentences name, as the registry writes it: the text never
        # writes the two together, so no abbreviation of its own applies ("Cụm thi đua số 4" of "Hội CCB")
        # a bare cluster of one province's districts or one district's communes, with its place made explicit,
        # unless the text introduces it with its roll of members ("Cụm thi đua 1 gồm 9 phường: ...")
        # a bloc whose province was added bare, with the province's kind as the text writes it
        parties=tuple(
            with_province_kind(
                with_place(
                    with_owner(
                        own_written(
                            as_written(as_written(unprefixed(p.name, whole), raw_lead), *as_named), written, own
                        ),
                        owned_by,
                    ),
                    p.tier if p.type == "other" and not introduced_with_roll(owned_by, p.name) else "",
                    cluster_province,
                    cluster_district,
                ),
                cluster_province if p.type == "other" else None,
                whole,
            )
            for p in parties
        ),
        topics=tuple(topics),
        period_start=period[0],
        period_end=period[1],
        cluster=cluster,
    ).validate()
    confidence.update(
        event_type=type_conf,
        event_date=date_conf,
        province=host_conf,
        level=0.7 if parties else 0.5,
        parties=_parties_confidence(parties, event_type, lead_principal),
        topics=0.7,
        period=0.9 if period[0] else 0.7,
        cluster=0.9 if cluster else 0.8,
    )
    details = [
        {"name": p.name, "type": p.type, "tier": p.tier, "province": gaz.for_date(p.province, event_date)}
        for p in parties
    ]
    return Extraction(record, confidence, list(dict.fromkeys(flags)), details)


@dataclass(frozen=True)
class _Reading:
    """An event article as the steps after detection read it: the texts as written and with their abbreviations
    written out, the event's type and day, and the place the article is about."""

    article: Article
    title: str  # abbreviations written out, as in lead and body; raw_lead as the page writes it
    raw_lead: str
    lead: str
    body: str
    event_sentences: list[str]  # the title's and the lead's sentences as written
    event_type: str
    event_date: str | None
    province: str | None  # the province the article is about, and its district, and how it was found
    district: str | None
    how: str | None
    ctx: PlaceContext
    gaz: Gazetteer


@dataclass(frozen=True)
class _Involvement:
    """Where an event took place and who took part: what `_involvement` works out."""

    level: str
    involved: list[str]
    host: str | None
    host_conf: float
    parties: list[Party]  # the parties with the tier their cluster's members give them, and a reviewed central side
    flags: list[str]


@dataclass(frozen=True)
class _PartiesNamed:
    """Who acts in an event as the text names them: the parties, whether the lead names them (else a later
    sentence did, `told_at`, or a leader, a slug ...)."""

    parties: list[Party]
    lead_principal: bool
    told_at: str  # the later sentence that says who acts, when the lead does not: it may say where, too


def _parties_named(r: _Reading) -> _PartiesNamed:
    """The parties as the text names them: the lead's principal bodies and the title's, else those a later
    sentence, a signing leader, a chair, a working session or the address names (DOMAIN.md, rulings 2, 3, 7)."""
    article, title, raw_lead, event_sentences = r.article, r.title, r.raw_lead, r.event_sentences
    event_type, ctx, gaz = r.event_type, r.ctx, r.gaz
    # The lead names bodies in full sentences; the title adds only those the lead does not name.
    # A title in capitals is read only when the lead names no one: its case hides where names end.
    from_lead, lead_principal = _principal_parties(event_sentences[1:], ctx, gaz)
    title_principal = False
    if (
        not lead_principal
        and event_type == "agreement"
        and (deep := _signed_between(article.paragraphs[1:6], ctx, gaz))
    ):
        from_lead, lead_principal, title_principal = deep, True, True  # the signing told further down
    title_caps = title == title.upper()
    from_title, title_principal = (
        ([], False) if (title_caps or title_principal) and from_lead else _principal_parties([article.title], ctx, gaz)
    )
    if lead_principal and any(p.type == "other" for p in from_lead) and not has_verb(article.title):
        # a cluster holds the meeting the lead tells; a title with no verb ("Hội Chữ thập đỏ Việt Nam: ...",
        # "MTTQ Việt Nam nâng cao ...") names whose cluster it is or a slogan's subject, no party of its own
        from_title = [p for p in from_title if p.type == "other"]
    if lead_principal and from_lead and all(p.tier == "central" for p in from_lead):
        # a central body holds the review of the cluster the title names: the cluster is what is reviewed; unless
        # the central body is the one whose cluster it is ("Cụm thi đua số 8 - Bộ Công an"): its cluster meets
        from_title = [p for p in from_title if p.type != "other" or any(q.name in p.name for q in from_lead)]
    if lead_principal and (groups := [fold(p.name) for p in from_lead if p.type == "other"]):
        # the title names the bloc the lead names by its members ("Mặt trận Tổ quốc và các tổ chức chính trị - xã hội
        # tổng kết", the lead "Khối thi đua Mặt trận Tổ quốc và ..."): the members as written, no party of their own
        from_title = [
            p
            for p in from_title
            if p.type == "other" or not any(fold(article.title[p.start : p.end]) in g for g in groups)
        ]
    from_lead = [_fuller_group(q, from_title) for q in from_lead]
    parties = _merge(from_lead + [p for p in from_title if not _listed_in(p, from_lead)])
    if event_type == "meeting" and (held := _cluster_meeting_held(event_sentences[1:], parties, ctx, gaz)):
        parties = held  # "UBND phường A tổ chức Hội nghị Khối thi đua các phường": the bloc meets (ruling 2)
    elif event_type == "meeting" and (alone := _members_meeting_as_cluster(event_sentences[1:], parties, gaz)):
        parties = alone  # "A, B và C thuộc Cụm thi đua X đã tổ chức sơ kết": the cluster meets (ruling 2)
    if not parties:  # leaders sign for their bodies (a review that re-signs too: its signatories hold it)
        signed_in = [article.title, *_reported(article.paragraphs, 6)]
        if event_type != "agreement":  # a cluster's pledge signed at a review is its members', not a leader's
            signed_in = [p for p in signed_in if not PLEDGE_SIGNED.search(p)]
        parties = leaders_signing_in(signed_in, ctx, gaz)
    told_at = ""  # the later sentence that says who acts, when the lead does not: it may say where, too
    if not parties:  # the lead tells no one (a purpose, a slogan, a ceremony): a later sentence says who acts
        parties, told_at = _told_further(_reported(article.paragraphs[1:], 4), ctx, gaz)
    elif event_type == "agreement" and len(parties) == 1:
        # one body cannot sign alone: the lead named who chaired ("do Tổng cục Du lịch chủ trì"), a later sentence
        # who signed ("Tại phiên họp, 3 tỉnh A, B và C đã ký kết ..."), or whose leaders signed for them
        signed, _ = _told_further(_reported(article.paragraphs, 5), ctx, gaz, _SIGNING, besides=parties)
        signed = signed or leaders_signing_in(_reported(article.paragraphs, 6), ctx, gaz)
        parties = _merge(parties + [p for p in signed if p.type != "other"])
        if len(parties) == 1:
            # the leaders who co-chair the ceremony, one named by a title without its body where they sign ("Bộ
            # trưởng A và Chủ tịch Tổng LĐLĐ B cùng ký kết"): their bodies are the two sides (ruling 7)
            co = leaders_chairing_in([article.title, *_reported(article.paragraphs, 4)], ctx, gaz, CO_CHAIRS)
            if len(co) > 1 and _merge_key(parties[0].name) in {_merge_key(q.name) for q in co}:
                parties = _merge(parties + co)
    if (
        event_type == "agreement"
        and lead_principal
        and not any(_SIGNING.search(s) or _HOLDS_JOINTLY.search(s) for s in event_sentences)
        and (signed := _told_further(_reported(article.paragraphs[1:], 2), ctx, gaz, _SIGNING)[0])
        and len(signed) > 1
        and not any(p.type == "other" for p in signed)
    ):
        # the lead tells a body organising a conference on another subject, the next sentences who signs there
        # ("UBND phường A tổ chức hội nghị ...", then "Công an phường A ký kết quy chế phối hợp với B"): the
        # signatories are the parties; the organiser only hosts (a chair would organise, ruling 3)
        parties = signed
    if not parties and event_type == "meeting":
        parties = _group_in_body(_reported(article.paragraphs, 6), ctx, gaz)
    if not parties and event_type == "meeting":  # "giao ban 03 lực lượng Công an, Quân sự, Biên phòng tỉnh"
        parties = _forces_named(_reported(article.paragraphs, 6), ctx, gaz)
    if not parties and event_type == "meeting":  # "Phó Chủ tịch Ủy ban A ... làm việc với Ủy ban B tỉnh C về ..."
        parties = working_session_in(_reported(article.paragraphs, 6), ctx, gaz)
    if parties and event_type == "meeting":
        # leaders who co-chair it stand for bodies that organise it too (ruling 3), named only through them
        # ... but a cluster's members that co-chair its meeting among themselves are the cluster, the party already
        # (ruling 2); with a central body co-chairing, the co-chairs organise it beside the cluster (ruling 3)
        cluster_meets = any(p.type == "other" for p in parties)
        co = leaders_chairing_in(_reported(article.paragraphs, 4), ctx, gaz, CO_CHAIRS)
        if cluster_meets and not any(p.tier == "central" for p in co):
            co = []
        parties = _merge(parties + [p for p in co if len(co) > 1 and p.type != "other"])
        # leaders who attend to chair ("đến dự, chủ trì"): their bodies organise; a cluster's members that chair are
        # the cluster, which is the party already, and a central body that chairs it organises it with it
        chairing = leaders_attending_to_chair(_reported(article.paragraphs, 4), ctx, gaz)
        if cluster_meets and not chairing:
            # a central body's leader chairs the cluster's meeting alone ("Phó Chủ tịch Ủy ban Trung ương A ... đã chủ
            # trì Hội nghị tổng kết Cụm thi đua ..."): that body organises it with the cluster (ruling 3); not the body
            # whose cluster it is ("Cụm thi đua số II TANDTC"), which its name holds
            groups = [fold(expand_abbreviations(p.name)) for p in parties if p.type == "other"]
            chairing = [
                p
                for p in leaders_chairing_in(_reported(article.paragraphs, 2), ctx, gaz)
                if p.tier == "central" and not any(fold(expand_abbreviations(p.name)) in g for g in groups)
            ]
        parties = _merge(
            parties + [p for p in chairing if p.type != "other" and (p.tier == "central" or not cluster_meets)]
        )
    if not parties and event_type == "meeting":  # the leaders who chair it stand for their bodies
        parties = leaders_chairing_in([article.title, *_reported(article.paragraphs, 4)], ctx, gaz)
    if not parties and event_type == "agreement":
        # leaders who co-chair the signing ("Giám đốc Sở A tỉnh và Chỉ huy trưởng B tỉnh đồng chủ trì lễ ký kết"):
        # their bodies are the two sides that sign (ruling 7, as for a meeting)
        co = leaders_chairing_in([article.title, *_reported(article.paragraphs, 4)], ctx, gaz, CO_CHAIRS)
        parties = [p for p in co if len(co) > 1]
    if event_type == "agreement" and any(_bare_place(p) for p in parties):
        # "Cà Mau và Thông tấn xã ký kết", then "Chủ tịch UBND tỉnh ... đại diện ký kết": the place signs through the
        # body whose leader signs for it (ruling 7), the body is the party
        signing = leaders_signing_in(_reported(article.paragraphs, 6), ctx, gaz)
        # ... or, no leader signing, the places' leaders who chair the signing stand for their bodies (ruling 7: "Bí
        # thư Tỉnh ủy A ...; Chủ tịch UBND tỉnh B ... chủ trì lễ ký kết chương trình hợp tác giữa tỉnh A với tỉnh B")
        signing = signing or leaders_chairing_in(_reported(article.paragraphs, 4), ctx, gaz)
        parties = _merge([q for p in parties for q in _signing_for_place(p, signing)])
    if not parties and event_type == "agreement":
        # "4 tỉnh thành ký kết quy chế ...", the provinces named one by one in the lead: the places sign as sides
        parties = _counted_places_signing(article.title, raw_lead, gaz) or _counted_places_signing(
            "", "\n".join(_reported(article.paragraphs[1:], 1)), gaz
        )  # ... or the paragraph after a lead that only frames the signing ("Liên kết du lịch đang là xu hướng")
    if not parties:  # an excerpt that names no one: its address's slug may ("/so-a-va-so-b-tinh-c-ky-ket-...")
        parties = parties_in_address(article.url, ctx, gaz)

    return _PartiesNamed(parties, lead_principal, told_at)


def _parties_finished(r: _Reading, parties: list[Party]) -> list[Party]:
    """The parties named, each written as the labels write it: a cluster for its members, units for their bodies,
    counted and listed bodies one by one, collectives with their named members, places made explicit."""
    article, title, raw_lead, lead, body = r.article, r.title, r.raw_lead, r.lead, r.body
    event_type, province, ctx, gaz = r.event_type, r.province, r.ctx, r.gaz
    if any(p.type == "other" for p in parties):
        # "Công an các tỉnh trong Cụm thi đua số 5": the bodies of the provinces together are the cluster's
        # members; the cluster that meets is the party
        parties = [p for p in parties if p.type == "other" or p.province or p.tier != "inter-provincial"]
    parties = without_network_of_cluster(parties, [article.title, raw_lead])
    parties = name_counted(parties, [article.title, *article.paragraphs], gaz)
    # a province the title names as a side ("A hợp tác với X, Y, Z") is its body the lead names, once the lead's
    # counted bodies are named one by one ("UBND 3 tỉnh vừa nêu": "UBND tỉnh X", ...)
    parties = [p for p in parties if p.head or p.tier != "province" or not _body_of_place(p, parties)]
    parties = units_for_bodies(parties)  # "Phòng An ninh Kinh tế Công an tỉnh A" over "Công an tỉnh A"
    parties = area_named(parties, [article.title, *article.paragraphs])  # "VKSND" of "VKSND Khu vực 8"
    parties = unit_named(parties, [article.title, raw_lead], ctx, gaz)  # "giữa Lữ đoàn với ..." after naming it
    parties = department_named(parties, [article.title, *article.paragraphs[:4]], ctx, gaz)  # "Cục Chính trị"
    parties = organ_named(parties, _reported(article.paragraphs, 6), ctx, gaz)  # "Ban Thường vụ A ký kết" later
    parties = mass_bodies_listed(parties, article.paragraphs, ctx, gaz)  # "... và các đoàn thể"
    if event_type == "meeting":  # "giao ban với UBMTTQ và các tổ chức chính trị - xã hội": the collective meets too
        parties = mass_organisations_met(parties, [article.title, raw_lead], ctx)
    parties = without_cluster_chairs(parties, body)  # the cluster that meets, not its chair beside it
    parties = _name_listed_districts(parties, [title, lead], province, gaz)
    # "... với HND tỉnh B và HND các tỉnh, thành phố" below a lead that signs with the collective: B signs
    parties = collective_members_named(parties, _reported(article.paragraphs[1:], 3), ctx, gaz)
    parties = units_side_named(parties, raw_lead, _reported(article.paragraphs, 4), ctx, gaz)  # "với các xã ..."
    parties = _without_generic_collectives(parties)
    parties = with_unit_collective(parties, [article.title, *article.paragraphs[:8]])  # "thi đua giữa Mặt trận các xã"
    parties = placed_by_partner(parties)  # "Đảng ủy 7 phường" of "Đảng ủy Ban CHQS TP A": "Đảng ủy 7 phường TP A"
    parties = [_one_provinces_cluster(p, [article.title, *article.paragraphs[:4]], gaz) for p in parties]
    parties = fuller_cluster_names(parties, article.paragraphs[:8], ctx, gaz)  # "... số IV – TAND hai cấp TP.HCM"
    parties = cluster_named_in_address(parties, article.url, article.text)  # "/cum-thi-dua-so-1-vksnd-tinh-a-..."
    parties = without_member_lists(parties)  # "Cụm thi đua số 5 (Công an 5 tỉnh ...)": the cluster's name alone
    parties = [as_central_body(p) for p in parties]  # "Trường Đại học Tây Nguyên": a ministry's (ruling 9)
    parties = [press_placed(p) for p in parties]  # "Báo Sài Gòn Giải Phóng": Hồ Chí Minh City's paper
    parties = [_of_provinces_named(p, gaz) for p in parties]  # "Khối thi đua các Chi cục ... A – B"
    whole = article.title + "\n" + article.text
    parties = [by_full_name(p, whole) for p in parties]  # "Viettel" of "Tập đoàn ... Quân đội (Viettel)"
    if event_type == "meeting":
        parties = _cluster_alone(parties)  # "Cụm thi đua số 6", not its host "Sở A tỉnh B" beside it
    return parties


def _cluster_alone(parties: list[Party]) -> list[Party]:
    """The cluster that holds a meeting is the party, and its members, its chair and the member that hosts it are
    not listed beside it (ruling 2; DOMAIN.md: in seed 001 the cluster alone is the party), however the text names
    them ("tại Sở A tỉnh B, Cụm thi đua số 6 tổ chức", "LĐLĐ thành phố A đã diễn ra Hội nghị tổng kết Cụm thi đua
    ...", a roll whose unit reads as a body). A central body beside it organises with it (ruling 3), and a place named
    as a side has no body to be a member: with either, the parties stay as they are."""
    if not any(p.type == "other" for p in parties) or any(p.tier == "central" or not p.head for p in parties):
        return parties
    return [p for p in parties if p.type == "other"]


def _cluster_and_holders(r: _Reading, parties: list[Party]) -> tuple[str | None, list[Party]]:
    """The cluster the article names and the parties it makes: a central body's cluster of provinces' bodies, a
    counted group whose provinces sign as themselves, a group that holds a meeting (DOMAIN.md, ruling 13)."""
    article, title, lead, body = r.article, r.title, r.lead, r.body
    event_type, province, ctx, gaz = r.event_type, r.province, r.ctx, r.gaz
    central_group = any(p.type == "other" and p.tier == "central" for p in parties)
    if central_group and (provinces_beyond_the_capital(title + "\n" + lead, gaz) or _listed_provinces(body, gaz)):
        # a central body's cluster whose lead names a province (its host, its chair) or whose members the
        # article lists by province ("Cụm thi đua số 5 Bộ Công an"): the bodies of those provinces meet
        parties = [replace(p, tier="inter-provincial") if p.type == "other" else p for p in parties]
    cluster = find_cluster(article.title, lead, body) or cluster_above(article.site)
    if (
        cluster
        and event_type == "agreement"
        and counted_group(cluster)
        and (provinces_counted_then_named(lead, gaz) or bare_count_in(cluster, title + "\n" + lead))
    ):
        # "4 tỉnh Đông Bắc hợp tác ..." over "4 tỉnh A, B, C và D đã ký kết ...": the provinces named one by one
        # sign; "TP.HCM và 5 tỉnh Tây Nguyên đã ký kết": a count with a region's plain name and no group or linkage
        # frame before it is the provinces themselves (ruling 13); no standing group frames the signing
        cluster = None
    if (
        event_type == "meeting"
        and cluster
        and parties
        and counted_group(cluster)
        and all(_bare_place(p) for p in parties)
        and (linked := _group_with_places(cluster, parties, title + "\n" + lead))
    ):
        # "Hội nghị tổng kết chương trình liên kết ... 8 tỉnh X mở rộng và Thành phố A": the place joined to the
        # group that frames the meeting is part of the group, which holds it (DOMAIN.md: a tourism-link group)
        parties = [linked]
    if cluster is None and any(p.type == "other" for p in parties):  # the cluster named further down holds it
        cluster = find_cluster("", next(p.name for p in parties if p.type == "other"))
    if cluster and not any(p.type == "other" for p in parties):
        parties = [_collective_of_cluster(p, cluster, body) for p in parties]
    if (
        not parties
        and event_type == "meeting"
        and cluster
        and _OF_PROVINCES.search(cluster)
        and not _BETWEEN_SIDES.search(cluster)
    ):
        # no body named, a group of provinces frames the meeting ("Hội nghị liên kết ... khu vực Tây Nguyên"): the
        # group holds it (DOMAIN.md: a cluster that holds the meeting is a party); not a program between two sides
        # ("hợp tác ... giữa TP.HCM với các tỉnh vùng X"), whose sides are no one body
        parties = [Party(cluster, "other", "inter-provincial", None, None, "", 0, 0, cluster)]
        if _OWN_PROVINCE_AFTER.search(cluster) and province:
            # "Khối Nội chính tỉnh": "tỉnh" after a body's name is the article's own province (DOMAIN.md), one
            # province's bloc
            name = f"{cluster[0].upper()}{cluster[1:]} {ctx.province_display or province}"
            parties = [Party(name, "other", "province", province, None, "", 0, 0, name)]
    return cluster, parties


def _involvement(r: _Reading, parties: list[Party], cluster: str | None, told_at: str) -> _Involvement:
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


def _provinces_of_parties(r: _Reading, parties: list[Party]) -> tuple[list[str], list[Party], str | None]:
    """The provinces the parties belong to (a collective's: those the article names), and the tier of a cluster's
    members where the text lists, counts or names them as districts', communes' or a national body's units."""
    article, raw_lead, body, gaz = r.article, r.raw_lead, r.body, r.gaz
    involved = [p.province for p in parties if p.province and p.tier != "central"]
    collective = any(p.tier == "inter-provincial" for p in parties)
    if collective:
        # the provinces the article names: a registry roster would add members that took no part
        involved = _listed_provinces(body, gaz) or involved
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
    r: _Reading, parties: list[Party], involved: list[str], local_tier: str | None, cluster: str | None
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
    if not parties and level == "province" and _SEVERAL_PROVINCES.search(" ".join(event_sentences)):
        # no body named, but the provinces act together ("lãnh đạo các tỉnh, thành phố đã ký kết", "liên kết giữa
        # tỉnh A với các tỉnh, thành phố"): bodies of several provinces
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
        level, involved = "inter-provincial", _listed_provinces(body, gaz) or involved
    if level == "province" and event_type == "meeting" and cluster and names_provinces_group(cluster):
        # so does the chair's body holding the meeting of a cluster of a region's provinces, not counted ("Cụm thi đua
        # Hội Nhà báo các tỉnh Trung du và Đồng bằng sông Hồng")
        level, involved = "inter-provincial", _listed_provinces(body, gaz) or involved
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
    r: _Reading,
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
        outlet = (
            None
            if told or not (cluster_only or framed_meeting or inspection)
            else (inspected.name if inspected else _outlet_province(article, gaz))
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
            involved = list(dict.fromkeys([host, *_listed_provinces(body, gaz)]))  # the region's provinces named
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
        outlet = _outlet_province(article, gaz) if several else None
        host = venue or next((p for p in (organiser, outlet) if p in local), None)
        if host is None and (not several or _provincial_site(article, gaz) or told):
            host = local[0]
        # ... none when nothing says which of several provinces hosts and a national outlet reports it (ruling 18)
        involved = list(dict.fromkeys(local))
        if _REGION_FRAME.search(title + "\n" + raw_lead) and not _NATIONWIDE.search(title + "\n" + raw_lead):
            # a central body with one province's body, framed by a region's provinces ("Cụm thi đua ... các tỉnh
            # Bắc Trung bộ"): the region's provinces the text names take part too
            involved = list(dict.fromkeys([*involved, *_listed_provinces(body, gaz)]))
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
    r: _Reading, parties: list[Party], level: str, involved: list[str], host: str | None, cluster: str | None
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
        and (central_chair(article.paragraphs[:6], gaz) or central_in_reviewed_coordination(raw_lead, gaz))
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
        parties = _merge(parties + reviewed_central_bodies(raw_lead, gaz))
    return level, involved, host, parties


# a body's head followed by districts counted or collected, then listed: "Công an 3 địa phương A, B và C",
# "Công an các quận như: 1, 3, Phú Nhuận và ...", "Hội Nông dân 4 huyện: A, B, C, D"
_DISTRICT_LIST = re.compile(
    r"\s+(?:\d{1,2}|[^\W\d]+|các)\s+(?P<kind>huyện|quận|thị xã|địa phương|đơn vị)(?:\s*,\s*(?:thị xã|thành phố))?"
    r"(?:\s+(?:gồm|như|là))?\s*:?\s*(?P<list>[^.;\n]{3,300})",
    re.IGNORECASE,
)
_KIND_WRITTEN = {"huyện": "huyện", "quận": "quận", "thị xã": "thị xã", "thành phố": "thành phố"}


def _name_listed_districts(parties: list[Party], texts: list[str], province: str | None, gaz: Gazetteer) -> list[Party]:
    """A body written without a place, followed by the districts of the article's province it stands for
    ("Công an 3 địa phương Duy Xuyên, Điện Bàn và Hội An"): one party per district, each with its own place
    (DOMAIN.md: district bodies keep their own place)."""
    if not province:
        return parties
    out: list[Party] = []
    for p in parties:
        districts = [] if p.placed or p.type == "other" else _listed_districts(p.base or p.head, texts, province, gaz)
        if len(districts) < 2:
            out.append(p)
            continue
        stem = p.base or p.head
        out += [
            replace(p, name=f"{stem} {kind} {name}", tier="district", province=province, where=f"{kind} {name}")
            for name, kind in districts
        ]
    return [q for i, q in enumerate(out) if body_key(q.name) not in {body_key(r.name) for r in out[:i]}]


def _listed_districts(head: str, texts: list[str], province: str, gaz: Gazetteer) -> list[tuple[str, str]]:
    """(name, kind as written) of the districts listed after a head in the first text that lists two or more."""
    for text in texts:
        for m in re.finditer(re.escape(head), text, re.IGNORECASE):
            lm = _DISTRICT_LIST.match(text, m.end())
            if not lm:
                continue
            kind_word = lm.group("kind").lower()
            found: list[tuple[str, str, bool]] = []
            for item in re.split(r",|\s+và\s+", lm.group("list")):
                district = _district_item(item.strip(), head, kind_word, province, gaz)
                if district is None:
                    break  # the list ends where a word is no district of the province
                found.append(district)
                if district[2]:
                    break  # the last item ends where the sentence goes on ("... và Hội An tổ chức")
            if len(found) > 1:
                return [(name, kind) for name, kind, _ in found]
    return []


_KIND_PREFIX = re.compile(r"^(?:tp\.?|thành phố|quận|huyện|thị xã)\s+", re.IGNORECASE)


def _district_item(item: str, head: str, kind_word: str, province: str, gaz: Gazetteer) -> tuple[str, str, bool] | None:
    """(name, kind, whether words follow it) of one listed district of the province: "Phú Nhuận", "3" (a
    numbered district of the listed kind), "Công an TP Thủ Đức" (the head written again with its place)."""
    if _folded(item).startswith(_folded(head) + " "):
        item = item[len(head) :].strip()
    item = _KIND_PREFIX.sub("", item)
    words = item.split()
    for n in range(min(len(words), 4), 0, -1):
        part = " ".join(words[:n])
        number = part.isdigit()
        key = _folded(f"{kind_word} {part}") if number else _folded(part)
        kinds = [k for prov, k in gaz.districts.get(key, []) if prov == province]
        if kinds:
            name = gaz.unit_names[key]
            return (
                (name.split(" ", 1)[1] if number else name),
                _KIND_WRITTEN.get(kinds[0].lower(), "huyện"),
                n < len(words),
            )
    return None


def _without_generic_collectives(parties: list[Party]) -> list[Party]:
    """ "Hội Nông dân TP Hà Nội ký với Hội Nông dân tỉnh Thanh Hóa và Hội Nông dân các tỉnh, thành phố": the
    bodies of unnamed provinces beside named bodies of the same head, of two provinces or more, are not a party of
    their own."""
    provinces: dict[str, set[str]] = {}
    for p in parties:
        if p.province and p.type != "other":
            provinces.setdefault(_folded(p.head), set()).add(p.province)
    named = {head for head, where in provinces.items() if len(where) > 1}  # the level stays the same
    return [
        p
        for p in parties
        if not (p.tier == "inter-provincial" and not p.province and p.type != "other" and _folded(p.head) in named)
    ]


# a lead whose bodies sign, twin or chair themselves: they are parties whoever else signs further down
_HOLDS_JOINTLY = re.compile(r"\b(?:kết nghĩa|chủ trì|đồng chủ trì)\b", re.IGNORECASE)


def _principal_parties(sentences: list[str], ctx: PlaceContext, gaz: Gazetteer) -> tuple[list[Party], bool]:
    """(signatories or organisers of the first sentence that has any, True); else (every body the first
    sentence with any names, False)."""
    fallback: list[Party] = []
    for i, s in enumerate(sentences):
        said = _SOURCE_OPENING.match(s)  # "Theo báo cáo của A, qua 5 năm ...": what A reports came before too
        if _BACKGROUND.match(s, said.end() if said else 0):
            continue  # "Trong thời gian qua, A và B đã tổ chức thực hiện ...": what came before, not the event
        found = parties_with_roles(s, ctx, gaz)
        principal = [p for p, role in found if role in ("signatory", "organiser")]
        if principal:
            return _bracketed_later(principal, sentences[i + 1 :], ctx, gaz), True
        if not fallback:
            fallback = [p for p, role in found if role == "mentioned"]
    return fallback, False


def _bracketed_later(principal: list[Party], later: list[str], ctx: PlaceContext, gaz: Gazetteer) -> list[Party]:
    """A caption above the lead names a body short ("Cục A"), the lead with its parent in brackets ("Cục A (Bộ B)"):
    the fuller naming, as the report writes it."""
    fuller = [
        q.name
        for t in later
        if " (" in t and any(p.name + " (" in t for p in principal)
        for q, _ in parties_with_roles(t, ctx, gaz)
        if " (" in q.name
    ]
    if not fuller:
        return principal  # no later sentence names one in brackets (most leads): the parties as they are
    return [
        replace(p, name=next((n for n in fuller if n.startswith(p.name + " (")), p.name)) if "(" not in p.name else p
        for p in principal
    ]


# "Thực hiện Nghị quyết liên tịch số 01 ... được ký kết giữa A và B": the program carried out, signed before
_CITED_SIGNING = re.compile(r"\s*(?:thực hiện|căn cứ|theo|triển khai)\b[^.;]*\bđược\s+(?:ký|kí)", re.IGNORECASE)
_SOURCE_OPENING = re.compile(r"(?:theo|theo báo cáo của|báo cáo của)\s+[^,.;]{2,80},\s*", re.IGNORECASE)
_BACKGROUND = re.compile(r"\s*(?:trong\s+)?(?:thời gian (?:vừa )?qua|những năm qua|qua \d+ năm)\b", re.IGNORECASE)
_SIGNED_BETWEEN = re.compile(r"\b(?:ký kết|kí kết)\b[^.;]{0,120}?\bgiữa\b", re.IGNORECASE)


def _signed_between(paragraphs: list[str], ctx: PlaceContext, gaz: Gazetteer) -> list[Party]:
    """An agreement whose lead names no signatory (a festival, a ceremony that witnessed it): the signatories of
    the first later sentence that says what was signed between whom ("chứng kiến lễ ký kết ... giữa A và B")."""
    for paragraph in paragraphs:
        for s in sentences(paragraph):
            if _ATTENDANCE.match(s) or not _SIGNED_BETWEEN.search(s) or _CITED_SIGNING.match(s):
                continue
            signed = [p for p, role in parties_with_roles(s, ctx, gaz) if role == "signatory"]
            if len(signed) > 1:  # written as that sentence writes them ("UB MTTQ")
                return [replace(p, name=as_written(p.name, s)) for p in signed]
    return []


_SIGNING = re.compile(r"\b(?:ký kết|kí kết|ký|kí)\b", re.IGNORECASE)
_SIGNED_THERE = re.compile(r"\s*(?:tại hội nghị|theo đó)\s*,\s*(?!(?i:lãnh đạo|đại diện)\b)(?-i:[A-ZĐ])", re.IGNORECASE)
_ACTS = re.compile(r"\b(?:ký kết|kí kết|ký|kí|giao ban|sơ kết|tổng kết|tổ chức (?:hội nghị|lễ|buổi))\b", re.IGNORECASE)


_SEVERAL_PROVINCES = re.compile(
    r"\b(?:giữa|với|lãnh đạo|đại diện)\s+(?:các|\d{1,2}|" + count_words() + r")\s+tỉnh\b", re.IGNORECASE
)
# the lead's bodies act with a group of provinces: "phối hợp với 5 tỉnh Tây Nguyên", "ký kết với các tỉnh"
_WITH_PROVINCES = re.compile(
    r"(?:\b(?:phối hợp|cùng|ký kết|kí kết|hợp tác)\s+với\s+(?:các|\d{1,2}|" + count_words() + r")"
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
# a bare "tỉnh" or "thành phố" closing a group's name: the article's own province ("Khối Nội chính tỉnh")
_OWN_PROVINCE_AFTER = re.compile(r"\s(?:tỉnh|thành phố)$", re.IGNORECASE)
_OF_PROVINCES = re.compile(r"\btỉnh\b|\b(?:khu vực|vùng)\s+(?-i:[A-ZĐ])", re.IGNORECASE)
_BETWEEN_SIDES = re.compile(r"\bgiữa\b", re.IGNORECASE)


def _reported(paragraphs: list[str], count: int) -> list[str]:
    """The first `count` paragraphs of the report and the short lines among them: a byline, a time stamp, a
    section's name above the lead take no place in the paragraphs read ("Theo đó, A ký ... với B" comes later)."""
    taken, read = [], 0
    for paragraph in paragraphs:
        if read == count:
            break
        taken.append(paragraph)
        read += paragraph.count(" ") >= 8
    return taken


def _told_further(
    paragraphs: list[str],
    ctx: PlaceContext,
    gaz: Gazetteer,
    acts: re.Pattern[str] | None = None,
    besides: list[Party] | None = None,
) -> tuple[list[Party], str]:
    """The signatories or organisers of the first later sentence whose verb signs or holds the event ("Tại lễ ra
    mắt, A đã ký kết quy chế phối hợp với B"): a lead that states a purpose or a result names no one. With
    `besides`, the first sentence that names someone else as well."""
    known = {body_key(p.name) for p in besides or []}
    for paragraph in paragraphs:
        for s in sentences(paragraph):
            attended = _ATTENDANCE.match(s)  # not "Tại hội nghị, Hội A ký kết ... với B": a body signs there
            if attended and not (_SIGNED_THERE.match(s) and _SIGNING.search(s)):
                continue
            if not (acts or _ACTS).search(s) or not has_verb(s) or _CITED_SIGNING.match(s):
                continue
            found = [p for p, role in parties_with_roles(s, ctx, gaz) if role in ("signatory", "organiser")]
            if found and any(body_key(p.name) not in known for p in found):
                return found, s
    return [], ""


def _cluster_owned_by(name: str, text: str) -> str | None:
    """A numbered cluster written right before the body that holds something ("Cụm số 2 Ủy ban A tổ chức", "Cụm
    số IV, Ủy ban B đã tổ chức"): the cluster's name with its owner as written, or None."""
    for found in _CLUSTER_BEFORE_OWNER.finditer(text):
        if body_key(found.group("owner")) == body_key(name):
            return found.group(0)
    return None


_CLUSTER_BEFORE_OWNER = re.compile(
    r"\b(?:Cụm|Khối)(?: thi đua)? số [\dIVX]{1,4},?\s+(?P<owner>[^.;,\n]{3,120}?)"
    r"(?=\s+(?:đã\s+)?(?:tổ chức|tổng kết|sơ kết|ký|họp)\b)"
)


def _collective_of_cluster(party: Party, cluster: str, body: str) -> Party:
    """ "Công an các thành phố trong cụm thi đua đã ký ...": the bodies of the cluster's unnamed places together are
    the cluster the article names ("Cụm thi đua số 1"), the party, described as the text describes its members."""
    if party.type != "other" and (owned := _cluster_owned_by(party.name, body[:1500])):
        # "Cụm số 2 Ủy ban MTTQ huyện A tổ chức hội nghị": the body names whose cluster holds it, the cluster is
        # the party (ruling 2), with the tier its members give it later
        return replace(party, name=owned, type="other")
    if party.tier != "inter-provincial" or party.province or party.type == "other":
        return party
    if named := re.search(r"\b(?:Cụm|Khối) thi đua(?: số [\dIVX]{1,4})?\s+" + re.escape(party.name) + r"(?!\w)", body):
        return replace(party, name=named.group(0), type="other")  # "Cụm thi đua số 6 Công an các tỉnh A" further down
    if not re.search(re.escape(party.name) + r"\s+(?:trong|thuộc)\s+cụm\b", body, re.IGNORECASE):
        return party
    return replace(party, name=f"{cluster[0].upper()}{cluster[1:]} ({party.name})")


def _group_in_body(paragraphs: list[str], ctx: PlaceContext, gaz: Gazetteer) -> list[Party]:
    """A meeting whose lead names no organiser (an excerpt that starts with who attended): the cluster or
    bloc the first paragraphs name holds it (DOMAIN.md: a cluster that holds the meeting is a party)."""
    for paragraph in paragraphs:
        for s in sentences(paragraph):
            groups = [p for p, _ in parties_with_roles(s, ctx, gaz) if p.type == "other"]
            if groups:
                return groups[:1]
    return []


_FORCES = re.compile(r"\b(?:0?[2-5]|hai|ba|bốn|năm)\s+lực lượng\s+(?=[A-ZĐ])", re.IGNORECASE)


def _forces_named(paragraphs: list[str], ctx: PlaceContext, gaz: Gazetteer) -> list[Party]:
    """A meeting whose text names no organiser but counts the forces it brings together and names them ("03 lực
    lượng Công an, Quân sự, Bộ đội Biên phòng tỉnh"): those forces hold their joint briefing (ruling 7: bodies
    named otherwise than as organisers are still the bodies)."""
    for paragraph in paragraphs:
        for s in sentences(expand_abbreviations(paragraph)):
            if not (forces := _FORCES.search(s)):
                continue
            listed: list[Party] = []
            end = forces.end()
            for p in find_parties(s, ctx, gaz):
                if p.start < forces.end():
                    continue
                if p.start - end > 6:
                    break
                # written as the text writes the force ("Quân sự tỉnh A", not the command's full name; ruling 1)
                own = re.sub(r"\s+(?:tỉnh|thành phố|huyện)$", "", " ".join(s[p.start : p.end].split()))
                listed.append(replace(p, name=own if p.where in own else f"{own} {p.where}".strip()))
                end = p.end
            if len(listed) > 1:
                return listed
    return []


def _of_provinces_named(party: Party, gaz: Gazetteer) -> Party:
    """A cluster whose own name writes two provinces or more ("Khối thi đua các Chi cục Thi hành án dân sự A – B")
    groups bodies of those provinces: bodies of several provinces, whatever the tier of its units (DOMAIN.md)."""
    if party.type != "other" or party.tier not in ("province", "district", "commune"):
        return party
    named = {m.name for m in gaz.provinces_in(party.name) if m.kind == "province"}
    return replace(party, tier="inter-provincial") if len(named) > 1 else party


_PLACES_SIGN = re.compile(
    r"\b(\d{1,2}|"
    + count_words()
    + r")\s+(?:tỉnh(?:\s*,?\s*thành(?:\s+phố)?)?|địa phương)"
    # the places may be rolled out before the verb ("bốn địa phương gồm A, B, C và D đã ký kết")
    + r"(?:\s+(?:gồm|là)\s*:?\s+(?:[^.;:]|(?<=TP)\.){3,120}?)?"
    + r"\s+(?:đã\s+|cùng\s+)?(?:ký|kí)\b",
    re.IGNORECASE,
)


def _counted_places_signing(title: str, lead: str, gaz: Gazetteer) -> list[Party]:
    """The places a title or lead counts as signing ("4 tỉnh thành ký kết ..."), when the lead names that many
    provinces in one sentence: each place is a side, written as the lead writes it (DOMAIN.md: bodies of several
    provinces; no body of theirs named)."""
    counted = _PLACES_SIGN.search(title) or _PLACES_SIGN.search(lead)
    if not counted or not (count := count_value(counted.group(1))) or count < 2:
        return []
    for s in sentences(lead):
        mentions: list[Mention] = []
        for m in gaz.provinces_in(s):
            if all(m.name != n.name for n in mentions):  # each place once, where the sentence first names it
                mentions.append(m)
        if len(mentions) == count:
            return [Party(s[m.start : m.end], "state", "province", m.name, None, "", m.start, m.end) for m in mentions]
    return []


def _group_with_places(cluster: str, places: list[Party], text: str) -> Party | None:
    """The group of provinces counted by region with the places the text joins to it ("8 tỉnh X mở rộng và
    Thành phố A"), as written: one group, when it names every place found."""
    names = "|".join(re.escape(p.name) for p in places)
    joined = re.search(rf"{re.escape(cluster)}(?:(?:\s*,\s*|\s+và\s+)(?:{names})(?![\w]))+", text)
    if not joined or not all(p.name in joined.group(0) for p in places):
        return None
    name = joined.group(0)
    return Party(name, "other", "inter-provincial", None, None, "", joined.start(), joined.end(), name)


def _bare_place(party: Party) -> bool:
    """A province named as a side with no body of its own ("Cà Mau và Thông tấn xã Việt Nam ký kết")."""
    return not party.head and party.type == "state" and party.tier == "province" and bool(party.province)


def _signing_for_place(party: Party, signing: list[Party]) -> list[Party]:
    """The bodies of the place whose leaders sign for it, else the place itself."""
    if not _bare_place(party):
        return [party]
    own = [q for q in signing if q.head and q.tier == "province" and q.province == party.province]
    return own or [party]


_HOLDS_CLUSTER_MEETING = re.compile(
    r"\b(?:tổ chức|chủ trì)\s+(?:hội nghị|buổi|cuộc họp)\b"
    r"(?:(?!\b(?:với|cùng|dự|chứng kiến|giữa)\b)[^.;()]){0,100}?\s(?:của\s+)?(?=(?:Cụm|Khối)\s)",
    re.I,
)


# the members named as the cluster's before it holds its meeting: "thanh tra 5 tỉnh: A, B ... thuộc Cụm thi đua X đã tổ
# chức sơ kết"
_MEMBERS_OF_MEETING = re.compile(
    r"\s(?:thuộc|trong)\s+(?=(?:Cụm|Khối)\s)[^.;]{3,120}?\s(?:đã\s+|vừa\s+)?(?:tổ chức|họp|sơ kết|tổng kết|giao ban)\b"
    # or the cluster in brackets after its members: "A cùng B, C và D (Cụm thi đua số 7) ký giao ước thi đua"
    r"|\s\((?=(?:Cụm|Khối)\s)[^().;]{3,80}\)\s+(?:đã\s+|vừa\s+)?(?:tổ chức|họp|ký|kí|sơ kết|tổng kết|giao ban)\b"
)


def _members_meeting_as_cluster(sentences_: list[str], parties: list[Party], gaz: Gazetteer) -> list[Party]:
    """The cluster alone, when the lead names its members as the cluster's before the cluster holds its meeting ("A, B
    và C thuộc Cụm thi đua X đã tổ chức sơ kết", "A, B và C (Cụm thi đua X) ký giao ước"): the cluster that holds the meeting is the party, its members are not
    listed beside it (ruling 2); empty when no sentence says so of every other party's province."""
    clusters = [p for p in parties if p.type == "other"]
    members = [p for p in parties if p.type != "other"]
    if len(clusters) != 1 or len(members) < 2 or not all(p.province for p in members):
        return []
    for s in sentences_:
        if held := _MEMBERS_OF_MEETING.search(s):
            named = {m.name for m in gaz.provinces_in(s[: held.start()])}
            if all(p.province in named for p in members):
                return clusters
    return []


def _cluster_meeting_held(
    sentences_: list[str], parties: list[Party], ctx: PlaceContext, gaz: Gazetteer
) -> list[Party]:
    """The cluster whose meeting a local body of it holds ("UBND phường A tổ chức Hội nghị Khối thi đua các
    phường", "Sở A chủ trì hội nghị triển khai thi đua năm học ... của Cụm thi đua số 1 (gồm ...)"): the cluster
    meets, its chair or host is no party beside it (ruling 2). A central body that convenes a cluster's meeting stays
    its organiser; a cluster that attends or is met with ("với", "dự") does not hold it."""
    if not parties or any(p.type == "other" or p.tier == "central" for p in parties):
        return []
    for s in sentences_:
        s = expand_abbreviations(s)
        if held := _HOLDS_CLUSTER_MEETING.search(s):
            return [p for p in find_parties(s, ctx, gaz) if p.type == "other" and p.start == held.end()][:1]
    return []


def _parties_confidence(parties: list[Party], event_type: str, principal: bool) -> float:
    """How often such a party list was exactly right on the real development split (README, Accuracy): an
    agreement (a type that makes programs: its parties sign) of two placed signatories or more about half the
    time; one signatory to an agreement, no party, or parties only from the title, never."""
    signed = makes_programs(event_type)
    if not parties or (signed and len(parties) < 2):
        return 0.1
    placed = all(p.province or p.tier == "central" for p in parties)
    if signed and placed and principal:
        return 0.6
    return 0.35 if principal else 0.2


_DASHED_NETWORK = re.compile(r"\s[-–]\s+\S")  # "Cụm thi đua số 13 - Bộ Tư lệnh A": whose cluster, after a dash


def _fuller_group(party: Party, others: list[Party]) -> Party:
    """The lead's "Khối thi đua 20" is the title's "Khối thi đua 20 Bộ Xây dựng": the naming that says whose
    cluster it is, with its tier."""
    if party.type != "other":
        return party
    # the lead's list of members says more than the title's bare cluster, not more than its network ("Cụm thi đua
    # số 13 - Bộ Tư lệnh A" over the lead's "Cụm thi đua số 13 gồm Ban Chỉ huy Quân sự các xã ...")
    listed = "(" in party.name
    key = body_key(party.name.split(" (", 1)[0])
    fuller = [
        q
        for q in others
        if q.type == "other"
        and body_key(q.name).startswith(key + " ")
        and not (listed and ("(" in q.name or not _DASHED_NETWORK.search(q.name)))
    ]
    return max(fuller, key=lambda q: len(q.name)) if fuller else party


def _body_of_place(place: Party, parties: list[Party]) -> bool:
    """Whether a province's body, written with the province as its place ("UBND tỉnh X"), stands among the parties
    for a province named bare as a party; a body whose own name holds the city ("Trường Đại học X") does not."""
    return any(q.head and q.where and q.tier == "province" and q.province == place.province for q in parties)


_COMMAND_WORDS = re.compile(r"^(?:bo chi huy|bo tu lenh|ban chi huy)\s+")  # folded: a force's command before its name


def _listed_in(party: Party, listed: list[Party]) -> bool:
    """A title's "Công an 4 tỉnh" is the bodies the lead lists one by one ("Công an tỉnh A, B, C và D"), and a
    title's place is the lead's bodies of that place."""
    if not party.head:  # a place the title names ("Bắc Kạn và TP. Hồ Chí Minh ký"): the lead names its bodies
        # ... a commune's or district's too, whose body the lead writes with it ("Phường A tổ chức ...", then "Ủy
        # ban MTTQ phường A tổ chức ...")
        return any(q.province == party.province or (q.where and fold(q.where) == fold(party.name)) for q in listed)
    if party.type == "other" and any(q.type == "other" for q in listed):
        return True  # the cluster the title names ("Cụm thi đua cụm số VII") is the one the lead names
    if not party.placed and any(same_kind(q.head, party.head) and q.placed for q in listed):
        return True  # the title names bare ("Khối Dân vận") the body the lead names with its place
    if party.type == "armed" and not party.province:
        # the title names a force bare ("Cảnh sát biển và Bộ đội Biên phòng hợp tác"), the lead its national command
        # ("Bộ Tư lệnh Cảnh sát biển và Bộ Tư lệnh Bộ đội Biên phòng"): the same bodies; or the title names the
        # commands ("giữa Bộ Tư lệnh Cảnh sát biển với Bộ Tư lệnh Quân khu 9"), the lead their departments that sign
        # ("Cục Hậu cần Quân khu 9 và Cục Hậu cần Bộ Tư lệnh Cảnh sát biển"): the same sides
        force = _COMMAND_WORDS.sub("", fold(party.name))
        if any(
            q.type == "armed"
            and q.tier == "central"
            and fold(q.name).endswith(force)
            and (not party.placed or fold(q.name) != fold(party.name))
            for q in listed
        ):
            return True
    same_head = [q for q in listed if _folded(q.head) == _folded(party.head) and q.province]
    return party.tier == "inter-provincial" and not party.province and len(same_head) > 1


def _merge_key(name: str) -> str:
    """The body's key, a branch's word aside: "Ngân hàng A Chi nhánh tỉnh B" is the title's "Ngân hàng A tỉnh B"."""
    return body_key(name).replace(" chi nhanh ", " ")


_BARE_TIER_END = re.compile(r"\s(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)$")  # no place's name after


def _merge(parties: list[Party]) -> list[Party]:
    """One body named twice (lead and title) is one party; the first naming (the lead's) wins, written in
    full when the other naming adds its leadership organ."""
    out: list[Party] = []
    for p in parties:
        key = _merge_key(p.name)
        same = next(
            (
                i
                for i, q in enumerate(out)
                if (other := _merge_key(q.name)).startswith(key)
                or key.startswith(other)
                or (p.tier == q.tier == "inter-provincial" and _folded(p.head) == _folded(q.head))
            ),
            None,
        )
        if same is None:
            out.append(p)
        elif _BARE_TIER_END.search(out[same].name) and p.name.startswith(out[same].name + " "):
            out[same] = p  # "Hội LHPN huyện", then "Hội LHPN huyện A": the naming that makes its place explicit
        elif body_key(p.name) == body_key(out[same].name) and short_form(p.name) != short_form(out[same].name):
            if short_form(p.name):  # "Tỉnh đoàn X" over "Đoàn Thanh niên X": the body's own short name
                out[same] = replace(out[same], name=p.name)
        elif (
            body_key(p.name) == body_key(out[same].name)
            and len(p.name) > len(out[same].name)
            and not _place_written_otherwise(p, out[same])
        ):
            out[same] = replace(out[same], name=p.name)
        elif not out[same].placed and p.placed and key.startswith(body_key(out[same].name)):
            out[same] = p  # "VKSND ... VKSND tối cao": the body named bare first is the one named in full after
    return out


def _place_written_otherwise(later: Party, first: Party) -> bool:
    """Whether two namings of one body differ only in how they write its place ("Công an TP.HCM" in the lead, the
    title's bare "Công an TP" made explicit as "Công an TP Hồ Chí Minh"): the first naming is as the text writes it
    (ruling 1), the longer one no fuller."""
    return bool(
        later.placed
        and first.placed
        and later.province
        and later.province == first.province
        and later.where
        and first.where
        and fold(later.where) != fold(first.where)
        and later.name.endswith(later.where)
        and first.name.endswith(first.where)
        and later.name[: -len(later.where)] == first.name[: -len(first.where)]
    )


def published_iso(value: date | None) -> str | None:
    return value.isoformat() if value else None
