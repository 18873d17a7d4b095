"""Classes of real reporting the extractor misread (issue 11, session 26: period, level, province, topic), each
written in sentences of our own and run through the whole article pipeline, as `phoihop extract` runs it."""

from __future__ import annotations

from tests.extraction import extract_text


def test_the_year_a_review_looks_back_on_is_no_period_though_the_lead_mentions_what_was_signed():
    # FRESH_S23.md ruling 5: an annual meeting's year under review is never a period, also when its lead speaks of
    # the pledge signed earlier ("các nội dung đã ký kết"): nothing is signed for a stated year at this meeting
    line = extract_text(
        "Chiều 5/12, Hội nghị tổng kết hoạt động cụm thi đua năm 2023 của Cụm thi đua Hội Cựu chiến binh các tỉnh "
        "Bắc Trung Bộ đã diễn ra tại tỉnh Nghệ An. Các hội trong cụm đã hoàn thành tốt các nội dung đã ký kết "
        "giao ước thi đua đầu năm.\n"
        "Hội nghị đã bình chọn đơn vị dẫn đầu cụm."
    )
    assert (line["period_start"], line["period_end"]) == (None, None)
    # the pledge signed at the meeting for the year written after the signing is still its period
    line = extract_text(
        "Chiều 5/12, Cụm thi đua Hội Cựu chiến binh các tỉnh Bắc Trung Bộ tổ chức hội nghị tổng kết công tác thi "
        "đua và ký kết giao ước thi đua năm 2024 tại tỉnh Nghệ An."
    )
    assert (line["period_start"], line["period_end"]) == (2024, 2024)
