"""Cleaning: NFC, page furniture, and the injected spam of seed 001 repaired."""

from __future__ import annotations

import unicodedata

from etl.cleaning import clean_article
from etl.spam import find_spam_phrases, repair_spam
from tests.conftest import SEEDS

SEED_001 = SEEDS / "001_ad947c25b7113c46.txt"


def test_seed_001_spam_replaced_by_hoc_everywhere():
    article = clean_article("001", SEED_001.read_text(encoding="utf-8"))
    assert "lich truyen hinh" not in article.text.lower()
    assert "bong da" not in article.text.lower()
    assert "Trung ương Hội Khuyến học Việt Nam" in article.text
    assert "Dòng họ học tập" in article.text
    assert "xã hội học tập" in article.text
    assert article.text.count("khuyến học") >= 20
    assert {"spam_detected", "spam_repaired"} <= set(article.flags)


def test_spam_without_a_recoverable_word_is_removed_and_flagged():
    text = "Ban Dân vận tỉnh ký kết xem phim online mien phi hay nhat chương trình phối hợp. " * 3
    result = repair_spam("Tiêu đề", text)
    assert result.found
    assert "mien phi" not in result.text


def test_text_without_diacritics_is_not_spam():
    text = "Ban Dan van tinh ky ket chuong trinh phoi hop voi Hoi Nong dan tinh giai doan 2021 2025. " * 3
    assert find_spam_phrases(text) == []


def test_honest_text_has_no_spam():
    for path in SEEDS.glob("*.txt"):
        if path != SEED_001:
            assert find_spam_phrases(path.read_text(encoding="utf-8")) == [], path.name


def test_furniture_title_and_header_are_separated():
    article = clean_article("004", (SEEDS / "004_16563717b9753c0b.txt").read_text(encoding="utf-8"))
    assert article.title.startswith("Ban Dân vận Tỉnh ủy Điện Biên: Ký kết")
    assert article.published.isoformat() == "2022-07-01"
    for junk in ("Gửi cho bạn bè", "Phản hồi", "Xem nhiều nhất", "Thông tin người gửi phản hồi"):
        assert junk not in article.text
    assert "baodienbienphu" in article.site


def test_decomposed_input_is_normalised_to_nfc():
    raw = unicodedata.normalize("NFD", "Ký kết chương trình phối hợp\nSáng 2/3, Sở Y tế tỉnh Hà Nam ký kết.")
    article = clean_article("x", raw)
    assert article.title == "Ký kết chương trình phối hợp"
    assert unicodedata.is_normalized("NFC", article.text)


def test_control_characters_are_removed_from_title_and_text():
    """A crawler title with a bell and an escape sequence, a body with a NUL and a form feed: none survives
    cleaning (they broke the Excel download of every event), and a form feed still separates paragraphs."""
    article = clean_article(
        "c0",
        "Đoạn một\x00 của\x07 bài.\x0cĐoạn hai\x1b[0m của bài viết dài hơn sáu chữ.\nCâu thứ ba của bài viết đây rồi.",
        title="Ký kết\x07 chương trình\x1b phối hợp\x00",
    )
    assert article.title == "Ký kết chương trình phối hợp"
    controls = {chr(c) for c in range(32) if chr(c) != "\n"} | {"\x7f"}
    assert not controls & set(article.title + article.text), repr(article.text)
    assert "Đoạn hai[0m của bài viết" in article.text


def test_the_replacement_word_is_voted_as_by_counting_every_pair_of_words():
    """infer_replacement keeps the counts of the words next to a phrase's neighbours only: the word it votes for,
    over texts of varied words, is the one voted for when every pair of neighbouring words is counted."""
    import random
    import re
    from collections import Counter

    from etl.spam import _WORD_RE, _neighbour, _phrase_re, infer_replacement

    def every_pair(texts: list[str], pattern: re.Pattern[str]) -> str | None:
        contexts, parts = [], []
        for text in texts:
            last = 0
            for m in pattern.finditer(text):
                contexts.append((_neighbour(text[: m.start()], "before"), _neighbour(text[m.end() :], "after")))
                parts.append(text[last : m.start()])
                last = m.end()
            parts.append(text[last:])
        following: dict[str, Counter[str]] = {}
        preceding: dict[str, Counter[str]] = {}
        for part in parts:
            for segment in re.split(r"[^\w \t]+", part):
                words = [w.lower() for w in _WORD_RE.findall(segment)]
                for a, b in zip(words, words[1:], strict=False):
                    following.setdefault(a, Counter())[b] += 1
                    preceding.setdefault(b, Counter())[a] += 1
        both: Counter[str] = Counter()
        one_side: Counter[str] = Counter()
        for prev, nxt in contexts:
            after_prev = following.get(prev, Counter()) if prev else Counter()
            before_next = preceding.get(nxt, Counter()) if nxt else Counter()
            both.update(set(after_prev) & set(before_next))
            one_side.update(after_prev)
            one_side.update(before_next)
        for votes in (both, one_side):
            if votes and votes.most_common(1)[0][1] >= 2:
                return votes.most_common(1)[0][0]
        return None

    words = ["học", "sinh", "trường", "thi", "đua", "năm", "tốt", "Học", "bài", "em", "lớp", ",", ".", "và"]
    phrase = "xem bong da truc tuyen"
    pattern = _phrase_re([phrase])
    rng = random.Random(41)
    voted = 0
    for _ in range(400):
        pieces = [rng.choice([*words, phrase]) for _ in range(rng.randint(4, 40))]
        texts = [" ".join(pieces[:3]), " ".join(pieces[3:])]
        word = infer_replacement(texts, pattern)
        assert word == every_pair(texts, pattern), texts
        voted += word is not None
    assert voted > 50  # the texts do vote for words, not only for none


def test_a_closing_paragraph_that_opens_with_theo_stays_in_the_body():
    # A short report whose only paragraph begins "Theo ..." above an upper-case byline: the byline goes, the
    # paragraph (a run-on sentence, not a "Theo <source>" line) is the article.
    report = (
        "Hòa Bình: Bàn cách làm tốt hơn việc tiếp xúc cử tri\n\n"
        "- Thứ Hai, 10/02/2023, 08:15 - Chia sẻ\n\n"
        "Theo nhận định tại hội nghị tổng kết một năm làm theo quy chế phối hợp của ba cơ quan HĐND, UBND và Mặt "
        "trận tỉnh, năm 2022 ba bên đã trao đổi thông tin đều đặn và cùng chuẩn bị các kỳ họp.\n\n"
        "LAN ANH"
    )
    article = clean_article("theo", report)
    assert article.text.startswith("Theo nhận định tại hội nghị tổng kết")
    assert "LAN ANH" not in article.text


def test_a_closing_source_line_is_dropped():
    body = "Công an tỉnh và Hội Nông dân tỉnh ký kết chương trình phối hợp giai đoạn 2023-2028 tại hội trường tỉnh."
    for source in ("Theo TTXVN", "Nguồn: Báo Điện tử Đảng Cộng sản Việt Nam", "(baodienbienphu.info.vn)"):
        article = clean_article("src", f"Ký kết chương trình phối hợp\n\n{body}\n\n{source}")
        assert article.text == body, source
