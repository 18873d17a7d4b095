"""The derived tables as SQL models: built in dependency order, with the column checks each declares."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import duckdb
import pytest

from etl import models, reference
from etl.models import MODELS_DIR
from etl.pipeline import DataQualityError, run_etl
from etl.places import gazetteer
from tests.conftest import SEEDS


def _write(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir()
    for name, sql in files.items():
        (folder / name).write_text(sql, encoding="utf-8")
    return folder


def test_models_run_after_what_they_name_whatever_their_numbers(tmp_path):
    folder = _write(
        tmp_path / "m",
        {
            "10_totals.sql": "-- sums\nselect sum(n) as total from numbers  -- names 'doubled' only here\n",
            "20_numbers.sql": "select n * 2 as n from doubled",
            "30_doubled.sql": "select range as n from range(4)",
        },
    )
    loaded = models.load_models(folder)
    assert [m.name for m in models.in_order(loaded)] == ["doubled", "numbers", "totals"]
    con = duckdb.connect()
    assert models.build(con, loaded) == {"doubled": 4, "numbers": 4, "totals": 1}
    assert con.execute("select total from totals").fetchone() == (12,)


def test_upstream_is_the_models_named_and_all_they_read():
    loaded = models.load_models(MODELS_DIR)
    _, event_models = models.split_layers(loaded)
    first = models.upstream(event_models, ["event_place_names", "not_a_model"])
    assert {"event_place_names", "event_places", "event_documents"} <= first
    assert "events" not in first and "not_a_model" not in first
    deps = models.dependencies(event_models)
    assert all(d in first for name in first for d in deps[name] if d in deps)


def test_a_cycle_or_a_bad_check_is_refused(tmp_path):
    cycle = models.load_models(_write(tmp_path / "c", {"10_a.sql": "select * from b", "20_b.sql": "select * from a"}))
    with pytest.raises(models.ModelError, match="cycle"):
        models.in_order(cycle)
    with pytest.raises(models.ModelError, match="unknown check"):
        models.load_models(_write(tmp_path / "k", {"10_a.sql": "-- checks:\n--   x: positive\nselect 1 as x"}))


def test_declared_checks_count_the_rows_that_break_them(tmp_path):
    folder = _write(
        tmp_path / "m",
        {
            "10_kinds.sql": "select * from (values ('a'), ('b')) t(kind)",
            "20_things.sql": (
                "-- checks:\n"
                "--   id: not_null, unique\n"
                "--   kind: relationships(kinds.kind where kind <> 'b')\n"
                "--   (id, kind): unique\n"
                "select * from (values (1, 'a'), (1, 'b'), (null, 'c')) t(id, kind)\n"
            ),
        },
    )
    loaded = models.load_models(folder)
    con = duckdb.connect()
    models.build(con, loaded)
    assert models.failed_checks(con, loaded) == [
        "things.id not_null (1 rows)",
        "things.id unique (1 rows)",
        "things.kind relationships(kinds.kind where kind <> 'b') (2 rows)",
    ]


def test_every_derived_table_is_a_model_with_checks():
    loaded = {m.name: m for m in models.load_models()}
    marts = {"events", "event_sources", "organisations", "event_parties", "event_topics", "event_provinces"}
    marts |= {"event_fields", "event_places", "provinces", "cluster_members", "units", "unit_geographies"}
    assert marts <= set(loaded)
    assert all(loaded[name].checks for name in marts)
    reference_models, event_models = models.split_layers(list(loaded.values()))
    assert {"units", "provinces"} <= {m.name for m in reference_models}
    assert "events" in {m.name for m in event_models}


def test_accepted_values_come_from_the_reference_files(tmp_path, monkeypatch):
    """A level the reference file does not list fails the load, named by the model's check: the accepted
    values are data (levels.csv), not literals in a check."""
    folder = tmp_path / "reference"
    shutil.copytree(reference.REFERENCE_DIR, folder)
    rows = [r for r in csv.DictReader((folder / "levels.csv").open(encoding="utf-8")) if r["level"] != "province"]
    with (folder / "levels.csv").open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=["level", "description"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    monkeypatch.setenv("PHOIHOP_REFERENCE", str(folder))  # tables are read per folder; the gazetteer is kept
    gazetteer.cache_clear()
    db = tmp_path / "w.duckdb"
    try:
        with pytest.raises(DataQualityError, match=r"events\.level relationships\(ref_levels\.level\)"):
            run_etl([SEEDS], db, progress=False)
    finally:
        monkeypatch.undo()
        gazetteer.cache_clear()
    assert not db.exists()
