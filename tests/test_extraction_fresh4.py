"""Classes of real reporting the extractor misread on batch Z (issue 11: material the rules were not written on),
each reproduced in sentences of our own and run through the whole article pipeline, as `phoihop extract` runs it."""

from __future__ import annotations

from etl.places import gazetteer
from tests.extraction import extract_text


def test_a_city_and_a_count_of_provinces_that_sign_are_no_cluster():
    # ruling 13: a count of provinces with a region's plain name and no group or linkage frame before it is the
    # provinces themselves, not a cluster framing the signing
    line = extract_text(
        "Gần đây, tại thành phố Sơn La, lãnh đạo UBND thành phố Cần Thơ và 8 tỉnh Tây Bắc mở rộng đã cùng ký kết "
        "thỏa thuận hợp tác phát triển nông nghiệp công nghệ cao."
    )
    assert line["is_event"]
    assert line["cluster"] is None


def test_the_outlet_a_lead_names_as_its_source_gives_the_province_of_bodies_written_as_tinh():
    # a provincial party portal's article copied to an aggregator: the bodies are written "tỉnh" with no name, the
    # address is the aggregator's, and the lead's bracketed source tag is the outlet that published it
    text = (
        "Giao ban quy chế phối hợp giữa Công an tỉnh và Mặt trận\n"
        "(Quangbinh.dcs.vn): Sáng 9/3/2024, Công an tỉnh và Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị giao ban "
        "thực hiện quy chế phối hợp năm 2023."
    )
    line = extract_text(text, url="https://tonghoptin.example.net/giao-ban-quy-che-phoi-hop-12345.html")
    assert line["province"] == "Quảng Bình"


def test_leaders_who_co_chair_a_signing_stand_for_the_two_bodies_that_sign():
    # ruling 7: a body named only through its leader is the body; the excerpt opens on the two leaders co-chairing
    text = (
        "Hà Tĩnh: ký kết chương trình phối hợp chăm sóc sức khỏe Nhân dân\n"
        "Bà Trần Thị Lan, Giám đốc Sở Y tế tỉnh Hà Tĩnh và ông Lê Văn Hùng, Chủ tịch Hội Chữ thập đỏ tỉnh Hà Tĩnh "
        "đồng chủ trì lễ ký kết.\n"
        "Chương trình phối hợp giữa hai đơn vị giai đoạn 2024-2026 gồm 6 nội dung về chăm sóc sức khỏe người dân."
    )
    line = extract_text(text)
    assert line["event_type"] == "agreement"
    assert len(line["parties"]) == 2
    assert any("Sở Y tế" in p for p in line["parties"]) and any("Chữ thập đỏ" in p for p in line["parties"])


def test_the_national_agricultural_extension_centre_is_central_and_keeps_its_name():
    # the ministry's national centre is not a province's extension centre: "Quốc gia" is part of its name (ruling 9)
    line = extract_text(
        "Ngày 12/6/2022, Trung tâm Khuyến nông Quốc gia và Hội Nông dân tỉnh Thái Bình ký kết chương trình phối hợp "
        "chuyển giao kỹ thuật sản xuất lúa hữu cơ."
    )
    assert "Trung tâm Khuyến nông Quốc gia" in line["parties"]
    assert line["level"] == "central"


def test_a_place_is_named_as_the_text_spells_it_when_another_unit_folds_alike():
    # "Thanh Trì" (Hà Nội) and "Thạnh Trị" (Sóc Trăng) are one name without diacritics: the text's spelling is the
    # unit it means, not the other one's
    gaz = gazetteer()
    assert [m.name for m in gaz.communes_in("Công an xã Thanh Trì tổ chức hội nghị")] == ["Thanh Trì"]
    assert [m.name for m in gaz.districts_in("UBND huyện Thạnh Trị ký kết")] == ["Thạnh Trị"]
    assert [m.name for m in gaz.districts_in("UBND huyện Phù Ninh ký kết")] == ["Phù Ninh"]


def test_the_provincial_literature_and_arts_union_written_with_a_dash_is_a_body():
    # "Văn học - Nghệ thuật" is how most reports write the union's name; it organises the review, not the
    # regional linkage it reviews
    text = (
        "Tổng kết quy chế phối hợp năm 2023\n"
        "Ngày 28/12/2023, Liên hiệp các Hội Văn học - Nghệ thuật tỉnh Bến Tre tổ chức hội nghị tổng kết quy chế "
        "phối hợp với Sở Văn hóa, Thể thao và Du lịch tỉnh Bến Tre."
    )
    line = extract_text(text)
    assert "Liên hiệp các Hội Văn học - Nghệ thuật tỉnh Bến Tre" in line["parties"]
