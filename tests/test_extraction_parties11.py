"""Classes of how real reports name who signs or holds a meeting (issue 11, session 27, round 4): each written in
sentences of our own and run through the whole article pipeline (`process`), as `phoihop extract` runs it."""

from __future__ import annotations

from tests.extraction import extract_text


def test_a_unit_said_to_belong_to_a_larger_body_in_brackets_is_one_party():
    # "Đồn Biên phòng A (thuộc BĐBP tỉnh B)": the bracket says whose unit the post is; the provincial command is
    # no signatory of its own, though its name carries a place
    line = extract_text(
        "Sáng 10/5/2024, Đồn Biên phòng Ba Sơn (thuộc BĐBP tỉnh Lạng Sơn), UBND huyện Cao Lộc và Sở Y tế tỉnh "
        "Lạng Sơn đã tổ chức ký kết chương trình phối hợp giai đoạn 2024-2029."
    )
    assert len(line["parties"]) == 3, line["parties"]
    assert line["parties"][0].startswith("Đồn Biên phòng Ba Sơn ("), line["parties"]
    assert "Lạng Sơn" in line["parties"][0], line["parties"]


def test_a_unit_said_to_belong_to_a_larger_body_without_brackets_is_one_party():
    # "Đồn A thuộc Bộ đội Biên phòng tỉnh B tổ chức ...": the same relation written in the running sentence
    line = extract_text(
        "Ngày 11/7/2024, Đồn Biên phòng Ba Sơn thuộc Bộ đội Biên phòng tỉnh Lạng Sơn và UBND huyện Cao Lộc tổ chức "
        "hội nghị sơ kết quy chế phối hợp."
    )
    assert len(line["parties"]) == 2, line["parties"]
    assert line["parties"][0].startswith("Đồn Biên phòng Ba Sơn ("), line["parties"]
    assert line["level"] == "district"  # ruling 16: the post ranks as the district bodies it meets with


def test_a_department_said_to_belong_to_its_force_takes_the_forces_place():
    # "Phòng A (thuộc Công an tỉnh B)": one party, its place the one the bracket writes, not the article's again
    line = extract_text(
        "Sáng 10/5/2024, Phòng Cảnh sát kinh tế (thuộc Công an tỉnh Bình Định) và Chi cục Quản lý thị trường tỉnh "
        "Bình Định đã ký kết quy chế phối hợp."
    )
    assert line["parties"] == [
        "Phòng Cảnh sát kinh tế (Công an tỉnh Bình Định)",
        "Chi cục Quản lý thị trường tỉnh Bình Định",
    ], line["parties"]


def test_the_body_whose_rooms_host_a_cluster_with_a_word_between_is_no_party():
    # "tại hội trường Khối Mặt trận ... tỉnh, Khối thi đua số N tổ chức": the building is named after the bodies it
    # houses; the cluster that meets is the one party (DOMAIN.md)
    line = extract_text(
        "Chiều ngày 15/1/2025, tại hội trường Khối Mặt trận Tổ quốc và các đoàn thể tỉnh Vĩnh Long, Khối thi đua "
        "số 9 tổ chức hội nghị tổng kết công tác thi đua năm 2024 và ký kết giao ước thi đua năm 2025."
    )
    assert len(line["parties"]) == 1, line["parties"]
    assert line["parties"][0].startswith("Khối thi đua số 9"), line["parties"]


def test_the_command_board_of_a_police_post_is_its_leadership_organ():
    # "Ban Chỉ huy Công an phường A": the command board signs for the ward's police, and the text names it, so the
    # party keeps it (as "Ban Thường vụ Huyện đoàn A"); "Ban Chỉ huy Quân sự huyện B" is a body's own name
    line = extract_text(
        "Sáng 5/3/2025, Ủy ban MTTQ Việt Nam phường Tân Lập ký kết chương trình phối hợp với Ban Chỉ huy Công an "
        "phường Tân Lập về phong trào toàn dân bảo vệ an ninh Tổ quốc."
    )
    assert line["parties"][1] == "Ban Chỉ huy Công an phường Tân Lập", line["parties"]
    line = extract_text(
        "Sáng 6/3/2025, Ban Chỉ huy Quân sự huyện Đức Cơ và Đồn Biên phòng Ia Dom ký kết quy chế phối hợp."
    )
    assert line["parties"][0] == "Ban Chỉ huy Quân sự huyện Đức Cơ", line["parties"]


def test_a_unit_of_a_service_staff_written_after_a_comma_is_one_central_party():
    # "Trung tâm N, Bộ Tham mưu Hải quân": a unit of the navy's staff with its parent after a comma, one party and a
    # central body (ruling 17), so a twinning with a ward is central
    line = extract_text(
        "Sáng 5/3/2024, tại UBND phường Tân An đã diễn ra lễ kết nghĩa giữa Trung tâm 82, Bộ Tham mưu Hải quân và "
        "phường Tân An."
    )
    assert line["parties"][0] == "Trung tâm 82, Bộ Tham mưu Hải quân", line["parties"]
    assert line["level"] == "central"
