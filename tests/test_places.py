"""Geography: variants, districts to provinces, and every legacy province to today's 34 units."""

from __future__ import annotations

import pytest

from etl.places import gazetteer
from etl.reference import load_table

g = gazetteer()

# DOMAIN.md: the merged units and what formed them.
MERGED = {
    "Ninh Bình": ["Ninh Bình", "Hà Nam", "Nam Định"],
    "Hưng Yên": ["Hưng Yên", "Thái Bình"],
    "Phú Thọ": ["Phú Thọ", "Vĩnh Phúc", "Hòa Bình"],
    "TP Hồ Chí Minh": ["TP Hồ Chí Minh", "Bình Dương", "Bà Rịa - Vũng Tàu"],
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
    legacy = load_table("provinces_legacy.csv")
    current = load_table("provinces_current.csv")
    assert len(legacy) == 63 and len(current) == 34
    assert {r["current"] for r in legacy} == {r["province"] for r in current}
    counts = {}
    for r in legacy:
        counts[g.legacy_region[r["province"]]] = counts.get(g.legacy_region[r["province"]], 0) + 1
    assert sorted(counts.values()) == [5, 6, 11, 13, 14, 14]
    assert all(g.region_of(r["province"]) for r in current)


@pytest.mark.parametrize(("current", "parts"), MERGED.items())
def test_merged_provinces_map_to_their_new_unit(current, parts):
    for legacy in parts:
        assert g.current_of(legacy) == current


def test_every_merged_unit_has_more_than_one_legacy_province():
    legacy = load_table("provinces_legacy.csv")
    merged = {r["current"] for r in legacy} - {r["current"] for r in legacy if r["current"] == r["province"]}
    for name in {r["province"] for r in load_table("provinces_current.csv")}:
        members = [r["province"] for r in legacy if r["current"] == name]
        if name in UNCHANGED or name == "Huế":
            assert len(members) == 1, name
        else:
            assert len(members) >= 2 or name in merged, name
    assert len([n for n in {r["current"] for r in legacy}]) == 34


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
