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
        "Kon Tum ký kết hợp tác với Trường Đại học Y Dược\n\n"
        "Chiều 15-5, tại trụ sở UBND tỉnh, UBND tỉnh Kon Tum và Trường Đại học Y Dược Huế đã ký kết thỏa thuận "
        "hợp tác về đào tạo nhân lực y tế.\n\n"
        "Theo đó, hai bên tập trung đào tạo bác sĩ cho các huyện vùng sâu.\n\n"
        "Lãnh đạo hai bên trao đổi về việc triển khai hợp tác giai đoạn 2024-2029 Ảnh: Minh Anh"
    )
    assert line["event_type"] == "agreement"
    assert (line["period_start"], line["period_end"]) == (2024, 2029)


def test_a_review_told_in_a_long_sentence_below_takes_the_span_it_reviews():
    # the lead tells an award given at the meeting; the sentence below reviews the joint work over a span, named at
    # the end of a long list of the bodies
    line = extract_text(
        "Khen thưởng tập thể có thành tích trong tuyên truyền quốc phòng\n\n"
        "Năm tập thể đã được Bộ Tư lệnh Quân khu 3 khen thưởng nhân dịp Hội nghị phối hợp chỉ đạo công tác tuyên "
        "truyền giữa Cục Chính trị với các cơ quan báo, đài 8 tỉnh trên địa bàn quân khu.\n\n"
        "Tại hội nghị tổ chức sáng 20-5, tại Bộ CHQS tỉnh Hải Dương, các đại biểu đã tổng kết việc phối hợp chỉ đạo "
        "tuyên truyền công tác quốc phòng giữa Cục Chính trị Quân khu 3, Bộ CHQS các tỉnh và cơ quan báo, đài phát "
        "thanh các địa phương trong giai đoạn 2012-2014. Các đơn vị đã thực hiện đúng định hướng tuyên truyền."
    )
    assert line["event_type"] == "meeting"
    assert (line["period_start"], line["period_end"]) == (2012, 2014)


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
