"""Classes of how real reports name who signs or holds a meeting (issue 11, session 27): each written in sentences
of our own and run through the whole article pipeline (`process`), as `phoihop extract` runs it."""

from __future__ import annotations

from tests.extraction import extract_text


def test_a_school_named_by_its_field_keeps_the_fields_lower_case_syllables():
    # "Sư phạm", "Y dược", "Khoa học Xã hội và Nhân văn": a field of study whose later syllables are lower-case is
    # part of the school's name, not its end; "ĐH" is the short "Đại học" the text keeps
    line = extract_text(
        "Ngày 3/4/2024, UBND tỉnh Bến Tre ký kết thỏa thuận hợp tác với Trường ĐH Sư phạm Thành phố Hồ Chí Minh "
        "và Trường ĐH Y dược Cần Thơ giai đoạn 2024-2028."
    )
    assert line["parties"] == [
        "UBND tỉnh Bến Tre",
        "Trường ĐH Sư phạm Thành phố Hồ Chí Minh",
        "Trường ĐH Y dược Cần Thơ",
    ], line["parties"]
    line = extract_text(
        "Ngày 6/10/2024, Trường Đại học Khoa học Xã hội và Nhân văn và Huyện đoàn Củ Chi ký kết chương trình phối hợp "
        "hoạt động tình nguyện giai đoạn 2024-2026."
    )
    assert line["parties"][0] == "Trường Đại học Khoa học Xã hội và Nhân văn", line["parties"]


def test_a_corps_named_by_its_arm_keeps_the_whole_arm():
    # "Binh chủng Thông tin liên lạc": an arm of the army, named by its field; "hôm nay" is no part of a name
    line = extract_text(
        "Binh chủng Thông tin liên lạc và Tổng công ty Viễn thông Quân đội hôm nay ký kết quy chế phối hợp bảo đảm "
        "thông tin liên lạc giai đoạn 2024-2029."
    )
    assert line["parties"] == [
        "Binh chủng Thông tin liên lạc",
        "Tổng công ty Viễn thông Quân đội",
    ], line["parties"]


def test_a_school_written_with_its_university_is_one_party_of_the_universitys_tier():
    # the university after a comma or in brackets is what the school belongs to: one party, and a national
    # university's school is a central body (the level of a signing with a province is central, the province the
    # provincial party's)
    line = extract_text(
        "Ngày 8/5/2024, Trường ĐH Kinh tế - Luật (ĐH Quốc gia TP.HCM) và UBND tỉnh Tây Ninh ký kết chương trình hợp "
        "tác đào tạo nguồn nhân lực giai đoạn 2024-2028."
    )
    assert line["parties"] == ["Trường ĐH Kinh tế - Luật (ĐH Quốc gia TP.HCM)", "UBND tỉnh Tây Ninh"], line["parties"]
    assert line["level"] == "central", line["level"]
    assert line["province"] == "Tây Ninh", line["province"]
    line = extract_text(
        "Ngày 9/6/2024, Trường Đại học Giáo dục, Đại học Quốc gia Hà Nội ký kết thỏa thuận hợp tác với Sở Giáo dục "
        "và Đào tạo tỉnh Lào Cai về bồi dưỡng giáo viên."
    )
    assert line["parties"] == [
        "Trường Đại học Giáo dục, Đại học Quốc gia Hà Nội",
        "Sở Giáo dục và Đào tạo tỉnh Lào Cai",
    ], line["parties"]
    # a university named by a field after a comma is the next one of a list, not the school's university
    line = extract_text(
        "Ngày 2/3/2025, UBND tỉnh Hậu Giang ký kết hợp tác với Trường Đại học Y dược Cần Thơ, Đại học Kinh tế TP.HCM "
        "và Trường Đại học Tây Đô giai đoạn 2025-2030."
    )
    assert line["parties"][1:] == [
        "Trường Đại học Y dược Cần Thơ",
        "Đại học Kinh tế TP.HCM",
        "Trường Đại học Tây Đô",
    ], line["parties"]
