"""How fast `phoihop collect` goes on one machine: imitation outlets on 127.0.0.1 (benchmarks/local_outlets.py),
each an RSS feed of simulated coordination articles, crawled with the politeness delay off and on.

    python -m benchmarks.crawl_rate [--quick]

Prints a Markdown table. Every page is downloaded, decoded, extracted and judged as in a real run (the
local server answers at once, so the figures are the crawler's own cost plus the delays it imposes).
A measurement, never a test.
"""

from __future__ import annotations

import argparse
import csv
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from benchmarks.local_outlets import RSS_TYPE, Answer, LocalOutlets, article_html, rss
from benchmarks.simulate import generate
from etl.collect import CollectOptions, collect
from etl.fetching import Politeness

# Page chrome around each article, as news sites have (menus, related links): real pages weigh 50-150 KB.
CHROME = "".join(f'<li><a href="/chuyen-muc/{i}">Chuyên mục {i}</a></li>' for i in range(400))


def _serve(outlets: LocalOutlets, hosts: int, per_host: int, seed: int) -> list[tuple[str, str]]:
    """`hosts` sites of `per_host` event articles each; their feeds as (name, URL)."""
    articles = [a for a in generate(hosts * per_host * 2, seed) if a.gold["is_event"]][: hosts * per_host]
    recent = datetime.now(UTC) - timedelta(hours=1)
    feeds = []
    for h in range(hosts):
        site = outlets.site(f"bench{seed}-{h}")
        items = []
        for i, a in enumerate(articles[h * per_host : (h + 1) * per_host]):
            path = f"/tin/{i}.html"
            paragraphs = [p for p in a.text.split("\n") if p.strip()]
            html = article_html(a.title, paragraphs, recent).replace("<nav>", f"<nav><ul>{CHROME}</ul>")
            site.routes[path] = Answer(body=html.encode())
            items.append((site.url(path), a.title, paragraphs[0] if paragraphs else "", recent))
        site.routes["/rss.xml"] = Answer(body=rss(items), content_type=RSS_TYPE)
        feeds.append((site.name, site.url("/rss.xml")))
    return feeds


def measure(hosts: int, per_host: int, delay: float, workers: int, seed: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp, LocalOutlets() as outlets:
        feeds = _serve(outlets, hosts, per_host, seed)
        registry = Path(tmp) / "outlets.csv"
        with open(registry, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["domain", "name", "kind", "feed_url"])
            w.writerows(["127.0.0.1", name, "party_paper", url] for name, url in feeds)
        options = CollectOptions(
            Path(tmp) / "crawl.sqlite",
            Path(tmp) / "raw",
            registry,
            politeness=Politeness(delay=delay),
            workers=workers,
            progress=False,
        )
        start = time.perf_counter()
        summary = collect(options)
        seconds = time.perf_counter() - start
        first = [s.routes["/tin/0.html"] for s in outlets.sites.values()]
        size = sum(len(a.body) for a in first if isinstance(a, Answer)) / len(first)
    return {
        "hosts": hosts,
        "articles": summary.fetched,
        "kept": summary.kept,
        "delay": delay,
        "workers": workers,
        "seconds": seconds,
        "per_second": summary.fetched / seconds,
        "requests": summary.requests,
        "page_kb": size / 1024,
    }


def main(quick: bool = False) -> list[dict[str, float]]:
    runs = [  # (hosts, articles per host, delay between requests to one host, hosts crawled at once)
        (1, 40 if quick else 200, 0.0, 1),
        (8, 10 if quick else 50, 0.0, 8),
        (8, 3 if quick else 8, 1.0, 8),
        (16, 3 if quick else 8, 1.0, 16),
    ]
    results = [measure(h, n, d, w, seed=i) for i, (h, n, d, w) in enumerate(runs)]
    print("| hosts | articles | delay per host | hosts at once | seconds | articles/s | requests | page size |")
    print("|---|---|---|---|---|---|---|---|")
    for r in results:
        print(
            f"| {r['hosts']:.0f} | {r['articles']:.0f} | {r['delay']:.0f} s | {r['workers']:.0f} | {r['seconds']:.1f} "
            f"| {r['per_second']:.1f} | {r['requests']:.0f} | {r['page_kb']:.0f} KB |"
        )
    return results


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes (a smoke run)")
    main(parser.parse_args().quick)
