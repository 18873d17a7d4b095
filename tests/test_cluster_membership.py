"""Events belong to clusters by evidence, on a warehouse of six events written by hand
(`tests/fixtures/clusters/register.csv`), loaded by the real ETL against the real registry:

| event | date       | bodies                                   | cluster named        | belongs to                          |
|-------|------------|------------------------------------------|----------------------|-------------------------------------|
| C5    | 2017-03-15 | police of Lạng Sơn, Cao Bằng, Hà Giang   | "cụm thi đua số II"  | police cluster 2, named             |
| C1    | 2024-05-10 | police of Lạng Sơn, Cao Bằng             | -                    | police cluster 2 (its 2016 roster)  |
| C4    | 2024-08-20 | justice departments of the same two      | -                    | the justice network's northern area |
| C6    | 2024-11-05 | tax offices of the same two              | -                    | none: taxes have no cluster network |
| C2    | 2025-09-12 | police of Lạng Sơn, Cao Bằng             | -                    | none: redrawn, now clusters 4 and 3 |
| C3    | 2025-10-03 | police of Cao Bằng, Tuyên Quang          | -                    | police cluster 3 (its 2025 roster)  |
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

import queries
from dashboard.filter_model import Filters
from etl.pipeline import run_etl

REGISTER = Path(__file__).parent / "fixtures" / "clusters"


@pytest.fixture(scope="module")
def ccon(tmp_path_factory):
    db = tmp_path_factory.mktemp("clusters") / "warehouse.duckdb"
    run_etl([REGISTER], db, progress=False)
    connection = duckdb.connect(str(db), read_only=True)
    yield connection
    connection.close()


def memberships(con) -> dict[str, set[tuple[str, str, str | None]]]:
    rows = con.execute(
        "select s.source_id, c.cluster_id, c.how, c.written from event_clusters c join event_sources s using (event_id)"
    ).fetchall()
    out: dict[str, set] = {}
    for source, cluster, how, written in rows:
        out.setdefault(source, set()).add((cluster, how, written))
    return out


def test_named_and_inferred(ccon):
    found = memberships(ccon)
    assert found["C5"] == {("congan_cum2", "named", "cụm thi đua số II")}  # the text as written kept
    assert found["C1"] == {("congan_cum2", "inferred", None)}
    assert found["C4"] == {("tuphap_kv_mnpb", "inferred", None)}  # same provinces, the justice network's own
    assert "C6" not in found


def test_rosters_hold_on_the_events_date(ccon):
    found = memberships(ccon)
    assert "C2" not in found  # after July 2025 Lạng Sơn and Cao Bằng are in two police clusters
    assert found["C3"] == {("congan_cum3", "inferred", None)}  # a 2025 roster, today's Tuyên Quang


def test_the_cluster_filter_shows_that_networks_events_only(ccon):
    events = queries.run(ccon, "events_table", **Filters(cluster_id="congan_cum2").query_params(), lang="vi", limit=50)
    titles = sorted(events["title"])
    assert titles == [
        "Công an 7 tỉnh phía Bắc thuộc Cụm thi đua số II ký giao ước thi đua",
        "Công an Lạng Sơn và Cao Bằng giao ban công tác phối hợp",
    ]  # not the justice, tax or 2025 events in the same provinces
    assert ccon.execute("select cluster_id from events where title like 'Công an 7 tỉnh%'").fetchone() == (
        "congan_cum2",
    )  # the named cluster is the event's own
    described = Filters(cluster_id="congan_cum2", cluster_label="Công an — Cụm thi đua số II").describe()
    assert "nêu tên cụm" in described and "suy ra" in described
