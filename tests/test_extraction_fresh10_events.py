"""Classes of real reporting the extractor misread on the tenth fresh round (issue 11: material the rules were not
written on): event detection, type, period and date. Each is reproduced in sentences of our own and run through the
whole article pipeline, as `phoihop extract` runs it."""

from __future__ import annotations

from tests.extraction import extract_text


def test_a_two_day_meeting_written_with_a_comma_opened_on_its_first_day():
    # "Trong 2 ngày, 8 và 9/12": the span after a comma, the byline's stamp of the second day below it
    text = (
        "Cụm thi đua số 3 Hội Nông dân các tỉnh miền núi triển khai nhiệm vụ năm 2025\n"
        "Trong 2 ngày, 15 và 16/12, tại thành phố Lào Cai, Cụm thi đua số 3 Hội Nông dân các tỉnh miền núi đã tổ "
        "chức hội nghị giao ban tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.\n"
        "Minh Hà\n"
        "16/12/2024 20:10\n"
        "Năm 2024, các tỉnh trong cụm đã phối hợp tổ chức nhiều hoạt động hỗ trợ hội viên phát triển sản xuất."
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
        "Sau 5 năm triển khai Chương trình phối hợp giữa Công an tỉnh và Hội Nông dân tỉnh về bảo vệ an ninh nông "
        "thôn, dưới sự lãnh đạo của các cấp ủy Đảng, chính quyền và sự vào cuộc của các ban, ngành, đoàn thể, trong "
        "đó lực lượng công an và các cấp Hội đóng vai trò nòng cốt, phong trào toàn dân bảo vệ an ninh Tổ quốc ở "
        "nông thôn đã được củng cố và ngày càng phát triển sâu rộng.\n"
        "Nhận thức của hội viên về pháp luật được nâng lên, nhiều mô hình tự quản được nhân rộng trong toàn tỉnh.\n"
        "Giám đốc Công an tỉnh và Chủ tịch Hội Nông dân tỉnh ký kết chương trình phối hợp giai đoạn 2019- 2024.\n"
        "Tổng kết 5 năm thực hiện Chương trình phối hợp về bảo vệ an ninh nông thôn giai đoạn 2014- 2018, có 20 tập "
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
        "Bệnh viện Trung ương hợp tác chuyên môn với tỉnh Quảng Bình\n"
        "Ngày 19/5/2023, Bệnh viện Trung ương và Ủy ban nhân dân tỉnh Quảng Bình đã ký kết hợp tác chuyên môn về y "
        "tế. Đây là bước đầu để thực hiện Đề án bệnh viện vệ tinh của Bộ Y tế giai đoạn 2025-2030, chuyển giao kỹ "
        "thuật cho tuyến tỉnh."
    )
    record = extract_text(text)
    assert record["event_type"] == "agreement"
    assert (record["period_start"], record["period_end"]) == (None, None)


def test_a_pledge_signed_for_the_year_under_review_is_what_is_reviewed_not_a_period():
    # ruling 5: "Tổng kết phong trào thi đua ... năm 2024", the cluster having signed the pledge of 2024 at its start
    text = (
        "Cụm thi đua số 5 tổng kết phong trào thi đua “Vì an ninh Tổ quốc” năm 2024\n"
        "Theo đó, hưởng ứng phong trào thi đua “Vì an ninh Tổ quốc” năm 2024 do Bộ Công an phát động, cụm 5 đã tổ "
        "chức ký kết giao ước thi đua “Vì an ninh Tổ quốc” năm 2024, đồng thời ban hành quy chế hoạt động của cụm.\n"
        "Các phong trào thi đua do Bộ Công an phát động được công an các tỉnh trong cụm hưởng ứng có hiệu quả."
    )
    record = extract_text(text)
    assert record["event_type"] == "meeting"
    assert (record["period_start"], record["period_end"]) == (None, None)


def test_a_meeting_of_the_leaders_of_one_procedures_sectors_is_a_meeting():
    # "họp Lãnh đạo liên ngành tư pháp tỉnh": the investigating police, the procuracy and the court meet together
    text = (
        "Ngày 12 tháng 4 năm 2024, tại Hội trường Viện kiểm sát nhân dân tỉnh Sóc Trăng tiến hành họp Lãnh đạo liên "
        "ngành tư pháp tỉnh Sóc Trăng gồm: Cơ quan Cảnh sát điều tra, Viện kiểm sát nhân dân và Tòa án nhân dân tỉnh "
        "để giải quyết các vụ án còn khó khăn, vướng mắc.\n"
        "Tham dự cuộc họp có lãnh đạo các cơ quan tiến hành tố tụng hai cấp."
    )
    record = extract_text(text)
    assert record["is_event"] and record["event_type"] == "meeting"
    assert record["event_date"] == "2024-04-12"


def test_a_joint_delegation_checking_how_a_joint_program_is_carried_out_is_a_meeting():
    # ruling 20: the coordinating bodies' joint delegation inspects the program where it is carried out
    text = (
        "Chiều 12/8/2024, đoàn công tác của Ban Dân vận Trung ương và Bộ Quốc phòng do Thiếu tướng Trần Văn Hải làm "
        "trưởng đoàn, kiểm tra việc thực hiện chương trình phối hợp công tác dân vận năm 2024 tại huyện Kỳ Anh. Dự "
        "buổi làm việc có lãnh đạo Bộ Chỉ huy Quân sự tỉnh và đại diện các ban, ngành liên quan."
    )
    record = extract_text(text)
    assert record["is_event"] and record["event_type"] == "meeting"
    assert record["level"] == "central"


def test_an_inspection_of_the_coordination_decree_by_two_ministries_delegation_is_a_meeting():
    # ruling 20: "Đoàn công tác liên ngành ... kiểm tra kết quả thực hiện Nghị định số 03" in the title
    text = (
        "Đoàn công tác liên ngành kiểm tra kết quả thực hiện Nghị định số 03 của Chính phủ tại Nghệ An\n"
        "Ngày 5/11/2024, đoàn công tác liên ngành của Bộ Quốc phòng – Bộ Công an đã về kiểm tra kết quả công tác "
        "phối hợp thực hiện nhiệm vụ theo Nghị định số 03/2019/NĐ-CP của Chính phủ giữa 3 lực lượng Quân sự, Công an, "
        "Biên phòng tại tỉnh Nghệ An."
    )
    record = extract_text(text)
    assert record["is_event"] and record["event_type"] == "meeting"


def test_an_emulation_zones_bodies_signing_their_pledge_meet():
    # "khu vực thi đua": a sector's provincial bodies grouped as a zone, signing its pledge, as a cluster does
    text = (
        "Năm nay, ông Trần Văn Minh, Giám đốc Sở Tư pháp tỉnh Cần Thơ, là trưởng khu vực thi đua. Sở Tư pháp và "
        "Cục Thi hành án dân sự các tỉnh thuộc khu vực thi đua miền Tây Nam Bộ đã thống nhất ký kết giao ước thi "
        "đua, phấn đấu đạt và vượt sáu chỉ tiêu.\n"
        "Phát biểu tại hội nghị, Thứ trưởng Bộ Tư pháp đề nghị các đơn vị tiếp tục kiện toàn đội ngũ làm công tác "
        "thi đua, khen thưởng."
    )
    record = extract_text(text)
    assert record["is_event"] and record["event_type"] == "meeting"


def test_a_signing_after_the_years_of_work_it_renews_are_reviewed_is_a_meeting():
    # no title, no ceremony told: the old signing, "3 năm qua, ..." its results, then "Tại hội nghị, ... đã ký"
    text = (
        "Trên cơ sở nghị định, Sư đoàn 9 cùng công an các tỉnh: Đắk Lắk, Đắk Nông đã ký các quy chế phối hợp bảo đảm "
        "an ninh, trật tự trên địa bàn đóng quân. 3 năm qua, các đơn vị trên đã quán triệt và triển khai thực hiện "
        "quy chế đạt hiệu quả thiết thực, phối hợp tuần tra, canh gác trong các ngày lễ, tết. Tại hội nghị, đại "
        "diện lãnh đạo Sư đoàn 9, công an các tỉnh Đắk Lắk, Đắk Nông đã ký Quy chế phối hợp theo Nghị định số "
        "03/2019/NĐ-CP của Chính phủ."
    )
    record = extract_text(text)
    assert record["is_event"] and record["event_type"] == "meeting"


def test_a_signing_ceremony_that_recalls_the_last_programs_years_stays_a_signing():
    # the lead tells the ceremony ("tổ chức lễ ký kết"); "Qua 2 năm triển khai, ..." below recalls what came of it
    text = (
        "Ngày 3/10/2025, Ủy ban MTTQ Việt Nam tỉnh Bạc Liêu và Công an tỉnh tổ chức lễ ký kết chương trình phối hợp "
        "đẩy mạnh phong trào toàn dân bảo vệ an ninh Tổ quốc.\n"
        "Lễ ký kết có sự tham dự của lãnh đạo tỉnh, lực lượng công an và đại diện các tổ chức thành viên.\n"
        "Qua 2 năm triển khai, chương trình phối hợp đã tạo dấu ấn rõ nét với nhiều mô hình được nhân rộng."
    )
    record = extract_text(text)
    assert record["is_event"] and record["event_type"] == "agreement"


def test_a_front_committees_own_session_setting_out_its_action_program_is_no_event():
    # one body reviews its own year ("tổng kết công tác năm 2025") and sets out its own action program for the next
    text = (
        "Kỳ họp thứ 2 - Ủy ban Mặt trận Tổ quốc Việt Nam phường Hòa Bình\n"
        "Chiều ngày 9/01/2026, Ủy ban Mặt trận Tổ quốc Việt Nam phường Hòa Bình đã tổ chức Kỳ họp thứ 2 nhằm tổng kết "
        "công tác năm 2025 và triển khai chương trình hành động năm 2026.\n"
        "Dự kỳ họp có lãnh đạo Đảng ủy, UBND phường và trưởng Ban công tác Mặt trận các tổ dân phố.\n"
        "Tại kỳ họp, các đại biểu đánh giá kết quả công tác Mặt trận năm 2025 và biểu quyết thông qua Nghị quyết kỳ "
        "họp."
    )
    assert not extract_text(text)["is_event"]


def test_an_excerpt_that_opens_on_who_attended_the_signing_reports_a_signing():
    # the excerpt starts after the report of the signing: its guests, then the joint program's content
    text = (
        "Dự và ký kết có các đồng chí lãnh đạo và trưởng, phó các phòng, ban chuyên môn của hai đơn vị.\n"
        "Theo đó, hai bên phối hợp tuyên truyền các chủ trương của Đảng, chính sách, pháp luật của Nhà nước về văn "
        "hóa, thể thao trong công nhân, viên chức, người lao động trên địa bàn tỉnh.\n"
        "Liên đoàn Lao động tỉnh và Sở Văn hóa, Thể thao và Du lịch giao cho các phòng chuyên môn xây dựng kế hoạch, "
        "tổ chức thực hiện chương trình phối hợp."
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
        "Chiều 14/9/2023, đoàn công tác của Ban Dân vận Trung ương và Bộ Công an do Thiếu tướng Lê Văn Nam làm trưởng "
        "đoàn, kiểm tra việc thực hiện chương trình phối hợp công tác dân vận năm 2023 tại TP Vinh. Dự cuộc làm việc "
        "có lãnh đạo Thành ủy Vinh và đại diện các ban, ngành liên quan."
    )
    record = extract_text(text)
    assert record["event_type"] == "meeting" and record["level"] == "central"
    assert record["province"] == "Nghệ An"
