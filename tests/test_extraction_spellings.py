"""Words written in a spelling or a case the rules do not read them in: "qui chế" for "quy chế", the old-style tone
placement ("văn hoá", "hoà giải"), a headline wholly in capitals. The same article in either writing is the same
event. Fixture articles in our own words, run through the whole pipeline as `phoihop extract` runs it."""

from __future__ import annotations

from etl.cleaning import standard_spellings
from etl.text import modern_syllable_tones
from etl.title_case import cased_as_the_body, in_capitals
from tests.extraction import extract_text

_FIELDS = (
    "is_event",
    "event_type",
    "event_date",
    "level",
    "provinces_involved",
    "topics",
    "period_start",
    "period_end",
)


def _record(text: str) -> dict[str, object]:
    r = extract_text(text)
    return {k: r[k] for k in _FIELDS}


def test_qui_is_read_as_quy_letter_for_letter():
    assert standard_spellings("Qui chế phối hợp, QUI ĐỊNH và qui trình") == "Quy chế phối hợp, QUY ĐỊNH và quy trình"
    assert standard_spellings("quinin, Quỳnh Lưu") == "quinin, Quỳnh Lưu"  # not a listed word: left alone


def test_a_regulation_issued_as_qui_che_is_a_signing_with_its_period():
    # two bodies issuing a joint regulation together sign it; "qui chế" is "quy chế"
    text = (
        "(PV)- Ủy ban nhân dân tỉnh và Hội Nông dân tỉnh vừa ban hành Qui chế phối hợp giai đoạn 2024-2028 nhằm nâng "
        "cao hiệu quả phát triển kinh tế nông nghiệp trên địa bàn tỉnh.\n"
        "Theo đó, nội dung trọng tâm của qui chế gồm: phối hợp xây dựng chính sách hỗ trợ nông dân, tổ chức dạy nghề "
        "và giới thiệu việc làm cho lao động nông thôn."
    )
    written_quy = text.replace("Qui chế", "Quy chế").replace("qui chế", "quy chế")
    got = _record(text)
    assert got == _record(written_quy)
    assert got["is_event"] and got["event_type"] == "agreement"
    assert (got["period_start"], got["period_end"]) == (2024, 2028)


def test_old_style_tones_are_read_as_the_modern_keywords():
    assert modern_syllable_tones("Văn hoá, Uỷ ban, HOÀ GIẢI, thuỷ lợi") == "Văn hóa, Ủy ban, HÒA GIẢI, thủy lợi"
    assert modern_syllable_tones("quý, đoạn, khoảng") == "quý, đoạn, khoảng"  # the tone stands there in both styles


def test_a_topic_written_with_old_style_tones_is_that_topic():
    text = (
        "Tổng kết chương trình phối hợp về công tác hoà giải ở cơ sở\n"
        "Chiều 20/12/2023, Ủy ban MTTQ Việt Nam huyện A và Phòng Nội vụ huyện A tổ chức hội nghị tổng kết chương trình "
        "phối hợp về công tác hoà giải ở cơ sở giai đoạn 2019 - 2023.\n"
        "Năm năm qua, các tổ hoà giải ở thôn, bản đã giải quyết thành công nhiều vụ việc ngay tại cộng đồng."
    )
    assert "phap_luat" in _record(text)["topics"]
    assert _record(text) == _record(text.replace("hoà", "hòa"))


def test_a_headline_in_capitals_takes_its_article_s_case():
    body = "Sáng 5/6, Hội Nông dân tỉnh Lai Châu và UBND huyện B đã ký kết chương trình phối hợp."
    title = "HỘI NÔNG DÂN TỈNH LAI CHÂU VÀ UBND HUYỆN B KÝ KẾT GHI NHỚ"
    assert in_capitals(title) and not in_capitals("SỞ THÔNG TIN VÀ TRUYỀN THÔNG")  # a body's name over its pages
    assert cased_as_the_body(title, body) == "Hội Nông dân tỉnh Lai Châu và UBND huyện B ký kết ghi nhớ"


def test_an_article_under_a_headline_in_capitals_is_read_as_under_its_own_case():
    title = "Hội Nông dân tỉnh Lào Cai và Hội Nông dân tỉnh Lai Châu ký kết chương trình phối hợp giai đoạn 2023 - 2028"
    body = (
        "Sáng 5/6/2023, tại thành phố Lào Cai, hai Hội đã ký kết chương trình phối hợp công tác hội giai đoạn 2023 - "
        "2028, tập trung vào phát triển kinh tế nông nghiệp, xây dựng nông thôn mới và chuyển giao khoa học kỹ thuật.\n"
        "Theo chương trình, Hội Nông dân tỉnh Lai Châu và Hội Nông dân tỉnh Lào Cai trao đổi kinh nghiệm xây dựng các "
        "mô hình kinh tế tập thể, tổ chức cho hội viên tham quan, học tập lẫn nhau mỗi năm một lần."
    )
    got = _record(f"{title.upper()}\n{body}")
    assert got == _record(f"{title}\n{body}")
    assert got["level"] == "inter-provincial" and sorted(got["provinces_involved"]) == ["Lai Châu", "Lào Cai"]


def test_a_posting_stamp_opened_by_a_label_is_not_the_event_s_day():
    # the page's "Cập nhật lúc" stamp under the title, the event told below in words with its own year
    text = (
        "Sở Tư pháp tỉnh A tham gia lễ ký giao ước thi đua Khối nội chính.\n"
        "Cập nhật lúc: 09:15 14/03/2023\n"
        "Chiều ngày 28 tháng 02 năm 2023, tại trụ sở Công an tỉnh A, Khối thi đua số 3 (Khối nội chính) tổ chức Lễ ký "
        "giao ước và phát động phong trào thi đua năm 2023.\n"
        "Các đơn vị trong Khối đã thông qua quy chế hoạt động và kế hoạch thi đua của Khối."
    )
    assert extract_text(text)["event_date"] == "2023-02-28"
    for stamp in ("Cập nhật ngày: 14/03/2023 - 09:15", "Cập nhật lúc 09:15, Thứ ba, 14/03/2023 (GMT+7)"):
        assert extract_text(text.replace("Cập nhật lúc: 09:15 14/03/2023", stamp))["event_date"] == "2023-02-28"


def test_a_date_with_its_month_in_words_and_the_year_after_a_comma_is_a_full_date():
    # a slogan over the page closed by "!" is no title; the stamp "12 Tháng 5, 2021" dates the page, not the event
    text = (
        "Nhiệt liệt chào mừng 50 năm Ngày giải phóng tỉnh A (10/3/1975 - 10/3/2025)!\n"
        "Thứ tư, 12 Tháng 3, 2025 - 17:40\n"
        "Cụm thi đua các trường chính trị khu vực X tổ chức hội nghị ký kết giao ước thi đua năm 2025\n"
        "Thực hiện Hướng dẫn số 30-HD/HV, ngày 03/02/2025 của Học viện về tổ chức các cụm thi đua. Ngày 02/3/2025, tại "
        "Trường Chính trị tỉnh A, Cụm thi đua các trường chính trị khu vực X tổ chức hội nghị triển khai kế hoạch "
        "hoạt động và ký kết giao ước thi đua năm 2025.\n"
        "Tham dự hội nghị có lãnh đạo 9 trường chính trị của cụm cùng cán bộ làm công tác thi đua."
    )
    got = extract_text(text)
    assert got["title"].startswith("Cụm thi đua")
    assert got["event_date"] == "2025-03-02"


def test_a_district_office_named_without_its_place_is_a_district_s_body():
    # "Phòng ..." offices are a district's People's Committee's (the province has a Sở): a district's event, a
    # commune's after July 2025, though the text writes no place after them (level_tiers.csv)
    text = (
        "Phòng Tư pháp và Phòng Giáo dục và Đào tạo ký kết chương trình phối hợp\n"
        "Sáng 14/9/2023, Phòng Tư pháp và Phòng Giáo dục và Đào tạo đã ký kết chương trình phối hợp tuyên truyền, phổ "
        "biến giáo dục pháp luật trong các trường học giai đoạn 2023 - 2026.\n"
        "Theo chương trình, hai phòng phối hợp tổ chức các buổi ngoại khóa về pháp luật cho học sinh."
    )
    assert extract_text(text)["level"] == "district"
    after_merger = text.replace("14/9/2023", "14/9/2025").replace("2023 - 2026", "2025 - 2028")
    assert extract_text(after_merger)["level"] == "commune"


def test_a_conference_told_as_reviewing_joint_results_that_minutes_a_handover_is_a_meeting():
    # no headline: the cluster's members, then the conference reviewing their joint work and handing the standing
    # role on, minuted ("ký kết biên bản bàn giao" is no coordination signed)
    text = (
        "Ba huyện A, B và C lập cụm an ninh giáp ranh với 19 xã. Trong năm 2022, huyện A giữ vai trò thường trực của "
        "cụm; trật tự dọc ranh giới giữ được yên ổn, nhiều vụ việc được các bên cùng xử lý.\n"
        "Hội nghị đã đánh giá các kết quả cùng những vướng mắc trong công tác phối kết hợp của các xã, các huyện ven "
        "ranh giới, bàn hướng làm chung cho năm 2023; sau đó ký kết biên bản bàn giao để huyện C giữ vai trò thường "
        "trực cụm năm 2023."
    )
    got = extract_text(text)
    assert got["is_event"] and got["event_type"] == "meeting"
    # a body's own year reviewed so is no joint work
    own = (
        "Xã A tổng kết công tác bảo vệ an ninh trật tự ở cơ sở năm 2024\n"
        "Hội nghị đã đánh giá kết quả một năm, nêu những việc còn yếu và giao việc chính cho năm 2025 của tổ bảo vệ "
        "an ninh trật tự ở cơ sở."
    )
    assert extract_text(own)["is_event"] is False
