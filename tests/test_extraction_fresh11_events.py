"""Classes of real reporting the extractor misread on the eleventh fresh round (issue 11: material the rules were
not written on): event detection, type, period and date. Each is reproduced in sentences of our own and run through
the whole article pipeline, as `phoihop extract` runs it."""

from __future__ import annotations

from tests.extraction import extract_text


def test_a_school_year_of_work_under_review_is_no_period():
    # two provincial departments review their joint school-security work of a school year and set out the next
    text = (
        "Sáng 12-10, Sở Giáo dục và Đào tạo tỉnh phối hợp Công an tỉnh tổ chức sơ kết công tác bảo đảm an ninh "
        "trường học năm học 2020-2021, triển khai nhiệm vụ năm học 2021-2022.\n"
        "Trong năm học qua, hai ngành đã phối hợp chặt chẽ trong việc tuyên truyền pháp luật cho học sinh."
    )
    record = extract_text(text)
    assert record["event_type"] == "meeting"
    assert (record["period_start"], record["period_end"]) == (None, None)


def test_a_pledge_for_a_school_year_keeps_its_period():
    # the school year is what the pledge is signed for: its period
    text = (
        "Ngày 5/10/2021, Khối thi đua các trường học của huyện tổ chức hội nghị và ký kết giao ước thi đua năm học "
        "2021-2022 giữa các đơn vị trong khối."
    )
    record = extract_text(text)
    assert (record["period_start"], record["period_end"]) == (2021, 2022)


def test_a_period_written_with_months_at_both_ends_after_a_dash():
    # "giai đoạn tháng 10.2023 - 8.2024": the end year carries its month, as the start's does
    text = (
        "Chiều 20.10, Đoàn Thanh niên Công an tỉnh tổ chức hội nghị ký kết giao ước thi đua giữa các cụm đoàn cơ "
        "sở giai đoạn tháng 10.2023 - 8.2024.\n"
        "Các cụm cam kết thực hiện tốt các phần việc thanh niên trong năm."
    )
    record = extract_text(text, url="https://baotinh.vn/202310/ky-ket-giao-uoc-thi-dua-123.html")
    assert (record["period_start"], record["period_end"]) == (2023, 2024)


def test_a_span_of_work_from_month_to_month_stays_no_period():
    # "từ tháng 11/2018 đến tháng 5/2019": the months a briefing looks back on
    text = (
        "Ngày 20/6, Cụm an ninh liên hoàn khu vực giáp ranh hai huyện A và B tổ chức giao ban từ tháng 11/2018 "
        "đến tháng 5/2019.\n"
        "Các xã giáp ranh đã thực hiện tốt quy chế phối hợp bảo đảm an ninh trật tự."
    )
    record = extract_text(text)
    assert (record["period_start"], record["period_end"]) == (None, None)


def test_a_signing_within_a_ministries_plan_keeps_the_year_it_signs_for():
    # the lead signs a program for a year; the next paragraph names the national plan it lies within, with its range
    text = (
        "Sáng 10/4, Công an huyện A phối hợp với trường THCS B tổ chức Lễ ký kết chương trình phối hợp thực hiện "
        "mô hình cổng trường an toàn giao thông năm 2024.\n"
        "Hoạt động ký kết lần này nằm trong kế hoạch phối hợp giữa Bộ Công an và Bộ Giáo dục và Đào tạo về tuyên "
        "truyền pháp luật trật tự an toàn giao thông giai đoạn 2023-2025."
    )
    record = extract_text(text, url="https://congan.tinh.gov.vn/2024/04/ky-ket-cong-truong-an-toan-1.html")
    assert record["event_type"] == "agreement"
    assert (record["period_start"], record["period_end"]) == (2024, 2024)


def test_a_clusters_conference_that_signs_under_a_signing_title_is_a_meeting():
    # the title tells the signing; the lead tells the cluster's conference at which it was signed
    text = (
        "Công đoàn ngành X ký quy chế phối hợp với các tỉnh miền Trung\n"
        "Ngày 12/11/2019, tại thành phố A, Công đoàn ngành X cùng Liên đoàn Lao động 6 tỉnh miền Trung tổ chức Hội "
        "nghị Cụm thi đua năm 2019 và ký quy chế phối hợp chăm lo cho đoàn viên.\n"
        "Hội nghị đã thảo luận phương hướng hoạt động của cụm thi đua trong thời gian tới."
    )
    assert extract_text(text)["event_type"] == "meeting"


def test_a_venue_written_as_its_commune_alone_gives_the_host_province():
    # a central unit with two provinces' associations, met "tại đặc khu Phú Quốc" (a commune-level unit since 2025)
    text = (
        "Phát huy vai trò cựu chiến binh trong bảo vệ chủ quyền biển, đảo\n"
        "Sáng 20/1/2026, tại đặc khu Phú Quốc, Bộ Tư lệnh Vùng 5 Hải quân phối hợp với Hội Cựu chiến binh tỉnh An "
        "Giang, Cà Mau tổ chức Hội nghị sơ kết công tác phối hợp tuyên truyền biển, đảo năm 2025.\n"
        "Các đơn vị đã phối hợp tổ chức nhiều hoạt động tuyên truyền cho hội viên."
    )
    record = extract_text(text, url="https://tintuc-tonghop.vn/tin/phat-huy-vai-tro-cuu-chien-binh-123.html")
    assert record["province"] == "An Giang"


def test_a_units_own_staff_conference_that_signs_its_pledge_is_no_event():
    # a school's union and its management hold the staff conference; the pledge signed there is the school's own
    text = (
        "Chiều 15/11/2023, Công đoàn cơ sở Trường Tiểu học A phối hợp với chính quyền nhà trường tổ chức Hội nghị "
        "viên chức - người lao động năm học 2023-2024.\n"
        "Hội nghị đã nghe báo cáo tổng kết năm học trước và phương hướng nhiệm vụ năm học mới.\n"
        "Kết thúc hội nghị, Hiệu trưởng và Chủ tịch công đoàn đã ký kết giao ước thi đua tập thể."
    )
    assert extract_text(text)["is_event"] is False


def test_a_councils_secretary_group_is_no_signing():
    # "Tổ Thư ký" beside "quy chế hoạt động": a secretary, not a signing verb near a regulation
    text = (
        "Sáng 3-11, Phó Chủ tịch UBND tỉnh chủ trì phiên họp đầu tiên của Hội đồng phối hợp phổ biến, giáo dục "
        "pháp luật tỉnh để triển khai nhiệm vụ những tháng cuối năm.\n"
        "Tại phiên họp, lãnh đạo Sở Tư pháp công bố các quyết định ban hành quy chế hoạt động của Hội đồng và "
        "thành lập Tổ Thư ký giúp việc Hội đồng.\n"
        "Các thành viên đã thảo luận kế hoạch kiểm tra công tác phổ biến pháp luật trên địa bàn tỉnh."
    )
    assert extract_text(text)["is_event"] is False


def test_a_slug_naming_one_forces_own_year_end_review_is_no_event():
    # no title; the address names the review of one commune force's own work, the lead only says it works with others
    text = (
        "Trong năm 2025, lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở xã A đã phối hợp chặt chẽ với Công an "
        "xã và các ban, ngành trong công tác nắm tình hình, tuần tra bảo đảm an ninh trật tự.\n"
        "Hội nghị đã đánh giá kết quả đạt được và đề ra phương hướng, nhiệm vụ năm 2026."
    )
    url = "https://congan.tinh.gov.vn/tin-bai/hoi-nghi-tong-ket-hoat-dong-cua-luc-luong-bao-ve-antt-xa-a-nam-2025"
    assert extract_text(text, url=url)["is_event"] is False


def test_a_slug_naming_a_holiday_program_is_no_signing():
    # "ky-nghi-hong" is "kỳ nghỉ hồng" (a summer holiday program), folded as "ký" is; the text tells a co-organised talk
    text = (
        "Sáng 20/6/2023, tại trường THPT A, Huyện đoàn phối hợp với Công an huyện tổ chức buổi nói chuyện tuyên "
        "truyền phòng, chống ma túy cho hơn 150 đoàn viên, học sinh.\n"
        "Báo cáo viên đã truyền đạt nội dung Luật Phòng, chống ma túy và tác hại của ma túy."
    )
    url = "https://tuoitretinh.vn/huyen-a-to-chuc-chuong-trinh-ky-nghi-hong-nam-2023"
    assert extract_text(text, url=url)["is_event"] is False


def test_a_slug_signing_a_joint_resolution_stays_a_signing():
    text = (
        "Chiều 5/3/2024, Hội Nông dân tỉnh và Sở Nông nghiệp tỉnh ký kết nghị quyết liên tịch về phối hợp hỗ trợ "
        "nông dân phát triển sản xuất giai đoạn 2024-2028."
    )
    url = "https://baotinh.vn/ky-ket-nghi-quyet-lien-tich-ho-tro-nong-dan-123.html"
    assert extract_text(text, url=url)["event_type"] == "agreement"
