"""Chủ đề: activity by topic, and topic by region as a heatmap."""

import streamlit as st

from dashboard import charts, ui

f = ui.page_header("page_topics", "topics_intro")
picked = ui.show(charts.TOPICS, f, "tp_topic")
if picked is None:
    ui.empty(f)
    st.stop()
ui.drilldown("tp_topic", picked, ui.narrow_to(f, "topic"), f)
ui.show(charts.TOPIC_REGIONS, f, "tp_heat", selectable=False)
