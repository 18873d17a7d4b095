"""`phoihop collect` and `phoihop update` against imitation outlets on 127.0.0.1 (benchmarks/local_outlets.py):
RSS and Atom feeds, a sitemap index with a gzipped news sitemap, robots.txt, redirect chains, 404, 429 with
Retry-After, 500, a slow answer, a PDF, a page in TCVN3, a 10 MB page, one article under two URLs; a run
killed at a named stage and resumed; the lock; the warehouse and the data-quality page after an update.
Nothing leaves the machine: every test runs under a guard that refuses any other host, and asserts it was
never asked for."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import duckdb
import httpx
import pytest

from benchmarks.local_outlets import (
    ATOM_TYPE,
    RSS_TYPE,
    XML,
    Answer,
    LocalOutlets,
    announced_article,
    article_html,
    atom,
    fixture_article,
    gz,
    page,
    rss,
    sitemap,
    sitemap_index,
    unrelated_article,
)
from benchmarks.simulate import _encode_legacy
from dashboard.cli import main
from etl.classify import looks_like_coordination
from etl.collect import CollectOptions, collect, url_key
from etl.crawl_state import CrawlState
from etl.fetching import Politeness, _retry_after
from etl.listings import parse_listing
from etl.places import gazetteer
from etl.reference import load_table
from tests.conftest import ROOT
from tests.loopback_guard import only_loopback

NOW = datetime.now(UTC).replace(microsecond=0)
RECENT = NOW - timedelta(hours=1)
FAST = Politeness(delay=0.0, timeout=0.5, retries=1, backoff=0.05, max_failures=3)


def write_registry(path: Path, rows: list[tuple[str, str | None, str | None]]) -> Path:
    """A registry file of the reference columns, listing local sites: (name, feed URL, sitemap URL)."""
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["domain", "name", "province_legacy", "province_current", "kind", "language", "feed_url",
                    "feed_source", "sitemap_url", "sitemap_source", "checked", "note"])  # fmt: skip
        for name, feed, sitemap_url in rows:
            w.writerow(["127.0.0.1", name, "", "", "party_paper", "vi", feed or "", "test", sitemap_url or "", "test",
                        "no", ""])  # fmt: skip
    return path


def html_of(title: str, paragraphs: list[str], canonical: str | None = None) -> Answer:
    return page(article_html(title, paragraphs, RECENT, canonical))


@dataclass
class Scenario:
    outlets: LocalOutlets
    registry: Path
    kept_paths: set[str]  # (site, path) of every article the collector must keep, as "site/path"


def build_scenario(outlets: LocalOutlets, tmp: Path) -> Scenario:
    bao, tv, cong, hong = (outlets.site(n) for n in ("bao", "tv", "cong", "hong"))
    items = []

    def item(site, path: str, title: str, answer: Answer | None, paragraphs: list[str] | None = None, when=RECENT):
        if answer is not None:
            site.routes[path] = answer
        items.append((site.url(path), title, (paragraphs or [""])[0], when))

    # bao: an RSS feed with every kind of trouble; robots.txt keeps crawlers out of /private/
    bao.routes["/robots.txt"] = Answer(body=b"User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    t1, p1 = fixture_article(1, "Lai Châu", "Điện Biên")
    item(bao, "/tin/a1.html", t1, html_of(t1, p1, canonical=bao.url("/tin/a1.html")), p1)
    t2, p2 = fixture_article(2, "Sơn La", "Hòa Bình", "meeting")
    item(bao, "/old/a2", t2, Answer(301, headers={"Location": "/mid/a2"}), p2)
    bao.routes["/mid/a2"] = Answer(302, headers={"Location": bao.url("/tin/a2.html")})
    bao.routes["/tin/a2.html"] = html_of(t2, p2)
    tn, pn = unrelated_article(1)
    item(bao, "/tin/n1.html", tn, html_of(tn, pn), pn)
    ta, pa = announced_article(1, "Cao Bằng")
    item(bao, "/tin/n2.html", ta, html_of(ta, pa), pa)
    t3, p3 = fixture_article(3, "Lào Cai", "Yên Bái")
    item(bao, "/private/p1.html", t3, html_of(t3, p3), p3)
    items.append(("http://outside.invalid/tin/x1.html", t3, p3[0], RECENT))
    item(bao, "/tin/gone.html", fixture_article(30, "Hà Nam", "Nam Định")[0], None)  # no route: 404
    item(bao, "/tin/a1-copy.html", t1, html_of(t1, p1, canonical=bao.url("/tin/a1.html")), p1)
    item(bao, "/tin/a1-print.html", t1, html_of(t1, p1), p1)
    item(bao, "/tin/bao-cao.pdf", fixture_article(31, "Hà Nam", "Nam Định")[0],
         Answer(body=b"%PDF-1.4 own test bytes", content_type="application/pdf"))  # fmt: skip
    t32, p32 = fixture_article(32, "Bắc Ninh", "Bắc Giang")
    item(bao, "/tin/big.html", t32, html_of(t32, p32 * 40000), p32)  # about 10 MB
    t4, p4 = fixture_article(4, "Hà Giang", "Tuyên Quang")
    legacy = article_html(t4, p4, RECENT).replace('<meta charset="utf-8">', "")
    item(bao, "/tin/tcvn3.html", t4, Answer(body=_tcvn3(legacy), content_type="text/html"), p4)
    t33, p33 = fixture_article(33, "Hải Dương", "Hải Phòng")
    item(bao, "/tin/slow.html", t33, Answer(delay=3.0, body=b"<html></html>"), p33)
    item(bao, "/tin/err.html", fixture_article(34, "Hải Dương", "Hải Phòng")[0], Answer(500, b"server error"))
    t5, p5 = fixture_article(5, "Phú Thọ", "Vĩnh Phúc")
    busy = html_of(t5, p5)
    item(bao, "/tin/busy.html", t5, None, p5)
    bao.routes["/tin/busy.html"] = lambda n: Answer(429, b"slow down", headers={"Retry-After": "1"}) if n == 1 else busy
    bao.routes["/rss.xml"] = Answer(body=rss(items), content_type=RSS_TYPE)

    # tv: an Atom feed, with an entry older than the first run looks back
    t6, p6 = fixture_article(6, "Nghệ An", "Hà Tĩnh", "meeting")
    tv.routes["/tv/m1.html"] = html_of(t6, p6)
    tu, pu = unrelated_article(2)
    t35, p35 = fixture_article(35, "Quảng Bình", "Quảng Trị")
    tv.routes["/atom.xml"] = Answer(
        body=atom([(tv.url("/tv/m1.html"), t6, p6[0], RECENT), (tv.url("/tv/n3.html"), tu, pu[0], RECENT),
                   (tv.url("/tv/old.html"), t35, p35[0], datetime(2020, 5, 1, tzinfo=UTC))]),
        content_type=ATOM_TYPE,
    )  # fmt: skip

    # cong: a sitemap index naming a gzipped news sitemap (titles) and a plain one (only URLs)
    t7, p7 = fixture_article(7, "Cà Mau", "Bạc Liêu")
    cong.routes["/c/s1.html"] = html_of(t7, p7)
    cong.routes["/sitemap_index.xml"] = Answer(
        body=sitemap_index([cong.url("/sitemaps/news.xml.gz"), cong.url("/sitemaps/pages.xml")]), content_type=XML
    )
    news = sitemap([(cong.url("/c/s1.html"), RECENT, t7), (cong.url("/c/n4.html"), RECENT, unrelated_article(3)[0])])
    cong.routes["/sitemaps/news.xml.gz"] = Answer(body=gz(news), content_type="application/x-gzip")
    t8, p8 = fixture_article(8, "Long An", "Tây Ninh")
    cong.routes["/c/ky-ket-chuong-trinh-phoi-hop-8.html"] = html_of(t8, p8)
    cong.routes["/sitemaps/pages.xml"] = Answer(
        body=sitemap([(cong.url("/c/ky-ket-chuong-trinh-phoi-hop-8.html"), RECENT, None),
                      (cong.url("/c/gia-lua-tang-9.html"), RECENT, None)]),
        content_type=XML,
    )  # fmt: skip

    # hong: every article fails with a 500: the host is stopped after three failures in a row
    hong_items = []
    for n in range(40, 48):
        title = fixture_article(n, "Kon Tum", "Gia Lai")[0]
        hong.routes[f"/h/{n}.html"] = Answer(500, b"server error")
        hong_items.append((hong.url(f"/h/{n}.html"), title, "", RECENT))
    hong.routes["/rss.xml"] = Answer(body=rss(hong_items), content_type=RSS_TYPE)

    registry = write_registry(
        tmp / "outlets.csv",
        [
            ("bao", bao.url("/rss.xml"), None),
            ("tv", tv.url("/atom.xml"), None),
            ("cong", None, cong.url("/sitemap_index.xml")),
            ("hong", hong.url("/rss.xml"), None),
        ],
    )
    kept = {"bao/tin/a1.html", "bao/tin/a2.html", "bao/tin/tcvn3.html", "bao/tin/busy.html", "tv/tv/m1.html",
            "cong/c/s1.html", "cong/c/ky-ket-chuong-trinh-phoi-hop-8.html"}  # fmt: skip
    return Scenario(outlets, registry, kept)


def _tcvn3(text: str) -> bytes:
    import random

    rng = random.Random(0)  # 0 picks TCVN3 in the simulator's encoder (its first draw is below 0.5)
    return _encode_legacy(rng, text)


def records_in(folder: Path) -> list[dict]:
    return [json.loads(line) for f in sorted(folder.glob("*.jsonl")) for line in f.read_text("utf-8").splitlines()]


def site_path(outlets: LocalOutlets, url: str) -> str:
    port = int(url.split("://", 1)[1].split("/", 1)[0].split(":")[1])
    site = next(s for s in outlets.sites.values() if s.port == port)
    return site.name + "/" + url.split("/", 3)[3]


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    """The scenario collected twice, unchanged in between, under the loopback guard."""
    tmp = tmp_path_factory.mktemp("collect")
    with LocalOutlets() as outlets, only_loopback() as attempts:
        scenario = build_scenario(outlets, tmp)
        options = CollectOptions(tmp / "crawl.sqlite", tmp / "raw", scenario.registry, politeness=FAST, progress=False)
        first = collect(options)
        asked_first = len(outlets.log)
        second = collect(options)
        yield scenario, first, second, outlets.log[:asked_first], outlets.log[asked_first:], tmp, list(attempts)


def test_nothing_but_the_loopback_is_asked(crawled):
    *_, attempts = crawled
    assert attempts == []


def test_the_guard_refuses_another_host():
    with only_loopback() as attempts, pytest.raises(httpx.ConnectError):
        httpx.get("http://outside.invalid/", timeout=1)
    assert attempts == ["outside.invalid"]


@pytest.mark.slow
def test_exactly_the_new_coordination_articles_are_kept(crawled):
    scenario, first, _, _, _, tmp, _ = crawled
    records = records_in(tmp / "raw")
    assert {site_path(scenario.outlets, r["url"]) for r in records} == scenario.kept_paths
    assert len(records) == len(scenario.kept_paths) == first.kept  # the copies under other URLs were not kept
    assert first.outcomes["duplicate_url"] == 1 and first.outcomes["duplicate_text"] == 1
    legacy = next(r for r in records if r["url"].endswith("/tin/tcvn3.html"))
    assert (
        "tỉnh Hà Giang và" in legacy["html"] and "tỉnh Tuyên Quang ký kết chương trình" in legacy["html"]
    )  # TCVN3 bytes read as Vietnamese
    moved = next(r for r in records if "a2" in r["url"])
    assert moved["url"].endswith("/tin/a2.html")  # the end of the 301/302 chain


@pytest.mark.slow
def test_what_is_never_requested(crawled):
    scenario, first, _, asked, _, _, _ = crawled
    paths = [f"{r.site}{r.path}" for r in asked]
    assert "bao/private/p1.html" not in paths  # robots.txt
    assert not any(p.startswith(("bao/tin/n1", "tv/tv/n3", "cong/c/n4", "cong/c/gia-lua")) for p in paths)  # titles
    assert "tv/tv/old.html" not in paths  # older than the run looks back
    assert first.outcomes["off_site"] == 1 and first.outcomes["disallowed"] == 1


@pytest.mark.slow
def test_failures_are_retried_with_backoff_then_recorded_by_host(crawled):
    _, first, _, asked, _, _, _ = crawled
    slow = [r for r in asked if r.path == "/tin/slow.html"]
    assert len(slow) == 2  # one retry after the timeout
    assert first.outcomes["failed"] == 1 and first.outcomes["http_error"] >= 1 and first.outcomes["not_found"] == 1
    assert first.outcomes["too_large"] == 1 and first.outcomes["wrong_type"] == 1
    bao = next(h for h in first.failures if h.endswith(str(crawled[0].outlets.sites["bao"].port)))
    assert "HTTP 500" in " ".join(first.failures[bao]) and any("timeout" in k for k in first.failures[bao])


@pytest.mark.slow
def test_retry_after_is_waited_for(crawled):
    _, _, _, asked, _, _, _ = crawled
    busy = [r for r in asked if r.path == "/tin/busy.html"]
    assert [r.status for r in busy] == [429, 200]
    assert busy[1].at - busy[0].at >= 0.95  # Retry-After: 1


@pytest.mark.slow
def test_a_failing_host_is_stopped(crawled):
    _, first, _, asked, _, _, _ = crawled
    hong = [r for r in asked if r.site == "hong" and r.path.startswith("/h/")]
    assert len(hong) == 3 * (FAST.retries + 1)  # three pages, each tried twice, then no more
    assert any("failures in a row" in why for why in first.stopped.values())
    assert first.outcomes["host_stopped"] == 8 - 3


@pytest.mark.slow
def test_the_second_run_asks_conditionally_and_fetches_no_finished_page(crawled):
    _, first, second, asked_first, asked_second, _, _ = crawled
    finished = {"/tin/a1.html", "/tin/a2.html", "/tin/n2.html", "/tin/gone.html", "/tin/a1-copy.html",
                "/tin/a1-print.html", "/tin/bao-cao.pdf", "/tin/big.html", "/tin/tcvn3.html", "/tin/busy.html",
                "/tv/m1.html", "/c/s1.html", "/c/ky-ket-chuong-trinh-phoi-hop-8.html", "/old/a2", "/mid/a2"}  # fmt: skip
    assert not finished & {r.path for r in asked_second}
    unchanged = [r for r in asked_second if r.site in ("tv", "cong") and r.path != "/robots.txt"]
    assert unchanged and all(r.status == 304 and r.headers.get("If-None-Match") for r in unchanged)
    assert second.kept == 0 and second.listings_unchanged == len(unchanged)
    # bao's feed had pages to try again (the slow one, the 500), so it is read in full, not trusted unchanged
    assert [r.status for r in asked_second if r.path == "/rss.xml" and r.site == "bao"] == [200]


def test_listings_parse_feeds_and_sitemaps():
    when = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
    feed = parse_listing(rss([("http://127.0.0.1/a", "Ký kết", "Lead", when)]), RSS_TYPE)
    assert [(e.url, e.title, e.lead, e.published) for e in feed.entries] == [
        ("http://127.0.0.1/a", "Ký kết", "Lead", when)
    ]
    assert parse_listing(atom([("http://127.0.0.1/b", "Giao ban", "", when)]), ATOM_TYPE).entries[0].url.endswith("/b")
    index = parse_listing(sitemap_index(["http://127.0.0.1/s.xml.gz"]), XML)
    assert index.children == ["http://127.0.0.1/s.xml.gz"] and not index.entries
    packed = parse_listing(gz(sitemap([("http://127.0.0.1/c", when, "Sơ kết")])), "application/x-gzip")
    assert [(e.url, e.title) for e in packed.entries] == [("http://127.0.0.1/c", "Sơ kết")]


@pytest.mark.parametrize(
    ("title", "url", "expected"),
    [
        ("Công an hai tỉnh ký kết quy chế phối hợp", None, True),
        ("", "https://bao.vn/chinh-tri/so-ket-chuong-trinh-phoi-hop-giua-hai-hoi-123.html", True),
        ("Giá lúa tăng nhẹ", "https://bao.vn/gia-lua-tang-nhe-1.html", False),
        ("", "https://bao.vn/khai-mac-giai-bong-da-thieu-nien-7.html", False),
    ],
)
def test_the_first_pass_reads_titles_and_slugs(title, url, expected):
    assert looks_like_coordination(title, "", url) is expected


def test_urls_are_known_without_fragments_and_tracking():
    assert url_key("HTTP://Bao.VN:80/a.html?utm_source=x&id=3#top") == "http://bao.vn/a.html?id=3"
    assert _retry_after("7") == 7.0 and _retry_after("soon") is None
    assert (_retry_after("Wed, 21 Oct 2099 07:28:00 GMT") or 0) > 0


def test_the_registry_covers_every_current_province_and_says_where_each_url_was_seen():
    rows = load_table("outlets.csv")
    gaz = gazetteer()
    current = {u.name for u in gaz.units_in("current")}
    legacy = {u.name: gaz.current_of(u.name) for u in gaz.units_in("legacy")}
    assert current <= {r["province_current"] for r in rows}
    kinds = {"party_paper", "radio_tv", "portal", "department", "police", "front", "association", "national",
             "party_committee"}  # fmt: skip
    for r in rows:
        assert r["kind"] in kinds and r["language"] == "vi", r
        assert (r["province_legacy"] == "") == (r["province_current"] == ""), r
        if r["province_legacy"]:
            assert legacy[r["province_legacy"]] == r["province_current"], r
        for url, source in ((r["feed_url"], r["feed_source"]), (r["sitemap_url"], r["sitemap_source"])):
            assert not url or (url.startswith("https://") and (source == "pattern" or source.startswith("https://")))
        assert r["feed_url"] or r["sitemap_url"], r
    assert {r["domain"] for r in rows if r["kind"] == "national"} >= {"nhandan.vn", "vietnamplus.vn", "baochinhphu.vn"}


def _child(args: list[str], env: dict[str, str]) -> subprocess.Popen:
    code = (
        "import sys; from tests.loopback_guard import install_for_process; install_for_process(); "
        f"from dashboard.cli import main; sys.exit(main({args!r}))"
    )
    return subprocess.Popen(
        [sys.executable, "-c", code], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


PARTNERS = ["Ninh Bình", "Nghệ An", "Hà Tĩnh", "Hòa Bình", "Sơn La", "Lào Cai", "Yên Bái"]


def _simple_site(outlets: LocalOutlets, first: int, last: int, tmp: Path) -> Path:
    """One RSS site of coordination articles first..last (and one unrelated each), no trouble."""
    site = outlets.site("kill")
    items = []
    for n in range(first, last + 1):
        partner = PARTNERS[n % len(PARTNERS)]
        title, paragraphs = fixture_article(n, "Thanh Hóa", partner, "agreement" if n % 2 else "meeting")
        site.routes[f"/k/{n}.html"] = html_of(title, paragraphs)
        items.append((site.url(f"/k/{n}.html"), title, paragraphs[0], RECENT))
        other, op = unrelated_article(n)
        items.append((site.url(f"/k/u{n}.html"), other, op[0], RECENT))
    site.routes["/rss.xml"] = Answer(body=rss(items), content_type=RSS_TYPE)
    return write_registry(tmp / "outlets.csv", [("kill", site.url("/rss.xml"), None)])


@pytest.mark.slow
def test_a_killed_run_resumes_without_fetching_anything_twice(tmp_path):
    with LocalOutlets() as outlets:
        registry = _simple_site(outlets, 1, 6, tmp_path)
        args = ["collect", "--db", str(tmp_path / "wh.duckdb"), "--out", str(tmp_path / "raw"), "--outlets",
                str(registry), "--delay", "0", "--workers", "1", "--quiet"]  # fmt: skip
        env = {**os.environ, "PHOIHOP_COLLECT_PAUSE_AT": "article_saved:3"}
        child = _child(args, env)
        assert child.stderr is not None
        for line in child.stderr:  # wait for the named stage, not for a guessed time
            assert "BLOCKED" not in line
            if "stage article_saved reached" in line:
                break
        else:
            pytest.fail(f"the run ended before the stage: {child.wait()}")
        child.send_signal(signal.SIGKILL)
        child.wait()
        assert not list((tmp_path / "raw").glob("*.jsonl"))  # killed before it wrote its file
        env.pop("PHOIHOP_COLLECT_PAUSE_AT")
        resumed = _child(args, env)
        out, err = resumed.communicate(timeout=120)
        assert resumed.returncode == 0, err
        assert "BLOCKED" not in err
    pages = [r.path for r in outlets.log if r.path.startswith("/k/")]
    assert sorted(pages) == sorted(f"/k/{n}.html" for n in range(1, 7))  # each once, across both runs
    records = records_in(tmp_path / "raw")
    assert sorted(r["url"].rsplit("/", 1)[1] for r in records) == sorted(f"{n}.html" for n in range(1, 7))
    assert "new coordination articles: 3" in out  # the three the killed run had not reached


@pytest.mark.slow
def test_update_loads_exactly_the_new_articles_and_the_quality_page_shows_it(tmp_path, monkeypatch):
    from streamlit.testing.v1 import AppTest

    db = tmp_path / "wh.duckdb"
    with LocalOutlets() as outlets, only_loopback() as attempts:
        registry = _simple_site(outlets, 1, 3, tmp_path)
        args = ["update", "--db", str(db), "--out", str(tmp_path / "raw"), "--outlets", str(registry), "--delay",
                "0", "--quiet", "--corrections", str(tmp_path / "none.csv")]  # fmt: skip
        assert main(args) == 0
        with duckdb.connect(str(db), read_only=True) as con:
            assert con.execute("select count(*) from events").fetchone() == (3,)
            assert con.execute("select new_articles, new_events from updates").fetchall() == [(3, 3)]
        asked_before = len(outlets.log)
        _simple_site(outlets, 1, 4, tmp_path)  # one new article in the feed (a new ETag)
        assert main(args) == 0
        second = outlets.log[asked_before:]
        assert [r.path for r in second if r.path.startswith("/k/")] == ["/k/4.html"]
        assert main(args) == 0  # nothing new: the feed answers 304
        third = [r for r in outlets.log[asked_before:] if r.path == "/rss.xml"][-1]
        assert third.status == 304
    assert attempts == []
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute(
            "select new_articles, new_events, listings_unchanged from updates order by 1 desc"
        ).fetchall()
        assert con.execute("select count(*) from events").fetchone() == (4,)
    assert sorted(rows, reverse=True) == [(3, 3, 0), (1, 1, 0), (0, 0, 1)]
    monkeypatch.setenv("PHOIHOP_DB", str(db))
    at = AppTest.from_file(str(ROOT / "dashboard" / "app.py"), default_timeout=60).run()
    at.switch_page("app_pages/quality.py").run()
    assert not at.exception, [e.value for e in at.exception]
    assert any("Dữ liệu tính đến" in m.value and "cập nhật tự động" in m.value for m in at.markdown)
    assert {m.label: m.value for m in at.metric}["Bài mới về phối hợp"] == "0"


def test_a_second_update_is_refused_while_one_runs(tmp_path, capsys):
    from etl.update import exclusive

    db = tmp_path / "wh.duckdb"
    with exclusive(db):
        assert main(["update", "--db", str(db), "--outlets", str(write_registry(tmp_path / "o.csv", [])),
                     "--quiet"]) == 5  # fmt: skip
    assert "another update is running" in capsys.readouterr().err


def test_a_page_without_its_length_is_cut_at_the_cap_and_an_unreachable_robots_txt_forbids(tmp_path):
    from etl.fetching import Fetcher

    with LocalOutlets() as outlets, only_loopback() as attempts:
        site, down = outlets.site("nolength"), outlets.site("down")
        site.routes["/big.html"] = Answer(body=b"<p>" + b"x" * 10_000_000 + b"</p>", length=False)
        down.routes["/robots.txt"] = Answer(503, b"down")
        down.routes["/a.html"] = html_of("Ký kết chương trình phối hợp", ["Ký kết."])
        fetcher = Fetcher(FAST, CrawlState(tmp_path / "s.sqlite"))
        big = fetcher.get(site.url("/big.html"), accept=("text/html",))
        assert (big.outcome, big.body) == ("too_large", b"") and "more than" in (big.error or "")
        assert fetcher.get(down.url("/a.html")).outcome == "disallowed"  # RFC 9309: unreachable, so all forbidden
        fetcher.close()
    assert not outlets.asked("down", "/a.html") and len(outlets.asked("down", "/robots.txt")) == FAST.retries + 1
    assert attempts == []


def test_the_crawl_state_keeps_validators_and_records(tmp_path):
    state = CrawlState(tmp_path / "s.sqlite")
    state.record_page("http://127.0.0.1/a", "127.0.0.1", "article", 1, status=200, outcome="kept", done=True,
                      canonical="http://127.0.0.1/a", text_hash="h1", record={"id": "x", "text": "t"})  # fmt: skip
    assert state.is_known("http://127.0.0.1/a") and state.text_taken("h1", "http://127.0.0.1/b")
    files = state.export_records(tmp_path / "out")
    assert len(files) == 1 and state.export_records(tmp_path / "out") == []
    assert state.unloaded_files() == files
    state.close()
