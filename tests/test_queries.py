"""Named queries: parameters derived from the SQL, every file runs with its documented columns, every
query is asked for by the dashboard, and filters narrow the numbers on a real warehouse."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

import queries
from dashboard import figures
from dashboard.filter_model import Filters
from etl.event_types import type_codes
from tests.conftest import ROOT

EXTRA: dict[str, dict[str, object]] = {
    "events_by_period": {"grain": "quarter"},
    "latest_events": {"limit": 5},
    "events_by_topic": {"lang": "vi"},
    "topic_by_region": {"lang": "vi"},
    "program_periods": {"limit": 100},
    "events_table": {"lang": "vi", "limit": 500},
    "event_sources_text": {"event_id": "none"},
    "flagged_documents": {"min_confidence": 0.6, "limit": 100},
    "etl_runs_list": {"limit": 5},
    "update_failures": {"limit": 5},
    "cluster_review": {"limit": 50},
    "filter_options": {"lang": "vi"},
    "programs_list": {"text": None, "limit": 100, "lines": 30},
    "programs_due": {"limit": 100},
    "program_event_table": {"program_id": "none", "geography": "time", "lang": "vi"},
}


def params_for(name: str, filters: Filters | None = None) -> dict:
    query = queries.registry()[name]
    base = (filters or Filters()).query_params() if query.filtered else {}
    if name.startswith("cluster_") and "cluster_id" in query.params:
        base["cluster_id"] = base.get("cluster_id") or "khuyenhoc_dbsh_cum3"
    return {**base, **EXTRA.get(name, {})}


@pytest.mark.parametrize(
    ("sql", "expected"),
    [
        ("select $a, $b_2", {"a", "b_2"}),
        ("select 1 -- $not_a_param\nwhere x = $real", {"real"}),
        ("select '$in_string', \"$in_identifier\", $outside", {"outside"}),
        ("select 'it''s $quoted' || $after", {"after"}),
        ("select $1", set()),
    ],
)
def test_parameters_come_from_the_sql_text(sql, expected):
    assert queries.param_names(sql) == expected


@pytest.mark.parametrize(
    ("sql", "expected"),
    [
        ("select * from filtered_events", [{}]),
        (
            "from filtered_events(date_from := null, event_type := 'a,b')",
            [{"date_from": "null", "event_type": "'a,b'"}],
        ),
        ("from filtered_events( date_to := $date_from ) c join filtered_events d", [{"date_to": "$date_from"}, {}]),
        ("select 1 -- from filtered_events\n, 'filtered_events', \"filtered_events\"", []),
        ("select * from my_filtered_events_2", []),
    ],
)
def test_references_to_the_filtered_events_come_from_the_sql_text(sql, expected):
    assert queries.references(sql) == expected


@pytest.mark.parametrize("sql", ["from filtered_events(null)", "from filtered_events(date_from = null)"])
def test_the_filtered_events_take_named_arguments_only(sql):
    with pytest.raises(queries.QueryError, match="name := literal"):
        queries.references(sql)


def test_an_argument_stands_for_its_parameter_once():
    base = queries.Base(("($a is null or x = $a)", "($b is null or y = $b)"))
    assert "x = ($b)" in base.sql({"a": "$b", "b": "'v'"}) and "y = ('v')" in base.sql({"a": "$b", "b": "'v'"})
    assert base.params == {"a", "b", "geography"}


def test_a_filter_left_unset_leaves_its_condition_out():
    """A condition guarded by a parameter the caller gives as null (or an argument null, or standing for such a
    parameter) is true for every row: it is not planned at all. A condition of any other shape always stays."""
    base = queries.Base(("($a is null or x = $a)", "($b is null or y = $b)", "z > 0"))
    assert (
        base.sql(unset=frozenset({"a"}))
        == "(select * from located_events($geography) where ($b is null or y = $b) and z > 0)"
    )
    assert "x = " not in base.sql({"a": "null"}) and "y = ($a)" not in base.sql({"b": "$a"}, frozenset({"a"}))
    assert "x = ('v')" in base.sql({"a": "'v'"}, frozenset({"a"}))
    only = queries.Base(("($a is null or x = $a)",))
    assert only.sql(unset=frozenset({"a"})) == "(select * from located_events($geography) where true)"


@pytest.mark.parametrize(
    "filters",
    [
        Filters(),
        Filters(province="Ninh Bình"),
        Filters(province="Ninh Bình", geography="current"),
        Filters(region="Đồng bằng sông Hồng", event_type="meeting"),
        Filters(search="ninh binh", level="central"),
        Filters(topic="khuyen_hoc", cluster_id="khuyenhoc_dbsh_cum3"),
        Filters(date_from=date(2015, 1, 1), date_to=date(2024, 6, 30), province="Hà Nội"),
    ],
)
def test_leaving_unset_filters_out_changes_no_query_rows(con, filters):
    """Every filtered query gives the same rows, in the same order, with the unset filters' conditions left out as
    with all of them in the SQL (each true for every row when its parameter is null)."""
    for name, query in sorted(queries.registry().items()):
        if not query.filtered:
            continue
        params = params_for(name, filters)
        whole = queries._expanded(query.sql, params[queries.FILTERED])  # every condition, as before
        values = {k: params[k] for k in queries.param_names(whole) if k in params}
        expected = con.execute(whole, queries._derive(con, whole, values, params)).df()
        assert queries.run(con, name, **params).equals(expected), name


def test_unknown_and_missing_parameters_are_refused(con):
    with pytest.raises(queries.QueryError, match="unknown"):
        queries.run(con, "etl_runs_list", limit=5, extra=1)
    with pytest.raises(queries.QueryError, match="missing"):
        queries.run(con, "etl_runs_list")
    with pytest.raises(queries.QueryError, match="no query"):
        queries.run(con, "drop_everything")


@pytest.mark.parametrize("name", sorted(queries.registry()))
def test_every_query_runs_with_its_documented_columns(con, name):
    query = queries.registry()[name]
    assert query.columns, f"{name}.sql documents no columns"
    df = queries.run(con, name, **params_for(name))
    assert list(df.columns) == list(query.columns)


def test_every_query_is_asked_for_and_every_asked_query_exists():
    code = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "dashboard").rglob("*.py"))
    asked = set(re.findall(r"""(?:(?:query|q|ask)\(\s*|query=|shared_table\(\s*[\w.]+,\s*)["']([a-z_]+)["']""", code))
    assert asked <= set(queries.registry()), asked - set(queries.registry())
    assert set(queries.registry()) <= asked, set(queries.registry()) - asked


def test_filters_narrow_the_numbers(con):
    def total(f: Filters) -> int:
        return int(queries.run(con, "headline_figures", **f.query_params())["events"].iloc[0])

    everything = total(Filters())
    assert everything > 60
    assert 0 < total(Filters(event_type="meeting")) < everything
    assert 0 < total(Filters(region="Đồng bằng sông Hồng")) < everything
    assert total(Filters(province="Ninh Bình")) < total(Filters(province="Ninh Bình", geography="current"))
    assert 0 < total(Filters(topic="khuyen_hoc")) < everything
    assert 0 < total(Filters(level="central")) < everything
    assert total(Filters(search="ninh binh")) == total(Filters(search="Ninh Bình")) > 0
    assert total(Filters(search="'; drop table events; --")) == 0
    assert total(Filters()) == everything  # the injection probe harmed nothing
    from datetime import date

    assert total(Filters(date_from=date(2030, 1, 1), date_to=date(2030, 12, 31))) == 0


def test_cluster_activity_lists_every_member_even_idle_ones(con):
    rows = queries.run(con, "cluster_member_activity", **params_for("cluster_member_activity"))
    assert len(rows) == 8 and set(rows["member"]) >= {"Hà Nam", "Nam Định"}  # one row a member
    idle = queries.run(
        con,
        "cluster_member_activity",
        **params_for("cluster_member_activity", Filters(event_type="agreement", search="khuyến học")),
    )
    assert len(idle) == 8 and (idle["in_network"] == 0).any()


def test_province_ranking_lists_every_unit_of_the_geography_or_region(con):
    region = "Đồng bằng sông Hồng"
    every = queries.run(con, "province_ranking", **Filters(region=region).query_params())
    assert len(every) == 63 * len(type_codes())  # every province for the map, those of the region ranked
    rows = figures.ranked(every)
    assert len(rows) == 11 * len(type_codes()) and set(rows["event_type"]) == set(type_codes())
    rows = figures.type_table(rows, "province")
    provinces = con.execute("select province from provinces where region = ? and geography = 'legacy'", [region]).df()[
        "province"
    ]
    assert sorted(rows.index) == sorted(provinces) and len(rows) == 11
    assert (rows["events"] > 0).all()
    narrowed = queries.run(con, "province_ranking", **Filters(region=region, topic="khuyen_hoc").query_params())
    narrow = figures.type_table(figures.ranked(narrowed), "province")
    assert len(narrow) == 11 and (narrow["events"] == 0).any() and (narrow["events"] > 0).any()
    for geography, units in (("time", 63), ("current", 34)):  # one row per unit: never "Huế" beside "Thừa Thiên Huế"
        country = queries.run(con, "province_ranking", **Filters(geography=geography).query_params())
        assert len(country) == units * len(type_codes()) and country["province"].nunique() == units


def test_province_ranking_counts_each_event_once_in_each_unit(con):
    # It counts the rows of the unnested place lists: each list names a unit once (models/40_events.sql).
    for geography in ("time", "current"):
        f = Filters(geography=geography)
        twice = con.execute(
            "select count(*) from located_events(?) where len(places) <> len(list_distinct(places))", [geography]
        ).fetchone()[0]
        assert twice == 0
        plain = con.execute(
            "select province, event_type, count(distinct event_id) from "
            "(select event_id, event_type, unnest(places) as province from located_events(?)) group by all",
            [geography],
        ).fetchall()
        ranked = queries.run(con, "province_ranking", **f.query_params())
        counted = {(r.province, r.event_type, r.events) for r in ranked.itertuples() if r.events}
        assert plain and counted == set(plain)


def test_place_bits_are_each_events_places_as_a_set(con):
    # headline_figures counts the provinces touched by a bit_or of place_bits: one bit a unit, the same units.
    for geography in ("time", "current"):
        wrong = con.execute(
            "select count(*) from located_events(?) where bit_count(place_bits) <> len(places)", [geography]
        ).fetchone()[0]
        assert wrong == 0
        for region in con.execute("select distinct place_region from located_events(?)", [geography]).fetchall():
            distinct, bits = con.execute(
                "select count(distinct p), bit_count(bit_or(b)) from (select unnest(places) as p, place_bits as b "
                "from located_events(?) where place_region is not distinct from ?)",
                [geography, region[0]],
            ).fetchone()
            assert distinct == (bits or 0)


def test_the_province_filter_keeps_the_events_whose_places_name_it(con):
    """The province filter tests one bit of place_bits (queries/derived/province_bit.sql numbers the units as the
    warehouse build does): for every unit of both geographies, the events it keeps are those whose list of places
    names it; a name that is no unit of the geography keeps none."""
    for geography, kind in (("time", "legacy"), ("current", "current")):
        units = [r[0] for r in con.execute("select province from provinces where geography = ?", [kind]).fetchall()]
        assert units
        for unit in units:
            kept = queries.run(con, "events_count", **Filters(province=unit, geography=geography).query_params())
            named = con.execute(
                "select count(*) from located_events(?) where list_contains(places, ?)", [geography, unit]
            ).fetchone()[0]
            assert int(kept["events"].iloc[0]) == named, (geography, unit)
    nowhere = queries.run(con, "events_count", **Filters(province="Atlantis").query_params())
    assert int(nowhere["events"].iloc[0]) == 0


def test_the_province_filter_is_pushed_into_the_table_scan(con):
    """The province is a value bound before the query runs, not a lookup inside it: DuckDB then filters the
    events as it reads them, and the newest events come from a short scan (a subquery in the condition made a
    join of it, reading every column of a million rows first: the newest events' table took five times as long;
    a list searched on each row, half of most queries' time). Asserted on the plan: no subquery, no list search."""
    sql, values = queries._checked("latest_events", params_for("latest_events", Filters(province="Hà Nội")))
    values = queries._derive(con, sql, values, params_for("latest_events", Filters(province="Hà Nội")))
    assert values["province_bit"] is not None
    plan = "\n".join(row[1] for row in con.execute("explain " + sql, values).fetchall())
    assert "SUBQUERY" not in plan.upper() and "list_contains" not in plan, plan


def test_program_periods_come_newest_first_and_count_them_all(con):
    every = queries.run(con, "program_periods", **Filters().query_params(), limit=10_000)
    newest = queries.run(con, "program_periods", **Filters().query_params(), limit=30)
    assert len(every) > 30 and len(newest) == 30 and (newest["programs"] == len(every)).all()
    assert newest["period_start"].is_monotonic_decreasing
    assert newest["period_start"].min() == every["period_start"].nlargest(30).min()  # none newer left out


def test_program_periods_order_is_the_plain_one(con):
    # Ordered on event_key for event_id (the drawn rows read again by key): the same rows in the same order.
    shown = queries.run(con, "program_periods", **Filters().query_params(), limit=10_000)
    plain = con.execute(
        "select event_id from located_events('time') "
        "where event_type in (select event_type from event_types where makes_programs) and period_start is not null "
        "order by period_start desc, coalesce(period_end, period_start) desc, event_day desc nulls last, event_id"
    ).fetchall()
    assert len(plain) > 30 and shown["event_id"].tolist() == [r[0] for r in plain]


def test_partner_provinces_are_the_others_taking_part(con):
    f = Filters(province="Cà Mau")
    partners = queries.run(con, "partner_provinces", **f.query_params())
    sql = "select places from located_events('time') where list_contains(places, 'Cà Mau')"
    places = con.execute(sql).df()["places"]
    expected = {p for row in places for p in row} - {"Cà Mau"}
    assert expected and set(partners["province"]) == expected


def test_report_sources_count_the_articles_behind_the_events(con):
    everything = queries.run(con, "report_sources", **Filters().query_params()).iloc[0]
    assert everything["events"] == con.execute("select count(*) from events").fetchone()[0]
    assert everything["articles"] == con.execute("select count(distinct doc_id) from event_sources").fetchone()[0]
    assert everything["flagged_events"] == con.execute("select count(*) from events where len(flags) > 0").fetchone()[0]
    assert 0 < everything["sites"] < everything["articles"]
    sites = (
        "select count(distinct s) filter (where s <> ''), count(*) filter (where s = '') "
        "from (select unnest(source_sites) as s from events)"
    )
    assert (everything["sites"], everything["articles_without_site"]) == con.execute(sites).fetchone()
    searched = Filters(search="hội").query_params()  # the plan with a search keeps its matches for both passes
    some = queries.run(con, "report_sources", **searched).iloc[0]
    assert 0 < some["events"] == queries.run(con, "events_count", **searched)["events"].iloc[0] < everything["events"]
    none = queries.run(con, "report_sources", **Filters(search="không có ở đâu cả xyz").query_params()).iloc[0]
    assert (none["events"], none["articles"], none["sites"]) == (0, 0, 0)


def test_sql_files_follow_the_house_shape():
    for path in Path(queries.QUERY_DIR).glob("*.sql"):
        head = path.read_text(encoding="utf-8").splitlines()[:5]
        assert head[0].startswith("-- "), path.name
        assert any(line.startswith("-- grain:") for line in head), path.name
        assert any(line.startswith("-- params:") for line in head), path.name


def test_the_benchmark_can_ask_every_query():
    """`phoihop bench` times every named query: each parameter beyond the filter set needs a value there (a new
    query without one stopped the benchmark with a missing parameter)."""
    from benchmarks import run

    for name in queries.registry():
        asked = set(run.params(name, Filters()))
        missing = queries.registry()[name].params - asked - set(Filters().query_params())
        assert not missing, f"{name}: benchmarks/run.py gives no value for {sorted(missing)}"


def test_a_search_keeps_the_events_whose_text_holds_it_and_reads_few_texts(con):
    """The search sieves on pairs of letters (events.search_bits) before matching the text: the events kept are
    exactly those whose folded text holds the search, of any length (one letter has no pair: no sieve), and the
    sieve alone leaves out most events for a search of a few words."""
    stored = con.execute("select count(*) from events where search_bits is distinct from search_bits(search_text)")
    assert stored.fetchone()[0] == 0
    base = Filters().query_params()[queries.FILTERED]
    everything = con.execute("select count(*) from events").fetchone()[0]
    texts = [r[0] for r in con.execute("select search_text from events order by event_id limit 40").fetchall()]
    pieces = {text[i : i + n] for text in texts[::8] for i, n in ((0, 9), (5, 2), (11, 14), (3, 1))}
    for search in ["Ninh Bình", "ninh binh", "a", "đ", "Hội", " ", "", "xyzq", "'; drop table events; --", *pieces]:
        kept = con.execute(
            f"select event_id from {base.sql()} order by event_id",
            {**{k: None for k in base.params}, "geography": "time", "search": search},
        ).fetchall()
        holding = con.execute(
            "select event_id from events where contains(search_text, fold($s)) order by event_id", {"s": search}
        ).fetchall()
        assert kept == holding, search
    sieved = con.execute(
        "select count(*) from events where search_bits & search_bits(fold($s)) = search_bits(fold($s))",
        {"s": "ninh binh"},
    ).fetchone()[0]
    assert 0 < sieved < everything / 2


def test_the_events_table_is_the_newest_filtered_events_in_order(con):
    """events_table picks the newest rows by their keys first and reads the wide columns for those rows only: the
    rows, their order and their place are those of the filtered events themselves, whatever the limit."""
    for f in (Filters(), Filters(province="Ninh Bình"), Filters(province="Ninh Bình", geography="current")):
        for limit in (5, None):
            got = queries.run(con, "events_table", **f.query_params(), lang="vi", limit=limit)
            plain = con.execute(
                "select event_id, place from located_events(?) where ? is null or list_contains(places, ?) "
                "order by event_day desc nulls last, event_id limit coalesce(?, 1000000000)",
                [f.geography, f.province, f.province, limit],
            ).fetchall()
            places = [None if isinstance(p, float) else p for p in got["place"]]  # a missing place reads as NaN
            assert list(zip(got["event_id"], places, strict=True)) == plain, (f, limit)


def test_the_headline_names_the_filtered_events_once():
    """Each reference to the filtered events is expanded to the whole filtered relation and bound and planned anew
    by DuckDB (about 3 ms of planning each at any size, as much as running the query at 1M events with a filter):
    the headline, asked at every overview visit, names it once and reads it where it needs it."""
    assert len(queries.references(queries.registry()["headline_figures"].sql)) == 1
