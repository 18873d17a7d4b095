"""The Clusters page and a cluster's report, on a simulated warehouse whose clusters belong to several networks:
every number the page shows counts exactly the events a selection of it lists; the roster over time; the
yearly heads and hosts; the network a cluster given alone in the URL belongs to; a cluster's report."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import duckdb
import pandas as pd
import plotly.graph_objects as go
import pytest
from streamlit.testing.v1 import AppTest

import queries
from benchmarks.simulate import write_corpus
from dashboard import charts, cluster_tables, figures
from dashboard.filter_model import Filters, member_events, narrowed_for_cluster, within
from dashboard.report import content, scope
from etl.pipeline import run_etl
from etl.reference import load_table
from etl.text import fold
from tests.conftest import ROOT

APP = str(ROOT / "dashboard" / "app.py")


@pytest.fixture(scope="module")
def sim(tmp_path_factory) -> Path:
    """A simulated warehouse: the simulator's clusters of several networks, rosters redrawn in 2025."""
    out = tmp_path_factory.mktemp("sim_clusters")
    corpus = write_corpus(600, 14, out / "corpus")
    db = out / "warehouse.duckdb"
    run_etl([corpus / "articles"], db, progress=False)
    return db


@pytest.fixture()
def scon(sim):
    con = duckdb.connect(str(sim), read_only=True)
    yield con
    con.close()


def run(con, name: str, f: Filters | None = None, **extra) -> pd.DataFrame:
    return queries.run(con, name, **(f.query_params() if f else {}), **extra)


def count(con, f: Filters) -> int:
    """The events a selection lists: the events table's count under its filters."""
    return int(run(con, "events_count", f)["events"].iloc[0])


def busiest(con) -> tuple[str, str, str]:
    """(cluster_id, network_id, network name) of the cluster with the most events."""
    cluster_id = con.execute(
        "select c from (select unnest(cluster_ids) as c from events) group by c order by count(*) desc, c limit 1"
    ).fetchone()[0]
    row = run(con, "cluster_list").set_index("cluster_id").loc[cluster_id]
    return cluster_id, row["network_id"], row["network"]


def test_the_simulated_clusters_belong_to_several_networks_with_events(scon):
    listing = run(scon, "cluster_list")
    with_events = scon.execute("select count(distinct c) from (select unnest(cluster_ids) as c from events)").fetchone()
    assert listing["network_id"].nunique() >= 3 and with_events[0] >= 3


def first_years(con, cluster_id: str) -> dict:
    """The period of the cluster's first events: its first year and the next."""
    first = con.execute(
        "select year(min(event_day)) from events where list_contains(cluster_ids, ?)", [cluster_id]
    ).fetchone()[0]
    return {"date_from": date(first, 1, 1), "date_to": date(first + 1, 12, 31), "pick": "custom"}


@pytest.mark.parametrize("narrowed", [False, True])
def test_each_members_numbers_count_the_events_a_selection_lists(scon, narrowed):
    cluster_id, network_id, network = busiest(scon)
    period = first_years(scon, cluster_id) if narrowed else {}
    f = Filters(cluster_id=cluster_id, **period)
    activity = run(scon, "cluster_member_activity", f)
    assert (activity["in_network"] >= activity["in_cluster"]).all() and activity["in_network"].sum() > 0
    for member in activity.itertuples():
        first = None if pd.isna(member.from_day) else member.from_day.date()
        last = None if pd.isna(member.to_day) else member.to_day.date()
        days = within(f, first, last)
        listed = member_events(member.match, member.match_value)
        in_network = narrowed_for_cluster(f, cluster_id=None, in_network=network_id, **listed, **days)
        assert count(scon, in_network) == member.in_network, member
        assert count(scon, narrowed_for_cluster(f, **listed, **days)) == member.in_cluster, member


# The members' activity (queries/cluster_member_activity.sql: the network's clusters looked up before the query, the
# provinces matched by an equality join on the events' places) against its definition written plainly: the network
# as a subquery, every roster row tested against every network event with takes_part.
PLAIN_ACTIVITY = """
with roster as (
    select member, province,
        case when member <> coalesce(province, '') then 'body' when province_legacy is not null then '63' else '34' end
            as match,
        case when member <> coalesce(province, '') then member else coalesce(province_legacy, province_current) end
            as match_value,
        valid_from as from_day, cast(valid_to - interval 1 day as date) as to_day
    from cluster_members
    where cluster_id = $cluster_id
),

in_period as (
    select * from roster
    where ($date_to is null or from_day is null or from_day <= $date_to)
        and ($date_from is null or to_day is null or to_day >= $date_from)
),

network_events as (
    select e.event_id, e.event_day, e.places_legacy, e.places_current, e.search_text,
        list_contains(e.cluster_ids, $cluster_id) as own
    from filtered_events(cluster_id := null) e
    where list_has_any(e.cluster_ids, (select list(cluster_id) from clusters
        where network_id = (select network_id from clusters where cluster_id = $cluster_id)))
),

taking_part as (
    select m.member, m.from_day, e.event_id, e.own
    from in_period m
    join network_events e
        on (m.from_day is null or e.event_day >= m.from_day) and (m.to_day is null or e.event_day <= m.to_day)
        and takes_part(m.match, m.match_value, e.places_legacy, e.places_current, e.search_text)
)

select m.member, m.province, m.from_day, m.to_day, m.match, m.match_value,
    count(distinct t.event_id) as in_network, count(distinct t.event_id) filter (where t.own) as in_cluster
from in_period m
left join taking_part t on t.member = m.member and t.from_day is not distinct from m.from_day
group by all
order by member, from_day nulls first
"""


def _activity_as_written_plainly(con, f: Filters) -> pd.DataFrame:
    """The shipped query's frame is the plain definition's."""
    shipped = run(con, "cluster_member_activity", f)
    params = f.query_params()
    text = queries._expanded(PLAIN_ACTIVITY, params.pop(queries.FILTERED))
    values = {k: params[k] for k in queries.param_names(text) if k in params}
    plain = con.execute(text, queries._derive(con, text, values, params)).df()
    pd.testing.assert_frame_equal(shipped, plain, check_dtype=False)
    return shipped


def test_the_members_activity_is_its_plain_definition_for_every_cluster(scon):
    """Every cluster of the registry (one network of one cluster, of several, clusters of bodies, of provinces in
    the 63 and in today's 34), with no filter, over a period, and with a search: the same frame as written plainly."""
    clusters = [r[0] for r in scon.execute("select cluster_id from clusters order by cluster_id").fetchall()]
    taking_part = {"63": 0, "34": 0, "body": 0}
    for cluster_id in clusters:
        for f in (
            Filters(cluster_id=cluster_id),
            Filters(cluster_id=cluster_id, date_from=date(2025, 1, 1), date_to=date(2025, 12, 31)),
            Filters(cluster_id=cluster_id, search="hoi"),
        ):
            for row in _activity_as_written_plainly(scon, f).itertuples():
                taking_part[row.match] += row.in_network
    assert taking_part["63"] and taking_part["34"], taking_part  # (no body takes part in this warehouse)


def test_a_body_takes_part_in_the_events_naming_it_as_written_plainly(sim, tmp_path):
    """A cluster of bodies: three of its network's events made to name one of its members (a copy of the simulated
    warehouse), counted for that member alone, as the plain definition counts them; not silent in the comparison."""
    db = tmp_path / "warehouse.duckdb"
    db.write_bytes(sim.read_bytes())
    with duckdb.connect(str(db)) as con:
        cluster_id, member, since = con.execute(
            "select cluster_id, member, valid_from from cluster_members where member <> coalesce(province, '') "
            "order by cluster_id, member limit 1"
        ).fetchone()
        con.execute(
            "update events set cluster_ids = [?], search_text = search_text || ' ' || fold(?) where event_key in "
            "(select event_key from events where event_day >= coalesce(?::date, event_day) order by event_key limit 3)",
            [cluster_id, member, since],
        )
        activity = _activity_as_written_plainly(con, Filters(cluster_id=cluster_id)).set_index("member")
        comparison = run(con, "cluster_comparison", Filters(cluster_id=cluster_id)).set_index("cluster_id")
    assert activity.loc[member, ["in_network", "in_cluster"]].tolist() == [3, 3]
    assert comparison.loc[cluster_id, "silent"] == (activity["in_network"] == 0).sum()  # the network's page agrees


def test_each_years_events_and_pledges_count_the_events_a_row_lists(scon):
    cluster_id, _, _ = busiest(scon)
    f = Filters(cluster_id=cluster_id)
    rotation = run(scon, "cluster_rotation", f)
    assert rotation["events"].sum() > 0
    for year in rotation.itertuples():
        days = within(f, date(year.year, 1, 1), date(year.year, 12, 31))
        assert count(scon, narrowed_for_cluster(f, **days)) == year.events
        assert count(scon, narrowed_for_cluster(f, pledge=True, **days)) == year.pledges
    roles = scon.execute("select count(*) from cluster_roles where cluster_id = ?", [cluster_id]).fetchone()[0]
    assert roles == 0 or rotation["head"].notna().any()


def test_the_network_comparison_counts_what_each_cluster_lists(scon):
    cluster_id, _, _ = busiest(scon)
    f = Filters(cluster_id=cluster_id, **first_years(scon, cluster_id))
    comparison = run(scon, "cluster_comparison", f).set_index("cluster_id")
    assert cluster_id in comparison.index and len(comparison) >= 2 and comparison["events"].sum() > 0
    for other in comparison.itertuples():
        assert count(scon, replace(f, cluster_id=other.Index)) == other.events
        assert count(scon, narrowed_for_cluster(f, cluster_id=other.Index, pledge=True)) == other.pledges
    activity = run(scon, "cluster_member_activity", f)  # the chosen cluster's silent members, counted the same way
    assert comparison.loc[cluster_id, "members"] == len(activity)
    assert comparison.loc[cluster_id, "silent"] == len(cluster_tables.silent_members(activity))


def test_the_timeline_shows_the_clusters_own_events_with_its_pledges(scon):
    cluster_id, _, _ = busiest(scon)
    f = Filters(cluster_id=cluster_id)
    meetings = run(scon, "cluster_meetings", f)
    assert (
        meetings["events"].sum()
        == scon.execute(
            "select count(*) from events where list_contains(cluster_ids, ?) and event_day is not null", [cluster_id]
        ).fetchone()[0]
    )
    assert set(meetings["how"].dropna()) <= {"named", "inferred"}
    for day in meetings["event_day"].dt.date.unique()[:5]:  # a point lists the events of its day
        listed = count(scon, narrowed_for_cluster(f, **within(f, day, day)))
        assert listed == meetings.loc[meetings["event_day"].dt.date == day, "events"].sum()
    pledges = run(scon, "cluster_pledges", f)
    assert len(pledges) == meetings.loc[meetings["pledge"], "events"].sum()


def test_the_timeline_has_a_point_a_day_and_row_counting_its_events(sim, scon, tmp_path):
    """A day's events of one row (pledges, or one type) and one kind (named, inferred) are one point of the
    chart: the query returns that point with its count and its first event, not a row an event (at 1M events,
    33,000 rows for one cluster, most drawn under another). The simulated cluster's events, each held twice
    more on its day (one of them of the other kind), make points of several events."""
    cluster_id, _, _ = busiest(scon)
    db = tmp_path / "busier.duckdb"
    db.write_bytes(sim.read_bytes())
    with duckdb.connect(str(db)) as con:
        for copy, how in (("b", None), ("c", "inferred")):
            con.execute(
                """
                insert into event_clusters
                select event_id || $copy, cluster_id, coalesce($how, how), written
                from event_clusters where cluster_id = $cluster
                """,
                {"copy": copy, "how": how, "cluster": cluster_id},
            )
            con.execute("insert into pledge_events select event_id || $copy from pledge_events", {"copy": copy})
            con.execute(
                """
                insert into events select * replace (
                    event_id || $copy as event_id, case when $how is null then cluster_id end as cluster_id
                )
                from events where list_contains(cluster_ids, $cluster)
                """,
                {"copy": copy, "how": how, "cluster": cluster_id},
            )
    scon = duckdb.connect(str(db), read_only=True)
    f = Filters(cluster_id=cluster_id)
    meetings = run(scon, "cluster_meetings", f)
    keys = ["event_day", "pledge", "event_type", "how"]
    assert not meetings[keys].astype(str).duplicated().any()
    assert meetings.loc[meetings["pledge"], "event_type"].isna().all()
    each = scon.execute(
        """
        select e.event_day, e.event_id in (select event_id from pledge_events) as pledge, e.event_type, c.how,
            e.event_id, e.title
        from events e
        left join event_clusters c on c.event_id = e.event_id and c.cluster_id = $cluster
        where list_contains(e.cluster_ids, $cluster) and e.event_day is not null
        """,
        {"cluster": cluster_id},
    ).df()
    each["event_type"] = each["event_type"].where(~each["pledge"], None)
    expected = each.sort_values("event_id").groupby(
        [each["event_day"], each["pledge"], each["event_type"].fillna("-"), each["how"].fillna("-")]
    )
    assert len(meetings) == expected.ngroups < len(each)
    firsts = expected["title"].first()
    counts = expected.size()
    for row in meetings.itertuples():
        # a pledge row has no event type: missing in the frame (NaN, which is truthy), "-" in the groups
        key = (row.event_day, row.pledge, row.event_type if isinstance(row.event_type, str) else "-", row.how or "-")
        assert (counts[key], firsts[key]) == (row.events, row.title)


def test_an_events_cluster_id_is_the_cluster_it_names(scon):
    """cluster_meetings reads how an event belongs to a cluster from the event (named: its cluster_id is that
    cluster) instead of joining event_clusters: the two agree on every event and cluster."""
    disagree = scon.execute(
        """
        select count(*) from event_clusters c join events e using (event_id)
        where (c.how = 'named') != coalesce(e.cluster_id = c.cluster_id, false)
            or not list_contains(e.cluster_ids, c.cluster_id)
        """
    ).fetchone()[0]
    assert disagree == 0
    assert scon.execute("select count(*) from event_clusters where how = 'inferred'").fetchone()[0] > 0


def test_rosters_redrawn_in_2025_end_and_start_at_the_line(scon):
    """The registry's rosters that ended with the 63 provinces are drawn grey up to the redrawing's line, and
    those of today's units start at it."""
    redrawn = charts.redrawn_day()
    ended = started = 0
    for cluster_id in run(scon, "cluster_list")["cluster_id"]:
        roster = run(scon, "cluster_roster", cluster_id=cluster_id)
        fig = figures.cluster_roster_figure(roster, date(2026, 6, 1), redrawn=redrawn)
        bars = {tr.name: tr for tr in fig.data}
        if (roster["to_day"] == pd.Timestamp(redrawn) - pd.Timedelta(days=1)).any():
            former = bars["Đã rời cụm"]
            ends = [pd.Timestamp(b) + pd.Timedelta(milliseconds=x) for b, x in zip(former.base, former.x, strict=True)]
            assert pd.Timestamp(redrawn) in ends
            ended += 1
        if (roster["from_day"] == pd.Timestamp(redrawn)).any():
            assert redrawn.isoformat() in list(bars["Đang là thành viên"].base)
            started += 1
    assert ended > 0 and started > 0


# Figure builders, on rows written by hand.
ROSTER = pd.DataFrame(
    {
        "member": ["Hà Nam", "Nam Định", "Ninh Bình", "Ninh Bình"],
        "province": ["Hà Nam", "Nam Định", "Ninh Bình", "Ninh Bình"],
        "from_day": pd.to_datetime(["2020-01-01", "2020-01-01", "2020-01-01", "2025-07-01"]),
        "to_day": pd.to_datetime(["2025-06-30", "2025-06-30", "2025-06-30", None]),
        "source_url": ["u"] * 4,
    }
)


def test_the_roster_figure_ends_open_memberships_at_the_day_given_and_marks_the_redrawing():
    fig = figures.cluster_roster_figure(ROSTER, date(2026, 1, 1), "vi", redrawn=date(2025, 7, 1))
    current, former = (next(tr for tr in fig.data if tr.name == name) for name in ("Đang là thành viên", "Đã rời cụm"))
    assert list(current.y) == ["Ninh Bình (2025–)"] and current.base[0] == "2025-07-01"
    assert pd.Timestamp("2025-07-01") + pd.Timedelta(milliseconds=current.x[0]) == pd.Timestamp("2026-01-01")
    assert list(former.y) == ["Hà Nam (2020–2025)", "Nam Định (2020–2025)", "Ninh Bình (2020–2025)"]
    assert [list(c[:3]) for c in current.customdata] == [["Ninh Bình", "2025-07-01", ""]]
    assert len(fig.layout.shapes) == 1 and "01/07/2025" in fig.layout.annotations[0].text


def test_the_activity_figure_draws_silent_members_and_names_each_bar():
    df = pd.DataFrame(
        {
            "member": ["Nam Định", "Hà Nam"],
            "province": ["Nam Định", "Hà Nam"],
            "from_day": pd.to_datetime(["2020-01-01", "2020-01-01"]),
            "to_day": pd.to_datetime([None, "2025-06-30"]),
            "match": ["63", "63"],
            "match_value": ["Nam Định", "Hà Nam"],
            "in_network": [3, 0],
            "in_cluster": [1, 0],
        }
    )
    fig = figures.cluster_activity_figure(df, "vi")
    network, own = fig.data
    assert list(network.y) == ["Hà Nam (2020–2025)", "Nam Định"] and list(network.x) == [0, 3]
    assert list(own.x) == [0, 1]
    assert list(network.customdata[0]) == ["Hà Nam", "network", "2020-01-01", "2025-06-30", "63", "Hà Nam"]
    assert list(own.customdata[1]) == ["Nam Định", "cluster", "2020-01-01", "", "63", "Nam Định"]
    assert cluster_tables.silent_members(df) == ["Hà Nam (2020–2025)"]


def test_the_timeline_puts_pledges_on_their_own_row_and_inferred_events_hollow():
    df = pd.DataFrame(
        {
            "event_day": pd.to_datetime(["2024-03-01", "2024-05-02", "2024-09-09"]),
            "event_type": [None, "meeting", "agreement"],
            "pledge": [True, False, False],
            "how": ["named", "inferred", None],
            "events": [1, 1, 1],
            "title": ["Ký giao ước thi đua năm 2024", "Hội nghị cụm", "Ký kết <b>chương trình</b>"],
            "place": ["Hà Nam", "Nam Định", None],
        }
    )
    fig = figures.cluster_timeline_figure(df, "vi")
    pledge = next(tr for tr in fig.data if tr.name == "Ký giao ước thi đua")
    meeting = next(tr for tr in fig.data if tr.name == "Hội nghị")
    assert list(pledge.y) == ["Ký giao ước thi đua"] and list(pledge.x) == ["2024-03-01"]
    assert list(meeting.marker.symbol) == ["circle-open"] and meeting.customdata[0][0] == "2024-05-02"
    agreement = next(tr for tr in fig.data if tr.name == "Ký kết")
    assert "<b>" not in agreement.customdata[0][1]  # a crawled title is shown as words
    assert [c[4] for c in pledge.customdata] == [""]  # one event: nothing more to say


def test_a_timeline_point_of_several_events_says_how_many_more_it_holds():
    df = pd.DataFrame(
        {
            "event_day": pd.to_datetime(["2024-03-01", "2024-03-01"]),
            "event_type": ["meeting", "meeting"],
            "pledge": [False, False],
            "how": ["named", "inferred"],
            "events": [3, 1200],
            "title": ["Hội nghị cụm", "Hội nghị khối"],
            "place": ["Hà Nam", "Nam Định"],
        }
    )
    for lang, more in (
        ("vi", ["<br>và 2 sự kiện khác", "<br>và 1.199 sự kiện khác"]),
        ("en", ["<br>and 2 more", "<br>and 1,199 more"]),
    ):
        (meeting,) = figures.cluster_timeline_figure(df, lang).data
        assert list(meeting.x) == ["2024-03-01", "2024-03-01"] and list(meeting.marker.symbol) == [
            "circle",
            "circle-open",
        ]
        assert [c[0] for c in meeting.customdata] == ["2024-03-01", "2024-03-01"]  # what a pick lists: the day
        assert [c[4][: len(m)] for c, m in zip(meeting.customdata, more, strict=True)] == more
        assert "%{customdata[4]}" in meeting.hovertemplate


def test_the_comparison_marks_the_chosen_cluster_and_names_each_bar():
    df = pd.DataFrame(
        {"cluster_id": ["a", "b"], "cluster": ["Cụm 1", "Cụm 2"], "members": [5, 6], "silent": [1, 0],
         "events": [4, 0], "pledges": [1, 0]}
    )  # fmt: skip
    events, pledges = figures.cluster_comparison_figure(df, "b", "vi").data
    assert list(events.y) == ["Cụm 1", "▶ Cụm 2"] and list(events.x) == [4, 0] and list(pledges.x) == [1, 0]
    assert [list(c) for c in pledges.customdata] == [["a", "pledges"], ["b", "pledges"]]


def test_a_cluster_report_has_its_roster_rotation_and_pledges(scon):
    cluster_id, _, _ = busiest(scon)
    ask = charts.asker(lambda name, **params: queries.run(scon, name, **params))
    chosen = scope.resolve("cluster", cluster_id, run(scon, "filter_options", lang="vi"))
    report = content.build(ask, chosen, date(2015, 1, 1), date(2026, 12, 31), "vi", date(2026, 12, 31))
    by_title = {s.title: s for s in report.slides}
    assert "Thành viên qua các thời kỳ" in by_title  # the roster's chart
    roster = by_title["Thành viên của cụm qua các thời kỳ"].table
    assert len(roster) == len(run(scon, "cluster_roster", cluster_id=cluster_id))
    rotation = by_title["Luân phiên cụm trưởng và nơi đăng cai"].table
    expected = run(scon, "cluster_rotation", report.filters)
    assert rotation["Năm"].tolist() == expected["year"].astype(str).tolist()
    assert rotation["Sự kiện của cụm"].tolist() == expected["events"].astype(str).tolist()
    pledges = by_title["Các lễ ký giao ước thi đua"]
    meetings = run(scon, "cluster_meetings", report.filters)
    expected = int(meetings.loc[meetings["pledge"], "events"].sum())
    assert (len(pledges.table) if pledges.table is not None else 0) == expected


@pytest.fixture()
def sim_app(sim, monkeypatch):
    monkeypatch.setenv("PHOIHOP_DB", str(sim))
    return AppTest.from_file(APP, default_timeout=90)


def test_a_cluster_alone_in_the_url_shows_its_network(sim_app, scon):
    cluster_id, _, network = busiest(scon)
    sim_app.query_params["cluster"] = cluster_id
    at = sim_app.run().switch_page("app_pages/clusters.py").run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.selectbox(key="f_network").value == network  # was "Tất cả" (all)
    assert at.query_params["network"] in (network, [network])
    assert at.selectbox(key="cl_cluster").value == cluster_id
    at.selectbox(key="f_network").set_value("*").run()  # every network: no cluster, or its network would return
    assert at.selectbox(key="f_network").value == "*" and at.sidebar.selectbox(key="f_cluster_id").value == "*"
    assert "network" not in at.query_params and "cluster" not in at.query_params


@pytest.mark.slow
def test_the_page_answers_for_a_network_and_a_cluster_in_the_url(sim_app, scon):
    cluster_id, _, network = busiest(scon)
    sim_app.query_params.update({"network": network, "cluster": cluster_id, "lang": "en"})
    at = sim_app.run().switch_page("app_pages/clusters.py").run()
    assert not at.exception, [e.value for e in at.exception]
    titles = [figures.title_of(go.Figure(json.loads(c.proto.spec))) for c in at.get("plotly_chart")]
    assert titles == [
        "The roster over time",
        "The cluster's events over time",
        "Members' activity",
        "The network's clusters side by side",
    ]
    subheaders = [s.value for s in at.subheader]
    assert "Who chaired and hosted each year" in subheaders and "Members with no activity in the period" in subheaders
    members = run(scon, "cluster_member_activity", Filters(cluster_id=cluster_id))
    assert f"Members: {members['member'].nunique()}" in subheaders
    rotation = at.dataframe[0].value
    assert list(rotation.columns) == ["Year", "Head", "Deputy head", "Hosts", "The cluster's events",
                                      "Emulation pledge signings"]  # fmt: skip


def test_pledge_meetings_are_the_events_naming_a_pledge_word_of_the_reference(scon):
    """data/reference/pledge_words.csv says which events sign a cluster's pledge: the simulated pledge
    signings ("ký kết giao ước thi đua") and nothing else."""
    words = [fold(r["word"]) for r in load_table("pledge_words.csv")]
    marked = {e for (e,) in scon.execute("select event_id from pledge_events").fetchall()}
    assert marked
    texts = dict(scon.execute("select event_id, search_text from events").fetchall())
    assert marked == {e for e, text in texts.items() if any(w in text for w in words)}


def test_a_members_first_day_shows_at_the_precision_its_source_gives():
    """A registry member known from "2023" is shown from 2023, not from 01/01/2023; a month as a month."""
    roster = ROSTER.assign(known_from=["2020", "2020-03", "2020-01-01", "2025-07-01"])
    shown = cluster_tables.roster_table(roster, "vi").iloc[:, 1].tolist()
    assert shown == ["2020", "03/2020", "01/01/2020", "01/07/2025"]
