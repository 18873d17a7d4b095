"""The dashboard's charts as a list: each names its query and its figure builder, so presentation mode
(one chart per screen) and the conference report draw exactly what the pages draw.

`ask(query_name, filters, **extra)` runs a filtered query: the dashboard passes its cached runner, the
report command one over a plain DuckDB connection. No Streamlit here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go

from dashboard import figures
from dashboard.filter_model import Filters

Ask = Callable[..., pd.DataFrame]


def asker(run: Callable[..., pd.DataFrame]) -> Ask:
    """An `ask` over a plain runner `run(query_name, **params)`: the filters become the query's parameters."""

    def ask(name: str, f: Filters | None = None, **extra: object) -> pd.DataFrame:
        return run(name, **(f.query_params() if f else {}), **extra)

    return ask


@dataclass(frozen=True)
class Chart:
    key: str  # stable name (URLs, file names)
    title_key: str  # its title in strings.csv, for the slide that says there is nothing to draw
    build: Callable[[Ask, Filters], go.Figure | None]  # None when the filters leave nothing to draw


def grain_for(f: Filters) -> str:
    """Months for up to two years, quarters for up to six, years beyond (or when the period is open)."""
    if not (f.date_from and f.date_to):
        return "year"
    months = (f.date_to.year - f.date_from.year) * 12 + f.date_to.month - f.date_from.month + 1
    return "month" if months <= 24 else "quarter" if months <= 72 else "year"


def _unless_empty(df: pd.DataFrame, draw: Callable[[pd.DataFrame], go.Figure]) -> go.Figure | None:
    return None if df.empty or ("events" in df and df["events"].sum() == 0) else draw(df)


def _map(ask: Ask, f: Filters) -> go.Figure | None:
    return _unless_empty(
        ask("events_by_province", f),
        lambda df: figures.province_map_figure(df, f.geography, f.lang, f.describe()),
    )


def _regions(ask: Ask, f: Filters) -> go.Figure | None:
    return _unless_empty(
        ask("events_by_region", f), lambda df: figures.events_by_region_figure(df, f.lang, f.describe())
    )


def _provinces(ask: Ask, f: Filters) -> go.Figure | None:
    return _unless_empty(
        ask("events_by_province", f), lambda df: figures.events_by_province_figure(df, f.lang, f.describe())
    )


def _members(ask: Ask, f: Filters) -> go.Figure | None:
    """Every member of the cluster, those with no activity included (they are the point of the chart)."""
    df = ask("cluster_member_activity", f)
    return None if df.empty else figures.cluster_members_figure(df, f.lang, f.describe())


def _region_provinces(ask: Ask, f: Filters) -> go.Figure | None:
    df = ask("region_province_activity", f)
    return None if df.empty else figures.cluster_members_figure(df, f.lang, f.describe(), title_key="by_province")


def _partners(ask: Ask, f: Filters) -> go.Figure | None:
    return _unless_empty(
        ask("partner_provinces", f), lambda df: figures.partner_provinces_figure(df, f.lang, f.describe())
    )


def _months(ask: Ask, f: Filters) -> go.Figure | None:
    return _unless_empty(
        ask("events_by_month", f), lambda df: figures.activity_by_month_figure(df, f.lang, f.describe())
    )


def _over_time(ask: Ask, f: Filters) -> go.Figure | None:
    grain = grain_for(f)
    return _unless_empty(
        ask("events_by_period", f, grain=grain),
        lambda df: figures.events_by_period_figure(df, grain, f.lang, f.describe()),
    )


def _topics(ask: Ask, f: Filters) -> go.Figure | None:
    return _unless_empty(
        ask("events_by_topic", f, lang=f.lang), lambda df: figures.events_by_topic_figure(df, f.lang, f.describe())
    )


def _topic_regions(ask: Ask, f: Filters) -> go.Figure | None:
    return _unless_empty(
        ask("topic_by_region", f, lang=f.lang), lambda df: figures.topic_region_heatmap(df, f.lang, f.describe())
    )


def _in_force(ask: Ask, f: Filters) -> go.Figure | None:
    df = ask("programs_in_force", f)
    return None if df.empty else figures.programs_in_force_figure(df, f.lang, f.describe())


MAP = Chart("map", "map_title", _map)
REGIONS = Chart("regions", "by_region", _regions)
PROVINCES = Chart("provinces", "by_province", _provinces)
MEMBERS = Chart("members", "member_activity", _members)
REGION_PROVINCES = Chart("region_provinces", "by_province", _region_provinces)
PARTNERS = Chart("partners", "partner_provinces", _partners)
MONTHS = Chart("months", "activity_by_month", _months)
OVER_TIME = Chart("over_time", "events_over_time", _over_time)
TOPICS = Chart("topics", "by_topic", _topics)
TOPIC_REGIONS = Chart("topic_regions", "topic_by_region", _topic_regions)
IN_FORCE = Chart("in_force", "programs_per_year", _in_force)


def presentation_deck(f: Filters) -> list[Chart]:
    """The slides of presentation mode, in the order of the dashboard's pages."""
    deck = [OVER_TIME, MAP, REGIONS, PROVINCES]
    if f.cluster_id:
        deck.append(MEMBERS)
    return [*deck, TOPICS, TOPIC_REGIONS, IN_FORCE]
