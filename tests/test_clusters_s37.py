"""Cluster names on classes of real reporting the extractor missed (session 37): a cooperation program between a city
and a region's provinces, written with the city's short form ("TP.HCM") and ended by its period, is the group that
frames the meeting (ruling 13); a cluster named only in the lines above the title (a page's tag, a caption) is the
event's. Each shape is written in sentences of our own (DOMAIN.md: a cluster is named as
written, whether or not the reference data knows it)."""

from __future__ import annotations

from etl.clusters import find_cluster
from tests.extraction import extract_text


def test_a_cooperation_program_of_a_city_and_a_regions_provinces_ended_by_its_period_is_the_cluster():
    lead = (
        "Ngày 20.4, tại tỉnh Gia Lai đã diễn ra hội nghị sơ kết Chương trình hợp tác phát triển du lịch giữa TP.HCM "
        "với các tỉnh vùng Tây Nguyên giai đoạn 2019-2023 và định hướng đến 2028."
    )
    found = find_cluster("", lead)
    assert found is not None
    assert found.endswith("giữa TP.HCM với các tỉnh vùng Tây Nguyên")
    assert "hợp tác phát triển du lịch" in found


def test_a_linkage_program_named_with_its_period_ends_before_it():
    # the period after the region is the program's years, not part of the group's name
    lead = "Sáng 3/6, Hội nghị liên kết phát triển du lịch khu vực Tây Bắc giai đoạn 2021-2025 diễn ra tại tỉnh Sơn La."
    assert find_cluster("", lead) == "liên kết phát triển du lịch khu vực Tây Bắc"


def test_a_program_between_two_sides_is_the_cluster_but_holds_no_meeting():
    # the review's cluster is the program; no body named, the program between its sides is no party of its own
    line = extract_text(
        "Sơ kết hợp tác du lịch với các tỉnh Tây Nguyên\n\n"
        "Ngày 20.4, tại tỉnh Gia Lai đã diễn ra hội nghị sơ kết Chương trình hợp tác phát triển du lịch giữa TP.HCM "
        "với các tỉnh vùng Tây Nguyên giai đoạn 2019-2023 và định hướng đến 2028.\n\n"
        "Nhiều tour mới đã được mở trong 5 năm qua."
    )
    assert line["event_type"] == "meeting"
    assert line["cluster"] is not None and "giữa TP.HCM với các tỉnh vùng Tây Nguyên" in line["cluster"]
    assert not any("hợp tác" in p for p in line["parties"])


def test_a_bloc_named_only_by_the_pages_tag_above_the_title_is_the_cluster():
    # a bare text: the page's tags above the headline name the bloc; the title, lead and body name none
    line = extract_text(
        "Tags:\n\n"
        "ký kết thi đua khối nội chính\n\n"
        "Phong trào thi đua của các cơ quan nội chính lan tỏa rộng khắp\n\n"
        "Đó là khẳng định của Phó Bí thư Tỉnh ủy tại hội nghị tổng kết phong trào thi đua năm 2022 và ký kết giao "
        "ước thi đua năm 2023 của các cơ quan nội chính tỉnh Hà Nam, diễn ra chiều 14/2.\n\n"
        "Hội nghị đã bình chọn đơn vị dẫn đầu."
    )
    assert line["is_event"] is True
    assert line["cluster"] == "khối nội chính"


def test_a_numbered_cluster_named_only_in_a_caption_above_the_title_is_the_cluster():
    line = extract_text(
        "Thủ trưởng Bộ Tư lệnh đến dự, giao nhiệm vụ cho hội nghị.\n\n"
        "Cụm thi đua số 5 Bộ đội Biên phòng gồm 3 đơn vị: Hải đoàn 16, 26 và 36.\n\n"
        "Quang cảnh hội nghị\n\n"
        "Suốt năm 2024, các đơn vị của cụm đã thi đua sôi nổi, đều khắp trên mọi mặt công tác. Sáng 19/12, "
        "tại Quảng Ninh, các đơn vị tổ chức hội nghị tổng kết phong trào thi đua năm 2024.\n\n"
        "Hội nghị đã suy tôn đơn vị dẫn đầu."
    )
    assert line["is_event"] is True
    assert line["cluster"] is not None and line["cluster"].lower().startswith("cụm thi đua số 5")
