"""Chủ đề: activity by topic, and topic by region as a heatmap."""

import streamlit as st

from dashboard import charts, ui

f = ui.page_header("page_topics", "topics_intro")
ui.prefetch(f, charts.TOPICS, charts.TOPIC_REGIONS)  # their queries started together
if not ui.chart_with_events(charts.TOPICS, f, "tp_topic", ui.narrow_to(f, "topic")):  # a click reruns this block
    ui.empty(f)
    st.stop()
ui.show(charts.TOPIC_REGIONS, f, "tp_heat", selectable=False)
