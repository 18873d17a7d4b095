"""Vùng và tỉnh: the province map (offline), with rankings by region and by province."""

import streamlit as st

from dashboard import charts, figures, maps, ui

f = ui.page_header("page_regions", "regions_intro")
by_province = ui.q("events_by_province", f)
if by_province.empty:
    ui.empty(f)
    st.stop()

# The map on a row of its own: its names are set out for a frame about 1000 pixels wide (maps.PAGE_WIDTH).
picked_map = ui.chart(maps.province_map_figure(by_province, f.geography, f.lang, f.describe(), f.region), "rg_map", f)
picked_region = ui.chart(
    figures.events_by_region_figure(ui.q("events_by_region", f), f.lang, f.describe()), "rg_region", f
)
ui.drilldown("rg_map", picked_map, ui.narrow_to(f, "province"), f)
ui.drilldown("rg_region", picked_region, ui.narrow_to(f, "region"), f)
ranking = ui.q("province_ranking", f)  # every province of the geography (of the region), none left out unsaid
picked_province = ui.chart(
    figures.province_ranking_figure(ranking, f.lang, f.describe(), top=charts.ranking_top(f)), "rg_province", f
)
ui.drilldown("rg_province", picked_province, ui.narrow_to(f, "province"), f)
