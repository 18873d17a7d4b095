"""Chương trình: the programs in the filters' scope, what is due for review first (for leaders), then every
program's line (signing, reviews, renewal) and the list, searchable; a program opens its articles."""

from datetime import date

import streamlit as st

from dashboard import charts, data, program_tables, ui
from dashboard.formatting import fmt_date, fmt_int
from dashboard.i18n import t
from dashboard.literal import escape_markdown

f = ui.page_header("page_programs", "programs_intro")
as_of = f.date_to or date.today()
st.caption(t("programs_status_as_of", f.lang, day=fmt_date(as_of)))

# The leaders' list and the programs list (with its timeline) started together, each its own scope: the search as
# typed by the time this run started (its box, drawn below, holds the same).
typed = str(st.session_state.get("pg_search") or "").strip() or None
ui.prefetch(f, ("programs_due", {"limit": program_tables.DUE_SHOWN}), ("programs_list", charts.program_list(typed)))

st.subheader(t("programs_due_title", f.lang))
# the rows and the tables made of them, once for every viewer of these filters (and search)
due, due_shown = ui.shared_table(program_tables.due_table, "programs_due", f, limit=program_tables.DUE_SHOWN)
if due.empty:
    st.info(t("programs_none_due", f.lang))
else:
    total = int(due["programs"].iloc[0])
    if total > len(due):
        st.caption(t("programs_due_shown", f.lang, n=fmt_int(len(due), f.lang), total=fmt_int(total, f.lang)))
    st.dataframe(due_shown, hide_index=True, width="stretch", key="pg_due")

text = st.text_input(t("program_search", f.lang), key="pg_search", max_chars=200).strip() or None
# the list and the timeline of its first programs: one query (charts.program_list)
listing, listed = ui.shared_table(program_tables.programs_table, "programs_list", f, **charts.program_list(text))
if listing.empty:
    st.info(t("no_programs", f.lang) + " " + escape_markdown(f.describe()))  # the filters hold what anyone typed
    st.stop()
ui.show(charts.PROGRAM_LINES, f, "pg_lines", selectable=False, text=text)  # built once per filters and search

st.subheader(t("programs_list_title", f.lang))
total = int(listing["programs"].iloc[0])
st.caption(
    t("programs_all", f.lang, n=fmt_int(total, f.lang))
    if total == len(listing)
    else t("programs_newest", f.lang, n=fmt_int(len(listing), f.lang), total=fmt_int(total, f.lang))
)
st.caption(t("choose_program", f.lang))
state = st.dataframe(
    listed,
    hide_index=True,
    key=f"pg_table__{text or ''}",  # a new search starts with nothing chosen
    on_select="rerun",
    selection_mode="single-row",
    width="stretch",
)
rows = [r for r in (state.selection.rows if state else []) if r < len(listing)]
if not rows:
    st.stop()

program = listing.iloc[rows[0]]
st.subheader(f"{t('program_articles', f.lang)}: {program_tables.program_name(program)}")
for key in ("renews", "renewed_by"):  # the older program it renews, the newer one renewing it
    if isinstance(program[key], str):
        st.text(t(f"program_{key}", f.lang, program=program[key]))
articles = data.query("program_event_table", program_id=program["program_id"], geography=f.geography, lang=f.lang)
chosen = ui.show_events(articles, f, key=f"pg_events__{program['program_id']}", selectable=True)
picked = chosen.selection.rows if chosen else []
if picked:
    ui.show_sources(articles.iloc[picked[0]]["event_id"], f)
