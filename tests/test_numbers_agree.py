"""The numbers a leader reads agree with each other and with the evidence behind them, on a real warehouse
(the seeds, the development set and the fixture inputs): a bar and the list behind it, the headline and the
per-year chart and the report, one name per unit, like-for-like comparisons, a cluster and its network."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pandas as pd
import pytest

import queries
from dashboard import charts, figures
from dashboard.filter_model import Filters
from dashboard.report import content
from dashboard.report.scope import Scope
from etl.event_types import type_codes


def _ask(con):
    return charts.asker(lambda name, **params: queries.run(con, name, **params))


@pytest.mark.parametrize("geography", ["time", "current"])
def test_a_province_bar_lists_exactly_the_events_it_counts(con, geography):
    ask = _ask(con)
    f = Filters(geography=geography)
    bars = figures.type_table(ask("province_ranking", f), "province").reset_index()  # a bar per province
    assert len(bars) > 5
    for row in bars.to_dict("records"):
        listed = ask("events_table", replace(f, province=row["province"]), lang="vi", limit=100_000)
        assert len(listed) == row["events"], row["province"]
        for kind in type_codes():  # each segment of the bar
            assert (listed["event_type"] == kind).sum() == row[kind], row["province"]
    # a province that only took part (another hosted) is in its own list
    assert any(
        (ask("events_table", replace(f, province=p), lang="vi", limit=100_000)["place"] != p).any()
        for p in bars["province"]
    )


@pytest.mark.parametrize("geography", ["time", "current"])
def test_a_region_bar_lists_exactly_the_events_it_counts(con, geography):
    """Central bodies' events belong to no region: their bar ("Trung ương") lists them too."""
    ask = _ask(con)
    f = Filters(geography=geography)
    bars = figures.type_table(ask("events_by_region", f), "region").reset_index()
    assert "—" in set(bars["region"])
    for row in bars.to_dict("records"):
        narrowed = replace(f, region=row["region"])
        assert len(ask("events_table", narrowed, lang="vi", limit=100_000)) == row["events"], row["region"]
    assert "Trung ương" in replace(f, region="—").describe()


def test_partners_are_the_other_provinces_of_its_events(con):
    ask = _ask(con)
    busiest = figures.type_table(ask("province_ranking", Filters()), "province")["events"].idxmax()
    partners = ask("partner_provinces", Filters(province=busiest))
    assert busiest not in set(partners["province"])
    events = ask("events_table", Filters(province=busiest), lang="vi", limit=100_000)
    assert partners["events"].max() <= len(events)


@pytest.mark.parametrize(("geography", "units"), [("time", "legacy"), ("current", "current")])
def test_one_unit_one_name_in_each_geography(con, geography, units):
    """A 2025 "Huế" and an older "Thừa Thiên Huế" are one unit: counted once, under the geography's name."""
    assert con.execute("select count(*) from events where list_contains(places_time, 'Huế')").fetchone()[0] > 0
    ask = _ask(con)
    f = Filters(geography=geography)
    ranking = ask("province_ranking", f)
    names = set(ranking.loc[ranking["events"] > 0, "province"])  # the provinces with events (it lists every one)
    known = {r[0] for r in con.execute("select province from provinces where geography = ?", [units]).fetchall()}
    assert names <= known
    assert int(ask("headline_figures", f).iloc[0]["provinces"]) == len(names)
    hosts = set(ask("events_table", f, lang="vi", limit=100_000)["place"].dropna())
    assert hosts <= known


@pytest.mark.parametrize(
    "f",
    [
        Filters(),
        Filters(date_from=date(2024, 1, 1), date_to=date(2024, 12, 31), pick="custom"),
        Filters(date_from=date(2020, 1, 1), date_to=date(2025, 6, 30), pick="custom", event_type="meeting"),
        Filters(region="Đồng bằng sông Hồng"),
    ],
    ids=["all", "2024", "meetings-2020-2025", "region"],
)
def test_programs_in_force_mean_one_thing_everywhere(con, f):
    ask = _ask(con)
    headline = ask("headline_figures", f).iloc[0]
    per_year = ask("programs_in_force", f)
    assert not per_year.empty
    assert int(per_year.iloc[-1]["year"]) == int(headline["in_force_year"])
    assert int(per_year.iloc[-1]["programs"]) == int(headline["programs_in_force"])


def test_the_whole_period_headline_is_not_every_agreement(con):
    """In force at the data's last day, not every program ever signed."""
    headline = _ask(con)("headline_figures", Filters())
    agreements = headline.set_index("event_type").loc["agreement", "type_events"]
    assert 0 < int(headline.iloc[0]["programs_in_force"]) < int(agreements)


def test_the_report_prints_the_same_programs_in_force(con):
    ask = _ask(con)
    made = content.build(ask, Scope("all"), date(2015, 1, 1), date(2026, 12, 31), "vi", date(2026, 11, 29))
    numbers = next(s for s in made.slides if s.kind == "numbers")
    row = numbers.table.set_index("").loc["Chương trình còn hiệu lực"]
    compared = made.filters.compared_periods(ask("data_extent").iloc[0]["last_day"])
    expected = int(ask("headline_figures", compared[0]).iloc[0]["programs_in_force"])
    assert row.iloc[0].replace(".", "") == str(expected)
    assert "Chương trình còn hiệu lực:" in numbers.subtitle
    per_year = next(s for s in made.slides if s.kind == "chart" and "hiệu lực" in s.title)
    assert "Còn hiệu lực trong năm" in _words(per_year.figure)


def test_comparison_is_like_for_like():
    """This year up to the data's last day against the same days of last year, not all of last year."""
    f = Filters(date_from=date(2026, 1, 1), date_to=date(2026, 12, 31), pick="this_year")
    now, before = f.compared_periods(date(2026, 10, 30))
    assert (now.date_from, now.date_to) == (date(2026, 1, 1), date(2026, 10, 30))
    assert (before.date_from, before.date_to) == (date(2025, 1, 1), date(2025, 10, 30))
    h2 = Filters(date_from=date(2026, 7, 1), date_to=date(2026, 12, 31)).compared_periods(date(2026, 8, 31))
    assert (h2[1].date_from, h2[1].date_to) == (date(2026, 1, 1), date(2026, 2, 28))
    whole = Filters(date_from=date(2025, 1, 1), date_to=date(2025, 12, 31)).compared_periods(date(2026, 10, 30))
    assert (whole[1].date_from, whole[1].date_to) == (date(2024, 1, 1), date(2024, 12, 31))
    assert Filters().compared_periods(date(2026, 10, 30)) is None


def test_year_only_events_are_counted_and_said_on_finer_charts(con):
    ask = _ask(con)
    f = Filters()
    year_only = con.execute("select count(*) from events where date_precision = 'year'").fetchone()[0]
    assert year_only > 0
    monthly = ask("events_by_month", f)
    assert int(monthly["events"].sum()) == int(ask("headline_figures", f).iloc[0]["events"])
    fig = figures.activity_by_month_figure(monthly, "vi", "note")
    drawn = sum(sum(trace.y) for trace in fig.data)
    assert drawn == int(monthly["events"].sum()) - year_only
    assert f"{year_only} sự kiện chỉ biết năm" in _words(fig)
    for grain, said in (("quarter", True), ("year", False)):
        periods = ask("events_by_period", f, grain=grain)
        title = _words(figures.events_by_period_figure(periods, grain, "en"))
        assert ("known only to the year" in title) is said


def _words(fig) -> str:
    """The title and its note as read, whatever lines the note was wrapped on."""
    return " ".join(re.sub(r"<[^>]+>", " ", fig.layout.title.text).split())


def test_unplaced_text_names_each_precision():
    df = pd.DataFrame(
        {
            "month": [pd.Timestamp("2024-01-01"), None, None, None],
            "precision": ["day", "year", "none", "year"],
            "event_type": ["agreement", "agreement", "meeting", "meeting"],
            "events": [5, 2, 1, 1],
        }
    )
    assert figures.unplaced_text(df, "month", "vi") == (
        "Không có trên biểu đồ (vẫn có trong các số đếm): 3 sự kiện chỉ biết năm, 1 sự kiện không rõ ngày"
    )
    assert figures.unplaced_text(df.head(1), "month", "vi") == ""


def test_cluster_filter_on_the_warehouse_keeps_the_networks_events(con):
    rows = con.execute(
        "select e.cluster_id, e.parties_text, c.how from events e join event_clusters c using (event_id) "
        "where list_contains(e.cluster_ids, 'khuyenhoc_dbsh_cum3') and c.cluster_id = 'khuyenhoc_dbsh_cum3'"
    ).fetchall()
    assert rows
    for cluster_id, parties, how in rows:  # named, or every party a learning-promotion association
        assert (how == "named" and cluster_id == "khuyenhoc_dbsh_cum3") or (
            how == "inferred" and all("khuyến học" in p.lower() for p in parties.split("; "))
        )
    described = Filters(cluster_id="khuyenhoc_dbsh_cum3", cluster_label="Hội Khuyến học — cụm 3").describe()
    assert "nêu tên cụm, hoặc suy ra" in described


@pytest.mark.parametrize("geography", ["time", "current"])
def test_a_provinces_headline_counts_its_events_places_and_bodies(con, geography):
    """With a province chosen, headline_figures keeps its events once (the plan a search takes): its figures are
    still those events counted by type, the units they touch and their distinct bodies, in every period and type."""
    ask = _ask(con)
    ranking = ask("province_ranking", Filters(geography=geography))
    busiest = ranking.groupby("province")["events"].sum().idxmax()
    base = Filters(geography=geography, province=busiest)
    for f in (
        base,
        replace(base, date_from=date(2024, 1, 1), date_to=date(2024, 12, 31), pick="custom"),
        replace(base, event_type="meeting"),
    ):
        headline = ask("headline_figures", f)
        listed = ask("events_table", f, lang="vi", limit=100_000)
        assert int(headline["events"].iloc[0]) == len(listed)
        for row in headline.itertuples():
            assert row.type_events == (listed["event_type"] == row.event_type).sum(), (f, row.event_type)
        ids = listed["event_id"].tolist()
        units = con.execute(
            "select count(distinct p) from (select unnest(places) as p from located_events(?) "
            "where list_contains(?, event_id))",
            [geography, ids],
        ).fetchone()[0]
        bodies = con.execute(
            "select count(distinct o) from (select unnest(org_keys) as o from events where list_contains(?, event_id))",
            [ids],
        ).fetchone()[0]
        assert int(headline["provinces"].iloc[0]) == units, f
        assert int(headline["bodies"].iloc[0]) == bodies, f
