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
    """etl/involvement.py runs _HELD_AT only over a paragraph that holds its verb and "tại" as a sentence or a line in
    capitals writes them: wherever the pattern finds a venue in such text, the cheap check lets it through."""
    import random

    from etl.involvement import _HELD_AT, _holds_held_at

    pieces = ["tổ chức", "TỔ CHỨC", "diễn ra", "DIỄN RA", "được", "ĐƯỢC", "tại", "TẠI", "chiều 5/4", "Hà Nội", "."]
    rng = random.Random(7)
    found = 0
    for _ in range(20000):
        text = "".join(rng.choice(pieces) + rng.choice(["", " "]) for _ in range(rng.randint(1, 6)))
        if _HELD_AT.search(text):
            found += 1
            assert _holds_held_at(text), text
    assert found > 1000


def test_a_central_command_signing_with_the_provinces_it_counts_signs_where_it_meets_them():
    # not central bodies signing only with each other (ruling 10): the provinces' side makes it the venue's province's
    line = extract_text(
        "Ký kết phối hợp công tác dân quân năm 2024 giữa Quân khu 5 và 5 tỉnh Nam Trung Bộ\n\n"
        "Sáng 8-1, tại TP Quy Nhơn (Bình Định), Bộ Tư lệnh Quân khu 5 tổ chức hội nghị ký kết phối hợp công tác "
        "dân quân tự vệ năm 2024 giữa Quân khu 5 và 5 tỉnh trên địa bàn.\n\n"
        "Các bên thống nhất tăng cường huấn luyện lực lượng dân quân thường trực ở vùng ven biển.\n"
    )
    assert line["is_event"] is True
    assert line["province"] == "Bình Định"


def test_central_bodies_signing_with_each_other_in_a_city_stay_national():
    line = extract_text(
        "Hai bộ ký kết chương trình phối hợp hỗ trợ đồng bào vùng cao\n\n"
        "Sáng 8-1, tại TP Quy Nhơn (Bình Định), Bộ Văn hóa, Thể thao và Du lịch và Ủy ban Dân tộc ký kết chương "
        "trình phối hợp giai đoạn 2024 - 2028 về bảo tồn văn hóa các dân tộc ở 5 tỉnh Nam Trung Bộ.\n\n"
        "Hai bên thống nhất tổ chức ngày hội văn hóa mỗi năm một lần.\n"
    )
    assert line["is_event"] is True
    assert line["province"] is None
