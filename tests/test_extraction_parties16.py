"""Classes of cluster naming a new round of real articles showed (issue 11), each in sentences of our own words,
run through the whole article pipeline: a cluster is one party (ruling 2), named as the text names it."""

from __future__ import annotations

from tests.extraction import extract_text


def test_who_chairs_a_cluster_ends_its_name():
    # "do tỉnh A làm cụm trưởng" says who chairs the cluster: a clause after its name, not part of it
    line = extract_text(
        "Ngày 3-3-2023, tại thành phố Sóc Trăng, Cụm thi đua các tỉnh Đông Nam bộ do tỉnh Tây Ninh làm cụm trưởng "
        "đã tổ chức hội nghị sơ kết giao ước thi đua năm 2022."
    )
    assert line["parties"] == ["Cụm thi đua các tỉnh Đông Nam bộ"]
    assert line["level"] == "inter-provincial"
    line = extract_text(
        "Sáng 9/5/2021, Khối thi đua số 3 do Sở Tư pháp làm khối trưởng tổ chức hội nghị giao ban quý I.",
        url="https://baolongan.vn/khoi-thi-dua-so-3-giao-ban-a1.html",
    )
    assert line["parties"] == ["Khối thi đua số 3 tỉnh Long An"]


def test_a_numbered_cluster_written_after_a_national_network_is_that_networks_cluster():
    # "Hội A Việt Nam cụm số N, gồm các tỉnh ...": the network names whose cluster it is; not the central
    # association, so the meeting is of several provinces' bodies
    line = extract_text(
        "Ngày 12-1-2019, tại hội trường Hội Nông dân tỉnh Vĩnh Long, Hội Nông dân Việt Nam cụm số 7, gồm các tỉnh: "
        "Vĩnh Long, Trà Vinh, Bến Tre, Tiền Giang, họp tổng kết thi đua của năm 2018."
    )
    assert line["parties"] == ["Hội Nông dân Việt Nam cụm số 7"]
    assert line["level"] == "inter-provincial"
    assert set(line["provinces_involved"]) == {"Vĩnh Long", "Trà Vinh", "Bến Tre", "Tiền Giang"}


def test_a_cluster_named_by_the_network_after_the_word_cum():
    # "Cụm Hội Luật gia các tỉnh X": "Cụm" before a network's body and what it groups: one cluster, the party
    line = extract_text(
        "Ngày 20-3, tại Hải Phòng, Cụm Hội Luật gia các tỉnh, thành duyên hải Bắc bộ đã tổ chức ký giao ước thi "
        "đua năm 2020. Cụm gồm 4 tỉnh, thành: Hải Phòng, Quảng Ninh, Thái Bình và Nam Định."
    )
    assert line["parties"] == ["Cụm Hội Luật gia các tỉnh, thành duyên hải Bắc bộ"]
    assert line["level"] == "inter-provincial"


def test_a_local_member_holding_its_blocs_meeting_is_the_bloc():
    # "UBND xã A tổ chức Hội nghị Khối thi đua các xã": the bloc meets, its member that hosts or chairs it is no
    # party beside it; the bloc named fuller below ("... các xã tỉnh X") is written so
    line = extract_text(
        "Ngày 5/12/2024, UBND xã Tân Hòa tổ chức Hội nghị Khối thi đua các xã và chương trình giao lưu văn nghệ "
        "giữa các địa phương năm 2024.\n\nKhối thi đua các xã tỉnh Hậu Giang gồm 8 xã; xã Tân Hòa giữ vai trò "
        "trưởng khối năm nay.",
        url="https://baohaugiang.vn/khoi-thi-dua-cac-xa-a2.html",
    )
    assert line["parties"] == ["Khối thi đua các xã tỉnh Hậu Giang"]
    assert line["cluster"] == "khối thi đua các xã"
    assert line["level"] == "commune"
    # a central body that convenes a cluster's meeting stays its organiser
    line = extract_text(
        "Sáng 13/12/2023, Hội Khuyến học Việt Nam tổ chức hội nghị giao ban Cụm thi đua số 2 các tỉnh Tây Bắc."
    )
    assert line["parties"] == ["Hội Khuyến học Việt Nam"]


def test_a_slogan_names_the_cluster_not_a_body_nor_its_words():
    # the members' slogan in quotation marks names the cluster they act as ("“Chiến sĩ Công an Cụm thi đua số 3 –
    # Đoàn kết, sáng tạo”"): the cluster is the party, without the slogan's words; the force it names is no party
    line = extract_text(
        "Hội nghị ký kết giao ước thi đua năm 2019\n\n"
        "Với khẩu hiệu hành động “Chiến sĩ Công an Cụm thi đua số 3 – Đoàn kết, sáng tạo, vì bình yên biên giới”, "
        "năm 2019 Công an 5 tỉnh phía Bắc gồm: Hà Giang, Cao Bằng, Lạng Sơn, Lào Cai, Lai Châu đã tổ chức hội nghị ký kết "
        "giao ước thi đua.",
        url="https://baolangson.vn/cum-thi-dua-ky-giao-uoc-a3.html",
    )
    assert [p.split(" – ")[0] for p in line["parties"]] == line["parties"], line["parties"]
    assert len(line["parties"]) == 1 and line["parties"][0].startswith("Cụm thi đua số 3"), line["parties"]
    assert line["level"] == "inter-provincial"


def test_a_central_bodys_numbered_regional_unit_keeps_its_number():
    # "Kiểm toán Nhà nước khu vực N": the regional unit signs, not the whole State Audit; still a central body
    line = extract_text(
        "Sáng 5/1/2015, tại thành phố Thanh Hóa, HĐND tỉnh Thanh Hóa và Kiểm toán Nhà nước khu vực 11 ký kết quy "
        "chế phối hợp trong giám sát ngân sách địa phương."
    )
    assert line["parties"] == ["HĐND tỉnh Thanh Hóa", "Kiểm toán Nhà nước khu vực 11"]
    assert line["level"] == "central" and line["province"] == "Thanh Hóa"


def test_the_roll_of_units_a_signing_is_held_with_signs():
    # "A chủ trì lễ ký kết quy chế cùng các đơn vị, gồm: B; C; D": the units of the roll sign with A
    line = extract_text(
        "Chiều 3-3-2024, Công an tỉnh Khánh Hòa chủ trì Lễ ký kết quy chế phối hợp bảo vệ an ninh cảng hàng không "
        "cùng các đơn vị, gồm: Bộ Chỉ huy Quân sự tỉnh Khánh Hòa; Bộ Tư lệnh Cảnh sát Cơ động; Tổng Công ty Quản "
        "lý bay Việt Nam."
    )
    assert line["parties"] == [
        "Công an tỉnh Khánh Hòa",
        "Bộ Chỉ huy Quân sự tỉnh Khánh Hòa",
        "Bộ Tư lệnh Cảnh sát Cơ động",
        "Tổng công ty Quản lý bay Việt Nam",
    ]
    assert line["level"] == "central" and line["province"] == "Khánh Hòa"


def test_a_city_signing_with_the_university_named_after_it_is_a_party():
    # "ký kết hợp tác giữa thành phố A với Trường Đại học A": the city signs; the university is no body of the
    # city's that would stand for it (a ministry's school, ruling 9), so the city is a party and the province
    line = extract_text(
        "Lễ ký kết hợp tác giữa thành phố Đà Nẵng với Trường Đại học Đà Nẵng giai đoạn 2021-2025\n\n"
        "Hôm 10/3/2021, thành phố mở lễ ký kết hợp tác giữa thành phố Đà Nẵng với Trường Đại học Đà Nẵng cho 5 "
        "năm tới."
    )
    assert sorted(line["parties"]) == ["Trường Đại học Đà Nẵng", "thành phố Đà Nẵng"]
    assert line["province"] == "Đà Nẵng" and line["provinces_involved"] == ["Đà Nẵng"]
    # a meeting on cooperation "giữa tỉnh A với các tỉnh" names the program, not a party
    line = extract_text(
        "Chiều 30-10-2023, tại TP. Pleiku diễn ra hội nghị đánh giá kết quả hợp tác phát triển du lịch giữa tỉnh "
        "Gia Lai với các tỉnh, thành phố."
    )
    assert "tỉnh Gia Lai" not in line["parties"]


def test_a_place_named_as_a_side_signs_through_the_body_whose_leader_signs():
    # the title names the province bare beside a central body; the caption shows the province's committee's
    # chairman signing for it: the committee is the party (ruling 7), as older labels write it
    line = extract_text(
        "Bạc Liêu và Đài Tiếng nói Việt Nam bắt tay hợp tác về thông tin\n\n"
        "Chủ tịch UBND tỉnh Phạm Văn A (phải) và Tổng Giám đốc Đài Tiếng nói Việt Nam, ông Trần Văn B, đại diện ký "
        "kết Chương trình hợp tác hai bên vừa thống nhất.\n\n"
        "Theo đó, tỉnh Bạc Liêu và Đài Tiếng nói Việt Nam cam kết cùng làm tốt việc thông tin, tuyên truyền.",
        url="https://baobaclieu.vn/chinh-tri/bac-lieu-va-vov-ky-ket-a5.html",
    )
    assert set(line["parties"]) == {"Đài Tiếng nói Việt Nam", "UBND tỉnh Bạc Liêu"}
    assert line["level"] == "central" and line["province"] == "Bạc Liêu"


def test_the_forces_a_briefing_counts_and_names_hold_it():
    # an excerpt naming no organiser, only the forces it brings together ("03 lực lượng Công an tỉnh, Quân sự, Bộ
    # đội Biên phòng tỉnh"): those forces are its parties, written as the text writes them (ruling 1)
    line = extract_text(
        "Hội nghị giao ban quý I/2019 ghi nhận 03 lực lượng đã làm việc ăn ý.\n\n"
        "Đồng chí chủ trì mong 03 lực lượng Công an tỉnh, Quân sự, Bộ đội Biên phòng tỉnh giữ nhịp làm việc ấy "
        "trong những quý tới.",
        url="https://baoninhthuan.com.vn/tin/hoi-nghi-giao-ban-03-luc-luong-quy-i-a6.html",
    )
    assert line["parties"] == [
        "Công an tỉnh Ninh Thuận",
        "Quân sự tỉnh Ninh Thuận",
        "Bộ đội Biên phòng tỉnh Ninh Thuận",
    ]
    assert line["level"] == "province" and line["province"] == "Ninh Thuận"


def test_a_national_banks_branch_of_the_province_is_one_party_as_the_lead_writes_it():
    # the title's "Ngân hàng CSXH tỉnh" is the lead's "Ngân hàng Chính sách xã hội Chi nhánh tỉnh": one party, the
    # branch kept in its name
    line = extract_text(
        "Ngân hàng CSXH tỉnh và Hội Nông dân tỉnh cùng ký một chương trình phối hợp\n\n"
        "Sáng 12-4-2023, Hội Nông dân tỉnh và Ngân hàng Chính sách xã hội Chi nhánh tỉnh tổ chức lễ ký kết chương "
        "trình phối hợp giai đoạn 2023-2028.",
        url="https://baokontum.com.vn/kinh-te/nhcsxh-va-hoi-nong-dan-ky-ket-a7.html",
    )
    assert line["parties"] == ["Hội Nông dân tỉnh Kon Tum", "Ngân hàng Chính sách xã hội Chi nhánh tỉnh Kon Tum"]


def test_the_provinces_bodies_together_are_the_cluster_named_with_them_below():
    # "Hội Nông dân các tỉnh X tổ chức hội nghị", then "Cụm thi đua số 4 Hội Nông dân các tỉnh X gồm ...": the
    # bodies together are that cluster, the one party (ruling 2)
    line = extract_text(
        "Chiều 2/4/2022, tại Hội Nông dân tỉnh Sơn La, Hội Nông dân các tỉnh Tây Bắc tổ chức hội nghị ký kết giao "
        "ước thi đua năm 2022.\n\n"
        "Cụm thi đua số 4 Hội Nông dân các tỉnh Tây Bắc gồm Hội Nông dân Sơn La, Điện Biên, Lai Châu và Hòa Bình."
    )
    assert line["parties"] == ["Cụm thi đua số 4 Hội Nông dân các tỉnh Tây Bắc"]
    assert line["level"] == "inter-provincial" and line["province"] == "Sơn La"


def test_a_border_cluster_of_two_provinces_districts_is_inter_provincial():
    # a cluster of districts the text places in two provinces: bodies of several provinces, whatever their tier
    line = extract_text(
        "Ngày 15/9/2018, tại huyện Chiêm Hóa, Cụm an ninh liên hoàn khu vực giáp ranh 3 huyện: Chợ Đồn (Bắc Kạn), "
        "Yên Sơn, Chiêm Hóa (Tuyên Quang) tổ chức giao ban 6 tháng đầu năm 2018."
    )
    assert line["level"] == "inter-provincial"
    assert set(line["provinces_involved"]) == {"Bắc Kạn", "Tuyên Quang"}


def test_the_armys_telecoms_group_is_a_central_body():
    # a state group run by a ministry signs with a province's committee: level central (ruling 9)
    line = extract_text(
        "Hôm 5/9/2024, UBND tỉnh Phú Yên và Tập đoàn Công nghiệp - Viễn thông Quân đội đã ký thỏa thuận hợp tác "
        "để cùng xây dựng chính quyền số đến năm 2030."
    )
    assert line["level"] == "central" and line["province"] == "Phú Yên"


def test_a_city_paper_reporting_a_cluster_it_is_no_member_of_names_no_host():
    # a provincial outlet reports a cluster whose members the text names and its own province is not one: no
    # venue, no chair, so nothing says which member hosts (ruling 18); the outlet's province takes no part
    line = extract_text(
        "Lãnh đạo 5 tỉnh trong Cụm thi đua các tỉnh Tây Nguyên ký kết giao ước thi đua năm 2023\n\n"
        "Tham dự hội nghị có lãnh đạo 5 tỉnh trong Cụm thi đua, gồm: Kon Tum, Gia Lai, Đắk Lắk, Đắk Nông và Lâm "
        "Đồng.",
        url="https://www.sggp.org.vn/5-tinh-tay-nguyen-ky-ket-giao-uoc-thi-dua-post1.html",
    )
    assert line["province"] is None
    assert "TP Hồ Chí Minh" not in line["provinces_involved"]
    assert line["level"] == "inter-provincial"


def test_the_chair_named_after_its_role_hosts():
    # "Với vai trò đơn vị Cụm trưởng, Công an tỉnh A ...": the chair is named after its role; with no venue, its
    # province hosts the cluster's meeting
    line = extract_text(
        "Cụm thi đua số 3 tổng kết phong trào thi đua năm 2019\n\n"
        "Ngày 20/12/2019, Cụm thi đua số 3 Công an các tỉnh gồm: Quảng Ninh, Hải Phòng, Thái Bình, Nam Định tổ "
        "chức họp tổng kết thi đua của cả năm 2019.\n\n"
        "Với vai trò đơn vị Cụm trưởng, Công an tỉnh Thái Bình giữ liên lạc thường xuyên với các thành viên.",
        url="https://www.sggp.org.vn/cum-thi-dua-so-3-tong-ket-post2.html",
    )
    assert line["province"] == "Thái Bình"


def test_a_branch_named_by_its_own_name_keeps_it():
    # "Ngân hàng A Chi nhánh Bắc Kon Tum": the branch's own name, no place's, stays in the party's name
    line = extract_text(
        "Sáng 3-3-2024, Hội Nông dân tỉnh cùng Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam Chi nhánh "
        "Bắc Kon Tum đã ký kết chương trình phối hợp.",
        url="https://baokontum.com.vn/kinh-te/ky-ket-a8.html",
    )
    assert "Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam Chi nhánh Bắc Kon Tum" in line["parties"]
