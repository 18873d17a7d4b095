"""Clusters that hold their meeting on classes of real reporting the extractor missed (session 37b): a member body
organises the meeting of a network's cluster named by its bodies ("Cụm Liên hiệp ... số N"), which no emulation
cluster's head names: the cluster is the one party, its members' provinces make the meeting inter-provincial
(ruling 2). Each shape is written in sentences of our own."""

from __future__ import annotations

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
