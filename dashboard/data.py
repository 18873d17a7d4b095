"""The warehouse as the dashboard sees it: a read-only connection, renewed when a load swaps the file in.

The connection is cached per file identity (inode and modification time): after `phoihop etl` renames a new
warehouse over the old one, the next rerun opens the new file, with no restart. Query results are cached
per (file, query, parameters) with limits.
"""

from __future__ import annotations

import atexit
import contextlib
import gc
import os
import sys
import threading
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import duckdb
import pandas as pd
import streamlit as st

import queries

# The user's files, relative to the working directory as every `phoihop` command's are.
DEFAULT_DB = Path("data/warehouse.duckdb")
DEFAULT_CORRECTIONS = Path("data/corrections.csv")
DEFAULT_RAW = Path("data/raw")


def db_path() -> Path:
    """--db after `streamlit run app.py --`, else $PHOIHOP_DB, else data/warehouse.duckdb."""
    args = sys.argv[1:]
    if "--db" in args and args.index("--db") + 1 < len(args):
        return Path(args[args.index("--db") + 1])
    return Path(os.environ.get("PHOIHOP_DB", DEFAULT_DB))


def corrections_path() -> Path:
    """The analysts' corrections file, shared with `phoihop etl` (default data/corrections.csv)."""
    return Path(os.environ.get("PHOIHOP_CORRECTIONS", DEFAULT_CORRECTIONS))


def raw_dir() -> Path:
    """Where uploaded originals are kept (default data/raw)."""
    return Path(os.environ.get("PHOIHOP_RAW", DEFAULT_RAW))


def db_key() -> tuple[str, int, int] | None:
    path = db_path()
    try:
        stat = path.stat()
    except FileNotFoundError:
        return None
    return str(path), stat.st_ino, stat.st_mtime_ns


@st.cache_resource(max_entries=2, show_spinner=False)
def _connect(key: tuple[str, int, int]) -> duckdb.DuckDBPyConnection:
    # ATTACH rather than connect(path): DuckDB reuses an open database for the same path, which would keep
    # serving the old file after a swap; an attached file is opened afresh for each version.
    con = duckdb.connect(":memory:")
    con.execute("attach ? as wh (read_only)", [key[0]])
    return con


RUN_ENTRIES = 1000
LOOKUPS = 2000  # derived values kept per warehouse (a province's bit, a network's clusters): a few hundred in use


@st.cache_resource(max_entries=2, show_spinner=False)
def _lookups(key: tuple[str, int, int]) -> dict[tuple, object]:
    """The derived parameters looked up in this warehouse version (queries._derive), shared by every query and
    session: a page's queries under one filter set looked the same province's bit up once each."""
    return {}


def _run(key: tuple[str, int, int], name: str, params: tuple[tuple[str, object], ...]) -> pd.DataFrame:
    """A named query's rows, from the cache of every session or run now. A frame of its own: the cached one is
    shared, and pandas copies on write, so whatever the caller changes of it stays the caller's."""
    return _rows(call=repr((key, name, params)), _key=key, _name=name, _params=params).copy(deep=False)


@st.cache_resource(max_entries=RUN_ENTRIES, ttl=3600, show_spinner=False)
def _rows(call: str, _key: tuple[str, int, int], _name: str, _params: tuple[tuple[str, object], ...]) -> pd.DataFrame:
    """Kept as the frame itself (st.cache_resource), not pickled and read back on every use as st.cache_data
    does (a page's dozen queries took 5-10 ms a rerun to read back), and keyed by `call`, the call written out,
    which Streamlit hashes as one string instead of walking each parameter (and the filters' conditions) each
    time: passed by keyword, so it does not look the function's signature up for each argument either."""
    cursor = _connect(_key).cursor()  # one cursor per query: sessions run in parallel threads
    try:
        cursor.execute("use wh")
        known = _lookups(_key)
        if len(known) > LOOKUPS:
            known.clear()
        return queries.run(cursor, _name, known, **dict(_params))
    finally:
        cursor.close()
        _ran(_key, _name, _params)


# The queries run lately (as many as the cache holds): prefetch starts none of them again, since the page finds
# them in the cache (a hit in a thread would only copy the rows out for nobody).
_recent: OrderedDict[tuple, None] = OrderedDict()
_recent_lock = threading.Lock()


def _ran(*call: object) -> None:
    with _recent_lock:
        _recent[call] = None
        _recent.move_to_end(call)
        while len(_recent) > RUN_ENTRIES:
            _recent.popitem(last=False)


_pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix="phoihop-query")


def prefetch(calls: Iterable[tuple[str, dict[str, object]]]) -> None:
    """Start a page's named queries at once, each on its own cursor in a thread: DuckDB runs them side by side,
    without Python's lock, where one after another each waited for the last (the overview's four took ~120 ms
    in turn and ~60 together at 1M events, on two cores). The page then asks for each as before and finds it in
    the cache, or waits for the thread running it (the cache computes a key once). A query run lately is not
    started again. An error is the page's to meet: the query fails again when the page asks for it."""
    key = db_key()
    if key is None:
        return
    for name, params in calls:
        call = (key, name, tuple(sorted(params.items())))
        with _recent_lock:
            if call in _recent:
                continue
        _pool.submit(_fetch, *call)


def _fetch(key: tuple[str, int, int], name: str, params: tuple[tuple[str, object], ...]) -> None:
    with contextlib.suppress(Exception):  # the page asks again and meets it
        _run(key, name, params)


def query(name: str, **params: object) -> pd.DataFrame:
    """Run a named query on the current warehouse (cached). Raises FileNotFoundError without one."""
    key = db_key()
    if key is None:
        raise FileNotFoundError(db_path())
    return _run(key, name, tuple(sorted(params.items())))


def stream(name: str, **params: object) -> Iterator[pd.DataFrame]:
    """A named query's rows in pieces, not cached: the downloads of every matching row. Runs in the thread
    that makes a download, so it takes its own cursor and closes it when the pieces are read or dropped."""
    key = db_key()
    if key is None:
        raise FileNotFoundError(db_path())
    cursor = _connect(key).cursor()
    try:
        cursor.execute("use wh")
        yield from queries.batches(cursor, name, **params)
    finally:
        cursor.close()


_settled = False


def _release() -> None:
    """At exit, while the interpreter is whole: drop the cached connections and unfreeze what settle_memory
    froze, so DuckDB's objects are freed now. Left to interpreter teardown, some outlived it and DuckDB's
    bindings (nanobind) printed "leaked ..." warnings after everything else, a test run's summary included."""
    gc.unfreeze()
    _connect.clear()
    gc.collect()


def settle_memory() -> None:
    """Once per process, after the first page: take what every later rerun shares (modules, the province
    maps, connections) out of the garbage collector's walks. Full collections over all of it paused reruns
    at random by ~100 ms; what later reruns allocate is collected as usual."""
    global _settled
    if not _settled:
        gc.collect()
        gc.freeze()  # frozen objects are never collected, not even at interpreter exit: _release unfreezes them
        atexit.register(_release)
        _settled = True
