"""Shared fixtures: the real seed articles, fixture inputs and one real warehouse built once per session."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb
import pytest

from etl.pipeline import run_etl

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "data" / "raw"
FIXTURES = ROOT / "tests" / "fixtures"
INPUTS = FIXTURES / "inputs"
ARTICLES = FIXTURES / "articles"
TINY = FIXTURES / "tiny"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def seed_labels() -> dict[str, dict]:
    rows = [json.loads(x) for x in (FIXTURES / "seed_labels.jsonl").read_text(encoding="utf-8").splitlines() if x]
    return {r["id"]: r["gold"] for r in rows}


@pytest.fixture(scope="session")
def warehouse(tmp_path_factory) -> Path:
    """A warehouse built from the seeds, the development-set articles and every fixture input (broken ones too)."""
    db = tmp_path_factory.mktemp("wh") / "warehouse.duckdb"
    run_etl([SEEDS, INPUTS, *sorted(ARTICLES.glob("*.txt"))], db, progress=False)
    return db


@pytest.fixture(scope="session")
def tiny_warehouse(tmp_path_factory) -> Path:
    """Eight events written by hand (`tests/fixtures/tiny/register.csv`), loaded by the real ETL: every chart
    count on it is worked out by hand in `tests/test_tiny_warehouse.py`."""
    db = tmp_path_factory.mktemp("tiny") / "warehouse.duckdb"
    run_etl([TINY], db, progress=False)
    return db


@pytest.fixture()
def con(warehouse):
    connection = duckdb.connect(str(warehouse), read_only=True)
    yield connection
    connection.close()


def copy_inputs(*paths: Path, dest: Path) -> Path:
    dest.mkdir(parents=True, exist_ok=True)
    for p in paths:
        if p.is_dir():
            shutil.copytree(p, dest / p.name, dirs_exist_ok=True)
        else:
            shutil.copy2(p, dest / p.name)
    return dest


@pytest.fixture(scope="session")
def programs_warehouse(tiny_warehouse, tmp_path_factory) -> Path:
    """The tiny warehouse with four programs linked to its events by hand (tests/programs_fixture.py)."""
    from tests.programs_fixture import build

    return build(tiny_warehouse, tmp_path_factory.mktemp("programs") / "warehouse.duckdb")
