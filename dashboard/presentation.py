"""Presentation mode: one chart per screen for the projector, in large type and a high-contrast theme,
with previous/next (buttons and keys) and the active filters under each chart.

Turned on by the sidebar toggle or `present=1` in the URL (`slide=N` picks the chart), so a presenter can
open a prepared link. The sidebar still runs, hidden, so the filters are the ones the link or session set.
"""

from __future__ import annotations

import html

import streamlit as st

from dashboard import charts, data, figures, ui
from dashboard.filter_model import Filters
from dashboard.i18n import t
from dashboard.sidebar import PRESENT, SLIDE

# Streamlit's own chrome (sidebar, header, toolbar, status) hidden; the page uses the whole screen.
CSS = """
<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stHeader"],
[data-testid="stToolbar"], [data-testid="stDecoration"], [data-testid="stStatusWidget"], footer
    { display: none !important; }
[data-testid="stMainBlockContainer"], .block-container
    { padding: 0.6rem 1.5rem 0.5rem 1.5rem !important; max-width: 100% !important; }
.present-filters { font-size: 30px; line-height: 1.3; color: #000; font-weight: 500; margin-top: 0.3rem; }
.present-empty { font-size: 44px; color: #000; padding: 3rem 0; }
.present-count { font-size: 26px; color: #000; text-align: center; padding-top: 0.2rem; }
.st-key-present_next_page, .st-key-present_prev_page { position: absolute; left: -10000px; }
</style>
"""


def active() -> bool:
    return bool(st.session_state.get(PRESENT))


def _move(step: int, count: int) -> None:
    st.session_state[SLIDE] = min(max(0, st.session_state.get(SLIDE, 0) + step), count - 1)


def _leave() -> None:
    st.session_state[PRESENT] = False


def render(f: Filters) -> None:
    """The current chart full screen, the way back and forth, and what it counts."""
    st.html(CSS)
    if data.db_key() is None:
        st.info(t("no_warehouse", f.lang))
        st.button(t("present_exit", f.lang), key="present_exit", icon=":material/close:", on_click=_leave)
        return
    deck = charts.presentation_deck(f)
    index = min(st.session_state.get(SLIDE, 0), len(deck) - 1)
    st.session_state[SLIDE] = index
    chart = deck[index]

    prev_col, count_col, next_col, _, exit_col = st.columns([1, 1, 1, 4, 1.4], vertical_alignment="center")
    prev_col.button(
        t("present_prev", f.lang),
        key="present_prev",
        icon=":material/arrow_back:",
        shortcut="Left",
        disabled=index == 0,
        on_click=_move,
        args=(-1, len(deck)),
        width="stretch",
    )
    count_col.markdown(f"<div class='present-count'>{index + 1} / {len(deck)}</div>", unsafe_allow_html=True)
    next_col.button(
        t("present_next", f.lang),
        key="present_next",
        icon=":material/arrow_forward:",
        shortcut="Right",
        disabled=index == len(deck) - 1,
        on_click=_move,
        args=(1, len(deck)),
        width="stretch",
    )
    exit_col.button(
        t("present_exit", f.lang),
        key="present_exit",
        icon=":material/close:",
        shortcut="Esc",
        on_click=_leave,
        width="stretch",
    )
    # Presenter remotes send PageDown/PageUp: two more shortcuts on buttons kept off screen.
    st.button("PageDown", key="present_next_page", shortcut="PageDown", on_click=_move, args=(1, len(deck)))
    st.button("PageUp", key="present_prev_page", shortcut="PageUp", on_click=_move, args=(-1, len(deck)))

    fig = chart.build(charts.asker(data.query), f)
    if fig is None:
        st.markdown(
            f"<div class='present-empty'><b>{html.escape(t(chart.title_key, f.lang))}</b><br>"
            f"{html.escape(t('no_data', f.lang))}</div>",
            unsafe_allow_html=True,
        )
    else:
        st.plotly_chart(
            figures.presentation_figure(fig),
            theme=None,
            key=f"present_{chart.key}",
            config={"displaylogo": False, "displayModeBar": False, "locale": "vi" if f.lang == "vi" else "en"},
        )
    # On one line, escaped: a blank line in it would end the HTML block and start Markdown.
    words = html.escape(" ".join(f.describe().split()))
    st.markdown(f"<div class='present-filters'>{words}</div>", unsafe_allow_html=True)
    if fig is not None:
        ui.image_downloads(fig, chart.key, f)
    st.caption(t("present_keys", f.lang))
