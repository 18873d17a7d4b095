"""The simulated corpus: reproducible, mixed formats, labelled, never mixed with real data."""

from __future__ import annotations

import json

import pytest

from benchmarks.simulate import write_corpus
from etl.pipeline import run_etl
from etl.warehouse import DataQualityError
from tests.conftest import SEEDS


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return write_corpus(400, 11, tmp_path_factory.mktemp("sim"))


def test_same_seed_same_corpus(tmp_path, corpus):
    again = write_corpus(400, 11, tmp_path / "again")
    assert (again / "labels.jsonl").read_text(encoding="utf-8") == (corpus / "labels.jsonl").read_text(encoding="utf-8")


def test_corpus_has_the_variety_asked_for(corpus):
    files = [p for p in (corpus / "articles").rglob("*") if p.is_file() and not p.name.startswith(".")]
    assert {p.suffix for p in files} == {".txt", ".html", ".jsonl"}
    gold = [json.loads(x)["gold"] for x in (corpus / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(gold) == 400
    events = [g for g in gold if g["is_event"]]
    assert 0.1 < 1 - len(events) / len(gold) < 0.3  # about 20% non-events
    assert {g["event_type"] for g in events} == {"agreement", "meeting"}
    assert {g["level"] for g in events} >= {"province", "inter-provincial", "district"}
    assert any(g["event_date"] >= "2025-07" for g in events) and any(g["event_date"] < "2016" for g in events)
    assert any(g["cluster"] for g in events)
    assert len({g["province"] for g in events}) > 30


@pytest.mark.slow
def test_extraction_on_the_simulated_corpus(corpus):
    from etl.evaluate import load_gold, predict, score

    metrics, _ = score(load_gold(corpus / "labels.jsonl"), predict([str(corpus / "articles")]))
    assert metrics["event_f1"] > 0.95 and metrics["province"] > 0.9


@pytest.mark.slow
def test_simulated_and_real_never_mix(corpus, tmp_path):
    db = tmp_path / "real.duckdb"
    run_etl([SEEDS], db, progress=False)
    with pytest.raises(DataQualityError, match="simulated_and_real_never_mix"):
        run_etl([corpus / "articles"], db, progress=False)


def test_simulated_cluster_meetings_follow_the_registry():
    """Clusters of several networks, on days their rosters held (before and after the 2025 redrawing), named as
    articles name them; the gold cluster is the name as written."""
    import random
    from datetime import date

    from benchmarks.simulate import _cluster_meeting
    from etl.clusters import match_cluster, registry

    rng = random.Random(5)
    by_id = {c.cluster_id: c for c in registry()}
    seen_networks, shapes, redrawn = set(), set(), set()
    for _ in range(300):
        title, text, gold, _published = _cluster_meeting(rng)
        written = gold["cluster"]
        assert written in text  # as written
        day = date.fromisoformat(gold["event_date"])
        cid = match_cluster(written, title + " " + text, gold["provinces_involved"], day)
        assert cid is not None, written
        assert set(gold["provinces_involved"]) == set(by_id[cid].roster(day))
        seen_networks.add(by_id[cid].network_id)
        shapes |= {s for s in ("số I", "số V", "hoạt động", "tỉnh ", "Cụm trưởng", "gồm") if s in written or s in text}
        if any(m.valid_to or (m.valid_from and m.valid_from.year == 2025) for m in by_id[cid].members):
            redrawn.add("after" if day >= date(2025, 7, 1) else "before")
    assert len(seen_networks) >= 8
    assert shapes >= {"số I", "số V", "tỉnh ", "Cụm trưởng", "gồm"}
    assert redrawn == {"before", "after"}
