"""Classes of real reporting the extractor misread on the tenth fresh round (issue 11: material the rules were not
written on): event detection, type, period and date. Each is reproduced in sentences of our own and run through the
whole article pipeline, as `phoihop extract` runs it."""

from __future__ import annotations

from tests.extraction import extract_text


def test_a_two_day_meeting_written_with_a_comma_opened_on_its_first_day():
    # "Trong 2 ngày, 8 và 9/12": the span after a comma, the byline's stamp of the second day below it
    text = (
        "Hội Nông dân các tỉnh miền núi giao ban cuối năm tại Lào Cai\n"
        "Trong 2 ngày, 15 và 16/12, Cụm thi đua số 3 Hội Nông dân các tỉnh miền núi họp giao ban tại thành phố "
        "Lào Cai để đánh giá công tác năm 2024 và bàn nhiệm vụ năm 2025.\n"
        "Minh Hà\n"
        "16/12/2024 20:10\n"
        "Trong năm, hội viên các tỉnh được hỗ trợ vốn, giống và kỹ thuật để làm ăn."
    )
    assert extract_text(text)["event_date"] == "2024-12-15"


def test_a_title_dated_in_full_gives_the_year_of_the_leads_day_and_month():
    # "... (20/5/2023)" at the end of the title; the lead says "Trong 2 ngày (19 và 20/5)" with no year
    text = (
        "Bệnh viện Trung ương ký kết hợp tác chuyên môn với hai tỉnh miền Trung (20/5/2023)\n"
        "Trong 2 ngày (19 và 20/5), Bệnh viện Trung ương đã làm việc và ký kết thỏa thuận hợp tác chuyên môn với "
        "Ủy ban nhân dân tỉnh Quảng Bình và Ủy ban nhân dân tỉnh Quảng Trị."
    )
    assert extract_text(text)["event_date"] == "2023-05-19"


def test_a_page_filed_under_a_month_in_its_address_is_dated_to_that_month():
    # "/202104/": the site files the page under its month; the text names no day, only the program's period
    text = (
        "Ủy ban nhân dân tỉnh và Hội Cựu chiến binh tỉnh vừa ban hành Quy chế phối hợp giai đoạn 2021-2025 nhằm "
        "nâng cao hiệu quả công tác chăm lo cho hội viên trên địa bàn tỉnh."
    )
    record = extract_text(text, url="https://baotinh.vn/channel/101/202104/quy-che-phoi-hop-cuu-chien-binh-12345/")
    assert record["event_date"] == "2021-04"


def test_a_review_that_re_signs_takes_the_period_the_body_gives_the_program_reviewed():
    # the lead names no period; a caption signs the new program's, a paragraph below names the one reviewed
    text = (
        "Qua 5 năm, Công an tỉnh và Hội Nông dân tỉnh cùng thực hiện chương trình phối hợp giữ gìn an ninh ở các "
        "xã; với công an và hội nông dân các cấp làm nòng cốt, phong trào toàn dân bảo vệ an ninh Tổ quốc ở vùng "
        "quê vững vàng hơn từng năm.\n"
        "Hội viên hiểu pháp luật hơn, và các tổ tự quản được lập thêm ở nhiều thôn.\n"
        "Lãnh đạo hai ngành ký kết chương trình phối hợp mới, giai đoạn 2019- 2024.\n"
        "Tổng kết 5 năm chương trình phối hợp về bảo vệ an ninh nông thôn giai đoạn 2014- 2018, có 20 tập "
        "thể, cá nhân được tặng Bằng khen."
    )
    # no title: the address's slug names the review
    record = extract_text(
        text, url="https://baocongan.vn/tong-ket-5-nam-thuc-hien-chuong-trinh-bao-ve-an-ninh-nong-thon-123/"
    )
    assert record["event_type"] == "meeting"
    assert (record["period_start"], record["period_end"]) == (2014, 2018)


def test_the_years_of_a_scheme_the_signing_serves_are_not_the_programs_period():
    # "thực hiện Đề án ... giai đoạn 2025-2030": the scheme's years, no program between its name and the range
    text = (
        "Quảng Bình và Bệnh viện Trung ương ký thỏa thuận về chuyên môn y tế\n"
        "Ngày 19/5/2023, Ủy ban nhân dân tỉnh Quảng Bình đã ký kết thỏa thuận hợp tác chuyên môn với Bệnh viện "
        "Trung ương. Việc ký kết là bước đầu để thực hiện Đề án bệnh viện vệ tinh của Bộ Y tế giai đoạn 2025-2030 và đưa kỹ thuật mới "
        "về tuyến tỉnh."
    )
    record = extract_text(text)
    assert record["event_type"] == "agreement"
    assert (record["period_start"], record["period_end"]) == (None, None)


def test_a_pledge_signed_for_the_year_under_review_is_what_is_reviewed_not_a_period():
    # ruling 5: "Tổng kết phong trào thi đua ... năm 2024", the cluster having signed the pledge of 2024 at its start
    text = (
        "Cụm thi đua số 5 tổng kết thi đua “Vì an ninh Tổ quốc” năm 2024\n"
        "Ngay từ đầu năm, các đơn vị của cụm 5 đã cùng ký Giao ước thi đua “Vì an ninh Tổ quốc” năm 2024 và thống "
        "nhất quy chế hoạt động chung.\n"
        "Công an các tỉnh thành viên đều hưởng ứng tích cực những phong trào mà Bộ Công an phát động."
    )
    record = extract_text(text)
    assert record["event_type"] == "meeting"
    assert (record["period_start"], record["period_end"]) == (None, None)


def test_a_meeting_of_the_leaders_of_one_procedures_sectors_is_a_meeting():
    # "họp Lãnh đạo liên ngành tư pháp tỉnh": the investigating police, the procuracy and the court meet together
    text = (
        "Ngày 12 tháng 4 năm 2024, Viện kiểm sát nhân dân tỉnh Sóc Trăng chủ trì cuộc họp Lãnh đạo liên ngành tư "
        "pháp tỉnh, cùng Cơ quan Cảnh sát điều tra và Tòa án nhân dân tỉnh, nhằm tháo gỡ vướng mắc ở một số vụ án.\n"
        "Các cơ quan tố tụng cấp tỉnh và cấp huyện đều cử lãnh đạo đến dự."
    )
    record = extract_text(text)
    assert record["is_event"] and record["event_type"] == "meeting"
    assert record["event_date"] == "2024-04-12"


def test_a_joint_delegation_checking_how_a_joint_program_is_carried_out_is_a_meeting():
    # ruling 20: the coordinating bodies' joint delegation inspects the program where it is carried out
    text = (
        "Chiều 12/8/2024, tại huyện Kỳ Anh, Thiếu tướng Trần Văn Hải dẫn đầu đoàn công tác của Ban Dân vận Trung "
        "ương và Bộ Quốc phòng kiểm tra việc thực hiện Chương trình phối hợp về dân vận năm 2024. Cùng làm việc với "
        "đoàn có Bộ Chỉ huy Quân sự tỉnh và một số sở, ngành."
    )
    record = extract_text(text)
    assert record["is_event"] and record["event_type"] == "meeting"
    assert record["level"] == "central"


def test_an_inspection_of_the_coordination_decree_by_two_ministries_delegation_is_a_meeting():
    # ruling 20: "Đoàn công tác liên ngành ... kiểm tra kết quả thực hiện Nghị định số 03" in the title
    text = (
        "Nghệ An: Đoàn công tác liên ngành hai bộ kiểm tra kết quả thực hiện Nghị định số 03\n"
        "Ngày 5/11/2024, tại tỉnh Nghệ An, đoàn của Bộ Quốc phòng và Bộ Công an làm việc với ba lực lượng Quân sự, "
        "Công an, Biên phòng về việc cùng thực hiện nhiệm vụ theo Nghị định 03/2019/NĐ-CP."
    )
    record = extract_text(text)
    assert record["is_event"] and record["event_type"] == "meeting"


def test_an_emulation_zones_bodies_signing_their_pledge_meet():
    # "khu vực thi đua": a sector's provincial bodies grouped as a zone, signing its pledge, as a cluster does
    text = (
        "Sở Tư pháp tỉnh Cần Thơ giữ vai trò trưởng khu vực thi đua trong năm. Tại hội nghị, Sở Tư pháp và Cục "
        "Thi hành án dân sự các tỉnh trong khu vực thi đua miền Tây Nam Bộ cùng ký giao ước thi đua với sáu chỉ "
        "tiêu.\n"
        "Thứ trưởng Bộ Tư pháp dự và đề nghị các đơn vị củng cố đội ngũ cán bộ thi đua, khen thưởng."
    )
    record = extract_text(text)
    assert record["is_event"] and record["event_type"] == "meeting"


def test_a_signing_after_the_years_of_work_it_renews_are_reviewed_is_a_meeting():
    # no title, no ceremony told: the old signing, "3 năm qua, ..." its results, then "Tại hội nghị, ... đã ký"
    text = (
        "Thực hiện nghị định, Sư đoàn 9 và công an hai tỉnh: Đắk Lắk, Đắk Nông đã ký quy chế phối hợp giữ gìn an "
        "ninh, trật tự nơi đơn vị đóng quân. 3 năm qua, các bên làm đúng quy chế, cùng tuần tra, canh gác dịp lễ, "
        "tết với kết quả tốt. Tại hội nghị, lãnh đạo Sư đoàn 9 và công an hai tỉnh Đắk Lắk, Đắk Nông đã ký Quy chế "
        "phối hợp mới theo Nghị định số 03/2019/NĐ-CP."
    )
    record = extract_text(text)
    assert record["is_event"] and record["event_type"] == "meeting"


def test_a_signing_ceremony_that_recalls_the_last_programs_years_stays_a_signing():
    # the lead tells the ceremony ("tổ chức lễ ký kết"); "Qua 2 năm triển khai, ..." below recalls what came of it
    text = (
        "Ngày 3/10/2025, Công an tỉnh và Ủy ban MTTQ Việt Nam tỉnh Bạc Liêu tổ chức lễ ký kết chương trình phối hợp "
        "về phong trào toàn dân bảo vệ an ninh Tổ quốc.\n"
        "Dự lễ có lãnh đạo tỉnh cùng đại diện các tổ chức thành viên của Mặt trận.\n"
        "Qua 2 năm triển khai, chương trình phối hợp trước để lại nhiều mô hình hay ở cơ sở."
    )
    record = extract_text(text)
    assert record["is_event"] and record["event_type"] == "agreement"


def test_a_front_committees_own_session_setting_out_its_action_program_is_no_event():
    # one body reviews its own year ("tổng kết công tác năm 2025") and sets out its own action program for the next
    text = (
        "Mặt trận phường Hòa Bình họp kỳ thứ 2\n"
        "Ủy ban Mặt trận Tổ quốc Việt Nam phường Hòa Bình chiều 9/01/2026 họp Kỳ họp thứ 2, tổng kết công tác năm "
        "2025, đồng thời đề ra chương trình hành động năm 2026.\n"
        "Các đại biểu nhìn lại kết quả năm qua rồi biểu quyết thông qua Nghị quyết kỳ họp, với sự có mặt của lãnh "
        "đạo Đảng ủy và UBND phường."
    )
    assert not extract_text(text)["is_event"]


def test_an_excerpt_that_opens_on_who_attended_the_signing_reports_a_signing():
    # the excerpt starts after the report of the signing: its guests, then the joint program's content
    text = (
        "Dự và ký kết có lãnh đạo hai đơn vị cùng trưởng, phó các phòng chuyên môn.\n"
        "Theo chương trình, hai bên cùng đưa đường lối của Đảng, pháp luật của Nhà nước về văn hóa, thể thao tới "
        "công nhân, viên chức, người lao động trong tỉnh.\n"
        "Sở Văn hóa, Thể thao và Du lịch và Liên đoàn Lao động tỉnh giao các phòng chuyên môn lập kế hoạch thực "
        "hiện chương trình phối hợp."
    )
    url = "https://congdoan.vn/ldld-tinh/day-manh-hoat-dong-van-hoa-the-thao-trong-cong-nhan-123456.ldo"
    record = extract_text(text, url=url)
    assert record["is_event"] and record["event_type"] == "agreement"


def test_an_excerpt_naming_the_guests_of_a_signing_to_come_is_no_event():
    # the same opening, the signing announced: not one that took place
    text = (
        "Dự và ký kết có các đồng chí lãnh đạo của hai đơn vị.\n"
        "Theo kế hoạch, hai bên sẽ ký kết chương trình phối hợp tuyên truyền vào cuối tháng này."
    )
    assert not extract_text(text)["is_event"]


def test_a_tone_mark_typed_on_the_u_of_uo_is_read_as_the_word_it_spells():
    # "giao ứơc": the mark of "ươ" typed on its first letter; the pledge's year is still its period (ruling 5)
    text = (
        "Ngày 20/8, tại thành phố Quy Nhơn, tỉnh Bình Định, Hội Cựu thanh niên xung phong cụm số 4 đã ký kết giao ứơc "
        "thi đua năm 2024.\n"
        "Tham dự Hội nghị có lãnh đạo Hội Cựu thanh niên xung phong các tỉnh Quảng Ngãi, Phú Yên, Bình Định."
    )
    record = extract_text(text)
    assert record["is_event"] and record["event_type"] == "meeting"
    assert (record["period_start"], record["period_end"]) == (2024, 2024)


def test_a_joint_delegation_of_central_bodies_inspecting_a_program_is_hosted_where_it_inspects():
    # ruling 20: "kiểm tra việc thực hiện chương trình phối hợp ... tại TP Vinh": the inspected place's province
    text = (
        "Chiều 14/9/2023, đoàn công tác của Ban Dân vận Trung ương và Bộ Công an, do Thiếu tướng Lê Văn Nam dẫn đầu, "
        "đã kiểm tra việc thực hiện Chương trình phối hợp về dân vận năm 2023 tại TP Vinh. Tiếp đoàn có lãnh đạo "
        "Thành ủy Vinh cùng một số ban, ngành."
    )
    record = extract_text(text)
    assert record["event_type"] == "meeting" and record["level"] == "central"
    assert record["province"] == "Nghệ An"
