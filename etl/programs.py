"""The coordination program an article is about: its number and symbol, signing day, parties, title, period,
level, and what the article does with it (signs, reviews, carries out or re-signs it).

"tổng kết 10 năm thực hiện Chương trình phối hợp số 09/CTr-BCA-TTTW ngày 1/8/2013 giữa Bộ Công an với Ban
Thường trực Ủy ban Trung ương MTTQ Việt Nam về “Đẩy mạnh ...” giai đoạn 2013-2023" names all of it; most
articles name less ("sơ kết chương trình phối hợp giai đoạn 2021-2025", "Chương trình phối hợp 09"). The
title and the lead say which program the event is about and the verb before it says the role (cues in
data/reference/program_role_cues.csv); the rest of the text only fills in a number the lead leaves out.
The resolution of mentions into programs is etl/program_links.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, fields, replace
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from etl.dates import find_full_date
from etl.event_types import makes_programs
from etl.parties import PlaceContext, find_parties
from etl.places import Gazetteer, gazetteer
from etl.record import EventRecord
from etl.reference import load_table, reference_dir
from etl.text import alternation, case_blind, fast_start, fold, nfc

# The documents a coordination program is written in. "Nghị định" counts only as a decree "về phối hợp".
_NOUN = r"(?:chương trình|quy chế|kế hoạch|thỏa thuận|nghị quyết liên tịch|thông tư liên tịch|giao ước|bản ghi nhớ)"
_KIND = r"(?:\s+(?:phối hợp|liên tịch|hợp tác|ghi nhớ|thi đua|công tác|hoạt động|làm việc))"
_JOINT = r"(?:nghị quyết liên tịch|thông tư liên tịch|bản ghi nhớ|giao ước thi đua|thỏa thuận hợp tác)"
_NUMBER = r"(?:\s+số|\s+(?=\d))\s*((?>\d{1,4}(?:\s*/\s*[\w\-.Đđ]+)*))(?!\s*(?:năm|tháng)\s+(?:qua|nay|trước|đầu|cuối|\d{1,2}\b))"
# (a noun with its kind and maybe a number, or a noun with a number: the noun read once for both, as no noun starts
# another, "{_NOUN}{_KIND}+(?:{_NUMBER})?|{_NOUN}(?:{_NUMBER})" written with the noun before the two)
_ANCHOR = re.compile(
    rf"\b(?:{_NOUN}(?:{_KIND}+(?:{_NUMBER})?|(?:{_NUMBER}))|{_JOINT}{_KIND}*(?:{_NUMBER})?|nghị định(?:{_NUMBER})?(?=(?:[^.;\n]|(?<=\d)\.(?=\d)){{0,80}}?về (?:công tác |quan hệ )?phối hợp)"
    rf"|chương trình(?=\s+[“\"'‘]))",
    re.I,
)
_ANCHOR = fast_start(_ANCHOR)  # a first-letter check before the alternatives
# A review of the coordination itself, with no document named: "tổng kết công tác phối hợp tuyên truyền năm 2019".
_REVIEW_WORDS = ("sơ kết", "tổng kết", "đánh giá", "kiểm điểm")
_BARE = re.compile(
    r"\b(?:"
    + "|".join(_REVIEW_WORDS)
    + r")\s+(?:\d+\s+năm\s+)?(?:kết quả\s+)?(?:thực hiện\s+)?(?:công tác\s+|hoạt động\s+)?"
    r"(phối hợp)\b",
    re.I,
)
_BARE = fast_start(_BARE)  # a first-letter check before the alternatives
_DATE_AFTER = re.compile(
    r"^\s*,?\s*(?:ký\s+)?ngày\s+(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:19|20)\d{2}|\d{1,2} tháng \d{1,2} năm (?:19|20)\d{2})",
    re.I,
)
_YEAR_AFTER = re.compile(r"^\s*(?:năm|của năm)\s+((?:19|20)\d{2})\b", re.I)
_BETWEEN = re.compile(r"\bgiữa\s+(.+?)(?=\s+(?:về|trong|giai đoạn|nhằm|năm\s+\d)\b|[,.;:“\"(]|$)", re.I)
_BETWEEN = fast_start(_BETWEEN)  # a first-letter check before the alternatives
_ABOUT = re.compile(
    r"\bvề\s+[“\"]?(.+?)[”\"]?(?=\s+giai đoạn\b|\s+năm\s+(?:19|20)\d{2}|[.;(]|,\s|\s+và\s+(?:ký|tổ chức)|$)", re.I
)
_ABOUT = fast_start(_ABOUT)  # a first-letter check before the alternatives
_QUOTED = re.compile(r"^\s*[“\"'‘](.+?)[”\"'’]")
_PERIOD = re.compile(
    r"(?=[gnt\s12])(?:giai đoạn|nhiệm kỳ|từ năm)?\s*((?:19|20)\d{2})\s*(?:-|–|—|đến|tới)\s*(?:năm\s+)?((?:19|20)\d{2})",
    re.I,
)  # the look-ahead: the letters a match can start with (its words are optional, so fast_start finds none)
# What every period holds, a year and the dash or word after it: a pattern that starts with digits is scanned for
# in C, where _PERIOD's optional words and spaces are tried at every place; most spans and texts hold no period.
_YEAR_DASH = re.compile(r"(?:19|20)\d{2}\s*(?:-|–|—|đến|tới)", re.I)


def _periods(text: str) -> Iterator[re.Match[str]]:
    """Every period in a text (_PERIOD's finditer), looked for only when the text holds a year and a dash."""
    return _PERIOD.finditer(text) if _YEAR_DASH.search(text) else iter(())


def _first_period(text: str) -> re.Match[str] | None:
    """The first period in a text (_PERIOD's search), looked for only when the text holds a year and a dash."""
    return _PERIOD.search(text) if _YEAR_DASH.search(text) else None


_ONE_YEAR = re.compile(r"(?<!tháng )(?<!tháng đầu )(?<!tháng cuối )\bnăm\s+((?:19|20)\d{2})\b(?!\s*[-–])", re.I)
_ONE_YEAR = fast_start(_ONE_YEAR)  # a first-letter check before the alternatives
_YEARS = re.compile(r"\b(\d{1,2}|một|hai|ba|bốn|năm|mười)\s+năm\b", re.I)
_HALF = re.compile(r"\b(?:6|sáu|9|chín)\s+tháng\s+(?:đầu\s+|cuối\s+)?năm\b|\bquý\s+[IV1-4]", re.I)
_NEXT = re.compile(r"giai đoạn (?:tiếp theo|mới|kế tiếp)|những năm tiếp theo và ký", re.I)


def _next_period(text: str) -> bool:
    """_NEXT.search(text), looked for only in a text that holds "tiếp" or "mới" (each of its phrases does)."""
    low = case_blind(text)
    return ("tiếp" in low or "mới" in low) and bool(_NEXT.search(text))


_AND_NEXT = re.compile(r"\svà\s+(?:triển khai|ký kết|ký|kí kết)\b", re.I)
# A signing that speaks of the program before it: "qua 5 năm triển khai chương trình giai đoạn 2013 - 2018",
# "gần 10 năm qua, thực hiện Chương trình phối hợp": the new program re-signs the old.
_EARLIER = re.compile(
    r"(?:qua|sau|gần|hơn)\s+\d+\s+năm(?:\s+qua)?,?\s+(?:triển khai\s*,?\s*)?(?:thực hiện\s+)?"
    rf"(?:{_NOUN}|{_JOINT})",
    re.I,
)
_EARLIER = fast_start(_EARLIER)  # a first-letter check before the alternatives
_BARE_NUMBER_END = re.compile(r"\s*(?:[,.;:)”\"]|$|\s*(?:ngày|của|giữa|về|năm\s+(?:19|20)\d\d)\b)", re.I)
_WORKING = re.compile(r"\blàm việc\b", re.I)
_WORKING = fast_start(_WORKING)  # a first-letter check before the alternatives
_AMENDED = re.compile(r"sửa đổi,?\s*bổ sung\s+(?:quy chế|chương trình)", re.I)
_SPENT = re.compile(r"\b(?:hơn|trong|qua|sau|gần)\s+(?:\d+|hai|ba|bốn|năm|mười)\s+năm\s+qua\b", re.I)
_SPENT = fast_start(_SPENT)  # a first-letter check before the alternatives


# _HALF and _SPENT looked for only in a text that holds their words in some case (no letter of "tháng", "quý", "năm"
# or "qua" has a case-blind match but its own capital): most spans hold neither
def _half(text: str) -> bool:
    low = text.lower()
    return ("tháng" in low or "quý" in low) and bool(_HALF.search(text))


def _spent(text: str) -> re.Match[str] | None:
    low = text.lower()
    return _SPENT.search(text) if "qua" in low and "năm" in low else None


# "[.;!?:\n]\s|\n", written to start with the set: the engine skips to each stop in one step
_CLAUSE_END = re.compile(r"[.;!?:\n](?:\s|(?<=\n))")
# Compiled once here rather than looked up in re's cache at each of the many calls per article
_NEXT_ACT = re.compile(r"\s(?:và|,)\s+(?:tổ chức\s+)?(?:ký kết|ký|kí kết|sơ kết|tổng kết|triển khai)\b", re.I)
_MONTH_END = re.compile(r"tháng\s*$")
_SPACES = re.compile(r"\s+")
_YEAR_ONLY = re.compile(r"(?:19|20)\d{2}")
# where a program's subject ends: its parties, its period, its number ("số 01/CTPH", not "dân tộc thiểu số"), a day, a
# sentence's end; a comma only before a new clause or a name ("phòng, chống tội phạm" and "tuyên truyền, phổ biến
# pháp luật" are one subject)
_TITLE_END = re.compile(
    r"(?:^|\s+)(?:(?:giữa|giai đoạn|nhiệm kỳ|năm\s+\d|với|của|ngày|nhằm|tại|đã)\b|số\s*\d)|[.;(“\"]"
    r"|,\s+(?=(?:giai đoạn|năm|nhiệm kỳ|nhằm|tại|theo|với|đồng thời|qua đó|góp phần|và|được|đã)\b|(?-i:[A-ZĐ]))",
    re.I,
)
# a time or a count written where the subject goes ("quy chế phối hợp 6 tháng đầu năm 2020"): no subject
_NO_SUBJECT = re.compile(
    r"(?:\d+\s+tháng(?:\s+(?:đầu|cuối))?|quý\s+\S+|từ đầu|đến|trong|đầu|cuối)?\s*(?:năm)?\s*(?:(?:19|20)\d{2})?", re.I
)
_TRAILING_TIME = re.compile(
    r"\s*,?\s+(?:(?:trong\s+)?(?:\d+\s+tháng\s+(?:đầu|cuối)\s+)?năm|giai đoạn|nhiệm kỳ|đến năm)\s+(?:19|20)\d{2}"
    r"(?:\s*[-–]\s*(?:19|20)\d{2})?$",
    re.I,
)
_NUMBER_ONLY = re.compile(r"[\d/\-\s]*")
_SO = re.compile(r"\ssố\s")
_CENTRAL_NUMBER = re.compile(r"TW|TƯ|BCA|BQP")
# A review whose words go on to the direction for the period after it: the reviewed period has ended.
_FOLLOWED = re.compile(
    r"\b(?:và|,)\s+(?:phương hướng|định hướng)[^.;]{0,80}?(?:giai đoạn|năm)\s*\(?\s*(?:19|20)\d{2}", re.I
)
_GOES_ON = re.compile(r"tiếp tục ký", re.I)
_SIGNING = re.compile(r"\bký kết\b", re.I)
_WORD_NUMBERS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "mười": 10}
REVIEWS = ("review_midterm", "review_final", "review_yearly")
_WINDOW = 170  # how far before a program a verb may stand and still be the article's act on it


@dataclass(frozen=True)
class Mention:
    """One program as an article names it (program_mentions' columns)."""

    number: str | None = None
    signed_date: str | None = None
    parties: tuple[str, ...] = ()
    title: str | None = None
    period_start: int | None = None
    period_end: int | None = None
    level: str | None = None
    role: str | None = None
    written: str = ""
    renews_start: int | None = None
    renews_end: int | None = None
    start: int = 0  # where it is named in the text read (title + lead), for ordering
    kind: str = ""  # the document's noun ("chương trình", "quy chế"): mentions of one noun may be one program
    cued: bool = False  # a verb of signing or reviewing stands before it (not only "thực hiện", or nothing)

    def to_dict(self) -> dict[str, Any]:
        # field by field (asdict's deep copy costs more): text, numbers and the parties, a tuple of text
        out = {name: getattr(self, name) for name in _MENTION_FIELDS}
        out["parties"] = list(self.parties)
        return out


# the fields a mention's row holds, named once (dataclasses.fields builds its tuple again at every call)
_MENTION_FIELDS = tuple(f.name for f in fields(Mention) if f.name not in ("start", "kind", "cued"))


@cache
def _cues() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    rows = load_table("program_role_cues.csv")
    table = {r["cue"]: (r["role"], r["strength"]) for r in rows}
    words = sorted(table, key=len, reverse=True)
    return fast_start(re.compile(r"(?<!\w)(" + alternation(words, ignore_case=True) + r")(?!\w)", re.I)), table


def _prepared(text: str) -> str:
    # only the spellings of the nouns read here: modern_tones would also turn "đoạn" into "đọan"
    return nfc(text).replace("thoả", "thỏa").replace("Thoả", "Thỏa").replace("qui chế", "quy chế")


def _role_before(text: str, start: int, floor: int) -> tuple[str | None, int, bool]:
    """The role the nearest verb before a program gives it (a strong cue first; "thực hiện" only when none),
    with where the verb stands; looked for within the clause, at most _WINDOW characters back."""
    lo = max(floor, start - _WINDOW)
    ends = list(_CLAUSE_END.finditer(text, lo, start))
    if ends:
        lo = ends[-1].end()
    pattern, table = _cues()
    strong = weak = None
    for m in pattern.finditer(text, lo, start):
        role, strength = table[m.group(1).lower()]
        if strength == "strong":
            strong = (role, m.start(), True)
        else:
            weak = (role, m.start(), False)
    return strong or weak or (None, start, False)


def _span_end(text: str, start: int) -> int:
    """The end of the words describing a program: the clause, or the next program or verb."""
    end = _CLAUSE_END.search(text, start)
    stop = end.start() if end else len(text)
    nxt = _NEXT_ACT.search(text, start, stop)
    return nxt.start() if nxt else stop


def _years(words: str) -> int | None:
    m = _YEARS.search(words)
    if not m:
        return None
    value = m.group(1).lower()
    return int(value) if value.isdigit() else _WORD_NUMBERS.get(value)


def _review_role(
    role: str, between: str, span: str, period: tuple[int | None, int | None], year: int | None = None
) -> str:
    """A review's kind from its words: "tổng kết năm 2019" is a yearly one; "sơ kết 2 năm" of a two-year
    period is its final one; "đánh giá 5 năm thực hiện" a mid-term or final one by the period's length."""
    start, end = period
    length = end - start + 1 if start and end else None
    years = _years(between)
    single = _ONE_YEAR.search(between + " " + span) and not _first_period(between + " " + span)
    if _half(between + " " + span) or years == 1:
        return "review_yearly"  # "sơ kết 6 tháng đầu năm", "sơ kết 01 năm thực hiện": a periodic review
    if role != "review_yearly" and years is None and single:
        return "review_yearly"  # "tổng kết công tác phối hợp năm 2019", "sơ kết chương trình ... năm 2014"
    if years and years >= 2 and role in ("review_midterm", "review_yearly"):
        if length is None:
            return "review_final" if role == "review_yearly" and years >= 5 else "review_midterm"
        return "review_final" if years >= length else "review_midterm"
    if role == "review_final" and start is not None and start == end:
        return "review_yearly"
    if role == "review_yearly" and length and length > 1 and year and end is not None and year >= end and years is None:
        return "review_final"  # "đánh giá kết quả thực hiện ... giai đoạn 2019-2024" held in 2024
    if role != "review_final" and length and length > 1 and _FOLLOWED.search(span):
        return "review_final"  # "... giai đoạn 2015-2018 và phương hướng giai đoạn 2018-2020": its period closed
    return role


def _period(span: str) -> tuple[int | None, int | None]:
    m = _first_period(span)
    if m and 1990 <= int(m.group(1)) <= int(m.group(2)) <= int(m.group(1)) + 15:
        return int(m.group(1)), int(m.group(2))
    one = _ONE_YEAR.search(span)
    if one and not _MONTH_END.search(span[: one.start()]):
        return int(one.group(1)), int(one.group(1))
    return None, None


def _number(raw: str | None) -> str | None:
    if not raw:
        return None
    number = _SPACES.sub("", raw).rstrip(".-")
    if _YEAR_ONLY.fullmatch(number):  # "chương trình phối hợp 2020": a year, not a number
        return None
    return number


def _title(span: str, after_noun: str) -> str | None:
    about = _ABOUT.search(span)
    if about:
        return _subject(about.group(1).strip(' ,“”"'))
    quoted = _QUOTED.search(after_noun)
    if quoted:
        return quoted.group(1).strip()
    words = _TITLE_END.split(after_noun, maxsplit=1)[0].strip()
    return _subject(words) if 2 <= len(words) <= 120 and not _NUMBER_ONLY.fullmatch(words) else None


def _subject(words: str) -> str | None:
    """A program's subject as the programs page lists it: without the period after it (its own column), without a
    leading "trong" ("trong công tác tuyên truyền"); none where only a time is written."""
    words = _TRAILING_TIME.sub("", words).strip(" ,")
    if words.lower().startswith("trong "):
        words = words[len("trong ") :]
    return None if len(words) < 2 or _NO_SUBJECT.fullmatch(words) else words


def _parties_in(span: str, province: str | None) -> tuple[list[str], list[str]]:
    """(names, tiers) of the bodies "giữa A với B" names, as the party finder reads them."""
    between = _BETWEEN.search(span)
    if not between:
        return [], []
    names, tiers = _bodies_between(between.group(1), province, gazetteer(), reference_dir())
    return list(names), list(tiers)


@lru_cache(maxsize=1024)
def _bodies_between(
    words: str, province: str | None, gaz: Gazetteer, folder: Path
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Remembered: the title and the lead of an article often name the same "giữa A với B", and the party
    finder reads it the same each time (the gazetteer and the reference folder are part of the key)."""
    found = find_parties(words, PlaceContext(province), gaz)
    return tuple(p.name for p in found), tuple(p.tier for p in found)


def _names_a_review(text: str) -> bool:
    """Whether a text holds one of _BARE's verbs of review (most titles and leads of a signing hold none)."""
    low = case_blind(text)
    return any(word in low for word in _REVIEW_WORDS)


def _mentions_in(
    text: str, offset: int, record: EventRecord, default_role: str | None, anchors: list[re.Match[str]] | None = None
) -> list[Mention]:
    """The programs a text names; `anchors`: _ANCHOR's matches in it, when the caller has looked for them."""
    found: list[Mention] = []
    floor = 0
    hits = sorted(
        [(m.start(), m.end(), m, False) for m in (_ANCHOR.finditer(text) if anchors is None else anchors)]
        + [(m.start(1), m.end(1), m, True) for m in (_BARE.finditer(text) if _names_a_review(text) else ())]
    )
    last_end = -1
    for start, end, m, bare in hits:
        if start < last_end:
            continue
        last_end = end
        role, verb_at, cued = _role_before(text, m.end(1) if bare else start, floor)
        span_end = _span_end(text, end)
        span = text[end:span_end]
        number = None if bare else _number(next((g for g in m.groups() if g), None))
        signed = None
        date_m = _DATE_AFTER.match(span)
        if number and date_m:
            day = find_full_date(date_m.group(1).replace(" tháng ", "/").replace(" năm ", "/"))
            signed = day.isoformat() if day else None
        year_m = _YEAR_AFTER.match(span)
        if number and year_m and "/" not in number and fold(m.group(0)).startswith("nghi dinh"):
            number = f"{number}/{year_m.group(1)}"
        period = _period(span)
        if number and "/" not in number and not _SO.search(m.group(0)) and not _BARE_NUMBER_END.match(span):
            number = None  # "quy chế phối hợp 03 thường trực": a count, not the document's number
        spent = _spent(text[max(floor, start - _WINDOW) : start])
        if not cued and spent:  # "hơn 3 năm qua, 3 tỉnh đã triển khai thực hiện Bản ghi nhớ": its review
            year = int(record.event_date[:4]) if record.event_date else None
            role = _review_role("review_yearly", spent.group(0), span, period, year)
        elif not cued and _half(text[max(floor, start - _WINDOW) : span_end]):
            role = "review_yearly"  # "6 tháng đầu năm 2016, chương trình phối hợp đã đạt ...": a periodic review
        if role == "review_yearly" and _WORKING.search(text[max(0, verb_at - 80) : verb_at]):
            role = "implement"  # "buổi làm việc ... nhằm đánh giá công tác phối hợp": carrying it out
        names, tiers = _parties_in(span, record.province_legacy)
        level = record.level
        if (tiers and all(t == "central" for t in tiers)) or (number and _CENTRAL_NUMBER.search(number.upper())):
            level = "central"
        role = role or default_role
        floor = end
        renews: tuple[int | None, int | None] = (None, None)
        if role in REVIEWS and _AND_NEXT.search(text[verb_at:start]):
            old = _period(text[verb_at:start])  # "tổng kết 10 năm (2013-2023) và triển khai ... 2023-2033"
            role, renews = "resign", old if old[0] and period[0] and old[0] < period[0] else (None, None)
        if role in REVIEWS:
            year = int(record.event_date[:4]) if record.event_date else None
            role = _review_role(role, text[verb_at:start], span, period, year)
        if role == "review_yearly" and period[0] is not None and period[0] == period[1]:
            period = (None, None)  # "kiểm điểm ... năm 2019": the year under review, not the program's period
        kind = fold(m.group(0).split()[0] + " " + m.group(0).split()[1]) if not bare else "phoi hop"
        found.append(
            Mention(
                number=number,
                signed_date=signed,
                parties=tuple(names or record.parties),
                title=_title(span, span) if not bare else _title(span, text[end:span_end]) or "phối hợp",
                period_start=period[0],
                period_end=period[1],
                level=level,
                role=role,
                written=text[start:span_end].strip()[:240],
                start=offset + start,
                kind=kind,
                cued=cued,
                renews_start=renews[0],
                renews_end=renews[1],
            )
        )
    return found


def _same_program(a: Mention, b: Mention) -> bool:
    """Two namings in one article of one program: the same noun, no number or period that differs, and not
    one signed and the other reviewed (a signing at a review is of the next program)."""
    if a.kind != b.kind and "phoi hop" not in (a.kind, b.kind):
        return False
    if (a.role in ("sign", "resign")) != (b.role in ("sign", "resign")):
        return False
    if a.number and b.number and _short(a.number) != _short(b.number):
        return False
    return not (a.period_start and b.period_start and (a.period_start, a.period_end) != (b.period_start, b.period_end))


def _short(number: str) -> str:
    return number.split("/")[0].lstrip("0") or "0"


def _filled(main: Mention, other: Mention) -> Mention:
    """The main naming with what another naming of the same program adds."""
    changes: dict[str, Any] = {}
    if other.number and (not main.number or ("/" in other.number and "/" not in main.number)):
        changes["number"] = other.number
    for name in ("signed_date", "title", "period_start", "period_end"):
        if getattr(main, name) is None and getattr(other, name) is not None:
            changes[name] = getattr(other, name)
    if other.level == "central":
        changes["level"] = "central"
    if len(other.parties) > len(main.parties) and other.level == "central":
        changes["parties"] = other.parties
    return replace(main, **changes) if changes else main


def _after_earlier(main: Mention, text: str) -> Mention:
    """A signing whose text speaks of the years of an earlier program of the same parties: a re-signing."""
    if "năm" in text.lower() and _EARLIER.search(text):  # its years (no letter has another case-blind match)
        return replace(main, role="resign")
    if main.period_start is None:
        return main
    for m in _periods(text):
        start, end = int(m.group(1)), int(m.group(2))
        if start < end <= main.period_start and main.period_start - end <= 1:
            return replace(main, role="resign", renews_start=start, renews_end=end)
    return main


def find_mentions(title: str, text: str, record: EventRecord) -> list[dict[str, Any]]:
    """The program the article is about, as a list of at most one mention (program_mentions' columns but the
    event's): its role is what the article does with it; a re-signing carries the period it follows."""
    title, text = _prepared(title or ""), _prepared(text or "")
    paragraphs = [p for p in text.split("\n") if p.strip()]
    lead = "\n".join(paragraphs[:3])
    default = "sign" if makes_programs(record.event_type) else "implement"
    head = _mentions_in(title, 0, record, default) + _mentions_in(lead, len(title) + 1, record, default)
    head = [m for m in head if m.role]
    if not head:
        return []
    signs = [m for m in head if m.role in ("sign", "resign")]
    reviews = [m for m in head if m.role in REVIEWS]
    # the first document named after a verb of signing or reviewing; then bare coordination after such a verb;
    # then any document named; then anything
    named = [m for m in head if m.kind != "phoi hop"]
    cued = [m for m in named if m.cued]
    bare = [m for m in head if m.kind == "phoi hop" and m.cued]
    main = cued[0] if cued else bare[0] if bare else named[0] if named else head[0]
    if main.start < len(title) and main.role in REVIEWS:  # the lead says which review the headline shortens
        lead_review = next((m for m in cued if m.start > len(title) and m.role not in ("sign", "resign")), None)
        if lead_review and lead_review.role in REVIEWS and _same_program(main, replace(lead_review, kind=main.kind)):
            main = _filled(replace(main, role=lead_review.role), lead_review)
    if signs and reviews:  # the old period reviewed and the next one signed: a re-signing
        new = next((s for s in signs if s.period_start), signs[0])
        old = next(
            (r for r in reviews if r.period_start and new.period_start and r.period_start < new.period_start), None
        )
        yearly = next((r for r in reviews if r.role == "review_yearly"), None)
        final = next((r for r in reviews if r.role == "review_final" and r.period_start), None)
        if yearly and new.period_start is not None and new.period_start == new.period_end:
            main = yearly  # a yearly review that signs next year's plan
        elif old and not (
            main.role in REVIEWS and main.period_start == new.period_start
        ):  # else history  # a yearly review that signs next year's plan stays a yearly review
            main = replace(new, role="resign", renews_start=old.period_start, renews_end=old.period_end)
            head = [m for m in head if m is not old]
        elif final and new.period_start is None and new.start <= len(title) + 1 + len(paragraphs[0]):
            # signed, in the headline or the first paragraph, at the final review of the old period
            main = replace(new, role="resign", renews_start=final.period_start, renews_end=final.period_end)
            head = [m for m in head if m is not final]
    resign = next((m for m in head if m.role == "resign" and m.cued), None)
    if resign and main.role != "resign":
        main = resign
    if main.role == "sign" and (_next_period(title + "\n" + lead) or _GOES_ON.search(title + lead)):
        main = replace(main, role="resign")
    for other in head:  # the headline's naming takes the period the lead gives, before an earlier one is sought
        if other is not main and _same_program(main, other):
            main = _filled(main, other)
    opening = title + "\n" + (paragraphs[0] if paragraphs else "")
    if main.role == "sign" or (not main.cued and _SIGNING.search(opening)):
        again = _after_earlier(replace(main, role="sign"), "\n".join(paragraphs[:8]))  # a signing, maybe again
        main = again if main.role == "sign" or again.role == "resign" else main
    if main.role == "review_final" and _AMENDED.search("\n".join(paragraphs[:8])):
        main = replace(main, role="resign")  # the rules reviewed at their end are amended and signed again
    if not main.number and main.role not in ("sign", "resign"):
        # "Chương trình phối hợp số 09" further on names the program the lead leaves unnumbered (at a signing,
        # a number further on is the old program's)
        anchors = list(_ANCHOR.finditer(text))
        numbered = (
            {
                m.number
                for m in _mentions_in(text, 0, record, default, anchors)
                if m.number and m.kind == main.kind and (m.period_start is None or m.period_start == main.period_start)
            }
            if any(any(m.groups()) for m in anchors)  # a mention's number is one its document's noun is written with
            else set()
        )
        if len({_short(n) for n in numbered}) == 1:
            main = replace(main, number=max(numbered, key=len))
    return [main.to_dict()]
