"""The shared filter set: URL round trip, bad URLs, previous period, quick picks, descriptions; a filter added
as one object reaching the URL, the caption and the queries; formats."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

import queries
from dashboard.filter_model import Choice, Filter, Filters, filters_of, from_url, quick_pick_range
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


@dataclass(frozen=True)
class WithPeriod(Filters):
    """The shared set and one filter more, added here as one object: events with (or without) a stated program
    period. No .sql file names it; its label and values have no strings, so they are shown as their keys."""

    has_period: str | None = Filter(
        url="period",
        choices=("yes", "no"),
        label="has_period",
        widget=Choice(),
        sql="(period_start is not null) = ($has_period = 'yes')",
    ).field()


def test_a_filter_added_as_one_object_reaches_the_url_and_the_caption():
    f = WithPeriod(has_period="yes", event_type="meeting")
    assert f.to_url() == {"period": "yes", "type": "meeting"}
    assert from_url(f.to_url(), WithPeriod) == f
    assert from_url({"period": "maybe"}, WithPeriod) == WithPeriod()  # its values are checked like the others'
    assert "has_period: yes" in f.describe() and "has_period" not in WithPeriod().describe()
    assert [s.name for s in filters_of(WithPeriod)][-1] == "has_period"  # the sidebar draws it last
    assert not any("has_period" in p.read_text(encoding="utf-8") for p in queries.QUERY_DIR.rglob("*.sql"))


@pytest.mark.parametrize("name", ["events_count", "headline_figures"])  # the second widens the base relation
def test_a_filter_added_as_one_object_narrows_every_filtered_query(con, name):
    def events(f: Filters) -> int:
        return int(queries.run(con, name, **f.query_params())["events"].iloc[0])

    stated = con.execute("select count(*) from events where period_start is not null").fetchone()[0]
    everything = events(WithPeriod())
    assert 0 < stated < everything
    assert events(WithPeriod(has_period="yes")) == stated
    assert events(WithPeriod(has_period="no")) == everything - stated
    sql = "select count(*) from events where period_start is null and event_type = 'meeting'"
    assert events(WithPeriod(has_period="no", event_type="meeting")) == con.execute(sql).fetchone()[0]


def test_a_query_can_widen_the_base_relation_by_name(con):
    """`filtered_events(date_from := null)` keeps every filter but the start; unknown names are refused."""
    last = con.execute("select max(event_day) from events").fetchone()[0]
    f = Filters(date_from=last)
    on_last_day = queries.run(con, "events_count", **f.query_params())["events"].iloc[0]
    in_force = queries.run(con, "programs_in_force", **f.query_params())  # signed before the period too
    expected = con.execute(
        """select count(*) from events where event_type = 'agreement' and event_day <= ?
        and coalesce(period_start, year(event_day)) <= ? and coalesce(period_end, period_start, year(event_day)) >= ?""",
        [last, last.year, last.year],
    ).fetchone()[0]
    assert in_force["year"].tolist() == [last.year] and in_force["programs"].iloc[0] == expected > on_last_day
    wide = queries.Base(("($province is null or list_contains(places, $province))",))
    with pytest.raises(queries.QueryError, match="no parameter"):
        queries.run(con, "programs_in_force", **{**f.query_params(), queries.FILTERED: wide})
    with pytest.raises(queries.QueryError, match="missing"):
        queries.run(con, "events_count", province="Ninh Bình")


def test_every_filter_is_wired_whole():
    """Each filter has its own URL key, its strings, and a condition on its own parameter only."""
    from dashboard.filter_model import specs
    from dashboard.i18n import has

    urls = [s.url for s in specs()]
    assert len(urls) == len(set(urls))
    for spec in filters_of():
        assert has(spec.label) and (spec.note is None or has(spec.note)), spec.name
        own = queries.param_names(spec.sql)  # its value, or one the runner derives from its value alone
        looked_up = own & queries.derived().keys()
        assert own - looked_up <= {spec.name} and own, spec.name
        assert all(queries.param_names(queries.derived()[p]) - {"geography"} == {spec.name} for p in looked_up)
