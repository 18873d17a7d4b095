"""Is the extraction of this checkout byte-identical to another's? For speed work, which must change how things
are computed, never what: every input read, cleaned and extracted by both (documents with all their fields:
text, record, confidences, flags, parties as seen, cluster evidence, programs; rejects with their reasons),
written as JSON lines and compared line by line.

    git worktree add /tmp/base <commit>
    python benchmarks/extraction_identity.py --base /tmp/base benchmarks/work/corpus_10000/articles more/texts

Each side runs in a process of its own with its checkout first on the path (the modules keep caches). Exit 0 when
identical, 1 with the first differing inputs named.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def dump(out: Path, paths: list[str]) -> None:
    """One JSON line per input, in reading order (run inside the checkout being compared)."""
    from etl.documents import process
    from etl.reading import Reject, read_paths

    start = time.perf_counter()
    n = 0
    with open(out, "w", encoding="utf-8") as fh:
        for item in read_paths(paths):
            result = item if isinstance(item, Reject) else process(item)
            if isinstance(result, Reject):
                line = {"reject": dataclasses.asdict(result)}
            else:
                line = dataclasses.asdict(result)
                line["record"] = result.record.to_dict()
            fh.write(json.dumps(line, ensure_ascii=False, sort_keys=True, default=str) + "\n")
            n += 1
    print(f"{n} inputs in {time.perf_counter() - start:.1f} s", file=sys.stderr)


def _run(tree: Path, out: Path, paths: list[str]) -> None:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    command = [sys.executable, str(Path(__file__).resolve()), "--dump", str(out), *paths]
    subprocess.run(command, cwd=tree, env=env, check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="+", help="inputs, as `phoihop etl` takes them")
    parser.add_argument("--base", type=Path, help="the other checkout (for example a git worktree of main)")
    parser.add_argument("--dump", type=Path, help=argparse.SUPPRESS)  # the child's own work
    args = parser.parse_args(argv)
    paths = [str(Path(p).resolve()) for p in args.paths]  # both sides read the same files
    if args.dump:
        dump(args.dump, paths)
        return 0
    if args.base is None:
        parser.error("--base is required")
    with tempfile.TemporaryDirectory() as tmp:
        ours, theirs = Path(tmp) / "this.jsonl", Path(tmp) / "base.jsonl"
        _run(args.base.resolve(), theirs, paths)
        _run(ROOT, ours, paths)
        a = theirs.read_text(encoding="utf-8").splitlines()
        b = ours.read_text(encoding="utf-8").splitlines()
    differing = [i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y]
    if len(a) == len(b) and not differing:
        print(f"identical: {len(a)} inputs, {sum(len(x) for x in a) / 1e6:.1f} MB of output")
        return 0
    print(f"DIFFERENT: {len(a)} inputs in the base, {len(b)} here, {len(differing)} lines differ")
    for i in differing[:5]:
        x, y = json.loads(a[i]), json.loads(b[i])
        where = x.get("path") or x.get("reject", {}).get("path")
        fields = sorted(k for k in {*x, *y} if x.get(k) != y.get(k))
        print(f"  {where}: {', '.join(fields)}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
