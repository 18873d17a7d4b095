"""Classes of real reporting the extractor misread (issue 11, session 26: period, level, province, topic), each
written in sentences of our own and run through the whole article pipeline, as `phoihop extract` runs it."""

from __future__ import annotations

from tests.extraction import extract_text


def test_the_year_a_review_looks_back_on_is_no_period_though_the_lead_mentions_what_was_signed():
    # FRESH_S23.md ruling 5: an annual meeting's year under review is never a period, also when its lead speaks of
    # the pledge signed earlier ("các nội dung đã ký kết"): nothing is signed for a stated year at this meeting
    line = extract_text(
        "Chiều 5/12, Hội nghị tổng kết hoạt động cụm thi đua năm 2023 của Cụm thi đua Hội Cựu chiến binh các tỉnh "
        "Bắc Trung Bộ đã diễn ra tại tỉnh Nghệ An. Các hội trong cụm đã hoàn thành tốt các nội dung đã ký kết "
        "giao ước thi đua đầu năm.\n"
        "Hội nghị đã bình chọn đơn vị dẫn đầu cụm."
    )
    assert (line["period_start"], line["period_end"]) == (None, None)
    # the pledge signed at the meeting for the year written after the signing is still its period
    line = extract_text(
        "Chiều 5/12, Cụm thi đua Hội Cựu chiến binh các tỉnh Bắc Trung Bộ tổ chức hội nghị tổng kết công tác thi "
        "đua và ký kết giao ước thi đua năm 2024 tại tỉnh Nghệ An."
    )
    assert (line["period_start"], line["period_end"]) == (2024, 2024)


def test_a_body_twinned_with_villages_is_mass_mobilisation_first():
    # a body twinned with villages or hamlets ("kết nghĩa với làng A, buôn B") does its work with the people there:
    # mass mobilisation (dân vận) leads, whatever the body's own field
    line = extract_text(
        "Huyện đoàn Krông Bông kết nghĩa với hai buôn\n"
        "Sáng 12-4-2024, Huyện đoàn Krông Bông tổ chức lễ kết nghĩa với buôn Cư Păm và buôn Ea Rớt (xã Yang Mao) "
        "nhằm gắn bó với người dân, cùng chăm lo đời sống bà con.\n"
        "Hai bên thống nhất các nội dung phối hợp trong năm."
    )
    assert line["topics"][0] == "dan_van"
    # an armed body twinned with a commune: its own task first, mass mobilisation beside it
    line = extract_text(
        "Đồn Biên phòng Ia Mơr kết nghĩa với xã Ia Púch\n"
        "Chiều 5-3-2024, Đồn Biên phòng Ia Mơr tổ chức lễ kết nghĩa với xã Ia Púch, tỉnh Gia Lai.\n"
        "Hai bên thống nhất phối hợp giữ vững an ninh trật tự khu vực biên giới."
    )
    assert line["topics"][:2] == ["quoc_phong_an_ninh", "dan_van"]
    # communes twinned with each other under a directive on twinning with villages: their development, not dân vận
    line = extract_text(
        "Việc kết nghĩa được thực hiện theo Chỉ thị số 05-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường hoạt động "
        "kết nghĩa giữa các địa phương, đơn vị với thôn, làng vùng đồng bào dân tộc thiểu số.\n"
        "Ngày 20-1-2026, lãnh đạo xã Ia Tôr và phường Diên Hồng ký kết giao ước kết nghĩa giữa hai địa phương."
    )
    assert line["topics"][0] != "dan_van"


def test_propaganda_and_mobilisation_of_the_people_is_mass_mobilisation():
    # "tuyên truyền, vận động nhân dân": one collocation for the bodies' work of mobilising the people (dân vận), not
    # communication as the subject the bodies coordinate
    line = extract_text(
        "Ngày 3/4/2024, Ủy ban MTTQ huyện Tân Phước phối hợp với các đoàn thể huyện tổ chức ký kết kế hoạch liên "
        "tịch phối hợp tuyên truyền vận động nhân dân giữ gìn vệ sinh đường làng, ngõ xóm."
    )
    assert line["topics"][0] == "dan_van"
    # mobilising for a task, not the people: communication stays what the bodies coordinate
    line = extract_text(
        "Ngày 3/4/2024, Sở Thông tin và Truyền thông tỉnh Kon Tum và Bộ Chỉ huy Quân sự tỉnh Kon Tum ký kết chương "
        "trình phối hợp tuyên truyền, vận động cung cấp thông tin về mộ liệt sĩ."
    )
    assert "dan_van" not in line["topics"]


def test_members_named_with_a_role_in_the_cluster_take_part_in_its_meeting():
    # a cluster of provinces meets; the lead names only the cluster, a later paragraph names the members' bodies
    # with their roles in it (chair elected, deputy, the member that leads the emulation): their provinces take part
    line = extract_text(
        "Cụm thi đua các tỉnh Bắc Trung Bộ tổng kết năm 2023\n"
        "Ngày 8/12/2023, tại tỉnh Hà Tĩnh, Cụm thi đua Hội Chữ thập đỏ các tỉnh Bắc Trung Bộ tổ chức hội nghị tổng kết "
        "công tác thi đua năm 2023.\n"
        "Hội nghị đã suy tôn Hội Chữ thập đỏ tỉnh Nghệ An là đơn vị dẫn đầu phong trào thi đua của cụm.\n"
        "Hội nghị bầu Hội Chữ thập đỏ tỉnh Quảng Bình làm Cụm trưởng năm 2024; Hội Chữ thập đỏ tỉnh Thanh Hóa làm "
        "Cụm phó."
    )
    assert {"Hà Tĩnh", "Nghệ An", "Quảng Bình", "Thanh Hóa"} <= set(line["provinces_involved"])


def test_a_page_headers_time_before_its_date_is_no_span_of_days():
    # page headers write the time, then the date ("10:05 - 22/03/2024"): the minutes are no first day of a span
    # ("5 - 22/03/2024"); a review told as just held ("vừa tổng kết") takes the header's day
    line = extract_text(
        "Cụm thi đua số 2 huyện miền núi tổng kết năm 2023\n"
        "10:05 - 22/03/2024\n"
        "Cụm thi đua số 2 tỉnh Thanh Hóa vừa tổng kết một năm thi đua 2023 tại huyện Bá Thước, đồng thời bàn việc "
        "của năm 2024."
    )
    assert line["event_date"] == "2024-03-22"


def test_a_regulation_of_activities_signed_for_a_term_has_that_term_as_its_period():
    # FRESH_S24.md ruling 6: a term written as the signed regulation's own span is its period, whether the regulation
    # coordinates "công tác" (work) or "hoạt động" (activities)
    line = extract_text(
        "Sáng 4/3/2022, UBND tỉnh Hòa Bình và Ủy ban MTTQ Việt Nam tỉnh Hòa Bình ký kết quy chế phối hợp hoạt động "
        "nhiệm kỳ 2021 - 2026."
    )
    assert (line["period_start"], line["period_end"]) == (2021, 2026)


def test_a_numbered_cluster_whose_members_are_counted_as_communes_is_a_communes_event():
    # a numbered cluster named with no place, its members counted by their kind ("của 06 xã", "10 phường thành viên
    # trong cụm"): the communes' own cluster, not one of several provinces
    line = extract_text(
        "Hội nghị ký kết giao ước thi đua năm 2024 Cụm thi đua số 04\n"
        "Chiều ngày 12/3/2024, tại UBND xã Hòa Thịnh đã diễn ra Hội nghị ký kết giao ước thi đua năm 2024 của 06 xã "
        "phía tây do xã Hòa Thịnh làm cụm trưởng.",
        url="https://tayhoa.phuyen.gov.vn/tin-hoat-dong/ky-ket-giao-uoc-thi-dua-cum-04.html",
    )
    assert line["level"] == "commune"
    line = extract_text(
        "Ngày 20-12-2025, tại phường Thủ Dầu Một, Cụm thi đua số 7 tổng kết công tác thi đua, khen thưởng năm 2025.\n"
        "Hội nghị có sự tham dự của lãnh đạo UBND 10 phường thành viên trong cụm.",
        url="https://www.sggp.org.vn/cum-thi-dua-so-7-tong-ket-post1.html",
    )
    assert line["level"] == "commune"
