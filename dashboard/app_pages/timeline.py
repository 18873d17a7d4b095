"""Dòng thời gian: events by month, quarter or year; program periods; programs in force per year."""

import streamlit as st

from dashboard import charts, ui
from dashboard.filter_model import GRAINS
from dashboard.i18n import t

f = ui.page_header("page_timeline", "timeline_intro")
# The grain is one of the shared choices (key f_grain, `grain=` in the URL): a shared link shows the same bars.
grain = st.radio(t("grain", f.lang), GRAINS, horizontal=True, key="f_grain", format_func=lambda g: t(g, f.lang))
ui.prefetch(f, charts.PERIODS, charts.PROGRAMS, charts.IN_FORCE)  # their queries started together
picked = ui.show(charts.PERIODS, f, "tl_period")  # f.grain is the radio's choice (the same key)
if picked is None:
    ui.empty(f)
    st.stop()
ui.drilldown("tl_period", picked, ui.narrow_to_period(f, grain), f)

if ui.show(charts.PROGRAMS, f, "tl_gantt", selectable=False) is None:
    ui.empty(f, charts.PROGRAMS)
ui.show(charts.IN_FORCE, f, "tl_force", selectable=False)  # drawn only when programs are in force
