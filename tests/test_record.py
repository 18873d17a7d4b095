"""The event record: one definition, validated, documented in the repository, printed in contract order."""

from __future__ import annotations

import json
import re

import pytest

from etl.documents import contract_line, process
from etl.reading import RawDocument
from etl.record import FIELDS, EventRecord, RecordError
from tests.conftest import ROOT, SEEDS

VALID = EventRecord(
    is_event=True,
    event_type="agreement",
    event_date="2024-05",
    province="Nghệ An",
    province_current="Nghệ An",
    region="Bắc Trung Bộ và duyên hải miền Trung",
    provinces_involved=("Nghệ An", "Hà Tĩnh"),
    level="inter-provincial",
    parties=("Hội Khuyến học tỉnh Nghệ An", "Hội Khuyến học tỉnh Hà Tĩnh"),
    topics=("khuyen_hoc",),
    period_start=2021,
    period_end=2025,
    cluster="cụm 3",
)


def test_a_valid_record_passes_and_keeps_its_values():
    assert VALID.validate() is VALID
    assert EventRecord().validate() == EventRecord()  # a non-event: every field empty
    assert EventRecord.from_dict(json.loads(json.dumps(VALID.to_dict()))) == VALID


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"event_type": "signing"}, "unknown event_type 'signing' (agreement or meeting)"),
        ({"event_type": None}, "an event needs an event_type"),
        ({"is_event": "yes"}, "is_event must be true or false"),
        ({"event_date": "10/05/2024"}, "invalid event_date '10/05/2024'"),
        ({"event_date": "2024-02-30"}, "invalid event_date '2024-02-30'"),
        ({"event_date": "2024-13"}, "invalid event_date '2024-13'"),
        ({"event_date": "1850"}, "invalid event_date '1850'"),
        ({"level": "national"}, "unknown level 'national'"),
        ({"topics": ("khuyen_hoc", "sport")}, "unknown topic code(s): sport"),
        ({"parties": ["a list, not a tuple"]}, "parties must be a list of text"),
        ({"provinces_involved": ("Nghệ An", None)}, "provinces_involved must be a list of text"),
        ({"period_start": "2021"}, "period_start must be a year"),
        ({"period_end": 2020}, "period ends (2020) before it starts (2021)"),
        ({"province": 42}, "province must be text"),
    ],
)
def test_a_broken_field_is_refused_with_its_reason(change, reason):
    from dataclasses import replace

    with pytest.raises(RecordError) as caught:
        replace(VALID, **change).validate()
    assert str(caught.value).startswith(reason)


def test_extract_prints_the_contract_fields_in_their_documented_order():
    doc = process(RawDocument("004", str(SEEDS / "004_16563717b9753c0b.txt"), None, text=_seed("004")))
    line = contract_line(doc, "004")
    keys = list(line)
    assert keys[4 : 4 + len(FIELDS)] == list(FIELDS)
    assert keys[:4] == ["source_id", "title", "url", "published_date"] and keys[-2:] == ["flags", "confidence"]


def test_every_field_is_documented_in_the_repository_in_order():
    documented = re.findall(r"^\| (\w+(?:, \w+)?) \|", (ROOT / "docs" / "event_record.md").read_text("utf-8"), re.M)
    fields = [f for row in documented for f in row.split(", ") if f not in ("field", "column", "role")]
    assert fields[: len(FIELDS)] == list(FIELDS)


def _seed(prefix: str) -> str:
    return next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")
