"""What an outlet lists: the entries of its RSS or Atom feed (feedparser) and of its sitemaps
(ultimate-sitemap-parser: sitemap indexes, url sets, Google News sitemaps, plain-text sitemaps).

Only parsing here; the bytes come from the polite fetcher. A sitemap index names child sitemaps, which the
crawler fetches in turn (gzipped ones are unpacked here).
"""

from __future__ import annotations

import gzip
import logging
import re
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from html import unescape

import feedparser
from usp.objects.sitemap import AbstractIndexSitemap, AbstractSitemap, InvalidSitemap
from usp.tree import sitemap_from_str

from etl.encodings import decode_bytes

logging.getLogger("usp").setLevel(logging.ERROR)  # it logs every page it parses at INFO

_TAG = re.compile(r"<[^>]+>")


@dataclass
class Entry:
    """One article an outlet lists, with what the listing says of it."""

    url: str
    title: str = ""
    lead: str = ""
    published: datetime | None = None


@dataclass
class Listing:
    entries: list[Entry]
    children: list[str]  # child sitemaps of an index


def _aware(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _plain(html: str) -> str:
    return " ".join(unescape(_TAG.sub(" ", html or "")).split())


def unpack(body: bytes) -> bytes:
    """A gzipped sitemap (`.xml.gz`, or gzip sent as the body) as its XML."""
    if body[:2] == b"\x1f\x8b":
        try:
            return gzip.decompress(body)
        except (OSError, EOFError, zlib.error):
            return b""
    return body


def looks_like_feed(body: bytes, content_type: str) -> bool:
    head = body[:1000].lower()
    return b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head or "rss" in content_type or "atom" in content_type


def parse_feed(body: bytes) -> Listing:
    """RSS 0.9x/1.0/2.0 and Atom: each item's link, title, summary and date."""
    parsed = feedparser.parse(body)
    entries = []
    for item in parsed.entries:
        link = item.get("link") or ""
        if not link:
            continue
        stamp = item.get("published_parsed") or item.get("updated_parsed")
        published = datetime(*stamp[:6]).replace(tzinfo=UTC) if stamp else None
        entries.append(Entry(link.strip(), _plain(item.get("title", "")), _plain(item.get("summary", "")), published))
    return Listing(entries, [])


def parse_sitemap(body: bytes) -> Listing:
    """A url set (with lastmod and a news sitemap's title and date) or an index of child sitemaps."""
    text, _ = decode_bytes(unpack(body))
    tree: AbstractSitemap = sitemap_from_str(text)
    if isinstance(tree, AbstractIndexSitemap):
        children = []
        for child in tree.sub_sitemaps:
            if isinstance(child, InvalidSitemap):  # "un-fetched child": the crawler fetches it
                children.append(child.url)
        return Listing([], children)
    entries = []
    for page in tree.all_pages():
        news = page.news_story
        published = _aware(news.publish_date if news and news.publish_date else page.last_modified)
        entries.append(Entry(page.url, news.title if news and news.title else "", "", published))
    return Listing(entries, [])


def parse_listing(body: bytes, content_type: str) -> Listing:
    """A feed or a sitemap, told apart by its content."""
    body = unpack(body)
    if looks_like_feed(body, content_type):
        return parse_feed(body)
    return parse_sitemap(body)
