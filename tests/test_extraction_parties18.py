"""A head the heads table writes out with words before it ("Bộ đội Biên phòng" as "Bộ Chỉ huy Bộ đội Biên
phòng") is written as the article writes it where the article never writes those words (ruling 1; the class
"same body written in another form than the label" of the parties study). Fixtures in our own words."""

from __future__ import annotations

from etl.parties import org_key, unprefixed
from tests.extraction import extract_text


def test_border_guard_written_short_where_the_text_never_names_its_command():
    line = extract_text(
        "Biên phòng hai tỉnh hiệp đồng bảo vệ biên giới\n"
        "Ngày 8/5, tại thành phố Tây Ninh, BĐBP tỉnh Tây Ninh và BĐBP tỉnh Long An ký kết kế hoạch hiệp đồng "
        "bảo vệ chủ quyền, an ninh biên giới năm 2024.\n"
        "Hai đơn vị thống nhất trao đổi thông tin, tuần tra chung trên tuyến biên giới tiếp giáp."
    )
    assert line["parties"] == ["BĐBP tỉnh Tây Ninh", "BĐBP tỉnh Long An"]


def test_border_guard_keeps_its_command_where_the_text_writes_it():
    line = extract_text(
        "Biên phòng hai tỉnh hiệp đồng bảo vệ biên giới\n"
        "Ngày 8/5, Bộ Chỉ huy BĐBP tỉnh Tây Ninh và Bộ Chỉ huy BĐBP tỉnh Long An ký kết kế hoạch hiệp đồng "
        "bảo vệ chủ quyền, an ninh biên giới năm 2024.\n"
        "Hai đơn vị thống nhất trao đổi thông tin, tuần tra chung trên tuyến biên giới tiếp giáp."
    )
    assert line["parties"] == ["Bộ Chỉ huy BĐBP tỉnh Tây Ninh", "Bộ Chỉ huy BĐBP tỉnh Long An"]


def test_the_party_committee_of_the_border_guard_as_written():
    line = extract_text(
        "Kết nghĩa giữa đảng bộ biên phòng và đảng bộ xã\n"
        "Sáng 3/9, Đảng ủy Bộ đội Biên phòng tỉnh Kiên Giang và Đảng ủy xã Tiên Hải ký kết chương trình phối hợp "
        "xây dựng hệ thống chính trị cơ sở vững mạnh giai đoạn 2024 - 2026.\n"
        "Hai bên thống nhất phối hợp tuyên truyền, vận động nhân dân giữ gìn an ninh vùng biển."
    )
    assert "Đảng ủy Bộ đội Biên phòng tỉnh Kiên Giang" in line["parties"]


def test_unprefixed_keeps_the_written_out_head_the_text_writes_and_joins_both_writings():
    name = "Bộ Chỉ huy Bộ đội Biên phòng tỉnh A"
    assert unprefixed(name, "BĐBP tỉnh A ký kết với B") == "Bộ đội Biên phòng tỉnh A"
    assert unprefixed(name, "Bộ Chỉ huy BĐBP tỉnh A ký kết với B") == name
    assert unprefixed("Bộ Chỉ huy Quân sự tỉnh A", "Quân sự tỉnh A ký kết") == "Bộ Chỉ huy Quân sự tỉnh A"
    assert org_key("Bộ đội Biên phòng tỉnh Tây Ninh") == org_key("Bộ Chỉ huy Bộ đội Biên phòng tỉnh Tây Ninh")


def test_bodies_named_bare_take_their_province_with_its_kind_word():
    # the lead names the bodies bare, the article is a province's: "Hội Nông dân tỉnh A" (DOMAIN.md: "Hội LHPN tỉnh
    # Đắk Nông"), the place made explicit with its kind word
    line = extract_text(
        "Mặt trận tỉnh ký kết chương trình phối hợp với các đoàn thể\n"
        "Sáng 4/3, tại thành phố Thủ Dầu Một, Ủy ban MTTQ Việt Nam tỉnh Bình Dương ký kết chương trình phối hợp năm "
        "2015 với Hội Nông dân, Hội Cựu chiến binh và Liên đoàn Lao động.\n"
        "Các bên thống nhất phối hợp tuyên truyền chủ trương, chính sách đến hội viên, đoàn viên."
    )
    assert {"Hội Nông dân tỉnh Bình Dương", "Hội Cựu chiến binh tỉnh Bình Dương"} <= set(line["parties"])
    assert "Liên đoàn Lao động tỉnh Bình Dương" in line["parties"]


def test_a_body_the_text_writes_with_its_province_stays_as_written():
    # "Công an Long An" written so, and "Tỉnh đoàn", "Sở ..." whose own words or the labels' usage need no kind word
    line = extract_text(
        "Ký kết quy chế phối hợp\n"
        "Chiều 9/5, Công an Long An và Tỉnh đoàn Long An ký kết quy chế phối hợp bảo đảm an ninh trật tự năm 2024.\n"
        "Hai đơn vị thống nhất phối hợp tuyên truyền pháp luật trong đoàn viên thanh niên."
    )
    assert line["parties"] == ["Công an Long An", "Tỉnh đoàn Long An"]


def test_one_head_over_a_roll_of_provinces_gives_each_body_its_province_with_its_kind_word():
    # "Sở VHTT&DL các tỉnh: A, B và C": each province's department, its place made explicit as "tỉnh A"
    line = extract_text(
        "Liên kết phát triển du lịch\n"
        "Ngày 14/10, Sở VHTT&DL Hà Giang ký kết kế hoạch phối hợp giai đoạn 2024 - 2026 với Sở VHTT&DL các tỉnh: "
        "Yên Bái, Phú Thọ và Tuyên Quang.\n"
        "Các bên thống nhất quảng bá chung các điểm đến, xây dựng tour nối các tỉnh."
    )
    assert {"Sở VHTT&DL tỉnh Yên Bái", "Sở VHTT&DL tỉnh Phú Thọ", "Sở VHTT&DL tỉnh Tuyên Quang"} <= set(line["parties"])


def test_one_provinces_bloc_takes_its_province_with_its_kind_word():
    # a bloc of one province's departments, named bare: "Khối thi đua số 4 tỉnh A"
    line = extract_text(
        "Khối thi đua số 4 tổng kết năm 2023\n"
        "Chiều 20/12, tại thành phố Hà Giang, Khối thi đua số 4 tổ chức hội nghị tổng kết việc thi đua, khen "
        "thưởng của năm 2023, rồi ký kết giao ước thi đua cho năm 2024.\n"
        "Các đơn vị trong khối thống nhất đẩy mạnh các phong trào thi đua yêu nước.",
        url="https://baohagiang.vn/thi-dua/202312/khoi-thi-dua-so-4-tong-ket-nam-2023-123456/",
    )
    assert line["parties"] == ["Khối thi đua số 4 tỉnh Hà Giang"]


def test_a_city_written_with_its_kind_word_stays_so():
    # "Ủy ban nhân dân thành phố Hồ Chí Minh" as the text writes it, not the gazetteer's "TP Hồ Chí Minh" (ruling 1)
    line = extract_text(
        "Ký kết chương trình phối hợp hỗ trợ nông dân\n"
        "Sáng 3/4, Ủy ban nhân dân thành phố Hồ Chí Minh và Hội Nông dân Việt Nam ký kết chương trình phối hợp "
        "giai đoạn 2024 - 2026.\n"
        "Hai bên thống nhất hỗ trợ nông dân chuyển đổi số."
    )
    assert "Ủy ban nhân dân thành phố Hồ Chí Minh" in line["parties"]


def test_a_counted_roll_of_places_that_opens_with_a_city_gives_one_body_per_place():
    # "Công an 4 tỉnh, thành phố gồm: TP. A, B, C, D": the city keeps its kind word, each province after it is "tỉnh
    # B" (the list was split wrongly: the count stayed a party and the provinces became bare places)
    for first, city in (
        ("TP.Cần Thơ", "Công an TP Cần Thơ"),
        ("thành phố Cần Thơ", "Công an thành phố Cần Thơ"),
        ("Cần Thơ", "Công an thành phố Cần Thơ"),
    ):
        line = extract_text(
            "Ký kết quy chế phối hợp vùng giáp ranh\n"
            "Ngày 9/11, Công an tỉnh Hậu Giang tổ chức hội nghị ký kết quy chế phối hợp bảo đảm an ninh trật tự "
            f"vùng giáp ranh giữa Công an 4 tỉnh, thành phố gồm: {first}, Hậu Giang, Sóc Trăng, Vĩnh Long.\n"
            "Các đơn vị thống nhất trao đổi thông tin, phối hợp truy bắt đối tượng."
        )
        expected = ["Công an tỉnh Hậu Giang", city, "Công an tỉnh Sóc Trăng", "Công an tỉnh Vĩnh Long"]
        assert line["parties"] == expected, (first, line["parties"])
