"""Extraction's faster ways of computing give what the plain ones gave (issues 11 and 13: how, never what).

Each test holds a faster computation to the plain one it replaced, written out here, on inputs that reach every
branch (short lines counted whole, long ones counted up to the cap). Speed is measured by the benchmarks and by
benchmarks/extraction_identity.py, never asserted here.
"""

from __future__ import annotations

import random

from etl import cleaning, clusters, page, roles

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


def test_an_articles_paragraphs_follow_its_text_and_are_its_callers_own() -> None:
    article = cleaning.Article("s", "T", "a\n\n b \nc")
    assert article.paragraphs == ["a", " b ", "c"]
    article.paragraphs.append("x")  # a caller's change stays the caller's
    assert article.paragraphs == ["a", " b ", "c"]
    article.text = "d\ne"  # a text set anew is split anew
    assert article.paragraphs == ["d", "e"]
    assert cleaning.Article("s", "T", "").paragraphs == []


def test_a_text_without_a_cluster_word_names_no_cluster_as_the_full_patterns_say() -> None:
    """The guard before the cluster patterns: every text they match holds one of its words, in any case."""
    texts = [
        "Cụm thi đua số 4 tổ chức hội nghị",
        "CỤM THI ĐUA SỐ 4",
        "Khối thi đua Mặt trận - Đoàn thể tỉnh họp",
        "Nhóm hợp tác phát triển du lịch 8 tỉnh Tây Bắc mở rộng đã ký kết",
        "ông A, Cụm trưởng Cụm giáp ranh, phát biểu",
        "Hội nghị giao ban các tỉnh Tây Nguyên",
        "",
    ]
    for text in texts:
        full = [m.group(1) for m in clusters._CLUSTER.finditer(text)] + [
            m.group(0) for m in clusters._CHAIRED.finditer(text)
        ]
        if not clusters._CLUSTER_WORD.search(text):
            assert full == [] and clusters._names_in(text) == []


def test_a_place_may_follow_the_words_before_it_as_the_full_search_says() -> None:
    """The list-word check before a place, looked for in the last characters only, answers as the search over
    the whole text before it: list words in any case, marks, dashes, the start, any kind of trailing space."""
    rng = random.Random(3)
    pieces = ["và", "VÀ", "Và", "giữa", "với", "cùng", "lãnh đạo", "Đại diện", "đại diện", ",", ";", " -", " –", "-"]
    pieces += ["Sở Tư pháp", "tỉnh", "A", "(", ")", "ký kết", "xã", "2024", "nava", "cùngvới"]
    spaces = ["", " ", "  ", "\n", "\xa0", "\u2003", " \n "]
    texts = ["", " ", "\n", "và", " và ", "xvà", "và\n"]
    for _ in range(3000):
        words = [rng.choice(pieces) for _ in range(rng.randint(0, 8))]
        texts.append(rng.choice(spaces) + rng.choice([" ", ""]).join(words) + rng.choice(spaces))
    for text in texts:
        assert roles._place_may_follow(text) == bool(roles._BEFORE_PLACE.search(text)), repr(text)
