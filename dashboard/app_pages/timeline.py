"""Dòng thời gian: events by month, quarter or year; program periods; programs in force per year."""

import streamlit as st

from dashboard import figures, ui
from dashboard.filter_model import GRAINS
from dashboard.i18n import t

PROGRAMS_SHOWN = 30  # the newest programs of the scope, each on a labelled row; the chart says of how many

f = ui.page_header("page_timeline", "timeline_intro")
# The grain is one of the shared choices (key f_grain, `grain=` in the URL): a shared link shows the same bars.
grain = st.radio(t("grain", f.lang), GRAINS, horizontal=True, key="f_grain", format_func=lambda g: t(g, f.lang))
periods = ui.q("events_by_period", f, grain=grain)
if periods.empty:
    ui.empty(f)
    st.stop()
picked = ui.chart(figures.events_by_period_figure(periods, grain, f.lang, f.describe()), "tl_period", f)
ui.drilldown("tl_period", picked, ui.narrow_to_period(f, grain), f)

programs = ui.q("program_periods", f, limit=PROGRAMS_SHOWN)
if programs.empty:
    st.subheader(t("program_gantt", f.lang))
    ui.empty(f)
else:
    ui.chart(figures.program_gantt_figure(programs, f.lang, f.describe()), "tl_gantt", f, selectable=False)
in_force = ui.q("programs_in_force", f)
if not in_force.empty:
    ui.chart(figures.programs_in_force_figure(in_force, f.lang, f.describe()), "tl_force", f, selectable=False)
