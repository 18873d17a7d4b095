"""Classes of real reporting the extractor misread on a fresh batch of real articles (issue 11, session 27, round
2: event detection, level, period), each written in sentences of our own and run through the whole pipeline."""

from __future__ import annotations

from tests.extraction import extract_text


def test_a_clusters_members_named_by_their_kind_before_it_give_its_level():
    # "Ban Dân vận các huyện trong cụm", "Công an các xã thuộc Cụm số 4": the members are districts' (communes')
    # bodies, so the cluster is a district (commune) one, not a cluster of provinces
    text = (
        "GIAO BAN CÔNG TÁC MẶT TRẬN CỤM THI ĐUA SỐ 3\n"
        "Quang cảnh hội nghị.\n"
        "Sáu tháng đầu năm, Ủy ban Mặt trận Tổ quốc các huyện trong cụm thi đua số 3 đã phối hợp chặt chẽ với "
        "chính quyền cùng cấp, vận động nhân dân tham gia xây dựng nông thôn mới và giữ gìn an ninh trật tự. "
        "Tại hội nghị giao ban, các đơn vị trong cụm đã trao đổi kinh nghiệm và thống nhất nhiệm vụ thời gian tới."
    )
    line = extract_text(text, url="https://baoyenbai.example.vn/giao-ban-cum-thi-dua-so-3-1234.html")
    assert line["is_event"] is True
    assert line["level"] == "district"
    text = text.replace("các huyện trong", "các xã thuộc")
    assert extract_text(text, url="https://baoyenbai.example.vn/giao-ban-cum-thi-dua-so-3-1234.html")["level"] == (
        "commune"
    )


def test_a_signing_told_after_photo_captions_in_an_excerpt_that_starts_mid_article():
    # the excerpt opens on the guests, two captions each printed twice stand between, then the units sign: short
    # lines do not use up the paragraphs read as the lead
    text = (
        "Dự buổi lễ có đồng chí Bí thư Đảng ủy xã, Chủ tịch Ủy ban nhân dân xã cùng lãnh đạo Công an xã, Ban Chỉ "
        "huy Quân sự xã và Đồn Biên phòng Bản Lầu.\n"
        "Tại buổi lễ, các đơn vị đã báo cáo tham luận về sự cần thiết của việc trao đổi thông tin về an ninh, "
        "quốc phòng trên tuyến biên giới và kinh nghiệm nắm tình hình ở các thôn bản.\n"
        "Đại biểu phát biểu tại buổi lễ\n"
        "Đại biểu phát biểu tại buổi lễ\n"
        "Toàn cảnh buổi lễ\n"
        "Toàn cảnh buổi lễ\n"
        "Tại buổi lễ, đại diện ba đơn vị đã ký kết Quy chế phối hợp trong công tác bảo đảm an ninh biên giới, "
        "tuần tra kiểm soát, trao đổi thông tin và phòng chống buôn lậu trên địa bàn xã.\n"
    )
    line = extract_text(text, url="https://congan.laocai.example.gov.vn/Pages/newsdetail.aspx?NewsId=77")
    assert line["is_event"] is True
    assert line["event_type"] == "agreement"


def test_a_caption_further_down_an_analysis_is_not_its_event():
    # the paragraphs read past the short lines are only those written as sentences: a photo's caption naming a
    # cluster's briefing, deep in an article about staffing, does not make the article report it
    text = (
        "Bộ máy ban tuyên giáo các địa phương\n"
        "Chi tiết bài viết\n"
        "Tin tức\n"
        "Bài 1: Những vấn đề đặt ra\n"
        "Bộ máy ban tuyên giáo các địa phương\n"
        "Sau đại hội đảng bộ các cấp, đội ngũ cán bộ làm công tác tuyên giáo ở nhiều địa phương có sự thay đổi, "
        "cơ cấu tổ chức và chế độ làm việc của ban tuyên giáo cấp tỉnh và cấp huyện chưa thật sự đồng bộ.\n"
        "Hội nghị giao ban công tác tuyên giáo cụm các tỉnh Tây Nguyên do Ban Tuyên giáo Trung ương phối hợp tổ "
        "chức với các tỉnh ủy trong cụm vào cuối năm trước tại thành phố Buôn Ma Thuột\n"
        "Hiện nay, số lượng cán bộ ở các ban tuyên giáo cấp tỉnh đạt khoảng chín phần mười chỉ tiêu được giao, "
        "nhiều nơi còn thiếu người có kinh nghiệm ở các lĩnh vực lý luận, báo chí và văn hóa văn nghệ.\n"
    )
    assert extract_text(text)["is_event"] is False


def test_a_numbered_plan_cited_as_the_meetings_ground_is_no_announcement():
    # "Thực hiện Kế hoạch số ...; Công văn số ... thông báo kế hoạch tổ chức Hội nghị sơ kết ..., ngày
    # 5/7, Cụm ... tổ chức Hội nghị": the plan words are the cited document's subject, the meeting took place
    text = (
        "Cụm thi đua Tư pháp các tỉnh Tây Bắc sơ kết 6 tháng đầu năm\n"
        "Thực hiện Kế hoạch số 12/KH-CTĐ ngày 10/02/2019 của Cụm; Công văn số 45/CTĐ ngày 20/6/2019 "
        "thông báo kế hoạch tổ chức Hội nghị sơ kết giữa năm, ngày 5/7/2019, tại thành phố Sơn La, Cụm thi đua "
        "Tư pháp các tỉnh Tây Bắc tổ chức Hội nghị nhìn lại nửa đầu năm 2019 về thi đua, khen thưởng.\n"
    )
    line = extract_text(text)
    assert line["is_event"] is True
    assert line["event_type"] == "meeting"
    # an announcement stays one
    text = text.replace(
        "Thực hiện Kế hoạch số 12/KH-CTĐ ngày 10/02/2019 của Cụm; Công văn số 45/CTĐ ngày 20/6/2019 "
        "thông báo kế hoạch tổ chức Hội nghị sơ kết giữa năm, ngày 5/7/2019",
        "Dự kiến ngày 5/7/2019",
    )
    assert extract_text(text)["is_event"] is False


def test_a_conference_held_to_carry_out_a_cooperation_of_partners_is_a_meeting():
    # "tổ chức Hội nghị với chủ đề ... nhằm triển khai chương trình liên kết hợp tác", "hội nghị thảo luận, thống
    # nhất kế hoạch triển khai thỏa thuận hợp tác": the partners meet about their cooperation
    text = (
        "Gắn kết du lịch miền Tây\n"
        "Ngày 12/4/2024, Ủy ban nhân dân tỉnh Bạc Liêu phối hợp Ủy ban nhân dân tỉnh Cà Mau tổ chức Hội nghị với chủ "
        "đề “Kết nối điểm đến” nhằm triển khai chương trình hợp tác, liên kết phát triển du lịch giữa hai tỉnh năm "
        "2024.\n"
    )
    line = extract_text(text)
    assert line["is_event"] is True
    assert line["event_type"] == "meeting"
    # one that passes on a body's own regulation is not (a conference disseminating a quy chế)
    text = (
        "Quán triệt quy chế phối hợp\n"
        "Ngày 12/4/2024, Trường THPT Tân Phú phối hợp Công an huyện tổ chức Hội nghị triển khai thực hiện quy chế "
        "phối hợp bảo đảm an ninh trật tự trường học và ra mắt mô hình trường học an toàn.\n"
    )
    assert extract_text(text)["is_event"] is False


def test_the_dated_report_after_related_headlines_is_the_lead():
    # a teaser, the headlines of related articles, then the dated report: the report says who holds the meeting
    text = (
        "Kết nối du lịch đường sông\n"
        "Hai địa phương hợp tác công bố các tuyến du lịch đường sông mới....\n"
        "Kinh nghiệm du lịch Côn Đảo cho người đi lần đầu\n"
        "Top 10 món ăn đường phố nên thử khi đến Đà Lạt\n"
        "Lịch trình ba ngày khám phá Phú Quốc cho gia đình\n"
        "Ngày 28/3/2025, Ủy ban nhân dân tỉnh Trà Vinh phối hợp Ủy ban nhân dân tỉnh Vĩnh Long tổ chức Hội nghị "
        "nhằm triển khai chương trình hợp tác, liên kết phát triển du lịch giữa hai tỉnh năm 2025.\n"
    )
    line = extract_text(text, url="https://tapchi.example.vn/ket-noi-du-lich-duong-song-d123.html")
    assert line["is_event"] is True
    assert line["province"] == "Trà Vinh"
    assert line["level"] == "inter-provincial"
    assert line["event_date"] == "2025-03-28"  # the report's day, under the stack of headlines


def test_a_pledge_signed_as_ky_ket_thi_dua_is_a_meeting_with_the_launched_years_period():
    # "phát động thi đua ... năm 2021" in the lead, "bản ký kết thi đua" below: the units sign the year's pledge,
    # a meeting (DOMAIN.md) whose period is that year (ruling 5)
    text = (
        "Mặt trận huyện Long Mỹ chia cụm thi đua\n"
        "Ngày đăng: 12.03.2021\n"
        "Ngày 10/3/2021, Mặt trận Tổ quốc huyện Long Mỹ tổ chức hội nghị triển khai việc chia cụm, phát động thi "
        "đua năm 2021 cho các xã, thị trấn.\n"
        "Quang cảnh hội nghị\n"
        "Các chỉ tiêu trong bản ký kết thi đua bám theo chương trình hành động của Mặt trận.\n"
    )
    line = extract_text(text)
    assert line["is_event"] is True
    assert line["event_type"] == "meeting"
    assert (line["period_start"], line["period_end"]) == (2021, 2021)
    # the posting stamp "Ngày đăng: 12.03.2021" is when it was posted, not the day of the meeting
    assert line["event_date"] == "2021-03-10"


def test_a_team_voted_best_is_a_result_not_a_rating_meeting():
    # "được bình chọn là ..." tells a result of a show; "bình chọn" counts as a cluster rating its members only
    # when someone rates
    text = (
        "Giao lưu chi hội trưởng phụ nữ tiêu biểu\n"
        "Hội Liên hiệp Phụ nữ các tỉnh miền Tây tổ chức chương trình giao lưu cho mười ba đội chi hội trưởng "
        "phụ nữ.\n"
        "Mỗi đội kể về quê mình và diễn tiểu phẩm vui về việc làm hội ở nông thôn.\n"
        "Ba đội Bến Tre, Trà Vinh và Vĩnh Long đã được bình chọn là những đội hay nhất buổi giao lưu.\n"
    )
    assert extract_text(text)["is_event"] is False


def test_a_program_named_as_the_signings_ground_gives_no_period():
    # "trên cơ sở thỏa thuận hợp tác giữa tỉnh A và thành phố B giai đoạn 2019 - 2025": the provinces' agreement the
    # two stations' program stands on, not the program they sign, whose period the text does not give
    text = (
        "Hai đài phát thanh hợp tác sản xuất chương trình\n"
        "Chiều 14/6/2019, tại Đài Phát thanh và Truyền hình Hà Tĩnh đã diễn ra hội nghị ký kết chương trình hợp tác "
        "giữa Đài Phát thanh và Truyền hình Hà Tĩnh và Đài Phát thanh và Truyền hình Cần Thơ.\n"
        "Dự hội nghị có lãnh đạo hai đài cùng các phòng chuyên môn của hai đơn vị.\n"
        "Toàn cảnh hội nghị.\n"
        "Theo nội dung ký kết, hai đài sẽ trao đổi tin bài, phối hợp sản xuất các chương trình phát thanh về "
        "nông nghiệp và du lịch của hai địa phương.\n"
        "Bên cạnh hợp tác giữa hai đơn vị, trên cơ sở thỏa thuận hợp tác giữa tỉnh Hà Tĩnh và thành phố Cần Thơ "
        "giai đoạn 2019 - 2025, hai đài sẽ vận động doanh nghiệp tài trợ các chương trình chung.\n"
    )
    line = extract_text(text)
    assert line["event_type"] == "agreement"
    assert (line["period_start"], line["period_end"]) == (None, None)


def test_co_chairs_of_two_provinces_the_one_named_first_hosts():
    # an online meeting co-chaired by leaders of two provinces, no venue: the one named first hosts
    text = (
        "Nhóm hợp tác du lịch họp trực tuyến\n"
        "Ngày 5/8/2021, đồng chí Nguyễn Văn A, Phó Chủ tịch Ủy ban nhân dân thành phố Đà Nẵng và đồng chí Trần Văn "
        "B, Phó Chủ tịch Ủy ban nhân dân tỉnh Gia Lai đã đồng chủ trì Hội nghị trực tuyến của nhóm hợp tác phát triển "
        "du lịch giữa thành phố Đà Nẵng và các tỉnh Gia Lai, Kon Tum, Đắk Lắk.\n"
    )
    line = extract_text(text)
    assert line["level"] == "inter-provincial"
    assert line["province"] == "Đà Nẵng"


def test_the_body_that_has_the_others_join_it_hosts():
    # "Ủy ban nhân dân tỉnh A phối hợp Ủy ban nhân dân tỉnh B ... tổ chức Hội nghị", no venue: A organises it
    text = (
        "Liên kết du lịch ven biển\n"
        "Ngày 20/4/2024, Ủy ban nhân dân tỉnh Ninh Thuận phối hợp Ủy ban nhân dân tỉnh Khánh Hòa và các tỉnh trong "
        "khu vực tổ chức Hội nghị nhằm triển khai chương trình hợp tác, liên kết phát triển du lịch năm 2024.\n"
    )
    line = extract_text(text, url="https://tapchi.example.vn/lien-ket-du-lich-ven-bien-d77.html")
    assert line["level"] == "inter-provincial"
    assert line["province"] == "Ninh Thuận"


def test_a_central_body_convening_a_cluster_its_bracketed_members_take_part():
    # a central body's meeting of a cluster whose member provinces the lead names in brackets: those provinces take
    # part (rulings 14 and 18), no venue and a national outlet leave the host unknown
    text = (
        "Ngày 20.12, Trung ương Hội Liên hiệp Thanh niên Việt Nam tổ chức Hội nghị giao ban công tác hội năm 2025 "
        "của Cụm hoạt động số 2 (gồm các tỉnh Thái Nguyên, Tuyên Quang, Lào Cai, Phú Thọ). Chủ tịch Trung ương Hội "
        "chủ trì hội nghị.\n"
        "Báo cáo tại hội nghị cho thấy các tỉnh trong cụm đã hoàn thành và vượt nhiều chỉ tiêu đề ra trong năm.\n"
    )
    line = extract_text(text, url="https://baoquocgia.example.vn/giao-ban-cum-hoat-dong-so-2-1857.htm")
    assert line["level"] == "central"
    assert sorted(line["provinces_involved"]) == sorted(["Thái Nguyên", "Tuyên Quang", "Lào Cai", "Phú Thọ"])


def test_a_venue_ends_at_its_verb_the_bodies_after_it_keep_their_provinces():
    # "tại Đài A đã diễn ra hội nghị ký kết ... giữa Đài B (tỉnh Y) và Đài A": the venue is "Đài A", the bodies
    # signing after the verb are two provinces'
    text = (
        "Hai đài đẩy mạnh hợp tác\n"
        "Chiều 22/5/2019, tại Đài Phát thanh và Truyền hình Quảng Bình đã diễn ra hội nghị ký kết chương trình hợp "
        "tác giữa Đài Tiếng nói Nhân dân thành phố Cần Thơ (CTV) và Đài Phát thanh và Truyền hình Quảng Bình "
        "(QBTV).\n"
    )
    line = extract_text(text)
    assert line["level"] == "inter-provincial"
    assert sorted(line["provinces_involved"]) == ["Cần Thơ", "Quảng Bình"]
    assert line["province"] == "Quảng Bình"


def test_two_bodies_holding_a_review_together_review_joint_work():
    # a border post's party committee and those of the communes it works with hold a review together: joint work,
    # though the lead names no program (the post ranks as the communes it works with, ruling 16)
    text = (
        "Ngày 12.3, Đảng ủy Đồn Biên phòng Na Mèo và Đảng ủy 4 xã biên giới huyện Quan Sơn tổ chức Hội nghị sơ kết 3 "
        "năm thực hiện Chỉ thị 01 của Thủ tướng về phong trào toàn dân bảo vệ chủ quyền lãnh thổ, an "
        "ninh biên giới.\n"
        "Toàn cảnh hội nghị.\n"
        "Trong 3 năm qua, các tổ tự quản ở các thôn bản biên giới đã phát huy tốt vai trò trong việc giữ gìn an ninh "
        "trật tự, cung cấp cho bộ đội biên phòng nhiều nguồn tin có giá trị.\n"
    )
    line = extract_text(text, url="https://baothanhhoa.example.vn/an-ninh-quoc-phong/202003/so-ket-chi-thi-01-1234/")
    assert line["is_event"] is True
    assert line["event_type"] == "meeting"
    # one body's own review stays none
    text = text.replace("Đảng ủy Đồn Biên phòng Na Mèo và Đảng ủy 4 xã biên giới huyện Quan Sơn", "Huyện ủy Quan Sơn")
    assert extract_text(text)["is_event"] is False


def test_setting_clusters_up_names_no_cluster():
    # "Căn cứ Công văn ... về việc tổ chức cụm thi đua Thanh tra ngành ... và triển khai ...": the act of grouping
    # bodies into clusters, not a cluster's name; the cluster is the one the lead names after it
    text = (
        "Thanh tra Sở tổ chức Hội nghị ký kết giao ước thi đua Cụm III\n"
        "Căn cứ Công văn số 31/TTr ngày 02/3/2018 của Thanh tra Bộ Tư pháp về việc tổ chức cụm thi đua Thanh tra ngành "
        "Tư pháp và triển khai công tác thi đua năm 2018 (trong đó giao Thanh tra Sở Tư pháp tỉnh Phú Yên làm Cụm "
        "trưởng Cụm thi đua số III – 8 tỉnh Nam Trung Bộ), Thanh tra Sở tổ chức Hội nghị ký kết giao ước thi đua "
        "năm 2018 vào ngày 20/3/2018.\n"
    )
    line = extract_text(text)
    assert line["is_event"] is True
    assert line["cluster"] is not None and line["cluster"].lower().startswith("cụm thi đua số iii")


def test_a_year_joined_to_the_range_after_it_opens_the_period():
    # "kế hoạch triển khai thỏa thuận hợp tác ... năm 2023 và giai đoạn 2024-2025": one span, 2023 to 2025
    text = (
        "Hợp tác giữa thành phố và các tỉnh Tây Nguyên\n"
        "Chiều 24/8/2023, lãnh đạo Thành phố Hồ Chí Minh và các tỉnh Tây Nguyên tổ chức hội nghị tại "
        "thành phố Buôn Ma Thuột, tỉnh Đắk Lắk, bàn và chốt kế hoạch triển khai thỏa thuận hợp tác của hai bên năm 2023 và giai "
        "đoạn 2024-2025.\n"
    )
    line = extract_text(text)
    assert line["event_type"] == "meeting"
    assert (line["period_start"], line["period_end"]) == (2023, 2025)
    assert line["province"] == "Đắk Lắk"
