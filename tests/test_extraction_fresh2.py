"""Classes of real reporting the extractor misread on the fresh2 batches (issue 11: level, cluster and period),
each reproduced in sentences of our own and run through the whole article pipeline, as `phoihop extract` runs
it."""

from __future__ import annotations

from etl.level_evidence import district_of_portal, provinces_of_bodies
from etl.places import gazetteer
from tests.extraction import extract_text


def test_commune_bodies_written_with_places_of_two_provinces_are_inter_provincial():
    # a commune of one city and the communes of a town of the neighbouring province review their border work
    line = extract_text(
        "Chiều 14/11/2022, UBND xã Hòa Tiến (huyện Hòa Vang, TP. Đà Nẵng) cùng UBND các xã, phường của thị xã "
        "Điện Bàn tổ chức hội nghị tổng kết quy chế phối hợp giữ trật tự ở vùng giáp ranh."
    )
    assert line["level"] == "inter-provincial"
    assert {"Đà Nẵng", "Quảng Nam"} <= set(line["provinces_involved"])


def test_communes_twinned_across_two_provinces_after_the_merger_are_inter_provincial():
    line = extract_text(
        "Các xã Duy Nghĩa và Thu Bồn (thành phố Đà Nẵng) ngày 3/9/2025 đã ký kết nghĩa với các xã Trung Chính, "
        "Thắng Lợi của tỉnh Thanh Hóa; buổi lễ tổ chức ở xã Nông Cống."
    )
    assert line["level"] == "inter-provincial"


def test_the_venue_and_a_school_named_after_its_city_are_no_bodys_place():
    gaz = gazetteer()
    # the venue's province is where they met, not whose bodies met
    assert provinces_of_bodies(
        "Sáng 2/4, tại TP. Pleiku, tỉnh Gia Lai, Sở Du lịch tỉnh Bình Định tổ chức hội nghị giao ban du lịch.",
        gaz,
        True,
    ) == ["Bình Định"]
    assert provinces_of_bodies(
        "Chiều 8/10, UBND tỉnh Kon Tum ký kết thỏa thuận hợp tác với Trường Đại học Y Dược Cần Thơ.", gaz, True
    ) == ["Kon Tum"]


def test_a_chair_body_holding_the_meeting_of_a_cluster_of_the_provinces_of_a_region_is_inter_provincial():
    # the chair's body is the one body the lead names; the cluster it chairs groups the region's provinces
    line = extract_text(
        "Ngày 15/12/2024, tại Vinh, Liên đoàn Lao động tỉnh Nghệ An - đơn vị Cụm trưởng Cụm thi đua Liên đoàn Lao "
        "động các tỉnh Bắc Trung Bộ tổ chức hội nghị tổng kết công tác thi đua năm 2024 của Cụm."
    )
    assert line["level"] == "inter-provincial"


def test_a_national_association_named_by_a_phrase_is_central_with_no_venues_place():
    # "Hiệp hội <trade> Việt Nam" is the nation's association: central, not the venue's province's
    line = extract_text(
        "Sáng 20/10/2019, tại TP. Quy Nhơn, tỉnh Bình Định, Hiệp hội Du lịch Việt Nam phối hợp với Sở Du lịch các tỉnh "
        "Bình Định, Phú Yên tổ chức hội nghị sơ kết chương trình hợp tác phát triển du lịch hai tỉnh."
    )
    assert "Hiệp hội Du lịch Việt Nam" in line["parties"]
    assert line["level"] == "central"


def test_a_national_paper_written_with_a_lowercase_baos_is_a_central_signatory():
    # national online papers are central bodies; the text often writes the common word in lower case
    line = extract_text(
        "Ngày 12/3/2026, lãnh đạo Sở Du lịch tỉnh Khánh Hòa cùng đại diện báo VnExpress ký kết thỏa thuận hợp tác "
        "về truyền thông cho năm 2026."
    )
    assert "Báo VnExpress" in line["parties"]
    assert line["level"] == "central"


def test_a_sites_logo_line_glued_to_its_image_address_is_no_lead():
    # a site's name run into its logo's address stands above the dateline: its body is no party
    line = extract_text(
        "Khối thi đua số 4 tổng kết năm 2025\n"
        "Học viện Âm nhạc Huế https://example.edu.vn/uploads/logo-site.png\n"
        "Thứ sáu - 12/12/2025 08:10\n"
        "Sáng ngày 12/12/2025, Khối thi đua số 4 – Bộ Văn hóa, Thể thao và Du lịch đã tổ chức Hội nghị tổng kết công "
        "tác thi đua năm 2025."
    )
    assert not any("Học viện" in p for p in line["parties"]), line["parties"]
    assert line["level"] == "central"


def test_a_blocs_name_holds_the_kind_of_body_it_groups_and_ends_before_a_year():
    from etl.clusters import find_cluster

    # "tổ chức chính trị - xã hội" is a kind of body inside the name, not the verb "tổ chức"
    assert find_cluster(
        "", "Sáng 3/4/2017, Khối thi đua tổ chức chính trị - xã hội tỉnh Kon Tum ký giao ước thi đua năm 2017."
    ) == ("khối thi đua tổ chức chính trị - xã hội tỉnh Kon Tum")
    assert find_cluster(
        "",
        "Sáng 7/3, Khối thi đua Mặt trận và các tổ chức chính trị - xã hội với chủ đề đổi mới đã ký giao ước.",
    ) == ("khối thi đua Mặt trận và các tổ chức chính trị - xã hội")
    # a year of four digits after the name ends it, as "năm 2" did
    assert find_cluster(
        "",
        "Hội nghị thống nhất giao nhiệm vụ cụm trưởng Cụm thi đua Hội Nông dân các tỉnh, thành phố dọc Quốc lộ 14 năm "
        "2026 cho Hội Nông dân tỉnh Đắk Nông, sau nhiều năm hoạt động.",
    ) == ("cụm thi đua Hội Nông dân các tỉnh, thành phố dọc Quốc lộ 14")


def test_a_term_written_right_after_the_regulation_signed_is_its_period():
    # the regulation's own stated span (DOMAIN.md excludes a party term in a slogan, not this)
    line = extract_text(
        "Chiều 3/12/2021, HĐND tỉnh và Ủy ban MTTQ tỉnh Hà Giang đã ký kết Quy chế phối hợp công tác "
        "nhiệm kỳ 2021-2026."
    )
    assert (line["period_start"], line["period_end"]) == (2021, 2026)
    # a term written after the bodies is theirs, not the regulation's
    line = extract_text(
        "Sáng 8/2/2022, Đoàn Đại biểu Quốc hội tỉnh Yên Bái ký kết quy chế phối hợp với HĐND và Ủy ban MTTQ tỉnh Yên "
        "Bái nhiệm kỳ 2021-2026."
    )
    assert line["period_start"] is None


def test_the_years_in_a_movements_quoted_name_are_no_period():
    from etl.periods import find_period

    lead = (
        "Ngày 15/9/2023, Hội Cựu chiến binh các tỉnh trong Cụm thi đua số 3 tổ chức lễ ký kết giao ước thi đua thực "
        "hiện Phong trào “Cựu chiến binh gương mẫu giai đoạn 2019-2024”."
    )
    assert find_period("", lead, lead, "meeting", 2023) == (None, None)
    # a period outside the quotes stays the program's
    lead = "Ngày 15/9/2023, hai Hội ký kết chương trình phối hợp giai đoạn 2023-2028 về phong trào “Dân vận khéo”."
    assert find_period("", lead, lead, "agreement", 2023) == (2023, 2028)


def test_provinces_counted_then_named_that_sign_are_no_standing_group():
    # the title counts the provinces by their region; the lead names the four that sign: they are parties, not a
    # cluster framing the signing
    line = extract_text(
        "3 tỉnh Tây Bắc hợp tác phát triển nông nghiệp\n"
        "Ngày 9/5/2012, 3 tỉnh Sơn La, Điện Biên và Lai Châu đã ký kết thỏa thuận hợp tác phát triển nông nghiệp."
    )
    assert line["cluster"] is None
    # a group named as the frame of the linkage program keeps framing the signing (ruling 13; a bare count with a
    # region's name, "UBND TP Hồ Chí Minh và 8 tỉnh ... đã ký kết", does not: tests/test_extraction_fresh4.py)
    line = extract_text(
        "Ngày 14/11/2020, tại Phú Thọ, các địa phương trong chương trình liên kết phát triển du lịch 8 tỉnh Tây Bắc "
        "mở rộng đã ký kết thỏa thuận hợp tác giai đoạn mới."
    )
    assert line["cluster"] == "8 tỉnh Tây Bắc mở rộng"


def test_a_districts_own_portal_names_the_district_of_bodies_written_without_a_place():
    # the youth units the lead names have no place of their own; the page is on the district's portal
    text = (
        "Ngày 5 tháng 4 năm 2022, tại Hội trường Huyện Đoàn đã diễn ra lễ ký kết phối hợp giữa các cơ sở Đoàn với "
        "các chi đoàn trực thuộc trên địa bàn huyện."
    )
    line = extract_text(text, url="https://chauthanh.dongthap.gov.vn/web/tin-tuc/12345")
    assert line["level"] == "district" and line["province"] == "Đồng Tháp"
    # the province's own department portal names no district
    gaz = gazetteer()
    assert district_of_portal("https://sovhttdl.dongthap.gov.vn/x", "Đồng Tháp", gaz) is None


def test_a_bloc_of_the_districts_offices_is_district_level():
    line = extract_text(
        "Chiều 20/12/2023, Khối thi đua Phòng Tư pháp và Phòng Nội vụ tổ chức hội nghị tổng kết công tác thi đua năm "
        "2023.",
        url="https://baoquangnam.vn/khoi-thi-dua-phong-tu-phap-123.html",
    )
    assert line["level"] == "district"


def test_a_central_network_written_beside_its_cluster_of_provinces_is_no_party():
    line = extract_text(
        "Ngày 12/9/2023, tại TP. Vinh, Đoàn Thanh niên Bộ Công an - Cụm thi đua số 4 (gồm Đoàn Thanh niên Công an 5 "
        "tỉnh từ Nghệ An đến Quảng Trị) tổ chức hội nghị ký kết giao ước thi đua năm 2023."
    )
    assert line["level"] == "inter-provincial"
    assert not any(p.endswith("Bộ Công an") for p in line["parties"]), line["parties"]


def test_the_districts_of_one_province_listed_with_another_body_are_no_other_provinces():
    line = extract_text(
        "Sáng 14/10/2015, Ủy ban MTTQ tỉnh Hà Nam và Viện Kiểm sát nhân dân tỉnh Hà Nam cùng Ủy ban MTTQ các huyện, "
        "thành phố và Viện Kiểm sát nhân dân các huyện ký kết quy chế phối hợp."
    )
    assert line["level"] == "province"


def test_a_pledges_year_is_its_period_not_the_associations_range_after_it():
    from etl.periods import find_period

    lead = (
        "Giao ước thi đua năm 2019 của Cụm thi đua số 2 tập trung vào việc tiếp tục thực hiện các nội dung thi đua của "
        "Hội Cựu chiến binh Việt Nam giai đoạn 2017-2022."
    )
    assert find_period("", lead, lead, "meeting", 2019) == (2019, 2019)


def test_a_pictures_alignment_toolbar_left_in_the_text_is_furniture():
    from etl.cleaning import is_furniture

    assert is_furniture("leftcenterrightdel")
    # an excerpt that starts mid-article: the signing is told below photos whose toolbars were kept as lines
    text = "\n".join(
        [
            "Theo đó, hai đơn vị tăng cường trao đổi thông tin, tuần tra và kiểm soát trên biển.",
            "leftcenterrightdel",
            "Hai đơn vị cũng phối hợp tìm kiếm cứu nạn và ứng phó sự cố môi trường biển.",
            "leftcenterrightdel",
            "Đại tá Trần Văn Hải phát biểu tại hội nghị ký kết.",
            "Theo quy chế, hai đơn vị phối hợp trong các tình huống cấp thiết.",
            "leftcenterrightdel",
            "Các đại biểu chụp ảnh lưu niệm.",
            "Sau phần ký kết giữa Bộ Tư lệnh Vùng Cảnh sát biển 2 và Bộ Tư lệnh Vùng 3 Hải quân, hai bên trao đổi kế "
            "hoạch năm 2024.",
        ]
    )
    line = extract_text(
        text, url="https://www.qdnd.vn/quoc-phong-an-ninh/tin-tuc/hai-don-vi-ky-ket-quy-che-phoi-hop-700001"
    )
    assert line["level"] == "central", line["parties"]


def test_the_nations_front_bloc_meeting_in_the_capital_is_central():
    line = extract_text(
        "Ngày 20/2/2019, tại Hà Nội, Khối thi đua MTTQVN và các tổ chức chính trị - xã hội tổ chức hội nghị ký kết giao "
        "ước thi đua năm 2019."
    )
    assert line["level"] == "central" and line["province"] is None
    # a province's bloc of the same bodies stays the province's
    line = extract_text(
        "Sáng 21/2/2019, tại Phan Rang, Khối thi đua Mặt trận Tổ quốc Việt Nam và các đoàn thể tỉnh Ninh Thuận tổ chức "
        "hội nghị ký kết giao ước thi đua năm 2019."
    )
    assert line["level"] == "province" and line["province"] == "Ninh Thuận"
