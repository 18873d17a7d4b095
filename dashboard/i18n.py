"""Interface strings in Vietnamese (first) and English, from dashboard/strings.csv."""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

LANGS = ("vi", "en")


@cache
def _strings() -> dict[str, dict[str, str]]:
    with open(Path(__file__).with_name("strings.csv"), encoding="utf-8", newline="") as fh:
        return {row["key"]: row for row in csv.DictReader(fh)}


def t(key: str, lang: str = "vi", **values: object) -> str:
    """The string for a key; the key itself when missing, so a gap shows instead of crashing."""
    row = _strings().get(key)
    text = (row.get(lang) or row["vi"]) if row else key
    return text.format(**values) if values else text
