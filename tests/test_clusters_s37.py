"""Cluster names on classes of real reporting the extractor missed (session 37): a cooperation program between a city
and a region's provinces, written with the city's short form ("TP.HCM") and ended by its period, is the group that
frames the meeting (ruling 13). Each shape is written in sentences of our own (DOMAIN.md: a cluster is named as
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
