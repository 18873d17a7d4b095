"""Classes of real reporting the extractor misread on a fresh batch of real articles (issue 11, session 27, round
3: period, cluster, date), each written in sentences of our own and run through the whole pipeline."""

from __future__ import annotations

from tests.extraction import extract_text


def test_a_laws_year_is_never_the_period_of_the_regulation_signed():
    # "Bộ luật ... năm 2015 (sửa đổi, bổ sung năm 2021)", "Luật ... năm 2014": the year a law was passed or amended,
    # not the years the regulation signed to carry it out runs for, nor the year it was signed
    text = (
        "Quy chế giúp thi hành tốt Luật Xử lý vi phạm hành chính năm 2012 (sửa đổi, bổ sung năm 2020) và "
        "tăng cường phối hợp liên ngành.\n"
        "Sáng nay, Công an huyện Mỹ Đức và Viện kiểm sát nhân dân huyện Mỹ Đức đã ký kết Quy chế phối hợp trong "
        "công tác xử lý vi phạm hành chính trên địa bàn huyện.\n"
    )
    line = extract_text(text, url="https://baophapluat.example.vn/quy-che-phoi-hop-xu-ly-vi-pham-4321.html")
    assert line["event_type"] == "agreement"
    assert (line["period_start"], line["period_end"]) == (None, None)
    assert line["event_date"] is None  # nor the year the event took place: the excerpt gives none


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


def test_a_clusters_number_may_follow_its_networks_field():
    # "Cụm khuyến học số 6", "Cụm thi đua khuyến học số 4": the network's field between "cụm" and its number; a kind
    # of place so numbered ("cụm công nghiệp số 2") is no cluster of bodies
    text = (
        "Giao ban Hội Khuyến học các tỉnh Bắc Trung Bộ\n"
        "Ngày 10/12/2023, tại thành phố Đồng Hới, Hội Khuyến học tỉnh Quảng Bình tổ chức hội nghị giao ban Cụm "
        "khuyến học số 3 năm 2023, với sự tham dự của Hội Khuyến học các tỉnh Thanh Hóa, Nghệ An, Hà Tĩnh, Quảng "
        "Trị và Thừa Thiên Huế.\n"
    )
    line = extract_text(text, url="https://baoquangbinh.example.vn/giao-ban-khuyen-hoc-231210.html")
    assert line["event_type"] == "meeting"
    assert (line["cluster"] or "").lower() == "cụm khuyến học số 3"
    text = (
        "Ký kết phối hợp bảo vệ môi trường\n"
        "Ngày 5/3/2024, tại cụm công nghiệp số 2, UBND huyện Hải Hậu và Công an huyện Hải Hậu ký kết quy chế "
        "phối hợp bảo vệ môi trường.\n"
    )
    assert extract_text(text, url="https://baonamdinh.example.vn/ky-ket-240305.html")["cluster"] is None


def test_a_venue_written_as_a_bare_city_name_places_the_event():
    # "tại Nha Trang", "tại Đà Lạt": a provincial city named as its people name it, with no "thành phố" before it,
    # is where the event is held; the neighbouring provinces named after it are the area the talks cover
    text = (
        "Phối hợp giữ vững an ninh vùng giáp ranh\n"
        "Ngày 14-3, tại Quy Nhơn, Bộ Chỉ huy Quân sự tỉnh tổ chức hội nghị trao đổi thông tin, phối hợp nắm tình "
        "hình an ninh trên địa bàn tỉnh và vùng giáp ranh các tỉnh Quảng Ngãi, Gia Lai, Phú Yên.\n"
    )
    line = extract_text(text, url="https://tintuc.example.vn/phoi-hop-giu-vung-an-ninh-vung-giap-ranh-5521.html")
    assert line["is_event"] is True
    assert line["province"] == "Bình Định"


def test_an_outlets_address_printed_alone_above_the_report_is_no_lead():
    # "baokontum.com.vn" on a line of its own under the title and a view counter (the outlet as a byline), then the
    # posting stamp: the report below them is the lead, and the year it gives the program signed is the period
    text = (
        "Hai địa phương chung tay phát triển du lịch\n\n37\n\nbaoninhbinh.com.vn\n\n12/05/2023 09:15\n\n"
        "Sáng 12/5, Sở Du lịch tỉnh Ninh Bình và Sở Văn hóa, Thể thao và Du lịch tỉnh Thanh Hóa ký kết chương trình "
        "hợp tác phát triển du lịch năm 2023.\n\nQuang cảnh lễ ký kết.\n\n"
        "Theo đó, hai bên phối hợp quảng bá, xúc tiến du lịch và xây dựng sản phẩm du lịch liên kết giữa hai tỉnh.\n"
    )
    line = extract_text(text, url="https://tintuc.example.vn/hai-dia-phuong-chung-tay-5521.html")
    assert line["event_type"] == "agreement"
    assert (line["period_start"], line["period_end"]) == (2023, 2023)


def test_provinces_bodies_signing_as_joint_subjects_in_a_national_paper_have_no_host():
    # "Ban chỉ đạo 389 các tỉnh: A, B, C và D đã ký kết ...", no venue, no chair, reported by a national paper:
    # nothing says which of them hosts (as an aggregator's page), not the first one listed
    text = (
        "Phối hợp liên tỉnh chống buôn lậu\n"
        "Chiều 3/3, Ban chỉ đạo 389 các tỉnh: Nghệ An, Hà Tĩnh, Quảng Bình và Quảng Trị đã ký kết Quy chế phối hợp "
        "trong công tác đấu tranh chống buôn lậu, gian lận thương mại và hàng giả.\n"
    )
    line = extract_text(text, url="https://nhandan.vn/phoi-hop-lien-tinh-chong-buon-lau-post812345.html")
    assert line["level"] == "inter-provincial"
    assert line["province"] is None
    assert set(line["provinces_involved"]) == {"Nghệ An", "Hà Tĩnh", "Quảng Bình", "Quảng Trị"}


def test_an_anniversarys_span_gives_the_year_a_day_and_month_lack():
    # "kỷ niệm 80 năm Ngày thành lập ... (19/8/1945 - 19/8/2025)": the span ends in the year celebrated, the year
    # of the "Sáng 20/8" the report opens with when nothing else gives one
    text = (
        "Gặp mặt truyền thống và ký kết phối hợp\n"
        "Sáng 20/8, tại hội trường Công an huyện Cái Bè, Đoàn Thanh niên Công an tỉnh và Huyện đoàn Cái Bè tổ chức "
        "buổi gặp mặt nhân kỷ niệm 80 năm ngày ngành Công an ra đời (19/8/1945 - 19/8/2025), rồi ký kết "
        "kế hoạch cùng hoạt động.\n"
    )
    line = extract_text(text, url="https://congan.tiengiang.example.gov.vn/chi-tiet-tin/?/gap-mat/4812")
    assert line["event_date"] == "2025-08-20"
