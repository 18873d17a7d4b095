"""Classes of real reporting the extractor missed in this sitting's reading of the fresh rounds, each reproduced
in sentences of our own and run through the whole article pipeline."""

from __future__ import annotations

from tests.extraction import extract_text


def test_an_excerpt_under_a_conference_caption_reviewing_a_quarter_of_the_three_forces_work_is_a_meeting():
    # the page's excerpt starts at the conference's photo caption; the report under it reviews what the police, the
    # military and the border guard did together in the quarter: the quarterly briefing of the three forces
    text = (
        "Toàn cảnh hội nghị\n"
        "Quý II vừa qua, các đơn vị Quân sự, Công an và Biên phòng huyện đã phối hợp nắm tình hình, tuần tra chung "
        "và giữ ổn định địa bàn biên giới.\n"
        "Thời gian tới, ba lực lượng tiếp tục trao đổi thông tin, nắm chắc tình hình ở khu vực biên giới."
    )
    line = extract_text(text)
    assert line["is_event"] is True
    assert line["event_type"] == "meeting"


def test_an_excerpt_naming_who_attended_the_conference_and_reviewing_a_year_of_a_regulation_is_a_meeting():
    text = (
        "Tham dự hội nghị có lãnh đạo Công an tỉnh Kon Tum, Viện Kiểm sát nhân dân tỉnh và Tòa án nhân dân tỉnh.\n"
        "Năm 2023, việc thực hiện Quy chế phối hợp giữa ba cơ quan đi vào nền nếp, các vụ án được giải quyết đúng "
        "thời hạn.\n"
        "Các đại biểu thống nhất những nhiệm vụ trọng tâm trong năm tới."
    )
    line = extract_text(text)
    assert line["is_event"] is True
    assert line["event_type"] == "meeting"
    assert line["province"] == "Kon Tum"


def test_a_caption_under_a_dated_lead_of_a_bodys_own_session_is_no_coordination_meeting():
    # the dated lead tells the event: a body's own session, which also adopts a joint program; the caption and the
    # year's review under it are that session's
    text = (
        "Kỳ họp thứ hai của Ủy ban Mặt trận Tổ quốc Việt Nam xã Tân Phú\n"
        "Sáng ngày 05/01/2026, Ủy ban Mặt trận Tổ quốc Việt Nam xã Tân Phú tổ chức kỳ họp thứ hai, tổng kết công tác "
        "Mặt trận năm 2025.\n"
        "Quang cảnh hội nghị\n"
        "Năm 2025, Mặt trận xã đã phối hợp với các đoàn thể vận động nhân dân; kỳ họp thông qua Chương trình phối hợp "
        "năm 2026."
    )
    assert extract_text(text)["is_event"] is False


def test_a_conference_caption_over_an_announced_review_is_no_event():
    text = (
        "Quang cảnh hội nghị\n"
        "Năm 2024, ba lực lượng Công an, Quân sự, Biên phòng đã phối hợp tốt; dự kiến tháng tới sẽ tổ chức hội nghị "
        "tổng kết Quy chế phối hợp."
    )
    assert extract_text(text)["is_event"] is False


def test_a_conference_named_first_with_its_purpose_to_review_a_cooperation_is_a_meeting():
    # the conference's own name first ("hội nghị hợp tác phát triển vùng"), then what it is for: reviewing the results
    # of two provinces' cooperation
    text = (
        "Chiều 14/10 ở Vinh, lãnh đạo Tỉnh ủy Nghệ An cùng Tỉnh ủy Hà Tĩnh mở hội nghị hợp tác phát triển vùng nhằm "
        "đánh giá những kết quả hợp tác của hai địa phương trong ba năm.\n"
        "Bí thư Tỉnh ủy hai tỉnh đồng chủ trì hội nghị."
    )
    line = extract_text(text)
    assert line["is_event"] is True
    assert line["event_type"] == "meeting"


def test_a_bodys_own_conference_to_review_its_year_is_no_coordination_meeting():
    text = (
        "Sáng 9-1, Sở Tài chính tỉnh Nghệ An tổ chức hội nghị cán bộ, công chức nhằm đánh giá kết quả công tác năm "
        "và triển khai nhiệm vụ năm mới của ngành."
    )
    assert extract_text(text)["is_event"] is False


def test_a_cluster_of_one_provincial_departments_schools_is_a_provincial_event():
    # the cluster's schools are one province's department's units: bodies of one province, not of several
    text = (
        "Cụm thi đua số 2, thuộc Sở Giáo dục và Đào tạo: tổng kết năm học 2022-2023\n"
        "Ngày 20-5, Cụm thi đua số 2, thuộc Sở Giáo dục và Đào tạo gồm: Trường THPT Nguyễn Trãi, THPT Lý Thường Kiệt "
        "và THPT Chu Văn An tổ chức Hội nghị tổng kết công tác thi đua năm học 2022-2023."
    )
    line = extract_text(text)
    assert line["event_type"] == "meeting"
    assert line["level"] == "province"


def test_the_inspection_commission_written_short_is_a_body():
    # "UBKT" is the party's inspection commission ("Ủy ban Kiểm tra"): the central one convenes a cluster's rating
    text = (
        "Sáng 3-9-2021, tại Đà Nẵng, UBKT Trung ương tổ chức Hội nghị bình xét thi đua năm 2021 của UBKT các tỉnh ủy "
        "khu vực miền Trung (Cụm thi đua số 4)."
    )
    line = extract_text(text)
    assert line["event_type"] == "meeting"
    assert line["level"] == "central"
    assert line["parties"] == ["UBKT Trung ương"]


def test_a_clusters_name_ends_before_the_verb_that_follows_it():
    # "Cụm Thi đua số III bám sát hướng dẫn ... của Thanh tra Chính phủ": the verb ends the cluster's name; the national
    # body it follows is no part of the name, and no central member of the meeting
    text = (
        "Về dự có đại diện Thanh tra Chính phủ, cùng chánh thanh tra sáu tỉnh thành viên Cụm Thi đua số III.\n"
        "Năm 2022, Cụm Thi đua số III bám sát hướng dẫn nghiệp vụ và chỉ đạo của Thanh tra Chính phủ, tổ chức tốt phong "
        "trào thi đua, sơ kết, tổng kết và chấm điểm thi đua trong cụm."
    )
    line = extract_text(text)
    assert line["is_event"] is True
    assert all("bám sát" not in party for party in line["parties"])
    assert line["level"] == "inter-provincial"


def test_an_emulation_clusters_meeting_is_about_emulation_whoever_convenes_it():
    # the convener's own field (inspection, the law) does not lead: the cluster's rating is emulation
    text = (
        "Sáng 3-9-2021, tại Đà Nẵng, UBKT Trung ương tổ chức Hội nghị bình xét thi đua năm 2021 của UBKT các tỉnh ủy "
        "khu vực miền Trung (Cụm thi đua số 4)."
    )
    assert extract_text(text)["topics"][0] == "thi_dua_khen_thuong"


def test_a_dated_report_under_a_summary_a_byline_and_the_posting_stamp_is_the_lead():
    # summary (no day), the reporter's name, the page's posting stamp, then the dated report with its venue: the
    # report is the lead, its venue the host
    text = (
        "Hội Nông dân các tỉnh Tây Nguyên gắn kết, chia sẻ kinh nghiệm\n"
        "Hội nông dân các tỉnh Tây Nguyên tăng cường trao đổi, học hỏi lẫn nhau các mô hình sản xuất hay.\n"
        "Minh Khoa\n"
        "05/11/2023 09:15\n"
        "Sáng 4/11, tại Gia Lai, Cụm thi đua Hội Nông dân 5 tỉnh Tây Nguyên tổ chức hội nghị tổng kết công tác thi "
        "đua năm 2023.\n"
        "Dự hội nghị có đại diện Hội Nông dân Kon Tum, Đắk Lắk, Đắk Nông và Lâm Đồng."
    )
    line = extract_text(text)
    assert line["event_type"] == "meeting"
    assert line["province"] == "Gia Lai"
    assert line["event_date"] == "2023-11-04"


def test_a_cluster_placed_under_its_body_after_a_comma_keeps_that_body_and_not_its_roll():
    # "Cụm thi đua số 3, thuộc Sở Y tế gồm: A, B": the body it is part of is in its name (after a comma too); the
    # schools or hospitals rolled after "gồm" are its members, no parties beside it (ruling 2)
    text = (
        "Cụm thi đua số 3, thuộc Sở Y tế: ký giao ước thi đua năm 2024\n"
        "Ngày 15-3, Cụm thi đua số 3, thuộc Sở Y tế gồm: Bệnh viện Đa khoa huyện Tân Phú, Trung tâm Y tế huyện Định "
        "Quán và Trung tâm Y tế huyện Xuân Lộc tổ chức ký kết giao ước thi đua năm 2024."
    )
    assert extract_text(text)["parties"] == ["Cụm thi đua số 3, thuộc Sở Y tế"]


def test_a_collective_of_a_regions_bodies_ends_before_the_verb_after_the_region():
    text = (
        "Ngày 5/12/2023, Hội Luật gia Thanh Hóa và hội luật gia các tỉnh Bắc Trung Bộ tiếp tục ký kết chương trình phối "
        "hợp trợ giúp pháp lý cho người dân vùng biên giới."
    )
    parties = extract_text(text)["parties"]
    assert any(p.endswith("Bắc Trung Bộ") for p in parties), parties
    assert not any("tiếp tục" in p for p in parties), parties
