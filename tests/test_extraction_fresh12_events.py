"""Classes of real reporting the extractor misread on the twelfth fresh round (issue 11: material the rules were
not written on): event detection and type, date, period, topic, province and the provinces involved. Each is
reproduced in sentences of our own and run through the whole article pipeline, as `phoihop extract` runs it."""

from __future__ import annotations

from tests.extraction import extract_text


def test_a_foreign_province_written_as_one_word_is_abroad():
    # a Lao province's syllables run together, with its Vietnamese marks: a cooperation between countries (ruling 4)
    text = (
        "Công an tỉnh A và Công an tỉnh Xiêngkhoảng ký biên bản hợp tác\n"
        "Năm qua, Công an hai tỉnh Nghệ An và Xiêngkhoảng đã thực hiện tốt bản ghi nhớ về giữ gìn trật tự biên giới.\n"
        "Tại hội nghị này, hai bên đã thông qua và ký kết biên bản hợp tác năm nay."
    )
    assert extract_text(text)["is_event"] is False


def test_a_foreign_province_written_with_hyphens_or_spaces_is_abroad():
    for name in ("Xay-sổm-bun", "Xay sổm bun", "Xaysổmbun"):
        text = (
            f"Bộ Chỉ huy Quân sự tỉnh A ký kết biên bản ghi nhớ với Bộ Chỉ huy Quân sự tỉnh {name}\n"
            f"Sáng 5/3, tại tỉnh A, hai bên đã ký kết biên bản ghi nhớ hợp tác về quản lý biên giới với tỉnh {name}."
        )
        assert extract_text(text)["is_event"] is False, name


def test_a_meeting_told_as_still_to_be_held_after_its_name_is_no_event():
    # the conference is the subject of "sẽ được tổ chức": announced, not reported
    text = (
        "Ngày hội văn hóa các dân tộc vùng núi phía Bắc năm nay có 8 tỉnh tham gia.\n"
        "Khai mạc diễn ra tại quảng trường trung tâm tỉnh A.\n"
        "Bên lề ngày hội, Hội nghị sơ kết 5 năm thực hiện đề án giao lưu văn hóa giữa các tỉnh trong vùng, do "
        "Bộ Văn hóa, Thể thao và Du lịch chủ trì, sẽ được tổ chức vào sáng 21/9 tại hội trường tỉnh."
    )
    assert extract_text(text)["is_event"] is False


def test_a_review_whose_report_is_only_quoted_is_no_event():
    # the page tells one unit's year in figures "according to the review report": no meeting is told
    text = (
        "Đại tá Nguyễn Văn B trao cờ thi đua cho các đơn vị xuất sắc. Ảnh: Văn C\n"
        "Theo báo cáo tổng kết, năm 2024, Bộ đội Biên phòng tỉnh A đã duy trì 40 tổ công tác và phối hợp với công an "
        "tuần tra hơn 900 lượt.\n"
        "Các đơn vị cũng phối hợp với chính quyền địa phương giúp dân làm nhà, trồng rừng."
    )
    assert extract_text(text)["is_event"] is False


def test_one_bodys_numbered_session_of_its_term_is_no_event():
    # a ward Front committee's statutory session, at which it closes its year and sets out its joint program
    text = (
        "Phường C: Ủy ban Mặt trận họp phiên thường kỳ cuối năm\n"
        "Sáng 8/12/2021, Ủy ban MTTQ Việt Nam phường C khóa IX họp Hội nghị thứ 11 khóa IX, tổng kết công tác năm 2021 "
        "và bàn chương trình phối hợp thống nhất hành động của năm tới với các đoàn thể thành viên."
    )
    assert extract_text(text)["is_event"] is False


def test_a_cluster_conference_numbered_without_a_term_stays_a_meeting():
    # "lần thứ 2" of a cluster's conference names no body's term: still the cluster's meeting
    text = (
        "Ngày 12/4/2023, tại tỉnh A, Cụm thi đua các tỉnh miền núi tổ chức hội nghị lần thứ 2 năm 2023, sơ kết "
        "phong trào thi đua và ký kết giao ước thi đua giữa các tỉnh trong cụm."
    )
    assert extract_text(text)["event_type"] == "meeting"


def test_a_twinning_signed_further_down_a_visit_is_an_agreement_with_its_period():
    # the title and the lead tell a visit with gifts; a later paragraph tells the twinning signed, its period in the
    # purpose clause before it
    text = (
        "Tỉnh Đoàn A thăm và làm việc tại huyện B\n"
        "Ngày 3/11, Tỉnh Đoàn A đã có chuyến thăm và làm việc tại huyện B, tỉnh C.\n"
        "Đoàn đã trao 50 suất quà cho thanh niên có hoàn cảnh khó khăn.\n"
        "Đoàn cũng khởi công một công trình thanh niên tại xã D.\n"
        "Tổng giá trị các hoạt động là 150 triệu đồng.\n"
        "Nhân dịp này, nhằm học hỏi kinh nghiệm công tác Đoàn giai đoạn 2023 - 2028; Tỉnh Đoàn A và Tỉnh Đoàn C đã "
        "tổ chức ký kết kết nghĩa giữa Huyện Đoàn B với Huyện Đoàn E."
    )
    record = extract_text(text, url="https://baotinh.vn/202311/tinh-doan-a-tham-huyen-b-1.html")
    assert record["event_type"] == "agreement"
    assert (record["period_start"], record["period_end"]) == (2023, 2028)


def test_order_and_security_written_as_its_initials_is_defence_and_security():
    # "ANTT" (an ninh trật tự) is the subject of a border model's review, written only in short
    text = (
        "Sáng 14/4/2019, tại xã A, Ban chỉ đạo mô hình liên kết giữ gìn ANTT vùng giáp ranh của 3 xã A, B và C tổ "
        "chức hội nghị sơ kết mô hình năm 2018."
    )
    assert extract_text(text)["topics"][:1] == ["quoc_phong_an_ninh"]


def test_two_national_hospitals_sign_a_national_event_about_health():
    # a hospital named "Trung ương" is the ministry's, whatever city its name holds (ruling 9), and two of them alone
    # hold a national event (ruling 10); a hospital's field is health
    text = (
        "Chiều 3/6, tại Bệnh viện Trung ương Huế diễn ra lễ ký kết biên bản ghi nhớ hợp tác chuyên môn giữa Bệnh "
        "viện Trung ương Huế và Bệnh viện Nhi Trung ương.\n"
        "Hai bệnh viện sẽ cùng đào tạo bác sĩ và hội chẩn từ xa."
    )
    record = extract_text(text)
    assert record["level"] == "central"
    assert record["province"] is None
    assert record["provinces_involved"] == []
    assert record["topics"][:1] == ["xa_hoi"]


def test_a_provincial_hospital_named_friendship_stays_provincial():
    # "Bệnh viện Hữu nghị Đa khoa" of a province is the province's, not the ministry's
    text = (
        "Chiều 3/6, Bệnh viện Hữu nghị Đa khoa tỉnh Nghệ An và Hội Chữ thập đỏ tỉnh Nghệ An ký kết chương trình phối "
        "hợp chăm sóc sức khỏe người nghèo giai đoạn 2024 - 2026."
    )
    record = extract_text(text)
    assert record["province"] == "Nghệ An"
    assert record["level"] == "province"


def test_a_span_a_sentence_opens_on_to_tell_work_done_is_no_period():
    # the new agreement states no period; the span after it is the years of the cooperation so far
    text = (
        "UBND tỉnh A và Tập đoàn VNPT ký thỏa thuận hợp tác về chuyển đổi số\n"
        "Sáng 20/8/2025, UBND tỉnh A và Tập đoàn VNPT tổ chức lễ ký kết thỏa thuận hợp tác. Trong giai đoạn 2022-2025, "
        "việc hợp tác giữa hai bên đã giúp tỉnh đưa dịch vụ công lên mạng."
    )
    record = extract_text(text)
    assert record["event_type"] == "agreement"
    assert (record["period_start"], record["period_end"]) == (None, None)


def test_a_review_that_re_signs_keeps_the_reviewed_period_told_below_the_new_one():
    # the headline line tells the new program signed with its period; the review's report below names the program
    # reviewed with its own (ruling 8)
    text = (
        "Ủy viên Trung ương Đảng, Bộ trưởng Bộ A Nguyễn Văn C và Ủy viên Trung ương Đảng, Chủ tịch Hội B Trần Văn D "
        "đồng chủ trì hội nghị tại trụ sở Bộ A.\n"
        "Bộ trưởng Nguyễn Văn C và Chủ tịch Trần Văn D đã ký Chương trình phối hợp giữa hai cơ quan giai đoạn 2024 - "
        "2028.\n"
        "Báo cáo tổng kết 5 năm thực hiện Chương trình phối hợp giữa Bộ A và Hội B giai đoạn 2019 - 2023 cho thấy hai "
        "bên đã cùng nhau tổ chức nhiều hoạt động ở vùng sâu."
    )
    record = extract_text(text, url="https://baotw.vn/bo-truong-chu-tich-ky-chuong-trinh-phoi-hop-hai-co-quan-123.html")
    assert record["event_type"] == "meeting"
    assert (record["period_start"], record["period_end"]) == (2019, 2023)


def test_a_years_emulation_launched_and_pledged_below_the_review_is_its_period():
    # the lead looks back on the year under review; a paragraph below launches next year's emulation and signs it
    text = (
        "Trong năm 2020, phong trào thi đua của các đơn vị trong cụm đã có nhiều tập thể và cá nhân tiêu biểu, luôn "
        "hoàn thành tốt mọi nhiệm vụ được giao, được các cấp khen thưởng xứng đáng và trở thành tấm gương để toàn lực "
        "lượng noi theo.\n"
        "Tổng kết phong trào thi đua năm 2020, Cụm thi đua số 3 có 2 đơn vị được tặng cờ thi đua.\n"
        "Lãnh đạo các đơn vị trong cụm ký giao ước thi đua.\n"
        "Tại hội nghị, Cụm thi đua số 3 phát động phong trào thi đua năm 2021 với nhiều chỉ tiêu mới, đồng thời lãnh "
        "đạo các đơn vị đã ký giao ước thi đua."
    )
    record = extract_text(text, url="https://congan.vn/cum-thi-dua-so-3-tong-ket-2020-123.html")
    assert record["event_type"] == "meeting"
    assert (record["period_start"], record["period_end"]) == (2021, 2021)


def test_a_review_of_a_whole_year_setting_out_the_next_is_held_in_the_next():
    # no header, no address date: "Sáng 12.6" takes its year from the text, where the year reviewed is over
    text = (
        "Giao ban công tác phối hợp bảo vệ vùng biển giáp ranh ba tỉnh\n"
        "Sáng 12.6, tại Bộ Chỉ huy Bộ đội Biên phòng tỉnh A, Bộ đội Biên phòng 3 tỉnh A, B, C tổ chức hội nghị giao "
        "ban đánh giá kết quả công tác phối hợp năm 2015 và phương hướng, nhiệm vụ năm 2016."
    )
    assert extract_text(text)["event_date"] == "2016-06-12"


def test_a_review_of_half_a_year_stays_in_its_year():
    text = (
        "Giao ban công tác phối hợp bảo vệ vùng biển giáp ranh ba tỉnh\n"
        "Sáng 12.7, tại Bộ Chỉ huy Bộ đội Biên phòng tỉnh A, Bộ đội Biên phòng 3 tỉnh A, B, C tổ chức hội nghị giao "
        "ban đánh giá kết quả công tác phối hợp 6 tháng đầu năm 2015 và phương hướng, nhiệm vụ năm 2016."
    )
    assert extract_text(text)["event_date"] == "2015-07-12"


def test_a_chair_named_right_after_its_role_hosts_the_clusters_meeting():
    # no venue; the attendance list ends with the chairing unit written after its role, not before it
    text = (
        "Sáng 20/11, hội nghị tổng kết phong trào thi đua năm 2022 của Cụm thi đua số 6, Bộ Công an đã diễn ra.\n"
        "Dự hội nghị có lãnh đạo Công an các tỉnh: Gia Lai, Kon Tum, Đắk Lắk, Đắk Nông và đơn vị cụm trưởng Công an "
        "tỉnh Lâm Đồng.\n"
        "Các đơn vị trong cụm đã hoàn thành tốt nhiệm vụ năm 2022."
    )
    record = extract_text(text, url="https://baotw.vn/tong-ket-cum-thi-dua-so-6-123.html")
    assert record["province"] == "Lâm Đồng"


def test_two_provinces_districts_reviewed_with_no_subject_named_are_the_outlets_provinces():
    # the lead lists who attended (a city written "Tp."), then the conference acts: no body is the subject, no venue;
    # a portal of one of the provinces reports its own district's event
    text = (
        "Về tham dự hội nghị, có lãnh đạo UBND quận Liên Chiểu (Tp. Đà Nẵng), UBND huyện Phú Lộc (Thừa Thiên Huế) "
        "cùng các ban ngành liên quan.\n"
        "Hội nghị đã thông qua báo cáo sơ kết quy chế phối hợp bảo đảm an ninh vùng giáp ranh giữa hai quận, huyện."
    )
    record = extract_text(text, url="https://phuloc.thuathienhue.gov.vn/?tin=12345")
    assert record["province"] == "Thừa Thiên Huế"
    assert sorted(record["provinces_involved"]) == ["Thừa Thiên Huế", "Đà Nẵng"]


def test_a_province_the_members_list_leaves_out_takes_no_part():
    text = (
        "Ngày 5/3, hội nghị của Cụm thi đua ven biển phía Nam được tổ chức tại Bạc Liêu để tổng kết giao ước thi đua "
        "năm 2023. Năm tỉnh thành viên của cụm là Vĩnh Long, Bến Tre, Trà Vinh, Sóc Trăng và Bạc Liêu (không có TP "
        "Cần Thơ).\n"
        "Các tỉnh đã hoàn thành tốt các chỉ tiêu đã ký."
    )
    record = extract_text(text, url="https://baotw.vn/cum-thi-dua-ven-bien-tong-ket-123.html")
    assert "Cần Thơ" not in record["provinces_involved"]
    assert "Bạc Liêu" in record["provinces_involved"]


def test_a_text_size_and_contrast_widget_above_the_title_is_page_furniture():
    # a government portal's reading widget stands above the headline: the headline is the title, and the lead's
    # day takes its year from the text (no address)
    text = (
        "A- A A+ | Tăng tương phản Giảm tương phản\n"
        "Hội nghị giao ban công tác phối hợp giữa Hội Nông dân hai tỉnh A và B\n"
        "Sáng 9.4, tại tỉnh A, Hội Nông dân hai tỉnh A và B tổ chức hội nghị giao ban đánh giá công tác phối hợp năm "
        "2018 và phương hướng, nhiệm vụ năm 2019."
    )
    record = extract_text(text)
    assert record["title"].startswith("Hội nghị giao ban")
    assert record["event_date"] == "2019-04-09"


def test_a_meeting_told_as_held_before_the_next_one_announced_stays_an_event():
    text = (
        "Sáng 14/5, hội nghị giao ban Cụm thi đua các tỉnh duyên hải đã diễn ra tại tỉnh A, hội nghị năm sau sẽ được "
        "tổ chức tại tỉnh B.\n"
        "Các tỉnh trong cụm đã hoàn thành tốt các chỉ tiêu giao ước."
    )
    assert extract_text(text)["event_type"] == "meeting"
