"""Classes of real reporting the extractor misread on the thirteenth and fourteenth fresh rounds (issue 11: level,
period and cluster), each reproduced in sentences of our own and run through the whole article pipeline."""

from __future__ import annotations

from tests.extraction import extract_text


def test_a_cluster_of_a_national_associations_branches_is_central():
    # the members are the branches a national association keeps in ministries, not provinces' associations
    line = extract_text(
        "Cụm thi đua số 4 Hội Cựu giáo chức Việt Nam tổng kết năm 2021\n\n"
        "Chiều 10/12/2021, tại Hà Nội, Cụm thi đua số 4 (Hội Cựu giáo chức Việt Nam) tổ chức hội nghị tổng kết "
        "công tác thi đua năm 2021.\n\n"
        "Dự hội nghị có đại diện lãnh đạo 12 Chi hội Cựu giáo chức thuộc Cụm thi đua số 4, đặt tại các bộ, ngành."
    )
    assert line["level"] == "central"
    assert line["province"] is None
    assert line["provinces_involved"] == []


def test_a_block_of_a_supreme_bodys_departments_is_central():
    line = extract_text(
        "Khối thi đua số 3 ký kết giao ước thi đua năm 2021\n\n"
        "Sáng 5/3/2021, Khối thi đua số 3 tổ chức lễ ký kết giao ước thi đua năm 2021.\n\n"
        "Khối thi đua số 3 gồm: Văn phòng Tòa án nhân dân tối cao, Vụ Tổng hợp, Vụ Pháp chế và Cục Kế hoạch."
    )
    assert line["level"] == "central"
    assert line["province"] is None


def test_a_provincial_bodys_cluster_of_its_district_units_is_a_districts():
    # the units of the cluster are written one by one as districts' bodies of the one province
    line = extract_text(
        "Cụm thi đua số 3 thuộc Tòa án nhân dân tỉnh Bến Tre ký kết giao ước thi đua\n\n"
        "Ngày 18/02/2023, tại Tòa án nhân dân huyện Giồng Trôm, Cụm thi đua số 3 thuộc Tòa án nhân dân tỉnh Bến Tre "
        "tổ chức ký kết giao ước thi đua năm 2023. Dự lễ có lãnh đạo các đơn vị Tòa án nhân dân huyện Giồng Trôm, "
        "Tòa án nhân dân huyện Ba Tri, Tòa án nhân dân huyện Bình Đại."
    )
    assert line["level"] == "district"
    assert line["province"] == "Bến Tre"


def test_a_provinces_associations_cluster_stays_inter_provincial():
    # branches counted under provinces' associations: the provinces take part, the level is not central
    line = extract_text(
        "Cụm thi đua số 2 Hội Nông dân các tỉnh miền núi tổng kết năm 2022\n\n"
        "Ngày 20/12/2022, tại tỉnh Lào Cai, Cụm thi đua số 2 Hội Nông dân Việt Nam gồm Hội Nông dân các tỉnh Lào "
        "Cai, Yên Bái, Hà Giang tổ chức hội nghị tổng kết công tác thi đua của năm 2022."
    )
    assert line["level"] == "inter-provincial"


def test_a_review_of_n_years_takes_the_range_of_that_many_years_below():
    # the lead counts the years reviewed; the range below that spans them is the reviewed program's period
    line = extract_text(
        "Chiều 12/10/2023, Công an tỉnh Hà Tĩnh và Cục Thuế tỉnh Hà Tĩnh sơ kết 4 năm thực hiện Quy chế phối hợp "
        "trong công tác phòng, chống buôn lậu.\n\n"
        "Từ năm 2019-2023, hai bên đã phối hợp xử lý 120 vụ việc, thu nộp ngân sách hơn 8 tỷ đồng.\n\n"
        "Hội nghị khen thưởng 5 tập thể có thành tích xuất sắc."
    )
    assert (line["period_start"], line["period_end"]) == (2019, 2023)


def test_a_review_of_n_years_that_re_signs_keeps_the_reviewed_range_over_the_new_one():
    line = extract_text(
        "Ký kết Chương trình phối hợp giai đoạn 2023 – 2027\n\n"
        "Ngày 15-9-2022, Hội Cựu chiến binh tỉnh Phú Yên và Bộ Chỉ huy Quân sự tỉnh Phú Yên cùng tổ chức hội nghị "
        "tổng kết 05 năm thực hiện Chương trình phối hợp về “Chung sức xây dựng nông thôn mới ở vùng ven biển và "
        "các xã bãi ngang của tỉnh nhà”.\n\n"
        "Chương trình phối hợp giữa hai đơn vị giai đoạn 2018 – 2022 được triển khai nghiêm túc, hiệu quả.\n\n"
        "Tại hội nghị, hai bên cùng ký kết Chương trình phối hợp giai đoạn 2023 – 2027."
    )
    assert (line["period_start"], line["period_end"]) == (2018, 2022)


def test_a_review_without_a_counted_span_keeps_no_period_from_a_range_of_other_years():
    # "5 năm" reviewed, the only range below is three years of something else: no period from it
    line = extract_text(
        "Chiều 3/11/2021, Sở Tư pháp tỉnh Gia Lai và Hội Luật gia tỉnh Gia Lai sơ kết 5 năm thực hiện Quy chế phối "
        "hợp trong công tác phổ biến pháp luật.\n\n"
        "Trong các năm 2019-2021, dịch bệnh làm gián đoạn nhiều hoạt động tại cơ sở."
    )
    assert (line["period_start"], line["period_end"]) != (2019, 2021)


def test_a_plan_re_signed_below_a_review_with_a_long_subject_has_its_years():
    # the plan's subject, its abbreviations spelt out, runs long before its years
    line = extract_text(
        "Sáng 11/6/2020, BHXH tỉnh Long An cùng Ban Dân vận Tỉnh ủy sơ kết việc làm theo Quy chế phối hợp giữa hai "
        "bên về vận động người dân tham gia BHXH, BHYT.\n\n"
        "Cũng tại hội nghị, hai bên đã ký kết Kế hoạch phối hợp vận động và phổ biến chế độ, chính sách, pháp luật về "
        "BHYT, BHXH và BHTN năm 2020-2021 gồm nhiều việc cụ thể."
    )
    assert (line["period_start"], line["period_end"]) == (2020, 2021)


def test_a_bloc_named_by_its_field_that_signs_its_pledge_is_the_cluster():
    line = extract_text(
        "Khối Văn hóa - Xã hội tỉnh tổ chức ký giao ước thi đua năm 2024\n\n"
        "Chiều ngày 26/2/2024, các cơ quan khối Văn hóa - Xã hội tỉnh đã họp bàn việc thi đua, khen thưởng "
        "và cùng ký kết giao ước thi đua năm 2024.",
        url="https://baolaichau.vn/thi-dua/khoi-van-hoa-xa-hoi-ky-giao-uoc-1234.html",
    )
    assert line["cluster"] and line["cluster"].lower().startswith("khối văn hóa - xã hội")
    assert line["level"] == "province"
    assert line["parties"] == ["Khối Văn hóa - Xã hội tỉnh Lai Châu"]


def test_a_bloc_named_after_the_pledge_signed_is_the_cluster():
    line = extract_text(
        "ký kết thi đua khối đoàn thể\n\n"
        "Sáng 14/3/2019, các đơn vị trong khối đoàn thể của tỉnh Sóc Trăng ký kết giao ước thi đua năm 2019."
    )
    assert line["cluster"] == "khối đoàn thể"


def test_a_bloc_of_bodies_that_only_reviews_its_work_is_no_cluster():
    # "khối Nội chính" reviewing its year with no pledge: bodies of one sector, not an emulation bloc named
    line = extract_text(
        "Hội nghị giao ban khối Nội chính huyện Cẩm Xuyên: tổng kết công tác năm 2023\n\n"
        "Chiều 28/12/2023, khối Nội chính huyện Cẩm Xuyên tổng kết công tác phối hợp năm 2023."
    )
    assert line["cluster"] is None


def test_a_bloc_named_by_its_pledge_keeps_its_departments_and_sectors():
    line = extract_text(
        "Ngày 7/3/2019, tại Sở Tài chính tỉnh Tuyên Quang, Khối giao ước thi đua các sở, ngành kinh tế tiến hành tổ "
        "chức hội nghị ký kết giao ước thi đua năm 2019."
    )
    assert line["cluster"] == "khối giao ước thi đua các sở, ngành kinh tế"


def test_a_pledge_signed_without_its_year_takes_the_year_of_the_movement_it_serves():
    line = extract_text(
        "Công an 4 tỉnh Cụm thi đua số 9 ký kết giao ước thi đua\n\n"
        "Ngày 12/3/2022, tại Công an tỉnh Kon Tum, Công an 4 tỉnh Cụm thi đua số 9 ký giao ước thi đua.\n\n"
        "Hội nghị bàn những việc chính để cùng làm theo phong trào thi đua “Vì an ninh Tổ quốc” năm "
        "2022 do Bộ Công an phát động."
    )
    assert (line["period_start"], line["period_end"]) == (2022, 2022)


def test_a_review_whose_pledge_was_signed_earlier_keeps_no_period_from_the_movements_year():
    # the year under review, the pledge for it told as signed before: no period (ruling 5)
    line = extract_text(
        "Ngày 20/12/2023, Cụm thi đua số 4 Bộ Công an tổ chức hội nghị để tổng kết phong trào thi đua năm 2023 của "
        "cụm.\n\n"
        "Hưởng ứng phong trào thi đua “Vì an ninh Tổ quốc” năm 2023, cụm 4 đã ký kết giao ước thi đua từ đầu năm."
    )
    assert line["period_start"] is None


def test_a_clusters_roster_of_provinces_below_makes_its_meeting_inter_provincial():
    # the chair's body hosts; the roster further down names the provinces whose offices make up the cluster
    line = extract_text(
        "CỤM VĂN PHÒNG SỞ NỘI VỤ CỤM TÂY NAM BỘ KÝ KẾT GIAO ƯỚC THI ĐUA NĂM 2019\n\n"
        "Chiều 6/3/2019, tại Sở Nội vụ tỉnh Cà Mau diễn ra hội nghị ký kết giao ước thi đua năm 2019 của cụm Tây Nam "
        "bộ.\n\n"
        "Cụm thi đua gồm Văn phòng Sở Nội vụ các tỉnh: Cà Mau, Bạc Liêu, Sóc Trăng, Kiên Giang và TP. Cần Thơ. Năm "
        "2018 cụm do tỉnh Bạc Liêu làm cụm trưởng."
    )
    assert line["level"] == "inter-provincial"
    assert {"Cà Mau", "Bạc Liêu", "Sóc Trăng", "Kiên Giang", "Cần Thơ"} <= set(line["provinces_involved"])


def test_environmental_protection_is_no_social_affair_but_other():
    # DOMAIN.md's taxonomy has no code for the environment: "other", not "xa_hoi"
    line = extract_text(
        "Ký kết chương trình phối hợp về bảo vệ môi trường\n\n"
        "Chiều 8-3-2022, Ban Thường trực Ủy ban MTTQ tỉnh Tuyên Quang và Sở Tài nguyên và Môi trường tỉnh ký chương "
        "trình phối hợp giai đoạn 2022-2026 về công tác bảo vệ môi trường."
    )
    assert line["topics"][0] == "other"
    assert "xa_hoi" not in line["topics"]


def test_an_investment_climate_is_the_economy():
    line = extract_text(
        "Hợp tác cải thiện môi trường đầu tư giữa tỉnh Bình Phước và Hiệp hội doanh nghiệp\n\n"
        "Ngày 4/5/2023, UBND tỉnh Bình Phước và Hiệp hội doanh nghiệp tỉnh ký thỏa thuận hợp tác cải thiện môi trường "
        "đầu tư, kinh doanh."
    )
    assert "other" not in line["topics"] and "xa_hoi" not in line["topics"]


def test_a_cluster_named_below_by_the_bodies_the_lead_tells_meeting_is_the_events():
    line = extract_text(
        "Nâng cao chất lượng hoạt động nghiệp vụ trong tình hình mới\n\n"
        "Sáng 6/12/2024, tại thành phố Buôn Ma Thuột, Hội Luật gia các tỉnh khu vực Tây Nguyên tổ chức hội nghị tổng "
        "kết hoạt động năm 2024.\n\n"
        "Cụm thi đua Hội Luật gia các tỉnh Tây Nguyên gồm 5 đơn vị thành viên: Đắk Lắk, Đắk Nông, Gia Lai, Kon Tum và "
        "Lâm Đồng."
    )
    assert line["cluster"] == "cụm thi đua Hội Luật gia các tỉnh Tây Nguyên"


def test_a_task_named_cluster_below_is_not_the_events_by_the_leads_words_alone():
    line = extract_text(
        "Sáng 14/12/2022, UBND xã A Lưới cùng UBND các xã của huyện Phong Điền tổng kết an ninh trật tự vùng giáp "
        "ranh trong năm 2022.\n\n"
        "Công an các xã giữ liên lạc thường xuyên và cùng quản lý tốt vùng ranh giới giữa các đơn vị cụm an ninh giáp ranh."
    )
    assert line["cluster"] is None


def test_pledges_registered_in_the_year_under_review_give_no_period():
    # "đăng ký giao ước thi đua" is registering, not signing: the year told is the one the review looks back on
    line = extract_text(
        "Năm 2019, các đơn vị trong Cụm thi đua số 2 gồm các tỉnh: Hà Giang, Tuyên Quang, Yên Bái đã xây dựng kế "
        "hoạch, đăng ký giao ước thi đua giữa các đơn vị trong Cụm.\n\n"
        "Phát biểu tại hội nghị tổng kết, đồng chí Trưởng Ban Dân vận Tỉnh ủy Tuyên Quang đánh giá cao kết quả của "
        "các tỉnh trong Cụm."
    )
    assert line["period_start"] != 2019


def test_a_cooperation_programs_three_provinces_named_one_by_one_are_its_cluster():
    line = extract_text(
        "Tổng kết hợp tác phát triển Sóc Trăng – Hậu Giang – Thái Bình\n\n"
        "Ngày 15/5/2022, UBND tỉnh Sóc Trăng tổ chức hội nghị tổng kết chương trình hợp tác 3 tỉnh Sóc Trăng – Hậu "
        "Giang – Thái Bình giai đoạn 2017 – 2021."
    )
    assert line["cluster"] == "3 tỉnh Sóc Trăng – Hậu Giang – Thái Bình"


def test_two_provinces_cooperating_are_a_pair_not_a_cluster():
    line = extract_text(
        "Ngày 3/1/2020, UBND tỉnh Hải Dương và UBND tỉnh Phú Yên tổng kết chương trình hợp tác 2 tỉnh Hải Dương - "
        "Phú Yên giai đoạn 2015 - 2019."
    )
    assert line["cluster"] is None


def test_a_linkage_cluster_for_public_order_named_as_a_model_is_the_cluster():
    line = extract_text(
        "Liên kết bảo đảm an ninh vùng ven biển huyện Giao Thủy\n\n"
        "Sáng 12-5-2021, tại xã Giao Hải, UBND huyện Giao Thủy tổ chức hội nghị ra mắt mô hình “Cụm liên kết "
        "đảm bảo ANTT vùng ven biển”. Tại hội nghị, UBND các xã Giao Hải, Giao Long và Đồn Biên phòng Giao Thủy "
        "ký kết quy chế phối hợp."
    )
    assert line["cluster"] == "cụm liên kết đảm bảo ANTT vùng ven biển"


def test_an_industrys_linkage_cluster_is_no_events_cluster():
    line = extract_text(
        "Ngày 9/6/2021, UBND tỉnh Long An và Hiệp hội doanh nghiệp tỉnh ký kết chương trình phối hợp phát triển cụm "
        "liên kết ngành lúa gạo."
    )
    assert line["cluster"] is None
