"""Classes of real reporting the extractor misread on the eleventh fresh round (issue 11: material the rules were
not written on): event detection, type, period and date. Each is reproduced in sentences of our own and run through
the whole article pipeline, as `phoihop extract` runs it."""

from __future__ import annotations

from tests.extraction import extract_text


def test_a_school_year_of_work_under_review_is_no_period():
    # two provincial departments review their joint school-security work of a school year and set out the next
    text = (
        "Sáng 12-10, Công an tỉnh phối hợp Sở Giáo dục và Đào tạo tỉnh tổ chức hội nghị sơ kết việc giữ gìn an ninh "
        "trường học năm học 2020-2021 và bàn nhiệm vụ năm học 2021-2022.\n"
        "Suốt năm học vừa rồi, hai bên thường xuyên cùng nhau đưa kiến thức pháp luật đến với học sinh."
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
        "Chiều 20.10, tại hội nghị do Đoàn Thanh niên Công an tỉnh tổ chức, các cụm đoàn cơ sở ký kết giao ước "
        "thi đua giai đoạn tháng 10.2023 - 8.2024.\n"
        "Mỗi cụm hứa hoàn thành những công trình, phần việc của tuổi trẻ."
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
        "Sáng 10/4, trường THCS B và Công an huyện A ký kết chương trình phối hợp xây dựng mô hình cổng trường an "
        "toàn giao thông năm 2024.\n"
        "Việc ký kết thuộc kế hoạch chung của Bộ Công an với Bộ Giáo dục và Đào tạo về đưa kiến thức an toàn "
        "giao thông vào nhà trường giai đoạn 2023-2025."
    )
    record = extract_text(text, url="https://congan.tinh.gov.vn/2024/04/ky-ket-cong-truong-an-toan-1.html")
    assert record["event_type"] == "agreement"
    assert (record["period_start"], record["period_end"]) == (2024, 2024)


def test_a_clusters_conference_that_signs_under_a_signing_title_is_a_meeting():
    # the title tells the signing; the lead tells the cluster's conference at which it was signed
    text = (
        "Sáu tỉnh miền Trung và Công đoàn ngành X ký quy chế phối hợp\n"
        "Ngày 12/11/2019, tại thành phố A, Liên đoàn Lao động 6 tỉnh miền Trung và Công đoàn ngành X tổ chức Hội "
        "nghị Cụm thi đua năm 2019, dịp này các bên ký quy chế phối hợp chăm lo cho người lao động.\n"
        "Đại biểu góp ý vào hướng hoạt động sắp tới của cụm."
    )
    assert extract_text(text)["event_type"] == "meeting"


def test_a_venue_written_as_its_commune_alone_gives_the_host_province():
    # a central unit with two provinces' associations, met "tại đặc khu Phú Quốc" (a commune-level unit since 2025)
    text = (
        "Cựu chiến binh góp sức giữ gìn biển, đảo quê hương\n"
        "Sáng 20/1/2026, tại đặc khu Phú Quốc, Hội Cựu chiến binh tỉnh An Giang, Cà Mau cùng Bộ Tư lệnh Vùng 5 "
        "Hải quân sơ kết một năm phối hợp tuyên truyền về biển, đảo năm 2025.\n"
        "Nhiều buổi nói chuyện về biển, đảo đã được các bên cùng tổ chức cho hội viên."
    )
    record = extract_text(text, url="https://tintuc-tonghop.vn/tin/cuu-chien-binh-gop-suc-giu-gin-bien-dao-123.html")
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
        "Sáng 3-11, Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh họp phiên thứ nhất do Phó Chủ tịch UBND "
        "tỉnh chủ trì, bàn việc các tháng còn lại của năm.\n"
        "Đại diện Sở Tư pháp đọc quyết định ban hành quy chế hoạt động của Hội đồng và quyết định lập Tổ Thư ký "
        "giúp việc.\n"
        "Thành viên Hội đồng cho ý kiến vào kế hoạch đi kiểm tra việc phổ biến pháp luật ở các địa phương."
    )
    assert extract_text(text)["is_event"] is False


def test_a_slug_naming_one_forces_own_year_end_review_is_no_event():
    # no title; the address names the review of one commune force's own work, the lead only says it works with others
    text = (
        "Năm 2025, tổ bảo vệ an ninh, trật tự ở cơ sở của xã A làm tốt việc nắm tình hình và đi tuần, có sự phối "
        "hợp thường xuyên với Công an xã cùng các ban, ngành.\n"
        "Đại biểu nhìn lại những việc đã làm được và thống nhất hướng đi cho năm 2026."
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
