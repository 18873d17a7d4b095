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
