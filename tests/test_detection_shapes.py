"""Shapes of real pages the event detector misread (issue 11, third fresh round): a twinning ceremony, a paragraph
broken at a fixed width, an aggregator's picture text taken for the title, a signing with units abroad told in
the lead, a working session that reviews joint work, a sector's year closed with its award. Each article is our
own writing run through the whole pipeline."""

from __future__ import annotations

from etl.cleaning import unwrap_lines
from etl.page import find_structure
from tests.extraction import extract_text


def test_a_twinning_ceremony_between_two_communes_is_a_signing():
    line = extract_text(
        " date 2025-11-20 (GLO)- Sáng 18-11, tại xã Ia Tôr, Đảng ủy xã Ia Tôr và Đảng ủy phường Bồng Sơn (tỉnh Gia "
        "Lai) làm lễ kết nghĩa, nối một xã vùng biên với một phường đồng bằng.\n"
        "Tại buổi lễ, lãnh đạo hai địa phương thống nhất các nội dung hỗ trợ nhau về xây dựng hệ thống chính trị, "
        "phát triển kinh tế và chăm lo đời sống người dân vùng biên.\n"
        "Dịp này, phường Bồng Sơn trao tặng xã Ia Tôr 40 suất quà cho hộ nghèo."
    )
    assert line["is_event"] and line["event_type"] == "agreement", line
    assert line["level"] == "commune" and line["province"] == "Gia Lai", line


def test_a_twinning_with_a_unit_abroad_stays_between_countries():
    line = extract_text(
        "Chiều 12/9, tại Đồn Biên phòng Bắc Sơn, Đồn Biên phòng Bắc Sơn (Bộ đội Biên phòng tỉnh Nghệ An) tổ chức lễ "
        "kết nghĩa với Đại đội Biên phòng 301 (Bộ Chỉ huy Quân sự tỉnh Bolikhămxay, Lào).\n"
        "Hai đơn vị thống nhất trao đổi thông tin và tuần tra song phương định kỳ."
    )
    assert not line["is_event"], line


def test_lines_broken_at_a_fixed_width_are_read_as_one_paragraph():
    assert unwrap_lines(["Tại hội", "nghị, các đơn vị đã thống nhất.", "Theo đó, hai bên"]) == [
        "Tại hội nghị, các đơn vị đã thống nhất.",
        "Theo đó, hai bên",
    ]
    # a headline over its lead, a list after a colon and a sentence's end keep their line breaks
    assert unwrap_lines(["Cụm thi đua số 3 tổng kết năm 2020", "Sáng 5/1, cụm họp."]) == [
        "Cụm thi đua số 3 tổng kết năm 2020",
        "Sáng 5/1, cụm họp.",
    ]
    assert unwrap_lines(["gồm:", "xã A, xã B"]) == ["gồm:", "xã A, xã B"]
    assert unwrap_lines(["Hai bên đã ký.", "sau đó"]) == ["Hai bên đã ký.", "sau đó"]
    # a site's address under its name is one word, no half of a sentence
    assert unwrap_lines(["LIÊN ĐOÀN LAO ĐỘNG TỈNH BẮC KẠN", "congdoanbackan.org.vn"]) == [
        "LIÊN ĐOÀN LAO ĐỘNG TỈNH BẮC KẠN",
        "congdoanbackan.org.vn",
    ]


def test_a_cluster_meeting_broken_at_a_fixed_width_is_found():
    # an old portal's page that starts mid-sentence and wraps every line: the first half-line is no title
    line = extract_text(
        "Tham dự hội\n"
        "nghị có Ban Thường trực Ủy ban MTTQ Việt Nam 05 huyện trong cụm thi đua số III, Ban Thường trực Ủy\n"
        "ban MTTQ Việt Nam huyện Tân Phú - Cụm trưởng cụm thi đua số III chủ trì hội nghị.\n"
        "(Toàn cảnh hội nghị)\n"
        "Tại hội\n"
        "nghị, đại diện Ban Thường trực các huyện đã thông qua báo\n"
        "cáo kết quả công tác Mặt trận năm 2021 và báo cáo tổng kết, chấm điểm thi đua\n"
        "của đơn vị; hội nghị cũng bình xét các đơn vị đề nghị Ủy ban MTTQ Việt Nam tỉnh tặng cờ thi đua.",
        url="http://ubmttq.dongnai.gov.vn/Pages/noi-dung-hoatdong.aspx?NewsID=77",
    )
    assert line["is_event"] and line["event_type"] == "meeting", line
    assert (line["cluster"] or "").lower() == "cụm thi đua số iii", line


def test_an_aggregators_picture_text_is_not_the_title():
    # the picture's text repeats the headline without its marks; the lead above it tells the signing
    line = extract_text(
        "Sở Tư pháp và Hội Luật gia tỉnh Hà Tĩnh vừa ký kết chương trình phối hợp phổ biến, giáo dục pháp luật cho "
        "người dân vùng biển giai đoạn 2024 - 2028.\n"
        "Phoi hop pho bien phap luat cho nguoi dan vung bien - Anh 1\n"
        "Theo chương trình, hai bên tổ chức các buổi tuyên truyền lưu động tại các xã ven biển.",
        url="http://www.baomoi.com/phoi-hop-pho-bien-phap-luat-cho-nguoi-dan-vung-bien/c/12345.epi",
    )
    assert line["title"] == "", line["title"]
    assert line["is_event"] and line["event_type"] == "agreement", line
    assert (line["period_start"], line["period_end"]) == (2024, 2028), line


def test_a_signing_with_units_abroad_told_in_a_lead_without_title_is_no_event():
    line = extract_text(
        "Chuyến công tác nhằm quảng bá du lịch của tỉnh Lạng Sơn tới thị trường Trung Quốc và mở rộng quan hệ với "
        "các đối tác tiềm năng.\n"
        "Lễ ký kết hợp tác giữa Hiệp hội Du lịch tỉnh Lạng Sơn và Cục Văn hóa và Du lịch thành phố Sùng Tả.\n"
        "Trong khuôn khổ chuyến thăm, đoàn đã dự hội chợ thương mại biên giới."
    )
    assert not line["is_event"], line


def test_a_working_session_that_reviews_joint_work_is_a_meeting():
    line = extract_text(
        "Sáng ngày 14/4/2022, Báo Gia Lai đã làm việc với UBND huyện Krông Pa nhằm đánh giá công tác phối hợp "
        "thông tin, tuyên truyền trong thời gian qua và thống nhất định hướng thời gian tới.\n"
        "Dự buổi làm việc có lãnh đạo Báo Gia Lai và lãnh đạo UBND huyện Krông Pa."
    )
    assert line["is_event"] and line["event_type"] == "meeting", line
    assert line["province"] == "Gia Lai", line


def test_a_sectors_year_closed_with_its_award_is_no_event():
    line = extract_text(
        "Tổng kết công tác báo chí và trao Giải báo chí tỉnh năm 2024\n"
        "Chiều 20/12, Ban Tuyên giáo Tỉnh ủy phối hợp với Sở Thông tin và Truyền thông, Hội Nhà báo tỉnh Nghệ An tổ "
        "chức hội nghị tổng kết công tác báo chí và trao Giải báo chí tỉnh năm 2024."
    )
    assert not line["is_event"], line


def test_a_clusters_cross_check_is_a_meeting():
    # the members of a cluster visit and rate one another; the report opens on one province's delegate
    line = extract_text(
        "Từ ngày 20/11 đến ngày 24/11/2019, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng tham gia đoàn kiểm tra "
        "chéo Cụm thi đua Ủy ban MTTQ Việt Nam các tỉnh Tây Nam Bộ năm 2019 do Ủy ban MTTQ Việt Nam tỉnh Bạc Liêu làm "
        "Trưởng cụm.\n"
        "Cụm gồm các tỉnh Sóc Trăng, Bạc Liêu, Cà Mau và Kiên Giang; mỗi tỉnh có cách làm riêng trong công tác Mặt trận."
    )
    assert line["is_event"] and line["event_type"] == "meeting", line


def test_a_working_meeting_a_sentence_places_in_a_cluster_is_a_meeting():
    line = extract_text(
        "Chủ trì cuộc họp có ông Trần Văn An, Chủ tịch Liên minh Hợp tác xã tỉnh Trà Vinh, Trưởng Cụm thi đua Liên "
        "minh Hợp tác xã các tỉnh Đồng bằng sông Cửu Long năm 2020.\n"
        "Tại cuộc họp, các thành viên đã góp ý kế hoạch hoạt động của Cụm và thống nhất đề nghị khen thưởng."
    )
    assert line["is_event"] and line["event_type"] == "meeting", line


def test_a_bloc_setting_out_its_years_tasks_is_a_meeting():
    line = extract_text(
        "Chiều 12/3/2023 tại trụ sở Hội Chữ thập đỏ tỉnh (trưởng khối năm 2023), Khối thi đua các tổ chức xã hội tỉnh "
        "Hưng Yên triển khai nhiệm vụ năm 2023."
    )
    assert line["is_event"] and line["event_type"] == "meeting", line


def test_a_contest_reviewed_after_a_comma_is_no_event():
    line = extract_text(
        "Ngày 10/8, Tỉnh Đoàn Bình Định phối hợp với Công an tỉnh tổ chức tuyên dương 50 đoàn viên có thành tích "
        "xuất sắc trong phong trào bảo vệ an ninh Tổ quốc.\n"
        "Tỉnh Đoàn Bình Định tổng kết, trao giải cuộc thi tìm hiểu về lực lượng Công an nhân dân cho 12 tập thể."
    )
    assert not line["is_event"], line


def test_a_headline_that_opens_like_a_lead_is_the_title_when_stamped_below():
    # the site's name above it matches the address too; the stamp under the sentence makes it the headline
    line = extract_text(
        "LIÊN ĐOÀN LAO ĐỘNG\n"
        "TỈNH LAI CHÂU\n"
        "Ngày 18.12, tại tỉnh Sơn La, Cụm thi đua Liên đoàn Lao động 6 tỉnh Tây Bắc tổ chức Hội nghị tổng kết hoạt "
        "động Cụm thi đua năm 2022\n"
        "Cập nhật lúc 08:10 - 20/12/2022 (GMT +07:00)\n"
        "Cụm thi đua Liên đoàn Lao động 6 tỉnh Tây Bắc gồm các tỉnh: Sơn La, Lai Châu, Điện Biên, Hòa Bình, Lào Cai "
        "và Yên Bái.",
        url="http://congdoanlaichau.org.vn/ngay-18-12-tai-tinh-son-la-cum-thi-dua-lien-doan-lao-dong-6-tinh-tay-bac-to-"
        "chuc-hoi-nghi-tong-ket-hoat-dong-cum-thi-dua-nam-2022.html",
    )
    assert line["title"].startswith("Ngày 18.12, tại tỉnh Sơn La"), line["title"]
    assert line["event_date"] == "2022-12-18" and line["province"] == "Sơn La", line


def test_a_heading_set_over_two_lines_is_one_title():
    # the second half holds more of the address's words; the first, ending on "giữa", says it is a review
    page = find_structure(
        [
            "CỔNG THÔNG TIN ĐIỆN TỬ",
            "Sơ kết 02 năm thực hiện Quy chế phối hợp công tác giữa",
            "Hội Nông dân tỉnh Quảng Bình với Sở Tư pháp tỉnh Quảng Bình",
            "Thực hiện Quy chế phối hợp số 01/QCPH ngày 10/3/2021, hai bên đã triển khai nhiều hoạt động.",
        ],
        url="https://site.vn/tin/hoi-nong-dan-tinh-quang-binh-voi-so-tu-phap-tinh-quang-binh-12.html",
    )
    assert page.title == (
        "Sơ kết 02 năm thực hiện Quy chế phối hợp công tác giữa Hội Nông dân tỉnh Quảng Bình với Sở Tư pháp tỉnh "
        "Quảng Bình"
    ), page.title
