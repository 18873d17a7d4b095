"""Classes of how real reports name who signs or holds a meeting (issue 11, session 27, round 2): each written in
sentences of our own and run through the whole article pipeline (`process`), as `phoihop extract` runs it."""

from __future__ import annotations

from tests.extraction import extract_text


def test_bodies_of_counted_districts_named_right_after_the_count_are_one_party_each():
    # "Huyện ủy 3 huyện biên giới tỉnh A gồm: B, C và D": the count's qualifier and its province before "gồm"
    # do not hide the list; a committee named by its kind ("Huyện ủy") is each district's
    line = extract_text(
        "Chiều 12/3/2024, Đảng ủy Bộ đội Biên phòng tỉnh Kon Tum và Huyện ủy 3 huyện biên giới tỉnh Kon Tum gồm: "
        "Ngọc Hồi, Đắk Glei và Sa Thầy đã tổ chức ký kết quy chế phối hợp năm 2024."
    )
    assert len(line["parties"]) == 4, line["parties"]
    assert line["parties"][1] == "Huyện ủy Ngọc Hồi", line["parties"]
    assert [p.split()[-2:] for p in line["parties"][2:]] == [["Đắk", "Glei"], ["Sa", "Thầy"]], line["parties"]


def test_bodies_of_counted_communes_listed_after_gom_without_a_colon():
    # "Đảng ủy 3 xã, phường ven biển gồm A, B (X) và C (Y)": the communes' names, each with its district
    line = extract_text(
        "Sáng 5/4/2023, Đảng ủy Đồn Biên phòng Ba Động và Đảng ủy 3 xã, phường ven biển gồm Vạn Ninh, Hải Xuân "
        "(Móng Cái) và Quảng Minh (Hải Hà) đã tổ chức hội nghị ký kết quy chế phối hợp năm 2023."
    )
    assert [p.split(" (")[0].split()[-2:] for p in line["parties"]] == [
        ["Ba", "Động"],
        ["Vạn", "Ninh"],
        ["Hải", "Xuân"],
        ["Quảng", "Minh"],
    ], line["parties"]
    assert line["level"] == "commune"


def test_a_unit_named_by_its_arm_before_its_number_and_then_by_its_bare_head():
    # "Lữ đoàn Công binh 229 (Quân đoàn 12)": the arm stands between the head and the number; named once (as the
    # venue), the report then calls it "Lữ đoàn", which is that unit; a brigade is a central body (ruling 17)
    line = extract_text(
        "Ngày 9/8/2024, tại Lữ đoàn Công binh 229 (Quân đoàn 12) đã diễn ra lễ ký kết chương trình phối hợp giữa "
        "Lữ đoàn với xã Ninh Hiệp (Hà Nội)."
    )
    assert line["parties"] == ["Lữ đoàn Công binh 229 (Quân đoàn 12)", "xã Ninh Hiệp"], line["parties"]
    assert line["level"] == "central"
    line = extract_text(
        "Sáng 20/5/2024, Lữ đoàn Pháo phòng không 263 và Hội Liên hiệp Phụ nữ tỉnh Bình Dương ký kết chương trình "
        "phối hợp giai đoạn 2024-2029."
    )
    assert line["parties"][0] == "Lữ đoàn Pháo phòng không 263", line["parties"]


def test_places_counted_with_no_body_are_not_named_one_by_one():
    # "Cụm III - 3 tỉnh Nam Trung Bộ" read as the counted places themselves: a later sentence listing three provinces
    # gives each no body (the name before the count is empty), so the counted places stay one party, never " tỉnh A"
    from etl.parties import Party
    from etl.places import gazetteer
    from etl.roles import name_counted

    counted = Party(
        "3 tỉnh Nam Trung Bộ", "state", "inter-provincial", None, None, "", 0, 19, "", "3 tỉnh Nam Trung Bộ"
    )
    out = name_counted(
        [counted], ["Dự có công chức Sở Tư pháp các tỉnh: Khánh Hòa, Ninh Thuận và Bình Thuận."], gazetteer()
    )
    assert [p.name for p in out] == ["3 tỉnh Nam Trung Bộ"]


def test_a_district_military_command_written_ban_chqs_is_a_party():
    # "Ban CHQS huyện A": the district's military command, written short as "Bộ CHQS" is the province's
    line = extract_text(
        "Ngày 5/3/2024, Công an huyện Gio Linh và Ban CHQS huyện Gio Linh tổ chức ký kết quy chế phối hợp năm 2024."
    )
    assert line["parties"] == ["Công an huyện Gio Linh", "Ban CHQS huyện Gio Linh"], line["parties"]


def test_the_city_peoples_voice_radio_is_a_press_body_of_its_city():
    # "Đài Tiếng nói nhân dân TP Hồ Chí Minh" (VOH), the city's radio, signs as a press body of that city
    line = extract_text(
        "Ngày 10/6/2024, Đài Tiếng nói nhân dân TP Hồ Chí Minh và Đài Phát thanh và Truyền hình Bến Tre ký kết "
        "chương trình hợp tác giai đoạn 2024-2026."
    )
    assert line["parties"][0].startswith("Đài Tiếng nói"), line["parties"]
    assert len(line["parties"]) == 2 and line["level"] == "inter-provincial"


def test_a_title_naming_the_forces_bare_names_the_district_commands_of_the_lead():
    # the title's "Công an, Quân sự" are the district's police and military command the lead names with their
    # district; a bare "Quân sự" is no province's command (Bộ) beside the district's (Ban)
    line = extract_text(
        "Phối hợp giữa hai lực lượng Công an, Quân sự tại Gio Linh hiệu quả\n\n"
        "Ngày 20-12, Ban Chỉ huy Quân sự và Công an huyện Gio Linh (Quảng Trị) đã tổ chức tổng kết công tác phối hợp "
        "giữa hai lực lượng năm 2023."
    )
    assert line["parties"] == ["Ban Chỉ huy Quân sự huyện Gio Linh", "Công an huyện Gio Linh"], line["parties"]
    assert line["level"] == "district"


def test_a_branch_named_by_the_area_it_serves_keeps_the_area():
    # "Hạt Kiểm lâm khu vực Chư Păh": the rangers' branch of an area, not a district's rangers ("Hạt Kiểm lâm huyện")
    line = extract_text(
        "Ngày 2/10/2025, Hạt Kiểm lâm khu vực Chư Păh (tỉnh Gia Lai) tổ chức ký kết quy chế phối hợp quản lý, bảo vệ "
        "rừng với UBND xã Ia Ly và UBND xã Ia Phí."
    )
    assert line["parties"][0] == "Hạt Kiểm lâm khu vực Chư Păh", line["parties"]


def test_a_communes_youth_union_written_doan_xa_is_a_party():
    # "Đoàn xã A", "Đoàn phường B": the commune's youth union written by "Đoàn" and its place
    line = extract_text(
        "Ngày 20/3/2024, Huyện đoàn Tuy Phước và Đoàn xã Phước Sơn ký kết chương trình phối hợp giai đoạn 2024-2026."
    )
    assert line["parties"] == ["Huyện đoàn Tuy Phước", "Đoàn xã Phước Sơn"], line["parties"]


def test_a_numbered_unit_followed_by_its_force_is_one_body():
    # the title's "Hải đoàn 32 Cảnh sát biển" is the flotilla of the coast guard, no province's coast guard beside it
    line = extract_text(
        "Hải đoàn 32 Cảnh sát biển kết nghĩa với xã Bình Châu\n\n"
        "Sáng 9/5/2024, Hải đoàn 32, Bộ Tư lệnh Vùng Cảnh sát biển 3 tổ chức lễ kết nghĩa với xã Bình Châu (tỉnh Bà "
        "Rịa - Vũng Tàu)."
    )
    assert len(line["parties"]) == 2 and not any(p.startswith("Cảnh sát biển") for p in line["parties"]), line[
        "parties"
    ]


def test_the_provincial_agencies_party_committee_written_without_khoi():
    # "Đảng ủy Các cơ quan tỉnh A": the bloc committee of a province's agencies, as "Đảng ủy Khối các cơ quan"; no
    # bare "Đảng ủy" of the other province read before it
    line = extract_text(
        "Ngày 11/1/2021, Đảng ủy Khối các cơ quan tỉnh Cao Bằng và Đảng ủy Các cơ quan tỉnh Bắc Giang tổ chức ký kết "
        "quy chế phối hợp công tác giữa hai đơn vị."
    )
    assert line["parties"][1].endswith("cơ quan tỉnh Bắc Giang"), line["parties"]
