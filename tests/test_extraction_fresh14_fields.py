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
        "Cai, Yên Bái, Hà Giang tổ chức hội nghị tổng kết công tác thi đua năm 2022."
    )
    assert line["level"] == "inter-provincial"
