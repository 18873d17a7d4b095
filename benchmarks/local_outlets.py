"""Imitation news outlets on 127.0.0.1, for the collect tests and the crawl benchmark.

Each site is a small HTTP server on its own port (so each is its own host to the crawler's politeness),
in a daemon thread, answering from a table of routes: pages with an ETag (a matching If-None-Match gets
304), redirects, errors, delays, a Retry-After, bodies of any type. Every request is logged with its time
and headers, so a test can say what was asked and when. Only 127.0.0.1 is ever bound.

The articles are our own wording (`fixture_article`), or the simulator's (`benchmarks/simulate.py`).
"""

from __future__ import annotations

import gzip
import hashlib
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LOOPBACK = "127.0.0.1"


@dataclass
class Answer:
    status: int = 200
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before the answer starts
    etag: bool = True  # send an ETag and honour If-None-Match
    length: bool = True  # send Content-Length; without it the body runs until the connection closes


Route = Answer | Callable[[int], Answer]  # a fixed answer, or one chosen by how often the path was asked


@dataclass
class Request:
    at: float  # time.monotonic()
    site: str
    path: str
    headers: dict[str, str]
    status: int


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        """A client that hung up (a timeout, a size cap, the end of a run) is no error of the site's."""
        return


class Site:
    """One outlet: its routes, its server and its request log."""

    def __init__(self, name: str, log: list[Request], lock: threading.Lock) -> None:
        self.name = name
        self.routes: dict[str, Route] = {}
        self._log, self._lock = log, lock
        self._asked: dict[str, int] = {}
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                site._answer(self)

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002
                return

        self.server = _QuietServer((LOOPBACK, 0), Handler)
        self.port = self.server.server_address[1]
        self.base = f"http://{LOOPBACK}:{self.port}"
        self.thread = threading.Thread(target=self.server.serve_forever, name=f"site-{name}", daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return self.base + path

    def _answer(self, handler: BaseHTTPRequestHandler) -> None:
        path = handler.path
        with self._lock:
            self._asked[path] = self._asked.get(path, 0) + 1
            n = self._asked[path]
        route = self.routes.get(path)
        answer = Answer(404, b"not found", "text/plain") if route is None else route(n) if callable(route) else route
        headers = dict(answer.headers)
        status, body = answer.status, answer.body
        if answer.etag and status == 200:
            tag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
            headers["ETag"] = tag
            if handler.headers.get("If-None-Match") == tag:
                status, body = 304, b""
        with self._lock:
            self._log.append(Request(time.monotonic(), self.name, path, dict(handler.headers.items()), status))
        if answer.delay:  # logged on arrival: a test sees the request even if the crawler gave up waiting
            time.sleep(answer.delay)
        try:
            handler.send_response(status)
            if status != 304:
                handler.send_header("Content-Type", answer.content_type)
            for k, v in headers.items():
                handler.send_header(k, v)
            if answer.length:
                handler.send_header("Content-Length", str(len(body)))
            else:
                handler.send_header("Connection", "close")
                handler.close_connection = True
            handler.end_headers()
            handler.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):  # the crawler hung up (a timeout, a size cap)
            pass

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


class LocalOutlets:
    """Sites started on demand; `close()` stops them all. Use as a context manager."""

    def __init__(self) -> None:
        self.log: list[Request] = []
        self.lock = threading.Lock()
        self.sites: dict[str, Site] = {}

    def site(self, name: str) -> Site:
        if name not in self.sites:
            self.sites[name] = Site(name, self.log, self.lock)
        return self.sites[name]

    def asked(self, site: str | None = None, path: str | None = None) -> list[Request]:
        with self.lock:
            return [r for r in self.log if (site is None or r.site == site) and (path is None or r.path == path)]

    def close(self) -> None:
        for s in self.sites.values():
            s.close()

    def __enter__(self) -> LocalOutlets:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# What the sites serve.
def article_html(title: str, paragraphs: list[str], published: datetime, canonical: str | None = None) -> str:
    link = f'<link rel="canonical" href="{escape(canonical)}">' if canonical else ""
    body = "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{escape(title)}</title>{link}'
        f'<meta property="article:published_time" content="{published.isoformat()}"></head><body>'
        f'<nav><a href="/">Trang chủ</a> | <a href="/chinh-tri">Chính trị</a></nav>'
        f'<article><h1>{escape(title)}</h1><p class="date">{published:%d/%m/%Y %H:%M}</p>{body}</article>'
        f"<footer>Bản quyền thuộc về trang thử nghiệm.</footer></body></html>"
    )


def rss(items: list[tuple[str, str, str, datetime]], title: str = "Tin mới") -> bytes:
    """An RSS 2.0 feed of (link, title, summary, published)."""
    entries = "".join(
        f"<item><title>{escape(t)}</title><link>{escape(link)}</link><description>{escape(s)}</description>"
        f"<pubDate>{format_datetime(when)}</pubDate><guid>{escape(link)}</guid></item>"
        for link, t, s, when in items
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{escape(title)}</title>'
        f"<link>http://{LOOPBACK}/</link><description>Tin</description>{entries}</channel></rss>"
    ).encode()


def atom(items: list[tuple[str, str, str, datetime]], title: str = "Tin mới") -> bytes:
    """An Atom 1.0 feed of (link, title, summary, published)."""
    entries = "".join(
        f'<entry><title>{escape(t)}</title><link href="{escape(link)}"/><id>{escape(link)}</id>'
        f"<updated>{when.isoformat()}</updated><summary>{escape(s)}</summary></entry>"
        for link, t, s, when in items
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>{escape(title)}'
        f"</title><id>urn:local</id><updated>{datetime.now(UTC).isoformat()}</updated>{entries}</feed>"
    ).encode()


def sitemap(urls: list[tuple[str, datetime, str | None]]) -> bytes:
    """A url set of (loc, lastmod, news title or None): a Google News sitemap where a title is given."""
    rows = []
    for loc, when, news_title in urls:
        news = (
            f"<news:news><news:publication><news:name>Thử</news:name><news:language>vi</news:language>"
            f"</news:publication><news:publication_date>{when.isoformat()}</news:publication_date>"
            f"<news:title>{escape(news_title)}</news:title></news:news>"
            if news_title
            else ""
        )
        rows.append(f"<url><loc>{escape(loc)}</loc><lastmod>{when.isoformat()}</lastmod>{news}</url>")
    return (
        '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">' + "".join(rows) + "</urlset>"
    ).encode()


def sitemap_index(children: list[str]) -> bytes:
    locs = "".join(f"<sitemap><loc>{escape(c)}</loc></sitemap>" for c in children)
    return (
        '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        + locs
        + "</sitemapindex>"
    ).encode()


def gz(data: bytes) -> bytes:
    return gzip.compress(data, mtime=0)


def page(html: str, **kw: object) -> Answer:
    return Answer(body=html.encode("utf-8"), **kw)  # type: ignore[arg-type]


XML = "application/xml"
RSS_TYPE = "application/rss+xml"
ATOM_TYPE = "application/atom+xml"


# Our own fixture articles.
BODIES = ["Hội Nông dân", "Hội Liên hiệp Phụ nữ", "Hội Cựu chiến binh", "Liên đoàn Lao động", "Hội Chữ thập đỏ"]


def fixture_article(n: int, province: str, partner: str, kind: str = "agreement") -> tuple[str, list[str]]:
    """A short coordination report in our own words, different for each n."""
    day, month = 1 + n % 27, 1 + n // 27 % 12
    body = BODIES[n % len(BODIES)]
    if kind == "agreement":
        title = f"{body} tỉnh {province} và {body} tỉnh {partner} ký kết chương trình phối hợp số {n}"
        lead = (
            f"Sáng {day}/{month}, tại trụ sở {body} tỉnh {province}, {body} tỉnh {province} và {body} "
            f"tỉnh {partner} tổ chức lễ ký kết chương trình phối hợp giai đoạn 2026 - 2030 (bản số {n})."
        )
        rest = [
            f"Theo chương trình số {n}, hai bên trao đổi kinh nghiệm xây dựng chi hội nghề nghiệp và hỗ trợ "
            "hội viên tiêu thụ nông sản.",
            "Hai bên thống nhất họp giao ban mỗi năm một lần để đánh giá kết quả thực hiện.",
        ]
    else:
        title = f"Sơ kết quy chế phối hợp giữa {body} tỉnh {province} và {body} tỉnh {partner} lần {n}"
        lead = (
            f"Chiều {day}/{month}, {body} tỉnh {province} và {body} tỉnh {partner} tổ chức hội nghị sơ kết 2 năm "
            f"thực hiện quy chế phối hợp trong công tác hội (kỳ họp số {n})."
        )
        rest = [
            "Hội nghị đánh giá hai bên đã phối hợp chặt chẽ, trao đổi kinh nghiệm và hỗ trợ hội viên vùng giáp ranh.",
            f"Năm tới, hai bên tiếp tục thực hiện quy chế phối hợp, tăng cường trao đổi thông tin (đợt {n}).",
        ]
    return title, [lead, *rest]


def unrelated_article(n: int) -> tuple[str, list[str]]:
    return (
        f"Giá lúa vụ đông xuân tăng nhẹ tại các cánh đồng ven sông, đợt {n}",
        [
            f"Những ngày qua, giá lúa tươi tại ruộng tăng thêm khoảng 200 đồng mỗi ký so với tuần trước (đợt {n}).",
            "Nhiều hộ nông dân cho biết năng suất năm nay khá cao nhờ thời tiết thuận lợi.",
        ],
    )


def announced_article(n: int, province: str) -> tuple[str, list[str]]:
    """Looks like coordination by its title, but only announces a signing to come: no event."""
    return (
        f"Tỉnh Đoàn {province} chuẩn bị ký kết chương trình phối hợp với Sở Giáo dục (tin số {n})",
        [
            f"Tỉnh Đoàn {province} cho biết sẽ ký kết chương trình phối hợp với Sở Giáo dục và Đào tạo vào tháng tới "
            f"(tin số {n}).",
            "Dự thảo chương trình đang được lấy ý kiến các đơn vị.",
        ],
    )
