"""Classes of real reporting the extractor misread on the ninth fresh round (issue 11: material the rules were not
written on): event detection, type, date, period and topics. Each is reproduced in sentences of our own and run
through the whole article pipeline, as `phoihop extract` runs it."""

from __future__ import annotations

from tests.extraction import extract_text


def test_a_review_with_a_unit_abroad_named_under_a_split_byline_is_between_countries():
    # ruling 4: the byline and its dateline take the first two lines; the report under them names the unit abroad
    text = (
        "Sơ kết 3 năm chương trình kết nghĩa đồn biên phòng hai bên biên giới\n"
        "Minh An (Thời sự) - Thứ ba, ngày\n"
        "14/06/2022 09:10 GMT+7\n"
        "Hội nghị sơ kết chương trình kết nghĩa giữa các đồn biên phòng đã diễn ra tại tỉnh Lạng Sơn.\n"
        "Sáng 13/6, tại tỉnh Lạng Sơn, Bộ đội Biên phòng hai tỉnh Lạng Sơn và Cao Bằng cùng Tổng đội Công an biên "
        "phòng tỉnh Quảng Tây (Trung Quốc) tổ chức hội nghị sơ kết 3 năm chương trình kết nghĩa."
    )
    assert not extract_text(text)["is_event"]


def test_an_official_letter_citing_an_earlier_signing_as_its_ground_is_no_event():
    # DOMAIN.md: a directive is no event; the title is the letter's number, its first sentence the signing it carries out
    text = (
        "Công văn số 98-CV/BDVT ngày 7/5/2019 về việc hướng dẫn thực hiện Chương trình phối hợp của Ban Dân vận "
        "Tỉnh ủy với Ban cán sự đảng UBND tỉnh\n"
        "Ngày 25/4/2019, Ban Dân vận Tỉnh ủy và Ban cán sự đảng UBND tỉnh đã ký Chương trình phối hợp trong dân vận; "
        "nay Ban Dân vận Tỉnh ủy hướng dẫn các huyện ủy làm những việc dưới đây."
    )
    assert not extract_text(text)["is_event"]


def test_a_regulations_own_text_opening_on_its_legal_grounds_is_no_event():
    # the regulation itself, its preamble naming the bodies that issue it, is a document, not a report of a signing
    text = (
        "Quy chế phối hợp làm việc giữa UBND tỉnh và Ủy ban MTTQ Việt Nam tỉnh\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương năm 2015;\n"
        "Căn cứ Luật Mặt trận Tổ quốc Việt Nam năm 2015;\n"
        "Để tăng cường phối hợp, UBND tỉnh và Ủy ban MTTQ Việt Nam tỉnh thống nhất ban hành Quy chế phối hợp công "
        "tác gồm 5 chương, 20 điều."
    )
    assert not extract_text(text)["is_event"]


def test_a_conference_named_by_its_theme_and_held_within_a_program_is_no_event():
    # a thematic conference co-organised "trong khuôn khổ" a coordination program: as a workshop, not a review of it
    text = (
        "Hội nghị thường niên năm 2023: “Đổi mới sáng tạo trong nghiên cứu khoa học”\n"
        "Ngày 10/10/2023, tại Hà Nội, Bộ Khoa học và Công nghệ phối hợp với Viện Hàn lâm Khoa học xã hội Việt Nam cùng "
        "tổ chức Hội nghị thường niên năm 2023: “Đổi mới sáng tạo trong nghiên cứu khoa học”. Hội nghị được tổ chức "
        "trong khuôn khổ Chương trình phối hợp công tác giữa hai cơ quan."
    )
    assert not extract_text(text)["is_event"]


def test_a_pledge_signed_at_a_dated_launch_conference_told_in_a_caption_is_an_agreement():
    # the lead tells the conference that launches a security-linkage model; the caption under it, its units signing
    text = (
        "Huyện Kim Sơn có thêm mô hình liên kết an ninh ven biển\n"
        "Sáng 12-9, UBND huyện Kim Sơn tổ chức hội nghị triển khai mô hình “Cụm liên kết "
        "giữ gìn an ninh trật tự vùng ven biển” ở xã Kim Đông, có lãnh đạo Công an huyện tham dự.\n"
        "Các đơn vị ký kết giao ước thực hiện mô hình\n"
        "Huyện Kim Sơn có 3 xã ven biển, là địa bàn trọng điểm về an ninh trật tự."
    )
    line = extract_text(text)
    assert line["is_event"]
    assert line["event_type"] == "agreement"


def test_a_working_session_on_how_a_joint_program_is_carried_out_is_a_meeting():
    # "làm việc với ... về chương trình phối hợp số N giữa A và B": a review of joint work (DOMAIN.md)
    text = (
        "Tỉnh Trà Vinh thực hiện tốt chính sách dân tộc\n"
        "Tỉnh quan tâm bảo tồn văn hóa của đồng bào dân tộc thiểu số.\n"
        "Chiều 20/5/2019, Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam đã có buổi làm việc với Ủy ban MTTQ Việt Nam "
        "tỉnh Trà Vinh về chương trình phối hợp số 12 giữa Ủy ban Trung ương MTTQ Việt Nam và Ủy ban Dân tộc."
    )
    line = extract_text(text)
    assert line["is_event"]
    assert line["event_type"] == "meeting"


def test_two_commands_that_issue_a_joint_regulation_sign_it():
    # "A và B vừa ban hành Quy chế phối hợp": a joint regulation of two bodies is signed by both; one body's decision
    # issuing a regulation stays a directive
    joint = extract_text(
        "Phối hợp giữ gìn an ninh vùng biển\n"
        "Bộ Tư lệnh Vùng Cảnh sát biển 2 và Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Nam vừa ban hành Quy chế phối hợp "
        "trong bảo vệ chủ quyền, an ninh các vùng biển."
    )
    assert joint["is_event"] and joint["event_type"] == "agreement"
    decided = extract_text(
        "UBND tỉnh ban hành quy chế phối hợp\n"
        "UBND tỉnh Quảng Nam vừa ký quyết định ban hành Quy chế phối hợp giữa các sở, ngành trong quản lý rừng."
    )
    assert not decided["is_event"]


def test_summing_up_practice_in_a_speech_is_no_review():
    # "tổng kết thực tiễn" (summing up practice) in a speech at a signing does not make it a review meeting
    text = (
        "Tại buổi ký, Phó Bí thư Tỉnh ủy nói về những thế mạnh và hướng đi sắp tới của địa phương. Theo ông, báo chí "
        "đã góp phần không nhỏ vào thành quả chung; ông đề nghị hai cơ quan cùng làm tốt việc tuyên truyền, tổng kết "
        "thực tiễn để xây dựng Đảng bộ tỉnh vững mạnh.\n"
        "Đại diện Ban Tuyên giáo Tỉnh ủy Yên Bái và Tạp chí Tuyên giáo đã ký kết chương trình phối hợp về "
        "tuyên truyền"
    )
    url = (
        "https://yenbaitv.example.vn/le-ky-ket-hop-tac-tuyen-truyen-giua-tinh-uy-yen-bai-va-tap-chi-tuyen-giao-12.html"
    )
    line = extract_text(text, url=url)
    assert line["event_type"] == "agreement"


def test_a_pledge_signed_between_a_body_and_its_units_is_an_agreement_and_a_clusters_a_meeting():
    # DOMAIN.md makes a cluster signing its emulation pledge a meeting; a body that signs one with its own units, no
    # cluster or bloc holding it and nothing reviewed, signs an agreement (the labels of the fresh rounds)
    bodies = extract_text(
        "Hội nghị ký kết giao ước thi đua công tác Hội năm 2025\n"
        "Ngày 18/02/2025, Hội Nông dân huyện Yên Thành tổ chức Hội nghị ký kết giao ước thi đua giữa Hội Nông dân "
        "huyện với Hội Nông dân 30 xã, thị trấn năm 2025."
    )
    assert bodies["event_type"] == "agreement"
    cluster = extract_text(
        "Cụm thi đua số 3 ký kết giao ước thi đua năm 2025\n"
        "Ngày 18/02/2025, Hội Nông dân các tỉnh thuộc Cụm thi đua số 3 tổ chức Hội nghị ký kết giao ước thi đua "
        "năm 2025."
    )
    assert cluster["event_type"] == "meeting"


def test_a_sentence_that_only_cites_the_plan_carried_out_is_not_the_event():
    # "Thực hiện Kế hoạch số N ... về việc chỉ đạo tổng kết ...": the plan's subject names a review; the event is the
    # twinning signed in the next sentence
    text = (
        "Thực hiện Kế hoạch số 12-KH/ĐTN, ngày 5 tháng 12 năm 2023 của Huyện Đoàn Châu Thành về việc chỉ đạo tổng "
        "kết cuộc vận động kết nghĩa giai đoạn 2021 - 2023 và phát động kết nghĩa giai đoạn 2024 - 2026.\n"
        "Sáng ngày 20 tháng 01 năm 2024, tại xã Tân Hòa, hai đơn vị: Xã đoàn Tân Hòa và Đoàn cơ sở Trường THPT "
        "Châu Thành đã ký kết nghĩa giai đoạn 2024 - 2026."
    )
    line = extract_text(text, url="http://tuoitrechauthanh.example.com/4321")
    assert line["event_type"] == "agreement"


def test_a_day_without_a_year_over_the_months_a_briefing_reviews_takes_the_spans_last_year():
    # "giao ban từ tháng 10/2016 đến tháng 6/2017": the briefing is held after the months it reviews
    text = (
        "Ngày 15/8, tại huyện Bảo Lạc, Cụm an ninh giáp ranh 3 huyện Bảo Lạc, Bảo Lâm (Cao Bằng), Mèo Vạc (Hà Giang) "
        "tổ chức giao ban từ tháng 10/2018 đến tháng 6/2019 về thực hiện quy chế phối hợp.\n"
        "Các xã giáp ranh đã thực hiện tốt quy chế phối hợp, trao đổi thông tin kịp thời."
    )
    assert extract_text(text)["event_date"] == "2019-08-15"


def test_a_day_without_a_year_takes_the_year_the_article_names_further_down():
    # the only year of the article stands in a later paragraph ("Nhân dịp Tết Bính Ngọ 2026, ...")
    text = (
        "(GLO)- Sáng 3-2, Ban Quản lý rừng phòng hộ và Hội Nông dân xã Ia Hrú đã tổ chức lễ kết nghĩa với làng Ia "
        "Bia (xã Ia Hrú).\n"
        "Lãnh đạo hai đơn vị và làng Ia Bia tại lễ kết nghĩa.\n"
        "Tại buổi lễ, hai đơn vị đã thông qua kế hoạch phối hợp giúp đỡ làng Ia Bia.\n"
        "Làng Ia Bia có 120 hộ, phần lớn là đồng bào dân tộc thiểu số.\n"
        "Hai đơn vị sẽ thường xuyên phối hợp với xã để giúp đỡ làng phát triển kinh tế.\n"
        "Nhân dịp Tết Bính Ngọ 2026, hai đơn vị tặng 50 suất quà cho các hộ khó khăn."
    )
    assert extract_text(text)["event_date"] == "2026-02-03"


def test_a_briefing_dated_by_nothing_but_its_address_takes_the_year_its_slug_names():
    # DOMAIN.md: the address's path may date the event; here only its slug's "quý II 2018" does, at the year
    text = (
        "Tại hội nghị giao ban 3 lực lượng Công an, Quân sự, Biên phòng tỉnh, các đồng chí đồng chủ trì đánh giá cao "
        "công tác phối hợp giữa 3 lực lượng trong thời gian qua.\n"
        "Kết luận hội nghị, đồng chí chủ trì đề nghị 3 lực lượng tiếp tục phối hợp chặt chẽ."
    )
    line = extract_text(text, url="https://bdbp.example.vn/post/2571/hoi-nghi-giao-ban-3-luc-luong-quy-ii2018.aspx")
    assert line["event_date"] == "2018"


def test_the_pledge_year_a_cluster_reviews_is_no_period():
    # ruling 5: "tổng kết thực hiện giao ước thi đua năm X" looks back on year X; only the tasks of X+1 are set out
    text = (
        "Ngày 2-4, Cụm thi đua các tỉnh Tây Nam bộ họp tại Rạch Giá, tổng kết thực hiện giao ước thi đua năm 2022, "
        "đồng thời bàn phương hướng nhiệm vụ năm 2023.\n"
        "Kinh tế các tỉnh thành viên đều tăng trưởng khá."
    )
    line = extract_text(text)
    assert line["event_type"] == "meeting"
    assert (line["period_start"], line["period_end"]) == (None, None)


def test_the_plan_a_meeting_adopts_for_a_year_is_its_period():
    # ruling 5: a plan the meeting adopts for a stated year has that year as its period, the year reviewed never does
    reviewed = extract_text(
        "Ngày 20-1-2014, tại Hội Cựu chiến binh tỉnh Vĩnh Long, Hội Cựu chiến binh cụm số 9 gồm các tỉnh Vĩnh Long, "
        "Trà Vinh, Sóc Trăng họp tổng kết phong trào thi đua năm 2013 và đề ra kế hoạch thi đua năm 2014."
    )
    assert (reviewed["period_start"], reviewed["period_end"]) == (2014, 2014)
    below = extract_text(
        "Các phường trong khối thi đua họp năm 2025\n"
        "Ngày 10/11/2025, Hội nghị Khối thi đua các phường tỉnh Lào Cai được tổ chức tại phường Bắc Hà.\n"
        "Tám phường nội thị cùng sinh hoạt trong khối này.\n"
        "Tại hội nghị, các phường thống nhất triển khai Kế hoạch hoạt động năm 2025."
    )
    assert (below["period_start"], below["period_end"]) == (2025, 2025)


def test_a_review_that_re_signs_below_without_a_year_takes_the_next_year_its_lead_names():
    # ruling 5 and the labels of a review that re-signs a yearly plan: "sơ kết ... năm 2023 và triển khai ... năm
    # 2024", the plan re-signed further down with no year: the next year's
    text = (
        "Ba tỉnh cùng giữ vững đường biên nơi giáp ranh\n"
        "Bộ Chỉ huy Bộ đội Biên phòng các tỉnh Quảng Bình, Quảng Trị và Thừa Thiên Huế vừa cùng tổ chức Hội nghị sơ "
        "kết hiệp đồng giữ biên giới vùng giáp ranh năm 2023 và triển khai việc hiệp đồng năm 2024 tại Đông Hà.\n"
        "Suốt năm 2023, các đơn vị đã trao đổi tin tức đều đặn.\n"
        "Cuối buổi, ba đơn vị tiếp tục ký kết quy chế hiệp đồng, hứa sẽ gắn bó hơn nữa."
    )
    line = extract_text(text)
    assert line["event_type"] == "meeting"
    assert (line["period_start"], line["period_end"]) == (2024, 2024)


def test_the_periods_of_a_lead_that_only_cites_the_plan_carried_out_are_the_plans():
    # the lead cites the plan (its review of 2021 - 2023 and its launch of 2024 - 2026); the twinning signed in the
    # next paragraph states its own period
    text = (
        "Thực hiện Kế hoạch số 12-KH/ĐTN, ngày 5 tháng 12 năm 2023 của Huyện Đoàn Châu Thành về việc chỉ đạo tổng "
        "kết cuộc vận động kết nghĩa giai đoạn 2020 - 2023 và phát động kết nghĩa giai đoạn 2024 - 2027.\n"
        "Sáng ngày 20 tháng 01 năm 2024, tại xã Tân Hòa, hai đơn vị: Xã đoàn Tân Hòa và Đoàn cơ sở Trường THPT "
        "Châu Thành đã ký kết nghĩa giai đoạn 2024 - 2026."
    )
    line = extract_text(text, url="http://tuoitrechauthanh.example.com/4321")
    assert (line["period_start"], line["period_end"]) == (2024, 2026)


def test_a_signing_without_a_day_keeps_no_date_from_a_history_year_further_down():
    # "Được biết, năm 2022, ..." far below tells what was done before, not when the undated signing took place
    text = (
        "(QNO) - Công an xã An Phú và Công an xã An Lạc (huyện Phú Ninh) vừa ký kết quy chế phối hợp giữ trật tự "
        "ở vùng giáp ranh hai xã.\n"
        "Ảnh: lực lượng hai bên tại buổi ký.\n"
        "Hai bên sẽ báo cho nhau ngay khi có việc bất thường, cùng nắm địa bàn.\n"
        "Những nơi hay xảy ra vụ việc sẽ được kiểm tra thường xuyên hơn.\n"
        "Sau buổi ký, hai đội bóng của hai xã giao hữu.\n"
        "Trong năm 2022, hai xã phát hiện tổng cộng 3 vụ vi phạm."
    )
    assert extract_text(text)["event_date"] is None


def test_a_councils_and_committees_regulation_with_the_state_audit_office_is_about_the_economy():
    # the province's council and committee have no field of their own; the state audit office after them has one
    line = extract_text(
        "Chiều 28/12/2012, tại TP Thanh Hóa, Phó Chủ tịch HĐND tỉnh và Phó Chủ tịch UBND tỉnh Thanh Hóa đã ký quy "
        "chế phối hợp giữa HĐND, UBND tỉnh Thanh Hóa với Kiểm toán Nhà nước khu vực 11."
    )
    assert line["event_type"] == "agreement"
    assert line["topics"][0] == "kinh_te"


def test_the_front_with_the_social_policy_bank_is_about_social_welfare():
    # the social policy bank lends to the poor and the families of policy: social welfare, the Front's mobilising after it
    line = extract_text(
        "Ký kết chương trình phối hợp giữa Ủy ban MTTQ Việt Nam tỉnh Bến Tre và Ngân hàng Chính sách xã hội chi nhánh "
        "tỉnh Bến Tre\n"
        "Chiều 5/6/2023, Ngân hàng Chính sách xã hội chi nhánh tỉnh Bến Tre và Ban Thường trực Ủy ban MTTQ Việt Nam "
        "tỉnh Bến Tre ký kết chương trình phối hợp."
    )
    assert line["topics"][0] == "xa_hoi"
