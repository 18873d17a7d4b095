"""Classes of real reporting the extractor misread (issue 11, session 25: level, province, period), each written
in sentences of our own and run through the whole article pipeline, as `phoihop extract` runs it."""

from __future__ import annotations

from tests.extraction import extract_text


def test_bodies_of_provinces_listed_together_with_no_venue_are_hosted_by_the_reporting_outlets_province():
    # bodies of three provinces listed as one subject, no venue, no chair: the outlet of one of them (named by its
    # domain, registered or not) reports its own province's event, not the first province listed
    text = (
        "Ba tỉnh hiệp đồng bảo vệ biên giới\n"
        "Trong năm 2023, Bộ Chỉ huy Bộ đội Biên phòng 03 tỉnh Kon Tum, Gia Lai, Đắk Lắk đã duy trì trao đổi tình "
        "hình trên tuyến biên giới tiếp giáp.\n"
        "Tại hội nghị, lãnh đạo Bộ Chỉ huy Bộ đội Biên phòng ba tỉnh đã ký kết kế hoạch hiệp đồng bảo vệ biên giới "
        "tiếp giáp năm 2024."
    )
    line = extract_text(text, url="http://truyenhinhgialai.vn/tin-tuc/hiep-dong-bien-gioi-2024-1234.html")
    assert line["province"] == "Gia Lai"
    line = extract_text(text, url="http://truyenhinhdaklak.vn/tin-tuc/hiep-dong-bien-gioi-2024-1234.html")
    assert line["province"] == "Đắk Lắk"


def test_a_review_whose_lead_states_the_reviewed_programs_period_keeps_it_over_a_pledge_signed_below():
    # DOMAIN.md: the period is the stated period of the program reviewed; a pledge for next year signed further
    # down (by one of the bodies with its own units) is not what the meeting reviews
    line = extract_text(
        "Sáng 20/12/2024, Hội Nông dân tỉnh Phú Yên phối hợp với Sở Tư pháp tỉnh tổ chức hội nghị tổng kết công tác "
        "hội năm 2024, sơ kết 4 năm thực hiện chương trình phối hợp trợ giúp pháp lý giai đoạn 2021 - 2024.\n"
        "Trong năm 2024, các cấp hội đã tổ chức nhiều buổi tư vấn pháp luật cho hội viên.\n"
        "Tại hội nghị, Ban Thường vụ Hội Nông dân tỉnh đã ký giao ước thi đua năm 2025 với Hội Nông dân các huyện."
    )
    assert (line["period_start"], line["period_end"]) == (2021, 2024)
