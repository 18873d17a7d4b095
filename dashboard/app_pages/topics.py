"""Chủ đề: activity by topic, and topic by region as a heatmap."""

import streamlit as st

from dashboard import figures, ui

f = ui.page_header("page_topics", "topics_intro")
by_topic = ui.q("events_by_topic", f, lang=f.lang)
if by_topic.empty:
    ui.empty(f)
    st.stop()
picked = ui.chart(figures.events_by_topic_figure(by_topic, f.lang, f.describe()), "tp_topic", f)
ui.drilldown("tp_topic", picked, ui.narrow_to(f, "topic"), f)
ui.chart(
    figures.topic_region_heatmap(ui.q("topic_by_region", f, lang=f.lang), f.lang, f.describe()),
    "tp_heat",
    f,
    selectable=False,
)
