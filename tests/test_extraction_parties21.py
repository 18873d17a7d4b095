"""Classes of how real reports name who signs or holds a meeting (issue 11, parties round 21, the seventeenth fresh
round's district and central bodies): each written in sentences of our own and run through the whole article
pipeline (`process`), as `phoihop extract` runs it; scored without the address first, as the product is judged."""

from __future__ import annotations

from tests.extraction import extract_text


def test_district_bodies_written_bare_take_a_district_whose_name_two_provinces_share():
    # the title names the district by a name districts of several provinces bear ("Châu Thành"), the lead names its
    # province right after it; the bodies the lead writes "huyện" alone are that district's (DOMAIN.md: district
    # bodies keep their own place)
    line = extract_text(
        "Giao ban khối nội chính huyện Châu Thành quý III năm 2023\n\n"
        "Sáng 6/10/2023, tại hội trường UBND huyện Châu Thành, tỉnh Tiền Giang, Công an huyện, Viện kiểm sát "
        "nhân dân huyện và Tòa án nhân dân huyện tổ chức hội nghị giao ban đánh giá việc thực hiện quy chế phối "
        "hợp trong quý III.\n\n"
        "Các bên thống nhất tiếp tục trao đổi thông tin về các vụ việc phức tạp."
    )
    assert "Công an huyện Châu Thành" in line["parties"], line["parties"]
    assert "Tòa án nhân dân huyện Châu Thành" in line["parties"], line["parties"]
    assert "Công an huyện" not in line["parties"], line["parties"]


def test_bodies_that_direct_the_work_a_review_tells_are_no_parties():
    # "với sự lãnh đạo, chỉ đạo (chặt chẽ) của A, B, việc thực hiện quy chế giữa C với D ...": A and B direct the
    # work; C and D, whose regulation it is, hold the review (DOMAIN.md: who only directs is no party); the college
    # a national command runs is central (ruling 9)
    line = extract_text(
        "Nhà trường và đồn biên phòng gắn kết trong huấn luyện học viên\n\n"
        "Suốt năm 2024, nhờ sự lãnh đạo, chỉ đạo sát sao của Đảng ủy, Bộ Tư lệnh Quân khu 9, quy chế phối hợp "
        "huấn luyện giữa Trường Cao đẳng Biên phòng với Bộ Chỉ huy Bộ đội Biên phòng tỉnh Kiên Giang mang lại "
        "nhiều kết quả. Ngày 20/12/2024, hai đơn vị tổ chức hội nghị tổng kết năm.\n\n"
        "Hội nghị thống nhất các nội dung phối hợp của năm tới."
    )
    assert "Trường Cao đẳng Biên phòng" in line["parties"], line["parties"]
    assert not any("Bộ Tư lệnh" in p or p.startswith("Đảng ủy") for p in line["parties"]), line["parties"]
    assert line["level"] == "central", line


def test_a_party_committee_written_bare_before_the_command_it_leads_with_is_the_units():
    # "Đảng ủy, Bộ Tư lệnh Quân khu N tổ chức ...": the committee is the military region's ("Đảng ủy Quân khu N"),
    # not a bare "Đảng ủy" nor one of the province (DOMAIN.md: full names); the command is a party beside it
    line = extract_text(
        "Quân khu và các địa phương bàn nhiệm vụ quốc phòng năm mới\n\n"
        "Sáng 8/1/2024, Đảng ủy, Bộ Tư lệnh Quân khu 9 tổ chức hội nghị liên tịch với lãnh đạo các tỉnh trong "
        "địa bàn để kiểm điểm việc thực hiện quy chế phối hợp về nhiệm vụ quốc phòng năm 2023.\n\n"
        "Các bên thống nhất những việc trọng tâm của năm 2024."
    )
    assert "Đảng ủy Quân khu 9" in line["parties"], line["parties"]
    assert "Bộ Tư lệnh Quân khu 9" in line["parties"], line["parties"]
    assert "Đảng ủy" not in line["parties"], line["parties"]


def test_a_steering_committee_keeps_its_long_purpose_up_to_its_district():
    # a steering committee named by a purpose of many words, "xã hội" and "và" inside and its own abbreviation
    # before its place: the name runs to the district ("huyện A"), the abbreviation no part of it (DOMAIN.md:
    # district bodies keep their own place), not cut at "và" and placed in the province
    line = extract_text(
        "Mường Tè nhìn lại một năm giữ yên bình cho các bản vùng biên\n\n"
        "Sáng 3/11/2023, Ban chỉ đạo phòng chống ma túy, tệ nạn xã hội và vận động quần chúng giữ gìn bình yên "
        "làng bản (BCĐ) huyện Mường Tè tổ chức hội nghị tổng kết chương trình phối hợp giữa Công an huyện với "
        "Ủy ban MTTQ Việt Nam huyện giai đoạn 2019 - 2023.\n\n"
        "Hội nghị đề ra các việc phải làm của giai đoạn mới."
    )
    expected = (
        "Ban Chỉ đạo phòng chống ma túy, tệ nạn xã hội và vận động quần chúng giữ gìn bình yên làng bản huyện Mường Tè"
    )
    assert line["parties"] == [expected], line["parties"]


def test_a_body_that_awards_those_honoured_at_the_meeting_is_no_party():
    # "N tập thể được <body> khen thưởng nhân dịp hội nghị ... giữa A với B": the body gives the award, A and B hold
    # the meeting (DOMAIN.md: an award is no coordination; who gives it is no party of the meeting)
    line = extract_text(
        "Tuyên truyền quốc phòng: khen thưởng những cây bút tiêu biểu\n\n"
        "Ngày 14/6/2023, bốn tập thể và bảy cá nhân được UBND tỉnh Bắc Giang khen thưởng nhân dịp hội nghị sơ kết "
        "quy chế phối hợp tuyên truyền giữa Bộ Chỉ huy Quân sự tỉnh Bắc Giang với Báo Bắc Giang.\n\n"
        "Hai bên thống nhất nội dung phối hợp trong năm tới."
    )
    assert "UBND tỉnh Bắc Giang" not in line["parties"], line["parties"]
    assert "Bộ Chỉ huy Quân sự tỉnh Bắc Giang" in line["parties"], line["parties"]


def test_a_department_named_bare_in_the_lead_is_the_one_the_report_names_in_full_below():
    # the lead: "giữa Cục Chính trị với ..."; a paragraph below: "Cục Chính trị Quân khu 3": the party is the
    # department named in full (DOMAIN.md: full names), not the bare head
    line = extract_text(
        "Quân khu và báo chí địa phương cùng tuyên truyền quốc phòng\n\n"
        "Chiều 21/9/2023, tại Hải Phòng, diễn ra hội nghị sơ kết quy chế phối hợp tuyên truyền giữa Cục Chính "
        "trị với Báo Hải Phòng.\n\n"
        "Theo báo cáo, từ khi ký quy chế, Cục Chính trị Quân khu 3 và Báo Hải Phòng đã đăng hàng trăm tin bài về "
        "lực lượng vũ trang."
    )
    assert "Cục Chính trị Quân khu 3" in line["parties"], line["parties"]
    assert "Cục Chính trị" not in line["parties"], line["parties"]


def test_the_fronts_committee_misspelt_mat_tran_is_the_front():
    # a commune's page writes "Mật trận" for "Mặt trận" (no such word): the Front's committee all the same, written
    # as the rules read it (data/reference/spelling_variants.csv)
    line = extract_text(
        "Xã Phước Sơn họp bàn công tác vận động nhân dân\n\n"
        "Sáng ngày 10/07/2021, Ủy ban Mật trận Tổ quốc Việt Nam xã Phước Sơn đã tổ chức hội nghị sơ kết quy chế "
        "phối hợp giữa Mật trận và các đoàn thể trong 6 tháng đầu năm 2021.\n\n"
        "Hội nghị bàn các việc của 6 tháng cuối năm."
    )
    assert line["parties"] and line["parties"][0] == "Ủy ban Mặt trận Tổ quốc Việt Nam xã Phước Sơn", line["parties"]


def test_an_army_officers_school_is_a_central_party_with_its_number():
    # "Trường Sĩ quan Lục quân 1" among the sides a military region's twinning program names: a school the Ministry
    # of Defence runs (ruling 9), named with its number (DOMAIN.md: full names)
    line = extract_text(
        "Quân khu kết nghĩa với các học viện, nhà trường\n\n"
        "Sáng 16/1/2024, Bộ Tư lệnh Quân khu 5 tổ chức hội nghị tổng kết hoạt động kết nghĩa năm 2023 giữa Quân khu "
        "5 với Trường Sĩ quan Lục quân 1, Trường Sĩ quan Chính trị và Sư đoàn 2.\n\n"
        "Các đơn vị ký chương trình phối hợp cho năm 2024."
    )
    assert "Trường Sĩ quan Lục quân 1" in line["parties"], line["parties"]
    assert "Trường Sĩ quan Chính trị" in line["parties"], line["parties"]
    assert line["level"] == "central", line


def test_a_clusters_name_goes_on_past_the_organisations_it_groups():
    # "Cụm thi đua các tổ chức A và các tổ chức B": "các tổ chức" names organisations, not the verb "tổ chức"
    # (organise) that would end the name (DOMAIN.md: the cluster as written)
    line = extract_text(
        "Ngày 5/12/2024, ở Nam Định, Cụm thi đua các hội quần chúng và các tổ chức Liên hiệp đã họp "
        "tổng kết năm, bình xét thi đua và bầu cụm trưởng cho năm 2025."
    )
    assert line["parties"] == ["Cụm thi đua các hội quần chúng và các tổ chức Liên hiệp"], line["parties"]


def test_a_bodys_name_ends_before_sang_sang_ready_to():
    # a headline "Tập đoàn A sẵn sàng cho tỉnh B ...": "sẵn sàng" (ready to) is the verb after the subject, no word of
    # the group's name (a verb kept in a name, which the title's naming then gave the party)
    from etl.parties import PlaceContext, find_parties
    from etl.places import gazetteer

    found = find_parties(
        "‘Tập đoàn VNPT sẵn sàng cho Hà Giang mượn máy chủ, phần mềm’", PlaceContext(None), gazetteer()
    )
    assert [p.name for p in found][:1] == ["Tập đoàn VNPT"], [p.name for p in found]


def test_bodies_counted_then_named_by_their_areas_are_one_party_each():
    # "với 4 hạt kiểm lâm khu vực A, B, C và D": four forest-ranger stations, each named by its area (DOMAIN.md: a
    # list of bodies is several parties), not only the first
    line = extract_text(
        "Sáng 9/5/2024, Chi cục Kiểm lâm tỉnh Kon Tum ký kết quy chế phối hợp bảo vệ rừng mùa khô với 4 hạt kiểm "
        "lâm khu vực Đăk Glei, Tu Mơ Rông, Sa Thầy và Kon Plông.\n\n"
        "Theo quy chế, các bên cùng tuần tra những khu rừng giáp ranh."
    )
    for area in ("Đăk Glei", "Tu Mơ Rông", "Sa Thầy", "Kon Plông"):
        assert f"Hạt Kiểm lâm khu vực {area}" in line["parties"], line["parties"]
