"""Read inputs (files and folders, recursively) into raw documents, register rows or rejects.

Nothing here raises on bad input: every file or line that cannot be used becomes a Reject with its reason,
and the rest is read on.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, Literal, overload

from etl.dates import parse_iso
from etl.encodings import decode_bytes
from etl.reference import load_table
from etl.text import fold

ARTICLE_SUFFIXES = {".txt", ".html", ".htm"}
SUFFIXES = ARTICLE_SUFFIXES | {".jsonl", ".csv", ".xlsx"}
MAX_ARTICLE_BYTES = 20 * 1024 * 1024  # a news article is kilobytes; anything this big is not one
MAX_LINE_BYTES = 5 * 1024 * 1024
MAX_REGISTER_BYTES = 50 * 1024 * 1024
MAX_STREAM_BYTES = 2 * 1024**3  # crawler dumps are read line by line


@dataclass
class RawDocument:
    source_id: str
    path: str
    line: int | None
    text: str | None = None
    html: str | None = None
    title: str | None = None
    url: str | None = None
    published: date | None = None
    flags: list[str] = field(default_factory=list)


@dataclass
class RegisterRow:
    source_id: str
    path: str
    line: int
    fields: dict[str, Any]


@dataclass
class Reject:
    path: str
    line: int | None
    reason: str


Item = RawDocument | RegisterRow | Reject


def list_files(paths: Iterable[str | Path]) -> Iterator[Path | Reject]:
    """Every file under the given paths, in a stable order (a folder's files sorted as paths are); a missing path is
    a reject."""
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for parts in sorted(_files_under(str(p))):
                child = p.joinpath(*parts)
                if not _simulated_labels(child):  # a simulated corpus's labels (named on the command line, read)
                    yield child
        elif p.is_file():
            yield p
        else:
            yield Reject(str(p), None, "path does not exist")


def _files_under(folder: str, parts: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    """The files under a folder as their parts below it, hidden ones (and those of hidden folders) left out; a linked
    folder is not entered, a linked file counts. What `sorted(rglob("*"))` with `is_file()` listed, read from the
    folder's entries: the whole list comes before the first file is read, with one core waiting, and rglob made a
    path and asked the system for each (a tenth of a second at 10,000 files, a second at 100,000)."""
    try:
        with os.scandir(folder) as entries:
            listed = [(e.name, e.path, e.is_dir(follow_symlinks=False), _is_file(e)) for e in entries]
    except PermissionError:  # as rglob: a folder that cannot be read holds nothing
        return
    for name, path, is_dir, is_file in listed:
        if name.startswith("."):
            continue
        if is_file:
            yield (*parts, name)
        elif is_dir:
            yield from _files_under(path, (*parts, name))


def _is_file(entry: os.DirEntry[str]) -> bool:
    """Path.is_file for a folder's entry: a link counts by what it points to; a broken link is no file."""
    try:
        return entry.is_file()
    except OSError:
        return False


SIMULATED_MARKER = ".simulated"  # written by `phoihop simulate` into the folder of its articles
SIMULATED_LABELS = "labels.jsonl"  # and the articles' true records beside that folder: answers, not articles


def _simulated_labels(path: Path) -> bool:
    return path.name == SIMULATED_LABELS and (path.parent / "articles" / SIMULATED_MARKER).exists()


@lru_cache(maxsize=4096)
def _resolved(folder: Path) -> Path:
    return folder.resolve()


@cache
def _is_simulated(folder: Path) -> bool:
    return (folder / SIMULATED_MARKER).exists() or (folder.parent != folder and _is_simulated(folder.parent))


@dataclass
class PendingArticle:
    """An article file checked but not yet read: a worker process reads and decodes it (see `open_pending`)."""

    path: Path
    simulated: bool


@overload
def read_paths(paths: Iterable[str | Path], defer_articles: Literal[False] = False) -> Iterator[Item]: ...
@overload
def read_paths(paths: Iterable[str | Path], defer_articles: bool) -> Iterator[Item | PendingArticle]: ...
def read_paths(paths: Iterable[str | Path], defer_articles: bool = False) -> Iterator[Item | PendingArticle]:
    """Every input item; with `defer_articles`, txt and html files come as PendingArticle for a worker to read
    (without it, never: the overloads tell a type checker so)."""
    for entry in list_files(paths):
        if isinstance(entry, Reject):
            yield entry
            continue
        # a file that is no link lies in its folder resolved, looked up once per folder (a path resolved is a
        # system call per part of it, for every file of a corpus)
        simulated = _is_simulated(entry.resolve().parent if entry.is_symlink() else _resolved(entry.parent))
        try:
            problem = check_file(entry)
            if problem:
                yield problem
            elif defer_articles and entry.suffix.lower() in ARTICLE_SUFFIXES:
                yield PendingArticle(entry, simulated)
            else:
                for item in read_file(entry):
                    yield _mark(item, simulated)
        except Exception as exc:  # a reader bug must not sink the run: the file becomes a reject
            yield Reject(str(entry), None, f"unreadable: {type(exc).__name__}: {exc}"[:300])


def open_pending(pending: PendingArticle) -> Item:
    try:
        return _mark(read_article_file(pending.path), pending.simulated)
    except Exception as exc:
        return Reject(str(pending.path), None, f"unreadable: {type(exc).__name__}: {exc}"[:300])


def _mark(item: Item, simulated: bool) -> Item:
    if simulated and isinstance(item, RawDocument):
        item.flags.append("simulated")
    elif simulated and isinstance(item, RegisterRow):
        item.fields["simulated"] = True
    return item


def check_file(path: Path) -> Reject | None:
    """Refuse from the file's type and size alone, before reading a byte of it."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        return Reject(str(path), None, f"unsupported file type '{suffix or '(none)'}'")
    size = path.stat().st_size
    limit = {".jsonl": MAX_STREAM_BYTES, ".csv": MAX_REGISTER_BYTES, ".xlsx": MAX_REGISTER_BYTES}.get(
        suffix, MAX_ARTICLE_BYTES
    )
    if size > limit:
        return Reject(str(path), None, f"file too large ({size / 1024**2:.0f} MB, limit {limit / 1024**2:.0f} MB)")
    if size == 0:
        return Reject(str(path), None, "empty file")
    return None


def read_file(path: Path) -> Iterator[Item]:
    if problem := check_file(path):
        yield problem
        return
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from read_jsonl(path)
    elif suffix == ".csv":
        yield from read_register_csv(path)
    elif suffix == ".xlsx":
        yield from read_register_xlsx(path)
    else:
        yield read_article_file(path)


def read_article_file(path: Path) -> Item:
    try:
        text, encoding = decode_bytes(path.read_bytes())
    except UnicodeError as exc:
        return Reject(str(path), None, f"not text: {exc}")
    flags = ["encoding_converted"] if encoding in ("tcvn3", "vni", "cp1258") else []
    if not text.strip():
        return Reject(str(path), None, "no text")
    if path.suffix.lower() in (".html", ".htm"):
        return RawDocument(path.stem, str(path), None, html=text, flags=flags)
    return RawDocument(path.stem, str(path), None, text=text, flags=flags)


def read_jsonl(path: Path) -> Iterator[Item]:
    with open(path, "rb") as fh:
        for number, raw in enumerate(fh, start=1):
            if not raw.strip():
                continue
            if len(raw) > MAX_LINE_BYTES:
                yield Reject(str(path), number, "line too long")
                continue
            item = parse_crawler_record(raw, str(path), number, default_id=f"{path.stem}-{number}")
            yield item


def _json_kind(value: object) -> str:
    kinds = {bool: "boolean", int: "number", float: "number", list: "array", dict: "object"}
    return kinds.get(type(value), type(value).__name__)


def parse_crawler_record(raw: bytes | str, path: str, line: int | None, default_id: str) -> Item:
    """One crawler record {"id", "url", "title", "published", "text" | "html"}."""
    try:
        record = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:  # what is wrong and where (not cut at its colon)
        return Reject(path, line, f"malformed JSON: {exc}")
    except RecursionError:
        return Reject(path, line, "malformed JSON: nested too deeply")
    if not isinstance(record, dict):
        return Reject(path, line, "a record must be a JSON object")
    text, html = record.get("text"), record.get("html")
    for name, value in (("text", text), ("html", html)):
        if value is not None and not isinstance(value, str):  # a list is not "no text": say what it is
            return Reject(path, line, f"record '{name}' is a JSON {_json_kind(value)}, not a string")
    if not isinstance(text, str) and not isinstance(html, str):
        return Reject(path, line, "record has neither 'text' nor 'html'")
    if not (text or html or "").strip():
        return Reject(path, line, "record text is empty")
    title = record.get("title")
    return RawDocument(
        source_id=str(record.get("id") or default_id),
        path=path,
        line=line,
        text=text if isinstance(text, str) and text.strip() else None,
        html=html if isinstance(html, str) and not (isinstance(text, str) and text.strip()) else None,
        title=title if isinstance(title, str) and title.strip() else None,
        url=record.get("url") if isinstance(record.get("url"), str) else None,
        published=parse_iso(record.get("published")) if isinstance(record.get("published"), str) else None,
    )


def _column_map(header: list[str]) -> dict[int, str]:
    aliases = {fold(r["column"]): r["field"] for r in load_table("register_columns.csv")}
    return {i: aliases[fold(h.strip())] for i, h in enumerate(header) if h and fold(str(h).strip()) in aliases}


REQUIRED_REGISTER_FIELDS = ("event_type", "event_date", "province")


def _register_rows(path: Path, rows: Iterator[list[Any]]) -> Iterator[Item]:
    try:
        header = [str(h or "") for h in next(rows)]
    except StopIteration:
        yield Reject(str(path), None, "empty register")
        return
    columns = _column_map(header)
    missing = [f for f in REQUIRED_REGISTER_FIELDS if f not in columns.values()]
    if missing:
        yield Reject(str(path), 1, f"register lacks required columns: {', '.join(missing)} (has: {', '.join(header)})")
        return
    for number, row in enumerate(rows, start=2):
        if not any(str(c).strip() for c in row if c is not None):
            continue
        if len(row) > len(header):
            yield Reject(str(path), number, f"row has {len(row)} cells, header has {len(header)}")
            continue
        fields = {columns[i]: row[i] for i in columns if i < len(row) and row[i] not in (None, "")}
        source_id = str(fields.pop("source_id", "") or f"{path.stem}-{number}")
        yield RegisterRow(source_id, str(path), number, fields)


def read_register_csv(path: Path) -> Iterator[Item]:
    try:
        text, _ = decode_bytes(path.read_bytes())
    except UnicodeError as exc:
        yield Reject(str(path), None, f"not text: {exc}")
        return
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    yield from _register_rows(path, iter(csv.reader(io.StringIO(text), dialect)))


def read_register_xlsx(path: Path) -> Iterator[Item]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:
        yield Reject(str(path), None, f"not a readable Excel workbook: {type(exc).__name__}")
        return
    try:
        sheet = workbook.worksheets[0]
        rows = ([c for c in row] for row in sheet.iter_rows(values_only=True))
        yield from _register_rows(path, rows)
    finally:
        workbook.close()
