"""Cluster names as written, normalised and matched to the registry (etl/clusters.py), and the registry files."""

from __future__ import annotations

import csv
from datetime import date

import pytest

from etl.clusters import (
    cluster_number,
    find_cluster,
    match_cluster,
    name_key,
    parse_day,
    registry,
    roman,
    same_cluster,
)
from etl.reference import load_table
from etl.tools.cluster_registry import build


@pytest.mark.parametrize(
    ("written", "number"),
    [
        ("cụm số II", "2"),
        ("Cụm thi đua số 2", "2"),
        ("Cụm thi đua cụm số VII", "7"),
        ("Cụm hoạt động số 4", "4"),
        ("Khối thi đua 1", "1"),
        ("Cụm thi đua 3 UBND TPHCM", "3"),
        ("cụm 3", "3"),
        ("Cụm thi đua số 3 tỉnh Thanh Hóa", "3"),  # "số": the number, whatever follows
        ("Cụm thi đua 5 tỉnh Tây Nguyên", None),  # a count of provinces, not a number
        ("Cụm thi đua 07 tỉnh trung du và miền núi phía Bắc", None),
        ("cụm thi đua vì an ninh Tổ quốc", None),  # "vì" is no Roman six
    ],
)
def test_cluster_number(written, number):
    assert cluster_number(written) == number


def test_roman_numerals():
    assert [roman(r) for r in ("I", "IV", "V", "IX", "XII")] == [1, 4, 5, 9, 12]
    assert roman("ANTQ") is None


def test_a_named_cluster_keeps_its_region_only():
    assert name_key("Cụm thi đua 5 tỉnh Tây Nguyên") == "tay nguyen"
    assert name_key("Cụm thi đua các tỉnh Tây Nguyên") == "tay nguyen"
    assert name_key("Cụm thi đua bảy tỉnh Tây Nguyên năm 2024") == "tay nguyen"
    # the network's words go too: the same cluster however its bodies are written
    assert name_key("Cụm thi đua các LĐLĐ thành phố trực thuộc Trung ương") == name_key(
        "cụm thi đua các Liên đoàn Lao động thành phố trực thuộc Trung ương"
    )


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("cụm số II", "Cụm thi đua số 2", True),
        ("Cụm thi đua số VII", "Cụm thi đua cụm số VII", True),
        ("Cụm thi đua 5 tỉnh Tây Nguyên", "Cụm thi đua các tỉnh Tây Nguyên", True),
        (
            "nhóm hợp tác du lịch 8 tỉnh TBMR và TP Hồ Chí Minh",
            "Nhóm hợp tác phát triển du lịch 8 tỉnh Tây Bắc mở rộng",
            True,
        ),
        ("Cụm thi đua số 2", "Cụm thi đua số 3", False),
        ("Cụm thi đua số 1 Bộ Công an", "Cụm thi đua số 1 Hội Nông dân", False),  # two networks' cluster 1
        ("Cụm thi đua các tỉnh Tây Nguyên", "Cụm thi đua các tỉnh Tây Nam Bộ", False),
        (None, None, True),
        ("cụm 3", None, False),
    ],
)
def test_same_cluster(a, b, same):
    assert same_cluster(a, b) is same


def test_matching_a_name_to_the_registry():
    # the network named with the cluster decides between the many clusters numbered 2
    assert match_cluster("Cụm thi đua số II", "Công an 7 tỉnh phía Bắc ký giao ước thi đua") == "congan_cum2"
    assert match_cluster("Cụm thi đua số 2 Hội Cựu chiến binh") == "ccb_cum2"
    assert match_cluster("Cụm hoạt động số 4", "Tỉnh đoàn Gia Lai", ["Gia Lai"], date(2025, 10, 1)) == "doan_cum4"
    # a number without a network and without places: which one cannot be told
    assert match_cluster("cụm số 2") is None
    # named clusters by their region, whichever way the provinces are counted
    assert match_cluster("Cụm thi đua 5 tỉnh Tây Nguyên", "Ban Thi đua - Khen thưởng") == "hdtdkt_cum_taynguyen"
    assert match_cluster("Cụm thi đua các tỉnh Tây Nguyên", "Ban Thi đua - Khen thưởng") == "hdtdkt_cum_taynguyen"
    # the old cluster ids hold
    assert match_cluster("cụm 3", "Hội Khuyến học tỉnh Nam Định", ["Nam Định"]) == "khuyenhoc_dbsh_cum3"


def test_rosters_change_in_2025():
    police_1 = next(c for c in registry() if c.cluster_id == "congan_cum1")
    assert set(police_1.roster(date(2024, 5, 1))) == {"Hà Nội", "TP Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ"}
    assert set(police_1.roster(date(2025, 9, 1))) == {"Hà Nội", "TP Hồ Chí Minh", "Hải Phòng"}
    # the northern border provinces were police cluster 2 until the redrawing, cluster 3 after it
    police_2 = next(c for c in registry() if c.cluster_id == "congan_cum2")
    assert "Lạng Sơn" in police_2.roster(date(2017, 1, 1)) and police_2.roster(date(2025, 9, 1)) == ()
    police_3 = next(c for c in registry() if c.cluster_id == "congan_cum3")
    assert police_3.roster(date(2020, 1, 1)) == () and "Tuyên Quang" in police_3.roster(date(2025, 9, 1))


def test_find_cluster_names_one_cluster_not_clusters_in_general():
    lead = "Năm 2024, ngành Kiểm sát hướng dẫn lại cách các Cụm thi đua, Khối thi đua của mình hoạt động."
    assert find_cluster("Bầu Cụm trưởng và Cụm phó của Cụm thi đua số 1 năm 2024", lead) == "cụm thi đua số 1"
    # a cluster described by its members is not its name: the title's name is
    lead = "Hội nghị tổng kết công tác thi đua cụm thi đua các tỉnh An Giang, Kiên Giang, Sóc Trăng."
    title = "Tổng kết cụm thi đua Mặt trận các tỉnh Nam sông Hậu"
    assert find_cluster(title, lead) == "cụm thi đua Mặt trận các tỉnh Nam sông Hậu"
    # the chair names it further down; a standing group of provinces by its region
    body = "Ông A, Trưởng Công an huyện, Cụm trưởng Cụm giáp ranh đề nghị các xã phối hợp."
    assert find_cluster("Sơ kết phối hợp", "Công an 4 huyện họp.", body) == "cụm giáp ranh"
    assert find_cluster("Giao ban công tác mặt trận 6 tỉnh Nam sông Hậu", "") == "6 tỉnh Nam sông Hậu"
    assert find_cluster("Hai tỉnh Nam Định và Thái Bình ký kết", "") is None  # a province, not a region
    assert find_cluster("Tổng kết", "Cụm hoạt động số 4 gồm các tỉnh Gia Lai, Đắk Lắk.") == "cụm hoạt động số 4"


def test_registry_files_hold_the_contract():
    networks = {r["network_id"]: r for r in load_table("networks.csv")}
    clusters = {r["cluster_id"]: r for r in load_table("clusters.csv")}
    assert len(networks) >= 12 and len(clusters) >= 60
    assert all(r["network_id"] in networks for r in clusters.values())
    for r in load_table("cluster_members.csv"):
        assert r["cluster_id"] in clusters and r["source_url"]
        assert parse_day(r["valid_from"]) or not r["valid_from"]
        if r["valid_to"]:
            assert parse_day(r["valid_to"]) > (parse_day(r["valid_from"]) or date.min)
    for r in load_table("cluster_roles.csv"):
        assert r["cluster_id"] in clusters and r["role"] in ("head", "deputy_head") and r["source_url"]


def test_the_builder_dates_rosters_and_keeps_old_ids(tmp_path):
    for name in ("networks.csv", "admin_units.csv"):
        (tmp_path / name).write_text(
            (load_table.__globals__["reference_dir"]() / name).read_text(encoding="utf-8"), encoding="utf-8"
        )
    (tmp_path / "clusters.csv").write_text(
        "cluster_id,network_id,code,name,variants,level,source_url\nold_id,congan,2,Cụm thi đua số II,,national,u0\n",
        encoding="utf-8",
    )
    (tmp_path / "cluster_members.csv").write_text(
        "cluster_id,member,province,valid_from,valid_to,source_url\n", encoding="utf-8"
    )
    net = "Công an (Bộ Công an, phong trào Vì ANTQ)"
    facts = (
        [
            {
                "network": net,
                "cluster_code": "cum2",
                "canonical_name": "Cụm thi đua số II",
                "variants": "cụm số 2",
                "level": "national",
                "member": m,
                "valid_from": "2016",
                "valid_to": "",
                "role": "member",
                "year": "2016",
                "source_url": "u1",
            }
            for m in ("Lạng Sơn", "Cao Bằng")
        ]
        + [
            {
                "network": net,
                "cluster_code": "cum3",
                "canonical_name": "Cụm thi đua số 3",
                "variants": "",
                "level": "national",
                "member": m,
                "valid_from": "2025",
                "valid_to": "",
                "role": "member",
                "year": "2025",
                "source_url": "u2",
            }
            for m in ("Cao Bằng", "Tuyên Quang")
        ]
        + [
            {
                "network": net,
                "cluster_code": "cum3",
                "canonical_name": "Cụm thi đua số 3",
                "variants": "",
                "level": "national",
                "member": "Cao Bằng",
                "valid_from": "",
                "valid_to": "",
                "role": "head",
                "year": "2025",
                "source_url": "u2",
            }
        ]
    )
    counts = build(facts, tmp_path)
    assert counts["clusters"] == 2 and counts["roles"] == 1
    with open(tmp_path / "cluster_members.csv", encoding="utf-8") as fh:
        rows = {(r["cluster_id"], r["member"]): r for r in csv.DictReader(fh)}
    assert rows[("old_id", "Lạng Sơn")]["valid_to"] == "2025-07-01"  # superseded by the redrawn roster
    assert rows[("congan_cum3", "Tuyên Quang")]["valid_from"] == "2025-07-01"  # 2025 on today's map
    assert rows[("congan_cum3", "Tuyên Quang")]["valid_to"] == ""
