"""What a page writes where the warehouse holds no value: DuckDB's NULL reaches pandas as NaN or NaT."""

from __future__ import annotations

import duckdb

from dashboard.formatting import fmt_date, fmt_int, fmt_text


def test_a_null_from_duckdb_is_written_as_a_dash_not_nan():
    row = duckdb.sql("select null::varchar as place, null::date as day, null::integer as n, 'Gia Lai' as name").df()
    place, day, n, name = row.iloc[0]
    assert fmt_text(place) == "—"
    assert fmt_date(day) == ""
    assert fmt_int(n) == "—"
    assert fmt_text(name) == "Gia Lai"
    assert fmt_text("") == "—"
