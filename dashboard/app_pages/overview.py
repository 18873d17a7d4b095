"""Tổng quan: headline figures with the change from the previous equal period, activity by month, latest events."""

import streamlit as st

from dashboard import figures, ui
from dashboard.formatting import fmt_date, fmt_int
from dashboard.i18n import t

f = ui.page_header("page_overview", "overview_intro")
extent = ui.data.query("data_extent").iloc[0]
if int(extent["events"] or 0):
    st.caption(
        f"{t('data_as_of', f.lang)} {fmt_date(extent['last_day'])} · {fmt_int(extent['events'], f.lang)} "
        f"{t('events', f.lang).lower()} · {fmt_int(extent['documents'], f.lang)} {t('documents', f.lang)}"
    )
now = ui.q("headline_figures", f).iloc[0]
previous_filters = f.previous_period()
before = ui.q("headline_figures", previous_filters).iloc[0] if previous_filters else None

columns = ui.figures_row("ov_headline", 5)
for column, key in zip(columns, ["agreements", "meetings", "programs_in_force", "provinces", "bodies"], strict=True):
    value = int(now[key] or 0)
    delta = None if before is None else int(value - int(before[key] or 0))
    column.metric(
        t(key, f.lang),
        fmt_int(value, f.lang),
        delta=None if delta is None else fmt_int(delta, f.lang),
        help=t("vs_previous", f.lang) if delta is not None else None,
    )

if int(now["events"] or 0) == 0:
    ui.empty(f)
    st.stop()

monthly = ui.q("events_by_month", f)
if monthly.empty:
    ui.empty(f)
else:
    picked = ui.chart(figures.activity_by_month_figure(monthly, f.lang, f.describe()), "ov_month", f)
    ui.drilldown("ov_month", picked, ui.narrow_to_period(f, "month"), f)

st.subheader(t("latest_events", f.lang))
latest = ui.q("latest_events", f, limit=10)
for row in latest.itertuples():
    st.text(f"{fmt_date(row.event_date)} · {t(row.event_type, f.lang)} · {row.place or '—'} · {row.title}")
