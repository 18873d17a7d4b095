"""The `phoihop` command: phoihop's pipeline, its checks and its dashboard, one subcommand each.

Subcommands: etl, collect, update, extract, evaluate, simulate, bench, report, dashboard, serve, clusters,
hash-password.

The top of the import graph: it reaches every layer (etl, queries, dashboard, benchmarks) and nothing
imports it. Paths it takes by default (the warehouse, the corrections, the secrets) are relative to the
working directory, so an installed `phoihop` runs from anywhere.

Exit codes: 0 done (rejected inputs included), 1 nothing could be read, 2 wrong arguments,
3 a data-quality check failed after loading (the previous warehouse is kept), 4 evaluation below target,
5 another update or collect is running on this warehouse, 6 the disk is full and 7 the data folder is
read-only (for both, the previous warehouse is kept).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from etl.documents import contract_line, process
from etl.reading import RawDocument, RegisterRow, Reject, parse_crawler_record, read_paths

if TYPE_CHECKING:
    from etl.collect import CollectOptions

DEFAULT_DB = Path("data/warehouse.duckdb")
EXIT_DISK_FULL, EXIT_READ_ONLY = 6, 7  # a load that could not write the warehouse (the README's table)
SECRETS = Path(".streamlit/secrets.toml")  # where Streamlit itself looks, beside the working directory


def _stdin_items() -> Iterator[RawDocument | RegisterRow | Reject]:
    for number, line in enumerate(sys.stdin.buffer, start=1):
        if line.strip():
            yield parse_crawler_record(line, "-", number, default_id=f"stdin-{number}")


def _source_id(item: Reject) -> str:
    if item.path == "-":  # as a readable stdin record is named
        return f"stdin-{item.line}"
    return Path(item.path).stem + (f"-{item.line}" if item.line else "")


def cmd_extract(args: argparse.Namespace) -> int:
    items = _stdin_items() if args.paths == ["-"] else read_paths(args.paths)
    out = sys.stdout
    readable = 0
    for item in items:
        if isinstance(item, Reject):
            print(f"reject: {item.path}{':' + str(item.line) if item.line else ''}: {item.reason}", file=sys.stderr)
            line = contract_line(item, _source_id(item))
        else:
            result = process(item)
            if isinstance(result, Reject):
                print(f"reject: {result.path}:{result.line or ''}: {result.reason}", file=sys.stderr)
            readable += not isinstance(result, Reject)
            line = contract_line(result, item.source_id)
        out.write(json.dumps(line, ensure_ascii=False) + "\n")
    return 0 if readable else 1  # as `etl`: 1 when nothing could be read (every input rejected)


def cmd_etl(args: argparse.Namespace) -> int:
    from etl.pipeline import DataQualityError, StorageError, run_etl

    try:
        summary = run_etl(args.paths, Path(args.db), progress=not args.quiet, corrections_path=Path(args.corrections))
    except DataQualityError as exc:
        print(f"data-quality check failed, warehouse left as it was: {exc}", file=sys.stderr)
        return 3
    except StorageError as exc:  # one line, and its own code: the disk full (6) or the folder read-only (7)
        return _cannot_write(exc, Path(args.db))
    print(summary.render())
    return 0 if summary.readable else 1


def _queue_line(item: dict) -> str:
    """One review item on one line: id, what differs, on which cluster, how often, the first article."""
    cluster = item["cluster"] if isinstance(item["cluster"], str) else item["written"]
    kind = item["kind"]
    if kind == "head_differs":
        known = item["registry_members"]
        registry = ", ".join(known) if isinstance(known, list | tuple) or hasattr(known, "tolist") else ""
        what = f"{'head' if item['role'] == 'head' else 'deputy'} {item['year']}: {item['member']}"
        what += f" (registry: {registry or 'none'})"
    else:
        what = {
            "unknown_cluster": "not in the registry",
            "member_not_listed": f"lists {item['member']}, not in the registry roster",
            "member_missing": f"roster leaves out {item['member']}",
        }[kind]
    first = item["articles"][0] if len(item["articles"]) else {"title": "", "url": "", "source_id": ""}
    where = first["url"] or first["source_id"]
    return f"{item['item_id']}  {cluster}: {what}  [{item['n_events']} events]  {first['title']} <{where}>"


def cmd_clusters(args: argparse.Namespace) -> int:
    import duckdb

    import queries
    from etl.cluster_review import ReviewError, accept
    from etl.pipeline import DataQualityError, StorageError, run_etl

    db = Path(args.db)
    if not db.exists():
        print(f"no warehouse at {db}: run `phoihop etl` first", file=sys.stderr)
        return 1
    with duckdb.connect(str(db), read_only=True) as con:
        queue = queries.run(con, "cluster_review", limit=args.limit if not args.accept else 100_000)
    items = [row._asdict() for row in queue.itertuples(index=False)]
    if not args.accept:
        print(f"{len(items)} items to review" + (" (more not shown)" if len(items) == args.limit else ""))
        for item in items:
            print(_queue_line(item))
        return 0
    item = next((i for i in items if i["item_id"] == args.accept), None)
    if item is None:
        print(f"no item {args.accept} in the queue", file=sys.stderr)
        return 2
    try:
        cluster_id = accept(item, network_id=args.network, variant_of=args.variant_of)
    except ReviewError as exc:
        print(exc, file=sys.stderr)
        return 2
    except OSError as exc:  # the reference folder cannot be written: nothing was accepted
        print(f"cannot write the registry files: {exc}", file=sys.stderr)
        return EXIT_READ_ONLY
    print(f"accepted {item['item_id']}: registry written for {cluster_id}")
    try:  # the registry changed: the warehouse is rebuilt from what it holds, as a correction is applied
        summary = run_etl([], db, progress=False, corrections_path=Path(args.corrections))
    except DataQualityError as exc:
        print(f"data-quality check failed, warehouse left as it was: {exc}", file=sys.stderr)
        return 3
    except StorageError as exc:
        return _cannot_write(exc, db)
    print(summary.render())
    return 0


def _collect_options(args: argparse.Namespace) -> CollectOptions:
    from etl.collect import CollectOptions
    from etl.crawl_state import default_path
    from etl.fetching import Politeness

    defaults = Politeness()
    politeness = Politeness(
        delay=args.delay if args.delay is not None else defaults.delay,
        timeout=args.timeout if args.timeout is not None else defaults.timeout,
    )
    return CollectOptions(
        state_path=Path(args.state) if args.state else default_path(Path(args.db)),
        out_dir=Path(args.out),
        outlets_path=Path(args.outlets) if args.outlets else None,
        since=datetime.combine(args.since, datetime.min.time()) if args.since else None,
        politeness=politeness,
        workers=args.workers,
        max_articles=args.max_articles,
        progress=not args.quiet,
    )


def cmd_collect(args: argparse.Namespace) -> int:
    from etl.collect import collect
    from etl.update import AlreadyRunning, exclusive

    try:
        with exclusive(Path(args.db)):
            summary = collect(_collect_options(args))
    except AlreadyRunning as exc:
        print(str(exc), file=sys.stderr)
        return 5
    print(summary.render())
    return 0


def cmd_update(args: argparse.Namespace) -> int:
    from etl.pipeline import DataQualityError
    from etl.update import AlreadyRunning, exclusive, run_update

    try:
        with exclusive(Path(args.db)):
            summary = run_update(
                Path(args.db), _collect_options(args), progress=not args.quiet, corrections_path=Path(args.corrections)
            )
    except AlreadyRunning as exc:
        print(str(exc), file=sys.stderr)
        return 5
    except DataQualityError as exc:
        print(f"data-quality check failed, warehouse left as it was: {exc}", file=sys.stderr)
        return 3
    except OSError as exc:  # the lock or the load could not write (StorageError included): as `etl` says it
        return _cannot_write(exc, Path(args.db))
    print(summary.render())
    return 0


def _cannot_write(exc: OSError, db: Path) -> int:
    """A warehouse folder that cannot be written, in one line and its own exit code; anything else raises."""
    from etl.warehouse import StorageError, storage_problem

    problem = exc if isinstance(exc, StorageError) else storage_problem(exc, db)
    if problem is None:
        raise exc
    print(str(problem), file=sys.stderr)
    return EXIT_DISK_FULL if problem.kind == "full" else EXIT_READ_ONLY


def _collect_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", default=str(DEFAULT_DB), help=f"warehouse file (default {DEFAULT_DB})")
    p.add_argument("--state", help="crawl state file (default: beside the warehouse, NAME.crawl.sqlite)")
    p.add_argument("--out", default="data/raw/crawl", help="where collected articles go (default data/raw/crawl)")
    p.add_argument("--outlets", help="a registry file of the same columns (default data/reference/outlets.csv)")
    p.add_argument("--since", type=_iso_date, help="ignore entries dated before this day (default: the last run)")
    p.add_argument("--delay", type=float, help="seconds between two requests to one site (default 1)")
    p.add_argument("--timeout", type=float, help="seconds to wait for a site (default 20)")
    p.add_argument("--workers", type=int, default=8, help="sites crawled at once (default 8)")
    p.add_argument("--max-articles", type=int, help="pages downloaded per site and run (default: all)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")


def cmd_evaluate(args: argparse.Namespace) -> int:
    from etl.evaluate import evaluate, evaluate_real_programs

    if args.programs:
        if not args.texts:
            print("--programs needs --texts DIR (the articles' texts as <id>.txt)", file=sys.stderr)
            return 2
        return evaluate_real_programs(Path(args.programs), Path(args.texts))
    if not args.gold or not args.paths:
        print("evaluate needs GOLD.jsonl and the labelled articles (or --programs and --texts)", file=sys.stderr)
        return 2
    return evaluate(Path(args.gold), args.paths)


def cmd_dashboard(args: argparse.Namespace) -> int:
    from dashboard.uploads import MAX_FILE_BYTES

    # server.py: Streamlit's server over app.py, with the page addresses settled (see its docstring).
    app = Path(__file__).resolve().with_name("server.py")
    cmd = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(app),
        "--server.port",
        str(args.port),
        "--server.address",
        args.address,
        "--server.headless",
        "true",
        "--browser.gatherUsageStats",
        "false",
        "--server.maxUploadSize",
        str(MAX_FILE_BYTES // 1024**2),  # what the uploader states and the server enforces: our limit, not 200 MB
        "--client.toolbarMode",
        "minimal",  # no "Deploy" button: this is an office's own server
        # A served dashboard, not a script being edited: Streamlit's defaults walk every imported module's path
        # (to rerun on a saved file) and run a full garbage collection after each run. Under 30 sessions they
        # were half the server's busy CPU (py-spy); Python's own generational collection still runs.
        "--server.fileWatcherType",
        "none",
        "--runner.postScriptGC",
        "false",
        "--secrets.files",
        os.environ.get("PHOIHOP_SECRETS", str(SECRETS.resolve())),
        "--",
        "--db",
        str(Path(args.db).resolve()),
    ]
    # Become the Streamlit process (no child left behind): stopping `phoihop dashboard` stops the server.
    os.execv(sys.executable, cmd)
    return 0  # not reached


# The days a report may cover: those the dashboard's date inputs take. Past them a period and the one before
# it (the report's comparison) leave the calendar (0001-01-01, 9999-12-31 ended in an OverflowError).
REPORT_DAYS = (date(1990, 1, 1), date(2100, 12, 31))


def _iso_date(text: str) -> date:
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {text!r}") from None
    first, last = REPORT_DAYS
    if not first <= day <= last:
        raise argparse.ArgumentTypeError(f"{text}: a report covers days from {first} to {last}")
    return day


def cmd_report(args: argparse.Namespace) -> int:
    import duckdb

    import queries
    from dashboard.charts import asker
    from dashboard.images import ImageError
    from dashboard.report import make, scope

    out = Path(args.out)
    if out.suffix.lower() not in (".pptx", ".pdf"):
        print(f"--out must end in .pptx or .pdf: {out}", file=sys.stderr)
        return 2
    if not out.parent.is_dir():  # a mistyped folder is not made: the report would land where no one looks
        print(f"--out: there is no folder {out.parent} (the report goes into an existing folder)", file=sys.stderr)
        return 2
    named = {k: getattr(args, k) for k in ("region", "cluster", "province") if getattr(args, k) is not None}
    if any(not value.strip() for value in named.values()):  # "" used to give a whole-country report
        print(f"--{next(iter(named))} needs a name (or use --all for the whole country)", file=sys.stderr)
        return 2
    if args.date_from > args.date_to:
        print(f"--from {args.date_from} is after --to {args.date_to}", file=sys.stderr)
        return 2
    if not Path(args.db).is_file():
        print(f"no warehouse at {args.db}: load one with `phoihop etl PATH --db {args.db}`", file=sys.stderr)
        return 1
    kind = next(iter(named), "all")
    name = named.get(kind)
    try:
        connection = duckdb.connect(args.db, read_only=True)
    except duckdb.Error as exc:
        print(f"{args.db} is not a DuckDB warehouse: {str(exc).splitlines()[0]}", file=sys.stderr)
        return 2
    with connection as con:
        ask = asker(lambda query, **params: queries.run(con, query, **params))
        try:
            chosen = scope.resolve(kind, name, ask("filter_options", lang=args.lang))
            report = make.make(ask, chosen, args.date_from, args.date_to, args.lang, out, date.today())
        except scope.ScopeError as exc:
            print(str(exc), file=sys.stderr)
            return 2
        except ImageError as exc:
            print(str(exc), file=sys.stderr)
            return 1
        except duckdb.Error as exc:
            print(
                f"the warehouse {args.db} lacks what reports need; rebuild it with `phoihop etl`: {exc}",
                file=sys.stderr,
            )
            return 1
    print(f"wrote {out}: {len(report.slides)} sections, {report.title}")
    return 0


def cmd_hash_password(args: argparse.Namespace) -> int:
    import getpass

    from dashboard.passwords import hash_password

    password = sys.stdin.readline().rstrip("\n") if not sys.stdin.isatty() else getpass.getpass("Password: ")
    if len(password) < 8:
        print("a password needs 8 characters or more", file=sys.stderr)
        return 2
    print(hash_password(password))
    return 0


def cmd_simulate(args: argparse.Namespace) -> int:
    from benchmarks.simulate import write_corpus

    out = write_corpus(args.articles, args.seed, Path(args.out))
    print(f"{args.articles} simulated articles in {out / 'articles'}, their true records in {out / 'labels.jsonl'}")
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    from benchmarks.run import main as bench_main

    return bench_main(
        json_path=Path(args.json) if args.json else None,
        quick=args.quick,
        only=args.only,
        sessions=args.sessions,
        seconds=args.seconds,
    )


def cmd_serve(args: argparse.Namespace) -> int:
    from dashboard.proxy import serve

    return serve(Path(args.db).resolve(), args.processes, args.port, args.address)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="phoihop", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("etl", help="read articles and registers, load the DuckDB warehouse")
    p.add_argument("paths", nargs="+", help="files or folders (read recursively)")
    p.add_argument("--db", default=str(DEFAULT_DB), help=f"warehouse file (default {DEFAULT_DB})")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument(
        "--corrections",
        default="data/corrections.csv",
        help="analysts' corrections applied after extraction (default data/corrections.csv)",
    )
    p.set_defaults(func=cmd_etl)

    p = sub.add_parser("collect", help="fetch new coordination articles from the outlets' feeds and sitemaps")
    _collect_arguments(p)
    p.set_defaults(func=cmd_collect)

    p = sub.add_parser("update", help="collect, then load the new articles into the warehouse (for cron)")
    _collect_arguments(p)
    p.add_argument("--corrections", default="data/corrections.csv", help="analysts' corrections (default as etl)")
    p.set_defaults(func=cmd_update)

    p = sub.add_parser("extract", help="print one JSON event record per input document")
    p.add_argument("paths", nargs="+", help="files or folders, or - for crawler JSON Lines on stdin")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("evaluate", help="score extraction against gold labels")
    p.add_argument("gold", nargs="?", help="labels JSON Lines ({'id', 'gold'})")
    p.add_argument("paths", nargs="*", help="the labelled articles")
    p.add_argument("--programs", help="real program labels (tests/fixtures/real/programs.jsonl): score linking only")
    p.add_argument("--texts", help="with --programs: the folder of the articles' texts, <id>.txt")
    p.set_defaults(func=cmd_evaluate)

    p = sub.add_parser("simulate", help="write a simulated national corpus with its true event records")
    p.add_argument("--articles", type=int, required=True, help="how many articles")
    p.add_argument("--seed", type=int, default=1, help="random seed (the same seed gives the same corpus)")
    p.add_argument("--out", required=True, help="output folder (articles/ and labels.jsonl)")
    p.set_defaults(func=cmd_simulate)

    p = sub.add_parser("bench", help="run the benchmarks, print a table, write JSON")
    p.add_argument("--json", help="where to write the results as JSON")
    p.add_argument("--quick", action="store_true", help="small sizes only (a smoke run)")
    p.add_argument(
        "--only",
        choices=["browser", "load", "queries"],
        help="only the browser benchmark, the load test (1 and 2 processes), or the server side (extraction per "
        "article, every named query, page reruns); other tables kept",
    )
    p.add_argument("--sessions", type=int, default=30, help="load test: sessions at once (default 30)")
    p.add_argument("--seconds", type=float, default=120, help="load test: how long they change filters (default 120)")
    p.set_defaults(func=cmd_bench)

    p = sub.add_parser("hash-password", help="print a password hash for .streamlit/secrets.toml")
    p.set_defaults(func=cmd_hash_password)

    p = sub.add_parser("report", help="write a conference report (PowerPoint or PDF) for a scope and period")
    p.add_argument("--db", default=str(DEFAULT_DB), help=f"warehouse file (default {DEFAULT_DB})")
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--all", action="store_true", help="the whole country")
    where.add_argument("--region", help="a socio-economic region, e.g. 'Tây Nguyên'")
    where.add_argument("--cluster", help="a cluster: its id, its name, or 'network — cluster'")
    where.add_argument("--province", help="a province, e.g. 'Đắk Lắk' (diacritics optional)")
    p.add_argument("--from", dest="date_from", type=_iso_date, required=True, help="first day, YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", type=_iso_date, required=True, help="last day, YYYY-MM-DD")
    p.add_argument("--out", required=True, help="FILE.pptx or FILE.pdf")
    p.add_argument("--lang", choices=["vi", "en"], default="vi", help="language of the report (default vi)")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("clusters", help="the clusters review queue: what articles say that the registry does not")
    p.add_argument("--db", default=str(DEFAULT_DB), help=f"warehouse file (default {DEFAULT_DB})")
    p.add_argument("--limit", type=int, default=200, help="items shown, most seen first (default 200)")
    p.add_argument("--accept", metavar="ID", help="write this item into the registry files and reload")
    p.add_argument("--network", help="for a new cluster: the network_id it belongs to (networks.csv)")
    p.add_argument("--variant-of", dest="variant_of", help="for a new name: the cluster_id it is a name of")
    p.add_argument("--corrections", default="data/corrections.csv", help="analysts' corrections (default as etl)")
    p.set_defaults(func=cmd_clusters)

    p = sub.add_parser("dashboard", help="serve the dashboard")
    p.add_argument("--db", default=str(DEFAULT_DB))
    p.add_argument("--port", type=int, default=8501)
    p.add_argument("--address", default="127.0.0.1", help="listen address (default: this machine only)")
    p.set_defaults(func=cmd_dashboard)

    p = sub.add_parser("serve", help="serve the dashboard from N processes behind Caddy (sticky sessions)")
    p.add_argument("--db", default=str(DEFAULT_DB))
    p.add_argument("--processes", type=int, default=2, help="dashboard processes (default 2; one per core)")
    p.add_argument("--port", type=int, default=8501, help="the proxy's port; the processes take the next ones")
    p.add_argument("--address", default="127.0.0.1", help="the proxy's listen address (default: this machine only)")
    p.set_defaults(func=cmd_serve)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
