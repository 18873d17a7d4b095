"""Emulation blocs of one province's agencies named by their shape (session 37): the kind word ("Khối", "Cụm"), then
the kind of agencies the bloc groups or a sector's words, a numbering in Roman or Arabic figures, and "tỉnh" possibly
after. Where its sentence goes on about emulation, the bloc is the cluster of its own meeting and the one party that
holds it, not its head department nor its members (DOMAIN.md: a cluster that holds the meeting is itself a party;
ruling 2). Each shape is written in sentences of our own, with made-up sectors and places."""

from __future__ import annotations

from etl.clusters import find_cluster
from etl.parties import PlaceContext, find_parties
from etl.places import gazetteer
from tests.extraction import extract_text


def test_a_bloc_named_by_the_kind_of_agencies_and_a_sector_is_the_cluster():
    lead = "Sáng 12/3, Khối cơ quan Văn xã tỉnh tổ chức Hội nghị sơ kết phong trào thi đua quý I năm 2023."
    assert find_cluster("", lead) == "khối cơ quan Văn xã tỉnh"


def test_a_bloc_of_departments_with_a_number_is_the_cluster_named_up_to_its_roll():
    lead = (
        "Chiều 14-3, Khối các sở kinh tế 4 gồm các sở: Công Thương, Tài chính, Xây dựng tổ chức hội nghị tổng kết "
        "công tác thi đua năm 2023."
    )
    assert find_cluster("", lead) == "khối các sở kinh tế 4"


def test_a_bloc_named_by_a_sectors_words_is_the_cluster_without_the_year_it_signs_for():
    lead = (
        "Sáng 3.3, Sở Xây dựng, đơn vị làm Khối trưởng Khối Hạ tầng - Đô thị năm 2023 tổ chức lễ ký kết giao ước "
        "thi đua khối năm 2023."
    )
    assert find_cluster("", lead) == "khối Hạ tầng - Đô thị"


def test_a_sector_of_bodies_that_meets_on_other_work_is_no_bloc():
    # no emulation in its sentence: the bodies of a sector meet on their work, no emulation bloc is named
    assert find_cluster("", "Chiều 5/4, Khối Văn xã tổng kết công tác năm 2022 của ngành.") is None


def test_a_body_of_the_blocs_own_people_is_no_bloc():
    # the veterans' association of the agencies' bloc acts; the bloc is not named as a cluster there
    lead = "Ngày 7-8, Hội Cựu chiến binh Khối cơ quan Văn xã tỉnh tổ chức hội nghị tổng kết phong trào thi đua."
    assert find_cluster("", lead) is None


def test_the_bloc_of_agencies_holds_its_meeting_as_the_one_party():
    line = extract_text(
        "Khối cơ quan Văn xã tỉnh sơ kết thi đua\n\n"
        "Sáng 12/3, Khối cơ quan Văn xã tỉnh Tiền Giang tổ chức Hội nghị sơ kết phong trào thi đua quý I năm 2023. "
        "Khối có 6 đơn vị gồm Sở Y tế, Sở Giáo dục và Đào tạo, Sở Văn hóa, Thể thao và Du lịch và 3 đơn vị khác.\n\n"
        "Hội nghị thống nhất nhiều nội dung thi đua trong quý II."
    )
    assert line["event_type"] == "meeting"
    assert line["parties"] == ["Khối cơ quan Văn xã tỉnh Tiền Giang"]
    assert line["cluster"].startswith("khối cơ quan Văn xã tỉnh")


def test_the_bloc_of_numbered_departments_is_the_party_not_the_departments_it_groups():
    line = extract_text(
        "Khối các sở kinh tế 4 họp tổng kết năm\n\n"
        "Chiều 14-3-2024, Khối các sở kinh tế 4 gồm các sở: Công Thương, Tài chính, Xây dựng, Giao thông vận tải tổ "
        "chức hội nghị tổng kết công tác thi đua năm 2023 tại tỉnh Sóc Trăng.\n\n"
        "Hội nghị bình chọn Sở Tài chính là đơn vị dẫn đầu khối."
    )
    assert line["parties"] == ["Khối các sở kinh tế 4 tỉnh Sóc Trăng"]
    assert line["cluster"] == "khối các sở kinh tế 4"


def test_the_head_department_of_a_bloc_is_no_party_beside_it():
    line = extract_text(
        "Khối Hạ tầng - Đô thị tỉnh: ký kết giao ước thi đua năm 2023\n\n"
        "Sáng 3.3.2023, Sở Xây dựng, đơn vị làm Khối trưởng Khối Hạ tầng - Đô thị năm 2023 tổ chức lễ ký kết giao "
        "ước thi đua khối năm 2023. Giám đốc Sở Xây dựng tỉnh Long An chủ trì buổi lễ.\n\n"
        "Khối Hạ tầng - Đô thị tỉnh Long An gồm 7 đơn vị."
    )
    assert line["event_type"] == "meeting"
    assert line["parties"] == ["Khối Hạ tầng - Đô thị tỉnh Long An"]


def test_a_numbered_bloc_described_after_a_dash_is_the_party_with_its_description():
    line = extract_text(
        "Cụm III – Các ngân hàng thương mại họp tổng kết năm 2023\n\n"
        "Sáng 10/01/2024, ở trụ sở một chi nhánh ngân hàng, Cụm III – Các ngân hàng thương mại đã tổ chức họp tổng "
        "kết công tác thi đua, khen thưởng năm 2023 ở tỉnh Bắc Kạn.\n\n"
        "Các thành viên của cụm đều vượt chỉ tiêu."
    )
    assert len(line["parties"]) == 1
    assert line["parties"][0].startswith("Cụm III – Các ngân hàng thương mại")


def test_a_bloc_of_a_central_bodys_offices_is_written_with_that_body_after_the_comma():
    line = extract_text(
        "Ký giao ước thi đua năm 2023\n\n"
        "Sáng 10/4/2023, tại TP HCM, Cụm Các văn phòng đại diện phía Nam, Đài Tiếng nói Việt Nam tổ chức ký giao ước "
        "thi đua năm 2023, trước sự chứng kiến của lãnh đạo Đài.\n\n"
        "Các văn phòng cam kết hoàn thành nhiệm vụ."
    )
    assert line["parties"] == ["Cụm Các văn phòng đại diện phía Nam, Đài Tiếng nói Việt Nam"]
    assert line["level"] == "central"
    assert line["province"] is None


def test_a_cluster_named_by_its_region_inside_a_bloc_is_no_one_provinces():
    # the title in capitals names the bloc of several provinces' offices; the lead tells the meeting at one member's seat
    line = extract_text(
        "CỤM VĂN PHÒNG HĐND CÁC TỈNH CỤM ĐÔNG NAM BỘ KÝ KẾT GIAO ƯỚC THI ĐUA NĂM 2024\n\n"
        "05/04/2024\n\n"
        "Sáng 4/4, tại Văn phòng HĐND tỉnh Bình Phước diễn ra hội nghị ký kết giao ước thi đua năm 2024 của văn "
        "phòng HĐND các tỉnh, thành phố cụm Đông Nam bộ.\n\n"
        "Các văn phòng cùng nhau bàn nội dung thi đua."
    )
    assert [p.lower() for p in line["parties"]] == ["cụm văn phòng hđnd các tỉnh cụm đông nam bộ"]


def test_a_numbered_bloc_in_a_headlines_kicker_is_written_as_the_lead_introduces_it_with_its_roll():
    # the kicker names it bare above the headline; the lead introduces it bare with its roll: no place added
    line = extract_text(
        "Khối thi đua 9: Hoàn thành tốt nhiệm vụ nửa đầu năm\n\n"
        "(BP) - Chiều 8-7, Khối thi đua 9 gồm các đơn vị: Sở Tư pháp, Thanh tra tỉnh, Bảo tàng tỉnh Bình Phước, Liên minh "
        "Hợp tác xã tỉnh đã họp sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2024.\n\n"
        "Các thành viên Khối thi đua 9 thống nhất các việc còn lại của năm."
    )
    assert line["parties"] == ["Khối thi đua 9"]


def test_a_roll_that_describes_the_member_provinces_by_their_region_is_no_part_of_the_clusters_name():
    line = extract_text(
        "Sơ kết phong trào thi đua 6 tháng đầu năm\n\n"
        "Sáng 20-6-2023, tại Công an tỉnh Phú Yên, Cụm thi đua số 6, gồm các tỉnh duyên hải Nam Trung Bộ (từ Bình "
        "Định đến Khánh Hòa) tổ chức hội nghị sơ kết phong trào thi đua 6 tháng đầu năm.\n\n"
        "Công an các tỉnh trong Cụm đã hoàn thành tốt các chỉ tiêu."
    )
    assert line["parties"] == ["Cụm thi đua số 6"]


def test_a_blocs_name_ends_before_what_it_resolves():
    line = "Trong quý tới, các đơn vị Khối Thi đua Văn xã tỉnh xác định: bám sát nhiệm vụ thi đua được giao."
    assert find_cluster("", line) == "khối Thi đua Văn xã tỉnh"


def test_the_bodies_a_blocs_units_advise_are_no_parties():
    # the lead tells the bloc's units advising the province's bodies; the bloc named below holds the meeting
    line = extract_text(
        "Các đại biểu dự hội nghị\n\n"
        "Sáu tháng đầu năm 2023, các đơn vị Khối Văn xã chủ động tham mưu cho Tỉnh ủy, UBND tỉnh Ninh Bình triển "
        "khai có hiệu quả chủ trương của Đảng, chính sách của Nhà nước.\n\n"
        "Công tác khen thưởng đi vào thực chất, tạo động lực cho các đơn vị trong khối.\n\n"
        "Sáu tháng cuối năm, các đơn vị Khối Thi đua Văn xã tỉnh xác định: bám sát nhiệm vụ trọng tâm, tổ chức "
        "phát động các phong trào thi đua thiết thực."
    )
    assert not any(p.startswith(("Tỉnh ủy", "UBND")) for p in line["parties"])
    assert line["cluster"] == "khối Thi đua Văn xã tỉnh"


def test_a_blocs_party_name_ends_before_what_it_resolves():
    found = find_parties(
        "Sáu tháng cuối năm, các đơn vị Khối Thi đua Văn xã tỉnh xác định: bám sát nhiệm vụ thi đua.",
        PlaceContext("Ninh Bình"),
        gazetteer(),
    )
    assert [p.name for p in found if p.type == "other"] == ["Khối Thi đua Văn xã tỉnh Ninh Bình"]


def test_a_blocs_contents_listing_the_social_economy_leave_it_provincial():
    # "gồm: ... kinh tế – xã hội" lists what the pledge holds, not communes: the bloc of the province's associations
    text = (
        "Khối các hội đặc thù tỉnh Kon Tum ký giao ước thi đua năm 2024\n"
        "Chiều 20/3/2024, Khối các hội đặc thù tỉnh Kon Tum gồm 7 đơn vị đã ký giao ước thi đua năm 2024.\n"
        "Khối thống nhất thực hiện 3 nội dung thi đua, gồm: góp phần phát triển kinh tế – xã hội của địa phương; xây "
        "dựng tổ chức hội vững mạnh; làm tốt công tác tuyên truyền."
    )
    line = extract_text(text)
    assert line["is_event"] is True
    assert line["level"] == "province"


def test_a_blocs_name_ends_before_it_reviews_or_launches():
    # the headline runs the bloc's name into what it does ("... đánh giá ...", "... phát động ..."): the name stops
    for verb in ("đánh giá công tác thi đua 6 tháng đầu năm 2024", "phát động thi đua những tháng cuối năm 2024"):
        line = extract_text(
            f"Khối thi đua Nông nghiệp – Tài nguyên {verb}\n\n"
            "Sáng 8/7/2024, Khối thi đua Nông nghiệp – Tài nguyên tổ chức hội nghị sơ kết công tác thi đua 6 tháng "
            "đầu năm tại Phòng Nông nghiệp huyện.\n\n"
            "Các đơn vị trong khối thống nhất nhiệm vụ những tháng cuối năm."
        )
        assert line["is_event"] is True
        assert len(line["parties"]) == 1
        assert line["parties"][0].startswith("Khối thi đua Nông nghiệp – Tài nguyên")
        assert verb.split()[0] not in line["parties"][0]
