"""Geography: variants, districts to provinces, and every legacy province to today's 34 units."""

from __future__ import annotations

import pytest

from etl.places import gazetteer
from etl.reference import load_table

g = gazetteer()

# DOMAIN.md: the merged units and what formed them.
# The 23 units formed by merging on 1 July 2025 (Resolution 202/2025/QH15), written out independently of
# data/reference/, so the reference files are checked against the law rather than against themselves.
MERGED = {
    "Tuyên Quang": ["Tuyên Quang", "Hà Giang"],
    "Lào Cai": ["Lào Cai", "Yên Bái"],
    "Thái Nguyên": ["Thái Nguyên", "Bắc Kạn"],
    "Phú Thọ": ["Phú Thọ", "Vĩnh Phúc", "Hòa Bình"],
    "Bắc Ninh": ["Bắc Ninh", "Bắc Giang"],
    "Hưng Yên": ["Hưng Yên", "Thái Bình"],
    "Hải Phòng": ["Hải Phòng", "Hải Dương"],
    "Ninh Bình": ["Ninh Bình", "Hà Nam", "Nam Định"],
    "Quảng Trị": ["Quảng Trị", "Quảng Bình"],
    "Đà Nẵng": ["Đà Nẵng", "Quảng Nam"],
    "Quảng Ngãi": ["Quảng Ngãi", "Kon Tum"],
    "Gia Lai": ["Gia Lai", "Bình Định"],
    "Khánh Hòa": ["Khánh Hòa", "Ninh Thuận"],
    "Lâm Đồng": ["Lâm Đồng", "Đắk Nông", "Bình Thuận"],
    "Đắk Lắk": ["Đắk Lắk", "Phú Yên"],
    "TP Hồ Chí Minh": ["TP Hồ Chí Minh", "Bình Dương", "Bà Rịa - Vũng Tàu"],
    "Đồng Nai": ["Đồng Nai", "Bình Phước"],
    "Tây Ninh": ["Tây Ninh", "Long An"],
    "Cần Thơ": ["Cần Thơ", "Sóc Trăng", "Hậu Giang"],
    "Vĩnh Long": ["Vĩnh Long", "Bến Tre", "Trà Vinh"],
    "Đồng Tháp": ["Đồng Tháp", "Tiền Giang"],
    "Cà Mau": ["Cà Mau", "Bạc Liêu"],
    "An Giang": ["An Giang", "Kiên Giang"],
}
UNCHANGED = [
    "Hà Nội",
    "Lai Châu",
    "Điện Biên",
    "Sơn La",
    "Lạng Sơn",
    "Quảng Ninh",
    "Thanh Hóa",
    "Nghệ An",
    "Hà Tĩnh",
    "Cao Bằng",
]


def test_63_legacy_and_34_current_units_with_regions():
    legacy, current = g.units_in("legacy"), g.units_in("current")
    assert len(legacy) == 63 and len(current) == 34
    assert {g.current_of(u.name) for u in legacy} == {u.name for u in current}
    counts = {}
    for u in legacy:
        counts[g.legacy_region[u.name]] = counts.get(g.legacy_region[u.name], 0) + 1
    assert sorted(counts.values()) == [5, 6, 11, 13, 14, 14]
    assert all(g.region_of(u.name) for u in current)


@pytest.mark.parametrize(("current", "parts"), MERGED.items())
def test_merged_provinces_map_to_their_new_unit(current, parts):
    for legacy in parts:
        assert g.current_of(legacy) == current


def test_the_reference_matches_the_law_exactly():
    assert len(MERGED) == 23 and len(UNCHANGED) + 1 == 11  # Huế kept its territory, as a city
    members: dict[str, set[str]] = {}
    for u in g.units_in("legacy"):
        members.setdefault(g.current_of(u.name), set()).add(u.name)
    expected = {k: set(v) for k, v in MERGED.items()} | {n: {n} for n in UNCHANGED} | {"Huế": {"Thừa Thiên Huế"}}
    assert members == expected
    successions = load_table("unit_successions.csv")
    assert len(successions) == 63 and {r["changed_on"] for r in successions} == {"2025-07-01"}


@pytest.mark.parametrize(
    ("variant", "canonical"),
    [
        ("TP.HCM", "TP Hồ Chí Minh"),
        ("Thành phố Hồ Chí Minh", "TP Hồ Chí Minh"),
        ("Thừa Thiên Huế", "Thừa Thiên Huế"),
        ("Huế", "Thừa Thiên Huế"),
        ("Đắc Lắc", "Đắk Lắk"),
        ("Hoà Bình", "Hòa Bình"),
        ("Ninh Binh", "Ninh Bình"),
        ("tỉnh Hà Nam", "Hà Nam"),
        ("Bà Rịa-Vũng Tàu", "Bà Rịa - Vũng Tàu"),
        ("Atlantis", None),
    ],
)
def test_name_variants(variant, canonical):
    assert g.canonical(variant) == canonical


def test_a_name_with_its_second_word_in_lower_case_is_read_after_a_kind_word_or_in_a_list():
    """ "tỉnh Cao bằng", "Sóc Trăng, Cần thơ, Cà Mau": a careless capital; "Hòa bình" alone is peace."""
    assert [m.name for m in g.provinces_in("Công an tỉnh Cao bằng và Công an tỉnh Hà Giang")] == [
        "Cao Bằng",
        "Hà Giang",
    ]
    listed = g.provinces_in("Cụm thi đua gồm 4 tỉnh: Vĩnh long, Trà Vinh, Bến Tre và Tiền giang.")
    assert [m.name for m in listed] == ["Vĩnh Long", "Trà Vinh", "Bến Tre", "Tiền Giang"]
    assert g.provinces_in("vì hòa bình, Hòa bình, hữu nghị và hợp tác; Thái bình dương") == []


def test_highland_names_written_with_plain_vowels():
    """ "Đak Lak", "Đak Nông": the Central Highlands' names as many pages write them, with no breve or tone."""
    found = g.provinces_in("lễ ký kết tại huyện Krông Búk (tỉnh Đak Lak) với thị xã của tỉnh Đak Nông")
    assert [m.name for m in found] == ["Đắk Lắk", "Đắk Nông"]


def test_district_gives_its_province():
    (m,) = g.districts_in("Ban Tuyên giáo Huyện ủy Tiên Lữ vừa tổ chức hội nghị")
    assert (m.name, m.province) == ("Tiên Lữ", "Hưng Yên")
    (m,) = g.districts_in("ĐÀI TRUYỀN THANH HUYỆN TIÊN LỮ")
    assert m.province == "Hưng Yên"


def test_ambiguous_district_has_no_single_province():
    (m,) = g.districts_in("UBND huyện Châu Thành")
    assert m.province == ""


def test_names_at_the_time_of_the_event():
    assert g.for_date("Hà Nam", "2024-12-31") == "Hà Nam"
    assert g.for_date("Hà Nam", "2025-07-02") == "Ninh Bình"
    assert g.for_date("Thừa Thiên Huế", "2025-09") == "Huế"


def test_lowercase_common_words_are_not_provinces():
    assert g.provinces_in("vì hòa bình và phát triển") == []
