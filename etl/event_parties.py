"""Who acts in an event: the parties the title, the lead and later sentences name, finished with their places, and
the cluster among them."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from etl.classify import PLEDGE_SIGNED
from etl.clusters import bare_count_in, cluster_above, cluster_at, counted_group, find_cluster
from etl.collective_members import collective_members_named, units_side_named
from etl.event_reading import EventReading
from etl.event_types import makes_programs
from etl.group_names import by_full_name
from etl.host_place import ATTENDANCE, folded
from etl.level_evidence import (
    as_central_body,
    provinces_beyond_the_capital,
    provinces_counted_then_named,
    without_network_of_cluster,
)
from etl.mass_collective import mass_organisations_met
from etl.parties import (
    Party,
    PlaceContext,
    as_written,
    body_key,
    expand_abbreviations,
    find_parties,
    same_kind,
    short_form,
)
from etl.places import Gazetteer, Mention
from etl.press_places import press_placed
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
from etl.slug_parties import cluster_named_in_address, parties_in_address
from etl.text import fold, sentences
from etl.unit_collectives import placed_by_partner, with_unit_collective
from etl.working_sessions import working_session_in


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


def listed_provinces(text: str, gaz: Gazetteer) -> list[str]:
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


@dataclass(frozen=True)
class _PartiesNamed:
    """Who acts in an event as the text names them: the parties, whether the lead names them (else a later
    sentence did, `told_at`, or a leader, a slug ...)."""

    parties: list[Party]
    lead_principal: bool
    told_at: str  # the later sentence that says who acts, when the lead does not: it may say where, too


def parties_named(r: EventReading) -> _PartiesNamed:
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
    parties = merge_parties(from_lead + [p for p in from_title if not _listed_in(p, from_lead)])
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
        parties = merge_parties(parties + [p for p in signed if p.type != "other"])
        if len(parties) == 1:
            # the leaders who co-chair the ceremony, one named by a title without its body where they sign ("Bộ
            # trưởng A và Chủ tịch Tổng LĐLĐ B cùng ký kết"): their bodies are the two sides (ruling 7)
            co = leaders_chairing_in([article.title, *_reported(article.paragraphs, 4)], ctx, gaz, CO_CHAIRS)
            if len(co) > 1 and _merge_key(parties[0].name) in {_merge_key(q.name) for q in co}:
                parties = merge_parties(parties + co)
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
        parties = merge_parties(parties + [p for p in co if len(co) > 1 and p.type != "other"])
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
        parties = merge_parties(
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
        parties = merge_parties([q for p in parties for q in _signing_for_place(p, signing)])
    if not parties and event_type == "agreement":
        # "4 tỉnh thành ký kết quy chế ...", the provinces named one by one in the lead: the places sign as sides
        parties = _counted_places_signing(article.title, raw_lead, gaz) or _counted_places_signing(
            "", "\n".join(_reported(article.paragraphs[1:], 1)), gaz
        )  # ... or the paragraph after a lead that only frames the signing ("Liên kết du lịch đang là xu hướng")
    if not parties:  # an excerpt that names no one: its address's slug may ("/so-a-va-so-b-tinh-c-ky-ket-...")
        parties = parties_in_address(article.url, ctx, gaz)

    return _PartiesNamed(parties, lead_principal, told_at)


def parties_finished(r: EventReading, parties: list[Party]) -> list[Party]:
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
    if not any(p.type == "other" for p in parties) or any(
        p.tier == "central" and p.type != "other" or not p.head for p in parties
    ):
        return parties
    return [p for p in parties if p.type == "other"]


def cluster_and_holders(r: EventReading, parties: list[Party]) -> tuple[str | None, list[Party]]:
    """The cluster the article names and the parties it makes: a central body's cluster of provinces' bodies, a
    counted group whose provinces sign as themselves, a group that holds a meeting (DOMAIN.md, ruling 13)."""
    article, title, lead, body = r.article, r.title, r.lead, r.body
    event_type, province, ctx, gaz = r.event_type, r.province, r.ctx, r.gaz
    central_group = any(p.type == "other" and p.tier == "central" for p in parties)
    if central_group and (provinces_beyond_the_capital(title + "\n" + lead, gaz) or listed_provinces(body, gaz)):
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
    if folded(item).startswith(folded(head) + " "):
        item = item[len(head) :].strip()
    item = _KIND_PREFIX.sub("", item)
    words = item.split()
    for n in range(min(len(words), 4), 0, -1):
        part = " ".join(words[:n])
        number = part.isdigit()
        key = folded(f"{kind_word} {part}") if number else folded(part)
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
            provinces.setdefault(folded(p.head), set()).add(p.province)
    named = {head for head, where in provinces.items() if len(where) > 1}  # the level stays the same
    return [
        p
        for p in parties
        if not (p.tier == "inter-provincial" and not p.province and p.type != "other" and folded(p.head) in named)
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
            if ATTENDANCE.match(s) or not _SIGNED_BETWEEN.search(s) or _CITED_SIGNING.match(s):
                continue
            signed = [p for p, role in parties_with_roles(s, ctx, gaz) if role == "signatory"]
            if len(signed) > 1:  # written as that sentence writes them ("UB MTTQ")
                return [replace(p, name=as_written(p.name, s)) for p in signed]
    return []


_SIGNING = re.compile(r"\b(?:ký kết|kí kết|ký|kí)\b", re.IGNORECASE)
_SIGNED_THERE = re.compile(r"\s*(?:tại hội nghị|theo đó)\s*,\s*(?!(?i:lãnh đạo|đại diện)\b)(?-i:[A-ZĐ])", re.IGNORECASE)
_ACTS = re.compile(r"\b(?:ký kết|kí kết|ký|kí|giao ban|sơ kết|tổng kết|tổ chức (?:hội nghị|lễ|buổi))\b", re.IGNORECASE)
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
            attended = ATTENDANCE.match(s)  # not "Tại hội nghị, Hội A ký kết ... với B": a body signs there
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
            found = [p for p in find_parties(s, ctx, gaz) if p.type == "other" and p.start == held.end()][:1]
            return found or _network_cluster_at(s, held.end())
    return []


# a cluster of local units ("Cụm Công an các xã"): one province's, its tier not a network's of provinces
_OF_LOCAL_UNITS = re.compile(r"\bcác\s+(?:xã|phường|thị trấn|thị xã|huyện|quận)\b", re.IGNORECASE)


def _network_cluster_at(s: str, at: int) -> list[Party]:
    """A network's cluster of provinces named by its bodies, whose meeting a member holds ("Liên hiệp A tỉnh B tổ
    chức Hội nghị tổng kết của Cụm Liên hiệp C số 3"): no emulation cluster the heads table knows, still the cluster
    that meets and the one party (ruling 2), its members' provinces making it inter-provincial."""
    named = cluster_at(s, at)
    if not named or _OF_LOCAL_UNITS.search(named[0]):
        return []
    name, end = named[0][0].upper() + named[0][1:], named[1]
    return [Party(name, "other", "inter-provincial", None, None, "", at, end, name)]


def parties_confidence(parties: list[Party], event_type: str, principal: bool) -> float:
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
    same_head = [q for q in listed if folded(q.head) == folded(party.head) and q.province]
    return party.tier == "inter-provincial" and not party.province and len(same_head) > 1


def _merge_key(name: str) -> str:
    """The body's key, a branch's word aside: "Ngân hàng A Chi nhánh tỉnh B" is the title's "Ngân hàng A tỉnh B"."""
    return body_key(name).replace(" chi nhanh ", " ")


_BARE_TIER_END = re.compile(r"\s(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)$")  # no place's name after


def merge_parties(parties: list[Party]) -> list[Party]:
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
                or (p.tier == q.tier == "inter-provincial" and folded(p.head) == folded(q.head))
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
