"""Classes of real reporting the extractor missed in the seventeenth sitting's reading of the fresh rounds, each
reproduced in sentences of our own and run through the whole article pipeline."""

from __future__ import annotations

from etl.text import standard_letters
from tests.extraction import extract_text


def test_d_typed_as_an_eth_reads_as_the_letter_it_stands_for():
    assert standard_letters("Ðại hội tỉnh Nam Ðịnh, ðoàn thể") == "Đại hội tỉnh Nam Định, đoàn thể"
    assert standard_letters("giao ứơc") == "giao ước"


def test_a_congress_written_with_an_eth_is_a_look_alike():
    # some sites type "Đ" as the Icelandic eth: the congress word must still tell the look-alike
    text = (
        "Hòa Bình: ngày mai, Ðại hội điển hình tiên tiến toàn tỉnh khai mạc\n"
        "Chiều 14/9, UBND tỉnh Hòa Bình khai mạc Ðại hội điển hình tiên tiến. Ðại hội tổng kết 5 năm các phong "
        "trào thi đua, khen thưởng (2020 - 2025), bàn cách phối hợp với các sở, ngành trong giai đoạn mới."
    )
    assert extract_text(text)["is_event"] is False


def test_a_province_written_with_an_eth_is_the_host():
    text = (
        "Ký kết chương trình phối hợp về bảo vệ môi trường\n"
        "Sáng 12/3/2024, Sở Tài nguyên và Môi trường tỉnh Nam Ðịnh và Hội Nông dân tỉnh ký kết chương trình phối "
        "hợp tuyên truyền bảo vệ môi trường giai đoạn 2024 - 2026."
    )
    line = extract_text(text)
    assert line["is_event"] is True
    assert line["province"] == "Nam Định"


def test_a_briefing_of_a_regions_council_standing_boards_is_a_meeting():
    # the standing boards of a region's councils, named as one with no capitalised word between them and "các tỉnh"
    # the way an association's name has one ("Hội Nhà báo các tỉnh ..."): their briefing is joint work
    text = (
        "Sáng 7/4/2023, tại Nhà khách tỉnh Đắk Nông đã diễn ra buổi giao ban Thường trực HĐND các tỉnh khu vực Tây "
        "Nguyên lần thứ 6, bàn về giám sát chuyên đề năm 2023.\n"
        "Hội nghị nghe báo cáo của các tỉnh và trao đổi những cách làm hay trong hoạt động giám sát."
    )
    line = extract_text(text)
    assert line["is_event"] is True
    assert line["event_type"] == "meeting"


def test_a_meeting_of_a_regions_inspection_commissions_is_a_meeting():
    text = (
        "Chiều 10-10-2024, tại thành phố Buôn Ma Thuột, UBKT các tỉnh ủy khu vực Tây Nguyên tổ chức giao ban công "
        "tác kiểm tra, giám sát 9 tháng năm 2024."
    )
    line = extract_text(text)
    assert line["is_event"] is True
    assert line["event_type"] == "meeting"


def test_a_cluster_named_after_a_region_held_by_one_department_is_inter_provincial():
    # the chair's department holds the meeting of a cluster named after a region, which only provinces make up
    text = (
        "Sáng 2/12/2022, Sở Tư pháp Sóc Trăng tổ chức hội nghị tổng kết, bình xét thi đua Cụm thi đua Tây Nam Bộ "
        "năm 2022, với sự tham dự của lãnh đạo Sở Tư pháp 12 tỉnh trong cụm.\n"
        "Năm 2023, Sở Tư pháp tỉnh Hậu Giang được chọn làm cụm trưởng."
    )
    line = extract_text(text)
    assert line["event_type"] == "meeting"
    assert line["level"] == "inter-provincial"


def test_provinces_merged_by_the_events_date_are_involved_once():
    # a cluster's roster written with the old names, at a meeting after the July 2025 merger: old Quảng Bình is
    # part of Quảng Trị then, and Quảng Trị takes part once
    text = (
        "Sáng 9/12/2025, tại thành phố Vinh, Hội Nông dân các tỉnh Bắc Trung Bộ họp tổng kết hoạt động "
        "của cụm thi đua năm 2025.\n"
        "Cụm thi đua gồm Hội Nông dân các tỉnh Thanh Hóa, Nghệ An, Hà Tĩnh, Quảng Bình và Quảng Trị."
    )
    line = extract_text(text)
    assert line["level"] == "inter-provincial"
    involved = line["provinces_involved"]
    assert "Quảng Trị" in involved and "Quảng Bình" not in involved
    assert len(involved) == len(set(involved))


def test_a_day_and_month_told_with_the_school_year_reviewed_take_its_second_year():
    text = (
        "Ngày 28-5, Cụm thi đua số 2 thuộc Sở Giáo dục và Đào tạo gồm năm trường trung học phổ thông tổ chức hội "
        "nghị tổng kết thi đua năm học 2021-2022 và bình xét các danh hiệu."
    )
    line = extract_text(text)
    assert line["event_type"] == "meeting"
    assert line["event_date"] == "2022-05-28"


def test_a_day_and_month_in_the_autumn_take_the_first_year_of_the_school_year_begun():
    text = (
        "Sáng 20-10, Sở Giáo dục và Đào tạo và Công an tỉnh Gia Lai sơ kết công tác phối hợp bảo đảm an ninh trường "
        "học năm học 2022 - 2023, bàn nhiệm vụ năm học 2023 - 2024."
    )
    line = extract_text(text)
    assert line["event_type"] == "meeting"
    assert line["event_date"] == "2023-10-20"


def test_a_signing_further_down_by_bodies_counted_as_one_is_an_agreement():
    # no cue in the title or the lead (a twinning conference named by its purpose); the signing comes in the fifth
    # paragraph, its subject the bodies counted ("ba đơn vị"), the verb followed by ", ban hành"
    text = (
        "Sư đoàn 31 và Đài Phát thanh - Truyền hình Gia Lai: gắn bó, cùng tuyên truyền\n"
        "Sáng 14-6, tại Sư đoàn 31 diễn ra hội nghị kết nghĩa giữa Sư đoàn với Đài Phát thanh - Truyền hình Gia Lai "
        "và Báo Gia Lai.\n"
        "Đến dự có lãnh đạo Bộ Chỉ huy Quân sự tỉnh và đại diện các phòng, ban.\n"
        "Buổi giao lưu văn nghệ chào mừng hội nghị.\n"
        "Những năm qua, các đơn vị đã cùng đưa tin về huấn luyện, dân vận và giúp dân phòng chống thiên tai.\n"
        "Để gắn bó hơn nữa, ba bên cùng nhau ký kết, ban hành Quy chế phối hợp trong công tác tuyên truyền."
    )
    line = extract_text(text)
    assert line["is_event"] is True
    assert line["event_type"] == "agreement"


def test_an_old_signing_recalled_further_down_is_still_no_event():
    text = (
        "Sư đoàn 31 tổ chức giao lưu văn nghệ mừng ngày truyền thống\n"
        "Tối 14-6, Sư đoàn 31 tổ chức chương trình giao lưu văn nghệ kỷ niệm ngày truyền thống.\n"
        "Các tiết mục ca ngợi tình quân dân.\n"
        "Nhiều cán bộ, chiến sĩ tham gia biểu diễn.\n"
        "Khán giả cổ vũ nhiệt tình.\n"
        "Năm 2019, ba đơn vị đã ký kết quy chế kết nghĩa và phối hợp tuyên truyền."
    )
    assert extract_text(text)["is_event"] is False


def test_a_count_of_provinces_after_a_numbered_unit_is_no_unit_of_its_number():
    text = (
        "Sáng 5-1-2024, tại thành phố Đà Nẵng, Bộ Tư lệnh Quân khu 5 và 11 tỉnh trong Quân khu ký kết biên bản phối "
        "hợp thực hiện nhiệm vụ quốc phòng năm 2024."
    )
    parties = extract_text(text)["parties"]
    assert not any(p.endswith("Quân khu 11") for p in parties)
    assert any("Quân khu 5" in p for p in parties)


def test_a_steering_committee_against_social_evils_keeps_xa_hoi_in_its_name():
    # "xã hội" (society) is no commune ("xã") closing the committee's purpose
    text = (
        "Ngày 20-6-2023, Ban Chỉ đạo phòng, chống tệ nạn xã hội huyện Dầu Tiếng tổ chức hội nghị sơ kết chương trình "
        "phối hợp với Hội Liên hiệp Phụ nữ huyện."
    )
    parties = extract_text(text)["parties"]
    assert any(p.startswith("Ban Chỉ đạo phòng, chống tệ nạn xã hội huyện Dầu Tiếng") for p in parties)


def test_the_defence_industry_department_is_named_whole():
    text = (
        "Sáng 10/3/2025, Tổng cục Công nghiệp Quốc phòng và Công an tỉnh Thái Nguyên ký kết quy chế phối hợp bảo vệ "
        "bí mật nhà nước."
    )
    line = extract_text(text)
    assert "Tổng cục Công nghiệp Quốc phòng" in line["parties"]
    assert line["level"] == "central"


def test_a_collective_of_districts_ends_before_the_verb_it_does():
    text = (
        "Sáng 14/10/2021, Công an tỉnh Hưng Yên và UBND các huyện, thị xã, thành phố tổ chức ký kết kế hoạch phối "
        "hợp giữ gìn trật tự tại các khu công nghiệp."
    )
    parties = extract_text(text)["parties"]
    assert not any("tổ chức" in p for p in parties)
    assert any(p.startswith("UBND các huyện, thị xã, thành phố") for p in parties)


def test_commands_in_the_title_are_the_departments_that_sign_in_the_lead():
    text = (
        "Hiệp đồng bảo đảm hậu cần giữa Bộ Tư lệnh Vùng Cảnh sát biển 3 với Bộ Tư lệnh Quân khu 7\n"
        "Sáng 9/9/2023, tại Vũng Tàu, Cục Hậu cần Quân khu 7 và Phòng Hậu cần Bộ Tư lệnh Vùng Cảnh sát biển 3 ký kết "
        "biên bản hiệp đồng bảo đảm hậu cần năm 2023."
    )
    parties = extract_text(text)["parties"]
    assert "Bộ Tư lệnh Quân khu 7" not in parties
    assert "Cục Hậu cần Quân khu 7" in parties


def test_a_conference_drawing_lessons_from_a_joint_regulation_is_a_meeting():
    text = (
        "Tại thành phố Cao Bằng, Đảng ủy Bộ đội Biên phòng tỉnh vừa tổ chức hội nghị rút kinh nghiệm thực hiện quy "
        "chế phối hợp với các huyện ủy biên giới năm 2022."
    )
    line = extract_text(text)
    assert line["is_event"] is True
    assert line["event_type"] == "meeting"


def test_a_model_trial_held_for_lessons_is_no_review_meeting():
    text = (
        "Sáng 12/4/2023, Tòa án nhân dân huyện Bảo Lâm phối hợp với Viện Kiểm sát nhân dân huyện tổ chức phiên tòa "
        "rút kinh nghiệm xét xử vụ án trộm cắp tài sản."
    )
    assert extract_text(text)["is_event"] is False


def test_a_signing_caption_under_a_report_told_from_inside_the_working_session_is_the_event():
    # the excerpt starts inside the working session ("Tại buổi làm việc, ..."), its photo caption tells the signing
    text = (
        "Tại buổi làm việc\n"
        "Tại buổi làm việc, lãnh đạo Báo và Phát thanh, Truyền hình Đồng Nai và Đảng ủy phường Trảng Dài đã bàn cách "
        "đưa tin về đời sống của người dân trên địa bàn.\n"
        "Đại diện hai bên phát biểu ý kiến.\n"
        "Hai đơn vị ký kết công tác phối hợp tuyên truyền\n"
        "Ông Nguyễn Văn An, Bí thư Đảng ủy phường cảm ơn sự quan tâm của cơ quan báo chí."
    )
    line = extract_text(text)
    assert line["is_event"] is True
    assert line["event_type"] == "agreement"


def test_a_caption_of_a_signing_under_a_report_of_results_stays_no_event():
    text = (
        "Nông dân làm giàu nhờ vốn vay\n"
        "Thực hiện chương trình phối hợp, Hội Nông dân các cấp đã giúp hàng trăm hộ vay vốn phát triển chăn nuôi.\n"
        "Hội Nông dân tỉnh và Ngân hàng Chính sách xã hội ký kết chương trình phối hợp\n"
        "Nhiều hộ đã thoát nghèo, có cuộc sống ổn định."
    )
    assert extract_text(text)["is_event"] is False


def test_a_cluster_voting_for_its_leading_units_is_a_meeting():
    # the excerpt starts under a caption; the cluster's delegates vote for the units to be proposed for the flag
    text = (
        "Quang cảnh hội nghị\n"
        "Năm 2025, các đơn vị trong cụm thi đua đã hoàn thành tốt nhiệm vụ tuần tra, kiểm soát trên biển.\n"
        "Tại hội nghị, các đại biểu đã bỏ phiếu bầu 2 đơn vị dẫn đầu để đề nghị tặng cờ thi đua."
    )
    line = extract_text(text)
    assert line["is_event"] is True
    assert line["event_type"] == "meeting"


def test_a_verb_after_the_cluster_word_names_no_cluster():
    from etl.clusters import cluster_at

    text = "các đơn vị trong cụm thi đua triển khai tích cực các phong trào"
    assert cluster_at(text, text.index("cụm")) is None
    said = "Suốt cả năm, Cụm thi đua luôn nhận được sự động viên của các cấp"
    assert cluster_at(said, said.index("Cụm")) is None
    named = "Cụm thi đua Hải đoàn Biên phòng tổ chức hội nghị"
    assert cluster_at(named, 0) == ("Cụm thi đua Hải đoàn Biên phòng", len("Cụm thi đua Hải đoàn Biên phòng"))


def test_the_deputy_chair_of_a_cluster_does_not_host_its_meeting():
    # no venue: the chair's province hosts; the deputy ("Phó Trưởng cụm") named after it does not
    text = (
        "Ngày 20-10-2025, Cụm thi đua số II - Viện Kiểm sát nhân dân các tỉnh Tây Nguyên tổ chức hội nghị tổng kết "
        "công tác thi đua năm 2025.\n"
        "Cụm gồm Viện Kiểm sát nhân dân các tỉnh Gia Lai, Đắk Lắk, Lâm Đồng và Quảng Ngãi.\n"
        "Viện Kiểm sát nhân dân tỉnh Gia Lai được phân công làm Trưởng cụm và Viện Kiểm sát nhân dân tỉnh Lâm Đồng "
        "làm Phó Trưởng cụm."
    )
    line = extract_text(text)
    assert line["province"] != "Lâm Đồng"


def test_a_cluster_signing_its_pledge_with_the_movement_word_is_a_meeting():
    text = (
        "Cụm thi đua số 2 Công an tỉnh ký kết giao ước phong trào thi đua năm 2025\n"
        "Sáng 20/2/2025, Cụm thi đua số 2 Công an tỉnh Kon Tum tổ chức ký kết giao ước phong trào thi đua vì an ninh "
        "Tổ quốc năm 2025 giữa các phòng trong cụm."
    )
    assert extract_text(text)["event_type"] == "meeting"
