"""Classes of real reporting the extractor misread in the event's level, province, provinces involved, period,
topic and type (issue 11), each in sentences of our own run through the whole article pipeline."""

from __future__ import annotations

from tests.extraction import extract_text


def test_two_provinces_bodies_signing_jointly_with_no_venue_take_the_outlets_province():
    # "A và B tổ chức ký kết", no venue: neither organises for the other, so the outlet of one of them reports
    # its own province's event (DOMAIN.md: the outlet's province when the text names none)
    text = (
        "Hội Nông dân hai tỉnh ký kết chương trình phối hợp\n"
        "Chiều 12/5/2023, Hội Nông dân tỉnh Thái Nguyên và Hội Nông dân tỉnh Bắc Kạn tổ chức ký kết chương trình "
        "phối hợp hỗ trợ nông dân phát triển sản xuất giai đoạn 2023 - 2025."
    )
    line = extract_text(text, url="https://baobackan.com.vn/xa-hoi/hoi-nong-dan-hai-tinh-ky-ket.html")
    assert line["province"] == "Bắc Kạn" and line["level"] == "inter-provincial"
    # one body organising with the other ("A phối hợp với B tổ chức"): the organiser hosts, whatever the outlet
    led = text.replace("và Hội Nông dân tỉnh Bắc Kạn tổ chức", "phối hợp với Hội Nông dân tỉnh Bắc Kạn tổ chức")
    assert extract_text(led, url="https://baobackan.com.vn/xa-hoi/a.html")["province"] == "Thái Nguyên"
    # joint subjects reported by a site of no province (an aggregator), a line of chrome above the lead: nothing
    # says which of them hosts
    aggregated = text.replace("\nChiều", "\n10 giờ trước\nChiều")
    assert extract_text(aggregated, url="https://tintucmoi24h.net/tin-tuc/hai-tinh-ky-ket-123.html")["province"] is None


def test_a_central_body_meeting_a_regions_provinces_where_they_are_takes_the_venues_province():
    # a central body convenes the provinces of a region at a city of one of them: that province hosts
    line = extract_text(
        "Giao ban công tác Mặt trận khu vực Tây Nguyên\n"
        "Ngày 14/6/2022, tại TP. Buôn Ma Thuột, Ủy ban Trung ương MTTQ Việt Nam tổ chức hội nghị giao ban công tác "
        "mặt trận 5 tỉnh Tây Nguyên 6 tháng đầu năm 2022."
    )
    assert line["level"] == "central" and line["province"] == "Đắk Lắk"
    assert line["provinces_involved"] == ["Đắk Lắk"]
    # central bodies meeting only each other stay a national event, wherever they meet
    national = extract_text(
        "Ký kết chương trình phối hợp phổ biến pháp luật\n"
        "Ngày 14/6/2022, tại TP. Buôn Ma Thuột, Ủy ban Trung ương MTTQ Việt Nam và Bộ Tư pháp ký kết chương "
        "trình phối hợp phổ biến pháp luật giai đoạn 2022 - 2026."
    )
    assert national["level"] == "central" and national["province"] is None


def test_science_and_education_of_the_state_are_not_the_partys_science_education_sector():
    # `khoa_giao` is the party's own sector (DOMAIN.md); a university or a science union cooperating with a
    # province is about what they cooperate on, not "science" as a field
    line = extract_text(
        "Trường Đại học Quy Nhơn và UBND tỉnh Phú Yên ký kết thỏa thuận hợp tác\n"
        "Sáng 9/3/2023, Trường Đại học Quy Nhơn và UBND tỉnh Phú Yên ký kết thỏa thuận hợp tác về đào tạo, nghiên "
        "cứu khoa học và chuyển giao công nghệ cho các ngành kinh tế - xã hội của tỉnh."
    )
    assert line["is_event"] and line["topics"][0] == "kinh_te", line["topics"]
    union = extract_text(
        "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh và Hội Nông dân tỉnh ký kết chương trình phối hợp\n"
        "Ngày 3/4/2024, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Nghệ An và Hội Nông dân tỉnh Nghệ An ký kết "
        "chương trình phối hợp giai đoạn 2024 - 2028."
    )
    assert union["topics"][0] != "khoa_giao", union["topics"]
    # a program the lead says is about "khoa giáo" keeps the science body's field
    stated = extract_text(
        "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh và Công đoàn Viên chức tỉnh ký kết quy chế phối hợp\n"
        "Ngày 3/4/2024, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Yên Bái và Công đoàn Viên chức tỉnh Yên Bái ký "
        "kết quy chế phối hợp về công tác khoa giáo giai đoạn 2024 - 2028."
    )
    assert stated["topics"][0] == "khoa_giao", stated["topics"]
    # the education department keeps the sector's field
    school = extract_text(
        "Sở Giáo dục và Đào tạo và Ủy ban nhân dân tỉnh sơ kết chương trình phối hợp\n"
        "Ngày 3/4/2024, Sở Giáo dục và Đào tạo tỉnh Hậu Giang và Ủy ban nhân dân tỉnh Hậu Giang tổ chức hội nghị sơ "
        "kết chương trình phối hợp năm 2023."
    )
    assert school["topics"][0] == "khoa_giao", school["topics"]
    # the party's own sector keeps its field
    party = extract_text(
        "Ban Tuyên giáo Tỉnh ủy và Sở Y tế ký kết quy chế phối hợp công tác khoa giáo\n"
        "Ngày 3/4/2024, Ban Tuyên giáo Tỉnh ủy Nghệ An và Sở Y tế tỉnh Nghệ An ký kết quy chế phối hợp thực hiện "
        "công tác khoa giáo giai đoạn 2024 - 2028."
    )
    assert "khoa_giao" in party["topics"], party["topics"]


def test_a_mass_organisation_with_an_armed_body_coordinates_on_the_armed_bodys_task():
    # veterans or youth with the border guard: what they coordinate on is security, the organisation joins it;
    # the organisation's own field follows
    line = extract_text(
        "Tỉnh đoàn và Bộ đội Biên phòng tỉnh ký kết chương trình phối hợp\n"
        "Sáng 7/4/2022, Ban Thường vụ Tỉnh đoàn Cà Mau và Bộ Chỉ huy Bộ đội Biên phòng tỉnh Cà Mau ký kết chương "
        "trình phối hợp giai đoạn 2022 - 2027."
    )
    assert line["topics"][:2] == ["quoc_phong_an_ninh", "xa_hoi"], line["topics"]
    veterans = extract_text(
        "Hội Cựu chiến binh tỉnh ký kết chương trình phối hợp với Bộ Chỉ huy Quân sự tỉnh\n"
        "Chiều 2/6/2021, Hội Cựu chiến binh tỉnh Sơn La và Bộ Chỉ huy Quân sự tỉnh Sơn La ký kết chương trình phối "
        "hợp giai đoạn 2021 - 2025."
    )
    assert veterans["topics"][:2] == ["quoc_phong_an_ninh", "xa_hoi"], veterans["topics"]
    # a learning-promotion association's program is about learning promotion, whoever it signs with
    learning = extract_text(
        "Hội Khuyến học tỉnh ký kết chương trình phối hợp với Công an tỉnh\n"
        "Chiều 2/6/2021, Hội Khuyến học tỉnh Sơn La và Công an tỉnh Sơn La ký kết chương trình phối hợp giai đoạn "
        "2021 - 2025."
    )
    assert learning["topics"][0] == "khuyen_hoc", learning["topics"]


def test_a_cluster_of_districts_of_several_provinces_is_inter_provincial():
    # the cluster's member districts are listed by name only; the reference knows their provinces (a name two
    # provinces share, Bảo Lâm, tells nothing)
    line = extract_text(
        "Sơ kết quy chế phối hợp Cụm an ninh giáp ranh\n"
        "Ngày 5/12/2023, huyện Mèo Vạc tổ chức hội nghị sơ kết 1 năm thực hiện quy chế phối hợp của Cụm an ninh "
        "giáp ranh của 03 huyện: Mèo Vạc, Bảo Lạc, Bảo Lâm."
    )
    assert line["level"] == "inter-provincial", line
    assert line["province"] == "Hà Giang" and set(line["provinces_involved"]) == {"Hà Giang", "Cao Bằng"}


def test_a_numbered_cluster_written_as_one_provinces_is_that_provinces():
    # "Cụm thi đua số 5 tỉnh Nghệ An": the province's own bodies grouped, not several provinces
    line = extract_text(
        "Một năm thi đua khép lại\n"
        "Các thành viên đều vượt kế hoạch đề ra trong năm qua.\n"
        "Ngày 20/1/2026, Cụm thi đua số 5 tỉnh Nghệ An họp tổng kết công tác thi đua, khen thưởng của năm 2025 "
        "vừa qua."
    )
    assert line["level"] == "province" and line["province"] == "Nghệ An", line
    # a cluster whose name goes on with more provinces spans them
    several = extract_text(
        "Một năm thi đua khép lại\n"
        "Ngày 20/1/2026, Cụm thi đua số 5 tỉnh Nghệ An, Hà Tĩnh và Quảng Bình họp tổng kết công tác thi đua, "
        "khen thưởng của năm 2025 vừa qua."
    )
    assert several["level"] == "inter-provincial", several


def test_a_signing_title_over_a_lead_that_tells_a_review_is_a_meeting():
    # the title tells the signing, the lead the review it closes: a review that re-signs is a meeting (DOMAIN.md)
    line = extract_text(
        "Ký kết quy chế phối hợp bảo đảm an ninh trật tự trong doanh nghiệp\n"
        "Chiều 4/11/2022, Công an tỉnh và Liên đoàn Lao động tỉnh Bình Dương tổ chức hội nghị tổng kết quy chế "
        "phối hợp giai đoạn 2017 - 2022 và ký kết quy chế phối hợp giai đoạn 2022 - 2027."
    )
    assert line["event_type"] == "meeting" and (line["period_start"], line["period_end"]) == (2017, 2022), line
    # a lead that cites an earlier review as its ground still tells a signing
    cited = extract_text(
        "Ký kết quy chế phối hợp bảo đảm an ninh trật tự trong doanh nghiệp\n"
        "Thực hiện kết luận hội nghị sơ kết năm 2022, chiều 4/11/2022, Công an tỉnh và Liên đoàn Lao động tỉnh Bình "
        "Dương ký kết quy chế phối hợp giai đoạn 2022 - 2027."
    )
    assert cited["event_type"] == "agreement", cited


def test_the_yearly_joint_plan_signed_after_last_years_review_is_a_meeting():
    # neighbouring border forces review last year's joint work and sign this year's plan: a review that re-signs
    review = (
        "Ký kết kế hoạch hiệp đồng bảo vệ biên giới năm 2024\n"
        "Sáng 6/3/2024, Bộ Chỉ huy Bộ đội Biên phòng hai tỉnh Lai Châu và Điện Biên tổ chức ký kết kế hoạch hiệp đồng "
        "bảo vệ biên giới khu vực tiếp giáp năm 2024.\n"
    )
    line = extract_text(
        review + "Trong năm 2023, lực lượng hai tỉnh đã trao đổi thông tin và tuần tra chung nhiều lần."
    )
    assert line["event_type"] == "meeting", line
    # the same signing told alone stays a signing
    assert extract_text(review + "Hai bên thống nhất trao đổi thông tin hằng tháng.")["event_type"] == "agreement"


def test_an_exchange_conference_that_signs_a_memorandum_is_an_agreement():
    # a conference held to exchange or link up, not to review, with a memorandum of cooperation signed in it: a
    # conference convened to launch a cooperation (DOMAIN.md)
    head = (
        "Hội nghị trao đổi công tác giữa hai tỉnh Hà Nam và Ninh Bình\n"
        "Sáng 12/9/2023, tại thành phố Phủ Lý, Ban Thường vụ Tỉnh ủy Hà Nam và Ban Thường vụ Tỉnh ủy Ninh Bình tổ "
        "chức hội nghị trao đổi công tác giữa hai tỉnh.\n"
        "Các đại biểu đã thảo luận về phát triển kinh tế - xã hội của mỗi địa phương.\n"
    )
    line = extract_text(
        head + "Tại hội nghị, lãnh đạo hai tỉnh đã ký kết biên bản ghi nhớ hợp tác giai đoạn 2023 - 2025."
    )
    assert line["event_type"] == "agreement", line
    # the same conference with no memorandum stays a meeting
    assert extract_text(head)["event_type"] == "meeting"


def test_a_caption_above_the_report_does_not_give_a_reviews_period():
    # a photo's caption of the new signing sits above the dated report of the review: the meeting's period is
    # the reviewed program's, which the report states
    line = extract_text(
        "Tăng cường phối hợp giữ gìn an ninh vùng biên\n"
        "Lãnh đạo hai đơn vị ký kết chương trình phối hợp giai đoạn 2024 - 2029.\n"
        "Sáng 5/4/2024, Hội Nông dân tỉnh Lạng Sơn và Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lạng Sơn tổ chức hội nghị "
        "tổng kết chương trình phối hợp giai đoạn 2019 - 2024 và ký kết chương trình phối hợp giai đoạn 2024 - 2029."
    )
    assert line["event_type"] == "meeting" and (line["period_start"], line["period_end"]) == (2019, 2024), line


def test_a_plan_signed_for_part_of_a_year_has_that_years_period():
    # "ký kết kế hoạch phối hợp ... 6 tháng cuối năm 2025": the signed plan's own year
    line = extract_text(
        "Hai cơ quan cùng làm công tác dân vận\n"
        "Ngày 14/7/2025, Ban Dân vận Tỉnh ủy Quảng Ninh và Bộ Chỉ huy Quân sự tỉnh Quảng Ninh ký kết kế hoạch phối "
        "hợp cho 6 tháng cuối năm 2025, tập trung vào vận động quần chúng."
    )
    assert line["event_type"] == "agreement" and (line["period_start"], line["period_end"]) == (2025, 2025), line
    # at a review, the months reviewed are no period
    review = extract_text(
        "Nhìn lại nửa năm đầu làm dân vận\n"
        "Hôm 14/7/2025, Bộ Chỉ huy Quân sự tỉnh Quảng Ninh cùng Ban Dân vận Tỉnh ủy họp sơ kết quy chế phối "
        "hợp 6 tháng đầu năm 2025."
    )
    assert review["event_type"] == "meeting" and review["period_start"] is None, review


def test_a_guest_listed_with_a_clusters_members_is_not_involved():
    # "Hậu Giang (khách mời)", "và đơn vị khách mời là ...", "cơ quan đại diện ... tại TP.HCM": guests and the
    # place of a guest's office are not the provinces whose bodies take part
    line = extract_text(
        "Cụm thi đua số 7 sơ kết công tác 6 tháng đầu năm 2023\n"
        "Ngày 20/7/2023, tại TP Cao Lãnh, Cụm thi đua số 7 tổ chức hội nghị sơ kết công tác thi đua.\n"
        "Dự hội nghị có đại diện cơ quan đại diện Bộ Tư pháp tại TP.HCM, lãnh đạo Sở Tư pháp các tỉnh Đồng Tháp, "
        "An Giang, Vĩnh Long và Hậu Giang (khách mời)."
    )
    assert set(line["provinces_involved"]) == {"Đồng Tháp", "An Giang", "Vĩnh Long"}, line["provinces_involved"]


def test_a_signing_between_a_city_and_a_group_of_provinces_named_one_by_one_is_inter_provincial():
    # "giữa TP Cần Thơ và các tỉnh (gồm A, B và C)": places sign, whichever body the text names for one of them
    line = extract_text(
        "Bắt tay làm du lịch vùng sông nước\n"
        "Ngày 3/4/2019, tại TP Cần Thơ, lễ ký kết hợp tác cho giai đoạn 2019 - 2023 được tổ chức giữa TP Cần "
        "Thơ và các tỉnh (gồm Hậu Giang, Vĩnh Long và Sóc Trăng) nhằm cùng nhau đưa khách về miền Tây."
    )
    assert line["level"] == "inter-provincial", line
    assert set(line["provinces_involved"]) == {"Cần Thơ", "Hậu Giang", "Vĩnh Long", "Sóc Trăng"}, line


def test_the_police_with_a_procuracy_and_a_court_coordinate_on_the_laws_procedure():
    # the bodies of one procedure ("liên ngành tố tụng") review their joint work: law leads, security follows
    line = extract_text(
        "Liên ngành tố tụng huyện tổng kết công tác phối hợp năm 2023\n"
        "Ngày 8/1/2024, Công an huyện Krông Pắc, Viện kiểm sát nhân dân huyện Krông Pắc và Tòa án nhân dân huyện "
        "Krông Pắc tổ chức hội nghị tổng kết quy chế phối hợp liên ngành năm 2023."
    )
    assert line["topics"][:2] == ["phap_luat", "quoc_phong_an_ninh"], line["topics"]
    # a defence command with a court is no procedure's bodies: the command's field leads
    defence = extract_text(
        "Ký kết quy chế phối hợp về biên giới\n"
        "Ngày 8/1/2024, Bộ Chỉ huy Quân sự tỉnh An Giang và Tòa án nhân dân tỉnh An Giang ký kết quy chế phối hợp "
        "giai đoạn 2024 - 2028."
    )
    assert defence["topics"][0] == "quoc_phong_an_ninh", defence["topics"]


def test_a_title_glued_to_a_lead_that_opens_with_the_outlets_tag_is_split_there():
    # the crawler's date line holds the title and the lead, the lead opening with the outlet's tag and no day
    line = extract_text(
        " date 2024-03-05 Ký kết phối hợp giữ gìn an ninh trật tự trên địa bàn thành phố ĐNO - Công an thành phố Đà "
        "Nẵng và Ban Dân vận Thành ủy Đà Nẵng mới đây đã ký một kế hoạch chung cho năm 2024.\n"
        "Hai cơ quan sẽ cùng vận động người dân góp sức giữ trật tự ở từng khu phố."
    )
    assert line["title"] == "Ký kết phối hợp giữ gìn an ninh trật tự trên địa bàn thành phố", line["title"]
    assert "Ban Dân vận Thành ủy Đà Nẵng" in line["parties"], line["parties"]


def test_a_merged_party_board_takes_the_sector_its_name_and_the_title_share():
    # "Ban Tuyên giáo và Dân vận" (merged in 2025) has no field of its own: the title's "công tác dân vận" says
    # which of its sectors the program is about; communication follows as the means
    line = extract_text(
        "Ký kết quy chế phối hợp công tác dân vận\n"
        "Ngày 12/9/2025, Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Ngãi và Công an tỉnh Quảng Ngãi ký kết quy chế phối "
        "hợp thực hiện công tác dân vận giai đoạn 2025 - 2030."
    )
    assert line["topics"][0] == "dan_van" and "tuyen_truyen" in line["topics"], line["topics"]


def test_a_central_body_signing_with_a_regions_units_and_no_venue_takes_the_outlets_province():
    # a regional command signs with the units of several provinces, named one by one, and the text names no
    # venue: the provincial outlet's province hosts; the provinces named take part
    text = (
        "Ký kết quy chế phối hợp tìm kiếm cứu nạn trên biển\n"
        "Chiều 10/6/2024, Bộ Tư lệnh Vùng Cảnh sát biển 2 tổ chức ký kết quy chế phối hợp với Cảng vụ Hàng hải các "
        "tỉnh: Quảng Nam, Quảng Ngãi và Bình Định."
    )
    line = extract_text(text, url="https://baoquangngai.vn/xa-hoi/ky-ket-quy-che-phoi-hop.htm")
    assert line["province"] == "Quảng Ngãi", line
    assert set(line["provinces_involved"]) == {"Quảng Nam", "Quảng Ngãi", "Bình Định"}, line
    # joined online by the whole country's provinces: a national event
    national = text.replace("các tỉnh: Quảng Nam, Quảng Ngãi và Bình Định", "63 tỉnh, thành phố trên cả nước")
    assert extract_text(national, url="https://baoquangngai.vn/xa-hoi/a.htm")["province"] is None


def test_a_province_listed_by_its_main_city_is_involved():
    # "Bình Dương, Đồng Nai, Vũng Tàu và Tây Ninh": a member written as its main city is its province
    line = extract_text(
        "Cụm thi đua miền Đông Nam Bộ tổng kết năm 2019\n"
        "Ngày 10/1/2020, tại TP Thủ Dầu Một, Cụm thi đua các Sở Tư pháp miền Đông Nam Bộ tổ chức hội nghị tổng kết "
        "công tác thi đua năm 2019.\n"
        "Dự hội nghị có lãnh đạo Sở Tư pháp các tỉnh thuộc Cụm gồm: Bình Dương, Đồng Nai, Vũng Tàu, Bình Phước và "
        "Tây Ninh."
    )
    assert set(line["provinces_involved"]) == {"Bình Dương", "Đồng Nai", "Bà Rịa - Vũng Tàu", "Bình Phước", "Tây Ninh"}


def test_a_photos_caption_is_not_taken_for_the_title():
    # the caption repeats the headline's words (and the address's), credited to its photographer: the headline
    # above the lead is the title, and the report under it is the lead
    text = (
        "Đường dây nóng: 0900000000 Thứ Hai, 02/10/2023 10:33 GMT+7\n"
        "Lai Châu: Biên phòng và Hội Nông dân ký kết chương trình phối hợp\n"
        "Biên phòng - Chiều 16-10, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lai Châu và Hội Nông dân tỉnh Lai Châu tổ chức "
        "ký kết chương trình phối hợp vận động nông dân khu vực biên giới giai đoạn 2023 - 2028.\n"
        "Bộ đội Biên phòng tỉnh Lai Châu và Hội Nông dân tỉnh Lai Châu ký kết chương trình phối hợp giai đoạn "
        "2023 - 2028. Ảnh: Minh Anh\n"
        "Theo nội dung ký kết, hai đơn vị phối hợp tuyên truyền cho hội viên chấp hành pháp luật về biên giới."
    )
    url = "https://www.bienphong.com.vn/lai-chau-bien-phong-va-hoi-nong-dan-ky-ket-chuong-trinh-phoi-hop-post1.html"
    line = extract_text(text, url=url)
    assert line["title"] == "Lai Châu: Biên phòng và Hội Nông dân ký kết chương trình phối hợp", line["title"]
    assert line["topics"][0] == "quoc_phong_an_ninh", line["topics"]


def test_a_groups_own_name_gives_the_provinces_it_writes():
    # "Nhóm hợp tác ... 8 tỉnh Tây Bắc mở rộng và TP Hồ Chí Minh": the eight are not named, the city is
    line = extract_text(
        "Hội nghị trực tuyến của Nhóm hợp tác phát triển du lịch 8 tỉnh Tây Bắc mở rộng và TP Hồ Chí Minh\n"
        "Ngày 13/4/2021, tại tỉnh Hà Giang, các thành viên của nhóm họp để nhìn lại năm 2020."
    )
    assert set(line["provinces_involved"]) == {"Hà Giang", "TP Hồ Chí Minh"}, line


def test_who_welcomes_a_meeting_of_several_provinces_with_no_venue_speaks_for_its_host():
    # no venue named: the leader who gives the welcome or opening speech is the host's
    line = extract_text(
        "Liên kết phát triển du lịch ba tỉnh\n"
        "Sáng 5/5/2022, Sở Du lịch tỉnh Quảng Bình, Sở Du lịch tỉnh Quảng Trị và Sở Du lịch tỉnh Thừa Thiên Huế tổ "
        "chức hội nghị liên kết phát triển du lịch năm 2022.\n"
        "Ông Nguyễn Văn An, Phó Chủ tịch UBND tỉnh Quảng Trị, phát biểu chào mừng hội nghị."
    )
    assert line["level"] == "inter-provincial" and line["province"] == "Quảng Trị", line


def test_border_communes_of_two_provinces_are_inter_provincial():
    # the communes of a border area are listed with their districts in brackets, the districts in two provinces
    line = extract_text(
        "Ký kết kế hoạch phối hợp bảo đảm an ninh trật tự địa bàn giáp ranh\n"
        "Ngày 6/8/2024, tại Công an xã Thanh An, huyện Dầu Tiếng, tỉnh Bình Dương, Công an 04 xã giáp ranh: Minh "
        "Long (thị xã Chơn Thành), Thanh An, Thanh Tuyền, Định An (huyện Dầu Tiếng) ký kết kế hoạch phối hợp bảo "
        "đảm an ninh, trật tự."
    )
    assert line["level"] == "inter-provincial", line
    assert set(line["provinces_involved"]) == {"Bình Dương", "Bình Phước"}, line


def test_a_yearly_review_early_in_a_year_with_no_header_is_in_the_year_it_plans():
    # no header date, no dated address: the year comes from the text, which names the year under review first;
    # a review held in January that plans the next year is held in that next year
    text = (
        "Sáng 14-1, Cụm thi đua số 3 các hội đặc thù tỉnh Nam Định họp tại trụ sở UBND tỉnh để tổng kết công "
        "tác thi đua, khen thưởng năm 2022 và bàn việc của năm 2023.\n"
        "Các hội thành viên đều làm tròn phần việc của mình trong năm qua."
    )
    assert (
        extract_text(text, url="https://baonamdinh.vn/xa-hoi/cum-thi-dua-so-3-tong-ket.html")["event_date"]
        == "2023-01-14"
    )
    # a review in December is held in the year under review
    december = text.replace("Sáng 14-1", "Sáng 27-12")
    assert (
        extract_text(december, url="https://baonamdinh.vn/xa-hoi/cum-thi-dua-so-3-tong-ket.html")["event_date"]
        == "2022-12-27"
    )


def test_a_header_dated_before_the_day_told_does_not_push_it_into_last_year():
    # the portal's header date precedes the mid-year review it heads; the article names the header's year
    text = (
        "Sơ kết Cụm thi đua các Đài Phát thanh và Truyền hình khu vực miền Trung\n"
        "15/03/2021, 08:10\n"
        "Ngày 09/7, Đài Phát thanh và Truyền hình Quảng Bình tổ chức hội nghị sơ kết 6 tháng đầu năm của Cụm thi "
        "đua các Đài Phát thanh và Truyền hình khu vực miền Trung.\n"
        "Trong 6 tháng đầu năm 2021, các Đài trong cụm đã phối hợp tuyên truyền hiệu quả."
    )
    assert (
        extract_text(text, url="https://nguoilambao.vn/so-ket-cum-thi-dua-mien-trung-n1234.html")["event_date"]
        == "2021-07-09"
    )
    # an article naming last year as the one it reports on keeps the day in last year
    last_year = text.replace("6 tháng đầu năm 2021", "6 tháng đầu năm 2020")
    assert (
        extract_text(last_year, url="https://nguoilambao.vn/so-ket-cum-thi-dua-mien-trung-n1234.html")["event_date"]
        == "2020-07-09"
    )


def test_a_districts_youth_union_written_with_the_districts_name_gives_its_province():
    # "Huyện đoàn X" / "Quận đoàn X" name the district as a youth union writes itself; no province named anywhere
    text = (
        "Tuổi trẻ và cựu binh nhìn lại 5 năm làm việc chung\n"
        "Ngày 20/9/2019, Hội Cựu chiến binh quận cùng Quận đoàn Thanh Khê tổng kết chương trình phối hợp kéo dài "
        "5 năm nhằm dạy truyền thống cho thanh niên."
    )
    assert extract_text(text, url="http://tuoitrethanhkhe.org.vn/web/?p=123")["province"] == "Đà Nẵng"
    # the tone mark dropped ("Quận Đoan"), as local pages type it
    typed = text.replace("Quận đoàn Thanh Khê", "Quận Đoan Thanh Khê")
    assert extract_text(typed, url="http://tuoitrethanhkhe.org.vn/web/?p=123")["province"] == "Đà Nẵng"


def test_a_district_whose_name_starts_like_a_youth_union_is_still_that_district():
    from etl.places import gazetteer

    assert [m.name for m in gazetteer().districts_in("UBND huyện Đoan Hùng, tỉnh Phú Thọ")] == ["Đoan Hùng"]
    assert [m.province for m in gazetteer().districts_in("Quận đoàn Thanh Khê")] == ["Đà Nẵng"]


def test_a_meeting_over_days_written_once_with_the_month_is_dated_by_its_first_day():
    # "Trong 2 ngày 5 và 6/7/2022", "24-25/11/2023": the month and year written once after the last day
    text = (
        "Giao ban Cụm thi đua các tỉnh Tây Nguyên\n"
        "Trong 2 ngày 14 và 15/8/2023, tại thành phố Buôn Ma Thuột, tỉnh Đắk Lắk đã diễn ra hội nghị sơ kết 6 tháng "
        "đầu năm của Cụm thi đua các tỉnh Tây Nguyên."
    )
    assert extract_text(text)["event_date"] == "2023-08-14"
    hyphen = text.replace("14 và 15/8/2023", "14-15/8/2023")
    assert extract_text(hyphen)["event_date"] == "2023-08-14"
    # without the year: the first day too
    no_year = text.replace("Trong 2 ngày 14 và 15/8/2023", "Ngày 14 và 15/8")
    assert extract_text(no_year, url="https://baodaklak.vn/202308/giao-ban-cum-thi-dua/")["event_date"] == "2023-08-14"


def test_today_written_with_its_day_gives_the_day_not_the_crawlers_month():
    # "Chiều nay 19/10", "Sáng nay (29-10)": the day follows "nay"; the crawler dated the page to the month only
    text = (
        " date 2023-10 Chiều nay 16/10, Công an tỉnh và Bộ Chỉ huy Quân sự tỉnh Quảng Ngãi tổ chức hội nghị giao ban "
        "quy chế phối hợp quý III/2023."
    )
    assert extract_text(text)["event_date"] == "2023-10-16"
    bracketed = text.replace("Chiều nay 16/10", "Sáng nay (16-10)")
    assert extract_text(bracketed)["event_date"] == "2023-10-16"


def test_a_period_of_an_older_numbered_document_the_signing_carries_out_is_not_the_signed_ones():
    # "cụ thể hóa Kế hoạch số 12-KH/BCĐ, ngày 3/4/2016 của ... về thực hiện chương trình phối hợp ... giai đoạn
    # 2016-2020": a dated plan's period, the regulation signed names none
    text = (
        "Ký kết quy chế phối hợp tuyên truyền về cải cách tư pháp\n"
        "Chiều 12/6/2018, Tòa án nhân dân tỉnh Cao Bằng và Báo Cao Bằng ký kết quy chế phối hợp công tác tuyên "
        "truyền.\n"
        "Quy chế gồm 4 chương, quy định việc cung cấp thông tin và cử phóng viên đưa tin.\n"
        "Các bên nhằm cụ thể hóa Kế hoạch số 12-KH/BCĐ, ngày 3/4/2016 của Ban Chỉ đạo Cải cách tư pháp tỉnh về "
        "thực hiện chương trình phối hợp tuyên truyền về cải cách tư pháp giai đoạn 2016-2020."
    )
    line = extract_text(text)
    assert (line["period_start"], line["period_end"]) == (None, None)
    # the program's period written in the body with no older document before it still counts
    own = text.replace(
        "Các bên nhằm cụ thể hóa Kế hoạch số 12-KH/BCĐ, ngày 3/4/2016 của Ban Chỉ đạo Cải cách tư pháp tỉnh về thực hiện",
        "Hai bên thực hiện",
    )
    line = extract_text(own)
    assert (line["period_start"], line["period_end"]) == (2016, 2020)


def test_a_header_a_year_before_the_only_year_the_article_names_does_not_date_its_pledge():
    # a portal's header "12/5/2021" over a pledge for 2022 signed "ngày 08/3": the pledge's year is the event's
    text = (
        "Cổng thông tin điện tử tỉnh Thái Bình\n"
        "12/5/2021  |  English\n"
        "Khối thi đua các hội đặc thù ký giao ước thi đua năm 2022\n"
        "Sáng ngày 08/3, tại Hội trường Hội Văn học Nghệ thuật tỉnh, Khối thi đua các hội đặc thù tỉnh tổ chức hội "
        "nghị ký kết giao ước thi đua năm 2022."
    )
    assert extract_text(text, url="https://thaibinh.gov.vn/Trang/giao-uoc.aspx")["event_date"] == "2022-03-08"
    # a pledge late in the header's year for the next year stays in the header's year
    december = text.replace("12/5/2021", "20/12/2021").replace("Sáng ngày 08/3", "Sáng ngày 15/12")
    assert extract_text(december, url="https://thaibinh.gov.vn/Trang/giao-uoc.aspx")["event_date"] == "2021-12-15"


def test_a_site_clock_after_new_year_does_not_move_a_december_review_into_the_plans_year():
    # the site's clock (a day in February) heads a review held "Chiều 18/12" of the year it reviews, planning the next
    text = (
        "Thứ hai 10/02/2025 08:15\n"
        "Các tỉnh Bắc Trung Bộ tăng cường liên kết phát triển du lịch\n"
        "Chiều 18/12, tại thành phố Vinh (tỉnh Nghệ An), Sở Văn hóa, Thể thao và Du lịch Nghệ An tổ chức hội nghị "
        "đánh giá kết quả chương trình liên kết phát triển du lịch các tỉnh Bắc Trung Bộ.\n"
        "Trong năm 2023, các sở của sáu tỉnh đã phối hợp quảng bá điểm đến; năm 2024 sẽ mở thêm các tuyến liên vùng."
    )
    assert extract_text(text)["event_date"] == "2023-12-18"
    # a review that names only the year it reviews keeps the clock's reading
    one_year = text.replace("; năm 2024 sẽ mở thêm các tuyến liên vùng", "")
    assert extract_text(one_year)["event_date"] == "2024-12-18"


def test_days_listed_with_a_comma_before_the_month_are_dated_by_the_first():
    # "Trong các ngày 04, 05/4/2024": the days listed, the month and year written once
    text = (
        "Sơ kết Cụm thi đua số IV Tòa án nhân dân\n"
        "Trong các ngày 11, 12/6/2023 tại tỉnh Hậu Giang, Cụm thi đua số IV Tòa án nhân dân tổ chức hội nghị sơ kết "
        "6 tháng đầu năm 2023."
    )
    assert extract_text(text)["event_date"] == "2023-06-11"


def test_a_yearly_review_that_signs_next_years_pledge_has_that_year_as_its_period():
    # a cluster's year-end review told in the lead, the pledge for the next year signed in a later paragraph:
    # the pledge's year is the period (ruling 5), the year under review never is
    text = (
        "Cụm thi đua số 4 tổng kết công tác năm 2022\n"
        "Ngày 9/1/2023, tại huyện Yên Thành, Cụm thi đua số 4 gồm Công an các huyện Yên Thành, Diễn Châu, Quỳnh Lưu "
        "tổ chức hội nghị tổng kết phong trào thi đua trong năm 2022.\n"
        "Các đơn vị trao đổi kinh nghiệm trong công tác xây dựng lực lượng và phong trào toàn dân bảo vệ an ninh.\n"
        "Tại hội nghị, các đơn vị trong cụm đã ký kết giao ước thi đua năm 2023."
    )
    line = extract_text(text, url="https://baonghean.vn/cum-thi-dua-so-4-tong-ket-2022.html")
    assert line["event_type"] == "meeting"
    assert (line["period_start"], line["period_end"]) == (2023, 2023)
    # a review with no signing below has no period: 2022 is only the year under review
    alone = text.rsplit("\n", 1)[0]
    assert (extract_text(alone)["period_start"], extract_text(alone)["period_end"]) == (None, None)
