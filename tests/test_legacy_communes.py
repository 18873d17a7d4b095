"""The communes and wards of the 63 provinces before July 2025 (`communes_legacy.csv`, from vietnamadminunits): a text
of that time that names its bodies "UBND xã A" with no province has the commune as its only clue, and the commune names
of today's 34 units (a "xã Hưng Hà" of Hưng Yên since the merger) would send it elsewhere. Sentences of our own."""

from __future__ import annotations

import pytest

from etl.places import gazetteer
from etl.reference import load_table
from tests.extraction import extract_text


def _provinces(text: str, when: str | None) -> list[str]:
    return [m.province for m in gazetteer().communes_then(text, when)]


def test_the_file_holds_the_communes_of_the_63_provinces_in_their_districts():
    rows = load_table("communes_legacy.csv")
    assert len(rows) > 10_000
    districts = {(r["province"], r["district"]) for r in load_table("districts.csv")}
    assert {r["province"] for r in rows} == set(gazetteer().legacy) - {"Hoàng Sa"}
    assert all((r["province"], r["district"]) in districts for r in rows)
    assert {r["kind"] for r in rows} == {"Xã", "Phường", "Thị trấn"}
    # a namesake of another kind in one district is told apart by the kind column, not by a suffix on the name
    assert not [r for r in rows if "(" in r["commune"]]


def test_a_commune_before_july_2025_is_one_of_the_63_provinces():
    # "xã Hưng Hà" was Long An's (huyện Tân Hưng); the one of that name since the merger is Hưng Yên's
    assert _provinces("Đảng ủy xã Hưng Hà họp bàn công tác dân vận", "2024-03-12") == ["Long An"]
    assert _provinces("Đảng ủy xã Hưng Hà họp bàn công tác dân vận", "2025-09-12") == ["Hưng Yên"]


def test_the_kind_word_tells_namesakes_apart():
    # the town of Hưng Hà was Thái Bình's; a ward of Thanh Trì only Hà Nội had, communes of that name several provinces
    assert _provinces("Công an thị trấn Hưng Hà nhận bàn giao", "2022-05-01") == ["Thái Bình"]
    assert _provinces("Ủy ban MTTQ phường Thanh Trì họp", "2019-01-01") == ["Hà Nội"]
    assert _provinces("Ủy ban MTTQ xã Thanh Trì họp", "2019-01-01") == [""]


def test_a_name_a_commune_carried_before_a_merger_is_read():
    # Quảng Nghiệp was merged into Dân An (Tứ Kỳ, Hải Dương) before July 2025: reports of its time still name it
    mentions = gazetteer().communes_then("Hội Nông dân xã Quảng Nghiệp giao ban quý", "2023-10-02")
    assert [(m.name, m.province) for m in mentions] == [("Quảng Nghiệp", "Hải Dương")]


def test_a_district_the_text_names_tells_namesakes_apart():
    # Giao Long was a commune of Bến Tre (huyện Châu Thành) and of Nam Định; Châu Thành alone is a district of many
    assert _provinces("Công an xã Giao Long tuần tra", "2021-06-01") == [""]
    assert _provinces("Công an xã Giao Long, huyện Châu Thành tuần tra", "2021-06-01") == ["Bến Tre"]


def test_undated_text_reads_old_communes_only_when_it_names_no_commune_of_today():
    # with no date the communes tell the time: one only the 63 provinces had (Quảng Nghiệp) places the text then,
    # unless the text names a commune formed since; a name both have is read as today's
    assert _provinces("UBND xã Quảng Nghiệp giao ban", None) == ["Hải Dương"]
    assert _provinces("UBND xã Quảng Nghiệp và xã Thượng Đức giao ban", None)[0] == ""
    assert _provinces("Đảng ủy xã Hưng Hà họp bàn", None) == ["Hưng Yên"]


@pytest.mark.parametrize(
    ("day", "province"),
    [("12/3/2024", "Long An"), ("12/9/2025", "Hưng Yên")],
)
def test_an_article_with_no_address_takes_its_province_from_the_commune_of_its_time(day, province):
    line = extract_text(
        "Khối dân vận xã Hưng Hà tổng kết năm\n"
        f"Chiều ngày {day}, Khối dân vận Đảng ủy xã Hưng Hà tổ chức hội nghị tổng kết thực hiện quy chế phối hợp "
        "công tác dân vận, đề ra nhiệm vụ năm tới."
    )
    assert line["is_event"]
    assert line["province"] == province


def test_a_commune_body_with_no_name_is_the_old_commune_the_lead_names():
    line = extract_text(
        "Xã tổ chức giao ban quý IV\n"
        "Ngày 20/11/2023, Khối Dân vận cùng Khối Chính quyền xã Quảng Nghiệp tổ chức hội nghị giao ban quý IV tại "
        "hội trường Ủy ban nhân dân xã."
    )
    assert line["province"] == "Hải Dương"
    assert line["level"] == "commune"


@pytest.mark.parametrize(
    ("day", "level", "involved"),
    [("5/4/2024", "inter-provincial", ["Long An", "Hải Phòng"]), ("5/9/2025", "commune", ["Hưng Yên"])],
)
def test_communes_named_as_parties_are_those_of_the_events_time(day, level, involved):
    # before July 2025 each commune named as a side is one of the 63 provinces' communes, with its whole name; after,
    # the namesake of today's units as before
    line = extract_text(
        "Hai địa phương kết nghĩa\n"
        f"Ngày {day}, xã Hưng Hà và phường Trần Thành Ngọ ký kết chương trình kết nghĩa giai đoạn 2024 - 2026, "
        "cùng trao đổi kinh nghiệm xây dựng nông thôn mới."
    )
    assert line["level"] == level
    assert sorted(line["provinces_involved"]) == sorted(involved)
    if level == "inter-provincial":
        assert "phường Trần Thành Ngọ" in line["parties"]
