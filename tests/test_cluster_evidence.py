"""Cluster evidence read from article text (etl/cluster_evidence.py): names, listed members, heads and deputies,
in the shapes real reports use (sentences written for these tests), and their way into the warehouse."""

from __future__ import annotations

import duckdb
import pytest

from etl.cluster_evidence import Evidence, find_evidence
from etl.pipeline import run_etl


def _of(kind: str, found: list[Evidence]) -> list[tuple[str, str | None]]:
    return [(e.written, e.member) for e in found if e.kind == kind]


@pytest.mark.parametrize(
    ("text", "written", "members"),
    [
        (  # a named cluster, its count, a colon and "và" before the last
            "Cụm thi đua số 5 gồm các tỉnh: Quảng Trị, Quảng Bình, Hà Tĩnh và Nghệ An vừa họp tổng kết.",
            "Cụm thi đua số 5",
            ["Quảng Trị", "Quảng Bình", "Hà Tĩnh", "Nghệ An"],
        ),
        (  # a body of each province stands for the province; the list ends where the sentence goes on
            "Cụm thi đua số 2 Hội Cựu chiến binh gồm Hội CCB các tỉnh Yên Bái, Hà Giang, Lào Cai do Hội CCB tỉnh "
            "Yên Bái làm cụm trưởng đã ký giao ước.",
            "Cụm thi đua số 2 Hội Cựu chiến binh",
            ["Yên Bái", "Hà Giang", "Lào Cai"],
        ),
        (  # "cụm này" stands for the cluster named before; TP.HCM is Hồ Chí Minh City
            "Cụm thi đua số 1 Bộ Công an họp tại Đà Nẵng. Cụm này gồm: Công an TP Hà Nội, Công an TP.HCM, "
            "Công an TP Đà Nẵng và Công an TP Cần Thơ.",
            "Cụm thi đua số 1 Bộ Công an",
            ["Hà Nội", "TP Hồ Chí Minh", "Đà Nẵng", "Cần Thơ"],
        ),
        (  # communes of a district cluster: each member keeps its unit word
            "Ngày 12/3, cụm thi đua số IV gồm các xã Tân Hòa, Phú Lộc, Mỹ An đã tổ chức hội nghị.",
            "cụm thi đua số IV",
            ["xã Tân Hòa", "xã Phú Lộc", "xã Mỹ An"],
        ),
        (  # a bloc of one province's bodies: bodies, not the province
            "Khối thi đua số 2 gồm 4 cơ quan: Thanh tra tỉnh Bến Tre, Công an tỉnh Bến Tre, Sở Tư pháp và Ban "
            "Tổ chức Tỉnh ủy.",
            "Khối thi đua số 2",
            ["Thanh tra tỉnh Bến Tre", "Công an tỉnh Bến Tre", "Sở Tư pháp", "Ban Tổ chức Tỉnh ủy"],
        ),
        (  # the commas of a department's name are not the list's
            "Cụm thi đua số 6 gồm: Sở Văn hóa, Thể thao và Du lịch tỉnh Kon Tum, Sở Văn hóa, Thể thao và Du lịch "
            "tỉnh Gia Lai.",
            "Cụm thi đua số 6",
            ["Kon Tum", "Gia Lai"],
        ),
    ],
)
def test_a_listed_roster_is_kept_member_by_member(text: str, written: str, members: list[str]) -> None:
    found = find_evidence("", text, None, 2024)
    assert _of("roster", found) == [(written, m) for m in members]
    assert ("name", written) in [(e.kind, e.written) for e in found]


def test_a_roster_of_the_event_cluster_named_only_as_cum() -> None:
    found = find_evidence("", "5 tỉnh trong cụm gồm Sơn La, Điện Biên, Lai Châu, Lào Cai và Yên Bái.", "Cụm số 3", 2023)
    assert _of("roster", found) == [("Cụm số 3", p) for p in ("Sơn La", "Điện Biên", "Lai Châu", "Lào Cai", "Yên Bái")]


def test_participants_of_a_meeting_are_no_roster() -> None:
    text = "Cụm thi đua số 7 tổ chức hội nghị, thành phần gồm các đồng chí lãnh đạo Sở Nội vụ, Ban Thi đua."
    assert _of("roster", find_evidence("", text, None, 2024)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hội nghị tổng kết thi đua năm 2018 và ký giao ước năm 2019 do Đồng Nai làm Cụm trưởng.",
            [("head", "Cụm thi đua miền Đông", "Đồng Nai", 2019)],
        ),
        (
            "Đại tá Nguyễn Văn A, Giám đốc Công an tỉnh Hà Tĩnh - Cụm trưởng Cụm thi đua số 3 phát biểu.",
            [("head", "Cụm thi đua số 3", "Hà Tĩnh", 2024)],
        ),
        (
            "Hội nghị bầu Cụm trưởng Cụm thi đua số 8, Bộ Công an năm 2025 là Công an tỉnh Bạc Liêu, đơn vị Cụm phó "
            "là Công an tỉnh Cà Mau.",
            [
                ("head", "Cụm thi đua số 8, Bộ Công an", "Bạc Liêu", 2025),
                ("deputy_head", "Cụm thi đua số 8, Bộ Công an", "Cà Mau", 2025),
            ],
        ),
        (
            "Đại biểu biểu quyết bầu Sở Văn hóa, Thể thao và Du lịch Hà Nam làm cụm trưởng, còn Sở Văn hóa, Thể thao "
            "và Du lịch Nam Định làm cụm phó.",
            [
                ("head", "Cụm thi đua miền Đông", "Hà Nam", 2024),
                ("deputy_head", "Cụm thi đua miền Đông", "Nam Định", 2024),
            ],
        ),
        (
            "Ông Trần Văn B, Chánh án TAND tỉnh Long An - Phó trưởng cụm Cụm thi đua số VI năm 2024, phát biểu.",
            [("deputy_head", "Cụm thi đua số VI", "Long An", 2024)],
        ),
        (
            "Năm 2023, UBND xã Hòa Bình là Cụm trưởng Cụm thi đua số 2.",
            [("head", "Cụm thi đua số 2", "UBND xã Hòa Bình", 2023)],
        ),
        (  # a person alone, and a handing-over, name no holder
            "Đồng chí Lê Văn C, Cụm trưởng, chủ trì. Hai bên bàn giao nhiệm vụ Cụm trưởng thi đua năm 2025.",
            [],
        ),
    ],
)
def test_heads_and_deputies(text: str, expected: list[tuple[str, str, str, int]]) -> None:
    found = find_evidence("", text, "Cụm thi đua miền Đông", 2024)
    got = [(e.kind, e.written, e.member, e.year) for e in found if e.kind in ("head", "deputy_head")]
    assert got == expected


def test_an_article_without_clusters_has_no_evidence() -> None:
    assert find_evidence("Hai tỉnh ký kết", "Sáng 3/4, Lai Châu và Điện Biên ký quy chế phối hợp.", None, 2024) == []


def test_the_event_cluster_is_evidence_of_its_name() -> None:
    found = find_evidence("Cụm thi đua số 9 sơ kết", "Hội nghị diễn ra tại Cần Thơ.", "Cụm thi đua số 9", 2022)
    assert found == [Evidence("Cụm thi đua số 9", "name", None, 2022)]


ARTICLE = """Cụm thi đua các tỉnh Bắc Trung Bộ nhìn lại một năm thi đua và giao ước cho năm 2025
Hội nghị tổng kết năm 2024 của Cụm thi đua các tỉnh Bắc Trung Bộ họp ngày 20/12/2024 ở tỉnh Quảng Bình, các \
tỉnh cùng ký giao ước thi đua năm 2025.
Cụm thi đua các tỉnh Bắc Trung Bộ gồm 4 tỉnh: Thanh Hóa, Nghệ An, Hà Tĩnh và Quảng Bình.
Hội nghị thống nhất bầu UBND tỉnh Nghệ An làm Cụm trưởng năm 2025, UBND tỉnh Hà Tĩnh làm Cụm phó.
"""


def test_evidence_reaches_the_warehouse(tmp_path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "cum_bac_trung_bo.txt").write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "warehouse.duckdb"
    run_etl([tmp_path / "in"], db, progress=False)
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute(
            "select kind, member, year from cluster_evidence where kind <> 'name' order by kind, member"
        ).fetchall()
        named = con.execute("select distinct written from cluster_evidence where kind = 'name'").fetchall()
        events = con.execute("select count(distinct event_id) from cluster_evidence").fetchone()
    assert rows == [
        ("deputy_head", "Hà Tĩnh", 2025),
        ("head", "Nghệ An", 2025),
        ("roster", "Hà Tĩnh", 2024),
        ("roster", "Nghệ An", 2024),
        ("roster", "Quảng Bình", 2024),
        ("roster", "Thanh Hóa", 2024),
    ]
    assert [w.lower() for (w,) in named] == ["cụm thi đua các tỉnh bắc trung bộ"]
    assert events == (1,)


def test_a_warehouse_loaded_before_evidence_was_kept_gets_it_on_the_next_load(tmp_path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "cum_bac_trung_bo.txt").write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "warehouse.duckdb"
    run_etl([tmp_path / "in"], db, progress=False)
    with duckdb.connect(str(db)) as con:  # as an older load left it: the column there, no evidence in it
        con.execute("update extractions set cluster_evidence = null")
    run_etl([], db, progress=False)
    with duckdb.connect(str(db), read_only=True) as con:
        kept = con.execute("select count(*) from extractions where cluster_evidence is null").fetchone()
        rows = con.execute("select count(*) from cluster_evidence where kind = 'roster'").fetchone()
    assert kept == (0,)
    assert rows == (4,)


@pytest.mark.parametrize(
    ("cluster", "named"),
    [
        ("Cụm thi đua các tổ chức chính trị - xã hội", ["Cụm thi đua các tổ chức chính trị - xã hội"]),
        ("cụm thi đua UBMTTQ các tỉnh Nam sông Hậu năm 2020", ["cụm thi đua UBMTTQ các tỉnh Nam sông Hậu"]),
        ("khối thi đua chủ trì hội nghị", []),  # words after "khối thi đua", no name
        ("cụm thi đua các", []),
    ],
)
def test_the_event_cluster_as_a_name_without_what_follows_it(cluster: str, named: list[str]) -> None:
    found = find_evidence("", "Hội nghị diễn ra tại Cần Thơ, các cụm trưởng phát biểu.", cluster, 2020)
    assert [e.written for e in found if e.kind == "name"] == named


def test_a_list_ends_where_the_sentence_goes_on_with_what_the_cluster_did() -> None:
    text = (
        "Cụm số 6 gồm các tỉnh: Tây Ninh, Bình Dương, Bà Rịa - Vũng Tàu sơ kết công tác thi đua 6 tháng đầu năm 2017."
    )
    assert [e.member for e in find_evidence("", text, None, 2017) if e.kind == "roster"] == [
        "Tây Ninh",
        "Bình Dương",
        "Bà Rịa - Vũng Tàu",
    ]


def test_sentences_are_read_for_their_cluster_words_in_any_case() -> None:
    """A sentence is read only when it holds a cluster's word or "gồm" (any case): one in capitals still is."""
    text = (
        "Hội nghị diễn ra tại tỉnh Long An.\nCỤM THI ĐUA SỐ 5 GỒM: CÔNG AN TỈNH LONG AN, CÔNG AN TỈNH TIỀN GIANG.\n"
        "Công an tỉnh Long An làm Cụm trưởng Cụm thi đua số 5."
    )
    found = find_evidence("Hội nghị Cụm thi đua số 5", text, "Cụm thi đua số 5", 2024)
    assert _of("roster", found) == [("CỤM THI ĐUA SỐ 5", "Long An"), ("CỤM THI ĐUA SỐ 5", "Tiền Giang")]
    assert _of("head", found) == [("Cụm thi đua số 5", "Long An")]
