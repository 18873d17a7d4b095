"""Classes of inter-provincial reporting the extractor misread on the tenth fresh round (issue 11: material the rules
were not written on): clusters of provinces' bodies, linkage groups, lists of provinces' bodies; their parties,
level, host, provinces and cluster. Each is reproduced in sentences of our own and run through the whole article
pipeline, as `phoihop extract` runs it."""

from __future__ import annotations

from tests.extraction import extract_text


def test_a_body_head_in_lower_case_before_provinces_listed_names_each_ones_body():
    # "... với công an các tỉnh A, B và C": the head written in lower case, a province with a dash opening the list
    line = extract_text(
        "Công an Cần Thơ ký quy chế phối hợp vùng giáp ranh\n"
        "Sáng 12/5, tại trụ sở Công an TP Cần Thơ diễn ra lễ ký kết quy chế phối hợp giữa Công an TP Cần Thơ và "
        "công an các tỉnh Bà Rịa - Vũng Tàu, Hậu Giang, Vĩnh Long và Sóc Trăng.\n"
        "Các bên thống nhất trao đổi thông tin về tội phạm hằng tháng.\n"
    )
    assert line["parties"] == [
        "Công an TP Cần Thơ",
        "Công an tỉnh Bà Rịa - Vũng Tàu",
        "Công an tỉnh Hậu Giang",
        "Công an tỉnh Vĩnh Long",
        "Công an tỉnh Sóc Trăng",
    ]
    assert line["level"] == "inter-provincial"
    assert set(line["provinces_involved"]) == {"Cần Thơ", "Bà Rịa - Vũng Tàu", "Hậu Giang", "Vĩnh Long", "Sóc Trăng"}


def test_a_capitalised_head_before_a_dashed_province_opening_a_list_goes_on_after_it():
    line = extract_text(
        "Ký kết quy chế phối hợp giữa lực lượng công an các địa phương\n"
        "Ngày 3/4, Công an tỉnh Bà Rịa – Vũng Tàu, Đồng Nai và Bình Phước ký kết quy chế phối hợp bảo đảm an ninh "
        "trật tự trên các tuyến giao thông giáp ranh.\n"
    )
    assert line["parties"] == ["Công an tỉnh Bà Rịa - Vũng Tàu", "Công an tỉnh Đồng Nai", "Công an tỉnh Bình Phước"]


def test_a_ministrys_emulation_cluster_of_provincial_police_meets_at_its_hosts_seat():
    # a national paper's page with no headline: its first paragraph (read as the title) tells the cluster meeting at
    # a provincial police's seat; the lead below names the ministry only as whose movement it is: the ministry's
    # cluster of provincial police meets, inter-provincial, hosted by the seat's province
    line = extract_text(
        "TP - Tại trụ sở Công an tỉnh Ninh Thuận, Cụm thi đua số 5 - Bộ Công an vừa tổ chức hội nghị nhìn lại một năm "
        "thi đua vì an ninh Tổ quốc 2024.\n\n"
        "Ngay tháng đầu năm, các đơn vị của cụm 5 đã ký giao ước, ra quy chế làm việc và bộ tiêu chí cho điểm để xét "
        "khen thưởng, theo phong trào mà Bộ Công an phát động. Lãnh đạo công an từng tỉnh đã quán triệt và đôn đốc "
        "cán bộ chiến sĩ làm tròn phần việc của mình.\n\n"
        "Công an các tỉnh trong cụm cũng tham gia những phong trào do Bộ Công an và UBND tỉnh đề ra.\n",
        url="https://tienphong.vn/ty-le-pha-an-dat-cao-post1000001.tpo",
    )
    assert line["parties"] == ["Cụm thi đua số 5 - Bộ Công an"]
    assert line["level"] == "inter-provincial"
    assert line["province"] == "Ninh Thuận"


def test_a_bloc_named_by_the_two_provinces_of_its_district_units_is_inter_provincial():
    # the bloc's own name writes the provinces its units belong to: bodies of two provinces, even district ones
    line = extract_text(
        "Ngày 8/1, tại tỉnh Trà Vinh, Khối thi đua các Chi cục Thi hành án dân sự Trà Vinh – Sóc Trăng tổ chức hội "
        "nghị nhìn lại một năm thi đua 2024, đồng thời ký giao ước cho năm 2025.\n"
        "Mọi chi cục của khối đều đạt chỉ tiêu năm qua.\n"
    )
    assert line["parties"] == ["Khối thi đua các Chi cục Thi hành án dân sự Trà Vinh – Sóc Trăng"]
    assert line["level"] == "inter-provincial"
    assert line["province"] == "Trà Vinh"
    assert set(line["provinces_involved"]) == {"Trà Vinh", "Sóc Trăng"}


def test_a_numbered_cluster_written_after_a_national_association_and_its_short_name_meets():
    # "Hội A Việt Nam (Hội), cụm số N đã ký kết ...": the national association's cluster of provinces meets (ruling
    # 2), not the association; the venue's province hosts, the provinces listed take part
    line = extract_text(
        "Ngày 14/9, tại thành phố Quy Nhơn, tỉnh Bình Định, Hội Cựu thanh niên xung phong Việt Nam (Hội), cụm số 4 đã "
        "ký kết giao ước thi đua năm 2024.\n"
        "Tham dự có lãnh đạo Hội Cựu thanh niên xung phong các tỉnh trong cụm gồm: Quảng Ngãi, Phú Yên, Khánh Hòa.\n"
    )
    assert line["parties"] == ["Hội Cựu thanh niên xung phong Việt Nam cụm số 4"]
    assert line["level"] == "inter-provincial"
    assert line["province"] == "Bình Định"
    assert set(line["provinces_involved"]) == {"Bình Định", "Quảng Ngãi", "Phú Yên", "Khánh Hòa"}


def test_two_kinds_of_departments_of_the_provinces_in_an_emulation_zone_are_the_zone():
    # a zone ("khu vực thi đua") groups departments of several provinces like a cluster; the two kinds of bodies
    # written before it, sharing "các tỉnh, TP", describe whose zone it is (ruling 2): one party, inter-provincial
    line = extract_text(
        "Đồng Nai giữ vai trò trưởng khu vực thi đua trong năm tới. Tại hội nghị, Sở Tư pháp và Cục Thi hành án dân sự "
        "các tỉnh, TP trong khu vực thi đua miền Đông Nam Bộ đã ký giao ước thi đua với bảy chỉ tiêu cần đạt.\n"
        "Các bên hứa sẽ giải quyết nhanh hơn những việc thi hành án còn tồn.\n"
    )
    assert line["parties"] == ["khu vực thi đua miền Đông Nam Bộ Sở Tư pháp và Cục Thi hành án dân sự"]
    assert line["cluster"] == "khu vực thi đua miền Đông Nam Bộ"
    assert line["level"] == "inter-provincial"


def test_two_kinds_of_bodies_of_the_provinces_of_a_cluster_name_it_together():
    line = extract_text(
        "Cụm thi đua Tây Bắc tổng kết năm 2024\n"
        "Ngày 10/1, Sở Văn hóa, Thể thao và Du lịch và Thanh tra các tỉnh thuộc Cụm thi đua Tây Bắc tổ chức hội nghị "
        "tổng kết công tác thi đua năm 2024.\n"
    )
    assert line["parties"] == ["Cụm thi đua Tây Bắc Sở Văn hóa, Thể thao và Du lịch và Thanh tra"]
    assert line["level"] == "inter-provincial"


def test_a_cluster_a_cited_decision_sets_up_nationwide_is_not_the_regional_cluster_that_meets():
    # the lead opens by citing the decision that set up the clusters of the whole network; the title and the next
    # sentence name the regional cluster that meets: that one is the event's cluster
    line = extract_text(
        "Cụm thi đua các trường chính trị Tây Nguyên ký giao ước năm 2022\n"
        "Thực hiện Hướng dẫn số 12-HD/HV của Giám đốc Học viện, trong đó có việc lập Cụm thi đua các trường chính trị "
        "của các tỉnh, thành phố trực thuộc Trung ương và cách chấm điểm, xếp loại các cụm trong năm 2022. Ngày 15/3/2022, "
        "Trường Chính trị tỉnh Gia Lai là nơi Cụm thi đua các trường chính trị khu vực Tây Nguyên ký giao ước thi đua "
        "năm 2022.\n"
    )
    assert line["cluster"] == "cụm thi đua các trường chính trị khu vực Tây Nguyên"


def test_a_central_bodys_leader_chairing_a_clusters_review_alone_makes_its_body_a_party():
    # ruling 3: a body whose leader chairs organises the meeting, with the cluster that holds it
    line = extract_text(
        "(baogialai.vn) – Ngày 9/12 năm đó, Phó Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam Lê Văn An chủ trì "
        "buổi tổng kết năm 2019 của Cụm thi đua Mặt trận các tỉnh Tây Nguyên. Cùng dự có Phó Bí thư Tỉnh ủy Trần Văn "
        "Bình và thường trực Mặt trận năm tỉnh trong cụm.\n"
        "Một năm qua, Mặt trận mọi cấp ở năm tỉnh đã chủ động làm theo chương trình phối hợp.\n",
        url="https://baogialai.vn/tong-ket-cum-thi-dua-mat-tran-cac-tinh-tay-nguyen-post1.html",
    )
    assert sorted(line["parties"]) == [
        "Cụm thi đua Mặt trận các tỉnh Tây Nguyên",
        "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
    ]
    assert line["level"] == "central"


def test_the_central_body_whose_cluster_it_is_chairing_its_meeting_is_no_party_beside_it():
    line = extract_text(
        "Cụm thi đua số IV Tòa án nhân dân tổng kết công tác năm 2023\n"
        "Sáng 5/1, Phó Chánh án Tòa án nhân dân tối cao Lê Văn Cường chủ trì hội nghị tổng kết Cụm thi đua số IV Tòa "
        "án nhân dân tối cao tại tỉnh Bắc Giang.\n"
    )
    assert line["parties"] == ["Cụm thi đua số IV Tòa án nhân dân tối cao"]


def test_a_city_joined_to_a_tourism_link_group_of_provinces_is_part_of_the_group_that_meets():
    # ruling 13: the counted group of a region framed by a linkage program is the cluster; a city joined to it by
    # "và" belongs to the group, which holds the review (no party of its own)
    line = extract_text(
        "Tổng kết chương trình liên kết phát triển du lịch 6 tỉnh Đông Bắc mở rộng và Thành phố Hải Phòng năm 2024\n"
        "Ngày 20/12, tại thành phố Hạ Long diễn ra Hội nghị tổng kết chương trình liên kết phát triển du lịch 6 tỉnh "
        "Đông Bắc mở rộng và Thành phố Hải Phòng năm 2024.\n"
        "Dự hội nghị có lãnh đạo Sở Du lịch các tỉnh: Quảng Ninh, Lạng Sơn, Cao Bằng, Bắc Kạn, Thái Nguyên, Bắc "
        "Giang và Thành phố Hải Phòng.\n"
    )
    assert line["parties"] == ["6 tỉnh Đông Bắc mở rộng và Thành phố Hải Phòng"]
    assert line["level"] == "inter-provincial"
    assert line["cluster"] == "6 tỉnh Đông Bắc mở rộng"


def test_provinces_counted_as_signing_and_named_in_the_lead_are_the_sides():
    # a short video page: the title counts the provinces that sign, the lead names them in one sentence and no
    # body of theirs: each place is a side (as "Cà Mau và Thông tấn xã ký kết" makes the place one)
    line = extract_text(
        "3 tỉnh ký kết quy chế phối hợp thực hiện dự án cao tốc\n"
        "Tuyến cao tốc có ý nghĩa lớn về kinh tế với Cần Thơ, Hậu Giang và Sóc Trăng. Vì vậy, cả 3 địa phương đã "
        "thống nhất mục tiêu chung trong việc thúc đẩy vùng phát triển.\n"
    )
    assert line["parties"] == ["Cần Thơ", "Hậu Giang", "Sóc Trăng"]
    assert line["level"] == "inter-provincial"


def test_a_central_unit_with_two_provinces_police_listed_after_a_colon_on_a_national_paper_has_no_host():
    # "công an các tỉnh: A, B" in lower case: each province's police signs; a central unit with bodies of two
    # provinces, no venue named, reported by a national paper: nothing says which hosts (ruling 18)
    line = extract_text(
        "Trên cơ sở nghị định, Binh đoàn 16 cùng công an các tỉnh: Đắk Lắk, Đắk Nông đã ký các quy chế phối hợp bảo "
        "đảm an ninh, trật tự. Ba năm qua, các đơn vị đã triển khai thực hiện đạt hiệu quả thiết thực.\n",
        url="https://www.qdnd.vn/phap-luat/an-ninh-trat-tu/phoi-hop-bao-dam-an-ninh-trat-tu-100001",
    )
    # each province's police with its place made explicit, kind word and all (tests/test_extraction_parties18.py)
    assert line["parties"] == ["Binh đoàn 16", "Công an tỉnh Đắk Lắk", "Công an tỉnh Đắk Nông"]
    assert line["level"] == "central"
    assert line["province"] is None
    assert set(line["provinces_involved"]) == {"Đắk Lắk", "Đắk Nông"}


def test_a_clusters_name_goes_on_through_a_city_written_with_its_short_kind_and_a_dot():
    # "... và TP.Hồ Chí Minh": the dot of "TP." ends no name; the city is a member the cluster's own name writes
    line = extract_text(
        "Ngày 20/12, Cụm thi đua các Hội Nhà báo các tỉnh Đông Nam bộ và TP.Hồ Chí Minh tổ chức hội nghị tổng kết năm "
        "2022 tại tỉnh Bình Phước.\n"
        "Lãnh đạo các Hội Nhà báo Tây Ninh, Đồng Nai, Bình Dương và Bà Rịa - Vũng Tàu cùng về dự.\n"
    )
    assert line["cluster"] == "cụm thi đua các Hội Nhà báo các tỉnh Đông Nam bộ và TP. Hồ Chí Minh"
    assert "TP Hồ Chí Minh" in line["provinces_involved"]
