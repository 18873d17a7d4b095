"""Bare texts (no address) whose outlet the text still names: the mark a provincial paper puts before its lead, the
credit a copied report closes with. A text that names its province nowhere is its outlet's province (DOMAIN.md:
"Not stated in the text: the province of the publishing outlet"), each shape reproduced in sentences of our own."""

from __future__ import annotations

from tests.extraction import extract_text


def test_a_dateline_mark_of_a_provincial_paper_names_its_province():
    # "BTO-" opens the lead of the Bình Thuận party paper; the bloc and its venue are written as the province's own
    text = (
        "Khối thi đua 5 ký kết giao ước thi đua năm 2021\n"
        "BTO- Sáng 12/3, tại Sở Tư pháp tỉnh, Khối thi đua 5 tổ chức hội nghị ký kết giao ước thi đua năm 2021.\n"
        "Khối gồm 9 sở, ngành của tỉnh; Sở Tư pháp là đơn vị Khối trưởng năm nay.\n"
        "Các đơn vị thống nhất đăng ký các chỉ tiêu thi đua cụ thể ngay từ đầu năm."
    )
    line = extract_text(text)
    assert line["is_event"] is True
    assert line["province"] == "Bình Thuận"


def test_a_closing_credit_ending_on_a_stations_mark_names_its_province():
    # bodies of three provinces sign, no venue and no chair told; the report closes with the city station's credit
    text = (
        "Ba tỉnh, thành ký kết quy chế phối hợp phát triển tuyến đường liên vùng\n"
        "Chiều 5/6, lãnh đạo TP.HCM, Long An và Tây Ninh đã ký kết quy chế phối hợp đầu tư tuyến đường liên vùng.\n"
        "Theo quy chế, các địa phương sẽ cùng giải phóng mặt bằng và thống nhất tiến độ thi công.\n"
        "Nguồn: Trung tâm Tin tức HTV"
    )
    line = extract_text(text)
    assert line["is_event"] is True
    assert line["province"] == "TP Hồ Chí Minh"


def test_a_credit_ending_on_an_unknown_mark_names_no_outlet():
    # a byline in capitals is no outlet's mark: the three provinces' event keeps no host
    text = (
        "Ba tỉnh, thành ký kết quy chế phối hợp phát triển tuyến đường liên vùng\n"
        "Chiều 5/6, lãnh đạo TP.HCM, Long An và Tây Ninh đã ký kết quy chế phối hợp đầu tư tuyến đường liên vùng.\n"
        "Theo quy chế, các địa phương sẽ cùng giải phóng mặt bằng và thống nhất tiến độ thi công.\n"
        "Nguồn: Tin, ảnh NKT"
    )
    line = extract_text(text)
    assert line["is_event"] is True
    assert line["province"] is None


# ---- a page whose headline was lost: a summary over the report, which opens with a time but no day


def test_a_report_opening_recently_under_a_summary_is_the_lead():
    # the summary reports no event; the report under it ("Mới đây, ...") tells who signed: several provinces
    text = (
        "Liên kết vùng trong du lịch ngày càng được các địa phương coi trọng, để mỗi nơi giới thiệu sản phẩm riêng "
        "và cùng xây dựng những tuyến tham quan liên vùng hấp dẫn hơn cho du khách trong và ngoài nước...\n"
        "Mới đây, ba địa phương gồm Đồng Tháp, Vĩnh Long và An Giang đã ký kết chương trình liên kết về du lịch cho "
        "những năm 2025 - 2030.\n"
        "Theo chương trình, các bên sẽ cùng xây dựng sản phẩm du lịch đặc trưng và chia sẻ thông tin thị trường."
    )
    line = extract_text(text)
    assert line["is_event"] is True
    assert line["level"] == "inter-provincial"


def test_a_signing_event_said_to_take_place_in_a_province_hosts_there():
    # the lead names no venue; the report says further down where the signing event took place
    text = (
        "Ba tỉnh ký kết hợp tác phát triển du lịch\n"
        "Chiều 20/11, lãnh đạo Sở Văn hóa, Thể thao và Du lịch các tỉnh Đồng Tháp, Vĩnh Long và An Giang đã ký kết "
        "chương trình liên kết về du lịch cho những năm 2025 - 2030.\n"
        "Sự kiện ký kết diễn ra tại Vĩnh Long, nhân dịp khai mạc tuần lễ văn hóa du lịch của tỉnh.\n"
        "Các bên thống nhất xây dựng những tuyến du lịch liên tỉnh ngay trong năm tới."
    )
    line = extract_text(text)
    assert line["is_event"] is True
    assert line["province"] == "Vĩnh Long"


# ---- an excerpt that starts after its report (no headline, no lead): a cluster's conference told by its captions


def test_who_attended_over_a_clusters_year_is_the_clusters_meeting():
    # a guest's caption, who attended the conference, then the cluster's members' year (no "phối hợp" told)
    text = (
        "Đồng chí Đại tá Trần Văn Bình, Phó Cục trưởng Cục Công tác đảng dự và phát biểu chỉ đạo Hội nghị.\n"
        "Tham dự Hội nghị có các đồng chí: Lê Văn An, Phó Chủ tịch UBND tỉnh; lãnh đạo Công an các tỉnh trong cụm.\n"
        "Năm 2024, phong trào thi đua đã được các đơn vị trong Cụm thi đua số 6 quan tâm chỉ đạo sâu sát, có nhiều "
        "đổi mới, sáng tạo, hoàn thành tốt các chỉ tiêu được giao."
    )
    line = extract_text(text)
    assert line["is_event"] is True
    assert line["event_type"] == "meeting"


def test_a_cited_documents_day_does_not_date_the_excerpt():
    # who attended, the scene's caption, the bloc's members' year; the only day named is a directive's
    text = (
        "Tham dự Hội nghị có đồng chí Lê Văn Hải, Vụ trưởng Vụ 9 và đại diện lãnh đạo các đơn vị trong Khối.\n"
        "Quang cảnh Hội nghị.\n"
        "Khối thi đua số 2 gồm Vụ 7, Vụ 8, Vụ 9, Văn phòng và Cục 4.\n"
        "Trong năm 2023, các đơn vị thuộc Khối thi đua số 2 đã thực hiện hiệu quả Chỉ thị số 02/CT-ABC ngày "
        "20/12/2022 của Thủ trưởng cơ quan, hoàn thành xuất sắc các nhiệm vụ được giao."
    )
    line = extract_text(text)
    assert line["is_event"] is True
    assert line["event_type"] == "meeting"


# ---- a text that names its province nowhere, but an institution whose seat is a reference fact


def test_a_university_named_for_a_region_places_a_text_naming_no_province():
    # the department is the writer's province's ("Sở ... ký kết với"), the university is seated in Buôn Ma Thuột
    text = (
        "Sở Văn hóa, Thể thao và Du lịch bắt tay với Trường Đại học Tây Nguyên\n"
        "Chiều 22-8, Sở Văn hóa, Thể thao và Du lịch đã ký kết với Trường Đại học Tây Nguyên văn bản hợp tác cho "
        "những năm 2025-2029.\n"
        "Theo văn bản, sinh viên của trường sẽ được về các buôn làng để học và ghi lại nghề dệt thổ cẩm."
    )
    line = extract_text(text)
    assert line["is_event"] is True
    assert line["province"] == "Đắk Lắk"


def test_a_garrisoned_division_places_a_text_naming_no_province():
    # the veterans' association and the provincial commands are written "tỉnh" alone; the division is garrisoned
    text = (
        "Cựu chiến binh và bộ đội chung tay giáo dục truyền thống\n"
        "Sáng 27/3, Hội Cựu chiến binh tỉnh, Bộ Chỉ huy Quân sự tỉnh và Sư đoàn 10 đã ký chương "
        "trình phối hợp thực hiện trong 5 năm 2025-2029.\n"
        "Theo chương trình, các cựu binh sẽ kể chuyện chiến trường cho lính trẻ mỗi dịp nhập ngũ."
    )
    line = extract_text(text)
    assert line["is_event"] is True
    assert line["province"] == "Kon Tum"


def test_a_division_numbered_further_is_no_listed_division():
    # "Sư đoàn 102" is not "Sư đoàn 10": no seat known, no province
    text = (
        "Cựu chiến binh và bộ đội chung tay giáo dục truyền thống\n"
        "Sáng 27/3, Hội Cựu chiến binh tỉnh, Bộ Chỉ huy Quân sự tỉnh và Sư đoàn 102 đã ký chương "
        "trình phối hợp thực hiện trong 5 năm 2025-2029.\n"
        "Theo chương trình, các cựu binh sẽ kể chuyện chiến trường cho lính trẻ mỗi dịp nhập ngũ."
    )
    line = extract_text(text)
    assert line["is_event"] is True
    assert line["province"] is None


# ---- a delegation that travels to the event: the place it visits hosts, not the delegation's own province


def test_a_visiting_districts_delegation_is_the_guest_of_the_district_it_visits():
    # the lead names both districts with their provinces; the delegation of the first travels to the second
    text = (
        "Lễ kết nghĩa giữa hai huyện\n"
        "Đoàn công tác của huyện Vũ Quang, tỉnh Hà Tĩnh do đồng chí Chủ tịch UBND huyện làm trưởng đoàn đã sang thăm "
        "huyện Tuyên Hóa, tỉnh Quảng Bình và dự lễ kết nghĩa giữa hai địa phương.\n"
        "Hai huyện ký văn bản ghi nhớ, hẹn cùng nhau làm đường, trồng rừng trong những năm 2025-2030."
    )
    line = extract_text(text)
    assert line["is_event"] is True
    assert line["province"] == "Quảng Bình"


def test_a_hospitals_delegation_attending_a_signing_elsewhere_is_its_guest():
    # the hospital's delegation attends the signing at a border post of another province
    text = (
        "Bệnh viện tỉnh kết nghĩa với đồn biên phòng\n"
        "Sáng 19/4/2024, đoàn công tác Bệnh viện Đa khoa tỉnh Bắc Giang đã tham dự Lễ ký kết kết nghĩa giữa bệnh "
        "viện và Đồn Biên phòng Thanh Thủy, Bộ đội Biên phòng tỉnh Hà Giang.\n"
        "Mỗi quý, các bác sĩ sẽ lên đồn để khám và phát thuốc miễn phí cho bà con vùng biên."
    )
    line = extract_text(text)
    assert line["is_event"] is True
    assert line["province"] == "Hà Giang"
