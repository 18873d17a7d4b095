"""The clusters review queue (queries/cluster_review.sql) over articles written for these tests, accepting its
items into a copy of the registry files (etl/cluster_review.py), and `phoihop clusters`."""

from __future__ import annotations

import csv
import shutil
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

import queries
from dashboard.cli import main
from etl.cluster_review import ReviewError, accept, forget_reference
from etl.pipeline import run_etl
from etl.reference import REFERENCE_DIR

UNKNOWN = """Hội Nông dân Cụm thi đua các tỉnh vùng cao nguyên đá ký kết giao ước thi đua năm 2024
Ngày 14/3/2024, tại thành phố Hà Giang, Hội Nông dân các tỉnh trong Cụm thi đua các tỉnh vùng cao nguyên đá tổ \
chức hội nghị ký kết giao ước thi đua năm 2024.
Cụm thi đua các tỉnh vùng cao nguyên đá gồm 3 tỉnh: Hà Giang, Cao Bằng và Lạng Sơn.
Hội nghị thống nhất bầu Hội Nông dân tỉnh Hà Giang làm Cụm trưởng năm 2024, Hội Nông dân tỉnh Cao Bằng làm Cụm phó.
Các đơn vị cam kết thi đua hoàn thành các chỉ tiêu công tác Hội và phong trào nông dân.
"""


def reference_copy(tmp_path: Path) -> Path:
    """The registry files in a folder of the test's own, named by PHOIHOP_REFERENCE as a deployment does."""
    folder = tmp_path / "reference"
    shutil.copytree(REFERENCE_DIR, folder)
    return folder


@pytest.fixture()
def registry(tmp_path, monkeypatch) -> Iterator[Path]:
    folder = reference_copy(tmp_path)
    monkeypatch.setenv("PHOIHOP_REFERENCE", str(folder))
    forget_reference()
    yield folder
    monkeypatch.delenv("PHOIHOP_REFERENCE")
    forget_reference()


def load(tmp_path: Path, *articles: tuple[str, str]) -> Path:
    inputs = tmp_path / "in"
    inputs.mkdir(exist_ok=True)
    for name, text in articles:
        (inputs / name).write_text(text, encoding="utf-8")
    db = tmp_path / "warehouse.duckdb"
    run_etl([inputs], db, progress=False)
    return db


def queue(db: Path) -> list[dict]:
    with duckdb.connect(str(db), read_only=True) as con:
        return [r._asdict() for r in queries.run(con, "cluster_review", limit=1000).itertuples(index=False)]


def rows(folder: Path, name: str) -> list[dict[str, str]]:
    with open(folder / name, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_an_unknown_cluster_is_queued_and_accepting_it_puts_its_event_in_it(tmp_path, registry):
    db = load(tmp_path, ("cao_nguyen_da.txt", UNKNOWN))
    unknown = [i for i in queue(db) if i["kind"] == "unknown_cluster"]
    assert [i["written"].lower() for i in unknown] == ["cụm thi đua các tỉnh vùng cao nguyên đá"]
    item = unknown[0]
    assert item["n_events"] == 1
    assert [a["title"] for a in item["articles"]][0].startswith("Hội Nông dân Cụm thi đua")
    assert sorted(item["members_seen"]) == ["Cao Bằng", "Hà Giang", "Lạng Sơn"]

    assert item["network_id"] == "hnd"  # the article names the farmers' association: its network, suggested
    with pytest.raises(ReviewError):  # a new cluster needs a network the registry knows
        accept(item, network_id="nope")
    cluster_id = accept(item)
    run_etl([], db, progress=False)

    added = [r for r in rows(registry, "clusters.csv") if r["cluster_id"] == cluster_id]
    assert [(r["network_id"], r["name"]) for r in added] == [("hnd", "Cụm thi đua các tỉnh vùng cao nguyên đá")]
    members = {r["member"] for r in rows(registry, "cluster_members.csv") if r["cluster_id"] == cluster_id}
    assert members == {"Hà Giang", "Cao Bằng", "Lạng Sơn"}
    roles = {
        (r["year"], r["role"], r["member"])
        for r in rows(registry, "cluster_roles.csv")
        if r["cluster_id"] == cluster_id
    }
    assert roles == {("2024", "head", "Hà Giang"), ("2024", "deputy_head", "Cao Bằng")}
    with duckdb.connect(str(db), read_only=True) as con:
        named = con.execute("select how from event_clusters where cluster_id = ?", [cluster_id]).fetchall()
        evidence = con.execute("select count(*) from cluster_evidence where cluster_id is null").fetchone()
    assert named == [("named",)]
    assert evidence == (0,)
    assert [i for i in queue(db) if i["cluster_id"] == cluster_id or i["kind"] == "unknown_cluster"] == []


def test_an_unknown_name_accepted_as_a_name_of_a_known_cluster(tmp_path, registry):
    db = load(tmp_path, ("cao_nguyen_da.txt", UNKNOWN))
    item = next(i for i in queue(db) if i["kind"] == "unknown_cluster")
    known = rows(registry, "clusters.csv")[0]["cluster_id"]
    assert accept(item, variant_of=known) == known
    run_etl([], db, progress=False)
    target = next(r for r in rows(registry, "clusters.csv") if r["cluster_id"] == known)
    assert target["variants"].split(";")[-1].lower() == "cụm thi đua các tỉnh vùng cao nguyên đá"
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("select how from event_clusters where cluster_id = ?", [known]).fetchall() == [("named",)]


def test_phoihop_clusters_prints_the_queue_and_accepts_by_id(tmp_path, registry, capsys):
    db = load(tmp_path, ("cao_nguyen_da.txt", UNKNOWN))
    assert main(["clusters", "--db", str(db)]) == 0
    printed = capsys.readouterr().out
    item = next(i for i in queue(db) if i["kind"] == "unknown_cluster")
    assert item["item_id"] in printed and "cao nguyên đá" in printed and "not in the registry" in printed
    assert main(["clusters", "--db", str(db), "--accept", "nope"]) == 2
    assert main(["clusters", "--db", str(db), "--accept", item["item_id"], "--network", "nope"]) == 2
    blocked = registry / "clusters.csv.writing"  # where the file is written first: not writable (even by root)
    blocked.mkdir()
    assert main(["clusters", "--db", str(db), "--accept", item["item_id"]]) == 7
    assert "cannot write the registry files" in capsys.readouterr().err
    blocked.rmdir()
    code = main(
        [
            "clusters",
            "--db",
            str(db),
            "--accept",
            item["item_id"],
            "--network",
            "hnd",
            "--corrections",
            str(tmp_path / "c.csv"),
        ]
    )
    assert code == 0
    capsys.readouterr()
    assert main(["clusters", "--db", str(db)]) == 0
    assert item["item_id"] not in capsys.readouterr().out


KNOWN = """Công an 6 tỉnh Cụm thi đua số 5, Bộ Công an sơ kết 6 tháng đầu năm 2023
Ngày 20/7/2023, tại thành phố Vinh, Cụm thi đua số 5, Bộ Công an tổ chức hội nghị sơ kết phong trào thi đua "Vì an ninh Tổ quốc" 6 tháng đầu năm 2023.
Cụm thi đua số 5, Bộ Công an gồm Công an 6 tỉnh: Quảng Trị, Hà Tĩnh, Thanh Hóa, Quảng Bình, Nghệ An và Quảng Nam.
Công an tỉnh Hà Tĩnh làm Cụm trưởng năm 2023.
"""


def test_roster_and_head_differences_are_queued_and_accepted(tmp_path, registry):
    db = load(tmp_path, ("cum5.txt", KNOWN))
    items = {(i["kind"], i["member"]): i for i in queue(db) if i["cluster_id"] == "congan_cum5"}
    assert set(items) == {
        ("member_not_listed", "Quảng Nam"),
        ("member_missing", "Thừa Thiên Huế"),
        ("head_differs", "Hà Tĩnh"),
    }
    head = items["head_differs", "Hà Tĩnh"]
    assert (head["role"], head["year"], head["n_events"]) == ("head", 2023, 1)
    for item in items.values():
        if item["kind"] == "head_differs":  # as a page's row gives it: a number column with gaps is of floats
            item = {**item, "year": float(item["year"])}
        assert accept(item) == "congan_cum5"
    run_etl([], db, progress=False)
    assert [i for i in queue(db) if i["cluster_id"] == "congan_cum5"] == []
    members = {(r["member"], r["valid_from"], r["valid_to"]) for r in rows(registry, "cluster_members.csv")
               if r["cluster_id"] == "congan_cum5"}  # fmt: skip
    assert ("Quảng Nam", "2023", "") in members
    assert ("Thừa Thiên Huế", "2019", "2023-07-20") in members
    roles = [r for r in rows(registry, "cluster_roles.csv") if r["cluster_id"] == "congan_cum5" and r["year"] == "2023"]
    assert [(r["role"], r["member"]) for r in roles] == [("head", "Hà Tĩnh")]


def test_a_simulated_corpus_written_from_the_registry_shows_no_roster_difference(tmp_path):
    """The simulator writes its cluster articles from the registry's rosters ("... gồm các tỉnh: A, B và C"): the
    members read back from them are the registry's, so the queue holds no roster difference."""
    from benchmarks.simulate import write_corpus

    write_corpus(400, 3, tmp_path / "sim")
    db = tmp_path / "warehouse.duckdb"
    run_etl([tmp_path / "sim" / "articles"], db, progress=False)
    with duckdb.connect(str(db), read_only=True) as con:
        matched = con.execute("select count(*) from cluster_evidence where kind = 'roster' and cluster_id is not null")
        assert matched.fetchone()[0] > 50
    assert [i for i in queue(db) if i["kind"] in ("member_not_listed", "member_missing")] == []
