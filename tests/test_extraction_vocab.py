"""Bodies and shapes of real reporting beyond the development corpus (issue 11, a fresh held-out batch): central
units the vocabulary lacked, places that sign as a whole, linkage groups as clusters. Each is reproduced in a
sentence of our own and run through the whole article pipeline, as `phoihop extract` runs it."""

from __future__ import annotations

from tests.extraction import extract_text


def test_a_division_of_a_military_region_is_a_central_body():
    line = extract_text(
        "Ngày 8/3/2024, Sư đoàn 309, Quân khu 9 và Huyện ủy Châu Thành ký kết chương trình phối hợp "
        "về tuyên truyền năm 2024.",
        url="https://baodongthap.vn/chinh-tri/ky-ket-phoi-hop.aspx",
    )
    assert line["parties"][0] == "Sư đoàn 309, Quân khu 9"
    assert line["level"] == "central"


def test_a_general_department_and_a_publisher_are_central_bodies():
    line = extract_text(
        "Sáng 2/6/2022, Tổng cục Thể dục thể thao và Sở Văn hóa, Thể thao và Du lịch tỉnh Bình Phước ký kết "
        "chương trình phối hợp phát triển thể thao quần chúng giai đoạn 2022 - 2025."
    )
    assert line["level"] == "central" and line["province"] == "Bình Phước"
    line = extract_text(
        "Chiều 14/9/2023, Đài Phát thanh và Truyền hình Sóc Trăng đã ký kết hợp tác với NXB Chính trị quốc gia Sự "
        "thật về tuyên truyền sách lý luận chính trị."
    )
    assert line["level"] == "central"
    assert "NXB Chính trị quốc gia Sự thật" in line["parties"]


def test_a_paper_named_after_its_city_signs_for_that_city():
    # a Hồ Chí Minh City paper signing with a Tây Ninh department: bodies of two provinces
    line = extract_text(
        "Ngày 5-4-2024, tại tỉnh Tây Ninh, Báo Pháp Luật TP.HCM và Sở Du lịch tỉnh Tây Ninh ký "
        "kết chương trình phối hợp quảng bá du lịch năm 2024."
    )
    assert line["level"] == "inter-provincial" and line["province"] == "Tây Ninh"
    assert line["parties"][0] == "Báo Pháp Luật TP.HCM"


def test_a_university_named_by_its_city_keeps_its_own_name():
    line = extract_text(
        "Chiều 10/5/2023, Hội Nông dân tỉnh Vĩnh Long ký kết chương trình phối hợp với Trường Đại học Cần Thơ "
        "(ĐHCT), Liên hiệp các tổ chức hữu nghị tỉnh Vĩnh Long và Agribank chi nhánh tỉnh Vĩnh Long về chuyển "
        "giao khoa học kỹ thuật cho nông dân."
    )
    parties = line["parties"]
    assert "Trường Đại học Cần Thơ" in parties, parties  # not "... Cần Thơ Vĩnh Long"
    assert "Liên hiệp các tổ chức hữu nghị tỉnh Vĩnh Long" in parties, parties  # the list goes on past "(ĐHCT),"
    assert len(parties) == 4, parties


def test_a_ward_signs_as_a_whole_after_a_clause_that_says_they_agreed():
    # "trên cơ sở thống nhất giữa hai đơn vị" is the agreement reached (a noun), not the verb; the ward then signs
    line = extract_text(
        "Sáng ngày 12/9/2025, trên cơ sở thống nhất giữa hai đơn vị, Phường Hòa Khánh và Ban Chỉ huy Phòng thủ "
        "khu vực 2 - Liên Chiểu đã tổ chức Lễ ký kết chương trình phối hợp xây dựng địa bàn vững mạnh.",
        url="https://baodanang.vn/chinh-tri/ky-ket-phoi-hop.html",
    )
    assert "Phường Hòa Khánh" in line["parties"] and len(line["parties"]) == 2, line["parties"]
    assert line["level"] == "commune"


def test_provinces_listed_with_dashes_sign_as_provinces():
    line = extract_text(
        "Chiều 14/2/2025, tại tỉnh Lào Cai, lãnh đạo 3 tỉnh Lào Cai - Yên Bái - Phú Thọ ký kết biên bản thỏa "
        "thuận về du lịch."
    )
    # each province written with its kind, as the first is (labels rh016, rs002, ri011 write them so)
    assert line["parties"] == ["tỉnh Lào Cai", "tỉnh Yên Bái", "tỉnh Phú Thọ"]
    assert line["level"] == "inter-provincial" and line["province"] == "Lào Cai"


def test_a_district_named_by_its_number_signs_as_a_whole():
    line = extract_text(
        "Ngày 20/4/2023, Lữ đoàn 71, Quân đoàn 4 và Quận 5, TPHCM ký kết chương trình phối hợp năm 2023."
    )
    assert line["parties"] == ["Lữ đoàn 71, Quân đoàn 4", "Quận 5"]
    # a brigade of a corps stationed in the city is a central body (ruling 17), the city the province
    assert line["level"] == "central" and line["province"] == "TP Hồ Chí Minh"


def test_the_signing_told_in_the_second_paragraph_when_the_lead_states_its_purpose():
    line = extract_text(
        "Báo Thanh Niên phối hợp tuyên truyền với Bến Tre\n\n"
        "(ABC) - Việc phối hợp nhằm nâng cao hiệu quả công tác tuyên truyền, quảng bá hình ảnh quê hương của "
        "tỉnh Bến Tre tới bạn đọc cả nước.\n\n"
        "Ngày 12-8-2024, tại tỉnh Bến Tre, Báo Thanh Niên và Sở Văn hóa, Thể thao và Du lịch tỉnh Bến Tre đã tổ "
        "chức ký kết chương trình phối hợp về tuyên truyền cho năm 2024."
    )
    assert line["parties"] == ["Báo Thanh Niên", "Sở Văn hóa, Thể thao và Du lịch tỉnh Bến Tre"]
    assert line["level"] == "central" and line["province"] == "Bến Tre"
    assert (line["period_start"], line["period_end"]) == (2024, 2024)  # what that sentence signs


def test_a_communes_province_written_in_brackets_is_its_province():
    line = extract_text(
        "Ngày 3/2/2026, Thông tấn xã Việt Nam và xã Tân Phú (tỉnh Đồng Nai) đã tổ chức Lễ ký kết kế hoạch phối "
        "hợp tuyên truyền năm 2026."
    )
    assert line["parties"] == ["Thông tấn xã Việt Nam", "xã Tân Phú (tỉnh Đồng Nai)"]
    assert line["level"] == "central" and line["province"] == "Đồng Nai"


def test_a_linkage_group_of_a_region_frames_the_meeting_and_holds_it():
    line = extract_text(
        "Ngày 9/11/2023, tại thành phố Buôn Ma Thuột (Đắk Lắk) đã diễn ra Hội nghị liên kết phát triển du lịch "
        "khu vực Tây Nguyên và duyên hải Nam Trung Bộ năm 2023."
    )
    assert line["cluster"] == "liên kết phát triển du lịch khu vực Tây Nguyên và duyên hải Nam Trung Bộ"
    assert line["parties"] == [line["cluster"]]
    assert line["level"] == "inter-provincial" and line["province"] == "Đắk Lắk"


def test_a_counted_group_of_border_provinces_is_a_cluster_that_meets():
    line = extract_text(
        "Lãnh đạo cụm năm tỉnh biên giới phía tây nam gồm: An Giang, Kiên Giang, Đồng Tháp, Long An và Tây Ninh "
        "đã dự Hội nghị tổng kết công tác thi đua năm 2015, tổ chức tại TP Long Xuyên ngày 20/1/2016."
    )
    assert line["cluster"] == "năm tỉnh biên giới phía tây nam"
    assert line["level"] == "inter-provincial"
    assert len(line["provinces_involved"]) == 5


def test_some_provinces_of_a_region_named_by_the_region_are_no_cluster():
    line = extract_text(
        "Ngày 18/10/2019, tại thành phố Sóc Trăng, 3 tỉnh khu vực đồng bằng sông Cửu Long (Cần Thơ, Sóc Trăng và "
        "Bạc Liêu) đã ký kết biên bản thỏa thuận hợp tác về du lịch."
    )
    assert line["cluster"] is None


def test_a_bodys_year_of_work_is_no_period_of_the_program_it_signs():
    line = extract_text(
        "Chiều 12-5, thực hiện chương trình công tác năm 2022, Ban Thường trực Ủy ban MTTQ tỉnh Nghệ An và Sở Y tế "
        "đã tổ chức Hội nghị ký kết chương trình phối hợp chăm sóc sức khỏe nhân dân."
    )
    assert (line["period_start"], line["period_end"]) == (None, None)
    line = extract_text(
        "Ngày 14/02/2016, Viện Kiểm sát nhân dân tỉnh Sóc Trăng và Ủy ban MTTQ tỉnh Sóc Trăng ký kết quy chế phối "
        "hợp. Các đại biểu còn bàn về Chương trình thực hiện Quy chế phối hợp trong năm 2016."
    )
    assert (line["period_start"], line["period_end"]) == (None, None)


def test_a_joint_signings_period_stated_at_the_end_of_a_long_sentence():
    # the lead launches a campaign; the body tells the joint signing, its period at the end of a long sentence
    line = extract_text(
        "Tuổi trẻ Công an Bình Dương ra quân chiến dịch tình nguyện hè\n\n"
        "Sáng 9/6/2024, tuổi trẻ Công an tỉnh Bình Dương ra quân chiến dịch tình nguyện hè năm 2024.\n\n"
        "Lực lượng đoàn viên tham gia dọn vệ sinh, sửa chữa nhà cho các gia đình chính sách.\n\n"
        "Tại chương trình, Công an tỉnh Bình Dương đã tổ chức ký kết liên tịch với Đoàn các đơn vị: Công ty Điện "
        "lực Bình Dương, Công ty cổ phần Nước - Môi trường Bình Dương, Sở Giao thông vận tải tỉnh Bình Dương trong "
        'tổ chức thực hiện công trình thanh niên "Tuyến đường xanh, sạch, đẹp vì mỹ quan đô thị" giai đoạn '
        "2024 – 2027."
    )
    assert (line["period_start"], line["period_end"]) == (2024, 2027)


def test_an_address_that_says_a_regulation_was_signed_under_a_photo_caption_title():
    # "ký quy chế" in the address: "quy" folded is also "quỹ" (a deposit), but "quy chế" is a regulation
    line = extract_text(
        "Đồng chí Phó Viện trưởng phát biểu chỉ đạo tại buổi lễ.\n\n"
        "Lễ ký kết có sự tham dự và chỉ đạo của lãnh đạo Viện kiểm sát nhân dân thành phố.\n\n"
        "Phát biểu khai mạc, Viện trưởng nhấn mạnh tinh thần phối hợp chặt chẽ giữa các cơ quan.",
        url="https://example.vn/vksnd-khu-vuc-2-ky-quy-che-phoi-hop-voi-ubnd-cac-phuong-123.html",
    )
    assert line["is_event"] and line["event_type"] == "agreement"


def test_registering_emulation_targets_is_no_pledge_signed():
    line = extract_text(
        "Xã Mỹ Hòa họp ngày 15-01-2026 để các ấp trong xã đăng ký giao ước thi đua; mỗi ấp nêu chỉ tiêu "
        "của mình cho năm 2026."
    )
    assert not line["is_event"]


def test_meetings_named_by_what_they_report_or_who_meets():
    for text in (
        "Ngày 12/8/2010, Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh và Bộ đội Biên phòng tỉnh Bình Định tổ chức hội "
        "nghị báo cáo kết quả thực hiện quy chế phối hợp trong nửa đầu năm 2010.",
        "Nhằm đẩy mạnh công tác phối hợp, ngày 3/9/2025, Tòa án nhân dân khu vực 2 - Vĩnh Long là nơi "
        "có cuộc họp liên ngành tố tụng của Viện kiểm sát, Tòa án và Cơ quan Cảnh sát điều tra.",
        "Ngày 14/6/2023, Cụm thi đua 2 (gồm Quận ủy 4, 7, 8, Nhà Bè) tổ chức Hội nghị chuyên đề về công tác dân vận.",
    ):
        line = extract_text(text)
        assert line["is_event"] and line["event_type"] == "meeting", text


def test_bodies_of_real_signings_the_vocabulary_lacked():
    # each row here was seen signing in real reporting: a school with the district police, a religious body
    # with the Front, a central political academy, a border-guard flotilla, the central military commission
    cases = [
        (
            "Ngày 20/9/2022, Công an huyện Yên Mỹ và Trường THPT Yên Mỹ ký kết quy chế phối hợp bảo đảm an ninh "
            "trật tự trường học.",
            "district",
            "Trường THPT Yên Mỹ",
        ),
        (
            "Sáng 5-12-2021, Ủy ban MTTQVN tỉnh Hà Tĩnh và Ban Trị sự GHPGVN tỉnh Hà Tĩnh ký kết chương trình phối "
            "hợp giai đoạn 2021-2025.",
            "province",
            "Ban Trị sự GHPGVN tỉnh Hà Tĩnh",
        ),
        (
            "Chiều 5/4/2023, Học viện Chính trị khu vực III và Tỉnh ủy Quảng Nam ký kết chương trình hợp tác giai "
            "đoạn 2023 - 2027.",
            "central",
            "Học viện Chính trị khu vực III",
        ),
        (
            "Ngày 2/3/2021, Hải đoàn Biên phòng 18 và Ủy ban nhân dân huyện Cô Tô ký kết chương trình phối hợp.",
            "central",
            "Hải đoàn Biên phòng 18",
        ),
        (
            "Ngày 18/8/2022, Ban Thường vụ Quân ủy Trung ương và Ban Thường vụ Tỉnh ủy Nghệ An ký kết quy chế "
            "phối hợp.",
            "central",
            "Ban Thường vụ Quân ủy Trung ương",
        ),
    ]
    for text, level, party in cases:
        line = extract_text(text)
        assert line["level"] == level and party in line["parties"], (text, line["level"], line["parties"])


def test_the_units_listed_as_signing_after_those_who_attended():
    line = extract_text(
        "Công an tỉnh Khánh Hòa ký kết quy chế phối hợp với các đơn vị\n\n"
        "Ngày 6/10/2025, buổi lễ có sự tham dự của Phó Chủ tịch UBND tỉnh Khánh Hòa, cùng lãnh đạo các đơn vị ký "
        "kết, gồm: Bộ Tư lệnh Vùng 4 Hải quân, Chi cục Hải quan khu vực XII, Tổng công ty Cảng hàng không Việt Nam "
        "và Công an tỉnh Khánh Hòa."
    )
    assert line["parties"] == [
        "Bộ Tư lệnh Vùng 4 Hải quân",  # the region's name (ruling 9), the navy after its number
        "Chi cục Hải quan khu vực XII",
        "Tổng công ty Cảng hàng không Việt Nam",
        "Công an tỉnh Khánh Hòa",
    ]
    assert line["level"] == "central"


def test_a_communes_bodies_named_without_a_place_beside_its_own_are_the_communes():
    line = extract_text(
        "Hội nghị ký kết quy chế phối hợp giữa UBND xã với UBMTTQ và các đoàn thể xã Hưng Nguyên\n\n"
        "Sáng ngày 9/1/2026, Ủy ban nhân dân xã Hưng Nguyên phối hợp với Ủy ban MTTQ Việt Nam xã tổ chức Hội nghị "
        "ký kết quy chế phối hợp giai đoạn 2026 - 2030.",
        url="https://hungnguyen.nghean.gov.vn/tin-tuc/ky-ket-quy-che.html",
    )
    assert line["level"] == "commune", line["parties"]


def test_a_group_of_provinces_meeting_at_one_provinces_invitation_is_inter_provincial():
    line = extract_text(
        "Chiều 18/12/2023, tại thành phố Phan Thiết, Sở Văn hóa, Thể thao và Du lịch Bình Thuận tổ chức Hội nghị "
        "đánh giá kết quả thực hiện chương trình liên kết phát triển du lịch bốn tỉnh Nam Trung Bộ năm 2023.\n\n"
        "Trong năm, các sở của bốn tỉnh Bình Thuận, Ninh Thuận, Khánh Hòa và Lâm Đồng đã phối hợp quảng bá du lịch."
    )
    assert line["level"] == "inter-provincial" and line["province"] == "Bình Thuận"
    assert len(line["provinces_involved"]) == 4


def test_provinces_that_act_together_without_a_body_named_are_inter_provincial():
    line = extract_text(
        "Ngày 4/11/2022, tại diễn đàn du lịch, lãnh đạo các tỉnh, thành phố đã thảo luận, ký kết thỏa thuận liên "
        "kết phát triển du lịch vùng giai đoạn 2022-2025."
    )
    assert line["parties"] == [] and line["level"] == "inter-provincial"


def test_a_clusters_name_ends_before_what_it_goes_on_to_do():
    line = extract_text(
        "Cụm thi đua các tỉnh Duyên hải miền Trung tiếp tục đẩy mạnh liên kết phát triển\n\n"
        "Ngày 12/3/2024, tại thành phố Quy Nhơn, Cụm thi đua các tỉnh Duyên hải miền Trung tiếp tục tăng cường "
        "hợp tác và họp tổng kết năm 2023 về thi đua, khen thưởng."
    )
    assert line["parties"] == ["Cụm thi đua các tỉnh Duyên hải miền Trung"]
    assert line["cluster"] == "cụm thi đua các tỉnh Duyên hải miền Trung"


def test_bodies_listed_before_a_banks_branch_take_its_district_as_a_district():
    line = extract_text(
        "Ngày 15/3/2023 có lễ ký văn bản thỏa thuận giữa Hội LHPN – Hội Nông dân – Ngân hàng Chính sách xã hội "
        "chi nhánh Bá Thước.",
        url="https://bathuoc.thanhhoa.gov.vn/portal/pages/ky-ket-thoa-thuan.aspx",
    )
    assert line["parties"][:2] == ["Hội LHPN huyện Bá Thước", "Hội Nông dân huyện Bá Thước"], line["parties"]
    assert line["level"] == "district"


def test_central_police_departments_and_academies_sign_as_central_bodies():
    for text, party in (
        (
            "Ngày 3/5/2019, Cục Cảnh sát giao thông và Ủy ban nhân dân tỉnh Hà Nam ký kết quy chế phối hợp.",
            "Cục Cảnh sát giao thông",
        ),
        (
            "Ngày 6/6/2018, Trường Đại học CSND và Công an tỉnh Long An ký kết quy chế phối hợp đào tạo.",
            "Trường Đại học CSND",
        ),
        (
            "Ngày 9/9/2020, Tổng cục Cảnh sát và Ủy ban nhân dân tỉnh Bắc Ninh ký kết quy chế phối hợp.",
            "Tổng cục Cảnh sát",
        ),
    ):
        line = extract_text(text)
        assert line["level"] == "central" and party in line["parties"], (text, line["parties"])


def test_the_signatories_told_after_a_lead_that_names_only_the_chair():
    # the lead names who chaired; one body cannot sign alone: the provinces that signed are told next, at a venue
    line = extract_text(
        "Ngày 12-4-2019, tại thành phố Vị Thanh, tỉnh Hậu Giang, diễn ra phiên họp về hợp tác phát triển du lịch "
        "do Tổng cục Du lịch chủ trì.\n\n"
        "Tại phiên họp, 3 tỉnh thành phố Cần Thơ, Sóc Trăng và Hậu Giang đã ký kết biên bản "
        "về hợp tác du lịch."
    )
    assert line["parties"][0] == "Tổng cục Du lịch" and len(line["parties"]) == 4, line["parties"]
    assert line["level"] == "central" and line["province"] == "Hậu Giang"
    assert sorted(line["provinces_involved"]) == ["Cần Thơ", "Hậu Giang", "Sóc Trăng"]


def test_a_joint_operations_plan_signed_and_a_news_source_before_the_signatories():
    line = extract_text(
        "Bộ Chỉ huy Bộ đội Biên phòng Phú Yên, Khánh Hòa ký kết hiệp đồng bảo vệ khu vực biên giới biển\n\n"
        "Ngày 14/3/2019, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Phú Yên tổ chức ký kết hiệp đồng bảo vệ khu vực biên "
        "giới biển tiếp giáp năm 2019 với Bộ Chỉ huy Bộ đội Biên phòng tỉnh Khánh Hòa."
    )
    assert line["event_type"] == "agreement" and line["level"] == "inter-provincial"
    line = extract_text(
        "Tin từ Công an tỉnh Quảng Ngãi ngày 3-7 cho biết, Đồn Biên phòng Sa Kỳ và Ủy ban nhân dân xã Bình Hải vừa "
        "ký kết chương trình phối hợp công tác năm 2022."
    )
    assert "Công an tỉnh Quảng Ngãi" not in line["parties"], line["parties"]


def test_bodies_listed_before_the_wards_together_are_the_wards_bodies():
    line = extract_text(
        "Ngày 5-3-2026, VKSND Khu vực 3 - Đồng Nai tổ chức lễ ký kết Quy chế phối hợp với UBND và Ủy ban MTTQ "
        "Việt Nam các phường trên địa bàn về bảo vệ lợi ích công."
    )
    assert "UBND các phường trên địa bàn" in line["parties"], line["parties"]
    assert line["level"] == "commune"


def test_an_agreement_of_one_body_takes_the_other_whose_leader_signed():
    line = extract_text(
        "VKSND huyện Bình Chánh ký kết quy chế phối hợp\n\n"
        "Ngày 12/10/2023, đồng chí Lê Văn A, Chủ tịch Ủy ban MTTQ Việt Nam huyện Bình Chánh và đồng chí Trần Văn "
        "B, Viện trưởng VKSND huyện Bình Chánh đã đại diện hai cơ quan ký kết Quy chế phối hợp."
    )
    assert len(line["parties"]) == 2 and line["level"] == "district", line["parties"]


def test_a_clusters_training_and_a_bodys_own_results_are_no_coordination_meeting():
    for text in (
        "Ngày 14/6/2023, Cụm thi đua 2 (gồm Quận ủy 4, 7, 8, Nhà Bè) tổ chức Hội nghị tập huấn nghiệp vụ công tác thi "
        "đua.",
        "Ngày 14/6/2023, Sở Y tế tổ chức hội nghị báo cáo kết quả thực hiện nhiệm vụ năm 2022, có sự phối hợp của các "
        "đơn vị.",
    ):
        assert not extract_text(text)["is_event"], text


def test_central_news_agencies_and_papers_counted_together_are_a_central_party():
    line = extract_text(
        "Chiều 8/1/2025, Sở Thông tin và Truyền thông tỉnh Phú Thọ ký kết thỏa thuận hợp tác truyền thông năm "
        "2025 với 18 cơ quan thông tấn, báo chí Trung ương và địa phương."
    )
    assert "cơ quan thông tấn, báo chí Trung ương" in " ".join(line["parties"])
    assert line["level"] == "central"


def test_the_provinces_civil_judgment_enforcement_office_from_2025_is_a_body():
    line = extract_text(
        "Ngày 10/3/2026, Viện kiểm sát nhân dân tỉnh Vĩnh Long ký kết quy chế phối hợp với Thi hành án dân sự "
        "tỉnh Vĩnh Long."
    )
    assert line["parties"] == ["Viện Kiểm sát nhân dân tỉnh Vĩnh Long", "Thi hành án dân sự tỉnh Vĩnh Long"]
    # the field of work is no body
    line = extract_text(
        "Ngày 10/3/2026, Viện kiểm sát nhân dân tỉnh Vĩnh Long và Công an tỉnh Vĩnh Long ký kết quy chế phối hợp "
        "về thi hành án dân sự."
    )
    assert line["parties"] == ["Viện Kiểm sát nhân dân tỉnh Vĩnh Long", "Công an tỉnh Vĩnh Long"]


def test_a_count_of_provinces_before_a_plain_region_is_no_cluster():
    """The provinces of a region counted ("5 tỉnh Tây Nguyên", "4 tỉnh miền Trung - Tây Nguyên") are where the
    bodies come from, not a standing group; a group has a name beyond the region's ("Tây Bắc mở rộng")."""
    whole = extract_text(
        "Sáng 12/5/2022, tại TP Buôn Ma Thuột, Hội Nông dân 5 tỉnh Tây Nguyên đã tổ chức hội nghị giao ban công "
        "tác phối hợp năm 2022."
    )
    assert whole["cluster"] is None
    joined = extract_text(
        "Ngày 3/8/2019, tại Quy Nhơn, Sở Du lịch 4 tỉnh miền Trung - Tây Nguyên tổ chức hội nghị sơ kết chương "
        "trình hợp tác phát triển du lịch."
    )
    assert joined["cluster"] is None
    named = extract_text(
        "Ngày 20/6/2021, tại Hà Giang, Sở Văn hóa 8 tỉnh Tây Bắc mở rộng tổ chức hội nghị sơ kết chương trình "
        "hợp tác phát triển du lịch."
    )
    assert named["cluster"] == "8 tỉnh Tây Bắc mở rộng"


def test_a_linkage_program_of_counted_provinces_of_a_region_is_its_frame():
    line = extract_text(
        "Chiều 14/12/2023, tại TP Pleiku, Sở Du lịch Gia Lai tổ chức hội nghị đánh giá chương trình liên kết "
        "phát triển du lịch bốn tỉnh Nam Trung Bộ - Tây Nguyên."
    )
    assert line["cluster"] == "bốn tỉnh Nam Trung Bộ - Tây Nguyên"
