"""Chart counts worked out by hand on a tiny warehouse, asserted exactly.

The other tests build their warehouse from real articles and compare a page with the query it runs; these
state what the numbers must be. `tests/fixtures/tiny/register.csv` holds nine register rows, loaded by the
real ETL (`run_etl`), that make eight events (T3 and T3b are one signing reported twice: same type, month
and host, a party in common). Every expected number below is counted from this table by hand:

| event | type      | date       | host (region)      | also taking part        | topics                   | period    | bodies |
|-------|-----------|------------|--------------------|-------------------------|--------------------------|-----------|--------|
| T1    | agreement | 2023-03-15 | Hà Nội (ĐBSH)      | Hà Nam                  | khuyen_hoc               | 2023-2025 | 2 HKH  |
| T2    | meeting   | 2023-03-20 | Nam Định (ĐBSH)    | Ninh Bình, Thái Bình    | khuyen_hoc, tuyen_truyen | -         | 3 HKH  |
| T3    | agreement | 2022-06    | Gia Lai (TN)       | Kon Tum                 | quoc_phong_an_ninh       | 2022-2026 | 2 CA   |
| T4    | meeting   | 2024       | Gia Lai (TN)       | -                       | quoc_phong_an_ninh       | -         | CA GL  |
| T5    | agreement | 2024-09-10 | Hà Nội (ĐBSH)      | -                       | phap_luat                | none      | 2      |
| T6    | agreement | 2022-11-05 | Cần Thơ (ĐBSCL)    | An Giang                | xa_hoi                   | 2022-2023 | 2      |
| T7    | meeting   | 2024-12-20 | Lạng Sơn (TDMNPB)  | Cao Bằng, Quảng Ninh    | thi_dua_khen_thuong      | -         | 3      |
| T8    | agreement | 2024-05-14 | Đà Nẵng (BTB-DHMT) | Quảng Nam               | van_hoa, kinh_te         | 2025-2030 | 2      |

T2 names "cụm 3" (Hội Khuyến học, ĐBSH) and T1 is that network's (topic khuyen_hoc, members Hà Nội and Hà Nam);
T5 is in a member province but about law, so it is not the cluster's. T7 names the northern border emulation
cluster. T4 is known only to its year; T3 only to its month. Quảng Ninh is in ĐBSH but took part only in T7,
hosted in TDMNPB. In today's 34 units Hà Nam and Nam Định are Ninh Bình, Thái Bình is Hưng Yên, Kon Tum is
Quảng Ngãi and Quảng Nam is Đà Nẵng. The data's last day is 2024-12-20, so "in force" means in 2024 unless a
period ends earlier.
"""

from __future__ import annotations

import re
from datetime import date

import duckdb
import pandas as pd
import pytest

import queries
from dashboard import charts, figures
from dashboard.filter_model import Filters

DBSH, TN, TDMNPB = "Đồng bằng sông Hồng", "Tây Nguyên", "Trung du và miền núi phía Bắc"
BTB, DBSCL = "Bắc Trung Bộ và duyên hải miền Trung", "Đồng bằng sông Cửu Long"
CUM3, BORDER = "khuyenhoc_dbsh_cum3", "thidua_mnbg_phiabac"
YEAR_2023 = {"date_from": date(2023, 1, 1), "date_to": date(2023, 12, 31)}


@pytest.fixture()
def tcon(tiny_warehouse):
    connection = duckdb.connect(str(tiny_warehouse), read_only=True)
    yield connection
    connection.close()


def ask(con, name: str, **filters_and_extra) -> pd.DataFrame:
    """A named query under the shared filters (given as Filters fields) and its own extra parameters."""
    own = {k: filters_and_extra.pop(k) for k in ("grain", "lang", "limit") if k in filters_and_extra}
    return queries.run(con, name, **Filters(**filters_and_extra).query_params(), **own)


def _touched(df: pd.DataFrame) -> pd.DataFrame:
    """The rows with events (province_ranking holds every province of the geography, those with none too)."""
    return df[df["events"] > 0]


def per_type(df: pd.DataFrame, key: str) -> dict:
    """{key: (agreements, meetings)}, whether a query writes a column per type or a row per type."""
    if "event_type" in df.columns:
        wide = df.pivot_table(index=key, columns="event_type", values="events", aggfunc="sum", fill_value=0)
        return {k: (int(r.get("agreement", 0)), int(r.get("meeting", 0))) for k, r in wide.iterrows()}
    return {r[key]: (int(r["agreements"]), int(r["meetings"])) for _, r in df.iterrows()}


def headline(con, **filters) -> dict:
    """The headline figures, the count of each type under its plural ("agreements") as the page shows them."""
    rows = ask(con, "headline_figures", **filters)
    by_type = dict(zip(rows["event_type"], rows["type_events"], strict=True))
    row = rows.iloc[0]
    return {
        "agreements": int(by_type.get("agreement", 0)),
        "meetings": int(by_type.get("meeting", 0)),
        **{k: int(row[k]) for k in ("events", "programs_in_force", "provinces", "bodies")},
    }


def test_nine_register_rows_make_eight_events(tcon):
    extent = queries.run(tcon, "data_extent").iloc[0]
    assert (int(extent["events"]), int(extent["documents"])) == (8, 9)  # T3 and T3b: one event, two documents
    assert extent["first_day"].date() == date(2022, 6, 1)  # T3, known to the month: its first day
    assert extent["last_day"].date() == date(2024, 12, 20)  # T7


HEADLINES = [
    pytest.param(
        {},
        # 5 agreements (T1 T3 T5 T6 T8), 3 meetings (T2 T4 T7). In force in 2024: T3 (2022-2026), T1 (2023-2025),
        # T5 (no period: its signing year); not T6 (ended 2023) nor T8 (starts 2025). Provinces: 2+3+2+1+2+3+2
        # named, Gia Lai twice and Hà Nội twice -> 14. Bodies: 2+3+2+2+2+3+2, Công an Gia Lai again in T4 -> 16.
        dict(agreements=5, meetings=3, events=8, programs_in_force=3, provinces=14, bodies=16),
        id="everything",
    ),
    pytest.param(
        {"geography": "current"},
        # The same events; today's units: Hà Nam, Nam Định, Ninh Bình -> Ninh Bình; Quảng Nam, Đà Nẵng -> Đà Nẵng;
        # Thái Bình -> Hưng Yên, Kon Tum -> Quảng Ngãi: 14 - 2 - 1 = 11.
        dict(agreements=5, meetings=3, events=8, programs_in_force=3, provinces=11, bodies=16),
        id="today-units",
    ),
    pytest.param(
        YEAR_2023,
        # T1 and T2. In force in 2023: T3, T6 (2022-2023), T1. Provinces 2 + 3, bodies 2 + 3.
        dict(agreements=1, meetings=1, events=2, programs_in_force=3, provinces=5, bodies=5),
        id="2023",
    ),
    pytest.param(
        {"date_from": date(2022, 1, 1), "date_to": date(2022, 12, 31)},
        # T3 (with T3b) and T6; both in force in 2022, T1 not yet signed. Gia Lai, Kon Tum, Cần Thơ, An Giang;
        # two police and two health departments.
        dict(agreements=2, meetings=0, events=2, programs_in_force=2, provinces=4, bodies=4),
        id="2022",
    ),
    pytest.param(
        {"date_from": date(2024, 1, 1), "date_to": date(2024, 12, 31)},
        # T5, T8; T4 (the year 2024 only) and T7. In force: T3, T1, T5 (T8 starts 2025). Provinces: Gia Lai,
        # Hà Nội, Lạng Sơn, Cao Bằng, Quảng Ninh, Đà Nẵng, Quảng Nam. Bodies 1 + 2 + 3 + 2.
        dict(agreements=2, meetings=2, events=4, programs_in_force=3, provinces=7, bodies=8),
        id="2024-with-a-year-only-event",
    ),
    pytest.param(
        {"event_type": "meeting"},
        # T2, T4, T7; programs in force ignore the type filter (a program is an agreement). Provinces 3 + 1 + 3,
        # bodies 3 + 1 + 3.
        dict(agreements=0, meetings=3, events=3, programs_in_force=3, provinces=7, bodies=7),
        id="meetings",
    ),
    pytest.param(
        {"province": "Hà Nội"},
        # Hosted or taken part in by Hà Nội: T1, T5; both in force in 2024. Hà Nội and Hà Nam; 2 + 2 bodies.
        dict(agreements=2, meetings=0, events=2, programs_in_force=2, provinces=2, bodies=4),
        id="ha-noi",
    ),
    pytest.param(
        {"region": TN},
        # Hosted in Tây Nguyên: T3, T4; T3 in force. Gia Lai, Kon Tum; the two police departments.
        dict(agreements=1, meetings=1, events=2, programs_in_force=1, provinces=2, bodies=2),
        id="tay-nguyen",
    ),
    pytest.param(
        {"cluster_id": CUM3},
        # T1 (inferred: two Khuyến học bodies, both in the cluster) and T2 (names it); T5 (law) is not the cluster's.
        dict(agreements=1, meetings=1, events=2, programs_in_force=1, provinces=5, bodies=5),
        id="cum-3",
    ),
]


@pytest.mark.parametrize(("filters", "expected"), HEADLINES)
def test_headline_figures(tcon, filters, expected):
    assert headline(tcon, **filters) == expected


def test_events_by_region_go_by_the_host(tcon):
    # ĐBSH: T1, T5 signed, T2 met; TN: T3, T4; T7 is TDMNPB's though Quảng Ninh (ĐBSH) took part.
    assert per_type(ask(tcon, "events_by_region"), "region") == {
        DBSH: (2, 1),
        TN: (1, 1),
        TDMNPB: (0, 1),
        BTB: (1, 0),
        DBSCL: (1, 0),
    }
    assert per_type(ask(tcon, "events_by_region", **YEAR_2023), "region") == {DBSH: (1, 1)}  # T1, T2


def test_province_counts_count_hosting_and_taking_part(tcon):
    # An event counts once for each province it involves: 16 province-events for 8 events.
    ones = {"Hà Nam": (1, 0), "Kon Tum": (1, 0), "Cần Thơ": (1, 0), "An Giang": (1, 0), "Đà Nẵng": (1, 0)}
    ones |= {"Quảng Nam": (1, 0), "Nam Định": (0, 1), "Ninh Bình": (0, 1), "Thái Bình": (0, 1)}
    ones |= {"Lạng Sơn": (0, 1), "Cao Bằng": (0, 1), "Quảng Ninh": (0, 1)}
    assert per_type(_touched(ask(tcon, "province_ranking")), "province") == {
        "Hà Nội": (2, 0),
        "Gia Lai": (1, 1),
        **ones,
    }
    # Today's units: Ninh Bình has T1 (as Hà Nam) and T2 (as Nam Định and Ninh Bình, once); Đà Nẵng T8 once.
    assert per_type(_touched(ask(tcon, "province_ranking", geography="current")), "province") == {
        "Hà Nội": (2, 0),
        "Gia Lai": (1, 1),
        "Ninh Bình": (1, 1),
        "Hưng Yên": (0, 1),
        "Quảng Ngãi": (1, 0),
        "Cần Thơ": (1, 0),
        "An Giang": (1, 0),
        "Đà Nẵng": (1, 0),
        "Lạng Sơn": (0, 1),
        "Cao Bằng": (0, 1),
        "Quảng Ninh": (0, 1),
    }


def test_province_ranking_keeps_every_unit(tcon):
    # one row per province and event type: summed over the types, one row per province
    country = ask(tcon, "province_ranking").groupby("province", sort=False)["events"].sum()
    country = country.sort_values(ascending=False, kind="stable")
    assert len(country) == 63 and int((country > 0).sum()) == 14  # the 14 provinces above
    assert list(country.head(3)) == [2, 2, 1]  # Gia Lai, Hà Nội, then the twelve with one
    assert int(country.sum()) == 16
    assert ask(tcon, "province_ranking", geography="current")["province"].nunique() == 34
    # ĐBSH's 11 provinces, the events hosted in ĐBSH (T1, T2, T5): Quảng Ninh's only event (T7) is TDMNPB's.
    region = per_type(figures.ranked(ask(tcon, "province_ranking", region=DBSH)), "province")  # the ranking's rows
    idle = ["Vĩnh Phúc", "Bắc Ninh", "Quảng Ninh", "Hải Dương", "Hải Phòng", "Hưng Yên"]
    assert region == {
        "Hà Nội": (2, 0),
        "Hà Nam": (1, 0),
        "Nam Định": (0, 1),
        "Ninh Bình": (0, 1),
        "Thái Bình": (0, 1),
        **dict.fromkeys(idle, (0, 0)),
    }


def test_events_by_topic_count_each_topic_of_an_event(tcon):
    # T2 counts for two topics and T8 for two: 10 topic-events for 8 events.
    topics = ask(tcon, "events_by_topic", lang="vi")
    assert per_type(topics, "topic") == {
        "khuyen_hoc": (1, 1),  # T1, T2
        "quoc_phong_an_ninh": (1, 1),  # T3, T4
        "tuyen_truyen": (0, 1),  # T2
        "phap_luat": (1, 0),  # T5
        "xa_hoi": (1, 0),  # T6
        "thi_dua_khen_thuong": (0, 1),  # T7
        "van_hoa": (1, 0),  # T8
        "kinh_te": (1, 0),  # T8
    }
    assert set(topics.loc[topics["topic"] == "khuyen_hoc", "topic_name"]) == {"Khuyến học"}


def test_topic_by_region(tcon):
    rows = ask(tcon, "topic_by_region", lang="vi")
    assert {(r.region, r.topic_name): int(r.events) for r in rows.itertuples()} == {
        (DBSH, "Khuyến học"): 2,  # T1, T2
        (DBSH, "Tuyên truyền"): 1,  # T2
        (DBSH, "Pháp luật"): 1,  # T5
        (TN, "Quốc phòng an ninh"): 2,  # T3, T4
        (DBSCL, "Xã hội"): 1,  # T6
        (TDMNPB, "Thi đua khen thưởng"): 1,  # T7
        (BTB, "Văn hóa"): 1,  # T8
        (BTB, "Kinh tế"): 1,  # T8
    }


def _by_time(df: pd.DataFrame, column: str) -> dict:
    """{(period start or None, precision, type): events}."""
    out = {}
    for r in df.itertuples():
        when = getattr(r, column)
        out[(None if pd.isna(when) else pd.Timestamp(when).date(), r.precision, r.event_type)] = int(r.events)
    return out


def test_events_by_month_leave_the_year_only_event_unplaced(tcon):
    assert _by_time(ask(tcon, "events_by_month"), "month") == {
        (date(2022, 6, 1), "month", "agreement"): 1,  # T3: known to the month, placed in it
        (date(2022, 11, 1), "day", "agreement"): 1,  # T6
        (date(2023, 3, 1), "day", "agreement"): 1,  # T1
        (date(2023, 3, 1), "day", "meeting"): 1,  # T2
        (date(2024, 5, 1), "day", "agreement"): 1,  # T8
        (date(2024, 9, 1), "day", "agreement"): 1,  # T5
        (date(2024, 12, 1), "day", "meeting"): 1,  # T7
        (None, "year", "meeting"): 1,  # T4: known only to 2024, no month
    }


def test_events_by_quarter_and_year(tcon):
    assert _by_time(ask(tcon, "events_by_period", grain="quarter"), "period") == {
        (date(2022, 4, 1), "month", "agreement"): 1,  # T3 (June)
        (date(2022, 10, 1), "day", "agreement"): 1,  # T6
        (date(2023, 1, 1), "day", "agreement"): 1,  # T1
        (date(2023, 1, 1), "day", "meeting"): 1,  # T2
        (date(2024, 4, 1), "day", "agreement"): 1,  # T8
        (date(2024, 7, 1), "day", "agreement"): 1,  # T5
        (date(2024, 10, 1), "day", "meeting"): 1,  # T7
        (None, "year", "meeting"): 1,  # T4
    }
    # By year every event has a place, T4 in 2024.
    by_year = ask(tcon, "events_by_period", grain="year").assign(period=lambda d: d["period"].dt.year)
    assert per_type(by_year, "period") == {2022: (2, 0), 2023: (1, 1), 2024: (2, 2)}


def test_programs_in_force_per_year_end_with_the_headline_figure(tcon):
    def per_year(**filters) -> dict[int, int]:
        df = ask(tcon, "programs_in_force", **filters)
        return {int(r.year): int(r.programs) for r in df.itertuples()}

    # 2022: T3, T6. 2023: T3, T6, T1. 2024: T3, T1, T5 (T6 ended, T8 starts in 2025 and is not counted yet).
    assert per_year() == {2022: 2, 2023: 3, 2024: 3}
    assert per_year(**YEAR_2023) == {2023: 3}  # the chosen years only; T3 and T6 signed before still count
    assert per_year(date_to=date(2022, 12, 31)) == {2022: 2}  # signed by then: T3 and T6
    assert per_year(region=TN) == {2022: 1, 2023: 1, 2024: 1}  # T3 alone
    assert per_year()[2024] == headline(tcon)["programs_in_force"]


def test_cluster_member_activity(tcon):
    def members(cluster_id: str) -> dict:
        rows = ask(tcon, "cluster_member_activity", cluster_id=cluster_id)
        return {r.member: (r.in_network, r.in_cluster) for r in rows.itertuples()}  # (its network's, its own)

    # T1 (Hà Nội, Hà Nam: inferred, all learning-promotion bodies of the cluster) and T2 (Nam Định, Ninh Bình,
    # Thái Bình: named); Hà Nội's T5 is not the network's. Rosters from 2023: every one of these counts.
    assert members(CUM3) == {
        "Hà Nội": (1, 1),
        "Hà Nam": (1, 1),
        "Nam Định": (1, 1),
        "Ninh Bình": (1, 1),
        "Thái Bình": (1, 1),
        "Bắc Ninh": (0, 0),
        "Hưng Yên": (0, 0),  # today's Hưng Yên holds Thái Bình: the 2023 roster names the old one
        "Vĩnh Phúc": (0, 0),
    }
    # T7 in two of the seven border provinces of the registry's roster (Sơn La, not Quảng Ninh, is a member).
    idle = ["Hà Giang", "Lào Cai", "Lai Châu", "Điện Biên", "Sơn La"]
    assert members(BORDER) == {"Lạng Sơn": (1, 1), "Cao Bằng": (1, 1), **dict.fromkeys(idle, (0, 0))}


def test_partner_provinces(tcon):
    def partners(province: str) -> dict:
        return per_type(ask(tcon, "partner_provinces", province=province), "province")

    assert partners("Gia Lai") == {"Kon Tum": (1, 0)}  # T3; T4 had no partner
    assert partners("Hà Nội") == {"Hà Nam": (1, 0)}  # T1; T5 had no partner
    assert partners("Ninh Bình") == {"Nam Định": (0, 1), "Thái Bình": (0, 1)}  # T2, hosted by Nam Định


# The figures built from these queries, through the chart catalogue the pages and slides use.


def _build(con, chart: charts.Chart, **filters):
    ask_ = charts.asker(lambda name, **params: queries.run(con, name, **params))
    return chart.build(ask_, Filters(**filters))


def _words(title: str) -> str:
    """A title and its wrapped note as plain words."""
    return " ".join(re.sub(r"<[^>]+>", " ", title).split())


def _totals(fig) -> dict:
    """{category: events} summed over the stacked traces of a bar figure."""
    out: dict = {}
    for trace in fig.data:
        categories, values = (trace.y, trace.x) if trace.orientation == "h" else (trace.x, trace.y)
        for c, v in zip(categories, values, strict=True):
            out[c] = out.get(c, 0) + int(v)
    return out


def test_region_figure(tcon):
    fig = _build(tcon, charts.REGIONS)
    totals = {label.replace("<br>", " "): n for label, n in _totals(fig).items()}
    assert totals == {DBSH: 3, TN: 2, TDMNPB: 1, BTB: 1, DBSCL: 1}
    assert next(iter(totals)) == DBSH  # the most first


def test_region_ranking_figure_ranks_and_keeps_idle_provinces(tcon):
    fig = _build(tcon, charts.PROVINCES, region=DBSH)
    # Ties share a rank; among equals, Vietnamese alphabetical order.
    assert list(fig.data[0].y) == [
        "1. Hà Nội",
        "2. Hà Nam",
        "2. Nam Định",
        "2. Ninh Bình",
        "2. Thái Bình",
        "6. Bắc Ninh",
        "6. Hải Dương",
        "6. Hải Phòng",
        "6. Hưng Yên",
        "6. Quảng Ninh",
        "6. Vĩnh Phúc",
    ]
    assert sum(_totals(fig).values()) == 6  # 2 + 1 + 1 + 1 + 1
    assert "Cả 11 tỉnh, 6 tỉnh không có sự kiện" in _words(fig.layout.title.text)


def test_time_figures(tcon):
    years = _build(tcon, charts.OVER_TIME)  # no period chosen: by year
    assert {pd.Timestamp(k).year: n for k, n in _totals(years).items()} == {2022: 2, 2023: 2, 2024: 4}
    months = _build(tcon, charts.OVER_TIME, date_from=date(2023, 1, 1), date_to=date(2024, 12, 31))  # 24 months
    assert sum(_totals(months).values()) == 5  # T1, T2, T5, T7, T8; T4 cannot be placed in a month
    assert "1 sự kiện chỉ biết năm" in _words(months.layout.title.text)  # said under the title
    in_force = _build(tcon, charts.IN_FORCE)
    assert (list(in_force.data[0].x), list(in_force.data[0].y)) == ([2022, 2023, 2024], [2, 3, 3])
