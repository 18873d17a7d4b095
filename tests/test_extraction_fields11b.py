"""Classes of real reporting the extractor misread on the development splits (issue 11: event detection, level,
provinces involved, province), each reproduced in sentences of our own and run through the whole article
pipeline, as `phoihop extract` runs it."""

from __future__ import annotations

from tests.extraction import extract_text


def test_a_decision_that_issues_a_coordination_regulation_is_no_signing():
    # DOMAIN.md: a plan or directive is no event; "ký quyết định ban hành quy chế phối hợp" is one body's decision
    line = extract_text(
        "Bảo vệ rừng phòng hộ đầu nguồn sông Ba\n"
        "Để giữ rừng tốt hơn, UBND tỉnh vừa ký quyết định ban hành Quy chế phối hợp của Ban Quản lý rừng phòng hộ "
        "với chính quyền các xã và các sở, ngành."
    )
    assert line["is_event"] is False


def test_a_joint_signing_of_a_regulation_is_still_an_agreement():
    line = extract_text(
        "Ký kết quy chế phối hợp bảo vệ rừng\n"
        "Sáng 12/5/2023, Ban Quản lý rừng phòng hộ và Công an huyện Krông Pa đã ký kết quy chế phối hợp trong công "
        "tác bảo vệ rừng."
    )
    assert (line["is_event"], line["event_type"]) == (True, "agreement")


def test_the_joint_meeting_that_prepares_a_councils_session_is_no_coordination_event():
    # a council's standing bodies meet "liên tịch" before every session: routine, not a review of joint work
    line = extract_text(
        "THƯỜNG TRỰC HĐND XÃ AN PHÚ TỔ CHỨC HỘI NGHỊ LIÊN TỊCH CHUẨN BỊ KỲ HỌP THỨ BẢY\n"
        "Sáng ngày 02/12/2025, Thường trực HĐND xã An Phú tổ chức Hội nghị liên tịch nhằm thống nhất nội dung, "
        "thời gian chuẩn bị cho Kỳ họp thứ bảy HĐND xã khóa I."
    )
    assert line["is_event"] is False


def test_a_joint_meeting_that_reviews_coordination_stays_a_meeting():
    line = extract_text(
        "Hội nghị liên tịch đánh giá kết quả phối hợp năm 2023\n"
        "Ngày 20/12/2023, Thường trực HĐND, UBND và Ủy ban MTTQ huyện Đại Lộc tổ chức hội nghị liên tịch đánh giá "
        "kết quả thực hiện quy chế phối hợp năm 2023."
    )
    assert (line["is_event"], line["event_type"]) == (True, "meeting")


def test_a_cluster_named_by_its_members_kind_of_unit_in_the_address_takes_that_units_level():
    # DOMAIN.md: after July 2025 every local unit is commune level. An excerpt with no headline names the cluster
    # bare ("Cụm thi đua số 3"); its address keeps the headline: a cluster of one province's commune police
    text = (
        "\nSuốt năm 2025, các đơn vị của Cụm thi đua số 3 cùng nhau giữ trật tự trên địa bàn và tuần tra chung "
        "nhiều đợt.\n\n"
        "Tại Hội nghị, Phó Giám đốc Công an tỉnh khen Cụm thi đua số 3 về thành tích trong năm và yêu cầu các đơn "
        "vị làm tốt hơn nữa Quy chế phối hợp.\n"
    )
    line = extract_text(text, url="https://congan.yenbai.gov.vn/tin-bai/cum-thi-dua-so-3-cong-an-xa-tong-ket-nam-2025")
    assert (line["is_event"], line["level"]) == (True, "commune")
    line = extract_text(text, url="https://congan.yenbai.gov.vn/tin-bai/cum-thi-dua-so-3-tong-ket-nam-2025")
    assert line["level"] == "inter-provincial"  # no unit named: a cluster is of several provinces' bodies


def test_a_cluster_of_provinces_police_stays_inter_provincial():
    line = extract_text(
        "Cụm thi đua số 5 Công an các tỉnh Bắc Trung Bộ tổng kết năm 2024\n"
        "Ngày 20/12/2024, tại tỉnh Hà Tĩnh, Cụm thi đua số 5 gồm Công an các tỉnh Thanh Hóa, Nghệ An, Hà Tĩnh, "
        "Quảng Bình tổ chức hội nghị tổng kết công tác thi đua năm 2024."
    )
    assert line["level"] == "inter-provincial"


def test_a_counted_and_named_group_whose_bodies_meet_takes_part_whole():
    # DOMAIN.md: the provinces named whose bodies take part; "BĐBP 3 tỉnh A, B và C" names all three, though one
    # province's body appears only in a list of border posts
    line = extract_text(
        "Phối hợp bảo vệ biên giới khu vực tiếp giáp\n"
        "Ngày 14/1/2025, Bộ Chỉ huy BĐBP tỉnh Lai Châu và Bộ Chỉ huy BĐBP tỉnh Điện Biên tổ chức hội nghị tổng kết "
        "quy chế phối hợp bảo vệ biên giới khu vực tiếp giáp năm 2024.\n"
        "Năm 2024, BĐBP 3 tỉnh Lai Châu, Lào Cai và Điện Biên đã thực hiện nghiêm kế hoạch hiệp đồng; trao đổi "
        "thông tin thường xuyên, tuần tra chung 12 lần.\n"
        "Tại hội nghị, lãnh đạo các đồn Biên phòng Ma Lù Thàng, Bát Xát (BĐBP Lào Cai) và Mường Nhé đã thảo luận."
    )
    assert sorted(line["provinces_involved"]) == ["Lai Châu", "Lào Cai", "Điện Biên"]


def test_a_count_the_names_fall_short_of_adds_no_province():
    line = extract_text(
        "Phối hợp bảo vệ biên giới khu vực tiếp giáp\n"
        "Ngày 14/1/2025, Bộ Chỉ huy BĐBP tỉnh Lai Châu và Bộ Chỉ huy BĐBP tỉnh Điện Biên tổ chức hội nghị tổng kết "
        "quy chế phối hợp bảo vệ biên giới khu vực tiếp giáp năm 2024.\n"
        "Năm 2024, BĐBP 4 tỉnh Lai Châu, Lào Cai và Điện Biên đã thực hiện nghiêm kế hoạch hiệp đồng."
    )
    assert sorted(line["provinces_involved"]) == ["Lai Châu", "Điện Biên"]


def test_a_body_seated_in_a_city_and_an_online_meetings_points_are_no_venue():
    # "Viện ... cấp cao tại thành phố A" names a body's seat; "trực tuyến tại 03 điểm cầu: A, B" lists connection
    # points: the body the title has organise the meeting hosts it (DOMAIN.md: the host)
    line = extract_text(
        "Tòa án nhân dân cấp cao tại Đà Nẵng tổ chức hội nghị Cụm thi đua số 2 năm 2024\n"
        "Ngày 12/3/2024, Cụm thi đua số 2 gồm có 04 thành viên: Tòa án nhân dân cấp cao tại thành phố Hà Nội, Tòa án "
        "nhân dân cấp cao tại thành phố Đà Nẵng, Tòa án nhân dân thành phố Hà Nội và Tòa án nhân dân thành phố Đà "
        "Nẵng. Hội nghị được tổ chức trực tuyến tại 03 điểm cầu: Tòa án nhân dân thành phố Hà Nội, Tòa án cấp cao "
        "tại Hà Nội và Tòa án cấp cao tại Đà Nẵng."
    )
    assert line["province"] == "Đà Nẵng"


def test_a_venue_told_plainly_still_hosts():
    line = extract_text(
        "Cụm thi đua số 2 ngành Tòa án tổng kết năm 2024\n"
        "Ngày 12/12/2024, tại thành phố Hà Nội, Tòa án nhân dân cấp cao tại Đà Nẵng và Tòa án nhân dân thành phố Hà "
        "Nội tổ chức hội nghị tổng kết công tác thi đua Cụm thi đua số 2."
    )
    assert line["province"] == "Hà Nội"


def test_a_central_body_with_several_provinces_bodies_is_hosted_by_the_one_the_title_has_organise_it():
    # DOMAIN.md: bodies of several provinces, no venue: the host, here the body the headline has hold the meeting,
    # not the first province listed
    line = extract_text(
        "Hội Nông dân tỉnh Quảng Ngãi tổ chức hội nghị giao ban cụm năm 2024\n"
        "Ngày 12/3/2024, Trung ương Hội Nông dân Việt Nam, Hội Nông dân tỉnh Bình Định và Hội Nông dân tỉnh Quảng "
        "Ngãi tổ chức hội nghị giao ban công tác phối hợp năm 2024."
    )
    assert (line["level"], line["province"]) == ("central", "Quảng Ngãi")


def test_a_group_of_border_provinces_is_where_they_lie_not_a_defence_topic():
    # "cụm bảy tỉnh biên giới": which provinces meet; an emulation review is about emulation
    line = extract_text(
        "Tại TP Kon Tum, lãnh đạo cụm sáu tỉnh biên giới phía Tây họp tổng kết công tác thi đua, khen thưởng năm "
        "2010, rồi cùng ký kết giao ước thi đua năm 2011."
    )
    assert line["topics"][0] == "thi_dua_khen_thuong"
    assert "quoc_phong_an_ninh" not in line["topics"]


def test_border_protection_itself_stays_a_defence_topic():
    line = extract_text(
        "Ngày 5/3/2024, Đồn Biên phòng Ia Mơr và UBND xã Ia Mơr ký kết quy chế phối hợp bảo vệ chủ quyền, an ninh "
        "biên giới quốc gia."
    )
    assert line["topics"][0] == "quoc_phong_an_ninh"


def test_a_date_told_as_history_before_the_event_is_not_its_day():
    # "Hơn 4 năm trước, ngày ..., hai tỉnh đã ký kết": what led to the review; the review's own day is the event's
    line = extract_text(
        "Sơ kết 4 năm hợp tác giữa hai tỉnh Sóc Trăng và Hà Nam\n"
        "Hơn 4 năm trước, ngày 10/5/2015, lãnh đạo hai tỉnh Sóc Trăng và Hà Nam đã ký kết biên bản ghi nhớ hợp tác. "
        "Ngày 20/9/2019, tại TP Sóc Trăng, hai tỉnh tổ chức hội nghị sơ kết 4 năm thực hiện chương trình hợp tác."
    )
    assert line["event_date"] == "2019-09-20"


def test_a_scene_caption_taken_for_the_title_yields_to_the_report_under_it():
    # "Quang cảnh Hội nghị liên tịch" over a report of the conference adopting and signing a new regulation: the
    # conference convened to sign it is an agreement (DOMAIN.md)
    text = (
        "Quang cảnh Hội nghị liên tịch\n"
        "Hội Nông dân huyện trình bày dự thảo Quy chế phối hợp giai đoạn 2016-2020; các đại biểu góp ý rồi thống nhất "
        "ký kết Quy chế phối hợp giữa UBND huyện và Hội Nông dân huyện Duy Xuyên.\n"
    )
    assert extract_text(text)["event_type"] == "agreement"
    # the caption's kind when the report under it tells none
    line = extract_text(
        "Quang cảnh hội nghị giao ban cụm thi đua\n"
        "Các đại biểu trao đổi kinh nghiệm về công tác thi đua của Cụm thi đua số 2 trong năm 2024.\n"
    )
    assert (line["is_event"], line["event_type"]) == (True, "meeting")


def test_a_working_session_that_reviews_a_cooperation_program_is_a_meeting():
    # DOMAIN.md: a meeting where bodies review joint work; "buổi làm việc ... nhằm đánh giá định kỳ chương trình hợp
    # tác" between two provinces' standing committees, told below an essay-like opening
    line = extract_text(
        "Hai địa phương cùng phát triển\n"
        "Hai tỉnh láng giềng từ lâu đã cùng nhau làm nên nhiều đổi thay.\n"
        "Buổi làm việc giữa Ban Thường vụ Tỉnh ủy Hà Tĩnh và Ban Thường vụ Tỉnh ủy Nghệ An ngày 12-10-2022 nhằm đánh "
        "giá định kỳ chương trình hợp tác của hai tỉnh."
    )
    assert (line["is_event"], line["event_type"]) == (True, "meeting")
