"""Reference facts (provinces, clusters, topic keywords, event types, organisation names) read from data/reference/.

They are data an analyst can edit; code only reads them. `PHOIHOP_REFERENCE` names another folder holding
the same files (a test's own event types, a deployment's own facts); set it before the process starts, as
modules keep what they derived from the tables. Each file is read once per process and folder.
"""

from __future__ import annotations

import csv
import os
from functools import cache
from pathlib import Path

from etl.resources import data_dir

REFERENCE_DIR = data_dir("reference")


def reference_dir() -> Path:
    """The folder reference files are read from: `PHOIHOP_REFERENCE` when set, else data/reference/."""
    return _folder(os.environ.get("PHOIHOP_REFERENCE") or "")


@cache
def _folder(named: str) -> Path:
    """One Path object per setting: callers key their caches on it, and looking up the same object is cheap."""
    return Path(named) if named else REFERENCE_DIR


def load_table(name: str, folder: Path | None = None) -> tuple[dict[str, str], ...]:
    """Rows of a reference CSV as dicts (a tuple, so callers cannot mutate the shared cache)."""
    return _table(folder or reference_dir(), name)


@cache
def count_words() -> str:
    """The number words that count places ("hai|ba|…|mười", data/reference/number_words.csv as shipped: grammar,
    not a fact a reference folder overrides), for the patterns that read "năm tỉnh", "ba huyện"."""
    return "|".join(row["word"] for row in load_table("number_words.csv", REFERENCE_DIR))


@cache
def _count_values() -> dict[str, int]:
    return {row["word"]: int(row["value"]) for row in load_table("number_words.csv", REFERENCE_DIR)}


def count_value(word: str) -> int | None:
    """The number a count is written with ("3", "03", "chín" -> 9), none for a word that counts nothing: the same
    table as `count_words`, so a pattern's count and its value never disagree."""
    word = word.lower()
    return int(word) if word.isdigit() else _count_values().get(word)


def load_words(name: str) -> frozenset[str]:
    """A one-word-per-line reference list; lines starting with '#' are comments."""
    return _words(reference_dir(), name)


@cache
def _table(folder: Path, name: str) -> tuple[dict[str, str], ...]:
    with open(folder / name, newline="", encoding="utf-8") as fh:
        return tuple(dict(row) for row in csv.DictReader(fh))


@cache
def _words(folder: Path, name: str) -> frozenset[str]:
    text = (folder / name).read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


def forget() -> None:
    """Read every file again on its next use: after the registry files were written (etl/cluster_review.py)."""
    _table.cache_clear()
    _words.cache_clear()
