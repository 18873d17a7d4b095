"""Periods on classes of real reporting the extractor misread (session 37, the newest fresh round): the plan a
review deploys for the next year, not a year it looks back on (ruling 5). Each shape is written in sentences of our
own and run through the whole article pipeline."""

from __future__ import annotations

from tests.extraction import extract_text


def test_a_plan_deployed_for_the_next_year_in_the_reviews_lead_is_its_period():
    # the lead reviews one year and, in the same clause, deploys the plan for the next: the review word is within
    # reach of both years, yet only the first is looked back on (ruling 5: the plan's year is its period)
    line = extract_text(
        "Cụm hữu nghị số 5 bàn việc phối hợp trong năm mới\n\n"
        "Ngày 15/1/2021, tại thành phố Pleiku, Liên hiệp các tổ chức hữu nghị tỉnh Gia Lai chủ trì Hội nghị tổng kết "
        "hoạt động năm 2020, triển khai kế hoạch hoạt động năm 2021 của Cụm hữu nghị số 5.\n\n"
        "Các đại biểu góp ý vào báo cáo và bầu cụm phó cho năm tới."
    )
    assert (line["period_start"], line["period_end"]) == (2021, 2021)


def test_a_regulation_a_mid_year_review_adopts_through_a_decision_for_the_year_is_its_period():
    # a mid-year review that only sets out the tasks for the rest of the year (no period on its own) adopts the draft
    # decision issuing the cluster's regulation for that year: the regulation's year is its period (ruling 5)
    line = extract_text(
        "Hội nghị sơ kết 6 tháng đầu năm của Cụm thi đua Sở Tài chính các tỉnh Tây Bắc\n\n"
        "Ngày 18/7/2023, tại Sở Tài chính tỉnh Sơn La, Cụm thi đua Sở Tài chính các tỉnh Tây Bắc tổ chức Hội nghị "
        "sơ kết thi đua nửa đầu năm và triển khai nhiệm vụ những tháng cuối năm 2023.\n\n"
        "Hội nghị đã thông qua dự thảo Quyết định ban hành Quy chế hoạt động của Cụm thi đua năm 2023 và trao đổi kinh "
        "nghiệm giữa các đơn vị."
    )
    assert (line["period_start"], line["period_end"]) == (2023, 2023)


def test_the_span_of_an_emulation_congress_a_campaign_greets_is_no_period():
    # a unit launches a short emulation drive to greet the emulation congress of the armed forces over a span of
    # years, the units of its cluster signing the drive's pledge: the span is the congress's, whose model units it
    # honours, not a program's period (ruling 5)
    line = extract_text(
        "Phát động đợt thi đua cao điểm chào mừng Đại hội\n\n"
        "Ngày 12/8/2019, Ban Chỉ huy Quân sự huyện Củ Chi phát động đợt thi đua cao điểm “Rèn luyện – vượt khó” để "
        "chào mừng Đại hội thi đua quyết thắng của lực lượng vũ trang huyện giai đoạn 2014 – 2019.\n\n"
        "Các cơ quan, đơn vị đăng ký nội dung thi đua và cam kết hoàn thành chỉ tiêu.\n\n"
        "Tại buổi lễ, các đơn vị trong cụm thi đua lực lượng vũ trang huyện Củ Chi ký kết giao ước thi đua cao điểm."
    )
    assert (line["period_start"], line["period_end"]) == (None, None)


def test_a_pledge_signed_in_the_half_year_under_review_is_no_period_of_the_mid_year_review():
    # a mid-year review that only sets out the tasks for the rest of the year; below, a sentence opens on the half
    # year to tell the work done in it, the pledge's signing among that work: signed before, no period (ruling 5)
    line = extract_text(
        "Khối thi đua Kinh tế huyện Phú Lương họp sơ kết nửa đầu năm 2023\n\n"
        "Chiều 12/7/2023, Khối thi đua Kinh tế huyện Phú Lương tổ chức hội nghị sơ kết thi đua nửa đầu năm và bàn "
        "nhiệm vụ những tháng còn lại của năm 2023.\n\n"
        "Trong 6 tháng đầu năm, Khối thi đua đã tổ chức kịp thời việc ký giao ước thi đua và ban hành kế hoạch "
        "thực hiện phong trào thi đua năm 2023; các đơn vị trong Khối hoàn thành tốt chỉ tiêu được giao."
    )
    assert (line["period_start"], line["period_end"]) == (None, None)


def test_the_span_a_paragraph_below_a_signing_opens_on_to_tell_what_it_provides_is_its_period():
    # the title and lead tell the signing with no years; the paragraph below opens on a span with "Theo đó" to tell
    # what the signed program provides over it: the program's period
    line = extract_text(
        "Các tỉnh Tây Nguyên ký kết hợp tác phát triển nông nghiệp\n\n"
        "Sáng 20-3, tại thành phố Buôn Ma Thuột, lãnh đạo Sở Nông nghiệp và Phát triển nông thôn tỉnh Đắk Lắk và "
        "tỉnh Gia Lai đã ký kết chương trình hợp tác phát triển nông nghiệp.\n\n"
        "Theo đó, trong giai đoạn 2016 - 2020, hai tỉnh sẽ cùng xây dựng vùng nguyên liệu và chia sẻ kinh nghiệm "
        "chuyển giao giống cây trồng."
    )
    assert (line["period_start"], line["period_end"]) == (2016, 2020)
