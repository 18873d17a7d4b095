"""Bare texts (no address) whose outlet the text still names: the mark a provincial paper puts before its lead, the
credit a copied report closes with. A text that names its province nowhere is its outlet's province (DOMAIN.md:
"Not stated in the text: the province of the publishing outlet"), each shape reproduced in sentences of our own."""

from __future__ import annotations

from tests.extraction import extract_text


def test_a_dateline_mark_of_a_provincial_paper_names_its_province():
    # "BTO-" opens the lead of the Bình Thuận party paper; the bloc and its venue are written as the province's own
    text = (
        "Khối thi đua 5 ký kết giao ước thi đua năm 2021\n"
        "BTO- Sáng 12/3, tại Sở Tư pháp tỉnh, Khối thi đua 5 tổ chức hội nghị ký kết giao ước thi đua năm 2021.\n"
        "Khối gồm 9 sở, ngành của tỉnh; Sở Tư pháp là đơn vị Khối trưởng năm nay.\n"
        "Các đơn vị thống nhất đăng ký các chỉ tiêu thi đua cụ thể ngay từ đầu năm."
    )
    line = extract_text(text)
    assert line["is_event"] is True
    assert line["province"] == "Bình Thuận"


def test_a_closing_credit_ending_on_a_stations_mark_names_its_province():
    # bodies of three provinces sign, no venue and no chair told; the report closes with the city station's credit
    text = (
        "Ba tỉnh, thành ký kết quy chế phối hợp phát triển tuyến đường liên vùng\n"
        "Chiều 5/6, lãnh đạo TP.HCM, Long An và Tây Ninh đã ký kết quy chế phối hợp đầu tư tuyến đường liên vùng.\n"
        "Theo quy chế, các địa phương sẽ cùng giải phóng mặt bằng và thống nhất tiến độ thi công.\n"
        "Nguồn: Trung tâm Tin tức HTV"
    )
    line = extract_text(text)
    assert line["is_event"] is True
    assert line["province"] == "TP Hồ Chí Minh"


def test_a_credit_ending_on_an_unknown_mark_names_no_outlet():
    # a byline in capitals is no outlet's mark: the three provinces' event keeps no host
    text = (
        "Ba tỉnh, thành ký kết quy chế phối hợp phát triển tuyến đường liên vùng\n"
        "Chiều 5/6, lãnh đạo TP.HCM, Long An và Tây Ninh đã ký kết quy chế phối hợp đầu tư tuyến đường liên vùng.\n"
        "Theo quy chế, các địa phương sẽ cùng giải phóng mặt bằng và thống nhất tiến độ thi công.\n"
        "Nguồn: Tin, ảnh NKT"
    )
    line = extract_text(text)
    assert line["is_event"] is True
    assert line["province"] is None
