"""Page structure: find the title and the article among the chrome a real news page carries above it.

Real excerpts start with menus, breadcrumbs, weather and clock widgets, view counters, a crawler's
" date 2025-11" line, or the title twice; some have no title and start mid-article. Lines are scored as
a title from their own shape (length, no final full stop, not a date or a menu item) and, when the URL is
known, from how many of the URL slug's words they hold; without it, from a coordination report's words and the
posting stamp under them, above the article's first paragraph. Dates found in header lines are kept apart: the
one nearest the title is the article's, a clock widget above the title is the crawl's day.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from etl.dates import find_full_date, parse_iso
from etl.text import case_blind, fast_start, fold

# A crawler's date line: " date 2025-11-07 <title or lead on the same line>".
_CRAWL_DATE = re.compile(r"^\s*date\s+((?:19|20)\d{2}-\d{2}(?:-\d{2})?)\b\s*(.*)$", re.DOTALL)
# How a lead opens: a time of day, a date, "Vừa qua", an outlet's tag "(QNO) -".
_LEAD_START = re.compile(
    r"^\s*(?:\([^)]{1,30}\)\s*[-–—:]?\s*|[\w.]+\.vn\s*[-–—]\s*)?"
    r"(ngày|sáng|chiều|trưa|tối|đêm|hôm|vừa qua|mới đây|vừa|trong (?:hai|2|các) ngày|sáng nay|chiều nay|"
    r"thực hiện|nhằm|theo|với mục|để|tại|từ ngày|\d{1,2}\s*[/.-]\s*\d{1,2})\b",
    re.IGNORECASE,
)
_OUTLET_TAG = re.compile(r"^\s*\([^)]{1,30}\)\s*[-–—:]")
_WORD = re.compile(r"[^\W\d_]+")
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")
_BYLINE = re.compile(r"^[^.!?]{2,60}\|\s*[\d/: -]*$")  # "Linh Thư| 01/08/2022 16:24", "HOÀNG VŨ |"
_META_PREFIX = re.compile(r"^(create|created|updated?|cập nhật|ngày đăng|đăng lúc|posted|thời gian)\s*:", re.I)
# A headline with its posting stamp on the same line: "… ký kết hợp tác 24/09/2025 15:57", or in brackets "…
# giai đoạn 2019 - 2022 (17/07/2019 18:28)".
_TRAILING_STAMP = re.compile(
    r"\s+\(?(\d{1,2}[/-]\d{1,2}[/-](?:19|20)\d{2}\s*[-|,]?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*GMT\s*[+]\s*\d{1,2})?)\)?\s*$"
)
# A posting stamp the page glued before the lead: "2/25/2020 4:22:42 PMThực hiện chương trình ..." (a clock with its
# seconds or AM/PM, so a lead opening on a date is not cut)
_LEADING_STAMP = re.compile(
    r"^\s*(\d{1,2}[/-]\d{1,2}[/-](?:19|20)\d{2}\s*,?\s*\d{1,2}:\d{2}(?::\d{2}\s*(?:[AP]M)?|\s*[AP]M))\s*(?=\w)"
)
# a line that is only a web address, with or without its scheme: "https://...", "www.x.vn", "baokontum.com.vn" (the
# outlet's name printed as a byline)
_URL_LINE = re.compile(
    r"^\s*(https?://\S+|www\.\S+|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:vn|com|net|org|info)(?:/\S*)?)\s*$", re.IGNORECASE
)
# a line that is only a picture, as a page's text keeps it: "![](https://x.vn/logo.png)", "![]() |" (the site's logo
# above the headline, a picture between paragraphs)
_PICTURE_LINE = re.compile(r"^\s*!\[[^\]]*\]\([^)\s]*\)\s*\|?\s*$")
_MENU_WORDS = re.compile(
    r"^(trang chủ|tin tức|giới thiệu|liên hệ|chuyên mục|danh mục|tìm kiếm|đăng nhập|đăng ký|video|ảnh|"
    r"multimedia|podcast|emagazine|infographic|en|english|vi|a-|a\+|xem với cỡ chữ|nhảy đến nội dung|"
    r"bỏ qua nội dung|truy cập nội dung|skip to content|menu|home|rss|hotline|thời tiết|nghe đọc bài|nghe bài|mới nhất|"
    r"\d+ (?:giờ|phút|ngày) trước)\b",
    re.IGNORECASE,
)
_MENU_ANY_WORDS = (
    "trang chủ", "tin tức", "giới thiệu", "liên hệ", "chuyên mục", "video", "multimedia", "podcast", "emagazine",
    "infographic", "english", "rss", "hotline", "thời tiết", "mới nhất",
)  # fmt: skip
_MENU_ANY = re.compile(r"(?<!\w)(" + "|".join(_MENU_ANY_WORDS) + r")(?!\w)", re.IGNORECASE)
_MENU_ANY = fast_start(_MENU_ANY)  # a first-letter check before the alternatives
_BANNER = re.compile(
    r"^(trang thông tin điện tử|cổng thông tin điện tử|trang tin điện tử|báo điện tử|website)\b|"
    r"^(báo|tạp chí|đài|cổng)\b[^.]{0,60}\b(điện tử|online)$|"
    # a site's slogan over every page, closed by its "!": "Nhiệt liệt chào mừng ... (7/5/1954 - 7/5/2021)!", "Chung tay
    # ủng hộ phòng, chống dịch!"
    r"^(nhiệt liệt\s+)?(chào mừng|mừng|chung tay)\b.*!\s*$",
    re.IGNORECASE,
)
# a photo's caption ends with its credit: "... giai đoạn 2019-2025. Ảnh: Văn Tánh", "(Ảnh: TTXVN)"
_CAPTION = re.compile(r"[.\s(]\s*Ảnh\s*:\s*[^.:]{1,40}\)?\s*$")
# an aggregator's picture text: the headline without its marks and the picture's number ("... tai cua khau - Anh 1")
_PICTURE_ALT = re.compile(r"\s[-–]\s*(?:Ảnh|Anh)\s*\d{1,2}\s*$")
TITLE_SEARCH_LINES = 14
# the words of a coordination report's headline (folded): the signing, the meeting, the program, the cluster
_COORDINATION = re.compile(
    r"\b(?:ky ket|ky|giao uoc|quy che|chuong trinh|thoa thuan|hop tac|phoi hop|lien ket|hoi nghi|giao ban|so ket|"
    r"tong ket|hop|thi dua|cum|khoi)\b"
)


@dataclass
class Page:
    title: str
    body: list[str]  # paragraphs after the title, header lines removed
    header_dates: list[date] = field(default_factory=list)  # nearest the title first
    crawl_date: str | None = None  # the crawler's " date" line, at its precision
    site: list[str] = field(default_factory=list)  # chrome above the title and bylines


def slug_words(url: str | None) -> set[str]:
    """The folded words of a URL's last path segment ("ky-ket-chuong-trinh-phoi-hop-123.html")."""
    if not url:
        return set()
    path = re.sub(r"[?#].*$", "", url).rstrip("/")
    segment = path.rsplit("/", 1)[-1]
    segment = re.sub(r"\.(html?|aspx?|php|htm)$", "", segment, flags=re.I)
    return {w for w in re.split(r"[-_.+]+", segment.lower()) if w.isalpha() and len(w) > 1}


@lru_cache(maxsize=256)
def _words(line: str) -> tuple[str, ...]:
    """Remembered: a line near the top is weighed as a title, as a lead and as a header line, each reading its words."""
    return tuple(_WORD.findall(line))


# The most words any rule here counts to ("more than 60": not a title); a count stops there.
_COUNT_CAP = 61


@lru_cache(maxsize=256)
def _word_count(line: str) -> int:
    """How many words a line has, up to _COUNT_CAP: a rule only asks whether a line has more or fewer than a few
    words, and a paragraph of the article (a few hundred words) is not read to its end to answer."""
    if len(line) < 400:  # a short line: counted whole (fewer than the cap, or near it), its words remembered
        return min(len(_words(line)), _COUNT_CAP)
    return sum(1 for _ in itertools.islice(_WORD.finditer(line), _COUNT_CAP))


@lru_cache(maxsize=256)
def is_header_line(line: str) -> bool:
    """A line that dates, signs or decorates the page rather than saying anything."""
    words = _word_count(line)
    if _URL_LINE.match(line) or _BYLINE.match(line) or _META_PREFIX.match(line) or _PICTURE_LINE.match(line):
        return True
    # a clock has a colon: a line without one (most of a page's text) is not searched for it
    if (words <= 9 or (":" in line and _CLOCK.search(line))) and find_full_date(line):  # the date, dearer, last
        return True
    if _MENU_WORDS.match(line.strip()) and words <= 6:
        return True
    # a site's menu in one line ("Video Báo Ảnh Báo in Podcast"), looked for only in a line with its words (few have)
    low = case_blind(line)
    if any(word in low for word in _MENU_ANY_WORDS) and len(_MENU_ANY.findall(line)) >= 3:
        return True
    return words <= 2 and not line.rstrip().endswith(".")


def _a_sentence(line: str) -> bool:
    """A paragraph of the article, not a headline: a full sentence of 25 words or more, closed by its stop."""
    return (
        line.rstrip().endswith((".", "…", "!", "?"))
        and _word_count(line) >= 25
        and not line.isupper()
        and not _ATTENDED_OR_QUOTED.match(line)
    )


# who attended ("Dự hội nghị có ...", "Tham dự buổi lễ có ...") or a quoted slogan: told around any report, no lead
_ATTENDED_OR_QUOTED = re.compile(r"\s*(?:[“\"]|(?:tham dự|dự|tham gia|cùng dự)\b)", re.IGNORECASE)


def _looks_like_lead(line: str) -> bool:
    return bool(_LEAD_START.match(line) or _OUTLET_TAG.match(line)) and _word_count(line) >= 10


def title_score(line: str, slug: set[str]) -> float:
    """How much a line looks like the article's title (0 = not at all)."""
    n = _word_count(line)
    if n < 4 or n > 60 or is_header_line(line) or _looks_like_lead(line) or _BANNER.match(line):
        return 0.0
    if _PICTURE_ALT.search(line) or (line.startswith("(") and line.endswith(")")):
        return 0.0  # a picture's text or a caption in brackets ("(Quang cảnh hội nghị)"), not the page's title
    score = 1.0
    if line.rstrip().endswith((".", ";", ",")) and n > 12:
        score -= 0.5  # a sentence of the article, not a headline
    if n > 40:
        score -= 0.3
    folded_line = fold(line)  # once, not once per vowel looked for
    if not any(ch in folded_line for ch in "aeiouy") or not any(w[0].isupper() for w in _words(line)):
        score -= 0.3
    if slug:
        score += 1.5 * _slug_overlap(folded_line, slug)
    if _CAPTION.search(line):
        # a photo's caption, credited to its photographer ("... Ảnh: Văn Tánh"): it repeats the title's words, so
        # any headline beats it; only a page with no other title line keeps it
        score = min(score, 0.65)
    return score


def split_crawl_date(lines: list[str]) -> tuple[list[str], str | None]:
    """Take a crawler's " date YYYY-MM[-DD]" prefix off the first line; the rest of that line stays."""
    if not lines:
        return lines, None
    m = _CRAWL_DATE.match(lines[0])
    if not m:
        return lines, None
    rest = m.group(2).strip()
    return ([rest] if rest else []) + lines[1:], m.group(1)


def find_structure(lines: list[str], url: str | None = None) -> Page:
    """Title, body and header dates of a page given as cleaned, non-empty lines."""
    lines, crawl_date = split_crawl_date(lines)
    slug = slug_words(url)
    # A crawler's title glued to the lead on the " date" line: split at the lead's opening word.
    if crawl_date and lines:
        lines = _unglue_title(lines[0]) + lines[1:]
    lines = [part for line in lines[:TITLE_SEARCH_LINES] for part in _unstamp(line)] + lines[TITLE_SEARCH_LINES:]
    best, best_at = 0.0, None
    begun = False  # a paragraph of the article has been read: the lines below it are its captions, not headlines
    for i, line in enumerate(lines[:TITLE_SEARCH_LINES]):
        if _looks_like_lead(line) or _word_count(line) > 60:
            if _stamped(lines[i + 1 : i + 2]) and (headline := 0.6 + _slug_overlap(fold(line), slug)) > best:
                best, best_at = headline, i  # a headline that opens like a lead ("Ngày 25.12, tại ..."), stamped below
            break  # the article has begun: a title, if any, was above
        s = title_score(line, slug)
        if s > 0.2 and not slug and not begun:
            # no address to compare with: a headline says what the article reports (a banner, a slogan or a menu above
            # it does not), and the site prints its posting stamp under it (not under a kicker above it)
            s += 0.4 if _COORDINATION.search(fold(line)) else 0.0
            s += 0.3 if _stamped(lines[i + 1 : i + 2]) else 0.0
        begun = begun or (_a_sentence(line) and line.rstrip().endswith("."))  # a sapo cut short ("…") is no paragraph
        if s > best + 0.05:
            best, best_at = s, i
    site: list[str] = []
    dates_before: list[date] = []
    dates_after: list[date] = []
    title = ""
    start = 0
    if best_at is not None and best >= 0.6:
        title = lines[best_at]
        if best_at and _HEADING_GOES_ON.search(lines[best_at - 1]) and title_score(lines[best_at - 1], slug) > 0:
            # a heading set over two lines ("Sơ kết 01 năm thực hiện Quy chế phối hợp công tác giữa" / "Ban Thường trực
            # ... với Viện kiểm sát nhân dân tối cao"): the line above, ending on a joining word, is its first half
            best_at -= 1
            title = f"{lines[best_at]} {title}"
        for line in lines[:best_at]:
            (dates_before.append(d) if (d := find_full_date(line)) else site.append(line))
        start = best_at + 1
    # a page with no headline, whose title is a photo's caption under the lead: the paragraphs above it were the
    # article, not chrome (a menu or a widget is no 25-word sentence closed by its stop)
    restored = [line for line in site if _a_sentence(line) or _dated_report(line)]
    site = [line for line in site if line not in restored]
    body: list[str] = []
    folded_title = fold(title)  # compared with every line: folded once
    for line in lines[start:]:
        if not body and (is_header_line(line) or (title and fold(line) == folded_title)):
            if d := find_full_date(line):
                (dates_after if title else dates_before).append(d)
            else:
                site.append(line)
            continue
        if title and fold(line) == folded_title:
            continue  # the title repeated further down
        body.append(line)
    body = restored + body
    # The date under the title is the article's; a widget's date above it is the day of the crawl.
    header_dates = dates_after + list(reversed(dates_before))
    return Page(title=title, body=body, header_dates=header_dates, crawl_date=crawl_date, site=site)


# a day told in a sentence: "vừa ký kết vào chiều 25.4.", "Sáng ngày 12/3, ..."
_DAY_TOLD = re.compile(r"\b(?:ngày|sáng|chiều|trưa|tối|hôm)\s+(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}\b", re.IGNORECASE)


def _dated_report(line: str) -> bool:
    """A shorter sentence closed by its stop that tells a day ("Đây là ... vừa ký kết vào chiều 25.4."): a sapo that
    reports the event, no menu or widget, though under the 25 words of a paragraph."""
    return line.rstrip().endswith(".") and _word_count(line) >= 12 and bool(_DAY_TOLD.search(line))


_HEADING_GOES_ON = re.compile(r"\s(?:giữa|và|với|của|về|cho|trong|tại|thực hiện)$", re.IGNORECASE)


def _slug_overlap(folded_line: str, slug: set[str]) -> float:
    """The share of the address slug's words a folded line holds (news sites write the slug from the headline)."""
    return len(slug & set(folded_line.split())) / len(slug) if slug else 0.0


def _stamped(next_lines: list[str]) -> bool:
    """Whether the line after a sentence is the posting stamp a site prints under its headline ("Cập nhật lúc 19:56 -
    27/12/2020"): the sentence above it is the headline, not the lead."""
    return bool(next_lines) and is_header_line(next_lines[0]) and find_full_date(next_lines[0]) is not None


def _unstamp(line: str) -> list[str]:
    """A headline and the posting stamp after it (or a stamp and the lead glued after it) as two lines, so the stamp
    does not make the headline a header line, nor the lead chrome; a line of a few words beside the stamp ("Cập nhật
    24/09/2025 15:57") stays whole."""
    if ":" not in line:  # a stamp holds its clock's colon
        return [line]
    m = _TRAILING_STAMP.search(line)
    if m and _word_count(line[: m.start()]) >= 6:
        return [line[: m.start()].strip(), m.group(1)]
    m = _LEADING_STAMP.match(line)
    if m and _word_count(line[m.end() :]) >= 6:
        return [m.group(1), line[m.end() :].strip()]
    return [line]


def _unglue_title(line: str) -> list[str]:
    m = re.search(
        r"\s(?=(?:\([^)]{1,30}\)\s*[-–—]\s*)?(?:Ngày|Sáng|Chiều|Trưa|Tối|Vừa qua|Mới đây)\s+(?:ngày\s+)?\d)", line
    )
    if m and 4 <= _word_count(line[: m.start()]) <= 40:
        return [line[: m.start()].strip(), line[m.end() :].strip()]
    # ... or at the outlet's tag that opens the lead, with no day after it: "... tình hình mới ĐNO - Ban Tuyên
    # giáo Thành ủy vừa ký kết ...", "... (QNO) - Hội Nông dân tỉnh ..."
    # a line that opens with the tag is the lead itself: a later capitalised short name before a dash ("BHG - ...
    # ba lực lượng Bộ CHQS – Công an – ...") is one of a list of bodies, no tag
    tag = None if _OPENING_TAG.match(line) else _GLUED_TAG.search(line)
    if tag and 4 <= _word_count(line[: tag.start()]) <= 40 and _word_count(line[tag.start() :]) >= 10:
        return [line[: tag.start()].strip(), line[tag.start() :].strip()]
    return [line]


_GLUED_TAG = re.compile(r"\s(?=(?:\([^)]{1,30}\)|[A-ZĐ]{2,5})\s*[-–—]\s+[A-ZĐ])")
_OPENING_TAG = re.compile(r"(?:\([^)]{1,30}\)|[A-ZĐ]{2,5})\s*[-–—]\s+[A-ZĐ]")


def crawl_published(value: str | None) -> date | None:
    """A crawler's date as a date when it has a day; a month alone is no publication day."""
    return parse_iso(value) if value and len(value) == 10 else None
