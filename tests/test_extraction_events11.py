"""Event detection on classes of real reporting (issue 11), each reproduced in sentences of our own: a Vietnamese
friendship association named after the country it befriends, a foreign unit named only by its province, a "hợp đồng
liên tịch" between public bodies, a photo's caption of an old signing under a report of results, and a roundup of a
period's work that lists a signing among its activities."""

from __future__ import annotations

from etl.classify import _abroad
from tests.extraction import extract_text


def test_a_vietnamese_friendship_association_is_no_party_abroad():
    # "Hội Hữu nghị VN - Lào" is a Vietnamese mass organisation: its signing with the Youth Union is a coordination,
    # though its name and its work ("đối ngoại nhân dân với Lào") name the country it befriends
    line = extract_text(
        "Gắn kết thanh niên hai nước Việt Nam - Lào\n"
        "Hai bên sẽ cùng đề xuất các hoạt động giao lưu giữa thanh niên Việt Nam - Lào.\n"
        "Ngày 12/5/2022, tại Hà Nội, Trung ương Đoàn và Hội Hữu nghị VN - Lào đã ký kết chương trình phối hợp công tác "
        "giai đoạn 2022 - 2027, nhằm nâng cao hiệu quả đối ngoại nhân dân với Lào.\n"
    )
    assert line["is_event"] is True
    assert line["event_type"] == "agreement"


def test_a_friendship_association_signing_with_its_counterpart_abroad_is_between_countries():
    # the counterpart association abroad is written the other way round ("Lào - Việt Nam"): a cooperation with a
    # foreign unit, not between Vietnam's bodies
    line = extract_text(
        "Tăng cường hợp tác giữa hai hội hữu nghị\n"
        "Ngày 3/4/2023, Hội hữu nghị Việt Nam - Lào tỉnh Nghệ An và Hội hữu nghị Lào - Việt Nam ký kết biên bản ghi "
        "nhớ hợp tác giai đoạn 2023 - 2025.\n"
    )
    assert line["is_event"] is False


def test_a_foreign_unit_named_by_its_province_alone_is_abroad():
    # ruling 4: cooperation with a foreign unit is not coordination between Vietnam's bodies, even when the page
    # names the unit's province (a Lao or Cambodian province) and never the country
    line = extract_text(
        "Đồn biên phòng Quảng Bình kết nghĩa với đơn vị bạn\n"
        "Sáng 9/6, Đồn Biên phòng Cà Xèng (BĐBP Quảng Bình) ký kết nghĩa với Đại đội bảo vệ biên giới 205 (Bộ Chỉ huy "
        "Quân sự tỉnh Khăm Muồn).\n"
        "Hai bên thống nhất thường xuyên trao đổi thông tin về tình hình khu vực biên giới.\n"
    )
    assert line["is_event"] is False
    assert _abroad("Ban Chỉ huy Quân sự tỉnh Ratanakiri và tỉnh Savannakhet") is True


def test_a_river_named_after_a_foreign_province_is_no_party():
    assert _abroad("các xã ven sông Sê Kông của huyện") is False


def test_a_joint_contract_of_public_bodies_is_a_signing():
    # "hợp đồng liên tịch": a joint agreement of public bodies, as a "văn bản liên tịch", not a commercial contract
    line = extract_text(
        "Quận 5 triển khai công tác dân số năm 2016\n"
        "Ngày 10/3/2016, Ủy ban nhân dân Quận 5 tổ chức hội nghị triển khai công tác dân số năm 2016.\n"
        "Bên cạnh hội nghị, Phòng Y tế Quận 5 đã ký kết hợp đồng liên tịch với Hội Liên hiệp Phụ nữ Quận 5 và Quận "
        "Đoàn 5 nhằm đẩy mạnh công tác truyền thông.\n"
    )
    assert line["is_event"] is True
    assert line["event_type"] == "agreement"


def test_a_commercial_contract_is_still_no_signing():
    line = extract_text(
        "Ký hợp đồng cung cấp thiết bị\n"
        "Ngày 10/3/2016, Công ty A và Công ty B đã ký hợp đồng cung cấp thiết bị giai đoạn 2016 - 2018.\n"
    )
    assert line["is_event"] is False


def test_a_caption_of_an_old_signing_under_a_report_of_results_is_no_event():
    # the lead tells what came of a program; the photo below it shows the program's signing, printed twice (under
    # the photo and again), undated, and no dated report follows: the article reports no event
    line = extract_text(
        "\n"
        "Theo chương trình phối hợp giữa Hội Cựu chiến binh tỉnh và Công an tỉnh về bảo đảm an ninh trật tự giai "
        "đoạn 2019 - 2024, Hội các cấp vận động hội viên góp sức giữ yên bình xóm làng.\n"
        "Công an tỉnh cùng Hội Cựu chiến binh tỉnh ký kết chương trình phối hợp bảo đảm an ninh trật tự giai đoạn "
        "2019 - 2024.\n"
        "Công an tỉnh cùng Hội Cựu chiến binh tỉnh ký kết chương trình phối hợp bảo đảm an ninh trật tự giai đoạn "
        "2019 - 2024.\n"
        "Năm 2020, các cấp Hội đã phối hợp tổ chức nhiều buổi tuyên truyền pháp luật cho hội viên.\n"
    )
    assert line["is_event"] is False


def test_a_caption_over_the_dated_report_of_its_signing_stays_an_event():
    line = extract_text(
        "\n"
        "Thực hiện chỉ đạo của Tỉnh ủy, các cơ quan trong tỉnh đã tăng cường phối hợp trong công tác tuyên truyền.\n"
        "Công an tỉnh cùng Hội Cựu chiến binh tỉnh ký kết chương trình phối hợp giai đoạn 2024 - 2029.\n"
        "Công an tỉnh cùng Hội Cựu chiến binh tỉnh ký kết chương trình phối hợp giai đoạn 2024 - 2029.\n"
        "Sáng 5/3, Hội Cựu chiến binh tỉnh Hà Nam và Công an tỉnh Hà Nam ký kết chương trình phối hợp giai đoạn "
        "2024 - 2029.\n"
    )
    assert line["is_event"] is True
    assert line["event_type"] == "agreement"


def test_a_roundup_of_a_period_lists_a_signing_among_its_activities():
    # DOMAIN.md: a program mentioned in passing is no event; a half-year roundup that lists an undated signing among
    # the department's activities reports none
    line = extract_text(
        "Kết quả công tác tuyên truyền của Sở Văn hóa trong sáu tháng đầu năm\n"
        "Sáu tháng đầu năm 2023, công tác tuyên truyền tiếp tục được Sở Văn hóa, Thể thao và Du lịch triển khai "
        "đồng bộ.\n"
        "Sở cũng đã tổ chức ký kết chương trình phối hợp tuyên truyền với 8 cơ quan cấp tỉnh.\n"
    )
    assert line["is_event"] is False


def test_a_dated_signing_in_a_roundup_frame_stays_an_event():
    line = extract_text(
        "Sở Văn hóa ký kết phối hợp tuyên truyền trong sáu tháng đầu năm\n"
        "Sáng 12/6, Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Nam và Báo Hà Nam ký kết chương trình phối hợp tuyên "
        "truyền giai đoạn 2023 - 2025.\n"
    )
    assert line["is_event"] is True
    assert line["event_type"] == "agreement"


def test_a_commune_named_like_a_foreign_province_is_not_abroad():
    # Hà Nội has a commune "Vân Nam"; China's province is written "tỉnh Vân Nam" when its country is left out
    assert not _abroad("UBND xã Vân Nam và Hội Nông dân xã ký kết chương trình phối hợp")
    assert _abroad("Công an tỉnh Lào Cai và Sở Công an tỉnh Vân Nam ký biên bản hợp tác")
