"""Classes of real reporting the extractor misread (issue 11), each reproduced in a sentence of our own and
run through the whole article pipeline (`process`), as `phoihop extract` runs it."""

from __future__ import annotations

from etl.places import gazetteer
from tests.extraction import extract_text


def test_a_district_named_by_its_number_is_a_district():
    # "Quận 7" has no capitalised name after its kind word: the number is the name
    assert [(m.name, m.province) for m in gazetteer().districts_in("Công an Quận 7 tổ chức")] == [
        ("Quận 7", "TP Hồ Chí Minh")
    ]
    line = extract_text(
        "Chiều 4/5/2021, Công an Quận 3 và Hội Cựu chiến binh Quận 3 ký kết chương trình phối hợp giữ gìn an "
        "ninh trật tự trên địa bàn."
    )
    assert line["parties"] == ["Công an quận 3", "Hội Cựu chiến binh quận 3"]
    assert line["level"] == "district" and line["province"] == "TP Hồ Chí Minh"


def test_a_town_and_a_district_of_one_name_keep_the_kind_the_text_writes():
    # the reference tells "Cai Lậy (Thị xã)" from "Cai Lậy (Huyện)"; the text says "thị xã Cai Lậy", and bodies
    # written without a place ("Chi cục Thi hành án dân sự") are the same town's
    line = extract_text(
        "Hôm 9/6/2020, lãnh đạo Chi cục Thi hành án dân sự, Tòa án nhân dân và Công an thị xã Cai Lậy ký kết "
        "quy chế phối hợp để thi hành các bản án đúng hạn."
    )
    assert line["parties"] == [
        "Chi cục Thi hành án dân sự thị xã Cai Lậy",
        "Tòa án nhân dân thị xã Cai Lậy",
        "Công an thị xã Cai Lậy",
    ]
    assert line["level"] == "district"


def test_the_district_a_page_address_names_when_the_text_names_none():
    # a provincial site's page whose text says only "huyện": the address's slug names the district
    line = extract_text(
        "Vừa qua, Thường trực HĐND, UBND và Ủy ban MTTQ Việt Nam huyện tổ chức hội nghị tổng kết quy chế phối "
        "hợp năm 2019.",
        url="https://ubmttq.camau.gov.vn/tin-tuc/tong-ket-quy-che-phoi-hop-huyen-tran-van-thoi.html",
    )
    assert line["province"] == "Cà Mau" and line["level"] == "district"
    assert all(p.endswith("huyện Trần Văn Thời") for p in line["parties"]), line["parties"]


def test_a_cluster_of_a_central_bodys_own_units_is_central():
    line = extract_text(
        "Sáng 12/1/2024, tại trụ sở Công đoàn Ngành, Cụm thi đua số 3 thuộc Công đoàn Giáo dục Việt Nam đã tổ "
        "chức hội nghị tổng kết công tác thi đua năm 2023."
    )
    assert line["parties"] == ["Cụm thi đua số 3 thuộc Công đoàn Giáo dục Việt Nam"]
    assert line["level"] == "central" and line["province"] is None
    # a ministry's cluster whose lead names a province's body (its host) is a cluster of provinces' bodies
    line = extract_text(
        "Ngày 5/4/2022, tại Công an tỉnh Hà Tĩnh, Cụm thi đua số 4 Bộ Công an tổ chức hội nghị giao ban quý I."
    )
    assert line["level"] == "inter-provincial" and line["province"] == "Hà Tĩnh"


def test_a_trigger_word_inside_a_name_is_not_the_verb():
    # "Thống Nhất" (a hall's name) is no verb: both committees before "tổ chức" are the organisers
    line = extract_text(
        "Ngày 2/3/2024, tại Nhà khách Thống Nhất, Ban Thường vụ Tỉnh ủy Bắc Ninh và Ban Thường vụ Tỉnh ủy Lạng "
        "Sơn tổ chức hội nghị trao đổi kinh nghiệm về thực hiện quy chế phối hợp."
    )
    assert line["parties"] == ["Ban Thường vụ Tỉnh ủy Bắc Ninh", "Ban Thường vụ Tỉnh ủy Lạng Sơn"]
    assert line["level"] == "inter-provincial"


def test_an_event_named_before_its_parties_is_no_verb():
    # "Tại Hội nghị sơ kết ..., A và B đã ...": "sơ kết" names the meeting, A and B are its parties
    from etl.parties import PlaceContext
    from etl.roles import parties_with_roles

    found = parties_with_roles(
        "Tại Hội nghị sơ kết 3 năm, Đoàn Thanh niên Bộ Tư pháp và Tỉnh đoàn Yên Bái đã phối hợp thực hiện.",
        PlaceContext("Yên Bái"),
        gazetteer(),
    )
    assert [(p.name, p.tier, role) for p, role in found] == [
        ("Đoàn Thanh niên Bộ Tư pháp", "central", "signatory"),
        ("Tỉnh đoàn Yên Bái", "province", "signatory"),
    ]


def test_a_programs_period_stated_deep_in_the_body():
    from etl.periods import find_period

    lead = "Sáng 3/6, Hội Nông dân tỉnh và Công an tỉnh tổ chức lễ ký kết."
    body = (
        lead + "\nTheo đó, hai bên ký kết Chương trình phối hợp, thực hiện công tác tuyên truyền phòng chống tội phạm "
        "giữa Hội Nông dân tỉnh và Công an TP.Cần Thơ giai đoạn 2024-2028.\nHai bên thống nhất nhiều nội dung."
    )
    assert find_period("", lead, body, "agreement", 2024) == (2024, 2028)
    # a stated period in the body says more than the lead's end year with the event's year as its start
    lead = "Chiều 5/9/2023, tỉnh A ký kết thỏa thuận hợp tác về kinh tế, xã hội cho tới năm 2025."
    body = lead + "\nChương trình hợp tác giữa hai tỉnh giai đoạn 2022 - 2025 tập trung vào du lịch."
    assert find_period("", lead, body, "agreement", 2023) == (2022, 2025)


def test_the_pledge_signed_in_the_next_paragraph_when_the_lead_has_no_year():
    from etl.periods import find_period

    lead = "Dự hội nghị có lãnh đạo Công an các tỉnh trong cụm."
    body = lead + "\nTại hội nghị, lãnh đạo Công an 5 tỉnh đã ký kết giao ước thi đua Vì an ninh Tổ quốc năm 2021."
    assert find_period("", lead, body, "meeting", 2021) == (2021, 2021)


def test_the_term_of_the_bodies_office_is_no_period():
    from etl.periods import find_period

    lead = (
        "Ngày 10/8/2021, Thường trực HĐND, UBND và Ban Thường trực Ủy ban MTTQ Việt Nam huyện ký kết quy chế "
        "phối hợp công tác giữa Thường trực HĐND, UBND và Ban Thường trực Ủy ban MTTQ Việt Nam huyện nhiệm kỳ "
        "2021 - 2026."
    )
    assert find_period("", lead, lead, "agreement", 2021) == (None, None)


def test_bodies_of_counted_provinces_are_named_when_a_sentence_lists_them():
    line = extract_text(
        "Sáng 14/12/2019, Hội Nông dân ba tỉnh tổ chức hội nghị giao ban chương trình phối hợp năm 2019.\n"
        "Chương trình phối hợp được ký giữa hội nông dân các tỉnh Sơn La, Điện Biên và Lai Châu."
    )
    assert line["parties"] == ["Hội Nông dân tỉnh Sơn La", "Hội Nông dân tỉnh Điện Biên", "Hội Nông dân tỉnh Lai Châu"]
    assert line["level"] == "inter-provincial"
    # no sentence names three of them: the counted bodies stay one party
    line = extract_text(
        "Sáng 14/12/2019, Hội Nông dân ba tỉnh Tây Bắc tổ chức hội nghị giao ban thực hiện chương trình phối hợp."
    )
    assert line["parties"] == ["Hội Nông dân ba tỉnh Tây Bắc"]


def test_a_collective_body_ends_before_the_verb_that_follows_it():
    from etl.parties import PlaceContext, find_parties

    found = find_parties(
        "Hội Cựu chiến binh các tỉnh, thành phố tăng cường phối hợp giúp nhau phát triển kinh tế",
        PlaceContext("Phú Thọ"),
        gazetteer(),
    )
    assert [p.name for p in found] == ["Hội Cựu chiến binh các tỉnh, thành phố"]


def test_counted_bodies_inside_a_cluster_that_meets_stay_its_members():
    line = extract_text(
        "Ngày 8/3/2022, Cụm thi đua các tỉnh Bắc Trung Bộ (Hội Nông dân 3 tỉnh) tổ chức hội nghị ký kết giao ước "
        "thi đua năm 2022.\nCác tỉnh trong cụm gồm Thanh Hóa, Nghệ An, Hà Tĩnh."
    )
    assert not any(p.startswith("Hội Nông dân tỉnh") for p in line["parties"]), line["parties"]


def test_old_tone_placement_names_the_same_body():
    from etl.parties import PlaceContext, find_parties

    found = find_parties(
        "Uỷ ban nhân dân tỉnh Yên Bái và Ban Tuyên giáo Tỉnh uỷ Yên Bái ký kết", PlaceContext("Yên Bái"), gazetteer()
    )
    assert [(p.name, p.tier) for p in found] == [
        ("Ủy ban nhân dân tỉnh Yên Bái", "province"),
        ("Ban Tuyên giáo Tỉnh ủy Yên Bái", "province"),
    ]


def test_a_cooperation_group_and_a_border_cluster_are_groups_that_meet():
    line = extract_text(
        "Ngày 6/5/2022, Nhóm hợp tác phát triển du lịch 6 tỉnh Việt Bắc tổ chức hội nghị giao ban trực tuyến "
        "quý I năm 2022."
    )
    assert line["parties"] == ["Nhóm hợp tác phát triển du lịch 6 tỉnh Việt Bắc"]
    assert line["level"] == "inter-provincial"
    line = extract_text(
        "Ngày 9/9/2020, Cụm giáp ranh (Công an 3 huyện vùng biên) tổ chức hội nghị sơ kết quy chế phối hợp.",
        url="https://baodongthap.vn/tin/so-ket-cum-giap-ranh.html",
    )
    assert line["parties"] == ["Cụm giáp ranh"] and line["level"] == "district"  # ruling 11: no count in its name


def test_the_titles_cluster_is_the_leads_cluster_written_otherwise():
    line = extract_text(
        "Hội nghị tổng kết của Cụm thi đua cụm số IV\n"
        "Ngày 20/12/2021, cụm thi đua số IV gồm các xã Quang Minh, Tân Thành, Hồng Phong đã tổ chức hội nghị "
        "tổng kết công tác thi đua năm 2021.",
        url="https://example.vn/tin/hoi-nghi-cum-thi-dua",
    )
    assert len(line["parties"]) == 1 and line["level"] == "commune", line["parties"]


def test_a_memorandum_between_two_companies_is_no_event():
    line = extract_text(
        "Ngày 3/10/2023, Tập đoàn Hòa Phát và Công ty Cổ phần Nam Việt đã ký biên bản ghi nhớ thỏa thuận hợp tác "
        "đầu tư dự án trồng rừng."
    )
    assert line["is_event"] is False
    # one bank holding a briefing with the mass organisations is an event
    line = extract_text(
        "Ngày 11/01/2022, Ngân hàng Chính sách xã hội huyện Phú Lương tổ chức hội nghị giao ban với các tổ chức "
        "chính trị - xã hội nhận ủy thác, đánh giá kết quả thực hiện văn bản liên tịch năm 2021."
    )
    assert line["is_event"] is True


def test_a_posting_stamp_above_the_lead_is_not_the_event_date():
    from etl.dates import event_date_of

    paragraphs = ["Phóng viên thường trú", "07:45, ngày 15-06-2023", "Ngày 14-6-2023, Hội Nông dân hai tỉnh ký kết."]
    assert event_date_of("", paragraphs, None, None, None)[0] == "2023-06-14"
    # a day and month only: the stamp gives the year
    paragraphs = ["07:45, ngày 15-06-2023", "Sáng 14/6, Hội Nông dân hai tỉnh ký kết chương trình phối hợp."]
    assert event_date_of("", paragraphs, None, None, None)[0] == "2023-06-14"


def test_a_two_day_meeting_is_dated_by_its_first_day_and_the_year_the_article_names():
    from etl.dates import event_date_of

    paragraphs = [
        "Trong hai ngày (12 - 13/10), huyện A và huyện B tổ chức hội nghị giao ban.",
        "Hai đoàn công tác trao đổi kinh nghiệm.",
        "Năm 2019, quan hệ hợp tác giữa hai huyện có nhiều kết quả.",
    ]
    assert event_date_of("", paragraphs, None, None, None)[0] == "2019-10-12"


def test_the_year_of_a_day_and_month_from_the_sentence_that_tells_it():
    from etl.dates import event_date_of

    # a review of one year and a pledge for the next, early in the year: the later year
    paragraphs = [
        "Thi đua sôi nổi, rộng khắp",
        "Đó là đánh giá tại hội nghị tổng kết thi đua năm 2020 và ký kết giao ước thi đua năm 2021, diễn ra "
        "chiều ngày 3/3 ở Đà Nẵng.",
    ]
    assert event_date_of("", paragraphs, None, None, None)[0] == "2021-03-03"


def test_the_year_alone_from_the_article_or_its_address():
    from etl.dates import event_date_of

    paragraphs = ["Dự hội nghị có lãnh đạo các đơn vị trong cụm.", "Các đơn vị bình xét thi đua."]
    url = "https://example.vn/tin/cum-thi-dua-so-3-tong-ket-nam-2022-12345.html"
    assert event_date_of("", paragraphs, None, url, None)[0] == "2022"


def test_a_body_of_several_fields_takes_the_one_the_title_states():
    from etl.parties import PlaceContext, find_parties
    from etl.topics import find_topics

    parties = find_parties("Sở Văn hóa, Thể thao và Du lịch tỉnh Phú Yên", PlaceContext("Phú Yên"), gazetteer())
    assert find_topics("Hội nghị liên kết phát triển du lịch hai tỉnh", "", "", parties)[0] == "kinh_te"
    assert find_topics("Liên hoan văn nghệ quần chúng hai tỉnh", "", "", parties)[0] == "van_hoa"


def test_cooperation_for_development_is_economy():
    from etl.topics import find_topics

    lead = "Hai tỉnh tổ chức hội nghị đánh giá một năm thực hiện bản ghi nhớ hợp tác phát triển giữa hai địa phương."
    assert find_topics("", lead, lead, [])[0] == "kinh_te"


def test_bodies_counted_then_named_after_a_colon_share_the_counted_head():
    line = extract_text(
        "Hôm 5/7/2023, 3 sở: Tư pháp Bắc Giang; Tư pháp Lạng Sơn; Nội vụ Bắc Giang cùng ký kết chương trình "
        "phối hợp cho ba năm 2023 - 2025."
    )
    assert line["parties"] == ["Sở Tư pháp Bắc Giang", "Sở Tư pháp Lạng Sơn", "Sở Nội vụ Bắc Giang"]
    assert line["level"] == "inter-provincial"


def test_who_holds_a_meeting_that_took_place_is_named_after_it():
    from etl.parties import PlaceContext
    from etl.roles import parties_with_roles

    found = parties_with_roles(
        "Ngày 2/10, tại thành phố Vinh đã diễn ra hội nghị giao ban Hội Nông dân tỉnh Nghệ An và Hội Nông dân tỉnh "
        "Hà Tĩnh nhằm đánh giá kết quả phối hợp.",
        PlaceContext("Nghệ An"),
        gazetteer(),
    )
    assert [(p.name, role) for p, role in found] == [
        ("Hội Nông dân tỉnh Nghệ An", "organiser"),
        ("Hội Nông dân tỉnh Hà Tĩnh", "organiser"),
    ]


def test_a_document_signed_before_is_named_in_passing():
    # "được ký kết ngày ... tại ...": neither the event's type, nor its date, nor its place
    line = extract_text(
        "Trên cơ sở thỏa thuận hợp tác giữa 6 tỉnh được ký kết ngày 10 tháng 5 năm 2019 tại tỉnh Sơn La và kế "
        "hoạch số 12/KH-NHT ngày 02 tháng 3 năm 2020, ngày 16/6/2020, Sở Văn hóa, Thể thao và Du lịch tỉnh Lai "
        "Châu chủ trì hội nghị trực tuyến của Nhóm hợp tác du lịch 6 tỉnh nhằm thống nhất các hoạt động năm 2020."
    )
    assert line["event_type"] == "meeting" and line["event_date"] == "2020-06-16"
    assert line["province"] != "Sơn La"


def test_a_cluster_name_stops_before_what_it_does():
    from etl.parties import PlaceContext, find_parties

    found = find_parties(
        "các đơn vị trong Cụm Thi đua số 2 căn cứ nhiệm vụ được giao để bình xét", PlaceContext("An Giang"), gazetteer()
    )
    assert [p.name for p in found] == ["Cụm Thi đua số 2"]


def test_an_excerpt_that_starts_with_who_attended_a_clusters_conference_reports_a_meeting():
    from etl.classify import classify_page

    kind, _ = classify_page(
        "Hội Cựu chiến binh vượt khó, Cụm thi đua số 3 đạt nhiều kết quả",
        [
            "Cùng dự Hội nghị có ông A, Phó Bí thư Tỉnh ủy; đại diện lãnh đạo Hội Cựu chiến binh 9 tỉnh thuộc Cụm "
            "thi đua số 3.",
            "Năm qua, các hội trong cụm đã phối hợp tổ chức nhiều hoạt động.",
        ],
    )
    assert kind == "meeting"


def test_one_abbreviation_with_a_comma_is_one_row():
    from etl.parties import expand_abbreviations

    # "VH, TT&DL" is one abbreviation (its row was once read as two cells: "VH" -> " TT&DL")
    assert expand_abbreviations("Sở VH, TT&DL tỉnh Hà Tĩnh") == "Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Tĩnh"
    assert expand_abbreviations("Câu lạc bộ VH dân gian") == "Câu lạc bộ VH dân gian"


def test_every_reference_row_has_its_headers_cells():
    import csv
    from pathlib import Path

    folder = Path(__file__).parent.parent / "data" / "reference"
    for path in sorted(folder.glob("*.csv")):
        with open(path, newline="", encoding="utf-8") as fh:
            bad = [i for i, row in enumerate(csv.DictReader(fh), start=2) if None in row]
        assert not bad, f"{path.name}: lines {bad} have more cells than the header (a comma not quoted)"


def test_area_and_organisations_are_not_verbs():
    from etl.parties import PlaceContext
    from etl.roles import parties_with_roles

    # "trên địa bàn" is not "bàn" (to discuss), "các tổ chức chính trị - xã hội" not "tổ chức" (to organise)
    found = parties_with_roles(
        "Hội Nông dân tỉnh và các tổ chức chính trị - xã hội phối hợp giữ gìn trật tự trên địa bàn xã.",
        PlaceContext("Bến Tre"),
        gazetteer(),
    )
    assert [(p.name, role) for p, role in found] == [("Hội Nông dân tỉnh Bến Tre", "signatory")]


def test_the_parties_of_a_cited_numbered_document_are_not_the_events():
    from etl.parties import PlaceContext
    from etl.roles import parties_with_roles

    found = parties_with_roles(
        "Chương trình được xây dựng nhằm cụ thể hóa Chương trình phối hợp số 05/CTrPH-CA-MT ngày 10/01/2025 giữa "
        "Công an tỉnh Bến Tre với Ủy ban MTTQ Việt Nam tỉnh.",
        PlaceContext("Bến Tre"),
        gazetteer(),
    )
    assert {role for _, role in found} == {"cited"}


def test_leaders_of_unnamed_commune_bodies_sign_for_the_commune_the_address_names():
    line = extract_text(
        "Đồng chí A – Trưởng Công an xã và đồng chí B – Chủ tịch Ủy ban MTTQ Việt Nam xã ký kết chương trình phối "
        "hợp\nChương trình được xây dựng nhằm cụ thể hóa Chương trình phối hợp số 05/CTrPH-CA-MT ngày 10/01/2026 "
        "giữa Công an tỉnh Lâm Đồng với Ủy ban MTTQ Việt Nam tỉnh.",
        url="https://congan.lamdong.gov.vn/xa-da-teh-2-ky-ket-chuong-trinh-phoi-hop-N1234.aspx",
    )
    assert line["parties"] == ["Công an xã Đạ Tẻh 2", "Ủy ban MTTQ Việt Nam xã Đạ Tẻh 2"]
    assert line["level"] == "commune"


def test_a_groups_name_ending_in_its_admin_word_takes_the_articles_place():
    from etl.parties import PlaceContext, find_parties

    found = find_parties(
        "Khối thi đua Mặt trận - Đoàn thể tỉnh ký kết giao ước thi đua", PlaceContext("Phú Yên"), gazetteer()
    )
    assert [p.name for p in found] == ["Khối thi đua Mặt trận - Đoàn thể tỉnh Phú Yên"]
    found = find_parties(
        "Hội Cựu chiến binh các tỉnh, thành phố giai đoạn 2026-2030", PlaceContext("Phú Yên"), gazetteer()
    )
    assert [p.name for p in found] == ["Hội Cựu chiến binh các tỉnh, thành phố"]


def test_a_period_written_before_the_signing_it_dates():
    from etl.periods import find_period

    lead = "Chiều 5/10, tại TP. Pleiku diễn ra hội nghị đánh giá kết quả liên kết phát triển du lịch."
    body = lead + "\nGiai đoạn 2020-2025, Sở Du lịch tỉnh Gia Lai đã ký kết biên bản hợp tác với 6 tỉnh, thành phố."
    assert find_period("", lead, body, "meeting", 2024) == (2020, 2025)


def test_the_bodies_of_a_clusters_provinces_together_are_its_members():
    line = extract_text(
        "Ngày 14/3/2020, Công an các tỉnh trong Cụm thi đua số 4 tổ chức hội nghị ký kết giao ước thi đua năm 2020."
    )
    # the kind of its members before it is the description it is named with (ruling 2: "Cụm thi đua số 1 (Công an
    # các thành phố trực thuộc Trung ương)"); a member list in brackets would be no part of it (ruling 11)
    assert line["parties"] == ["Cụm thi đua số 4 Công an"]
    line = extract_text(
        "Cụm thi đua số 4 đạt nhiều kết quả trong công tác Hội\nNgày 9/12/2022, Cụm thi đua số 4 tổ chức hội nghị "
        "tổng kết công tác thi đua năm 2022."
    )
    assert line["parties"] == ["Cụm thi đua số 4"]


def test_the_places_of_those_who_attended_are_not_the_articles():
    # a provincial outlet's page; the only place in the lead is a guest's office
    line = extract_text(
        "Sáng nay, 20/11/2023, Cụm thi đua các sở Tư pháp Tây Nam Bộ tổ chức hội nghị tổng kết công tác thi đua "
        "năm 2023. Đến dự có đại diện Văn phòng Bộ Tư pháp tại TP.HCM và Phó Chủ tịch UBND tỉnh.",
        url="https://la34.com.vn/cum-thi-dua-tong-ket-2023-123456.html",
    )
    assert line["province"] == "Long An"


def test_an_event_whose_bodies_are_not_named_is_the_districts_the_article_is_about():
    line = extract_text(
        "Ngày 12/5/2021, hai bên đã thống nhất ký kết quy chế phối hợp bảo vệ an ninh trật tự tại các xã vùng biển.",
        url="https://ubmttq.camau.gov.vn/tin/cong-an-huyen-tran-van-thoi-ky-ket-quy-che-phoi-hop.html",
    )
    # the text names no body; the address's slug names the one it is about (etl/slug_parties.py)
    assert line["parties"] == ["Công an huyện Trần Văn Thời"] and line["level"] == "district"


def test_a_cluster_meeting_without_a_venue_is_hosted_by_its_chair():
    # the members are listed in no host's order; the body named as the cluster's chair hosts it
    text = (
        "Vừa qua, Cụm thi đua số 7 gồm Hội Cựu chiến binh các tỉnh Bình Định, Phú Yên, Khánh Hòa và Ninh Thuận "
        "đã tổ chức hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2023.\n\n"
        "Đồng chí Trần Văn Minh, Chủ tịch Hội Cựu chiến binh tỉnh Khánh Hòa - đơn vị Cụm trưởng, phát biểu "
        "khai mạc hội nghị.\n\n"
        "Hội nghị đã bầu đơn vị Cụm trưởng năm 2024 là Hội Cựu chiến binh tỉnh Ninh Thuận."
    )
    line = extract_text(text, url="https://cand.com.vn/tin-tuc/cum-thi-dua-so-7-so-ket-123.html")
    assert line["level"] == "inter-provincial"
    assert line["province"] == "Khánh Hòa"
    # a chair assigned for next year ("tỉnh B là Cụm trưởng") is not this meeting's
    # (nor does anyone open it for a host: who opens a meeting speaks for its host, see test_extraction_fields.py)
    text = text.replace(
        "Chủ tịch Hội Cựu chiến binh tỉnh Khánh Hòa - đơn vị Cụm trưởng, phát biểu khai mạc", "phát biểu tại"
    ).replace("Hội nghị đã bầu đơn vị Cụm trưởng năm 2024 là", "Theo đó, năm 2024")
    line = extract_text(
        text + " Hội Cựu chiến binh tỉnh Phú Yên là Cụm trưởng.",
        url="https://cand.com.vn/tin-tuc/cum-thi-dua-so-7-so-ket-123.html",
    )
    assert line["province"] is None


def test_a_cluster_meeting_without_a_venue_or_chair_takes_a_provincial_outlets_province_only():
    text = (
        "Ngày 12/11/2022, Cụm thi đua số 3 gồm Sở Tư pháp các tỉnh Quảng Trị, Quảng Bình, Hà Tĩnh và Nghệ An "
        "tổ chức hội nghị tổng kết công tác thi đua năm 2022."
    )
    # a national paper says nothing of the host: none, not the first member listed
    assert extract_text(text, url="https://cand.com.vn/tin-tuc/tong-ket-cum-3-55.html")["province"] is None
    # a provincial paper reports its own province's meeting (DOMAIN.md: the outlet's province)
    assert extract_text(text, url="https://baohatinh.vn/tong-ket-cum-3-55.html")["province"] == "Hà Tĩnh"


def test_bodies_joined_by_dashes_share_the_place_written_after_the_last():
    # "Liên ngành Công an - Viện kiểm sát - Tòa án huyện X": the justice bodies of one district, written short
    line = extract_text(
        "Ngày 15/3/2023, Liên ngành Công an - Viện kiểm sát - Tòa án huyện Hải Lăng tổ chức hội nghị tổng kết "
        "công tác phối hợp liên ngành năm 2022.",
        url="https://baoquangtri.vn/tong-ket-lien-nganh-77.htm",
    )
    assert line["parties"] == [
        "Công an huyện Hải Lăng",
        "Viện Kiểm sát nhân dân huyện Hải Lăng",
        "Tòa án nhân dân huyện Hải Lăng",
    ], line["parties"]
    assert line["level"] == "district" and line["province"] == "Quảng Trị"
    # "Viện KSND huyện" is the district's procuracy, which organises the review
    line = extract_text(
        "Viện KSND huyện Hải Lăng vừa tổ chức hội nghị sơ kết thực hiện quy chế phối hợp liên ngành năm 2022.",
        url="https://baoquangtri.vn/so-ket-lien-nganh-78.htm",
    )
    assert line["level"] == "district" and line["parties"] == ["Viện KSND huyện Hải Lăng"]


def test_a_body_counted_then_listed_by_district_is_one_party_per_district():
    # "Công an 3 địa phương A, B và C": the districts' own bodies, not the province's
    line = extract_text(
        "Sáng 20/5/2022, Công an 3 địa phương Tam Kỳ, Núi Thành và Phú Ninh tổ chức hội nghị ký kết quy chế phối "
        "hợp bảo đảm an ninh trật tự vùng giáp ranh.",
        url="https://baoquangnam.vn/ky-ket-giap-ranh-12.html",
    )
    assert line["parties"] == ["Công an thành phố Tam Kỳ", "Công an huyện Núi Thành", "Công an huyện Phú Ninh"]
    assert line["level"] == "district" and line["province"] == "Quảng Nam"
    # numbered districts of the listed kind, and one the list writes in full
    line = extract_text(
        "Chiều 3/3/2023, tại quận 10 (TP.HCM) Công an các quận: "
        "10, 11, Tân Bình và Công an quận Tân Phú đã ký kế hoạch phối hợp giữ trật tự ở vùng giáp ranh."
    )
    assert line["parties"] == ["Công an quận 10", "Công an quận 11", "Công an quận Tân Bình", "Công an quận Tân Phú"]
    assert line["level"] == "district"


def test_a_signing_held_at_a_forum_is_an_event_the_forum_alone_is_not():
    # the forum is where the signing took place ("Tại diễn đàn ..., lãnh đạo ... ký kết thỏa thuận")
    line = extract_text(
        "Diễn đàn hợp tác phát triển du lịch duyên hải\n\n"
        "Ngày 8/9/2022, tại diễn đàn hợp tác du lịch, lãnh đạo UBND tỉnh Bình Định và UBND tỉnh Phú Yên đã ký "
        "kết thỏa thuận hợp tác phát triển du lịch giai đoạn 2022-2025."
    )
    assert line["is_event"] and line["event_type"] == "agreement"
    # a forum that is itself the news, merely co-organised, stays no event
    line = extract_text(
        "Diễn đàn hợp tác phát triển du lịch duyên hải\n\n"
        "Ngày 8/9/2022, diễn đàn hợp tác du lịch do UBND tỉnh Bình Định và UBND tỉnh Phú Yên phối hợp tổ chức "
        "đã thu hút đông đảo doanh nghiệp tham gia."
    )
    assert not line["is_event"]


def test_the_day_an_old_agreement_was_signed_is_no_period():
    # "ký kết ngày 10 tháng 5 năm 2019": a date written in words, not the program's year
    line = extract_text(
        "Trên cơ sở thỏa thuận hợp tác được ký kết ngày 10 tháng 5 năm 2019 tại tỉnh Lào Cai, ngày 2/3/2020, Sở "
        "Văn hóa, Thể thao và Du lịch tỉnh Yên Bái chủ trì hội nghị trực tuyến của nhóm hợp tác nhằm thống nhất "
        "kế hoạch hoạt động hợp tác năm 2020."
    )
    assert (line["period_start"], line["period_end"]) == (2020, 2020)


def test_the_city_named_like_its_province_is_a_district_tier_city():
    # "thành phố Hà Tĩnh" before July 2025 is the provincial capital, a district-tier unit; "thành phố Hà Nội"
    # is the centrally-run city itself
    line = extract_text(
        "Ngày 5/3/2023, Công an thành phố Hà Tĩnh và Ủy ban MTTQ Việt Nam thành phố Hà Tĩnh ký kết chương trình "
        "phối hợp bảo đảm an ninh trật tự."
    )
    assert line["level"] == "district" and line["province"] == "Hà Tĩnh"
    line = extract_text(
        "Ngày 5/3/2023, Công an thành phố Hà Nội và Ủy ban MTTQ Việt Nam thành phố Hà Nội ký kết chương trình "
        "phối hợp bảo đảm an ninh trật tự."
    )
    assert line["level"] == "province" and line["province"] == "Hà Nội"


def test_a_dashed_list_ending_on_an_unknown_body_still_places_the_bodies_before_it():
    # the last item is no head the reference knows; the district written after it is the whole list's
    line = extract_text(
        "Ngày 15/3/2023, Liên ngành Công an - Viện kiểm sát - Thi hành án dân sự huyện Hải Lăng tổng kết một năm "
        "phối hợp giữa các ngành.",
        url="https://baoquangtri.vn/tong-ket-lien-nganh-79.htm",
    )
    assert line["parties"][:2] == ["Công an huyện Hải Lăng", "Viện Kiểm sát nhân dân huyện Hải Lăng"], line["parties"]
    assert line["level"] == "district"


def test_a_cluster_whose_chair_is_a_district_body_is_a_cluster_of_districts():
    # a numbered cluster, no province listed, its chair a district body ("Công an huyện X - Cụm trưởng"): the
    # cluster groups the districts of one province, not provinces
    line = extract_text(
        "Ngày 14/3/2022, Cụm thi đua số 2 tổ chức hội nghị sơ kết công tác thi đua quý I năm 2022.\n\n"
        "Phát biểu tại hội nghị, đồng chí Trần Văn Bình, Trưởng Công an huyện Đức Trọng - đơn vị Cụm trưởng, "
        "đề nghị các đơn vị tiếp tục phối hợp."
    )
    assert line["level"] == "district", line
    # after July 2025 there is no district tier: the same cluster of local units is communes'
    later = extract_text(
        "Ngày 14/11/2025, Cụm thi đua số 2 tổ chức hội nghị tổng kết công tác thi đua năm 2025.\n\n"
        "Đồng chí Lê Văn An, Trưởng Công an xã Đức Trọng, Cụm trưởng, chủ trì hội nghị."
    )
    assert later["level"] == "commune", later


def test_a_provinces_cluster_whose_members_are_listed_later_as_districts():
    # the lead names the cluster with its province; a later paragraph lists its members as districts
    line = extract_text(
        "Ngày 20/1/2023, tại huyện Bảo Lâm, Cụm thi đua số 4 tỉnh Lâm Đồng tổ chức hội nghị để tổng kết công tác "
        "thi đua năm 2022.\n\n"
        "Cụm thi đua số 4 của tỉnh gồm các huyện: Bảo Lâm, Đạ Huoai, Đạ Tẻh và Cát Tiên."
    )
    assert line["level"] == "district", line


def test_a_signing_witnessed_by_a_festival_is_signed_by_the_bodies_named_further_down():
    # the lead tells a festival; a later paragraph says the festival witnessed a signing between two ward bodies;
    # the force named in a holiday's name ("Ngày truyền thống Công an nhân dân") is no party
    line = extract_text(
        "Ngày hội bảo vệ an ninh Tổ quốc ở phường Tân Định\n\n"
        "Sáng 16/8/2025, tại nhà văn hóa phường Tân Định, đã diễn ra Ngày hội Toàn dân bảo vệ an ninh Tổ quốc. "
        "Hoạt động chào mừng Ngày truyền thống Công an nhân dân.\n\n"
        "Trưởng Công an phường báo cáo kết quả phong trào trong năm.\n\n"
        "Dịp này, Ngày hội chứng kiến lễ ký kết Quy chế phối hợp giữa Công an phường Tân Định và Ủy ban MTTQ "
        "Việt Nam phường Tân Định; trao giấy khen cho các tập thể."
    )
    assert line["event_type"] == "agreement", line
    assert line["parties"] == ["Công an phường Tân Định", "Ủy ban MTTQ Việt Nam phường Tân Định"], line["parties"]
    assert line["level"] == "commune"


def test_a_youth_union_inside_the_provincial_police_is_one_body():
    # "Đoàn Thanh niên Công an tỉnh" is the police's youth union, one party of the police's place; bodies counted
    # "trên địa bàn tỉnh" are the article's province's
    line = extract_text(
        "Ngày 9/5/2019, tại Công an tỉnh Bình Định, Đoàn Thanh niên Công an tỉnh tổ chức ký kết chương trình "
        "phối hợp với Đoàn Thanh niên 11 huyện, thị xã, thành phố trên địa bàn tỉnh, trong các năm 2019-2023."
    )
    assert line["parties"] == [
        "Đoàn Thanh niên Công an tỉnh Bình Định",
        "Đoàn Thanh niên 11 huyện, thị xã, thành phố tỉnh Bình Định",
    ], line["parties"]


def test_a_province_signing_with_the_central_press_is_central_and_a_named_paper_keeps_its_own_name():
    line = extract_text(
        "Sáng 12/3/2024, UBND tỉnh Bình Phước tổ chức lễ ký kết chương trình phối hợp thông tin tuyên truyền "
        "năm 2024 với 9 cơ quan báo chí Trung ương và địa phương, có cả Báo Tuổi Trẻ."
    )
    assert line["level"] == "central", line
    assert "Báo Tuổi Trẻ" in line["parties"], line["parties"]


def test_a_cluster_of_national_organisations_chaired_by_a_central_body_is_central():
    # "các tổ chức" in a cluster's name is organisations, not the verb; "xã hội" is no commune; its chair is a
    # central association, so the cluster is of central bodies and no province holds it
    line = extract_text(
        "Hôm 6/12/2024, ở Quảng Ninh, Cụm thi đua các tổ chức chính trị - xã hội đã tổ chức hội nghị để tổng kết "
        "công tác thi đua năm 2024.\n\n"
        "Ông Nguyễn Văn Hòa - Chủ tịch Hội Nông dân Việt Nam - đơn vị Cụm trưởng chủ trì hội nghị."
    )
    assert line["parties"] == ["Cụm thi đua các tổ chức chính trị - xã hội"], line["parties"]
    assert line["level"] == "central" and line["province"] is None, line


def test_a_term_spelt_nhiem_ki_is_no_period():
    # "nhiệm kì" is the older spelling of "nhiệm kỳ": the term of the bodies' office, not the program's period
    line = extract_text(
        "Hôm 3/3/2022, Thường trực HĐND tỉnh Yên Bái nhiệm kì 2021-2026 và Ủy ban MTTQ Việt Nam tỉnh cùng ký kết "
        "chương trình phối hợp về giám sát."
    )
    assert line["event_type"] == "agreement"
    assert (line["period_start"], line["period_end"]) == (None, None), line


def test_a_judicial_area_written_with_capitals_and_its_abbreviation_is_a_local_unit():
    # "Tòa án nhân dân (TAND) Khu vực 2 - Lâm Đồng": a court of a judicial area below the province (from July
    # 2025), its abbreviation in brackets and "Khu vực" capitalised
    line = extract_text(
        "Ngày 12/11/2025, Viện Kiểm sát nhân dân (VKSND) Khu vực 2 - Lâm Đồng và Tòa án nhân dân (TAND) Khu vực "
        "2 - Lâm Đồng ký kết quy chế phối hợp trong công tác giải quyết án dân sự."
    )
    assert line["parties"] == [
        "Viện Kiểm sát nhân dân Khu vực 2 - Lâm Đồng",
        "Tòa án nhân dân Khu vực 2 - Lâm Đồng",
    ], line["parties"]
    assert line["level"] == "commune"


def test_an_areas_defence_command_and_the_communes_party_committees_are_local_units():
    # from July 2025 a provincial military command has area commands ("Ban Chỉ huy phòng thủ khu vực 2 - X")
    # below it; with "Đảng ủy các xã, phường" they are local units, not the province
    line = extract_text(
        "Hôm 14/10/2025, Đảng ủy Ban Chỉ huy phòng thủ khu vực 2 - Diễn Châu ký kết Quy chế "
        "phối hợp với Đảng ủy các xã, phường thuộc khu vực về công tác quân sự."
    )
    assert line["parties"][0] == "Đảng ủy Ban Chỉ huy phòng thủ khu vực 2 - Diễn Châu", line["parties"]
    assert line["parties"][1].startswith("Đảng ủy các xã, phường"), line["parties"]
    assert line["level"] == "commune", line


def test_a_ward_written_by_its_initial_is_a_ward():
    # "Công an P.Tân Định, P.Bến Thành": wards written "P." with the head said once
    line = extract_text(
        "Ngày 22/9/2025, Công an P.Tân Định và Công an P.Bến Thành ký kết quy chế phối hợp bảo đảm an ninh "
        "trật tự vùng giáp ranh."
    )
    assert line["parties"] == ["Công an phường Tân Định", "Công an phường Bến Thành"], line["parties"]
    assert line["level"] == "commune"


def test_the_unnamed_provinces_bodies_beside_named_ones_are_no_party_of_their_own():
    line = extract_text(
        "Tối 5/12/2024, tại Hà Nội, Hội Cựu chiến binh TP Hà Nội ký kết chương trình phối hợp với Hội Cựu chiến "
        "binh tỉnh Nghệ An và Hội Cựu chiến binh các tỉnh, thành phố giai đoạn 2025-2030."
    )
    assert line["parties"] == ["Hội Cựu chiến binh TP Hà Nội", "Hội Cựu chiến binh tỉnh Nghệ An"], line["parties"]
    assert line["level"] == "inter-provincial"


def test_a_bulleted_line_of_who_spoke_is_attendance():
    # a page that prints its title and caption as bullets: the speaker's offices are not parties
    line = extract_text(
        "• Khối thi đua các cơ quan Đảng tỉnh Bình Thuận ký kết giao ước thi đua năm 2019\n"
        "• Đồng chí Trần Văn Minh, UVTV Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy phát biểu tại Hội nghị.\n\n"
        "Hội nghị đã thông qua quy chế hoạt động của khối và thống nhất nội dung giao ước thi đua."
    )
    assert line["parties"] == ["Khối thi đua các cơ quan Đảng tỉnh Bình Thuận"], line["parties"]


def test_the_youth_union_named_two_ways_is_one_party_by_its_short_name():
    # the title says "Đoàn Thanh niên", the lead "Ban Thường vụ Tỉnh đoàn": one body, kept as the lead writes it
    line = extract_text(
        "Đoàn Thanh niên và Bộ đội Biên phòng chung tay\n\n"
        "Hôm 9/11/2021, Ban Thường vụ Tỉnh đoàn, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Thái Bình ký kết "
        "chương trình phối hợp cho 5 năm tới."
    )
    assert line["parties"] == [
        "Ban Thường vụ Tỉnh đoàn Thái Bình",
        "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Thái Bình",
    ], line["parties"]
    # the lead writes the full name, the title the short one: the short one is kept
    other = extract_text(
        "Tỉnh đoàn Hà Tĩnh ký kết phối hợp với Đoàn Thanh niên Bộ Tư pháp\n\n"
        "Ngày 2/4/2022, Đoàn TNCS Hồ Chí Minh tỉnh Hà Tĩnh và Đoàn Thanh niên Bộ Tư pháp ký kết chương trình phối "
        "hợp giai đoạn 2022-2027."
    )
    assert other["parties"] == ["Tỉnh đoàn Hà Tĩnh", "Đoàn Thanh niên Bộ Tư pháp"], other["parties"]


def test_a_city_called_by_part_of_its_provinces_name_was_a_district_tier_city():
    # before 2025 "thành phố Huế" was a city of Thừa Thiên Huế: its bodies are district-tier
    line = extract_text(
        "Chiều 14/3/2023, Công an thành phố Huế và Hội Cựu chiến binh thành phố Huế ký kết chương trình phối hợp "
        "bảo đảm an ninh trật tự."
    )
    assert line["parties"] == ["Công an thành phố Huế", "Hội Cựu chiến binh thành phố Huế"], line["parties"]
    assert line["level"] == "district" and line["province"] == "Thừa Thiên Huế", line


def test_the_three_forces_named_by_their_short_names_are_the_provinces_commands():
    # "ba lực lượng Công an, Quân sự, Biên phòng tỉnh": the police, the military command and the border guard
    line = extract_text(
        "Ngày 12/7/2021, tại Bộ Chỉ huy Quân sự tỉnh Cao Bằng, ba lực lượng Công an, Quân sự và Biên phòng tỉnh "
        "tổ chức hội nghị giao ban công tác phối hợp 6 tháng đầu năm 2021."
    )
    assert [p.split(" tỉnh")[0] for p in line["parties"]] == [
        "Công an",
        "Bộ Chỉ huy Quân sự",
        "Bộ Chỉ huy Bộ đội Biên phòng",
    ], line["parties"]
    assert line["level"] == "province"


def test_a_briefing_of_the_three_forces_is_a_coordination_meeting():
    # "giao ban 3 lực lượng": the police, the military and the border guard meeting is joint work by itself
    line = extract_text(
        "Ngày 8/10/2022, 3 lực lượng Công an, Quân sự và Biên phòng tỉnh Lào Cai tổ chức hội nghị giao ban thực "
        "hiện Nghị định 03/2019/NĐ-CP quý III năm 2022."
    )
    assert line["event_type"] == "meeting", line


def test_a_central_bodys_cluster_reported_by_a_provincial_site_is_that_provinces():
    # a cluster of a central body's provincial units meets online, no venue: the provincial court's site that
    # reports it tells whose unit took part; the same page on a national site names no province
    text = (
        "Ngày 10/10/2022, Cụm thi đua số III TANDTC tổ chức Hội nghị tổng kết công tác thi đua năm 2022 bằng "
        "hình thức trực tuyến."
    )
    line = extract_text(text, url="https://camau.toaan.gov.vn/webcenter/portal/camau/tintuc")
    assert line["level"] == "central" and line["province"] == "Cà Mau", line
    assert extract_text(text, url="https://vnexpress.net/tin-tuc")["province"] is None


def test_a_district_written_with_a_typographic_apostrophe_or_without_one():
    # "Đắk R’Lấp" (the reference writes "R'Lấp") and "Đắk G’Long" (the reference writes "Glong") are districts
    assert gazetteer().district_provinces("Đắk R’Lấp") == ["Đắk Nông"]
    assert gazetteer().district_provinces("Đắk G’Long") == ["Đắk Nông"]
    line = extract_text(
        "Ngày 6/5/2020, Công an huyện Đắk R’Lấp và Công an huyện Đắk G’Long ký kết quy chế phối hợp bảo đảm an "
        "ninh trật tự vùng giáp ranh."
    )
    assert line["parties"] == ["Công an huyện Đắk R’Lấp", "Công an huyện Đắk G’Long"], line["parties"]
    assert line["level"] == "district"


def test_a_provincial_bodys_cluster_of_its_district_units_is_district_level():
    # "cụm thi đua số 2 Công an tỉnh X gồm: Công an TP A, Công an huyện B ...": the provincial police named
    # after the cluster is whose cluster it is, not a party; its members are districts' police
    line = extract_text(
        "Vừa qua, cụm thi đua số 2 Công an tỉnh Lâm Đồng gồm: Công an TP Bảo Lộc, Công an huyện Di Linh và Công "
        "an huyện Bảo Lâm đã tổ chức Lễ ký kết giao ước thi đua năm 2021."
    )
    assert line["parties"][0] == "cụm thi đua số 2 Công an tỉnh Lâm Đồng", line["parties"]
    assert "Công an tỉnh Lâm Đồng" not in line["parties"]
    assert line["level"] == "district", line


def test_a_ministrys_cluster_listing_its_own_departments_is_central():
    # the members in brackets are the ministry's departments, no province among them
    line = extract_text(
        "Sáng 20/11/2023, Cụm thi đua số III, Công đoàn Bộ Tài chính (gồm các Vụ, Cục thuộc Bộ) tổ chức hội nghị "
        "bình xét thi đua năm 2023 tại trụ sở Bộ."
    )
    assert line["level"] == "central", line


def test_a_ministrys_bloc_named_in_full_in_the_title_only_is_central():
    # the title says whose bloc it is ("Khối thi đua 12 Bộ Y tế"); the lead names it short ("Khối thi đua 12")
    line = extract_text(
        "Khối thi đua 12 Bộ Y tế tổng kết công tác thi đua năm 2024\n\n"
        "Ngày 14/12/2024, các đơn vị trong Khối thi đua 12 tổ chức hội nghị tổng kết, bình xét thi đua năm 2024."
    )
    assert line["parties"] == ["Khối thi đua 12 Bộ Y tế"], line["parties"]
    assert line["level"] == "central" and line["province"] is None, line


def test_a_bloc_whose_members_are_the_provinces_own_associations_is_provincial():
    # "Cụm thi đua 2" alone would be a cluster of provinces; its members listed as "Hội ... tỉnh" are one
    # province's associations
    line = extract_text(
        "Các Hội tỉnh Sơn La ký kết giao ước thi đua năm 2022\n\n"
        "Ngày 18/3/2022, lãnh đạo 6 tổ chức Hội trong Cụm thi đua 2 ký giao ước thi đua năm 2022.\n\n"
        "Tham gia ký kết có lãnh đạo các Hội trong khối, gồm: Hội Chữ thập đỏ tỉnh (làm trưởng khối), Hội Người "
        "cao tuổi tỉnh, Hội Khuyến học tỉnh, Hội Người mù tỉnh."
    )
    assert line["level"] == "province", line


def test_a_verbless_title_naming_the_network_adds_no_party_to_the_clusters_meeting():
    # the title names the central association whose cluster meets; the lead's cluster of provinces holds it
    line = extract_text(
        "Hội Cựu chiến binh Việt Nam: phong trào thi đua khu vực Tây Nguyên\n\n"
        "Ngày 9/11/2022, tại tỉnh Gia Lai, Cụm thi đua số 6 gồm Hội Cựu chiến binh các tỉnh Gia Lai, Kon Tum, "
        "Đắk Lắk, Đắk Nông và Lâm Đồng tổ chức hội nghị tổng kết công tác thi đua năm 2022."
    )
    assert len(line["parties"]) == 1 and line["parties"][0].startswith("Cụm thi đua số 6"), line["parties"]
    assert line["level"] == "inter-provincial", line


def test_an_anniversary_named_as_the_occasion_does_not_make_the_review_a_look_alike():
    from etl.classify import classify_page

    # the anniversary is what the review celebrates, not what the sentence reports
    kind, _ = classify_page(
        "Hai tỉnh sơ kết hợp tác",
        [
            "Nhân dịp chào mừng kỷ niệm 15 năm thành lập tỉnh, ngày 3/4/2019 hai tỉnh A và B tổ chức sơ kết 5 năm "
            "thực hiện chương trình hợp tác."
        ],
    )
    assert kind == "meeting"


def test_a_review_the_sentence_announces_well_before_its_cue_is_no_event():
    from etl.classify import classify_page

    # "sẽ tổ chức" opens a long list of planned activities; the review at its end is still to come
    kind, _ = classify_page(
        "Nhiều hoạt động chào mừng ngày truyền thống của Hội",
        [
            "Hội Nông dân tỉnh cho biết: trong tháng 10, Hội sẽ tổ chức gặp mặt cán bộ "
            "hội qua các thời kỳ, trưng bày sản phẩm nông nghiệp tiêu biểu của hội viên ở các huyện, giao lưu văn "
            "nghệ giữa các chi hội và tổng kết chương trình phối hợp với Sở Nông nghiệp."
        ],
    )
    assert kind is None


def test_an_excerpt_without_its_headline_is_read_by_its_address():
    from etl.classify import classify_page

    # the excerpt starts after the lead: no title, the body only says what the cluster agreed
    body = ["Các đơn vị trong cụm thống nhất các nội dung thi đua và phân công cụm trưởng năm sau."]
    url = "https://baotinh.example.vn/cum-thi-dua-so-4-ky-ket-giao-uoc-thi-dua-nam-2023-12345.html"
    assert classify_page("", body, url)[0] == "meeting"
    # a congress in the address, or a real headline the address repeats, is read as before
    congress = "https://baotinh.example.vn/dai-hoi-hoi-nong-dan-ky-ket-giao-uoc-thi-dua-cum-12345.html"
    assert classify_page("", body, congress)[0] is None
    assert (
        classify_page("Cụm thi đua số 4 thăm mô hình kinh tế", body, url.replace("ky-ket-giao-uoc", "tham"))[0] is None
    )


def test_a_place_named_like_a_verb_does_not_end_the_subject():
    # "Bàn" in "huyện Điện Bàn" is part of the venue's name, not "to discuss": both committees organise
    line = extract_text(
        "Nhìn lại ba năm phối hợp\n\n"
        "Sáng 3.5 tại huyện Điện Bàn, Ban Thường vụ Tỉnh ủy Quảng Nam cùng Ban Thường vụ Thành ủy Đà Nẵng tổng kết "
        "chương trình phối hợp đã ký."
    )
    assert line["parties"] == ["Ban Thường vụ Tỉnh ủy Quảng Nam", "Ban Thường vụ Thành ủy Đà Nẵng"], line["parties"]
    assert line["level"] == "inter-provincial"


def test_the_bodies_that_hold_what_took_place_are_its_organisers():
    from etl.parties import PlaceContext
    from etl.roles import parties_with_roles

    # "đã diễn ra hội nghị ... do A và B phối hợp tổ chức": both hold it, not only the one after "và"
    found = parties_with_roles(
        "Sáng 9/10 tại thành phố Hà Tĩnh đã diễn ra hội nghị sơ kết 2 năm thực hiện quy chế phối hợp do Hội Nông "
        "dân tỉnh Hà Tĩnh và Hội Nông dân tỉnh Nghệ An phối hợp tổ chức.",
        PlaceContext("Hà Tĩnh"),
        gazetteer(),
    )
    assert [(p.name, role) for p, role in found] == [
        ("Hội Nông dân tỉnh Hà Tĩnh", "organiser"),
        ("Hội Nông dân tỉnh Nghệ An", "organiser"),
    ]


def test_a_bodys_review_of_its_own_work_is_not_made_joint_by_a_word_further_down():
    from etl.classify import classify_page

    # "phối hợp" four paragraphs down, among the year's results, does not make the union's own review joint work
    paragraphs = [
        "Ngày 5/7/2021, Liên đoàn Lao động huyện tổ chức hội nghị sơ kết công tác công đoàn 6 tháng đầu năm.",
        "Dự hội nghị có lãnh đạo Huyện ủy và chủ tịch công đoàn cơ sở các xã.",
        "Tại hội nghị, Ban Thường vụ báo cáo kết quả sáu tháng: kết nạp đoàn viên, thăm hỏi công nhân.",
        "Công đoàn đã vận động và phối hợp sửa nhà cho 12 đoàn viên khó khăn.",
    ]
    assert classify_page("Công đoàn huyện sơ kết công tác 6 tháng", paragraphs)[0] is None
    # bodies of several provinces briefing together is joint work
    met = ["Ngày 2/8/2022, Hội Cựu chiến binh 5 tỉnh Tây Nguyên tổ chức giao ban công tác hội 6 tháng đầu năm."]
    assert classify_page("Giao ban công tác hội 5 tỉnh Tây Nguyên", met)[0] == "meeting"


def test_a_signing_told_only_further_down_is_the_event_an_old_one_is_not():
    from etl.classify import classify_page

    opening = [
        "Chiều 4/5, đoàn công tác Hội Nông dân tỉnh A đến thăm và làm việc tại tỉnh B.",
        "Hai bên trao đổi kinh nghiệm xây dựng mô hình kinh tế tập thể.",
        "Đoàn đã tặng 50 suất quà cho hội viên nghèo của xã C.",
        "Đây là hoạt động thường niên của hội.",
    ]
    signed = "Dịp này, Hội Nông dân tỉnh A và Hội Nông dân tỉnh B đã ký kết chương trình phối hợp giai đoạn 2024-2028."
    assert classify_page("Nông dân tỉnh A tặng quà hội viên tỉnh B", [*opening, signed]) == ("agreement", 0.6)
    old = "Năm 2019, Hội Nông dân tỉnh A và Hội Nông dân tỉnh B đã ký kết chương trình phối hợp giai đoạn 2019-2023."
    assert classify_page("Nông dân tỉnh A tặng quà hội viên tỉnh B", [*opening, old])[0] is None
    planned = "Thời gian tới, Hội Nông dân tỉnh A và Hội Nông dân tỉnh B sẽ ký kết chương trình phối hợp."
    assert classify_page("Nông dân tỉnh A tặng quà hội viên tỉnh B", [*opening, planned])[0] is None
    abroad = ["Chiều 4/5, đoàn đại biểu huyện X (Trung Quốc) đến thăm và làm việc tại tỉnh B.", *opening[1:]]
    assert classify_page("Đoàn huyện X thăm tỉnh B", [*abroad, signed])[0] is None


def test_a_period_after_signed_cooperation_with_no_document_noun_is_the_programs():
    from etl.periods import find_period

    # "ký kết phối hợp hoạt động giai đoạn ..." / "ký kết hợp tác ... giai đoạn ...": what is signed runs then
    body = "Tại buổi làm việc, hai huyện đoàn đã ký kết phối hợp hoạt động giai đoạn 2024 - 2028."
    assert find_period(
        "Tuổi trẻ hai huyện giao lưu", "Sáng 3/3, đoàn viên hai huyện giao lưu.", body, "agreement", 2024
    ) == (
        2024,
        2028,
    )
    body = "Dịp này, ba tỉnh ký kết hợp tác giữa tỉnh A với tỉnh B và tỉnh C giai đoạn 2021 - 2025."
    assert find_period("Ba tỉnh thắt chặt tình đoàn kết", "", body, "meeting", 2020) == (2021, 2025)


def test_a_review_of_a_contest_is_an_award_ceremony_not_a_meeting():
    from etl.classify import classify_page

    # "tổng kết và trao giải Cuộc thi ...": the review is of a contest two bodies co-organised
    lead = (
        "Sáng 8/11, Hội Cựu chiến binh tỉnh phối hợp với Đài Phát thanh và Truyền hình tỉnh tổ chức hội nghị tổng "
        "kết và trao giải Cuộc thi viết về gương cựu chiến binh làm kinh tế giỏi."
    )
    assert classify_page("", [lead])[0] is None
    # a review of the joint program that also hands out awards is still the program's review
    program = lead.replace("tổng kết và trao giải Cuộc thi viết về", "tổng kết chương trình phối hợp tuyên truyền về")
    assert classify_page("", [program])[0] == "meeting"


def test_a_text_naming_no_place_takes_the_province_a_national_outlets_section_names():
    # the excerpt names no place at all; the labour paper's section for one province's federation does
    line = extract_text(
        "Công đoàn các cơ quan ký kết giao ước thi đua\n\n"
        "Sáng 12/3/2021, các công đoàn cơ sở trong Cụm thi đua số 2 tổ chức ký kết giao ước thi đua năm 2021.",
        url="https://congdoan.example.vn/ldld-tra-vinh/cong-doan-cac-co-quan-ky-ket-giao-uoc-123.html",
    )
    assert line["province"] == "Trà Vinh", line
    # the headline's slug is not a section: a province named only there decides nothing here
    line = extract_text(
        "Công đoàn các cơ quan ký kết giao ước thi đua\n\n"
        "Sáng 12/3/2021, các công đoàn cơ sở trong Cụm thi đua số 2 tổ chức ký kết giao ước thi đua năm 2021.",
        url="https://congdoan.example.vn/cong-doan/tra-vinh-cong-doan-ky-ket-giao-uoc-123.html",
    )
    assert line["province"] is None, line


def test_a_plan_named_as_what_was_adopted_announces_nothing():
    from etl.classify import classify_page

    # "đã thông qua kế hoạch tổ chức các hoạt động": the plan is a noun the cluster adopted, then it signed
    lead = (
        "Sáng 5/1, các đơn vị trong cụm thi đua đã thông qua kế hoạch tổ chức các hoạt động năm 2024 và ký kết "
        "giao ước thi đua."
    )
    assert classify_page("", [lead])[0] == "meeting"
    # a plan still to be carried out announces
    planned = "Các đơn vị trong cụm thi đua có kế hoạch tổ chức ký kết giao ước thi đua vào tháng sau."
    assert classify_page("", [planned])[0] is None


def test_a_cluster_named_by_its_fields_keeps_the_whole_name():
    # a sector's cluster lists its fields with a comma and "và" ("Lao động, Thương binh và Xã hội") and writes its
    # own abbreviation in brackets with a comma inside: one name, not cut at the comma or the bracket
    line = extract_text(
        "Ngày 8/12/2023, tại tỉnh Bình Phước, Cụm thi đua ngành Lao động, Thương binh và Xã hội (LĐ,TB&XH) các tỉnh "
        "miền Đông Nam bộ họp tổng kết phong trào thi đua của năm 2023."
    )
    assert line["parties"] == ["Cụm thi đua ngành Lao động, Thương binh và Xã hội các tỉnh miền Đông Nam bộ"]


def test_a_numbered_cluster_of_an_association_with_a_dashed_abbreviation():
    # "(TTTS - Đường HCM)": an association's own short name, with a dash, inside the cluster's name
    line = extract_text(
        "Sáng 5/12/2024, Cụm thi đua số 3, Hội Truyền thống Trường Sơn - Đường Hồ Chí Minh (TTTS - Đường HCM) "
        "Việt Nam tổ chức hội nghị tổng kết hoạt động năm 2024."
    )
    assert line["parties"] == ["Cụm thi đua số 3, Hội Truyền thống Trường Sơn - Đường Hồ Chí Minh Việt Nam"]


def test_a_border_guard_command_written_ban_chi_huy_stays_so():
    # "Ban Chỉ huy BĐBP tỉnh ..." is written with "Ban", not the "Bộ Chỉ huy" of the usual naming, and abbreviated
    line = extract_text(
        "Sáng 12/3/2025, Ban Chỉ huy BĐBP tỉnh Kon Tum và Hội Nông dân tỉnh Kon Tum ký kết quy chế phối hợp tuyên "
        "truyền pháp luật cho nông dân khu vực biên giới."
    )
    assert line["parties"] == ["Ban Chỉ huy BĐBP tỉnh Kon Tum", "Hội Nông dân tỉnh Kon Tum"]


def test_bodies_of_the_police_and_maritime_services_the_registry_now_knows():
    # a fire police department, a prison and a port authority are bodies of their own, each with its place or name
    line = extract_text(
        "Ngày 6/7/2022, Sở Cảnh sát phòng cháy và chữa cháy thành phố Hà Nội, Trại giam Thanh Xuân và Cảng vụ Hàng hải "
        "Quảng Ninh ký kết quy chế phối hợp trong công tác cứu nạn, cứu hộ."
    )
    assert line["parties"] == [
        "Sở Cảnh sát phòng cháy và chữa cháy thành phố Hà Nội",
        "Trại giam Thanh Xuân",
        "Cảng vụ Hàng hải Quảng Ninh",
    ]


def test_a_provinces_own_bloc_has_its_place_made_explicit():
    # "Khối thi đua số 4" of one province's bodies: written with that province, as a careful reader writes it
    line = extract_text(
        "Hôm 5/1/2023, ở thành phố Hà Tĩnh, Khối thi đua số 4 tỉnh Hà Tĩnh tổng kết một năm thi đua.\n"
        "Các thành viên Khối thi đua số 4 đều đạt chỉ tiêu đề ra."
    )
    assert line["parties"] == ["Khối thi đua số 4 tỉnh Hà Tĩnh"]
    line = extract_text(
        "Chiều 5/1/2023, tại Sở Nội vụ tỉnh Hà Tĩnh, Khối thi đua số 4 tổ chức hội nghị tổng kết một năm thi "
        "đua của các thành viên."
    )
    assert line["parties"] == ["Khối thi đua số 4 tỉnh Hà Tĩnh"]


def test_bodies_of_leaders_signing_are_written_as_that_sentence_writes_them():
    # no body signs in the lead; the leaders further down sign for "CATP Hà Nội": the party keeps the text's
    # abbreviation, as a lead's party does
    line = extract_text(
        "Ký kết chương trình phối hợp bảo đảm an ninh trật tự\nSáng 3/4/2022, tại Hà Nội diễn ra lễ ký kết chương "
        "trình phối hợp giai đoạn 2022-2027.\nThiếu tướng Nguyễn Văn An, Giám đốc CATP Hà Nội và ông Trần Văn Bình, "
        "Chủ tịch Hội Cựu chiến binh thành phố ký kết chương trình phối hợp."
    )
    assert line["parties"] == ["CATP Hà Nội", "Hội Cựu chiến binh thành phố Hà Nội"]


def test_the_bodies_in_a_cluster_are_the_cluster_the_article_names():
    # "Hội Nông dân các tỉnh trong cụm thi đua đã ký kết ...": the cluster the article names further down is the
    # party, its members described as the text describes them
    line = extract_text(
        "Ký kết giao ước thi đua năm 2023\nNgày 10/3/2023, tại tỉnh Phú Thọ, Hội Nông dân các tỉnh trong cụm thi "
        "đua đã ký kết giao ước thi đua năm 2023.\nNăm 2022, Cụm thi đua số 6 đã hoàn thành các chỉ tiêu đề ra."
    )
    assert line["parties"] == ["Cụm thi đua số 6 (Hội Nông dân các tỉnh)"]


def test_a_plan_verb_is_not_part_of_a_clusters_name():
    # "Cụm thi đua dự kiến tổ chức ...": "dự kiến" is what the cluster plans, not its name
    from etl.parties import PlaceContext
    from etl.roles import parties_with_roles

    found = parties_with_roles(
        "Năm 2024, Cụm thi đua dự kiến tổ chức hội thao chào mừng ngày thành lập Công đoàn Việt Nam.",
        PlaceContext("Sóc Trăng"),
        gazetteer(),
    )
    assert not [p.name for p, _ in found if p.name.startswith("Cụm thi đua")]


def test_a_field_of_work_named_by_a_head_is_no_body():
    # "triển khai công tác Công an": the work, not the province's police; the cluster is the one party
    line = extract_text(
        "Ngày 20/7/2018, Công an các tỉnh trong Cụm thi đua số 4 – Bộ Công an gồm: Sơn La, Lai Châu, Điện Biên đã "
        "triển khai có hiệu quả công tác Công an, hoàn thành các chỉ tiêu thi đua, tổ chức hội nghị sơ kết."
    )
    assert line["parties"] == ["Cụm thi đua số 4 – Bộ Công an"]  # the provinces listed are no part of its name


def test_the_fronts_central_committee_keeps_its_name_and_standing_board():
    # "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam": the central Front's standing board, its words in order
    line = extract_text(
        "Ngày 15/11/2022, tại tỉnh Hậu Giang, Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam tổ chức hội nghị "
        "tổng kết công tác thi đua năm 2022 của cụm thi đua các tỉnh miền Tây Nam Bộ."
    )
    assert line["parties"][0] == "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam"
    assert line["level"] == "central"


def test_a_city_written_tp_keeps_tp():
    # "Công an TP Pleiku": the text's "TP", not "thành phố" (a short name with "thành phố" no longer matches)
    line = extract_text(
        "Ngày 9/8/2024, Công an TP Pleiku và Hội Cựu chiến binh TP. Pleiku ký kết quy chế phối hợp bảo đảm an ninh "
        "trật tự trên địa bàn."
    )
    assert line["parties"] == ["Công an TP Pleiku", "Hội Cựu chiến binh TP Pleiku"]


def test_a_headline_with_its_posting_stamp_on_the_same_line_is_the_title():
    from etl.page import find_structure

    page = find_structure(
        [
            "Báo Nông thôn Mới hợp tác truyền thông với tỉnh Hòa Bình 12/03/2024 09:41",
            "Sáng 11/3, tại thành phố Hòa Bình, Báo Nông thôn Mới và Sở Nông nghiệp tỉnh Hòa Bình ký kết chương "
            "trình phối hợp.",
        ]
    )
    assert page.title == "Báo Nông thôn Mới hợp tác truyền thông với tỉnh Hòa Bình"
    # a short line of a few words with a stamp is still a header line, not a title
    lead = "Sáng 11/3, tại thành phố Hòa Bình, hai bên đã ký kết chương trình phối hợp truyền thông."
    assert find_structure(["Cập nhật lúc 12/03/2024 09:41", lead]).title == ""


def test_a_summary_paragraph_then_the_report_the_venue_comes_from_the_report():
    # the summary names the provinces' aims; the report's own opening names the day and the venue
    line = extract_text(
        "Báo Nông thôn Mới hợp tác truyền thông với tỉnh Hòa Bình 12/03/2024 09:41\n\n"
        "(NTM) - Việc phối hợp nhằm nâng cao hiệu quả công tác thông tin về nông nghiệp, nông thôn, góp phần phát "
        "triển kinh tế - xã hội của tỉnh Hà Nam và các tỉnh lân cận trong những năm tới.\n\n"
        "Sáng 11/3, tại tỉnh Hòa Bình, Báo Nông thôn Mới và Sở Nông nghiệp và Phát triển nông thôn tỉnh Hòa Bình ký "
        "kết chương trình phối hợp truyền thông giai đoạn 2024 - 2026."
    )
    assert line["province"] == "Hòa Bình"
    assert (line["period_start"], line["period_end"]) == (2024, 2026)


def test_communication_as_what_is_coordinated_comes_first():
    from etl.topics import find_topics

    # the bodies coordinate communication itself: it is the subject
    assert find_topics("Báo Nông thôn Mới phối hợp tuyên truyền với huyện Kim Bôi", "", "", [])[0] == "tuyen_truyen"
    # communication as the means of another subject follows it
    lead = "Hai bên ký kết chương trình phối hợp phát triển kinh tế nông thôn, trong đó có công tác tuyên truyền."
    assert find_topics("", lead, lead, [])[0] == "kinh_te"
    # communication of the law: the law is the subject
    assert find_topics("Hai sở phối hợp tuyên truyền, phổ biến pháp luật cho nông dân", "", "", [])[0] == "phap_luat"


def test_an_emulation_bloc_named_for_its_sectors_is_about_emulation():
    from etl.parties import PlaceContext, find_parties
    from etl.topics import find_topics

    sentence = "Khối thi đua Văn hóa - Xã hội tổ chức hội nghị để ký giao ước thi đua cho năm 2023."
    parties = find_parties(sentence, PlaceContext("Phú Yên"), gazetteer())
    # the title writes the bloc's name in another case than the extractor did
    title = "Khối Thi đua Văn hóa - Xã hội cùng ký giao ước thi đua cho năm 2023"
    assert find_topics(title, "", "", parties)[0] == "thi_dua_khen_thuong"


def test_a_central_program_carried_out_names_its_authors_not_the_parties():
    line = extract_text(
        "Thực hiện Quy chế phối hợp số 12/QC-BTL-TCT ngày 5/6/2021 giữa Bộ Tư lệnh Cảnh sát biển và Tổng cục "
        "Thuế, sáng 3/11/2023, Công an tỉnh Bến Tre và Cục Thuế tỉnh Bến Tre tổ chức hội nghị ký kết kế hoạch "
        "phối hợp giai đoạn 2023-2028."
    )
    assert line["parties"] == ["Công an tỉnh Bến Tre", "Cục Thuế tỉnh Bến Tre"]
    assert line["level"] == "province"
    # the program's own authors reviewing it are its parties
    line = extract_text(
        "Sáng 3/11/2023, tại Hà Nội, hội nghị sơ kết thực hiện Quy chế phối hợp giữa Bộ Tư pháp và Bộ Công an "
        "đã diễn ra."
    )
    assert line["level"] == "central"


def test_a_unit_with_its_parent_in_brackets_is_one_party():
    line = extract_text(
        "Hôm 12/4/2019, Hội Cựu chiến binh tỉnh Gia Lai và Sư đoàn 320 (Quân đoàn 3) ký kết "
        "chương trình phối hợp cho 5 năm 2019-2024."
    )
    assert line["parties"] == ["Hội Cựu chiến binh tỉnh Gia Lai", "Sư đoàn 320 (Quân đoàn 3)"]


def test_the_districts_unions_of_one_province_with_a_sector_union_and_a_term():
    line = extract_text(
        "Phú Yên - Chiều 5/12/2023, Công đoàn ngành Y tế tỉnh Phú Yên tổ chức ký kết quy chế phối hợp với LĐLĐ "
        "các huyện, thị xã, thành phố nhiệm kỳ 2023-2028."
    )
    assert line["parties"] == ["Công đoàn ngành Y tế tỉnh Phú Yên", "LĐLĐ các huyện, thị xã, thành phố Phú Yên"]
    assert line["level"] == "province"


def test_a_cluster_with_its_provinces_in_brackets_is_one_party():
    line = extract_text(
        "Sáng 20/12/2024, tại tỉnh Bến Tre, Cụm thi đua Công an 4 tỉnh, thành phố (Bến Tre, Trà Vinh, Sóc Trăng, "
        "Cần Thơ) tổ chức hội nghị tổng kết công tác thi đua năm 2024."
    )
    assert line["parties"] == ["Cụm thi đua Công an 4 tỉnh, thành phố"]  # the list in brackets: ruling 11


def test_a_capitalised_field_in_a_clusters_name_is_no_verb():
    line = extract_text(
        "Sáng 3/12/2024, Cụm thi đua số 3, ngành Tổ chức nhà nước tổ chức hội nghị tổng kết công tác thi đua năm 2024."
    )
    assert line["parties"] == ["Cụm thi đua số 3, ngành Tổ chức nhà nước"]
    # a title in capitals or in title case still ends the name at its verb
    from etl.parties import PlaceContext, find_parties

    for title in ("CỤM THI ĐUA SỐ 3 TỔ CHỨC HỘI NGHỊ TỔNG KẾT", "Cụm Thi Đua Số 3 Tổ Chức Hội Nghị Tổng Kết"):
        assert [p.name for p in find_parties(title, PlaceContext("Hà Tĩnh"), gazetteer())] == ["Cụm Thi Đua Số 3"]


def test_a_bare_city_in_an_article_about_a_provinces_city_is_that_city():
    line = extract_text(
        "Hôm 5/3/2024, Đảng ủy BCHQS TP Thuận An và Đảng ủy 9 phường ký kết quy chế phối hợp trong công tác lãnh đạo.",
        url="https://baobinhduong.vn/quoc-phong/ky-ket-quy-che-phoi-hop.html",
    )
    assert line["level"] == "district"
    # the wards counted are the city's own: their place written out (tests/test_extraction_parties17.py)
    assert line["parties"] == ["Đảng ủy BCHQS TP Thuận An", "Đảng ủy 9 phường TP Thuận An"]


def test_a_ward_written_short_is_a_ward_and_no_sentence_end():
    line = extract_text(
        "Ngày 12-4-2024, UBND P. Thạch Thang và Công an Q. Hải Châu ký kết quy chế phối hợp bảo đảm an ninh, "
        "trật tự trên địa bàn.",
        url="https://baodanang.vn/an-ninh/ky-ket-quy-che.html",
    )
    assert line["parties"] == ["UBND phường Thạch Thang", "Công an quận Hải Châu"]
    assert line["level"] == "district"


def test_a_review_of_an_award_over_its_years_is_no_event():
    line = extract_text(
        "Sáng 12/9/2024, tại TP Huế, Hội Nhà báo Việt Nam tổ chức hội nghị tổng kết 10 năm Giải Báo chí về "
        "phòng, chống tham nhũng và chương trình hỗ trợ các cơ quan báo chí."
    )
    assert line["is_event"] is False
    # a review of a joint program over its years still is a meeting
    line = extract_text(
        "Sáng 12/9/2024, tại TP Huế, Hội Nhà báo tỉnh và Công an tỉnh Thừa Thiên Huế tổ chức hội nghị tổng kết "
        "9 năm thực hiện chương trình phối hợp."
    )
    assert line["event_type"] == "meeting"


def test_a_captions_signing_gives_way_to_the_dated_review_that_signs_anew():
    line = extract_text(
        "Gắn kết hơn nữa giữa hai ngành\n"
        "Lãnh đạo Sở Y tế và Công an tỉnh Nam Định ký kết chương trình phối hợp giai đoạn 2024 - 2029.\n"
        "Chiều ngày 14/3/2024, Sở Y tế và Công an tỉnh Nam Định đồng chủ trì hội nghị tổng kết 5 năm triển khai "
        "chương trình phối hợp giai đoạn 2019 - 2024 và ký kết chương trình phối hợp giai đoạn mới."
    )
    assert line["event_type"] == "meeting"
    # a signing the dated lead tells itself stays a signing
    line = extract_text(
        "Gắn kết hơn nữa giữa hai ngành\n"
        "Lãnh đạo Sở Y tế và Công an tỉnh Nam Định ký kết chương trình phối hợp giai đoạn 2024 - 2029.\n"
        "Chiều ngày 14/3/2024, Sở Y tế và Công an tỉnh Nam Định tổ chức lễ ký kết chương trình phối hợp."
    )
    assert line["event_type"] == "agreement"


def test_a_memorandum_carried_out_names_its_authors_in_a_clause_of_purpose():
    line = extract_text(
        "Thực hiện Biên bản ghi nhớ giữa Ban Thường vụ Tỉnh ủy Hà Giang và Ban Thường vụ Tỉnh ủy Bình Dương, sáng "
        "6/5/2023, Hội Nông dân tỉnh Hà Giang và Hội Nông dân tỉnh Bình Dương tổ chức ký kết chương trình phối hợp."
    )
    assert line["parties"] == ["Hội Nông dân tỉnh Hà Giang", "Hội Nông dân tỉnh Bình Dương"]


def test_a_centrally_run_city_counted_with_provinces_is_a_city():
    line = extract_text(
        "Ngày 5-6-2023, tại Cần Thơ, lãnh đạo 3 tỉnh, thành phố Cần Thơ, Hậu Giang và Sóc Trăng ký kết thỏa thuận "
        "hợp tác phát triển du lịch."
    )
    assert line["parties"][0] == "thành phố Cần Thơ"


def test_a_district_party_committee_names_each_district_listed_after_it():
    line = extract_text(
        "Ngày 15/4/2023, Đảng ủy Bộ Chỉ huy Quân sự tỉnh Bến Tre phối hợp với Huyện ủy huyện Bình Đại và Ba Tri tổ "
        "chức sơ kết 1 năm thực hiện quy chế phối hợp."
    )
    assert "Huyện ủy huyện Ba Tri" in line["parties"]


def test_border_posts_named_by_their_numbers_are_each_a_party():
    line = extract_text(
        "Ngày 5/3/2024, Hội Liên hiệp Phụ nữ huyện Tân Biên và các Đồn Biên phòng 831, 833 và 835 ký kết chương "
        "trình phối hợp giai đoạn 2024-2029."
    )
    assert line["parties"] == [
        "Hội Liên hiệp Phụ nữ huyện Tân Biên",
        "Đồn Biên phòng 831",
        "Đồn Biên phòng 833",
        "Đồn Biên phòng 835",
    ]


def test_a_sector_unions_field_is_the_unions_not_the_sectors():
    line = extract_text(
        "Công đoàn ngành Giáo dục ký quy chế phối hợp với Hội Liên hiệp Phụ nữ tỉnh\n"
        "Chiều 5/12/2023, Công đoàn ngành Giáo dục tổ chức ký kết quy chế phối hợp với Hội Liên hiệp Phụ nữ tỉnh.",
        url="https://baophuyen.vn/xa-hoi/ky-ket-quy-che-phoi-hop.html",
    )
    assert line["topics"][0] == "xa_hoi"


def test_a_cluster_named_after_its_chair_and_deputy_gives_the_field():
    # the chair's and deputy's committees have no field of their own; the emulation cluster beside them does,
    # whatever its name says of its members ("biên giới" is where they are, not what the meeting is about)
    from etl.parties import PlaceContext, find_parties
    from etl.topics import find_topics

    lead = (
        "Sáng 20/3/2024, UBND tỉnh Hà Giang phối hợp với UBND tỉnh Lai Châu và Cụm thi đua 6 tỉnh miền núi biên "
        "giới tổ chức hội nghị."
    )
    parties = find_parties(lead, PlaceContext("Hà Giang"), gazetteer())
    assert parties[-1].name.startswith("Cụm thi đua")
    title = "Cụm thi đua 6 tỉnh miền núi biên giới tổng kết năm 2023"
    assert find_topics(title, lead, lead, parties)[0] == "thi_dua_khen_thuong"


def test_a_city_glued_to_its_dot_is_kept_as_the_text_writes_it():
    # "Sở Y tế TP.HCM": no space after "TP."; the city is read as written, not replaced by the article's province
    from etl.parties import PlaceContext, find_parties

    found = find_parties("Ngày 5/3, Sở Y tế TP.HCM ký kết quy chế phối hợp.", PlaceContext("Đồng Nai"), gazetteer())
    assert [(p.name, p.province) for p in found] == [("Sở Y tế TP.HCM", "TP Hồ Chí Minh")]


def test_communes_listed_after_one_head_are_each_a_party_known_or_not():
    # "Đảng ủy các xã A, B, C": the kind word says the names are communes, whether or not the gazetteer
    # knows them (many communes before 2025 are not in it); the district in brackets after the last is every
    # unit's, written as the text writes it ("TP. Pleiku")
    line = extract_text(
        "Sáng 14/3/2023, Công an các phường: Hòa Lư, Tây Sơn, Ia Kring (TP. Pleiku) và Công an xã Ia Dêr "
        "(huyện Ia Grai) ký kết quy chế phối hợp giữ gìn an ninh trật tự vùng giáp ranh."
    )
    assert line["parties"] == [
        "Công an phường Hòa Lư (TP. Pleiku)",
        "Công an phường Tây Sơn (TP. Pleiku)",
        "Công an phường Ia Kring (TP. Pleiku)",
        "Công an xã Ia Dêr (huyện Ia Grai)",
    ]
    line = extract_text(
        "Ngày 2/6/2022, Đảng ủy Đồn Biên phòng Bờ Y và Đảng ủy các xã Pờ Y, Đắk Dục, Đắk Nông Thượng ký kết quy "
        "chế phối hợp bảo vệ biên giới."
    )
    assert line["parties"][1:] == ["Đảng ủy xã Pờ Y", "Đảng ủy xã Đắk Dục", "Đảng ủy xã Đắk Nông Thượng"]
    # a heading in capitals after a ward's body is no second ward ("HĐND phường KHÓA I, NHIỆM KỲ 2021-2026")
    from etl.roles import _unknown_commune

    assert _unknown_commune("NHIỆM KỲ 2021 - 2026", gazetteer()) is None
    assert _unknown_commune("UB MTTQ Việt Nam phường", gazetteer()) is None


def test_wards_named_by_number_keep_their_district_written_after_them():
    # "Phường 1, Phường 2 Quận 4": a ward's number is its name, the district after the list is each ward's
    line = extract_text(
        "Sáng 20/4/2019, Ban Thường vụ Đảng ủy Phường Bến Nghé, Đa Kao Quận 1 và Ban Thường vụ Đảng ủy Phường 6, "
        "Phường 9 Quận 4 ký kết chương trình phối hợp giữ gìn an ninh vùng giáp ranh."
    )
    assert line["parties"] == [
        "Ban Thường vụ Đảng ủy phường Bến Nghé (Quận 1)",
        "Ban Thường vụ Đảng ủy phường Đa Kao (Quận 1)",
        "Ban Thường vụ Đảng ủy phường 6 (Quận 4)",
        "Ban Thường vụ Đảng ủy Phường 9 (Quận 4)",
    ]


def test_a_cluster_chair_and_deputy_marked_as_such_are_not_parties_beside_the_cluster():
    # the chair hosts its cluster's meeting as a member: the cluster is the one party (DOMAIN.md)
    line = extract_text(
        "Khối thi đua 5 tỉnh Duyên hải Nam Trung Bộ tổng kết năm 2023\n\n"
        "Sáng 9/1/2024, tại thành phố Tuy Hòa, UBND tỉnh Phú Yên (Trưởng khối thi đua năm 2023) phối hợp với UBND "
        "tỉnh Ninh Thuận (Khối phó) tổ chức hội nghị tổng kết một năm thi đua của Khối."
    )
    assert line["parties"] == ["Khối thi đua 5 tỉnh Duyên hải Nam Trung Bộ"]
    # without a cluster among the parties, a chair's bodies stay parties
    line = extract_text(
        "Sáng 9/1/2024, UBND tỉnh Phú Yên (Trưởng khối) và UBND tỉnh Ninh Thuận ký kết chương trình phối hợp "
        "phát triển du lịch giai đoạn 2024 - 2026."
    )
    assert line["parties"] == ["UBND tỉnh Phú Yên", "UBND tỉnh Ninh Thuận"]


def test_an_excerpt_that_names_no_body_takes_its_signatories_from_the_address_slug():
    # the page starts at a photo caption and says only "hai bên"; the slug is the headline without diacritics,
    # and the words the reference tables know are written back before it is read like a title
    text = (
        "Quang cảnh lễ ký kết quy chế phối hợp. Ảnh: Minh Anh\n\n"
        "Theo quy chế, hai bên sẽ trao đổi thông tin, phối hợp tuyên truyền pháp luật cho nông dân vùng sâu, vùng "
        "xa và hỗ trợ hòa giải ở cơ sở trong thời gian tới.\n\n"
        "Quy chế quy định rõ trách nhiệm của mỗi bên và chế độ thông tin, báo cáo định kỳ."
    )
    url = "https://baoquangtri.vn/so-tu-phap-va-hoi-nong-dan-tinh-quang-tri-ky-ket-quy-che-phoi-hop-post512345.html"
    assert extract_text(text, url)["parties"] == ["Sở Tư pháp tỉnh Quảng Trị", "Hội Nông dân tỉnh Quảng Trị"]
    # a slug that praises a body names no signatory: one syllable without diacritics is many words
    from etl.parties import PlaceContext
    from etl.slug_parties import parties_in_address, slug_sentence

    praised = "https://baophapluat.vn/vksnd-tinh-quang-tri-thuc-hien-tot-phong-trao-thi-dua-118000.html"
    assert parties_in_address(praised, PlaceContext("Quảng Trị"), gazetteer()) == []
    restored = slug_sentence("https://a.vn/dam-bao-an-ninh-trat-tu-xa-hoi-1.html")
    assert "Báo" not in restored and "TƯ" not in restored  # "đảm bảo", "trật tự": no paper, no "Trung ương"


def test_places_in_brackets_after_a_body_say_what_it_is_of_and_are_not_parties():
    # "X (A, B, C) tổ chức": the bracket lists the places the organiser X groups; X is not one the heads know,
    # and its members written in brackets are not parties of their own
    line = extract_text(
        "Ngày 16/4/2019, tại tỉnh Kon Tum, Ban điều phối liên kết du lịch ba tỉnh (Kon Tum, Gia Lai, Đắk Lắk) tổ "
        "chức hội nghị sơ kết chương trình liên kết phát triển du lịch năm 2018."
    )
    assert not {"Kon Tum", "Gia Lai", "Đắk Lắk"} & set(line["parties"] or [])


def test_an_organiser_reviewing_its_own_program_lists_the_partners_named_after_giua():
    # "X tổ chức hội nghị sơ kết chương trình giữa X với Y và Z": X reviews its own program with its partners,
    # who are parties; X named again bare after "giữa" is X, not the province's body of that name
    line = extract_text(
        "Sáng 12/3/2021, Hội Nông dân huyện Krông Pắc tổ chức hội nghị sơ kết thực hiện chương trình phối hợp "
        "giữa Hội Nông dân với Công an huyện và Hạt Kiểm lâm huyện giai đoạn 2019 - 2021."
    )
    assert line["parties"] == [
        "Hội Nông dân huyện Krông Pắc",
        "Công an huyện Krông Pắc",
        "Hạt Kiểm lâm huyện Krông Pắc",
    ]
    assert line["level"] == "district"
    # a program between other bodies, which the organiser only reviews, stays out
    line = extract_text(
        "Sáng 12/3/2021, Sở Tư pháp tỉnh Đắk Lắk tổ chức hội nghị sơ kết thực hiện quy chế phối hợp giữa Hội "
        "Luật gia tỉnh với Đoàn Luật sư tỉnh năm 2020."
    )
    assert line["parties"] == ["Sở Tư pháp tỉnh Đắk Lắk"]


def test_an_abbreviation_is_read_however_its_dash_is_spaced_or_its_words_are_cased():
    # "Đài PT- TH", "BCH quân sự": the same abbreviations the reference lists, written a little differently
    line = extract_text(
        "Chiều 20/12/2022, Hội Nông dân tỉnh phối hợp cùng Báo Bình Phước, Đài PT- TH Bình Phước tổ chức hội "
        "nghị sơ kết chương trình phối hợp tuyên truyền."
    )
    assert line["parties"][-1] == "Đài Phát thanh và Truyền hình Bình Phước"
    line = extract_text(
        "Hôm 5/8/2020, BCH quân sự tỉnh, Công an tỉnh và Bộ đội Biên phòng tỉnh Kiên Giang sơ "
        "kết quy chế phối hợp ba bên."
    )
    assert "BCH quân sự tỉnh Kiên Giang" in line["parties"]


def test_a_meeting_held_with_bodies_named_after_voi_lists_them():
    # "A tổ chức hội nghị giao ban ... với B": the meeting is held with B, who holds it too
    line = extract_text(
        "Hôm 6/12/2022, Đảng ủy Đồn Biên phòng Ia Púch tổ chức hội nghị giao ban về quy chế phối hợp với "
        "Đảng ủy xã Ia Púch và Đảng ủy xã Ia Mơr."
    )
    assert line["parties"] == ["Đảng ủy Đồn Biên phòng Ia Púch", "Đảng ủy xã Ia Púch", "Đảng ủy xã Ia Mơr"]
    # "với sự chỉ đạo của X": X directs, it holds nothing
    line = extract_text(
        "Hôm 6/12/2022, Đảng ủy Đồn Biên phòng Ia Púch sơ kết quy chế phối hợp với sự "
        "chỉ đạo của Ban Tuyên giáo Tỉnh ủy Gia Lai."
    )
    assert line["parties"] == ["Đảng ủy Đồn Biên phòng Ia Púch"]


def test_a_national_association_and_its_central_committee_are_one_party():
    # the title names the association, the lead its central committee that signs for it: one body, named once
    from etl.parties import body_key

    assert body_key("Trung ương Hội Cựu chiến binh Việt Nam") == body_key("Hội Cựu chiến binh Việt Nam")
    line = extract_text(
        "Ký kết chương trình phối hợp giữa Hội Cựu chiến binh Việt Nam và Bộ Tư pháp\n"
        "Ngày 3/4/2023, Trung ương Hội Cựu chiến binh Việt Nam và Bộ Tư pháp tổ chức hội nghị ký kết chương trình "
        "phối hợp tuyên truyền pháp luật giai đoạn 2023 - 2027."
    )
    assert line["parties"] == ["Trung ương Hội Cựu chiến binh Việt Nam", "Bộ Tư pháp"]


def test_an_abbreviation_the_article_defines_names_its_bodies_as_first_written():
    # "Hội Người cao tuổi (NCT) Việt Nam ... NCT tỉnh Hà Nam": the article's own abbreviation, spelt by the
    # initials of the words before it, names a body the reference knows; each party written as first named
    line = extract_text(
        "Sáng 4/10/2024, Hội Người cao tuổi (NCT) Việt Nam phối hợp với Hội NCT tỉnh Hà Nam tổ chức hội nghị giao "
        "ban công tác hội các tỉnh đồng bằng sông Hồng năm 2024."
    )
    assert line["parties"] == ["Hội Người cao tuổi Việt Nam", "Hội NCT tỉnh Hà Nam"]
    assert line["province"] == "Hà Nam"


def test_bodies_of_every_district_that_end_a_title_are_one_collective_party():
    # "... với LĐLĐ các huyện, thành phố" closing a title names the districts' bodies together, not the province's
    line = extract_text(
        "Công đoàn ngành Y tế ký quy chế phối hợp công tác với LĐLĐ các huyện, thành phố\n"
        "Chiều 28/11/2023, Công đoàn ngành Y tế tỉnh Lào Cai tổ chức lễ ký kết quy chế phối hợp công tác giữa "
        "Công đoàn ngành với LĐLĐ các huyện, thành phố nhiệm kỳ 2023 - 2028."
    )
    assert line["parties"] == ["Công đoàn ngành Y tế tỉnh Lào Cai", "LĐLĐ các huyện, thành phố Lào Cai"]


def test_an_outlets_credit_and_bodies_that_only_attend_are_not_parties():
    # "(Báo A)- Sáng ...": the outlet credits itself; "Lãnh đạo X và Y cùng dự hội nghị": they attend
    from etl.parties import PlaceContext
    from etl.roles import parties_with_roles

    ctx = PlaceContext("Quảng Ngãi")
    found = parties_with_roles(
        "(Báo Quảng Ngãi)- Sáng 27/8/2024, tại Hà Nội, Ủy ban Trung ương MTTQ Việt Nam và Viện Kiểm sát nhân dân "
        "tối cao tổ chức hội nghị tổng kết 10 năm thực hiện quy chế phối hợp.",
        ctx,
        gazetteer(),
    )
    assert [p.name for p, role in found if role == "organiser"] == [
        "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
        "Viện Kiểm sát nhân dân tối cao",
    ]
    found = parties_with_roles(
        "Lãnh đạo Sở Tư pháp và Công an tỉnh cùng dự hội nghị tại điểm cầu tỉnh.", ctx, gazetteer()
    )
    assert found and not [p for p, role in found if role in ("organiser", "signatory")]


def test_a_city_after_a_dash_locates_the_ward_and_a_paper_keeps_its_own_tier():
    # "Đảng ủy phường A - TPHCM": the city says where the ward is, it is no party; a paper named by its own
    # name is the city's paper, not a body of the ward the sentence is about
    line = extract_text(
        "Sáng 7/12/2024, Ủy ban MTTQ Việt Nam phường An Khánh - TPHCM và Báo Người Lao Động ký kết chương trình "
        "phối hợp chăm lo cho người lao động khó khăn."
    )
    assert line["parties"] == ["Ủy ban MTTQ Việt Nam phường An Khánh", "Báo Người Lao Động"]
    assert line["level"] == "province"


def test_places_listed_after_one_head_and_a_colon_are_each_a_body():
    # "Cảng vụ Hàng hải các tỉnh, thành: A, B, TP. C": one body per place; a cluster's members listed the same
    # way stay the cluster's ("Cụm ... gồm Công an các tỉnh: A, B")
    line = extract_text(
        "Chiều 12/9/2022, Bộ Tư lệnh Vùng Cảnh sát biển 2 có buổi ký văn bản phối hợp với Cảng vụ Hàng hải "
        "các tỉnh, thành: Quảng Ngãi, Quy Nhơn, TP. Đà Nẵng; ký kết quy chế với Trung tâm tìm kiếm cứu nạn."
    )
    assert line["parties"][1:] == [
        "Cảng vụ Hàng hải Quảng Ngãi",
        "Cảng vụ Hàng hải Quy Nhơn",
        "Cảng vụ Hàng hải TP. Đà Nẵng",
    ]
    from etl.roles import _name_listed_places

    member_list = "Cụm thi đua số 4 gồm Công an các tỉnh: Phú Thọ, Bắc Ninh và Hưng Yên đã tổ chức hội nghị."
    assert _name_listed_places(member_list) == member_list


def test_counted_communes_named_after_a_colon_each_keep_the_district_written_after_their_group():
    # "Công an 4 xã, phường giáp ranh gồm: A, B (thị xã X), C và D (huyện Y)": four bodies; A and B are X's,
    # C and D are Y's
    line = extract_text(
        "Sáng 3/5/2023, Công an 4 xã, phường giáp ranh gồm: Tân Khai, Thanh Bình (huyện Hớn Quản), Tân Lập và "
        "Tân Hưng (huyện Đồng Phú) ký kết quy chế phối hợp bảo đảm an ninh trật tự."
    )
    assert line["parties"] == [
        "Công an xã Tân Khai (huyện Hớn Quản)",
        "Công an xã Thanh Bình (huyện Hớn Quản)",
        "Công an xã Tân Lập (huyện Đồng Phú)",
        "Công an xã Tân Hưng (huyện Đồng Phú)",
    ]


def test_a_party_office_named_with_its_committee_is_not_given_it_twice():
    # "Văn phòng Tỉnh ủy" already names its committee; "Đoàn ĐBQH" is the delegation of deputies
    line = extract_text(
        "Hôm 5/3/2021, Văn phòng Tỉnh ủy, Văn phòng Đoàn ĐBQH và HĐND tỉnh cùng Văn phòng Ủy ban nhân dân tỉnh "
        "Yên Bái ký quy chế phối hợp."
    )
    assert line["parties"][0] == "Văn phòng Tỉnh ủy Yên Bái"
    assert line["parties"][1].startswith("Văn phòng Đoàn ĐBQH và HĐND")


def test_a_company_is_named_up_to_its_verb_lower_case_words_and_city_included():
    # "Công ty TNHH MTV Cao su Kon Tum", "Tổng công ty Điện lực TP.HCM": a company's name runs on in lower case
    # and through the city's short name, up to the verb
    line = extract_text(
        "Sáng 18/11/2022, Phòng Cảnh sát kinh tế Công an tỉnh Kon Tum phối hợp Công ty TNHH MTV Cao su Kon Tum tổ "
        "chức hội nghị giao ban thực hiện quy chế phối hợp bảo vệ an ninh."
    )
    assert "Công ty TNHH MTV Cao su Kon Tum" in line["parties"]
    from etl.parties import PlaceContext
    from etl.roles import parties_with_roles

    found = parties_with_roles(
        "Tổng công ty Điện lực TP.HCM ký kết chương trình phối hợp với Sở Công Thương.",
        PlaceContext("TP Hồ Chí Minh"),
        gazetteer(),
    )
    assert found[0][0].name.startswith("Tổng công ty Điện lực TP.HCM")  # as the text writes the city


def test_a_police_department_is_named_with_the_force_it_belongs_to():
    # "Phòng An ninh kinh tế Công an tỉnh": the department is the party, named with its force; "quốc phòng an
    # ninh" in lower case is no department
    line = extract_text(
        "Sáng 18/11/2022, Phòng An ninh kinh tế Công an tỉnh Kon Tum phối hợp Công ty TNHH MTV Cao su Kon Tum tổ "
        "chức hội nghị giao ban thực hiện quy chế phối hợp bảo vệ an ninh."
    )
    assert line["parties"] == ["Phòng An ninh kinh tế Công an tỉnh Kon Tum", "Công ty TNHH MTV Cao su Kon Tum"]
    from etl.parties import PlaceContext, find_parties

    assert not find_parties("góp phần bảo đảm quốc phòng an ninh của tỉnh", PlaceContext("Kon Tum"), gazetteer())


def test_a_background_lead_and_the_program_carried_out_do_not_name_the_signatories():
    # "Thời gian qua, ... đã được tổ chức thực hiện": what came before; "Thực hiện Nghị quyết liên tịch số ...
    # được ký kết giữa A và B": the program carried out; the dated sentence after them tells who signs
    text = (
        "Ký kết liên tịch bảo đảm an ninh vùng giáp ranh giai đoạn 2008 - 2012\n\n"
        "Thời gian qua, công tác phối hợp giữ gìn an ninh trật tự được Mặt trận Tổ quốc và các đoàn thể của hai "
        "phường đã được tổ chức thực hiện nghiêm túc.\n\n"
        "Thực hiện Nghị quyết liên tịch số 02-NQLT/QU ngày 10/01/2008 được ký kết giữa Quận ủy Quận 5 và Quận ủy "
        "Quận 10. Sáng ngày 20/3/2008, Ban Thường vụ Đảng ủy Phường 7 Quận 5 và Ban Thường vụ Đảng ủy Phường 9 "
        "Quận 10 tiến hành ký kết liên tịch phối hợp giữ gìn an ninh trật tự trên địa bàn giáp ranh."
    )
    line = extract_text(text)
    assert line["parties"] == [
        "Ban Thường vụ Đảng ủy phường 7 (Quận 5)",
        "Ban Thường vụ Đảng ủy phường 9 (Quận 10)",
    ]


def test_a_title_run_into_its_lead_at_the_outlets_dateline_reads_the_lead_as_its_own_sentence():
    # "... trong tình hình mới ĐNO - Ban A vừa ký kết ... với B": the code is the dateline; the lead after it says
    # who signs, and its subject is a party (not the title's "Ký kết" heading the sentence)
    line = extract_text(
        "Ký kết phối hợp công tác dân vận trong tình hình mới BQN - Ban Dân vận Tỉnh ủy Quảng Ngãi vừa ký kết kế "
        "hoạch phối hợp công tác dân vận năm 2025 với Bộ Chỉ huy Quân sự tỉnh.\n\n"
        "Theo kế hoạch, hai đơn vị tăng cường trao đổi thông tin."
    )
    assert line["parties"] == ["Ban Dân vận Tỉnh ủy Quảng Ngãi", "Bộ Chỉ huy Quân sự tỉnh Quảng Ngãi"]


def test_a_body_keeps_the_province_name_the_text_writes():
    # a Gia Lai paper after the 2025 merger reports a Bình Định body: "Sở Du lịch Bình Định" as written, not the
    # merged province's name
    line = extract_text(
        "Chiều 20/12/2025, tại phường Quy Nhơn, Sở Du lịch Bình Định tổ chức hội nghị đánh giá kết quả chương trình "
        "liên kết phát triển du lịch.",
        url="https://baogialai.com.vn/hoi-nghi-lien-ket-du-lich-post570001.html",
    )
    assert line["parties"] == ["Sở Du lịch Bình Định"]


def test_a_central_unit_with_several_provinces_bodies_and_no_venue_is_hosted_by_the_outlets_province():
    # "Bộ Tư lệnh Vùng Cảnh sát biển 2 ký kết với Cảng vụ Hàng hải các tỉnh, thành: A, B, C": no venue, a
    # provincial paper of one of them reports it: its province hosts, not the first listed
    line = extract_text(
        "Chiều 12/9/2022, Bộ Tư lệnh Vùng Cảnh sát biển 2 có buổi ký văn bản phối hợp với Cảng vụ Hàng hải "
        "các tỉnh, thành: Quảng Ngãi, Quy Nhơn, TP. Đà Nẵng; ký kết quy chế với Trung tâm tìm kiếm cứu nạn.",
        url="https://baodanang.vn/xa-hoi/202209/ky-ket-phoi-hop-tim-kiem-cuu-nan-3921001/",
    )
    assert line["province"] == "Đà Nẵng"
    assert set(line["provinces_involved"]) >= {"Quảng Ngãi", "Bình Định", "Đà Nẵng"}


def test_a_central_body_with_one_provinces_body_in_a_regional_cluster_involves_the_regions_provinces():
    # "Hội A Việt Nam phối hợp với Hội A tỉnh X tổ chức giao ban Cụm ... các tỉnh Bắc Trung bộ": the provinces
    # whose bodies the text says take part are involved, not only X
    line = extract_text(
        "Các hội khuyến học vùng Bắc Trung bộ gặp mặt cuối năm\n"
        "Hôm 13/12/2025, Hội Khuyến học Việt Nam phối hợp với Hội Khuyến học tỉnh Nghệ An tổ chức buổi giao ban "
        "của Cụm thi đua khuyến học số 4 các tỉnh Bắc Trung bộ.\n\n"
        "Về dự có đại diện Hội Khuyến học các tỉnh Quảng Trị, Hà Tĩnh, Nghệ An và Thanh Hóa."
    )
    assert set(line["provinces_involved"]) == {"Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Trị"}


def test_a_hospital_is_a_party_named_by_its_title():
    # hospitals sign with wards and with each other; their titles hold common words ("Ung bướu", "Lao và bệnh
    # phổi") and a town's name that is part of the title, not a place to append
    line = extract_text(
        "Sáng 14/1/2026, UBND phường Kim Liên ký kết chương trình phối hợp với Bệnh viện Hồng Ngọc, Bệnh viện Ung "
        "bướu Hà Nội và Bệnh viện Mắt Hà Nội giai đoạn 2026 - 2030."
    )
    assert line["parties"] == [
        "UBND phường Kim Liên",
        "Bệnh viện Hồng Ngọc",
        "Bệnh viện Ung bướu Hà Nội",
        "Bệnh viện Mắt Hà Nội",
    ]
    line = extract_text(
        "Ngày 6/2/2026, Bệnh viện Lao và bệnh phổi An Khê và Bệnh viện Đa khoa tỉnh Gia Lai ký kết thỏa thuận "
        "hợp tác chuyên môn."
    )
    assert line["parties"] == ["Bệnh viện Lao và bệnh phổi An Khê", "Bệnh viện Đa khoa tỉnh Gia Lai"]
    assert line["level"] == "province"


def test_a_bare_court_or_procuracy_is_the_judicial_area_unit_the_article_names():
    # from July 2025 no district court or procuracy is left: "VKSND - TAND" named bare in an article about a
    # judicial area ("Khu vực 5") are that area's, written with the short form the article uses
    line = extract_text(
        "Ngày 3/9/2025, tại trụ sở Viện kiểm sát nhân dân (VKSND) Khu vực 5 - Đồng Nai, VKSND và Tòa án nhân dân "
        "(TAND) đã ký kết quy chế phối hợp trong công tác giải quyết án hình sự. Dự lễ ký có Chánh án TAND Khu vực 5."
    )
    assert line["parties"] == ["VKSND Khu vực 5 - Đồng Nai", "TAND Khu vực 5"]
    assert line["level"] == "commune"
    # the area's province written after it with no dash belongs to the name
    line = extract_text(
        "Ngày 10/10/2025, VKSND Khu vực 2 TP Cần Thơ ký kết quy chế phối hợp với Ủy ban nhân dân phường Cái Răng."
    )
    assert line["parties"][0] == "VKSND Khu vực 2 TP Cần Thơ"


def test_a_cluster_described_later_in_the_article_is_named_as_it_meets():
    # the lead names the cluster bare where it meets; a later paragraph says what it is made of ("gồm ...",
    # "có 7 ..."): the members are no part of its name (ruling 11)
    line = extract_text(
        "Sáng 20/12/2024, Khối thi đua số 4 tổ chức hội nghị tổng kết công tác thi đua năm 2024.\n\n"
        "Khối thi đua số 4 gồm Hội Nông dân, Hội Cựu chiến binh và Liên đoàn Lao động tỉnh Phú Yên. Năm qua các "
        "đơn vị đã hoàn thành tốt nhiệm vụ."
    )
    assert line["parties"] == ["Khối thi đua số 4 tỉnh Phú Yên"]
    line = extract_text(
        "Ngày 15/6/2023, Cụm thi đua số 3, khu vực Tây Nam Bộ tổ chức hội nghị sơ kết công tác thi đua 6 tháng "
        "đầu năm.\n\nCụm thi đua số 3, khu vực Tây Nam Bộ có 7 Hội Chữ thập đỏ của các tỉnh: Cà Mau, Bạc Liêu, "
        "Sóc Trăng, Hậu Giang, Kiên Giang, An Giang, Cần Thơ."
    )
    assert line["parties"] == ["Cụm thi đua số 3, khu vực Tây Nam Bộ"]
    line = extract_text(
        "Sáng 20/12/2024, Khối thi đua số 2 tổ chức hội nghị tổng kết công tác thi đua năm 2024.\n\nKhối thi đua "
        "số 2 có 9 cơ quan, đơn vị gồm: Sở Tư pháp, Sở Nội vụ, Thanh tra tỉnh Phú Yên. Năm qua các đơn vị đã hoàn "
        "thành tốt nhiệm vụ."
    )
    assert line["parties"] == ["Khối thi đua số 2 tỉnh Phú Yên"]


def test_the_member_that_hosts_or_chairs_a_clusters_meeting_is_not_a_party_beside_it():
    # the cluster is the one party: the member whose hall it meets in, or that chairs it, is not listed beside it
    line = extract_text(
        "Sáng 8/3/2022, tại Hội trường Sở Tư pháp tỉnh Bình Định, Khối thi đua Nội chính tỉnh Bình Định tổ chức "
        "hội nghị ký kết giao ước thi đua năm 2022."
    )
    assert line["parties"] == ["Khối thi đua Nội chính tỉnh Bình Định"]
    line = extract_text(
        "Khối thi đua các tổ chức chính trị - xã hội ký giao ước thi đua năm 2021\n\nNgày 12/4/2021, Hội Nông dân "
        "tỉnh Hà Nam chủ trì Khối thi đua các tổ chức chính trị - xã hội ký giao ước thi đua năm 2021."
    )
    assert line["parties"] == ["Khối thi đua các tổ chức chính trị - xã hội tỉnh Hà Nam"]


def test_an_occasions_venue_before_the_signatories_is_not_their_subject():
    # "Nhân dịp X diễn ra tại A, A và B đã ký kết": the occasion's clause ends at its venue; who signs follows
    line = extract_text(
        "Nhân dịp Hội chợ Du lịch 2024 diễn ra tại Lâm Đồng, tỉnh Lâm Đồng và tỉnh Khánh Hòa đã ký kết thỏa thuận "
        "hợp tác phát triển du lịch."
    )
    assert line["parties"] == ["tỉnh Lâm Đồng", "tỉnh Khánh Hòa"]
    assert line["level"] == "inter-provincial"


def test_the_plan_a_body_issued_does_not_make_it_a_party_and_the_police_veterans_association_is_a_body():
    # "Thực hiện Kế hoạch của Công an tỉnh ...": the provincial police issued the plan the commune carries out;
    # the Hội Cựu Công an nhân dân (founded 2023, with branches down to the communes) signs with the commune police
    line = extract_text(
        "Thực hiện Kế hoạch của Công an tỉnh về quy chế giữa Bộ Công an và Hội Cựu Công an "
        "nhân dân Việt Nam; hôm 5/12/2024, Công an xã Tân Lập và Hội Cựu Công an nhân dân xã đã ký "
        "kết quy chế phối hợp giữ gìn trật tự ở địa phương."
    )
    assert line["parties"] == ["Công an xã Tân Lập", "Hội Cựu Công an nhân dân xã Tân Lập"]
    line = extract_text("Ngày 9/1/2025, Công an phường Hòa Bình và Hội Cựu CAND phường ký kết quy chế phối hợp.")
    assert line["parties"] == ["Công an phường Hòa Bình", "Hội Cựu CAND phường Hòa Bình"]


def test_a_clusters_name_runs_through_the_body_it_names():
    # a cluster named after its members' kind of body, whose own name holds "và" ("Đài Phát thanh và Truyền
    # hình"), or after the body it belongs to behind an en dash ("Khối thi đua 3 – Bộ Văn hóa, Thể thao và Du lịch")
    line = extract_text(
        "Ngày 2/7/2019, Cụm thi đua số 4 Đài Phát thanh và Truyền hình các tỉnh Bắc Trung Bộ tổ chức hội nghị sơ "
        "kết công tác thi đua 6 tháng đầu năm."
    )
    assert line["parties"] == ["Cụm thi đua số 4 Đài Phát thanh và Truyền hình các tỉnh Bắc Trung Bộ"]
    line = extract_text(
        "Sáng 5/12/2024, Khối thi đua 3 – Bộ Văn hóa, Thể thao và Du lịch tổ chức hội nghị tổng kết công tác thi "
        "đua năm 2024."
    )
    assert line["parties"] == ["Khối thi đua 3 – Bộ Văn hóa, Thể thao và Du lịch"]
    line = extract_text("Năm 2018, Cụm thi đua số 2 đăng ký và ký kết giao ước thi đua tại hội nghị ngày 3/3/2018.")
    assert line["parties"] == ["Cụm thi đua số 2"]


def test_at_the_meeting_a_body_signs_with_others_names_the_signatories():
    # the lead names only the organiser; "Tại hội nghị, Hội A ký kết ... với B, C" names who signs with it
    line = extract_text(
        "Hôm 9/8/2019, Hội LHPN tỉnh có hội nghị ký kết chương trình phối hợp về quyền trẻ em, với sự "
        "tham dự của đại diện UBND tỉnh Hà Giang.\n\nTại hội nghị, Hội LHPN ký kết văn bản phối hợp với Công an "
        "tỉnh, Tòa án nhân dân tỉnh cho giai đoạn 2019 - 2022."
    )
    assert line["parties"] == ["Hội LHPN tỉnh Hà Giang", "Công an tỉnh Hà Giang", "Tòa án nhân dân tỉnh Hà Giang"]


def test_the_mass_organisations_named_together_are_the_ones_a_later_sentence_lists():
    # "... ký kết chương trình phối hợp với UBMTTQ tỉnh và các đoàn thể": a later paragraph names them
    line = extract_text(
        "Ngày 4/4/2017, UBND tỉnh Lai Châu đã tổ chức ký kết chương trình phối hợp với UBMTTQ Việt Nam tỉnh và các "
        "đoàn thể giai đoạn 2017-2021.\n\nUBND tỉnh ký kết chương trình phối hợp với UBMTTQ Việt Nam tỉnh, "
        "Hội Nông dân, Hội Cựu chiến binh và Liên đoàn Lao động tỉnh."
    )
    assert line["parties"] == [
        "UBND tỉnh Lai Châu",
        "UBMTTQ Việt Nam tỉnh Lai Châu",
        "Hội Nông dân tỉnh Lai Châu",
        "Hội Cựu chiến binh tỉnh Lai Châu",
        "Liên đoàn Lao động tỉnh Lai Châu",
    ]


def test_the_culture_departments_abbreviations_as_papers_space_them():
    # "Sở VH,TT&DL", "Sở VHTT & DL", "Sở VH-TT & DL": one department, kept as the text writes it
    line = extract_text(
        "Ngày 3/3/2023, Sở VH,TT&DL tỉnh Quảng Nam và Sở VH,TT&DL tỉnh Quảng Ngãi ký kết chương trình hợp tác phát "
        "triển du lịch."
    )
    assert line["parties"] == ["Sở VH,TT&DL tỉnh Quảng Nam", "Sở VH,TT&DL tỉnh Quảng Ngãi"]
    line = extract_text(
        "Ngày 3/3/2023, Sở VHTT & DL tỉnh Bình Định và Sở VHTT & DL tỉnh Phú Yên ký kết chương trình hợp tác phát "
        "triển du lịch."
    )
    assert line["parties"] == ["Sở VHTT & DL tỉnh Bình Định", "Sở VHTT & DL tỉnh Phú Yên"]


def test_the_agricultural_bank_by_its_brand_is_a_party():
    # farmers' associations sign lending agreements with the bank's branch, written by its brand ("Agribank")
    line = extract_text(
        "Ngày 5/5/2023, Hội Nông dân tỉnh Bến Tre và Agribank chi nhánh tỉnh Bến Tre ký kết thỏa thuận phối hợp "
        "cho vay vốn giai đoạn 2023-2028."
    )
    assert line["parties"] == ["Hội Nông dân tỉnh Bến Tre", "Agribank chi nhánh tỉnh Bến Tre"]


def test_a_posting_stamp_glued_before_the_lead_leaves_the_lead_in_the_article():
    # a portal prints "M/D/YYYY h:mm:ss PM" with no space before the lead: the lead is the article, not chrome
    line = extract_text(
        "Tin hoạt động\n"
        "Hội Nông dân tỉnh Hà Nam ký kết chương trình phối hợp giai đoạn 2021-2025\n"
        "3/12/2021 9:05:17 AMSáng ngày 11/3/2021, Hội Nông dân, Công an và Đoàn Thanh niên tỉnh Hà Nam đã tổ chức Hội "
        "nghị ký kết chương trình phối hợp bảo vệ an ninh trật tự ở nông thôn giai đoạn 2021-2025.\n"
        "Chương trình nhằm phát huy vai trò của hội viên trong phong trào toàn dân bảo vệ an ninh Tổ quốc."
    )
    assert line["event_date"] == "2021-03-11"
    assert line["parties"] == ["Hội Nông dân tỉnh Hà Nam", "Công an tỉnh Hà Nam", "Đoàn Thanh niên tỉnh Hà Nam"]
    from etl.page import _unstamp

    # a line that opens on its own date and time is not cut: only a clock with seconds or AM/PM is a stamp
    lead = "12/3/2021 9:00, tại trụ sở Công an tỉnh, hai đơn vị đã ký kết chương trình phối hợp công tác."
    assert _unstamp(lead) == [lead]
    assert _unstamp("3/12/2021 9:05 PMHai đơn vị đã ký kết chương trình phối hợp công tác năm 2021") == [
        "3/12/2021 9:05 PM",
        "Hai đơn vị đã ký kết chương trình phối hợp công tác năm 2021",
    ]
