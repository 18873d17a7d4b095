"""Classes of real reporting the extractor misread on the fourteenth fresh round (issue 11: material the rules were
not written on). Each is reproduced in sentences of our own and run through the whole article pipeline, as
`phoihop extract` runs it."""

from __future__ import annotations

from tests.extraction import extract_text


def test_going_back_to_a_bodys_own_review_by_its_bare_word_tells_no_joint_review():
    # one association's own year-end review; a later "Tại buổi lễ tổng kết," only says what was done there, and the
    # lead's word of joint loans does not make the review joint work
    text = (
        "(ABC) Sáng 20-1, Hội Cựu chiến binh tỉnh đã tổ chức tổng kết công tác hội năm 2019.\n"
        "Năm 2019, các cấp hội đã phối hợp với Ngân hàng Chính sách xã hội giải ngân 300 tỷ đồng cho hội viên vay.\n"
        "Các tập thể có thành tích xuất sắc được tuyên dương\n"
        "Tại buổi lễ tổng kết, Hội Cựu chiến binh tỉnh đã trao bằng khen cho 40 tập thể, cá nhân."
    )
    assert extract_text(text)["is_event"] is False


def test_a_lead_that_opens_at_a_named_joint_review_still_tells_it():
    text = (
        "Tại hội nghị sơ kết 3 năm thực hiện chương trình phối hợp giữa Hội Cựu chiến binh tỉnh và Công an tỉnh, "
        "sáng 20/3/2020, hai bên thống nhất nhiệm vụ thời gian tới."
    )
    record = extract_text(text)
    assert record["is_event"] is True
    assert record["event_type"] == "meeting"


def test_a_congress_whose_resolution_is_carried_out_is_no_look_alike_event():
    text = (
        "Tỉnh Đoàn A và Thành Đoàn B: Tổ chức kết nghĩa trong công tác Đoàn\n"
        "Thực hiện Nghị quyết Đại hội Đoàn toàn quốc lần thứ X, sáng 8-5-2015, tại Nhà Văn hóa Thanh niên tỉnh A, "
        "Tỉnh Đoàn A và Thành Đoàn B tổ chức lễ kết nghĩa và ký biên bản ghi nhớ hợp tác giai đoạn 2015-2020."
    )
    record = extract_text(text)
    assert record["is_event"] is True
    assert record["event_type"] == "agreement"


def test_a_congress_told_as_the_event_stays_a_look_alike():
    text = (
        "Đại hội Đoàn tỉnh A lần thứ XV\n"
        "Sáng 8-5-2015, Đại hội đại biểu Đoàn tỉnh A lần thứ XV khai mạc; Tỉnh Đoàn A và Thành Đoàn B ký kết "
        "chương trình phối hợp tại đại hội."
    )
    assert extract_text(text)["is_event"] is False


def test_a_briefing_held_with_another_kind_of_body_is_a_meeting():
    text = (
        "Thường trực HĐND tỉnh giao ban quý II/2023\n"
        "Ngày 18/7, đồng chí Chủ tịch HĐND tỉnh A đã chủ trì buổi giao ban quý II/2023 với Mặt trận và các tổ chức "
        "chính trị - xã hội của tỉnh."
    )
    record = extract_text(text)
    assert record["is_event"] is True
    assert record["event_type"] == "meeting"


def test_a_briefing_with_a_bodys_own_lower_levels_is_no_event():
    text = (
        "Hội Kế hoạch hóa gia đình tỉnh giao ban quý II\n"
        "Ngày 18/7/2023, Hội Kế hoạch hóa gia đình tỉnh tổ chức Hội nghị giao ban quý II với các huyện, thị, thành hội."
    )
    assert extract_text(text)["is_event"] is False


def test_a_department_asking_schools_to_review_their_signings_is_a_directive():
    text = (
        "Các trường phối hợp với công an phường\n"
        "Theo lãnh đạo Sở GD-ĐT tỉnh A, Sở yêu cầu các trường học tiếp tục rà soát việc tổ chức ký kết quy chế phối "
        "hợp với công an địa phương, theo quy chế giữa Sở và Công an tỉnh."
    )
    assert extract_text(text)["is_event"] is False


def test_a_signing_done_at_a_directors_request_is_still_told():
    text = (
        "Sở GD-ĐT và Công an tỉnh ký kết quy chế phối hợp\n"
        "Thực hiện chỉ đạo của UBND tỉnh, sáng 4/10/2023, Sở GD-ĐT và Công an tỉnh A tổ chức ký kết quy chế phối hợp "
        "bảo đảm an ninh trường học."
    )
    assert extract_text(text)["event_type"] == "agreement"


def test_a_years_figures_from_a_compilation_tell_no_signing():
    text = (
        "Theo tập hợp của 2 ngành, năm 2016 Hội Nông dân tỉnh đã chỉ đạo Hội Nông dân các huyện ký kết liên tịch với "
        "công an chương trình phối hợp phòng chống tội phạm giai đoạn 2016 - 2020.\n"
        "Năm 2016, nông dân đã cung cấp cho công an 800 tin báo về tội phạm."
    )
    assert extract_text(text)["is_event"] is False


def test_one_bodys_review_of_its_part_in_a_national_program_is_no_joint_review():
    # the page's address is its only title: the association reviews its part in a national program
    text = (
        "Đọc báo cáo tổng kết 10 năm, Phó Chủ tịch Hội Cựu chiến binh tỉnh cho biết hội viên đã báo cho công an "
        "3.000 nguồn tin về tội phạm, tham gia 1.200 tổ an ninh cơ sở, cảm hóa giáo dục 150 đối tượng vi phạm pháp "
        "luật, góp phần giữ vững an ninh trật tự ở các thôn, xóm trong toàn tỉnh suốt thời gian qua.\n\nPV"
    )
    url = "http://hoiccb.example.vn/hoi-ccb-tinh-a-tong-ket-chuong-trinh-quoc-gia-phong-chong-toi-pham-12-05-2011/"
    assert extract_text(text, url)["is_event"] is False


def test_one_bodys_two_level_briefing_is_no_joint_meeting():
    # the province's procuracy with its district procuracies; the text drops a word of the meeting's name, the page's
    # address writes it whole
    text = (
        "Sáng ngày 12/10/2022, Viện kiểm sát nhân dân tỉnh A tổ chức Hội nghị giao hai cấp Quý III/2022. Hội nghị "
        "được tổ chức trực tuyến đến 8 điểm cầu Viện kiểm sát nhân dân cấp huyện. Dự có Viện trưởng, các Phó Viện "
        "trưởng và Viện trưởng cấp huyện.\n"
        "Quý III, Viện kiểm sát hai cấp đã phối hợp chặt chẽ với cơ quan điều tra trong giải quyết các vụ án."
    )
    url = (
        "https://vksa.example.vn/bai-viet/vien-kiem-sat-nhan-dan-tinh-a-to-chuc-hoi-nghi-giao-ban-hai-cap-quy-iii-2022"
    )
    assert extract_text(text, url)["is_event"] is False


def test_a_college_signing_with_companies_is_a_business_contract():
    text = (
        "Trường Cao đẳng Kỹ thuật A ký hợp tác với 12 doanh nghiệp\n"
        "(ABC) - Ngày 20-9-2024, Trường Cao đẳng Kỹ thuật A tổ chức hội nghị triển khai nhiệm vụ năm học mới, ký hợp "
        "tác với 12 doanh nghiệp trên địa bàn."
    )
    assert extract_text(text)["is_event"] is False


def test_a_signing_with_the_business_association_is_still_told():
    text = (
        "Hội Nông dân tỉnh A ký kết chương trình phối hợp với Hiệp hội Doanh nghiệp tỉnh\n"
        "Sáng 20/9/2024, Hội Nông dân tỉnh A ký kết chương trình phối hợp với Hiệp hội Doanh nghiệp tỉnh giai đoạn "
        "2024-2029."
    )
    assert extract_text(text)["event_type"] == "agreement"
