"""Vùng và tỉnh: the province map (offline), with rankings by region and by province."""

import streamlit as st

from dashboard import charts, ui

f = ui.page_header("page_regions", "regions_intro")
ui.prefetch(f, charts.MAP, charts.REGIONS, charts.PROVINCES)  # their queries started together
# The map on a row of its own: its names are set out for a frame about 1000 pixels wide (maps.PAGE_WIDTH).
# Each chart with the events behind a selection on it: a click reruns that chart's block alone.
if not ui.chart_with_events(charts.MAP, f, "rg_map", ui.narrow_to(f, "province")):
    ui.empty(f)
    st.stop()
ui.chart_with_events(charts.REGIONS, f, "rg_region", ui.narrow_to(f, "region"))
# Every province of the geography (of the region), none left out unsaid.
ui.chart_with_events(charts.PROVINCES, f, "rg_province", ui.narrow_to(f, "province"))
