"""Extraction's faster ways of computing give what the plain ones gave (issues 11 and 13: how, never what).

Each test holds a faster computation to the plain one it replaced, written out here, on inputs that reach every
branch (short lines counted whole, long ones counted up to the cap). Speed is measured by the benchmarks and by
benchmarks/extraction_identity.py, never asserted here.
"""

from __future__ import annotations

import random

from etl import cleaning, page

_WORDS = ["Ủy", "ban", "nhân", "dân", "tỉnh", "Lào", "Cai", "ký", "kết", "2024", "12/3", "-", "(TTXVN)", "v.v", "_x"]


def _lines(seed: int) -> list[str]:
    """Lines of 0 to 200 words, words of letters, digits and marks, joined by spaces or by none."""
    rng = random.Random(seed)
    out = ["", " ", "...", "a", "2024", "Trang chủ | Tin tức"]
    for _ in range(400):
        n = rng.choice([0, 1, 2, 5, 6, 7, 9, 10, 11, 40, 59, 60, 61, 62, 80, 200])
        out.append(rng.choice([" ", "  ", ", ", ""]).join(rng.choice(_WORDS) for _ in range(n)))
    return out


def test_a_lines_words_are_counted_as_findall_counts_them_up_to_the_cap() -> None:
    for line in _lines(1):
        assert page._word_count(line) == min(len(page._WORD.findall(line)), page._COUNT_CAP), line


def test_a_trailing_line_has_few_words_as_findall_says() -> None:
    for line in _lines(2):
        assert cleaning._few_words(line) == (len(cleaning._WORDS.findall(line)) <= 6), line
