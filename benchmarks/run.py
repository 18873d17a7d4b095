"""`phoihop bench`: ETL throughput, extraction time, query latency, the pandas baseline, page reruns and the
dashboard's memory, on this machine. Prints tables, writes JSON and benchmarks/RESULTS.md.

Sizes: ETL on 10,000 and 100,000 simulated articles; queries and pages on warehouses of 100,000 and
1,000,000 events synthesised in DuckDB with the real schema. `--quick` runs small sizes (a smoke run).
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import time
from datetime import date, datetime
from pathlib import Path

import duckdb

import queries
from benchmarks import baseline, synth
from benchmarks.simulate import write_corpus
from dashboard.filter_model import Filters
from etl.documents import process
from etl.reading import RawDocument, read_paths

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "benchmarks" / "work"
FILTER_SETS = {
    "no filter": Filters(),
    "one region": Filters(region="Tây Nguyên"),
    "cluster, one year": Filters(
        cluster_id="khuyenhoc_dbsh_cum3", date_from=date(2022, 1, 1), date_to=date(2022, 12, 31)
    ),
    "province, one quarter": Filters(province="Nghệ An", date_from=date(2023, 4, 1), date_to=date(2023, 6, 30)),
    "search": Filters(search="ninh binh"),
}
EXTRA: dict[str, dict[str, object]] = {
    "events_by_period": {"grain": "quarter"},
    "latest_events": {"limit": 10},
    "events_by_topic": {"lang": "vi"},
    "topic_by_region": {"lang": "vi"},
    "program_periods": {"limit": 30},  # the Timeline page's
    "events_table": {"lang": "vi", "limit": 2000},
    "event_sources_text": {"event_id": "e00000001"},
    "flagged_documents": {"min_confidence": 0.6, "limit": 1000},
    "etl_runs_list": {"limit": 20},
    "update_failures": {"limit": 50},
    "cluster_review": {"limit": 500},  # the quality page's
    "filter_options": {"lang": "vi"},
    "programs_list": {"text": None, "limit": 2000, "lines": 30},  # the Programs page's list and timeline (charts)
    "programs_due": {"limit": 200},  # its leaders' list and the overview's figure (program_tables.DUE_SHOWN)
    "program_event_table": {"program_id": "none", "geography": "time", "lang": "vi"},
}
# Debian's Chromium as Playwright drives it here (never `playwright install`); the browser tests use the same.
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
PAGES = ["overview", "regions", "clusters", "topics", "timeline", "events", "programs", "quality", "report"]
PROVINCES = [
    "Nghệ An",
    "Hà Nội",
    "Gia Lai",
    "Cà Mau",
    "Lạng Sơn",
    "Thanh Hóa",
    "Đắk Lắk",
    "Bến Tre",
    "Hải Dương",
    "Quảng Nam",
    "Sơn La",
    "An Giang",
]


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(p / 100 * (len(values) - 1)))]


def machine() -> dict:
    meminfo = Path("/proc/meminfo").read_text().splitlines()
    mem = next((int(line.split()[1]) // 1024 for line in meminfo if line.startswith("MemTotal")), None)
    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "memory_mb": mem,
        "duckdb": duckdb.__version__,
        "when": datetime.now().isoformat(timespec="seconds"),
    }


def corpus(n: int) -> Path:
    path = WORK / f"corpus_{n}"
    if not (path / "labels.jsonl").exists():
        write_corpus(n, 2024, path)
    return path


def bench_etl(n: int) -> dict:
    db = WORK / f"etl_{n}.duckdb"
    for p in WORK.glob(f"etl_{n}.duckdb*"):
        p.unlink()
    source = corpus(n) / "articles"
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "dashboard.cli", "etl", str(source), "--db", str(db), "--quiet"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=ROOT,
    )
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    return {
        "articles": n,
        "seconds": round(seconds, 1),
        "articles_per_s": round(n / seconds),
        "peak_rss_mb": round(usage.ru_maxrss / 1024),
        "exit": os.waitstatus_to_exitcode(status),
    }


def bench_extraction(n: int, sample: int) -> dict:
    items = [i for i in read_paths([corpus(n) / "articles"]) if isinstance(i, RawDocument)][:sample]
    process(items[0])
    times = []
    for item in items:
        t = time.perf_counter()
        process(item)
        times.append((time.perf_counter() - t) * 1000)
    # the slowest article too: one pattern that backtracks on one shape of name costs seconds, invisible in a median
    return {
        "articles": len(items),
        "median_ms": round(statistics.median(times), 2),
        "p99_ms": round(pct(times, 99), 2),
        "max_ms": round(max(times), 1),
    }


def _build_digest() -> str:
    """What a synthetic warehouse is made from (the builder, the schema, the models, the reference data): a
    warehouse cached under another digest was built by other code and is built again."""
    sources = [Path(synth.__file__), *sorted((ROOT / "queries" / "warehouse").rglob("*.sql"))]
    sources += sorted((ROOT / "data" / "reference").glob("*.csv"))
    digest = hashlib.sha256()
    for path in sources:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


def warehouse(n_events: int) -> Path:
    db = WORK / f"synth_{n_events}_{_build_digest()}.duckdb"
    if not db.exists():  # built beside and renamed: an interrupted build is never taken for a finished one
        for stale in [*WORK.glob(f"synth_{n_events}.duckdb"), *WORK.glob(f"synth_{n_events}_*.duckdb")]:
            stale.unlink()  # made by older code
        partial = db.with_name(db.name + ".partial")
        partial.unlink(missing_ok=True)
        synth.build(partial, n_events)
        partial.replace(db)
    return db


def open_read_only(db: Path) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect(":memory:")
    con.execute("attach ? as wh (read_only)", [str(db)])
    con.execute("use wh")
    return con


OWN_SCOPE: dict[str, dict[str, str]] = {
    "cluster_member_activity": {"cluster_id": "khuyenhoc_dbsh_cum3"},
    "cluster_meetings": {"cluster_id": "khuyenhoc_dbsh_cum3"},
    "cluster_pledges": {"cluster_id": "khuyenhoc_dbsh_cum3"},
    "cluster_rotation": {"cluster_id": "khuyenhoc_dbsh_cum3"},
    "cluster_comparison": {"cluster_id": "khuyenhoc_dbsh_cum3"},
    "cluster_roster": {"cluster_id": "khuyenhoc_dbsh_cum3"},
    "partner_provinces": {"province": "Hà Nội"},
}


def params(name: str, f: Filters) -> dict:
    q = queries.registry()[name]
    out = dict(f.query_params()) if q.filtered else {}
    for scope, value in OWN_SCOPE.get(name, {}).items():  # a query about one cluster, region or province
        if scope in q.params and not out.get(scope):
            out[scope] = value
    return {**out, **{k: v for k, v in EXTRA.get(name, {}).items() if k in q.params}}


def bench_queries(n_events: int, repeats: int) -> list[dict]:
    con = open_read_only(warehouse(n_events))
    rows = []
    for name, q in sorted(queries.registry().items()):
        sets = FILTER_SETS if q.filtered else {"no filter": Filters()}
        for label, f in sets.items():
            p = params(name, f)
            queries.run(con, name, **p)
            times = []
            for _ in range(repeats):
                t = time.perf_counter()
                queries.run(con, name, **p)
                times.append((time.perf_counter() - t) * 1000)
            rows.append(
                {
                    "events": n_events,
                    "query": name,
                    "filters": label,
                    "p50_ms": round(pct(times, 50), 1),
                    "p95_ms": round(pct(times, 95), 1),
                }
            )
    return rows


def bench_pandas(n_events: int, repeats: int, query_rows: list[dict]) -> list[dict]:
    con = open_read_only(warehouse(n_events))
    frames = baseline.load_frames(con)
    rows = []
    for name, fn in baseline.BASELINES.items():
        for label in ("no filter", "one region", "search"):
            f = FILTER_SETS[label]
            fn(frames, f)
            times = []
            for _ in range(repeats):
                t = time.perf_counter()
                fn(frames, f)
                times.append((time.perf_counter() - t) * 1000)
            pandas_ms = pct(times, 50)
            duck = next(
                r["p50_ms"]
                for r in query_rows
                if r["query"] == name and r["filters"] == label and r["events"] == n_events
            )
            rows.append(
                {
                    "events": n_events,
                    "query": name,
                    "filters": label,
                    "duckdb_ms": duck,
                    "pandas_ms": round(pandas_ms, 1),
                    "ratio": round(duck / pandas_ms, 2),
                }
            )
    return rows


def bench_pages(n_events: int, repeats: int) -> list[dict]:
    import logging

    from streamlit.testing.v1 import AppTest

    # Reading a widget outside a script run warns "missing ScriptRunContext" each time (AppTest resets levels).
    logging.getLogger("streamlit.runtime.scriptrunner_utils.script_run_context").addFilter(
        lambda record: "missing ScriptRunContext" not in record.getMessage()
    )
    previous = os.environ.get("PHOIHOP_DB")
    os.environ["PHOIHOP_DB"] = str(warehouse(n_events))
    try:
        return _page_reruns(AppTest, n_events, repeats)
    finally:
        if previous is None:
            os.environ.pop("PHOIHOP_DB", None)
        else:
            os.environ["PHOIHOP_DB"] = previous


def _page_reruns(AppTest, n_events: int, repeats: int) -> list[dict]:  # noqa: N803 (the class, passed in)
    rows = []
    for page in PAGES:
        at = AppTest.from_file(str(ROOT / "dashboard" / "app.py"), default_timeout=120).run()
        if page != "overview":
            at.switch_page(f"app_pages/{page}.py").run()
        assert not at.exception, (page, [e.value for e in at.exception])  # the unfiltered page too
        times = []
        for i in range(repeats):  # a different province each time: a filter change the caches have not seen
            at.sidebar.selectbox(key="f_province").set_value(PROVINCES[i % len(PROVINCES)])
            t = time.perf_counter()
            at.run()
            times.append((time.perf_counter() - t) * 1000)
            assert not at.exception, (page, [e.value for e in at.exception])
        rows.append(
            {"events": n_events, "page": page, "p50_ms": round(pct(times, 50)), "p95_ms": round(pct(times, 95))}
        )
    return rows


def bench_dashboard_memory(n_events: int) -> dict:
    """Peak memory of a real `streamlit run` process serving every page with filter changes to a browser."""
    from playwright.sync_api import sync_playwright

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            str(ROOT / "dashboard" / "app.py"),
            "--server.port",
            str(port),
            "--server.headless",
            "true",
            "--browser.gatherUsageStats",
            "false",
            "--",
            "--db",
            str(warehouse(n_events)),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=ROOT,
    )
    try:
        time.sleep(6)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1400, "height": 1600})
            for path in PAGES:
                for query in ("", "?province=Ngh%E1%BB%87+An", "?region=T%C3%A2y+Nguy%C3%AAn&type=meeting"):
                    page.goto(f"http://127.0.0.1:{port}/{'' if path == 'overview' else path}{query}")
                    page.wait_for_timeout(2500)
            browser.close()
        status = Path(f"/proc/{proc.pid}/status").read_text()
        peak = next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM"))
        return {"events": n_events, "peak_rss_mb": round(peak / 1024)}
    finally:
        proc.terminate()
        proc.wait(timeout=20)


REPORT_COLUMNS = ["articles", "period", "events", "format", "seconds", "slides", "size_kb"]


def bench_report(n_articles: int) -> list[dict]:
    """The conference report for the whole country over the last full year of the ETL benchmark's warehouse:
    every agreement and meeting of a year, as a user would ask for it."""
    from pptx import Presentation

    from dashboard.charts import asker
    from dashboard.report import make
    from dashboard.report.scope import Scope

    db = WORK / f"etl_{n_articles}.duckdb"
    rows = []
    with duckdb.connect(str(db), read_only=True) as con:
        ask = asker(lambda name, **p: queries.run(con, name, **p))
        year = ask("data_extent")["last_day"].iloc[0].year - 1
        first, last = date(year, 1, 1), date(year, 12, 31)
        f = Scope("all").filters(first, last, "vi")
        events = int(ask("headline_figures", f)["events"].iloc[0])
        for fmt in ("pptx", "pdf"):
            out = WORK / f"report.{fmt}"
            t = time.perf_counter()
            make.make(ask, Scope("all"), first, last, "vi", out, date.today())
            seconds = time.perf_counter() - t
            slides = len(Presentation(str(out)).slides) if fmt == "pptx" else None
            rows.append(
                {
                    "articles": n_articles,
                    "period": str(year),
                    "events": events,
                    "format": fmt,
                    "seconds": round(seconds, 1),
                    "slides": slides or "",
                    "size_kb": round(out.stat().st_size / 1024),
                }
            )
    return rows


def table(rows: list[dict], columns: list[str]) -> str:
    head = "| " + " | ".join(columns) + " |\n|" + "---|" * len(columns) + "\n"
    return head + "".join("| " + " | ".join(str(r.get(c, "")) for c in columns) + " |\n" for r in rows)


def bench_browser_sizes(event_sizes: list[int], quick: bool) -> dict:
    """The browser benchmark (benchmarks/browser.py) on each warehouse size, beside the floor app."""
    from benchmarks.browser import bench_browser

    return bench_browser({n: warehouse(n) for n in event_sizes}, repeats=2 if quick else 10, starts=1 if quick else 3)


def bench_load(n_events: int, sessions: int, seconds: float) -> list[dict]:
    """The load test (benchmarks/load.py) against one dashboard process, then two behind Caddy (when installed)."""
    import shutil

    from benchmarks.browser import dashboard_command, free_port, serve
    from benchmarks.load import load_test
    from dashboard.proxy import CADDY, cluster

    db = warehouse(n_events)
    with serve(lambda port: dashboard_command(db, port)) as server:
        rows = [{"processes": 1, "events": n_events, **load_test(server.base, [server.pid], sessions, seconds)}]
    if shutil.which(CADDY) is None:
        print("caddy is not installed (`make serve` installs it): the two-process load test was not run")
        return rows
    port = free_port()
    with cluster(db, 2, port) as pids:
        rows.append(
            {"processes": 2, "events": n_events, **load_test(f"http://127.0.0.1:{port}", pids, sessions, seconds)}
        )
    return rows


def main(
    json_path: Path | None = None,
    quick: bool = False,
    only: str | None = None,
    sessions: int = 30,
    seconds: float = 120,
) -> int:
    """Every benchmark (`only`: just the browser benchmark or just the load test, the other tables taken from
    the last full run's JSON). A full run (not `quick`) writes benchmarks/results.json too unless told another
    path: the RESULTS.md a later `--only` run writes is made from it, so it must be this run's."""
    if json_path is None and not quick:
        json_path = RESULTS_JSON

    WORK.mkdir(parents=True, exist_ok=True)
    article_sizes = [500] if quick else [10_000, 100_000]
    event_sizes = [20_000] if quick else [100_000, 1_000_000]
    repeats = 3 if quick else 20
    if only:
        results = json.loads(RESULTS_JSON.read_text(encoding="utf-8")) if RESULTS_JSON.exists() else {}
        results.setdefault("machine", machine())  # the full run's; this part's own is kept beside its table
        if only == "browser":
            results["browser"] = bench_browser_sizes(event_sizes, quick) | {"when": machine()["when"]}
        elif only == "queries":  # what the server does: extraction per article, every named query, page reruns
            results["extraction"] = bench_extraction(article_sizes[0], 300 if quick else 3000)
            print(table([results["extraction"]], ["articles", "median_ms", "p99_ms", "max_ms"]))
            results["queries"] = [row for n in event_sizes for row in bench_queries(n, repeats)]
            print(table(query_summary(results["queries"]), ["events", "query", "worst_p95_ms"]))
            results["pages"] = bench_pages(event_sizes[-1], 3 if quick else 12)
            print(table(results["pages"], ["events", "page", "p50_ms", "p95_ms"]))
            results["server_side_when"] = machine()["when"]
        else:
            rows = bench_load(event_sizes[-1], sessions, seconds)
            results["load"] = [r | {"when": machine()["when"]} for r in rows]
        print_browser_and_load(results)
        if json_path:
            json_path.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
        if not quick and "etl" in results:
            write_results_md(results)
        return 0
    results = {"machine": machine(), "quick": quick}
    results["etl"] = [bench_etl(n) for n in article_sizes]
    print(table(results["etl"], ["articles", "seconds", "articles_per_s", "peak_rss_mb"]))
    results["extraction"] = bench_extraction(article_sizes[0], 300 if quick else 3000)
    print(table([results["extraction"]], ["articles", "median_ms", "p99_ms", "max_ms"]))
    results["queries"] = [row for n in event_sizes for row in bench_queries(n, repeats)]
    print(table(query_summary(results["queries"]), ["events", "query", "worst_p95_ms"]))
    results["pandas"] = [row for n in event_sizes for row in bench_pandas(n, max(3, repeats // 4), results["queries"])]
    print(table(results["pandas"], ["events", "query", "filters", "duckdb_ms", "pandas_ms", "ratio"]))
    results["pages"] = bench_pages(event_sizes[-1], 3 if quick else 12)
    print(table(results["pages"], ["events", "page", "p50_ms", "p95_ms"]))
    results["report"] = bench_report(article_sizes[-1])
    print(table(results["report"], REPORT_COLUMNS))
    results["dashboard_memory"] = None if quick else bench_dashboard_memory(event_sizes[-1])
    if results["dashboard_memory"]:
        print(table([results["dashboard_memory"]], ["events", "peak_rss_mb"]))
    results["browser"] = bench_browser_sizes(event_sizes, quick) | {"when": results["machine"]["when"]}
    previous = json.loads(RESULTS_JSON.read_text(encoding="utf-8")) if RESULTS_JSON.exists() else {}
    results["load"] = previous.get("load", [])  # the load test runs on its own (`--only load`): kept
    print_browser_and_load(results)
    if json_path:
        json_path.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    if not quick:
        write_results_md(results)
    return 0


RESULTS_JSON = ROOT / "benchmarks" / "results.json"


def query_summary(rows: list[dict]) -> list[dict]:
    """Each query's worst p95 over the filter sets, per size."""
    worst: dict[tuple[int, str], float] = {}
    for r in rows:
        key = (r["events"], r["query"])
        worst[key] = max(worst.get(key, 0), r["p95_ms"])
    return [{"events": k[0], "query": k[1], "worst_p95_ms": v} for k, v in sorted(worst.items())]


def print_browser_and_load(results: dict) -> None:
    from benchmarks.browser import BROWSER_COLUMNS, RATIO_COLUMNS, VISIT_COLUMNS
    from benchmarks.load import LOAD_COLUMNS

    if results.get("browser"):
        print(table(results["browser"]["first_visits"], VISIT_COLUMNS))
        print(table(results["browser"]["rows"], BROWSER_COLUMNS))
        print(table(results["browser"]["ratios"], RATIO_COLUMNS))
    if results.get("load"):
        print(table(results["load"], LOAD_COLUMNS))


def browser_md(results: dict) -> str:
    """The browser benchmark's and the load test's sections of RESULTS.md (empty when they were not run)."""
    from benchmarks.browser import BROWSER_COLUMNS, QUIET_MS, RATIO_COLUMNS, READ_S, VISIT_COLUMNS
    from benchmarks.load import LOAD_COLUMNS, THINK_S

    text = ""
    b = results.get("browser")
    if b:
        text += f"""## Felt speed in Chromium: time from an action to the app at rest (measured {b.get("when", "")})
At rest: the run finished, no status widget, nothing stale or undrawn, the DOM unchanged for {QUIET_MS} ms (not
counted). `floor` is benchmarks/floor_app.py (a sidebar filter, two pages, one plotly chart) served in the
same run: what Streamlit itself takes on this machine. A new tab opens in a browser that has the static files;
a filter change picks a province not picked just before; a page switch is pressed {READ_S:g} s after the page came to
rest (read meanwhile), timed from the press as the browser took it.

### First visit after a server start (start_s: from the process's start to a healthy answer, warm-up included)
{table(b["first_visits"], VISIT_COLUMNS)}
### Per page and action
{table(b["rows"], BROWSER_COLUMNS)}
### Our overhead over Streamlit's floor (the worst page's p95 against the floor's)
{table(b["ratios"], RATIO_COLUMNS)}
"""
    if results.get("load"):
        rows = results["load"]
        text += f"""## Many viewers: sessions changing filters at once (Streamlit's websocket protocol, no browser)
Measured {rows[0].get("when", "")}. Each session opens a page (the sessions spread over the pages) and then picks a province every
{THINK_S[0]:g}–{THINK_S[1]:g} s; p50/p95: from the change to the run's end (`script_finished`), the browser's
drawing not included. Memory: the server processes' peak RSS less their RSS after a visit of every page,
divided by the sessions. server_cpu_ms_per_run: the server processes' CPU time over the test divided by the
runs served (opens and changes), which a machine busy with other work does not inflate as it does the times.
{table(rows, LOAD_COLUMNS)}
"""
        one = next((r for r in rows if r["processes"] == 1), None)
        two = next((r for r in rows if r["processes"] == 2), None)
        if one and two and one.get("p95_ms") and two.get("p95_ms"):
            text += (
                f"Two processes behind Caddy against one: p95 {one['p95_ms']} → {two['p95_ms']} ms, "
                f"{one['changes']} → {two['changes']} filter changes served in the same time.\n\n"
            )
    return text


def _remeasured(results: dict) -> str:
    """A later `--only queries` run's time: its tables (extraction, queries, page reruns) are newer than the rest."""
    when = results.get("server_side_when")
    if not when or when <= results["machine"]["when"]:
        return ""
    return f"\nExtraction per article, the queries and the page reruns were measured again on their own at {when}."


def write_results_md(results: dict) -> None:
    summary = query_summary(results["queries"])
    m = results["machine"]
    history = (ROOT / "benchmarks" / "history.md").read_text(encoding="utf-8")
    text = f"""# Benchmark results

Latest run of `phoihop bench` ({m["when"]}; Python {m["python"]}, DuckDB {m["duckdb"]}, {m["cpus"]} cores,
{m["memory_mb"]} MB, {m["platform"]}). The JSON with every figure is `benchmarks/results.json`.{_remeasured(results)}

## ETL end to end (read, clean, extract, load; simulated articles)
{table(results["etl"], ["articles", "seconds", "articles_per_s", "peak_rss_mb"])}
Peak RSS is the main process; extraction workers (one per core) are extra.

## Extraction alone, per article
{table([results["extraction"]], ["articles", "median_ms", "p99_ms", "max_ms"])}
## Queries: worst p95 over the filter sets (no filter, one region, a cluster over a year, a province over a quarter, a search)
{table(summary, ["events", "query", "worst_p95_ms"])}
## DuckDB against the pandas baseline (p50; ratio below 1 means DuckDB is faster)
{table(results["pandas"], ["events", "query", "filters", "duckdb_ms", "pandas_ms", "ratio"])}
## Page reruns under AppTest after a filter change
{table(results["pages"], ["events", "page", "p50_ms", "p95_ms"])}
## Dashboard process memory
{table([results["dashboard_memory"]], ["events", "peak_rss_mb"]) if results["dashboard_memory"] else ""}
## Conference report: the whole country, the last full year of the ETL warehouse (charts drawn by Chromium)
{table(results["report"], REPORT_COLUMNS)}
{browser_md(results)}{history}"""
    (ROOT / "benchmarks" / "RESULTS.md").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.run",
        description="Every benchmark, as `phoihop bench` runs them (that command has the options: --quick, --only).",
    )
    parser.add_argument("json", nargs="?", type=Path, help="where to write the results as JSON")
    sys.exit(main(parser.parse_args().json))
