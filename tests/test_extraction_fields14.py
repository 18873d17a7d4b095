"""Classes of real reporting the extractor misread (issue 11): a page whose only title line is a photo's caption
under the lead, a bloc's roster after the count of its units, a province with a dash opening a list of places;
each reproduced in sentences of our own."""

from __future__ import annotations

from etl.page import find_structure
from tests.extraction import extract_text

# a page cut above its headline: the lead first, then a photo's caption (the only line shaped like a title)
_LEAD = (
    "Hội Nông dân tỉnh Hà Tĩnh và Hội Nông dân tỉnh Quảng Bình vừa tổ chức hội nghị ký kết chương trình phối hợp hỗ "
    "trợ nông dân phát triển kinh tế giai đoạn 2024 - 2028 tại thành phố Hà Tĩnh."
)
_CAPTION = "Lãnh đạo hội nông dân hai tỉnh ký kết chương trình phối hợp"
_AFTER = (
    "Theo chương trình, hai bên sẽ trao đổi kinh nghiệm xây dựng mô hình kinh tế tập thể và hỗ trợ nhau tiêu thụ nông "
    "sản cho hội viên."
)


def test_a_lead_above_a_caption_taken_for_the_title_is_the_article():
    page = find_structure([_LEAD, _CAPTION, _AFTER])
    assert page.title == _CAPTION
    assert page.body == [_LEAD, _AFTER]
    assert _LEAD not in page.site
    line = extract_text(f"{_LEAD}\n\n{_CAPTION}\n\n{_AFTER}\n")
    assert line["event_type"] == "agreement"
    assert line["level"] == "inter-provincial"
    assert line["provinces_involved"] == ["Hà Tĩnh", "Quảng Bình"]
    assert (line["period_start"], line["period_end"]) == (2024, 2028)


def test_who_attended_above_the_caption_stays_out_of_the_article():
    attended = (
        "Dự hội nghị có đại diện lãnh đạo Sở Nội vụ, Ban Thi đua - Khen thưởng tỉnh và các đơn vị thành viên cùng cán "
        "bộ làm công tác thi đua của các đơn vị trong khối."
    )
    page = find_structure([attended, _CAPTION, _AFTER])
    assert page.body == [_AFTER]


def test_a_blocs_roster_after_the_count_of_its_units_is_no_list_of_parties():
    line = extract_text(
        "Khối thi đua số 2 tổng kết công tác năm 2023\n"
        "Chiều 8-1, Khối thi đua số 2 - tỉnh Long An có 5 đơn vị, bao gồm: Sở Tư pháp, Thanh tra tỉnh, Tòa án nhân dân "
        "tỉnh, Cục Thi hành án dân sự và Công an tỉnh Long An, họp nhìn lại một năm thi đua 2023.\n"
        "Các đơn vị trong khối thống nhất ký giao ước thi đua năm 2024.\n"
    )
    assert line["parties"] == ["Khối thi đua số 2 - tỉnh Long An"]


def test_a_province_with_a_dash_opening_a_list_lends_the_list_its_head():
    line = extract_text(
        "Ký kết kế hoạch phối hợp bảo vệ an ninh\n"
        "Chiều 20-5, Công an 4 tỉnh gồm: Bà Rịa - Vũng Tàu, Bình Dương, Long An và Tiền Giang ký kết kế hoạch phối hợp "
        "bảo đảm an ninh trật tự vùng giáp ranh.\n"
        "Các đơn vị thống nhất trao đổi thông tin hằng tháng.\n"
    )
    assert line["parties"] == [
        "Công an tỉnh Bà Rịa - Vũng Tàu",
        "Công an tỉnh Bình Dương",
        "Công an tỉnh Long An",
        "Công an tỉnh Tiền Giang",
    ]


def test_a_headline_with_its_posting_stamp_in_brackets_is_the_title():
    page = find_structure(
        [
            "English | Français",
            "Trường Đại học Vinh ký kết thỏa thuận hợp tác với Học viện Nông nghiệp Việt Nam (06-03-2024 09:15)",
            "Ngày 5/3, tại Nghệ An, hai bên đã ký kết thỏa thuận hợp tác đào tạo và nghiên cứu khoa học giai đoạn "
            "2024 - 2029.",
        ]
    )
    assert page.title == "Trường Đại học Vinh ký kết thỏa thuận hợp tác với Học viện Nông nghiệp Việt Nam"
    assert [d.isoformat() for d in page.header_dates] == ["2024-03-06"]


def test_a_partner_abroad_written_by_its_states_form_is_no_event():
    # ruling 4: cooperation with a foreign unit is not coordination between Vietnam's bodies, whichever the country
    line = extract_text(
        "UBND tỉnh Hà Giang ký kết ghi nhớ hợp tác hữu nghị\n"
        "Ngày 14/5/2024, UBND tỉnh Hà Giang ký kết Biên bản ghi nhớ thiết lập quan hệ hợp tác hữu nghị với Hội đồng "
        "thành phố Plovdiv, nước Cộng hòa Bungari.\n"
        "Hai bên sẽ trao đổi đoàn và hợp tác trong lĩnh vực du lịch, giáo dục.\n"
    )
    assert line["is_event"] is False
    # Vietnam's own state's form is no partner abroad
    line = extract_text(
        "Ký kết chương trình phối hợp công tác dân vận\n"
        "Ngày 14/5/2024, Ban Dân vận Tỉnh ủy Hà Giang và Bộ Chỉ huy Quân sự tỉnh Hà Giang ký kết chương trình phối hợp "
        "công tác dân vận, góp phần bảo vệ vững chắc Tổ quốc Cộng hòa Xã hội chủ nghĩa Việt Nam.\n"
    )
    assert line["is_event"] is True


def test_a_national_universitys_city_is_no_place_of_the_event():
    # an excerpt cut after its lead: no body named where the parties are read, the province counted in the text
    line = extract_text(
        "Lãnh đạo hai bên ký kết thỏa thuận. Ảnh: Minh Châu\n\n"
        "Theo thỏa thuận, hai bên tập trung phối hợp đào tạo nguồn nhân lực, nghiên cứu khoa học và chuyển đổi số "
        "trong giai đoạn tới.\n\n"
        "Quang cảnh buổi ký kết. Ảnh: Minh Châu\n\n"
        "Việc hợp tác phát huy thế mạnh của Đại học Quốc gia Thành phố Hồ Chí Minh, phù hợp với thực tiễn của tỉnh "
        "Bình Định.\n\n"
        "Đại học Quốc gia TP. Hồ Chí Minh sẽ cử chuyên gia hỗ trợ các sở, ngành của tỉnh Bình Định.\n"
    )
    assert line["province"] == "Bình Định"


def test_a_bodys_own_work_program_makes_its_year_end_review_no_joint_one():
    line = extract_text(
        "Công an tỉnh Yên Bái: giữ vững an ninh cơ sở\n"
        "Chiều 20/12, Công an tỉnh Yên Bái tổ chức Hội nghị tổng kết công tác năm 2024, triển khai Chương trình công tác "
        "năm 2025. Lãnh đạo Bộ Công an dự và chỉ đạo hội nghị.\n"
        "Giám đốc Công an tỉnh chủ trì hội nghị.\n"
    )
    assert line["is_event"] is False
    # a program of two bodies still makes the review a joint one
    line = extract_text(
        "Tổng kết chương trình an ninh cơ sở\n"
        "Chiều 20/12, Công an tỉnh Yên Bái và Hội Nông dân tỉnh Yên Bái tổ chức Hội nghị tổng kết công tác năm 2024, "
        "đánh giá chương trình bảo vệ an ninh nông thôn của hai đơn vị.\n"
    )
    assert line["event_type"] == "meeting"


def test_central_bodies_cluster_meeting_away_from_the_capital_stays_national():
    line = extract_text(
        "Cụm thi đua số 4 - Bộ Y tế sơ kết phong trào thi đua 6 tháng đầu năm 2024\n"
        "Ngày 19/7, tại tỉnh Khánh Hòa, Cụm thi đua số 4 - Bộ Y tế gồm các bệnh viện trung ương đã tổ chức sơ kết "
        "công tác thi đua, khen thưởng 6 tháng đầu năm 2024.\n"
        "Cụm thi đua số 4 gồm 5 đơn vị: Bệnh viện Bạch Mai, Bệnh viện Chợ Rẫy, Bệnh viện Trung ương Huế, Bệnh viện "
        "Hữu nghị và Bệnh viện E.\n"
    )
    assert line["level"] == "central"
    assert line["province"] is None
    assert line["provinces_involved"] == []
