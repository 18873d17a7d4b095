"""Dates as Vietnamese news sites write them, at the precision the text supports.

Hand-written rather than `dateparser`: that library misses "Chiều ngày 15/4/2022" and "T3, 04/19/2022"
until the prefix is cut, costs ~0.1 s a call, and cannot infer a year from context. Day-first is the
Vietnamese norm; a value that only fits month-first (04/19/2022) is read month-first.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta

from etl.text import fast_start

MIN_YEAR, MAX_YEAR = 1990, 2100

# The year every full date holds ("1999", "2024"): starting with a digit, it is scanned for in C, where the date
# patterns' look-aheads are tried at every place.
_YEAR_DIGITS = re.compile(r"(?:19|20)\d{2}")
# "(?<![\d/.-])(\d{1,2})...", the look-behind read after the first digit (two characters wide): the pattern starts
# with a digit, and the engine skips to each digit in one step
_FULL = re.compile(r"(\d(?<![\d/.-][\s\S])\d?)\s*([/.-])\s*(\d{1,2})\s*\2\s*((?:19|20)\d{2})(?![\d])")
# a meeting over days of one month, written once with the month and year: "Trong 2 ngày 5 và 6/7/2022",
# "24-25/11/2023", "từ ngày 18 đến 20/7/2022": it opened on the first day. Not the minutes of a page header's time
# before its date ("23:07 - 26/01/2024", "15h07 - 26/01/2024"): the day is the date's
# (its look-behinds "(?<![\d/.:-])(?<!\d[hg])" read after the first digit, as _FULL's)
_SPAN_FULL = re.compile(
    r"(\d(?<![\d/.:-][\s\S])(?<!\d[hg][\s\S])\d?)\s*(?:và|đến|-|–)\s*(\d{1,2})\s*([/.])\s*(\d{1,2})\s*\3\s*"
    r"((?:19|20)\d{2})(?!\d)",
    re.IGNORECASE,
)
# ... or listed with a comma after "ngày": "Trong các ngày 04, 05/4/2024"
_SPAN_LISTED = re.compile(
    r"\bngày\s+(\d{1,2})\s*,\s*(\d{1,2})\s*([/.])\s*(\d{1,2})\s*\3\s*((?:19|20)\d{2})(?!\d)", re.IGNORECASE
)
# (?<!\d)((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?!\d), written to start with a character set ("no digit before" read
# after the first one): the engine then skips to each 1 or 2 in one step instead of trying every place (3x faster)
_ISO = re.compile(r"([12](?<!\d[12])(?:(?<=1)9|(?<=2)0)\d{2})-(\d{1,2})-(\d{1,2})(?!\d)")
# the look-ahead: the letters a match can start with (its first word is optional, so fast_start finds none)
_WORDS = re.compile(
    r"(?=[n\d])(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:(?:,\s*)?năm\s+|,\s*|\s+(?=(?:19|20)\d{2}\s+\d{1,2}:\d{2}))"
    r"((?:19|20)\d{2})(?!\d)",
    re.IGNORECASE,
)
_DAY_MONTH = re.compile(
    # "Chiều nay 19/10", "Sáng nay (29-10)": today, its day written after
    r"(?:(?:ngày|hôm|sáng|chiều|trưa|tối|đêm)(?:\s+nay\s*\(?\s*|\s+)(?:ngày\s+)?(?:(\d{1,2})\s+(?:và|đến|-)\s+)?)"
    r"(\d{1,2})\s*[/.-]\s*(\d{1,2})(?!\s*[/.-]?\s*\d)"
    # a meeting of two days or three: "Trong hai ngày (24 - 25/11)", "trong 2 ngày 24-25/11", "Trong 2 ngày, 8 và
    # 9/12", "trong 3 ngày, từ ngày 18 đến 20/7": it opened on the first
    r"|(?:hai|ba|0?[23])\s+ngày\s*[(,]?\s*(?:từ\s+)?(?:ngày\s+)?(\d{1,2})\s*(?:-|–|đến|và)\s*\d{1,2}\s*[/.-]\s*(\d{1,2})(?!\s*[/.-]?\s*\d)",
    re.IGNORECASE,
)
_DAY_MONTH = fast_start(_DAY_MONTH)  # a first-letter check before the alternatives
_DAY_MONTH_WORDS = re.compile(
    r"(?:ngày|sáng|chiều|trưa|tối)\s+(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})(?!\d)(?!\s*(?:,\s*)?năm\s+\d)",
    re.IGNORECASE,
)
_DAY_MONTH_WORDS = fast_start(_DAY_MONTH_WORDS)  # a first-letter check before the alternatives
_MONTH_YEAR = re.compile(r"tháng\s+(\d{1,2})\s*(?:/|-|năm)\s*((?:19|20)\d{2})(?!\d)", re.IGNORECASE)
# "năm 2023", and the year written after its name in the sixty-year cycle ("đầu năm Quý Mão 2023")
_YEAR_WORD = re.compile(
    r"năm\s+(?:(?:Giáp|Ất|Bính|Đinh|Mậu|Kỷ|Canh|Tân|Nhâm|Quý)\s+(?:Tý|Sửu|Dần|Mão|Mẹo|Thìn|Tỵ|Tị|Ngọ|Mùi|Thân|Dậu|Tuất|Hợi)\s+)?"
    r"((?:19|20)\d{2})(?!\s*[-–]\s*\d)",
    re.IGNORECASE,
)
# A paragraph that is only a posting stamp: "00:09, ngày 08-04-2022", "Thứ Sáu, 1/7/2022 - 08:21".
_STAMP = re.compile(
    r"^\W*(?:[^\W\d]{1,8}\.?\s*\w{0,4}\s*[,:]?\s*)?(?:\d{1,2}:\d{2}\s*[,|-]?\s*)?(?:ngày\s*)?"
    r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:19|20)\d{2}(?:\s*[,|-]?\s*\d{1,2}:\d{2}(?::\d{2})?)?\W*$",
    re.IGNORECASE,
)
# ... or one with its month in words: "Thứ tư, 12 Tháng 5, 2021 - 17:40", "Thứ sáu, 28 Tháng 4 2023 11:58"
_WORDS_STAMP = re.compile(
    r"^\W*(?:(?:thứ\s+\w+|chủ nhật)\s*,?\s*)?(?:ngày\s+)?\d{1,2}\s+tháng\s+\d{1,2}\s*,?\s*(?:năm\s+)?(?:19|20)\d{2}"
    r"(?:\s*[,|-]?\s*\d{1,2}:\d{2}(?::\d{2})?)?\W*$",
    re.IGNORECASE,
)
# ... or one a label of a few words opens: "Cập nhật lúc: 15:28 07/03/2023", "Cập nhật ngày: 12/03/2023 - 10:11",
# "Cập nhật lúc 10:11, Thứ tư, 12/03/2023 (GMT+7)": the page's, never the event's; the poster's name before it and
# the view count after it on the same line ("Người đăng tin: Admin Ngày đăng tin: 23/06/2022 Lượt xem: 103")
_LABELLED_STAMP = re.compile(
    r"^\W*(?:người đăng(?: tin)?\s*:\s*[^:|\n]{1,40}?[.,|]?\s+)?"
    r"(?:cập nhật|ngày cập nhật|ngày đăng(?: tin)?|đăng|thời gian(?: đăng)?|ngày xuất bản|xuất bản)(?:\s+(?:lúc|ngày))?\s*:?\s*"
    r"(?:\d{1,2}:\d{2}(?::\d{2})?\s*[,|-]?\s*)?(?:(?:thứ\s+\w+|chủ nhật)\s*,?\s*)?(?:ngày\s*)?"
    r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:19|20)\d{2}(?:\s*[,|-]?\s*\d{1,2}:\d{2}(?::\d{2})?)?"
    r"\s*(?:\(\s*GMT\s*[+-]\s*\d{1,2}\s*\))?(?:\s*[,|-]?\s*lượt xem\s*:?\s*[\d.,]+)?\W*$",
    re.IGNORECASE,
)
_ANY_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_RELATIVE = (
    (re.compile(r"\b(?:sáng|chiều|trưa|tối|hôm|đêm)\s+nay\b", re.IGNORECASE), 0),
    (re.compile(r"\b(?:sáng|chiều|trưa|tối|hôm|đêm)\s+qua\b", re.IGNORECASE), -1),
)


def _valid(y: int, m: int, d: int) -> date | None:
    if not (MIN_YEAR <= y <= MAX_YEAR):
        return None
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _day_first(a: int, b: int, y: int) -> date | None:
    """Day-first unless only month-first makes sense (19 cannot be a month)."""
    if b > 12 >= a:
        return _valid(y, a, b)
    return _valid(y, b, a)


def _in_words(text: str) -> bool:
    """Whether a text writes "tháng" in some case, as every date in words does (no letter of it has a case-blind match
    but its own capital): most texts write their dates in figures, and the patterns in words are not run over them."""
    return "tháng" in text.lower()


# find_full_date's answers for the short lines read lately: a page's header lines are read for their date by the
# structure's checks and again when they are set aside (a dict lookup instead of four patterns)
_FULL_DATES: dict[str, date | None] = {}
_FULL_DATES_MAX, _FULL_DATES_LONGEST = 4096, 200  # bounded whatever the input: forgotten all at once when full


def find_full_date(text: str) -> date | None:
    """The first complete date (day, month and year) in a text."""
    if len(text) > _FULL_DATES_LONGEST:
        return _find_full_date(text)
    if text in _FULL_DATES:
        return _FULL_DATES[text]
    if len(_FULL_DATES) >= _FULL_DATES_MAX:
        _FULL_DATES.clear()
    found = _FULL_DATES[text] = _find_full_date(text)
    return found


def _find_full_date(text: str) -> date | None:
    if not _YEAR_DIGITS.search(text):
        return None  # each pattern below holds a year: most lines and many leads hold none
    best: tuple[int, date] | None = None
    for m in _FULL.finditer(text):
        d = _day_first(int(m.group(1)), int(m.group(3)), int(m.group(4)))
        if d:
            best = (m.start(), d)
            break
    listed = _SPAN_LISTED.finditer(text) if "," in text and "ngày" in text.lower() else ()  # "ngày 4, 5/4/2024"
    for m in [*_SPAN_FULL.finditer(text), *listed]:
        first, last = int(m.group(1)), int(m.group(2))
        d = _valid(int(m.group(5)), int(m.group(4)), first) if first < last else None
        if d and (best is None or m.start() <= best[0]):
            best = (m.start(), d)
            break
    for m in _ISO.finditer(text):
        d = _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if d and (best is None or m.start() < best[0]):
            best = (m.start(), d)
            break
    for m in _WORDS.finditer(text) if _in_words(text) else ():
        d = _valid(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if d and (best is None or m.start() < best[0]):
            best = (m.start(), d)
            break
    return best[1] if best else None


def _infer_year(month: int, day: int, published: date | None, year_hint: int | None) -> int | None:
    if published:
        # An article reports what just happened: a later day-month than publication is last year's.
        candidate = _valid(published.year, month, day)
        # (a header's or crawler's date can trail the event by weeks, and precede it by a few days)
        if candidate and candidate > published + timedelta(days=45):
            return published.year - 1
        return published.year
    return year_hint


_DATE_TEXT = r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:19|20)\d{2}"
# Dates that are not the event's: a document's ("Quyết định số 238-QĐ/TW ngày 30/9/2020", "Quy chế phối hợp
# số 01/QCPH ngày 09/4/2018"), a history's and an anniversary's span ("(26/3/1931 - 26/3/2026)").
_DATE_WORDS_TEXT = r"\d{1,2}\s+tháng\s+\d{1,2}\s*,?\s*năm\s+(?:19|20)\d{2}"
_REFERENCE_DATE = re.compile(
    rf"(?:(?:\bsố\s+[\w./-]+|(?:quyết định|nghị định|chỉ thị|thông tư|nghị quyết|kết luận|công văn|hướng dẫn|"
    rf"kế hoạch|quy chế|chương trình|thông báo)\b[^.;()]{{0,60}}?),?\s+ngày\s+(?:{_DATE_TEXT}|{_DATE_WORDS_TEXT})"
    # a document "được ký kết ngày 14 tháng 11 năm 2020": signed before, not the event
    rf"|\bđược\s+(?:ký kết|kí kết|ký|kí|ban hành|phê duyệt)\s+(?:vào\s+)?ngày\s+(?:{_DATE_TEXT}|{_DATE_WORDS_TEXT})"
    # a date told as history before the event ("Hơn 3 năm trước, ngày 18/4/2013, hai tỉnh đã ký kết ...", "Cách
    # đây 5 năm, ngày ...", "Trước đó, ngày ..."): what led to the event, not the event's day
    rf"|\b(?:(?:(?:hơn|gần|khoảng)\s+)?\d{{1,2}}\s+năm\s+(?:về\s+)?trước|cách đây[^,.;]{{0,24}}|trước đó)\s*,?\s*"
    rf"(?:vào\s+)?ngày\s+(?:{_DATE_TEXT}|{_DATE_WORDS_TEXT})"
    rf"|\(\s*{_DATE_TEXT}\s*[-–]\s*{_DATE_TEXT}\s*\))",
    re.IGNORECASE,
)
_REFERENCE_DATE = fast_start(_REFERENCE_DATE)  # a first-letter check before the alternatives


# a span of dates written in full: "Từ ngày 01/10/2023 đến ngày 30/9/2024", "từ 01/01/2024 đến hết 31/12/2024"
_FULL_SPAN = re.compile(
    r"\btừ\s+(?:ngày\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})\s*(?:đến|tới|-|–)\s*(?:hết\s+)?"
    r"(?:ngày\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})(?!\d)",
    re.IGNORECASE,
)


def _blank_reporting_span(m: re.Match[str]) -> str:
    """A span of more than a month is the time a report covers (an emulation year from October to September), not a
    meeting's days: blanked; a meeting's two or three days stay."""
    first = _valid(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    last = _valid(int(m.group(6)), int(m.group(5)), int(m.group(4)))
    return " " * len(m.group(0)) if first and last and (last - first).days > 31 else m.group(0)


def _without_references(text: str) -> str:
    """The text with document, anniversary and reporting-span dates blanked (same length, so positions hold)."""
    if not _YEAR_DIGITS.search(text):
        return text  # every date it blanks is a full one, with its year
    lowered = text.lower()
    if "(" not in text and "ngày" not in lowered and "từ" not in lowered:
        return text  # ... told after "ngày" (any case: no letter of it has another case-blind match) or in brackets
    text = _FULL_SPAN.sub(_blank_reporting_span, text) if "từ" in lowered else text
    return _REFERENCE_DATE.sub(lambda m: " " * len(m.group(0)), text)


def find_event_date(lead: str, published: date | None, year_hint: int | None) -> tuple[str | None, str | None]:
    """Date of the event told in the lead: (ISO value at its precision, flag when inferred)."""
    lead = _without_references(lead)
    full = find_full_date(lead)
    in_words = _in_words(lead)
    day_month = [*_DAY_MONTH.finditer(lead), *(_DAY_MONTH_WORDS.finditer(lead) if in_words else ())]
    day_month.sort(key=lambda m: m.start())
    # where the first full date is: read only when there is one
    if day_month and (full is None or day_month[0].start() < _first_pos(lead, (_FULL, _SPAN_FULL, _ISO, _WORDS))):
        m = day_month[0]
        day, month = _day_and_month(m.groups())
        year = _infer_year(month, day, published, year_hint)
        if year and _valid(year, month, day):
            flag = None if published or year_hint is None else "year_from_title"
            return date(year, month, day).isoformat(), flag
    if full:
        return full.isoformat(), None
    for pattern, offset in _RELATIVE:
        if published and pattern.search(lead):
            return (published + timedelta(days=offset)).isoformat(), "date_relative"
    for month_year in _MONTH_YEAR.finditer(lead) if in_words else ():
        # "áp dụng từ tháng 6-2018", "hoàn thành trước tháng 12/2025": when something starts or must end, not when
        # the event took place
        if _FROM_OR_BY.search(lead[max(0, month_year.start() - 8) : month_year.start()]):
            continue
        if 1 <= int(month_year.group(1)) <= 12:
            return f"{int(month_year.group(2)):04d}-{int(month_year.group(1)):02d}", None
    return None, None


_FROM_OR_BY = re.compile(r"\b(?:từ|đến|tới|trước)\s*$", re.IGNORECASE)


def _day_and_month(groups: tuple[str | None, ...]) -> tuple[int, int]:
    """The day and month a year-less match tells; of days written together ("ngày 5 và 6/7"), the first."""
    if len(groups) == 2:  # "ngày 5 tháng 7"
        return int(groups[0] or 0), int(groups[1] or 0)
    first, day, month, span_first, span_month = groups
    if month is None:  # "hai ngày (24 - 25/11)"
        return int(span_first or 0), int(span_month or 0)
    return (int(first) if first and int(first) < int(day or 0) else int(day or 0)), int(month)


def _first_pos(text: str, patterns: tuple[re.Pattern[str], ...]) -> int:
    positions = [m.start() for p in patterns if (m := p.search(text))]
    return min(positions) if positions else len(text) + 1


def find_year(text: str) -> int | None:
    """A year the text names as "năm YYYY" (not a period's start), else any plausible year."""
    m = _YEAR_WORD.search(text)
    if m:
        return int(m.group(1))
    years = [int(y) for y in _ANY_YEAR.findall(text)]
    return years[0] if years else None


def parse_iso(value: str | None) -> date | None:
    """A date from structured input (crawler `published`, a register cell): ISO or Vietnamese forms."""
    if not value:
        return None
    value = str(value).strip()
    m = re.match(r"^((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})", value)
    if m:
        return _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return find_full_date(value)


def parse_partial(value: str | None) -> str | None:
    """An event date from a register cell, kept at its precision (YYYY, YYYY-MM or YYYY-MM-DD)."""
    if value is None:
        return None
    value = str(value).strip()
    if re.fullmatch(r"(?:19|20)\d{2}", value):
        return value if MIN_YEAR <= int(value) <= MAX_YEAR else None
    m = re.fullmatch(r"((?:19|20)\d{2})-(\d{1,2})", value) or re.fullmatch(r"(\d{1,2})/((?:19|20)\d{2})", value)
    if m:
        y, mo = (m.group(1), m.group(2)) if len(m.group(1)) == 4 else (m.group(2), m.group(1))
        return f"{int(y):04d}-{int(mo):02d}" if 1 <= int(mo) <= 12 else None
    d = parse_iso(value)
    return d.isoformat() if d else None


_URL_DAY = re.compile(r"(?<!\d)((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:\d{4,12})?(?!\d)")
_URL_DAY = fast_start(_URL_DAY)  # a first-letter check before the alternatives
_URL_MONTH = re.compile(r"/((?:19|20)\d{2})[/-]?(0[1-9]|1[0-2])/")
# the day a blog-style site files a post under, as folders ("/2017/11/13/slug/", "/2015/1/26/")
_URL_FOLDERS_DAY = re.compile(r"/((?:19|20)\d{2})/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])/")
# the article number the large national papers end their addresses with: a 3-digit section, the day posted as
# yymmdd, then the time and a serial ("-185250821185418695.htm", "-196251113185513714.htm")
_URL_STAMP = re.compile(r"(?<!\d)\d{3}(\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{9}(?=\.html?\b|$|[?#])")


def url_date(url: str | None) -> str | None:
    """A date a URL's path carries ("-20221109174000484.htm", "/2017/11/13/", "/2024/03/", "/202403/"), at its
    precision."""
    if not url:
        return None
    path = re.sub(r"^[a-z]+://[^/]+", "", url)
    for m in _URL_DAY.finditer(path):
        d = _filed(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if d:
            return d.isoformat()
    if (folders := _URL_FOLDERS_DAY.search(path)) and (
        d := _filed(int(folders.group(1)), int(folders.group(2)), int(folders.group(3)))
    ):
        return d.isoformat()
    month = _URL_MONTH.search(path)
    if month and _filed(int(month.group(1)), int(month.group(2)), 1):
        return f"{month.group(1)}-{month.group(2)}"
    if (stamp := _URL_STAMP.search(path)) and (
        d := _filed(2000 + int(stamp.group(1)), int(stamp.group(2)), int(stamp.group(3)))
    ):
        return d.isoformat()
    return None


def _filed(y: int, m: int, d: int) -> date | None:
    """A day an address can file a page under: a real day, not after today (an article number such as
    "/c/20680919.epi" reads as 19 September 2068)."""
    day = _valid(y, m, d)
    return day if day and day <= date.today() else None


def reference_date(
    published: date | None, url: str | None, crawl_date: str | None, title: str, lead: str
) -> tuple[date | None, int | None, str | None]:
    """(publication day, year hint, where the year comes from) for a day and month written without a year."""
    if published:
        return published, published.year, "year_from_published"
    from_url = url_date(url)
    if from_url and len(from_url) == 10:
        return date.fromisoformat(from_url), int(from_url[:4]), "year_from_url"
    if crawl_date:
        return None, int(crawl_date[:4]), "year_from_crawl_date"
    if from_url:
        return None, int(from_url[:4]), "year_from_url"
    if titled := find_full_date(_without_references(title)):
        # a title dated in full ("... Thanh Hóa (13/10/2024)"): the day the page stands for, as a header's
        return titled, titled.year, "year_from_title"
    for text, source in ((title, "year_from_title"), (lead, "year_from_text")):
        # a title or lead's "năm X", not a deadline's ("định hướng đến năm 2030": the program's horizon, DOMAIN.md)
        if m := next(_years_named(text), None):
            return None, int(m.group(1)), source
    return None, None, None


def _named_years(text: str) -> set[int]:
    """The years a text names as "năm YYYY", deadlines ("đến năm 2030") left out."""
    return {
        int(m.group(1))
        for m in _YEAR_WORD.finditer(text)
        if not _DEADLINE.search(text[max(0, m.start() - 8) : m.start()])
    }


def _year_the_text_tells(found: str, published: date | None, text: str) -> str:
    """A day and month given a year from outside the sentence, corrected by the years the article names.

    A yearly review is held from December to March: one early in a year that names the year under review and
    the next ("tổng kết năm 2025, triển khai nhiệm vụ năm 2026") is in the later year. A page header dated
    before the day told (a portal's clock, "22/04/2020" over "Ngày 04/7") does not push the day into last
    year when the article names the header's year and not last year ("6 tháng đầu năm 2020"), nor keeps it in the
    header's year when the article names only the next.
    """
    day = date.fromisoformat(found)
    named = _named_years(text)
    if (
        published is None
        and day.month >= 10
        and (told := _YEAR_REVIEWED.search(text))
        and int(told.group(1)) == day.year - 1
        and (in_review := _valid(day.year - 1, day.month, day.day))
    ):
        # nothing dates the page, and the day was given the later of the years named: a review late in a year is of
        # that year, the next only planned ("Ngày 22/11, ... tổng kết công tác ... năm 2019, đề ra phương hướng nhiệm
        # vụ năm 2020")
        return in_review.isoformat()
    if (part := _PART_REVIEWED.search(text)) and int(part.group(1)) == day.year + 1:
        # a review of part of a year ("năm 2017 và quý I năm 2018", "6 tháng đầu năm 2018") is held in that year
        same_year = _valid(day.year + 1, day.month, day.day)
        if same_year:
            return same_year.isoformat()
    if published is not None and len(named) == 2 and max(named) - min(named) == 1 and published.year > max(named):
        # a yearly review that names the year under review and the next ("tổng kết năm 2017 và triển khai nhiệm vụ
        # năm 2018") under a site's clock of a later year ("Thứ ba, 20/04/2021"): from October in the year under
        # review, up to April in the next
        reviewed = _valid(min(named) + (day.month <= 4), day.month, day.day)
        if reviewed and (day.month <= 4 or day.month >= 10):
            return reviewed.isoformat()
    if published is not None and len(named) == 2 and max(named) - min(named) == 1 and day.month >= 10:
        # a review in the last months of the year it reviews, planning the next ("năm 2024" and "năm 2025" under
        # a site clock of 05/02/2026 over "Chiều 20/12"): the year under review, the earlier one unless the text says
        # which ("tổng kết phong trào thi đua năm 2022" compared with 2021, under its own stamp "13/12/2022")
        told = _YEAR_REVIEWED.search(text)
        reviewed = _valid(int(told.group(1)) if told else min(named), day.month, day.day)
        if reviewed and abs(reviewed.year - day.year) == 1:
            return reviewed.isoformat()
    if published is None:
        later = _valid(day.year + 1, day.month, day.day)
        if later and day.month <= 9 and _reviews_the_year_before(text, day.year):
            # "đánh giá kết quả ... năm 2012 và phương hướng, nhiệm vụ năm 2013" on "Chiều 20.5": a whole year under
            # review is over, the meeting that sets out the next is held in it (before its last quarter)
            return later.isoformat()
        return later.isoformat() if later and day.month <= 3 and {day.year, day.year + 1} <= named else found
    if day.year == published.year - 1 and published.year in named and day.year not in named:
        same_year = _valid(published.year, day.month, day.day)
        if same_year and same_year - published <= timedelta(days=183):
            return same_year.isoformat()
    if day.year == published.year and day.month <= 4 and named and min(named) == published.year + 1:
        # the article names only the next year ("ký giao ước thi đua năm 2024" under a header of 23/4/2023): a
        # year's pledge is signed early in that year, the header is a portal's, not the page's
        next_year = _valid(published.year + 1, day.month, day.day)
        return next_year.isoformat() if next_year else found
    return found


# a year reviewed and the next one's tasks set out, in one clause: "năm 2012 và phương hướng, nhiệm vụ năm 2013"
_YEAR_THEN_NEXT = re.compile(
    r"\bnăm\s+((?:19|20)\d{2})\b[^.;\n]{0,60}?\b(?:phương hướng|nhiệm vụ|kế hoạch)\b[^.;\n]{0,30}?\bnăm\s+((?:19|20)\d{2})\b",
    re.IGNORECASE,
)


def _reviews_the_year_before(text: str, year: int) -> bool:
    """Whether the text reviews the whole of `year` and sets out the tasks of the next (not part of it: "6 tháng đầu
    năm", "quý I năm" are reviewed within their year)."""
    for m in _YEAR_THEN_NEXT.finditer(text) if "năm" in text else ():
        if int(m.group(1)) == year and int(m.group(2)) == year + 1:
            return not _MONTHS_OR_QUARTER.search(text, max(0, m.start() - 16), m.start())
    return False


_MONTHS_OR_QUARTER = re.compile(r"(?:tháng(?:\s+(?:đầu|cuối))?|quý\s+[IV1-4]+)\s*$", re.IGNORECASE)


# part of a year under review: "quý I năm 2018", "6 tháng đầu năm 2018", "9 tháng năm 2018"
_PART_REVIEWED = re.compile(r"(?:quý\s+[IV1-4]+|\d+\s+tháng(?:\s+đầu)?)\s+năm\s+((?:19|20)\d{2})", re.IGNORECASE)
_PART_REVIEWED = fast_start(_PART_REVIEWED)  # a first-letter check: it is looked for over the whole text
# the year a review is of: "tổng kết công tác hội và phong trào thi đua của Cụm năm 2019"
_YEAR_REVIEWED = re.compile(
    r"\b(?:tổng kết|sơ kết|kiểm điểm)\b(?:(?!\bk[ýí]\b|giao ước|phương hướng|nhiệm vụ|kế hoạch|triển khai)[^.;:\n]){0,80}?"
    r"\bnăm\s+((?:19|20)\d{2})\b(?!\s*[-–])",
    re.IGNORECASE,
)  # ... not the year of what is signed or planned after it ("tổng kết ... và ký kết giao ước thi đua năm 2014")
# the year an address's slug names ("...-nam-2023-149595.html", "...-quy-ii2018.aspx", "...-thang-6-2018.html") or a
# folder of its path ("/2018/")
_SLUG_YEAR = re.compile(r"[/-](?:nam|quy-[iv]+|thang-\d{1,2})-?((?:19|20)\d{2})(?:[-./]|$)|/((?:19|20)\d{2})/")


# a part of a year written with a slash: "quý II/2024", "tháng 11/2025"
_PART = r"(?:quý\s+(?:[IV]{1,3}|[1-4])|tháng\s+\d{1,2})\s*/\s*"
_PART_YEAR = re.compile(rf"\b{_PART}((?:19|20)\d{{2}})\b", re.IGNORECASE)
# the months a meeting reviews, across a year's end: "giao ban từ tháng 10/2016 đến tháng 6/2017": it is held after
# them, in the span's last year
_PART_SPAN = re.compile(
    rf"\btừ\s+{_PART}(?:19|20)\d{{2}}\s+(?:đến|tới)\s+(?:{_PART})?((?:19|20)\d{{2}})\b(?!\s*/)", re.IGNORECASE
)
# a lunar new year named with its year: "Nhân dịp Tết Bính Ngọ 2026", "Xuân Ất Tỵ 2025"
_LUNAR_YEAR = re.compile(
    r"\b(?:Tết|Xuân)\s+(?:Giáp|Ất|Bính|Đinh|Mậu|Kỷ|Canh|Tân|Nhâm|Quý)\s+(?:Tý|Sửu|Dần|Mão|Mẹo|Thìn|Tỵ|Tị|Ngọ|Mùi|Thân|"
    r"Dậu|Tuất|Hợi)\s+((?:19|20)\d{2})\b"
)


# a law's year of passing or amending: "Bộ luật Tố tụng hình sự năm 2015 (sửa đổi, bổ sung năm 2021)", "Luật Đất
# đai năm 2024", "Hiến pháp năm 2013" (not "pháp luật năm 2024", a year of work)
LAW_YEAR_BEFORE = re.compile(
    r"(?:\b(?:bộ luật|hiến pháp|pháp lệnh)\b|(?<!pháp )\bluật\b)[^.;:\n]{0,60}$|sửa đổi,?\s*(?:bổ sung\s*)?$", re.I
)


# an anniversary's span, its last year the year celebrated: "kỷ niệm 92 năm ngày thành lập Đoàn (26/3/1931 -
# 26/3/2023)", "Kỷ niệm 75 năm Ngày thiết lập quan hệ ngoại giao (18/1/1950 - 18/1/2025)"
_ANNIVERSARY = re.compile(
    r"\bkỷ niệm\s+(\d{1,3})\s+năm\b[^()\n]{0,160}\(\s*(?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*)?((?:19|20)\d{2})"
    r"\s*[-–]\s*(?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*)?((?:19|20)\d{2})\s*\)",
    re.IGNORECASE,
)


def _anniversary_year(text: str) -> int | None:
    """The year an anniversary named with its span is celebrated (the span's end, its count of years apart)."""
    for m in _ANNIVERSARY.finditer(text):
        if int(m.group(3)) - int(m.group(2)) == int(m.group(1)):
            return int(m.group(3))
    return None


def _law_year(text: str, at: int) -> bool:
    """Whether the "năm X" at `at` is a law's year ("Bộ luật ... năm 2015"), which dates no event."""
    return bool(LAW_YEAR_BEFORE.search(text, max(0, at - 80), at))


def _years_named(text: str) -> Iterator[re.Match[str]]:
    """The "năm X" of a text that can date it: not a deadline ("đến năm 2030") nor a law's year."""
    return (
        m
        for m in _YEAR_WORD.finditer(text)
        if not _DEADLINE.search(text[max(0, m.start() - 8) : m.start()]) and not _law_year(text, m.start())
    )


def _article_year(paragraphs: list[str]) -> int | None:
    """The first "năm X" of the paragraphs that is not a deadline ("đến năm 2030") nor a law's, or the first part of a
    year written with a slash ("quý II/2024")."""
    for paragraph in paragraphs:
        found = list(_years_named(paragraph))
        spans = list(_PART_SPAN.finditer(paragraph))
        found += [m for m in _PART_YEAR.finditer(paragraph) if not any(s.start() <= m.start() < s.end() for s in spans)]
        found += spans + list(_LUNAR_YEAR.finditer(paragraph))
        if found:
            return int(min(found, key=lambda m: m.start()).group(1))
        if celebrated := _anniversary_year(paragraph):
            return celebrated
    return None


_DEADLINE = re.compile(r"(?:đến|tới|trước|sau)\s*$", re.IGNORECASE)

# a school year named by its two years ("năm học 2017-2018", "năm học 2018 - 19"): it starts in August or
# September and ends in May, so a day and month told with it has its year
_SCHOOL_YEAR = re.compile(r"\bnăm học\s+((?:19|20)\d{2})\s*[-–]\s*(?:(?:19|20)\d{2}|\d{2})(?!\d)", re.IGNORECASE)
SCHOOL_YEAR_STARTS = 8  # the month a school year's first term begins in (August, with the preparation)


def _school_years(text: str) -> list[int]:
    """The first years of the school years the text names."""
    return [int(m.group(1)) for m in _SCHOOL_YEAR.finditer(text)]


def _in_school_year(text: str, starts: list[int]) -> tuple[str | None, str | None]:
    """The day and month the text tells, in the school years it names: from August, the first year of the latest
    (a term opening, "triển khai nhiệm vụ năm học 2018-2019" in October), before it the second year of the earliest
    (its review, "tổng kết năm học 2017-2018" in May). Not a program's period: a school year's months are fixed."""
    found, _ = find_event_date(text, None, max(starts))
    if found and len(found) == 10 and int(found[5:7]) < SCHOOL_YEAR_STARTS:
        found, _ = find_event_date(text, None, min(starts) + 1)
    return found, ("year_from_text" if found else None)


# a paragraph that opens with the day it tells of: "Chiều 29/12, tại ...", "Ngày 5-3, ..." (the report under a summary)
DAY_OPENING = re.compile(
    r"^\s*(?:ngày|sáng|chiều|trưa|tối|đêm)\s+(?:ngày\s+)?\d{1,2}\s*(?:[/.-]|\s+tháng\s+)\s*\d{1,2}\b", re.I
)


def _ends_in_a_figure(text: str) -> bool:
    """Whether the last letter or figure of a text is a figure, as a posting stamp's (a year or a clock): most
    paragraphs end with a word, and _STAMP, which must match the whole paragraph, is not tried on them."""
    for ch in reversed(text):
        if ch.isalnum() or ch == "_":  # what _STAMP's "\w" takes; the last must be a "\d" before "\W*$"
            return ch.isdecimal()
    return False


def is_posting_stamp(paragraph: str) -> bool:
    """Whether a paragraph is only the page's posting stamp ("01/12/2022 18:30", "Cập nhật lúc: 15:28 07/03/2023",
    "Thứ tư, 12 Tháng 5, 2021 - 17:40"): the page's day, never the event's."""
    return _ends_in_a_figure(paragraph) and bool(
        _STAMP.match(paragraph) or _LABELLED_STAMP.match(paragraph) or _WORDS_STAMP.match(paragraph)
    )


def event_date_of(
    title: str, paragraphs: list[str], published: date | None, url: str | None, crawl_date: str | None
) -> tuple[str | None, str | None, float]:
    """(event date at its precision, where it came from, confidence) from the lead, then the title."""
    stamped = [is_posting_stamp(p) for p in paragraphs]
    stamps = [p for p, s in zip(paragraphs[:4], stamped, strict=False) if s]
    paragraphs = [p for p, s in zip(paragraphs, stamped, strict=True) if not s]  # "00:09, ngày 08-04-2022": posted
    if published is None and stamps and (posted := find_full_date(stamps[0])):
        published = posted
    lead = "\n".join(paragraphs[:1])
    day, year_hint, source = reference_date(published, url, crawl_date, title, lead)
    # no year anywhere else: the article's first "năm X" phrase ("Năm 2018, quan hệ hợp tác ...")
    article_year = _article_year(paragraphs[:4]) if year_hint is None else None
    # ... or, none there, the one the article names further down ("Nhân dịp Tết Bính Ngọ 2026, ..."): the year of a day
    # and month told without one, never a date of its own ("Được biết, năm 2022, ..." tells what was done before)
    later_year = _article_year(paragraphs[4:12]) if year_hint is None and article_year is None else None
    # the report a page puts under a stack of short lines (captions, related articles' headlines): its dated opening
    below = [p for p in paragraphs[4:8] if DAY_OPENING.match(p)][:1]
    for text in (lead, title, "\n".join(paragraphs[1:4]), *below):
        if not text:
            continue
        # ... or rather those of the text that tells the day (the latest: a meeting early in a year reviews the
        # one before, "tổng kết năm 2016 và ký kết giao ước năm 2017")
        own_year = (
            max((int(m.group(1)) for m in _years_named(text)), default=article_year or later_year)
            if year_hint is None
            else None
        )
        found, flag = find_event_date(text, day, year_hint or own_year)
        if not found and year_hint is None and own_year is None and (starts := _school_years(title + "\n" + text)):
            found, flag = _in_school_year(text, starts)
        if found and own_year and not flag and len(found) == 10 and not _FULL.search(text):
            flag = "year_from_text"
        year_inferred = flag == "year_from_title" or (source == "year_from_published" and not flag)
        if found and len(found) == 10 and year_inferred and not _FULL.search(text) and not _WORDS.search(text):
            found = _year_the_text_tells(found, published, title + "\n" + "\n".join(paragraphs[:6]))
        if found:
            if flag or (len(found) == 10 and not _FULL.search(text) and not _WORDS.search(text)):
                return found, flag or source, 0.8
            return found, None, 0.95
    if day:
        return day.isoformat(), "date_from_published", 0.6
    if crawl_date:
        return crawl_date, "date_from_crawl_date", 0.5
    if source == "year_from_url" and (month := url_date(url)):
        return month, "date_from_url", 0.5  # the month a site files the page under ("/201809/"): its precision
    if year_hint:
        return str(year_hint), "date_year_only", 0.4
    # the year the article names ("năm 2023"), or its address's title does ("...-nam-2023-149595.html")
    slug = _SLUG_YEAR.search(url or "")
    if article_year or slug:
        return str(article_year or int(slug.group(1) or slug.group(2) if slug else 0)), "date_year_only", 0.3
    return None, None, 0.0
