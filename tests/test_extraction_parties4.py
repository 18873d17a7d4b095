"""Classes of how real reports name who signs (issue 11, session 24, second round): each written in sentences of
our own and run through the whole article pipeline (`process`), as `phoihop extract` runs it."""

from __future__ import annotations

from tests.extraction import extract_text


def test_the_signing_told_after_theo_do_below_a_byline_and_a_caption():
    # a byline, a time stamp and a section's name above the lead, a picture's caption after it: the sentence that
    # opens "Theo đó," and names who signed with the body is still among the paragraphs read
    line = extract_text(
        "Hội Cựu giáo chức tỉnh Nam Định ký kết phối hợp với 3 đơn vị\n\n"
        "Trần Văn Bình\n\n"
        "08:30 - 12/09/2023\n\n"
        "Giáo dục\n\n"
        "Ngày 11/9, Hội Cựu giáo chức tỉnh Nam Định tổ chức ký chương trình phối hợp nâng cao chất lượng dạy học "
        "giai đoạn 2023-2028 với 3 cơ quan, đơn vị của tỉnh.\n\n"
        "Hội Cựu giáo chức tỉnh Nam Định ký kết phối hợp với 3 đơn vị - Ảnh 1.\n\n"
        "Theo đó, Hội Cựu giáo chức tỉnh Nam Định ký chương trình phối hợp với 3 cơ quan, đơn vị: Sở Giáo dục và "
        "Đào tạo tỉnh Nam Định, Hội Khuyến học tỉnh Nam Định và Đoàn Thanh niên tỉnh Nam Định.\n\n"
        "Các bên thống nhất cùng tuyên truyền, vận động cán bộ, hội viên tham gia các phong trào thi đua."
    )
    assert line["parties"] == [
        "Hội Cựu giáo chức tỉnh Nam Định",
        "Sở Giáo dục và Đào tạo tỉnh Nam Định",
        "Hội Khuyến học tỉnh Nam Định",
        "Đoàn Thanh niên tỉnh Nam Định",
    ]


def test_an_association_named_by_whom_it_serves_keeps_its_and_and_commas():
    # "Hội Bảo trợ A, B và C tỉnh X": one body whose name runs to its place, not a list cut at "và"
    line = extract_text(
        "Ngày 5/6/2024, Hội Bảo trợ người khuyết tật, trẻ mồ côi và bệnh nhân nghèo tỉnh Bình Phước ký kết chương "
        "trình phối hợp với Hội Chữ thập đỏ tỉnh Bình Phước giai đoạn 2024-2027."
    )
    assert line["parties"] == [
        "Hội Bảo trợ người khuyết tật, trẻ mồ côi và bệnh nhân nghèo tỉnh Bình Phước",
        "Hội Chữ thập đỏ tỉnh Bình Phước",
    ]
    # the national associations of a list, each to its "Việt Nam"; a body after "và" stays a body of its own
    line = extract_text(
        "Sáng 3/10/2025, tại Hà Nội, Bộ Tư pháp ký kết quy chế phối hợp với Hội Bảo vệ Thiên nhiên và Môi trường "
        "Việt Nam và Hội Bảo vệ quyền trẻ em Việt Nam."
    )
    assert line["parties"] == [
        "Bộ Tư pháp",
        "Hội Bảo vệ Thiên nhiên và Môi trường Việt Nam",
        "Hội Bảo vệ quyền trẻ em Việt Nam",
    ]
    # a province named with no "tỉnh" before it: the name is the phrase (the place-bound reading found no place; its
    # first form backtracked through every split of every word, seconds an article, caught by the ETL benchmark)
    line = extract_text(
        "Chiều 20/12/2019, Hội Người mù Đắk Nông phối hợp với Hội Bảo trợ người khuyết tật Đắk Nông tổ chức hội nghị "
        "tổng kết việc thực hiện quy chế phối hợp năm 2019."
    )
    assert "Hội Bảo trợ người khuyết tật Đắk Nông" in line["parties"], line["parties"]


def test_a_documents_code_that_names_its_issuers_in_short_is_no_list_of_bodies():
    # "số 05/CTPH-TWHND-BCA": the code of the document carried out spells its issuers in short; read as names,
    # they hid the document (its issuers are no parties) and became bodies of their own
    line = extract_text(
        "Chung tay bảo đảm an ninh nông thôn\n\n"
        "Triển khai Chương trình phối hợp số 05/CTPH-TWHND-BCA-VKSNDTC ngày 12/3/2021 của Trung ương Hội Nông dân "
        "Việt Nam, Bộ Công an, Viện kiểm sát nhân dân tối cao, ngày 20/4/2021, Hội Nông dân, Công an huyện Krông "
        "Pắc tổ chức hội nghị ký kết văn bản phối hợp cho 5 năm tới."
    )
    assert line["parties"] == ["Hội Nông dân huyện Krông Pắc", "Công an huyện Krông Pắc"]


def test_a_clusters_name_ends_before_what_it_proposes():
    # "Cụm thi đua A đề nghị biểu dương ...": the verb of the cluster's proposal ends its name (the "hợp tác xã" it
    # proposes to honour is no part of it)
    line = extract_text(
        "Bình xét thi đua năm 2023\n\n"
        "Cà Mau là nơi các đơn vị họp xét thi đua ngày 15/12/2023, do ông Nguyễn Văn Hải, Chủ tịch Liên minh "
        "hợp tác xã tỉnh Cà Mau, điều hành.\n\n"
        "Qua bỏ phiếu, Cụm thi đua Tây nam sông Hậu đề nghị biểu dương một số hợp tác xã trồng trọt, chăn "
        "nuôi cùng hai tập thể."
    )
    assert line["parties"] == ["Cụm thi đua Tây nam sông Hậu"]
    assert line["level"] == "inter-provincial"


def test_a_cluster_of_cooperatives_is_no_communes_cluster():
    # "hợp tác xã" (a cooperative) holds the word "xã" but names no commune: the provinces' cooperative unions
    line = extract_text(
        "Họp Cụm thi đua Liên minh hợp tác xã các tỉnh Đông Bắc\n\n"
        "Ngày 15/12/2023, tại tỉnh Lạng Sơn, đã diễn ra cuộc họp bình xét thi đua năm 2023. Chủ trì cuộc họp có ông "
        "Nguyễn Văn Hải, Chủ tịch Liên minh hợp tác xã tỉnh Lạng Sơn."
    )
    assert line["parties"] == ["Cụm thi đua Liên minh hợp tác xã các tỉnh Đông Bắc"]
    assert line["level"] == "inter-provincial"


def test_a_radio_and_television_station_written_with_a_dash_and_in_lower_case():
    # "Đài Phát thanh – truyền hình X", "Đài Phát thanh- Truyền hình X": the province's station, not its radio alone
    line = extract_text(
        "Ngày 26/12/2023, tại thành phố Biên Hòa, Hội Nông dân tỉnh Đồng Nai ký kết chương trình phối hợp với "
        "Đài Phát thanh – truyền hình Đồng Nai."
    )
    assert [n.replace("–", "-") for n in line["parties"]] == [
        "Hội Nông dân tỉnh Đồng Nai",
        "Đài Phát thanh - truyền hình Đồng Nai",
    ], line["parties"]
    line = extract_text(
        "Hôm 9/3/2024, Báo Tây Ninh và Đài Phát thanh- Truyền hình Tây Ninh cùng ký văn bản phối hợp đưa tin "
        "trong ba năm tới."
    )
    assert len(line["parties"]) == 2 and "Truyền hình Tây Ninh" in line["parties"][1], line["parties"]


def test_the_signatories_told_below_a_byline_a_purpose_and_a_caption():
    # the title and the lead name no one; the sentence that does comes after a byline, a time stamp, a section's
    # name, a purpose and a picture's caption: the short lines take no place among the paragraphs read
    line = extract_text(
        "Chung sức giữ bình yên vùng biên\n\nLê Minh Tâm\n\n09:15 - 14/03/2024\n\nQuốc phòng\n\n"
        "Để cả địa phương cùng góp sức giữ yên vùng biên trong thời gian tới, việc phối hợp giữa lực lượng "
        "chuyên trách và chính quyền cơ sở được đẩy mạnh hơn nữa.\n\n"
        "Các đại biểu dự buổi ký kết ở xã vùng biên - Ảnh 1.\n\n"
        "Ngày 13/3, Đồn Biên phòng Pò Hèn và UBND xã Hải Sơn đã ký kết quy chế phối hợp cho 5 năm "
        "2024-2029."
    )
    assert len(line["parties"]) == 2 and line["parties"][0] == "Đồn Biên phòng Pò Hèn", line["parties"]
    assert line["parties"][1].endswith("xã Hải Sơn")


def test_district_bodies_listed_across_provinces_each_with_its_province_in_brackets():
    # "Hạt Kiểm lâm A (tỉnh 1), B, C (tỉnh 2) và D (tỉnh 3)": the body for every district listed, each in the province
    # written in brackets after it or after the districts that follow it
    line = extract_text(
        "Ngày 4/11/2020, Vườn Quốc gia Cúc Phương ký quy chế phối hợp bảo vệ rừng với Hạt Kiểm lâm Nho Quan (Ninh "
        "Bình), Yên Thủy, Lạc Sơn (Hòa Bình) và Thạch Thành (Thanh Hóa)."
    )
    assert line["parties"][1:] == [
        "Hạt Kiểm lâm huyện Nho Quan",
        "Hạt Kiểm lâm huyện Yên Thủy",
        "Hạt Kiểm lâm huyện Lạc Sơn",
        "Hạt Kiểm lâm huyện Thạch Thành",
    ], line["parties"]
    assert set(line["provinces_involved"]) == {"Ninh Bình", "Hòa Bình", "Thanh Hóa"}, line["provinces_involved"]


def test_the_armys_procuracy_is_one_central_body_not_a_civil_one_and_a_military_region():
    # "Viện kiểm sát quân sự Quân khu N" (and "Viện KSQS khu vực NN"): the army's procuracy, a central body, not the
    # province's civil procuracy beside a "Quân khu" of its own; with the civil procuracies it signs on the law's
    # procedure, the army's field following
    line = extract_text(
        "Ngày 12/5/2023, Viện kiểm sát quân sự Quân khu 2 ký kết quy chế phối hợp với Viện kiểm sát nhân dân tỉnh "
        "Phú Thọ và Viện kiểm sát nhân dân tỉnh Yên Bái trong giải quyết nguồn tin về tội phạm."
    )
    assert line["parties"] == [
        "Viện Kiểm sát quân sự Quân khu 2",
        "Viện Kiểm sát nhân dân tỉnh Phú Thọ",
        "Viện Kiểm sát nhân dân tỉnh Yên Bái",
    ], line["parties"]
    assert line["level"] == "central"
    assert line["topics"][:2] == ["phap_luat", "quoc_phong_an_ninh"], line["topics"]
    line = extract_text("Hôm 20/1/2026, Viện KSQS khu vực 52 ký văn bản phối hợp với Viện KSND Khu vực 8 - Gia Lai.")
    assert len(line["parties"]) == 2 and line["parties"][0].startswith("Viện KSQS khu vực 52"), line["parties"]


def test_the_communes_of_a_district_named_after_them_are_one_collective_party():
    # "UBND các xã, phường thuộc thị xã A": the communes of a district together, not a commune named A
    line = extract_text(
        "Ngày 9/12/2022, UBND xã Tam Hiệp (huyện Núi Thành) phối hợp UBND các xã, phường thuộc thị xã Điện Bàn "
        "ký kết văn bản cùng giữ trật tự ở các vùng tiếp giáp nhau."
    )
    assert line["parties"] == [
        "UBND xã Tam Hiệp (huyện Núi Thành)",
        "UBND các xã, phường thuộc thị xã Điện Bàn",
    ], line["parties"]


def test_the_district_committees_named_together_are_one_collective_party():
    # "các huyện, thị, thành ủy biên giới tỉnh A": the district committees together, not the city's committee
    line = extract_text(
        "Ngày 15/3/2024, Đảng ủy Bộ đội Biên phòng tỉnh Kiên Giang và các Huyện, Thị ủy, Thành ủy biên giới tỉnh "
        "Kiên Giang tổ chức hội nghị sơ kết quy chế phối hợp."
    )
    assert line["parties"][1:] == ["Huyện, Thị ủy, Thành ủy biên giới tỉnh Kiên Giang"], line["parties"]
    line = extract_text(
        "Ngày 2/4/2021, Đảng ủy Bộ đội Biên phòng tỉnh Lạng Sơn và các huyện, thị ủy biên giới ký quy chế phối hợp."
    )
    assert line["parties"][1:] == ["Huyện, Thị ủy biên giới"], line["parties"]


def test_the_next_committee_named_in_full_is_no_place_of_the_one_before():
    # "Huyện ủy A và Huyện ủy B": B's committee once, not also "Huyện ủy Huyện ủy B" read as the first one's place
    line = extract_text("Ngày 6/10/2020, Huyện ủy Tràng Định và Huyện ủy Cao Lộc ký quy chế phối hợp.")
    assert line["parties"] == ["Huyện ủy Tràng Định", "Huyện ủy Cao Lộc"], line["parties"]
