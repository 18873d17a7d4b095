"""`phoihop etl`: read, clean, extract, load; stage the extractions, build the event tables by the SQL models,
check them and swap the new warehouse in."""

from __future__ import annotations

import contextlib
import gc
import itertools
import json
import multiprocessing
import multiprocessing.pool
import os
import sys
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import duckdb
from tqdm import tqdm

from etl import corrections as corrections_mod
from etl import program_links, warehouse
from etl.corrections import Correction
from etl.documents import Document, Repeat, evidence_of, process_unless_loaded
from etl.events import Extracted, open_staging, stage, staged_rows, write_own_rows
from etl.places import gazetteer
from etl.program_links import link_programs, read_mentions, resolve
from etl.reading import Item, PendingArticle, Reject, open_pending, read_paths
from etl.record import EventRecord
from etl.stages import reach
from etl.warehouse import DataQualityError, StorageError

__all__ = ["DataQualityError", "RunSummary", "StorageError", "run_etl"]

BATCH = 2000  # documents written to the warehouse together
IN_FLIGHT = 8000  # inputs read ahead of the extraction workers, at most
PARALLEL_FROM = 400  # fewer inputs than this are extracted in the main process
MAX_WORKERS = 8


@dataclass
class RunSummary:
    run_id: int
    db: Path
    inputs: int = 0
    documents: int = 0
    duplicates: int = 0
    events: int = 0
    rejects: list[Reject] = field(default_factory=list)
    corrections: list[Correction] = field(default_factory=list)

    @property
    def readable(self) -> bool:
        """Something was read: the run counts as done even when some inputs were rejected."""
        return self.inputs > len(self.rejects)

    def render(self) -> str:
        reasons = Counter(r.reason.split(":")[0] for r in self.rejects)
        lines = [
            f"ETL run {self.run_id} -> {self.db}",
            f"  inputs read:      {self.inputs}",
            f"  documents loaded: {self.documents}",
            f"  duplicates:       {self.duplicates}",
            f"  events in store:  {self.events}",
            f"  rejected:         {len(self.rejects)}",
        ]
        lines += [f"    {n:>5}  {reason}" for reason, n in reasons.most_common()]
        if self.corrections:
            applied = sum(c.status == "applied" for c in self.corrections)
            lines.append(f"  corrections:      {applied} applied of {len(self.corrections)}")
            lines += [f"    line {c.line}: {c.status}: {c.reason}" for c in self.corrections if c.status != "applied"]
        return "\n".join(lines)


def _document_row(doc: Document, run_id: int) -> dict:
    return {
        "doc_id": doc.doc_id,
        "source_id": doc.source_id,
        "path": doc.path,
        "line": doc.line,
        "kind": doc.kind,
        "url": doc.url,
        "title": doc.title,
        "published_date": doc.published_date,
        "text": doc.text,
        "flags": doc.flags,
        "first_run_id": run_id,
    }


# json.dumps(x, ensure_ascii=False), with the encoder made once rather than for every value
_to_json = json.JSONEncoder(ensure_ascii=False).encode


def _extraction_row(doc: Document) -> dict:
    return {
        "doc_id": doc.doc_id,
        "is_event": doc.record.is_event,
        "record": _to_json(doc.record.to_dict()),
        "confidence": json.dumps(doc.confidence),
        "party_details": _to_json(doc.party_details),
        "flags": doc.flags,
        "min_confidence": min(doc.confidence.values()) if doc.confidence else None,
        "cluster_evidence": _to_json(doc.cluster_evidence),
        "programs": _to_json(doc.programs),
    }


def _extracted(doc: Document) -> Extracted:
    """A document loaded in this run as the event tables take it, from the values just extracted: what the
    warehouse holds of it (its JSON columns) is not read back."""
    return Extracted(
        doc.doc_id,
        doc.source_id,
        doc.url,
        doc.title or "",
        doc.record,
        doc.confidence,
        doc.party_details,
        list(doc.flags or []),
        cluster_evidence=doc.cluster_evidence,
        programs=doc.programs,
    )


def _extracted_from_warehouse(
    con, corrections: list[Correction], fresh: Iterable[Extracted] = (), run_id: int | None = None
) -> list[Extracted]:
    """Every extraction, with the analysts' corrections applied; only events go on to the event tables. The
    documents this run loaded (`fresh`, first loaded by `run_id`) come from memory; the rest are read back."""
    corrected_ids = {c.source_id for c in corrections}
    rows = con.execute(
        """
        select d.doc_id, d.source_id, d.url, d.title, x.record, x.confidence, x.party_details, x.flags,
            x.cluster_evidence, x.programs,
            -- the text, for what was loaded before it was kept (cluster evidence, programs): read once
            case when (x.cluster_evidence is null and d.kind = 'article') or x.programs is null then d.text end
        from extractions x join documents d using (doc_id)
        where (x.is_event or list_contains(?, d.source_id)) and d.first_run_id is distinct from ?
        """,
        [sorted(corrected_ids), run_id],
    ).fetchall()
    items = []
    backfill: dict[str, list] = {"doc_id": [], "evidence": []}
    for doc_id, source_id, url, title, record, conf, details, flags, evidence, programs, text in rows:
        extracted = Extracted(
            doc_id,
            source_id,
            url,
            title or "",
            EventRecord.from_dict(json.loads(record)),
            json.loads(conf or "{}"),
            json.loads(details or "[]"),
            list(flags or []),
            programs=json.loads(programs) if programs is not None else None,
            text=text if programs is None else None,
        )
        if evidence is not None:
            extracted.cluster_evidence = json.loads(evidence)
        else:  # loaded before the evidence was kept: read from the text once, and kept from now on
            r = extracted.record
            found = evidence_of(title or "", text, r.cluster, r.event_date) if text and r.is_event else []
            extracted.cluster_evidence = found
            backfill["doc_id"].append(doc_id)
            backfill["evidence"].append(json.dumps(found, ensure_ascii=False))
        items.append(extracted)
    if backfill["doc_id"]:
        con.execute(
            "update extractions x set cluster_evidence = e.evidence "
            "from (select unnest($1) as doc_id, unnest($2) as evidence) e where x.doc_id = e.doc_id",
            [backfill["doc_id"], backfill["evidence"]],
        )
    items += [e for e in fresh if e.record.is_event or e.source_id in corrected_ids]
    by_source = {e.source_id: e for e in items}  # a source_id read twice: the last reading is corrected
    fixed = corrections_mod.apply({k: e.record for k, e in by_source.items()}, corrections)
    for source_id, e in by_source.items():
        e.record = fixed[source_id]
    corrected = {c.source_id for c in corrections if c.status == "applied"}
    for e in items:
        if e.source_id in corrected:
            e.flags = sorted({*e.flags, "corrected"})
    return [e for e in items if e.record.is_event and e.record.event_type]


# In a worker process: the doc_ids loaded before the run and those it has extracted since (each worker its own
# copy, made when it is forked). A copy of a document already loaded is only cleaned, not extracted again (its
# extraction would be dropped).
_loaded: set[str] = set()


def _process_any(item: Item | PendingArticle, loaded: set[str] | None = None) -> Document | Repeat | Reject:
    """One input read, cleaned and extracted; a Repeat when its document is in `loaded` (default: the worker's
    own set), which takes the doc_id of every document extracted."""
    seen = _loaded if loaded is None else loaded
    if isinstance(item, PendingArticle):  # read and decode here, in the worker, not in the main process
        item = open_pending(item)
    if isinstance(item, Reject):
        return item
    result = process_unless_loaded(item, seen)
    if isinstance(result, Document):
        seen.add(result.doc_id)
    return result


class _Pool(multiprocessing.pool.Pool):
    """A pool whose keeper thread (it restarts workers that exit) wakes only when a worker exits or the pool
    changes. The standard pool also wakes it whenever a result waits to be read: while the main process is busy,
    it woke ~13,000 times at 10,000 articles and spent a third of a second of the main process's time (the two
    cores' time the workers need). Its workers never exit on their own (no maxtasksperchild), so nothing is
    missed."""

    def _get_sentinels(self) -> list:
        return [self._change_notifier._reader]  # type: ignore[attr-defined]  # (private: not in the stubs)


def _processed(
    items: Iterable[Item | PendingArticle], bar: tqdm, parallel: bool = True, loaded: Iterable[str] = ()
) -> Iterator[Document | Repeat | Reject]:
    """Extraction (and the reading of article files) on every core; memory bounded; input order kept. The
    inputs whose document is in `loaded`, or came earlier to the same process, come back as a Repeat."""
    global _loaded
    seen = set(loaded)
    workers = min(os.cpu_count() or 1, MAX_WORKERS) if parallel else 1
    iterator = iter(items)
    first = list(itertools.islice(iterator, PARALLEL_FROM))
    if workers < 2 or len(first) < PARALLEL_FROM:  # a small run: no process start-up cost
        for item in itertools.chain(first, iterator):
            bar.update()
            yield _process_any(item, seen)
        return
    # The first input is done here, before the workers are forked: the reference tables, the gazetteer and the
    # patterns it needs are then built once and shared by every worker, instead of once in each.
    bar.update()
    yield _process_any(first[0], seen)
    gazetteer()  # the event tables need it too, after the load
    in_flight = threading.BoundedSemaphore(IN_FLIGHT)  # bounds memory when inputs come faster than results

    def feed() -> Iterator[Item | PendingArticle]:
        for item in itertools.chain(first[1:], iterator):
            in_flight.acquire()
            yield item

    # One continuous stream: the workers never wait for the main process to write a batch.
    _loaded = seen  # what each worker starts from (copied by the fork)
    try:
        with _Pool(workers, context=multiprocessing.get_context("fork")) as pool:
            for result in pool.imap(_process_any, feed(), chunksize=64):
                in_flight.release()
                bar.update()
                yield result
    finally:
        _loaded = set()


# The cyclic garbage collector's first threshold while a load runs (Python's default is 700 allocations). A load
# keeps every document it extracts until the event tables are built; at the default, each full collection walks
# all of them again, and the collector took a fifth of the main process's time (~1 s at 10,000 articles). The
# load makes few reference cycles: collecting them every 50,000 allocations instead holds no memory to speak of.
LOAD_GC_THRESHOLD = 50_000


# Whether the load may freeze what it keeps (gc.freeze after each batch): only when nothing else in the process has
# frozen objects, as the load unfreezes them all at its end.
_may_freeze = False


@contextlib.contextmanager
def _fewer_collections() -> Iterator[None]:
    """Collections rarer while the load runs (and in the workers it forks), as they were afterwards; what the load
    keeps (`_kept_out_of_collections`) is back in the collector's care afterwards, even when the load fails."""
    global _may_freeze
    before = gc.get_threshold()
    gc.set_threshold(max(before[0], LOAD_GC_THRESHOLD), *before[1:])
    _may_freeze = gc.get_freeze_count() == 0
    try:
        yield
    finally:
        if _may_freeze:
            gc.unfreeze()
        _may_freeze = False
        gc.set_threshold(*before)


def _kept_out_of_collections() -> None:
    """The documents kept so far (and everything else alive) left out of the collections to come: a full collection
    walked every one of them again, a cost that grew with the load (at 100,000 articles, millions of objects, each
    walked several times). They are kept to the end of the load anyway; a cycle among them is freed after it."""
    if _may_freeze:
        gc.freeze()


def run_etl(
    paths: Iterable[str | Path],
    db: Path,
    progress: bool = True,
    corrections_path: Path | None = None,
    parallel: bool = True,
    after_load: Callable[[Any, RunSummary], None] | None = None,
) -> RunSummary:
    """Load inputs into the warehouse. `parallel=False` keeps extraction in this process (the dashboard's
    uploads: forking a threaded server is not safe). `after_load(con, summary)` writes more into the new
    warehouse before it is checked and swapped in (`phoihop update` records its summary so)."""
    db = Path(db)
    corrections = corrections_mod.read_corrections(corrections_path) if corrections_path else []
    try:
        with _fewer_collections():
            return _run(paths, db, progress, corrections, parallel, after_load)
    except (OSError, duckdb.Error) as exc:  # the disk full, the folder read-only: said in one line, by kind
        problem = warehouse.storage_problem(exc, db)
        if problem is None:
            raise
        raise problem from exc


def _run(
    paths: Iterable[str | Path],
    db: Path,
    progress: bool,
    corrections: list,
    parallel: bool,
    after_load: Callable[[Any, RunSummary], None] | None,
) -> RunSummary:
    with warehouse.load_lock(db):
        con = warehouse.open_building(db)
        try:
            reach("locked")
            fresh: list[Extracted] = []
            corrected = {c.source_id for c in corrections}
            open_staging(con)
            # the reference tables are built while the workers extract (at the first batch written), not after
            summary = _load(con, paths, db, progress, parallel, fresh, corrected, lambda: warehouse.load_reference(con))
            reach("loaded")
            stage(con, _extracted_from_warehouse(con, corrections, fresh, summary.run_id), opened=True)
            summary.corrections = corrections
            warehouse.replace_table(con, "corrections", [asdict(c) for c in corrections])
            with ThreadPoolExecutor(1) as thread:  # the programs resolved while DuckDB builds the events table
                resolving: list[Future] = []
                built = warehouse.build_event_tables(
                    con, program_links.READS, lambda: resolving.append(thread.submit(resolve, read_mentions(con)))
                )
                summary.events = built["events"]
                link_programs(con, resolving[0].result())
            warehouse.run_script(con, "macros.sql")
            warehouse.run_script(con, "quality.sql")
            reach("tables_built")
            con.execute(
                "update etl_runs set finished_at = ?, events = ? where run_id = ?",
                [datetime.now(), summary.events, summary.run_id],
            )
            if after_load:
                after_load(con, summary)
            failures = warehouse.run_checks(con)
            if failures:
                raise DataQualityError("; ".join(failures))
            reach("checked")
            warehouse.swap_in(con, db)
            reach("swapped")
        except BaseException:
            warehouse.abandon(con, db)
            raise
    return summary


def _load(
    con,
    paths: Iterable[str | Path],
    db: Path,
    progress: bool,
    parallel: bool = True,
    fresh: list[Extracted] | None = None,
    corrected: frozenset[str] | set[str] = frozenset(),
    meanwhile: Callable[[], None] | None = None,
) -> RunSummary:
    """Read, extract and write every input; each document loaded for the first time is also added to `fresh`
    (as the event tables take it) with its staging rows worked out and written (into the tables `open_staging`
    made) while the workers extract, unless a correction names it (its rows follow the corrected record).
    `meanwhile` is called once, with the first batch: work of the load's end that the main process does while
    the workers extract, rather than with one core idle after them."""
    run_id = (con.execute("select coalesce(max(run_id), 0) + 1 from etl_runs").fetchone() or [1])[0]
    started = datetime.now()
    summary = RunSummary(run_id, db)
    known = {row[0] for row in con.execute("select doc_id from documents").fetchall()}
    seen_sightings = {
        (d, s, u or "", p or "", line or 0)
        for d, s, u, p, line in con.execute("select doc_id, source_id, url, path, line from sightings").fetchall()
    }
    documents: list[dict] = []
    extractions: list[dict] = []
    sightings: list[dict] = []
    staged: list[Extracted] = []  # fresh events whose staging rows are to be written with the batch
    pending = [meanwhile] if meanwhile else []

    def flush() -> None:
        warehouse.append_rows(con, "documents", documents)
        warehouse.append_rows(con, "extractions", extractions)
        warehouse.append_rows(con, "sightings", sightings)
        write_own_rows(con, staged)
        documents.clear()
        extractions.clear()
        sightings.clear()
        staged.clear()
        while pending:
            pending.pop()()
        _kept_out_of_collections()
        reach("batch_written")

    bar = tqdm(unit=" doc", disable=not progress or None, file=sys.stderr, mininterval=0.5)
    for result in _processed(read_paths(paths, defer_articles=True), bar, parallel, known):
        summary.inputs += 1
        if isinstance(result, Reject):
            summary.rejects.append(result)
            continue
        sighting = (result.doc_id, result.source_id, result.url or "", result.path or "", result.line or 0)
        if sighting not in seen_sightings:
            seen_sightings.add(sighting)
            sightings.append(
                {
                    "doc_id": result.doc_id,
                    "source_id": result.source_id,
                    "url": result.url,
                    "path": result.path,
                    "line": result.line,
                    "run_id": run_id,
                }
            )
        if isinstance(result, Repeat) or result.doc_id in known:  # a Repeat's document came earlier
            summary.duplicates += 1
        else:
            known.add(result.doc_id)
            summary.documents += 1
            documents.append(_document_row(result, run_id))
            extractions.append(_extraction_row(result))
            if fresh is not None:
                extracted = _extracted(result)
                if extracted.record.is_event and result.source_id not in corrected:
                    extracted.staged = staged_rows(extracted)
                    if extracted.record.event_type:  # what the event tables take (_extracted_from_warehouse)
                        staged.append(extracted)
                fresh.append(extracted)
        if len(documents) >= BATCH:
            flush()
    flush()
    # A reject seen again keeps one row: re-running over the same inputs changes no count.
    for r in summary.rejects:
        con.execute(
            "delete from rejects where path = ? and line is not distinct from ? and reason = ?",
            [r.path, r.line, r.reason],
        )
    warehouse.append_rows(
        con,
        "rejects",
        [{"run_id": run_id, "path": r.path, "line": r.line, "reason": r.reason} for r in summary.rejects],
    )
    warehouse.append_rows(
        con,
        "etl_runs",
        [
            {
                "run_id": run_id,
                "started_at": started,
                "finished_at": None,
                "inputs": summary.inputs,
                "documents": summary.documents,
                "events": None,
                "duplicates": summary.duplicates,
                "rejected": len(summary.rejects),
            }
        ],
    )
    return summary
