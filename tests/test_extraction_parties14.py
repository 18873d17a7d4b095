"""Classes of how real reports name who signs or holds a meeting (issue 11, session 28, round 3): each written in
sentences of our own and run through the whole article pipeline (`process`), as `phoihop extract` runs it."""

from __future__ import annotations

from tests.extraction import extract_text


def test_a_province_list_after_one_head_writes_each_province_with_its_own_kind():
    # "Công an 4 tỉnh, thành phố gồm: A, B, ...": the head is shared, a centrally-run city is no "tỉnh"
    line = extract_text(
        "Ngày 9/4/2024, Công an 4 tỉnh, thành phố gồm: Bình Phước, Cần Thơ, Long An và Hậu Giang ký kết quy chế "
        "phối hợp bảo đảm an ninh trật tự vùng giáp ranh."
    )
    assert len(line["parties"]) == 4, line["parties"]
    assert not any("tỉnh Cần Thơ" in p for p in line["parties"]), line["parties"]
    assert any(p.endswith("Cần Thơ") and ("thành phố" in p or "TP" in p) for p in line["parties"]), line["parties"]


def test_a_unit_counted_in_the_title_signs_for_each_body_the_lead_lists():
    # the lead lists the provinces' police, which sign "giữa các Phòng Cảnh sát kinh tế"; the title counts those units:
    # one party per province, the unit of its police, not the police beside their units
    line = extract_text(
        "Lãnh đạo Phòng Cảnh sát kinh tế Công an 3 tỉnh, thành phố ký kết kế hoạch phối hợp\n\n"
        "Ngày 20/6/2024, Công an 3 tỉnh, thành phố gồm: Đồng Tháp, Cần Thơ và Vĩnh Long mở hội nghị ký kết kế "
        "hoạch phối hợp công tác giữa các Phòng Cảnh sát kinh tế.",
        url="https://baodongthap.vn/phap-luat/ky-ket-ke-hoach-phoi-hop-123.html",
    )
    assert len(line["parties"]) == 3, line["parties"]
    assert all(p.startswith("Phòng Cảnh sát kinh tế Công an ") for p in line["parties"]), line["parties"]
    assert not any("tỉnh Cần Thơ" in p for p in line["parties"]), line["parties"]


def test_a_caption_above_the_lead_naming_a_body_short_yields_to_the_leads_bracketed_parent():
    # a photo caption read as the lead's first sentence names "Cục A"; the next sentence writes "Cục A (Bộ B)": the
    # fuller naming is kept
    from etl.event_parties import _principal_parties
    from etl.parties import PlaceContext
    from etl.places import gazetteer

    found, principal = _principal_parties(
        [
            "Buổi ký kết giữa Cục Chăn nuôi và Hội Chăn nuôi Việt Nam góp phần nâng cao chất lượng con giống.",
            "Sáng 12/3, tại Hà Nội, Cục Chăn nuôi (Bộ Nông nghiệp và Phát triển nông thôn) và Hội Chăn nuôi Việt Nam "
            "cùng ký thỏa thuận hợp tác để cải thiện giống vật nuôi.",
        ],
        PlaceContext(None),
        gazetteer(),
    )
    assert principal
    assert "Cục Chăn nuôi (Bộ Nông nghiệp và Phát triển nông thôn)" in [p.name for p in found], found


def test_communes_grouped_by_the_province_in_brackets_after_each_group_are_each_a_party():
    # "5 xã giáp ranh gồm: A, B (tỉnh P); C, D (tỉnh Q) và E (tỉnh R)": every commune, each of its group's province
    line = extract_text(
        "Ngày 3/11/2025, Ban Quản lý Khu bảo tồn thiên nhiên Pù Luông ký kết quy chế phối hợp bảo vệ rừng với 5 xã "
        "giáp ranh gồm: Cổ Lũng, Thành Lâm (Thanh Hóa); Mai Hạ, Pà Cò (Phú Thọ) và Con Cuông (Nghệ An)."
    )
    communes = [p for p in line["parties"] if p.startswith("xã ")]
    assert len(communes) == 5, line["parties"]
    assert "xã Con Cuông" in communes and "xã Mai Hạ" in communes, line["parties"]
    assert not any("(" in p for p in communes), line["parties"]


def test_a_provinces_trade_union_and_its_labour_federation_are_one_party():
    # the title writes "Công đoàn tỉnh A", the lead "Liên đoàn Lao động tỉnh A": one body named two ways
    line = extract_text(
        "Công đoàn tỉnh Hà Tĩnh ký kết chương trình phối hợp với Sở Tư pháp\n\n"
        "Ngày 8/5/2023, Liên đoàn Lao động tỉnh Hà Tĩnh và Sở Tư pháp tỉnh Hà Tĩnh đã ký kết chương trình phối hợp "
        "tuyên truyền pháp luật cho người lao động giai đoạn 2023 - 2026."
    )
    assert len(line["parties"]) == 2, line["parties"]
    assert "Liên đoàn Lao động tỉnh Hà Tĩnh" in line["parties"], line["parties"]


def test_a_province_in_brackets_after_one_place_of_a_list_is_that_places_own():
    # "giữa huyện A và thị xã B (tỉnh Y)", A being of another province: the bracket is B's (ruling 15); after a list
    # of places that share it ("phường C và xã D (tỉnh Y)") it is the whole list's and no part of the last name
    own = extract_text(
        "Ngày 9/6/2024, tại huyện Krông Pa (tỉnh Gia Lai) đã diễn ra lễ ký kết quy chế phối hợp bảo vệ rừng giáp ranh "
        "giữa huyện Krông Pa và thị xã Sông Cầu (tỉnh Phú Yên)."
    )
    assert "thị xã Sông Cầu (tỉnh Phú Yên)" in own["parties"], own["parties"]
    shared = extract_text(
        "Chiều 4/10, tại Trung đoàn 95 đã diễn ra lễ kết nghĩa giữa Trung đoàn với phường Hội Phú và xã Biển Hồ "
        "(tỉnh Gia Lai)."
    )
    assert "xã Biển Hồ" in shared["parties"], shared["parties"]


def test_a_unit_named_again_bare_takes_the_naming_with_its_command_the_lead_gives():
    # the title names the brigade without its corps, the lead (as the venue) with it in brackets, then "giữa Lữ đoàn
    # với ...": the party is the unit as the lead names it, its command kept
    line = extract_text(
        "Lữ đoàn Thông tin 596 kết nghĩa với xã Ia Tôr\n\n"
        "Sáng 14-3, tại Lữ đoàn Thông tin 596 (Quân đoàn 34) , đơn vị tổ chức lễ kết nghĩa giữa Lữ đoàn với xã Ia Tôr "
        "(tỉnh Gia Lai)."
    )
    assert "Lữ đoàn Thông tin 596 (Quân đoàn 34)" in line["parties"], line["parties"]
