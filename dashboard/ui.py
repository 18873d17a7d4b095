"""What every page does the same way: read the filters, run a query, draw a chart with its caption,
say so in words when nothing matches, and narrow to the events behind a selected bar or province."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

import pandas as pd
import plotly.graph_objects as go
import pyarrow as pa
import streamlit as st

from dashboard import charts, data, exports, figures, images, program_tables, sidebar
from dashboard.filter_model import Filters
from dashboard.formatting import fmt_date, fmt_int
from dashboard.i18n import t
from dashboard.literal import escape_markdown
from etl.event_types import type_codes

TABLE_LIMIT = 2000  # the newest rows shown; the caption gives the total, the downloads hold every row


def filters() -> Filters:
    return sidebar.current()


def page_header(title_key: str, intro_key: str) -> Filters:
    """Title and one sentence of what the page shows; stops with a message when there is no warehouse."""
    f = filters()
    st.title(t(title_key, f.lang))
    st.write(t(intro_key, f.lang))
    if data.db_key() is None:
        st.info(t("no_warehouse", f.lang))
        st.stop()
    return f


def q(name: str, f: Filters, **extra: object) -> pd.DataFrame:
    """A filtered query under the shared filter set (plus the query's own parameters)."""
    return data.query(name, **f.query_params(), **extra)


def prefetch(f: Filters, *asks: charts.Chart | tuple) -> None:
    """Start the page's queries together (data.prefetch), before it asks for them one by one: catalogued charts'
    and named ones with their own parameters, `(name, {"limit": 10})`, under the shared filters or, third, the
    filters that query is asked under (a comparison's earlier period)."""
    calls = []
    for ask in asks:
        if isinstance(ask, charts.Chart):
            calls.append((ask.query, {**(f.query_params() if ask.filtered else {}), **ask.extra(f)}))
        else:
            name, extra, under = (*ask, f) if len(ask) == 2 else ask
            calls.append((name, {**under.query_params(), **extra}))
    data.prefetch(calls)


def empty(f: Filters, chart: charts.Chart | None = None) -> None:
    """Nothing matches, said in words; under the chart's title where that chart would have been."""
    if chart is not None:
        st.subheader(t(chart.title_key, f.lang))
    st.info(t("no_data", f.lang) + " " + escape_markdown(f.describe()))  # the filters hold what anyone typed


def ask(chart: charts.Chart, f: Filters) -> pd.DataFrame:
    """A catalogued chart's data under the shared filters, through the page's cached runner."""
    return chart.data(charts.asker(data.query), f)


def show(
    chart: charts.Chart,
    f: Filters,
    name: str,
    df: pd.DataFrame | None = None,
    selectable: bool | None = None,
    **override: object,
) -> list[Pick] | None:
    """Draw a catalogued chart (its query, its figure builder) with the filters under it and return what is
    selected; None, drawing nothing, when the filters leave nothing to draw. `df`: the chart's data, when
    the page has already asked for it; `override`: some of the chart's own query parameters (a search);
    `selectable`: drawn with point selection (by default as the chart says)."""
    selectable = chart.selectable if selectable is None else selectable
    if df is None:
        fig = shared_figure(chart, f, selectable, **override)
    else:
        built = chart.figure(df, f)
        fig = None if built is None else figures.for_browser(built, selectable)
    return None if fig is None else draw(fig, name, f, selectable)


def shared_figure(
    chart: charts.Chart, f: Filters, selectable: bool | None = None, **override: object
) -> go.Figure | None:
    """A catalogued chart under these filters, built once for every session of this process: a filter set
    another viewer (or this one, before a page switch) has seen costs no figure building, which is most of a
    rerun's time (20–50 ms a chart, 100 ms the programs' lines). Keyed by the warehouse file's version, so a
    new load is drawn anew. `override`: some of the chart's own query parameters (a page's search).
    Made ready for the browser (figures.for_browser; `selectable`: drawn with point selection, by default as
    the chart says).
    The figure is shared: nothing may change it (st.plotly_chart and the image export copy it)."""
    own = chart.extra(f)
    override = {k: v for k, v in override.items() if k not in own or own[k] != v}  # the warm-up's figure, unsearched
    selectable = chart.selectable if selectable is None else selectable
    key = (data.db_key(), chart.key, repr(f), tuple(sorted(override.items())), selectable)
    return _figure(key, chart, f, override, selectable)


@st.cache_resource(max_entries=400, ttl=3600, show_spinner=False)
def _figure(key: tuple, _chart: charts.Chart, _f: Filters, _override: dict, _selectable: bool) -> go.Figure | None:
    fig = _chart.figure(_chart.data(charts.asker(data.query), _f, **_override), _f)
    return None if fig is None else figures.for_browser(fig, _selectable)


def shared_table(
    build: Callable[[pd.DataFrame, str], pd.DataFrame], name: str, f: Filters, **extra: object
) -> tuple[pd.DataFrame, pa.Table]:
    """A query's rows under the filters and the table `build` makes of them for people to read (words, dates
    dd/mm/yyyy), made once for every session of this process, as shared figures are: 2,000 rows took 30–50 ms
    of each visit to the Programs page. The table comes as st.dataframe sends it (`arrow_of`): the same rows,
    columns and bytes, without converting the frame again at every run. Both are shared: nothing may change
    them."""
    key = (data.db_key(), name, f"{build.__module__}.{build.__qualname__}", repr(f), tuple(sorted(extra.items())))
    return _table(key, build, name, f, extra)


@st.cache_resource(max_entries=200, ttl=3600, show_spinner=False)
def _table(
    key: tuple, _build: Callable[[pd.DataFrame, str], pd.DataFrame], _name: str, _f: Filters, _extra: dict
) -> tuple[pd.DataFrame, pa.Table]:
    rows = q(_name, _f, **_extra)
    return rows, arrow_of(_build(rows, _f.lang))


def arrow_of(table: pd.DataFrame) -> pa.Table:
    """A frame as st.dataframe converts it to send (pyarrow's table of it, its index kept as pandas metadata): a
    table given as this is sent as is, the same bytes, where a frame is converted at every run (the Programs
    page's two tables: 13 ms each)."""
    return pa.Table.from_pandas(table)


def chart_with_events(chart: charts.Chart, f: Filters, name: str, narrow: Callable[[str], Filters]) -> bool:
    """A selectable chart with, under it, the events behind what is selected on it. The two are one fragment
    (st.fragment): a click on the chart, or the way back, reruns this block alone, not the sidebar and the
    page's other charts. False, drawing nothing, when the filters leave nothing to draw."""
    if shared_figure(chart, f) is None:
        return False
    _chart_and_events(chart, f, name, narrow)
    return True


@st.fragment
def _chart_and_events(chart: charts.Chart, f: Filters, name: str, narrow: Callable[[str], Filters]) -> None:
    drilldown(name, show(chart, f, name) or [], narrow, f)


def _selection_key(name: str) -> str:
    return f"{name}__{st.session_state.get(f'{name}__n', 0)}"


@dataclass(frozen=True)
class Pick:
    """A selected point: the category it stands for and, on a bar stacked by type, the type of its segment."""

    value: str
    event_type: str | None = None
    more: tuple[str, ...] = ()  # the rest of its customdata, as text (a cluster chart's bar says more than one thing)


def picks(points: list[dict]) -> list[Pick]:
    """Selected points as picks, from their customdata ([category] or [category, event type]), else their location."""
    out: list[Pick] = []
    for p in points:
        custom = p.get("customdata")
        custom = list(custom) if isinstance(custom, list | tuple) else [custom]
        value = (custom[0] if custom else None) or p.get("location") or p.get("y")
        kind = custom[1] if len(custom) > 1 and custom[1] in type_codes() else None
        more = tuple("" if c is None else str(c) for c in custom[1:])
        pick = Pick(str(value), kind, more) if value is not None else None
        if pick is not None and pick not in out:
            out.append(pick)
    return out


def draw(fig: go.Figure, name: str, f: Filters, selectable: bool = True) -> list[Pick]:
    """Draw a figure with the filters under it; return what the selected points stand for, if any."""
    state = st.plotly_chart(
        figures.sendable(fig),  # its dict made once, not at every run (a shared figure never changes)
        theme=None,
        key=_selection_key(name),
        on_select="rerun" if selectable else "ignore",
        selection_mode=("points",),
        config={"displaylogo": False, "locale": "vi" if f.lang == "vi" else "en"},
    )
    st.caption(f"{t('counts_for', f.lang)}: {t('events', f.lang).lower()} · {escape_markdown(f.describe())}")
    image_downloads(fig, name, f)
    if not selectable or not isinstance(state, dict) or not state:  # a selection state (a dict) only when selectable
        return []
    return picks((state.get("selection") or {}).get("points") or [])


def _export(fig: go.Figure, note: str, fmt: str, mark: str) -> Callable[[], bytes]:
    """Rendered only when the button is pressed (Chromium takes a moment), not on every rerun."""
    return lambda: images.render(figures.export_figure(fig, note, mark=mark), fmt)


def simulated_mark(lang: str) -> str:
    """The words every chart image of a simulated warehouse carries; none for real data."""
    return t("simulated_mark", lang) if bool(data.query("warehouse_kind")["simulated"].iloc[0]) else ""


def image_downloads(fig: go.Figure, name: str, f: Filters) -> None:
    """PNG and SVG at 1920×1080 with title, filters and the source and date as a footnote (and the
    simulated-data mark when the warehouse is simulated)."""
    note, mark, drawable = _image_words(data.db_key(), f.lang, date.today())
    with st.popover(t("download_image", f.lang), icon=":material/image:"):
        if not drawable:
            st.caption(t("report_no_browser", f.lang))
            return
        for fmt, mime in (("png", "image/png"), ("svg", "image/svg+xml")):
            st.download_button(
                t(f"image_{fmt}", f.lang),
                data=_export(fig, note, fmt, mark),
                file_name=f"phoihop_{name}.{fmt}",
                mime=mime,
                on_click="ignore",
                key=f"{name}__{fmt}",
            )


@functools.lru_cache(maxsize=16)
def _image_words(db: tuple | None, lang: str, today: date) -> tuple[str, str, bool]:
    """The footnote and the mark every chart image of this warehouse version carries on this day, and whether
    images can be drawn at all: the same for every chart of every page, worked out once (reading the two
    queries' rows and looking for a browser on the path took 2-4 ms a chart, at each rerun)."""
    extent = data.query("data_extent").iloc[0]
    return (
        figures.footnote(extent["documents"], extent["last_day"], today, lang),
        simulated_mark(lang),
        images.available(),
    )


def clear_selection(name: str) -> None:
    st.session_state[f"{name}__n"] = st.session_state.get(f"{name}__n", 0) + 1


def narrowed_by(pick: Pick, narrow: Callable[[str], Filters]) -> Filters:
    """The filters behind a pick: its category, and its event type when a stacked segment was picked."""
    narrowed = narrow(pick.value)
    return replace(narrowed, event_type=pick.event_type) if pick.event_type else narrowed


def drilldown(name: str, picked: list[Pick], narrow: Callable[[str], Filters], f: Filters) -> None:
    """The events behind a selection (`narrow` turns the selected value into filters), with a way back."""
    if not picked:
        return
    list_events(name, narrowed_by(picked[0], narrow), f)


def list_events(name: str, narrowed: Filters, f: Filters) -> None:
    """The events behind a selection, already turned into filters, with a way back."""
    st.info(f"{t('selected', f.lang)}: {escape_markdown(narrowed.describe())}")
    st.button(t("back", f.lang), key=f"{name}__back", on_click=clear_selection, args=(name,))
    show_events(q("events_table", narrowed, lang=f.lang, limit=TABLE_LIMIT), narrowed, key=f"{name}__table")


def narrow_to(f: Filters, field: str) -> Callable[[str], Filters]:
    def narrowed(value: str) -> Filters:
        change: dict[str, Any] = {field: value}  # field: one of the Filters' text fields (province, region, topic)
        return replace(f, **change)

    return narrowed


def narrow_to_period(f: Filters, grain: str) -> Callable[[str], Filters]:
    return lambda value: f.narrowed_to_period(date.fromisoformat(value[:10]), grain)


def show_events(df: pd.DataFrame, f: Filters, key: str, selectable: bool = False):
    """The events table with Vietnamese labels and formats; returns the selection state when selectable."""
    if df.empty:
        empty(f)
        return None
    view = exports.events_view(df, f.lang)
    for column in view.columns:  # a missing period or cluster: a dash, not "None"
        if pd.api.types.is_string_dtype(view[column]) or pd.api.types.is_object_dtype(view[column]):
            view[column] = view[column].fillna("—")
    if "role" in df:  # a program's articles: what each event did on the program's line
        view.insert(1, t("program_role", f.lang), df["role"].map(lambda role: program_tables.role_text(role, f.lang)))
    if len(df) >= TABLE_LIMIT:
        total = int(q("events_count", f)["events"].iloc[0])
        st.caption(t("showing_newest", f.lang, n=fmt_int(len(df), f.lang), total=fmt_int(total, f.lang)))
    else:
        st.caption(t("showing_rows", f.lang, n=fmt_int(len(df), f.lang)))
    return st.dataframe(
        view,
        hide_index=True,
        key=key,
        on_select="rerun" if selectable else "ignore",
        selection_mode="single-row",
        width="stretch",
    )


def show_sources(event_id: str, f: Filters) -> None:
    """An event's source articles, each with its title, date, site and text (shown as text, never as HTML or
    Markdown) and a button to the original."""
    st.subheader(t("source_article", f.lang))
    for source in data.query("event_sources_text", event_id=event_id).itertuples():
        with st.container(border=True):
            st.text(source.title)
            published = fmt_date(source.published_date) or "—"
            st.caption(f"{t('published', f.lang)}: {published} · {escape_markdown(source.source_id)}")  # a crawler's id
            if source.url and str(source.url).startswith(("http://", "https://")):
                st.link_button(t("open_link", f.lang), source.url)
                st.text(source.url)
            st.text(source.text)


def _css_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def localise_uploader(key: str, max_mb: int, lang: str) -> None:
    """Streamlit's file uploader has no words of its own to set ("Upload", "200MB per file"): hide them
    and write ours in their place, for the uploader with this key only (Streamlit's class st-key-<key>)."""
    scope = f".st-key-{key} [data-testid='stFileUploaderDropzone']"
    st.html(
        f"""<style>
{scope} button [data-testid='stMarkdownContainer'] p,
{scope} [data-testid='stFileUploaderDropzoneInstructions'] span {{ display: none; }}
{scope} button [data-testid='stMarkdownContainer']::after {{ content: {_css_string(t("upload_button", lang))}; }}
{scope} [data-testid='stFileUploaderDropzoneInstructions'] > div::after {{
    content: {_css_string(t("upload_dropzone", lang, mb=max_mb))}; font-size: 0.875rem; opacity: 0.7; }}
</style>"""
    )


# Phones (Streamlit stacks columns one per row below 640 px): headline figures three to a row, in smaller
# type, and a lower page top, so the first chart is on the first screen.
_PHONE_CSS = """<style>
@media (max-width: 640px) {
    [data-testid='stMainBlockContainer'] { padding-top: 3.5rem; }
    [data-testid='stMainBlockContainer'] h1 { font-size: 1.75rem; padding-top: 0.5rem; }
    .st-key-KEY [data-testid='stHorizontalBlock'] { flex-wrap: wrap; row-gap: 0.5rem; column-gap: 0.5rem; }
    .st-key-KEY [data-testid='stColumn'] {
        flex: 1 1 calc(33% - 0.5rem) !important; min-width: calc(33% - 0.5rem) !important; width: auto !important; }
    .st-key-KEY [data-testid='stMetricLabel'] p { font-size: 0.75rem; line-height: 1.2; }
    .st-key-KEY [data-testid='stMetricLabel'] * { white-space: normal !important; text-overflow: clip; }
    .st-key-KEY [data-testid='stMetricValue'] { font-size: 1.5rem; }
    .st-key-KEY [data-testid='stMetricDelta'] { font-size: 0.75rem; }
}
</style>"""


def figures_row(key: str, count: int) -> list:
    """`count` columns for headline figures, in a container that phones show as a compact grid."""
    st.html(_PHONE_CSS.replace("KEY", key))
    return st.container(key=key).columns(count)
