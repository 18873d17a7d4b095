"""Accuracy on real articles: `python -m benchmarks.real_accuracy --texts DIR [--sources CSV] [--no-url]`.

`tests/fixtures/real/sources.csv` lists each real article (URL, site, split, phenomena, labels as JSON); the
texts themselves are not ours to commit, so they are read from DIR as `<id>.txt` (the page text as the
search corpus stores it). Every article is extracted as a crawler record with its URL (`--no-url` drops the
URL, as a bare text file would come), scored with the product's metrics on each split, and printed as a
Markdown table beside the naive baseline (`benchmarks/naive_baseline.py`).

The splits: `dev` (rules are written against it), `test` (a third of the first corpus, chosen by a hash of the
id; scored, not tuned on, though not fully held out), `fresh` (articles labelled later, scored once before any
rule saw them, then used for development), `holdout` (labelled
last, scored only), `holdout2` (a second unseen batch, labelled in a later sitting, scored only) and `holdout3`
(a third, labelled while a sitting's rules were being written on another round, scored at its start and end only).
"""

from __future__ import annotations

import argparse
import csv
import json
from pathlib import Path
from typing import Any

from benchmarks.naive_baseline import baseline_record
from etl.cleaning import clean_article
from etl.documents import contract_line, process
from etl.evaluate import diagnostics, score
from etl.reading import RawDocument

ROOT = Path(__file__).resolve().parent.parent
# Issue 11's targets on real articles (the development set's own targets are etl.evaluate.TARGETS).
REAL_TARGETS = {
    "event_f1": 0.95,
    "event_type": 0.95,
    "province": 0.95,
    "date": 0.90,
    "level": 0.90,
    "involved_f1": 0.90,
    "parties_f1": 0.80,
    "topic1": 0.90,
    "period": 0.90,
    "cluster": 0.85,
}
FIELDS = (
    "event_f1",
    "event_type",
    "province",
    "date",
    "level",
    "involved_f1",
    "parties_f1",
    "topic1",
    "period",
    "cluster",
)


def load_sources(path: Path) -> list[dict[str, Any]]:
    with open(path, newline="", encoding="utf-8") as fh:
        return [{**row, "gold": json.loads(row["labels"])} for row in csv.DictReader(fh)]


def predictions(rows: list[dict[str, Any]], texts: Path, with_url: bool) -> tuple[dict, dict]:
    """(phoihop's contract lines, the baseline's records) for the rows whose text is in `texts`."""
    ours, naive = {}, {}
    for row in rows:
        path = texts / f"{row['id']}.txt"
        if not path.exists():
            continue
        text = path.read_text(encoding="utf-8")
        url = row["url"] if with_url else None
        ours[row["id"]] = contract_line(process(RawDocument(row["id"], str(path), None, text=text, url=url)))
        naive[row["id"]] = baseline_record(clean_article(row["id"], text, url=url))
    return ours, naive


SPLITS = ("dev", "test", "fresh", "holdout", "holdout2", "holdout3")


def table(rows: list[dict[str, Any]], ours: dict, naive: dict) -> str:
    """One row a field; for each split present, phoihop's score and the baseline's."""
    results: dict[str, tuple[dict[str, float], dict[str, float], int]] = {}
    for split in SPLITS:
        gold = {r["id"]: r["gold"] for r in rows if r["split"] == split and r["id"] in ours}
        if gold:
            results[split] = (score(gold, ours)[0], score(gold, naive)[0], len(gold))
    heads = [f"{split}: {who}" for split in results for who in ("phoihop", "baseline")]
    lines = ["| field | " + " | ".join(heads) + " | target |", "|---" * (len(heads) + 2) + "|"]
    for name in FIELDS:
        cells = [f"{scores[name]:.2f}" for s in results for scores in results[s][:2]]
        lines.append(f"| {name} | " + " | ".join(cells) + f" | ≥ {REAL_TARGETS[name]:.2f} |")
    lines.append("\narticles: " + ", ".join(f"{s} {results[s][2]}" for s in results))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", required=True, type=Path, help="folder of <id>.txt page texts")
    parser.add_argument("--sources", type=Path, default=ROOT / "tests/fixtures/real/sources.csv")
    parser.add_argument("--no-url", action="store_true", help="extract without the article's URL")
    parser.add_argument("--misses", choices=SPLITS, help="also list the misses of one split")
    parser.add_argument(
        "--dump", type=Path, help="also write our contract lines as JSON, id -> record (for the studies)"
    )
    args = parser.parse_args(argv)
    rows = load_sources(args.sources)
    ours, naive = predictions(rows, args.texts, not args.no_url)
    if not ours:
        print(f"no texts found in {args.texts} for the ids in {args.sources}")
        return 1
    print(table(rows, ours, naive))
    if args.dump:
        args.dump.write_text(json.dumps(ours, ensure_ascii=False), encoding="utf-8")
    if args.misses:
        gold = {r["id"]: r["gold"] for r in rows if r["split"] == args.misses and r["id"] in ours}
        for miss in score(gold, ours)[1]:
            print("  miss", miss)
        print(diagnostics(gold, ours))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
