"""Classes of how real reports name who signs or holds a meeting (issue 11, session 25): each written in sentences of
our own and run through the whole article pipeline (`process`), as `phoihop extract` runs it."""

from __future__ import annotations

from tests.extraction import extract_text


def test_a_cluster_is_named_without_the_members_a_parenthesis_lists_or_counts():
    # ruling 11: "(Công an 5 tỉnh A, B, ...)", "(gồm 9 đơn vị)" after a cluster's name say what it is made of, not
    # its name; a parenthesis that names it otherwise ("(Cụm số 4)") stays
    listed = extract_text(
        "Ngày 12/12/2024, Cụm thi đua số 7 Bộ Công an (Công an 5 tỉnh Thái Bình, Nam Định, Hà Nam, Ninh Bình, "
        "Hưng Yên) tổ chức hội nghị tổng kết công tác thi đua năm 2024."
    )
    assert listed["parties"] == ["Cụm thi đua số 7 Bộ Công an"], listed["parties"]
    counted = extract_text(
        "Ngày 18/12/2024, Khối thi đua các cơ quan Đảng tỉnh Long An (gồm 9 đơn vị) tổ chức hội nghị tổng kết công "
        "tác thi đua năm 2024."
    )
    assert counted["parties"] == ["Khối thi đua các cơ quan Đảng tỉnh Long An"], counted["parties"]


def test_a_count_of_units_before_their_roll_is_no_description_of_the_cluster():
    # "gồm 05 đơn vị: A, B, ...": the roll names the members one by one (not listed, ruling 2), and the count of
    # units before it says nothing of what the cluster is: the cluster as named
    line = extract_text(
        "Ngày 15/01/2025, tại Tòa án nhân dân huyện Hòa Vang, Cụm thi đua số 2 Tòa án nhân dân thành phố Đà Nẵng, "
        "gồm 05 đơn vị: Tòa án nhân dân các quận Hải Châu, Thanh Khê, Sơn Trà, Liên Chiểu và huyện Hòa Vang, tổ "
        "chức hội nghị tổng kết công tác thi đua năm 2024."
    )
    assert line["parties"] == ["Cụm thi đua số 2 Tòa án nhân dân thành phố Đà Nẵng"], line["parties"]


def test_standing_public_bodies_the_heads_did_not_know_are_parties():
    # bodies every province (or the state) has, written in a list or beside another: the bar association, the state
    # inspectorate by its older name, the President's Office, a detention camp named by its number
    line = extract_text(
        "Ngày 5/3/2021, Sở Tư pháp, Hội Luật gia và Đoàn Luật sư tỉnh Nam Định đã ký kết chương trình phối hợp tuyên "
        "truyền pháp luật giai đoạn 2021-2025."
    )
    assert line["parties"] == ["Sở Tư pháp tỉnh Nam Định", "Hội Luật gia tỉnh Nam Định", "Đoàn Luật sư tỉnh Nam Định"]
    line = extract_text(
        "Sáng 12/4/2023, tại Hà Nội, Văn phòng Chủ tịch nước và Ủy ban Trung ương Hội Cựu chiến binh Việt Nam ký kết "
        "quy chế phối hợp công tác."
    )
    assert line["parties"][0] == "Văn phòng Chủ tịch nước" and line["level"] == "central", line
    line = extract_text(
        "Ngày 2/6/2020, Thanh tra Nhà nước tỉnh Long An ký kết quy chế phối hợp với Sở Tư pháp tỉnh Long An."
    )
    assert line["parties"] == ["Thanh tra Nhà nước tỉnh Long An", "Sở Tư pháp tỉnh Long An"]
    line = extract_text(
        "Ngày 8/9/2022, Trại tạm giam số 1 và Đoàn Thanh niên huyện Nghi Lộc ký kết chương trình phối hợp giáo dục "
        "pháp luật cho thanh niên."
    )
    assert line["parties"][0].startswith("Trại tạm giam số 1"), line["parties"]


def test_a_local_office_is_a_party_however_its_dash_is_spaced():
    # the specialised offices of a district or (after July 2025) a commune, with the dash in their names written
    # tight or as an en dash
    line = extract_text(
        "Ngày 3/9/2025, Phòng Văn hóa-Xã hội xã Ia Hiao và Công an xã Ia Hiao ký kết quy chế phối hợp tuyên truyền."
    )
    assert line["parties"] == ["Phòng Văn hóa - Xã hội xã Ia Hiao", "Công an xã Ia Hiao"], line["parties"]
    line = extract_text(
        "Ngày 3/9/2023, Phòng Lao động – Thương binh và Xã hội huyện Krông Pa và Công an huyện Krông Pa ký kết quy "
        "chế phối hợp."
    )
    assert line["parties"][0] == "Phòng Lao động - Thương binh và Xã hội huyện Krông Pa", line["parties"]
    assert line["level"] == "district"


def test_the_organ_a_later_sentence_shows_signing_is_kept():
    # the lead names the two bodies bare; the sentence that reports the signing names their standing committees:
    # the organ signs for the body and the text names it, so the party keeps it
    line = extract_text(
        "Huyện đoàn Krông Búk và Huyện đoàn Sơn Hòa kết nghĩa\n\n"
        "Ngày 20/3/2024, tại huyện Krông Búk đã diễn ra lễ kết nghĩa giữa Huyện đoàn Krông Búk và Huyện đoàn Sơn Hòa.\n\n"
        "Tại buổi lễ, Ban Thường vụ Huyện đoàn Krông Búk và Ban Thường vụ Huyện đoàn Sơn Hòa đã ký kết chương trình "
        "phối hợp giai đoạn 2024 - 2029."
    )
    assert line["parties"] == ["Ban Thường vụ Huyện đoàn Krông Búk", "Ban Thường vụ Huyện đoàn Sơn Hòa"], line
    # an organ named in what the program assigns ("giao cho Ban Thường vụ ... chỉ đạo") signs nothing
    line = extract_text(
        "Ngày 20/3/2024, Tỉnh đoàn Gia Lai và Bộ Chỉ huy Quân sự tỉnh Gia Lai ký kết chương trình phối hợp.\n\n"
        "Chương trình giao cho Ban Thường vụ Tỉnh đoàn chỉ đạo các cơ sở Đoàn triển khai thực hiện."
    )
    assert line["parties"][0] == "Tỉnh đoàn Gia Lai", line["parties"]


def test_a_clusters_chair_is_no_party_beside_it_however_the_text_marks_it():
    # the chair written without its place, marked in brackets; or brought in by "do ... làm Trưởng cụm"
    line = extract_text(
        "Sáng 5/3/2024, tại trụ sở của Hội Nạn nhân chất độc da cam/dioxin (trưởng khối năm 2024), Khối thi đua các "
        "hội đặc thù tỉnh Hà Nam tổ chức hội nghị ký kết giao ước thi đua năm 2024.",
        url="https://baohanam.com.vn/chinh-tri/khoi-thi-dua-cac-hoi-dac-thu-ky-giao-uoc-2024.html",
    )
    assert line["parties"] == ["Khối thi đua các hội đặc thù tỉnh Hà Nam"], line["parties"]
    line = extract_text(
        "Ngày 12/12/2023, Cụm thi đua Hội Nông dân các tỉnh Bắc Trung Bộ do Hội Nông dân tỉnh Nghệ An làm Trưởng cụm "
        "tổ chức hội nghị tổng kết công tác thi đua năm 2023."
    )
    assert line["parties"] == ["Cụm thi đua Hội Nông dân các tỉnh Bắc Trung Bộ"], line["parties"]


def test_bodies_whose_leaders_co_chair_the_meeting_organise_it_too():
    # ruling 3: a body that co-chairs ("đồng chủ trì") is a party; here named only through its leader
    text = (
        "Ngày 14/12/2022, Cụm thi đua Ủy ban MTTQ Việt Nam các tỉnh Tây Nguyên tổ chức hội nghị tổng kết công tác thi "
        "đua năm 2022 tại thành phố Buôn Ma Thuột.\n\n"
        "Ông Nguyễn Văn An, Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam và bà Trần Thị Bình, Chủ tịch Ủy ban MTTQ "
        "Việt Nam tỉnh Đắk Lắk đồng chủ trì hội nghị."
    )
    line = extract_text(text)
    assert "Ủy ban Trung ương MTTQ Việt Nam" in line["parties"], line["parties"]
    assert line["level"] == "central"
    # a lone chair after a place's name ("Bí thư Tỉnh ủy Lâm Đồng chủ trì") co-chairs nothing
    line = extract_text(
        text.replace("bà Trần Thị Bình, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk đồng", "Bí thư Tỉnh ủy Lâm Đồng")
    )
    assert "Tỉnh ủy Lâm Đồng" not in line["parties"], line["parties"]
