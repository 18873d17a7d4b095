"""Vùng và tỉnh: the province map (offline), with rankings by region and by province."""

import streamlit as st

from dashboard import charts, ui

f = ui.page_header("page_regions", "regions_intro")
# The map on a row of its own: its names are set out for a frame about 1000 pixels wide (maps.PAGE_WIDTH).
picked_map = ui.show(charts.MAP, f, "rg_map")
if picked_map is None:
    ui.empty(f)
    st.stop()
picked_region = ui.show(charts.REGIONS, f, "rg_region") or []
ui.drilldown("rg_map", picked_map, ui.narrow_to(f, "province"), f)
ui.drilldown("rg_region", picked_region, ui.narrow_to(f, "region"), f)
# Every province of the geography (of the region), none left out unsaid.
picked_province = ui.show(charts.PROVINCES, f, "rg_province") or []
ui.drilldown("rg_province", picked_province, ui.narrow_to(f, "province"), f)
