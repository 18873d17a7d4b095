"""Polite HTTP for the crawler: robots.txt, one request at a time per host with a delay between them,
Retry-After, conditional requests, retries with backoff, a size cap, and a host stopped after repeated
failures.

Built on httpx (timeouts, streaming) and protego (robots.txt as Google and RFC 9309 read it: wildcards,
Allow beside Disallow, Crawl-delay). Redirects are followed here, one hop at a time, so every hop is
checked against its host's robots.txt and counted against its host's rate.
"""

from __future__ import annotations

import email.utils
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

import httpx
from protego import Protego

from etl.crawl_state import CrawlState, Validators

USER_AGENT = "phoihop-collect/0.1"
REDIRECTS = {301, 302, 303, 307, 308}
RETRYABLE = {408, 429, 500, 502, 503, 504}


@dataclass(frozen=True)
class Politeness:
    """How hard the crawler may press a site. `delay=0` turns the spacing off (benchmarks, tests)."""

    delay: float = 1.0  # seconds between two requests to one host; a longer robots.txt Crawl-delay wins
    timeout: float = 20.0  # seconds to connect, and between two pieces of an answer
    retries: int = 2  # further attempts after a timeout, a dropped connection, a 5xx or a 429
    backoff: float = 2.0  # the wait before the first retry; doubled for each next one
    max_retry_after: float = 120.0  # a host asking to wait longer is left for the next run
    max_failures: int = 5  # failed pages in a row that stop a host for the run
    max_bytes: int = 4 * 1024 * 1024  # a news page is far smaller; the ETL refuses longer lines anyway
    max_redirects: int = 5
    max_crawl_delay: float = 30.0  # a robots.txt Crawl-delay is honoured up to this


@dataclass
class Fetched:
    """The answer to one GET: `outcome` is ok, not_modified, http_error, disallowed, too_large, wrong_type,
    failed, deferred (the host asked for a long wait) or host_stopped."""

    url: str  # the final URL, after redirects
    outcome: str
    status: int | None = None
    body: bytes = b""
    content_type: str = ""
    validators: Validators = field(default_factory=Validators)
    error: str | None = None
    retry_after: str | None = None  # the header, on a 429 or 503


@dataclass
class _Host:
    lock: threading.Lock = field(default_factory=threading.Lock)
    next_at: float = 0.0
    robots: Protego | None = None
    crawl_delay: float = 0.0
    failures_in_row: int = 0
    stopped: str | None = None  # why the host was stopped for this run


def host_key(url: str) -> str:
    """host[:port], lowercase, without "www.": the unit of politeness."""
    return urlsplit(url).netloc.lower().removeprefix("www.")


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


class Fetcher:
    """Shared by the crawl's threads; each host's requests go one at a time, spaced by its delay."""

    def __init__(
        self, politeness: Politeness, state: CrawlState | None = None, client: httpx.Client | None = None
    ) -> None:
        self.politeness = politeness
        self.state = state
        self.client = client or httpx.Client(
            headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate"},
            timeout=httpx.Timeout(politeness.timeout),
            follow_redirects=False,
            trust_env=False,  # no proxy from the environment: the crawler talks to the outlets only
        )
        self._hosts: dict[str, _Host] = {}
        self._hosts_lock = threading.Lock()
        self.requests: Counter[str] = Counter()  # requests sent, by host
        self.failures: dict[str, Counter[str]] = {}  # what went wrong, by host

    def close(self) -> None:
        self.client.close()

    def _host(self, key: str) -> _Host:
        with self._hosts_lock:
            return self._hosts.setdefault(key, _Host())

    def stopped_hosts(self) -> dict[str, str]:
        with self._hosts_lock:
            return {k: h.stopped for k, h in self._hosts.items() if h.stopped}

    def note_failure(self, host: str, what: str) -> None:
        with self._hosts_lock:
            self.failures.setdefault(host, Counter())[what] += 1

    # robots.txt
    def _robots(self, url: str) -> tuple[Protego | None, float]:
        key = host_key(url)
        host = self._host(key)
        with self._hosts_lock:
            if host.robots is not None:
                return host.robots, host.crawl_delay
        parts = urlsplit(url)
        robots_url = f"{parts.scheme}://{parts.netloc}/robots.txt"
        status, body, validators = self.state.robots(key) if self.state else (None, "", Validators())
        got = self._with_retries(robots_url, validators if status == 200 else Validators(), None, host)
        if got.outcome == "ok" and got.status == 200:
            body = got.body.decode("utf-8", errors="replace")
            status = 200
        elif got.outcome == "not_modified":
            status = 200
        elif got.status is not None and 400 <= got.status < 500:
            body, status = "", got.status  # no robots.txt: everything is allowed (RFC 9309, 2.3.1.3)
        else:
            body, status = "User-agent: *\nDisallow: /\n", got.status  # unreachable: nothing is (2.3.1.4)
        if self.state:
            self.state.save_robots(key, status, body, got.validators if got.outcome == "ok" else validators)
        robots = Protego.parse(body)
        delay = min(float(robots.crawl_delay(USER_AGENT) or 0.0), self.politeness.max_crawl_delay)
        with self._hosts_lock:
            host.robots, host.crawl_delay = robots, delay
        return robots, delay

    def allowed(self, url: str) -> bool:
        robots, _ = self._robots(url)
        return robots is None or robots.can_fetch(url, USER_AGENT)

    # one request
    def _wait_turn(self, host: _Host) -> None:
        delay = max(self.politeness.delay, host.crawl_delay)
        now = time.monotonic()
        if host.next_at > now:
            time.sleep(host.next_at - now)
        host.next_at = time.monotonic() + delay

    def _get_once(self, url: str, validators: Validators, accept: tuple[str, ...] | None) -> Fetched:
        """One request, spaced from the host's previous one; the body read up to the size cap."""
        key = host_key(url)
        host = self._host(key)
        headers = {}
        if validators.etag:
            headers["If-None-Match"] = validators.etag
        if validators.last_modified:
            headers["If-Modified-Since"] = validators.last_modified
        with host.lock:
            self._wait_turn(host)
            self.requests[key] += 1
            try:
                with self.client.stream("GET", url, headers=headers) as response:
                    return self._read(url, response, accept)
            except httpx.TimeoutException as exc:
                return Fetched(url, "failed", error=f"timeout ({type(exc).__name__})")
            except httpx.HTTPError as exc:
                return Fetched(url, "failed", error=f"{type(exc).__name__}: {exc}"[:200])

    def _read(self, url: str, response: httpx.Response, accept: tuple[str, ...] | None) -> Fetched:
        status = response.status_code
        ctype = response.headers.get("content-type", "").split(";")[0].strip().lower()
        validators = Validators(response.headers.get("etag"), response.headers.get("last-modified"))
        base = Fetched(url, "ok", status, content_type=ctype, validators=validators)
        if status == 304:
            base.outcome = "not_modified"
            return base
        if status in REDIRECTS:
            base.outcome, base.error = "redirect", response.headers.get("location")
            return base
        if status != 200:
            base.outcome = "http_error"
            base.error = f"HTTP {status}"
            base.retry_after = response.headers.get("retry-after")
            return base
        if accept and ctype and not ctype.startswith(accept):
            base.outcome, base.error = "wrong_type", f"content type {ctype}"
            return base
        length = response.headers.get("content-length", "")
        if length.isdigit() and int(length) > self.politeness.max_bytes:
            base.outcome, base.error = "too_large", f"{int(length)} bytes announced"
            return base
        chunks, size = [], 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > self.politeness.max_bytes:
                base.outcome, base.error = "too_large", f"more than {self.politeness.max_bytes} bytes"
                return base
            chunks.append(chunk)
        base.body = b"".join(chunks)
        return base

    # the whole exchange
    def get(self, url: str, validators: Validators | None = None, accept: tuple[str, ...] | None = None) -> Fetched:
        """GET with robots.txt, redirects, Retry-After and retries; a stopped host is not asked again."""
        p = self.politeness
        for _hop in range(p.max_redirects + 1):
            key = host_key(url)
            host = self._host(key)
            allowed = host.stopped is None and self.allowed(url)
            if host.stopped:  # before this request, or while its robots.txt was asked for
                return Fetched(url, "host_stopped", error=host.stopped)
            if not allowed:
                return Fetched(url, "disallowed", error="robots.txt")
            got = self._with_retries(url, validators or Validators(), accept, host)
            if got.outcome != "redirect":
                self._count(key, host, got)
                return got
            if not got.error:
                return Fetched(url, "failed", got.status, error="redirect without Location")
            url = urljoin(url, got.error)
            validators = None  # the validators belonged to the first address
        return Fetched(url, "failed", error=f"more than {p.max_redirects} redirects")

    def _with_retries(self, url: str, validators: Validators, accept: tuple[str, ...] | None, host: _Host) -> Fetched:
        p = self.politeness
        wait = p.backoff
        for attempt in range(p.retries + 1):
            got = self._get_once(url, validators, accept)
            retryable = got.outcome == "failed" or (got.outcome == "http_error" and got.status in RETRYABLE)
            if not retryable:
                return got
            asked = _retry_after(got.retry_after)
            if asked is not None and asked > p.max_retry_after:
                host.stopped = f"asked to wait {asked:.0f} s (Retry-After)"
                return Fetched(url, "deferred", got.status, error=host.stopped)
            if attempt == p.retries:
                break
            pause = asked if asked is not None else wait
            with host.lock:  # the host's next turn, not only this thread's: Retry-After speaks for the host
                host.next_at = max(host.next_at, time.monotonic() + pause)
            wait *= 2
        return got

    def _count(self, key: str, host: _Host, got: Fetched) -> None:
        """Failures in a row stop a host; any answer that is not a server's failure resets the count."""
        failed = got.outcome == "failed" or (got.outcome == "http_error" and (got.status or 0) >= 500)
        if got.outcome in ("failed", "http_error", "too_large", "deferred"):
            self.note_failure(key, got.error or got.outcome)
        if not failed:
            host.failures_in_row = 0
            return
        host.failures_in_row += 1
        if host.failures_in_row >= self.politeness.max_failures:
            host.stopped = f"{host.failures_in_row} failures in a row, the last: {got.error}"
