"""Classes of real reporting the extractor misread (issue 11, session 27), each written in sentences of our own and
run through the whole article pipeline, as `phoihop extract` runs it."""

from __future__ import annotations

from tests.extraction import extract_text


def test_a_press_body_signing_makes_communication_the_subject_whatever_the_coverage_is_about():
    # a broadcaster or a paper signs with a province or a department: its coverage is what the program is about,
    # though the coverage's own subjects (the economy, investment, tourism) are named first
    line = extract_text(
        "Đài PT-TH Quảng Bình và Báo Bình Dương hợp tác toàn diện\n"
        "Sáng 14/3/2024, tại Đồng Hới, Đài Phát thanh và Truyền hình Quảng Bình và Báo Bình Dương ký kết chương "
        "trình hợp tác giới thiệu tiềm năng kinh tế, thu hút đầu tư và quảng bá du lịch của hai tỉnh."
    )
    assert line["topics"][0] == "tuyen_truyen"
    # with the police, the police's task comes first and the coverage follows
    line = extract_text(
        "Sáng 14/3/2024, Công an tỉnh Quảng Bình và Đài Phát thanh và Truyền hình Quảng Bình ký kết chương trình "
        "phối hợp tuyên truyền bảo đảm an ninh trật tự và thu hút đầu tư trên địa bàn tỉnh."
    )
    assert line["topics"][0] == "quoc_phong_an_ninh"


def test_training_people_for_a_province_is_a_social_field_not_the_economy():
    # a province and a university sign to train its officials and workers ("đào tạo nguồn nhân lực"): labour and
    # training, a social field (xa_hoi), before the economic development the training serves
    line = extract_text(
        "Tỉnh Hà Nam hợp tác đào tạo nguồn nhân lực với Trường Đại học Thủy lợi\n"
        "Sáng 9/10/2024, UBND tỉnh Hà Nam và Trường Đại học Thủy lợi ký kết thỏa thuận hợp tác đào tạo nguồn nhân "
        "lực chất lượng cao, phục vụ phát triển kinh tế - xã hội của tỉnh."
    )
    assert line["topics"][0] == "xa_hoi"
    assert "kinh_te" in line["topics"]


def test_a_press_body_with_a_partner_of_its_own_field_follows_that_field():
    # the partner has a field of its own (mass mobilisation): the coverage is of that field, which comes first
    line = extract_text(
        "Sáng 14/3/2024, Ban Dân vận Tỉnh ủy Quảng Bình và Báo Quảng Bình ký kết chương trình phối hợp giới thiệu "
        "các mô hình dân vận khéo và tiềm năng kinh tế của tỉnh."
    )
    assert line["topics"][0] == "dan_van"


def test_the_front_with_a_state_body_of_its_own_field_follows_that_field():
    # the Front signs with a procuracy: the law's work leads, the Front's mobilisation of the people follows
    line = extract_text(
        "Ngày 6/5/2024, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Hòa Bình và Viện Kiểm sát nhân dân tỉnh Hòa Bình ký "
        "kết quy chế phối hợp giai đoạn 2024 - 2029."
    )
    assert line["topics"][:2] == ["phap_luat", "dan_van"]
    # with the agriculture department: the economy leads
    line = extract_text(
        "Ngày 6/5/2024, Ủy ban MTTQ Việt Nam tỉnh Hòa Bình và Sở Nông nghiệp và Phát triển nông thôn tỉnh Hòa Bình ký "
        "kết chương trình phối hợp giai đoạn 2024 - 2029."
    )
    assert line["topics"][:2] == ["kinh_te", "dan_van"]


def test_the_womens_union_signing_first_with_an_armed_body_leads_with_its_field():
    # the women's union signs first with the border guard: a program for women and families, the border's task
    # follows; the border guard signing first keeps its task first
    line = extract_text(
        "Ngày 8/3/2024, Hội LHPN tỉnh Hà Tĩnh và Bộ Chỉ huy Bộ đội Biên phòng tỉnh Hà Tĩnh ký kết chương trình phối "
        "hợp giai đoạn 2024 - 2029."
    )
    assert line["topics"][:2] == ["xa_hoi", "quoc_phong_an_ninh"]
    line = extract_text(
        "Ngày 8/3/2024, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Hà Tĩnh và Hội LHPN tỉnh Hà Tĩnh ký kết chương trình phối "
        "hợp giai đoạn 2024 - 2029."
    )
    assert line["topics"][0] == "quoc_phong_an_ninh"
