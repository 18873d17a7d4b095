"""An HTML page's text, title, address and date, by trafilatura.

Its own module so that trafilatura (a quarter of a second to import) is imported only by a load that meets a page:
a load of text files starts its workers that much sooner (etl/documents.py imports this on the first page).
"""

from __future__ import annotations

import contextlib
from copy import copy
from html import unescape

import trafilatura
from htmldate import find_date
from lxml.html import HtmlElement
from trafilatura.metadata import examine_meta, extract_meta_json, extract_title, extract_url
from trafilatura.settings import Document as Extracted
from trafilatura.settings import Extractor
from trafilatura.utils import line_processing, load_html

from etl.dates import parse_iso
from etl.reading import RawDocument, Reject

# fast: trafilatura's own extractor only, without comparing against its fallbacks (3x faster on news pages).
# Made once: trafilatura would build these options again for every page (a tenth of its time); it copies them
# before changing any. The metadata is read by _page_metadata, not by trafilatura (with_metadata off).
_HTML_OPTIONS = Extractor(output_format="python", fast=True, comments=False, with_metadata=False)


def _page_metadata(tree: HtmlElement) -> tuple[str | None, str | None, str | None, str | None]:
    """(title, url, date, the url as found) as trafilatura's extract_metadata finds them, in its order and with its
    trimming, without the fields a document never keeps (author, site name, categories, tags, licence: two fifths
    of its time; each reads a copy of the tree or only reads it, so the page's text comes out the same).
    tests/test_fast_extraction.py holds it to the library's own metadata."""
    metadata = examine_meta(tree)
    with contextlib.suppress(Exception):  # as extract_metadata: a bug in the JSON-LD reader loses only its reading
        metadata = extract_meta_json(tree, metadata)
    if not metadata.title:
        metadata.title = extract_title(tree)
    if not metadata.url:
        metadata.url = extract_url(tree, None)
    found_url = metadata.url
    date = find_date(tree, **{**_HTML_OPTIONS.date_params, "url": found_url})

    def trimmed(value: str | None) -> str | None:  # Document.clean_and_trim, for one value
        if not isinstance(value, str):
            return value
        return line_processing(unescape(value[:9999] + "…" if len(value) > 10000 else value))

    return trimmed(metadata.title), trimmed(found_url), trimmed(date), found_url


def from_html(raw: RawDocument) -> RawDocument | Reject:
    try:  # what trafilatura's bare_extraction turns into "nothing found" (None) stays so
        tree = load_html(raw.html, _HTML_OPTIONS.max_file_size)
        if tree is None:
            raise ValueError("empty HTML tree")
        title, url, date, found_url = _page_metadata(tree)
    except (TypeError, ValueError):
        return Reject(raw.path, raw.line, "no article text found in HTML")
    options = _HTML_OPTIONS
    if found_url:  # the text is read with the page's address, as trafilatura does after its own metadata
        options = copy(_HTML_OPTIONS)
        options.url = found_url
    extracted = trafilatura.bare_extraction(tree, options=options)
    if not isinstance(extracted, Extracted) or not (extracted.text or "").strip():  # None: nothing found
        return Reject(raw.path, raw.line, "no article text found in HTML")
    return RawDocument(
        source_id=raw.source_id,
        path=raw.path,
        line=raw.line,
        text=extracted.text,
        title=raw.title or title,
        url=raw.url or url,
        published=raw.published or parse_iso(date),
        flags=raw.flags,
    )
