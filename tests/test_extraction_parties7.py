"""Classes of how real reports name who signs or holds a meeting (issue 11, session 26, second round): each written in
sentences of our own and run through the whole article pipeline (`process`), as `phoihop extract` runs it."""

from __future__ import annotations

from tests.extraction import extract_text


def test_a_cluster_named_bare_in_the_lead_takes_its_fuller_naming_from_the_article():
    # the lead says "Cụm thi đua số 2"; a later paragraph says whose cluster it is, after a dash or "của": that naming
    line = extract_text(
        "Cụm thi đua số 2 tổng kết công tác thi đua năm 2024\n\n"
        "Ngày 12/12/2024, Cụm thi đua số 2 tổ chức hội nghị nhìn lại phong trào thi đua cả năm 2024.\n\n"
        "Huyện Lục Nam là nơi đón hội nghị của Cụm thi đua số 2 – Viện Kiểm sát nhân dân hai cấp tỉnh Bắc Giang."
    )
    assert line["parties"] == ["Cụm thi đua số 2 – Viện Kiểm sát nhân dân hai cấp tỉnh Bắc Giang"], line["parties"]
    line = extract_text(
        "Cụm thi đua số V tổng kết năm 2023\n\n"
        "Ngày 5/1/2024, Cụm thi đua số V tổ chức hội nghị tổng kết công tác thi đua năm 2023.\n\n"
        "Tham gia có các huyện thuộc Cụm thi đua số V của Hội đồng Thi đua - Khen thưởng tỉnh Nghệ An."
    )
    assert line["parties"] == ["Cụm thi đua số V của Hội đồng Thi đua - Khen thưởng tỉnh Nghệ An"], line["parties"]


def test_a_cluster_is_not_named_with_the_verb_a_later_sentence_goes_on_with():
    # "Cụm thi đua số 4 chủ trì ...", "Cụm thi đua số 4 trao cờ ...": the sentence goes on, the name does not
    line = extract_text(
        "Cụm thi đua số 4 tổng kết năm 2024\n\n"
        "Ngày 20/12/2024, Cụm thi đua số 4 tổ chức hội nghị tổng kết công tác thi đua năm 2024.\n\n"
        "Đại diện Cụm thi đua số 4 trao cờ luân lưu cho đơn vị cụm trưởng năm 2025."
    )
    assert line["parties"][0].startswith("Cụm thi đua số 4"), line["parties"]
    assert "trao" not in line["parties"][0], line["parties"]


def test_a_bare_cluster_takes_whose_it_is_from_the_address_when_the_text_writes_it():
    # a page whose headline was not kept: the slug is the headline, and says whose cluster it is; the words the text
    # writes ("VKSND tỉnh Hà Nam") are added as written, the slug's next words ("binh xet") end it
    line = extract_text(
        "Ngày 10/12/2024, Cụm thi đua số 2 tổ chức hội nghị bình xét thi đua năm 2024.\n\n"
        "Các đơn vị trong Cụm thi đua số 2 báo cáo Hội đồng thi đua khen thưởng VKSND tỉnh Hà Nam kết quả năm 2024.",
        url="https://example.vn/cum-thi-dua-so-2-vksnd-tinh-ha-nam-binh-xet-thi-dua-nam-2024-12345.html",
    )
    assert line["parties"] == ["Cụm thi đua số 2 VKSND tỉnh Hà Nam"], line["parties"]
    # the slug's next words are not a body the text writes: the cluster stays as the text names it
    line = extract_text(
        "Ngày 10/12/2024, Cụm thi đua số 2 tổ chức hội nghị bình xét thi đua năm 2024.\n\n"
        "Bình xét thi đua là việc làm thường xuyên của các đơn vị.",
        url="https://example.vn/cum-thi-dua-so-2-binh-xet-thi-dua-nam-2024-12345.html",
    )
    assert line["parties"][0] == "Cụm thi đua số 2", line["parties"]


def test_a_commune_bodys_province_in_brackets_stays_with_its_name():
    # after July 2025 a commune has no district: its province is written in brackets after it, as for a bare commune
    line = extract_text(
        "Ngày 12/1/2026, UBND xã Ia Púch (tỉnh Gia Lai) và UBND xã Ea Rốk (tỉnh Đắk Lắk) ký kết quy chế phối hợp "
        "quản lý rừng giáp ranh năm 2026."
    )
    assert line["parties"] == ["UBND xã Ia Púch (tỉnh Gia Lai)", "UBND xã Ea Rốk (tỉnh Đắk Lắk)"], line["parties"]
    assert line["provinces_involved"] == ["Gia Lai", "Đắk Lắk"], line["provinces_involved"]


def test_a_central_body_whose_leader_attends_to_chair_a_clusters_meeting_organises_it():
    # "đã đến dự, chủ trì hội nghị": the leader chairs, so the body organises (ruling 3), beside the cluster
    line = extract_text(
        "Ngày 3/12/2024, Cụm thi đua Hội Nông dân các tỉnh Tây Nguyên tổ chức hội nghị tổng kết năm 2024 tại tỉnh "
        "Kon Tum.\n\n"
        "Phó Chủ tịch Trung ương Hội Nông dân Việt Nam Nguyễn Văn An đã đến dự, chủ trì hội nghị."
    )
    assert line["parties"] == ["Cụm thi đua Hội Nông dân các tỉnh Tây Nguyên", "Trung ương Hội Nông dân Việt Nam"], (
        line["parties"]
    )
    # listed after the words: "Đến dự và chủ trì ... có: ông A - Phó Chủ tịch Hội X Việt Nam"
    line = extract_text(
        "Ngày 3/12/2024, Cụm thi đua Hội Cựu chiến binh các tỉnh Tây Nguyên tổ chức hội nghị tổng kết năm 2024.\n\n"
        "Đến dự và chủ trì hội nghị có: ông Trần Văn Bình - Phó Chủ tịch Hội Cựu chiến binh Việt Nam."
    )
    assert line["parties"] == ["Cụm thi đua Hội Cựu chiến binh các tỉnh Tây Nguyên", "Hội Cựu chiến binh Việt Nam"], (
        line["parties"]
    )


def test_a_leader_who_only_attends_a_clusters_meeting_is_no_party():
    line = extract_text(
        "Ngày 3/12/2024, Cụm thi đua Hội Nông dân các tỉnh Tây Nguyên tổ chức hội nghị tổng kết năm 2024.\n\n"
        "Phó Chủ tịch Trung ương Hội Nông dân Việt Nam Nguyễn Văn An đã đến dự và phát biểu chỉ đạo hội nghị."
    )
    assert line["parties"] == ["Cụm thi đua Hội Nông dân các tỉnh Tây Nguyên"], line["parties"]


def test_a_navy_region_is_named_with_the_navy():
    # "Vùng N Hải quân" is the region's name (ruling 9): the navy written after the number is part of it
    line = extract_text(
        "Ngày 14/5/2024, Bộ Tư lệnh Vùng 2 Hải quân và Bộ Chỉ huy Quân sự tỉnh Cà Mau ký kết quy chế phối hợp bảo vệ "
        "chủ quyền biển đảo."
    )
    assert line["parties"] == ["Bộ Tư lệnh Vùng 2 Hải quân", "Bộ Chỉ huy Quân sự tỉnh Cà Mau"], line["parties"]
