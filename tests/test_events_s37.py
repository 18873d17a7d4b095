"""Classes of real reporting the event detection misread on the development rounds of session 37: an excerpt that
starts inside its report, its headline and lead lost, the gathering named only from within ("Tham dự hội nghị có
...", "Tại lễ ký kết, ...", "Phát biểu tại buổi lễ, ..."), and the span a cluster's review opens a sentence on to tell
its work. Each is reproduced in sentences of our own and run through the whole article pipeline, as `phoihop
extract` runs it, without the page's address (a bare text file)."""

from __future__ import annotations

from tests.extraction import extract_text


def test_an_excerpt_opening_on_who_attended_a_blocs_conference_reports_its_meeting():
    # no headline, no dated lead: who attended the conference, then the bloc's year of work
    text = (
        "Tham dự Hội nghị có đồng chí Lê Văn Hải, Vụ trưởng Vụ 7; đồng chí Trần Thị Mai, Chánh Văn phòng Tòa án nhân "
        "dân tối cao cùng lãnh đạo các đơn vị thuộc Khối thi đua số 2.\n"
        "Quang cảnh Hội nghị.\n"
        "Trong năm 2024, các đơn vị thuộc Khối thi đua số 2 đã bám sát kế hoạch công tác, hoàn thành tốt các chỉ tiêu "
        "được giao và giữ vững đoàn kết nội bộ trong từng đơn vị của Khối."
    )
    record = extract_text(text)
    assert record["is_event"] is True
    assert record["event_type"] == "meeting"


def test_an_excerpt_opening_on_what_counted_forces_did_at_the_conference_reports_its_meeting():
    # the caption of the delegates over the forces' half year, then "Tại hội nghị, ... 3 lực lượng đã ... đánh giá"
    text = (
        "Các đại biểu dự hội nghị.\n"
        "Trong 6 tháng đầu năm 2023, Công an tỉnh Long An, Bộ Chỉ huy Quân sự tỉnh Long An và Bộ Chỉ huy Bộ đội Biên "
        "phòng tỉnh Long An đã trao đổi hàng nghìn tin về tình hình an ninh trên tuyến biên giới.\n"
        "Tại hội nghị, đại diện 3 lực lượng đã thảo luận, đánh giá việc thực hiện quy chế phối hợp và đề ra cách làm "
        "cho những tháng cuối năm."
    )
    record = extract_text(text)
    assert record["is_event"] is True
    assert record["event_type"] == "meeting"


def test_an_excerpt_set_at_the_signing_ceremony_reports_the_signing():
    # "Tại lễ ký kết, ..." opens the excerpt: the ceremony took place, what follows is what was agreed at it
    text = (
        "Tại lễ ký kết, Hội Người mù tỉnh Ninh Thuận và Bưu điện tỉnh Ninh Thuận đã thống nhất đặt hòm quyên góp tại "
        "các bưu cục trong tỉnh.\n"
        "Hai đơn vị cùng tuyên truyền về hoạt động nhân đạo trong cán bộ, nhân viên bưu điện các cấp."
    )
    record = extract_text(text)
    assert record["is_event"] is True
    assert record["event_type"] == "agreement"


def test_an_excerpt_opening_on_a_speech_at_a_ceremony_over_a_joint_regulation_reports_the_signing():
    # "Phát biểu tại buổi lễ, ..." over a new coordination regulation, no conference named: the ceremony is its signing
    text = (
        "Phát biểu tại buổi lễ, đồng chí Đỗ Minh Tâm, Viện trưởng Viện kiểm sát nhân dân tỉnh Hà Giang cho rằng Quy "
        "chế phối hợp cũ giữa hai cơ quan đã không còn phù hợp.\n"
        "Đồng chí Vũ Thị Lan, Cục trưởng Cục Thi hành án dân sự tỉnh Hà Giang đánh giá việc xây dựng Quy chế phối hợp "
        "mới là cần thiết cho công việc chung của hai ngành."
    )
    record = extract_text(text)
    assert record["is_event"] is True
    assert record["event_type"] == "agreement"


def test_a_dated_lead_that_tells_a_gathering_of_no_joint_work_stays_no_event():
    # the lead dates the conference and says what it was (one body preparing an exhibition); who attended it, below,
    # tells nothing more
    text = (
        "Chiều 5/9, đồng chí Phạm Văn An, Phó Chủ tịch UBND tỉnh Quảng Trị chủ trì hội nghị nghe báo cáo công tác chuẩn "
        "bị Triển lãm ảnh của tỉnh. Tham dự hội nghị có đại diện các sở, ngành liên quan.\n"
        "Toàn cảnh hội nghị.\n"
        "Triển lãm nhằm giới thiệu các thành tựu của tỉnh và thúc đẩy hợp tác giữa các ngành, các địa phương."
    )
    assert extract_text(text)["is_event"] is False


def test_a_span_a_clusters_review_opens_a_sentence_on_is_the_work_done_not_a_period():
    # "Giai đoạn 2016-2020, các nhiệm vụ ... của cụm luôn gắn với ...": the years the cluster worked, not a program
    text = (
        "Cụm thi đua số 4 các trường chính trị tổng kết năm học\n"
        "Toàn cảnh hội nghị\n"
        "Cụm thi đua số 4 các trường chính trị gồm 6 trường chính trị tỉnh Lào Cai, Yên Bái, Hà Giang, Sơn La, Điện "
        "Biên, Lai Châu. Giai đoạn 2016-2020, các nhiệm vụ thi đua, khen thưởng của cụm luôn gắn với nhiệm vụ chính trị "
        "của mỗi tỉnh. Năm 2021, các trường trong cụm đã tổ chức hơn 200 lớp học."
    )
    record = extract_text(text)
    assert record["is_event"] is True
    assert record["period_start"] is None and record["period_end"] is None


def test_an_excerpt_set_at_a_conference_on_a_cooperation_agreement_reports_its_meeting():
    # the lead tells the bodies' joint work with no gathering named; "Tại hội nghị, ..." under it tells the review
    text = (
        "Hậu Giang bắt tay với các tỉnh Tây Nguyên\n"
        "Chiều 16/11, UBND tỉnh Hậu Giang cùng 5 tỉnh Tây Nguyên nhìn lại 3 năm làm theo thỏa thuận hợp tác "
        "giai đoạn 2022-2025 về kinh tế và xã hội.\n"
        "Tại hội nghị, lãnh đạo các tỉnh cho biết đã có nhiều công ty của Hậu Giang mở nhà máy chế biến nông sản."
    )
    record = extract_text(text)
    assert record["is_event"] is True
    assert record["event_type"] == "meeting"


def test_an_excerpt_with_a_signings_photo_at_its_conference_reports_the_signing():
    # a headline of no event, a speech at the conference, the photo's caption of the signing printed twice: the
    # conference signed
    text = (
        "Trà Vinh và Sóc Trăng hợp tác phát triển\n"
        "Phát biểu tại hội nghị, Bí thư Tỉnh ủy Trà Vinh cho biết chương trình hợp tác giữa hai tỉnh đã mang lại "
        "nhiều kết quả cho nông dân.\n"
        "Ký kết hợp tác giữa tỉnh Trà Vinh và tỉnh Sóc Trăng. Ảnh: Văn Nam\n"
        "Ký kết hợp tác giữa tỉnh Trà Vinh và tỉnh Sóc Trăng. Ảnh: Văn Nam\n"
        "Về chương trình hợp tác giai đoạn 2024-2026, hai tỉnh sẽ tập trung vào nông nghiệp và du lịch."
    )
    record = extract_text(text)
    assert record["is_event"] is True
    assert record["event_type"] == "agreement"
