"""Periods on classes of real reporting the extractor misread (session 37): the period of the program signed or
reviewed, written in the body far from the sentence that tells the event (a regulation's own term, a purpose whose
clauses a semicolon joins, the cooperation carried out, a review's long sentence). Each shape is written in sentences
of our own and run through the whole article pipeline (DOMAIN.md: the stated period of the program signed or
reviewed)."""

from __future__ import annotations

from tests.extraction import extract_text


def test_a_regulations_own_term_told_below_a_meeting_that_signs_it_is_its_period():
    # the lead tells a cluster's conference that signs a regulation with no years; a speaker below names the
    # regulation's own term: its period
    line = extract_text(
        "Công đoàn ngành Xây dựng ký quy chế phối hợp với các tỉnh\n\n"
        "Ngày 12/9/2019, tại thành phố Vinh (Nghệ An), Công đoàn ngành Xây dựng với Liên đoàn Lao động 6 tỉnh Bắc "
        "Trung Bộ tổ chức Hội nghị Cụm thi đua và ký quy chế phối hợp chăm lo cho người lao động.\n\n"
        "Các đại biểu thảo luận phương hướng hoạt động của cụm trong thời gian tới.\n\n"
        "Phát biểu tại hội nghị, Chủ tịch Công đoàn ngành cho biết quy chế phối hợp nhiệm kỳ 2019-2024 đã bổ sung "
        "một số điểm mới cho sát với từng địa phương."
    )
    assert (line["period_start"], line["period_end"]) == (2019, 2024)


def test_a_programs_purpose_joined_by_semicolons_ends_on_its_period():
    # the signing in the title and lead gives no years; a speaker below says what signing the program is for, its
    # clauses joined by a semicolon, the last one ending on the period
    line = extract_text(
        "Sở Tư pháp ký kết chương trình phối hợp với Báo tỉnh\n\n"
        "Sáng 4/3, Sở Tư pháp tỉnh Hà Tĩnh và Báo Hà Tĩnh ký kết chương trình phối hợp tuyên truyền pháp luật.\n\n"
        "Phát biểu tại buổi lễ, Giám đốc Sở Tư pháp cho biết việc ký kết Chương trình phối hợp nhằm nâng cao hiệu "
        "quả phổ biến pháp luật; đưa pháp luật đến gần người dân trong giai đoạn 2021 - 2025.\n\n"
        "Hai bên thống nhất sơ kết hằng năm."
    )
    assert line["event_type"] == "agreement"
    assert (line["period_start"], line["period_end"]) == (2021, 2025)


def test_the_cooperation_carried_out_over_a_period_below_a_signing_is_its_period():
    # a caption below the signing names the years of the cooperation the two sides carry out
    line = extract_text(
        "Quảng Trị bắt tay với trường y đào tạo bác sĩ\n\n"
        "Sáng 22-9, tại hội trường của tỉnh, UBND tỉnh Quảng Trị và Trường Đại học Y Dược Huế đã ký kết thỏa thuận "
        "hợp tác về nguồn nhân lực y tế.\n\n"
        "Trường sẽ nhận học viên do tỉnh cử và gửi giảng viên về bệnh viện tuyến huyện.\n\n"
        "Đại diện hai bên bàn cách triển khai hợp tác giai đoạn 2025-2030 Ảnh: Quốc Việt"
    )
    assert line["event_type"] == "agreement"
    assert (line["period_start"], line["period_end"]) == (2025, 2030)


def test_a_review_told_in_a_long_sentence_below_takes_the_span_it_reviews():
    # the lead tells an award given at the meeting; the sentence below reviews the joint work over a span, named at
    # the end of a long list of the bodies
    line = extract_text(
        "Sáu tập thể làm tốt tuyên truyền quốc phòng được khen\n\n"
        "Sáu tập thể được Bộ Tư lệnh Quân khu 3 khen thưởng tại Hội nghị phối hợp chỉ đạo tuyên truyền quốc phòng "
        "giữa Cục Chính trị và báo, đài các tỉnh trong quân khu.\n\n"
        "Ở hội nghị diễn ra sáng 27-8 tại Bộ CHQS tỉnh Thái Bình, đại biểu các bên cùng tổng kết kết quả phối hợp "
        "định hướng thông tin về nhiệm vụ quân sự giữa Cục Chính trị Quân khu 3, Bộ CHQS các tỉnh cùng báo, đài "
        "phát thanh của từng địa phương trong giai đoạn 2015-2017. Ba năm qua, tin bài đều đúng định hướng."
    )
    assert line["event_type"] == "meeting"
    assert (line["period_start"], line["period_end"]) == (2015, 2017)


def test_a_range_of_a_congress_below_a_signing_is_no_period():
    # guard: a range in the body after a party congress or a resolution is theirs, not the cooperation's
    line = extract_text(
        "Tỉnh ủy ký kết chương trình phối hợp với Báo Nhân dân\n\n"
        "Sáng 9/4, Tỉnh ủy Lạng Sơn và Báo Nhân dân ký kết chương trình phối hợp tuyên truyền.\n\n"
        "Hai bên thống nhất tuyên truyền việc thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2020 "
        "- 2025; việc hợp tác giữa hai bên được đánh giá hằng năm."
    )
    assert line["event_type"] == "agreement"
    assert (line["period_start"], line["period_end"]) == (None, None)
