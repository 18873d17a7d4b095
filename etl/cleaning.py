"""From raw article text to a clean Article: NFC, legacy letters, page furniture, injected spam.

The title, the header lines (datelines, view counters, author) and the outlet's own name are told apart
from the body here, so extraction reads only what the article says.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from etl.dates import find_full_date
from etl.encodings import repair_legacy_text
from etl.reference import load_table
from etl.spam import repair_spam
from etl.text import nfc, squash_spaces

_BANNER = re.compile(
    r"^(trang thông tin điện tử|cổng thông tin điện tử|báo điện tử|trang tin điện tử|website)\b", re.IGNORECASE
)
_META_PREFIX = re.compile(r"^(create|created|updated?|cập nhật|ngày đăng|đăng lúc|posted|thời gian)\s*:", re.I)
_SOURCE_LINE = re.compile(r"^(\(?\s*(nguồn|theo)\s*:?.*|\(?[\w.-]+\.(vn|com|net|org)(\.vn)?\)?\s*)$", re.I)
_PHOTO_CREDIT = re.compile(r"\s*\(?\s*Ảnh\s*:\s*[^.()\n]{1,60}\)?\s*$")
_WORDS = re.compile(r"\w+")


@dataclass
class Article:
    source_id: str
    title: str
    text: str
    url: str | None = None
    published: date | None = None
    site: str = ""  # banner, byline and source lines: where the outlet names itself
    flags: list[str] = field(default_factory=list)
    path: str | None = None

    @property
    def paragraphs(self) -> list[str]:
        return [p for p in self.text.split("\n") if p.strip()]


@cache
def _furniture() -> tuple[frozenset[str], tuple[str, ...]]:
    rows = load_table("furniture.csv")
    lines = frozenset(r["pattern"].casefold() for r in rows if r["kind"] == "line")
    prefixes = tuple(r["pattern"].casefold() for r in rows if r["kind"] == "prefix")
    return lines, prefixes


def is_furniture(line: str) -> bool:
    lines, prefixes = _furniture()
    low = line.casefold().strip()
    if low in lines or low.startswith(prefixes):
        return True
    return bool(re.fullmatch(r"[\d\s.,:|/-]*(lượt xem|views?)?[\d\s.,]*", low)) and not find_full_date(low)


def _is_dateline(line: str) -> bool:
    """A header line that holds a date and little else ("Thứ Sáu, 1/7/2022", "18/11/2020 14:01  172")."""
    if _META_PREFIX.match(line):
        return True
    return find_full_date(line) is not None and len(_WORDS.findall(line)) <= 8


def _is_banner(line: str) -> bool:
    return bool(_BANNER.match(line)) or bool(re.fullmatch(r"[\w.-]+\.(vn|com|net|org)", line.strip(), re.I))


def clean_article(
    source_id: str,
    raw_text: str,
    *,
    title: str | None = None,
    url: str | None = None,
    published: date | None = None,
    path: str | None = None,
    flags: list[str] | None = None,
) -> Article:
    flags = list(flags or [])
    text = nfc(raw_text.replace("\r\n", "\n").replace("\r", "\n"))
    text, legacy = repair_legacy_text(text)
    if legacy and "encoding_converted" not in flags:
        flags.append("encoding_converted")
    lines = [squash_spaces(line) for line in text.split("\n")]
    lines = [line for line in lines if line and not is_furniture(line)]
    site: list[str] = []
    header_dates: list[date] = []

    if title is None:
        title = ""
        while lines:
            line = lines.pop(0)
            if _is_banner(line):
                site.append(line)
            elif _is_dateline(line):
                if d := find_full_date(line):
                    header_dates.append(d)
            else:
                title = line
                break
    else:
        title = squash_spaces(nfc(title))
    # Header lines right under the title: datelines, author, counters.
    while lines and (_is_dateline(lines[0]) or _is_banner(lines[0])):
        line = lines.pop(0)
        if d := find_full_date(line):
            header_dates.append(d)
        else:
            site.append(line)
    # The body often repeats the title as its first line.
    if lines and title and lines[0].casefold() == title.casefold():
        lines.pop(0)
    # Trailing bylines and source lines ("nguồn: ...", "(baodienbienphu.info.vn)").
    while lines and (_SOURCE_LINE.match(lines[-1]) or len(_WORDS.findall(lines[-1])) <= 6 or lines[-1].isupper()):
        site.append(lines.pop())
    lines = [_PHOTO_CREDIT.sub("", line) for line in lines]

    body = "\n".join(line for line in lines if line)
    spam = repair_spam(title, body)
    if spam.found:
        flags.append("spam_detected")
        flags.append("spam_repaired" if spam.replacement else "spam_removed")
        title, body = spam.title, spam.text
    if published is None and header_dates:
        published = header_dates[0]
    return Article(
        source_id=source_id,
        title=title,
        text=body,
        url=url,
        published=published,
        site=" | ".join(site),
        flags=flags,
        path=path,
    )
