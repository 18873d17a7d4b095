"""Central bodies (rulings 9 and 10, docs/labelling_rulings.md): a body a ministry runs is central wherever it
stands; central bodies signing only with each other sign nationally; a central body's branch brings its province
in; and the member a cluster's chair is handed to takes part. Restored: these tests were lost when another branch
wrote tests/test_extraction_fields7.py anew (72a7ea1)."""

from __future__ import annotations

from tests.extraction import extract_text


def test_a_university_a_ministry_runs_is_central_wherever_it_stands():
    # ruling 9: a university run by a ministry is a central body, whatever city it stands in; the city in its name
    # is no province that takes part
    line = extract_text(
        "Ngày 10/3/2024, UBND tỉnh Kon Tum và Trường Đại học Đà Lạt ký kết thỏa thuận hợp tác đào tạo nguồn nhân "
        "lực giai đoạn 2024 - 2028."
    )
    assert line["level"] == "central"
    assert line["province"] == "Kon Tum"
    assert line["provinces_involved"] == ["Kon Tum"]
    line = extract_text(
        "Sáng 2/6/2023, Sở Giáo dục và Đào tạo tỉnh Sóc Trăng ký kết chương trình hợp tác với Trường Đại học "
        "Cần Thơ về bồi dưỡng giáo viên."
    )
    assert line["level"] == "central"
    assert line["provinces_involved"] == ["Sóc Trăng"]
    # a province's own university stays the province's
    line = extract_text(
        "Sáng 2/6/2023, Sở Giáo dục và Đào tạo tỉnh Sóc Trăng ký kết chương trình hợp tác với Trường Đại học Bạc "
        "Liêu về bồi dưỡng giáo viên."
    )
    assert line["level"] != "central"


def test_a_national_park_a_ministry_runs_is_central_with_the_districts_rangers():
    # ruling 9: a national park under the ministry is central; the rangers of districts of two provinces take part
    line = extract_text(
        "Ngày 8/9/2022, Vườn quốc gia Ba Vì tổ chức ký kết quy chế phối hợp bảo vệ rừng với Hạt Kiểm lâm huyện "
        "Ba Vì và Hạt Kiểm lâm huyện Lương Sơn."
    )
    assert line["level"] == "central"
    assert set(line["provinces_involved"]) == {"Hà Nội", "Hòa Bình"}


def test_central_bodies_that_sign_with_each_other_sign_nationally_wherever_they_sign():
    # ruling 10: two central bodies sign, a region's city hosts the signing and its leaders witness it: no province
    line = extract_text(
        "Ngày 12/5/2021, tại TP Cần Thơ, Ban Chỉ đạo Tây Nam Bộ và Hội Nông dân Việt Nam ký kết chương trình phối "
        "hợp hỗ trợ nông dân vùng Tây Nam Bộ. Lãnh đạo thành phố Cần Thơ chứng kiến lễ ký."
    )
    assert line["level"] == "central"
    assert line["province"] is None
    assert line["provinces_involved"] == []


def test_a_central_bodys_branch_signs_for_the_province_it_stands_in():
    # a central body signing through its branch in a province ("chi nhánh Cần Thơ"): that province takes part
    line = extract_text(
        "Ngày 4/4/2024, Đài Phát thanh và Truyền hình Sóc Trăng ký kết thỏa thuận hợp tác về tin bài với Trường Đại học Cần "
        "Thơ và Ngân hàng Chính sách xã hội chi nhánh Cần Thơ."
    )
    assert line["level"] == "central"
    assert set(line["provinces_involved"]) == {"Sóc Trăng", "Cần Thơ"}


def test_the_member_a_cluster_chair_is_handed_to_takes_part_however_long_the_clusters_name():
    # the chair handed over to a member named after "cho", the cluster's long name between: that member's province
    # takes part in the meeting as the outgoing chair's does
    line = extract_text(
        "Ngày 18/12/2024, Cụm thi đua Hội Cựu chiến binh các tỉnh, thành phố dọc Quốc lộ 1 tổ chức hội nghị tổng "
        "kết công tác thi đua năm 2024 tại tỉnh Ninh Bình.\n"
        "Dịp này, Hội Cựu chiến binh tỉnh Ninh Bình bàn giao nhiệm vụ cụm trưởng Cụm thi đua Hội Cựu chiến binh các "
        "tỉnh, thành phố dọc Quốc lộ 1 năm 2025 cho Hội Cựu chiến binh tỉnh Quảng Trị."
    )
    assert "Quảng Trị" in line["provinces_involved"]


def test_central_bodies_signing_for_a_region_sign_nationally_as_a_provinces_paper_reports_them():
    # ruling 10: two central bodies sign a program for a region's provinces; no venue, a provincial paper reports
    # it: still no province (a meeting of a central body's cluster with the region's units keeps the outlet's)
    text = (
        "Ngày 14/3/2022, Ban Chỉ đạo Tây Nguyên và Hội Nông dân Việt Nam ký kết chương trình phối hợp hỗ trợ nông "
        "dân các tỉnh Tây Nguyên giai đoạn 2022 - 2025."
    )
    line = extract_text(text, url="https://baogialai.com.vn/ky-ket-phoi-hop-post1.html")
    assert line["level"] == "central"
    assert line["province"] is None
    assert line["provinces_involved"] == []
