"""Classes of real reporting the extractor misread (issue 11, session 25: level, province, period), each written
in sentences of our own and run through the whole article pipeline, as `phoihop extract` runs it."""

from __future__ import annotations

from tests.extraction import extract_text


def test_bodies_of_provinces_listed_together_with_no_venue_are_hosted_by_the_reporting_outlets_province():
    # bodies of three provinces listed as one subject, no venue, no chair: the outlet of one of them (named by its
    # domain, registered or not) reports its own province's event, not the first province listed
    text = (
        "Ba tỉnh hiệp đồng bảo vệ biên giới\n"
        "Trong năm 2023, Bộ Chỉ huy Bộ đội Biên phòng 03 tỉnh Kon Tum, Gia Lai, Đắk Lắk đã duy trì trao đổi tình "
        "hình trên tuyến biên giới tiếp giáp.\n"
        "Tại hội nghị, lãnh đạo Bộ Chỉ huy Bộ đội Biên phòng ba tỉnh đã ký kết kế hoạch hiệp đồng bảo vệ biên giới "
        "tiếp giáp năm 2024."
    )
    line = extract_text(text, url="http://truyenhinhgialai.vn/tin-tuc/hiep-dong-bien-gioi-2024-1234.html")
    assert line["province"] == "Gia Lai"
    line = extract_text(text, url="http://truyenhinhdaklak.vn/tin-tuc/hiep-dong-bien-gioi-2024-1234.html")
    assert line["province"] == "Đắk Lắk"


def test_a_review_whose_lead_states_the_reviewed_programs_period_keeps_it_over_a_pledge_signed_below():
    # DOMAIN.md: the period is the stated period of the program reviewed; a pledge for next year signed further
    # down (by one of the bodies with its own units) is not what the meeting reviews
    line = extract_text(
        "Sáng 20/12/2024, Hội Nông dân tỉnh Phú Yên phối hợp với Sở Tư pháp tỉnh tổ chức hội nghị tổng kết công tác "
        "hội năm 2024, sơ kết 4 năm thực hiện chương trình phối hợp trợ giúp pháp lý giai đoạn 2021 - 2024.\n"
        "Trong năm 2024, các cấp hội đã tổ chức nhiều buổi tư vấn pháp luật cho hội viên.\n"
        "Tại hội nghị, Ban Thường vụ Hội Nông dân tỉnh đã ký giao ước thi đua năm 2025 với Hội Nông dân các huyện."
    )
    assert (line["period_start"], line["period_end"]) == (2021, 2024)


def test_a_border_guards_joint_plan_signed_below_a_review_has_its_year_as_period():
    # border guards write their joint plan as "kế hoạch hiệp đồng" ("hiệp đồng": the forces' word for
    # coordination), signed for a year at the meeting that reviews the last one: that year is its period
    line = extract_text(
        "Biên phòng các tỉnh giáp ranh phối hợp giữ vững biên giới\n"
        "Chiều 12-3, tại Bộ Chỉ huy Bộ đội Biên phòng tỉnh Kiên Giang, diễn ra hội nghị hiệp đồng bảo vệ biên giới "
        "năm 2025 giữa Bộ đội Biên phòng tỉnh Kiên Giang và tỉnh An Giang.\n"
        "Hai bên đã đánh giá kết quả phối hợp tuần tra năm 2024 trên tuyến biên giới tiếp giáp.\n"
        "Cuối hội nghị, lãnh đạo hai đơn vị ký kết kế hoạch hiệp đồng bảo vệ biên giới tiếp giáp năm 2025."
    )
    assert (line["period_start"], line["period_end"]) == (2025, 2025)


def test_a_central_leader_who_attends_comma_chairs_is_a_chair():
    # "đến dự, chủ trì" is "đến dự và chủ trì" with a comma: who attends and chairs is a chair (ruling 3), so the
    # cluster's meeting is central
    line = extract_text(
        "Ngày 5/12/2023, Cụm thi đua Hội Cựu chiến binh các tỉnh Tây Nguyên tổ chức hội nghị tổng kết năm 2023 tại "
        "tỉnh Đắk Lắk. Phó Chủ tịch Trung ương Hội Cựu chiến binh Việt Nam Lê Văn C đã đến dự, chủ trì hội nghị."
    )
    assert line["level"] == "central"


def test_a_clusters_members_listed_after_a_name_with_an_abbreviated_city_set_its_tier():
    # "Cụm thi đua số 2 TAND TP.HCM bao gồm: TAND khu vực 3, ...": the dot of "TP." is no sentence's end; the
    # members are courts of judicial areas, below the province, so after July 2025 the cluster's meeting is a
    # commune-tier event (DOMAIN.md: every local unit after July 2025)
    line = extract_text(
        "Tòa án các khu vực nhìn lại một năm thi đua\n"
        "Ngày 9-10-2025, Cụm thi đua số 2 họp tổng kết công tác thi đua, khen thưởng của năm 2025.\n"
        "Cụm thi đua số 2 TAND TP.HCM bao gồm: TAND khu vực 3, TAND khu vực 4 và TAND khu vực 5.\n"
        "Số vụ án được xét xử xong trong năm lên tới hàng ngàn.",
        url="https://plo.vn/cum-thi-dua-so-2-tong-ket-post123.html",
    )
    assert line["level"] == "commune"


def test_the_dated_report_under_a_summary_and_a_photos_caption_names_the_venue():
    # a summary with no day, a photo's caption, then "Chiều 14/5, tại ...": the venue is the report's, not the
    # province the summary names first
    line = extract_text(
        "Đà Nẵng hợp tác với các tỉnh Bắc Trung Bộ phát triển du lịch\n"
        "Thành phố Đà Nẵng và 4 tỉnh Bắc Trung Bộ đã ký kết và thực hiện nhiều chương trình hợp tác đạt kết quả tích "
        "cực trên lĩnh vực du lịch, thương mại.\n"
        "Toàn cảnh hội nghị tại thành phố Đồng Hới.\n"
        "Chiều 14/5, tại thành phố Đồng Hới (Quảng Bình), UBND thành phố Đà Nẵng phối hợp với 4 tỉnh Bắc Trung Bộ tổ "
        "chức hội nghị tổng kết chương trình hợp tác phát triển du lịch giai đoạn 2020-2024.\n"
    )
    assert line["province"] == "Quảng Bình"


def test_a_central_body_with_a_cluster_of_provinces_and_no_venue_is_hosted_by_the_co_chairing_members_province():
    # a central body and a cluster of provinces' bodies: still bodies of several provinces, so with no venue the
    # member whose leader co-chairs hosts, not the member whose outlet reports it
    line = extract_text(
        "Ngày 16/12/2022, được sự thống nhất của Trung ương Hội Cựu chiến binh Việt Nam, Cụm thi đua Hội Cựu chiến "
        "binh 5 thành phố trực thuộc Trung ương tổ chức hội nghị tổng kết năm 2022.\n"
        "Ông Nguyễn Văn A, Phó Chủ tịch Trung ương Hội Cựu chiến binh Việt Nam; ông Trần Văn B, Chủ tịch Hội Cựu "
        "chiến binh thành phố Hải Phòng - đồng chủ trì hội nghị. Dự hội nghị có ông Lê Văn C, Chủ tịch Hội Cựu chiến "
        "binh thành phố Cần Thơ.",
        url="https://baocantho.com.vn/tong-ket-cum-thi-dua-5-thanh-pho-a123.html",
    )
    assert line["province"] == "Hải Phòng"


def test_a_site_the_registry_does_not_know_names_a_hyphenated_province_in_its_domain():
    # an outlet never seen before: its domain writes the province's letters without spaces or hyphen
    # ("bariavungtau"); the text says only "tỉnh"
    line = extract_text(
        "Sáng 12/4/2023, Công an tỉnh và Hội Cựu chiến binh tỉnh ký kết chương trình phối hợp bảo đảm an ninh trật "
        "tự giai đoạn 2023-2028.",
        url="https://tintucbariavungtau.vn/chinh-tri/ky-ket-phoi-hop-a1234.html",
    )
    assert line["province"] == "Bà Rịa - Vũng Tàu"


def test_an_unknown_sites_domain_names_its_province_before_the_lines_kept_as_the_sites():
    # a short closing line is kept with the site's lines ("Theo Sở Du lịch Đà Nẵng"); the province an unknown
    # outlet reports for is its domain's, not a place such a line names
    line = extract_text(
        "Sáng 3/8/2023, Sở Tư pháp tỉnh và Hội Luật gia tỉnh tổ chức ký kết quy chế phối hợp trợ giúp pháp lý "
        "giai đoạn 2023-2027.\n"
        "Hai bên thống nhất phối hợp tuyên truyền pháp luật cho người dân vùng sâu.\n"
        "Theo Sở Du lịch Đà Nẵng",
        url="https://tintucquangngai.vn/phap-luat/ky-ket-quy-che-a987.html",
    )
    assert line["province"] == "Quảng Ngãi"


def test_a_national_papers_article_number_gives_the_year_of_a_day_written_without_one():
    # the large national papers number an article with its section, the day it was posted (yymmdd) and the time:
    # "-185240315093012345.htm" is 15 March 2024, the year for "ngày 14.3"
    line = extract_text(
        "Tại lễ ký kết quy chế phối hợp giữa Trường Đại học Cần Thơ với Công an phường Xuân Khánh giai đoạn "
        "2024 - 2029, diễn ra vào ngày 14.3, hai bên thống nhất phối hợp bảo đảm an ninh trật tự cho sinh viên.",
        url="https://thanhnien.vn/phoi-hop-giu-an-ninh-ky-tuc-xa-185240315093012345.htm",
    )
    assert line["event_date"] == "2024-03-14"


def test_a_quarter_written_with_a_slash_gives_the_year_of_an_undated_meeting():
    # "quý III/2023" names the year as "năm 2023" would; with no day and no other year, the event is that year's
    line = extract_text(
        "Vừa qua, tại Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh, liên ngành Công an, Quân sự, Biên phòng tỉnh đã tổ chức hội "
        "nghị giao ban phối hợp bảo vệ an ninh quốc gia quý III/2023.\n"
        "Trong quý, các lực lượng đã phối hợp tuần tra, kiểm soát trên tuyến biên giới biển."
    )
    assert line["event_date"] == "2023"


def test_after_july_2025_a_local_units_own_portal_reports_its_own_bodies():
    # bodies written with no place on the portal of a local unit ("dakdoa.gialai.gov.vn") after July 2025 are the
    # unit's own, a commune's (DOMAIN.md: every local unit after July 2025), not the province's
    line = extract_text(
        "Sáng ngày 14-10-2025, Ủy ban MTTQ Việt Nam phối hợp với Hội Cựu chiến binh tổ chức hội nghị sơ kết chương "
        "trình phối hợp chăm lo cho hội viên khó khăn. Đồng chí Phó Bí thư Thường trực Đảng ủy xã Đak Đoa dự và phát "
        "biểu chỉ đạo.",
        url="https://dakdoa.gialai.gov.vn/tin-tuc/so-ket-phoi-hop-2025.html",
    )
    assert line["level"] == "commune"


def test_a_field_named_once_in_the_body_is_no_topic_when_the_title_and_lead_name_none():
    # offices coordinating their general work: a word of a field said once in passing ("đúng quy định của pháp
    # luật") is not what the regulation is about; a field the body keeps coming back to is
    head = (
        "Văn phòng Tỉnh ủy và Văn phòng UBND tỉnh ký quy chế phối hợp công tác\n"
        "Ngày 5/6/2024, Văn phòng Tỉnh ủy và Văn phòng UBND tỉnh Bình Định ký kết quy chế phối hợp công tác.\n"
    )
    line = extract_text(head + "Quy chế quy định việc trao đổi văn bản, lịch làm việc đúng quy định của pháp luật.")
    assert line["topics"] == ["other"]
    line = extract_text(
        head + "Hai văn phòng phối hợp phục vụ các đoàn khảo sát du lịch, xúc tiến du lịch và quảng bá du lịch."
    )
    assert line["topics"][0] == "kinh_te"


def test_two_localities_cooperation_and_development_is_their_economy():
    # "hợp tác và phát triển" of two provinces, written like "hợp tác phát triển": party committees have no field of
    # their own, and what the title says is the two provinces' development
    line = extract_text(
        "LỄ KÝ KẾT GHI NHỚ, HỢP TÁC VÀ PHÁT TRIỂN GIỮA NAM ĐỊNH VÀ KON TUM\n"
        "Ngày 9/5/2023, Ban Thường vụ Tỉnh ủy Kon Tum cùng Ban Thường vụ Tỉnh ủy Nam Định ký kết biên bản ghi nhớ "
        "cho giai đoạn 2023 - 2025."
    )
    assert line["topics"][0] == "kinh_te"


def test_cooperation_between_two_localities_with_no_field_of_their_own_is_their_economy():
    # two cities' party committees meet on "hợp tác giữa hai thành phố": like a twinning, the localities'
    # development (data/reference/topic_fallbacks.csv), not "other"
    line = extract_text(
        "Ngày 12/9/2023, Ban Thường vụ Thành ủy Cần Thơ và Ban Thường vụ Thành ủy Hải Phòng tổ chức hội nghị "
        "trao đổi kinh nghiệm, hợp tác giữa hai thành phố."
    )
    assert line["topics"][0] == "kinh_te"


def test_a_yearly_program_reviewed_is_named_with_its_year_which_is_its_period():
    # "Chương trình phối hợp năm 2024" names the program a review looks back on with the year it is for (as
    # "giai đoạn 2021 - 2025" names a longer one's); the review signs nothing, and its own year is not it
    line = extract_text(
        "Sáng 18/12/2024, Ban Dân vận, Hội Nông dân và Hội Cựu chiến binh huyện Vĩnh Linh tổ chức hội nghị tổng kết "
        "Chương trình phối hợp năm 2024, triển khai nhiệm vụ năm 2025."
    )
    assert (line["period_start"], line["period_end"]) == (2024, 2024)
    line = extract_text(
        "Sáng 18/12/2024, Ban Dân vận, Hội Nông dân và Hội Cựu chiến binh huyện Vĩnh Linh tổ chức hội nghị tổng kết "
        "công tác phối hợp năm 2024, triển khai nhiệm vụ năm 2025."
    )
    assert (line["period_start"], line["period_end"]) == (None, None)
    line = extract_text(  # the program as carried out in a year: that year is under review
        "Sáng 18/12/2024, Ban Dân vận Huyện ủy và Công an huyện Vĩnh Linh tổ chức hội nghị đánh giá kết quả thực hiện "
        "chương trình phối hợp năm 2024."
    )
    assert (line["period_start"], line["period_end"]) == (None, None)


def test_the_month_a_regulation_applies_from_is_not_when_it_was_signed():
    # "áp dụng từ tháng 7-2024": when the signed text starts to apply; the event, told only as "vừa tổ chức", took
    # place by the day the article was posted
    line = extract_text(
        "Hai cơ quan tư pháp tỉnh có quy chế mới\n"
        "12/06/2024 | 08:15 GMT+7\n"
        "(BP) - Tòa án nhân dân tỉnh và Viện kiểm sát nhân dân tỉnh Bình Phước vừa tổ chức lễ ký kết quy chế phối "
        "hợp về các vụ việc dân sự.\n"
        "Quy chế được áp dụng từ tháng 7-2024, thay cho quy chế ký năm 2016."
    )
    assert line["event_date"] == "2024-06-12"
