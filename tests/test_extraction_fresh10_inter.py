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
