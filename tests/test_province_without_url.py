"""A provincial paper's text kept without its address (issue 11): its bodies are written "Công an tỉnh", "Hội LHPN
tỉnh", and the province is told only elsewhere: the paper's dateline mark, ... Each shape in sentences of our own."""

from __future__ import annotations

from etl.outlets import outlet_of_tag
from tests.extraction import extract_text

_TITLE = "Hai ngành ký kết phối hợp giữ gìn trật tự trường học"
_REPORT = (
    "Sáng 14-3, Sở Giáo dục và Đào tạo cùng Công an tỉnh tổ chức lễ ký kết chương trình phối hợp bảo đảm an toàn cho "
    "học sinh giai đoạn 2024 - 2028."
)
_AFTER = "Theo chương trình, hai bên cùng tuyên truyền cho phụ huynh về phòng chống ma túy học đường."


def test_the_dateline_marks_table_names_registered_outlets():
    assert outlet_of_tag("QNO")["province_legacy"] == "Quảng Nam"
    assert outlet_of_tag("LĐ  Online")["province_legacy"] == "Lâm Đồng"  # spacing and case as written vary
    assert outlet_of_tag("XYZ") is None


def test_a_bracketed_dateline_mark_names_the_province():
    line = extract_text(f"{_TITLE}\n\n(GLO) - {_REPORT}\n\n{_AFTER}\n")
    assert line["province"] == "Gia Lai"
    assert line["level"] == "province"


def test_a_mark_in_capitals_without_brackets_names_the_province():
    line = extract_text(f"{_TITLE}\n\nBHG - {_REPORT}\n\n{_AFTER}\n")
    assert line["province"] == "Hà Giang"


def test_an_unknown_mark_names_no_province():
    line = extract_text(f"{_TITLE}\n\n(XYZ) - {_REPORT}\n\n{_AFTER}\n")
    assert line["province"] is None


def test_the_address_still_comes_first():
    # a registered paper's address wins over a mark copied from another paper; an address the registry does not
    # know (an aggregator) is read as it was before, without the mark
    line = extract_text(f"{_TITLE}\n\n(GLO) - {_REPORT}\n\n{_AFTER}\n", url="https://baoquangnam.vn/a-1.html")
    assert line["province"] == "Quảng Nam"


# districts named without their kind word, as a provincial paper names its own
_TWO_POLICES = (
    "Chiều 9-5, Công an hai địa phương Tư Nghĩa và Mộ Đức tổ chức hội nghị ký kết quy chế phối hợp giữ gìn an ninh "
    "trật tự vùng giáp ranh."
)
_POLICES_AFTER = "Quy chế gồm 12 điều; Công an Tư Nghĩa và Công an Mộ Đức sẽ trao đổi thông tin hằng tháng."


def test_districts_named_without_their_kind_name_their_province():
    from etl.bare_places import province_of_bare_districts
    from etl.places import gazetteer

    gaz = gazetteer()
    assert province_of_bare_districts(f"{_TWO_POLICES}\n{_POLICES_AFTER}", gaz) == "Quảng Ngãi"
    # once, in the brackets that place a commune
    assert province_of_bare_districts("Tại xã Đức Tân (Mộ Đức), hai đơn vị ký kết kết nghĩa.", gaz) == "Quảng Ngãi"
    # once, not placing anything: too little
    assert province_of_bare_districts("Đoàn công tác đã đến Mộ Đức.", gaz) is None
    # a person's name holding a district's: "Lê Văn Lâm" is no "Văn Lâm"
    assert province_of_bare_districts("Ông Lê Văn Lâm và ông Trần Văn Lâm phát biểu.", gaz) is None
    # names of two provinces as often: none
    assert province_of_bare_districts("Tư Nghĩa, Mộ Đức, Kim Động và Ân Thi cùng ký.", gaz) is None


def test_a_text_naming_only_bare_districts_takes_their_province():
    line = extract_text(f"Hai địa phương giáp ranh ký quy chế phối hợp\n\n{_TWO_POLICES}\n\n{_POLICES_AFTER}\n")
    assert line["province"] == "Quảng Ngãi"


def test_a_follow_us_line_names_the_paper():
    # dropped from the text as furniture, but kept with the site's lines: the paper names itself there
    line = extract_text(f"Theo dõi Báo Bình Phước trên Google News\n\n{_TITLE}\n\n{_REPORT}\n\n{_AFTER}\n")
    assert line["province"] == "Bình Phước"
    line = extract_text(f"BAOBINHPHUOC.COM.VN trên Google News\n\n{_TITLE}\n\n{_REPORT}\n\n{_AFTER}\n")
    assert line["province"] == "Bình Phước"


def test_the_papers_own_hashtags_name_its_province():
    line = extract_text(f"{_TITLE}\n\n{_REPORT}\n\n{_AFTER}\n\n#antoantruonghoc\n\n#conganbinhphuoc\n")
    assert line["province"] == "Bình Phước"


def test_communes_named_in_the_body_with_their_kind_name_their_province():
    from etl.bare_places import province_of_units
    from etl.places import gazetteer

    gaz = gazetteer()
    body = "Đoàn công tác đã đến xã Vạn Tường và xã Bình Chương để nắm tình hình."
    assert province_of_units(body, gaz) == "Quảng Ngãi"
    # a name two provinces share, told apart by its kind as written: "phường Nghĩa Đô" is Hà Nội's ward
    assert province_of_units("Hội nghị ở phường Nghĩa Đô; phường Phúc Lợi cũng cử đại biểu.", gaz) == "Hà Nội"
    assert province_of_units("Đại biểu xã Vạn Tường phát biểu.", gaz) is None  # once is too little


def test_a_text_naming_only_communes_further_down_takes_their_province():
    more = "Sau lễ ký, đoàn đến thăm xã Vạn Tường và xã Bình Chương, nơi có nhiều trường học vùng biển."
    line = extract_text(f"{_TITLE}\n\n{_REPORT}\n\n{_AFTER}\n\n{more}\n")
    assert line["province"] == "Quảng Ngãi"


def test_a_victory_named_after_a_place_is_no_place():
    from etl.places import gazetteer

    gaz = gazetteer()
    assert not gaz.provinces_in("Kỷ niệm 70 năm Chiến thắng Điện Biên Phủ, hai trường ký kết hợp tác.")
    assert [m.name for m in gaz.provinces_in("Đoàn đến tỉnh Điện Biên dự lễ.")] == ["Điện Biên"]


def test_a_domain_before_the_dash_names_a_registered_outlet():
    line = extract_text(f"{_TITLE}\n\nBaogialai.com.vn - {_REPORT}\n\n{_AFTER}\n")
    assert line["province"] == "Gia Lai"


def test_a_national_outlets_mark_leaves_a_clusters_meeting_without_a_host():
    # a national paper reports the meeting of a cluster of several provinces and names no venue: no host (as with its
    # address, ruling 18), not the first member listed
    lead = (
        "Cụm thi đua các tỉnh Nam Trung Bộ gồm 4 tỉnh: Phú Yên, Khánh Hòa, Ninh Thuận và Bình Thuận vừa tổ chức hội "
        "nghị tổng kết công tác thi đua năm 2023."
    )
    assert extract_text(f"Tổng kết thi đua cụm Nam Trung Bộ\n\nTPO - {lead}\n")["province"] is None


def test_a_sites_chrome_above_the_headline_is_no_title():
    # without the address, the headline is the first line that is no chrome
    from etl.cleaning import clean_article

    text = f"Skip to main content\n\nTất cả chuyên mục\n\nXem với cỡ chữAA\n\n{_TITLE}\n\n{_REPORT}\n\n{_AFTER}\n"
    assert clean_article("t", text).title == _TITLE


# the report of a cluster of several provinces, no venue, no chair, no mark of its outlet
_CLUSTER_TITLE = "Cụm thi đua các tỉnh ven biển ký giao ước năm 2024"
_CLUSTER_LEAD = (
    "Chiều 12-3, Hội Nông dân 4 tỉnh trong Cụm thi đua số 6 gồm: Bến Tre, Trà Vinh, Sóc Trăng và Bạc Liêu đã tổ chức "
    "hội nghị ký kết giao ước thi đua năm 2024."
)
_CLUSTER_AFTER = "Các đơn vị thống nhất đẩy mạnh phong trào nông dân sản xuất, kinh doanh giỏi trong năm."


def test_a_bare_report_naming_every_province_leaves_a_clusters_meeting_without_a_host():
    # a national outlet names every member; nothing says which of them hosts (ruling 18), not the first listed
    line = extract_text(f"{_CLUSTER_TITLE}\n\n{_CLUSTER_LEAD}\n\n{_CLUSTER_AFTER}\n")
    assert line["province"] is None
    assert sorted(line["provinces_involved"]) == ["Bạc Liêu", "Bến Tre", "Sóc Trăng", "Trà Vinh"]


def test_a_bare_report_writing_its_own_province_as_tinh_keeps_a_host():
    # a provincial paper writes its own bodies with "tỉnh" alone: one of the members reports, as before
    own = "Phát biểu tại hội nghị, đại diện Hội Nông dân tỉnh đề nghị các đơn vị chia sẻ kinh nghiệm."
    line = extract_text(f"{_CLUSTER_TITLE}\n\n{_CLUSTER_LEAD}\n\n{_CLUSTER_AFTER}\n\n{own}\n")
    assert line["province"] == "Bến Tre"


def test_one_provinces_leader_among_the_guests_names_the_host():
    guests = "Dự hội nghị có ông Nguyễn Văn A, Phó Bí thư Tỉnh ủy Sóc Trăng, cùng lãnh đạo các sở, ngành."
    line = extract_text(f"{_CLUSTER_TITLE}\n\n{_CLUSTER_LEAD}\n\n{guests}\n\n{_CLUSTER_AFTER}\n")
    assert line["province"] == "Sóc Trăng"
    assert "province_from_leader" in line["flags"]


def test_a_bare_report_whose_lead_has_one_province_organise_keeps_it():
    lead = (
        "Ngày 5-6, Công an TP. Cần Thơ tổ chức hội nghị ký kết quy chế phối hợp giữa Công an 4 địa phương gồm: Cần "
        "Thơ, Hậu Giang, Vĩnh Long và An Giang."
    )
    line = extract_text(f"Bốn địa phương ký quy chế giữ an ninh giáp ranh\n\n{lead}\n\n{_CLUSTER_AFTER}\n")
    assert line["province"] == "Cần Thơ"


def test_tinh_alone_is_the_own_province_only_after_a_body():
    from etl.own_province import writes_own_province

    assert writes_own_province(["Giám đốc Công an tỉnh phát biểu."])
    assert writes_own_province(["Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh dự."])
    assert writes_own_province(["góp phần xây dựng tỉnh nhà ngày càng phát triển"])
    # a count, a tier, a province's name: no own province
    assert not writes_own_province(["Công an 7 tỉnh gồm Lai Châu và Sơn La; các tỉnh thống nhất."])
    assert not writes_own_province(["cán bộ cấp tỉnh và y tế tuyến tỉnh; mỗi tỉnh cử hai người."])
    assert not writes_own_province(["Công an tỉnh Quảng Trị và Tỉnh ủy Quảng Bình ký kết."])


def test_without_the_address_a_headline_saying_what_is_reported_beats_a_line_of_chrome_above_it():
    # both lines have a headline's shape; the address's words would tell them apart, the report's words do instead
    from etl.cleaning import clean_article

    text = f"Bạn đọc cần biết Tiện ích Tòa soạn\n\nXã hội Đời sống\n\n{_TITLE}\n\n{_REPORT}\n\n{_AFTER}\n"
    assert clean_article("t", text).title == _TITLE


def test_a_lead_read_as_the_headline_keeps_its_dateline_mark():
    # no headline above the lead: its first sentence is read as the title, and the paper's mark with it
    lead = (
        "BHG - Vừa qua, Hội Cựu chiến binh tỉnh phối hợp Sở Tư pháp tổ chức hội nghị tổng kết ba năm thực hiện "
        "chương trình phối hợp tuyên truyền pháp luật."
    )
    line = extract_text(f"{lead}\n\nTrong ba năm, hai bên đã tổ chức 120 buổi tuyên truyền cho hội viên.\n")
    assert line["province"] == "Hà Giang"


def test_without_the_address_the_line_stamped_below_is_the_headline_not_the_kicker_above_it():
    # a kicker over the headline, then the posting stamp the site prints under the headline, then the lead with the
    # paper's mark and the venue
    from etl.cleaning import clean_article

    kicker = "Hội Nông dân cụm thi đua số 3 các tỉnh duyên hải"
    headline = "Sôi nổi các phong trào thi đua"
    lead = (
        "ĐBP - Tại TP. Điện Biên Phủ, sáng 3/11, Cụm thi đua số 3 Hội Nông dân các tỉnh Sơn La, Điện Biên, Lai Châu "
        "tổ chức hội nghị tổng kết phong trào thi đua năm 2017; hội nghị giao Hội Nông dân tỉnh Lai Châu đăng cai "
        "hội nghị năm sau."
    )
    text = f"{kicker}\n\n{headline}\n\n08:15 - Thứ Sáu, 03/11/2017 Lượt xem: 312\n\n{lead}\n\n{_CLUSTER_AFTER}\n"
    assert clean_article("t", text).title == headline
    assert extract_text(text)["province"] == "Điện Biên"


def test_the_address_of_the_sites_logo_above_the_lead_names_a_registered_outlet():
    # the logo's address is the site's own domain, which the registry knows though it spells no province
    logo = "![](https://media.la34.com.vn/upload/files/logo/logo.png)"
    line = extract_text(f"Tất cả chuyên mục\n\n{logo}\n\n{_REPORT}\n\n{_AFTER}\n")
    assert line["province"] == "Long An"
