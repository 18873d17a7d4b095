"""Property-based tests: whatever arrives, nothing raises out of the pipeline; every input becomes an event
record, a non-event or a reject with a reason."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from etl.cleaning import clean_article
from etl.dates import find_event_date, find_full_date, parse_partial
from etl.documents import Document, process
from etl.encodings import decode_bytes
from etl.extract import extract
from etl.reading import RawDocument, Reject, parse_crawler_record, read_file

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
VIETNAMESE = st.text(
    alphabet=st.sampled_from(
        list("aăâbcdđeêghiklmnoôơpqrstuưvxyàáạảãềếệểễọộốồổỗờớợởỡ ,.:/-0123456789ABCĐHKLMNPQSTVXÝ\n")
    ),
    max_size=3000,
)
FRAGMENTS = st.lists(
    st.sampled_from(
        [
            "Ký kết chương trình phối hợp",
            "giữa",
            "Hội Nông dân tỉnh",
            "Ban Tuyên giáo Tỉnh ủy",
            "và",
            "Sở Tư pháp",
            "Sáng 31/02",
            "ngày 99/99/9999",
            "giai đoạn 2030-2010",
            "năm 1066",
            "năm 2999",
            "cụm 3",
            "Đài PT-TH tỉnh",
            "huyện Tiên Lữ",
            "xã An Nông",
            "sơ kết",
            "giao ban",
            "TP.HCM",
            "Thừa Thiên Huế",
            "\n",
            ". ",
            "lich truyen hinh truc tiep bong da",
        ]
    ),
    max_size=60,
).map(" ".join)


def _never_raises(text: str, title: str | None = None) -> None:
    article = clean_article("x", text, title=title)
    record = extract(article).record.validate()
    assert isinstance(record.is_event, bool)
    if record.event_date:
        assert 1990 <= int(record.event_date[:4]) <= 2100


@SETTINGS
@given(st.binary(max_size=5000))
def test_arbitrary_bytes_decode_or_are_refused(data):
    try:
        text, encoding = decode_bytes(data)
    except UnicodeError:
        return
    assert isinstance(text, str) and encoding


@SETTINGS
@given(st.text(max_size=3000))
def test_arbitrary_unicode_never_raises(text):
    _never_raises(text)


@SETTINGS
@given(VIETNAMESE)
def test_vietnamese_like_noise_never_raises(text):
    _never_raises(text)


@SETTINGS
@given(FRAGMENTS, FRAGMENTS)
def test_event_like_fragments_never_raise(title, body):
    _never_raises(body, title=title)


@SETTINGS
@given(st.text(max_size=200))
def test_dates_never_raise(text):
    find_full_date(text)
    find_event_date(text, None, None)
    parse_partial(text)


def test_impossible_dates_are_not_dates():
    assert find_full_date("ngày 31/02/2024") is None
    assert find_full_date("99/99/9999") is None
    assert find_full_date("ngày 12 tháng 13 năm 2024") is None
    assert parse_partial("2999") is None and parse_partial("1066") is None


@pytest.mark.slow
def test_huge_line_is_handled():
    _never_raises("Ký kết chương trình phối hợp " + "a" * 2_000_000)


@SETTINGS
@given(
    st.recursive(
        st.just("<div>") | st.just("<p>Ký kết</p>") | st.just("<span>"),
        lambda inner: st.tuples(inner, inner).map("".join),
        max_leaves=50,
    )
)
def test_nested_or_truncated_html_never_raises(html):
    result = process(RawDocument("h", "h.html", None, html=html))
    assert isinstance(result, Document | Reject)


@SETTINGS
@given(st.text(max_size=500) | st.binary(max_size=500))
def test_malformed_crawler_lines_become_rejects_or_documents(line):
    item = parse_crawler_record(line, "c.jsonl", 1, "c-1")
    assert isinstance(item, RawDocument | Reject)
    if isinstance(item, Reject):
        assert item.reason


@pytest.mark.slow
@SETTINGS
@given(st.lists(st.lists(st.text(max_size=30) | st.integers().map(str), max_size=12), max_size=20))
def test_csv_with_any_columns_never_raises(tmp_path_factory, rows):
    import csv

    path = tmp_path_factory.mktemp("csv") / "register.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([["event_type", "event_date", "province"], *rows])
    for item in read_file(path):
        result = item if isinstance(item, Reject) else process(item)
        assert isinstance(result, Document | Reject)
        if isinstance(result, Reject):
            assert result.reason


def test_deeply_nested_json_is_a_reject():
    line = "[" * 100_000 + "]" * 100_000
    item = parse_crawler_record(line, "c.jsonl", 1, "c-1")
    assert isinstance(item, Reject)
    assert isinstance(parse_crawler_record(json.dumps({"text": 5}), "c.jsonl", 2, "c-2"), Reject)
