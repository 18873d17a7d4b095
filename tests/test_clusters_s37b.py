"""Clusters that hold their meeting on classes of real reporting the extractor missed (session 37b): a member body
organises the meeting of a network's cluster named by its bodies ("Cụm Liên hiệp ... số N"), which no emulation
cluster's head names: the cluster is the one party, its members' provinces make the meeting inter-provincial
(ruling 2); a body written for a count of provinces ("Sở A giữa 13 tỉnh, thành phố ... và B"), or a city's body and a
count of provinces signing after a witness clause, makes bodies of several provinces act (DOMAIN.md, level); a
cluster's name that lists its fields or kinds of bodies with a comma and "và" runs on past the comma. Each shape is
written in sentences of our own."""

from __future__ import annotations

from etl.clusters import find_cluster
from tests.extraction import extract_text


def test_a_member_that_organises_its_network_clusters_review_leaves_the_cluster_the_one_party():
    line = extract_text(
        "Năm 2023, các tổ chức hữu nghị phía Bắc sẽ phối hợp chặt chẽ hơn\n\n"
        "Ngày 9/3/2023, tại Hải Phòng, Liên hiệp các tổ chức hữu nghị thành phố Hải Phòng đã tổ chức Hội nghị sơ "
        "kết công tác năm 2022 của Cụm Liên hiệp hữu nghị địa phương số 1 (Cụm số 01).\n\n"
        "Dự hội nghị có đại diện Liên hiệp các tổ chức hữu nghị các tỉnh: Quảng Ninh, Thái Bình, Nam Định, Hải "
        "Dương, Hải Phòng.\n\n"
        "Các đơn vị trong cụm thống nhất nhiều nội dung phối hợp trong năm tới."
    )
    assert line["event_type"] == "meeting"
    assert line["parties"] == ["Cụm Liên hiệp hữu nghị địa phương số 1"]
    assert line["cluster"] is not None and "Liên hiệp hữu nghị địa phương số 1" in line["cluster"]
    assert line["level"] == "inter-provincial"


def test_an_online_meeting_of_a_network_cluster_written_in_lower_case_is_the_clusters():
    line = extract_text(
        "Các tổ chức hữu nghị miền Trung lần đầu họp trực tuyến\n\n"
        "Ngày 14/5/2021, tại Quy Nhơn, Liên hiệp các tổ chức hữu nghị tỉnh Bình Định đã tổ chức Hội nghị trực tuyến "
        "cụm Liên hiệp hữu nghị địa phương số 04 (Cụm số 4) để bàn quy chế hoạt động của Cụm.\n\n"
        "Tham gia hội nghị có đại diện Liên hiệp các tổ chức hữu nghị các tỉnh: Quảng Nam, Quảng Ngãi, Phú Yên, Bình "
        "Định."
    )
    assert line["parties"] == ["Cụm Liên hiệp hữu nghị địa phương số 04"]
    assert line["level"] == "inter-provincial"


def test_a_department_written_for_a_count_of_provinces_signing_with_another_city_is_inter_provincial():
    # one city's department is the only body found; the lead has it sign for a counted group of provinces as well
    line = extract_text(
        "Liên kết du lịch giữa các tỉnh Tây Nguyên và Đà Nẵng\n\n"
        "Mới đây, Sở Du lịch giữa 5 tỉnh, thành phố khu vực Tây Nguyên và Đà Nẵng đã ký kết chương trình liên kết "
        "phát triển du lịch giai đoạn 2021 - 2025.\n\n"
        "Các bên sẽ cùng xây dựng sản phẩm du lịch chung và quảng bá điểm đến."
    )
    assert line["event_type"] == "agreement"
    assert line["level"] == "inter-provincial"


def test_a_witness_written_before_a_city_and_a_count_of_provinces_that_sign_leaves_them_inter_provincial():
    # the witness clause opens the sentence; the signatories after it are a city's department and 15 provinces
    line = extract_text(
        "Mười sáu địa phương phía Nam hợp tác phát triển nông nghiệp\n\n"
        "Sáng 3-10, tại Cần Thơ, dưới sự chứng kiến của Bộ trưởng Bộ Nông nghiệp, lãnh đạo Sở Nông nghiệp TP Cần "
        "Thơ và 15 tỉnh, thành phố khu vực phía Nam đã ký kết chương trình hợp tác phát triển nông nghiệp.\n\n"
        "Theo đó, các địa phương sẽ trao đổi giống cây trồng và kinh nghiệm sản xuất."
    )
    assert line["level"] == "inter-provincial"


def test_a_bloc_named_by_kinds_listed_with_a_comma_and_and_keeps_its_whole_name_and_its_districts_level():
    line = extract_text(
        "Khối thi đua các phòng Tư pháp, Nội vụ và các đơn vị sự nghiệp huyện Phú Tân ký giao ước\n\n"
        "(AG) - Sáng 6-3, Khối thi đua các phòng Tư pháp, Nội vụ và các đơn vị sự nghiệp huyện Phú Tân ký kết giao "
        "ước thi đua năm 2024.\n\n"
        "Các đơn vị cam kết hoàn thành chỉ tiêu được giao trong năm."
    )
    assert line["parties"] == ["Khối thi đua các phòng Tư pháp, Nội vụ và các đơn vị sự nghiệp huyện Phú Tân"]
    assert line["level"] == "district"


def test_a_clusters_fields_written_in_lower_case_with_a_comma_and_and_stay_in_its_name():
    lead = (
        "Các đơn vị trong cụm thi đua y tế, dân số và gia đình khu vực 5 tỉnh Tây Bắc đã tổ chức nhiều phong trào "
        "thi đua thiết thực."
    )
    assert find_cluster("", lead) == "cụm thi đua y tế, dân số và gia đình khu vực 5 tỉnh Tây Bắc"
