"""Geography as data: units with codes and dates, successor links, every geography a join; an event after
July 2025 keeps its old province only when its text says where (a commune or district of it), never the
namesake; a reorganisation is rows in the reference files and a rebuild. Article texts here are our own."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import duckdb
import pytest

from etl import models, reference, warehouse
from etl.pipeline import run_etl
from etl.places import gazetteer

g = gazetteer()


def test_units_have_codes_dates_and_successors():
    ha_giang = g.unit_of("Hà Giang")
    assert (ha_giang.unit_id, ha_giang.code, str(ha_giang.valid_to)) == ("02@2008", "02", "2025-06-30")
    tuyen_quang = g.unit_of("Tuyên Quang", "2025-08-12")
    assert (tuyen_quang.unit_id, tuyen_quang.code, tuyen_quang.valid_to) == ("08@2025", "08", None)
    assert g.unit_of("Tuyên Quang", "2024-08-12").unit_id == "08@2008"  # the same code, another territory
    assert g.unit_at(ha_giang, "2025-08-12") == tuyen_quang
    assert g.unit_at(tuyen_quang, "2020") is None  # formed from two: no single unit before


def test_a_unit_in_another_geography():
    ninh_binh = g.unit_of("Ninh Bình", "2026-01")
    assert g.in_geography(ninh_binh, "legacy") is None
    assert [u.name for u in g.parts(ninh_binh, "legacy")] == ["Hà Nam", "Nam Định", "Ninh Bình"]
    assert g.in_geography(g.unit_of("Huế", "2026-01"), "legacy").name == "Thừa Thiên Huế"  # one predecessor
    assert g.in_geography(g.unit_of("Nam Định"), "current").name == "Ninh Bình"


@pytest.mark.parametrize(
    ("name", "when", "texts", "expected"),
    [
        ("Tuyên Quang", "2024-05-02", (), ("Tuyên Quang", "Tuyên Quang", "Tuyên Quang")),
        ("Tuyên Quang", "2025-08-12", (), ("Tuyên Quang", None, "Tuyên Quang")),  # which old one: not known
        ("Tuyên Quang", "2025-08-12", ("Hội nghị tại xã Yên Minh",), ("Tuyên Quang", "Hà Giang", "Tuyên Quang")),
        ("Tuyên Quang", "2025-08-12", ("tại phường Minh Xuân",), ("Tuyên Quang", "Tuyên Quang", "Tuyên Quang")),
        ("Tuyên Quang", "2025-08-12", ("tại huyện Quản Bạ cũ",), ("Tuyên Quang", "Hà Giang", "Tuyên Quang")),
        ("Ninh Bình", "2025-09", ("tại xã Minh Tân",), ("Ninh Bình", "Nam Định", "Ninh Bình")),  # a name of two
        ("Hà Giang", "2025-08-12", (), ("Tuyên Quang", "Hà Giang", "Tuyên Quang")),  # the old name written
        ("Thừa Thiên Huế", "2025-09", (), ("Huế", "Thừa Thiên Huế", "Huế")),
    ],
)
def test_the_old_province_only_when_the_text_says_where(name, when, texts, expected):
    place = g.place(name, when, texts)
    assert (place.province, place.legacy, place.current) == expected


def _article(folder: Path, name: str, title: str, lead: str) -> None:
    body = "Hai bên thống nhất trao đổi thông tin định kỳ và đánh giá kết quả vào cuối năm."
    (folder / f"{name}.txt").write_text(f"{title}\n\n{lead}\n\n{body}\n", encoding="utf-8")


def test_an_event_after_the_merger_keeps_the_old_province_its_commune_names(tmp_path):
    """Before the fix, an event in a commune of old Hà Giang (now in Tuyên Quang) was stored with the legacy
    name "Tuyên Quang", and so was one whose text does not say where."""
    articles = tmp_path / "articles"
    articles.mkdir()
    _article(
        articles,
        "commune",
        "Hội Nông dân và Hội Cựu chiến binh tỉnh Tuyên Quang ký kết chương trình phối hợp",
        "Ngày 12/8/2025, tại xã Yên Minh, Hội Nông dân tỉnh Tuyên Quang và Hội Cựu chiến binh tỉnh Tuyên Quang "
        "ký kết chương trình phối hợp giai đoạn 2025 - 2030.",
    )
    _article(
        articles,
        "nowhere",
        "Sở Tư pháp và Tỉnh đoàn Tuyên Quang ký kết chương trình phối hợp tuyên truyền pháp luật",
        "Ngày 20/9/2025, Sở Tư pháp tỉnh Tuyên Quang và Tỉnh đoàn Tuyên Quang ký kết chương trình phối hợp "
        "tuyên truyền pháp luật cho thanh niên giai đoạn 2025 - 2030.",
    )
    _article(
        articles,
        "before",
        "Hội Liên hiệp Phụ nữ và Hội Nông dân tỉnh Tuyên Quang ký kết chương trình phối hợp",
        "Ngày 5/3/2024, Hội Liên hiệp Phụ nữ tỉnh Tuyên Quang và Hội Nông dân tỉnh Tuyên Quang ký kết chương "
        "trình phối hợp giai đoạn 2024 - 2028.",
    )
    db = tmp_path / "w.duckdb"
    run_etl([articles], db, progress=False)
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute(
            """
            select d.source_id, e.province, e.province_legacy, e.province_current, e.places_legacy, p.province_legacy
            from events e join event_sources s using (event_id) join documents d using (doc_id)
            join event_provinces p on p.event_id = e.event_id and p.role = 'host'
            order by 1
            """
        ).fetchall()
        places = con.execute("select count(*) from event_places where unit_id is not null").fetchone()[0]
    assert rows == [
        ("before", "Tuyên Quang", "Tuyên Quang", "Tuyên Quang", ["Tuyên Quang"], "Tuyên Quang"),
        ("commune", "Tuyên Quang", "Hà Giang", "Tuyên Quang", ["Hà Giang"], "Hà Giang"),
        ("nowhere", "Tuyên Quang", None, "Tuyên Quang", [], None),
    ]
    assert places == 3  # the places are kept as unit codes; the names above are joins


def test_the_warehouse_follows_the_same_links_as_the_extractor(tmp_path):
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    warehouse.load_reference(con)
    in_sql = {
        (unit, geography): target
        for unit, geography, target in con.execute(
            "select unit_id, geography, target_id from unit_geographies"
        ).fetchall()
    }
    for unit in g.units.values():
        for geography in g.geographies:
            found = g.in_geography(unit, geography)
            assert in_sql.get((unit.unit_id, geography)) == (found.unit_id if found else None), (unit, geography)
    legacy = con.execute("select count(*) from provinces where geography = 'legacy'").fetchone()[0]
    reference_models, _ = models.split_layers(models.load_models())
    assert legacy == 63 and not models.failed_checks(con, reference_models)
    con.close()


@pytest.fixture()
def reorganised(tmp_path, monkeypatch):
    """The reference folder with a made-up reorganisation on 1 January 2030: today's Tuyên Quang and Cao Bằng
    merged into "Việt Bắc" (rows only: the dates of two units, one new unit, two successor links)."""
    folder = tmp_path / "reference"
    shutil.copytree(reference.REFERENCE_DIR, folder)
    units = list(csv.DictReader((folder / "admin_units.csv").open(encoding="utf-8")))
    for row in units:
        if row["unit_id"] in ("08@2025", "04@2025"):
            row["valid_to"] = "2029-12-31"
    units.append(
        {
            "unit_id": "99@2030",
            "code": "99",
            "name": "Việt Bắc",
            "kind": "province",
            "region_id": "TDMNPB",
            "valid_from": "2030-01-01",
            "valid_to": "",
            "lat": "22.6",
            "lon": "105.6",
        }
    )
    with (folder / "admin_units.csv").open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(units[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(units)
    with (folder / "unit_successions.csv").open("a", encoding="utf-8") as fh:
        fh.write("08@2025,99@2030,2030-01-01\n04@2025,99@2030,2030-01-01\n")
    monkeypatch.setenv("PHOIHOP_REFERENCE", str(folder))  # tables are read per folder; the gazetteer is kept
    gazetteer.cache_clear()
    yield folder
    monkeypatch.undo()
    gazetteer.cache_clear()


def test_a_reorganisation_is_rows_and_a_rebuild(reorganised, tmp_path):
    register = tmp_path / "register.csv"
    register.write_text(
        "source_id,event_type,event_date,province,parties,topics\n"
        "R1,ký kết,2031-03-02,Việt Bắc,Hội Nông dân tỉnh Việt Bắc; Sở Tư pháp tỉnh Việt Bắc,kinh_te\n"
        "R2,ký kết,2026-05-04,Hà Giang,Hội Nông dân tỉnh Tuyên Quang; Sở Tư pháp tỉnh Tuyên Quang,kinh_te\n"
        "R3,ký kết,2020-05-04,Cao Bằng,Hội Nông dân tỉnh Cao Bằng; Sở Tư pháp tỉnh Cao Bằng,kinh_te\n",
        encoding="utf-8",
    )
    db = tmp_path / "w.duckdb"
    summary = run_etl([register], db, progress=False)
    assert summary.events == 3 and not summary.rejects
    with duckdb.connect(str(db), read_only=True) as con:
        geographies = con.execute("select geography, count(*) from provinces group by 1 order by 1").fetchall()
        rows = con.execute(
            """
            select d.source_id, e.province, e.province_legacy, e.province_current
            from events e join event_sources s using (event_id) join documents d using (doc_id) order by 1
            """
        ).fetchall()
    assert geographies == [("current", 33), ("legacy", 63)]
    assert rows == [
        ("R1", "Việt Bắc", None, "Việt Bắc"),  # formed from three old provinces: which one is not known
        ("R2", "Tuyên Quang", "Hà Giang", "Việt Bắc"),
        ("R3", "Cao Bằng", "Cao Bằng", "Việt Bắc"),
    ]


def test_a_correction_keeps_the_old_province_it_names(tmp_path):
    """An analyst who knows which old province an event was in writes its old name; a new date keeps it."""
    from etl.corrections import Correction, append_correction

    articles = tmp_path / "articles"
    articles.mkdir()
    _article(
        articles,
        "nowhere",
        "Sở Tư pháp và Tỉnh đoàn Tuyên Quang ký kết chương trình phối hợp tuyên truyền pháp luật",
        "Ngày 20/9/2025, Sở Tư pháp tỉnh Tuyên Quang và Tỉnh đoàn Tuyên Quang ký kết chương trình phối hợp "
        "tuyên truyền pháp luật cho thanh niên giai đoạn 2025 - 2030.",
    )
    _article(
        articles,
        "commune",
        "Hội Nông dân và Hội Cựu chiến binh tỉnh Tuyên Quang ký kết chương trình phối hợp",
        "Ngày 12/8/2025, tại xã Yên Minh, Hội Nông dân tỉnh Tuyên Quang và Hội Cựu chiến binh tỉnh Tuyên Quang "
        "ký kết chương trình phối hợp giai đoạn 2025 - 2030.",
    )
    corrections = tmp_path / "corrections.csv"
    append_correction(corrections, Correction("nowhere", "province", "Hà Giang", "held in old Hà Giang"))
    append_correction(corrections, Correction("commune", "event_date", "2024-08-12", "a year earlier"))
    db = tmp_path / "w.duckdb"
    run_etl([articles], db, progress=False, corrections_path=corrections)
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute(
            """
            select d.source_id, e.province, e.province_legacy, e.province_current
            from events e join event_sources s using (event_id) join documents d using (doc_id) order by 1
            """
        ).fetchall()
    assert rows == [
        ("commune", "Hà Giang", "Hà Giang", "Tuyên Quang"),
        ("nowhere", "Tuyên Quang", "Hà Giang", "Tuyên Quang"),
    ]
