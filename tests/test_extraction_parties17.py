"""Classes of how real reports name who signs or holds a meeting (issue 11, parties round 17): each written in
sentences of our own and run through the whole article pipeline (`process`), as `phoihop extract` runs it."""

from __future__ import annotations

from tests.extraction import extract_text


def test_a_central_leader_working_with_a_provinces_body_on_their_joint_program_is_two_parties():
    # the lead tells the province's results, a later paragraph the working session: the central body's leader
    # stands for it (ruling 7), the body visited is the other side; a central body's leader makes it central
    line = extract_text(
        "Cần củng cố đội ngũ người có uy tín trong đồng bào dân tộc thiểu số\n\n"
        "Cập nhật ngày: 5/6/2019\n\n"
        "Tỉnh Bạc Liêu triển khai thực hiện tốt chương trình phối hợp số 12; nhiều chính sách hỗ trợ đồng bào "
        "được triển khai kịp thời trên địa bàn.\n\n"
        "Tỉnh chú trọng giữ gìn bản sắc văn hóa và các lễ hội truyền thống của đồng bào dân tộc thiểu số, quan tâm "
        "phát huy vai trò của người có uy tín trong cộng đồng.\n\n"
        "Hôm 3/6, Phó Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam Trần Văn An đã có buổi làm việc với Ủy "
        "ban Mặt trận Tổ quốc Việt Nam tỉnh Bạc Liêu về chương trình phối hợp giữa Ủy ban Trung ương Mặt trận Tổ "
        "quốc Việt Nam và Ủy ban Dân tộc giai đoạn 2017 - 2021.\n\n"
        "Ông Trần Văn An đề nghị tỉnh tiếp tục quan tâm đến đội ngũ người có uy tín trong đồng bào dân tộc."
    )
    assert line["event_type"] == "meeting", line
    assert len(line["parties"]) == 2, line["parties"]
    assert line["parties"][0].startswith("Ủy ban Trung ương Mặt trận Tổ quốc"), line["parties"]
    assert line["parties"][1].endswith("tỉnh Bạc Liêu"), line["parties"]
    assert line["level"] == "central", line


def test_a_delegations_visit_with_no_joint_work_names_no_working_session():
    from etl.parties import PlaceContext
    from etl.places import gazetteer
    from etl.working_sessions import working_session_in

    gaz = gazetteer()
    ctx = PlaceContext("Bạc Liêu")
    told = (
        "Đoàn công tác Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam làm việc với Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"
    )
    assert working_session_in([told + " Bạc Liêu về công tác giảm nghèo."], ctx, gaz) == []
    found = working_session_in([told + " Bạc Liêu về chương trình phối hợp năm 2024."], ctx, gaz)
    assert [p.tier for p in found] == ["central", "province"], found


def test_a_body_launching_emulation_among_its_lower_units_has_their_collective_as_a_party():
    # the district's Front holds the launch; its communes' Fronts sign among each other under it: the collective is
    # the other side, placed in the district (no other district's communes)
    line = extract_text(
        "Mặt trận các xã, thị trấn ký kết giao ước thi đua năm 2023\n\n"
        "Ngày 14/3/2023, Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam huyện Tân Hiệp tổ chức hội nghị triển khai "
        "kế hoạch chia cụm và phát động thi đua các xã, thị trấn năm 2023.\n\n"
        "Thực hiện chương trình phối hợp và thống nhất hành động năm 2023, Ban Thường trực Ủy ban MTTQ Việt Nam huyện "
        "Tân Hiệp phát động thi đua giữa Mặt trận các xã, thị trấn. Có 11 xã, thị trấn ký kết thi đua, chia làm 2 cụm."
    )
    assert len(line["parties"]) == 2, line["parties"]
    assert line["parties"][1] == "Mặt trận các xã, thị trấn huyện Tân Hiệp", line["parties"]
    assert line["level"] == "district", line


def test_a_collective_of_units_no_lower_than_the_body_is_no_party_of_its_own():
    from etl.parties import Party
    from etl.unit_collectives import with_unit_collective

    body = Party("Hội Nông dân huyện A", "mass", "district", "Kiên Giang", None, "Hội Nông dân", where="huyện A")
    same_tier = "Hội Nông dân huyện A ký kết với Hội Nông dân các huyện, thị xã trong tỉnh."
    assert with_unit_collective([body], [same_tier]) == [body]
    lower = "Hội Nông dân huyện A ký kết với Hội Nông dân các xã, thị trấn."
    assert [p.name for p in with_unit_collective([body], [lower])][1] == "Hội Nông dân các xã, thị trấn huyện A"


def test_a_body_named_below_a_lead_that_signs_with_a_collective_is_the_party_the_collective_stands_for():
    # the lead signs with "HND các tỉnh, thành phố"; the next paragraph names the province's association that signs
    # here, beside the same collective: that association is the party, its province takes part
    line = extract_text(
        "Nông sản Nghệ An góp mặt tại hội chợ nông dân Thủ đô\n\n"
        "Tối 5/11, tại Hà Nội, Hội Nông dân (HND) TP Hà Nội khai mạc hội chợ nông sản năm 2025 và tổ chức ký kết "
        "chương trình phối hợp với HND các tỉnh, thành phố giai đoạn 2026-2030.\n\n"
        "HND Thành phố Hà Nội ký kết chương trình phối hợp với HND tỉnh Nghệ An và HND các tỉnh, thành phố trên cả "
        "nước giai đoạn 2026-2030.\n\n"
        "Theo chương trình, hai bên phối hợp tuyên truyền và kết nối tiêu thụ nông sản cho nông dân."
    )
    assert len(line["parties"]) == 2, line["parties"]
    assert line["parties"][1].endswith("tỉnh Nghệ An"), line["parties"]
    assert sorted(line["provinces_involved"]) == ["Hà Nội", "Nghệ An"], line
    assert line["level"] == "inter-provincial", line


def test_a_provincial_paper_that_signs_brings_its_own_province():
    # "Báo Đồng Khởi" names no province: the registry of outlets says it is Bến Tre's paper, which takes part
    line = extract_text(
        "Trà Vinh ký kết chương trình phối hợp tuyên truyền với Báo Đồng Khởi\n\n"
        "Sáng 10/5, UBND tỉnh Trà Vinh tổ chức lễ ký kết chương trình phối hợp tuyên truyền năm 2024 với Báo Đồng "
        "Khởi.\n\n"
        "Theo chương trình, báo sẽ thông tin về tiềm năng và kết quả phát triển kinh tế - xã hội của tỉnh.",
        url="https://www.example.vn/tra-vinh-ky-ket-chuong-trinh-phoi-hop-123.html",
    )
    assert len(line["parties"]) == 2, line["parties"]
    assert sorted(line["provinces_involved"]) == ["Bến Tre", "Trà Vinh"], line
    assert line["level"] == "inter-provincial", line


def test_a_paper_the_registry_does_not_place_keeps_its_place():
    from etl.parties import Party
    from etl.press_places import press_placed

    paper = Party("Báo Lao Động", "press", "province", "Trà Vinh", None, "Báo Lao Động")
    assert press_placed(paper) == paper


def test_who_signs_at_a_conference_the_lead_tells_without_a_signing_are_its_parties():
    # the lead tells the commune's committee holding a conference on another subject; the next paragraph, who signs
    # there: the signatories are the parties (the committee only hosts), the district police raise the level
    line = extract_text(
        "Xây dựng Công an xã Hòa Tiến kiểu mẫu về an ninh trật tự\n\n"
        "Ngày 5-4, UBND xã Hòa Tiến (huyện Hòa Vang, TP Đà Nẵng) tổ chức hội nghị chuyên đề xây dựng Công an xã kiểu "
        "mẫu về an ninh, trật tự.\n\n"
        "Công an xã Hòa Tiến ký kết quy chế phối hợp với các đội nghiệp vụ Công an huyện Hòa Vang.\n\n"
        "Năm 2024, huyện Hòa Vang chọn Công an xã Hòa Tiến thí điểm triển khai mô hình."
    )
    assert any(p.startswith("Công an xã Hòa Tiến") for p in line["parties"]), line["parties"]
    assert any("Công an huyện Hòa Vang" in p for p in line["parties"]), line["parties"]
    assert not any(p.startswith(("UBND", "Ủy ban")) for p in line["parties"]), line["parties"]
    assert line["level"] == "district", line


def test_leaders_a_caption_places_left_and_right_sign_for_both_their_bodies():
    # a photo caption opens the excerpt: each leader's title, a dash, the name and where the leader stands; both
    # bodies sign (ruling 7), the leader's name and place in the photo are no part of a body's name
    line = extract_text(
        "Giám đốc Agribank CN Sóc Trăng – Trần Văn Bình (bên trái) và Chủ tịch Hội Nông dân tỉnh – Lê Thị Hoa (bên "
        "phải) ký kết văn bản thỏa thuận liên ngành giai đoạn 2024-2029\n\n"
        "Qua 5 năm thực hiện, Hội Nông dân các cấp đã tổ chức tuyên truyền hàng nghìn cuộc cho hội viên; các cơ sở "
        "Hội ở huyện, thị xã đã ký kết thỏa thuận với chi nhánh ngân hàng ở địa phương.\n\n"
        "Việc thực hiện thỏa thuận liên ngành giữa Hội Nông dân tỉnh và Agribank CN Sóc Trăng đã kịp thời đáp ứng "
        "nhu cầu vốn cho nông dân.",
        url="https://www.baosoctrang.org.vn/nong-nghiep/ky-ket-thoa-thuan-lien-nganh-123.html",
    )
    assert sorted(line["parties"]) == ["Agribank CN Sóc Trăng", "Hội Nông dân tỉnh Sóc Trăng"], line["parties"]


def test_a_body_that_chairs_the_conference_stays_a_party_beside_those_who_sign_there():
    # ruling 3: the chair organises; the provinces that sign at its session are parties beside it
    line = extract_text(
        "Hợp tác phát triển du lịch vùng Tây Nguyên\n\n"
        "Ngày 12-9, tại thành phố Buôn Ma Thuột, diễn ra phiên họp về hợp tác phát triển du lịch 3 tỉnh Tây Nguyên "
        "do Tổng cục Du lịch chủ trì.\n\n"
        "Tại phiên họp, 3 tỉnh Đắk Lắk, Gia Lai và Kon Tum đã ký kết biên bản thỏa thuận hợp tác phát triển du lịch."
    )
    assert any(p.startswith("Tổng cục Du lịch") for p in line["parties"]), line["parties"]


def test_a_working_session_between_two_party_committees_names_both_with_their_shared_organ():
    # an opinion piece opens; a later paragraph tells the session "giữa Ban Thường vụ Tỉnh ủy A và Thành ủy B" on
    # their cooperation program: both standing committees meet
    line = extract_text(
        "Hai địa phương cùng nhau phát triển\n\n"
        "Sau nhiều năm chia tách, hai địa phương đã đạt được những thành tựu quan trọng về kinh tế - xã hội và luôn "
        "giữ mối quan hệ gắn bó, cùng hỗ trợ nhau trong phát triển.\n\n"
        "Buổi làm việc giữa Ban Thường vụ Tỉnh ủy Bình Định và Thành ủy Quy Nhơn ngày 2-12 nhằm đánh giá định kỳ "
        "chương trình hợp tác phát triển của hai địa phương là minh chứng cho sự hợp tác ngày càng sâu rộng."
    )
    assert line["parties"] == ["Ban Thường vụ Tỉnh ủy Bình Định", "Ban Thường vụ Thành ủy Quy Nhơn"], line["parties"]


def test_units_counted_beside_a_placed_body_take_its_place():
    # "giữa Đảng ủy Ban CHQS thành phố và Đảng ủy 6 phường": the wards are the city's own
    line = extract_text(
        "Ký kết quy chế phối hợp lãnh đạo công tác quân sự địa phương\n\n"
        "Đảng ủy Ban CHQS TP Thuận An vừa tổ chức hội nghị ký kết quy chế phối hợp giữa Đảng ủy Ban CHQS thành phố và "
        "Đảng ủy 6 phường.\n\n"
        "Quy chế gồm 4 chương 10 điều, xác định nội dung phối hợp lãnh đạo nhiệm vụ quân sự, quốc phòng địa phương."
    )
    assert any(p.startswith("Đảng ủy 6 phường") and p.endswith("Thuận An") for p in line["parties"]), line["parties"]


def test_a_village_twinned_with_a_communes_police_lies_in_that_commune():
    line = extract_text(
        "Công an phường Hội Phú kết nghĩa với làng Ia Mơ Nông\n\n"
        "Ngày 12-11, Công an phường Hội Phú (tỉnh Gia Lai) tổ chức lễ ký kết giao ước kết nghĩa với làng Ia Mơ Nông.\n\n"
        "Làng nằm trên địa bàn phường, có hơn 100 hộ, chủ yếu là đồng bào dân tộc Jrai."
    )
    assert "làng Ia Mơ Nông (phường Hội Phú)" in line["parties"], line["parties"]


def test_members_counted_before_a_clusters_name_are_no_part_of_it():
    # ruling 11: "Công an 4 tỉnh Cụm thi đua số 3" is the cluster, counted by what it is made of
    line = extract_text(
        "Công an 4 tỉnh Cụm thi đua số 3 ký kết giao ước thi đua năm 2024\n\n"
        'Ngày 10/3/2024, Công an 4 tỉnh Cụm thi đua số 3 tổ chức hội nghị ký giao ước thi đua "Vì an ninh Tổ quốc" '
        "năm 2024.\n\n"
        "Năm 2024, Công an tỉnh Hà Tĩnh được Bộ Công an phân công là đơn vị Cụm trưởng Cụm thi đua số 3."
    )
    assert line["parties"] == ["Cụm thi đua số 3"], line["parties"]


def test_the_central_side_of_a_reviewed_coordination_is_a_party_of_the_review():
    # one province's bodies host the review of a coordination between a military region's political department and
    # the provinces' bodies: the department takes part (the meeting is central), beside the hosts
    line = extract_text(
        "Sơ kết phối hợp hoạt động công tác dân vận năm 2024\n\n"
        "Sáng 12/10, Ban Dân vận Tỉnh ủy phối hợp với Hội Cựu chiến binh và Bộ Chỉ huy Quân sự tỉnh Tây Ninh đăng cai "
        "tổ chức hội nghị sơ kết phối hợp hoạt động công tác dân vận giữa Cục Chính trị Quân khu 7 với Ban Dân vận, "
        "Bộ CHQS và Hội CCB 9 tỉnh, thành phố trên địa bàn Quân khu 7.\n\n"
        "Hội nghị đánh giá kết quả phối hợp và trao đổi kinh nghiệm về các mô hình dân vận khéo."
    )
    assert "Cục Chính trị Quân khu 7" in line["parties"], line["parties"]
    assert line["level"] == "central", line
