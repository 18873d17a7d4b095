"""The development set (tests/fixtures/articles, written by us): extraction holds the issue's targets."""

from __future__ import annotations

import json

import pytest

from etl.documents import process
from etl.evaluate import TARGETS, load_gold, predict, score
from etl.places import gazetteer
from etl.reading import Reject, read_paths
from tests.conftest import FIXTURES

ARTICLES = FIXTURES / "articles"
GOLD = load_gold(ARTICLES / "labels.jsonl")


@pytest.fixture(scope="module")
def metrics():
    return score(GOLD, predict([str(ARTICLES)]))


def test_the_set_covers_what_real_sites_publish():
    events = [g for g in GOLD.values() if g["is_event"]]
    assert len(events) >= 60 and len(GOLD) - len(events) >= 15
    regions = {gazetteer().region_of(g["province"]) for g in events if g["province"]}
    assert len(regions) == 6
    assert {g["level"] for g in events} == {"central", "inter-provincial", "province", "district", "commune"}
    years = {int(g["event_date"][:4]) for g in events}
    assert min(years) <= 2016 and max(years) >= 2025
    assert any(g["event_date"] >= "2025-07" for g in events)  # today's geography
    assert {g["event_type"] for g in events} == {"agreement", "meeting"}


@pytest.mark.parametrize("metric", sorted(TARGETS))
def test_metric_meets_target(metrics, metric):
    values, misses = metrics
    assert values[metric] >= TARGETS[metric], "\n".join(misses)


def test_no_article_fails_extraction():
    for item in read_paths(sorted(ARTICLES.glob("*.txt"))):
        assert not isinstance(item, Reject)
        assert not isinstance(process(item), Reject), item.path


def test_labels_use_known_codes():
    topics = {
        "khuyen_hoc",
        "tuyen_truyen",
        "thi_dua_khen_thuong",
        "dan_van",
        "khoa_giao",
        "phap_luat",
        "quoc_phong_an_ninh",
        "kinh_te",
        "xa_hoi",
        "van_hoa",
        "other",
    }
    for line in (ARTICLES / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)["gold"]
        assert set(gold["topics"]) <= topics
