"""`phoihop collect`: new articles from the outlets' feeds and sitemaps, kept when they report coordination.

For each outlet of the registry (`data/reference/outlets.csv`, or a file of the same columns): its feed and
sitemap are asked with the validators of the last answer (an unchanged one answers 304 and is not read
again); each entry newer than the last run, on the outlet's own site, never fetched before and whose title,
lead or URL looks like coordination news is downloaded once; the full extraction then keeps it only when it
reports an event, and only once (by canonical URL, then by text). Kept articles are written as crawler JSON
Lines under `data/raw/crawl/`, which `phoihop etl` reads.

The crawl is split by host: each host's pages are fetched in order by one worker, politely (etl/fetching.py),
and hosts are crawled side by side. Every page's fate is committed to the crawl state as soon as it is known
(etl/crawl_state.py), so a killed run resumes where it stopped and never fetches a finished page again.
"""

from __future__ import annotations

import hashlib
import os
import sys
import threading
import time
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from lxml import html as lxml_html
from tqdm import tqdm

from etl.classify import looks_like_coordination
from etl.crawl_state import CrawlState
from etl.documents import Document, process
from etl.encodings import decode_bytes
from etl.fetching import Fetched, Fetcher, Politeness, host_key
from etl.listings import Entry, parse_listing
from etl.outlets import Outlet, load_outlets
from etl.reading import RawDocument, Reject

PAUSE_ENV = "PHOIHOP_COLLECT_PAUSE_AT"  # "stage[:n]": stop at the n-th time a stage is reached (kill tests)
FIRST_WINDOW = timedelta(days=30)  # how far back the first run looks
OVERLAP = timedelta(days=1)  # later runs look back to a day before the previous one started
MAX_ENTRIES = 2000  # entries read from one listing
MAX_CHILDREN = 50  # child sitemaps read from one index
HTML_TYPES = ("text/html", "application/xhtml", "text/plain")
LISTING_TYPES = ("text/xml", "application/xml", "application/rss", "application/atom", "text/plain",
                 "application/x-gzip", "application/gzip", "application/octet-stream", "text/html")  # fmt: skip
_TRACKING = ("utm_", "fbclid", "gclid", "zarsrc")


@dataclass(frozen=True)
class CollectOptions:
    state_path: Path
    out_dir: Path = Path("data/raw/crawl")
    outlets_path: Path | None = None  # another registry file (same columns); default: the reference one
    since: datetime | None = None  # default: a day before the last run started, or 30 days back
    politeness: Politeness = field(default_factory=Politeness)
    workers: int = 8  # hosts crawled at once
    max_articles: int | None = None  # pages downloaded per host and run
    progress: bool = True


@dataclass
class CollectSummary:
    run_id: int
    started_at: datetime
    since: datetime
    finished_at: datetime | None = None
    outlets: int = 0
    listings: int = 0
    listings_unchanged: int = 0
    entries: int = 0
    candidates: int = 0
    fetched: int = 0
    kept: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    failures: dict[str, Counter[str]] = field(default_factory=dict)  # by host: what went wrong, how often
    stopped: dict[str, str] = field(default_factory=dict)  # hosts stopped for the run, and why
    requests: int = 0
    files: list[Path] = field(default_factory=list)

    @property
    def seconds(self) -> float:
        return ((self.finished_at or datetime.now(UTC)) - self.started_at).total_seconds()

    def failures_by_host(self) -> list[dict[str, Any]]:
        return [
            {"host": h, "failures": sum(c.values()), "reasons": "; ".join(f"{r} ×{n}" for r, n in c.most_common())}
            for h, c in sorted(self.failures.items(), key=lambda kv: -sum(kv[1].values()))
        ]

    def as_dict(self) -> dict[str, Any]:
        return {
            "run_id": self.run_id,
            "started_at": self.started_at.isoformat(),
            "finished_at": self.finished_at.isoformat() if self.finished_at else None,
            "since": self.since.isoformat(),
            "listings": self.listings,
            "listings_unchanged": self.listings_unchanged,
            "entries": self.entries,
            "candidates": self.candidates,
            "fetched": self.fetched,
            "kept": self.kept,
            "outcomes": dict(self.outcomes),
            "failures": self.failures_by_host(),
            "stopped": self.stopped,
            "files": [str(f) for f in self.files],
        }

    def render(self) -> str:
        rate = self.fetched / self.seconds if self.seconds else 0.0
        lines = [
            f"collect run {self.run_id}: new articles since {self.since:%Y-%m-%d %H:%M}",
            f"  outlets:            {self.outlets}",
            f"  listings asked:     {self.listings} ({self.listings_unchanged} unchanged since the last run)",
            f"  entries listed:     {self.entries}",
            f"  looked relevant:    {self.candidates}",
            f"  pages downloaded:   {self.fetched} ({rate:.1f}/s, {self.requests} requests in {self.seconds:.1f} s)",
            f"  new coordination articles: {self.kept}",
        ]
        lines += [f"    {n:>5}  {outcome}" for outcome, n in self.outcomes.most_common()]
        if self.failures:
            lines.append("  failures by host:")
            lines += [f"    {f['host']}: {f['failures']} ({f['reasons']})" for f in self.failures_by_host()]
        lines += [f"  stopped: {host}: {why}" for host, why in self.stopped.items()]
        lines += [f"  wrote {f}" for f in self.files]
        return "\n".join(lines)


_stage_counts: Counter[str] = Counter()
_stage_lock = threading.Lock()


def stage(name: str) -> None:
    """A named point of the run. With PHOIHOP_COLLECT_PAUSE_AT=name[:n] the run says so on stderr and
    waits there (the n-th time it is reached), so a test can kill it at a known point, not after a guess."""
    wanted = os.environ.get(PAUSE_ENV, "")
    target, _, nth = wanted.partition(":")
    if target != name:
        return
    with _stage_lock:
        _stage_counts[name] += 1
        if _stage_counts[name] != int(nth or 1):
            return
    print(f"stage {name} reached: paused", file=sys.stderr, flush=True)
    while True:
        time.sleep(3600)


def url_key(url: str) -> str:
    """The URL a page is known by: scheme and host lowercased, default port, fragment and tracking gone."""
    parts = urlsplit(url.strip())
    netloc = parts.netloc.lower()
    if (parts.scheme == "http" and netloc.endswith(":80")) or (parts.scheme == "https" and netloc.endswith(":443")):
        netloc = netloc.rsplit(":", 1)[0]
    query = urlencode(
        [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not k.startswith(_TRACKING)]
    )
    return urlunsplit((parts.scheme.lower(), netloc, parts.path or "/", query, ""))


def canonical_of(page: str, url: str) -> str:
    """The page's own canonical address (`<link rel="canonical">`, else og:url), else the URL it came from."""
    try:
        tree = lxml_html.fromstring(page)
    except (ValueError, TypeError, SyntaxError):  # lxml's parser errors derive from SyntaxError
        return url_key(url)
    for found in (tree.xpath('//link[@rel="canonical"]/@href'), tree.xpath('//meta[@property="og:url"]/@content')):
        if found and str(found[0]).strip():
            return url_key(urljoin(url, str(found[0]).strip()))
    return url_key(url)


def _on_site(url: str, outlet: Outlet, listing: str) -> bool:
    """An entry belongs to the outlet: its own host (a sub-site of its domain included) or the listing's."""
    host = host_key(url)
    name = host.split(":")[0]
    return host == host_key(listing) or name == outlet.domain or name.endswith("." + outlet.domain)


class _Run:
    """One collect run: the shared fetcher and state, the summary, the progress bar."""

    def __init__(self, options: CollectOptions, state: CrawlState, summary: CollectSummary) -> None:
        self.options = options
        self.state = state
        self.summary = summary
        self.fetcher = Fetcher(options.politeness, state)
        self.lock = threading.Lock()
        self.bar = tqdm(unit=" page", disable=not options.progress or None, file=sys.stderr, mininterval=0.5)

    def count(self, **steps: int) -> None:
        with self.lock:
            for name, n in steps.items():
                setattr(self.summary, name, getattr(self.summary, name) + n)

    def outcome(self, what: str) -> None:
        with self.lock:
            self.summary.outcomes[what] += 1

    # listings
    def read_listing(self, url: str, read: list[tuple[str, str, Fetched]], depth: int = 0) -> list[Entry]:
        """A feed's or sitemap's entries; an index's children are read in turn (two levels at most). Each
        listing read goes into `read`, to be recorded with its validators once its entries are handled."""
        key = url_key(url)
        got = self.fetcher.get(url, self.state.validators(key), accept=LISTING_TYPES)
        self.count(listings=1)
        host = host_key(url)
        if got.outcome == "not_modified":
            self.count(listings_unchanged=1)
            self.state.record_page(
                key, host, "listing", self.summary.run_id, status=304, outcome="unchanged", done=False
            )
            return []
        if got.outcome != "ok":
            self.state.record_page(
                key, host, "listing", self.summary.run_id, status=got.status, outcome=got.outcome, done=False,
                error=got.error,
            )  # fmt: skip
            return []
        listing = parse_listing(got.body, got.content_type)
        read.append((key, host, got))
        stage("listing_read")
        entries = listing.entries[:MAX_ENTRIES]
        if depth < 2:
            for child in listing.children[:MAX_CHILDREN]:
                entries += self.read_listing(urljoin(url, child), read, depth + 1)
        return entries

    def listing_done(self, read: list[tuple[str, str, Fetched]]) -> None:
        """Every entry of these listings handled: keep their validators, so an unchanged one is not read again.
        A run killed before this point asks for them in full next time (their finished entries are skipped)."""
        for key, host, got in read:
            self.state.record_page(
                key, host, "listing", self.summary.run_id, status=got.status, outcome="read", done=False,
                validators=got.validators,
            )  # fmt: skip

    # articles
    def wanted(self, entry: Entry, outlet: Outlet, listing: str) -> str | None:
        """Why an entry is not downloaded, or None when it is."""
        if not _on_site(entry.url, outlet, listing):
            return "off_site"
        if entry.published and entry.published < self.summary.since:
            return "older_than_last_run"
        if self.state.is_known(url_key(entry.url)):
            return "seen_before"
        return None

    def fetch_article(self, entry: Entry, outlet: Outlet) -> bool:
        """Download, judge and record one page; False when it is to be asked again on a later run."""
        key = url_key(entry.url)
        host = host_key(entry.url)
        run_id = self.summary.run_id
        got = self.fetcher.get(entry.url, accept=HTML_TYPES)
        self.bar.update()
        if got.outcome in ("host_stopped", "deferred", "disallowed"):
            self.outcome(got.outcome)  # not recorded: asked again on a later run
            return False
        self.count(fetched=1)
        if got.outcome != "ok":
            permanent = got.outcome in ("too_large", "wrong_type") or (got.status is not None and got.status < 500)
            tries = self.state.attempts(key) + 1
            done = permanent or tries >= 3  # a page failing on three runs is given up
            outcome = {404: "not_found", 410: "not_found"}.get(got.status or 0, got.outcome)
            self.state.record_page(
                key, host, "article", run_id, status=got.status, outcome=outcome, done=done, error=got.error
            )
            self.outcome(outcome)
            return done
        self._keep_or_drop(entry, outlet, key, host, got)
        return True

    def _keep_or_drop(self, entry: Entry, outlet: Outlet, key: str, host: str, got: Fetched) -> None:
        run_id = self.summary.run_id
        try:
            page, encoding = decode_bytes(got.body)
        except UnicodeError as exc:
            self._done(key, host, got, "not_text", error=str(exc))
            return
        canonical = canonical_of(page, got.url)
        if self.state.canonical_taken(canonical, key):
            self._done(key, host, got, "duplicate_url", canonical=canonical)
            return
        published = entry.published.date() if entry.published else None
        url = canonical if host_key(canonical) == host_key(got.url) else url_key(got.url)
        flags = ["encoding_converted"] if encoding in ("tcvn3", "vni", "cp1258") else []
        source_id = f"{outlet.domain}-{hashlib.sha1(canonical.encode()).hexdigest()[:16]}"
        raw = RawDocument(source_id, "collect", None, html=page, url=url, published=published, flags=flags)
        doc = process(raw)
        if isinstance(doc, Reject):
            self._done(key, host, got, "no_text", canonical=canonical, error=doc.reason)
            return
        assert isinstance(doc, Document)
        if self.state.text_taken(doc.doc_id, key):
            self._done(key, host, got, "duplicate_text", canonical=canonical, text_hash=doc.doc_id)
            return
        if not doc.record.is_event:
            self._done(key, host, got, "not_coordination", canonical=canonical, text_hash=doc.doc_id)
            return
        record = {
            "id": source_id,
            "url": url,
            "published": published.isoformat() if published else None,
            "html": page,
            "outlet": outlet.domain,
            "fetched_at": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        self.state.record_page(
            key, host, "article", run_id, status=got.status, outcome="kept", done=True, canonical=canonical,
            text_hash=doc.doc_id, record=record,
        )  # fmt: skip
        self.outcome("kept")
        self.count(kept=1)
        stage("article_saved")

    def _done(self, key: str, host: str, got: Fetched, outcome: str, **extra: Any) -> None:
        self.state.record_page(
            key, host, "article", self.summary.run_id, status=got.status, outcome=outcome, done=True, **extra
        )
        self.outcome(outcome)

    # one host
    def crawl_host(self, outlets: list[Outlet]) -> None:
        """Every listing of the outlets on one host, then their new relevant entries, one after another."""
        fetched = 0
        for outlet in outlets:
            for listing in outlet.listings:
                read: list[tuple[str, str, Fetched]] = []
                complete = True
                entries = self.read_listing(listing, read)
                self.count(entries=len(entries))
                for entry in dict((url_key(e.url), e) for e in entries).values():  # once per listing
                    why_not = self.wanted(entry, outlet, listing)
                    if why_not:
                        if why_not != "seen_before":
                            self.outcome(why_not)
                        continue
                    if not looks_like_coordination(entry.title, entry.lead, entry.url):
                        self.state.record_page(
                            url_key(entry.url), host_key(entry.url), "article", self.summary.run_id, status=None,
                            outcome="not_relevant_title", done=True,
                        )  # fmt: skip
                        self.outcome("not_relevant_title")
                        continue
                    if self.options.max_articles is not None and fetched >= self.options.max_articles:
                        self.outcome("left_for_next_run")
                        complete = False
                        continue
                    self.count(candidates=1)
                    complete = self.fetch_article(entry, outlet) and complete
                    fetched += 1
                if complete:  # else the listing is read in full next time, for what was left
                    self.listing_done(read)


def default_since(state: CrawlState, now: datetime) -> datetime:
    last = state.last_finished_start()
    if last is None:
        return now - FIRST_WINDOW
    return (last if last.tzinfo else last.astimezone(UTC)) - OVERLAP


def collect(options: CollectOptions) -> CollectSummary:
    """One run over every outlet; see the module's docstring."""
    state = CrawlState(options.state_path)
    try:
        now = datetime.now(UTC)
        since = options.since or default_since(state, now)
        since = since if since.tzinfo else since.replace(tzinfo=UTC)
        run_id = state.start_run(since)
        summary = CollectSummary(run_id, now, since)
        summary.files += state.export_records(options.out_dir)  # kept by a run killed before it wrote them
        outlets = load_outlets(options.outlets_path)
        summary.outlets = len(outlets)
        by_host: dict[str, list[Outlet]] = defaultdict(list)
        for outlet in outlets:
            by_host[host_key(outlet.listings[0])].append(outlet)
        run = _Run(options, state, summary)
        try:
            with ThreadPoolExecutor(max_workers=max(1, options.workers)) as pool:
                for future in [pool.submit(run.crawl_host, group) for group in by_host.values()]:
                    future.result()
        finally:
            run.bar.close()
            run.fetcher.close()
        summary.failures = {h: c for h, c in run.fetcher.failures.items() if c}
        summary.stopped = run.fetcher.stopped_hosts()
        summary.requests = sum(run.fetcher.requests.values())
        summary.files += state.export_records(options.out_dir)
        summary.finished_at = datetime.now(UTC)
        state.finish_run(run_id, summary.as_dict())
        return summary
    finally:
        state.close()
