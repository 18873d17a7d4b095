"""Sự kiện: the filtered events with sources; a row opens its source articles; CSV and Excel downloads."""

import streamlit as st

from dashboard import data, exports, ui
from dashboard.formatting import fmt_int
from dashboard.i18n import t

f = ui.page_header("page_events", "events_intro")
table = ui.q("events_table", f, lang=f.lang, limit=ui.TABLE_LIMIT)
state = ui.show_events(table, f, key="ev_table", selectable=True)
if table.empty:
    st.stop()

# Every matching row, read from DuckDB in pieces when a button is clicked (not on every rerun); the buttons
# say how many rows, and Excel's sheet limit where the events pass it.
total = int(ui.q("events_count", f)["events"].iloc[0])
every_row = {**f.query_params(), "lang": f.lang, "limit": None}
xlsx_label = (
    t("download_xlsx", f.lang, n=fmt_int(total))
    if total <= exports.EXCEL_ROWS
    else t("download_xlsx_capped", f.lang, max=fmt_int(exports.EXCEL_ROWS), n=fmt_int(total))
)
left, right = st.columns(2)
left.download_button(
    t("download_csv", f.lang, n=fmt_int(total)),
    lambda: exports.to_csv_bytes(data.stream("events_table", **every_row), f.lang),
    "phoihop_events.csv",
    "text/csv",
    on_click="ignore",
    key="ev_csv",
)
right.download_button(
    xlsx_label,
    lambda: exports.to_xlsx_bytes(data.stream("events_table", **every_row), f.lang, exports.EXCEL_ROWS),
    "phoihop_events.xlsx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    on_click="ignore",
    key="ev_xlsx",
)

rows = state.selection.rows if state else []
if rows:
    ui.show_sources(table.iloc[rows[0]]["event_id"], f)
