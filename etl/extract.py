"""One clean article in, one event record out (etl/record.py, the contract), with confidences and flags."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from etl.classify import DEEP_READ, classify, classify_page
from etl.cleaning import Article
from etl.cluster_owner import as_introduced, introduced_with_roll, with_owner
from etl.cluster_place import province_written, with_place, with_province_kind
from etl.dates import DAY_OPENING, event_date_of, is_posting_stamp
from etl.event_parties import cluster_and_holders, parties_confidence, parties_finished, parties_named
from etl.event_reading import EventReading
from etl.host_place import PREAMBLE, article_place, commune_in_url, sentences_of_event
from etl.involvement import involvement_of
from etl.level_evidence import commune_of_portal, district_of_portal
from etl.parties import (
    PlaceContext,
    as_written,
    expand_abbreviations,
    own_abbreviations,
    own_written,
    spell_out,
    unprefixed,
)
from etl.periods import find_period
from etl.places import gazetteer, unglue_kinds
from etl.record import EventRecord
from etl.text import fold
from etl.topics import find_topics

# a day and month anywhere in a line ("24-9", "16/10"): a summary or a caption that names none is no report
# "\b\d{1,2}\s*[/-]\s*\d{1,2}\b", the word boundary read after the first digit: the engine skips to each digit in one step
_A_DAY = re.compile(r"\d(?<!\w[\s\S])\d?\s*[/-]\s*\d{1,2}\b")


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
    elif len(paras) > 1 and (short_and_empty or summary or PREAMBLE.match(paras[0])):
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
    province, district, how, district_kind = article_place(article, lead, gaz, event_date)
    if date_flag:
        flags.append(date_flag)
        date_conf = min(date_conf, 0.8)

    communes = gaz.communes_then(article.title + "\n" + lead, event_date)
    commune = communes[0].name if communes else commune_in_url(article.url, province, gaz)
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
    event_sentences = sentences_of_event(article.title, raw_lead)
    reading = EventReading(
        article, title, raw_lead, lead, body, event_sentences, event_type, event_date, province, district, how, ctx, gaz
    )
    named = parties_named(reading)
    parties, lead_principal, told_at = named.parties, named.lead_principal, named.told_at
    if len(parties) > 1 and all(p.type == "enterprise" for p in parties):  # a contract between companies: no event
        return Extraction(EventRecord(), {"is_event": 0.8}, flags)
    parties = parties_finished(reading, parties)
    cluster, parties = cluster_and_holders(reading, parties)
    where = involvement_of(reading, parties, cluster, told_at)
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
    names = [
        as_introduced(
            own_written(as_written(as_written(unprefixed(p.name, whole), raw_lead), *as_named), written, own),
            p.province if p.type == "other" else None,
            owned_by,
        )
        for p in parties
    ]
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
        # a bare numbered cluster whose province a headline's kicker added, the text introducing it bare with its roll
        parties=tuple(
            with_province_kind(
                with_place(
                    with_owner(name, owned_by),
                    p.tier if p.type == "other" and not introduced_with_roll(owned_by, name) else "",
                    cluster_province,
                    cluster_district,
                ),
                cluster_province if p.type == "other" else None,
                whole,
            )
            for p, name in zip(parties, names, strict=True)
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
        parties=parties_confidence(parties, event_type, lead_principal),
        topics=0.7,
        period=0.9 if period[0] else 0.7,
        cluster=0.9 if cluster else 0.8,
    )
    details = [
        {"name": p.name, "type": p.type, "tier": p.tier, "province": gaz.for_date(p.province, event_date)}
        for p in parties
    ]
    return Extraction(record, confidence, list(dict.fromkeys(flags)), details)


def published_iso(value: date | None) -> str | None:
    return value.isoformat() if value else None
