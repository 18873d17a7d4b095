"""Classes of how real reports name who signs or holds a meeting (issue 11, parties round 20): each written in
sentences of our own and run through the whole article pipeline (`process`), as `phoihop extract` runs it; scored
without the address first, as the product is judged."""

from __future__ import annotations

from tests.extraction import extract_text


def test_a_state_group_the_lead_names_short_is_written_as_the_text_introduces_it():
    # the title and the lead write the group's short name; the report below introduces it by its full name with the
    # short one in brackets: the full name as written (ruling 21; DOMAIN.md: full names)
    line = extract_text(
        "Quảng Bình cùng VNPT đưa dịch vụ công lên môi trường mạng\n\n"
        "Văn bản ký giữa UBND tỉnh và VNPT mở đường cho Quảng Bình số hóa hồ sơ hành chính tới năm 2028.\n\n"
        "Sáng 14/5/2024, UBND tỉnh Quảng Bình và Tập đoàn Bưu chính Viễn thông Việt Nam (VNPT) ký bản thỏa thuận "
        "hợp tác chiến lược về ứng dụng công nghệ số cho năm 2024 - 2028.\n\n"
        "Theo văn bản, VNPT lắp đặt trạm phát sóng và huấn luyện công chức xã."
    )
    assert "Tập đoàn Bưu chính Viễn thông Việt Nam (VNPT)" in line["parties"], line["parties"]
    assert "VNPT" not in line["parties"], line["parties"]


def test_a_state_group_never_written_in_full_keeps_its_short_name():
    line = extract_text(
        "Sáng 14/5/2024, UBND tỉnh Quảng Bình và Viettel ký bản thỏa thuận hợp tác chiến lược về ứng dụng công "
        "nghệ số cho năm 2024 - 2028.\n\nTheo văn bản, Viettel lắp đặt trạm phát sóng ở các xã vùng cao."
    )
    assert "Viettel" in line["parties"], line["parties"]


def test_two_provinces_sign_through_the_bodies_whose_leaders_chair_the_signing():
    # the lead names the provinces as the sides; no leader "ký", the leaders of each province's bodies chair the
    # ceremony: they stand for their bodies (ruling 7), the bodies are the parties, not the bare places
    line = extract_text(
        "Hai tỉnh miền biển bắt tay phát triển kinh tế\n\n"
        "Chiều 5/10/2023, tại thành phố Vĩnh Yên, Bí thư Tỉnh ủy Vĩnh Phúc Lê Văn An; Chủ tịch UBND tỉnh Vĩnh Phúc "
        "Trần Văn Bình cùng Chủ tịch UBND tỉnh Bến Tre Ngô Văn Cường chủ trì lễ ký kết chương trình hợp tác "
        "giữa tỉnh Vĩnh Phúc với tỉnh Bến Tre giai đoạn 2023 - 2027."
    )
    assert "Tỉnh ủy Vĩnh Phúc" in line["parties"], line["parties"]
    assert "UBND tỉnh Vĩnh Phúc" in line["parties"], line["parties"]
    assert "UBND tỉnh Bến Tre" in line["parties"], line["parties"]
    assert not any(p.startswith("tỉnh ") for p in line["parties"]), line["parties"]


def test_a_member_that_hosts_a_clusters_review_named_further_in_the_sentence_is_no_party_beside_it():
    # "Sở A tỉnh X chủ trì hội nghị <what is reviewed> của Cụm thi đua số N (gồm ...)": the cluster holds its meeting,
    # the member that hosts or chairs it is no party of its own (ruling 2; DOMAIN.md: a cluster that holds the
    # meeting is itself a party)
    line = extract_text(
        "Sáng 9/1/2024, Sở Tư pháp tỉnh Kon Tum chủ trì hội nghị bình xét, chấm điểm kết quả thi đua năm 2023 "
        "của Cụm thi đua số 3 (gồm Sở Tư pháp các tỉnh Kon Tum, Gia Lai, Đắk Lắk, Đắk Nông và Lâm Đồng)."
    )
    assert line["parties"] == ["Cụm thi đua số 3"], line["parties"]


def test_a_leadership_organ_written_in_small_letters_is_kept_before_its_body():
    # "Bộ biên tập Tạp chí A", "Ban thường vụ Hội B": the organ signs for its body whichever case the page writes
    # its words in; the party keeps it as written (the organs of data/reference/org_leadership.csv)
    line = extract_text(
        "Chiều 21/6/2023, Ban Dân vận Tỉnh ủy Hà Giang và Bộ biên tập Tạp chí Tuyên giáo cùng ký văn bản phối hợp "
        "thông tin về công tác dân vận ở vùng cao giai đoạn 2023 - 2026."
    )
    assert "Bộ biên tập Tạp chí Tuyên giáo" in line["parties"], line["parties"]


def test_a_commune_the_title_names_is_its_body_the_lead_names():
    # the title names the ward, the lead its Front's committee that holds the event: the body is the party, the
    # bare ward is no party beside it (as for a province the title names)
    line = extract_text(
        "Phường Bến Nghé tổ chức ký kết phối hợp giữa MTTQ với các tổ chức đoàn thể năm 2019\n\n"
        "Chiều 9/1/2019, Ủy ban MTTQ phường Bến Nghé tổ chức hội nghị ký kết chương trình phối hợp năm 2019 "
        "giữa Mặt trận với các đoàn thể của phường."
    )
    assert line["parties"] == ["Ủy ban MTTQ phường Bến Nghé"], line["parties"]


def test_judicial_areas_listed_after_one_head_are_each_a_party():
    # "Tòa án nhân dân Khu vực 4 - A và Khu vực 5 - A": the head is written once, each area is its own court (DOMAIN.md:
    # a list joined by "và" or commas is several parties), not a bare province beside the first
    line = extract_text(
        "Ngày 14/10/2025, Công an tỉnh Đắk Lắk ký quy chế phối hợp trong điều tra, truy tố, xét xử với Tòa án "
        "nhân dân Khu vực 4 - Đắk Lắk và Khu vực 5 - Đắk Lắk."
    )
    assert "Tòa án nhân dân Khu vực 5 - Đắk Lắk" in line["parties"], line["parties"]
    assert "Đắk Lắk" not in line["parties"], line["parties"]
