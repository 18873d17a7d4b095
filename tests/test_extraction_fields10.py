"""Classes of real reporting the extractor misread on a fresh batch of real articles (issue 11, session 27, round
3: period, cluster, date), each written in sentences of our own and run through the whole pipeline."""

from __future__ import annotations

from tests.extraction import extract_text


def test_a_laws_year_is_never_the_period_of_the_regulation_signed():
    # "Bộ luật ... năm 2015 (sửa đổi, bổ sung năm 2021)", "Luật ... năm 2014": the year a law was passed or amended,
    # not the years the regulation signed to carry it out runs for
    text = (
        "Quy chế giúp thi hành tốt Luật Xử lý vi phạm hành chính năm 2012 (sửa đổi, bổ sung năm 2020) và "
        "tăng cường phối hợp liên ngành.\n"
        "Sáng nay, Công an huyện Mỹ Đức và Viện kiểm sát nhân dân huyện Mỹ Đức đã ký kết Quy chế phối hợp trong "
        "công tác xử lý vi phạm hành chính trên địa bàn huyện.\n"
    )
    line = extract_text(text, url="https://baophapluat.example.vn/quy-che-phoi-hop-xu-ly-vi-pham-4321.html")
    assert line["event_type"] == "agreement"
    assert (line["period_start"], line["period_end"]) == (None, None)


def test_a_yearly_cooperation_signed_names_its_year_after_hop_tac():
    # "ký kết hợp tác truyền thông năm 2026" (a caption under a lead with no year): the cooperation's own year,
    # as "ký kết chương trình phối hợp năm 2026" is
    text = (
        "Sáng 12.1, Sở Văn hóa, Thể thao và Du lịch tỉnh Gia Lai tổ chức hội nghị ký kết thỏa thuận với 15 cơ quan "
        "báo chí thường trú trên địa bàn tỉnh.\n"
        "Sở Văn hóa, Thể thao và Du lịch ký kết hợp tác quảng bá du lịch năm 2026 với các cơ quan báo chí\n"
        "Tham dự hội nghị có lãnh đạo Ban Tuyên giáo và Dân vận Tỉnh ủy cùng đại diện các cơ quan báo chí.\n"
    )
    line = extract_text(text, url="https://baogialai.example.vn/ky-ket-hop-tac-quang-ba-du-lich-260112.html")
    assert line["event_type"] == "agreement"
    assert (line["period_start"], line["period_end"]) == (2026, 2026)
