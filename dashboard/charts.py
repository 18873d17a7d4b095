"""The dashboard's charts as a list: each names its query and its figure builder. Every page draws its charts
from here (ui.show), and so do presentation mode (one chart per screen) and the conference report, so all
three draw exactly the same thing.

`ask(query_name, filters, **extra)` runs a filtered query: the dashboard passes its cached runner, the
report command one over a plain DuckDB connection. No Streamlit here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

import pandas as pd
import plotly.graph_objects as go

from dashboard import figures, maps
from dashboard.filter_model import Filters
from etl.places import gazetteer

Ask = Callable[..., pd.DataFrame]


def asker(run: Callable[..., pd.DataFrame]) -> Ask:
    """An `ask` over a plain runner `run(query_name, **params)`: the filters become the query's parameters."""

    def ask(name: str, f: Filters | None = None, **extra: object) -> pd.DataFrame:
        return run(name, **(f.query_params() if f else {}), **extra)

    return ask


def grain_for(f: Filters) -> str:
    """Months for up to two years, quarters for up to six, years beyond (or when the period is open)."""
    if not (f.date_from and f.date_to):
        return "year"
    months = (f.date_to.year - f.date_from.year) * 12 + f.date_to.month - f.date_from.month + 1
    return "month" if months <= 24 else "quarter" if months <= 72 else "year"


@dataclass(frozen=True)
class Chart:
    key: str  # stable name (URLs, file names)
    title_key: str  # its title in strings.csv, for the slide that says there is nothing to draw
    query: str
    draw: Callable[[pd.DataFrame, Filters], go.Figure]
    extra: Callable[[Filters], dict] = lambda f: {}  # the query's own parameters beyond the filters
    every_row: bool = False  # rows with no events are the point (a cluster's idle members): drawn all the same
    filtered: bool = True  # its query counts the filtered events; else it reads reference data (a roster)
    selectable: bool = True  # drawn with point selection on its page (a click narrows to the events behind it)
    rows: Callable[[pd.DataFrame], pd.DataFrame] = lambda df: df  # the rows of its query it draws (and counts)

    def data(self, ask: Ask, f: Filters, **override: object) -> pd.DataFrame:
        """The chart's query under these filters (or with its own parameters alone, when not filtered); `override`
        sets some of its own parameters (a page's search) instead of `extra`'s."""
        return ask(self.query, f if self.filtered else None, **(self.extra(f) | override))

    def figure(self, df: pd.DataFrame, f: Filters) -> go.Figure | None:
        """The chart drawn from its data, or None when the data leave nothing to draw."""
        df = self.rows(df)
        if df.empty or (not self.every_row and "events" in df and df["events"].sum() == 0):
            return None
        return self.draw(df, f)

    def build(self, ask: Ask, f: Filters) -> go.Figure | None:
        """The chart under these filters, or None when they leave nothing to draw."""
        return self.figure(self.data(ask, f), f)


MONTHLY = Chart(
    "monthly",
    "activity_by_month",
    query="events_by_month",
    draw=lambda df, f: figures.activity_by_month_figure(df, f.lang, f.describe(), f.date_from, f.date_to),
)
MAP = Chart(
    "map",
    "map_title",
    query="province_ranking",  # the ranking's rows, every province of the geography (one query for both charts)
    draw=lambda df, f: maps.province_map_figure(df, f.geography, f.lang, f.describe(), f.region),
)
REGIONS = Chart(
    "regions",
    "by_region",
    query="events_by_region",
    draw=lambda df, f: figures.events_by_region_figure(df, f.lang, f.describe()),
)


def ranking_top(f: Filters) -> int | None:
    """A region's ranking lists all its provinces; the country's, the first TOP_PROVINCES."""
    return None if f.region else figures.TOP_PROVINCES


PROVINCES = Chart(
    "provinces",
    "by_province",
    query="province_ranking",
    draw=lambda df, f: figures.province_ranking_figure(df, f.lang, f.describe(), top=ranking_top(f)),
    rows=figures.ranked,  # the provinces of the chosen region; the map draws every row
)
MEMBERS = Chart(  # each member's events in its network and in the cluster's own
    "members",
    "member_activity",
    query="cluster_member_activity",
    draw=lambda df, f: figures.cluster_activity_figure(df, f.lang, f.describe()),
    every_row=True,
)


def redrawn_day() -> date | None:
    """The day the provinces were redrawn (1 July 2025): the day after the legacy geography's last."""
    last = gazetteer().geographies.get("legacy")
    return last + timedelta(days=1) if last else None


ROSTER = Chart(  # the roster over time: reference data, the same whatever the filters
    "roster",
    "cluster_roster",
    query="cluster_roster",
    draw=lambda df, f: figures.cluster_roster_figure(
        df, date.today(), f.lang, f.cluster_label or "", redrawn=redrawn_day()
    ),
    extra=lambda f: {"cluster_id": f.cluster_id},
    every_row=True,
    filtered=False,
)
COMPARISON = Chart(
    "cluster_comparison",
    "cluster_comparison",
    query="cluster_comparison",
    draw=lambda df, f: figures.cluster_comparison_figure(df, f.cluster_id, f.lang, f.describe()),
    every_row=True,  # a network's clusters with nothing are compared too
)
PARTNERS = Chart(
    "partners",
    "partner_provinces",
    query="partner_provinces",
    draw=lambda df, f: figures.partner_provinces_figure(df, f.lang, f.describe()),
)
OVER_TIME = Chart(
    "over_time",
    "events_over_time",
    query="events_by_period",
    draw=lambda df, f: figures.events_by_period_figure(df, grain_for(f), f.lang, f.describe(), f.date_from, f.date_to),
    extra=lambda f: {"grain": grain_for(f)},
)
PERIODS = Chart(  # the timeline's: months, quarters or years as the reader chooses (f.grain)
    "periods",
    "events_over_time",
    query="events_by_period",
    draw=lambda df, f: figures.events_by_period_figure(df, f.grain, f.lang, f.describe(), f.date_from, f.date_to),
    extra=lambda f: {"grain": f.grain},
)
PROGRAMS_SHOWN = 30  # the newest programs of the scope, each on a labelled row; the chart says of how many
PROGRAMS = Chart(
    "programs",
    "program_gantt",
    query="program_periods",
    draw=lambda df, f: figures.program_gantt_figure(df, f.lang, f.describe()),
    extra=lambda f: {"limit": PROGRAMS_SHOWN},
    selectable=False,
)
CLUSTER_MEETINGS = Chart(
    "cluster_meetings",
    "cluster_meetings",
    query="cluster_meetings",
    draw=lambda df, f: figures.cluster_timeline_figure(df, f.lang, f.describe()),
)
TOPICS = Chart(
    "topics",
    "by_topic",
    query="events_by_topic",
    draw=lambda df, f: figures.events_by_topic_figure(df, f.lang, f.describe()),
    extra=lambda f: {"lang": f.lang},
)
TOPIC_REGIONS = Chart(
    "topic_regions",
    "topic_by_region",
    query="topic_by_region",
    draw=lambda df, f: figures.topic_region_heatmap(df, f.lang, f.describe()),
    extra=lambda f: {"lang": f.lang},
    selectable=False,
)
PROGRAM_LINES_SHOWN = 30  # the Programs page's timeline: the newest programs of the scope, saying of how many
PROGRAMS_LISTED = 2000  # the Programs page's list (as many rows as its other tables, ui.TABLE_LIMIT)


def program_list(text: str | None) -> dict:
    """The parameters of the Programs page's `programs_list`, searched for `text`: its rows and the timeline of the
    first of them are one answer (the query carries their lines), asked once for both."""
    return {"text": text, "limit": PROGRAMS_LISTED, "lines": PROGRAM_LINES_SHOWN}


PROGRAM_LINES = Chart(
    "program_lines",
    "program_lines",
    query="programs_list",
    draw=lambda df, f: figures.program_lines_figure(df, f.lang, f.describe()),
    extra=lambda f: program_list(None),  # the page passes its search itself
    every_row=True,  # drawn whatever its programs' events: its `events` column is no count to sum
    selectable=False,
)
IN_FORCE = Chart(
    "in_force",
    "programs_per_year",
    query="programs_in_force",
    draw=lambda df, f: figures.programs_in_force_figure(df, f.lang, f.describe()),
    selectable=False,
)


def presentation_deck(f: Filters) -> list[Chart]:
    """The slides of presentation mode, in the order of the dashboard's pages."""
    deck = [OVER_TIME, MAP, REGIONS, PROVINCES]
    if f.cluster_id:
        deck.append(MEMBERS)
    return [*deck, TOPICS, TOPIC_REGIONS, IN_FORCE]
