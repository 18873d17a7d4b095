"""The faster ways of writing the extractor's patterns (etl/text.py alternation, fast_start) match exactly what
the plain patterns match: same places, same groups, on the reference tables and on random words and texts."""

from __future__ import annotations

import random
import re
import unicodedata

import pytest

from etl.clusters import _network_words, networks_named
from etl.event_types import event_type, event_types, type_codes
from etl.parties import _aliases, _dash_forms, _heads, _joint_forms, _tone_forms
from etl.reference import load_table
from etl.text import (
    _FOLD_LIST,
    _FOLD_TABLE,
    _SPACE_RE,
    alternation,
    alternation_not_after,
    case_blind,
    fast_start,
    fold,
    squash_lines,
    squash_spaces,
)


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def _plain(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _random_texts(rng: random.Random, words: list[str], n: int) -> list[str]:
    """Texts made of the words, their prefixes, their case changed and glue, where the longest word that fits
    and the word boundary after it decide the match."""
    pieces = [*words, *(w[: max(1, len(w) // 2)] for w in words), " ", ", ", "x", "Ab", "\n"]
    out = []
    for _ in range(n):
        chosen = [rng.choice(pieces) for _ in range(rng.randint(1, 12))]
        chosen = [c.upper() if rng.random() < 0.15 else c for c in chosen]
        out.append("".join(c + rng.choice(["", " ", "", "-"]) for c in chosen))
    return out


@pytest.mark.parametrize("ignore_case", [False, True])
def test_a_trie_matches_what_the_longest_first_list_matches(ignore_case: bool) -> None:
    rng = random.Random(11)
    flags = re.I if ignore_case else 0
    for _ in range(200):
        words = list({"".join(rng.choice("abAB ủỦy") for _ in range(rng.randint(1, 5))) for _ in range(8)})
        for tail in ("", r"(?![\w])", r"\b", r"\s"):
            plain = re.compile(r"(?<![\w])(" + _plain(words) + ")" + tail, flags)
            trie = re.compile(r"(?<![\w])(" + alternation(words, ignore_case) + ")" + tail, flags)
            for text in _random_texts(rng, words, 5):
                assert _matches(trie, text) == _matches(plain, text), (words, tail, text)


def test_a_look_behind_after_the_first_letter_matches_what_it_matches_before() -> None:
    """alternation_not_after: the same places and groups as the look-behind before the list, at a text's start,
    after a letter, a mark or a space, searched from any place."""
    rng = random.Random(23)
    for _ in range(200):
        words = list({"".join(rng.choice("abAB ủỦy&") for _ in range(rng.randint(1, 5))) for _ in range(8)})
        for not_after, tail in ((r"[\w]", r"(?![\w])"), (r"[\w&]", r"(?![\w&])"), (r"[\wÀ-ỹ]", r"\s+"), (r"\w", "")):
            plain = re.compile(rf"(?<!{not_after})(" + _plain(words) + ")" + tail)
            moved = re.compile("(" + alternation_not_after(words, not_after) + ")" + tail)
            for text in _random_texts(rng, words, 5):
                assert _matches(moved, text) == _matches(plain, text), (words, not_after, text)
                for pos in range(len(text)):
                    found, expected = moved.match(text, pos), plain.match(text, pos)
                    assert (found and found.span()) == (expected and expected.span()), (words, text, pos)


def test_the_heads_and_abbreviations_patterns_are_the_plain_lists() -> None:
    """The bodies' heads (both tone placements, any case) and the abbreviations, as the extractor builds them."""
    heads, rows = _heads()
    # each head with its dash spaced every way texts space it, a department's fields joined every way texts join
    # them, and both tone placements
    joined = {
        r["head"]: _dash_forms(r["head"]) | (_joint_forms(r["head"]) if r["type"] == "state" else set())
        for r in rows.values()
    }
    forms = sorted({f for r in rows.values() for d in joined[r["head"]] for f in _tone_forms(d)}, key=len, reverse=True)
    plain_heads = re.compile(r"(?<![\w])(Trung ương\s+)?(" + _plain(forms) + r")(?![\w])(?-i:(?!\s+viên))", re.I)
    aliases, table = _aliases()
    plain_aliases = re.compile(r"(?<![\w&])(" + _plain(list(table)) + r")(?![\w&])")
    rng = random.Random(13)
    names = [r["head"] for r in load_table("org_heads.csv")] + list(table)
    texts = _random_texts(rng, names, 400) + [" và ".join(names), ", ".join(n.lower() for n in names)]
    for text in texts:
        assert _matches(heads, text) == _matches(plain_heads, text)
        assert _matches(aliases, text) == _matches(plain_aliases, text)


@pytest.mark.parametrize(
    "source, flags",
    [
        (r"\b(tổ chức|ký kết|kí kết|ký|kí|(?<!sự )chủ trì|bàn)\b", re.I),
        (r"(dưới sự chứng kiến|chứng kiến|tham dự|dự lễ)", re.I),
        (r"((?:cụm|khối)\s+số\s+\d+|nhóm\s+(?:hợp tác|liên kết))", re.I),
        (r"(?:(?:ngày|hôm)\s+)?(\d{1,2})/(\d{1,2})|(?:hai|2)\s+ngày", re.I),
        (r"(giám đốc|Chủ tịch|trưởng)\s*$", 0),
        (r"(?:qua|sau)?\s*(\d+)\s+năm", 0),  # may start with any letter the optional part or a space starts with
        (r"\b(?:\d{1,2}|hai|ba) (?:tỉnh|địa phương)\b|\bcụm\b", re.I),
        (r"(?:hai\s+|ba\s+)?(?<!\d)(\d{1,2}) tỉnh", re.I),  # a repeated group first: its letters, then the rest
        (r"(?-i:Ban|Cụm)\s+\w+|khối", re.I),  # letters read with the case rule of their group
        (r"(?<![\w])((?i:xã|phường|tp\.?))\s+([A-ZĐ]\w*)|Bàn", 0),
    ],
)
def test_a_first_letter_check_changes_no_match(source: str, flags: int) -> None:
    plain = re.compile(source, flags)
    fast = fast_start(plain)
    rng = random.Random(17)
    words = ["tổ chức", "Ký kết", "KÍ", "sự chủ trì", "bàn", "dưới sự chứng kiến", "Cụm số 3", "khối số 12",
             "nhóm hợp tác", "ngày 3/4", "hôm 12/10", "hai ngày", "2 ngày", "Giám đốc", "chủ tịch", "trưởng",
             "qua 5 năm", "sau 10 năm", " 3 năm", "3 tỉnh", "12 địa phương", "Ba tỉnh", "cụm", "BAN x", "ban", "Khối", "XÃ Đông", "xã Gia", "TP. Huế", "bàn"]  # fmt: skip
    for text in _random_texts(rng, words, 400):
        assert _matches(fast, text) == _matches(plain, text), (source, text)
        assert bool(fast.match(text, 1)) == bool(plain.match(text, 1))
        assert fast.sub("#", text) == plain.sub("#", text)


def test_a_pattern_that_may_start_anywhere_is_left_as_it_is() -> None:
    for source in (r"\w+ tỉnh", r"[ \t]+", r"x?", r"(?i)ab|cd"):
        pattern = re.compile(source)
        assert fast_start(pattern) is pattern
    assert fast_start(re.compile(r"\b(?:cụm|khối)", re.I)).pattern.startswith("(?=[")


def test_squashing_spaces_changes_what_replacing_every_run_changes() -> None:
    rng = random.Random(19)
    spaces = [" ", "  ", "\t", "\u00a0", " \u00a0 ", "\u2003", "\u200b", "\u3000", "\n", "  \n "]
    for _ in range(2000):
        text = "".join(rng.choice([*spaces, "a", "Bình", ",", "x y"]) for _ in range(rng.randint(0, 15)))
        assert squash_spaces(text) == _SPACE_RE.sub(" ", text).strip(), repr(text)


def test_squashing_a_text_at_once_gives_each_line_squashed() -> None:
    rng = random.Random(29)
    pieces = [
        " ",
        "  ",
        "\t",
        "\u00a0",
        " \u00a0 ",
        "\u2003",
        "\u3000",
        "\n",
        "  \n ",
        "\n\n",
        "\u2028",
        "a",
        "Bình",
        ",",
    ]
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 20)))
        assert squash_lines(text) == [squash_spaces(line) for line in text.split("\n")], repr(text)


def test_an_event_type_looked_up_by_code_is_the_first_of_that_code() -> None:
    for code in [*type_codes(), "", "no_such_type"]:
        assert event_type(code) is next((t for t in event_types() if t.code == code), None)


def test_folding_by_the_list_maps_every_character_as_the_table_does() -> None:
    # str.translate works character by character: the same result on each character is the same on every text
    for code in range(0x110000):
        c = chr(code)
        assert c.translate(_FOLD_LIST) == c.translate(_FOLD_TABLE), hex(code)
        assert not re.search("[\u0300-\u036f]", c.translate(_FOLD_LIST)), hex(code)  # no loose mark comes out


def test_folding_takes_the_loose_marks_of_a_text_not_nfc() -> None:
    decomposed = unicodedata.normalize("NFD", "Đắk Lắk, Thừa Thiên Huế, Khánh Hòa")
    assert fold(decomposed) == "dak lak, thua thien hue, khanh hoa"


def test_networks_named_by_one_pattern_as_by_each_word() -> None:
    words = [w for ws in _network_words().values() for w in ws]
    rng = random.Random(23)
    for text in _random_texts(rng, [*words, "Công an", "Hội Nông dân", "đoàn"], 500):
        folded = fold(text)
        each = {n for n, ws in _network_words().items() if any(re.search(rf"\b{re.escape(w)}\b", folded) for w in ws)}
        assert networks_named(text) == each, text


def test_blank_removes_what_a_case_blind_substitution_removes():
    import re

    from etl.topics import blank

    texts = [
        "Khối Thi đua Văn hóa - Xã hội ký kết giao ước thi đua; khối thi đua văn hóa - xã hội họp",
        "Ủy ban MTTQ và ỦY BAN MTTQ, ủy ban mttq tỉnh",
        "không có gì",
        "",
    ]
    for text in texts:
        for words in ("Khối thi đua Văn hóa - Xã hội", "ủy ban MTTQ", "có", "x"):
            assert blank(text, words) == re.sub(re.escape(words), " ", text, flags=re.I)
    assert blank("abc", "") == "abc"


def test_sentences_end_where_the_pattern_with_its_look_behinds_in_the_first_order_ends_them() -> None:
    """etl/text.py looks for the stop before the short forms it must not follow ("TP.", "P."): the same places."""
    from etl.text import _SENTENCE_END

    first_order = re.compile(r"(?<!TP\.)(?<!TX\.)(?<!TT\.)(?<![\s(][PQHX]\.)(?<=[.!?…])\s+(?=[\"“(]?[A-ZĐÀ-Ỹ])")
    pieces = [
        "TP.",
        "TX.",
        "TT.",
        " P.",
        "(Q.",
        "H.",
        "X.",
        "a.",
        "3.",
        "!",
        "?",
        "…",
        ".",
        " ",
        "  ",
        "\t",
        "“Ông",
        "(Bà",
        "Đà",
        "ánh",
        "Ấp",
        "x",
    ]
    rng = random.Random(17)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        assert _SENTENCE_END.split(text) == first_order.split(text), text


def test_an_iso_date_is_found_where_the_plain_pattern_finds_it() -> None:
    """etl/dates.py writes its ISO date pattern to start with a character set: the same dates, the same groups."""
    from etl.dates import _ISO

    plain = re.compile(r"(?<!\d)((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?!\d)")
    pieces = ["1", "2", "9", "0", "19", "20", "2019", "1999", "2100", "-", "/", " ", "a", "x1", "12", "05", "ngày "]
    rng = random.Random(19)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        assert _matches(_ISO, text) == _matches(plain, text), text


def test_a_long_line_with_a_clock_and_a_date_is_still_a_header_line() -> None:
    """etl/page.py looks for a clock only in a line with a colon: a long line with one is let through."""
    from etl.page import is_header_line

    line = "Cập nhật lúc 10:30 ngày 12/03/2024 theo tin của phóng viên thường trú tại các huyện miền núi phía tây"
    assert len(line.split()) > 9
    assert is_header_line(line)
    assert not is_header_line(line.replace("10:30", "10 giờ 30"))  # without the clock, a long line is text


def test_spaced_abbreviations_are_joined_where_the_plain_pattern_joins_them() -> None:
    """etl/parties.py writes its spaced-dash pattern to start with a capital: the same places, the same groups."""
    from etl.parties import _SPACED_DASH

    plain = re.compile(r"(?<![\w&])([A-ZĐ]{2})(?: [-–] ?|[-–] | ?–)([A-ZĐ]{2})(?![\w&])")
    pieces = ["PT", "TH", "Đ", "A", "x", "&", " - ", "- ", " -", "–", " – ", "-", " ", "Đài ", "1", "ĐB"]
    rng = random.Random(23)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 10)))
        assert _matches(_SPACED_DASH, text) == _matches(plain, text), text
        assert _SPACED_DASH.sub(r"\1-\2", text) == plain.sub(r"\1-\2", text), text


@pytest.mark.parametrize(
    "module, name, plain, flags",
    [
        ("dates", "_FULL", r"(?<![\d/.-])(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*((?:19|20)\d{2})(?![\d])", 0),
        (
            "dates",
            "_SPAN_FULL",
            r"(?<![\d/.:-])(?<!\d[hg])(\d{1,2})\s*(?:và|đến|-|–)\s*(\d{1,2})\s*([/.])\s*(\d{1,2})\s*\3\s*"
            r"((?:19|20)\d{2})(?!\d)",
            re.I,
        ),
        ("extract", "_A_DAY", r"\b\d{1,2}\s*[/-]\s*\d{1,2}\b", 0),
        ("programs", "_CLAUSE_END", r"[.;!?:\n]\s|\n", 0),
        ("spam", "_CANDIDATE", r"(?<![^\W\d_])[A-Za-z][a-z]*(?: [a-z]+){3,}(?![^\W\d_])", 0),
        (
            "roles",
            "_GLUED_DATELINE",
            r"(?<=[a-zà-ỹđ.”\"]) (?:\([A-ZĐ]{2,5}\)|[A-ZĐ]{2,5}) ?[-–] (?=(?:Sáng|Chiều|Tối|Trưa|Ngày|Hôm|Vừa"
            r"|Mới|Cuối|Đầu|Tại)\b|[A-ZĐÀ-Ỹ])",
            0,
        ),
        (
            "text",
            "_SENTENCE_END",
            r"(?<=[.!?…])(?<!TP\.)(?<!TX\.)(?<!TT\.)(?<![\s(][PQHX]\.)\s+(?=[\"“(]?[A-ZĐÀ-Ỹ])",
            0,
        ),
    ],  # fmt: skip
)
def test_a_look_behind_read_after_the_first_character_changes_no_match(
    module: str, name: str, plain: str, flags: int
) -> None:
    """Patterns whose look-behind (or word boundary) is read after their first character, so that they start with
    a set the engine skips to: the same places, groups and splits as the plain pattern, from any place."""
    import importlib

    moved, before = getattr(importlib.import_module(f"etl.{module}"), name), re.compile(plain, flags)
    pieces = ["12", "1", "/", "-", ".", " ", "\n", "2024", "19", "20", "h", "G", "và", "đến", "–", "TP.", "TX.", " P.",
              "(Q.", "A", "Đ", "Ấ", "“", '"', "(", "x", "ngày", ":", ";", "!", "?", "…", "\t", "\u00a0", "abc", "Ab", "_",
              "(QNO)", "ĐNO", " - ", "Chiều", "é"]  # fmt: skip
    rng = random.Random(37)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 30)))
        assert _matches(moved, text) == _matches(before, text), text
        assert moved.split(text) == before.split(text), text
        for pos in (1, 3):
            assert [m.span() for m in moved.finditer(text, pos, len(text) - 1)] == [
                m.span() for m in before.finditer(text, pos, len(text) - 1)
            ], text


@pytest.mark.parametrize(
    "module,name",
    [
        ("roles", "_SIGNERS_LISTED"),
        ("roles", "_VILLAGE_WORD"),
        ("classify", "_JOINT_PLAN"),
        ("topics", "_COORDINATE"),
        ("dates", "_PART_REVIEWED"),
        ("dates", "_WORDS"),
        ("periods", "_DOCUMENT_TERM"),
    ],  # fmt: skip
)
def test_a_pattern_given_a_first_letter_check_for_speed_matches_as_it_did(module: str, name: str) -> None:
    """Patterns given a first-letter check because they were among the slowest: each finds what it found."""
    import importlib

    fast = getattr(importlib.import_module(f"etl.{module}"), name)
    one_set = r"(?:\(\?-?i:\[[^\]]*\]\)|\[[^\]]*\])"
    guard = re.match(rf"\(\?={one_set}(?:\|{one_set})*\)", fast.pattern)  # fast_start's look-ahead
    assert guard is not None
    plain = re.compile(fast.pattern[guard.end() :], fast.flags)
    words = ["các", "hai", "3", "đơn vị", "cơ quan", "bên", "tham gia", "ký kết", "Kí", "gồm", "là", ":", "làng",
             "Buôn", "thôn", "Ấp", "xóm", "Kon", "Đak", "5", "6", "và", "đến", "-", "/", ".", "7", "2022", "ngày",
             "kế hoạch", "phối hợp", "hiệp đồng", "hợp tác", "công tác", "về", "KÝ", "quý", "IV", "tháng", "đầu",
             "năm", "2018", "1", "quy chế", "chương trình", "nhiệm kỳ", "NHIỆM KÌ", "trong", "giữa", "hoạt động",
             "2021", "2026", "–"]  # fmt: skip
    for text in _random_texts(random.Random(29), words, 3000):
        assert _matches(fast, text) == _matches(plain, text), text


def test_a_name_phrase_takes_whole_words_and_finds_what_the_plain_pattern_finds() -> None:
    """etl/parties.py's name phrase never splits a word between two steps (a possessive [\\w-]++): splitting
    backtracked for seconds on a real report; whole words end where every split ended."""
    from etl.parties import _GROUP_PHRASE, _PHRASE

    words = ["Cụm", "thi", "đua", "số", "1", "và", "với", "đã", "TP.", "HCM", "TP", "Hà", "Nội", "a-b", "các",
             "tổ chức", "Tổ Chức", ",", ", ", ".", "(", ")", "\n", "  ", " ", "khối", "năm", "gồm", "ABC", "x"]  # fmt: skip
    rng = random.Random(31)
    for fast in (_PHRASE, _GROUP_PHRASE):
        assert r"[\w-]++" in fast.pattern
        plain = re.compile(fast.pattern.replace(r"[\w-]++", r"[\w-]+"), fast.flags)
        for _ in range(5000):
            text = " " + "".join(rng.choice(words) + rng.choice(["", " ", " ", ","]) for _ in range(rng.randint(1, 18)))
            for at in (0, 1, 3):
                a, b = fast.match(text, at), plain.match(text, at)
                assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), text


def test_a_period_looked_for_only_after_a_year_and_a_dash_is_found_where_the_plain_pattern_finds_it() -> None:
    """etl/programs.py looks for a program's period ("giai đoạn 2021 - 2025") only in a text that holds a year and
    a dash or "đến"/"tới", and with a look-ahead for the letters a period starts with: same places, same groups as
    the pattern without either."""
    from etl.programs import _PERIOD, _first_period, _periods

    guard = "(?=[gnt\\s12])"
    assert _PERIOD.pattern.startswith(guard)
    plain = re.compile(_PERIOD.pattern[len(guard) :], _PERIOD.flags)
    words = ["giai đoạn", "Giai Đoạn", "GIAI ĐOẠN", "nhiệm kỳ", "từ năm", "Từ Năm", "năm", "2019", "2020", "1995",
             "2030", "1899", "21", "-", " - ", "–", "—", "đến", "Đến", "tới", "TỚI", " ", "  ", "\n", "\t", "x", ",",
             "giai", "từ"]  # fmt: skip
    rng = random.Random(37)
    texts = ["giai đoạn 2021 tới 2025", "Từ năm 2019 đến năm 2020", "nhiệm kỳ 2020—2025", "năm 2019 – 2020", "2019"]
    texts += [
        "".join(rng.choice(words) + rng.choice(["", " ", " "]) for _ in range(rng.randint(1, 9))) for _ in range(6000)
    ]
    for text in texts:
        assert _matches(_PERIOD, text) == _matches(plain, text), text
        assert [(m.span(), m.groups()) for m in _periods(text)] == _matches(plain, text), text
        first, expected = _first_period(text), plain.search(text)
        assert (first and (first.span(), first.groups())) == (expected and (expected.span(), expected.groups())), text


def test_a_range_looked_for_only_after_a_year_and_a_dash_is_found_where_the_pattern_finds_it() -> None:
    """etl/periods.py looks for a range of years only in a text that holds a year and a dash or "đến"/"tới" after
    where it starts: the same ranges as the pattern alone, from the start and from a place further on."""
    from etl.periods import _RANGE, _ranges

    words = ["giai đoạn", "nhiệm kỳ", "Nhiệm Kì", "thời kỳ", "từ năm", "năm", "2019", "2020", "1995", "2030", "1899",
             "-", " - ", "–", "—", "đến", "ĐẾN", "tới", "Tới", " ", "\n", "x", ","]  # fmt: skip
    rng = random.Random(41)
    texts = ["giai đoạn 2021 tới 2025", "Từ năm 2019 đến năm 2020", "2019 - 2020 và 2021"]
    texts += _random_texts(rng, words, 4000)
    for text in texts:
        for at in (0, 3, len(text) // 2):
            expected = [(m.span(), m.groups()) for m in _RANGE.finditer(text, at)]
            assert [(m.span(), m.groups()) for m in _ranges(text, at)] == expected, (text, at)


def test_what_a_sentences_lists_need_is_in_every_text_their_patterns_change() -> None:
    """etl/roles.py's normalise_lists runs a pattern only over a sentence that holds what every match of it holds:
    a colon or "gồm" (any case) for the counted heads, a bracket, "TP.", "P." or "Q."."""
    from etl.roles import _ABBREVIATION_IN_PARENS, _COUNTED_HEADS, _GLUED_TP, _SHORT_UNIT

    words = ["4", "ba", "sở", "Sở", "ban", "cục", ":", " : ", "gồm", "GỒM", "Gồm", "bao gồm", "các", "công ty", "A",
             "Văn hóa", "B", "và", ";", "(BĐBP)", "(", ")", "VH,TT&DL", "TP.", "TP.Hồ", "Chí", "P.", "Q.", "Linh",
             "Xuân", "phối hợp", ".", ","]  # fmt: skip
    for text in _random_texts(random.Random(43), words, 6000):
        if _COUNTED_HEADS.search(text):
            assert ":" in text or "gồm" in text.lower(), text
        if _ABBREVIATION_IN_PARENS.search(text):
            assert "(" in text, text
        if _GLUED_TP.search(text):
            assert "TP." in text, text
        if _SHORT_UNIT.search(text):
            assert "P." in text or "Q." in text, text


def test_the_topics_a_text_names_are_remembered_but_each_caller_gets_its_own_list() -> None:
    from etl.topics import keyword_topics

    text = "Hội Nông dân và Công an tỉnh phối hợp tuyên truyền pháp luật"
    first = keyword_topics(text)
    expected = list(first)
    first.append("changed")
    assert keyword_topics(text) == expected


def test_a_sites_province_is_read_from_the_slugs_worked_out_once_as_from_each_name() -> None:
    """etl/host_place.py's outlet province: the provinces' slugs of five letters or more, in the gazetteer's order,
    as the loop over every province worked them out for every domain."""
    from etl.host_place import _province_slugs, folded
    from etl.places import gazetteer

    gaz = gazetteer()
    slugs = [(name, re.sub(r"[^a-z]", "", folded(name))) for name in gaz.legacy]
    assert list(_province_slugs(gaz)) == [(name, slug) for name, slug in slugs if len(slug) >= 5]


@pytest.mark.parametrize(
    "module,name,words",
    [
        (
            "dates",
            "_PART_REVIEWED",
            [
                "quý",
                "Quý IV",
                "QUÝ I",
                "quý 2",
                "V",
                "6 tháng",
                "9 Tháng đầu",
                "tháng",
                "đầu",
                "năm",
                "năm 2018",
                "Năm 1999",
                "2018",
                "x",
                ",",
                "\n",
            ],
        ),
        (
            "dates",
            "_WORDS",
            [
                "ngày",
                "Ngày 7",
                "NGÀY",
                "7",
                "12 tháng 3",
                "tháng",
                "Tháng 12",
                "năm",
                "NĂM 2018",
                "năm 1999",
                ",",
                "x",
                "\n",
            ],
        ),
        (
            "periods",
            "_DOCUMENT_TERM",
            [
                "quy chế",
                "Quy Chế phối hợp",
                "chương trình hợp tác",
                "phối hợp",
                "hợp tác",
                "công tác",
                "hoạt động",
                "trong",
                "giữa",
                "nhiệm kỳ",
                "NHIỆM KÌ 2021",
                "nhiệm",
                "2021 - 2026",
                "2026",
                "1990–2005",
                "-",
                "x",
            ],
        ),
    ],  # fmt: skip
)
def test_a_phrase_pattern_given_a_first_letter_check_matches_as_it_did(
    module: str, name: str, words: list[str]
) -> None:
    """The patterns given a look-ahead for their first letters when extraction was last made cheaper, over phrases of
    their own words (spaced as texts space them, so that whole matches occur): the same matches as without it."""
    import importlib

    fast = getattr(importlib.import_module(f"etl.{module}"), name)
    guard = re.match(
        r"\(\?=(?:\(\?-?i:\[[^\]]*\]\)|\[[^\]]*\])(?:\|(?:\(\?-?i:\[[^\]]*\]\)|\[[^\]]*\]))*\)", fast.pattern
    )
    assert guard is not None
    plain = re.compile(fast.pattern[guard.end() :], fast.flags)
    rng = random.Random(47)
    found = 0
    for _ in range(4000):
        text = "".join(rng.choice(words) + rng.choice([" ", " ", "  ", ""]) for _ in range(rng.randint(1, 12)))
        assert _matches(fast, text) == _matches(plain, text), text
        found += bool(plain.search(text))
    assert found > 10  # the phrases make whole matches, not only near misses


def test_every_full_date_holds_a_year_so_a_text_without_one_is_not_searched() -> None:
    """etl/dates.py looks for full dates, and blanks a document's dates, only in a text that holds a year ("19xx",
    "20xx"): every match of each pattern it would run holds one."""
    from etl.dates import _FULL, _ISO, _REFERENCE_DATE, _SPAN_FULL, _SPAN_LISTED, _WORDS, _YEAR_DIGITS

    words = ["ngày", "Ngày", "5", "06", "12", "/", ".", "-", " - ", "và", "đến", ",", "tháng", "năm", "2024", "1999",
             "2100", "1899", "24", "(", ")", "số", "01/QCPH", "quyết định", "được ký kết", "x", "\n", "5/6/2024",
             "12-06-1999", "24 tháng 3 năm 2024", "2024-06-05", "5 và 6/7/2022", "04, 05/4/2024", "3/2024"]  # fmt: skip
    rng = random.Random(53)
    found = 0
    for _ in range(6000):
        text = "".join(rng.choice(words) + rng.choice([" ", "", " "]) for _ in range(rng.randint(1, 12)))
        for pattern in (_FULL, _SPAN_FULL, _SPAN_LISTED, _ISO, _WORDS, _REFERENCE_DATE):
            for m in pattern.finditer(text):
                assert _YEAR_DIGITS.search(m.group(0)), (pattern.pattern, text)
                found += 1
    assert found > 100


def test_the_cluster_word_found_from_its_marked_vowel_is_found_where_the_plain_pattern_finds_one() -> None:
    """etl/clusters.py asks whether a text holds "cụm", "khối" or "nhóm" in any case with a pattern that starts at the
    marked vowel: it finds one in every text the plain case-blind pattern does, and in no other, the letters that
    case-blind matching also takes ("K" the Kelvin sign, "İ", "ı") included."""
    from etl.clusters import _CLUSTER_WORD

    plain = re.compile(r"cụm|khối|nhóm", re.IGNORECASE)
    pieces = ["c", "C", "ụ", "Ụ", "u", "m", "M", "k", "K", "\u212a", "h", "H", "ố", "Ố", "o", "i", "I", "\u0130",
              "\u0131", "n", "N", "ó", "Ó", " ", "x", "cụm", "KHỐI", "Nhóm", "khố", "nhó"]  # fmt: skip
    rng = random.Random(59)
    found = 0
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        assert bool(_CLUSTER_WORD.search(text)) == bool(plain.search(text)), text
        found += bool(plain.search(text))
    assert found > 1000


# The words the extractor looks for in a lower-cased text before running a case-blind pattern that cannot match
# without one (etl/parties.py, roles.py, the extraction's stage modules, clusters.py, programs.py, dates.py).
_LOWER_CASE_GUARDS = ["của", "ữa", "gồm", "là", "chủ trì", "tỉnh", "huyện", "xã", "phương", "khu vực", "vùng", "tháng",
                      "ngày", "quý", "năm", "qua", "các", "các đoàn thể", "các tổ chức", "dự", "chứng", "đạo", "phát"]  # fmt: skip


def test_a_word_looked_for_in_lower_case_is_found_wherever_a_case_blind_pattern_finds_it() -> None:
    """`word in text.lower()` holds wherever re.IGNORECASE matches the word: each character the case-blind engine
    takes for one of its letters lowers to that letter. Not so for "i" and "s", which the engine also takes as "ı",
    "İ" and "ſ": no guard word holds either."""
    every = "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code < 0xE000)
    for letter in sorted(set("".join(_LOWER_CASE_GUARDS)) - {" "}):
        taken = re.findall(re.escape(letter), every, re.IGNORECASE)
        assert taken and all(x.lower() == letter for x in taken), (letter, [x for x in taken if x.lower() != letter])
    for letter in "is":
        assert any(x.lower() != letter for x in re.findall(letter, every, re.IGNORECASE))  # why "i", "s" are left out
    for word in _LOWER_CASE_GUARDS:
        text = f"Ngày 5, {word.upper()} và {word.title()}"
        assert re.search(re.escape(word), text, re.IGNORECASE) and word in text.lower()


def test_every_guest_cue_holds_a_word_it_is_looked_for_by() -> None:
    """etl/roles.py runs _GUEST only over a text that holds one of _GUEST_WORDS: every cue holds one."""
    from etl.roles import _GUEST, _GUEST_WORDS

    cues = re.sub(r"^\(\?=\[[^]]*\]\)", "", _GUEST.pattern).strip("()").split("|")
    assert len(cues) > 10 and all(any(word in cue for word in _GUEST_WORDS) for cue in cues), cues


def test_a_word_looked_for_in_a_case_blind_text_is_found_wherever_a_case_blind_pattern_finds_it() -> None:
    """`word in case_blind(text)` holds wherever re.IGNORECASE matches the word (etl/page.py's menu words,
    etl/classify.py's announcements, etl/roles.py's "số", etl/programs.py's next period, etl/places.py's kinds):
    every character the case-blind engine takes for a letter of a word is that letter in case_blind, "ı", "İ" and "ſ"
    included."""
    from etl.classify import _FUTURE_WORDS, _LOOKALIKE_WORDS
    from etl.page import _MENU_ANY_WORDS
    from etl.places import _COMMUNE_KINDS, _DISTRICT_KINDS
    from etl.programs import _REVIEW_WORDS

    every = "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code < 0xE000)
    words = [*_MENU_ANY_WORDS, *_FUTURE_WORDS, *_LOOKALIKE_WORDS, *_REVIEW_WORDS, "số", "tiếp", "mới"]
    words += [*_DISTRICT_KINDS, *_COMMUNE_KINDS, "ngày"]
    for letter in sorted(set("".join(words)) - {" "}):
        taken = re.findall(re.escape(letter), every, re.IGNORECASE)
        assert taken and all(case_blind(x) == letter for x in taken), (
            letter,
            [x for x in taken if case_blind(x) != letter],
        )
    for word in words:
        for text in (f"A {word.upper()} b", f"{word.title()}.", word.replace("i", "ı").replace("s", "ſ")):
            assert re.search(re.escape(word), text, re.IGNORECASE) and word in case_blind(text), (word, text)


def test_a_unit_is_found_only_in_a_text_that_holds_its_kind() -> None:
    """etl/places.py runs the district and commune patterns only over a text that holds one of their kinds' words
    (in any case) or initials (as written): wherever a pattern finds a unit, the text holds one."""
    from etl.places import _COMMUNE_KINDS, _DISTRICT_KINDS, _holds_kind, gazetteer

    gaz = gazetteer()
    kinds = ["huyện", "Huyện đoàn", "QUẬN", "thị xã", "Thị ủy", "thành phố", "Thành ủy", "TP.", "tp", "TX.", "H.", "Q.",
             "xã", "Phường", "THỊ TRẤN", "đặc khu", "P.", "X.", "TT.", "Tt.", "ban", "Sở"]  # fmt: skip
    names = ["Lộc Ninh", "Krông Pắc", "Linh Xuân", "Đoan Hùng", "7", "Buôn Hồ", "đoàn", "Ea Kar"]
    rng = random.Random(61)
    found = 0
    for _ in range(20000):
        text = "".join(rng.choice([*kinds, *names, " ", " ", ", ", "\n"]) for _ in range(rng.randint(1, 6)))
        for pattern, words, initials in (
            (gaz._district_re, _DISTRICT_KINDS, ("H.", "Q.")),
            (gaz._commune_re, _COMMUNE_KINDS, ("P.", "X.", "TT.")),
        ):
            if pattern.search(text):
                found += 1
                assert _holds_kind(text, words, initials), (pattern.pattern[-60:], text)
    assert found > 2000


def _texts_found(pattern: re.Pattern[str], pieces: list[str], seed: int) -> list[str]:
    """Random texts of 1 to 6 pieces (each with or without a space after it) that the pattern finds something in:
    a guard is held to its pattern over them (more than 2,000 of 20,000, so the check is not idle)."""
    rng = random.Random(seed)
    texts = [
        "".join(rng.choice(pieces) + rng.choice(["", " "]) for _ in range(rng.randint(1, 6))) for _ in range(20000)
    ]
    found = [text for text in texts if pattern.search(text)]
    assert len(found) > 2000
    return found


def test_a_country_is_found_only_in_a_text_that_holds_what_its_name_starts_with() -> None:
    """etl/classify.py runs its countries' pattern only over a text that holds one of the words their names start
    with (as written): wherever the pattern finds a country, the text holds one."""
    from etl.classify import _foreign

    foreign = _foreign()

    pieces = ["Lào", "Lào Cai", "Campuchia", "Trung Quốc", "Hoa Kỳ", "ASEAN", "song phương", "Cộng hòa", "Cộng hoa",
              "Cộng hòa Xã hội", "Bungari", "Vương quốc", "Bỉ", "Việt Nam", "tỉnh", "Philippin", "Ba Lan", " ", " ", ", ", "\n"]  # fmt: skip
    for text in _texts_found(foreign.pattern, pieces, 67):
        assert any(word in text for word in foreign.words), text


def test_a_look_alike_is_found_only_in_a_text_that_holds_one_of_its_words() -> None:
    """etl/classify.py runs _LOOKALIKE only over a text that holds one of _LOOKALIKE_WORDS (any case): wherever the
    pattern finds a look-alike, the text holds one."""
    from etl.classify import _LOOKALIKE, _LOOKALIKE_WORDS

    pieces = ["đại hội", "Đại hội đồng", "lễ kỷ niệm", "KỶ NIỆM", "20 năm", "trao giải", "lễ trao", "tuyên dương",
              "Tập huấn", "bồi dưỡng", "khai giảng", "họp báo", "hội thảo", "diễn đàn", "Hội thi", "cuộc thi",
              "liên hoan", "hội nghị", "lễ", "trao", "thi", "hội", " ", " ", ", "]  # fmt: skip
    for text in _texts_found(_LOOKALIKE, pieces, 71):
        assert any(word in case_blind(text) for word in _LOOKALIKE_WORDS), text


def test_a_unit_before_a_body_starts_with_one_of_the_unit_kinds() -> None:
    """etl/parties.py looks for a unit written before a body (_UNIT_BEFORE) only in a sentence that holds one of
    _UNIT_KINDS as written: wherever the pattern finds one, the sentence holds one."""
    from etl.parties import _UNIT_BEFORE, _UNIT_KINDS

    pieces = ["Trung tâm", "Phòng", "Chi cục", "Cục", "Vụ", "Hải đội", "Đội", "Trại", "Cơ quan", "Khoa", "Xí nghiệp",
              "trung tâm", "Kỹ thuật", "Hành chính", "A", "và", "hội nghị", "học", "trưởng", " ", " (", ", "]  # fmt: skip
    for text in _texts_found(_UNIT_BEFORE, pieces, 73):
        assert any(kind in text for kind in _UNIT_KINDS), text


def test_a_string_folded_again_is_folded_as_the_first_time_and_the_memo_stays_bounded() -> None:
    """etl/text.py remembers fold's answers for short strings: asked again, and after the memo was emptied for being
    full, the answer is the table's; a long text is folded each time and not kept."""
    from etl import text

    words = [f"Ủy ban nhân dân xã Số {i}" for i in range(text._FOLDED_MAX + 10)]
    for word in words + words[:50]:
        assert fold(word) == word.translate(_FOLD_LIST).lower()
    assert len(text._FOLDED) <= text._FOLDED_MAX
    long_text = "Đắk Lắk " * 100
    assert fold(long_text) == long_text.translate(_FOLD_LIST).lower() and long_text not in text._FOLDED


def test_old_style_tones_are_found_where_the_plain_pattern_finds_them() -> None:
    """etl/text.py's _SYLLABLE_END_TONE_RE starts with its first letters in both cases and reads the "q" before one
    a character further back: every string of the letters around a pair (and "q", a space, a line break) up to three
    long, and random longer ones, is matched where "(?<![qQ])(?:oà|...|uỵ)(?!\\w)" under re.I matches it; re.I takes
    nothing else for "o" and "u"."""
    from itertools import product

    from etl.text import _SYLLABLE_END_TONE_RE, _TONE_PLACEMENT

    plain = re.compile(r"(?<![qQ])(?:" + "|".join(_TONE_PLACEMENT) + r")(?!\w)", re.I)
    every = "".join(map(chr, range(0x110000)))
    assert sorted(re.findall("(?i)[ou]", every)) == ["O", "U", "o", "u"]
    marks = "".join(pair[1] for pair in _TONE_PLACEMENT)
    alphabet = "qQoOuUaAy x\n" + marks + marks.upper()
    rng = random.Random(79)
    texts = ["".join(letters) for length in (1, 2, 3) for letters in product(alphabet, repeat=length)]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(4, 9))) for _ in range(50_000)]
    for text in texts:
        assert _matches(_SYLLABLE_END_TONE_RE, text) == _matches(plain, text), text


def test_a_staff_conference_is_found_only_in_a_page_that_holds_its_words() -> None:
    """etl/classify.py looks for a unit's staff conference only in a page that holds one of _STAFF_WORDS (any case):
    wherever the pattern finds one, the page holds one."""
    from etl.classify import _STAFF_CONFERENCE, _STAFF_WORDS

    rng = random.Random(83)
    heads = ["tổ chức hội nghị", "Tổ Chức Hội nghị", "TỔ CHỨC thành công HỘI NGHỊ", "tổ chức  hội nghị"]
    pieces = ["cán bộ,", "công chức", "viên chức", "VIÊN CHỨC", "người lao động", "Người Lao Động", "lao động",
              "viên", "chức", "-", "x"]  # fmt: skip
    texts = [
        rng.choice(heads) + " " + "".join(rng.choice(pieces) + rng.choice(["", " "]) for _ in range(rng.randint(0, 4)))
        for _ in range(20000)
    ]
    found = [text for text in texts if _STAFF_CONFERENCE.search(text)]
    assert len(found) > 2000
    for text in found:
        assert any(word in case_blind(text) for word in _STAFF_WORDS), text


def test_a_line_read_again_for_its_date_gets_the_first_answer_and_the_memo_stays_bounded() -> None:
    """etl/dates.py remembers find_full_date's answers for short lines: asked again, after the memo was emptied for
    being full, and for a long text (not kept), the answer is the patterns' own."""
    from etl import dates

    lines = [f"Thứ Hai, {d % 28 + 1}/{d % 12 + 1}/20{d % 30:02d} - 08:21" for d in range(dates._FULL_DATES_MAX + 10)]
    lines += ["Không có ngày", "ngày 5 tháng 6 năm 2023", "2024-03-07"]
    for line in lines + lines[:50] + lines[-3:]:
        assert dates.find_full_date(line) == dates._find_full_date(line), line
    assert len(dates._FULL_DATES) <= dates._FULL_DATES_MAX
    long_text = "Sáng 5/6, hội nghị. " * 20 + "ngày 7/8/2024"
    assert dates.find_full_date(long_text) == dates._find_full_date(long_text) and long_text not in dates._FULL_DATES
