"""Classes of how real reports name who signs or holds a meeting (issue 11, session 28, round 2): each written in
sentences of our own and run through the whole article pipeline (`process`), as `phoihop extract` runs it."""

from __future__ import annotations

from tests.extraction import extract_text


def test_a_title_spelling_a_body_out_yields_to_the_leads_short_form():
    # the title writes "Ủy ban nhân dân tỉnh A", the report below it "UBND tỉnh A": the report's form is kept
    line = extract_text(
        "Trường Đại học Nha Trang hợp tác với Ủy ban nhân dân tỉnh Phú Yên\n\n"
        "Sáng 5/9/2024, UBND tỉnh Phú Yên và Trường Đại học Nha Trang ký kết thỏa thuận hợp tác về đào tạo nguồn "
        "nhân lực giai đoạn 2024 - 2029."
    )
    assert "UBND tỉnh Phú Yên" in line["parties"], line["parties"]
    assert not any(p.startswith("Ủy ban nhân dân") for p in line["parties"]), line["parties"]


def test_provinces_a_spaced_dash_joins_after_one_head_each_have_the_body():
    # "Hội Nông dân hai tỉnh A - B": the head is written once, the provinces joined by a dash
    line = extract_text(
        "Nông dân hai tỉnh giáp ranh bắt tay nhau\n\n"
        "Hôm 14/5/2024, Hội Nông dân hai tỉnh Hà Giang - Tuyên Quang đã ký kết chương trình phối "
        "hợp cho ba năm tới."
    )
    assert len(line["parties"]) == 2, line["parties"]
    assert all(p.startswith("Hội Nông dân") for p in line["parties"]), line["parties"]
    assert any(p.endswith("Tuyên Quang") for p in line["parties"]), line["parties"]


def test_a_clusters_chair_named_with_its_province_left_to_the_article_is_no_party_beside_it():
    # "Khối ... tỉnh do Ủy ban MTTQ tỉnh làm trưởng khối": the province is the article's own (from its address)
    line = extract_text(
        "Hôm 12/3/2024, Khối thi đua Mặt trận và các đoàn thể tỉnh do Ủy ban MTTQ Việt Nam tỉnh làm trưởng khối "
        "tổ chức ký giao ước thi đua cho năm nay.",
        url="https://baoquangtri.vn/khoi-thi-dua-ky-ket-giao-uoc-thi-dua-2024.html",
    )
    assert len(line["parties"]) == 1 and line["parties"][0].startswith("Khối thi đua"), line["parties"]


def test_a_member_marked_as_the_clusters_chair_without_a_bracket_is_no_party_beside_it():
    # "A đơn vị Cụm trưởng Cụm thi đua số II": the mark needs no bracket or dash before it
    line = extract_text(
        "Hôm 20/11/2023, Thanh tra tỉnh Hà Tĩnh đơn vị Cụm trưởng Cụm thi đua số V - Thanh tra Chính phủ đã tổ "
        "chức hội nghị tổng kết năm 2023 về thi đua."
    )
    assert line["parties"] == ["Cụm thi đua số V - Thanh tra Chính phủ"], line["parties"]


def test_a_cluster_named_with_its_network_drops_the_bracket_describing_its_members():
    # "Cụm thi đua số 6 - Bộ Y tế gồm các bệnh viện ...": the network says whose cluster it is; its members'
    # description is not its name (ruling 11)
    line = extract_text(
        "Giữa tháng 12/2023, Cụm thi đua số 6 - Bộ Y tế gồm một số bệnh viện lớn ở miền Nam đã tổ chức hội nghị "
        "tổng kết năm về thi đua."
    )
    assert line["parties"] == ["Cụm thi đua số 6 - Bộ Y tế"], line["parties"]


def test_the_titles_cluster_with_its_network_names_the_leads_cluster_of_listed_members():
    # the title "Cụm thi đua số 8 - Bộ Tư lệnh A", the lead "Cụm thi đua số 8 gồm Ban Chỉ huy Quân sự các xã ..."
    line = extract_text(
        "Cụm thi đua số 8 - Bộ Tư lệnh Quân khu 4 ký giao ước thi đua năm 2025\n\n"
        "Ngày 10/3/2025, Cụm thi đua số 8 gồm Ban Chỉ huy Quân sự các xã: Kỳ Anh, Kỳ Hoa, Kỳ Xuân và Kỳ Lạc tổ "
        "chức hội nghị ký kết giao ước thi đua năm 2025."
    )
    assert line["parties"] == ["Cụm thi đua số 8 - Bộ Tư lệnh Quân khu 4"], line["parties"]


def test_bodies_that_name_a_cluster_after_khoi_are_no_party_of_their_own():
    # the title's "Khối MTTQ và các đoàn thể" is the cluster the lead names, not the Front's committee beside it
    line = extract_text(
        "Khối MTTQ và các đoàn thể ký giao ước thi đua năm 2024\n\n"
        "Ngày 5/3/2024, Khối thi đua Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội tỉnh đã tổ chức ký kết "
        "giao ước thi đua năm 2024.",
        url="https://baoyenbai.com.vn/khoi-mttq-va-cac-doan-the-ky-giao-uoc-thi-dua-2024.html",
    )
    assert len(line["parties"]) == 1 and line["parties"][0].startswith("Khối thi đua"), line["parties"]


def test_a_body_named_in_full_then_short_in_brackets_before_a_list_of_provinces_is_one_per_province():
    # "Ban chỉ đạo <what it directs> (Ban chỉ đạo X) các tỉnh: A, B và C đã ký kết": one board per province, written
    # with the short name and each province's kind; the list ends where the names end
    line = extract_text(
        "Sáng 9/4/2024, Ban chỉ đạo phòng, chống thiên tai và tìm kiếm cứu nạn (Ban chỉ đạo PCTT) các tỉnh: Quảng "
        "Bình, Quảng Trị và Hà Tĩnh đã ký kết quy chế phối hợp ứng phó bão lũ vùng giáp ranh."
    )
    assert line["parties"] == [
        "Ban Chỉ đạo PCTT tỉnh Quảng Bình",
        "Ban Chỉ đạo PCTT tỉnh Quảng Trị",
        "Ban Chỉ đạo PCTT tỉnh Hà Tĩnh",
    ], line["parties"]


def test_a_body_named_again_bare_keeps_the_name_of_the_body_it_names():
    # "UBND TP HCM, UBND tỉnh Long An phối hợp với UBND các tỉnh ...": the bare naming after, placed by the article's
    # city, is no rename of the Long An committee
    line = extract_text(
        "Hợp tác giữa TP HCM với các tỉnh vùng ĐBSCL\n\n"
        "Hôm 11-3-2022 ở Long An, UBND TP HCM, UBND tỉnh Long An phối hợp với UBND các tỉnh thuộc ĐBSCL tổ "
        "chức hội nghị sơ kết chương trình hợp tác giữa các địa phương."
    )
    assert line["parties"] == ["UBND TP HCM", "UBND tỉnh Long An"], line["parties"]


def test_villages_listed_after_one_kind_word_are_each_a_party_of_the_commune_after_them():
    # "làng A và B của xã C": one kind word for the list, as "các xã A, B và C" is for communes
    line = extract_text(
        "Ngày 20-3-2026, Ban Dân tộc tỉnh Kon Tum tổ chức lễ kết nghĩa với làng Kon Rlong và Đăk Wơk của xã Ngọk Réo."
    )
    assert line["parties"][1:] == ["làng Kon Rlong (xã Ngọk Réo)", "làng Đăk Wơk (xã Ngọk Réo)"], line["parties"]


def test_a_member_titled_trưởng_khối_after_a_comma_holds_the_clusters_meeting_for_the_cluster():
    # "A, Trưởng Khối thi đua số 3, tổ chức hội nghị": the cluster is the party (ruling 2), not its chair
    line = extract_text(
        "Chiều ngày 10/3/2025, Cục Quản lý giá (Bộ Tài chính), Trưởng Khối thi đua số 3, tổ chức hội nghị tổng kết "
        "công tác thi đua năm 2024 và ký giao ước thi đua năm 2025."
    )
    assert line["parties"] == ["Khối thi đua số 3"], line["parties"]


def test_provinces_listed_after_one_kind_word_before_a_year_are_each_a_province_party():
    # "giữa hai tỉnh A và B năm 2023": the year closes the list; B is written with its kind as A is
    line = extract_text(
        "Ngày 5/4/2024, tại thành phố Điện Biên Phủ đã diễn ra hội nghị đánh giá kết quả hợp tác giữa hai tỉnh Điện "
        "Biên và Sơn La năm 2023."
    )
    assert line["parties"] == ["tỉnh Điện Biên", "tỉnh Sơn La"], line["parties"]
