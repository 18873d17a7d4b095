"""phoihop dashboard. Run with `phoihop dashboard` (or `streamlit run dashboard/app.py -- --db FILE`).

The frame: page config, the shared filters in the sidebar, the navigation; each page is a thin file in
app_pages/ that reads the filters, runs named queries and hands frames to figure builders.
"""

import sys
from pathlib import Path

import duckdb
import streamlit as st

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # `streamlit run` does not install the project

from dashboard import auth, data, presentation, sidebar  # noqa: E402
from dashboard.i18n import t  # noqa: E402

st.set_page_config(page_title="Phối hợp", page_icon=":material/handshake:", layout="wide")

user, role = auth.gate(st.session_state.get("f_lang", "vi"))  # draws only the sign-in form until signed in
st.session_state["role"] = role
filters = sidebar.render()
auth.sign_out_button(filters.lang)
lang = filters.lang
if data.db_key() is not None and bool(data.query("warehouse_kind")["simulated"].iloc[0]):
    st.warning(t("simulated_banner", lang), icon=":material/science:")
HERE = Path(__file__).resolve().parent / "app_pages"
pages = [
    st.Page(
        HERE / "overview.py",
        title=t("page_overview", lang),
        url_path="overview",
        default=True,
        icon=":material/dashboard:",
    ),
    st.Page(HERE / "regions.py", title=t("page_regions", lang), url_path="regions", icon=":material/map:"),
    st.Page(HERE / "clusters.py", title=t("page_clusters", lang), url_path="clusters", icon=":material/hub:"),
    st.Page(HERE / "topics.py", title=t("page_topics", lang), url_path="topics", icon=":material/sell:"),
    st.Page(HERE / "timeline.py", title=t("page_timeline", lang), url_path="timeline", icon=":material/timeline:"),
    st.Page(HERE / "events.py", title=t("page_events", lang), url_path="events", icon=":material/table_view:"),
    st.Page(HERE / "quality.py", title=t("page_quality", lang), url_path="quality", icon=":material/fact_check:"),
    st.Page(HERE / "report.py", title=t("page_report", lang), url_path="report", icon=":material/slideshow:"),
]
try:
    if presentation.active():  # the charts one per screen, whatever page the presenter started from
        st.navigation(pages, position="hidden")
        presentation.render(filters)
    else:
        st.navigation(pages).run()
except duckdb.Error as exc:  # a warehouse from an older version lacks a table or column: say what to do
    st.error(t("old_warehouse", lang))
    st.caption(str(exc).splitlines()[0])
data.settle_memory()
