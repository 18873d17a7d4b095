"""The crawler's memory, a SQLite file beside the warehouse: every URL seen (when, with what status and
validators), the articles kept and the files they were written to, the runs.

SQLite rather than the warehouse: the warehouse is rebuilt beside itself and swapped in by each ETL run,
while the crawl state changes after every page; each change here is its own committed transaction, so a
run killed at any moment resumes from the last page it finished.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

SCHEMA = """
create table if not exists runs (
    run_id integer primary key autoincrement,
    started_at text not null,
    finished_at text,
    since text,
    summary text                 -- JSON of the run's summary, when it finished
);
create table if not exists pages (
    url text primary key,        -- normalised URL: the key a page is known by
    host text not null,
    kind text not null,          -- listing | article
    status integer,              -- last HTTP status (null: no answer)
    outcome text,                -- what became of it: kept, not_coordination, duplicate_text, not_found, ...
    error text,
    attempts integer not null default 0,
    done integer not null default 0,   -- 1: never fetched again (articles); listings are always re-asked
    etag text,
    last_modified text,
    canonical text,              -- the page's own canonical URL, normalised
    text_hash text,              -- the warehouse's document id of its text
    first_seen text not null,
    fetched_at text,
    run_id integer
);
create index if not exists pages_canonical on pages(canonical);
create index if not exists pages_text on pages(text_hash);
create table if not exists records (
    seq integer primary key autoincrement,
    url text not null,
    run_id integer not null,
    record text not null,        -- the crawler JSON Lines record
    file text                    -- where it was written (null: not yet)
);
create table if not exists exports (
    file text primary key,
    created_at text not null,
    records integer not null,
    loaded_run_id integer        -- the ETL run that loaded it (null: not yet loaded)
);
create table if not exists robots (
    host text primary key,
    status integer,
    body text,
    etag text,
    last_modified text,
    fetched_at text
);
"""


def default_path(db: Path) -> Path:
    """The crawl state of a warehouse: `data/warehouse.duckdb` -> `data/warehouse.crawl.sqlite`."""
    return db.with_name(db.stem + ".crawl.sqlite")


@dataclass
class Validators:
    etag: str | None = None
    last_modified: str | None = None


class CrawlState:
    """One connection shared by the crawl's threads, each call under a lock and committed at once."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._con = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None, timeout=30)
        self._con.execute("pragma journal_mode=wal")
        self._con.execute("pragma synchronous=full")  # a committed page survives a power cut, not only a kill
        self._con.executescript(SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._con.close()

    def _one(self, sql: str, params: tuple[Any, ...] = ()) -> tuple[Any, ...] | None:
        with self._lock:
            return self._con.execute(sql, params).fetchone()

    def _all(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            return self._con.execute(sql, params).fetchall()

    def _write(self, sql: str, params: tuple[Any, ...] = ()) -> int:
        with self._lock:
            cur = self._con.execute(sql, params)
            return cur.lastrowid or 0

    # runs
    def start_run(self, since: datetime | None) -> int:
        return self._write(
            "insert into runs (started_at, since) values (?, ?)",
            (datetime.now().isoformat(), since.isoformat() if since else None),
        )

    def finish_run(self, run_id: int, summary: dict[str, Any]) -> None:
        self._write(
            "update runs set finished_at = ?, summary = ? where run_id = ?",
            (datetime.now().isoformat(), json.dumps(summary, ensure_ascii=False, default=str), run_id),
        )

    def last_finished_start(self) -> datetime | None:
        """When the last completed run started: what was published before then has been looked for."""
        row = self._one("select max(started_at) from runs where finished_at is not null")
        return datetime.fromisoformat(row[0]) if row and row[0] else None

    # pages
    def is_known(self, key: str) -> bool:
        """Fetched for good under this URL, or another page names it as its canonical URL."""
        row = self._one("select 1 from pages where (url = ? and done = 1) or canonical = ? limit 1", (key, key))
        return row is not None

    def attempts(self, key: str) -> int:
        row = self._one("select attempts from pages where url = ?", (key,))
        return int(row[0]) if row else 0

    def validators(self, key: str) -> Validators:
        row = self._one("select etag, last_modified from pages where url = ?", (key,))
        return Validators(*row) if row else Validators()

    def canonical_taken(self, canonical: str, key: str) -> bool:
        row = self._one(
            "select 1 from pages where url <> ? and done = 1 and (canonical = ? or url = ?) limit 1",
            (key, canonical, canonical),
        )
        return row is not None

    def text_taken(self, text_hash: str, key: str) -> bool:
        row = self._one("select 1 from pages where url <> ? and text_hash = ? limit 1", (key, text_hash))
        return row is not None

    def record_page(
        self,
        key: str,
        host: str,
        kind: str,
        run_id: int,
        *,
        status: int | None,
        outcome: str,
        done: bool,
        error: str | None = None,
        validators: Validators | None = None,
        canonical: str | None = None,
        text_hash: str | None = None,
        record: dict[str, Any] | None = None,
    ) -> None:
        """What became of one URL, and the article kept from it, in one transaction."""
        now = datetime.now().isoformat()
        v = validators or Validators()
        with self._lock:
            self._con.execute("begin immediate")
            try:
                self._con.execute(
                    """
                    insert into pages (url, host, kind, status, outcome, error, attempts, done, etag, last_modified,
                                       canonical, text_hash, first_seen, fetched_at, run_id)
                    values (?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (url) do update set
                        status = excluded.status, outcome = excluded.outcome, error = excluded.error,
                        attempts = pages.attempts + 1, done = excluded.done,
                        etag = coalesce(excluded.etag, pages.etag),
                        last_modified = coalesce(excluded.last_modified, pages.last_modified),
                        canonical = coalesce(excluded.canonical, pages.canonical),
                        text_hash = coalesce(excluded.text_hash, pages.text_hash),
                        fetched_at = excluded.fetched_at, run_id = excluded.run_id
                    """,
                    (key, host, kind, status, outcome, error, int(done), v.etag, v.last_modified, canonical,
                     text_hash, now, now, run_id),
                )  # fmt: skip
                if record is not None:
                    self._con.execute(
                        "insert into records (url, run_id, record) values (?, ?, ?)",
                        (key, run_id, json.dumps(record, ensure_ascii=False)),
                    )
                self._con.execute("commit")
            except BaseException:
                self._con.execute("rollback")
                raise

    def outcomes(self) -> dict[str, int]:
        return dict(self._all("select outcome, count(*) from pages group by outcome"))

    # robots.txt
    def robots(self, host: str) -> tuple[int | None, str, Validators]:
        row = self._one("select status, body, etag, last_modified from robots where host = ?", (host,))
        if not row:
            return None, "", Validators()
        return row[0], row[1] or "", Validators(row[2], row[3])

    def save_robots(self, host: str, status: int | None, body: str, validators: Validators) -> None:
        self._write(
            """insert into robots values (?, ?, ?, ?, ?, ?) on conflict (host) do update set status = excluded.status,
               body = excluded.body, etag = excluded.etag, last_modified = excluded.last_modified,
               fetched_at = excluded.fetched_at""",
            (host, status, body, validators.etag, validators.last_modified, datetime.now().isoformat()),
        )

    # records and the files they go to
    def export_records(self, folder: Path) -> list[Path]:
        """Write the kept articles not yet in a file to one JSON Lines file, named by their sequence numbers.

        The name makes the step idempotent: killed after the file was renamed into place but before the rows
        were marked, the next run finds the file already there and only marks them."""
        rows = self._all("select seq, record from records where file is null order by seq")
        if not rows:
            return []
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"crawl-{rows[0][0]:08d}-{rows[-1][0]:08d}.jsonl"
        if not path.exists():
            tmp = path.with_name(path.name + ".part")
            with open(tmp, "w", encoding="utf-8") as fh:
                fh.writelines(record + "\n" for _, record in rows)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        with self._lock:
            self._con.execute("begin immediate")
            self._con.execute(
                "update records set file = ? where seq between ? and ?", (str(path), rows[0][0], rows[-1][0])
            )
            self._con.execute(
                "insert or ignore into exports (file, created_at, records) values (?, ?, ?)",
                (str(path), datetime.now().isoformat(), len(rows)),
            )
            self._con.execute("commit")
        return [path]

    def unloaded_files(self) -> list[Path]:
        return [Path(f) for (f,) in self._all("select file from exports where loaded_run_id is null order by file")]

    def mark_loaded(self, files: list[Path], etl_run_id: int) -> None:
        for f in files:
            self._write("update exports set loaded_run_id = ? where file = ?", (etl_run_id, str(f)))

    def record_count(self) -> int:
        row = self._one("select count(*) from records")
        return int(row[0]) if row else 0

    def iter_pages(self) -> Iterator[tuple[Any, ...]]:
        yield from self._all("select url, kind, status, outcome, attempts, done from pages order by url")
