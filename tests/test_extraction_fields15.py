"""Classes of real reporting the extractor misread (issue 11), each reproduced in sentences of our own: a national
online briefing on the Government's decree on coordination between the police and the army, named by its number
alone."""

from __future__ import annotations

from tests.extraction import extract_text


def test_a_briefing_on_the_police_and_army_coordination_decree_is_joint_work():
    # the decree named by its number and subject only, no "phối hợp" in the sentence or the lead: Decree 03/2019 is
    # the coordination between the two ministries, so the briefing on it is a coordination meeting
    line = extract_text(
        "Sáng 15/7, hai Thứ trưởng Bộ Quốc phòng và Bộ Công an điều hành buổi giao ban qua truyền hình về nửa đầu "
        "năm 2024 làm theo Nghị định số 03/2019/NĐ-CP, văn bản Chính phủ ban hành cho việc giữ an ninh, trật tự "
        "và làm nhiệm vụ quốc phòng.\n"
        "Lãnh đạo tỉnh dự hội nghị tại điểm cầu của tỉnh.\n"
        "Thời gian qua, lực lượng quân đội và công an đã trao đổi nhiều thông tin, xử lý kịp thời các tình huống.\n"
    )
    assert line["is_event"] is True
    assert line["event_type"] == "meeting"
    assert line["level"] == "central"


def test_another_decree_03_of_another_year_is_no_joint_work():
    # a decree numbered 03 of another year, reviewed by one body alone: its own work, no event
    line = extract_text(
        "Sáng 15/7, Sở Tài chính tỉnh Nam Định tổ chức hội nghị giao ban thực hiện Nghị định số 03/2016/NĐ-CP của "
        "Chính phủ về quản lý tài sản công 6 tháng đầu năm 2017.\n"
        "Giám đốc Sở chủ trì hội nghị.\n"
    )
    assert line["is_event"] is False


def test_a_department_of_education_is_no_party_science_sector():
    # `khoa_giao` is the party's science-education sector (DOMAIN.md): a state department of education signing
    # first with the police gives the police's task as the subject, not the party's sector
    line = extract_text(
        "Ký kết quy chế phối hợp giữa Sở Giáo dục và Đào tạo, Công an tỉnh Quảng Trị\n"
        "Chiều 12/9, Sở Giáo dục và Đào tạo tỉnh Quảng Trị và Công an tỉnh Quảng Trị tổ chức hội nghị ký kết quy chế "
        "phối hợp giai đoạn 2024 - 2028.\n"
    )
    assert line["topics"][0] == "quoc_phong_an_ninh"
    assert "khoa_giao" not in line["topics"]
