"""Many viewers at once: N sessions speaking Streamlit's own websocket protocol, each opening a page of the
dashboard and then changing the province filter every few seconds, for a set time.

Why the protocol and not N browser tabs: on two cores, thirty Chromium tabs drawing plotly would measure
Chromium, not the server. Each session here is what a browser sends (a `rerun_script` with the changed
widget's value) and what it waits for (the run's `script_finished`); the browser's own drawing after that is
what the browser benchmark measures. Reported: p95 time from the change to the run's end, errors (exceptions
drawn, closed connections, runs that never ended), and the server's memory growth divided by the sessions.
"""

from __future__ import annotations

import asyncio
import http.cookiejar
import os
import random
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.run import PAGES, PROVINCES, pct

RUN_TIMEOUT_S = 60
THINK_S = (1.0, 3.0)  # a person reads the page between two changes


@dataclass
class Tally:
    open_ms: list[float] = field(default_factory=list)
    change_ms: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def province_widget(msg) -> str | None:
    """The id of the sidebar's province filter, when this ForwardMsg draws it (ids end with the widget's key)."""
    if msg.WhichOneof("type") != "delta" or msg.delta.WhichOneof("type") != "new_element":
        return None
    element = msg.delta.new_element
    kind = element.WhichOneof("type")
    widget_id = getattr(getattr(element, kind), "id", "") if kind else ""
    return widget_id if isinstance(widget_id, str) and widget_id.endswith("-f_province") else None


def exception_text(msg) -> str | None:
    """The message of an exception the run drew, if this ForwardMsg draws one."""
    drawn = msg.WhichOneof("type") == "delta" and msg.delta.WhichOneof("type") == "new_element"
    if drawn and msg.delta.new_element.WhichOneof("type") == "exception":
        return msg.delta.new_element.exception.message or "exception"
    return None


def cookies_for(base: str) -> str:
    """The cookies a browser has before it opens the websocket (a sticky proxy sets its own on the page)."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    opener.open(base + "/", timeout=30).read()
    return "; ".join(f"{c.name}={c.value}" for c in jar)


async def one_session(base: str, page: str, until: float, tally: Tally, rng: random.Random) -> None:
    import websockets
    from streamlit.proto.BackMsg_pb2 import BackMsg
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
    from websockets.typing import Subprotocol

    state: dict[str, str | None] = {"widget": None}

    async def run(ws, widget_value: str | None) -> float:
        back = BackMsg()
        back.rerun_script.query_string = ""
        back.rerun_script.page_name = "" if page == "overview" else page
        back.rerun_script.widget_states.SetInParent()
        if widget_value is not None:
            w = back.rerun_script.widget_states.widgets.add()
            w.id = state["widget"]
            w.string_value = widget_value
        started = time.perf_counter()
        await ws.send(back.SerializeToString())
        while True:
            raw = await asyncio.wait_for(ws.recv(), timeout=RUN_TIMEOUT_S)
            msg = ForwardMsg()
            msg.ParseFromString(raw)
            state["widget"] = province_widget(msg) or state["widget"]
            if (text := exception_text(msg)) is not None:
                tally.errors.append(f"{page}: {text[:120]}")
            if msg.WhichOneof("type") == "script_finished":
                return (time.perf_counter() - started) * 1000

    try:
        cookie = await asyncio.to_thread(cookies_for, base)
        uri = base.replace("http://", "ws://") + "/_stcore/stream"
        headers = {"Cookie": cookie} if cookie else None
        async with websockets.connect(
            uri, subprotocols=[Subprotocol("streamlit")], additional_headers=headers, max_size=None, open_timeout=60
        ) as ws:
            tally.open_ms.append(await run(ws, None))
            if state["widget"] is None:
                tally.errors.append(f"{page}: no province filter drawn")
                return
            while time.monotonic() < until:
                await asyncio.sleep(rng.uniform(*THINK_S))
                tally.change_ms.append(await run(ws, rng.choice(PROVINCES)))
    except Exception as exc:  # noqa: BLE001 (timeouts, closed connections, protocol errors: counted, not raised)
        tally.errors.append(f"{page}: {type(exc).__name__} {exc}"[:160])


def cpu_s(pids: list[int]) -> float:
    """CPU seconds the processes have used (user and system): a measure a busy machine does not inflate."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in pids:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += int(fields[11]) + int(fields[12])  # utime, stime: the 14th and 15th fields of the line
    return total / ticks


def rss_mb(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        status = Path(f"/proc/{pid}/status").read_text()
        total += int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmRSS")))
    return total / 1024


async def _drive(base: str, sessions: int, seconds: float, pids: list[int], seed: int) -> tuple[Tally, float]:
    tally = Tally()
    until = time.monotonic() + seconds
    rng = random.Random(seed)
    peak = 0.0

    async def watch() -> None:
        nonlocal peak
        while time.monotonic() < until + RUN_TIMEOUT_S:
            peak = max(peak, rss_mb(pids))
            await asyncio.sleep(1)

    watcher = asyncio.create_task(watch())
    tasks = []
    for i in range(sessions):  # people arrive over the first seconds, not in one instant
        page = PAGES[i % len(PAGES)]
        tasks.append(asyncio.create_task(one_session(base, page, until, tally, random.Random(rng.random()))))
        await asyncio.sleep(rng.uniform(0.05, 0.3))
    await asyncio.gather(*tasks)
    watcher.cancel()
    peak = max(peak, rss_mb(pids))
    return tally, peak


async def _visit_every_page(base: str, rounds: int) -> Tally:
    tally = Tally()
    for _ in range(rounds):
        await asyncio.gather(*(one_session(base, page, 0.0, tally, random.Random(0)) for page in PAGES))
    return tally


def load_test(base: str, pids: list[int], sessions: int = 30, seconds: float = 120, seed: int = 18) -> dict:
    """Drive `sessions` sessions against a served dashboard at `base` (whose server processes are `pids`).
    Each page is visited first (twice per process, so a proxy has sent a visit of each page to every
    process): what a process holds for everyone (modules, shapes, caches) is its baseline, not a session's."""
    warmup = asyncio.run(_visit_every_page(base, 2 * len(pids)))
    if warmup.errors:
        raise RuntimeError(f"the dashboard failed before the load: {warmup.errors[:3]}")
    baseline = rss_mb(pids)
    cpu_before = cpu_s(pids)
    tally, peak = asyncio.run(_drive(base, sessions, seconds, pids, seed))
    runs = len(tally.open_ms) + len(tally.change_ms)
    return {
        "sessions": sessions,
        "seconds": seconds,
        "changes": len(tally.change_ms),
        "open_p95_ms": round(pct(tally.open_ms, 95)) if tally.open_ms else "",
        "p50_ms": round(pct(tally.change_ms, 50)) if tally.change_ms else "",
        "p95_ms": round(pct(tally.change_ms, 95)) if tally.change_ms else "",
        "errors": len(tally.errors),
        "error_examples": sorted(set(tally.errors))[:5],
        "rss_before_mb": round(baseline),
        "rss_peak_mb": round(peak),
        "mb_per_session": round((peak - baseline) / sessions, 1),
        "server_cpu_ms_per_run": round((cpu_s(pids) - cpu_before) * 1000 / runs) if runs else "",
    }


LOAD_COLUMNS = [
    "processes", "events", "sessions", "seconds", "changes", "open_p95_ms", "p50_ms", "p95_ms", "errors",
    "rss_before_mb", "rss_peak_mb", "mb_per_session", "server_cpu_ms_per_run",
]  # fmt: skip
