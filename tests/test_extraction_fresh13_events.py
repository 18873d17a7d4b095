"""Classes of real reporting the extractor misread on the thirteenth fresh round (issue 11: material the rules were
not written on). Each is reproduced in sentences of our own and run through the whole article pipeline, as
`phoihop extract` runs it."""

from __future__ import annotations

from tests.extraction import extract_text


def test_students_from_abroad_at_a_school_do_not_make_its_signing_foreign():
    # a university and its ward sign; the school's Lao students are among the groups it presents that day
    text = (
        "Lễ ký kết Quy chế phối hợp bảo đảm an ninh trật tự giữa Trường Cao đẳng Y tế tỉnh A và phường Đông Hòa\n"
        "Ngày 12/3/2023, Trường Cao đẳng Y tế tỉnh A phối hợp với UBND phường Đông Hòa tổ chức ký kết Quy chế phối "
        "hợp bảo đảm an ninh trật tự năm 2023.\n"
        "Tại buổi lễ, nhà trường ra mắt Đội thanh niên xung kích và Ban đại diện lưu học sinh Lào của trường."
    )
    record = extract_text(text)
    assert record["is_event"] is True
    assert record["event_type"] == "agreement"


def test_a_signing_with_a_school_abroad_stays_foreign():
    text = (
        "Lễ ký kết biên bản hợp tác giữa Trường Cao đẳng Y tế tỉnh A và Trường Y tế Champasak (Lào)\n"
        "Ngày 12/3/2023, hai trường ký kết biên bản hợp tác đào tạo, trao đổi sinh viên Lào và Việt Nam."
    )
    assert extract_text(text)["is_event"] is False


def test_the_year_end_review_of_a_regions_provincial_associations_is_a_meeting():
    # the associations of a region's provinces review their year together; the cluster is named only further down
    text = (
        "Nâng tầm hoạt động nghề nghiệp của hội viên\n"
        "Từ kết quả năm qua, Hội Văn học nghệ thuật các tỉnh khu vực Nam Trung Bộ đặt mục tiêu mới cho năm tới.\n"
        "Sáng 9/12/2024, tại thành phố Quy Nhơn, Hội Văn học nghệ thuật các tỉnh khu vực Nam Trung Bộ tổ chức "
        "Hội nghị tổng kết năm 2024, triển khai nhiệm vụ năm 2025.\n"
        "Dự hội nghị có lãnh đạo Hội của 5 tỉnh trong khu vực."
    )
    record = extract_text(text)
    assert record["is_event"] is True
    assert record["event_type"] == "meeting"


def test_one_provincial_associations_own_year_end_review_is_no_event():
    text = (
        "Hội Văn học nghệ thuật tỉnh A tổng kết năm 2024\n"
        "Sáng 9/12/2024, Hội Văn học nghệ thuật tỉnh A tổ chức Hội nghị tổng kết công tác năm 2024, triển khai "
        "nhiệm vụ năm 2025. Hội có tác phẩm đoạt giải của các tỉnh khu vực Nam Trung Bộ."
    )
    assert extract_text(text)["is_event"] is False


def test_a_just_signed_lead_takes_the_day_a_later_paragraph_writes_in_words():
    # posted in November about a signing "vừa" done; the report under the captions and the legal grounds says May
    text = (
        "TAND tỉnh - VKSND tỉnh: Hai ngành ký kết Quy chế phối hợp tổ chức phiên tòa mẫu\n"
        "(12/10/2019 09:10)\n"
        "TAND tỉnh và VKSND tỉnh vừa ký kết Quy chế phối hợp tổ chức các phiên tòa mẫu.\n"
        "image\n"
        "Lãnh đạo hai cơ quan ký Quy chế\n"
        "Căn cứ Luật Tổ chức Tòa án nhân dân năm 2014 và Luật Tổ chức Viện kiểm sát nhân dân năm 2014, hai ngành "
        "thống nhất những việc phải làm.\n"
        "Ngày 15 tháng 4 năm 2019 người đứng đầu TAND tỉnh và VKSND tỉnh đã ký kết Quy chế phối hợp này."
    )
    record = extract_text(text)
    assert record["event_type"] == "agreement"
    assert record["event_date"] == "2019-04-15"


def test_a_partys_name_ends_before_the_verb_of_what_it_did_there():
    # no comma between the body and what it did: "tham dự", "đặt ra" end its name as "tổ chức" does
    text = (
        "Bệnh viện Đa khoa tỉnh A và Đồn Biên phòng B ký kết quy chế phối hợp\n"
        "Sáng 3/4/2023, Bệnh viện Đa khoa tỉnh A tham dự lễ chào cờ tại Đồn Biên phòng B và ký kết quy chế phối hợp "
        "chăm sóc sức khỏe cho cán bộ, chiến sĩ và nhân dân khu vực biên giới.\n"
    )
    parties = extract_text(text)["parties"]
    assert not [p for p in parties if "tham dự" in p], parties


def test_a_titles_dateline_district_places_the_bodies_written_only_as_huyen():
    # the district is named only before the title's colon; the report writes its bodies "UBND huyện", "HĐND huyện"
    text = (
        "TIN HOẠT ĐỘNG\n"
        "Tuy Phong: Ba cơ quan của huyện sơ kết 6 tháng làm theo quy chế phối hợp\n"
        "Ngày 14/7/2023, HĐND huyện, UBND huyện và Ủy ban MTTQ Việt Nam huyện đã sơ kết sáu tháng thực hiện quy chế "
        "phối hợp của ba bên.\n"
        "Hội nghị do Chủ tịch HĐND huyện và Chủ tịch UBND huyện cùng chủ trì."
    )
    record = extract_text(text)
    assert record["level"] == "district"
    assert record["province"] == "Bình Thuận"
    assert "UBND huyện Tuy Phong" in record["parties"], record["parties"]
