"""Cooperation with a unit abroad is no event (ruling 4), whichever country: the countries are data
(data/reference/foreign_countries.csv), each shape reproduced in sentences of our own."""

from __future__ import annotations

from tests.extraction import extract_text


def test_a_twinning_with_a_province_of_an_island_country_is_no_event():
    # a provincial chairman signs a twinning memorandum with a province abroad, the country named in brackets
    text = (
        "Ký biên bản ghi nhớ thiết lập quan hệ kết nghĩa giữa tỉnh Bắc Kạn và tỉnh Cebu (Philippin)\n"
        "Chiều 14/10/2019, Chủ tịch UBND tỉnh Bắc Kạn đã ký biên bản ghi nhớ thiết lập quan hệ kết nghĩa với tỉnh Cebu "
        "(Philippin), mở ra hợp tác trong nông nghiệp, du lịch và giáo dục.\n"
        "Hai bên thống nhất trao đổi đoàn công tác mỗi năm."
    )
    assert extract_text(text)["is_event"] is False


def test_a_cooperation_agreement_with_a_european_region_is_no_event():
    text = (
        "Thành phố ký thỏa thuận hợp tác với vùng Mazovia (Ba Lan)\n"
        "Sáng 3/5/2023, UBND thành phố Hải Phòng và chính quyền vùng Mazovia (Ba Lan) đã ký thỏa thuận hợp tác giai "
        "đoạn 2023-2027 về cảng biển và logistics."
    )
    assert extract_text(text)["is_event"] is False


def test_two_provinces_signing_at_home_stay_an_event():
    # the guard: no country named, the signing between two provinces is an agreement
    text = (
        "Bắc Kạn và Thái Nguyên ký kết liên kết đào tạo nghề\n"
        "Chiều 14/10/2019, UBND tỉnh Bắc Kạn và UBND tỉnh Thái Nguyên đã ký kết chương trình liên kết đào tạo nghề cho "
        "thanh niên hai tỉnh, thực hiện trong 5 năm."
    )
    line = extract_text(text)
    assert line["is_event"] is True
    assert line["event_type"] == "agreement"
