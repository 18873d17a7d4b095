"""Classes of real reporting whose parties, level or cluster the extractor misread on the eleventh fresh round
(issue 11: material the rules were not written on). Each is reproduced in sentences of our own and run through the
whole article pipeline, as `phoihop extract` runs it."""

from __future__ import annotations

from tests.extraction import extract_text


def test_a_national_sector_union_with_a_provinces_labour_federation_is_central():
    # a union of one sector for the whole nation ("Công đoàn Y tế Việt Nam") is a central body (ruling 9's kind)
    text = (
        "LĐLĐ tỉnh Nghệ An và Công đoàn Y tế Việt Nam ký kết quy chế phối hợp\n"
        "Sáng 9/4/2024, tại TP Vinh, LĐLĐ tỉnh Nghệ An và Công đoàn Y tế Việt Nam đã ký kết quy chế phối hợp chăm lo "
        "cho đoàn viên ngành y tế giai đoạn 2024-2028."
    )
    out = extract_text(text)
    assert out["level"] == "central"
    assert out["province"] == "Nghệ An"
    assert len(out["parties"]) == 2
    assert any(p.startswith("Công đoàn Y tế") for p in out["parties"])


def test_the_nation_written_vn_after_a_sector_union_is_still_the_nation():
    # "Công đoàn Giáo dục VN": the same national union, its nation written short
    text = (
        "LĐLĐ tỉnh Bình Định và Công đoàn Giáo dục VN ký quy chế phối hợp\n"
        "Ngày 15/6/2023, LĐLĐ tỉnh Bình Định và Công đoàn Giáo dục VN đã ký quy chế phối hợp hoạt động trong ngành "
        "giáo dục của tỉnh."
    )
    out = extract_text(text)
    assert out["level"] == "central"
    assert out["province"] == "Bình Định"
    assert len(out["parties"]) == 2


def test_the_sector_unions_of_several_cities_are_each_their_citys_body():
    # "Công đoàn y tế A, B và C": one sector's union in each city, bodies of several provinces
    text = (
        "Công đoàn y tế ba thành phố phối hợp hoạt động\n"
        "Ngày 10/5/2024, Công đoàn y tế Hải Phòng đã ký kết quy chế phối hợp hoạt động giai đoạn 2024-2028 với Công "
        "đoàn y tế thành phố Đà Nẵng và Hà Nội."
    )
    out = extract_text(text)
    assert out["level"] == "inter-provincial"
    assert set(out["provinces_involved"]) == {"Hà Nội", "Đà Nẵng", "Hải Phòng"}
    assert len(out["parties"]) == 3


def test_a_department_written_short_before_a_list_of_provinces_is_one_body_per_province():
    # "Sở VHTT&DL các tỉnh: A, B và C": the short name stands for its head, so each province has its own department;
    # a body named by its own head after "và" ends the list ("... và Sở Du lịch tỉnh D" is no place of it)
    text = (
        "Sở VHTT&DL Hà Giang ký kết hợp tác với bốn tỉnh\n"
        "Ngày 5/10/2023, Sở VHTT&DL Hà Giang tổ chức ký kết kế hoạch phối hợp phát triển du lịch với Sở VHTT&DL các "
        "tỉnh: Cao Bằng, Lào Cai, Tuyên Quang và Sở Du lịch tỉnh Quảng Ninh."
    )
    out = extract_text(text)
    assert out["level"] == "inter-provincial"
    assert len(out["parties"]) == 5
    assert not any("các tỉnh" in p for p in out["parties"])
    assert any(p.startswith("Sở Du lịch") and "Quảng Ninh" in p for p in out["parties"])
    assert sum("Lào Cai" in p for p in out["parties"]) == 1


def test_a_lead_that_opens_with_the_outlets_tag_is_not_split_at_a_short_name_before_a_dash():
    # a page with no headline whose first line is the lead, opened by its outlet's tag: a body written short before
    # a dash further on ("Bộ CHQS – Công an – ...") is one of a list of bodies, no second tag that ends a title
    text = (
        " date 2021-04 BLC - Sáng 6.4, Bộ CHQS – Công an – Bộ Chỉ huy BĐBP tỉnh họp giao ban quý I năm 2021 để nhìn "
        "lại việc cùng làm nhiệm vụ theo Nghị định 03 của Chính phủ.\n\n"
        "Ba lực lượng nhận xét việc giữ an ninh vùng biên trong ba tháng qua có nhiều chuyển biến tốt."
    )
    out = extract_text(text, url="https://baolaocai.vn/thoi-su/202104/giao-ban-ba-luc-luong-quy-i-123/")
    assert out["level"] == "province"
    assert len(out["parties"]) == 3
    assert any(p.startswith("Bộ CHQS") for p in out["parties"])


def test_a_blocs_members_that_co_chair_its_meeting_are_the_bloc_not_parties_beside_it():
    # ruling 2: the bloc meets; its chair and another member's leader co-chair: both are the bloc's members
    text = (
        "Khối thi đua 5 nhìn lại nửa đầu năm 2023\n"
        "Hôm 12/7/2023, hội nghị sơ kết thi đua, khen thưởng nửa năm của Khối thi đua 5 đã diễn ra, Hội Nhà báo "
        "là Trưởng khối năm nay.\n"
        "Đồng chủ trì có ông Trần Văn A, Chủ tịch Hội Nhà báo và ông Lê Văn B, Chủ tịch Hội Văn học Nghệ thuật."
    )
    out = extract_text(text, url="https://baoquangtri.vn/khoi-thi-dua-5-so-ket-123.htm")
    assert len(out["parties"]) == 1
    assert out["parties"][0].startswith("Khối thi đua 5")


def test_a_year_after_a_clusters_kind_is_the_years_meeting_not_the_clusters_name():
    # "Hội nghị Cụm thi đua 2023": the year's meeting of a cluster, whose number or name this is not
    from etl.clusters import find_cluster

    lead = (
        "Ngày 20/10/2023, LĐLĐ 5 tỉnh Tây Nguyên tổ chức Hội nghị Cụm thi đua 2023 và kí quy chế phối hợp chăm lo "
        "cho đoàn viên."
    )
    found = find_cluster("LĐLĐ 5 tỉnh Tây Nguyên họp cụm thi đua", lead)
    assert not found or "2023" not in found
    # a cluster's own number stays one ("khối thi đua 3")
    assert find_cluster("Khối thi đua 3 sơ kết 6 tháng", "Ngày 2/7/2023, Khối thi đua 3 tổ chức sơ kết.") is not None


def test_schools_listed_by_their_kind_after_one_school_are_each_a_school():
    # "trường THCS A, THCS B, THCS C": the kind repeated stands for a school of that kind each, one party per school
    text = (
        "Công an quận ký kết với ba trường về an toàn giao thông\n"
        "Sáng 15/9/2023, Công an quận Tân Bình (TPHCM) phối hợp với trường THCS Lê Lợi, THCS Trần Văn Ơn, THCS Tân "
        "Bình tổ chức lễ ký kết chương trình phối hợp bảo đảm trật tự an toàn giao thông trước cổng trường."
    )
    out = extract_text(text)
    assert out["level"] == "district"
    assert len(out["parties"]) == 4
    assert sum(p.startswith("Trường THCS") for p in out["parties"]) == 3


def test_a_school_named_after_a_person_who_names_another_provinces_district_is_the_articles():
    # "Trường THCS Ngô Quyền" in a city's article: the hero's name, not Hải Phòng's district of that name
    text = (
        "Công an phường ký kết với trường học về an toàn giao thông\n"
        "Sáng 6/9/2023, Công an quận Bình Thạnh (TPHCM) và Trường THCS Ngô Quyền ký kết chương trình phối hợp bảo "
        "đảm trật tự an toàn giao thông trước cổng trường."
    )
    out = extract_text(text)
    assert out["provinces_involved"] == ["TP Hồ Chí Minh"]
    assert out["level"] == "district"
