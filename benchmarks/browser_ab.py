"""Two dashboards' felt speed alternated in one run: the same warehouse served from two trees (a base worktree and
this one), one browser, and per round and page each tree's filter changes and page switches in turn (which goes
first swapped each round), so a shared, loaded machine slows both alike. Reports per tree and page p50 / p95 of
the time to rest (benchmarks/browser.py's rule), of the run's end as the browser took it, and of the main thread's
long tasks after the press.

    .venv/bin/python -m benchmarks.browser_ab BASE_TREE NEW_TREE WAREHOUSE --pages regions,programs --rounds 4

WAREHOUSE may also be an event count (1000000): the benchmark warehouse `phoihop bench` builds for this tree's
code (benchmarks/run.py's `warehouse`, named by the digest of what it is made from). A warehouse path that is not
there fails at once: the dashboard would open on "no warehouse yet" with an empty province list, and the first
province pick waited for an option that never came (the run of 2026-12-01 timed out so on "Nghệ An" in both trees:
its warehouse had been rebuilt under a new digest and the old file removed as stale).

With AB_LOGDIR=DIR each server logs its script runs there (benchmarks/ab_site), and each sample is also split into
the press's way to the server's run, the runs themselves (wall, the script thread's CPU and the server process's,
its queries' threads included) and the time from the
last run's end to rest. The trees' folder names must differ (the logs are named by them); each tree needs the
warehouse at the given path (a symlink will do).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from benchmarks import browser
from benchmarks.browser import INIT_JS, Tab, _url, change_province, navigate, switch_page
from benchmarks.run import CHROMIUM, CHROMIUM_ARGS, PROVINCES, pct

# Long tasks of the main thread (PerformanceObserver), summed from the last press.
LONG_JS = """
(() => {
  const r = window.__long = {tasks: []};
  new PerformanceObserver(list => { for (const e of list.getEntries()) r.tasks.push([e.startTime, e.duration]); })
    .observe({type: "longtask", buffered: true});
})();
"""
SITE = Path(__file__).resolve().parent / "ab_site"
LOGS = Path(os.environ["AB_LOGDIR"]) if os.environ.get("AB_LOGDIR") else None  # where the servers' run logs go
LONG_SINCE = "since => window.__long.tasks.filter(t => t[0] >= since).reduce((a, t) => a + t[1], 0)"


@contextmanager
def serve(tree: Path, db: Path) -> Iterator[str]:
    """The dashboard of `tree` over the warehouse `db`, its own code first on the path; yields its address."""
    env = os.environ.copy() | {"PYTHONPATH": str(tree)}
    if LOGS:  # the server logs each script run (benchmarks/ab_site/sitecustomize.py)
        env["PYTHONPATH"] += os.pathsep + str(SITE)
        env["WTB_RUNLOG"] = str(LOGS / f"{tree.name}.log")

    def command(port: int) -> list[str]:
        return [sys.executable, "-m", "dashboard.cli", "dashboard", "--db", str(db), "--port", str(port)]

    with browser.serve(command, env, cwd=tree) as server:
        yield server.base


def open_tab(context) -> Tab:
    from benchmarks.browser import finished_runs

    page = context.new_page()
    page.add_init_script(INIT_JS)
    page.add_init_script(LONG_JS)
    tab = Tab(page)
    page.on(
        "websocket",
        lambda ws: ws.on("framereceived", lambda p: tab.runs.__setitem__(0, tab.runs[0] + finished_runs(p))),
    )
    return tab


def sample(tab: Tab, snap: dict, kind: str) -> dict:
    start = snap["last_input"]
    origin = tab.page.evaluate("performance.timeOrigin")
    return {
        "kind": kind,
        "press_epoch": origin + start,
        "rest_epoch": origin + snap["last_mutation"],
        "end_epoch": origin + snap["last_message"],
        "rest": snap["rest_ms"],
        "end": snap["run_end_ms"],
        "long": tab.page.evaluate(LONG_SINCE, start),
    }


def warehouse_arg(value: str) -> Path:
    """The warehouse to serve: a path that exists, or an event count (the benchmark warehouse for this code)."""
    if value.isdigit():
        from benchmarks.run import WORK, _build_digest

        db = WORK / f"synth_{int(value)}_{_build_digest()}.duckdb"
        hint = f"build it with `phoihop bench` (or link {db.name} into {WORK})"
    else:
        db = Path(value)
        hint = "a warehouse rebuilt under a new digest leaves its old name behind"
    if not db.exists():  # a dangling symlink too
        raise SystemExit(f"no warehouse at {db}: {hint}")
    return db.resolve()


def check_has_data(tab: Tab, tree: str) -> None:
    """The province filter offers the provinces to pick, else fail with what the page says (no warehouse, an
    error) rather than wait for an option that never comes."""
    from benchmarks.run import PROVINCES

    box = tab.page.locator(".st-key-f_province input[role='combobox']")
    box.click()
    box.fill(PROVINCES[0])
    option = tab.page.get_by_role("option", name=PROVINCES[0], exact=True)
    try:
        option.wait_for(timeout=10_000)
    except Exception:  # noqa: BLE001 (Playwright's timeout: the page's own words say why)
        text = tab.page.locator("[data-testid='stMain']").inner_text()[:300]
        raise SystemExit(f"{tree}: the province filter offers no {PROVINCES[0]!r}; the page says: {text!r}") from None
    box.press("Escape")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("base", type=Path)
    ap.add_argument("new", type=Path)
    ap.add_argument("db", type=warehouse_arg, help="a warehouse, or an event count: the benchmark's own")
    ap.add_argument("--pages", default="regions,programs")
    ap.add_argument("--rounds", type=int, default=4)
    ap.add_argument("--changes", type=int, default=5, help="province changes per page and round")
    args = ap.parse_args()
    pages = args.pages.split(",")
    from playwright.sync_api import sync_playwright

    out: dict[tuple[str, str, str], list[dict]] = {}
    with serve(args.base, args.db) as base_url, serve(args.new, args.db) as new_url:
        urls = {"base": base_url, "new": new_url}
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
            contexts = {k: browser.new_context(viewport={"width": 1400, "height": 1600}, locale="vi-VN") for k in urls}
            tabs = {}
            for k, url in urls.items():
                tabs[k] = open_tab(contexts[k])
                navigate(tabs[k], _url(url, "report"))
                check_has_data(tabs[k], k)
                for path in pages:  # every page once, its queries and figures seen by the server
                    switch_page(tabs[k], path, 0.5)
            picks = 0
            for r in range(args.rounds):
                order = ["base", "new"] if r % 2 == 0 else ["new", "base"]
                for path in pages:
                    for k in order:
                        tab = tabs[k]
                        snap = switch_page(tab, "report", 0.5)
                        snap = switch_page(tab, path, 1.0)
                        out.setdefault((k, path, "switch"), []).append(sample(tab, snap, "switch"))
                        for i in range(args.changes):
                            tab.page.wait_for_timeout(300)
                            snap = change_province(tab, PROVINCES[(picks + i) % len(PROVINCES)])
                            out.setdefault((k, path, "filter"), []).append(sample(tab, snap, "filter"))
                    picks += args.changes
                print(f"round {r + 1} done", file=sys.stderr, flush=True)
            browser.close()
    if LOGS:
        split(out, {k: LOGS / f"{t.name}.log" for k, t in (("base", args.base), ("new", args.new))})
    print(
        f"{'tree':5} {'page':10} {'action':7} {'n':>3} {'rest p50':>9} {'p95':>6} {'end p50':>8} {'p95':>6} {'long p50':>9}"
    )
    for (k, path, action), got in sorted(out.items(), key=lambda kv: (kv[0][1], kv[0][2], kv[0][0])):
        rest = [s["rest"] for s in got]
        end = [s["end"] for s in got]
        long = [s["long"] for s in got]
        print(
            f"{k:5} {path:10} {action:7} {len(got):3} {pct(rest, 50):9.0f} {pct(rest, 95):6.0f} "
            f"{pct(end, 50):8.0f} {pct(end, 95):6.0f} {pct(long, 50):9.0f}"
        )


def split(out: dict, logs: dict[str, Path]) -> None:
    """Each sample's time split by the server's log of script runs: press to the run's start (the websocket in
    and the queue), the runs (full and fragment) between the press and rest, the last run's end to rest."""
    print(
        f"{'tree':5} {'page':10} {'action':7} {'to start':>8} {'runs':>5} {'run ms':>7} {'cpu':>5} {'all cpu':>7} "
        f"{'end→rest':>8}  (p50s)"
    )
    for (k, path, action), got in sorted(out.items(), key=lambda kv: (kv[0][1], kv[0][2], kv[0][0])):
        runs = [tuple(map(float, line.split()[:4])) for line in logs[k].read_text().splitlines()]
        a: list[float] = []
        b: list[float] = []
        c: list[float] = []
        d: list[float] = []
        e: list[float] = []
        f: list[float] = []
        for s in got:
            mine = [r for r in runs if s["press_epoch"] - 50 <= r[0] <= s["rest_epoch"]]
            if not mine:
                continue
            a.append(mine[0][0] - s["press_epoch"])
            b.append(len(mine))
            c.append(mine[-1][1] - mine[0][0])
            d.append(sum(r[2] for r in mine))
            f.append(sum(r[3] if len(r) > 3 else 0.0 for r in mine))
            e.append(s["rest_epoch"] - mine[-1][1])
        if a:
            print(
                f"{k:5} {path:10} {action:7} {pct(a, 50):8.0f} {pct(b, 50):5.0f} {pct(c, 50):7.0f} {pct(d, 50):5.0f} "
                f"{pct(f, 50):7.0f} {pct(e, 50):8.0f}"
            )


if __name__ == "__main__":
    main()
