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
