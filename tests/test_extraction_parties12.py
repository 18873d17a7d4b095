"""Classes of how real reports name who signs or holds a meeting (issue 11, session 28): each written in sentences
of our own and run through the whole article pipeline (`process`), as `phoihop extract` runs it."""

from __future__ import annotations

from tests.extraction import extract_text


def test_an_association_named_by_its_field_in_capitals_is_a_party():
    # "Hội <Field> tỉnh A": an association of any field, not only those the heads table lists by name
    line = extract_text(
        "Sáng 12/6/2024, Hội Kiến trúc sư tỉnh Quảng Ngãi và Hội Kiến trúc sư tỉnh Bình Định ký kết chương trình "
        "phối hợp hoạt động giai đoạn 2024 - 2026."
    )
    assert line["parties"] == ["Hội Kiến trúc sư tỉnh Quảng Ngãi", "Hội Kiến trúc sư tỉnh Bình Định"], line["parties"]


def test_a_meeting_or_a_place_whose_name_opens_with_hoi_is_no_association():
    # "Hội nghị ..." is the meeting; "phường Hội Phú" a ward the body signs with, no association
    line = extract_text(
        "Chiều 3/4/2024, Ban Chỉ huy Quân sự thành phố Pleiku tổ chức lễ ký kết nghĩa với các phường Hội Phú, "
        "Thống Nhất và Diên Hồng. Hội nghị Tiếng nói tỉnh Gia Lai được tổ chức cùng ngày."
    )
    assert not any(p.startswith("Hội ") for p in line["parties"]), line["parties"]


def test_a_management_board_named_by_what_it_manages_keeps_that_name():
    # "Ban Quản lý rừng phòng hộ huyện A": the board of a protection forest, named by the forest up to its place
    line = extract_text(
        "Ngày 20/9/2023, Ban Quản lý rừng phòng hộ huyện Nam Giang và Hạt Kiểm lâm huyện Nam Giang ký kết quy chế "
        "phối hợp bảo vệ rừng vùng giáp ranh."
    )
    assert line["parties"][0] == "Ban Quản lý rừng phòng hộ huyện Nam Giang", line["parties"]
    assert len(line["parties"]) == 2, line["parties"]


def test_a_list_item_with_its_province_in_brackets_does_not_end_the_list():
    # "giữa A với B (TP. C), D và E": the bracket says where B is; D and E sign as well
    line = extract_text(
        "Sáng 8/3/2024, Hội Nông dân tỉnh Bến Tre tổ chức lễ ký kết giao ước thi đua giữa Hội Nông dân tỉnh với "
        "Hội Nông dân huyện Củ Chi (TP. Hồ Chí Minh), Hội Nông dân tỉnh Trà Vinh và Hội Nông dân tỉnh Vĩnh Long."
    )
    assert len(line["parties"]) == 4, line["parties"]
    assert any("Trà Vinh" in p for p in line["parties"]), line["parties"]
    assert any("Vĩnh Long" in p for p in line["parties"]), line["parties"]


def test_bodies_of_one_kind_counted_then_named_after_gom_are_each_a_party():
    # "với 4 công ty chè gồm: A, B, C và D": the kind and its words are written once, before the names
    line = extract_text(
        "Ngày 14/8/2024, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lai Châu ký kết chương trình phối hợp với 3 công ty chè "
        "gồm: Tam Đường, Phong Thổ và Than Uyên."
    )
    assert "Công ty chè Tam Đường" in line["parties"], line["parties"]
    assert "Công ty chè Than Uyên" in line["parties"], line["parties"]
    assert len(line["parties"]) == 4, line["parties"]


def test_posts_counted_then_named_after_a_colon_are_each_a_party():
    # "3 đồn biên phòng: A, B và C": each post by its name
    line = extract_text(
        "Sáng 2/4/2024, 3 đồn biên phòng: Ka Lăng, Mù Cả và Pa Ủ ký kết quy chế phối hợp với Hạt Kiểm lâm huyện "
        "Mường Tè."
    )
    names = [p for p in line["parties"] if p.startswith("Đồn Biên phòng")]
    assert len(names) == 3, line["parties"]


def test_a_department_named_by_its_field_is_a_central_party():
    # "Cục <Field>": a ministry's department the heads table does not list, named by its field in capitals
    line = extract_text(
        "Ngày 9/10/2024, Cục Chăn nuôi và Cục Thú y ký kết quy chế phối hợp trong quản lý giống vật nuôi.",
    )
    assert line["parties"] == ["Cục Chăn nuôi", "Cục Thú y"], line["parties"]
    assert line["level"] == "central", line


def test_a_centre_named_by_its_field_is_a_party_and_a_unit_of_a_known_body_stays_one():
    # "Trung tâm <Field> tỉnh A" is a body of its own; "Trung tâm Thông tin Thông tấn xã Việt Nam" a unit of a
    # central body the heads know, read as before (central)
    line = extract_text(
        "Sáng 6/5/2024, Trung tâm Dịch vụ Nông nghiệp huyện Mộc Châu và Hội Nông dân huyện Mộc Châu ký kết chương "
        "trình phối hợp hỗ trợ nông dân."
    )
    assert line["parties"][0] == "Trung tâm Dịch vụ Nông nghiệp huyện Mộc Châu", line["parties"]
    unit = extract_text(
        "Ngày 3/2/2025, Trung tâm Thông tin Thông tấn xã Việt Nam khu vực miền Trung và UBND tỉnh Quảng Nam đã ký "
        "kết kế hoạch phối hợp tuyên truyền năm 2025."
    )
    assert unit["level"] == "central", unit


def test_a_reserve_named_by_its_name_is_a_party():
    # "Khu bảo tồn A": a nature reserve whose name does not say "thiên nhiên"
    line = extract_text(
        "Ngày 12/3/2025, Khu bảo tồn Xuân Liên phối hợp với Hạt Kiểm lâm huyện Thường Xuân tổ chức hội nghị sơ kết "
        "quy chế phối hợp bảo vệ rừng."
    )
    assert any(p.startswith("Khu Bảo tồn Xuân Liên") for p in line["parties"]), line["parties"]


def test_bodies_gathered_by_their_tier_without_names_are_no_party():
    # "các Bệnh viện tuyến Trung ương": hospitals of a tier, none named; the two named bodies sign
    line = extract_text(
        "Sáng 4/3/2025, Công an tỉnh Nam Định chủ trì hội nghị ký kế hoạch phối hợp giữa Công an tỉnh với Sở Y tế "
        "tỉnh Nam Định và các Bệnh viện tuyến Trung ương."
    )
    assert not any("tuyến Trung ương" in p for p in line["parties"]), line["parties"]
    assert len(line["parties"]) == 2, line["parties"]


def test_a_district_body_keeps_its_own_province_written_in_brackets():
    # ruling 15: "UBND thị xã A (tỉnh X)" is that party as written, as "UBND xã A (tỉnh X)" already was
    line = extract_text(
        "Ngày 5/3/2024, UBND huyện Krông Búk (tỉnh Đắk Lắk) và UBND thị xã An Khê (tỉnh Gia Lai) ký kết quy chế "
        "phối hợp quản lý rừng vùng giáp ranh."
    )
    assert "(tỉnh Gia Lai)" in line["parties"][1], line["parties"]
    assert "(tỉnh Đắk Lắk)" in line["parties"][0], line["parties"]


def test_partners_a_semicolon_separates_after_voi_all_sign():
    # "ký kết với A; B; C": a semicolon between partners whose names hold commas or "và", not the clause's end
    line = extract_text(
        "Sáng 10/4/2024, Báo Lạng Sơn ký kết chương trình phối hợp tuyên truyền với Trường Cao đẳng Lạng Sơn; "
        "Hội Nông dân tỉnh Lạng Sơn; Liên minh Hợp tác xã tỉnh Lạng Sơn."
    )
    assert len(line["parties"]) == 4, line["parties"]
    assert any(p.startswith("Liên minh Hợp tác xã") for p in line["parties"]), line["parties"]


def test_the_body_whose_theatre_or_meeting_room_hosts_is_no_party():
    # "tại Nhà hát <body>", "tại phòng họp <body>": the venue, named after the body that owns it (as "hội trường")
    line = extract_text(
        "Chiều 2/3/2024, tại Nhà hát Đài Phát thanh và Truyền hình tỉnh Sóc Trăng đã diễn ra lễ ký kết hợp tác "
        "giữa Báo Sóc Trăng với Trường Đại học Cần Thơ."
    )
    assert not any(p.startswith("Đài") for p in line["parties"]), line["parties"]
