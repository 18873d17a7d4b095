"""Tổng quan: headline figures with the change from the same span of the previous period, the programs due
for review (opening their list), activity by month, latest events."""

from datetime import date

import streamlit as st

from dashboard import charts, ui
from dashboard.formatting import fmt_date, fmt_delta, fmt_int, fmt_text
from dashboard.headline import headline_figures
from dashboard.i18n import t

f = ui.page_header("page_overview", "overview_intro")
extent = ui.data.query("data_extent").iloc[0]
if int(extent["events"] or 0):
    st.caption(
        f"{t('data_as_of', f.lang)} {fmt_date(extent['last_day'])} · {fmt_int(extent['events'], f.lang)} "
        f"{t('events', f.lang).lower()} · {fmt_int(extent['documents'], f.lang)} {t('documents', f.lang)}"
    )
last_day = extent["last_day"] if int(extent["events"] or 0) else None
compared = f.compared_periods(last_day)
ui.prefetch(  # the page's queries started together; each is read below where it is shown
    f,
    ("headline_figures", {}, compared[0] if compared else f),
    *([("headline_figures", {}, compared[1])] if compared else []),
    ("programs_due_count", {}),
    charts.MONTHLY,
    ("latest_events", {"limit": 10}),
)
now = ui.q("headline_figures", compared[0] if compared else f)  # one row per event type
before = ui.q("headline_figures", compared[1]) if compared else None

shown = headline_figures(now, before, f.lang)  # each event type's count, then programs, provinces, bodies
columns = ui.figures_row("ov_headline", len(shown) + 1)  # the last: programs due for review, opening their list
for column, item in zip(columns[:-1], shown, strict=True):
    value, previous = item.value, item.previous
    column.metric(
        item.label,
        fmt_int(value, f.lang),
        delta=None
        if previous is None
        else f"{fmt_delta(value, previous, f.lang)} ({t('before_short', f.lang)} {fmt_int(previous, f.lang)})",
        delta_color="normal" if previous is None or value != previous else "off",
        help=item.help,
    )
due = ui.q("programs_due_count", f)  # the Programs page's list counted, without its rows (a third less work)
columns[-1].metric(
    t("programs_due", f.lang),
    fmt_int(int(due["programs"].iloc[0]), f.lang),
    help=t("programs_due_help", f.lang, day=fmt_date(f.date_to or date.today())),
)
columns[-1].page_link("app_pages/programs.py", label=t("open_programs_due", f.lang))  # no icon: fits a phone
if compared:
    st.caption(
        t(
            "compared_with",
            f.lang,
            now=f"{fmt_date(compared[0].date_from)}–{fmt_date(compared[0].date_to)}",
            before=f"{fmt_date(compared[1].date_from)}–{fmt_date(compared[1].date_to)}",
        )
    )

if int(now.iloc[0]["events"] or 0) == 0:
    ui.empty(f)
    st.stop()

picked = ui.show(charts.MONTHLY, f, "ov_month")
if picked is None:
    ui.empty(f)
else:
    ui.drilldown("ov_month", picked, ui.narrow_to_period(f, "month"), f)

st.subheader(t("latest_events", f.lang))
latest = ui.q("latest_events", f, limit=10)
for row in latest.itertuples():
    st.text(f"{fmt_date(row.event_date) or '—'} · {t(row.event_type, f.lang)} · {fmt_text(row.place)} · {row.title}")
