"""Work done once when the server starts, before it answers anyone: the first visitor after a start should not
pay for opening the warehouse, importing plotly, reading the province shapes or the default view's queries.

`server.py` runs `warm()` in its startup (the server listens only after it); the caches filled are the ones
every session shares (data.py's and ui.py's `st.cache_resource`), so the warm results are the first
visitor's. Nothing here draws: it only asks and builds what the default view of each page would.
"""

from __future__ import annotations

import logging
import time

import plotly.io as pio

from dashboard import charts, data, program_tables, ui
from dashboard.filter_model import Filters

LOG = logging.getLogger(__name__)


def default_views() -> list[Filters]:
    """The filter sets a first visit starts from: no filter, in Vietnamese (the default) and in English."""
    return [Filters(lang="vi"), Filters(lang="en")]


def every_chart() -> list[charts.Chart]:
    return [c for c in vars(charts).values() if isinstance(c, charts.Chart)]


# Drawn by the clusters page for a chosen cluster only. With none chosen their queries ask for every event
# (the meetings' timeline: one point an event, a million at 1M events), which no page draws: warming them took
# most of a start and held the largest figure in memory.
ONE_CLUSTER = ("members", "roster", "cluster_comparison", "cluster_meetings")


def charts_of(f: Filters) -> list[charts.Chart]:
    """The charts a page may draw under these filters."""
    return [c for c in every_chart() if f.cluster_id or c.key not in ONE_CLUSTER]


def warm() -> float:
    """Open the warehouse, run the default view's queries and build (and serialise) its charts; seconds taken.
    Nothing to do without a warehouse; a failure is logged, never fatal (the pages will say what is wrong)."""
    started = time.perf_counter()
    if data.db_key() is None:
        return 0.0
    try:
        data.query("data_extent")
        data.query("warehouse_kind")
        for f in default_views():
            data.query("filter_options", lang=f.lang)
            ui.q("headline_figures", f)
            ui.q("programs_due_count", f)
            ui.q("latest_events", f, limit=10)
            ui.q("events_table", f, lang=f.lang, limit=ui.TABLE_LIMIT)
            ui.q("events_count", f)
            ui.shared_table(program_tables.due_table, "programs_due", f, limit=program_tables.DUE_SHOWN)
            ui.shared_table(program_tables.programs_table, "programs_list", f, **charts.program_list(None))
            for chart in charts_of(f):
                fig = ui.shared_figure(chart, f)
                if fig is not None:
                    pio.to_json(fig, validate=False)  # plotly's encoders loaded and run once, as st.plotly_chart does
    except Exception:  # noqa: BLE001 (a warm-up never stops the server)
        LOG.exception("warming the dashboard's caches failed")
    return time.perf_counter() - started
