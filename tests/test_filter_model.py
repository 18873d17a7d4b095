"""The shared filter set: URL round trip, bad URLs, previous period, quick picks, descriptions; formats."""

from __future__ import annotations

from datetime import date

from dashboard.filter_model import Filters, from_url, quick_pick_range
from dashboard.formatting import fmt_date, fmt_delta, fmt_int, vi_sorted


def test_url_round_trip():
    f = Filters(
        date_from=date(2022, 1, 1),
        date_to=date(2022, 6, 30),
        pick="custom",
        event_type="meeting",
        region="Tây Nguyên",
        province="Gia Lai",
        cluster_id="x",
        topic="khuyen_hoc",
        level="province",
        geography="current",
        search="ninh binh",
        lang="en",
        grain="month",
        network="Hội Khuyến học",
    )
    assert from_url(f.to_url()) == f
    assert f.to_url()["grain"] == "month" and f.to_url()["network"] == "Hội Khuyến học"
    assert Filters().to_url() == {}


def test_malformed_url_values_fall_back_to_defaults():
    f = from_url(
        {"from": "2022-13-45", "type": "party", "geo": "mars", "lang": "fr", "level": "x", "zzz": "1", "grain": "week"}
    )
    assert f == Filters()


def test_previous_equal_period():
    f = Filters(date_from=date(2023, 1, 1), date_to=date(2023, 6, 30))
    prev = f.previous_period()
    assert (prev.date_from, prev.date_to) == (date(2022, 7, 1), date(2022, 12, 31))
    odd = Filters(date_from=date(2023, 3, 10), date_to=date(2023, 3, 19)).previous_period()
    assert (odd.date_from, odd.date_to) == (date(2023, 2, 28), date(2023, 3, 9))
    assert Filters().previous_period() is None


def test_quick_picks():
    today = date(2024, 5, 10)
    assert quick_pick_range("this_year", today) == (date(2024, 1, 1), date(2024, 12, 31))
    assert quick_pick_range("last_year", today) == (date(2023, 1, 1), date(2023, 12, 31))
    assert quick_pick_range("h2", today) == (date(2024, 7, 1), date(2024, 12, 31))
    assert quick_pick_range("q3", today) == (date(2024, 7, 1), date(2024, 9, 30))
    assert quick_pick_range("all", today) == (None, None)


def test_description_names_every_active_filter():
    text = Filters(
        date_from=date(2020, 11, 17), date_to=date(2020, 12, 31), event_type="agreement", province="Ninh Bình"
    ).describe()
    assert "17/11/2020 – 31/12/2020" in text and "Ký kết" in text and "Ninh Bình" in text
    assert "Theo thời điểm" in text
    assert "Agreement" in Filters(event_type="agreement", lang="en").describe()


def test_vietnamese_formats_and_order():
    assert fmt_int(1234567) == "1.234.567"
    assert fmt_date("2020-11-17") == "17/11/2020" and fmt_date("2019") == "2019"
    import pandas as pd

    assert fmt_date(pd.Timestamp("2026-03-13")) == "13/03/2026"
    assert vi_sorted(["Đà Nẵng", "Điện Biên", "Cà Mau", "Cao Bằng", "Bắc Giang", "Bà Rịa - Vũng Tàu", "An Giang"]) == [
        "An Giang",
        "Bà Rịa - Vũng Tàu",
        "Bắc Giang",
        "Cà Mau",
        "Cao Bằng",
        "Đà Nẵng",
        "Điện Biên",
    ]


def test_english_writes_numbers_and_regions_as_english_does():
    assert fmt_int(2367, "en") == "2,367" and fmt_int(2367, "vi") == "2.367" and fmt_int(-1234567, "en") == "-1,234,567"
    assert fmt_delta(2367, 0, "en") == "+2,367" and fmt_delta(0, 2367) == "-2.367"
    described = Filters(region="Đồng bằng sông Hồng", province="Hà Nội", lang="en").describe()
    assert "Region: Red River Delta" in described and "Hà Nội" in described  # province names stay Vietnamese
    assert "Vùng: Đồng bằng sông Hồng" in Filters(region="Đồng bằng sông Hồng").describe()


def test_every_region_of_the_reference_has_an_english_name():
    import csv

    from dashboard.i18n import REGIONS_CSV, region_name

    rows = list(csv.DictReader(REGIONS_CSV.open(encoding="utf-8")))
    used = {r["region_id"] for r in _reference("admin_units.csv")}
    assert used <= {r["region_id"] for r in rows}
    for row in rows:
        assert row["name_en"].strip() and region_name(row["name_vi"], "en") == row["name_en"]
    assert region_name("—", "en") == "—"  # anything else unchanged


def _reference(name: str) -> list[dict]:
    import csv

    from tests.conftest import ROOT

    return list(csv.DictReader((ROOT / "data" / "reference" / name).open(encoding="utf-8")))


def test_a_selected_period_narrows_to_it():
    f = Filters(event_type="agreement")
    assert Filters.narrowed_to_period(f, date(2023, 4, 1), "quarter").date_to == date(2023, 6, 30)
    month = f.narrowed_to_period(date(2024, 2, 1), "month")
    assert (month.date_from, month.date_to, month.event_type) == (date(2024, 2, 1), date(2024, 2, 29), "agreement")
    assert f.narrowed_to_period(date(2021, 1, 1), "year").date_to == date(2021, 12, 31)
