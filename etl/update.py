"""`phoihop update`: collect, then load what was collected, one run at a time; its summary goes into the
warehouse (tables `updates` and `update_failures`) for the data-quality page.

Safe from cron or a systemd timer: a second update (or collect) started while one runs exits at once
instead of waiting, and a run killed half-way resumes: the crawl state remembers every finished page, and
collected files not yet loaded are loaded by the next update.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import duckdb

from etl import warehouse
from etl.collect import CollectOptions, CollectSummary, collect
from etl.crawl_state import CrawlState
from etl.pipeline import RunSummary, run_etl


class AlreadyRunning(RuntimeError):
    """Another update or collect holds the lock of this warehouse."""


def lock_path(db: Path) -> Path:
    return db.with_name(db.name + ".update.lock")


@contextlib.contextmanager
def exclusive(db: Path) -> Iterator[None]:
    """One update or collect at a time per warehouse; a second one is refused, not queued (cron's next
    tick tries again). The lock is the kernel's: it goes with the process, killed or not."""
    path = lock_path(db)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            fh.seek(0)
            raise AlreadyRunning(f"another update is running ({path}: {fh.read().strip() or 'no details'})") from None
        fh.seek(0)
        fh.truncate()
        fh.write(f"pid {os.getpid()} since {datetime.now():%Y-%m-%d %H:%M:%S}\n")
        fh.flush()
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


@dataclass
class UpdateSummary:
    collected: CollectSummary
    etl: RunSummary
    events_before: int
    files: list[Path]

    @property
    def new_events(self) -> int:
        return self.etl.events - self.events_before

    def render(self) -> str:
        return "\n".join(
            [
                self.collected.render(),
                self.etl.render(),
                f"update: {self.collected.kept} new coordination articles, {self.new_events} new events "
                f"({len(self.files)} files loaded)",
            ]
        )


def events_in(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with duckdb.connect(str(db), read_only=True) as con:
            row = con.execute("select count(*) from events").fetchone()
    except duckdb.Error:
        return 0
    return int(row[0]) if row else 0


def _record(con: duckdb.DuckDBPyConnection, collected: CollectSummary, etl: RunSummary, events_before: int) -> None:
    update_id = (con.execute("select coalesce(max(update_id), 0) + 1 from updates").fetchone() or [1])[0]
    failures = collected.failures_by_host()
    warehouse.append_rows(
        con,
        "updates",
        [
            {
                "update_id": update_id,
                "started_at": collected.started_at.astimezone().replace(tzinfo=None),
                "finished_at": datetime.now(),
                "data_as_of": collected.started_at.astimezone().replace(tzinfo=None),
                "etl_run_id": etl.run_id,
                "outlets": collected.outlets,
                "listings": collected.listings,
                "listings_unchanged": collected.listings_unchanged,
                "fetched": collected.fetched,
                "new_articles": collected.kept,
                "new_events": etl.events - events_before,
                "failures": sum(f["failures"] for f in failures),
                "stopped_hosts": len(collected.stopped),
            }
        ],
    )
    warehouse.append_rows(con, "update_failures", [{"update_id": update_id, **f} for f in failures])


def run_update(
    db: Path, options: CollectOptions, progress: bool = True, corrections_path: Path | None = None
) -> UpdateSummary:
    """Collect, then load the collected files the warehouse has not yet seen (this run's and any a killed
    run left), recording the update's summary in the same atomic load. The caller holds `exclusive(db)`."""
    collected = collect(options)
    state = CrawlState(options.state_path)
    try:
        files = state.unloaded_files()
        before = events_in(db)
        etl = run_etl(
            files,
            db,
            progress=progress,
            corrections_path=corrections_path,
            after_load=lambda con, summary: _record(con, collected, summary, before),
        )
        state.mark_loaded(files, etl.run_id)
    finally:
        state.close()
    return UpdateSummary(collected, etl, before, files)
