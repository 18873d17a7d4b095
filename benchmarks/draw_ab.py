"""A/B of the chart element prototype (dashboard/chart_element.py) against st.plotly_chart: sidebar filter changes
at 1M events on chosen pages, both dashboards served side by side (PHOIHOP_DRAW=st / element) and alternated page
by page, the order swapped each round. Per sample: time to rest and to the run's end (benchmarks/browser.py's
probe), the browser's long tasks (>50 ms) between the press and rest, and the server's CPU.

    .venv/bin/python -m benchmarks.draw_ab [PAGES] [ROUNDS] [REPEATS]   # e.g. regions,programs 2 6
"""

from __future__ import annotations

import os
import statistics
import sys
from contextlib import ExitStack
from functools import partial
from pathlib import Path

from playwright.sync_api import sync_playwright

from benchmarks.browser import Tab, change_province, dashboard_command, navigate, open_tab, serve, switch_page
from benchmarks.run import CHROMIUM, CHROMIUM_ARGS, PROVINCES, ROOT, pct

DB = ROOT / "benchmarks" / "work" / "synth_1000000_345b8aaa06.duckdb"
LONG_TASKS = """(() => { window.__lt = []; new PerformanceObserver(l => { for (const e of l.getEntries())
    window.__lt.push([e.startTime, e.duration]); }).observe({type: 'longtask', buffered: true}); })()"""
BUSY = "(s) => window.__lt.filter(e => e[0] >= s[0] - 5 && e[0] <= s[1]).reduce((a, e) => a + e[1], 0)"


def cpu_s(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main(pages: list[str], rounds: int, repeats: int) -> None:
    variants = {"old": "st", "new": "element"}
    res: dict = {v: {p: {"rest": [], "end": [], "busy": [], "cpu": []} for p in pages} for v in variants}
    loads = []
    with sync_playwright() as pw, ExitStack() as stack:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        servers = {
            v: stack.enter_context(serve(partial(dashboard_command, DB), env={**os.environ, "PHOIHOP_DRAW": how}))
            for v, how in variants.items()
        }
        tabs: dict[str, Tab] = {}
        for v, server in servers.items():
            tab = open_tab(browser.new_context(viewport={"width": 1400, "height": 1600}, locale="vi-VN"))
            tab.page.add_init_script(LONG_TASKS)
            navigate(tab, f"{server.base}/{pages[0]}")
            tabs[v] = tab
        picks = 0
        for r in range(rounds):
            for page in pages:
                for v in ("old", "new") if r % 2 == 0 else ("new", "old"):
                    tab = tabs[v]
                    switch_page(tab, page)
                    tab.page.wait_for_timeout(500)
                    for i in range(repeats):
                        before = cpu_s(servers[v].pid)
                        snap = change_province(tab, PROVINCES[(picks + i) % len(PROVINCES)])
                        got = res[v][page]
                        got["cpu"].append((cpu_s(servers[v].pid) - before) * 1000)
                        got["busy"].append(tab.page.evaluate(BUSY, [snap["last_input"], snap["last_mutation"]]))
                        got["rest"].append(snap["rest_ms"])
                        got["end"].append(snap["run_end_ms"])
                    loads.append(os.getloadavg()[0])
                picks += repeats
    print(
        f"load (1 min) during the run: min {min(loads):.2f} median {statistics.median(loads):.2f} max {max(loads):.2f}"
    )
    for page in pages:
        for v in variants:
            d = res[v][page]
            print(
                f"{page:10s} {v}: rest p50 {pct(d['rest'], 50):5.0f} p95 {pct(d['rest'], 95):5.0f}"
                f" | run end p50 {pct(d['end'], 50):5.0f} p95 {pct(d['end'], 95):5.0f}"
                f" | long tasks p50 {pct(d['busy'], 50):4.0f} | server CPU p50 {pct(d['cpu'], 50):4.0f} n={len(d['rest'])}"
            )


if __name__ == "__main__":
    args = sys.argv[1:]
    main(
        args[0].split(",") if args else ["regions", "programs", "timeline", "overview"],
        int(args[1]) if len(args) > 1 else 2,
        int(args[2]) if len(args) > 2 else 5,
    )
