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
