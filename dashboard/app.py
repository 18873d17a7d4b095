"""phoihop dashboard. Run with `phoihop dashboard` (or `streamlit run dashboard/app.py -- --db FILE`).

The frame: page config, the shared filters in the sidebar, the navigation; each page is a thin file in
app_pages/ that reads the filters, runs named queries and hands frames to figure builders.
"""

import sys
from pathlib import Path

import duckdb
import streamlit as st

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # `streamlit run` does not install the project

from dashboard import auth, data, preload, presentation, sidebar, site  # noqa: E402
from dashboard.i18n import t  # noqa: E402
from dashboard.literal import escape_markdown  # noqa: E402

st.set_page_config(page_title="Phối hợp", page_icon=str(site.FAVICON), layout="wide")


def site_pages(lang: str) -> list:
    return [
        st.Page(
            site.HERE / "app_pages" / p.file,
            title=t(p.title_key, lang),
            url_path=p.url_path,
            icon=p.icon,
            default=p is site.DEFAULT,
        )
        for p in site.PAGES
    ]


asked_lang = st.session_state.get("f_lang") or ("en" if st.query_params.get("lang") == "en" else "vi")
# Only the sign-in form until signed in; the pages are named meanwhile (hidden), so the address a link named
# is the one the user lands on after signing in.
user, role = auth.gate(asked_lang, hold=lambda: st.navigation(site_pages(asked_lang), position="hidden"))
st.session_state["role"] = role
missing = st.query_params.get(site.MISSING)  # an address that names no page, sent here by the server
filters = sidebar.render()  # writes the filters back to the URL, the unknown name gone
auth.sign_out_button(filters.lang)
preload.charts_in_background()  # a later page's first chart is drawn at once
lang = filters.lang
if data.db_key() is not None and bool(data.query("warehouse_kind")["simulated"].iloc[0]):
    st.warning(t("simulated_banner", lang), icon=":material/science:")
if missing:
    name = " ".join(missing.replace("`", "").split())[:80]  # one line in a code span: shown as typed, never Markdown
    st.warning(t("page_missing", lang, name=name), icon=":material/link_off:")
pages = site_pages(lang)
try:
    if presentation.active():  # the charts one per screen, whatever page the presenter started from
        st.navigation(pages, position="hidden")
        presentation.render(filters)
    else:
        st.navigation(pages).run()
except duckdb.Error as exc:  # a warehouse from an older version lacks a table or column: say what to do
    st.error(t("old_warehouse", lang))
    st.caption(escape_markdown(str(exc).splitlines()[0]))
data.settle_memory()
