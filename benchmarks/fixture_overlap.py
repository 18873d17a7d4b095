"""Do our fixture texts copy real articles? `python -m benchmarks.fixture_overlap --texts DIR [FILE ...]`.

The repository holds no sentence of a real article: fixtures reproduce a real page's shape in our own words. This
reads every string literal of 45 characters or more in the test files (all of `tests/test_*.py` by default) and
looks for 45-character windows of it (one every 8 characters) in the real texts of DIR (`<id>.txt`, kept outside
the repository, as `benchmarks/real_accuracy.py` reads them). A literal sharing two windows or more with one text is
printed with that text's id and the count: it is to be written anew. One shared window is usually a body's or a
cluster's name, a fact, and is printed only with `--all`. Exit 1 when a literal shares two windows or more.
"""

from __future__ import annotations

import argparse
import ast
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WINDOW = 45
STEP = 8


def literals(path: Path) -> list[str]:
    """The file's string literals long enough to hold a window (adjacent literals are one, as Python joins them)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = {
        unicodedata.normalize("NFC", node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) >= WINDOW
    }
    return sorted(found)


def shared(literal: str, texts: dict[str, str]) -> tuple[str, int] | None:
    """The real text sharing most windows with a literal, and how many; None when none shares one."""
    counts: dict[str, int] = {}
    for i in range(0, len(literal) - WINDOW + 1, STEP):
        window = literal[i : i + WINDOW]
        for name, text in texts.items():
            if window in text:
                counts[name] = counts.get(name, 0) + 1
    if not counts:
        return None
    best = max(counts, key=lambda k: counts[k])
    return best, counts[best]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=Path, required=True, help="folder of <id>.txt real page texts")
    parser.add_argument("--all", action="store_true", help="also print literals sharing a single window")
    parser.add_argument("files", nargs="*", type=Path, help="test files (default: tests/test_*.py)")
    args = parser.parse_args()
    texts = {p.stem: unicodedata.normalize("NFC", p.read_text(encoding="utf-8")) for p in args.texts.glob("*.txt")}
    flagged = 0
    for path in args.files or sorted((ROOT / "tests").glob("test_*.py")):
        for literal in literals(path):
            hit = shared(literal, texts)
            if hit and (hit[1] >= 2 or args.all):
                flagged += hit[1] >= 2
                print(f"{path.name}\t{hit[0]}\t{hit[1]}\t{literal[:80]!r}")
    return 1 if flagged else 0


if __name__ == "__main__":
    raise SystemExit(main())
