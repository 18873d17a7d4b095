"""Bodies missing from the parties on real reporting (issue 11, the class study of `benchmarks/missing_parties.py`),
each shape reproduced in sentences of our own and run through the whole article pipeline."""

from __future__ import annotations

from tests.extraction import extract_text


def test_communes_a_lead_twins_with_as_a_plural_are_named_by_the_next_sentence():
    # the lead twins four communes with "các xã ..." of another province; the next sentence pairs them off by name
    line = extract_text(
        "Ba xã vùng biển kết nghĩa với các xã miền núi\n"
        "Ngày 14/9, tại xã Hòa Mỹ (tỉnh Quảng Trị) diễn ra lễ kết nghĩa giữa các xã: Phước Lợi, An Thạnh và Tân "
        "Sơn (tỉnh Khánh Hòa) với các xã mới thành lập thuộc huyện Cam Lộ (cũ), tỉnh Quảng Trị.\n"
        "Theo đó, xã Phước Lợi kết nghĩa với xã Hòa Mỹ và xã Bến Đá; xã An Thạnh kết nghĩa với xã Gia Định; xã "
        "Tân Sơn kết nghĩa với xã Lâm Xuân.\n"
        "Lãnh đạo các xã cùng ký biên bản ghi nhớ về hỗ trợ sản xuất, du lịch cộng đồng và giao lưu thanh niên."
    )
    assert line["parties"][:3] == ["xã Phước Lợi", "xã An Thạnh", "xã Tân Sơn"]
    assert set(line["parties"][3:]) == {"xã Hòa Mỹ", "xã Bến Đá", "xã Gia Định", "xã Lâm Xuân"}


def test_villages_a_commune_twins_with_as_a_plural_are_named_by_the_next_sentence():
    line = extract_text(
        "Đak Rơ gắn bó với đồng bào\n"
        "Sáng 3-10, Văn phòng HĐND và UBND xã Đak Rơ (tỉnh Gia Lai) làm lễ kết nghĩa với các thôn, buôn "
        "vùng đồng bào dân tộc thiểu số của xã.\n"
        "Cụ thể, Văn phòng HĐND và UBND xã kết nghĩa với buôn Kơ Nia, buôn Tơ Rang và thôn Hòa Thắng.\n"
        "Hai bên thống nhất phối hợp tuyên truyền, vận động bà con giữ gìn bản sắc văn hóa ở khu dân cư."
    )
    assert {"buôn Kơ Nia", "buôn Tơ Rang", "thôn Hòa Thắng"} <= set(line["parties"])


def test_a_lead_twinning_with_named_communes_adds_none_from_below():
    # the lead names its partners: a later sentence of another twinning is no side of this one
    line = extract_text(
        "Hai xã kết nghĩa\n"
        "Ngày 14/9, xã Phước Lợi (tỉnh Khánh Hòa) tổ chức lễ kết nghĩa với xã Hòa Mỹ (tỉnh Quảng Trị).\n"
        "Trước đó, xã Phước Lợi đã kết nghĩa với xã Bến Đá và xã Gia Định của tỉnh Quảng Trị.\n"
        "Lãnh đạo hai xã cùng ký biên bản ghi nhớ về hỗ trợ sản xuất và giao lưu thanh niên."
    )
    assert "xã Bến Đá" not in line["parties"]


def test_a_head_written_as_its_abbreviation_before_a_roll_of_provinces_is_each_provinces_body():
    # "BĐBP các tỉnh, thành phố: A, B và C": one body per province, as "Cảng vụ Hàng hải các tỉnh: A, B" is
    line = extract_text(
        "Hiệp đồng bảo vệ biên giới\n"
        "Chiều 2/4, tại thành phố Rạch Giá, BĐBP các tỉnh, thành phố: Kiên Giang, An Giang và Cà Mau ký kết kế "
        "hoạch hiệp đồng bảo vệ biên giới năm 2026.\n"
        "Các đơn vị thống nhất trao đổi thông tin, tuần tra chung trên tuyến biển."
    )
    # the head as the text writes it (no command it does not name, ruling 1), each place with its kind word
    # (tests/test_extraction_parties18.py)
    assert line["parties"] == ["BĐBP tỉnh Kiên Giang", "BĐBP tỉnh An Giang", "BĐBP tỉnh Cà Mau"]
    assert line["level"] == "inter-provincial"


def test_a_communes_youth_union_is_a_body():
    # "Xã đoàn A" is a commune's youth union, as "Huyện đoàn B" is a district's (data/reference/org_heads.csv)
    line = extract_text(
        "Thanh niên ba đơn vị chung sức\n"
        "Sáng 20/2/2024, ở huyện Tân Hiệp, tỉnh Kiên Giang, Xã đoàn Thạnh Đông, Xã đoàn Tân Hòa cùng Đoàn "
        "Thanh niên Công an huyện ký chương trình phối hợp năm 2024.\n"
        "Ba bên cam kết cùng tổ chức các phần việc thanh niên ở địa bàn giáp ranh."
    )
    assert line["parties"][:2] == ["Xã đoàn Thạnh Đông", "Xã đoàn Tân Hòa"]


def test_a_schools_youth_union_is_a_body_of_its_own():
    # "Đoàn trường A" is the youth union of school A (data/reference/org_heads.csv), written with the university its
    # school belongs to in brackets, once
    line = extract_text(
        "Tuổi trẻ ba đơn vị chung tay\n"
        "Sáng 8/4/2024, ở phường Tân Định, Đoàn Thanh niên Sở Y tế cùng Đoàn trường Đại học Khoa học (Đại học "
        "Huế) và Đoàn Thanh niên phường Tân Định ký kết chương trình phối hợp năm 2024.\n"
        "Các bên thống nhất tổ chức khám bệnh miễn phí cho người già neo đơn."
    )
    assert "Đoàn trường Đại học Khoa học (Đại học Huế)" in line["parties"]
