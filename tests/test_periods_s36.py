"""Periods on classes of real reporting the extractor misread (session 36): a pledge carried out or registered is no
signing at the meeting, a year a sentence opens on to tell the work done in it is the year under review, and what a
meeting adopts, deploys or signs for a year is that year's. Each shape is written in sentences of our own and run
through the whole article pipeline (ruling 5: the year under review is never a period)."""

from __future__ import annotations

from tests.extraction import extract_text


def test_a_pledge_registered_below_a_review_signs_nothing_for_the_next_year():
    # "bản đăng ký giao ước thi đua" is the units' registration the year reviewed was measured by, not a pledge the
    # meeting signs for the year it sets out
    line = extract_text(
        "Khối thi đua số 5 tổng kết công tác thi đua năm 2021\n\n"
        "Chiều 20/12, Khối thi đua số 5 gồm các sở ngành kinh tế của tỉnh họp tổng kết công tác thi đua năm 2021; "
        "triển khai phương hướng, nhiệm vụ năm 2022.\n\n"
        "Cả năm, các sở trong Khối hoàn thành và vượt phần lớn chỉ tiêu theo bản đăng ký giao ước thi đua đầu năm."
    )
    assert line["event_type"] == "meeting"
    assert (line["period_start"], line["period_end"]) == (None, None)


def test_the_content_of_a_pledge_carried_out_is_no_signing_at_the_review():
    # the pledge signed a year ago, named as what the units carried out, gives the review no period
    line = extract_text(
        "Hội Nông dân các tỉnh Cụm thi đua số 2 tổng kết năm 2021\n\n"
        "Ngày 15/12, Hội Nông dân các tỉnh Cụm thi đua số 2 tổ chức hội nghị tổng kết năm 2021 và bàn nhiệm vụ "
        "năm 2022.\n\n"
        "Thực hiện chỉ đạo của Trung ương Hội và nội dung ký kết giao ước thi đua của Cụm năm 2022, các tỉnh trong "
        "Cụm đã bám sát nhiệm vụ được giao."
    )
    assert line["event_type"] == "meeting"
    assert (line["period_start"], line["period_end"]) == (None, None)


def test_a_year_a_sentence_opens_on_to_tell_the_work_done_is_under_review():
    # "Năm 2021, Cụm ... đã triển khai tốt nội dung ký kết giao ước thi đua": what the year under review did
    line = extract_text(
        "Cụm thi đua số 6 Thanh tra các tỉnh họp tổng kết\n\n"
        "Năm 2021, Cụm thi đua số 6 gồm Thanh tra 6 tỉnh đã triển khai tốt nội dung ký kết giao ước thi đua, chấm "
        "điểm chéo và bình xét thi đua đúng hạn.\n\n"
        "Hội nghị có đại diện Thanh tra Chính phủ tham dự."
    )
    assert line["event_type"] == "meeting"
    assert (line["period_start"], line["period_end"]) == (None, None)


def test_a_year_opening_a_sentence_of_work_done_is_no_period_beside_an_earlier_signing():
    # the lead tells regulations signed years ago, then opens a sentence on the year the work was done in
    line = extract_text(
        "Biên phòng và các tỉnh ủy phía bắc rút kinh nghiệm quy chế phối hợp\n\n"
        "Tại Hà Giang, Đảng ủy Bộ đội Biên phòng vừa tổ chức hội nghị rút kinh nghiệm thực hiện quy chế phối hợp với "
        "các tỉnh ủy biên giới phía bắc.Năm 2020, Đảng ủy Bộ đội Biên phòng và các tỉnh ủy đã thống nhất chỉ đạo "
        "nhiều nhiệm vụ bảo vệ biên giới. Đến nay, đã có 40 huyện ủy biên giới ký quy chế phối hợp với đồn biên "
        "phòng.\n\n"
        "Hội nghị đề nghị tiếp tục nâng cao chất lượng phối hợp."
    )
    assert line["event_type"] == "meeting"
    assert (line["period_start"], line["period_end"]) == (None, None)
