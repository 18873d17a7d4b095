"""Classes of how real reports name who holds a meeting (issue 11, the parties sitting of the twentieth round): each
written in sentences of our own and run through the whole article pipeline (`process`), as `phoihop extract` runs
it."""

from __future__ import annotations

from tests.extraction import extract_text


def test_a_numbered_cluster_introduced_with_its_roll_is_named_bare():
    # the lead introduces the cluster by its roll of members ("Cụm thi đua số 3 gồm VKSND các huyện ..."); a later
    # sentence names the network, but the roll already says whose cluster it is (ruling 2): "Cụm thi đua số 3"
    line = extract_text(
        "Các Viện kiểm sát ven biển tổng kết năm 2024\n\n"
        "Ngày 10/1/2025, Cụm thi đua số 3 gồm VKSND các huyện Mỹ Xuyên, Trần Đề và Long Phú tổ chức hội nghị tổng "
        "kết công tác thi đua năm 2024 và ký kết giao ước thi đua năm 2025.\n\n"
        "Theo báo cáo, năm qua các đơn vị trong Cụm thi đua số 3 đã thực hiện tốt các chỉ thị của ngành Kiểm sát "
        "nhân dân."
    )
    assert line["parties"] == ["Cụm thi đua số 3"], line["parties"]


def test_a_numbered_cluster_named_bare_takes_the_network_its_sentences_name():
    # no roll after its first naming: the network the sentences name is written after it, as before
    line = extract_text(
        "Cụm thi đua số 5 giao ban quý I\n\n"
        "Sáng 5/4/2024, đồng chí Nguyễn Văn A, Chủ tịch Hội Cựu chiến binh tỉnh Bắc Giang, Cụm trưởng Cụm thi đua "
        "số 5 chủ trì hội nghị giao ban quý I năm 2024 của Cụm thi đua số 5."
    )
    assert any("Cụm thi đua số 5 Hội Cựu chiến binh" in p for p in line["parties"]), line["parties"]


def test_a_place_the_title_leaves_bare_is_written_as_the_lead_writes_it():
    # the headline writes "Công an TP" bare, the lead "Công an TP.HCM": one body, written as the lead writes its place
    # (ruling 1), not with the gazetteer's name the bare title was completed with
    line = extract_text(
        "Sở Tư pháp TP.HCM cùng Công an TP bắt tay phổ biến pháp luật cho học sinh\n\n"
        "Ngày 14-5, Sở Tư pháp TP.HCM và Công an TP.HCM vừa ký kết quy chế phối hợp, theo đó hai đơn vị cùng đưa "
        "các buổi nói chuyện pháp luật về trường học."
    )
    assert "Công an TP.HCM" in line["parties"], line["parties"]


def test_the_youth_unions_central_committee_is_written_as_the_text_writes_it():
    # the text writes only "Trung ương Đoàn": no "Ban Chấp hành" before it nor the union's full name after it
    # (ruling 1); a text writing "Trung ương Đoàn TNCS Hồ Chí Minh" keeps that naming
    bare = extract_text(
        "Trung ương Đoàn và Hội Sinh viên Việt Nam ký chương trình phối hợp\n\n"
        "Ngày 3/4/2024, tại Hà Nội, Trung ương Đoàn và Trung ương Hội Sinh viên Việt Nam đã ký kết chương trình "
        "phối hợp hỗ trợ sinh viên khởi nghiệp giai đoạn 2024 - 2027."
    )
    assert "Trung ương Đoàn" in bare["parties"], bare["parties"]
    full = extract_text(
        "Ngày 3/4/2024, tại Hà Nội, Trung ương Đoàn TNCS Hồ Chí Minh và Trung ương Hội Sinh viên Việt Nam đã ký "
        "kết chương trình phối hợp hỗ trợ sinh viên khởi nghiệp giai đoạn 2024 - 2027."
    )
    assert "Trung ương Đoàn TNCS Hồ Chí Minh" in full["parties"], full["parties"]


def test_members_with_their_cluster_in_brackets_sign_as_the_cluster():
    # "A cùng B, C và D (Cụm thi đua số 3) ký giao ước": the members are named, the bracket says they sign as the
    # cluster; the cluster is the party, its members are not listed beside it (ruling 2)
    line = extract_text(
        "Ngày 12/3, Hội Nông dân tỉnh Gia Lai cùng Hội Nông dân các tỉnh Kon Tum, Đắk Lắk và Đắk Nông (Cụm thi đua "
        "số 3) ký giao ước thi đua năm 2024 tại thành phố Pleiku."
    )
    assert len(line["parties"]) == 1 and line["parties"][0].startswith("Cụm thi đua số 3"), line["parties"]


def test_a_bloc_of_party_bodies_named_without_the_emulation_word_holds_the_signing():
    # "Khối các cơ quan Đảng" (the bloc of the province's party boards) signs its pledge: the bloc is the party, not
    # the board whose head chairs the bloc this year and speaks at the meeting
    line = extract_text(
        "Khối các cơ quan Đảng ký giao ước thi đua năm 2012\n\n"
        "Sáng 2-3, Khối các cơ quan Đảng tỉnh Hà Nam tổ chức hội nghị ký giao ước thi đua năm 2012. Đồng chí Trần Thị "
        "B, Trưởng Ban Tuyên giáo Tỉnh ủy, Trưởng Khối thi đua năm 2012 phát biểu tại hội nghị."
    )
    assert line["parties"] == ["Khối các cơ quan Đảng tỉnh Hà Nam"], line["parties"]


def test_a_unit_of_a_blocs_roll_is_no_party_beside_the_bloc():
    # the roll after "gồm 05 đơn vị:" holds a unit whose word reads as a body ("Thanh tra"): the bloc that meets is
    # the party, not a unit of its roll (ruling 2)
    line = extract_text(
        "Chiều 14/2/2024, tại trụ sở Cục Thuế tỉnh Nam Định, Khối thi đua số 3 ngành Thuế Nam Định, gồm 05 đơn vị: "
        "Phòng Kiểm tra 1; Thanh tra – Kiểm tra; Phòng Tuyên truyền; Phòng Nghiệp vụ và Văn phòng, đã tổ chức hội "
        "nghị ký giao ước thi đua năm 2024."
    )
    assert line["parties"] == ["Khối thi đua số 3 ngành Thuế Nam Định"], line["parties"]


def test_the_member_that_hosts_a_clusters_review_is_no_party_beside_it():
    # "A đã diễn ra Hội nghị tổng kết Cụm thi đua ...": A hosts the cluster's review as one of its members; the
    # cluster is the party (ruling 2)
    line = extract_text(
        "Sáng 8/1/2016, Hội Văn học Nghệ thuật tỉnh Quảng Bình đã diễn ra Hội nghị tổng kết Cụm thi đua các Hội Văn "
        "học Nghệ thuật Bắc Trung Bộ, gồm Hội Văn học Nghệ thuật 4 tỉnh: Quảng Bình, Quảng Trị, Hà Tĩnh và Nghệ An."
    )
    assert line["parties"] == ["Cụm thi đua các Hội Văn học Nghệ thuật Bắc Trung Bộ"], line["parties"]


def test_bodies_the_heads_table_now_knows_are_parties():
    # the province's religious affairs board ("Ban Tôn giáo tỉnh") and the youth federation written short ("Hội
    # LHTN Việt Nam tỉnh A", its chair signing for it: ruling 7) are bodies, each a party where it signs
    board = extract_text(
        "Sáng 12/5/2016, Ban Dân vận Tỉnh ủy Hà Tĩnh và Ban Tôn giáo tỉnh Hà Tĩnh đã ký kết chương trình phối hợp "
        "vận động đồng bào có đạo giai đoạn 2016 - 2020."
    )
    assert "Ban Tôn giáo tỉnh Hà Tĩnh" in board["parties"], board["parties"]
    youth = extract_text(
        "Sáng 3/3/2023, Bệnh viện Đa khoa tỉnh Kon Tum ký kết chương trình phối hợp chăm sóc sức khỏe thanh niên "
        "với Hội LHTN Việt Nam tỉnh Kon Tum."
    )
    assert "Hội LHTN Việt Nam tỉnh Kon Tum" in youth["parties"], youth["parties"]


def test_a_cluster_of_communes_introduced_with_its_roll_gets_no_place_added():
    # "Cụm thi đua 2 gồm 7 xã: ...": the roll says where the cluster is; the text names it bare, and so does the party
    # (the place of a bare cluster is added only where the text gives no roll)
    line = extract_text(
        "Sáng 14/9/2023, tại huyện Krông Pắc, Cụm thi đua 2 gồm 7 xã: Ea Kly, Ea Kênh, Ea Phê, Ea Kuăng, Hòa An, Ea "
        "Yông và Krông Búk tổ chức hội nghị sơ kết phong trào thi đua 9 tháng đầu năm của Mặt trận các xã trong huyện "
        "Krông Pắc."
    )
    assert line["parties"] == ["Cụm thi đua 2"], line["parties"]
