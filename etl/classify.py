"""Event detection: does the page report a coordination event that took place, and which kind?

Read in order: the title, the lead, then the next paragraphs (a slogan or a result often stands in the
title while the lead or the second paragraph says "Lễ ký kết chương trình phối hợp"). A keyword anywhere
in the page decides nothing: "phối hợp" in passing, a notice, a training course are not events. A
sentence that announces ("sẽ diễn ra", "dự kiến"), a congress, an award, or a treaty between countries
is not one either, and the first sentence that reports a look-alike of that kind settles the page when
it comes before any event. Which kind: the cues of data/reference/event_type_cues.csv (etl/event_types.py);
the type whose cue comes first in a sentence wins, so a review that then re-signs is a meeting, and a
conference that signs a memorandum is an agreement.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from etl.event_types import Cue, cues
from etl.reference import REFERENCE_DIR, load_table
from etl.text import alternation_not_after, case_blind, fast_start, fold, sentences

# a plan named as what was adopted ("đã thông qua ... kế hoạch tổ chức các hoạt động"): a noun, not an announcement
_ADOPTED = re.compile(r"\b(?:đã|vừa)\s+(?:thông qua|thống nhất|ban hành|phê duyệt)\b[^.;]*$", re.I)
_ADOPTED = fast_start(_ADOPTED)  # a first-letter check before the alternatives
# What is not an event: announced, congresses and ceremonies, teaching, between countries.
_FUTURE_WORDS = ("sẽ", "dự kiến", "chuẩn bị", "sắp", "tiến tới", "kế hoạch tổ chức", "dự định")
_FUTURE = re.compile(r"\b(" + "|".join(_FUTURE_WORDS) + r")\b", re.I)
_FUTURE = fast_start(_FUTURE)  # a first-letter check before the alternatives
_LOOKALIKE = re.compile(
    r"\b(đại hội(?! đồng)|lễ kỷ niệm|kỷ niệm \d+ năm|trao giải|lễ trao|tuyên dương|tập huấn|bồi dưỡng|"
    r"khai giảng|họp báo|hội thảo|diễn đàn|hội thi|cuộc thi|liên hoan)\b",
    re.I,
)
_LOOKALIKE = fast_start(_LOOKALIKE)  # a first-letter check before the alternatives
# a word each of _LOOKALIKE's alternatives holds (any case): a text holding none tells no look-alike (most leads)
_LOOKALIKE_WORDS = ("đại hội", "kỷ niệm", "trao", "tuyên dương", "tập huấn", "bồi dưỡng", "khai giảng", "họp báo",
                    "hội thảo", "diễn đàn", "hội thi", "cuộc thi", "liên hoan")  # fmt: skip
# a foreign country or a mark of relations abroad (data/reference/foreign_countries.csv), or any other country written
# by its state's form ("nước Cộng hòa Bungari", "Vương quốc Bỉ"), not Vietnam's own
_STATE_FORMS = r"Cộng h[òo]a\s+(?!Xã hội|XHCN|Việt Nam)[A-ZĐ]\w+|Vương quốc\s+[A-ZĐ]\w+"
FOREIGN_COUNTRIES = "foreign_countries.csv"
# a Vietnamese friendship association named after the country it befriends ("Hội Hữu nghị VN - Campuchia", "Hội
# hữu nghị Việt Nam - Lào tỉnh A"): a Vietnamese mass organisation, its country the subject of its work, not a party
# abroad; its counterpart abroad is written the other way round ("Hội hữu nghị Lào - Việt Nam")
_VN_FRIENDSHIP = re.compile(r"\b[Hh]ội\s+[Hh]ữu\s+nghị\s+(?:Việt Nam|VN|Việt)\s*[-–—]\s*(?=\S)")
# the country written as a party of its own: its counterpart association or its mission ("Lào - Việt Nam",
# "Đại sứ quán Campuchia")
_COUNTRY_AS_PARTY_AFTER = re.compile(r"\s*[-–—]\s*(?:Việt Nam|VN|Việt)\b")
_COUNTRY_AS_PARTY_BEFORE = re.compile(r"\b(?:[Đđ]ại sứ(?: quán)?|[Ll]ãnh sự(?: quán)?)\s+(?:nước\s+)?$")
# students from abroad at a Vietnamese school ("Ban đại diện lưu học sinh Lào", "sinh viên Campuchia đang theo học"):
# people the school looks after, not a party abroad
_STUDENTS_FROM = re.compile(
    r"\b(?:lưu học sinh|lưu học viên|du học sinh|sinh viên|học viên|học sinh)\s+(?:nước\s+)?$", re.I
)
# a body's numbered statutory session of its term ("Hội nghị lần thứ XII nhiệm kỳ 2019 - 2024", "hội nghị thứ 5 Ban
# Chấp hành ... khóa X"): one body's routine, as a congress is, whatever it reviews there
_SESSION = re.compile(
    r"\bhội nghị\s+(?:lần\s+)?thứ\s+(?:[IVXLC]+|\d{1,2}|nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)\b[^.;]{0,80}?"
    r"\b(?:nhiệm k[ỳì]|khóa|khoá)\b",
    re.I,
)
# a look-alike named as the place or the occasion of what follows ("Tại hội thảo ... chứng kiến lễ ký kết",
# "trong khuôn khổ diễn đàn", "bên lề hội thảo", "chào mừng kỷ niệm 20 năm ...", "nhân dịp Đại hội"), or a congress
# whose resolution is carried out ("Thực hiện Nghị quyết Đại hội Đoàn toàn quốc ..."), not as the event itself
_OCCASION = re.compile(
    r"\b(?:tại|trong khuôn khổ|bên lề|chào mừng|hướng tới|nhân(?: dịp)?|dịp|nghị quyết)\s+(?:(?:buổi|cuộc)\s+)?$",
    re.I,
)
# what one body asks others to do, in the clause just before the cue ("yêu cầu các cơ sở giáo dục tiếp tục rà soát
# việc tổ chức ký kết ...", "đề nghị các huyện tổ chức ký kết"): a directive (DOMAIN.md), not an event told
_DIRECTED = re.compile(
    r"\b(?:yêu cầu|đề nghị|chỉ đạo)\s+(?!của\b)[^.;,]{0,80}?\b(?:rà soát|tiếp tục|tổ chức|triển khai|thực hiện)\s+"
    r"(?:việc\s+)?(?:tổ chức\s+)?$",
    re.I,
)
# a numbered document cited as the ground, the plan word in its subject ("Công văn số 297/TB-CTĐ ngày 15/6/2016 về
# việc thông báo kế hoạch tổ chức Hội nghị ..., ngày 1/7, Cụm ... tổ chức Hội nghị"): the plan was the document's
_NUMBERED = re.compile(r"\bsố\s*\d+\s*/(?:[^.;]|\.(?=\d))*$", re.I)
_SIGNED_BEFORE = re.compile(r"\bđược\s*$")
# the event named by the cue, told after it as still to be held, in its own clause: "Hội nghị sơ kết ... sẽ được tổ
# chức vào chiều 19/9", "Lễ ký kết dự kiến diễn ra vào tháng 5" (not after it is told as held: "... đã diễn ra tại A,
# hội nghị năm sau sẽ được tổ chức tại B")
_ANNOUNCED_AFTER = re.compile(
    r"(?:(?!\b(?:đã|vừa)\b)[^.;!?\n]){0,320}?\b(?:sẽ|dự kiến)\s+(?:được\s+(?:tổ chức|tiến hành|khai mạc)|diễn ra|khai mạc"
    # or the body that holds it named as its subject: "Cụm thi đua số N sẽ tổ chức Hội nghị tổng kết"
    r"|tổ chức\s+(?:hội nghị|lễ|buổi|cuộc họp))\b",
    re.I,
)
FOREIGN_PROVINCES = "foreign_provinces.csv"
PARAGRAPHS_READ = 4
DEEP_READ = 12  # paragraphs read for a signing told further down when the title and the lead tell none
CONTEXT_READ = 2  # paragraphs whose words say a meeting is about joint work: a word further down is in passing
NEAR_BEFORE, NEAR_AFTER = 100, 120  # characters around a cue where a `near` word counts


# a review of one body's own work, named right after the review's word ("tổng kết công tác Mặt trận năm 2021",
# "giao ban công tác Hội quý I", "đánh giá kết quả hoạt động 6 tháng"): joint work must be in its own sentence,
# or the lead must name a group of bodies that holds it ("khối Dân vận", a cluster, a joint body)
_OWN_WORK = re.compile(r"\s+(?:những\s+|kết quả\s+)?(?:công tác|hoạt động)\b", re.I)
_GROUP = re.compile(r"\b(?:cụm|khối|liên tịch|giao ước)\b", re.I)
_SIGNING_VERB = re.compile(r"(?<!đăng )\b(?:ký|kí)\b", re.I)
# ... and so is a review of a directive, a resolution or a scheme carried out, named right after the review's word
# ("tổng kết 10 năm thực hiện Nghị quyết Trung ương 8", "sơ kết giai đoạn 1 Đề án ..."): the Party's or the state's
# document (DOMAIN.md: a directive is no event), not a joint program, unless its sentence names the joint work
_DIRECTIVE_REVIEWED = re.compile(
    r"\s+(?:giai đoạn\s+\w+\s+|(?:\d{1,2}|một|hai|ba|năm|mười)\s+năm\s+)?(?:triển khai\s+)?(?:thực hiện\s+)?"
    r"(?:chỉ thị|nghị quyết(?!\s+liên tịch)|NQ|kết luận|đề án)\b",
    re.I,
)
# a body's own program of action ("tổng kết công tác năm 2025 và triển khai chương trình hành động năm 2026")
_OWN_PROGRAM = re.compile(r"\bchương trình hành động\b", re.I)


def _first_cue(cue: Cue, text: str, context: str) -> re.Match[str] | None:
    """The first place `text` reports the cue's type: the cue with what must be near it (a signing verb with
    what is signed) and, in the sentence or the page's lead, what must come with it (a meeting about joint work).
    A review of a body's own work ("tổng kết công tác ...") needs the joint work in its sentence or a group of
    bodies in the lead: a word of the lead ("liên kết sản xuất", "vốn ủy thác", "quy chế hoạt động") does not
    make one body's year-end review a joint one."""
    for m in cue.pattern.finditer(text):
        if cue.near is None or cue.near.search(text[max(0, m.start() - NEAR_BEFORE) : m.end() + NEAR_AFTER]):
            if cue.with_ is None:
                return m
            directive = cue.event_type == "meeting" and _DIRECTIVE_REVIEWED.match(text, m.end())
            if cue.event_type == "meeting" and (_OWN_WORK.match(text, m.end()) or directive):
                # the body's own action program for next year, set out with it, is no joint work of its sentence; nor is
                # a program signed after a directive's review ("Sơ kết một năm thực hiện Chỉ thị số 48 ... và ký kết
                # chương trình phối hợp"): the signing is the joint work, the review is the state's
                own = _OWN_PROGRAM.sub(" ", text)
                signed = _SIGNING_VERB.search(own, m.end()) if directive else None
                own = own[: signed.start()] if signed else own
                return m if cue.with_.search(own) or _GROUP.search(context) else None
            return m if cue.with_.search(text + " " + context) else None
    return None


def _not_event(text: str, at: int) -> bool:
    """The trigger at `at` is announced, part of a look-alike (congress, award, workshop) or international."""
    if ("sẽ" in text or "dự kiến" in text.lower()) and _ANNOUNCED_AFTER.match(text, at):
        return True  # "Hội nghị sơ kết ... sẽ được tổ chức vào chiều 19/9": the event itself is announced
    before = text[max(0, at - 400) : at]
    low = case_blind(before)  # the announcement's words (most leads hold none, and are not searched)
    future = _FUTURE.finditer(before) if any(word in low for word in _FUTURE_WORDS) else iter(())
    if any(
        not _ADOPTED.search(before, max(0, f.start() - 30), f.start())
        and not _NUMBERED.search(before, max(0, f.start() - 160), f.start())
        for f in future
    ):
        return True
    if _abroad(text):
        return True
    if _DIRECTED.search(before[-160:]):
        return True  # "Sở yêu cầu các trường tiếp tục rà soát việc tổ chức ký kết ...": a directive, not the signing
    low = case_blind(text)
    session = _SESSION.search(text, 0, at) if "thứ" in low else None
    if session and not _OCCASION.search(text[max(0, session.start() - 30) : session.start()]):
        return True  # one body's numbered session of its term: its own routine, as a congress is
    for look in _LOOKALIKE.finditer(text, 0, at) if any(word in low for word in _LOOKALIKE_WORDS) else ():
        if _OCCASION.search(text[max(0, look.start() - 30) : look.start()]):
            continue  # "Tại diễn đàn ..., lãnh đạo các tỉnh ký kết": the forum is where the signing took place
        if not re.search(r"\b(và|,)\s*$", text[look.end() : at][:40]):
            return True
    return False


def _abroad(text: str) -> bool:
    """Does the text name a party abroad: a foreign country, or a province of a neighbouring country named without
    it ("Đại đội 311 (Bộ Chỉ huy Quân sự tỉnh Khăm Muồn)", data/reference/foreign_provinces.csv)? The country a
    Vietnamese friendship association befriends is its subject, not a party, where the association is named: its
    name and the country's other mentions ("đối ngoại nhân dân với Campuchia") count only as the country's own
    counterpart association or mission."""
    if any(not _RIVER.search(text, max(0, m.start() - 5), m.start()) for m in _foreign_provinces().finditer(text)):
        return True
    # where each association's country is written; its "Hữu" holds "ữu" as the pattern writes it (most texts have none)
    named = {a.end() for a in _VN_FRIENDSHIP.finditer(text)} if "ữu" in text else set()
    befriended = {c.group() for at in named if (c := _foreign().pattern.match(text, at))}
    foreign = _foreign()
    for m in foreign.pattern.finditer(text) if any(word in text for word in foreign.words) else ():
        if m.start() in named:
            continue  # the association's own name
        if _STUDENTS_FROM.search(text[max(0, m.start() - 30) : m.start()]):
            continue
        if (
            m.group() in befriended
            and not _COUNTRY_AS_PARTY_AFTER.match(text, m.end())
            and not _COUNTRY_AS_PARTY_BEFORE.search(text[max(0, m.start() - 30) : m.start()])
        ):
            continue
        return True
    return False


class _Foreign(NamedTuple):
    pattern: re.Pattern[str]
    words: tuple[str, ...]  # what each alternative starts with, as written: a text holding none names no country


@cache
def _foreign() -> _Foreign:
    """The countries and marks of relations abroad as shipped (data/reference/foreign_countries.csv: geography, not
    a deployment's setting), one pattern with the state forms, read with a first-letter check (most texts name none)."""
    rows = load_table(FOREIGN_COUNTRIES, REFERENCE_DIR)
    names = [
        re.escape(r["name"]) + (rf"(?! {re.escape(r['not_followed_by'])})" if r.get("not_followed_by") else "")
        for r in rows
    ]
    pattern = fast_start(re.compile(rf"\b({'|'.join(names)}|{_STATE_FORMS})\b"))
    return _Foreign(pattern, (*(r["name"] for r in rows), "Cộng h", "Vương quốc"))


@cache
def _foreign_provinces() -> re.Pattern[str]:
    """The provinces of Laos and Cambodia and China's border provinces as written in Vietnamese reporting, from
    data/reference/foreign_provinces.csv as shipped (geography, not a deployment's setting); a river named after one
    ("sông Sê Kông") is no party."""
    variants = {row["variant"] for row in load_table(FOREIGN_PROVINCES, REFERENCE_DIR)}
    names = sorted({form for variant in variants for form in _syllable_joins(variant)}, key=len, reverse=True)
    if all(re.match(r"\w", name) for name in names):  # "\b" before a letter: no letter before it (the shipped names)
        return re.compile(alternation_not_after(names, r"\w") + r"\b")
    return fast_start(re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b"))


def _syllable_joins(name: str) -> set[str]:
    """The ways Vietnamese reporting writes a foreign place's syllables: as the table has it, spaced, hyphened or
    run together, its later syllables capitalised or not ("Bô-ly-khăm-xay", "Bô Ly Khăm Xay", "Bôlykhămxay",
    "Xiêngkhoảng")."""
    syllables = re.split(r"[\s-]+", name)
    if len(syllables) < 2:
        return {name}
    later = [s.lower() for s in syllables[1:]], [s[:1].upper() + s[1:].lower() for s in syllables[1:]]
    return {name} | {joint.join([syllables[0], *rest]) for joint in (" ", "-", "") for rest in later}


_RIVER = re.compile(r"\b[Ss]ông\s+$")


def _kind(text: str, context: str, types: tuple[Cue, ...]) -> tuple[str | None, bool]:
    """(event type a text reports, whether it is a look-alike rather than an event). The type whose cue comes
    first wins; of two starting together, the longer ("ký giao ước thi đua" is a meeting, not "ký")."""
    found = [(m, cue.event_type) for cue in types if (m := _first_cue(cue, text, context))]
    if not found:
        return None, False
    m, kind = min(found, key=lambda pair: (pair[0].start(), -pair[0].end()))
    themed = kind == "meeting" and bool(_THEMED.match(text, m.start()))
    return kind, themed or _not_event(text, m.start()) or bool(_CONTEST_REVIEWED.match(text, m.end()))


# a conference named by its theme in quotes ("Hội nghị thường niên năm 2024: “Hoàn thiện thể chế ...”"): a thematic
# conference, as a workshop or forum, co-organised within a program rather than reviewing it
_THEMED = re.compile(r"hội nghị(?:\s+thường niên)?(?:\s+năm\s+(?:19|20)\d\d)?\s*(?:với chủ đề\s*)?:\s*[“\"]", re.I)


# what a review is of, right after its word: a contest ("tổng kết và trao giải Cuộc thi", "sơ kết hội thi")
# or an award over its years ("tổng kết 17 năm Giải Báo chí Quốc gia")
_CONTEST_REVIEWED = re.compile(
    r"\s*,?\s+(?:\d+\s+năm\s+)?(?:và\s+)?(?:trao giải|(?:cuộc|hội) thi|liên hoan|hội thao|giải thưởng|(?-i:Giải)(?=\s+[A-ZĐ]))\b"
    # or a sector's year closed with its award ("tổng kết công tác báo chí và trao Giải ..."), joint work not named
    r"|\s+công tác\s+(?:(?!phối hợp|quy chế|chương trình|liên tịch|kế hoạch)[^\s.;,]+\s+){1,4}?và\s+trao (?:giải|thưởng)\b",
    re.I,
)


# a photo's caption of the scene: "Quang cảnh hội nghị", "Toàn cảnh buổi lễ"
_SCENE = re.compile(r"\W*(?:quang|toàn)\s+cảnh\b", re.I)


def classify_page(title: str, paragraphs: list[str], url: str | None = None) -> tuple[str | None, float]:
    """(event_type or None for a non-event, confidence) from the title and the first paragraphs; the page's
    address stands in for a title the page stage did not find (an excerpt that starts mid-article, a caption or
    a menu taken for the title)."""
    kind, confidence = _classify_page(title, paragraphs, url)
    if kind and _SCENE.match(title):
        # a photo's caption of the scene taken for the title ("Quang cảnh Hội nghị liên tịch"): the report under it
        # tells what the conference did ("... thống nhất ký kết Quy chế phối hợp"); the caption's kind only when the
        # report tells none
        told, told_confidence = _classify_page("", paragraphs, url)
        kind, confidence = (told, told_confidence) if told else (kind, confidence)
    if kind == "agreement" and (_renews_joint_plan(title, paragraphs) or _reviews_years_then_signs(title, paragraphs)):
        return "meeting", confidence
    if kind == "meeting" and _launches_cooperation(title, paragraphs):
        return "agreement", confidence
    head = " ".join([title, *_lead_window(paragraphs)]) if kind else ""  # the title and its lead, read once
    if kind and _pledge_within_body(head):
        return None, confidence
    if kind == "meeting" and _pledge_between_bodies(head):
        return "agreement", confidence
    if kind == "agreement" and _cluster_pledge(title, paragraphs):
        return "meeting", confidence
    return kind, confidence


# a signing word, not a registering ("đăng ký giao ước thi đua": the units registered their pledges); a fragment of
# the patterns here and in etl/periods.py
SIGN = r"(?<!đăng )\b(?:ký kết|kí kết|ký|kí)"
# an emulation pledge signed ("ký kết giao ước thi đua", "ký giao ước thi đua"; not "đăng ký", registering targets)
PLEDGE_SIGNED = re.compile(rf"{SIGN}\s+(?:kết\s+)?(?:giao ước\s+)?thi đua\b", re.I)
PLEDGE_SIGNED = fast_start(PLEDGE_SIGNED)  # a first-letter check before the alternatives
# a cluster, a bloc, or an emulation zone of a sector's provincial bodies ("khu vực thi đua miền Đông Nam Bộ")
_CLUSTER_WORD = re.compile(r"\b(?:cụm|khối)\b(?!\s+lượng)|\bkhu vực thi đua\b", re.I)


def _pledge_between_bodies(head: str) -> bool:
    """Whether an emulation pledge is signed between named bodies, no cluster or bloc holding it and nothing
    reviewed ("Ủy ban MTTQ thành phố ký kết giao ước thi đua với Ủy ban MTTQ 36 phường, xã năm 2024"): the bodies
    sign it, an agreement; a cluster's or bloc's pledge, or a review that re-signs, is a meeting (DOMAIN.md). `head`:
    the title and its lead window."""
    return bool(PLEDGE_SIGNED.search(head)) and not _CLUSTER_WORD.search(head) and not _REVIEW.search(head)


# one body's own units or departments signing its pledge ("ký kết thi đua ... trong cơ quan báo chí", "đại diện các đơn
# vị ký kết giao ước thi đua" at a command's launch of its drive): unnamed parts of one body, not bodies together
_OWN_UNITS = re.compile(
    r"\btrong (?:toàn\s+)?cơ quan\b"
    r"|\b(?:đại diện|lãnh đạo)\s+các\s+(?:đơn vị|phòng|bộ phận)(?:\s+(?:trực thuộc|chuyên môn))?\s+(?:tổ chức\s+)?(?:ký|kí)\b",
    re.I,
)


def _pledge_within_body(head: str) -> bool:
    """Whether the pledge signed is one body's own: its units or departments sign it, named only as such, no cluster
    or bloc holding it and nothing reviewed (a newspaper's departments, a command's units at the launch of its drive):
    an internal emulation drive, no coordination between bodies (DOMAIN.md). `head`: the title and its lead window."""
    return (
        bool(PLEDGE_SIGNED.search(head) or _PLEDGE.search(head))
        and bool(_OWN_UNITS.search(head))
        and not _CLUSTER_WORD.search(head)
        and not _REVIEW.search(head)
    )


# a pledge signed, whatever follows its word: "ký giao ước", "ký kết giao ước thực hiện phong trào thi đua"
_PLEDGE = re.compile(rf"{SIGN}\s+(?:kết\s+)?giao ước\b", re.I)


def _cluster_pledge(title: str, paragraphs: list[str]) -> bool:
    """Whether a sentence of the title or the lead tells a cluster's or bloc's members signing their pledge ("8 đơn
    vị Cụm thi đua số 8 ký giao ước", a caption over no title): they sign it at the cluster's conference, a meeting
    (DOMAIN.md), though the words after "giao ước" are not "thi đua"."""
    return any(
        _PLEDGE.search(text) and _CLUSTER_WORD.search(text)
        for para in [title, *_lead_window(paragraphs)]
        if "giao ước" in para.lower()
        for text in sentences(para)
    )


# a conference held to exchange or link up, not to review: "hội nghị trao đổi công tác giữa 3 tỉnh"
_EXCHANGE = re.compile(r"\bhội nghị\s+(?:trực tuyến\s+)?(?:trao đổi|liên kết|hợp tác|xúc tiến)\b", re.I)
_EXCHANGE = fast_start(_EXCHANGE)  # a first-letter check before the alternatives
# a memorandum of cooperation signed at it: "ký kết biên bản ghi nhớ hợp tác", "cùng ký kết kế hoạch hợp tác"
_MEMORANDUM = re.compile(
    r"\b(?:ký kết|kí kết|đã ký|cùng ký)\s+(?:(?:biên bản|bản|văn bản)\s+)?(?:ghi nhớ|thỏa thuận hợp tác|thoả thuận hợp tác"
    r"|thỏa thuận|thoả thuận|kế hoạch hợp tác|chương trình hợp tác|hợp tác)\b",
    re.I,
)


def _launches_cooperation(title: str, paragraphs: list[str]) -> bool:
    """Whether a conference held to exchange or link up (not a review) signs a memorandum of cooperation in
    it: a conference convened to launch a cooperation, with a memorandum signed, is an agreement (DOMAIN.md)."""
    head = " ".join([title, *paragraphs[:2]])
    if not _EXCHANGE.search(head) or _REVIEW.search(head):
        return False
    for para in paragraphs[:DEEP_READ]:
        for text in sentences(para):
            if (
                (m := _MEMORANDUM.search(text))
                and not _SIGNED_BEFORE.search(text[: m.start()])
                and not _not_event(text, m.start())
            ):
                return True
    return False


# the yearly joint plan of neighbouring border or defence forces: "ký kết kế hoạch hiệp đồng ... năm 2025"
_JOINT_PLAN = re.compile(r"\b(?:ký kết|ký|kí kết|kí)\s+(?:kế hoạch\s+|quy chế\s+)?(?:phối hợp\s+)?hiệp đồng\b", re.I)
_JOINT_PLAN = fast_start(_JOINT_PLAN)  # a first-letter check before the alternatives
# a paragraph that opens on last year's joint work: "Trong năm 2023, BĐBP 3 tỉnh đã ...", "Trong năm qua, ..."
_LAST_YEAR = re.compile(r"^\W*(?:trong\s+)?(?:năm qua|năm\s+(?:19|20)\d\d)\s*,[^.]{0,200}?\bđã\b", re.I)


def _renews_joint_plan(title: str, paragraphs: list[str]) -> bool:
    """Whether a signing of the yearly joint plan comes after the forces reviewed last year's (a paragraph opens
    on what they did last year): a review that re-signs is a meeting (DOMAIN.md). A signing told alone stays one."""
    if not _JOINT_PLAN.search(" ".join([title, *paragraphs[:2]])):
        return False
    return any(_LAST_YEAR.search(p) for p in paragraphs[: PARAGRAPHS_READ + 2])


# a sentence that opens on the years of joint work done: "3 năm qua, các đơn vị trên đã ...", "Qua 5 năm thực hiện,
# ...", "Sau 5 năm triển khai, ...", "Gần 10 năm qua, ...", "Trong những năm qua (giai đoạn 2011-2020), ..."
_YEARS_DONE = re.compile(
    r"(?:^|[.!?]\s+)\W*(?:(?:sau|qua|trong)\s+)?(?:(?:gần|hơn|trên)\s+)?"
    r"(?:\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|những)\s+năm\s+(?:qua|triển khai|thực hiện)\b",
    re.I,
)
# a signing ceremony, told as the event: "tổ chức lễ ký kết chương trình phối hợp", "tổ chức Hội nghị ký kết ...", "hội
# nghị kết nghĩa giữa A với B"
_SIGNING_CEREMONY = re.compile(r"\b(?:lễ|hội nghị|buổi)\s+(?:ký|kí|kết nghĩa)\b", re.I)


def _reviews_years_then_signs(title: str, paragraphs: list[str]) -> bool:
    """Whether a signing comes with a review of the years of work under the program it renews, no signing ceremony
    told as the event ("3 năm qua, các đơn vị đã ..." then "Tại hội nghị, ... đã ký Quy chế phối hợp"; "Qua 5 năm
    thực hiện, ..." under a caption of the new signing): a review that re-signs is a meeting (DOMAIN.md). A ceremony
    that recalls what the last program did ("tổ chức lễ ký kết ..." over "Qua 2 năm triển khai, ...") stays a
    signing."""
    if _SIGNING_CEREMONY.search(" ".join([title, *paragraphs[:1]])):
        return False
    return any(_YEARS_DONE.search(para) for para in paragraphs[: PARAGRAPHS_READ + 2])


# a page that is an official document, its title the document's kind and number ("Công văn số 490-CV/BDVTW ngày ...
# về việc hướng dẫn thực hiện Chương trình phối hợp ..."): a directive or a plan (DOMAIN.md), the signing it cites is
# its ground, not an event it reports
_DOCUMENT_TITLE = re.compile(
    r"^\W*(?:công văn|hướng dẫn|chỉ thị|thông báo|kế hoạch|quyết định|thông tri|công điện|tờ trình)\s+số\s*\d", re.I
)
# ... or whose text opens on a document's legal grounds, paragraph after paragraph ("Căn cứ Luật ...;" over "Căn cứ
# Quyết định số ..."): the regulation's own text, the bodies that "thống nhất ban hành" it named in its preamble
_GROUNDS = re.compile(r"^\W*căn cứ\b", re.I)


# a unit's own staff conference held ("CĐCS trường A phối hợp với chính quyền nhà trường tổ chức Hội nghị viên chức -
# người lao động"): its union and its management, one body under the democracy regulation, not bodies coordinating
_STAFF_CONFERENCE = re.compile(
    r"\btổ chức\s+(?:thành công\s+)?hội nghị\s+(?:cán bộ,?\s*)?(?:công chức,?\s*)?(?:viên chức|người lao động)\b", re.I
)
# the words a staff conference ends with, one of them in every match: a page holding neither (most pages, while
# "tổ chức hội nghị" is in many) is not searched
_STAFF_WORDS = ("viên chức", "người lao động")


# a lead that opens on a body issuing a document ("UBND tỉnh vừa ban hành kế hoạch ...", "UBND tỉnh A vừa có công văn
# gửi Sở B về việc triển khai Chương trình phối hợp ...", "lãnh đạo Bộ A và B đã có văn bản hướng dẫn ..."): the page
# reports the plan or directive (DOMAIN.md: no event), what it asks for or cites is not held; a joint plan or a joint
# document issued together is a signing, not this
_ISSUES_DOCUMENT = re.compile(
    r"^[^.;!?]{0,200}?\b(?:vừa|đã|mới)\s+(?:ban hành|có)\s+(?:kế hoạch(?!\s+(?:phối hợp|liên tịch|hợp tác|hiệp đồng))"
    r"|chỉ thị|hướng dẫn|công văn|văn bản(?!\s+(?:liên tịch|thỏa thuận|thoả thuận|ghi nhớ|phối hợp))|thông báo)\b",
    re.I,
)


def _classify_page(title: str, paragraphs: list[str], url: str | None = None) -> tuple[str | None, float]:
    if _DOCUMENT_TITLE.match(title) or sum(bool(_GROUNDS.match(p)) for p in paragraphs[:PARAGRAPHS_READ]) > 1:
        return None, 0.9
    context = " ".join([title, *paragraphs[:CONTEXT_READ]])
    staff = any(word in case_blind(context) for word in _STAFF_WORDS)
    if staff and _STAFF_CONFERENCE.search(context):
        return None, 0.85  # one unit's own staff conference: what it reviews and signs is its own affair
    types = cues()
    title_kind, title_lookalike = _kind(title, context, types) if title else (None, False)
    if not title_kind and not title_lookalike and url:
        slug = _slug_text(url)
        told = _slug_kind(slug, context, types)
        if told[0] and _title_missing(title, slug):
            title_kind, title_lookalike = told
    if title_lookalike or (title_kind and _abroad(_opening(paragraphs))):
        return None, 0.9
    # (the lead under a headline the page stage left among the paragraphs, a short line)
    first = paragraphs[1] if len(paragraphs) > 1 and _short_line(paragraphs, 0) else paragraphs[0] if paragraphs else ""
    if not title_kind and _ISSUES_DOCUMENT.match(first):
        return None, 0.85  # the lead reports a plan or a directive issued
    # The title names the event; the first sentence of the article that reports one confirms it, unless
    # that sentence announces it or tells a look-alike.
    lead = _lead_window(paragraphs)
    for i, para in enumerate(lead):
        confidence = 0.85 if i == 0 else 0.7
        for text in sentences(para):
            if only_cites(text):
                continue  # "Thực hiện Kế hoạch số 44-KH/ĐTN ... về việc chỉ đạo tổng kết ...": the ground, not the event
            kind, lookalike = _kind(text, context, types)
            if lookalike or (kind and not title_kind and _abroad(title + " " + _opening(paragraphs))):
                return None, confidence  # as with a title's event: a lead among units abroad is between countries
            if kind and not title_kind and kind == "agreement" and not _DATED.search(text):
                # a photo's caption above the lead ("Lãnh đạo A và B ký kết chương trình ..."): the dated lead
                # tells what took place, a review that signs anew is a meeting
                reported = _dated_report(lead[i + 1 :], context, types)
                if not reported and _caption_after_report(paragraphs, i):
                    continue  # a caption under the lead's report of results: the photo's signing is not told
                if not reported and _roundup(title, paragraphs):
                    return None, confidence  # one of a period's activities, summed up: no event told
                return (reported or kind), confidence
            if (
                kind
                and title_kind == "agreement"
                and kind == "meeting"
                and (_REVIEW.search(text) or _CLUSTER_MEETING.search(text))
                and not _CITED.match(text)
            ):
                # a title that tells the signing, a lead that tells the review it closed ("Ký kết quy chế phối
                # hợp ..." over "... tổ chức hội nghị tổng kết quy chế phối hợp giai đoạn 2013-2017"): a review
                # that re-signs is a meeting (DOMAIN.md); so is a cluster's conference that signs at it ("Ký qui chế
                # phối hợp" over "... tổ chức Hội nghị Cụm thi đua 2018 và ký quy chế phối hợp")
                return kind, 0.9
            if kind:
                return (title_kind, 0.95) if title_kind else (kind, confidence)
    if title_kind:
        return title_kind, 0.9
    # Nothing in the title or the lead: a signing the article tells further down, as done between bodies ("A và
    # B đã ký kết chương trình phối hợp"), not as an old document's history ("Năm 2019, ... đã ký kết")
    if _abroad(title + " " + _opening(paragraphs)):
        return None, 0.85  # a visit from abroad: what is signed further down is between countries
    for para in paragraphs[PARAGRAPHS_READ:DEEP_READ]:
        if not _DEEP_SIGNING.search(para):
            continue
        for text in sentences(para):
            if (m := _DEEP_SIGNING.search(text)) and _deep_signing(text, m):
                return "agreement", 0.6
    if _signing_attended(title, paragraphs):
        return "agreement", 0.6
    if _review_attended(title, paragraphs):
        return "meeting", 0.6
    within = _told_from_within(title, paragraphs)
    if within:
        return within, 0.55
    return None, 0.85


# who attended a signing, told as done: "Dự lễ ký kết có ...", "Tham dự buổi ký kết có ...", "Dự và ký kết có ..."
_ATTENDED = re.compile(
    r"(?:^|[.!?]\s+)\W*(?:tham\s+)?dự\s+(?:và\s+)?(?:(?:lễ|buổi)\s+)?(?:ký kết|kí kết)\s+(?:còn\s+)?có\b", re.I
)
# the joint program such a page goes on to name: "tổ chức việc thực hiện chương trình phối hợp"
_JOINT_PROGRAM = re.compile(r"\b(?:chương trình|quy chế|kế hoạch)\s+(?:phối hợp|liên tịch|hợp tác)\b", re.I)


def _signing_attended(title: str, paragraphs: list[str]) -> bool:
    """Whether an excerpt that starts after its report of a signing (no title, no lead telling it; its first line
    may be taken for the title) names who attended the signing and the joint program signed: the signing took
    place."""
    opening = [title, *paragraphs[:2]]
    if not any(_ATTENDED.search(p) for p in opening):
        return False
    text = "\n".join(paragraphs[:DEEP_READ])
    if any(word in case_blind(text) for word in _FUTURE_WORDS) and _FUTURE.search(text):
        return False  # announced
    return bool(_JOINT_PROGRAM.search(text))


# a conference attended, told by its scene's caption or by who attended it ("Quang cảnh hội nghị", "Tham dự hội nghị
# có ...")
_CONFERENCE_SEEN = re.compile(
    r"^\W*(?:quang|toàn)\s+cảnh\s+(?:hội nghị|buổi\s+(?:giao ban|họp|làm việc))\b"
    r"|(?:^|[.!?]\s+)\W*(?:tham\s+)?dự\s+(?:hội nghị|buổi\s+(?:giao ban|họp|làm việc))\s+(?:còn\s+)?có\b",
    re.I,
)
# the members of a cluster or a bloc whose work the excerpt tells ("Năm 2022, các đơn vị thuộc Khối thi đua số 3 ...",
# "các đơn vị trong Cụm thi đua số 3 gồm các tỉnh ..."): bodies working together, the year their meeting reviews
_CLUSTER_MEMBERS = re.compile(r"\b(?:các\s+)?đơn vị\s+(?:trong|thuộc)\s+(?:cụm|khối)\b", re.I)
# a date that a document's number carries ("Chỉ thị số 01/CT-VKSTC ngày 27/12/2021"): the document's, no report's day
_CITED_DAY = re.compile(r"\b\d+[\w-]*/[\w/-]+\s*$")
# a period's joint work told as done ("Trong quý III/2019, 3 lực lượng ... đã chủ động phối hợp", "Năm 2025, việc triển
# khai Quy chế phối hợp giữa A với B ...")
_PERIOD_JOINT_WORK = re.compile(
    r"\b(?:quý\s+(?:I{1,3}|IV|[1-4])|(?:sáu|06|6|chín|09|9)\s+tháng|năm\s+(?:19|20)\d\d|năm qua|thời gian qua)\b"
    r"[^.;]*\bphối hợp\b",
    re.I,
)
# who work together: a joint program between bodies, or forces and sectors counted ("ba lực lượng", "3 ngành")
_JOINT_WORKERS = re.compile(
    r"\b(?:chương trình|quy chế|kế hoạch)\s+(?:phối hợp|liên tịch)\b"
    r"|\b(?:\d{1,2}|hai|ba|bốn|năm)\s+(?:lực lượng|ngành|cơ quan)\b",
    re.I,
)


def _review_attended(title: str, paragraphs: list[str]) -> bool:
    """Whether an excerpt that starts after its report (a caption of the conference's scene, or who attended it, and
    no dated sentence telling another event) goes on to review a period's joint work of bodies: it reports the
    review conference (a quarterly briefing of the police, the military and the border guard, a year's review of a
    coordination regulation)."""
    opening = [title, *paragraphs[:2]]
    if not any(_CONFERENCE_SEEN.search(p) for p in opening):
        return False
    if any(_reports_a_day(p) for p in [title, *paragraphs[:PARAGRAPHS_READ]]):
        return False  # a dated lead tells the event; the caption is only its photo
    text = "\n".join(paragraphs[:PARAGRAPHS_READ])
    # (the caption shows the conference held; an announced one is told by its cue, read before this fallback)
    told = [
        s
        for p in paragraphs[:PARAGRAPHS_READ]
        for s in sentences(p)
        if _PERIOD_JOINT_WORK.search(s) or _CLUSTER_MEMBERS.search(s)
    ]
    return bool(told) and bool(_JOINT_WORKERS.search(text) or _CLUSTER_MEMBERS.search(text))


def _reports_a_day(paragraph: str) -> bool:
    """Whether a paragraph names a day that is no cited document's ("Chiều 5/3, ..." but not "Chỉ thị số 01/CT-VKSTC
    ngày 27/12/2021")."""
    return any(not _CITED_DAY.search(paragraph, 0, m.start()) for m in _DATED.finditer(paragraph))


def _opening(paragraphs: list[str]) -> str:
    """The first two paragraphs, where the parties of a report are named, and as many told paragraphs after them as
    short lines are among them (a byline and a dateline the page splits over two lines, "... Thứ năm, ngày" over
    "26/05/2016 11:23"): a unit abroad named in the report under them is still in its opening."""
    head = paragraphs[:2]
    missing = sum(_short_line(paragraphs, i) for i in range(len(head)))
    for i in range(2, min(len(paragraphs), PARAGRAPHS_READ)):
        if missing <= 0:
            break
        if not _short_line(paragraphs, i):
            head = [*head, paragraphs[i]]
            missing -= 1
    return " ".join(head)


SHORT_LINE = 20  # words: a photo's caption, a speaker's name line, a related article's headline
_TOLD = re.compile(r"[.!?…:;]\W*$")  # a paragraph that ends as a sentence does, not as a caption or a headline


def _short_line(paragraphs: list[str], i: int) -> bool:
    """Whether paragraph i is a line a page puts between its paragraphs rather than one of its report: short and
    not ending as a sentence ("Đại biểu phát biểu tham luận", a related article's headline), printed twice (a
    caption under its photo and again), or a few words ("Toàn cảnh hội nghị.")."""
    para = paragraphs[i]
    words = len(para.split())
    if words >= SHORT_LINE:
        return False
    twice = (i > 0 and paragraphs[i - 1] == para) or (i + 1 < len(paragraphs) and paragraphs[i + 1] == para)
    return twice or words < 6 or not _TOLD.search(para)


def _caption_after_report(paragraphs: list[str], i: int) -> bool:
    """Whether paragraph i is a photo's caption standing after a paragraph of the report that told no event ("Thực
    hiện chương trình phối hợp ..., Hội Nông dân các cấp đã ..." over a caption "Hội Nông dân tỉnh và Công an tỉnh
    ký kết chương trình phối hợp ..."): the photo shows an old signing, the report tells what came of it."""
    return (
        i < PARAGRAPHS_READ
        and (_short_line(paragraphs, i) or _twice(paragraphs, i))
        and any(not _short_line(paragraphs, j) and _TOLD.search(paragraphs[j]) for j in range(i))
        # not under the dated report of the gathering the photo was taken at ("Sáng 24-8, UBND huyện A tổ chức hội
        # nghị triển khai mô hình ..." over "Các đơn vị ký kết giao ước thực hiện mô hình"): the signing took place
        # there
        and not any(_DATED.search(paragraphs[j]) and _GATHERING.search(paragraphs[j]) for j in range(i))
        # nor under a report told from inside the gathering ("Tại buổi làm việc, hai bên đã trao đổi ..." over "Hai
        # đơn vị ký kết công tác phối hợp tuyên truyền"): the excerpt starts there, the signing took place there too
        and not any(_AT_GATHERING.match(paragraphs[j]) for j in range(i))
    )


_GATHERING = re.compile(r"\btổ chức\s+(?:hội nghị|lễ|buổi)\b", re.I)
_AT_GATHERING = re.compile(r"^\W*tại\s+(?:hội nghị|buổi\s+(?:làm việc|lễ|gặp mặt|hội nghị)|lễ)\b", re.I)


# a page that sums up a period's work ("Một số hoạt động ... trong sáu tháng đầu năm", "Sáu tháng đầu năm 2024, ..."):
# a signing it lists without a day is one of the period's activities, not the event it reports
_PERIOD_SPAN = r"(?:(?:sáu|06|6|chín|09|9)\s+tháng(?:\s+(?:đầu|cuối)\s+năm)?|quý\s+(?:I{1,3}|IV|[1-4])\b|năm qua)"
_ROUNDUP_TITLE = re.compile(r"\btrong\s+" + _PERIOD_SPAN, re.I)
_ROUNDUP_LEAD = re.compile(r"^\W*(?:trong\s+)?" + _PERIOD_SPAN, re.I)


def _roundup(title: str, paragraphs: list[str]) -> bool:
    """Whether the page sums up a period's work: its title ends on the period ("... trong sáu tháng đầu năm") or its
    lead opens with it ("Sáu tháng đầu năm 2024, công tác ...")."""
    return bool(_ROUNDUP_TITLE.search(title) or (paragraphs and _ROUNDUP_LEAD.match(paragraphs[0])))


def _twice(paragraphs: list[str], i: int) -> bool:
    """Whether paragraph i is printed twice in a row, as a caption under its photo and again, however long."""
    para = paragraphs[i]
    return (i > 0 and paragraphs[i - 1] == para) or (i + 1 < len(paragraphs) and paragraphs[i + 1] == para)


def _lead_window(paragraphs: list[str]) -> list[str]:
    """The paragraphs read as the title's lead: the first PARAGRAPHS_READ, and when short lines are among them
    (captions under photos, the headlines of related articles a page stacks above its lead) as many told
    paragraphs after them. Past the first PARAGRAPHS_READ only a paragraph written as sentences counts: a caption
    there names an event the article may not report."""
    lead = paragraphs[:PARAGRAPHS_READ]
    missing = sum(_short_line(paragraphs, i) for i in range(len(lead)))
    for i in range(PARAGRAPHS_READ, min(len(paragraphs), DEEP_READ)):
        if missing <= 0:
            break
        if not _short_line(paragraphs, i) and _TOLD.search(paragraphs[i]):
            lead.append(paragraphs[i])
            missing -= 1
    return lead


# a review of joint work done, a periodic briefing ("hội nghị giao ban") among them: what a meeting that re-signs a
# program closes (DOMAIN.md)
_REVIEW = re.compile(r"\b(?:tổng kết|sơ kết|kiểm điểm|đánh giá kết quả|giao ban)\b", re.I)
# a sentence that opens by citing an earlier review as its ground ("Thực hiện kết luận hội nghị sơ kết ..., A và B ký")
# a cluster's or a bloc's conference, named as such: a meeting, whatever it signs (DOMAIN.md)
_CLUSTER_MEETING = re.compile(r"\bhội nghị\s+(?:của\s+)?(?:cụm|khối)\b(?!\s+lượng)", re.I)
_CITED = re.compile(r"\W*(?:thực hiện|căn cứ|theo|triển khai|trên cơ sở|sau|tiếp theo)\b", re.I)

# a sentence that only cites a numbered document as the ground of what follows ("Thực hiện Kế hoạch số 44-KH/ĐTN, ngày
# 29 tháng 11 năm 2023 của Huyện Đoàn về việc chỉ đạo tổng kết ... và phát động ..."): what the document is about is
# not the event; a sentence that goes on to tell it ("..., sáng 12/1, ...", "... tổ chức hội nghị") is read
_CITATION = re.compile(
    r"\W*(?:thực hiện|căn cứ|theo|triển khai|cụ thể hóa)\s+(?:kế hoạch|công văn|hướng dẫn|quyết định|chỉ thị|"
    r"thông báo|chương trình|nghị quyết)\s+số\s*\d",
    re.I,
)
_MAIN_CLAUSE = re.compile(
    r"[,;]\s*(?:(?:sáng|chiều|tối|trưa)\s+)?(?:ngày\s+)?\d{1,2}\s*[/-]\s*\d{1,2}(?:\s*[/-]\s*\d{4})?\s*,"
    r"|\btổ chức\s+(?:hội nghị|lễ|buổi)\b|\b(?:đã|vừa)\s+(?:ký|kí|tổ chức)\b",
    re.I,
)


# a sentence that gives a review's figures from its report ("Theo báo cáo tổng kết, năm 2025, đơn vị đã ...") or a
# year's figures ("Theo tập hợp của 2 ngành, năm 2012 ... đã ký kết ..."): a document's word, not an event told
_REPORT_SAYS = re.compile(
    r"\W*theo\s+(?:các\s+)?(?:báo cáo\s+(?:tổng kết|sơ kết)|thống kê|số liệu|tập hợp)(?:\s+của\s+[^,.;]{1,40})?\s*,",
    re.I,
)


# a sentence that goes back to a review the page has named, by its bare word ("Tại buổi lễ tổng kết, Hội ... công bố
# khen thưởng"): what was done there, not which review; it tells no review of its own
_BACK_AT = re.compile(r"\W*tại\s+(?:(?:buổi|lễ|hội nghị|cuộc họp)\s+)*(?:tổng kết|sơ kết|giao ban)\s*[,:]", re.I)


def only_cites(sentence: str) -> bool:
    """Whether a sentence only cites the numbered document that what follows carries out, or the report whose
    figures it gives, or goes back to a review by its bare word, telling no event."""
    if _REPORT_SAYS.match(sentence) or _BACK_AT.match(sentence):
        return True
    return bool(_CITATION.match(sentence)) and not _MAIN_CLAUSE.search(sentence)


# a day the lead dates its event by: "Chiều ngày 09/8/2023", "Sáng 5-3"
_DATED = re.compile(r"\b(?:ngày|sáng|chiều|trưa|tối)\s+(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}\b", re.I)
_DATED = fast_start(_DATED)  # a first-letter check before the alternatives


def _dated_report(paragraphs: list[str], context: str, types: tuple[Cue, ...]) -> str | None:
    """The event type the first dated sentence of these paragraphs reports, if it is no look-alike."""
    for para in paragraphs:
        for text in sentences(para):
            if _DATED.search(text):
                kind, lookalike = _kind(text, context, types)
                return None if lookalike else kind
    return None


# a signing told as done, with what is signed right after its verb
# (or a twinning of two units, "ký kết kết nghĩa giữa Huyện Đoàn A với Quận Đoàn B")
# (or "ký kết, ban hành Quy chế kết nghĩa và phối hợp hoạt động")
_DEEP_SIGNING = re.compile(
    r"\b(?:ký kết|kí kết)(?:\s*,?\s*ban hành)?\s+(?:(?:(?:chương trình|quy chế|kế hoạch|biên bản|thỏa thuận|thoả thuận)"
    r"\s+)?(?:kết nghĩa\s+và\s+)?phối hợp|(?:quy chế\s+)?kết nghĩa)\b",
    re.I,
)
# the bodies joined before the verb: two named ("A và B", "A với B"), or counted as one ("3 đơn vị đã thống nhất
# ký kết", "hai bên đã ký kết")
_JOINED = re.compile(
    r"\s(?:và|với)\s|\b(?:\d{1,2}|hai|ba|bốn|năm|các)\s+(?:đơn vị|bên|cơ quan|ngành|lực lượng|địa phương)\b", re.I
)
# a program's span of years ("giai đoạn 2022 - 2027"): what is aimed at, not the year of an old signing
_SPAN_OF_YEARS = re.compile(r"\b(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\b")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_YEAR = fast_start(_YEAR)  # a first-letter check before the alternatives


def _deep_signing(text: str, m: re.Match[str]) -> bool:
    """Does a sentence further down tell the signing as the article's event: two bodies joined before the verb,
    no year before it (a year dates an old signing), nothing announced or look-alike?"""
    before = text[: m.start()]
    if (
        _YEAR.search(_SPAN_OF_YEARS.sub(" ", before))
        or not _JOINED.search(before)
        or _SIGNED_BEFORE.search(before[-12:])
    ):
        return False
    return not _not_event(text, m.start())


# folded look-alike and announcement words for an address ("dai-hoi", "du-kien"); "sẽ" and "sắp" fold to words
# of other meanings ("chia sẻ", "sắp xếp"), so an address's announcement is told by longer phrases
_SLUG_LOOKALIKE = re.compile(fold(_LOOKALIKE.pattern))
_SLUG_FUTURE = re.compile(r"\b(du kien|chuan bi|tien toi|se (?:dien ra|ky ket|to chuc))\b")


def _title_missing(title: str, slug_text: str) -> bool:
    """Is the page's title not its headline? Empty, or sharing under half the words of the address's slug, which
    news sites write from the headline."""
    slug = set(slug_text.split())
    if len(slug) < 4:
        return False  # no slug worth reading ("DispForm.aspx?ID=128")
    return len(slug & set(re.findall(r"\w+", fold(title)))) < len(slug) / 2


_SLUG_OWN_WORK = re.compile(r"\s+(?:nhung\s+|ket qua\s+)?(?:cong tac|hoat dong)\b")


def _slug_kind(slug: str, context: str, types: tuple[Cue, ...]) -> tuple[str | None, bool]:
    """(event type, look-alike) an address's slug reports, read like a title with the folded cues."""
    if not slug:
        return None, False
    folded_context = ""
    found = []
    for cue, (pattern, near, with_) in zip(types, _folded(types), strict=True):
        for m in pattern.finditer(slug):
            if near is None or near.search(slug[max(0, m.start() - NEAR_BEFORE) : m.end() + NEAR_AFTER]):
                if with_ is not None and not with_.search(slug) and not folded_context:
                    folded_context = " ".join(re.findall(r"\w+", fold(context)))
                if cue.event_type == "meeting" and with_ is not None and _SLUG_OWN_WORK.match(slug, m.end()):
                    # as in a title: a review of a body's own work ("tong-ket-hoat-dong-cua-luc-luong-...") needs the
                    # joint work in the slug itself or a group of bodies in the lead, not a word of the lead
                    if with_.search(slug) or _GROUP.search(context):
                        found.append((m, cue.event_type))
                elif with_ is None or with_.search(slug + " " + folded_context):
                    found.append((m, cue.event_type))
                break
    if not found:
        return None, False
    m, kind = min(found, key=lambda pair: (pair[0].start(), -pair[0].end()))
    before = slug[: m.start()]
    return kind, bool(_SLUG_FUTURE.search(before) or _SLUG_LOOKALIKE.search(before))


def classify(title: str, lead: str) -> tuple[str | None, float]:
    """(event_type or None, confidence) from a title and one lead paragraph."""
    return classify_page(title, [lead] if lead else [])


# The crawler's first pass, before a page is downloaded: the title and lead a feed gives, or only the URL a
# sitemap gives, whose slug has no diacritics ("ky-ket-chuong-trinh-phoi-hop"). The same cues as above, folded
# (lowercase, no diacritics); recall first: look-alikes pass here, the full extraction decides after download.
@cache
def _folded(
    types: tuple[Cue, ...],
) -> tuple[tuple[re.Pattern[str], re.Pattern[str] | None, re.Pattern[str] | None], ...]:
    """Each type's cue, and what must be near it or with it, folded like the text they are matched against."""

    def folded(pattern: re.Pattern[str] | None) -> re.Pattern[str] | None:
        return re.compile(fold(pattern.pattern)) if pattern is not None else None

    return tuple((re.compile(fold(c.pattern.pattern)), folded(c.near), folded(c.with_)) for c in types)


def _slug_text(url: str | None) -> str:
    """The words of a URL's last path segment, in order ("ky-ket-quy-che-123.html" -> "ky ket quy che")."""
    segment = re.sub(r"[?#].*$", "", url or "").rstrip("/").rsplit("/", 1)[-1]
    segment = re.sub(r"\.(html?|aspx?|php|htm|vnp|tpo|ldo)$", "", segment, flags=re.I)
    return " ".join(w for w in re.split(r"[-_.+]+", segment.lower()) if w.isalpha())


def looks_like_coordination(title: str, lead: str = "", url: str | None = None) -> bool:
    """Could a page with this title and lead (or, without them, this URL) report a coordination event?"""
    if title and classify_page(title, [lead] if lead else [])[0]:
        return True
    text = " ".join(re.sub(r"[^\w]+", " ", fold(part)) for part in (title, lead, _slug_text(url)) if part)
    for pattern, near, with_ in _folded(cues()):
        for m in pattern.finditer(text):
            if near is None or near.search(text[max(0, m.start() - NEAR_BEFORE) : m.end() + NEAR_AFTER]):
                if with_ is None or with_.search(text):
                    return True
                break
    return False


# a gathering, as an excerpt that starts inside its report names it: a conference, a meeting, a ceremony, a signing
_GATHERING_NAME = (
    r"(?:hội nghị(?:\s+(?:ký|kí)\s+kết)?|cuộc họp|lễ\s+(?:ký|kí)(?:\s+kết)?|buổi\s+(?:lễ(?:\s+(?:ký|kí)\s+kết)?|giao ban|họp"
    r"|(?:ký|kí)\s+kết))\b"
)
# an excerpt that starts inside its report, the page stage finding no headline above it (or taking its first line for
# one): the gathering is named only from within, by who attended or spoke at it, or by a sentence set there ("Tham dự
# hội nghị có ...", "Các đại biểu dự hội nghị.", "Phát biểu tại buổi lễ, ...", "... dự và phát biểu chỉ đạo Hội nghị",
# "Tại lễ ký kết, ...", "Toàn cảnh cuộc họp.")
_OPENS = r"(?:^|[.!?]\s+)\W*"  # where a sentence opens
_FROM_WITHIN = re.compile(
    rf"{_OPENS}(?:(?:các\s+)?đại biểu\s+)?(?:tham dự|tham gia|dự)\s+{_GATHERING_NAME}"
    rf"|{_OPENS}(?:quang|toàn)\s+cảnh\s+{_GATHERING_NAME}"
    rf"|{_OPENS}tại\s+{_GATHERING_NAME}(?:\s+lần này)?\s*,"
    rf"|\bphát biểu\s+(?:khai mạc\s+|chỉ đạo\s+|kết luận\s+|bế mạc\s+)?(?:tại\s+)?{_GATHERING_NAME}",
    re.I,
)
_SIGNING_GATHERING = re.compile(r"\b(?:lễ|hội nghị|buổi)\s+(?:ký|kí)\b", re.I)  # "lễ ký kết", "buổi ký kết"
# a photo's caption of a signing: "Ký kết hợp tác giữa tỉnh A và B", "Lễ ký kết quy chế phối hợp"
_SIGNED_CAPTION = re.compile(r"^\W*(?:lễ\s+)?(?:ký|kí)\s+kết\b", re.I)
# a ceremony, as against a conference or a meeting: "buổi lễ", "lễ ký"
_CEREMONY = re.compile(r"\blễ\b", re.I)
# a gathering a dated lead tells ("Chiều 4/9, ... chủ trì hội nghị nghe báo cáo ...", "... đã diễn ra cuộc họp ...")
_GATHERING_TOLD = re.compile(r"\b(?:hội nghị|cuộc họp|kỳ họp|buổi|lễ)\b", re.I)
# who work together at such a gathering: a cluster or a bloc of bodies, forces or sectors counted, an interagency team,
# a joint program
_WITHIN_JOINT = re.compile(
    r"\b(?:cụm|khối)\s+thi đua\b|\b(?:trong|thuộc|của)\s+cụm\b"
    r"|\b(?:\d{1,2}|hai|ba|bốn|năm|các)\s+(?:lực lượng|ngành)\b|\bliên ngành\b"
    r"|\b(?:chương trình|quy chế|kế hoạch|thỏa thuận|thoả thuận)\s+(?:phối hợp|liên tịch|hợp tác)\b",
    re.I,
)


def _told_from_within(title: str, paragraphs: list[str]) -> str | None:
    """The event an excerpt tells from within, having started after its report's lead (no headline, no lead telling
    it, a caption or a speaker's line taken for the title): a signing ceremony named so ("Tại lễ ký kết, ...",
    "Tham dự lễ ký kết có ...") is an agreement; a conference or a meeting attended or spoken at, of a cluster's or
    a bloc's units, of forces or sectors counted, or of a joint program ("Tham dự Hội nghị có ... các đơn vị thuộc
    Khối thi đua số 3"), is a meeting. Nothing announced, no look-alike."""
    told = [s for p in [title, *paragraphs[:3]] for s in sentences(p) if _FROM_WITHIN.search(s)]
    if not told:
        return None
    lead = [s for p in [title, *paragraphs[:PARAGRAPHS_READ]] for s in sentences(p)]
    if any(_DATED.search(s) and _GATHERING_TOLD.search(s) for s in lead):
        return None  # a dated lead tells the gathering, and told no event: the page starts at its report
    text = "\n".join([title, *paragraphs[:PARAGRAPHS_READ]])
    # (a unit abroad was ruled out before: classify_page reads this only after _abroad found none in the opening)
    if any(_LOOKALIKE.search(s) or _FUTURE.search(s) for s in [title, *told]):
        return None
    names = [m.group() for s in told for m in _FROM_WITHIN.finditer(s)]
    if any(_SIGNING_GATHERING.search(name) for name in names):
        return "agreement"
    if any(_SIGNED_CAPTION.match(p) for i, p in enumerate(paragraphs[:3]) if _short_line(paragraphs, i)):
        return "agreement"  # the gathering's photo shows its signing ("Ký kết hợp tác giữa tỉnh A và B. Ảnh: ...")
    if not _WITHIN_JOINT.search(text):
        return None
    if _CLUSTER_WORD.search(text) or not any(_CEREMONY.search(name) for name in names):
        return "meeting"  # a cluster's or a bloc's ceremony is its conference, whatever it signs (DOMAIN.md)
    return "agreement"  # a ceremony over a joint program, no conference named: its signing
