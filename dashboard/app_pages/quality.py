"""Chất lượng dữ liệu: flagged documents, rejected inputs with reasons, the latest ETL runs."""

import streamlit as st

from dashboard import data, ui
from dashboard.i18n import t

LOW_CONFIDENCE = 0.6

f = ui.page_header("page_quality", "quality_intro")
st.subheader(t("flagged_docs", f.lang))
flagged = data.query("flagged_documents", min_confidence=LOW_CONFIDENCE, limit=1000)
if flagged.empty:
    st.info(t("none_flagged", f.lang))
else:
    flagged = flagged.assign(flags=flagged["flags"].map(lambda v: ", ".join(v) if v is not None else ""))
    st.dataframe(flagged, hide_index=True, width="stretch")

st.subheader(t("rejects", f.lang))
rejects = data.query("rejects_list")
if rejects.empty:
    st.info(t("none_rejected", f.lang))
else:
    st.dataframe(rejects, hide_index=True, width="stretch")

st.subheader(t("runs", f.lang))
st.dataframe(data.query("etl_runs_list", limit=20), hide_index=True, width="stretch")
