"""Classes of how real reports name who signs or holds a meeting (issue 11, parties round 17): each written in
sentences of our own and run through the whole article pipeline (`process`), as `phoihop extract` runs it."""

from __future__ import annotations

from tests.extraction import extract_text


def test_a_central_leader_working_with_a_provinces_body_on_their_joint_program_is_two_parties():
    # the lead tells the province's results, a later paragraph the working session: the central body's leader
    # stands for it (ruling 7), the body visited is the other side; a central body's leader makes it central
    line = extract_text(
        "Phát huy người có uy tín ở vùng đồng bào\n\n"
        "Cập nhật ngày: 5/6/2019\n\n"
        "Bạc Liêu cho biết các chính sách dành cho đồng bào đều đến đúng người, đúng lúc nhờ chương trình phối "
        "hợp số 12.\n\n"
        "Lễ hội và nếp văn hóa riêng của bà con được tỉnh gìn giữ; những người có uy tín ở mỗi ấp được mời góp "
        "ý thường xuyên.\n\n"
        "Cũng trong tuần, ông Trần Văn An, Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam, làm việc với "
        "Ủy ban MTTQ Việt Nam tỉnh Bạc Liêu về chương trình phối hợp 2017 - 2021 mà cơ quan ông ký với Ủy ban Dân "
        "tộc.\n\n"
        "Khép lại buổi làm việc, ông An mong tỉnh chăm lo hơn nữa cho lực lượng này."
    )
    assert line["event_type"] == "meeting", line
    assert len(line["parties"]) == 2, line["parties"]
    assert line["parties"][0].startswith("Ủy ban Trung ương MTTQ"), line["parties"]
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
        "Tân Hiệp: 11 xã, thị trấn giao ước thi đua\n\n"
        "Hôm 14/3/2023, huyện Tân Hiệp chia Mặt trận cơ sở thành 2 cụm để thi đua trong năm; hội nghị do Ban Thường "
        "trực Ủy ban Mặt trận Tổ quốc Việt Nam huyện Tân Hiệp chủ trì.\n\n"
        "Tại đây, Ban Thường trực Ủy ban MTTQ Việt Nam huyện Tân Hiệp phát động thi đua giữa Mặt trận các xã, thị "
        "trấn; cả 11 đơn vị cùng ký giao ước."
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
        "Hội chợ nông sản ở Thủ đô có gian hàng xứ Nghệ\n\n"
        "Hội Nông dân (HND) TP Hà Nội mở hội chợ nông sản 2025 vào tối 5/11, nhân dịp này ký kết với HND các "
        "tỉnh, thành phố một chương trình phối hợp 5 năm tới.\n\n"
        "Cùng ký với HND Thành phố Hà Nội lần này có HND tỉnh Nghệ An và HND các tỉnh, thành phố khác.\n\n"
        "Nội dung phối hợp gồm tuyên truyền và tìm đầu ra cho hàng nông sản."
    )
    assert len(line["parties"]) == 2, line["parties"]
    assert line["parties"][1].endswith("tỉnh Nghệ An"), line["parties"]
    assert sorted(line["provinces_involved"]) == ["Hà Nội", "Nghệ An"], line
    assert line["level"] == "inter-provincial", line


def test_a_provincial_paper_that_signs_brings_its_own_province():
    # "Báo Đồng Khởi" names no province: the registry of outlets says it is Bến Tre's paper, which takes part
    line = extract_text(
        "Báo Đồng Khởi sẽ đưa tin về Trà Vinh\n\n"
        "UBND tỉnh Trà Vinh và Báo Đồng Khởi đã ký kết chương trình phối hợp tuyên truyền cho cả năm 2024 vào sáng 10/5.\n\n"
        "Tờ báo nhận giới thiệu thế mạnh và những đổi thay của địa phương.",
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
        "Hòa Tiến làm mẫu về giữ gìn trật tự\n\n"
        "Ngày 5-4, UBND xã Hòa Tiến (huyện Hòa Vang, TP Đà Nẵng) tổ chức hội nghị chuyên đề bàn cách đưa lực "
        "lượng công an của xã thành điểm sáng.\n\n"
        "Công an xã Hòa Tiến và các đội nghiệp vụ Công an huyện Hòa Vang ký kết quy chế phối hợp.\n\n"
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
        "phải) cùng ký thỏa thuận mới cho 5 năm tới\n\n"
        "Nhờ thỏa thuận liên ngành giữa Hội Nông dân tỉnh và Agribank CN Sóc Trăng, nhiều hộ nông dân vay được vốn "
        "đúng vụ.\n\n"
        "Ở cấp huyện, thị xã, Hội cũng đã có văn bản tương tự với ngân hàng tại chỗ.",
        url="https://www.baosoctrang.org.vn/nong-nghiep/ky-ket-thoa-thuan-lien-nganh-123.html",
    )
    assert sorted(line["parties"]) == ["Agribank CN Sóc Trăng", "Hội Nông dân tỉnh Sóc Trăng"], line["parties"]


def test_a_body_that_chairs_the_conference_stays_a_party_beside_those_who_sign_there():
    # ruling 3: the chair organises; the provinces that sign at its session are parties beside it
    line = extract_text(
        "Ba tỉnh cao nguyên bắt tay làm du lịch\n\n"
        "Tổng cục Du lịch chủ trì một phiên họp ngày 12-9 ở Buôn Ma Thuột bàn việc liên kết du lịch giữa ba tỉnh.\n\n"
        "Kết thúc phiên họp, 3 tỉnh Đắk Lắk, Gia Lai và Kon Tum ký biên bản thỏa thuận hợp tác."
    )
    assert any(p.startswith("Tổng cục Du lịch") for p in line["parties"]), line["parties"]


def test_a_working_session_between_two_party_committees_names_both_with_their_shared_organ():
    # an opinion piece opens; a later paragraph tells the session "giữa Ban Thường vụ Tỉnh ủy A và Thành ủy B" on
    # their cooperation program: both standing committees meet
    line = extract_text(
        "Gắn bó để cùng đi lên\n\n"
        "Từ khi tách ra, tỉnh và thành phố đều đi lên rõ rệt về kinh tế lẫn đời sống người dân, và giữa hai nơi "
        "chưa bao giờ vắng tình thân, việc gì khó cũng có nhau cùng gánh vác.\n\n"
        "Buổi làm việc giữa Ban Thường vụ Tỉnh ủy Bình Định và Thành ủy Quy Nhơn để đánh giá định kỳ việc "
        "thực hiện chương trình hợp tác phát triển mà tỉnh và thành phố cùng theo đuổi cho thấy mối quan hệ ấy vẫn bền chặt."
    )
    assert line["parties"] == ["Ban Thường vụ Tỉnh ủy Bình Định", "Ban Thường vụ Thành ủy Quy Nhơn"], line["parties"]


def test_units_counted_beside_a_placed_body_take_its_place():
    # "giữa Đảng ủy Ban CHQS thành phố và Đảng ủy 6 phường": the wards are the city's own
    line = extract_text(
        "Thuận An thống nhất cách lãnh đạo việc quân sự ở phường\n\n"
        "Hôm qua, Đảng ủy Ban CHQS TP Thuận An mở hội nghị ký kết quy chế phối hợp giữa Đảng ủy Ban CHQS thành phố "
        "và Đảng ủy 6 phường.\n\n"
        "Văn bản có 10 điều, nói rõ ai lo việc gì trong nhiệm vụ quốc phòng."
    )
    assert any(p.startswith("Đảng ủy 6 phường") and p.endswith("Thuận An") for p in line["parties"]), line["parties"]


def test_a_village_twinned_with_a_communes_police_lies_in_that_commune():
    line = extract_text(
        "Làng Ia Mơ Nông có thêm người thân\n\n"
        "Công an phường Hội Phú (tỉnh Gia Lai) và làng Ia Mơ Nông đã ký giao ước kết nghĩa hôm 12-11.\n\n"
        "Hơn trăm hộ trong làng phần lớn là người Jrai, sống ngay trong phường."
    )
    assert "làng Ia Mơ Nông (phường Hội Phú)" in line["parties"], line["parties"]


def test_members_counted_before_a_clusters_name_are_no_part_of_it():
    # ruling 11: "Công an 4 tỉnh Cụm thi đua số 3" is the cluster, counted by what it is made of
    line = extract_text(
        "Bốn tỉnh cùng giao ước thi đua\n\n"
        'Hôm 10/3/2024, Công an 4 tỉnh Cụm thi đua số 3 họp và cùng ký giao ước thi đua "Vì an ninh Tổ quốc" '
        "cho năm 2024.\n\n"
        "Cụm trưởng năm nay là Công an tỉnh Hà Tĩnh."
    )
    assert line["parties"] == ["Cụm thi đua số 3"], line["parties"]


def test_the_central_side_of_a_reviewed_coordination_is_a_party_of_the_review():
    # one province's bodies host the review of a coordination between a military region's political department and
    # the provinces' bodies: the department takes part (the meeting is central), beside the hosts
    line = extract_text(
        "Nhìn lại một năm cùng làm dân vận\n\n"
        "Tây Ninh là nơi đăng cai: Ban Dân vận Tỉnh ủy cùng Hội Cựu chiến binh và Bộ Chỉ huy Quân sự tỉnh Tây Ninh "
        "tổ chức hội nghị sơ kết phối hợp dân vận giữa Cục Chính trị Quân khu 7 với Ban Dân vận, Bộ CHQS và Hội CCB "
        "9 tỉnh, thành phố thuộc quân khu.\n\n"
        "Các đại biểu kể lại những cách làm hay ở cơ sở."
    )
    assert "Cục Chính trị Quân khu 7" in line["parties"], line["parties"]
    assert line["level"] == "central", line
