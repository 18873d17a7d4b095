"""Classes of real reporting the extractor misread on unseen batches (issue 11: level, province, period), each
reproduced in sentences of our own and run through the whole article pipeline, as `phoihop extract` runs it."""

from __future__ import annotations

from tests.extraction import extract_text


def test_a_program_until_a_year_has_an_end_and_no_start():
    # ruling 6: "đến năm 2030" with no start stated is (null, 2030); the year it is signed is no start
    line = extract_text(
        "Hai địa phương cùng đi một con đường\n"
        "Ngày 14/3/2024, UBND tỉnh Gia Lai cùng UBND tỉnh Phú Yên ký kết thỏa thuận hợp tác, hướng tới cùng phát "
        "triển đến năm 2030."
    )
    assert (line["period_start"], line["period_end"]) == (None, 2030)


def test_a_regulations_own_term_is_its_period_and_a_slogans_term_is_not():
    # DOMAIN.md: the stated period of what is signed; a party term in a slogan is none
    line = extract_text(
        "Sáng 9/10/2023, Hội Nông dân tỉnh và Sở Tư pháp tỉnh Bình Phước ký kết quy chế phối hợp nhiệm kỳ 2023 - "
        "2028 về trợ giúp pháp lý cho hội viên."
    )
    assert (line["period_start"], line["period_end"]) == (2023, 2028)
    line = extract_text(
        "Chào mừng Đại hội Đảng bộ tỉnh Bình Phước lần thứ XII, nhiệm kỳ 2020 - 2025\n"
        "Sáng 9/10/2020, Hội Nông dân tỉnh và Sở Tư pháp tỉnh Bình Phước ký kết chương trình phối hợp về trợ giúp "
        "pháp lý cho hội viên."
    )
    assert (line["period_start"], line["period_end"]) == (None, None)


def test_a_cluster_meeting_chaired_by_a_central_leader_is_central():
    # ruling 3: a central body that chairs or co-chairs is an organiser, so the cluster's meeting is central
    line = extract_text(
        "Nông dân vùng cao nguyên khép lại năm thi đua\n"
        "Ngày 10/12/2024, Cụm thi đua Hội Nông dân các tỉnh Tây Nguyên họp tại tỉnh Kon Tum, tổng kết "
        "công tác thi đua năm 2024.\n"
        "Chủ trì hội nghị có các đồng chí: Nguyễn Văn A - Phó Chủ tịch Trung ương Hội Nông dân Việt Nam; Trần Thị B "
        "- Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Hội Nông dân tỉnh Kon Tum, Cụm trưởng."
    )
    assert line["level"] == "central"
    assert line["province"] == "Kon Tum"


def test_a_central_leader_who_directs_or_a_central_membership_title_makes_no_central_meeting():
    # a provincial leader who also sits on a central board chairs; a central leader only attends and directs
    line = extract_text(
        "Nông dân vùng cao nguyên khép lại năm thi đua\n"
        "Ngày 10/12/2024, Cụm thi đua Hội Nông dân các tỉnh Tây Nguyên họp tại tỉnh Kon Tum, tổng kết "
        "công tác thi đua năm 2024.\n"
        "Đồng chí Trần Thị B, Ủy viên Ban Chấp hành Trung ương Hội Nông dân Việt Nam, Chủ tịch Hội Nông dân tỉnh "
        "Kon Tum, Cụm trưởng chủ trì hội nghị. Đồng chí Nguyễn Văn A, Phó Chủ tịch Trung ương Hội Nông dân Việt Nam "
        "dự và chỉ đạo hội nghị."
    )
    assert line["level"] == "inter-provincial"


def test_a_division_stationed_in_a_province_is_a_central_body():
    # ruling 17: a division or brigade is a unit of a national command, a central body, with or without its
    # command written after it; the province is the provincial party's (tests/test_extraction_vocab.py)
    line = extract_text(
        "Sáng 3/5/2022, Sư đoàn 324 và Hội Cựu chiến binh tỉnh Nghệ An tổ chức ký kết chương trình phối hợp giai "
        "đoạn 2022 - 2027."
    )
    assert line["level"] == "central"
    assert line["province"] == "Nghệ An"


def test_a_military_region_is_a_central_command():
    line = extract_text(
        "Ngày 18/6/2023, Viện kiểm sát quân sự Quân khu 2 và Viện kiểm sát nhân dân tỉnh Phú Thọ ký kết quy chế "
        "phối hợp trong công tác kiểm sát."
    )
    assert line["level"] == "central"


def test_a_provincial_outlet_outside_the_papers_names_the_province_the_text_writes_as_tinh():
    # a province's radio-TV station, a city's merged paper, a city's police paper: their domain says which province
    text = "Sáng 12/3/2024, Hội Nông dân tỉnh và Công an tỉnh ký kết quy chế phối hợp bảo vệ an ninh nông thôn."
    assert extract_text(text, url="https://ntv.org.vn/thoi-su/ky-ket-quy-che-123.html")["province"] == "Nghệ An"
    line = extract_text(
        text.replace("12/3/2024", "12/9/2025").replace("tỉnh", "thành phố"), url="https://huengaynay.vn/a-1.html"
    )
    assert line["province"] == "Huế"


def test_a_review_of_a_central_bodys_coordination_with_provinces_bodies_is_central():
    # the bodies of the coordination reviewed take part, whichever of them hosts the meeting
    line = extract_text(
        "Sáng 5/12/2023, Hội Nông dân tỉnh Vĩnh Long đăng cai tổ chức hội nghị sơ kết phối hợp hoạt động giữa Bộ "
        "Tư lệnh Quân khu 9 với Hội Nông dân 13 tỉnh, thành phố trên địa bàn."
    )
    assert line["level"] == "central"
    # a numbered program of central bodies only, reviewed by one province's bodies: their carrying out of it
    line = extract_text(
        "Ngày 20/6/2023, Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng cùng Công an tỉnh tổng kết 10 năm làm theo "
        "Chương trình phối hợp số 09/CTr ngày 1/8/2013 giữa Ban Thường trực Ủy ban Trung ương MTTQ "
        "Việt Nam với Bộ Công an, vốn nhằm đưa người dân vào việc giữ yên xóm làng."
    )
    assert line["level"] == "province"


def test_a_town_written_with_an_abbreviated_kind_names_the_province():
    # reports glue the abbreviated kind to the name: "TX.Buôn Hồ", "TP.Buôn Ma Thuột", "H.Krông Pắc", "P.Linh Xuân"
    line = extract_text(
        "Chiều 4/4/2024, tại hội trường Thị ủy, Công an TX.Buôn Hồ và Hội Cựu chiến binh thị xã ký kết quy chế phối "
        "hợp giữ gìn an ninh trật tự.",
        url="https://thanhnien.vn/ky-ket-quy-che-phoi-hop-185240404.htm",
    )
    assert line["province"] == "Đắk Lắk"
    assert line["level"] == "district"
    from etl.places import gazetteer

    gaz = gazetteer()
    assert [m.province for m in gaz.districts_in("tại H.Krông Pắc, Q.1 và TP.Quy Nhơn")] == [
        "Đắk Lắk",
        "TP Hồ Chí Minh",
        "Bình Định",
    ]
    assert [m.province for m in gaz.communes_in("Công an P.Linh Xuân")] == ["TP Hồ Chí Minh"]


def test_a_review_that_re_signs_has_the_reviewed_programs_period_even_when_the_title_names_the_new_one():
    line = extract_text(
        "Hội Nông dân và Công an tỉnh ký kết chương trình phối hợp giai đoạn 2024 - 2029\n"
        "Sáng 12/3/2024, Hội Nông dân tỉnh và Công an tỉnh Quảng Nam tổ chức hội nghị tổng kết chương trình phối hợp "
        "giai đoạn 2019 - 2023 và ký kết chương trình phối hợp giai đoạn 2024 - 2029."
    )
    assert line["event_type"] == "meeting"
    assert (line["period_start"], line["period_end"]) == (2019, 2023)


def test_a_strategys_horizon_is_no_period_of_the_program_carrying_it_out():
    line = extract_text(
        "Sáng 12/7/2024, Hội Nông dân tỉnh và Sở Nông nghiệp tỉnh Quảng Nam ký kết chương trình phối hợp thực hiện "
        "Chiến lược phát triển nông nghiệp đến năm 2030, tầm nhìn đến năm 2045."
    )
    assert (line["period_start"], line["period_end"]) == (None, None)


def test_a_central_leader_who_attends_and_chairs_is_a_chair():
    line = extract_text(
        "Sáng 12/3/2024, Cụm thi đua số 3 Công an các tỉnh Bắc Trung Bộ tổ chức hội nghị giao ban. Thiếu tướng Nguyễn "
        "Văn A, Cục trưởng Cục Công tác đảng và công tác chính trị, Bộ Công an dự và chủ trì hội nghị."
    )
    assert line["level"] == "central"


def test_a_body_named_by_its_places_kind_is_not_read_as_the_venue():
    # "tại ..., Huyện đoàn A và Thị đoàn B, tỉnh C": the bodies after the venue, each with its own province
    line = extract_text(
        "Ngày 2/10/2019, tại khu di tích, Huyện đoàn Bù Đốp và Thị đoàn Bến Cát, tỉnh Bình Dương đã ký kết nghĩa "
        "giai đoạn 2019-2024."
    )
    assert line["level"] == "inter-provincial"
    assert set(line["provinces_involved"]) == {"Bình Phước", "Bình Dương"}


def test_a_district_merged_away_before_2025_is_still_a_district_in_its_own_years():
    # the package's districts are those of mid-2025; "huyện Đất Đỏ" (merged into Long Đất in 2025) is a district
    line = extract_text(
        "Sáng 5/6/2023, Công an huyện Đất Đỏ phối hợp với Hội Nông dân huyện Đất Đỏ tổ chức hội nghị sơ kết "
        "chương trình phối hợp."
    )
    assert line["level"] == "district"
    assert line["province"] == "Bà Rịa - Vũng Tàu"


def test_a_central_body_named_as_who_launched_the_movement_is_no_organiser():
    # "do Bộ Tư pháp phát động": the movement's author frames the cluster's meeting, it does not hold it
    line = extract_text(
        "Cụm thi đua Sở Tư pháp các tỉnh Tây Nguyên tổng kết thi đua năm 2025\n"
        "Hưởng ứng phong trào thi đua yêu nước do Bộ Tư pháp phát động, ngày 20/1/2026, tại tỉnh Gia Lai, Cụm thi đua "
        "Sở Tư pháp các tỉnh Tây Nguyên tổ chức hội nghị tổng kết công tác thi đua của năm 2025."
    )
    assert line["level"] == "inter-provincial"


def test_a_numbered_cluster_of_one_provinces_bodies_takes_their_tier():
    # members listed as the province's own associations ("... và Liên minh Hợp tác xã tỉnh đã")
    line = extract_text(
        "Sáng 15/1/2026, Cụm thi đua số 5 tổ chức tổng kết phong trào thi đua năm 2025.\n"
        "Năm 2025, các đơn vị trong Cụm thi đua số 5 gồm: Hội Cựu chiến binh, Hội Nông dân, Hội Chữ thập đỏ và Đoàn "
        "Thanh niên tỉnh đã hoàn thành tốt nhiệm vụ.",
        url="https://baonghean.vn/cum-thi-dua-so-5-tong-ket-123.html",
    )
    assert line["level"] == "province"
    # the province's party boards
    line = extract_text(
        "Ngày 9/1/2019, các thành viên Cụm thi đua II – Các cơ quan ban Đảng trực thuộc Tỉnh ủy (Văn phòng Tỉnh "
        "ủy, Ban Dân vận, Ban Tổ chức) họp tổng kết công tác thi đua năm 2018.",
        url="https://baocaobang.vn/cum-thi-dua-ii-tong-ket-123.html",
    )
    assert line["level"] == "province"
    # the districts' Front committees of one province
    line = extract_text(
        "Ngày 26/2/2014, Cụm thi đua số 02 – Ủy ban MTTQ Việt Nam các huyện, thị xã, thành phố cùng ký giao "
        "ước thi đua cho cả năm 2014.",
        url="https://baokontum.com.vn/cum-thi-dua-so-02-123.html",
    )
    assert line["level"] == "district"


def test_a_cluster_chaired_by_a_districts_party_committee_groups_districts():
    line = extract_text(
        "Hội nghị tổng kết Cụm thi đua số II năm 2023\n"
        "Sáng 20/12/2023, Cụm thi đua số II tổ chức hội nghị tổng kết công tác thi đua năm 2023. Đồng chí Nguyễn Văn "
        "A – Phó Bí thư Thường trực Huyện ủy Krông Năng, Cụm trưởng Cụm thi đua số II chủ trì hội nghị.",
        url="https://baodaklak.vn/cum-thi-dua-so-ii-123.html",
    )
    assert line["level"] == "district"


def test_a_communes_bloc_with_no_body_named_is_a_communes_event():
    line = extract_text(
        "Chiều ngày 16 tháng 12 năm 2024, khối Dân vận xã Tam Thăng tổ chức Hội nghị tổng kết công tác dân vận năm "
        "2024, triển khai phương hướng, nhiệm vụ năm 2025.",
        url="https://tamky.quangnam.gov.vn/tin/tam-thang-tong-ket-123.html",
    )
    assert line["level"] == "commune"


def test_a_day_and_a_two_digit_month_in_words_after_a_time_of_day():
    # "Chiều ngày 16 tháng 12 năm 2024": December, not January with the "2" left over
    from etl.dates import event_date_of

    lead = "Chiều ngày 16 tháng 12 năm 2024, Hội Nông dân xã tổ chức hội nghị tổng kết."
    assert event_date_of("", [lead], None, None, None)[0] == "2024-12-16"


def test_the_issuer_of_a_numbered_document_the_event_carries_out_is_no_party_for_the_level():
    # "theo Chỉ thị số ... của Ban Thường vụ Tỉnh ủy": the province's directive frames two communes' twinning
    line = extract_text(
        "Xã A kết nghĩa với phường B\n"
        "Việc kết nghĩa được thực hiện theo Chỉ thị số 05-CT/TU ngày 3-9-2025 của Ban Thường vụ Tỉnh ủy về tăng cường "
        "kết nghĩa giữa các địa phương.\n"
        "Sáng 10/12/2025, lãnh đạo xã Ia Hrú và phường Hoài Nhơn Đông ký kết giao ước kết nghĩa.",
        url="https://baogialai.com.vn/xa-ia-hru-ket-nghia-post1.html",
    )
    assert line["level"] == "commune"


def test_one_provinces_body_acting_with_a_group_of_provinces_is_inter_provincial():
    line = extract_text(
        "Chiều 20/11/2023, tại thành phố Pleiku (Gia Lai), UBND thành phố Đà Nẵng phối hợp với 4 tỉnh Tây Nguyên tổ "
        "chức hội nghị tổng kết chương trình hợp tác phát triển kinh tế - xã hội."
    )
    assert line["level"] == "inter-provincial"


def test_the_signed_texts_end_year_told_below_the_lead_is_its_period_end():
    line = extract_text(
        "Báo A và UBND tỉnh B ký kết hợp tác thông tin\n"
        "Hai bên muốn đưa tin về địa phương đến bạn đọc đều đặn hơn.\n"
        "Theo nội dung ký kết, từ nay đến năm 2027, mỗi bên sẽ gửi cho bên kia những tin tức mới.\n"
        "Người đứng đầu mỗi bên hứa làm đúng những gì đã thỏa thuận."
    )
    assert (line["period_start"], line["period_end"]) == (None, 2027)


def test_a_districts_own_site_names_the_province():
    line = extract_text(
        "Ký kết kế hoạch phối hợp công tác Đoàn\n"
        "Ngày 4/8/2022, tại Ủy ban nhân dân thị trấn, Đoàn cơ sở thị trấn và Hội Liên hiệp Phụ nữ thị trấn ký kết kế "
        "hoạch phối hợp.",
        url="http://tuoitregiongrieng.com/11136",
    )
    assert line["province"] == "Kiên Giang"


def test_localities_twinning_is_about_their_development():
    # "kết nghĩa" between a ward and a commune: supporting each other's economy and livelihoods (labels rk026, rs034,
    # rt020-rt026); an army unit's or a youth union's twinning keeps its own field first
    line = extract_text(
        "Phường An Phú kết nghĩa với xã Ia Pa\n"
        "Sáng 5/1/2026, tại xã Ia Pa, lãnh đạo phường An Phú và xã Ia Pa ký kết giao ước kết nghĩa giữa hai địa "
        "phương vùng đồng bào dân tộc thiểu số."
    )
    assert line["topics"][0] == "kinh_te"


def test_a_review_of_part_of_a_year_is_held_in_that_year():
    # "năm 2017 và quý I năm 2018": the day without a year is in 2018, not in the first year the lead names
    from etl.dates import event_date_of

    lead = (
        "Sáng 23-5, Hội nghị liên tịch giữa UBND tỉnh và Hội LHPN tỉnh đã kiểm điểm kết quả hoạt động năm 2017 và quý "
        "I năm 2018."
    )
    assert event_date_of("", [lead], None, None, None)[0] == "2018-05-23"


def test_a_yearly_review_under_a_later_sites_clock_takes_the_year_it_names():
    # a portal's clock of 2021 above "Chiều nay (8/1)" and "tổng kết năm 2017, triển khai nhiệm vụ năm 2018"
    from etl.dates import event_date_of

    paragraphs = [
        "Thứ ba, 20/04/2021",
        "Chiều nay (8/1), Cụm thi đua số 2 tổ chức hội nghị tổng kết công tác thi đua năm 2017 và triển khai nhiệm "
        "vụ năm 2018.",
    ]
    assert event_date_of("Cụm thi đua số 2 tổng kết năm 2017", paragraphs, None, None, None)[0] == "2018-01-08"


def test_the_chair_assigned_for_the_year_of_the_meeting_hosts_it():
    # "Năm 2024, Công an tỉnh A được Bộ Công an phân công là đơn vị Cụm trưởng": this year's chair hosts the meeting
    # the text gives no venue for, not the reporting police paper's city
    line = extract_text(
        "Năm tỉnh cùng một cụm giao ước thi đua\n"
        "Thứ sáu, 05/04/2024 08:10\n"
        "Lực lượng công an của năm địa phương vừa cam kết thi đua cùng nhau.\n"
        "Các thành viên bàn và chốt những việc cần làm trước tiên. Năm 2024, Công an tỉnh Quảng Bình giữ vai trò "
        "Cụm trưởng do Bộ Công an phân công.\n"
        "Cuối buổi, từng đơn vị đã ký kết giao ước thi đua năm 2024.",
        url="https://cadn.com.vn/cong-an-5-tinh-cum-thi-dua-so-6-post1.html",
    )
    assert line["province"] == "Quảng Bình"
