"""Classes of real reporting the extractor missed in the twenty-first round (emulation clusters and blocs), each
reproduced in sentences of our own and run through the whole article pipeline."""

from __future__ import annotations

from tests.extraction import extract_text


def test_a_caption_of_a_clusters_members_signing_a_bare_pledge_is_a_meeting():
    # the page's title was not kept: a photo's caption stands first, and "giao ước" is not followed by "thi đua"
    text = (
        "Ban Giám đốc Công an tỉnh dự và chứng kiến 7 đơn vị trong Cụm thi đua số 5 ký giao ước\n"
        "Ngày 21/2/2022, Cụm thi đua số 5 Công an các huyện tổ chức hội nghị triển khai phong trào thi đua năm "
        "2022, biểu dương tập thể, cá nhân tiêu biểu của năm 2021.\n"
        "Cụm thi đua số 5 gồm Công an 7 huyện phía Tây của tỉnh, do Công an huyện Mường Lát làm Cụm trưởng."
    )
    line = extract_text(text)
    assert line["is_event"] is True
    assert line["event_type"] == "meeting"


def test_members_of_a_cluster_signing_their_pledge_deep_in_an_untitled_excerpt_is_a_meeting():
    # an excerpt that starts mid-article, its address telling a signing; the report's sentence names the cluster
    text = (
        "Bám sát chủ đề năm “Kỷ luật, chủ động, hiệu quả”, các đơn vị thành viên đã bàn và thống nhất sáu nội dung "
        "thi đua trọng tâm cho năm 2021, gồm giữ vững an ninh chính trị, trật tự xã hội trên từng địa bàn; tấn "
        "công các loại tội phạm ma túy, buôn lậu, tín dụng đen; xây dựng lực lượng trong sạch, vững mạnh.\n"
        "Trong khuôn khổ hội nghị, đại diện lãnh đạo Công an năm tỉnh thuộc Cụm thi đua số III đã cùng ký kết giao "
        "ước hưởng ứng phong trào “Vì an ninh Tổ quốc” năm 2021."
    )
    url = "https://congan.example.vn/tin/ky-ket-giao-uoc-thuc-hien-phong-trao-thi-dua-nam-2021-1234.html"
    line = extract_text(text, url)  # the address's words stand in for the missing title
    assert line["is_event"] is True
    assert line["event_type"] == "meeting"


def test_a_pledge_signed_between_a_district_front_and_its_communes_stays_an_agreement():
    # no cluster holds it: the bodies sign it with each other (the labels of every such page)
    text = (
        "Giao ước thi đua của Mặt trận huyện năm 2023\n"
        "Sáng 10/2/2023, tại hội trường huyện, Ủy ban MTTQ Việt Nam huyện Krông Pắc và Ủy ban MTTQ Việt Nam 16 xã, "
        "thị trấn đã ký kết giao ước thi đua năm 2023."
    )
    line = extract_text(text)
    assert line["is_event"] is True
    assert line["event_type"] == "agreement"


def test_a_prison_signing_with_a_provincial_body_is_central():
    # prisons are the Ministry of Public Security's (or Defence's), wherever they stand; detention camps are the
    # province's police's
    text = (
        "Trại giam Đồng Sơn và Tỉnh đoàn Quảng Bình ký kết chương trình phối hợp giáo dục phạm nhân\n"
        "Ngày 8/5/2024, Trại giam Đồng Sơn và Tỉnh đoàn Quảng Bình ký kết chương trình phối hợp tuyên truyền, giáo "
        "dục, cảm hóa phạm nhân trẻ giai đoạn 2024 - 2027."
    )
    line = extract_text(text)
    assert line["level"] == "central"
    assert line["province"] == "Quảng Bình"


def test_a_detention_camp_of_a_provinces_police_stays_provincial():
    text = (
        "Trại tạm giam Công an tỉnh Quảng Bình và Tỉnh đoàn ký kết chương trình phối hợp\n"
        "Ngày 9/5/2024, Trại tạm giam Công an tỉnh Quảng Bình và Tỉnh đoàn Quảng Bình ký kết chương trình phối hợp "
        "giai đoạn 2024 - 2027."
    )
    assert extract_text(text)["level"] == "province"


def test_a_national_telecoms_corporation_signing_with_a_province_is_central():
    text = (
        "MobiFone và Công an tỉnh Sơn La hợp tác chuyển đổi số\n"
        "Sáng 3/10/2025, Tổng công ty Viễn thông MobiFone và Công an tỉnh Sơn La ký kết thỏa thuận hợp tác về chuyển "
        "đổi số, bảo đảm an ninh mạng giai đoạn 2025 - 2030."
    )
    line = extract_text(text)
    assert line["level"] == "central"
    assert line["province"] == "Sơn La"


def test_a_programs_horizon_never_dates_the_signing():
    # a lead without a title, its only "năm" a horizon: the day and month have no year (DOMAIN.md), and the date
    # stays unknown rather than in 2030, which would also move the bodies into the merged province
    text = (
        "Chiều 14/9, Hội Khuyến học tỉnh Bình Định cùng Bộ Chỉ huy Quân sự tỉnh và Công an tỉnh ký kết chương trình "
        "phối hợp xây dựng xã hội học tập trong lực lượng vũ trang giai đoạn 2024-2027, định hướng đến năm 2030.\n"
        "Theo chương trình, ba đơn vị cùng tuyên truyền, vận động cán bộ, chiến sĩ tham gia học tập suốt đời."
    )
    line = extract_text(text)
    assert line["event_date"] is None
    assert line["province"] == "Bình Định"


def test_a_programs_end_stands_when_the_signing_has_no_year():
    text = (
        "Ký kết chương trình phối hợp tìm kiếm, quy tập hài cốt liệt sĩ từ nay đến năm 2030\n"
        "Sáng 12/4, Ban Chỉ huy Quân sự tỉnh và Ủy ban MTTQ tỉnh Yên Bái ký kết chương trình phối hợp vận động nhân "
        "dân cung cấp thông tin về mộ liệt sĩ."
    )
    line = extract_text(text)
    assert line["event_date"] is None
    assert (line["period_start"], line["period_end"]) == (None, 2030)


def test_a_december_review_under_its_own_days_stamp_keeps_that_year():
    # the page's stamp is the review's own day; the year before is named only as a comparison
    text = (
        "Khối thi đua các sở kinh tế: một năm thi đua sôi nổi\n"
        "16/12/2022 18:36\n"
        "Sáng 16/12, tại hội trường Sở Tài chính, 9 sở thuộc Khối thi đua kinh tế tỉnh Nam Định họp bình xét, tổng "
        "kết công tác thi đua của năm 2022.\n"
        "Nhiều chỉ tiêu của các thành viên tăng khá so với năm 2021."
    )
    assert extract_text(text)["event_date"] == "2022-12-16"


def test_a_late_year_review_with_nothing_dating_the_page_is_in_the_year_it_reviews():
    # an aggregator's copy: no stamp, no dated address; the review names its year and the next year's plan
    text = (
        "Hội Cựu giáo chức các tỉnh duyên hải nâng cao hiệu quả hoạt động\n"
        "Hội nghị của Cụm là dịp các hội chia sẻ kinh nghiệm, cách làm mới trong chăm lo hội viên.\n"
        "Ngày 26/11 tại Quảng Ngãi, Cụm thi đua số 4 gồm 9 Hội Cựu giáo chức các tỉnh duyên hải miền Trung tổ chức "
        "hội nghị tổng kết hoạt động của Cụm năm 2021, bàn phương hướng, nhiệm vụ năm 2022."
    )
    assert extract_text(text)["event_date"] == "2021-11-26"


def test_the_year_a_report_covers_is_not_the_meetings_day():
    # an emulation year of the courts runs from October to September; the review meeting is told after it
    text = (
        "Tổng kết thi đua năm 2024 của Cụm thi đua số II Viện kiểm sát\n"
        "Từ ngày 01/12/2023 đến ngày 30/11/2024, Viện kiểm sát hai cấp của 5 tỉnh trong Cụm đã thụ lý, giải quyết "
        "hơn 9.000 tin báo về tội phạm.\n"
        "Hội nghị tổng kết của Cụm được tổ chức tại Nam Định ngày 5/12/2024, các đơn vị ký giao ước thi đua năm 2025."
    )
    assert extract_text(text)["event_date"] == "2024-12-05"


def test_a_two_day_meeting_written_as_a_span_keeps_its_first_day():
    text = (
        "Giao ban công tác phối hợp giữa Công an và Viện kiểm sát hai tỉnh\n"
        "Từ ngày 14/3/2024 đến ngày 15/3/2024, Công an và Viện kiểm sát hai tỉnh Ninh Bình, Nam Định tổ chức hội nghị "
        "giao ban công tác phối hợp quý I năm 2024."
    )
    assert extract_text(text)["event_date"] == "2024-03-14"


def test_the_year_of_a_pledge_signed_after_a_review_is_not_the_year_reviewed():
    # a site clock late in the pledge's own year; the review names no year, the pledge does, the text the year before
    text = (
        "Thứ Ba, 30/12/2025\n"
        "Khối thi đua các sở văn hóa - xã hội ký giao ước thi đua\n"
        "Chiều 20/12, Khối thi đua các sở văn hóa - xã hội tỉnh Hà Nam tổ chức hội nghị tổng kết công tác thi đua và "
        "ký kết giao ước thi đua năm 2025.\n"
        "Năm 2024, các thành viên của Khối đều hoàn thành tốt nhiệm vụ."
    )
    assert extract_text(text)["event_date"] == "2024-12-20"


def test_a_posting_line_with_its_poster_and_views_is_the_pages_stamp():
    # the title stands first, then the line that tells who posted it, when and how often it was read; the event's
    # day is the lead's, a month before the posting
    text = (
        "Phường Hòa Minh và Đồn Công an sơ kết quy chế phối hợp năm 2023\n"
        "Người đăng tin: Quản trị Ngày đăng tin: 19/07/2023 Lượt xem: 87\n"
        "Sáng ngày 16/6/2023, UBND phường Hòa Minh và Công an phường tổ chức sơ kết quy chế phối hợp bảo đảm an "
        "ninh trật tự 6 tháng đầu năm 2023."
    )
    assert extract_text(text)["event_date"] == "2023-06-16"


def test_a_committee_of_the_peoples_council_is_a_party_of_its_own():
    # the council's ethnic affairs committee beside the province's ethnic affairs board: two bodies, not the board
    # and the council
    text = (
        "Ban Dân tộc tỉnh và Ban Dân tộc HĐND tỉnh Điện Biên triển khai nội dung phối hợp năm 2024\n"
        "Sáng 6/3/2024, Ban Dân tộc tỉnh và Ban Dân tộc HĐND tỉnh Điện Biên tổ chức hội nghị đánh giá công tác phối "
        "hợp năm 2023, triển khai các nội dung phối hợp năm 2024."
    )
    assert extract_text(text)["parties"] == ["Ban Dân tộc tỉnh Điện Biên", "Ban Dân tộc HĐND tỉnh Điện Biên"]


def test_the_councils_legal_committee_is_named_with_its_committee():
    text = (
        "Sở Tư pháp và Ban Pháp chế HĐND tỉnh Sơn La ký kết quy chế phối hợp\n"
        "Chiều 9/5/2023, Sở Tư pháp và Ban Pháp chế HĐND tỉnh Sơn La ký kết quy chế phối hợp trong công tác xây "
        "dựng, kiểm tra văn bản quy phạm pháp luật."
    )
    assert "Ban Pháp chế HĐND tỉnh Sơn La" in extract_text(text)["parties"]


def test_the_elderly_association_written_short_is_a_party():
    text = (
        "Hội NCT tỉnh Hà Nam và Sở Y tế: chăm sóc sức khỏe người cao tuổi\n"
        "Sáng 14/6/2023, Hội NCT tỉnh Hà Nam và Sở Y tế tổ chức hội nghị ký kết chương trình phối hợp chăm sóc sức "
        "khỏe cho NCT giai đoạn 2023 - 2026."
    )
    assert "Hội NCT tỉnh Hà Nam" in extract_text(text)["parties"]


def test_a_short_dated_sapo_above_a_caption_taken_for_the_title_is_the_report():
    # no headline kept: a one-sentence sapo that tells the day, then a photo's caption the page stage takes for the
    # title; the sapo is the article's, not chrome, so its day dates the signing
    text = (
        " date 2023-04 Đó là hai trong các nội dung phối hợp giữa Hội Nông dân Việt Nam và Bộ Tư pháp vừa ký kết "
        "vào sáng 12.4.\n"
        "Chủ tịch Hội Nông dân Việt Nam và Bộ trưởng Bộ Tư pháp ký kết chương trình phối hợp giữa hai cơ quan\n"
        "Theo báo cáo của Hội Nông dân Việt Nam, qua 5 năm thực hiện chương trình phối hợp trước, hai bên đã tổ chức "
        "hàng nghìn buổi tuyên truyền pháp luật cho nông dân."
    )
    assert extract_text(text)["event_date"] == "2023-04-12"


def test_the_city_of_hue_before_2025_is_a_district_level_city():
    # Thừa Thiên Huế was a province until 2025: a body of its "thành phố", written bare, is its city's, a district's
    text = (
        "Mặt trận thành phố Huế ký giao ước thi đua với các phường năm 2023\n"
        "Sáng 15/02/2023, Ủy ban MTTQ Việt Nam thành phố tổ chức hội nghị ký kết giao ước thi đua năm 2023 với Ủy ban "
        "MTTQ Việt Nam 27 phường, xã."
    )
    line = extract_text(text)
    assert line["province"] == "Thừa Thiên Huế"
    assert line["level"] == "district"
