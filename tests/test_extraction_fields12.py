"""Classes of real reporting the extractor misread on the newest batches of real articles (issue 11, session 27,
round 5: level and provinces involved), each written in sentences of our own and run through the whole pipeline."""

from __future__ import annotations

from tests.extraction import extract_text


def test_a_counted_group_of_bodies_listing_its_provinces_is_inter_provincial():
    # "Sở Y tế 4 tỉnh gồm: A, B, C và D", "Cụm ... gồm có bốn tỉnh A, B, C và D": one body is named with its
    # province, the others only by the list of the group's provinces; all of them take part
    text = (
        "Sở Y tế Quảng Trị tổ chức giao ban phòng chống dịch vùng giáp ranh\n"
        "Ngày 14/5/2024, Sở Y tế 4 tỉnh gồm: Quảng Bình, Quảng Trị, Thừa Thiên Huế và Hà Tĩnh đã họp giao ban "
        "công tác phối hợp phòng chống dịch bệnh, do Sở Y tế tỉnh Quảng Trị chủ trì.\n"
        "Các đơn vị thống nhất trao đổi thông tin về ca bệnh hằng tuần.\n"
    )
    line = extract_text(text, url="https://baoquangtri.example.vn/giao-ban-y-te-240514.html")
    assert line["level"] == "inter-provincial"
    assert set(line["provinces_involved"]) == {"Quảng Bình", "Quảng Trị", "Thừa Thiên Huế", "Hà Tĩnh"}
    text = (
        "Hội Khuyến học tỉnh Bến Tre tổ chức giao ban cụm thi đua năm 2023\n"
        "Ngày 9/8/2023, Hội Khuyến học tỉnh Bến Tre tổ chức Hội nghị giao ban Hội Khuyến học cụm 5 năm 2023. "
        "Cụm thi đua số 5 gồm có bốn tỉnh Bến Tre, Trà Vinh, Sóc Trăng và Bạc Liêu.\n"
        "Các hội trao đổi kinh nghiệm vận động nguồn lực cho quỹ khuyến học.\n"
    )
    line = extract_text(text, url="https://baodongkhoi.example.vn/khuyen-hoc-cum-5-230809.html")
    assert line["level"] == "inter-provincial"
    assert set(line["provinces_involved"]) == {"Bến Tre", "Trà Vinh", "Sóc Trăng", "Bạc Liêu"}


def test_provinces_listed_after_a_group_of_things_stay_one_provinces_event():
    # "theo tiêu chuẩn của 3 thị trường gồm: A, B, C": a counted group of things, not of bodies, lists the places
    text = (
        "Hội Nông dân Bến Tre ký kết phối hợp\n"
        "Ngày 12/4/2024, Hội Nông dân tỉnh Bến Tre và Liên minh Hợp tác xã tỉnh Bến Tre ký kết chương trình phối "
        "hợp. Chương trình hỗ trợ hội viên trồng dừa theo tiêu chuẩn của 3 thị trường gồm: Hà Nội, Đà Nẵng, Cần "
        "Thơ.\n"
    )
    line = extract_text(text, url="https://baodongkhoi.example.vn/nong-dan-ky-ket-240412.html")
    assert line["level"] == "province"
    assert list(line["provinces_involved"]) == ["Bến Tre"]


def test_a_venue_stops_before_the_list_of_bodies_it_introduces():
    # "tại khu vực giáp ranh giữa 03 đơn vị gồm: A (huyện B, tỉnh X), C (huyện D, tỉnh Y)": the place named after
    # "tại" ends at the list; the bodies' own provinces in brackets are not the venue's
    text = (
        "Ký kết quy chế phối hợp bảo vệ rừng giáp ranh\n"
        "Ngày 20/3/2022, tại Ban quản lý rừng phòng hộ An Lão đã tổ chức ký kết quy chế phối hợp bảo vệ rừng tại "
        "vùng giáp ranh giữa 03 đơn vị gồm: Ban quản lý rừng phòng hộ Kbang (tỉnh Gia Lai), Ban quản lý rừng phòng "
        "hộ An Lão (huyện An Lão, tỉnh Bình Định), Ban quản lý rừng phòng hộ Vĩnh Thạnh (tỉnh Bình Định).\n"
    )
    line = extract_text(text, url="https://kiemlam.example.vn/ky-ket-giap-ranh-220320.html")
    assert line["level"] == "inter-provincial"
    assert set(line["provinces_involved"]) == {"Gia Lai", "Bình Định"}


def test_a_pact_to_protect_and_develop_forests_is_about_the_economy():
    # forestry ("quản lý, bảo vệ rừng", "bảo vệ và phát triển rừng", "lâm nghiệp") is a sector of the economy, as
    # agriculture is; the patrols and fire watch it names are its means
    text = (
        "Hai xã ký kết phối hợp bảo vệ rừng giáp ranh\n"
        "Ngày 6/3/2026, UBND xã Sơn Hà và UBND xã Sơn Kỳ ký kết quy chế phối hợp quản lý, bảo vệ và phát triển "
        "rừng, tuần tra chung trên các tiểu khu giáp ranh.\n"
        "Hai bên sẽ trao đổi thông tin hằng tháng và cùng trực mùa khô.\n"
    )
    line = extract_text(text, url="https://baoquangngai.example.vn/bao-ve-rung-260306.html")
    assert line["topics"][0] == "kinh_te"
