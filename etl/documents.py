"""From a raw input to a processed document: clean it, extract its event, give it a stable id."""

from __future__ import annotations

import hashlib
import itertools
import re
from collections.abc import Container
from dataclasses import dataclass, field
from typing import Any

from etl.cleaning import Article, clean_article
from etl.cluster_evidence import find_evidence
from etl.extract import extract
from etl.programs import find_mentions
from etl.reading import RawDocument, RegisterRow, Reject
from etl.record import EventRecord
from etl.register import RowError, row_to_record
from etl.text import fold_document, squash_spaces

# The fewest words (title and text together) an article has: the shortest real report seen has about forty,
# the shortest title six; fewer is a stray file (a one-character file used to load as a document).
MIN_ARTICLE_WORDS = 5
_WORD = re.compile(r"\w+")


@dataclass
class Document:
    doc_id: str
    source_id: str
    path: str
    line: int | None
    kind: str  # article | register
    title: str
    url: str | None
    published_date: str | None
    text: str
    flags: list[str]
    record: EventRecord
    confidence: dict[str, float]
    party_details: list[dict[str, Any]]
    cluster_evidence: list[dict[str, Any]] = field(default_factory=list)  # etl/cluster_evidence.py rows
    programs: list[dict[str, Any]] = field(default_factory=list)  # the program it is about (etl/programs.py)


def doc_id_for(title: str, text: str) -> str:
    """Same words, same document: case, diacritics-insensitive spacing and furniture do not matter."""
    normalised = squash_spaces(fold_document(title + " " + text))
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:20]


@dataclass
class Repeat:
    """An article whose document (the same title and text) is loaded already: only where it was seen again."""

    doc_id: str
    source_id: str
    path: str
    line: int | None
    url: str | None


def process(item: RawDocument | RegisterRow) -> Document | Reject:
    """Never raises on bad content: what cannot be processed comes back as a Reject."""
    result = process_unless_loaded(item, frozenset())
    assert not isinstance(result, Repeat)  # nothing is loaded
    return result


def process_unless_loaded(item: RawDocument | RegisterRow, loaded: Container[str]) -> Document | Repeat | Reject:
    """As `process`, but an article whose doc_id is in `loaded` is cleaned, not extracted again: a load keeps
    only the first copy of a document and notes where the others were seen."""
    if isinstance(item, RegisterRow):
        return _process_row(item)
    try:
        return _process_article(item, loaded)
    except Exception as exc:  # extraction must not sink a run; the article is rejected with the cause
        return Reject(item.path, item.line, f"extraction failed: {type(exc).__name__}: {exc}"[:300])


def _process_article(raw: RawDocument, loaded: Container[str]) -> Document | Repeat | Reject:
    if raw.html is not None:
        from etl.html_pages import from_html  # trafilatura: imported by the first page that needs it (a quarter second)

        converted = from_html(raw)
        if isinstance(converted, Reject):
            return converted
        raw = converted
    article: Article = clean_article(
        raw.source_id,
        raw.text or "",
        title=raw.title,
        url=raw.url,
        published=raw.published,
        path=raw.path,
        flags=raw.flags,
    )
    if not (article.title or article.text).strip():
        return Reject(raw.path, raw.line, "no text after cleaning")
    # counted up to the least an article has: a long text is not counted to its end
    words = sum(1 for _ in itertools.islice(_WORD.finditer(f"{article.title} {article.text}"), MIN_ARTICLE_WORDS))
    if words < MIN_ARTICLE_WORDS:  # a stray character or a lone heading is no report of anything
        return Reject(raw.path, raw.line, f"too short to be an article ({words} words)")
    doc_id = doc_id_for(article.title, article.text)
    if doc_id in loaded:
        return Repeat(doc_id, article.source_id, raw.path, raw.line, article.url)
    result = extract(article)
    record = result.record
    evidence = evidence_of(article.title, article.text, record.cluster, record.event_date) if record.is_event else []
    return Document(
        doc_id=doc_id,
        source_id=article.source_id,
        path=raw.path,
        line=raw.line,
        kind="article",
        title=article.title,
        url=article.url,
        published_date=article.published.isoformat() if article.published else None,
        text=article.text,
        flags=result.flags,
        record=result.record,
        confidence=result.confidence,
        party_details=result.party_details,
        cluster_evidence=evidence,
        programs=find_mentions(article.title, article.text, result.record),
    )


def evidence_of(title: str, text: str, cluster: str | None, event_date: str | None) -> list[dict[str, Any]]:
    """What an event's article says of its clusters (members, heads), as rows for the warehouse."""
    year = int(event_date[:4]) if event_date and event_date[:4].isdigit() else None
    return [e.to_dict() for e in find_evidence(title, text, cluster, year)]


def _process_row(row: RegisterRow) -> Document | Reject:
    try:
        record = row_to_record(row.fields)
    except RowError as exc:
        return Reject(row.path, row.line, str(exc))
    text = "\n".join(f"{k}: {v}" for k, v in sorted(row.fields.items()))
    title = str(row.fields.get("title") or f"{record.event_type} {record.event_date} {record.province}")
    return Document(
        doc_id=doc_id_for(title, text),
        source_id=row.source_id,
        path=row.path,
        line=row.line,
        kind="register",
        title=title,
        url=str(row.fields["url"]) if row.fields.get("url") else None,
        published_date=None,
        text=text,
        flags=["from_register"],
        record=record,
        confidence={k: 1.0 for k in ("is_event", "event_type", "event_date", "province", "parties", "topics")},
        party_details=[
            {"name": p, "type": "other", "tier": record.level, "province": record.province} for p in record.parties
        ],
    )


def contract_line(doc: Document | Reject, source_id: str | None = None) -> dict[str, Any]:
    """The `phoihop extract` output object for one input: where it came from, then the event record's fields
    in contract order (docs/event_record.md), then flags and confidences."""
    if isinstance(doc, Reject):
        return {
            "source_id": source_id,
            "title": None,
            "url": None,
            "published_date": None,
            **EventRecord().to_dict(),
            "flags": ["rejected"],
            "reject_reason": doc.reason,
        }
    return {
        "source_id": doc.source_id,
        "title": doc.title,
        "url": doc.url,
        "published_date": doc.published_date,
        **doc.record.to_dict(),
        "flags": doc.flags,
        "confidence": doc.confidence,
    }
