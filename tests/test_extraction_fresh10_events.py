"""Classes of real reporting the extractor misread on the tenth fresh round (issue 11: material the rules were not
written on): event detection, type, period and date. Each is reproduced in sentences of our own and run through the
whole article pipeline, as `phoihop extract` runs it."""

from __future__ import annotations

from tests.extraction import extract_text


def test_a_two_day_meeting_written_with_a_comma_opened_on_its_first_day():
    # "Trong 2 ngày, 8 và 9/12": the span after a comma, the byline's stamp of the second day below it
    text = (
        "Cụm thi đua số 3 Hội Nông dân các tỉnh miền núi triển khai nhiệm vụ năm 2025\n"
        "Trong 2 ngày, 15 và 16/12, tại thành phố Lào Cai, Cụm thi đua số 3 Hội Nông dân các tỉnh miền núi đã tổ "
        "chức hội nghị giao ban tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.\n"
        "Minh Hà\n"
        "16/12/2024 20:10\n"
        "Năm 2024, các tỉnh trong cụm đã phối hợp tổ chức nhiều hoạt động hỗ trợ hội viên phát triển sản xuất."
    )
    assert extract_text(text)["event_date"] == "2024-12-15"


def test_a_title_dated_in_full_gives_the_year_of_the_leads_day_and_month():
    # "... (20/5/2023)" at the end of the title; the lead says "Trong 2 ngày (19 và 20/5)" with no year
    text = (
        "Bệnh viện Trung ương ký kết hợp tác chuyên môn với hai tỉnh miền Trung (20/5/2023)\n"
        "Trong 2 ngày (19 và 20/5), Bệnh viện Trung ương đã làm việc và ký kết thỏa thuận hợp tác chuyên môn với "
        "Ủy ban nhân dân tỉnh Quảng Bình và Ủy ban nhân dân tỉnh Quảng Trị."
    )
    assert extract_text(text)["event_date"] == "2023-05-19"


def test_a_page_filed_under_a_month_in_its_address_is_dated_to_that_month():
    # "/202104/": the site files the page under its month; the text names no day, only the program's period
    text = (
        "Ủy ban nhân dân tỉnh và Hội Cựu chiến binh tỉnh vừa ban hành Quy chế phối hợp giai đoạn 2021-2025 nhằm "
        "nâng cao hiệu quả công tác chăm lo cho hội viên trên địa bàn tỉnh."
    )
    record = extract_text(text, url="https://baotinh.vn/channel/101/202104/quy-che-phoi-hop-cuu-chien-binh-12345/")
    assert record["event_date"] == "2021-04"
