"""Sự kiện: the filtered events with sources; a row opens its source articles; CSV and Excel downloads."""

import streamlit as st

from dashboard import exports, ui
from dashboard.formatting import fmt_date
from dashboard.i18n import t

f = ui.page_header("page_events", "events_intro")
table = ui.q("events_table", f, lang=f.lang, limit=ui.TABLE_LIMIT)
state = ui.show_events(table, f, key="ev_table", selectable=True)
if table.empty:
    st.stop()

# The files are made when a button is clicked, not on every rerun: an Excel file of 5,000 rows takes a second.
left, right = st.columns(2)
left.download_button(t("download_csv", f.lang), lambda: exports.to_csv_bytes(table), "phoihop_events.csv", "text/csv")
right.download_button(
    t("download_xlsx", f.lang),
    lambda: exports.to_xlsx_bytes(table),
    "phoihop_events.xlsx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
)

rows = state.selection.rows if state else []
if rows:
    event = table.iloc[rows[0]]
    st.subheader(t("source_article", f.lang))
    for source in ui.data.query("event_sources_text", event_id=event["event_id"]).itertuples():
        with st.container(border=True):
            st.text(source.title)  # article text is shown as text: never as HTML or Markdown
            st.caption(f"{t('published', f.lang)}: {fmt_date(source.published_date) or '—'} · {source.source_id}")
            if source.url and str(source.url).startswith(("http://", "https://")):
                st.link_button(t("open_link", f.lang), source.url)
                st.text(source.url)
            st.text(source.text)
