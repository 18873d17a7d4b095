"""A real browser (Debian's Chromium, driven by Playwright) against `phoihop dashboard` on a local port:
every page, a filter change, a shared URL, a click through to a source article, a screenshot of each page."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import duckdb
import pytest
from playwright.sync_api import Locator, Page, expect, sync_playwright

from benchmarks.run import CHROMIUM, CHROMIUM_ARGS
from tests.conftest import ROOT

pytestmark = [pytest.mark.browser, pytest.mark.slow]  # a real Chromium: seconds a test; `-m "not slow"` skips them

SHOTS = ROOT / "tests" / "output" / "screenshots"
PAGES = {
    "": "Tổng quan",
    "regions": "Vùng và tỉnh",
    "clusters": "Cụm",
    "topics": "Chủ đề",
    "timeline": "Dòng thời gian",
    "events": "Sự kiện",
    "programs": "Chương trình",
    "quality": "Chất lượng dữ liệu",
    "report": "Báo cáo",
}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serving(db: Path, env: dict | None = None) -> Iterator[str]:
    """`phoihop dashboard` on a free local port, as a user starts it; yields its address once healthy."""
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "dashboard.cli", "dashboard", "--db", str(db), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                if urllib.request.urlopen(base + "/_stcore/health", timeout=2).read() == b"ok":
                    break
            except OSError:
                time.sleep(0.3)
        else:
            pytest.fail("the dashboard did not start")
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=20)


@pytest.fixture(scope="module")
def server(warehouse):
    with serving(warehouse) as base:
        yield base


@pytest.fixture(scope="module")
def browser():
    assert Path(CHROMIUM).exists(), "Chromium missing: `make test` installs it (tests/install_system_deps.sh)"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1400, "height": 1600}, locale="vi-VN")
    p = context.new_page()
    yield p
    context.close()


def open_page(page: Page, url: str, title: str) -> None:
    page.goto(url)
    expect(page.get_by_role("heading", name=title, exact=True).first).to_be_visible(timeout=30000)
    page.wait_for_load_state("networkidle")
    expect(page.locator("[data-testid='stStatusWidget']")).to_have_count(0, timeout=30000)  # done running


def choose(page: Page, box: Locator, option: str, url: re.Pattern[str], exact: bool = True) -> None:
    """Pick an option of a select box and wait for the URL to say so. A click can land while the list is still
    opening (a CI run saw the list stay open, nothing chosen): the box is opened and the option clicked again, up to
    three times, and the URL must follow in the end."""
    for _ in range(2):
        box.click()
        page.get_by_role("option", name=option, exact=exact).click()
        try:
            expect(page).to_have_url(url, timeout=10000)
            return
        except AssertionError:
            page.keyboard.press("Escape")
    box.click()
    page.get_by_role("option", name=option, exact=exact).click()
    expect(page).to_have_url(url, timeout=20000)


def metric_value(page: Page, label: str) -> str:
    box = page.locator("[data-testid='stMetric']").filter(has_text=label).first
    return box.locator("[data-testid='stMetricValue']").inner_text().strip()


def test_every_page_renders_and_is_captured(server, page):
    SHOTS.mkdir(parents=True, exist_ok=True)
    for path, title in PAGES.items():
        chosen = "?cluster=khuyenhoc_dbsh_cum3" if path == "clusters" else ""  # the page at work, not its prompt
        open_page(page, f"{server}/{path}{chosen}", title)
        assert page.locator("[data-testid='stException']").count() == 0, path
        if path not in ("quality", "report"):
            expect(page.locator(".js-plotly-plot, [data-testid='stDataFrame']").first).to_be_visible(timeout=30000)
        page.screenshot(path=str(SHOTS / f"{path or 'overview'}.png"))


def test_filter_change_and_shared_url_show_the_same_figures(server, page, browser):
    open_page(page, f"{server}/", "Tổng quan")
    all_agreements = metric_value(page, "Ký kết")
    assert int(all_agreements.replace(".", "")) > 0
    page.get_by_role("combobox", name="Loại sự kiện").click()
    page.get_by_role("option", name="Hội nghị", exact=True).click()
    expect(page).to_have_url(re.compile(r"type=meeting"), timeout=20000)
    expect(
        page.locator("[data-testid='stMetric']").filter(has_text="Ký kết").locator("[data-testid='stMetricValue']")
    ).to_have_text("0", timeout=20000)
    meetings = metric_value(page, "Hội nghị")
    shared = page.url

    other = browser.new_context(viewport={"width": 1400, "height": 1600}).new_page()
    open_page(other, shared, "Tổng quan")
    assert metric_value(other, "Ký kết") == "0"
    assert metric_value(other, "Hội nghị") == meetings
    other.context.close()


def test_presentation_mode_fills_the_screen_and_moves_with_keys(server, browser):
    page = browser.new_context(viewport={"width": 1920, "height": 1080}, locale="vi-VN").new_page()
    page.goto(f"{server}/regions?present=1&type=agreement")
    counter = page.locator(".present-count")
    expect(counter).to_have_text(re.compile(r"^1 / \d+$"), timeout=30000)
    total = int(counter.inner_text().split("/")[1])
    expect(page.locator(".js-plotly-plot")).to_have_count(1, timeout=30000)
    expect(page.locator("[data-testid='stSidebar']")).to_be_hidden()
    expect(page.locator("[data-testid='stHeader']")).to_be_hidden()
    expect(page.locator(".present-filters")).to_contain_text("Loại sự kiện: Ký kết")
    title = page.locator(".js-plotly-plot .gtitle").first
    expect(title).to_be_visible(timeout=20000)
    assert float(title.evaluate("e => getComputedStyle(e).fontSize").removesuffix("px")) >= 30
    page.wait_for_load_state("networkidle")
    page.screenshot(path=str(SHOTS / "presentation.png"))
    page.keyboard.press("ArrowRight")
    expect(counter).to_have_text(f"2 / {total}", timeout=20000)
    expect(page).to_have_url(re.compile(r"slide=2"), timeout=20000)
    page.keyboard.press("PageDown")
    expect(counter).to_have_text(f"3 / {total}", timeout=20000)
    page.keyboard.press("ArrowLeft")
    expect(counter).to_have_text(f"2 / {total}", timeout=20000)
    page.keyboard.press("Escape")
    expect(page.get_by_role("heading", name="Vùng và tỉnh", exact=True)).to_be_visible(timeout=30000)
    expect(page.locator("[data-testid='stSidebar']")).to_be_visible()
    page.context.close()


def test_a_chart_downloads_as_a_1920_by_1080_image(server, page, tmp_path):
    from PIL import Image

    open_page(page, f"{server}/topics", "Chủ đề")
    page.get_by_role("button", name="Tải ảnh biểu đồ").first.click()
    with page.expect_download(timeout=60000) as png:
        page.get_by_role("button", name="PNG, 1920×1080").first.click()
    saved = tmp_path / png.value.suggested_filename
    png.value.save_as(saved)
    assert saved.suffix == ".png" and Image.open(saved).size == (1920, 1080)
    with page.expect_download(timeout=60000) as svg:
        page.get_by_role("button", name="SVG (vector, 1920×1080)").first.click()
    text = Path(svg.value.path()).read_text(encoding="utf-8")
    assert text.startswith("<svg") and "Hoạt động theo chủ đề" in text and "Nguồn: phoihop" in text
    assert "MÔ PHỎNG" not in text  # real data carries no simulated-data mark


def test_a_shared_link_keeps_the_timeline_grain_and_the_clusters_choice(server, page, browser):
    open_page(page, f"{server}/timeline", "Dòng thời gian")
    page.get_by_role("radiogroup", name="Đơn vị thời gian").get_by_text("Tháng", exact=True).click()
    expect(page).to_have_url(re.compile(r"grain=month"), timeout=20000)
    shared_timeline = page.url

    open_page(page, f"{server}/clusters", "Cụm")
    main = page.locator("[data-testid='stMain']")
    choose(page, main.get_by_role("combobox", name="Mạng lưới"), "Hội Khuyến học", re.compile(r"network=H"))
    choose(
        page,
        main.get_by_role("combobox", name="Cụm"),
        "Hội Khuyến học — cụm 3",
        re.compile(r"cluster=khuyenhoc_dbsh_cum3"),
        exact=False,
    )
    expect(main.get_by_role("heading", name="Thành viên: 8")).to_be_visible(timeout=20000)
    sidebar = page.locator("[data-testid='stSidebar']")
    expect(sidebar.get_by_role("combobox", name="Cụm")).to_have_value("Hội Khuyến học — cụm 3")
    shared_clusters = page.url

    other = browser.new_context(viewport={"width": 1400, "height": 1600}).new_page()
    open_page(other, shared_timeline, "Dòng thời gian")
    expect(other.get_by_role("radio", name="Tháng")).to_be_checked()
    open_page(other, shared_clusters, "Cụm")
    main = other.locator("[data-testid='stMain']")
    expect(main.get_by_role("heading", name="Thành viên: 8")).to_be_visible(timeout=20000)
    expect(main.get_by_role("combobox", name="Cụm")).to_have_value("Hội Khuyến học — cụm 3")
    expect(main.get_by_role("combobox", name="Mạng lưới")).to_have_value("Hội Khuyến học")
    other.context.close()


@pytest.fixture(scope="module")
def big_simulated(tmp_path_factory) -> Iterator[str]:
    """More events than the table shows, flagged simulated as `phoihop simulate` flags its articles."""
    import duckdb

    from benchmarks import synth

    db = synth.build(tmp_path_factory.mktemp("big") / "big.duckdb", 2_500)
    with duckdb.connect(str(db)) as con:
        con.execute("update documents set flags = ['simulated']")
    with serving(db) as base:
        yield base


def test_downloads_hold_every_row_and_images_say_simulated(big_simulated, page):
    import csv
    import io

    open_page(page, f"{big_simulated}/events", "Sự kiện")
    expect(page.get_by_text("Hiển thị 2.000 sự kiện mới nhất trong 2.500", exact=False)).to_be_visible()
    with page.expect_download(timeout=60000) as got:
        page.get_by_role("button", name="Tải CSV (cả 2.500 sự kiện)").click()
    rows = list(csv.reader(io.StringIO(Path(got.value.path()).read_text(encoding="utf-8-sig"))))
    assert rows[0][:3] == ["Ngày", "Loại", "Tỉnh/thành"] and len(rows) == 2_501
    assert not {"None", "NaT", "nan"} & {cell for row in rows for cell in row}

    open_page(page, f"{big_simulated}/topics", "Chủ đề")
    page.get_by_role("button", name="Tải ảnh biểu đồ").first.click()
    with page.expect_download(timeout=60000) as svg:
        page.get_by_role("button", name="SVG (vector, 1920×1080)").first.click()
    assert "DỮ LIỆU MÔ PHỎNG — không phải số liệu thật" in Path(svg.value.path()).read_text(encoding="utf-8")


def test_report_page_gives_a_pdf_and_a_deck(server, page, tmp_path):
    open_page(page, f"{server}/report", "Báo cáo")
    page.get_by_role("button", name="Tạo báo cáo").click()
    download_pdf = page.get_by_role("button", name="Tải PDF")
    expect(download_pdf).to_be_visible(timeout=120000)
    page.screenshot(path=str(SHOTS / "report.png"))
    with page.expect_download(timeout=60000) as pdf:
        download_pdf.click()
    assert Path(pdf.value.path()).read_bytes()[:5] == b"%PDF-"
    assert pdf.value.suggested_filename.endswith(".pdf")
    with page.expect_download(timeout=60000) as pptx:
        page.get_by_role("button", name="Tải PowerPoint (.pptx)").click()
    assert Path(pptx.value.path()).read_bytes()[:2] == b"PK"


def test_click_through_to_a_source_article(server, page):
    open_page(page, f"{server}/events?q=ban+dan+van+tinh+uy+dien+bien", "Sự kiện")
    grid = page.locator("[data-testid='stDataFrame']").first
    expect(grid).to_be_visible()
    box = grid.bounding_box()
    page.mouse.click(box["x"] + 18, box["y"] + 35 + 18)  # the first row's selection marker
    expect(page.get_by_text("Bài gốc")).to_be_visible(timeout=20000)
    expect(page.get_by_text("Chương trình phối hợp giữa Ban Dân vận Tỉnh ủy", exact=False).first).to_be_visible()
    page.screenshot(path=str(SHOTS / "events_article.png"))


def test_selecting_a_bar_narrows_to_its_events_with_a_way_back(server, page):
    open_page(page, f"{server}/topics", "Chủ đề")
    bar = page.locator(".js-plotly-plot").first.locator("g.point path").first
    expect(bar).to_be_visible(timeout=20000)
    bar.click(force=True)
    expect(page.get_by_text("Đang xem các sự kiện của")).to_be_visible(timeout=20000)
    expect(page.locator("[data-testid='stDataFrame']").first).to_be_visible()
    page.get_by_role("button", name="← Quay lại toàn bộ").click()
    expect(page.get_by_text("Đang xem các sự kiện của")).to_have_count(0, timeout=20000)


# The pixel position, inside the chart, of a named province's clickable point (the first with events when
# no name is given), with the count the map gives it.
_PROVINCE_POINT = """(gd, wanted) => {
    const xa = gd._fullLayout.xaxis, ya = gd._fullLayout.yaxis;
    for (const trace of gd.data) {
        if (trace.meta !== "points") continue;
        for (let i = 0; i < trace.x.length; i++) {
            if (wanted ? trace.customdata[i][0] === wanted : trace.customdata[i][1] > 0) {
                const [name, events] = trace.customdata[i];
                return {name, events, x: xa._offset + xa.l2p(trace.x[i]), y: ya._offset + ya.l2p(trace.y[i])};
            }
        }
    }
    return null;
}"""


def test_map_names_both_archipelagos_and_a_click_on_a_province_lists_its_events(server, page, warehouse):
    """The list behind a province holds exactly the events its colour counts: hosted or taken part in."""
    with duckdb.connect(str(warehouse), read_only=True) as con:  # a province that also took part elsewhere
        (guest,) = con.execute(
            "select p from (select unnest(places_legacy[2:]) as p from events) group by p order by count(*) desc limit 1"
        ).fetchone()
    open_page(page, f"{server}/regions", "Vùng và tỉnh")
    chart = page.locator(".js-plotly-plot").first
    expect(chart.locator("text", has_text="Quần đảo Hoàng Sa").first).to_be_visible(timeout=30000)
    expect(chart.locator("text", has_text="Quần đảo Trường Sa").first).to_be_visible()
    expect(chart.locator("text", has_text="(Khánh Hòa)").first).to_be_visible()
    assert chart.locator("text", has_text="Hà Nội").count() >= 1
    target = chart.evaluate(_PROVINCE_POINT, guest)
    assert target is not None and target["events"] > 0
    box = chart.bounding_box()
    page.mouse.click(box["x"] + target["x"], box["y"] + target["y"])
    expect(page.get_by_text("Đang xem các sự kiện của")).to_be_visible(timeout=20000)
    expect(page.get_by_text(f"Tỉnh/thành: {target['name']} (chủ trì hoặc tham gia)").first).to_be_visible()
    expect(page.get_by_text(f"Hiển thị {target['events']} sự kiện", exact=True)).to_be_visible()
    expect(page.locator("[data-testid='stDataFrame']").first).to_be_visible()
    page.screenshot(path=str(SHOTS / "regions_map_click.png"))


def test_untrusted_article_text_is_shown_literally(server, page):
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    open_page(page, f"{server}/events?q=yen+bai", "Sự kiện")
    grid = page.locator("[data-testid='stDataFrame']").first
    box = grid.bounding_box()
    page.mouse.click(box["x"] + 18, box["y"] + 35 + 18)
    expect(page.get_by_text("Bài gốc")).to_be_visible(timeout=20000)
    expect(page.get_by_text("<script>alert('title')</script>", exact=False).first).to_be_visible()
    expect(page.get_by_text("[bấm vào đây](javascript:alert('md'))", exact=False).first).to_be_visible()
    expect(page.get_by_text("<img src=x onerror=\"alert('img')\">", exact=False).first).to_be_visible()
    assert page.locator("main img[src='x']").count() == 0
    assert page.locator("main a[href^='javascript']").count() == 0
    page.wait_for_timeout(1000)
    assert dialogs == []  # nothing ran


def test_pages_keep_answering_while_a_load_swaps_the_warehouse(browser, tmp_path):
    """Several browser sessions read the dashboard while `phoihop etl` loads and swaps its warehouse:
    no error, and every figure is the old warehouse's or the new one's, never a half-loaded one."""
    from etl.pipeline import run_etl
    from tests.test_warehouse import _write_corpus

    db = tmp_path / "live.duckdb"
    run_etl([ROOT / "data" / "raw"], db, progress=False)
    corpus = tmp_path / "corpus"
    _write_corpus(corpus, 2500)
    with serving(db) as base:
        sessions = [browser.new_context(viewport={"width": 1200, "height": 1000}).new_page() for _ in range(3)]
        open_page(sessions[0], base + "/", "Tổng quan")
        before = metric_value(sessions[0], "Ký kết")
        load = subprocess.Popen(
            [sys.executable, "-m", "dashboard.cli", "etl", str(corpus), "--db", str(db), "--quiet"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        seen = set()
        while load.poll() is None or len(seen) < 2:
            for page in sessions:
                open_page(page, base + "/", "Tổng quan")
                assert page.locator("[data-testid='stException']").count() == 0
                seen.add(metric_value(page, "Ký kết"))
            if load.poll() is not None and len(seen) < 2:
                seen.add(metric_value(sessions[0], "Ký kết"))
                break
        assert load.returncode == 0
        open_page(sessions[1], base + "/", "Tổng quan")
        after = metric_value(sessions[1], "Ký kết")
        assert after != before
        assert seen <= {before, after}, seen  # never a half-loaded figure


def test_with_sign_in_configured_no_page_is_reachable_without_it(browser, warehouse, tmp_path):
    from dashboard.passwords import hash_password

    secrets = tmp_path / "secrets.toml"
    secrets.write_text(
        f'[phoihop.users.lan]\nrole = "analyst"\npassword_hash = "{hash_password("mat-khau-lan")}"\n', encoding="utf-8"
    )
    with serving(warehouse, env={**os.environ, "PHOIHOP_SECRETS": str(secrets)}) as base:
        page = browser.new_context(viewport={"width": 1200, "height": 1000}).new_page()
        for path, title in PAGES.items():
            open_page(page, f"{base}/{path}?type=agreement", "Đăng nhập")
            assert page.get_by_role("heading", name=title, exact=True).count() == 0 or title == "Đăng nhập"
            assert page.locator("[data-testid='stMetric'], [data-testid='stDataFrame'], .js-plotly-plot").count() == 0
            assert page.locator("[data-testid='stDownloadButton'], [data-testid='stFileUploader']").count() == 0
        page.get_by_label("Tên đăng nhập").fill("lan")
        page.get_by_label("Mật khẩu").fill("mat-khau-lan")
        page.get_by_role("button", name="Đăng nhập").click()
        # the last address asked for (the report page), not the overview
        expect(page.get_by_role("heading", name="Báo cáo", exact=True)).to_be_visible(timeout=30000)
        open_page(page, f"{base}/?type=agreement", "Tổng quan")
        expect(
            page.locator("[data-testid='stDataFrame'], .js-plotly-plot, [data-testid='stMetric']").first
        ).to_be_visible(timeout=30000)
        page.context.close()


def test_selecting_one_type_of_a_stacked_bar_lists_that_type_only(server, page):
    open_page(page, f"{server}/topics", "Chủ đề")
    chart = page.locator(".js-plotly-plot").first
    segment = chart.locator("g.trace.bars").nth(1).locator("g.point path").first  # the meetings of the top topic
    expect(segment).to_be_visible(timeout=20000)
    meetings = chart.evaluate("gd => gd.data[1]")
    assert meetings["name"] == "Hội nghị" and meetings["customdata"][0][1] == "meeting"
    segment.click(force=True)
    selected = page.get_by_text("Đang xem các sự kiện của")
    expect(selected).to_be_visible(timeout=20000)
    expect(selected).to_contain_text("Loại sự kiện: Hội nghị")
    expect(page.get_by_text(f"Hiển thị {meetings['x'][0]} sự kiện", exact=True)).to_be_visible(timeout=20000)


# Every chart's title block, its filter note's type size and its legend, read in one go from the drawn SVG.
_TITLES_AND_LEGENDS = """() => [...document.querySelectorAll('.js-plotly-plot')].map(gd => {
    const box = el => { if (!el) return null; const r = el.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; };
    const note = gd.querySelector(".gtitle tspan[style*='font-size']");
    return {title: box(gd.querySelector('.gtitle')), legend: box(gd.querySelector('.legend')),
            note: note ? parseFloat(getComputedStyle(note).fontSize) : null};
})"""


def _drawn_titles(page: Page) -> list[dict]:
    """The charts as drawn once plotly has settled (Streamlit may draw a chart again as its width is known)."""
    previous = None
    for _ in range(40):
        current = page.evaluate(_TITLES_AND_LEGENDS)
        if current and current == previous and all(c["title"] for c in current):
            return current
        previous = current
        page.wait_for_timeout(250)
    pytest.fail(f"the charts did not settle: {previous}")


def _overlap(a: list[float], b: list[float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


@pytest.mark.parametrize("width", [390, 1400])
def test_chart_subtitles_are_readable_and_clear_of_the_legend(server, browser, width):
    page = browser.new_context(viewport={"width": width, "height": 844}, locale="vi-VN").new_page()
    long_filters = "region=B%E1%BA%AFc+Trung+B%E1%BB%99+v%C3%A0+duy%C3%AAn+h%E1%BA%A3i+mi%E1%BB%81n+Trung&q=ban"
    for path, title in (("regions", "Vùng và tỉnh"), ("timeline", "Dòng thời gian")):
        open_page(page, f"{server}/{path}?{long_filters}", title)
        expect(page.locator(".js-plotly-plot").first).to_be_visible(timeout=30000)
        charts = _drawn_titles(page)
        assert len(charts) >= 3, path
        for chart in charts:
            assert chart["note"] is None or chart["note"] >= 12, (path, chart)  # was 9 px
            assert chart["legend"] is None or not _overlap(chart["title"], chart["legend"]), (path, chart)
        assert any(chart["note"] and chart["legend"] for chart in charts), path
    page.context.close()


def test_presentation_labels_every_province_of_the_ranking(server, browser):
    page = browser.new_context(viewport={"width": 1920, "height": 1080}, locale="vi-VN").new_page()
    page.goto(f"{server}/?present=1&slide=4")
    expect(page.locator(".present-count")).to_have_text(re.compile(r"^4 / \d+$"), timeout=30000)
    chart = page.locator(".js-plotly-plot")
    expect(chart.locator(".gtitle")).to_contain_text("Xếp hạng tỉnh", timeout=30000)
    labels = chart.locator(".ytick").evaluate_all("ticks => ticks.map(t => t.textContent)")
    assert len(labels) == 20 and sorted(labels)[0].startswith("1. "), labels
    page.context.close()


LOCAL_HOSTS = {"127.0.0.1", "localhost"}


def _foreign(urls: list[str]) -> list[str]:
    """Addresses on any host but this machine (data: and blob: addresses never leave the browser)."""
    return [u for u in urls if urlsplit(u).scheme not in ("data", "blob") and urlsplit(u).hostname not in LOCAL_HOSTS]


def test_no_request_leaves_the_machine(server, browser):
    """Every page in both languages, and every slide of presentation mode: no request to another host
    (an office network without internet would show each as an error)."""
    context = browser.new_context(viewport={"width": 1400, "height": 1600}, locale="vi-VN")
    asked: list[str] = []
    context.on("request", lambda r: asked.append(r.url))
    context.on("websocket", lambda ws: asked.append(ws.url))
    page = context.new_page()
    for path, title in PAGES.items():
        open_page(page, f"{server}/{path}", title)
    open_page(page, f"{server}/regions?lang=en", "Regions and provinces")
    page.goto(f"{server}/?present=1")
    counter = page.locator(".present-count")
    expect(counter).to_have_text(re.compile(r"^1 / \d+$"), timeout=30000)
    total = int(counter.inner_text().split("/")[1])
    for number in range(2, total + 1):  # the button, not the key: a key pressed mid-rerun can be lost
        page.locator(".st-key-present_next button").click()
        expect(counter).to_have_text(f"{number} / {total}", timeout=20000)
        page.wait_for_load_state("networkidle")
    context.close()
    assert len(asked) > 50
    assert _foreign(asked) == []


def test_deep_links_and_typed_page_names_answer_without_errors(server, browser):
    """A shared deep link asks nothing the server refuses; a page name typed by hand opens that page; an
    unknown one says so in the user's language, not in Streamlit's English dialog."""
    context = browser.new_context(viewport={"width": 1400, "height": 1600}, locale="vi-VN")
    refused: list[str] = []
    context.on("response", lambda r: refused.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    page = context.new_page()
    open_page(page, f"{server}/regions?type=agreement", "Vùng và tỉnh")
    open_page(page, f"{server}/events?type=meeting&q=cum", "Sự kiện")
    open_page(page, f"{server}/overview?type=agreement", "Tổng quan")
    expect(page).to_have_url(re.compile(r"type=agreement"))
    assert metric_value(page, "Hội nghị") == "0"
    page.wait_for_timeout(1000)
    assert page.get_by_text("Page not found").count() == 0
    open_page(page, f"{server}/khong-co-trang-nay", "Tổng quan")
    expect(page.get_by_text("Không có trang", exact=False)).to_be_visible(timeout=20000)
    expect(page.get_by_text("khong-co-trang-nay", exact=False).first).to_be_visible()
    page.wait_for_timeout(1000)
    assert page.get_by_text("Page not found").count() == 0
    context.close()
    assert refused == []


def test_the_uploader_states_the_real_limit_in_the_users_language(server, page):
    open_page(page, f"{server}/quality", "Chất lượng dữ liệu")
    uploader = page.locator("[data-testid='stFileUploader']")
    expect(uploader).to_be_visible(timeout=30000)
    text = uploader.evaluate(
        "e => e.innerText + ' ' + [...e.querySelectorAll('*')].map(n => getComputedStyle(n, '::after').content).join(' ')"
    )
    assert "200" not in text and "Upload" not in text, text
    assert "20 MB" in text, text
    expect(uploader.get_by_role("button", name="Tải tệp lên")).to_be_visible()


def test_a_phone_shows_the_headline_figures_and_the_first_chart_on_the_first_screen(server, browser):
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, locale="vi-VN", is_mobile=True, has_touch=True
    )
    page = context.new_page()
    open_page(page, f"{server}/?pick=this_year", "Tổng quan")  # a chosen period: each figure with its change
    figures_shown = page.locator("[data-testid='stMetric']")
    expect(figures_shown).to_have_count(6)  # the five headline figures and the programs due for review
    header = page.locator("[data-testid='stHeader']").bounding_box()
    for box in (figures_shown.nth(i).bounding_box() for i in range(6)):
        assert box["y"] >= header["y"] + header["height"] - 1 and box["y"] + box["height"] <= 844, box
        assert box["x"] >= 0 and box["x"] + box["width"] <= 390, box
    chart = page.locator(".js-plotly-plot").first.bounding_box()
    assert chart["y"] + 150 <= 844, chart  # its title, legend and the top of its bars
    page.screenshot(path=str(SHOTS / "phone.png"))
    context.close()


# Text from crawled records and a shared link that Markdown or plotly would turn into links and images.
PHISH = "![x](http://host.example/x.png) [Đăng nhập lại](http://host.example/phish)"
HOSTILE_RECORDS = [  # our own words: two events whose titles and ids carry markup
    {
        "id": "![t](http://host.example/id.png)",
        "title": f"<a href=//h.x>Bấm</a> Ninh Bình ký kết chương trình phối hợp giai đoạn 2024-2028 "
        f'<a href="http://host.example/a">bấm</a> {PHISH}',
        "published": "2024-03-06",
        "text": "Ngày 5/3/2024, Sở Tư pháp tỉnh Ninh Bình và Hội Nông dân tỉnh Ninh Bình ký kết chương trình phối hợp "
        "tuyên truyền, phổ biến pháp luật cho hội viên nông dân giai đoạn 2024-2028.\nTheo chương trình, hai bên tổ "
        "chức các buổi tuyên truyền tại cơ sở và bồi dưỡng đội ngũ báo cáo viên.\nHai bên giao ban định kỳ sáu "
        "tháng một lần để đánh giá kết quả thực hiện.",
    },
    {
        "id": "[Đăng nhập lại](http://host.example/phish2)",
        "title": f"Thanh Hóa: hội nghị sơ kết quy chế phối hợp <b>in đậm</b> <img src=http://host.example/i.png> {PHISH}",
        "published": "2023-10-12",
        "text": "Sáng 11/10/2023, Ban Dân vận Tỉnh ủy Thanh Hóa và Ủy ban Mặt trận Tổ quốc tỉnh Thanh Hóa tổ chức hội "
        "nghị sơ kết quy chế phối hợp giai đoạn 2021-2025.\nHội nghị đánh giá kết quả hai năm thực hiện quy chế.\n"
        "Các đại biểu thống nhất tăng cường trao đổi thông tin giữa hai cơ quan.",
    },
]
# Every anchor's address, HTML and SVG alike (plotly draws its <a> in SVG, with xlink:href).
_ANCHORS = """() => [...document.querySelectorAll('a')].map(a =>
    a.getAttribute('href') || a.getAttributeNS('http://www.w3.org/1999/xlink', 'href') || '')"""
_IMAGES = (
    "() => [...document.querySelectorAll('img, image')].map(i => i.getAttribute('src') || i.getAttribute('href') || '')"
)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> Iterator[str]:
    import json

    from etl.pipeline import run_etl

    folder = tmp_path_factory.mktemp("hostile")
    corpus = folder / "crawl.jsonl"
    corpus.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in HOSTILE_RECORDS) + "\n", encoding="utf-8")
    db = folder / "hostile.duckdb"
    run_etl([corpus], db, progress=False)
    with serving(db) as base:
        yield base


def _outside_links(page: Page) -> list[str]:
    """Anchors and images that point off this machine (the page's own addresses are relative or local)."""
    found = [*page.evaluate(_ANCHORS), *page.evaluate(_IMAGES)]
    relative = [u for u in found if u.startswith(("#", "./", "../")) or u.startswith("/") and not u.startswith("//")]
    return [u for u in found if u and u not in relative and _foreign([urljoin("http://127.0.0.1/", u)])]


def expect_words(page: Page, text: str) -> None:
    """Wait until the page reads `text` (the invisible word joiners that keep Markdown from linking left out)."""
    page.wait_for_function(
        "text => document.body.innerText.replaceAll('\u2060', '').includes(text)", arg=text, timeout=30000
    )


def test_untrusted_text_never_becomes_a_link_or_an_outside_request(hostile, browser):
    """Crawled titles with <a href>, record ids and a shared link's search written as Markdown links and images:
    on every page (the program chart's labels and hover, the captions, the selection's caption, the empty-state
    message, presentation mode) they are words; no anchor points off the machine and no request leaves it."""
    from urllib.parse import quote

    context = browser.new_context(viewport={"width": 1400, "height": 1600}, locale="vi-VN")
    asked: list[str] = []
    context.on("request", lambda r: asked.append(r.url))
    page = context.new_page()
    shared = "q=" + quote(PHISH)
    for path, title in PAGES.items():
        open_page(page, f"{hostile}/{path}?{shared}", title)
        assert _outside_links(page) == [], path
    expect_words(page, PHISH)  # the search, said in words

    open_page(page, f"{hostile}/timeline?{shared}", "Dòng thời gian")
    gantt = page.locator(".js-plotly-plot").nth(1)
    expect(gantt.locator(".gtitle")).to_contain_text("Giai đoạn các chương trình", timeout=30000)
    expect(gantt.locator(".ytick", has_text="<a href=//h.x>Bấm</a>").first).to_be_attached()  # a row's label
    gantt.locator("g.point path").first.hover(force=True)
    expect(gantt.locator(".hoverlayer")).to_contain_text("<a href=", timeout=20000)  # the hover shows the title
    assert _outside_links(page) == []

    open_page(page, f"{hostile}/topics?{shared}", "Chủ đề")  # a selected bar: its filters in an info box
    page.locator(".js-plotly-plot").first.locator("g.point path").first.click(force=True)
    expect(page.get_by_text("Đang xem các sự kiện của")).to_contain_text("Đăng nhập lại](http", timeout=20000)
    assert _outside_links(page) == []

    open_page(page, f"{hostile}/events?{shared}", "Sự kiện")
    box = page.locator("[data-testid='stDataFrame']").first.bounding_box()
    page.mouse.click(box["x"] + 18, box["y"] + 35 + 18)  # the first row: its source and record id
    expect(page.get_by_text("Bài gốc")).to_be_visible(timeout=20000)
    page.wait_for_load_state("networkidle")
    expect_words(page, f"· {HOSTILE_RECORDS[0]['id']}")  # the record id, in the caption under the title
    assert _outside_links(page) == []

    open_page(page, f"{hostile}/?missing=a%0A%0A{quote(PHISH)}", "Tổng quan")  # a crafted "no such page" name
    expect_words(page, "Không có trang")
    assert _outside_links(page) == []
    page.goto(f"{hostile}/?present=1&q=" + quote(f"a\n\n{PHISH}"))  # a blank line would end the HTML block
    expect(page.locator(".present-filters")).to_contain_text("Đăng nhập lại](http", timeout=30000)
    page.wait_for_load_state("networkidle")
    assert _outside_links(page) == []
    context.close()
    assert _foreign(asked) == []


def _session_ids(page: Page) -> list[str]:
    """The Streamlit session ids the server gives this page, newest last (read from its websocket)."""
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    ids: list[str] = []

    def frame(payload: str | bytes) -> None:
        if isinstance(payload, bytes):
            message = ForwardMsg.FromString(payload)
            if message.HasField("new_session"):
                ids.append(message.new_session.initialize.session_id)

    page.on("websocket", lambda ws: ws.on("framereceived", frame))
    return ids


def _upload(page: Page, base: str, session: str, size: int = 5) -> int:
    """A real HTTP PUT of a file to Streamlit's upload address, as the page's uploader sends it."""
    xsrf = next((c["value"] for c in page.context.cookies() if c["name"] == "_streamlit_xsrf"), "")
    answer = page.request.put(
        f"{base}/_stcore/upload_file/{session}/file-{size}",
        multipart={"file": {"name": "bai.txt", "mimeType": "text/plain", "buffer": b"x" * size}},
        headers={"X-Xsrftoken": xsrf},
    )
    return answer.status


def test_sign_in_guards_uploads_lasts_across_reloads_and_lands_where_the_link_pointed(browser, warehouse, tmp_path):
    """With sign-in on: an upload from a session not signed in as an analyst is refused before it is read
    (six 150 MB uploads used to be taken); the server's limit is the product's 20 MB; a reload or a typed
    address keeps the user signed in (it used to sign them out), and a deep link lands on its own page."""
    from dashboard.passwords import hash_password

    secrets = tmp_path / "secrets.toml"
    secrets.write_text(
        f'[phoihop.users.lan]\nrole = "analyst"\npassword_hash = "{hash_password("mat-khau-lan")}"\n'
        f'[phoihop.users.minh]\nrole = "viewer"\npassword_hash = "{hash_password("mat-khau-minh")}"\n',
        encoding="utf-8",
    )

    def sign_in(page: Page, name: str, password: str) -> None:
        page.get_by_label("Tên đăng nhập").fill(name)
        page.get_by_label("Mật khẩu").fill(password)
        page.get_by_role("button", name="Đăng nhập").click()

    with serving(warehouse, env={**os.environ, "PHOIHOP_SECRETS": str(secrets)}) as base:
        page = browser.new_context(viewport={"width": 1200, "height": 1000}).new_page()
        sessions = _session_ids(page)
        open_page(page, f"{base}/regions?type=agreement", "Đăng nhập")
        assert _upload(page, base, sessions[-1]) == 403  # not signed in
        sign_in(page, "lan", "mat-khau-lan")
        expect(page.get_by_role("heading", name="Vùng và tỉnh", exact=True)).to_be_visible(timeout=30000)
        expect(page).to_have_url(re.compile(r"/regions\?.*type=agreement"))
        assert _upload(page, base, sessions[-1]) == 204  # an analyst's upload is taken
        assert _upload(page, base, sessions[-1], 21 * 1024 * 1024) == 413  # past the product's 20 MB
        expect(page.locator("[data-testid='stSidebar']")).to_be_visible()
        page.wait_for_load_state("networkidle")  # the page trades its ticket for the cookie

        page.reload()
        open_page(page, page.url, "Vùng và tỉnh")  # still signed in, on the same page
        open_page(page, f"{base}/timeline?type=meeting", "Dòng thời gian")  # an address typed by hand
        assert page.get_by_label("Mật khẩu").count() == 0
        page.get_by_role("button", name="Đăng xuất").click()
        expect(page.get_by_label("Mật khẩu")).to_be_visible(timeout=30000)
        page.wait_for_load_state("networkidle")
        page.reload()
        open_page(page, page.url, "Đăng nhập")  # signed out stays signed out
        assert _upload(page, base, sessions[-1]) == 403
        page.context.close()

        viewer = browser.new_context(viewport={"width": 1200, "height": 1000}).new_page()
        viewer_sessions = _session_ids(viewer)
        open_page(viewer, f"{base}/", "Đăng nhập")
        sign_in(viewer, "minh", "mat-khau-minh")
        expect(viewer.get_by_role("heading", name="Tổng quan", exact=True)).to_be_visible(timeout=30000)
        assert _upload(viewer, base, viewer_sessions[-1]) == 403  # a viewer uploads nothing
        viewer.context.close()


def test_the_benchmarks_rest_detection_waits_for_the_changed_page(server, browser):
    """`phoihop bench`'s browser benchmark: after a province change, "at rest" is reached only once the page
    shows the change (checked at once, without Playwright's waiting), with every chart drawn."""
    from benchmarks import browser as bench

    context = browser.new_context(viewport={"width": 1400, "height": 1600}, locale="vi-VN")
    try:
        tab = bench.open_tab(context)
        opened = bench.navigate(tab, f"{server}/")
        assert opened["plots"] >= 1 and opened["plots_drawn"] == opened["plots"]
        assert 0 < opened["first_chart"] <= opened["rest_ms"]
        changed = bench.change_province(tab, "Nghệ An")
        assert 0 < changed["rest_ms"] < bench.TIMEOUT_S * 1000
        page = tab.page
        assert "province=" in page.url
        assert page.locator("[data-testid='stCaptionContainer']").filter(has_text="Nghệ An").count() >= 1
        assert page.locator("[data-testid='stStatusWidget'], [data-stale='true']").count() == 0
        plots = page.locator("[data-testid='stPlotlyChart']")
        assert plots.count() >= 1
        assert all(plots.nth(i).locator(".main-svg").count() > 0 for i in range(plots.count()))
    finally:
        context.close()


def _rest_moved(page: Page, script: str) -> bool:
    """Whether the benchmark's rest probe (its INIT_JS, evaluated in the page) counts what the script changes."""
    last = "() => window.__rest.lastMutation"
    before = page.evaluate(last)
    page.wait_for_timeout(30)
    page.evaluate(script)
    page.wait_for_timeout(30)  # the observer's records are delivered after the change
    return page.evaluate(last) > before


@contextmanager
def _rest_probe(browser, html: str) -> Iterator[Callable[[str], bool]]:
    """A page holding `html` with the benchmark's rest probe in it: yields whether a script's change counts."""
    from benchmarks import browser as bench

    context = browser.new_context()
    try:
        page = context.new_page()
        page.set_content(html)
        page.evaluate(bench.INIT_JS)
        yield partial(_rest_moved, page)
    finally:
        context.close()


def test_the_benchmarks_rest_ignores_what_a_canvas_holds_but_not_the_canvas(browser):
    """A canvas's children are never painted: the data grid's screen-reader table, rewritten 200 ms after the
    grid draws, is no change a viewer waits for; the canvas itself (resized, replaced) and the page around it are."""
    with _rest_probe(browser, "<div id='page'></div><canvas id='grid'></canvas>") as changed:
        assert not changed("() => document.getElementById('grid').innerHTML = '<table><tr><td>1</td></tr></table>'")
        assert not changed("() => document.querySelector('#grid td').textContent = '2'")
        assert not changed("() => document.querySelector('#grid td').setAttribute('aria-selected', 'true')")
        assert changed("() => document.getElementById('grid').setAttribute('width', '640')")
        assert changed("() => document.getElementById('page').textContent = 'drawn'")


def test_the_benchmarks_rest_ignores_the_screen_reader_announcer(browser):
    """The drop-down's "64 options available" is added to a clipped announcer and removed 7 s later, in some later
    action's wait: no viewer sees it, so it must not hold that action's rest back; the page around it still does."""
    announcer = (
        "<div data-live-announcer='true' style='position:absolute;width:1px;height:1px;overflow:hidden'>"
        "<div role='log' aria-live='assertive' id='log'></div></div><div id='page'></div>"
    )
    with _rest_probe(browser, announcer) as changed:
        assert not changed("() => document.getElementById('log').innerHTML = '<div>64 options available.</div>'")
        assert not changed("() => document.querySelector('#log div').textContent = '1 option available.'")
        assert not changed("() => document.querySelector('#log div').remove()")
        assert changed("() => document.getElementById('page').textContent = 'drawn'")


def _chart_code(page: Page) -> dict:
    """What the preloader did (dashboard/preload.py) and whether plotly's code has run in this page (it adds its
    global style sheet when it runs), how often its module was fetched, and how many charts are drawn."""
    from dashboard import preload

    return page.evaluate(
        """chunk => ({
          state: window.__phoihopPreload ? window.__phoihopPreload.state : null,
          by: window.__phoihopPreload ? window.__phoihopPreload.by : null,
          ran: document.getElementById('plotly.js-style-global') !== null,
          fetched: performance.getEntriesByType('resource').filter(e => e.name.endsWith('/static/js/' + chunk)).length,
          charts: document.querySelectorAll("[data-testid='stPlotlyChart'] .main-svg").length,
        })""",
        preload.plotly_chunk(),
    )


def test_a_page_without_a_chart_runs_the_chart_code_at_rest_so_a_switch_does_not_wait_for_it(server, page):
    """The report page draws no plotly chart, yet once it is at rest the browser fetches and runs Streamlit's
    plotly module (from this server: see dashboard/preload.py); a switch to the overview then draws its charts
    with the module as it was: not fetched again, not run from the press."""
    open_page(page, f"{server}/report", "Báo cáo")
    page.wait_for_function("() => window.__phoihopPreload && window.__phoihopPreload.state === 'ran'", timeout=20000)
    before = _chart_code(page)
    assert before == {"state": "ran", "by": "idle", "ran": True, "fetched": 1, "charts": 0}
    assert page.locator(
        "[data-testid='stSidebar'] [data-testid='stElementContainer']:has(#phoihop-preload)"
    ).is_hidden()
    page.locator("[data-testid='stSidebarNav'] a").first.click()
    expect(page.locator("[data-testid='stPlotlyChart'] .main-svg").first).to_be_visible(timeout=30000)
    after = _chart_code(page)
    assert after["charts"] >= 1 and after["fetched"] == 1 and after["by"] == "idle"


def test_once_the_chart_code_ran_plotly_draws_once_off_screen_and_leaves_nothing_behind(server, page):
    """The first chart page a tab switches to paid plotly.js running its drawing code for the first time (about
    100 ms more of the browser's time than the next switch): the preloader draws a small chart of each kind off
    screen as soon as the module has run, then removes it; nothing of it stays on the page or in view."""
    open_page(page, f"{server}/report", "Báo cáo")
    page.wait_for_function(
        "() => window.__phoihopPreload && ['drawn', 'failed', 'no plotly'].includes(window.__phoihopPreload.warm)",
        timeout=20000,
    )
    assert page.evaluate("() => window.__phoihopPreload.warm") == "drawn"
    assert page.locator(".js-plotly-plot").count() == 0  # purged and removed
    assert page.evaluate("() => document.body.scrollWidth <= window.innerWidth")  # never in view, nothing to scroll to
    page.locator("[data-testid='stSidebarNav'] a").first.click()
    expect(page.locator("[data-testid='stPlotlyChart'] .main-svg").first).to_be_visible(timeout=30000)
    assert (
        page.locator(".js-plotly-plot").count() == page.locator("[data-testid='stPlotlyChart'] .js-plotly-plot").count()
    )


def test_the_chart_code_never_runs_while_a_drop_down_is_open_and_the_click_is_kept(server, page):
    """Running plotly's module holds the browser for a moment; run while someone picks from a drop-down, it once
    split a press from its release and the pick was lost. On the clusters page (no chart until a cluster is
    chosen) the visitor keeps moving the pointer until the network drop-down is open (so the module cannot run
    before), then holds the list open, still, until the preloader has found the page quiet but in use several
    times: the module waits, the pick takes, and the module runs once the page is at rest again."""
    # pointer moves until the list is open: the preloader would otherwise run as soon as the page is at rest
    page.add_init_script(
        "window.__moving = setInterval(() => window.dispatchEvent(new PointerEvent('pointermove')), 100);"
    )
    open_page(page, f"{server}/clusters", "Cụm")
    main = page.locator("[data-testid='stMain']")
    main.get_by_role("combobox", name="Mạng lưới").click()
    option = page.get_by_role("option", name="Hội Khuyến học", exact=True)
    expect(option).to_be_visible()
    page.evaluate("() => clearInterval(window.__moving)")
    page.wait_for_function("() => window.__phoihopPreload.held >= 3", timeout=30000)  # quiet, list open, held
    held = _chart_code(page)
    assert held["state"] == "waiting" and not held["ran"]
    # the list scrolls to the option and redraws a frame later: press once it is still (not the preloader's doing)
    option.scroll_into_view_if_needed()
    page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")
    option.click()
    try:
        expect(page).to_have_url(re.compile(r"network=H"), timeout=10000)
    except AssertionError:
        # A loaded machine's browser can drop a press on a list of its own accord. Only with the module still
        # waiting (it cannot have split the press) is the press given again; had it run, the test fails here.
        assert _chart_code(page)["state"] == "waiting"
        option.click()
        expect(page).to_have_url(re.compile(r"network=H"), timeout=20000)
    expect(main.get_by_role("combobox", name="Mạng lưới")).to_have_value("Hội Khuyến học")
    page.wait_for_function("() => window.__phoihopPreload.state === 'ran'", timeout=20000)
    assert _chart_code(page)["by"] == "idle"


def test_the_benchmark_counts_a_press_from_when_the_browser_took_it(browser):
    """`phoihop bench`: a press that waited behind a busy page is timed from the press, not from when the page
    got to it (the viewer waited all along)."""
    from benchmarks import browser as bench

    context = browser.new_context()
    try:
        page = context.new_page()
        page.set_content("<button id='b' style='width:200px;height:80px'>b</button>")
        page.evaluate(bench.INIT_JS)
        page.evaluate(
            """() => setTimeout(() => {
              window.busyFrom = performance.now();
              while (performance.now() - window.busyFrom < 1500);
              window.busyTo = performance.now();
            }, 100)"""
        )
        page.wait_for_timeout(400)  # the page is busy now: the press waits
        page.mouse.click(100, 40)
        pressed, busy_from, busy_to = page.evaluate("() => [window.__rest.lastInput, window.busyFrom, window.busyTo]")
        assert busy_from < pressed < busy_to
    finally:
        context.close()


def test_a_click_on_a_chart_reruns_only_its_block(server, browser):
    """A selection on the topic chart reruns the chart and its events (a fragment), not the whole page: the
    run that answers the click ends as a fragment's run, and the sidebar is left as it was."""
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    ends: list[int] = []

    def record(payload: bytes | str) -> None:
        msg = ForwardMsg()
        if isinstance(payload, bytes):
            msg.ParseFromString(payload)
            if msg.WhichOneof("type") == "script_finished":
                ends.append(msg.script_finished)

    context = browser.new_context(viewport={"width": 1400, "height": 1600}, locale="vi-VN")
    try:
        page = context.new_page()
        page.on("websocket", lambda ws: ws.on("framereceived", record))
        open_page(page, f"{server}/topics", "Chủ đề")
        assert ends and ends[-1] == ForwardMsg.FINISHED_SUCCESSFULLY  # the page's own run
        page.evaluate("() => document.querySelector(\"[data-testid='stSidebar']\").dataset.mark = 'before'")
        bar = page.locator(".js-plotly-plot").first.locator("g.point path").first
        bar.click(force=True)
        expect(page.get_by_text("Đang xem các sự kiện của")).to_be_visible(timeout=20000)
        expect(page.locator("[data-testid='stStatusWidget']")).to_have_count(0, timeout=30000)
        assert ends[-1] == ForwardMsg.FINISHED_FRAGMENT_RUN_SUCCESSFULLY, ends
        assert page.locator("[data-testid='stSidebar'][data-mark='before']").count() == 1
    finally:
        context.close()


@pytest.fixture(scope="module")
def clusters_server(tmp_path_factory) -> Iterator[tuple[str, Path]]:
    """The dashboard on a simulated warehouse whose clusters belong to several networks."""
    from benchmarks.simulate import write_corpus
    from etl.pipeline import run_etl

    out = tmp_path_factory.mktemp("sim_clusters")
    db = out / "warehouse.duckdb"
    run_etl([write_corpus(600, 14, out / "corpus") / "articles"], db, progress=False)
    with serving(db) as base:
        yield base, db


def test_a_members_number_on_the_clusters_page_lists_its_events(clusters_server, page):
    from urllib.parse import quote

    from tests.test_clusters_page import busiest

    base, db = clusters_server
    with duckdb.connect(str(db), read_only=True) as con:
        cluster_id, _, network = busiest(con)
    url = f"{base}/clusters?network={quote(network)}&cluster={cluster_id}"
    open_page(page, url, "Cụm")
    chart = page.locator(".js-plotly-plot").filter(has_text="Hoạt động của các thành viên").first
    expect(chart).to_be_visible(timeout=30000)
    network_bars = chart.evaluate("gd => gd.data[0]")
    assert network_bars["name"] == "Sự kiện trong mạng lưới"
    i = next(i for i, x in enumerate(network_bars["x"]) if x > 0)  # a member with events in its network
    member, events = network_bars["customdata"][i][0], network_bars["x"][i]
    chart.locator("g.trace.bars").first.locator("g.point path").nth(i).click(force=True)
    selected = page.get_by_text("Đang xem các sự kiện của")
    expect(selected).to_be_visible(timeout=20000)
    expect(selected).to_contain_text(f"Thành viên: {member}")
    expect(page.get_by_text(f"Hiển thị {events} sự kiện", exact=True)).to_be_visible(timeout=20000)
    page.screenshot(path=str(SHOTS / "clusters_member_click.png"))


def test_an_unknown_cluster_from_an_article_is_accepted_from_the_queue(browser, tmp_path, monkeypatch):
    """An article names a cluster the registry lacks: the quality page's queue shows it, the analyst accepts it
    as a new cluster of its network, and after the reload the registry file has it and the event belongs to it."""
    import csv

    from etl.cluster_review import forget_reference
    from etl.pipeline import run_etl
    from tests.test_cluster_review import UNKNOWN, reference_copy

    reference = reference_copy(tmp_path)
    monkeypatch.setenv("PHOIHOP_REFERENCE", str(reference))
    forget_reference()
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "cao_nguyen_da.txt").write_text(UNKNOWN, encoding="utf-8")
    db = tmp_path / "warehouse.duckdb"
    run_etl([tmp_path / "in"], db, progress=False)
    monkeypatch.delenv("PHOIHOP_REFERENCE")
    forget_reference()
    env = {**os.environ, "PHOIHOP_REFERENCE": str(reference), "PHOIHOP_CORRECTIONS": str(tmp_path / "c.csv")}
    with serving(db, env=env) as base:
        page = browser.new_context(viewport={"width": 1400, "height": 1600}, locale="vi-VN").new_page()
        open_page(page, f"{base}/quality", "Chất lượng dữ liệu")
        item = page.get_by_role("combobox", name="Mục cần xem xét")
        expect(item).to_have_value(re.compile("cao nguyên đá.*chưa có trong danh mục"), timeout=30000)
        network = page.get_by_role("combobox", name="Mạng lưới")
        network.click()
        page.keyboard.type("Hội Nông dân")  # the list is long: typed, as an analyst narrows it, and chosen
        expect(page.get_by_role("option", name="Hội Nông dân", exact=True)).to_be_attached()
        page.keyboard.press("Enter")
        expect(network).to_have_value("Hội Nông dân")
        page.screenshot(path=str(SHOTS / "quality_cluster_queue.png"), full_page=True)
        page.get_by_role("button", name="Chấp nhận và nạp lại").click()
        expect(page.get_by_text("Đã ghi vào danh mục cụm")).to_be_visible(timeout=60000)
        expect(page.get_by_text("Đã nạp xong", exact=False)).to_be_visible(timeout=60000)
        open_page(page, f"{base}/quality", "Chất lượng dữ liệu")
        expect(page.get_by_text("Không có mục nào cần xem xét.")).to_be_visible(timeout=30000)
        page.screenshot(path=str(SHOTS / "quality_cluster_accepted.png"))
        page.context.close()
    with open(reference / "clusters.csv", newline="", encoding="utf-8") as fh:
        added = [r for r in csv.DictReader(fh) if "cao nguyên đá" in r["name"]]
    assert [r["network_id"] for r in added] == ["hnd"]
    with duckdb.connect(str(db), read_only=True) as con:
        belongs = con.execute(
            "select how from event_clusters where cluster_id = ?", [added[0]["cluster_id"]]
        ).fetchall()
    assert belongs == [("named",)]


@pytest.fixture(scope="module")
def programs_server(programs_warehouse):
    """The dashboard on the tiny warehouse with four programs linked by hand (tests/programs_fixture.py)."""
    with serving(programs_warehouse) as base:
        yield base


def _pick_first_row(page: Page, grid, holding: str) -> None:
    """Select a table's first row once the app has finished running and the table holds `holding`."""
    expect(page.locator("[data-testid='stStatusWidget']")).to_have_count(0, timeout=30000)
    expect(grid.locator("[role='gridcell']").filter(has_text=holding).first).to_be_attached(timeout=20000)
    expect(grid).to_be_visible(timeout=20000)
    box = grid.bounding_box()
    page.mouse.click(box["x"] + 18, box["y"] + 35 + 18)  # the first row's selection marker


def test_the_programs_page_finds_a_program_and_opens_its_articles(programs_server, page):
    open_page(page, f"{programs_server}/programs?pick=custom&from=2024-01-01&to=2024-12-31", "Chương trình")
    expect(page.get_by_text("Đến hạn hoặc quá hạn rà soát trong 6 tháng tới")).to_be_visible()
    expect(page.locator(".js-plotly-plot").first).to_be_visible(timeout=30000)  # the programs' lines
    search = page.get_by_label("Tìm chương trình", exact=False)
    search.fill("giap ranh")
    search.press("Enter")
    expect(page.locator("[data-testid='stCaptionContainer']").filter(has_text="Cả 1 chương trình")).to_be_visible(
        timeout=20000
    )
    programs = page.locator("[data-testid='stDataFrame']").nth(1)  # the list, after the due list
    expect(programs.locator("[role='gridcell']").filter(has_text="21/CTr-DL")).to_have_count(0, timeout=20000)
    _pick_first_row(page, programs, "05/CTr-CA")
    heading = "Các bài viết về chương trình: 05/CTr-CA · Bảo vệ vùng giáp ranh"
    expect(page.get_by_role("heading", name=heading)).to_be_visible(timeout=20000)
    articles = page.locator("[data-testid='stDataFrame']").nth(2)
    expect(articles).to_be_visible()
    _pick_first_row(page, articles, "Ký kết")  # the signing: its source articles open
    expect(page.get_by_text("Bài gốc")).to_be_visible(timeout=20000)
    source = page.locator("[data-testid='stText']").filter(has_text="Công an Gia Lai và Kon Tum ký kế hoạch phối hợp")
    expect(source.first).to_be_visible()
    expect(page.get_by_text("Ngày đăng: — · T3", exact=True)).to_be_visible()  # no publication day: a dash
    page.screenshot(path=str(SHOTS / "programs_article.png"))


# Each plotly chart's passes after its first draw: whether plotly.js computed it again (a new `calcdata`) and
# how many changes its traces' layer took. Hooked where plotly.js installs its event emitter on the chart.
_DRAW_PASSES = """
Object.defineProperty(HTMLElement.prototype, 'emit', {configurable: true, set(emit) {
  const gd = this;
  Object.defineProperty(gd, 'emit', {configurable: true, writable: true, value: function(event) {
    if (event === 'plotly_react') gd.__reacts = (gd.__reacts || 0) + 1;
    if (event === 'plotly_afterplot' && gd.__firstCalc === undefined) {
      gd.__firstCalc = gd.calcdata;
      gd.__laterChanges = 0;
      new MutationObserver(records => { gd.__laterChanges += records.length; })
        .observe(gd.querySelector('.cartesianlayer'), {subtree: true, childList: true, attributes: true});
    }
    return emit.apply(this, arguments);
  }});
}});
"""


def test_a_province_change_draws_the_map_once(server, browser):
    """Streamlit hands plotly.js a copy of each chart right after drawing it; the copy must read as unchanged
    (no template object, no object in layout.meta, a data revision), else the map (and every chart) was computed
    and drawn a second time, 100–500 ms at 1M events. Nor may plotly.js have written anything into the figure it
    drew that the copy lacks: a reversed category axis (written back as a reversed range) or the map's widened
    range (written back by its scale constraint) read as changed, and the chart was drawn again, its data not
    computed again but every trace laid out anew (the map at about one change in two)."""
    context = browser.new_context(viewport={"width": 1400, "height": 1600}, locale="vi-VN")
    page = context.new_page()
    page.add_init_script(_DRAW_PASSES)
    open_page(page, f"{server}/regions", "Vùng và tỉnh")
    drawn = []
    for province in ("Hà Nội", "Nghệ An", "Cà Mau"):
        box = page.locator(".st-key-f_province input[role='combobox']")
        box.click()
        box.fill(province)
        page.get_by_role("option", name=province, exact=True).click()
        expect(page.get_by_text(f"Tỉnh/thành: {province}").first).to_be_visible(timeout=30000)
        # Streamlit's second Plotly.react on each chart of the new run has come and gone.
        page.wait_for_function(
            """() => { const all = [...document.querySelectorAll("[data-testid='stPlotlyChart'] .js-plotly-plot")];
                       return all.length === 3 && all.every(gd => (gd.__reacts || 0) >= 2); }""",
            timeout=30000,
        )
        drawn += page.evaluate(
            """() => [...document.querySelectorAll("[data-testid='stPlotlyChart'] .js-plotly-plot")].map(gd =>
                   ({computedOnce: gd.calcdata === gd.__firstCalc, traceChanges: gd.__laterChanges}))"""
        )
    context.close()
    # the copy is not computed again (before: computedOnce False on all three charts), nor its traces laid out again
    assert all(p["computedOnce"] and p["traceChanges"] == 0 for p in drawn), drawn


def test_a_filter_change_lays_each_chart_out_in_one_pass(server, browser):
    """Each chart comes with margins that hold its tick labels, titles and colour bar (figures.reserve_margins):
    plotly.js then lays it out once. With margins too small it grows them (automargin) by laying the chart out
    and drawing it again, half of each chart's time in the browser, three charts to a filter change."""
    context = browser.new_context(viewport={"width": 1400, "height": 1600}, locale="vi-VN")
    page = context.new_page()
    grown: dict[str, list] = {}
    for path, title, charts in (
        ("regions", "Vùng và tỉnh", 3),
        ("topics", "Chủ đề", 2),
        ("timeline", "Dòng thời gian", 3),
    ):
        open_page(page, f"{server}/{path}", title)  # a new session: every filter at "all"
        box = page.locator(".st-key-f_province input[role='combobox']")
        box.click()
        province = "Hà Nội" if path != "timeline" else "Ninh Bình"
        box.fill(province)
        page.get_by_role("option", name=province, exact=True).click()
        expect(page.get_by_text(f"Tỉnh/thành: {province}").first).to_be_visible(timeout=30000)
        expect(page.locator("[data-testid='stStatusWidget']")).to_have_count(0, timeout=30000)
        page.wait_for_function(
            f"""() => document.querySelectorAll("[data-testid='stPlotlyChart'] .js-plotly-plot .main-svg").length >= {charts}""",
            timeout=30000,
        )
        grown[path] = page.evaluate(
            """() => [...document.querySelectorAll("[data-testid='stPlotlyChart'] .js-plotly-plot")].map(gd => {
                   const given = gd.layout.margin || {}, laid = gd._fullLayout._size;
                   return ['l', 'r', 'b', 't'].filter(side => given[side] !== undefined && laid[side] > given[side])
                       .map(side => `${side} ${given[side]} -> ${laid[side]}`);
               }).filter(sides => sides.length)"""
        )
    context.close()
    assert grown == {"regions": [], "topics": [], "timeline": []}, grown


# Counts the URL patterns the page compiles (Streamlit tests each message to its host against each allowed origin).
_URL_PATTERNS = """
window.__urlPatterns = 0;
if (window.URLPattern) {
  const Native = window.URLPattern;
  window.URLPattern = class extends Native {
    constructor(...args) { super(...args); window.__urlPatterns += 1; }
  };
}
"""


def test_a_filter_change_spends_no_browser_time_on_checks_that_change_nothing(server, browser):
    """Two checks the browser made at every run that never change what anyone sees: each of Streamlit's messages to
    its host (itself: the dashboard is not framed) tested against sixteen allowed origins, a URL pattern compiled
    for each (the server now allows none, so nothing listens); and plotly.js measuring every count and date tick
    label against the chart's edge to hide one that crosses it (the charts now say "allow"). No label crosses its
    chart's edge on these pages, so none was hidden before either."""
    context = browser.new_context(viewport={"width": 1400, "height": 1600}, locale="vi-VN")
    page = context.new_page()
    page.add_init_script(_URL_PATTERNS)
    host = urllib.request.urlopen(server + "/_stcore/host-config", timeout=10).read()
    assert re.search(rb'"allowedOrigins":\s*\[\]', host), host
    for path, title, province in (("regions", "Vùng và tỉnh", "Hà Nội"), ("timeline", "Dòng thời gian", "Ninh Bình")):
        open_page(page, f"{server}/{path}", title)
        before = page.evaluate("() => window.__urlPatterns")
        box = page.locator(".st-key-f_province input[role='combobox']")
        box.click()
        box.fill(province)
        page.get_by_role("option", name=province, exact=True).click()
        expect(page.get_by_text(f"Tỉnh/thành: {province}").first).to_be_visible(timeout=30000)
        expect(page.locator("[data-testid='stStatusWidget']")).to_have_count(0, timeout=30000)
        page.wait_for_function(
            """() => { const all = [...document.querySelectorAll("[data-testid='stPlotlyChart']")];
                       return all.length > 0 && all.every(c => c.querySelector('.main-svg')); }""",
            timeout=30000,
        )
        assert page.evaluate("() => window.__urlPatterns") == before == 0, path
        charts = page.evaluate(
            """() => [...document.querySelectorAll("[data-testid='stPlotlyChart'] .js-plotly-plot")].map(gd => {
                   const box = gd.querySelector('.main-svg').getBoundingClientRect();
                   const axes = Object.keys(gd._fullLayout).filter(k => /^[xy]axis\\d*$/.test(k));
                   const labels = [...gd.querySelectorAll('g.xtick text, g.ytick text')];
                   return {
                       checked: axes.filter(k => gd._fullLayout[k].ticklabeloverflow !== 'allow'),
                       labels: labels.length,
                       past: labels.filter(t => { const b = t.getBoundingClientRect();
                           return b.width && (b.left < box.left - 0.5 || b.right > box.right + 0.5); })
                           .map(t => t.textContent),
                   };
               })"""
        )
        assert all(not c["checked"] and not c["past"] for c in charts), (path, charts)
        assert sum(c["labels"] for c in charts) > 0, path
    context.close()
