"""The browser benchmark's and the load test's logic, without a browser or a clock: when a page counts as at
rest, what a time to rest is, the percentiles and ratios reported, which websocket frames end a run, and the
proxy's configuration. (The at-rest detection on a real page: tests/test_browser.py, `-k rest`.)"""

from __future__ import annotations

import shutil
import urllib.request

import pytest
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

from benchmarks import browser, load
from dashboard import proxy

REST = {
    "now": 1000.0,
    "last_mutation": 600.0,
    "last_input": 100.0,
    "last_message": 400.0,
    "first_chart": 500.0,
    "running": False,
    "stale": 0,
    "skeletons": 0,
    "plots": 2,
    "plots_drawn": 2,
}


@pytest.mark.parametrize(
    ("change", "runs_finished", "expected"),
    [
        ({}, 1, True),
        ({}, 0, False),  # the run the action started has not finished: the old page is still shown
        ({"running": True}, 1, False),
        ({"stale": 3}, 1, False),
        ({"skeletons": 1}, 1, False),
        ({"plots_drawn": 1}, 1, False),  # a chart still drawing
        ({"last_mutation": 800.0}, 1, False),  # changed 200 ms ago: not quiet for 300 ms yet
        ({"last_mutation": 700.0}, 1, True),  # exactly the quiet time
        ({"plots": 0, "plots_drawn": 0}, 1, True),  # a page without charts
    ],
)
def test_at_rest(change, runs_finished, expected):
    assert browser.at_rest({**REST, **change}, runs_finished, runs_before=0, quiet_ms=300) is expected


def test_a_run_counts_only_when_it_finished_after_the_action():
    assert not browser.at_rest(REST, runs_finished=4, runs_before=4)
    assert browser.at_rest(REST, runs_finished=5, runs_before=4)


def test_time_to_rest_is_the_last_change_after_the_start_not_the_quiet_wait():
    assert browser.rest_ms(REST, start_ms=100.0) == 500.0
    assert browser.rest_ms(REST, start_ms=0.0) == 600.0  # a navigation: from its start
    assert browser.rest_ms({**REST, "last_mutation": 50.0}, start_ms=100.0) == 0.0  # nothing changed after it


def test_summary_percentiles():
    got = browser.summary([float(v) for v in range(1, 101)])
    assert got == {"n": 100, "p50_ms": 51, "p95_ms": 95, "max_ms": 100}
    assert browser.summary([7.0]) == {"n": 1, "p50_ms": 7, "p95_ms": 7, "max_ms": 7}
    assert browser.summary([]) == {"n": 0}


def _frame(kind: str) -> bytes:
    msg = ForwardMsg()
    if kind == "finished":
        msg.script_finished = ForwardMsg.FINISHED_SUCCESSFULLY
    elif kind == "new_session":
        msg.new_session.name = "x"
    return msg.SerializeToString()


def test_only_a_script_finished_frame_ends_a_run():
    assert browser.finished_runs(_frame("finished")) == 1
    assert browser.finished_runs(_frame("new_session")) == 0
    assert browser.finished_runs("a text frame") == 0
    assert browser.finished_runs(b"\xff\xff not protobuf") == 0


def test_ratio_is_the_worst_pages_p95_over_the_floors():
    rows = [
        {"app": "floor", "events": "", "page": "overview", "action": "filter change", "p95_ms": 100},
        {"app": "floor", "events": "", "page": "regions", "action": "filter change", "p95_ms": 120},
        {"app": "phoihop", "events": 1000, "page": "overview", "action": "filter change", "p95_ms": 150},
        {"app": "phoihop", "events": 1000, "page": "regions", "action": "filter change", "p95_ms": 300},
        {"app": "phoihop", "events": 1000, "page": "report", "action": "new tab", "p95_ms": 900},
    ]
    got = browser.ratios(rows)
    assert got[0] == {
        "events": 1000,
        "action": "filter change",
        "worst_page": "regions",
        "p95_ms": 300,
        "floor_p95_ms": 120,
        "ratio": 2.5,
    }
    assert got[1]["action"] == "new tab" and got[1]["ratio"] == ""  # no floor measured for it: no ratio


def _element(kind: str, widget_id: str = "", text: str = "") -> ForwardMsg:
    msg = ForwardMsg()
    element = msg.delta.new_element
    if kind == "selectbox":
        element.selectbox.id = widget_id
    elif kind == "exception":
        element.exception.message = text
    else:
        element.markdown.body = text
    return msg


def test_the_load_test_finds_the_province_filter_by_its_key_and_counts_exceptions():
    assert load.province_widget(_element("selectbox", "$$ID-abc-f_province")) == "$$ID-abc-f_province"
    assert load.province_widget(_element("selectbox", "$$ID-abc-f_region")) is None
    assert load.province_widget(_element("markdown", text="f_province")) is None
    assert load.exception_text(_element("exception", text="Binder Error")) == "Binder Error"
    assert load.exception_text(_element("markdown", text="fine")) is None


def test_the_proxy_keeps_each_browser_on_one_process():
    text = proxy.caddyfile(8501, "127.0.0.1", proxy.process_ports(8501, 2))
    assert "reverse_proxy 127.0.0.1:8502 127.0.0.1:8503 {" in text
    assert f"lb_policy cookie {proxy.COOKIE}" in text
    assert "bind 127.0.0.1" in text and "http://:8501" in text
    assert "health_uri /_stcore/health" in text


@pytest.mark.slow
@pytest.mark.skipif(shutil.which(proxy.CADDY) is None, reason="caddy not installed (`make serve` installs it)")
def test_two_processes_behind_caddy_spread_new_browsers_and_keep_each_on_its_own(warehouse):
    from benchmarks.browser import free_port

    port = free_port()
    with proxy.cluster(warehouse, 2, port) as pids:
        assert len(pids) == 2
        given = [_sticky_cookie(port, None) for _ in range(10)]
        assert all(given) and len(set(given)) == 2  # new browsers go to both processes
        for cookie in set(given):  # a browser with its cookie stays where it is: no other process is given
            assert _sticky_cookie(port, cookie) is None


def _sticky_cookie(port: int, cookie: str | None) -> str | None:
    headers = {"Cookie": f"{proxy.COOKIE}={cookie}"} if cookie else {}
    answer = urllib.request.urlopen(urllib.request.Request(f"http://127.0.0.1:{port}/", headers=headers), timeout=30)
    assert answer.status == 200
    set_cookie = answer.headers.get("Set-Cookie") or ""
    return set_cookie.split(";")[0].split("=", 1)[1] if set_cookie.startswith(proxy.COOKIE + "=") else None


def test_a_page_that_never_rests_counts_as_the_whole_wait_and_is_reported():
    def never() -> dict:
        raise TimeoutError("not at rest")

    stuck = browser._or_timeout(never)
    assert stuck["timeout"] and stuck["rest_ms"] == browser.TIMEOUT_S * 1000
    samples = {("overview", "filter change"): [{"rest_ms": 200.0, "run_end_ms": 150.0}, {**stuck}]}
    (row,) = browser.rows_of("phoihop", 1000, samples)
    assert row["timeouts"] == 1 and row["max_ms"] == browser.TIMEOUT_S * 1000 and row["n"] == 2


def test_a_browser_wait_that_times_out_counts_as_the_whole_wait_too():
    """Playwright's own timeout (an option never shown, a click that never lands) is not Python's TimeoutError:
    it too is one slow sample, not the end of a long run."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    def never() -> dict:
        raise PlaywrightTimeout("Locator.click: Timeout 30000ms exceeded.")

    assert browser._or_timeout(never)["timeout"]


def test_the_floor_offers_every_province_the_benchmark_picks():
    from benchmarks import run

    command = browser.floor_command(8599)
    assert set(run.PROVINCES) <= set(command[command.index("--") + 1 :])


def test_the_ab_run_refuses_a_warehouse_that_is_not_there(tmp_path, monkeypatch):
    from benchmarks import browser_ab, run

    gone = tmp_path / "synth_1000000_old.duckdb"
    gone.symlink_to(tmp_path / "removed.duckdb")  # a link left behind when the warehouse was rebuilt
    with pytest.raises(SystemExit, match="no warehouse at"):
        browser_ab.warehouse_arg(str(gone))
    monkeypatch.setattr(run, "WORK", tmp_path)
    built = tmp_path / f"synth_1000_{run._build_digest()}.duckdb"
    with pytest.raises(SystemExit, match="phoihop bench"):
        browser_ab.warehouse_arg("1000")
    built.write_bytes(b"")
    assert browser_ab.warehouse_arg("1000") == built.resolve()
