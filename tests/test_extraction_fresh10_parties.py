"""Classes of real reporting whose parties or level the extractor misread on the tenth fresh round (issue 11:
material the rules were not written on). Each is reproduced in sentences of our own and run through the whole
article pipeline, as `phoihop extract` runs it."""

from __future__ import annotations

from tests.extraction import extract_text


def test_a_state_group_written_by_its_short_name_signs_as_a_central_body():
    # ruling 21: the rubber group, written only by its short name, with a national paper: a national event
    text = (
        "VRG và Báo Người Lao Động ký kết chương trình phối hợp tuyên truyền\n"
        "Sáng 12/4/2024, tại TP Hồ Chí Minh, VRG đã ký kết chương trình phối hợp tuyên truyền với Báo Người Lao Động "
        "về gương người lao động tiêu biểu trên các nông trường."
    )
    out = extract_text(text)
    assert out["level"] == "central"
    assert "VRG" in out["parties"]


def test_a_state_group_named_short_in_the_title_and_in_full_in_the_lead_is_one_central_party():
    # ruling 21: the title's "VNPT" is the lead's group, not a branch of the capital its partner's name holds
    text = (
        "VNPT và Đại học Bách khoa Hà Nội bắt tay đào tạo kỹ sư công nghệ\n"
        "Hôm 3/3/2025, Đại học Bách khoa Hà Nội và Tập đoàn Bưu chính Viễn thông Việt Nam (VNPT) đã ký thỏa thuận "
        "cùng đào tạo, nghiên cứu cho những năm 2025-2030."
    )
    out = extract_text(text)
    assert out["level"] == "central"
    assert out["province"] is None
    assert out["provinces_involved"] == []
    assert len(out["parties"]) == 2
    assert not any(p.split()[0] == "VNPT" and len(p.split()) > 1 for p in out["parties"])


def test_a_state_groups_branch_written_with_its_province_is_that_provinces_body():
    # ruling 21: "VNPT A" is the group's branch in province A, a provincial body
    text = (
        "VNPT Quảng Ngãi và Sở Y tế tỉnh Quảng Ngãi ký kết hợp tác chuyển đổi số\n"
        "Sáng 20/5/2024, VNPT Quảng Ngãi và Sở Y tế tỉnh Quảng Ngãi đã ký kết thỏa thuận hợp tác về chuyển đổi số "
        "trong ngành y tế giai đoạn 2024-2026."
    )
    out = extract_text(text)
    assert out["level"] == "province"
    assert out["province"] == "Quảng Ngãi"


def test_a_regional_power_corporation_with_a_provinces_committee_is_central():
    # ruling 21: EVN's regional power corporation ranks as central; the province is the committee's
    text = (
        "Tổng công ty Điện lực miền Trung và UBND tỉnh Quảng Trị ký kết quy chế phối hợp\n"
        "Chiều 8/7/2024, Tổng công ty Điện lực miền Trung và UBND tỉnh Quảng Trị đã ký kết quy chế phối hợp trong "
        "công tác cung cấp điện giai đoạn 2024-2028."
    )
    out = extract_text(text)
    assert out["level"] == "central"
    assert out["province"] == "Quảng Trị"


def test_the_culture_department_abbreviated_with_one_dash_is_a_party_as_written():
    # the department of culture, sport and tourism written "VH-TTDL" (one dash, the last three fields run together)
    text = (
        "Sở VH-TTDL và Tỉnh đoàn chung tay lo sân chơi hè cho thiếu nhi\n"
        "Chiều 15-8-2023, Sở VH-TTDL và Tỉnh đoàn ký kết văn bản phối hợp, cùng mở các sân chơi văn nghệ, thể dục "
        "thể thao dành cho thiếu nhi đến năm 2027."
    )
    out = extract_text(text)
    assert "Sở VH-TTDL" in out["parties"]
    assert len(out["parties"]) == 2


def test_a_district_named_through_its_town_committee_gives_its_bodies_the_town_kind():
    # "Thị ủy A" is the committee of thị xã A: the bodies the text writes with no place are the town's, not a huyện's
    text = (
        "Thị ủy Kỳ Anh tổ chức hội nghị giao ban với UBMTTQ quý I\n"
        "Thị ủy Kỳ Anh tổ chức hội nghị giao ban với UBMTTQ quý I năm 2022. Đồng chí phó bí thư thường trực thị ủy "
        "chủ trì hội nghị; chủ tịch UBMTTQ báo cáo kết quả công tác phối hợp trong quý."
    )
    out = extract_text(text, url="https://kyanh.hatinh.gov.vn/tin-tuc/thi-uy-giao-ban.html")
    assert out["level"] == "district"
    assert "UBMTTQ thị xã Kỳ Anh" in out["parties"]
    assert not any("huyện" in p for p in out["parties"])


def test_a_company_whose_fields_are_joined_by_and_keeps_its_whole_name_and_district():
    # a district company's name joins its fields with "và" and ends with its district: one party, a district event
    text = (
        "Ra mắt tổ tự quản an ninh trật tự tại khu công nghiệp\n"
        "Chiều 5/9/2023, Công an huyện Đất Đỏ và Công ty TNHH Vận tải và Thương mại dịch vụ huyện Đất Đỏ đã ký kết quy "
        "chế phối hợp bảo đảm an ninh trật tự trong công nhân."
    )
    out = extract_text(text, url="https://baobariavungtau.com.vn/phap-luat/202309/ra-mat-to-tu-quan-1.html")
    assert out["level"] == "district"
    assert "Công ty TNHH Vận tải và Thương mại dịch vụ huyện Đất Đỏ" in out["parties"]


def test_a_company_then_and_another_body_are_two_parties():
    # "và" before a body's own head ends the company's name: the next words are the other side
    text = (
        "Công ty TNHH Hải Long và Hội Nông dân tỉnh Bình Thuận ký kết chương trình phối hợp\n"
        "Sáng 9/3/2024, Công ty TNHH Hải Long và Hội Nông dân tỉnh Bình Thuận ký kết chương trình phối hợp hỗ trợ "
        "nông dân tiêu thụ nông sản giai đoạn 2024-2026."
    )
    out = extract_text(text)
    assert sorted(out["parties"]) == ["Công ty TNHH Hải Long", "Hội Nông dân tỉnh Bình Thuận"]


def test_a_communes_own_portal_reports_its_blocs_written_with_no_place_as_the_communes():
    # "<commune>.<district>.<province>.gov.vn": the commune's portal; its lead's blocs, written bare, are the commune's
    text = (
        "Chiều 20/4/2023, Khối Chính quyền và Khối Dân vận họp giao ban quý I tại hội trường UBND xã Hồng Đức. Hai "
        "khối bàn cách cùng nhau nắm bắt tâm tư của người dân trong xã."
    )
    out = extract_text(text, url="http://hongduc.ninhgiang.haiduong.gov.vn/Article/giao-ban-khoi-dan-van.html")
    assert out["level"] == "commune"
    assert "Khối Dân vận xã Hồng Đức" in out["parties"]
    assert "Khối Chính quyền xã Hồng Đức" in out["parties"]


def test_a_districts_own_portal_is_no_communes():
    # a host whose first label is a district's ("<district>.<province>.gov.vn") names no commune
    text = (
        "Chiều 20/4/2023, Khối Chính quyền và Khối Dân vận huyện Ninh Giang họp giao ban quý I tại hội trường Huyện ủy."
    )
    out = extract_text(text, url="http://ninhgiang.haiduong.gov.vn/Article/giao-ban-khoi-dan-van.html")
    assert out["level"] == "district"


def test_the_communes_bodies_a_collective_stands_for_named_one_by_one_below_are_the_parties():
    # a summary names "Đoàn Thanh niên các xã, phường trên địa bàn"; the signing sentence names each of them
    text = (
        "Đoàn viên biên phòng Bình Châu kết nghĩa với thanh niên ba xã\n"
        "Để Chi đoàn Đồn Biên phòng Bình Châu và Đoàn thanh niên các xã, phường trên địa bàn gắn bó hơn và trao đổi "
        "cách làm với nhau.\n"
        "Ngày 18-5-2023, Chi đoàn Đồn Biên phòng Bình Châu tổ chức ký kết kết nghĩa với Đoàn Thanh niên xã Bông Trang; "
        "Đoàn Thanh niên xã Bưng Riềng và Đoàn Thanh niên xã Bình Châu, huyện Xuyên Mộc."
    )
    out = extract_text(text, url="https://baobariavungtau.com.vn/xa-hoi/202304/ket-nghia-1.html")
    assert not any("các xã" in p for p in out["parties"])
    named = [p.split(" (")[0] for p in out["parties"]]  # each commune with its district written after it, or not
    assert {"Đoàn Thanh niên xã Bưng Riềng", "Đoàn Thanh niên xã Bông Trang"} <= set(named)


def test_a_radio_tv_station_written_with_an_ampersand_and_short_elsewhere_is_one_party():
    # "Đài Phát thanh &Truyền hình tỉnh" in the lead (the ampersand spaced on one side only), "Đài PT-TH tỉnh" in the
    # title: one station, not a radio station beside it
    text = (
        "Báo Phú Yên, Đài PT-TH tỉnh, Công an tỉnh: Nhìn lại nửa chặng đường cùng đưa tin\n"
        "Chiều 21-7-2022, Báo Phú Yên, Công an tỉnh và Đài Phát thanh &Truyền hình tỉnh họp sơ kết việc cùng nhau đưa "
        "tin về giữ gìn an ninh trật tự."
    )
    out = extract_text(text, url="https://baophuyen.vn/an-ninh/so-ket-phoi-hop.html")
    stations = [p for p in out["parties"] if p.startswith("Đài")]
    assert len(stations) == 1
    assert "Truyền hình" in stations[0]
    assert len(out["parties"]) == 3


def test_a_central_hospital_signing_with_the_committees_of_provinces_counted_back_is_central_with_no_host():
    # a second verb after "và" ("tổ chức hội thảo và ký kết ... giữa A với B"): the sides after "giữa" sign; "UBND 3
    # tỉnh vừa nêu" are the three provinces named before; no venue, a national outlet: no host (ruling 18)
    text = (
        "Bệnh viện Chợ Rẫy ký hợp tác y tế với Long An, Tây Ninh, Bình Phước\n"
        "Trong 2 ngày (10 và 11/10/2024), lãnh đạo Bệnh viện Chợ Rẫy lần lượt tới 3 tỉnh Long An, Tây Ninh, Bình Phước, "
        "cùng tổ chức hội thảo nghiệp vụ và ký kết thỏa thuận hợp tác giữa Bệnh viện Chợ Rẫy với Ủy ban nhân dân 3 "
        "tỉnh vừa nêu."
    )
    out = extract_text(text, url="https://vov.vn/suc-khoe/cho-ray-hop-tac-3-tinh.vov")
    assert out["level"] == "central"
    assert out["province"] is None
    assert sorted(out["provinces_involved"]) == ["Bình Phước", "Long An", "Tây Ninh"]
    assert sorted(out["parties"]) == [
        "Bệnh viện Chợ Rẫy",
        "Ủy ban nhân dân tỉnh Bình Phước",
        "Ủy ban nhân dân tỉnh Long An",
        "Ủy ban nhân dân tỉnh Tây Ninh",
    ]


def test_a_central_steering_committee_named_by_what_it_carries_out_organises_the_review():
    # "Ban Chỉ đạo thực hiện <purpose> Trung ương tổ chức hội nghị": the steering committee, its name opening with the
    # verb of its purpose and closing with "Trung ương", is a central organiser beside the program's two sides
    text = (
        "Chiều 20/11/2024, Ban Chỉ đạo thực hiện cuộc vận động xây dựng nông thôn mới Trung ương tổ chức hội nghị "
        "nhìn lại 5 năm thực hiện Chương trình phối hợp giữa Hội Nông dân Việt Nam với Bộ Nông nghiệp và Phát triển "
        "nông thôn (2019-2024)."
    )
    out = extract_text(text, url="https://dantri.com.vn/xa-hoi/tong-ket-phoi-hop.htm")
    assert out["level"] == "central"
    assert out["province"] is None
    assert "Ban Chỉ đạo thực hiện cuộc vận động xây dựng nông thôn mới Trung ương" in out["parties"]


def test_an_academys_institute_signing_with_a_provinces_union_is_central_and_its_academy_at_the_venue_no_party():
    # ruling 9: an institute of a national academy, named by its fields joined by "và", signs as a central body; the
    # venue "tại Viện A, Viện Hàn lâm B" names where and whose, no party
    text = (
        "Ngày 14/5/2023, tại Viện Nghiên cứu Văn hóa, Viện Hàn lâm KHXH Việt Nam, Liên hiệp các Hội Văn học nghệ thuật "
        "tỉnh Nam Định với Viện Văn hóa và Phát triển cộng đồng đã ký kết thỏa thuận hợp tác nghiên cứu giai đoạn "
        "2023-2026.\n"
        "Tham dự lễ ký kết có lãnh đạo hai cơ quan."
    )
    out = extract_text(text)
    assert out["level"] == "central"
    assert out["province"] == "Nam Định"
    assert sorted(out["parties"]) == [
        "Liên hiệp các Hội Văn học nghệ thuật tỉnh Nam Định",
        "Viện Văn hóa và Phát triển cộng đồng",
    ]


def test_an_institute_and_a_department_joined_by_and_are_two_parties():
    # "và" before a body's own head ends the institute's name
    text = (
        "Viện Nghiên cứu Môi trường và Sở Tài nguyên và Môi trường tỉnh Hà Nam ký kết hợp tác\n"
        "Sáng 3/4/2024, Viện Nghiên cứu Môi trường và Sở Tài nguyên và Môi trường tỉnh Hà Nam đã ký kết thỏa thuận "
        "hợp tác về quan trắc môi trường."
    )
    out = extract_text(text)
    assert len(out["parties"]) == 2
    assert out["level"] == "central"


def test_a_central_party_board_written_with_the_partys_name_keeps_it():
    # the lead writes "Ban A Trung ương Đảng Cộng sản Việt Nam", the title "Ban A Trung ương": one party, as the lead
    # writes it
    text = (
        "Ban Dân vận Trung ương ký quy chế phối hợp với Viện Hàn lâm Khoa học và Công nghệ Việt Nam\n"
        "Hôm 8/8/2024, Ban Dân vận Trung ương Đảng Cộng sản Việt Nam cùng Viện Hàn lâm Khoa học và Công nghệ Việt "
        "Nam ký quy chế phối hợp cho những năm 2024-2029."
    )
    out = extract_text(text)
    assert out["level"] == "central"
    assert "Ban Dân vận Trung ương Đảng Cộng sản Việt Nam" in out["parties"]
    assert len(out["parties"]) == 2


def test_a_youth_unions_executive_committee_organising_the_signing_below_a_summary_keeps_its_organ():
    # a summary names "Tỉnh đoàn A"; the dated report has its executive committee ("Ban Chấp hành") hold the signing:
    # the organ acts for the body and the text names it (as "Ban Thường vụ")
    text = (
        "(Báo Hà Tĩnh) - Văn bản vừa ký giúp Công an tỉnh và Tỉnh đoàn Hà Tĩnh gắn bó hơn trong việc chung.\n"
        "Chiều 19/6/2023, Công an tỉnh Hà Tĩnh và Ban Chấp hành Tỉnh đoàn Hà Tĩnh tổ chức Lễ ký kết kế hoạch phối hợp "
        "cho những năm 2023 - 2025."
    )
    out = extract_text(text, url="https://baohatinh.vn/an-ninh/ky-ket-phoi-hop.html")
    assert "Ban Chấp hành Tỉnh đoàn Hà Tĩnh" in out["parties"]
    assert len(out["parties"]) == 2
