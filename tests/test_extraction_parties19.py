"""Classes of how real reports name who holds a meeting or signs (the parties round of the twelfth sitting): each
written in sentences of our own and run through the whole article pipeline (`process`)."""

from __future__ import annotations

from tests.extraction import extract_text


def test_an_organiser_reviewing_its_own_regulation_named_second_lists_its_partner():
    # "X tổ chức sơ kết quy chế phối hợp giữa Y và X": X reviews its own regulation, Y is its other side, as when X
    # is named first ("giữa X với Y")
    line = extract_text(
        "Chiều 5/3/2024, Bảo hiểm xã hội (BHXH) tỉnh Long An tổ chức hội nghị sơ kết thực hiện quy chế phối hợp giữa "
        "Ban Dân vận Tỉnh ủy và BHXH tỉnh trong công tác vận động người dân tham gia bảo hiểm."
    )
    assert len(line["parties"]) == 2, line["parties"]
    assert any(p.startswith("Ban Dân vận Tỉnh ủy") for p in line["parties"]), line["parties"]


def test_a_regulation_between_others_that_a_third_body_reviews_keeps_them_out():
    # the organiser is neither side, nor the end of a longer list: the program is only named
    line = extract_text(
        "Chiều 5/3/2024, Bảo hiểm xã hội tỉnh Long An tổ chức sơ kết thực hiện quy chế phối hợp giữa Ban Dân vận "
        "Tỉnh ủy và Hội Nông dân tỉnh trong công tác vận động người dân."
    )
    assert line["parties"] == ["Bảo hiểm xã hội tỉnh Long An"], line["parties"]


def test_a_clusters_roll_cut_by_its_chairs_bracket_is_no_part_of_its_name():
    # "Cụm thi đua số N gồm: Sở A các tỉnh: B (Cụm trưởng), C (Cụm phó), D và E": the roll is what the cluster is
    # made of (ruling 11), also when the chair's bracket cuts it after its first province
    for roll in ("gồm: Thanh tra các tỉnh: Lào Cai (đơn vị Cụm trưởng)", "gồm Thanh tra các tỉnh Lào Cai (Cụm trưởng)"):
        line = extract_text(
            f"Mới đây, Cụm thi đua số 3 {roll}, Yên Bái (Cụm phó), Hà Giang và Tuyên Quang đã họp tổng kết công tác "
            "thi đua năm 2023 và cùng ký giao ước thi đua năm 2024."
        )
        assert line["parties"] == ["Cụm thi đua số 3"], line["parties"]


def test_an_association_written_with_its_initials_in_lower_case_after_its_head_is_a_party():
    # "Hội cựu TNXP tỉnh A": the veterans of the youth volunteers, their initials (data/reference/org_aliases.csv)
    line = extract_text(
        "Sáng 10/6/2019, Hội cựu TNXP tỉnh Lào Cai cùng Tỉnh đoàn Lào Cai đặt bút ký chương trình phối hợp chăm lo "
        "cho thiếu nhi vùng cao."
    )
    assert len(line["parties"]) == 2, line["parties"]
    assert any("TNXP tỉnh Lào Cai" in p for p in line["parties"]), line["parties"]


def test_a_board_of_ethnic_and_religious_affairs_keeps_its_whole_name():
    # "Ban Dân tộc - Tôn giáo tỉnh A" (data/reference/org_heads.csv), not "Ban Dân tộc tỉnh A"
    line = extract_text(
        "Sáng 14/3/2023, Ban Dân tộc - Tôn giáo tỉnh Sóc Trăng và Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng đặt bút ký quy "
        "chế phối hợp trong công tác vận động đồng bào có đạo."
    )
    assert "Ban Dân tộc - Tôn giáo tỉnh Sóc Trăng" in line["parties"], line["parties"]


def test_a_battalion_and_its_regiment_after_a_dash_are_one_unit():
    # "Tiểu đoàn N - Trung đoàn M": the unit and the larger one it belongs to (ruling 17); two regiments are two
    line = extract_text(
        "Chiều 21/12/2024, Tiểu đoàn Bộ binh 2 - Trung đoàn 8 đã phối hợp với Trường THPT Phú Lộc tổ chức lễ kết "
        "nghĩa giữa hai đơn vị."
    )
    assert "Tiểu đoàn Bộ binh 2 - Trung đoàn 8" in line["parties"], line["parties"]
    assert len(line["parties"]) == 2, line["parties"]
    line = extract_text(
        "Chiều 21/12/2024, Trung đoàn 8, Trung đoàn 9 ký kết chương trình phối hợp với Đoàn Thanh niên huyện Phú Lộc."
    )
    assert {"Trung đoàn 8", "Trung đoàn 9"} <= set(line["parties"]), line["parties"]


def test_a_battalion_written_with_its_arms_initials_before_its_number_is_one_unit():
    # "Tiểu đoàn Bộ binh (BB)2": the arm's initials in brackets, glued to the number, are no part of the name
    line = extract_text(
        "Chiều ngày 21/12/2024, Tiểu đoàn Bộ binh (BB)2 đã phối hợp với Trường THPT Phú Lộc tổ chức lễ kết nghĩa "
        "giữa hai đơn vị."
    )
    assert line["parties"][0] == "Tiểu đoàn Bộ binh 2", line["parties"]


def test_who_reports_on_past_years_in_the_lead_is_no_party():
    # a caption names both sides signing; the lead opens "Theo báo cáo của A, qua 5 năm ...": A reports what came
    # before, the caption's signatories are the parties
    line = extract_text(
        "Đây là một trong những nội dung hợp tác giữa hai cơ quan vừa được ký kết chiều 12.6.2023.\n\n"
        "Bộ trưởng Bộ Tư pháp Nguyễn Văn A và Chủ tịch Hội Nông dân Việt Nam Trần Văn B ký kết quy chế phối hợp "
        "LÊ MINH\n\n"
        "Theo báo cáo của Hội Nông dân Việt Nam, qua 5 năm thực hiện Quy chế phối hợp số 07/QC-BTP-HND, công tác "
        "phổ biến pháp luật cho nông dân có nhiều chuyển biến."
    )
    assert sorted(line["parties"]) == ["Bộ Tư pháp", "Hội Nông dân Việt Nam"], line["parties"]


def test_leaders_co_chairing_a_ceremony_stand_for_both_sides_when_one_signs_by_a_bare_title():
    # the first line: two leaders co-chair the ceremony; the next: they sign, one written "Bộ trưởng A" without the
    # ministry: both bodies sign (ruling 7), not only the one named in full where they sign
    line = extract_text(
        "GS Lê Văn C, Ủy viên Trung ương Đảng, Bộ trưởng Bộ Y tế; bà Phạm Thị D, Chủ tịch Hội Chữ thập đỏ Việt Nam "
        "cùng chủ trì, đồng chủ trì lễ.\n\n"
        "Bộ trưởng Lê Văn C và Chủ tịch Hội Chữ thập đỏ Việt Nam Phạm Thị D đã ký kết Chương trình phối hợp hiến máu "
        "tình nguyện giai đoạn 2024 - 2028."
    )
    assert sorted(line["parties"]) == ["Bộ Y tế", "Hội Chữ thập đỏ Việt Nam"], line["parties"]


def test_a_signing_verb_in_the_clause_that_cites_the_source_opens_no_list():
    # "Theo quy chế được ký kết, A và B sẽ ...": the verb belongs to the cited clause; A and B, the sentence's subject,
    # are the parties, not a body named further in what they will do
    line = extract_text(
        "Theo quy chế vừa được ký kết, Bộ Y tế và Hội Chữ thập đỏ Việt Nam sẽ cùng vận động hiến máu, nhất là xây "
        "dựng tổ chức Công đoàn Việt Nam vững mạnh trong các bệnh viện.\n\n"
        "Lãnh đạo Hội Chữ thập đỏ Việt Nam và Bộ Y tế ký kết quy chế phối hợp hoạt động"
    )
    assert sorted(line["parties"]) == ["Bộ Y tế", "Hội Chữ thập đỏ Việt Nam"], line["parties"]


def test_the_authors_of_a_memorandum_the_signing_makes_concrete_are_no_parties():
    # "Đây là hoạt động nhằm cụ thể hóa Biên bản ghi nhớ giữa A và B": the document the event carries out, signed
    # earlier between others; the title's two sides sign
    line = extract_text(
        "Sở Tư pháp Hà Nội và Cục Con nuôi cùng ký văn bản phối hợp\n\n"
        "Việc ký kết lần này nhằm cụ thể hóa Bản ghi nhớ giữa Bộ Tư pháp và Ủy ban nhân dân thành phố Hà Nội về hợp "
        "tác trong lĩnh vực tư pháp, có hiệu lực từ năm 2021."
    )
    assert sorted(line["parties"]) == ["Cục Con nuôi", "Sở Tư pháp Hà Nội"], line["parties"]


def test_a_collective_of_a_regions_provinces_ends_where_the_sentences_verb_begins():
    # "Hội A các tỉnh khu vực B đặt ra mục tiêu ...": the region's name ends at its last capitalised word; a short
    # lower-case tail ("các tỉnh Tây Bắc mở rộng") and a region with no capital ("các tỉnh biên giới") stay whole
    from etl.parties import PlaceContext, find_parties
    from etl.places import gazetteer

    def names(sentence: str) -> list[str]:
        return [p.name for p in find_parties(sentence, PlaceContext("Hà Tĩnh"), gazetteer())]

    said = "Năm tới, Hội Nông dân các tỉnh khu vực Nam Trung Bộ hướng tới mục tiêu nâng cao đời sống, mở rộng liên kết."
    assert names(said) == ["Hội Nông dân các tỉnh khu vực Nam Trung Bộ"]
    assert names("Hội Nông dân các tỉnh Tây Bắc mở rộng họp tại Sơn La.") == ["Hội Nông dân các tỉnh Tây Bắc mở rộng"]
    assert names("Công an các tỉnh vùng biên giới ven biển họp tại Hà Tĩnh.") == [
        "Công an các tỉnh vùng biên giới ven biển"
    ]


def test_a_body_the_lead_writes_with_a_bare_tier_word_takes_the_titles_naming_of_its_place():
    # the lead writes "Hội LHPN huyện" with no name after the tier word, the title names the district by a partner's
    # branch: one body, written with its place made explicit (DOMAIN.md), not left "huyện" bare
    line = extract_text(
        "Ký văn bản phối hợp giữa Hội LHPN – Hội Nông dân – Ngân hàng Chính sách xã hội chi nhánh Quan Sơn\n\n"
        "Sáng ngày 9/4/2024, Hội LHPN huyện phối hợp với Hội Nông dân, Ngân hàng Chính sách xã hội chi nhánh Quan Sơn "
        "tổ chức lễ ký kết văn bản liên ngành giúp hội viên vay vốn."
    )
    assert "Hội LHPN huyện Quan Sơn" in line["parties"], line["parties"]
    assert "Hội LHPN huyện" not in line["parties"], line["parties"]


def test_a_body_whose_hall_on_a_floor_is_the_venue_is_no_party():
    # "tại hội trường tầng 2 Huyện ủy, A phối hợp với B ...": the rooms the ceremony is held in, not a side
    line = extract_text(
        "Sáng ngày 9/4/2024, tại hội trường tầng 2 Huyện ủy Quan Sơn, Hội LHPN huyện Quan Sơn phối hợp với Hội Cựu "
        "chiến binh huyện Quan Sơn tổ chức lễ ký kết chương trình phối hợp giúp hội viên phát triển kinh tế."
    )
    assert not any("Huyện ủy" in p for p in line["parties"]), line["parties"]
    assert len(line["parties"]) == 2, line["parties"]


def test_who_organises_the_frame_of_a_signing_with_its_own_subject_is_no_party():
    # "trong khuôn khổ Hội thảo ... do A phối hợp B tổ chức, C đã tổ chức ký biên bản ghi nhớ với D và E": A and B
    # hold the workshop; C signs with D and E
    line = extract_text(
        "Ngày 6/12/2023, trong khuôn khổ Diễn đàn “Phát huy tiềm năng kinh tế biển của tỉnh Bình Định trong giai đoạn "
        "mới” do Tỉnh ủy Bình Định phối hợp Học viện Chính trị khu vực III tổ chức, UBND tỉnh Bình Định đã tổ chức ký "
        "biên bản ghi nhớ hợp tác với Trường Đại học Quy Nhơn và Trường Đại học Nha Trang."
    )
    assert line["parties"] == ["UBND tỉnh Bình Định", "Trường Đại học Quy Nhơn", "Trường Đại học Nha Trang"], line[
        "parties"
    ]


def test_the_subject_of_attending_in_a_sentence_where_no_one_signs_is_a_guest():
    # a caption read as the title, "Lãnh đạo A cùng đại diện các cơ quan tham dự buổi lễ": who attends, named before
    # the verb of attending, is no party; the lead's sides are
    line = extract_text(
        "Lãnh đạo UBND tỉnh Gia Lai cùng đại diện các cơ quan, đơn vị tham dự buổi lễ\n\n"
        "Sáng 15-5-2023, tại Nhà Văn hóa Thanh niên tỉnh, Tỉnh Đoàn Gia Lai và Thành Đoàn Quy Nhơn tổ chức lễ kết "
        "nghĩa giai đoạn 2023 - 2027."
    )
    assert sorted(line["parties"]) == ["Thành đoàn Quy Nhơn", "Tỉnh đoàn Gia Lai"], line["parties"]


def test_a_side_that_attends_a_flag_ceremony_and_signs_stays_a_party():
    # "A tham dự lễ chào cờ ... và ký kết ... với B": A attends, and signs too
    line = extract_text(
        "Sáng ngày 2/4/2024, Bệnh viện Đa khoa tỉnh Phú Thọ đã tham dự lễ chào cờ tại đồn và ký kết biên bản kết "
        "nghĩa với Đồn Biên phòng Pa Nậm Cúm, Bộ đội Biên phòng tỉnh Lai Châu."
    )
    assert "Bệnh viện Đa khoa tỉnh Phú Thọ" in line["parties"], line["parties"]


def test_the_mass_organisations_a_body_briefs_with_the_front_are_one_party():
    # "A tổ chức hội nghị giao ban với UBMTTQ và các tổ chức chính trị - xã hội": the organisations meet as one side,
    # placed as the Front is
    line = extract_text(
        "Chiều 8/7/2023, Huyện ủy Kim Bảng tổ chức hội nghị giao ban với UBMTTQ huyện Kim Bảng và các tổ chức chính "
        "trị - xã hội quý II năm 2023."
    )
    assert "các tổ chức chính trị - xã hội huyện Kim Bảng" in line["parties"], line["parties"]
    assert len(line["parties"]) == 3, line["parties"]


def test_the_mass_organisations_after_a_bare_front_take_the_tier_word_written_after_them():
    # "giao ban với Mặt trận và các đoàn thể chính trị-xã hội (CT-XH) tỉnh": the province's organisations
    line = extract_text(
        "Ngày 12/4/2024, Thường trực HĐND tỉnh Bình Thuận họp giao ban quý I năm 2024 với Mặt trận và các đoàn thể "
        "chính trị-xã hội (CT-XH) tỉnh, bàn việc phối hợp giám sát."
    )
    assert "các đoàn thể chính trị-xã hội tỉnh Bình Thuận" in line["parties"], line["parties"]


def test_the_mass_organisations_beside_the_front_in_a_signing_are_not_added():
    # a signing "với UBMTTQ và các tổ chức chính trị - xã hội": the organisations are named when they sign; this rule
    # is the briefing's only
    line = extract_text(
        "Ngày 3/3/2024, UBND xã Tân Phú ký kết quy chế phối hợp với UBMTTQ xã Tân Phú và các tổ chức chính trị - xã "
        "hội giai đoạn 2024 - 2026."
    )
    assert not any(p.startswith("các tổ chức") for p in line["parties"]), line["parties"]


def test_the_bodies_whose_coordination_a_joint_delegation_evaluates_are_no_parties():
    # "đoàn giám sát của Bộ A - Bộ B ... đánh giá tốt việc phối hợp giữa Sở C và Sở D tỉnh E": the delegation's
    # ministries act; the bodies whose joint work is reviewed are no parties (ruling 20)
    line = extract_text(
        "Liên Bộ Tư pháp - Nội vụ kiểm tra thực hiện chương trình phối hợp tại Quảng Bình\n\n"
        "Ngày 21/9/2023, sau hai ngày làm việc ở các huyện, đoàn giám sát của Bộ Tư pháp - Bộ Nội vụ đã đánh giá tốt "
        "việc phối hợp giữa Sở Tư pháp và Sở Nội vụ tỉnh Quảng Bình trong cải cách thủ tục hành chính."
    )
    assert sorted(line["parties"]) == ["Bộ Nội vụ", "Bộ Tư pháp"], line["parties"]


def test_members_named_as_the_clusters_before_it_holds_its_meeting_are_not_listed_beside_it():
    # "Công an 4 tỉnh A, B, C và D thuộc Cụm thi đua số 2 họp sơ kết": the cluster holds the meeting (ruling 2)
    line = extract_text(
        "Chiều 14/6/2022, tại Điện Biên Phủ, Công an 4 tỉnh Lai Châu, Điện Biên, Sơn La và Hòa Bình thuộc Cụm thi đua "
        "số 2 đã tổ chức sơ kết phong trào thi đua Vì an ninh Tổ quốc 6 tháng đầu năm."
    )
    assert line["parties"] == ["Cụm thi đua số 2"], line["parties"]
