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


def test_a_bare_cluster_is_named_with_the_kind_of_bodies_it_groups():
    # the lead names the cluster bare; a later sentence says whose members it groups, before "thuộc" or "trong": the
    # cluster is named with that kind ("Cụm thi đua số 2 Hội Cựu chiến binh ...", ruling 2); a count with its region
    # stays, a bare "các tỉnh" only repeats that they are members; a member list in brackets is no part of the name
    # (ruling 11)
    line = extract_text(
        "Cụm thi đua số 2 tổng kết năm 2024\n\n"
        "Ngày 16/12/2024, tại Sơn La, Cụm thi đua số 2 tổ chức hội nghị tổng kết công tác thi đua năm 2024.\n\n"
        "Dự hội nghị có lãnh đạo Hội Cựu chiến binh 6 tỉnh Tây Bắc thuộc Cụm thi đua số 2."
    )
    assert line["parties"] == ["Cụm thi đua số 2 Hội Cựu chiến binh 6 tỉnh Tây Bắc"], line["parties"]
    line = extract_text(
        "Cụm thi đua số 3 giao ban 6 tháng đầu năm 2024\n\n"
        "Ngày 10/7/2024, tại Nam Định, Cụm thi đua số 3 tổ chức hội nghị giao ban 6 tháng đầu năm 2024.\n\n"
        "Năm 2024, Hội Chữ thập đỏ các tỉnh trong Cụm thi đua số 3 trợ giúp hơn 90.000 lượt người."
    )
    assert line["parties"] == ["Cụm thi đua số 3 Hội Chữ thập đỏ"], line["parties"]
    line = extract_text(
        "Ngày 9/1/2025, Cụm thi đua số 6 (gồm Hội Khuyến học các tỉnh Hà Nam, Nam Định và Ninh Bình) tổ chức hội nghị "
        "tổng kết năm 2024."
    )
    assert line["parties"] == ["Cụm thi đua số 6"], line["parties"]


def test_a_cluster_written_after_its_bodys_name_and_a_dash_keeps_that_name():
    # "Hội Luật gia Bộ Tư pháp - Cụm thi đua số 4 (gồm ...)": whose cluster it is, written before it
    line = extract_text(
        "Ngày 12/3/2024, tại Đà Nẵng, Hội Cựu chiến binh Bộ Quốc phòng - Cụm thi đua số 4 (gồm Hội Cựu chiến binh 5 "
        "quân khu) tổ chức ký kết giao ước thi đua năm 2024."
    )
    assert line["parties"] == ["Hội Cựu chiến binh Bộ Quốc phòng - Cụm thi đua số 4"], line["parties"]


def test_units_of_the_armys_and_the_navys_commands_are_central_and_keep_their_command():
    # a military region's unit takes no venue's province ("Phòng Chính trị Quân khu 4", not "... Nghệ An"); a navy
    # region is named bare ("Vùng 2 Hải quân"); a brigade keeps the region it belongs to; a command written short in
    # brackets after its name is the same command, not a larger one
    line = extract_text(
        "Ngày 16/8/2023, tại Nghệ An, Phòng Chính trị Quân khu 4 và Hội Cựu chiến binh tỉnh Nghệ An ký kết chương "
        "trình phối hợp tuyên truyền giai đoạn 2023-2028."
    )
    assert line["parties"] == ["Phòng Chính trị Quân khu 4", "Hội Cựu chiến binh tỉnh Nghệ An"], line["parties"]
    assert line["level"] == "central", line["level"]
    line = extract_text(
        "Ngày 20/9/2023, Vùng 2 Hải quân và Bộ Chỉ huy Bộ đội Biên phòng tỉnh Bà Rịa - Vũng Tàu ký kết quy chế phối "
        "hợp bảo vệ chủ quyền biển đảo."
    )
    assert line["parties"][0] == "Vùng 2 Hải quân", line["parties"]
    line = extract_text(
        "Ngày 20/9/2023, Lữ đoàn 171 Vùng 2 Hải quân và Đoàn Thanh niên xã Long Sơn ký kết chương trình phối hợp "
        "giai đoạn 2023-2025."
    )
    assert line["parties"][0] == "Lữ đoàn 171 Vùng 2 Hải quân", line["parties"]
    line = extract_text(
        "Chiều 5/9/2023 tại Vũng Tàu, Bộ Tư lệnh Vùng Cảnh sát biển 3 (BTL Vùng CSB 3) và Cảng vụ Hàng hải Vũng Tàu "
        "ký kết quy chế phối hợp tìm kiếm, cứu nạn trên biển."
    )
    assert line["parties"][0] == "Bộ Tư lệnh Vùng Cảnh sát biển 3", line["parties"]


def test_a_department_is_found_however_the_text_joins_its_fields():
    # "Sở Tài nguyên - Môi trường", "Sở Thông tin truyền thông", "Sở Văn hoá-Thể thao và Du lịch", "Sở Lao động,
    # Thương binh và Xã hội": the fields joined by a dash, a space or a comma are the department the heads know
    line = extract_text(
        "Ngày 4/4/2024, Sở Tài nguyên - Môi trường tỉnh Hà Giang và Sở Thông tin truyền thông tỉnh Hà Giang ký kết "
        "quy chế phối hợp cung cấp thông tin."
    )
    assert line["parties"] == [
        "Sở Tài nguyên và Môi trường tỉnh Hà Giang",
        "Sở Thông tin và Truyền thông tỉnh Hà Giang",
    ], line["parties"]
    line = extract_text(
        "Ngày 4/4/2024, Sở Văn hoá-Thể thao và Du lịch tỉnh Phú Yên và Sở Lao động, Thương binh và Xã hội tỉnh Phú "
        "Yên ký kết chương trình phối hợp đào tạo nghề du lịch."
    )
    assert line["parties"] == [
        "Sở Văn hóa, Thể thao và Du lịch tỉnh Phú Yên",
        "Sở Lao động - Thương binh và Xã hội tỉnh Phú Yên",
    ], line["parties"]
