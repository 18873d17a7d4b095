"""Classes of real reporting whose parties or level the extractor misread on the twelfth fresh round (issue 11:
district and commune coordination, emulation clusters of communes and districts, provincial and central bodies).
Each is reproduced in sentences of our own and run through the whole article pipeline, as `phoihop extract` runs
it."""

from __future__ import annotations

from tests.extraction import extract_text


def test_a_bare_numbered_cluster_of_a_provinces_districts_is_written_with_its_province():
    # "Cụm thi đua số 2 (gồm 3 huyện: ...)": the districts of one province, the cluster written with its place
    text = (
        "Cụm thi đua số 2 tổng kết năm 2015\n"
        "Ngày 12/1/2016, tại huyện Mỏ Cày Nam, Cụm thi đua số 2 (gồm 3 huyện: Mỏ Cày Nam, Mỏ Cày Bắc và Chợ Lách) tổ "
        "chức hội nghị tổng kết công tác thi đua năm 2015 và bàn nhiệm vụ năm 2016 của tỉnh Bến Tre."
    )
    out = extract_text(text)
    assert out["level"] == "district"
    assert out["parties"] == ["Cụm thi đua số 2 tỉnh Bến Tre"]


def test_a_cluster_of_a_districts_communes_named_by_their_kind_is_written_with_its_district():
    # "Cụm thi đua các xã" of one district: the district made explicit
    text = (
        "Tổng kết Cụm thi đua các xã năm 2023\n"
        "Sáng ngày 20/1/2024, UBND xã Đăk Kôi (Cụm trưởng) chủ trì Hội nghị tổng kết Cụm thi đua các xã của huyện Kon "
        "Rẫy năm 2023; các xã trong cụm đã ký kết giao ước thi đua năm 2024."
    )
    out = extract_text(text)
    assert out["level"] == "commune"
    assert out["parties"] == ["Cụm thi đua các xã huyện Kon Rẫy"]


def test_a_cluster_of_several_provinces_keeps_its_bare_name():
    # a central network's cluster of provinces' bodies: no one province is its place
    text = (
        "Cụm thi đua số 3 tổng kết năm 2019\n"
        "Ngày 8/1/2020, tại TP Vinh, Cụm thi đua số 3 gồm Công an các tỉnh Nghệ An, Hà Tĩnh, Quảng Bình và Quảng Trị "
        "tổ chức hội nghị tổng kết phong trào thi đua năm 2019."
    )
    out = extract_text(text)
    assert out["level"] == "inter-provincial"
    assert all("tỉnh Nghệ An" not in p for p in out["parties"])


def test_a_districts_cluster_whose_members_are_its_communes_is_a_communes_event():
    # "Cụm thi đua số 3 huyện A" named with the district, its members counted as communes: communes' bodies
    text = (
        "Cụm thi đua số 3 huyện Yên Thế tổng kết năm 2022\n"
        "Ngày 5/12/2022, tại UBND xã Tam Tiến, Cụm thi đua số 3 huyện Yên Thế tổ chức hội nghị tổng kết công tác thi "
        "đua năm 2022. Năm qua, 6 xã trong cụm đã hoàn thành tốt các chỉ tiêu."
    )
    out = extract_text(text)
    assert out["level"] == "commune"
    assert out["parties"] == ["Cụm thi đua số 3 huyện Yên Thế"]


def test_a_numbered_cluster_written_before_a_districts_front_is_the_cluster_that_meets():
    # "Cụm số 4 Ủy ban MTTQ Việt Nam huyện A tổ chức ...": the cluster holds the meeting, not the district's Front
    text = (
        "Cụm số 4 Ủy ban MTTQ Việt Nam huyện Thanh Oai ký giao ước thi đua\n"
        "Sáng 2/3/2023, Cụm số 4 Ủy ban MTTQ Việt Nam huyện Thanh Oai tổ chức Hội nghị ký giao ước thi đua năm 2023. "
        "Ủy ban MTTQ Việt Nam 7 xã trong Cụm thi đua số 4 đã thống nhất các chỉ tiêu thi đua."
    )
    out = extract_text(text)
    assert out["level"] == "commune"
    assert out["parties"] == ["Cụm số 4 Ủy ban MTTQ Việt Nam huyện Thanh Oai"]


def test_a_citys_front_cluster_of_its_districts_and_towns_written_huyen_thi_is_a_districts_event():
    # "các huyện, thị trong cụm": "thị" stands for "thị xã", the members are districts
    text = (
        "Hội nghị thi đua của Cụm số IV, MTTQ thành phố Hải Phòng\n"
        "Sáng 7/12/2020, ở huyện An Lão, Cụm số IV, Ủy ban MTTQ thành phố Hải Phòng đã tổ chức tổng kết thi đua năm "
        "2020. Ủy ban MTTQ các huyện, thị trong cụm cùng thông qua bảng chấm điểm."
    )
    out = extract_text(text)
    assert out["level"] == "district"


def test_hospitals_named_the_centres_are_central_bodies():
    # "Bệnh viện ... Trung ương": a hospital the Ministry of Health runs (ruling 9), wherever it stands; two of them
    # alone sign nationally (ruling 10)
    text = (
        "Hai bệnh viện ký thỏa thuận hỗ trợ chuyên môn\n"
        "Ngày 14/3/2024, tại TP Huế, Bệnh viện Trung ương Huế và Bệnh viện Nhi Trung ương đã ký biên bản ghi nhớ về "
        "hỗ trợ chuyên môn và đào tạo nhân lực trong 3 năm."
    )
    out = extract_text(text)
    assert out["level"] == "central"
    assert out["province"] is None
    assert len(out["parties"]) == 2


def test_a_provincial_hospital_is_no_central_body():
    text = (
        "Bệnh viện Đa khoa tỉnh Phú Thọ ký kết phối hợp với Hội Chữ thập đỏ tỉnh\n"
        "Ngày 3/5/2023, Bệnh viện Đa khoa tỉnh Phú Thọ và Hội Chữ thập đỏ tỉnh Phú Thọ đã ký kết chương trình phối hợp "
        "chăm sóc sức khỏe người nghèo giai đoạn 2023-2025."
    )
    out = extract_text(text)
    assert out["level"] == "province"


def test_the_body_that_gives_a_clusters_members_an_award_is_no_party():
    # "được tặng Cờ thi đua của Bộ A": the award's giver; the cluster that meets is the party
    text = (
        "Năm 2020, Cụm thi đua số 7 có 2 đơn vị được tặng Cờ thi đua của Bộ Công an; 3 đơn vị nhận Bằng khen của Bộ "
        "trưởng.\n"
        "Tại hội nghị tổng kết ngày 15/1/2021, đại diện các đơn vị của Cụm thi đua số 7 đã ký giao ước thi đua năm "
        "2021."
    )
    out = extract_text(text)
    assert out["parties"] == ["Cụm thi đua số 7"]
    assert out["level"] != "central"


def test_a_political_directorate_keeps_the_force_it_belongs_to():
    # two directorates of one kind, each named by its force: two parties, not one "Tổng cục Chính trị"
    text = (
        "Phối hợp tuyên truyền giữa hai tổng cục\n"
        "Sáng 12/1/2017, tại Hà Nội, Tổng cục Chính trị Quân đội nhân dân Việt Nam và Tổng cục Chính trị Công an nhân "
        "dân tổ chức hội nghị sơ kết chương trình phối hợp năm 2016."
    )
    out = extract_text(text)
    assert out["level"] == "central"
    assert len(out["parties"]) == 2
    assert any("Quân đội" in p for p in out["parties"]) and any("Công an" in p for p in out["parties"])


def test_the_army_written_short_after_a_directorate_is_part_of_its_name():
    # "QĐND" is "Quân đội nhân dân": the name goes on after the head
    text = (
        "Sơ kết phối hợp về khu vực phòng thủ\n"
        "Ngày 4/10/2019, Tổng cục Chính trị QĐND Việt Nam và Ban Dân vận Trung ương tổ chức hội nghị sơ kết quy chế "
        "phối hợp giai đoạn 2017-2019."
    )
    out = extract_text(text)
    assert any("QĐND" in p or "Quân đội nhân dân" in p for p in out["parties"])


def test_a_forces_commander_stands_for_its_national_command():
    # "Tư lệnh Bộ đội Biên phòng" chairs: the force's national command, not a province's border command
    text = (
        "Tổng kết chương trình phối hợp giai đoạn 2018-2022\n"
        "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch A và Thiếu tướng B, Tư lệnh Bộ đội Biên phòng đồng chủ trì hội nghị "
        "tổng kết chương trình phối hợp giữa hai cơ quan ngày 9/11/2022."
    )
    out = extract_text(text)
    assert out["level"] == "central"
    assert "Bộ Tư lệnh Bộ đội Biên phòng" in out["parties"]
    assert not any(p.startswith("Bộ Chỉ huy") for p in out["parties"])


def test_a_title_naming_forces_bare_adds_no_party_beside_their_commands():
    # the title's "Cảnh sát biển" and "Bộ đội Biên phòng" are the commands the lead names
    text = (
        "Cảnh sát biển và Bộ đội Biên phòng ký quy chế phối hợp\n"
        "Ngày 20/4/2021, Bộ Tư lệnh Cảnh sát biển và Bộ Tư lệnh Bộ đội Biên phòng đã ký kết quy chế phối hợp trong "
        "bảo vệ chủ quyền, an ninh trên biển."
    )
    out = extract_text(text)
    assert sorted(out["parties"]) == ["Bộ Tư lệnh Bộ đội Biên phòng", "Bộ Tư lệnh Cảnh sát biển"]


def test_the_national_border_committee_with_its_ministry_in_brackets_is_one_central_party():
    text = (
        "Ký quy chế phối hợp về quản lý biên giới\n"
        "Ngày 5/3/2022, tại Hà Nội, Bộ Tư lệnh Bộ đội Biên phòng và Ủy ban Biên giới quốc gia (Bộ Ngoại giao) ký kết "
        "quy chế phối hợp trong công tác quản lý biên giới."
    )
    out = extract_text(text)
    assert out["level"] == "central"
    assert len(out["parties"]) == 2
    assert any(p.startswith("Ủy ban Biên giới quốc gia") for p in out["parties"])


def test_a_body_whose_numbered_meeting_room_is_the_venue_is_no_party():
    # "tại phòng họp số 2 Huyện ủy A": where the cluster met, not who organised
    text = (
        "Cụm thi đua số 3 Ủy ban MTTQ Việt Nam tỉnh Nam Định ký giao ước thi đua\n"
        "Sáng ngày 6/3/2023, tại phòng họp số 2 Huyện ủy Hải Hậu, Cụm thi đua số 3 Ủy ban MTTQ Việt Nam tỉnh Nam Định "
        "tổ chức hội nghị ký giao ước thi đua năm 2023."
    )
    out = extract_text(text)
    assert not any("Huyện ủy" in p for p in out["parties"])
    assert len(out["parties"]) == 1


def test_a_line_crediting_the_outlet_is_no_party():
    # the paper's name alone on a line above the report: its source, not a side of the signing
    text = (
        "Quân khu ký kết hợp tác với trường đại học\n"
        "Báo Quân đội nhân dân\n"
        "Sáng 12-4-2024, Bộ Tư lệnh Quân khu 7 và Trường Đại học Y Dược TP Hồ Chí Minh đã ký kết chương trình hợp tác "
        "đào tạo nhân lực y tế."
    )
    out = extract_text(text)
    assert not any(p.startswith("Báo") for p in out["parties"])
    assert len(out["parties"]) == 2


def test_a_state_group_written_with_its_kind_and_short_name_is_the_group_its_short_name_names():
    # "Tập đoàn Viettel" in the lead, "Viettel" in the title: one central party beside the province's committee
    text = (
        "Viettel hỗ trợ tỉnh Sóc Trăng chuyển đổi số\n"
        "Ngày 8/6/2022, Tập đoàn Viettel và UBND tỉnh Sóc Trăng tổ chức hội nghị sơ kết thỏa thuận hợp tác về chuyển "
        "đổi số giai đoạn 2020-2025."
    )
    out = extract_text(text)
    assert out["level"] == "central"
    assert len(out["parties"]) == 2


def test_a_title_naming_a_blocs_members_adds_no_party_beside_the_bloc():
    # the title's "Mặt trận Tổ quốc và các đoàn thể" are the members of the bloc the lead names
    text = (
        "Mặt trận Tổ quốc và các đoàn thể tỉnh sơ kết thi đua 6 tháng\n"
        "Chiều 12/7/2021, tại Tỉnh đoàn, Khối thi đua Mặt trận Tổ quốc và các đoàn thể tỉnh Tuyên Quang tổ chức hội "
        "nghị sơ kết công tác thi đua 6 tháng đầu năm 2021."
    )
    out = extract_text(text)
    assert len(out["parties"]) == 1
    assert out["parties"][0].startswith("Khối thi đua")


def test_the_bodies_a_joint_delegation_inspects_are_no_parties():
    # ruling 20: the delegation's bodies meet on their joint decree; the province's forces inspected are not parties
    text = (
        "Đoàn công tác liên bộ kiểm tra tại Quảng Bình\n"
        "Ngày 14/9/2022, Đoàn công tác của Bộ Quốc phòng và Bộ Công an đã kiểm tra kết quả thực hiện Nghị định 03 "
        "đối với lực lượng Công an, Quân sự, Biên phòng tỉnh Quảng Bình."
    )
    out = extract_text(text)
    assert out["level"] == "central"
    assert sorted(out["parties"]) == ["Bộ Công an", "Bộ Quốc phòng"]
    assert out["province"] == "Quảng Bình"
