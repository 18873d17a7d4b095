"""Reference facts (provinces, clusters, topic keywords, organisation names) read from data/reference/.

They are data an analyst can edit; code only reads them. Each loader is cached: one read per process.
"""

from __future__ import annotations

import csv
from functools import cache

from etl.resources import data_dir

REFERENCE_DIR = data_dir("reference")


@cache
def load_table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a reference CSV as dicts (a tuple, so callers cannot mutate the shared cache)."""
    with open(REFERENCE_DIR / name, newline="", encoding="utf-8") as fh:
        return tuple(dict(row) for row in csv.DictReader(fh))


@cache
def load_words(name: str) -> frozenset[str]:
    """A one-word-per-line reference list; lines starting with '#' are comments."""
    text = (REFERENCE_DIR / name).read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))
