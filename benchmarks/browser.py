"""Felt speed: the time from a navigation, a page switch or a filter change to the app at rest, in a real browser
(Debian's Chromium driven by Playwright), for the dashboard and for a floor app (benchmarks/floor_app.py:
one sidebar filter, two pages, one plotly chart) served in the same run, so our overhead reads as a ratio.

"At rest": the run the action started has finished (the server sent its `script_finished`), no status widget
is running, no element is stale or a skeleton, every plotly chart has drawn its SVG, and the page's DOM has
not changed for QUIET_MS. The time to rest is the last DOM change minus the action's start (the navigation's
start, or the pointer/key event that made the change): the quiet wait itself is not counted.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from playwright.sync_api import Page
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from benchmarks.run import CHROMIUM, CHROMIUM_ARGS, PAGES, PROVINCES, ROOT, pct

QUIET_MS = 300  # the DOM unchanged this long after a run finished: nothing left to draw
# A person looks at a page before leaving it for another: a switch is pressed this long after the page came to
# rest (the floor app's too). Work a page leaves for the browser's idle time (dashboard/preload.py) is done in
# such a pause, as it is for a person; a press that comes while it runs waits, and that wait is counted.
READ_S = 1.0
TIMEOUT_S = 60
FLOOR_APP = ROOT / "benchmarks" / "floor_app.py"
FLOOR_PAGES = ["overview", "regions"]

# Installed before any page script: the time of the last DOM change, of the first drawn chart, of the last
# pointer or key press (a filter change's start, as the browser took it).
INIT_JS = """
(() => {
  const r = window.__rest = {lastMutation: performance.now(), lastInput: 0, firstChart: null, lastMessage: 0};
  const Native = window.WebSocket;  // the server's last message of a run: its end, as the browser receives it
  window.WebSocket = class extends Native {
    constructor(...args) { super(...args); this.addEventListener("message", () => { r.lastMessage = performance.now(); }); }
  };
  const drawn = "[data-testid='stPlotlyChart'] .main-svg, [data-testid='stDataFrame'] canvas";
  // A canvas's children are never painted (fallback content): the data grid rewrites its screen-reader table
  // there 200 ms after it draws (a debounce in glide-data-grid), which no one sees.
  const inCanvas = n => Boolean(n && n.parentElement && n.parentElement.closest("canvas"));
  // Nor is the screen-reader announcer's (react-aria's LiveAnnouncer, clipped to nothing): a drop-down's "64
  // options available" is added as it opens and removed 7 s later, so the removal lands in a later action's
  // wait at random and held its rest back by up to the quiet time (most of the filter change's p95 tail).
  const announced = n => Boolean(n && (n.nodeType === 1 ? n : n.parentElement)?.closest("[data-live-announcer]"));
  const painted = m => !announced(m.target)
    && !(m.type === "childList" ? m.target.nodeName === "CANVAS" || inCanvas(m.target) : inCanvas(m.target));
  new MutationObserver(records => {
    if (!records.some(painted)) return;
    r.lastMutation = performance.now();
    if (r.firstChart === null && document.querySelector(drawn)) r.firstChart = r.lastMutation;
  }).observe(document, {subtree: true, childList: true, attributes: true, characterData: true});
  // The press's own time (when the browser took it), not when the page got to it: a press that waited behind a
  // busy page waited for the viewer too.
  for (const type of ["pointerdown", "keydown"])
    window.addEventListener(type, event => { r.lastInput = event.timeStamp; }, true);
})();
"""
# What the page shows now; `at_rest` decides. Times are ms since the navigation started (performance.now).
SNAPSHOT_JS = """
() => {
  const all = s => Array.from(document.querySelectorAll(s));
  const plots = all("[data-testid='stPlotlyChart']");
  return {
    now: performance.now(),
    last_mutation: window.__rest.lastMutation,
    last_input: window.__rest.lastInput,
    last_message: window.__rest.lastMessage,
    first_chart: window.__rest.firstChart,
    running: all("[data-testid='stStatusWidget']").length > 0,
    stale: all("[data-stale='true']").length,
    skeletons: all("[data-testid='stSkeleton'], [data-testid='stAppSkeleton']").length,
    plots: plots.length,
    plots_drawn: plots.filter(p => p.querySelector(".main-svg")).length,
  };
}
"""


def at_rest(snapshot: dict, runs_finished: int, runs_before: int, quiet_ms: float = QUIET_MS) -> bool:
    """Whether the page is at rest after an action: a run finished since, nothing running, stale, a skeleton
    or undrawn, and no DOM change for `quiet_ms`."""
    return (
        runs_finished > runs_before
        and not snapshot["running"]
        and snapshot["stale"] == 0
        and snapshot["skeletons"] == 0
        and snapshot["plots_drawn"] == snapshot["plots"]
        and snapshot["now"] - snapshot["last_mutation"] >= quiet_ms
    )


def rest_ms(snapshot: dict, start_ms: float) -> float:
    """Time to rest: the last DOM change after the action's start."""
    return max(0.0, snapshot["last_mutation"] - start_ms)


def summary(samples: list[float]) -> dict:
    """n, p50, p95 and the worst of a list of times (ms), rounded; empty when there are none."""
    if not samples:
        return {"n": 0}
    return {
        "n": len(samples),
        "p50_ms": round(pct(samples, 50)),
        "p95_ms": round(pct(samples, 95)),
        "max_ms": round(max(samples)),
    }


def finished_runs(payload: bytes | str) -> int:
    """1 when a websocket frame from Streamlit says a script run (or a fragment's) finished, else 0."""
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    if isinstance(payload, str):
        return 0
    msg = ForwardMsg()
    try:
        msg.ParseFromString(payload)
    except Exception:  # noqa: BLE001 (not a ForwardMsg: not a run's end)
        return 0
    return int(msg.WhichOneof("type") == "script_finished")


@dataclass
class Tab:
    """A browser tab with the rest probe installed and the runs its websocket reported counted."""

    page: Page
    runs: list[int] = field(default_factory=lambda: [0])

    def wait(self, runs_before: int, start_ms: float | None = None) -> dict:
        """Wait until at rest; returns the snapshot with `rest_ms` (from `start_ms`, else the last input)."""
        deadline = time.monotonic() + TIMEOUT_S
        while True:
            snap = self.page.evaluate(SNAPSHOT_JS)
            if at_rest(snap, self.runs[0], runs_before):
                start = snap["last_input"] if start_ms is None else start_ms
                return {**snap, "rest_ms": rest_ms(snap, start), "run_end_ms": max(0.0, snap["last_message"] - start)}
            if time.monotonic() > deadline:
                raise TimeoutError(f"not at rest after {TIMEOUT_S} s: {snap}")
            self.page.wait_for_timeout(25)


def open_tab(context) -> Tab:
    page = context.new_page()
    page.add_init_script(INIT_JS)
    tab = Tab(page)

    def count(ws) -> None:
        ws.on("framereceived", lambda payload: tab.runs.__setitem__(0, tab.runs[0] + finished_runs(payload)))

    page.on("websocket", count)
    return tab


def navigate(tab: Tab, url: str) -> dict:
    """A new tab's visit: time from the navigation's start to rest, and to the first chart drawn."""
    before = tab.runs[0]
    tab.page.goto(url)
    return tab.wait(before, start_ms=0.0)


def switch_page(tab: Tab, url_path: str, read_s: float = 0.0) -> dict:
    """A click on the sidebar's link to another page, `read_s` after the call (the page read meanwhile)."""
    if read_s:
        tab.page.wait_for_timeout(read_s * 1000)
    before = tab.runs[0]
    link = tab.page.locator(f"[data-testid='stSidebarNav'] a[href$='/{url_path}']")
    if url_path == "overview" and link.count() == 0:  # the default page's link is the app's root
        link = tab.page.locator("[data-testid='stSidebarNav'] a").first
    link.first.click()
    return tab.wait(before)


def change_province(tab: Tab, province: str) -> dict:
    """Type a province into the sidebar's province filter and click its option (the click is the start)."""
    box = tab.page.locator(".st-key-f_province input[role='combobox']")
    box.click()
    box.fill(province)
    before = tab.runs[0]
    tab.page.get_by_role("option", name=province, exact=True).click()
    return tab.wait(before)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    base: str
    pid: int
    start_s: float  # from the process's start to a healthy answer

    def rss_mb(self) -> float:
        status = Path(f"/proc/{self.pid}/status").read_text()
        return int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmRSS"))) / 1024


def dashboard_command(db: Path, port: int) -> list[str]:
    """`phoihop dashboard`, as a user starts it."""
    return [sys.executable, "-m", "dashboard.cli", "dashboard", "--db", str(db), "--port", str(port)]


def floor_command(port: int) -> list[str]:
    return [
        sys.executable, "-m", "streamlit", "run", str(FLOOR_APP), "--server.port", str(port),
        "--server.headless", "true", "--browser.gatherUsageStats", "false", "--", *PROVINCES,
    ]  # fmt: skip


@contextmanager
def serve(command: Callable[[int], list[str]], env: dict | None = None, cwd: Path = ROOT) -> Iterator[Server]:
    """A server on a free local port (run in `cwd`, this checkout unless another is compared); yields once
    /_stcore/health answers ok."""
    port = free_port()
    started = time.perf_counter()
    proc = subprocess.Popen(
        command(port), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=cwd, env=env or os.environ.copy()
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 180
        while True:
            try:
                if urllib.request.urlopen(base + "/_stcore/health", timeout=2).read() == b"ok":
                    break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"the server did not start: {command(port)}") from None
                time.sleep(0.1)
        yield Server(base, proc.pid, time.perf_counter() - started)
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def _url(base: str, path: str) -> str:
    return f"{base}/{'' if path == 'overview' else path}"


def _or_timeout(measure: Callable[[], dict]) -> dict:
    """A measurement, or one that never came to rest counted as the whole wait (it shows in p95 and max, and
    in the row's timeouts) rather than ending a run of many minutes."""
    try:
        return measure()
    except (TimeoutError, PlaywrightTimeout):
        return {"rest_ms": TIMEOUT_S * 1000.0, "run_end_ms": TIMEOUT_S * 1000.0, "first_chart": None, "timeout": True}


def measure_app(browser, server: Server, pages: list[str], repeats: int) -> dict[tuple[str, str], list[dict]]:
    """(page, action) -> samples, for a served app: a new tab on each page, switches into each page, and
    province changes on each page. Each sample: rest_ms and, for a new tab, first_chart_ms."""
    out: dict[tuple[str, str], list[dict]] = {}
    context = browser.new_context(viewport={"width": 1400, "height": 1600}, locale="vi-VN")
    try:
        navigate(open_tab(context), _url(server.base, pages[0]))  # static files in the cache, as a user has them
        for _ in range(repeats):
            for path in pages:
                tab = open_tab(context)
                snap = _or_timeout(partial(navigate, tab, _url(server.base, path)))
                first = snap["first_chart"]
                out.setdefault((path, "new tab"), []).append(
                    {
                        "rest_ms": snap["rest_ms"],
                        "run_end_ms": snap["run_end_ms"],
                        "first_chart_ms": first,
                        "timeout": snap.get("timeout", False),
                    }
                )
                tab.page.close()
        tab = open_tab(context)
        navigate(tab, _url(server.base, pages[-1]))
        for _ in range(repeats):
            for path in pages:
                snap = _or_timeout(partial(switch_page, tab, path, READ_S))
                out.setdefault((path, "page switch"), []).append(
                    {
                        "rest_ms": snap["rest_ms"],
                        "run_end_ms": snap["run_end_ms"],
                        "timeout": snap.get("timeout", False),
                    }
                )
        picks = 0  # one count over every page: each pick differs from the one before (a repeat reruns nothing)
        for path in pages:
            switch_page(tab, path)
            for _ in range(repeats):
                snap = _or_timeout(partial(change_province, tab, PROVINCES[picks % len(PROVINCES)]))
                picks += 1
                out.setdefault((path, "filter change"), []).append(
                    {
                        "rest_ms": snap["rest_ms"],
                        "run_end_ms": snap["run_end_ms"],
                        "timeout": snap.get("timeout", False),
                    }
                )
        return out
    finally:
        context.close()


def first_visit(browser, command: Callable[[int], list[str]]) -> dict:
    """A server started afresh and its first visitor: seconds to healthy, then the visit's time to rest."""
    with serve(command) as server:
        context = browser.new_context(viewport={"width": 1400, "height": 1600}, locale="vi-VN")
        try:
            snap = navigate(open_tab(context), server.base + "/")
        finally:
            context.close()
        return {"start_s": round(server.start_s, 1), "rest_ms": snap["rest_ms"], "first_chart_ms": snap["first_chart"]}


def rows_of(app: str, events: int | str, samples: dict[tuple[str, str], list[dict]]) -> list[dict]:
    rows = []
    for (page, action), got in samples.items():
        row = {"app": app, "events": events, "page": page, "action": action}
        row |= summary([s["rest_ms"] for s in got])
        row["run_end_p95_ms"] = round(pct([s["run_end_ms"] for s in got], 95))
        row["timeouts"] = sum(bool(s.get("timeout")) for s in got)
        charts = [s["first_chart_ms"] for s in got if s.get("first_chart_ms") is not None]
        if charts:
            row["first_chart_p95_ms"] = round(pct(charts, 95))
        rows.append(row)
    return rows


def ratios(rows: list[dict]) -> list[dict]:
    """Per size and action: the dashboard's worst page p95 against the floor's worst p95 for that action."""
    floor: dict[str, float] = {}
    for r in rows:
        if r["app"] == "floor" and r.get("p95_ms") is not None:
            floor[r["action"]] = max(floor.get(r["action"], 0), r["p95_ms"])
    worst: dict[tuple, dict] = {}
    for r in rows:
        key = (r["events"], r["action"])
        if (
            r["app"] == "phoihop"
            and r.get("p95_ms") is not None
            and r["p95_ms"] >= worst.get(key, {}).get("p95_ms", -1)
        ):
            worst[key] = r
    return [
        {
            "events": events,
            "action": action,
            "worst_page": r["page"],
            "p95_ms": r["p95_ms"],
            "floor_p95_ms": floor.get(action, ""),
            "ratio": round(r["p95_ms"] / floor[action], 2) if floor.get(action) else "",
        }
        for (events, action), r in sorted(worst.items())
    ]


def bench_browser(warehouses: dict[int, Path], repeats: int, starts: int) -> dict:
    """The browser benchmark: the floor app, then the dashboard on each warehouse; first visits after a start."""
    from playwright.sync_api import sync_playwright

    rows: list[dict] = []
    visits: list[dict] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            for _ in range(starts):
                visits.append({"app": "floor", "events": "", **first_visit(browser, floor_command)})
            with serve(floor_command) as server:
                rows += rows_of("floor", "", measure_app(browser, server, FLOOR_PAGES, repeats))
            for n, db in warehouses.items():
                for _ in range(starts):
                    visits.append(
                        {
                            "app": "phoihop",
                            "events": n,
                            **first_visit(browser, partial(dashboard_command, db)),
                        }
                    )
                with serve(partial(dashboard_command, db)) as server:
                    rows += rows_of("phoihop", n, measure_app(browser, server, PAGES, repeats))
        finally:
            browser.close()
    for v in visits:
        v["rest_ms"] = round(v["rest_ms"])
        v["first_chart_ms"] = round(v["first_chart_ms"]) if v["first_chart_ms"] is not None else ""
    return {"rows": rows, "ratios": ratios(rows), "first_visits": visits}


BROWSER_COLUMNS = [
    "app", "events", "page", "action", "n", "p50_ms", "p95_ms", "max_ms", "run_end_p95_ms", "first_chart_p95_ms",
    "timeouts",
]  # fmt: skip
RATIO_COLUMNS = ["events", "action", "worst_page", "p95_ms", "floor_p95_ms", "ratio"]
VISIT_COLUMNS = ["app", "events", "start_s", "rest_ms", "first_chart_ms"]
