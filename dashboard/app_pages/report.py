"""Báo cáo: a scope, a period and a language in; the conference report as PowerPoint and PDF out."""

from datetime import date

import pandas as pd
import streamlit as st

from dashboard import charts, data, ui
from dashboard.formatting import fold, vi_sorted
from dashboard.i18n import t
from dashboard.images import ImageError
from dashboard.literal import escape_markdown
from dashboard.report import content, make, scope

f = ui.page_header("page_report", "report_intro")
options = data.query("filter_options", lang=f.lang)
kind = st.radio(
    t("report_scope", f.lang),
    scope.KINDS,
    horizontal=True,
    key="rp_kind",
    format_func=lambda k: t(f"scope_kind_{k}", f.lang),
    index=scope.KINDS.index(
        "cluster" if f.cluster_id else "province" if f.province else "region" if f.region else "all"
    ),
)
chosen = scope.Scope("all")
if kind != "all":
    choices = {value: (label, geography) for value, label, geography in scope.candidates(kind, options)}
    if kind in ("region", "province"):  # the sidebar's geography decides which names are offered
        wanted = "current" if f.geography == "current" else "time"
        choices = {v: c for v, c in choices.items() if c[1] == wanted} or choices
    values = list(choices) if kind == "cluster" else vi_sorted(list(choices))
    preset = {"region": f.region, "province": f.province, "cluster": f.cluster_id}[kind]
    value = st.selectbox(
        t(kind, f.lang),
        values,
        index=values.index(preset) if preset in values else 0,
        format_func=lambda v: choices[v][0],
        key=f"rp_{kind}",
    )
    chosen = scope.Scope(kind, value, *choices[value])

last_day = data.query("data_extent")["last_day"].iloc[0]
year = (last_day.year if pd.notna(last_day) else date.today().year) - 1  # the last full year of data
left, right, lang_col = st.columns(3)
date_from = left.date_input(t("date_from", f.lang), f.date_from or date(year, 1, 1), format="DD/MM/YYYY", key="rp_from")
date_to = right.date_input(t("date_to", f.lang), f.date_to or date(year, 12, 31), format="DD/MM/YYYY", key="rp_to")
lang = lang_col.radio(
    t("report_language", f.lang),
    ["vi", "en"],
    index=0 if f.lang == "vi" else 1,
    horizontal=True,
    key="rp_lang",
    format_func=lambda v: {"vi": "Tiếng Việt", "en": "English"}[v],
)

# The scope takes the place of the sidebar's region, province and cluster; its other filters (type, topic,
# level, search) narrow the report as they narrow the pages. What the report will count is said before it
# is made, in the report's words.
applied = chosen.filters(date_from, date_to, lang, f)
st.caption(f"{t('report_applies', f.lang)}: {escape_markdown(applied.describe(f.lang))}")
inputs = applied  # a file made for other choices is not offered as this one
if st.button(t("report_make", f.lang), type="primary", icon=":material/slideshow:", key="rp_make"):
    if date_from > date_to:
        st.error(t("report_bad_period", f.lang))
        st.stop()
    with st.spinner(t("report_making", f.lang)):
        try:
            report = content.build(charts.asker(data.query), chosen, date_from, date_to, lang, date.today(), f)
            pictures = make.render_images(report)
        except ImageError:
            st.error(t("report_no_browser", f.lang))
            st.stop()
        stem = "_".join(["phoihop", fold(chosen.label or kind).replace(" ", "-"), str(date_from), str(date_to)])
        st.session_state["rp_files"] = {
            "inputs": inputs,
            "stem": stem,
            "sections": len(report.slides),
            **{fmt: make.to_bytes(report, pictures, fmt) for fmt in make.WRITERS},
        }

made = st.session_state.get("rp_files")
if made and made["inputs"] == inputs:
    st.success(t("report_ready", f.lang, sections=made["sections"]))
    files = {
        "pptx": ("application/vnd.openxmlformats-officedocument.presentationml.presentation", ":material/slideshow:"),
        "pdf": ("application/pdf", ":material/picture_as_pdf:"),
    }
    for column, (fmt, (mime, icon)) in zip(st.columns(len(files)), files.items(), strict=True):
        column.download_button(
            t(f"report_download_{fmt}", f.lang),
            made[fmt],
            file_name=f"{made['stem']}.{fmt}",
            mime=mime,
            icon=icon,
            on_click="ignore",
            key=f"rp_{fmt}",
        )
