"""From raw article text to a clean Article: NFC, legacy letters, page furniture, injected spam.

The title, the header lines (datelines, view counters, author) and the outlet's own name are told apart
from the body here, so extraction reads only what the article says.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from etl.dates import find_full_date
from etl.encodings import repair_legacy_text
from etl.page import crawl_published, find_structure, is_header_line, split_crawl_date
from etl.reference import load_table
from etl.spam import repair_spam
from etl.text import nfc, squash_lines, squash_spaces, standard_letters
from etl.title_case import cased_as_the_body, in_capitals

# a source line closing an article ("Nguồn: ...", "Theo TTXVN", "(baodienbienphu.info.vn)"); a paragraph that
# opens with "Theo" ("Theo đó, ...", "Theo đánh giá tại hội nghị ...") runs on past a name and is the body
_SOURCE_LINE = re.compile(
    r"^(\(?\s*(nguồn|theo)\s*:?\s*\S*(?:\s+\S+){0,8}\s*|\(?[\w.-]+\.(vn|com|net|org)(\.vn)?\)?\s*)$", re.I
)
_PHOTO_CREDIT = re.compile(r"\s*\(?\s*Ảnh\s*:\s*[^.()\n]{1,60}\)?\s*$")
_WORDS = re.compile(r"\w+")
_COUNTER = re.compile(r"[\d\s.,:|/-]*(lượt xem|views?)?[\d\s.,]*")  # a line of numbers, maybe a view counter
# C0 control characters (and DEL) but the line break and the tab: invisible, meaningless in an article, and
# refused by spreadsheets (openpyxl's IllegalCharacterError); a tab is a space (squash_spaces).
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def drop_controls(text: str) -> str:
    """The text without C0 control characters; a form feed or a vertical tab is a line break."""
    return _CONTROLS.sub(lambda m: "\n" if m.group() in "\r\x0b\x0c" else "", text)


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
    crawl_date: str | None = None  # a crawler's " date" line (YYYY-MM or YYYY-MM-DD): when the page was dated

    @property
    def paragraphs(self) -> list[str]:
        """The non-empty lines of the text (a list of its own: the caller may change it). Split once per text: the
        extractor asks for them a dozen times an article; a text set anew is split anew."""
        split = self.__dict__.get("_paragraphs")
        if split is None or split[0] is not self.text:
            split = (self.text, tuple(p for p in self.text.split("\n") if p.strip()))
            self.__dict__["_paragraphs"] = split
        return list(split[1])


@cache
def _furniture() -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]:
    rows = load_table("furniture.csv")
    lines = frozenset(r["pattern"].casefold() for r in rows if r["kind"] == "line")
    prefixes = tuple(r["pattern"].casefold() for r in rows if r["kind"] == "prefix")
    suffixes = tuple(r["pattern"].casefold() for r in rows if r["kind"] in ("suffix", "follow"))
    return lines, prefixes, suffixes


@cache
def _follow_suffixes() -> tuple[str, ...]:
    return tuple(r["pattern"].casefold() for r in load_table("furniture.csv") if r["kind"] == "follow")


def _follow_lines(lines: list[str]) -> list[str]:
    """Furniture that names the outlet ("Theo dõi Báo A trên Google News", "BAOA.VN trên Google News"): out of the
    text, but kept with the site's lines, where the outlet names itself."""
    suffixes = _follow_suffixes()
    return [line for line in lines if line.casefold().strip().endswith(suffixes)] if suffixes else []


@cache
def _spelling_variants() -> tuple[re.Pattern[str], dict[str, str]]:
    """data/reference/spelling_variants.csv: a word's other spelling ("qui chế") and the one the rules read ("quy
    chế"), one pattern of them all (case-blind, whole words)."""
    standard = {r["variant"].lower(): r["standard"].lower() for r in load_table("spelling_variants.csv")}
    alts = "|".join(re.escape(v) for v in sorted(standard, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alts})(?!\w)", re.IGNORECASE), standard


@cache
def _variant_starts() -> tuple[str, ...]:
    """The first words of the variants ("qui", "mật"): a text holding none holds no variant."""
    return tuple(sorted({v.split()[0] for v in _spelling_variants()[1]}))


def standard_spellings(text: str) -> str:
    """The text with a word's other spelling written as the rules read it ("Qui chế phối hợp" -> "Quy chế phối
    hợp"), letter for letter in the case it came in: the same word, so the same cues, periods and bodies."""
    low = text.lower()
    if not any(word in low for word in _variant_starts()):
        return text  # no variant's first word (most texts hold none)
    pattern, standard = _spelling_variants()

    def respelt(m: re.Match[str]) -> str:
        word = standard[m.group(0).lower()]
        if len(word) != len(m.group(0)):
            return word
        return "".join(w.upper() if c.isupper() else w for c, w in zip(m.group(0), word, strict=True))

    return pattern.sub(respelt, text)


def is_furniture(line: str) -> bool:
    lines, prefixes, suffixes = _furniture()
    low = line.casefold().strip()
    if low in lines or low.startswith(prefixes) or low.endswith(suffixes):
        return True
    return bool(_COUNTER.fullmatch(low)) and not find_full_date(low)


def _few_words(line: str) -> bool:
    """Six words or fewer (a byline, a source): counted up to the seventh, not over a whole paragraph."""
    return sum(1 for _ in itertools.islice(_WORDS.finditer(line), 7)) <= 6


# a line cut where the site's editor wrapped it: no sentence end, and the next line goes on in lower case
_OPEN_END = re.compile(r"[^.!?…:;\"”)\]]$")


def unwrap_lines(lines: list[str]) -> list[str]:
    """Join the lines of a paragraph that an old site's editor broke at a fixed width ("Tại hội" / "nghị, đại
    diện ..."): a paragraph cut in two is read as two, and its first half can be taken for the title. A lone word
    in lower case (a site's address under its name) is no half of a sentence."""
    out: list[str] = []
    for line in lines:
        if out and out[-1] and line[:1].islower() and " " in line and _OPEN_END.search(out[-1]):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


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
    text = standard_spellings(standard_letters(text))  # after the legacy repair, which reads the letters as they came
    text = drop_controls(text)  # after the legacy repair, which reads the bytes as they came
    if legacy and "encoding_converted" not in flags:
        flags.append("encoding_converted")
    lines = unwrap_lines(squash_lines(text))
    followed = _follow_lines(lines)
    lines = [line for line in lines if line and not is_furniture(line)]
    if title is None:
        page = find_structure(lines, url)
        title, site, header_dates, crawl_date = page.title, [*page.site, *followed], page.header_dates, page.crawl_date
        lines = page.body
    else:
        title = squash_spaces(drop_controls(standard_spellings(standard_letters(nfc(title)))).replace("\n", " "))
        lines, crawl_date = split_crawl_date(lines)
        site, header_dates = [*followed], []
        while lines and is_header_line(lines[0]):
            line = lines.pop(0)
            (header_dates.append(d) if (d := find_full_date(line)) else site.append(line))
        if lines and title and lines[0].casefold() == title.casefold():
            lines.pop(0)
    # Trailing bylines and source lines ("nguồn: ...", "(baodienbienphu.info.vn)").
    while lines and (_SOURCE_LINE.match(lines[-1]) or _few_words(lines[-1]) or lines[-1].isupper()):
        site.append(lines.pop())
    lines = [_PHOTO_CREDIT.sub("", line) if "Ảnh" in line else line for line in lines]  # no credit without its word

    body = "\n".join(line for line in lines if line)
    spam = repair_spam(title, body)
    if spam.found:
        flags.append("spam_detected")
        flags.append("spam_repaired" if spam.replacement else "spam_removed")
        title, body = spam.title, spam.text
    if in_capitals(title) and not in_capitals(body[:2000]):
        # a headline in capitals read in its article's own case (and its lines set aside as the site's)
        title = cased_as_the_body(title, body + "\n" + "\n".join(site))
    if published is None:
        published = header_dates[0] if header_dates else crawl_published(crawl_date)
    return Article(
        source_id=source_id,
        title=title,
        text=body,
        url=url,
        published=published,
        site=" | ".join(site),
        flags=flags,
        path=path,
        crawl_date=crawl_date,
    )
