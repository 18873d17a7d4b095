"""Classes of how real reports name who signs or holds a meeting (issue 11, session 27, round 3): each written in
sentences of our own and run through the whole article pipeline (`process`), as `phoihop extract` runs it."""

from __future__ import annotations

from tests.extraction import extract_text


def test_places_listed_after_their_kind_and_what_they_share_are_one_body_each():
    # "Huyện ủy các huyện biên giới: A, B và C": what the districts share ("biên giới") stands between their kind
    # and their names; the list still names one committee per district
    line = extract_text(
        "Hôm 14/6/2024, Đảng ủy Bộ đội Biên phòng tỉnh Hà Giang phối hợp với Huyện ủy các huyện biên giới: "
        "Đồng Văn, Mèo Vạc và Yên Minh tổ chức hội nghị sơ kết nửa năm thực hiện quy chế."
    )
    assert len(line["parties"]) == 4, line["parties"]
    assert [p.split()[-2:] for p in line["parties"][1:]] == [["Đồng", "Văn"], ["Mèo", "Vạc"], ["Yên", "Minh"]], line[
        "parties"
    ]


def test_communes_listed_after_what_they_share_without_a_colon():
    # "UBND các xã biên giới A, B": no colon; each commune keeps its own committee and the district after the list
    line = extract_text(
        "Ngày 3/9/2023, Đồn Biên phòng Ia Dom và UBND các xã biên giới Ia Nan, Ia Pnôn (huyện Đức Cơ, tỉnh Gia Lai) "
        "đã ký kết quy chế phối hợp bảo vệ biên giới giai đoạn 2023-2028."
    )
    assert len(line["parties"]) == 3, line["parties"]
    assert [p.split(" (")[0] for p in line["parties"][1:]] == ["UBND xã Ia Nan", "UBND xã Ia Pnôn"], line["parties"]
    assert line["level"] == "commune"


def test_a_management_board_keeps_the_zone_it_manages():
    # "Ban Quản lý Khu kinh tế tỉnh", "Ban Quản lý các khu công nghiệp tỉnh": the zone is the board's name, not
    # words to drop before the province
    line = extract_text(
        "Sáng 8/5/2025, Ban Quản lý Khu kinh tế tỉnh Quảng Ngãi và Bảo hiểm xã hội tỉnh Quảng Ngãi ký kết quy chế "
        "phối hợp giai đoạn 2025-2030."
    )
    assert line["parties"][0] == "Ban Quản lý Khu kinh tế tỉnh Quảng Ngãi", line["parties"]
    line = extract_text(
        "Sáng 8/5/2025, Ban Quản lý các khu công nghiệp tỉnh Bắc Giang và Liên đoàn Lao động tỉnh Bắc Giang ký kết "
        "quy chế phối hợp giai đoạn 2025-2030."
    )
    assert line["parties"][0] == "Ban Quản lý các khu công nghiệp tỉnh Bắc Giang", line["parties"]


def test_two_parts_of_the_country_joined_by_va_describe_one_body():
    # "Hội Nông dân các tỉnh Bắc Trung Bộ và Duyên hải miền Trung": "và" between two parts of the country is the
    # provinces' description, not a second body; "và" before another body's head still starts that body
    line = extract_text(
        "Ngày 20/11/2024, tại Huế, Hội Nông dân các tỉnh Bắc Trung Bộ và Duyên hải miền Trung ký kết chương trình "
        "phối hợp năm 2025."
    )
    assert line["parties"] == ["Hội Nông dân các tỉnh Bắc Trung Bộ và Duyên hải miền Trung"], line["parties"]
    line = extract_text(
        "Ngày 20/11/2024, tại Huế, Hội Nông dân các tỉnh Bắc Trung Bộ và Hội Nông dân tỉnh Quảng Bình ký kết "
        "chương trình phối hợp năm 2025."
    )
    assert line["parties"] == ["Hội Nông dân các tỉnh Bắc Trung Bộ", "Hội Nông dân tỉnh Quảng Bình"], line["parties"]


def test_a_chair_who_heads_a_party_committee_chairs_for_that_committee():
    # "Bí thư Tỉnh ủy, Trưởng Đoàn đại biểu Quốc hội tỉnh A đồng chủ trì": the titles after the secretary's are
    # held because of it, so the committee is the party; a deputy secretary still chairs for the last title
    line = extract_text(
        "Giao ban công tác dân vận các tỉnh miền Trung\n\n"
        "Ngày 14/5, tại Tam Kỳ, các đồng chí: Lê Văn Hòa, Phó trưởng Ban Dân vận Trung ương; Phan Minh Tâm, Bí "
        "thư Tỉnh ủy, Trưởng Đoàn đại biểu Quốc hội tỉnh Quảng Nam đồng chủ trì Hội nghị giao ban công tác dân "
        "vận 10 tỉnh, thành phố khu vực miền Trung."
    )
    assert line["parties"] == ["Ban Dân vận Trung ương", "Tỉnh ủy Quảng Nam"], line["parties"]
    line = extract_text(
        "Ngày 20/6, đồng chí Nguyễn Văn An, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Sơn La và đồng chí Trần Văn Bình, "
        "Giám đốc Công an tỉnh Sơn La đồng chủ trì hội nghị sơ kết quy chế phối hợp."
    )
    assert line["parties"] == ["UBND tỉnh Sơn La", "Công an tỉnh Sơn La"], line["parties"]


def test_the_investigation_agency_by_its_short_form_shares_the_place_after_the_list():
    # "CQĐT và VKSND huyện A": the investigation agency, abbreviated, and the procuracy of one district
    line = extract_text(
        "Hôm 12/4/2023, CQĐT và VKSND huyện Krông Pắc (tỉnh Đắk Lắk) đã ký kết quy chế phối hợp để xử lý "
        "nhanh các nguồn tin về tội phạm."
    )
    assert [p.split(" (")[0] for p in line["parties"]] == ["CQĐT huyện Krông Pắc", "VKSND huyện Krông Pắc"], line[
        "parties"
    ]
    assert line["level"] == "district"


def test_a_body_named_by_its_tier_is_no_party():
    # "Công an cấp xã", "Hội Nông dân các cấp": every body of that tier, which the signing only concerns
    line = extract_text(
        "Ngày 12/4/2023, Viện Kiểm sát nhân dân huyện Krông Pắc và Công an huyện Krông Pắc ký kết quy chế phối hợp "
        "hướng dẫn Công an cấp xã tiếp nhận tin báo về tội phạm."
    )
    assert len(line["parties"]) == 2, line["parties"]
    line = extract_text(
        "Ngày 12/4/2023, Công an cấp xã và Viện Kiểm sát nhân dân huyện Krông Pắc ký kết quy chế phối hợp."
    )
    assert [p.split(" (")[0] for p in line["parties"]] == ["Viện Kiểm sát nhân dân huyện Krông Pắc"], line["parties"]


def test_the_victims_association_keeps_dioxin_in_its_name_and_its_short_form():
    # "Hội Nạn nhân chất độc da cam/dioxin", shortened "Hội NNCĐDC/dioxin": the slash is part of the name
    line = extract_text(
        "Sáng 2/8/2024, Hội NNCĐDC/dioxin Việt Nam và Hội Liên hiệp Phụ nữ Việt Nam đã ký kết chương trình phối hợp "
        "chăm lo cho nạn nhân giai đoạn 2024-2029."
    )
    assert line["parties"][0] == "Hội NNCĐDC/dioxin Việt Nam", line["parties"]
    line = extract_text(
        "Sáng 2/8/2024, Hội Nạn nhân chất độc da cam/dioxin tỉnh Nghệ An và Sở Y tế tỉnh Nghệ An đã ký kết chương "
        "trình phối hợp giai đoạn 2024-2029."
    )
    assert line["parties"][0] == "Hội Nạn nhân chất độc da cam/dioxin tỉnh Nghệ An", line["parties"]


def test_a_border_post_at_a_border_gate_keeps_the_gate_and_its_own_province():
    # "Đồn Biên phòng Cửa khẩu Quốc tế A": the gate is part of the post's name; the post is named after its
    # commune or gate, not after a district of another province that bears the same name
    line = extract_text(
        "Hôm 19/2/2024, Đảng ủy Đồn Biên phòng Cửa khẩu Quốc tế Thanh Thủy cùng Đảng ủy xã Thanh Đức (tỉnh Hà "
        "Giang) tổ chức hội nghị sơ kết một năm thực hiện quy chế."
    )
    assert line["parties"][0] == "Đảng ủy Đồn Biên phòng Cửa khẩu Quốc tế Thanh Thủy", line["parties"]
    assert line["provinces_involved"] == ["Hà Giang"], line["provinces_involved"]
    assert line["level"] == "commune"
    line = extract_text(
        "Ngày 3/5/2024, Đồn Biên phòng cửa khẩu Hoa Lư và UBND xã Lộc Thạnh (huyện Lộc Ninh, tỉnh Bình Phước) ký "
        "kết quy chế phối hợp bảo vệ biên giới."
    )
    assert line["parties"][0].lower() == "đồn biên phòng cửa khẩu hoa lư", line["parties"]


def test_the_one_named_among_counted_partners_signs():
    # "ký kết với 15 cơ quan báo chí ... trên địa bàn tỉnh, trong đó có Báo A": the paper is one of those the
    # province signs with, though a long description of the count closes the partners' clause before it
    line = extract_text(
        "Sáng 6/1/2025, UBND tỉnh Kon Tum tổ chức lễ ký kết hợp tác truyền thông với 15 cơ quan báo chí có phóng "
        "viên thường trú đang hoạt động trên địa bàn tỉnh, trong đó có Báo Tuổi Trẻ."
    )
    assert line["parties"] == ["UBND tỉnh Kon Tum", "Báo Tuổi Trẻ"], line["parties"]
