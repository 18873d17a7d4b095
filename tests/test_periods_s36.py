"""Periods on classes of real reporting the extractor misread (session 36): a pledge carried out or registered is no
signing at the meeting, a year a sentence opens on to tell the work done in it is the year under review, and what a
meeting adopts, deploys or signs for a year is that year's. Each shape is written in sentences of our own and run
through the whole article pipeline (ruling 5: the year under review is never a period)."""

from __future__ import annotations

from tests.extraction import extract_text


def test_a_pledge_registered_below_a_review_signs_nothing_for_the_next_year():
    # "bản đăng ký giao ước thi đua" is the units' registration the year reviewed was measured by, not a pledge the
    # meeting signs for the year it sets out
    line = extract_text(
        "Khối thi đua số 5 tổng kết công tác thi đua năm 2021\n\n"
        "Chiều 20/12, Khối thi đua số 5 gồm các sở ngành kinh tế của tỉnh họp tổng kết công tác thi đua năm 2021; "
        "triển khai phương hướng, nhiệm vụ năm 2022.\n\n"
        "Cả năm, các sở trong Khối hoàn thành và vượt phần lớn chỉ tiêu theo bản đăng ký giao ước thi đua đầu năm."
    )
    assert line["event_type"] == "meeting"
    assert (line["period_start"], line["period_end"]) == (None, None)


def test_the_content_of_a_pledge_carried_out_is_no_signing_at_the_review():
    # the pledge signed a year ago, named as what the units carried out, gives the review no period
    line = extract_text(
        "Hội Nông dân các tỉnh Cụm thi đua số 2 tổng kết năm 2021\n\n"
        "Ngày 15/12, Hội Nông dân các tỉnh Cụm thi đua số 2 tổ chức hội nghị tổng kết năm 2021 và bàn nhiệm vụ "
        "năm 2022.\n\n"
        "Thực hiện chỉ đạo của Trung ương Hội và nội dung ký kết giao ước thi đua của Cụm năm 2022, các tỉnh trong "
        "Cụm đã bám sát nhiệm vụ được giao."
    )
    assert line["event_type"] == "meeting"
    assert (line["period_start"], line["period_end"]) == (None, None)


def test_a_year_a_sentence_opens_on_to_tell_the_work_done_is_under_review():
    # "Năm 2021, Cụm ... đã triển khai tốt nội dung ký kết giao ước thi đua": what the year under review did
    line = extract_text(
        "Cụm thi đua số 6 Thanh tra các tỉnh họp tổng kết\n\n"
        "Năm 2021, Cụm thi đua số 6 gồm Thanh tra 6 tỉnh đã triển khai tốt nội dung ký kết giao ước thi đua, chấm "
        "điểm chéo và bình xét thi đua đúng hạn.\n\n"
        "Hội nghị có đại diện Thanh tra Chính phủ tham dự."
    )
    assert line["event_type"] == "meeting"
    assert (line["period_start"], line["period_end"]) == (None, None)


def test_a_year_opening_a_sentence_of_work_done_is_no_period_beside_an_earlier_signing():
    # the lead tells regulations signed years ago, then opens a sentence on the year the work was done in
    line = extract_text(
        "Biên phòng và các tỉnh ủy phía bắc rút kinh nghiệm quy chế phối hợp\n\n"
        "Tại Hà Giang, Đảng ủy Bộ đội Biên phòng vừa tổ chức hội nghị rút kinh nghiệm thực hiện quy chế phối hợp với "
        "các tỉnh ủy biên giới phía bắc.Năm 2020, Đảng ủy Bộ đội Biên phòng và các tỉnh ủy đã thống nhất chỉ đạo "
        "nhiều nhiệm vụ bảo vệ biên giới. Đến nay, đã có 40 huyện ủy biên giới ký quy chế phối hợp với đồn biên "
        "phòng.\n\n"
        "Hội nghị đề nghị tiếp tục nâng cao chất lượng phối hợp."
    )
    assert line["event_type"] == "meeting"
    assert (line["period_start"], line["period_end"]) == (None, None)


def test_a_pledge_signing_takes_the_year_of_the_program_it_adopts():
    # the pledge is signed with no year beside it; the block's program adopted at the same meeting names the year
    line = extract_text(
        "Khối thi đua số 7 ký kết giao ước thi đua\n\n"
        "Ngày 12 tháng 3 năm 2023, Hội Luật gia thành phố, Khối trưởng, tổ chức lễ ký kết giao ước thi đua của Khối "
        "thi đua số 7 thuộc Hội đồng Thi đua - Khen thưởng thành phố.\n\n"
        "Sau khi thông qua Chương trình hoạt động của Khối thi đua số 7 năm 2023, lãnh đạo các hội thành viên cùng "
        "ký giao ước."
    )
    assert line["event_type"] == "meeting"
    assert (line["period_start"], line["period_end"]) == (2023, 2023)


def test_a_review_that_sets_out_its_plan_for_the_next_year_takes_that_year():
    # the year reviewed is none; the plan the members set out below it for the next year is the period
    line = extract_text(
        "Khối thi đua số 4 tổng kết công tác thi đua năm 2022\n\n"
        "Sáng 28/12, tại Liên minh Hợp tác xã tỉnh, Khối thi đua số 4 tổ chức hội nghị tổng kết công tác thi đua "
        "năm 2022.\n\n"
        "Hội nghị bàn và đề ra phương hướng, kế hoạch công tác chung các đơn vị Khối 4 trong năm 2023, tập trung "
        "vào các chỉ tiêu phát triển kinh tế tập thể."
    )
    assert line["event_type"] == "meeting"
    assert (line["period_start"], line["period_end"]) == (2023, 2023)


def test_a_review_that_deploys_the_next_years_program_of_action_takes_that_year():
    # a mid-term review of the work under a decree in one year; the action program deployed below is the next year's
    line = extract_text(
        "Sơ kết phối hợp thực hiện nghị định về quốc phòng\n\n"
        "Chiều 20/2, Phó Chủ tịch UBND tỉnh chủ trì hội nghị sơ kết công tác phối hợp giữa Bộ Chỉ huy Quân sự, Công "
        "an và Bộ đội Biên phòng tỉnh thực hiện Nghị định 03/2019 của Chính phủ năm 2023.\n\n"
        "Các lực lượng đã giữ vững an ninh chính trị trên địa bàn. Tại hội nghị, ba lực lượng triển khai chương "
        "trình hành động chung để thực hiện Nghị định 03/2019 năm 2024."
    )
    assert line["event_type"] == "meeting"
    assert (line["period_start"], line["period_end"]) == (2024, 2024)


def test_a_meeting_deploying_a_named_program_for_a_year_takes_that_year():
    # the program's subject in quotes stands between its name and its year
    line = extract_text(
        "Triển khai phối hợp bảo vệ an ninh Tổ quốc\n\n"
        "Sáng 9/3, Ủy ban MTTQ tỉnh phối hợp với Công an tỉnh tổ chức hội nghị triển khai Chương trình phối hợp "
        "của hai ngành với các đoàn thể về “Toàn dân tham gia giữ gìn an ninh trật tự ở khu dân cư” năm 2023.\n\n"
        "Hai bên đồng chủ trì hội nghị, nối trực tuyến đến Công an các huyện."
    )
    assert line["event_type"] == "meeting"
    assert (line["period_start"], line["period_end"]) == (2023, 2023)


def test_a_review_whose_leaders_sign_to_carry_out_the_next_years_tasks_takes_that_year():
    line = extract_text(
        "Quân khu và các tỉnh bàn nhiệm vụ quốc phòng\n\n"
        "Đảng ủy, Bộ Tư lệnh Quân khu 2 tổ chức hội nghị liên tịch với lãnh đạo các tỉnh trên địa bàn, đánh giá kết "
        "quả nhiệm vụ quân sự, quốc phòng năm 2015 và đề ra phương hướng nhiệm vụ năm 2016.\n\n"
        "Năm 2015, công tác giáo dục quốc phòng có nhiều chuyển biến. Hội nghị thống nhất tăng cường phối hợp, kí "
        "kết thực hiện 5 nhiệm vụ quân sự, quốc phòng năm 2016."
    )
    assert line["event_type"] == "meeting"
    assert (line["period_start"], line["period_end"]) == (2016, 2016)


def test_a_plan_for_the_last_months_of_a_year_and_the_next_is_no_single_years():
    line = extract_text(
        "Sơ kết phối hợp giữ an ninh vùng giáp ranh\n\n"
        "Ngày 20-9, UBND xã A tổ chức hội nghị sơ kết công tác giữ an ninh trật tự vùng giáp ranh năm 2022, có Công "
        "an các xã B, C và D tham dự.\n\n"
        "Dịp này, công an các xã đã thông qua kế hoạch giữ an ninh trật tự vùng giáp ranh những tháng cuối năm 2022 "
        "và trong năm 2023."
    )
    assert line["event_type"] == "meeting"
    assert (line["period_start"], line["period_end"]) == (None, None)


def test_a_cluster_of_schools_signing_its_pledge_for_a_school_year_takes_that_year():
    # "thực hiện nhiệm vụ năm học" after the pledge: the schools' year the pledge is for, not work under review
    line = extract_text(
        "Các trường trung học phổ thông của Cụm thi đua số 2 cam kết thi đua\n\n"
        "Mới đây, 5 trường trung học phổ thông của huyện trong Cụm thi đua số 2 của Sở Giáo dục và Đào tạo cùng "
        "ký giao ước thi đua để thực hiện nhiệm vụ năm học 2022 - 2023.\n\n"
        "Các trường cùng hướng tới nâng cao chất lượng dạy và học."
    )
    assert line["event_type"] == "meeting"
    assert (line["period_start"], line["period_end"]) == (2022, 2023)


def test_a_pledges_school_year_in_the_lead_goes_before_the_calendar_year_of_its_title():
    line = extract_text(
        "Khối thi đua các trường cao đẳng ký giao ước thi đua năm 2023\n\n"
        "Chiều 5/10/2023, Trường Cao đẳng Y tế tỉnh, Khối trưởng, tổ chức lễ ký giao ước thi đua năm học 2023 - 2024 "
        "giữa 4 trường cao đẳng trong Khối.\n\n"
        "Các trường thông qua quy chế hoạt động của Khối."
    )
    assert line["event_type"] == "meeting"
    assert (line["period_start"], line["period_end"]) == (2023, 2024)


def test_a_pledge_signed_in_the_lead_takes_the_school_year_its_content_is_signed_for_below():
    line = extract_text(
        "Hội nghị thi đua các khối trường của thành phố\n\n"
        "Sáng ngày 2 tháng 3 năm 2022, Ban Thi đua - Khen thưởng thành phố tổ chức hội nghị triển khai công tác thi "
        "đua và ký kết giao ước thi đua của các cụm, khối.\n\n"
        "Tại hội nghị, 6 trường đại học, cao đẳng trong khối đã ký kết 5 nội dung trọng tâm công tác năm học 2021 – "
        "2022, trong đó có đổi mới quản trị nhà trường."
    )
    assert line["event_type"] == "meeting"
    assert (line["period_start"], line["period_end"]) == (2021, 2022)


def test_the_span_whose_models_a_meeting_honours_is_not_the_period_of_the_pledge_it_signs():
    line = extract_text(
        "Cụm thi đua số 3 Công an thành phố ký giao ước thi đua\n\n"
        "Cụm thi đua số 3 thuộc Công an thành phố vừa tổ chức hội nghị biểu dương các điển hình tiên tiến giai đoạn "
        "2018 - 2023 và ký kết giao ước phong trào thi đua “Vì bình yên phố phường” năm 2023.\n\n"
        "Cụm gồm Công an 6 quận, huyện phía tây thành phố."
    )
    assert line["event_type"] == "meeting"
    assert (line["period_start"], line["period_end"]) == (2023, 2023)


def test_a_program_signed_for_a_year_and_the_years_after_it_has_no_end():
    # "năm 2021 và các năm tiếp theo": open at its end, as "đến năm X" is at its start (ruling 6); the honoured
    # span in the lead is none
    line = extract_text(
        "Mặt trận tỉnh ký kết chương trình phối hợp vận động xây dựng nông thôn mới năm 2021 và các năm tiếp theo\n\n"
        "Chiều 3/6/2021, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị lần thứ ba nhiệm kỳ 2019 – 2024, sơ kết công tác "
        "5 tháng đầu năm 2021 và tôn vinh điển hình tiên tiến giai đoạn 2016-2021.\n\n"
        "Ban Thường trực Ủy ban MTTQ tỉnh và các tổ chức chính trị - xã hội tỉnh ký kết chương trình phối hợp."
    )
    assert (line["period_start"], line["period_end"]) == (2021, None)


def test_family_planning_is_no_plan_whose_year_a_signing_takes():
    # "Kế hoạch hóa gia đình" names the population work, not a plan signed for the year after it
    line = extract_text(
        "Quận 5 triển khai chiến dịch truyền thông dân số năm 2016\n\n"
        "Ngày 12/4/2016, Ủy ban nhân dân quận đã tổ chức hội nghị triển khai chiến dịch tăng cường tuyên truyền, "
        "vận động lồng ghép dịch vụ sức khỏe sinh sản – Kế hoạch hóa gia đình năm 2016.\n\n"
        "Dự hội nghị có thành viên Ban chỉ đạo công tác dân số quận và 15 phường.\n\n"
        "Nhân dịp này, Phòng Y tế quận ký kết hợp đồng liên tịch với Hội Phụ nữ và Quận Đoàn để cùng truyền thông "
        "về dân số trong cộng đồng."
    )
    assert line["event_type"] == "agreement"
    assert line["period_start"] is None and line["period_end"] is None


def test_a_review_counting_its_years_takes_no_longer_range_told_below_of_another_thing():
    # "sơ kết 1 năm thực hiện Quy chế phối hợp": a ten-year range below, of a day's movement, is not the regulation's
    line = extract_text(
        "Phối hợp giữ vững chủ quyền vùng biển\n\n"
        "Đảng ủy Bộ đội Biên phòng tỉnh vừa phối hợp với Huyện ủy hai huyện ven biển tổ chức hội nghị sơ kết 1 năm "
        "thực hiện Quy chế phối hợp.\n\n"
        "Hai huyện ủy đã lãnh đạo việc sơ kết 10 năm thực hiện “Ngày hội Biên phòng toàn dân” giai đoạn 2012 - 2022 "
        "và các hoạt động kỷ niệm ngày truyền thống."
    )
    assert line["event_type"] == "meeting"
    assert (line["period_start"], line["period_end"]) == (None, None)


def test_a_joint_plan_signed_for_a_year_whose_tasks_are_listed_between_semicolons_takes_that_year():
    line = extract_text(
        "Khu vực phòng thủ 3 sẵn sàng cho tuyển quân năm 2025\n\n"
        "Ngày 9-1, Ban Chỉ huy phòng thủ khu vực 3 tổ chức hội nghị hiệp đồng với Công an và Ủy ban nhân dân các xã "
        "về tuyển quân; huấn luyện dân quân và lực lượng dự bị năm 2025.\n\n"
        "Các bên ký biên bản hiệp đồng tuyển quân; huấn luyện, kiểm tra sẵn sàng động viên lực lượng dự bị năm 2025.\n\n"
        "Năm 2024, khu vực đã giao đủ 500 công dân nhập ngũ."
    )
    assert line["is_event"]
    assert (line["period_start"], line["period_end"]) == (2025, 2025)
