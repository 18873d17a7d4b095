"""Bodies of several provinces meet and the lead names no venue, but the report says further down where the event was
held, or which member chairs it (DOMAIN.md: the host is where it took place, else the cluster's chair). Read from the
text alone, with no address: a bare text file names no outlet. Each shape in sentences of our own."""

from __future__ import annotations

from tests.extraction import extract_text

_TITLE = "Cụm thi đua số 5 Hội Nông dân tổng kết năm 2023"
_LEAD = (
    "Trong năm 2023, Hội Nông dân 5 tỉnh trong Cụm thi đua số 5 đã vận động hội viên góp hơn 12 tỷ đồng "
    "xây nhà cho hộ khó khăn."
)
_MEMBERS = (
    "Cụm thi đua số 5 gồm Hội Nông dân các tỉnh: Hà Tĩnh, Nghệ An, Quảng Bình, Thanh Hóa và Quảng Trị; mỗi hội "
    "đăng ký ít nhất hai mô hình mới."
)


def test_the_venue_told_in_a_later_paragraph_hosts():
    line = extract_text(
        f"{_TITLE}\n\n{_LEAD}\n\n"
        "Số liệu trên được nêu tại Hội nghị tổng kết phong trào thi đua năm 2023 của cụm được tổ chức tại "
        "Quảng Bình ngày 20/12/2023.\n\n"
        f"{_MEMBERS}\n"
    )
    assert line["is_event"] is True
    assert line["province"] == "Quảng Bình"


def test_a_district_named_as_the_later_venue_gives_its_province():
    line = extract_text(
        f"{_TITLE}\n\n{_LEAD}\n\n"
        "Hội nghị tổng kết phong trào thi đua năm 2023 của cụm diễn ra chiều 20/12 tại huyện Lệ Thủy.\n\n"
        f"{_MEMBERS}\n"
    )
    assert line["province"] == "Quảng Bình"


def test_a_meeting_announced_for_later_is_not_the_venue():
    line = extract_text(
        f"{_TITLE}\n\n{_LEAD}\n\n"
        "Hội nghị tổng kết năm 2023 của cụm đã thống nhất nhiều nội dung. Hội nghị năm tới sẽ được tổ chức tại "
        "Quảng Trị.\n\n"
        f"{_MEMBERS}\n"
    )
    assert line["province"] != "Quảng Trị"


def test_the_chair_written_after_do_hosts_its_meeting():
    # "do <body> làm cụm trưởng": the member that chairs the meeting reported, not a chair chosen for a year to come
    line = extract_text(
        "Đài Phát thanh - Truyền hình cụm thi đua số 3 ký giao ước thi đua năm 2024\n\n"
        "Ngày 12/3, Đài Phát thanh - Truyền hình 6 tỉnh gồm: Sơn La, Điện Biên, Lai Châu, Yên Bái, Lào Cai và "
        "Hà Giang tổ chức hội nghị ký kết giao ước thi đua năm 2024, do Đài Phát thanh - Truyền hình tỉnh Lai Châu "
        "làm cụm trưởng.\n\n"
        "Các đài thống nhất tăng cường trao đổi chương trình và tin bài về vùng biên giới.\n"
    )
    assert line["is_event"] is True
    assert line["province"] == "Lai Châu"


def test_the_venue_pattern_is_run_only_where_its_words_are():
    """etl/extract.py runs _HELD_AT only over a paragraph that holds its verb and "tại" as a sentence or a line in
    capitals writes them: wherever the pattern finds a venue in such text, the cheap check lets it through."""
    import random

    from etl.extract import _HELD_AT, _holds_held_at

    pieces = ["tổ chức", "TỔ CHỨC", "diễn ra", "DIỄN RA", "được", "ĐƯỢC", "tại", "TẠI", "chiều 5/4", "Hà Nội", "."]
    rng = random.Random(7)
    found = 0
    for _ in range(20000):
        text = "".join(rng.choice(pieces) + rng.choice(["", " "]) for _ in range(rng.randint(1, 6)))
        if _HELD_AT.search(text):
            found += 1
            assert _holds_held_at(text), text
    assert found > 1000
