"""Classes of how real reports name the parties (issue 11, session 24): each written in sentences of our own and
run through the whole article pipeline (`process`), as `phoihop extract` runs it."""

from __future__ import annotations

from tests.extraction import extract_text


def test_the_cluster_its_chair_holds_the_meeting_for_is_the_party():
    # the chair is named first, as the cluster's chair: the cluster's meeting, the cluster the one party
    line = extract_text(
        "Ngày 8/12/2024, tại Thái Nguyên, Hội Luật gia tỉnh Thái Nguyên - đơn vị Cụm trưởng Cụm thi đua Hội Luật gia "
        "các tỉnh Việt Bắc tổ chức hội nghị tổng kết công tác thi đua của Cụm năm 2024, triển khai nhiệm vụ năm 2025."
    )
    assert line["parties"] == ["Cụm thi đua Hội Luật gia các tỉnh Việt Bắc"]


def test_bodies_inside_a_cluster_are_its_members_not_one_provinces_body():
    # "Hội Cựu chiến binh các tỉnh thuộc Cụm thi đua ...": the members together, not the host province's body; the
    # members written before the cluster are its description (ruling 2: the cluster with the description the text
    # gives it, as labels write "Cụm thi đua số 6 (43 Chi hội Luật gia)")
    line = extract_text(
        "Trong hai ngày 3 và 4/10/2023, tại tỉnh Kon Tum đã diễn ra Hội nghị giao ban 9 tháng năm 2023 của Hội Cựu "
        "chiến binh các tỉnh thuộc Cụm thi đua Tây Nguyên."
    )
    # the kind of its members, written before it, is the description it is named with (ruling 2, as rr020, rd035);
    # a member list in brackets is no part of its name (ruling 11)
    assert line["parties"] == ["Cụm thi đua Tây Nguyên Hội Cựu chiến binh"]
    line = extract_text(
        "Ngày 20/12/2022, các Báo Đảng trong Khối thi đua số 2 khu vực Nam Trung Bộ tổ chức hội nghị tổng kết "
        "công tác thi đua năm 2022 tại tỉnh Bình Thuận."
    )
    assert line["parties"] == ["Khối thi đua số 2 khu vực Nam Trung Bộ"]  # what it is made of: no part of its name


def test_a_body_in_the_name_of_its_day_is_no_party():
    line = extract_text(
        "Hôm 14/10/2021, nhân dịp kỷ niệm Ngày thành lập Hội Nông dân Việt Nam, Hội Nông dân tỉnh Bến Tre và "
        "Sở Tư pháp tỉnh Bến Tre tổ chức hội nghị sơ kết chương trình phối hợp."
    )
    assert line["parties"] == ["Hội Nông dân tỉnh Bến Tre", "Sở Tư pháp tỉnh Bến Tre"]


def test_a_university_named_without_its_school_word_signs():
    # "Đại học X" (no "Trường"): a university, placed as "Trường Đại học X" is (by the place its name holds)
    line = extract_text(
        "Sáng 9/3/2023, UBND tỉnh Quảng Bình ký kết thỏa thuận hợp tác với Đại học Bách khoa Hà Nội về đào tạo "
        "nguồn nhân lực giai đoạn 2023 - 2028."
    )
    assert line["parties"] == ["UBND tỉnh Quảng Bình", "Đại học Bách khoa Hà Nội"]


def test_a_meeting_whose_bodies_are_named_only_through_the_leaders_who_chair_it():
    # DOMAIN ruling 7: the leaders stand for their bodies; of a leader's titles the last names the body that chairs
    line = extract_text(
        "Sáng 12/4/2023, đồng chí Nguyễn Văn An, Phó Bí thư Tỉnh ủy, Giám đốc Công an tỉnh Hà Tĩnh và đồng chí Trần "
        "Thị Bình, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh Hà Tĩnh đồng chủ trì hội nghị sơ kết 3 năm thực hiện chương "
        "trình phối hợp."
    )
    assert line["parties"] == ["Công an tỉnh Hà Tĩnh", "Hội Liên hiệp Phụ nữ tỉnh Hà Tĩnh"]
    assert line["level"] == "province"


def test_the_body_that_holds_the_frame_of_a_signing_does_not_sign():
    # a signing inside a larger event held by another body: the bodies after "giữa" sign, the frame's holder not
    line = extract_text(
        "Sáng 7/12/2024, trong khuôn khổ hội nghị gặp mặt doanh nghiệp do UBND tỉnh Bình Dương tổ chức, đã diễn ra "
        "lễ ký kết chương trình phối hợp giữa Sở Công Thương tỉnh Bình Dương và Hội Doanh nhân trẻ tỉnh Bình Dương."
    )
    assert line["parties"] == ["Sở Công Thương tỉnh Bình Dương", "Hội Doanh nhân trẻ tỉnh Bình Dương"]


def test_the_address_of_a_venue_is_no_party():
    # "tại <a building>, <its ward>, <its city>, X tổ chức": the ward locates the building; the body holds the meeting
    line = extract_text(
        "Sáng 9/1/2025, tại Khách sạn Sông Hàn, phường Hải Châu, TP Đà Nẵng, Cụm thi đua Liên đoàn Lao động các tỉnh "
        "duyên hải miền Trung tổ chức hội nghị tổng kết việc thi đua năm 2024."
    )
    assert line["parties"] == ["Cụm thi đua Liên đoàn Lao động các tỉnh duyên hải miền Trung"]


def test_a_towns_youth_union_and_a_communes_mass_mobilisation_bloc_are_bodies():
    # "Thị đoàn", "Quận đoàn" are a town's and an urban district's youth union, as "Huyện đoàn" a rural district's
    line = extract_text(
        "Hôm 2/10/2019, Huyện đoàn Bù Đăng và Thị đoàn Phước Long đã ký kết chương trình phối hợp cho ba năm tiếp theo."
    )
    assert line["parties"] == ["Huyện đoàn Bù Đăng", "Thị đoàn Phước Long"]
    # the bloc of a commune's mass mobilisation ("khối Dân vận"), named with the commune's party committee or not
    line = extract_text(
        "Chiều 16/12/2024, khối Dân vận xã Đại Hiệp tổ chức hội nghị tổng kết công tác dân vận năm 2024, triển khai "
        "nhiệm vụ năm 2025."
    )
    assert line["parties"] == ["Khối Dân vận xã Đại Hiệp"] and line["level"] == "commune"


def test_a_body_of_a_communes_party_committee_keeps_the_commune():
    # "Khối Dân vận Đảng ủy xã A" where A is also a district's name elsewhere: "xã" says it is the commune;
    # the title's bare "Khối Dân vận" is the same body
    line = extract_text(
        "Tổng kết Khối Dân vận năm 2024\n\nChiều 12/12/2024, Khối Dân vận Đảng ủy xã Hưng Hà tổ chức hội nghị tổng "
        "kết hoạt động năm 2024, triển khai nhiệm vụ năm 2025.",
        url="https://tanhung.longan.gov.vn/tin-tuc/tong-ket-khoi-dan-van-2024",
    )
    assert line["parties"] == ["Khối Dân vận Đảng ủy xã Hưng Hà"]
    assert line["level"] == "commune"


def test_the_author_of_the_rules_a_text_goes_by_is_no_party():
    line = extract_text(
        "Ngày 5/1/2024, theo quy chế thi đua của Liên minh Hợp tác xã Việt Nam, Liên minh Hợp tác "
        "xã tỉnh Đắk Lắk cùng Liên minh Hợp tác xã tỉnh Gia Lai ký giao ước thi đua cho năm 2024."
    )
    assert line["parties"] == ["Liên minh Hợp tác xã tỉnh Đắk Lắk", "Liên minh Hợp tác xã tỉnh Gia Lai"]


def test_a_central_body_reviewing_a_cluster_holds_the_meeting_the_cluster_is_reviewed():
    # the title names the cluster; the lead says a central body holds the review of its work: the body is the party
    line = extract_text(
        "Nhìn lại một năm của Cụm thi đua Ủy ban MTTQ Việt Nam các tỉnh Tây Nguyên\n\nNgày 8/12/2022 ở Buôn Ma "
        "Thuột, Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam chủ trì hội nghị tổng kết năm 2022 của "
        "Cụm thi đua Ủy ban MTTQ Việt Nam các tỉnh Tây Nguyên."
    )
    assert line["parties"] == ["Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam"]


def test_one_head_for_counted_places_named_after_a_colon_keeps_each_places_admin_word():
    # "Sở VH-TT-DL của 4 tỉnh, thành phố gồm: A, B, C và TP D": a body per place; the department's short name with
    # hyphens only, and "TP" where the text writes it
    line = extract_text(
        "Sáng 20/11/2025, tại tỉnh Tây Ninh, Sở VH-TT-DL của 3 tỉnh, thành phố gồm: Tây Ninh, An Giang và TP Cần "
        "Thơ đã tổ chức hội nghị ký kết chương trình liên kết phát triển du lịch giai đoạn 2025 - 2030."
    )
    assert line["parties"] == ["Sở VH-TT-DL tỉnh Tây Ninh", "Sở VH-TT-DL tỉnh An Giang", "Sở VH-TT-DL TP Cần Thơ"]
    line = extract_text("Sáng 3/4/2024, Sở KH-CN và Sở TN-MT tỉnh Bến Tre ký kết quy chế phối hợp công tác.")
    assert line["parties"] == ["Sở KH-CN tỉnh Bến Tre", "Sở TN-MT tỉnh Bến Tre"]


def test_the_body_that_launched_a_campaign_is_no_party():
    # "phong trào thi đua do Bộ Tư pháp phát động": the campaign's author, not a party of the cluster's meeting
    line = extract_text(
        "Cụm thi đua Sở Tư pháp các tỉnh Tây Bắc tổng kết công tác thi đua năm 2025\n\nHưởng ứng phong trào thi đua "
        "do Bộ Tư pháp phát động, năm 2025 các đơn vị trong Cụm đã hoàn thành tốt nhiệm vụ được giao.\n\nNgày "
        "20/1/2026, tại tỉnh Sơn La, Cụm thi đua Sở Tư pháp các tỉnh Tây Bắc tổ chức hội nghị tổng kết công tác thi "
        "đua năm 2025."
    )
    assert line["parties"] == ["Cụm thi đua Sở Tư pháp các tỉnh Tây Bắc"]
    assert line["level"] == "inter-provincial"


def test_a_collective_bodys_name_ends_before_the_tense_word():
    line = extract_text(
        "Hôm 5/3/2013 ở Kon Tum, Liên đoàn Lao động các huyện, thị xã, thành phố đã cùng nhau ký giao ước thi "
        "đua cho năm 2013.",
        url="https://baokontum.com.vn/chinh-tri/ky-ket-giao-uoc-thi-dua-2013.html",
    )
    assert not any(p.endswith(" đã") for p in line["parties"]), line["parties"]


def test_every_body_of_a_list_of_heads_for_every_place_of_a_list_of_places():
    # "Đảng ủy - HĐND - UBND các xã A, B và C": three bodies for each of three communes
    line = extract_text(
        "Hôm 3/12/2025, Đảng ủy - HĐND - UBND các xã Đại Lộc, Thượng Đức và Hà Nha tổ chức ký kết chương trình "
        "phối hợp cho 5 năm tới."
    )
    assert sorted(line["parties"]) == sorted(
        f"{head} xã {place}" for head in ("Đảng ủy", "HĐND", "UBND") for place in ("Đại Lộc", "Thượng Đức", "Hà Nha")
    )


def test_the_author_of_a_directive_dated_with_dashes_is_no_party():
    # the page's first line cites the directive the pairing follows ("ngày 7-8-2025 của X"): X issued it
    line = extract_text(
        "Việc kết nghĩa được thực hiện theo Chỉ thị số 05-CT/TU ngày 7-8-2025 của Ban Thường vụ Tỉnh ủy Gia Lai về "
        "tăng cường hoạt động kết nghĩa giữa các địa phương.\n\nSáng 12/9/2025, phường An Khê và xã Kông Chro ký kết "
        "chương trình kết nghĩa."
    )
    assert line["parties"] == ["phường An Khê", "xã Kông Chro"]
    assert line["level"] == "commune"


def test_a_national_park_is_a_body():
    line = extract_text(
        "Ngày 4/11/2020, Vườn quốc gia Bạch Mã và Hạt Kiểm lâm huyện Phú Lộc ký kết quy chế phối hợp bảo vệ rừng."
    )
    assert line["parties"] == ["Vườn quốc gia Bạch Mã", "Hạt Kiểm lâm huyện Phú Lộc"]


def test_the_womens_union_written_short_is_a_body_and_the_titles_bare_naming_of_it_is_the_leads():
    line = extract_text(
        "Hội phụ nữ và Công an huyện ký kết chương trình phối hợp\n\nHôm 18/9/2015, Ủy ban MTTQ Việt Nam huyện Ninh "
        "Hải cùng Hội Nông dân, Hội Phụ nữ và Đoàn Thanh niên huyện Ninh Hải ký kết chương trình phối hợp cho "
        "bốn năm tới.",
        url="https://baoninhthuan.com.vn/news/ninh-hai-ky-ket-chuong-trinh-phoi-hop.htm",
    )
    assert "Hội Phụ nữ huyện Ninh Hải" in line["parties"], line["parties"]
    assert not any(p.startswith("Hội phụ nữ") or p.endswith("Ninh Thuận") for p in line["parties"]), line["parties"]


def test_a_youth_cell_of_a_company_is_one_body():
    # "Chi đoàn Công ty A": the company's youth cell, one body (as "Đoàn Thanh niên Công an tỉnh")
    line = extract_text(
        "Hôm 27/3/2023, Đoàn Thanh niên huyện Cai Lậy và Chi đoàn Công ty TNHH Thanh Long Xanh ký kết kế hoạch "
        "phối hợp tổ chức hoạt động Đoàn năm 2023."
    )
    assert line["parties"][-1].startswith("Chi đoàn Công ty"), line["parties"]
    assert len(line["parties"]) == 2


def test_a_body_named_bare_first_and_in_full_after_is_the_full_one():
    # "thí điểm VKSND khởi kiện ... giữa VKSND tối cao với ...": the bare naming is the same body, written in full
    line = extract_text(
        "Ký kết quy chế phối hợp thí điểm khởi kiện vụ án dân sự vì lợi ích công\n\nQuy chế phối hợp về việc thực "
        "hiện thí điểm VKSND khởi kiện vụ án dân sự nhằm bảo vệ lợi ích công giữa VKSND tối cao với Hội Liên hiệp Phụ "
        "nữ Việt Nam, Hội Người cao tuổi Việt Nam được ký ngày 12/12/2025."
    )
    assert line["parties"][0] == "VKSND tối cao", line["parties"]


def test_bodies_a_leader_witnesses_signing_are_the_signatories():
    # "A chứng kiến lãnh đạo B và C ký hợp tác": B and C sign, A witnesses (not "dưới sự chứng kiến của A")
    line = extract_text(
        "Bí thư Tỉnh ủy Bạc Liêu chứng kiến lãnh đạo UBND tỉnh Bạc Liêu và UBND tỉnh Hưng Yên ký hợp tác\n\nSáng "
        "12/12/2025, hai tỉnh tổ chức lễ kỷ niệm 60 năm kết nghĩa."
    )
    assert line["parties"] == ["UBND tỉnh Bạc Liêu", "UBND tỉnh Hưng Yên"]


def test_a_provincial_party_committee_of_agencies_and_a_department_written_without_commas_are_bodies():
    line = extract_text(
        "Hôm 9/4/2021, Ban Dân vận Tỉnh ủy Kiên Giang và Ban Thường vụ Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh "
        "Kiên Giang ký kết chương trình phối hợp cho nhiệm kỳ mới."
    )
    assert line["parties"] == [
        "Ban Dân vận Tỉnh ủy Kiên Giang",
        "Ban Thường vụ Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh Kiên Giang",
    ]
    line = extract_text(
        "Ngày 9/1/2026, Sở Văn hóa Thể thao và Du lịch tỉnh Lâm Đồng và Báo Tuổi Trẻ ký kết thỏa thuận hợp tác "
        "truyền thông năm 2026."
    )
    assert line["parties"][0] == "Sở Văn hóa, Thể thao và Du lịch tỉnh Lâm Đồng"


def test_a_signing_carried_out_is_told_by_its_verb():
    # "A cùng đại diện B đã thực hiện Lễ ký kết": A and B sign, the second signatory told after the lead
    line = extract_text(
        "Lâm Đồng và một tờ báo lớn bắt tay về truyền thông\n\nTờ báo này nằm trong số ít đơn vị báo chí được "
        "tỉnh lựa chọn cho năm 2026.\n\nHôm 9/1/2026 ở Đà Lạt, Sở Văn hóa, Thể thao và Du lịch tỉnh Lâm Đồng "
        "cùng đại diện Báo Tuổi Trẻ đã thực hiện Lễ ký kết văn bản hợp tác về thông tin, tuyên truyền."
    )
    assert sorted(line["parties"]) == ["Báo Tuổi Trẻ", "Sở Văn hóa, Thể thao và Du lịch tỉnh Lâm Đồng"]


def test_bodies_of_counted_provinces_named_with_a_variant_spelling():
    line = extract_text(
        "Đầu năm 2021, Bộ Chỉ huy Bộ đội Biên phòng 03 tỉnh Bình Phước, Đắk Nông, Đắk Lăk cùng ký văn bản hiệp "
        "đồng giữ gìn an ninh biên giới."
    )
    assert len(line["parties"]) == 3 and all(p.startswith("Bộ Chỉ huy Bộ đội Biên phòng tỉnh") for p in line["parties"])


def test_the_articles_own_province_hosts_when_it_is_among_the_bodies():
    # no venue written: of two provinces' bodies, the one of the province the article is about (its title's)
    line = extract_text(
        "Bí thư Tỉnh ủy Cà Mau chứng kiến lãnh đạo UBND tỉnh Ninh Bình và UBND tỉnh Cà Mau ký hợp tác\n\nĐây là sự "
        "kiện trong chuỗi hoạt động kỷ niệm 65 năm kết nghĩa giữa hai tỉnh (1960-2025), ngày 12/12/2025.",
        url="https://www.sggp.org.vn/ca-mau-ky-ket-hop-tac-post1.html",
    )
    assert line["parties"] == ["UBND tỉnh Ninh Bình", "UBND tỉnh Cà Mau"]
    assert line["province"] == "Cà Mau"


def test_a_cluster_described_after_a_dash_is_one_party_its_members_no_parties_of_their_own():
    line = extract_text(
        "Chiều 8/1/2018, Cụm thi đua II – Các cơ quan khối Nhà nước trực thuộc UBND tỉnh gồm: Sở Tư pháp, Sở Nội "
        "vụ, Thanh tra tỉnh Cao Bằng tổ chức hội nghị tổng kết công tác thi đua năm 2017."
    )
    assert len(line["parties"]) == 1, line["parties"]
    assert line["parties"][0].startswith("Cụm thi đua II – Các cơ quan khối Nhà nước trực thuộc UBND tỉnh")


def test_villages_twinned_with_a_body_are_parties_with_their_commune():
    # "kết nghĩa với làng A và làng B (xã C)": the villages are the other side, both of commune C
    line = extract_text(
        "Chiều 20/1/2025, Huyện đoàn Kbang tổ chức lễ ký kết chương trình kết nghĩa với làng Kon Lốc và làng Kon Bông "
        "(xã Đak Rong) nhằm chung tay chăm lo đời sống người dân."
    )
    assert line["parties"] == ["Huyện đoàn Kbang", "làng Kon Lốc (xã Đak Rong)", "làng Kon Bông (xã Đak Rong)"]


def test_a_clusters_long_name_runs_to_its_verb():
    line = extract_text(
        "Ngày 10/11/2017 ở Lai Châu, Cụm thi đua số 2 các tỉnh miền núi phía Bắc Hội Cựu chiến binh Việt Nam "
        "tổ chức hội nghị nhìn lại các phong trào thi đua của năm."
    )
    assert line["parties"] == ["Cụm thi đua số 2 các tỉnh miền núi phía Bắc Hội Cựu chiến binh Việt Nam"]


def test_the_author_of_a_numbered_letter_is_no_party():
    line = extract_text(
        "Để thực hiện công văn 290 của Huyện ủy Giồng Riềng, ngày 4/8/2022, Đoàn Thanh niên thị trấn Giồng Riềng và "
        "Hội Liên hiệp Phụ nữ thị trấn Giồng Riềng ký kết kế hoạch phối hợp."
    )
    assert "Huyện ủy Giồng Riềng" not in line["parties"], line["parties"]


def test_a_district_committee_named_with_no_district_is_no_party():
    # "các Huyện, Thị ủy" in an article about a province: no district is written, so no one body is named
    line = extract_text(
        "Hôm 18/2/2020, Đảng ủy Bộ đội Biên phòng tỉnh Bạc Liêu và các Huyện, Thị ủy ven biển tổ chức hội nghị sơ "
        "kết một năm làm theo quy chế."
    )
    assert "Thị ủy" not in line["parties"], line["parties"]


def test_a_state_farm_signing_with_the_district_police_is_a_local_body():
    line = extract_text(
        "Sáng 12/3/2021, Công an huyện Chư Prông và Nông trường Cao su Ia Pia ký kết quy chế phối hợp bảo đảm an "
        "ninh trật tự."
    )
    assert line["parties"] == ["Công an huyện Chư Prông", "Nông trường Cao su Ia Pia"]
    assert line["level"] == "district"


def test_a_clusters_name_has_no_trailing_space():
    line = extract_text(
        "Chiều 31/12/2019, Cụm thi đua số 11 (Hội đồng Thi đua – Khen thưởng tỉnh) tổ chức hội nghị tổng kết công tác "
        "thi đua - khen thưởng năm 2019."
    )
    assert all(p == p.strip() for p in line["parties"]), line["parties"]


def test_the_roll_after_a_colon_names_the_bodies_signed_with():
    # "ký kết ... với 3 cơ quan, đơn vị của tỉnh gồm: A, B và C": the roll names the signatories
    line = extract_text(
        "Ký kết chương trình phối hợp năm 2015\n\nSáng 21/7/2015, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Tây Ninh "
        "đã ký kết chương trình phối hợp với 3 cơ quan, đơn vị của tỉnh gồm: Hội Nông dân, Hội Cựu chiến binh và "
        "Báo Tây Ninh."
    )
    assert line["parties"] == [
        "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Tây Ninh",
        "Hội Nông dân tỉnh Tây Ninh",  # named bare: the place made explicit with its kind word (parties18)
        "Hội Cựu chiến binh tỉnh Tây Ninh",
        "Báo Tây Ninh",
    ]


def test_provinces_counted_and_named_by_their_region_are_one_party():
    line = extract_text(
        "Ngày 12/8/2023, tại thành phố Điện Biên Phủ, 4 tỉnh Tây Bắc đã ký kết chương trình liên kết phát triển du "
        "lịch giai đoạn 2023-2025."
    )
    assert line["parties"] == ["4 tỉnh Tây Bắc"]
    assert line["level"] == "inter-provincial"
