"""Classes of real reporting whose level the extractor missed (DOMAIN.md: the highest tier among the signatories or
organisers), each reproduced in sentences of our own and run through the whole article pipeline."""

from __future__ import annotations

from tests.extraction import extract_text

# ---- a numbered cluster the text writes as one province's units: the province's level, not several provinces'


def test_a_cluster_of_associations_working_in_the_province_is_the_provinces():
    # the members are counted as the province's own associations ("trên địa bàn tỉnh"), no province named
    text = (
        "Cụm thi đua số 7 tổng kết năm 2023\n"
        "Sáng 20/1/2024, Cụm thi đua số 7 đã tổ chức hội nghị tổng kết công tác thi đua năm 2023.\n"
        "Trong năm, Cụm thi đua số 7 gồm 9 hội văn học, nghệ thuật và nghề nghiệp trên địa bàn tỉnh đã hưởng ứng "
        "sôi nổi các phong trào thi đua, nhiều đơn vị được khen thưởng.\n"
        "Kết thúc hội nghị, các đơn vị thành viên ký kết giao ước thi đua năm 2024."
    )
    line = extract_text(text)
    assert line["is_event"] is True
    assert line["level"] == "province"


def test_a_cluster_of_a_provincial_commands_offices_is_the_provinces():
    # the members are offices under the province's military command ("trực thuộc Bộ CHQS tỉnh")
    text = (
        "Cụm thi đua các phòng cơ quan quân sự tỉnh tổng kết năm 2019\n"
        "(ABC) Sáng 5-11, Cụm thi đua 3 phòng (Tham mưu, Chính trị, Hậu cần) trực thuộc Bộ CHQS tỉnh tổ chức hội "
        "nghị tổng kết phong trào Thi đua Quyết thắng năm 2019.\n"
        "Các phòng trong cụm đã hoàn thành tốt nhiệm vụ huấn luyện, sẵn sàng chiến đấu trong năm."
    )
    line = extract_text(text)
    assert line["is_event"] is True
    assert line["level"] == "province"


def test_a_cluster_whose_units_keep_order_in_the_province_is_the_provinces():
    # a police bloc's cluster: the units keep order "trên địa bàn tỉnh"; no province named, no provinces listed
    text = (
        "Cụm thi đua số 3 Khối Xây dựng lực lượng bước vào năm mới\n"
        "Hôm 10/3/2020, chín đơn vị thuộc Cụm thi đua số 3 Khối Xây dựng lực lượng đã họp, thống nhất chỉ tiêu "
        "và ký giao ước.\n"
        "Theo giao ước, các đơn vị trong cụm thi đua cam kết cùng nhau bảo đảm bình yên cho mọi người dân sống "
        "trên địa bàn tỉnh trong suốt năm."
    )
    line = extract_text(text)
    assert line["is_event"] is True
    assert line["level"] == "province"


def test_a_cluster_named_after_a_provinces_police_is_the_provinces():
    # "Cụm thi đua số 2, Công an tỉnh": the cluster of one province's police units (a bare page, no address)
    text = (
        "Năm 2023: các đơn vị Cụm thi đua số 2 Công an tỉnh cam kết thi đua\n"
        "Sáng 15/2/2023, Cụm thi đua số 2, Công an tỉnh họp triển khai phong trào “Vì an ninh Tổ quốc” và các "
        "đơn vị cùng ký giao ước năm 2023.\n"
        "Các đơn vị trong cụm thống nhất nội dung thi đua và đăng ký danh hiệu thi đua của năm."
    )
    line = extract_text(text)
    assert line["is_event"] is True
    assert line["level"] == "province"


def test_a_cluster_named_after_a_city_party_board_is_the_provinces():
    # the cluster of the party boards under one city's party committee, named after it
    text = (
        "Hội nghị của Cụm thi đua 12 - Ban Dân vận Thành ủy Hải Phòng\n"
        "Chiều 4-3, tại hội trường Thành ủy, Cụm thi đua 12 - Ban Dân vận Thành ủy Hải Phòng họp và cùng nhau ký "
        "giao ước năm 2024.\n"
        "Cụm thi đua 12 gồm Ban Dân vận các Đảng ủy: Khối Dân chính Đảng thành phố (Cụm trưởng), Công an thành phố "
        "và Bộ Chỉ huy Quân sự thành phố."
    )
    line = extract_text(text)
    assert line["is_event"] is True
    assert line["level"] == "province"


def test_a_bare_numbered_cluster_stays_several_provinces():
    # nothing says whose units meet: the default of a numbered cluster stands (most such pages are provinces')
    text = (
        "Cụm thi đua số 6 tổng kết công tác năm 2022\n"
        "Ngày 12/1/2023, Cụm thi đua số 6 tổ chức hội nghị tổng kết công tác thi đua năm 2022 và ký giao ước thi "
        "đua năm 2023.\n"
        "Các đơn vị trong cụm đã hoàn thành xuất sắc các chỉ tiêu được giao."
    )
    line = extract_text(text)
    assert line["is_event"] is True
    assert line["level"] == "inter-provincial"


# ---- a central body that chairs a cluster's meeting (ruling 3), its leaders listed after a colon


def test_chairs_listed_after_a_colon_with_a_national_union_as_cluster_chair_make_it_central():
    # "Các đồng chí chủ trì hội nghị: ..." lists the chairs; the first is a national union's head, the cluster's chair
    text = (
        "Cụm thi đua các tổ chức hội tổng kết năm 2024\n"
        "Ngày 14/12, tại Hải Phòng, Cụm thi đua các tổ chức hội đã tổ chức "
        "hội nghị tổng kết năm 2024.\n"
        "Các đồng chí chủ trì hội nghị: ông Lê Văn Tâm, Chủ tịch Liên minh Hợp tác xã Việt Nam (VCA) - đơn vị Cụm "
        "trưởng; bà Đỗ Thị Hoa, Phó Chủ tịch Hội Nông dân Việt Nam - đơn vị Cụm phó.\n"
        "Các đơn vị trong cụm đã trao đổi kinh nghiệm và thống nhất nội dung thi đua năm tới."
    )
    line = extract_text(text)
    assert line["is_event"] is True
    assert line["level"] == "central"


# ---- a force's national party committee written bare, its national commander present: a central body


def test_the_border_guards_party_committee_with_its_national_commander_is_central():
    # "Đảng ủy BĐBP" with no province after it, the Border Guard's commander (Tư lệnh) attending: the national one
    text = (
        "Đảng ủy BĐBP và Tỉnh ủy Bình Định đánh giá 3 năm phối hợp\n"
        "Sáng 12.9.2019, tại thành phố Quy Nhơn, Đảng ủy Bộ đội Biên phòng (BĐBP) cùng Tỉnh ủy Bình Định tổ chức "
        "hội nghị sơ kết 3 năm thực hiện quy chế phối hợp giai đoạn 2016 - 2019. Dự hội nghị có Thiếu tướng Lê "
        "Văn An, Tư lệnh BĐBP, cùng lãnh đạo các sở, ngành của tỉnh."
    )
    line = extract_text(text)
    assert line["is_event"] is True
    assert line["level"] == "central"
    assert line["province"] == "Bình Định"


def test_the_border_guards_party_committee_of_a_province_stays_the_provinces():
    # "Đảng ủy BĐBP tỉnh": the province's command's committee, whoever attends
    text = (
        "Đảng ủy BĐBP tỉnh và Huyện ủy Phù Cát đánh giá 3 năm phối hợp\n"
        "Sáng 12.9.2019, Đảng ủy Bộ đội Biên phòng (BĐBP) tỉnh Bình Định cùng Huyện ủy Phù Cát tổ chức hội nghị sơ "
        "kết 3 năm thực hiện quy chế phối hợp. Dự hội nghị có Thiếu tướng Lê Văn An, Tư lệnh BĐBP."
    )
    line = extract_text(text)
    assert line["is_event"] is True
    assert line["level"] == "province"


# ---- a central body's leader who presides over or runs the meeting is a chair (ruling 3)


def test_a_meeting_run_by_a_national_unions_vice_president_is_central():
    # "Hội nghị do đồng chí A, Phó Chủ tịch Hội ... Việt Nam điều hành": the national union runs it
    text = (
        "Tổng kết công tác Hội năm 2016 của các tỉnh trong cụm\n"
        "Hội nghị do đồng chí Lê Thị Mai, Phó Chủ tịch Hội Nông dân Việt Nam điều hành. Về dự có lãnh đạo một số "
        "ban của Trung ương Hội.\n"
        "Các tỉnh trong cụm đã báo cáo kết quả nổi bật của năm, trao đổi cách làm hay và thống nhất chỉ tiêu "
        "thi đua năm 2017."
    )
    line = extract_text(text)
    assert line["is_event"] is True
    assert line["level"] == "central"


# ---- a cluster whose members the text lists as units of a national command (ruling 17): central


def test_a_cluster_of_flotillas_is_central():
    # the members are flotillas, each a unit of a national command wherever it is stationed
    text = (
        "Hội nghị thi đua của cụm các hải đoàn năm 2024\n"
        "Ngày 20/11/2024, Cụm thi đua số 2 Cảnh sát biển tổ chức hội nghị tổng kết phong trào Thi đua Quyết thắng "
        "năm 2024.\n"
        "Cụm thi đua số 2 Cảnh sát biển gồm 3 đơn vị: Hải đoàn 11, 21 và 31.\n"
        "Các đơn vị trong cụm đã hoàn thành tốt nhiệm vụ tuần tra, kiểm soát trên biển."
    )
    line = extract_text(text)
    assert line["is_event"] is True
    assert line["level"] == "central"


# ---- a steering committee named the Government's is a national body (central_marks.csv)


def test_the_governments_steering_committee_holding_a_review_in_the_capital_is_central():
    text = (
        "Sáng 3-11, tại Hà Nội, Ban Chỉ đạo 389 của Chính phủ tổ chức hội nghị sơ kết hai năm thực hiện quy chế "
        "phối hợp chống buôn lậu giữa các lực lượng chức năng giai đoạn 2021-2025.\n"
        "Các lực lượng đã phối hợp phát hiện, xử lý hàng nghìn vụ vi phạm trong năm qua."
    )
    line = extract_text(text)
    assert line["is_event"] is True
    assert line["level"] == "central"
    assert line["province"] is None


# ---- the party's Central Office is a central body (org_heads.csv)


def test_departments_of_the_partys_central_office_reviewing_their_rules_is_central():
    text = (
        "Sơ kết 3 năm quy chế phối hợp giữa các vụ của Văn phòng Trung ương Đảng\n"
        "Hội nghị sơ kết 3 năm thực hiện quy chế phối hợp giữa các Vụ Địa phương thuộc Văn phòng Trung ương Đảng "
        "diễn ra ngày 15 tháng 6 năm 2016 tại Sầm Sơn, Thanh Hóa.\n"
        "Các vụ đã trao đổi kinh nghiệm phối hợp nắm tình hình địa phương."
    )
    line = extract_text(text)
    assert line["is_event"] is True
    assert line["level"] == "central"


# ---- a body written with a bare "thành phố" in a province that is no city: the province's city, a district's


def test_a_bare_city_body_of_a_province_signing_with_a_district_body_is_the_districts():
    # "Viện kiểm sát thành phố": the provincial city's procuracy (a district's body), no city named in the text
    text = (
        "Viện kiểm sát thành phố và Công an huyện Đồng Phú ký quy chế phối hợp\n"
        "Ngày 9/3/2021, tại hội trường Công an huyện Đồng Phú, tỉnh Bình Phước, Viện kiểm sát thành phố và Công an "
        "huyện Đồng Phú đã ký kết quy chế phối hợp trong công tác tiếp nhận, giải quyết tố giác tội phạm."
    )
    line = extract_text(text)
    assert line["is_event"] is True
    assert line["level"] == "district"
