"""Where an article is: the province and district its outlet, its address, its dateline and its lead give, before
who took part is read (the host among several provinces is etl/involvement.py's)."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from etl.bare_places import district_of_dateline, province_of_bare_districts, province_of_units
from etl.cleaning import Article
from etl.institution_seats import province_of_institutions
from etl.level_evidence import district_of_portal
from etl.outlets import outlet_of, outlet_of_tag
from etl.places import Gazetteer, Mention
from etl.roles import dateline_city, has_verb
from etl.text import fast_start, fold, sentences

ATTENDANCE = re.compile(
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
PREAMBLE = re.compile(
    r"^\s*(?:thực hiện|căn cứ|triển khai|theo)\s+(?:quyết định|nghị quyết|nghị định|chỉ thị|kết luận|hướng dẫn|"
    r"công văn|thông tư|luật)\b",
    re.IGNORECASE,
)
# the names compared again and again (provinces' for outlet slugs, bodies' heads), folded once
folded = lru_cache(maxsize=8192)(fold)


def sentences_of_event(title: str, lead: str) -> list[str]:
    """Sentences that say who signs or meets: the title and the lead, minus attendance and witnesses."""
    chosen = [title]
    for s in sentences(lead)[:4]:
        if ATTENDANCE.match(s) or PREAMBLE.match(s) or _credit_line(s):
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


def province_of_outlet(article: Article, gaz: Gazetteer) -> str | None:
    registered = outlet_row(article)
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


def outlet_row(article: Article) -> dict[str, str] | None:
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
    slugs = ((name, re.sub(r"[^a-z]", "", folded(name))) for name in gaz.legacy)
    return tuple((name, slug) for name, slug in slugs if len(slug) >= 5)


@lru_cache(maxsize=2)
def _long_district_slugs(gaz: Gazetteer) -> dict[str, set[str]]:
    """{a district's folded name without spaces: its provinces}, for names long enough not to occur by chance in a
    site's name (eight letters or more: "giongrieng", not "anphu")."""
    slugs: dict[str, set[str]] = {}
    provinces = {folded(name).replace(" ", "") for name in gaz.legacy}  # "Quảng Ninh" the province, not the district
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


def commune_in_url(url: str | None, province: str | None, gaz: Gazetteer) -> str | None:
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


def article_place(
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
    told = " ".join(s for s in sentences(lead) if not ATTENDANCE.match(s))
    for text, how in ((article.title, None), (told, None)):
        mentions = gaz.provinces_in(text)
        if mentions:
            if district is None and (shared := _shared_district(districts, mentions[0].name, gaz)):
                district, kind = shared, _written_kind(source, shared)
            return mentions[0].name, district.name if district else None, how, kind
    outlet = province_of_outlet(article, gaz)
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
    if reported_from := next(filter(None, (dateline_city(p, gaz) for p in article.paragraphs[:4])), None):
        # the city the report opens with in capitals ("ĐÀ NẴNG- Chiều 11-4, ..."): where the paper reports from
        here = district is not None and district.province == reported_from[1]
        return (
            reported_from[1],
            district.name if district and here else None,
            "province_from_dateline",
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
        if len(slug := folded(name).replace(" ", "-")) >= 5
        and (re.search(rf"[/-]{re.escape(slug)}[/-]", sections) or f"/{slug.replace('-', '')}/" in sections)
    }
    return found.pop() if len(found) == 1 else None
