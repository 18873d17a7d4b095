"""Events of central bodies the extractor read as a province's or several provinces' (rulings 9, 10, 17, 18, 21):
the shapes of real reporting, each reproduced in sentences of our own and run through the whole article pipeline."""

from __future__ import annotations

from tests.extraction import extract_text

# ---- a ministry with a council of the National Assembly, reported by a city's police paper under a capital dateline


_MINISTRY_AND_COUNCIL = (
    "Quy chế phối hợp mới về chính sách với vùng đồng bào\n"
    "Thứ năm, 18/06/2020 14:20\n"
    "(Abc.com.vn) - HÀ NỘI - Chiều 17-6, Bộ CA và Hội đồng dân tộc (HĐDT) của QH đã ký Quy chế phối hợp giữa hai "
    "bên. Lễ ký do Bộ trưởng cùng Chủ tịch HĐDT của QH chủ trì.\n"
    "Quy chế nêu việc hai bên cùng góp ý dự án luật và cùng kiểm tra việc thi hành chính sách ở vùng sâu."
)


def test_a_ministry_and_a_council_of_the_national_assembly_sign_nationally():
    # both bodies are central (the council is the National Assembly's): a national event, no province (ruling 10)
    for url in (None, "https://abc.com.vn/print/hai-co-quan-ky-quy-che-post1.html"):
        line = extract_text(_MINISTRY_AND_COUNCIL, url)
        assert line["is_event"] is True
        assert line["level"] == "central"
        assert line["province"] is None
        assert line["provinces_involved"] == []
        assert line["parties"] == ["Bộ CA", "Hội đồng Dân tộc của Quốc hội"]


def test_a_capital_dateline_is_where_the_paper_reports_from_not_a_party():
    # "ĐÀ NẴNG- Chiều ...": the city's bodies written short ("CATP"); the city in capitals places them, no party
    text = (
        "CATP và Sở Văn hóa ký kết quy chế phối hợp\n"
        "Thứ hai, 02/04/2018 08:00\n"
        "Giám đốc CATP và Giám đốc Sở Văn hóa TP ký kết Quy chế phối hợp.\n"
        "ĐÀ NẴNG- Chiều 1-4, CATP và Sở Văn hóa tổ chức lễ ký kết Quy chế phối hợp bảo vệ an ninh trong lĩnh vực "
        "văn hóa.\n"
        "Hai bên sẽ trao đổi thông tin thường xuyên."
    )
    line = extract_text(text)
    assert line["is_event"] is True
    assert line["province"] == "Đà Nẵng"
    assert not any(p.isupper() for p in line["parties"])


# ---- a bloc of ministries meets at a venue in the capital: central bodies alone, a national event


_BLOC_OF_MINISTRIES = (
    "Ngày 21/7/2023, tại Khách sạn C (phường D, quận Tây Hồ, Hà Nội), Khối thi đua các bộ, ngành Kinh tế "
    "Trung ương tổ chức Hội nghị sơ kết nửa năm 2023 về thi đua, khen thưởng. Thứ trưởng Bộ Tài "
    "chính (đơn vị Khối trưởng) và Phó Tổng Giám đốc Kho bạc Nhà nước (đơn vị Khối phó) đồng chủ trì Hội nghị.\n"
    "Ban Thi đua - Khen thưởng Trung ương cử người tới dự.\n"
    "Sáu tháng qua, mỗi thành viên của Khối đều vượt mức đã cam kết."
)


def test_a_bloc_of_ministries_meeting_in_the_capital_is_national():
    # the bloc's name says it groups ministries: central units; the capital is only where it met (ruling 10)
    line = extract_text(_BLOC_OF_MINISTRIES)
    assert line["is_event"] is True
    assert line["level"] == "central"
    assert line["province"] is None
    assert line["provinces_involved"] == []
    assert line["parties"] == ["Khối thi đua các bộ, ngành Kinh tế Trung ương"]


def test_a_bloc_of_central_agencies_seated_in_a_province_stays_the_provinces():
    # "các cơ quan Trung ương trên địa bàn tỉnh": the central agencies' branches in one province, no ministries
    text = (
        "Khối thi đua các cơ quan Trung ương trên địa bàn tỉnh Ninh Thuận sơ kết\n"
        "Sáng 10/7/2023, Khối thi đua các cơ quan Trung ương trên địa bàn tỉnh Ninh Thuận tổ chức hội nghị sơ "
        "kết công tác thi đua 6 tháng đầu năm 2023.\n"
        "Các đơn vị trong Khối đã hoàn thành tốt nhiệm vụ."
    )
    line = extract_text(text)
    assert line["is_event"] is True
    assert line["level"] == "province"
    assert line["province"] == "Ninh Thuận"


# ---- a page whose first line (its title lost) is a photo's caption naming the chair


def test_a_central_departments_leader_chairing_in_the_first_line_makes_the_meeting_central():
    # the page lost its headline: its first line, read as the title, says a general department's deputy head
    # chairs; the report below names only the youth unions that carry out the program (ruling 3)
    text = (
        "Thiếu tướng A, Phó Tổng cục trưởng Tổng cục Chính trị Công an nhân dân chủ trì hội nghị.\n"
        "Sau hai năm thực hiện chương trình phối hợp, 6 tháng đầu năm 2019, Đoàn Thanh niên các đơn vị đã triển "
        "khai nhiều hoạt động tuyên truyền về phòng, chống tội phạm trong thanh niên.\n"
        "Hội nghị sơ kết chương trình phối hợp đã đánh giá các kết quả và bàn nhiệm vụ thời gian tới."
    )
    line = extract_text(text)
    assert line["is_event"] is True
    assert line["event_type"] == "meeting"
    assert line["level"] == "central"
    assert line["province"] is None


# ---- a cluster of national organisations or of a national command's units: national wherever it meets or is reported


def test_a_cluster_chaired_by_a_national_organisation_written_short_meets_nationally():
    # the chair is a national organisation with its short name in brackets before its role ("Việt Nam (HX) - đơn
    # vị Cụm trưởng"): a cluster of central bodies; the city where it met is no province that takes part (ruling 10)
    text = (
        "Cụm thi đua các tổ chức xã hội tổng kết năm 2024\n"
        "Ngày 18/12, tại Thanh Hóa, các tổ chức xã hội họp tổng kết một năm thi đua 2024.\n"
        "Các đồng chí chủ trì hội nghị: ông Đỗ Minh, Chủ tịch Hội Hữu nghị Việt Nam (HHN) - đơn vị Cụm trưởng; "
        "bà Lý Thu, Phó Chủ tịch Hội Người mù Việt Nam - đơn vị Cụm phó.\n"
        "Trong năm, mọi thành viên của Cụm thi đua các tổ chức xã hội đều đạt và vượt chỉ tiêu."
    )
    line = extract_text(text)
    assert line["is_event"] is True
    assert line["level"] == "central"
    assert line["province"] is None
    assert line["provinces_involved"] == []


def test_a_cluster_of_flotillas_reported_by_a_citys_paper_has_no_host():
    # the members are listed as a national command's units (ruling 17); a city's paper reports it with no venue:
    # central units meeting each other, a national event (ruling 10), not the paper's city
    text = (
        "Thi đua trên biển: thiết thực, hiệu quả\n"
        "Ngày 24/10/2024, Cụm thi đua số 6 Bộ đội Biên phòng tổ chức hội nghị tổng kết phong trào thi đua năm "
        "2024. Phó Tư lệnh Bộ đội Biên phòng đến dự và giao nhiệm vụ.\n"
        "Cụm thi đua số 6 Bộ đội Biên phòng gồm 4 đơn vị: Hải đoàn 14, 24, 34 và 44.\n"
        "Kết thúc hội nghị, hai đơn vị dẫn đầu được bình chọn để đề nghị khen thưởng."
    )
    line = extract_text(text, "https://www.sggp.org.vn/thi-dua-tren-bien-thiet-thuc-hieu-qua-post1.html")
    assert line["is_event"] is True
    assert line["level"] == "central"
    assert line["province"] is None
    assert line["provinces_involved"] == []


# ---- a head of a National Assembly board among the chairs of a regional briefing of provincial councils


def test_the_head_of_a_national_assembly_board_chairing_makes_the_briefing_central():
    # "Trưởng Ban Công tác đại biểu": the office is "Trưởng", the body "Ban Công tác đại biểu" (of the National
    # Assembly, central); a central body's leader who co-chairs makes the meeting central (ruling 3)
    text = (
        "Giao ban Thường trực HĐND các tỉnh khu vực Tây Nguyên\n"
        "Sáng 15/9/2022, tại Trung tâm Hội nghị tỉnh, đã diễn ra hội nghị giao ban Thường trực HĐND các tỉnh khu "
        "vực Tây Nguyên lần thứ 3.\n"
        "Các ông: Nguyễn Văn A, Trưởng Ban Công tác đại biểu của Quốc hội; Trần Văn B, Chủ tịch HĐND tỉnh Gia Lai; "
        "Lê Văn C, Chủ tịch HĐND tỉnh Kon Tum chủ tọa hội nghị.\n"
        "Hội nghị đã trao đổi kinh nghiệm về hoạt động giám sát của Thường trực HĐND."
    )
    line = extract_text(text)
    assert line["is_event"] is True
    assert line["level"] == "central"
