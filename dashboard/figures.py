"""Figure builders: a DataFrame in, a plotly Figure out. Pure functions, no Streamlit, tested directly.

Every figure says what it counts in its title; `note` (the active filters) goes under the title, so an
exported image still says what it shows.
"""

from __future__ import annotations

import re
from datetime import date

import pandas as pd
import plotly.express as px
import plotly.graph_objects as go
import plotly.io as pio

from dashboard.formatting import SEPARATORS, fmt_date, fmt_int, vi_sort_key
from dashboard.i18n import region_name, t

TYPE_COLORS = {"agreement": "#1f6f8b", "meeting": "#e8a33d"}
SEQUENTIAL = ["#f1f7fa", "#a9d0de", "#4f98b4", "#1f6f8b", "#0b3c4f"]
FONT = "Noto Sans, DejaVu Sans, Arial, sans-serif"
# The white template as plotly's default rather than set on each figure: setting it by name copies its
# ~25 trace-type sections into the figure, ~15 ms a chart on every rerun.
pio.templates.default = "plotly_white"


def apply_theme(fig: go.Figure, title: str, note: str = "", presentation: bool = False, lang: str = "vi") -> go.Figure:
    """One look for every chart; the language's separators (1.234,5 or 1,234.5); title and filter note."""
    size = 22 if presentation else 13
    text = f"<b>{title}</b>" + (f"<br><span style='font-size:{int(size * 0.75)}px'>{note}</span>" if note else "")
    fig.update_layout(
        title={"text": text, "x": 0.01, "xanchor": "left"},
        font={"family": FONT, "size": size, "color": "#111" if presentation else "#222"},
        separators=SEPARATORS.get(lang, SEPARATORS["vi"]),
        margin={"l": 10, "r": 10, "t": 90 if note else 60, "b": 10},
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.0, "xanchor": "right", "x": 1, "title": None},
        paper_bgcolor="white",
        plot_bgcolor="white",
    )
    return fig


def title_of(fig: go.Figure) -> str:
    """The figure's title without its filter note or markup (a slide's heading)."""
    return re.sub(r"<[^>]+>", "", (fig.layout.title.text or "").split("<br>")[0]).strip()


def _counts_axis(fig: go.Figure, axis: str, values: pd.Series) -> None:
    """Counts are whole numbers: no 0,5 ticks on a small scale."""
    top = float(values.max()) if len(values) else 0
    settings = {"tickformat": ",d", "rangemode": "tozero"}
    if top <= 10:
        settings["dtick"] = 1
    (fig.update_yaxes if axis == "y" else fig.update_xaxes)(**settings)


def _typed(df: pd.DataFrame, lang: str) -> pd.DataFrame:
    out = df.copy()
    out["type_label"] = out["event_type"].map(lambda v: t(v, lang))
    return out


def _type_colors(lang: str) -> dict[str, str]:
    return {t(k, lang): v for k, v in TYPE_COLORS.items()}


def unplaced_text(df: pd.DataFrame, column: str, lang: str = "vi") -> str:
    """What a time chart cannot place (rows with no `column`): "3 known only to the year, 1 with no date"."""
    missing = df[df[column].isna()].groupby("precision")["events"].sum()
    parts = [
        t(f"precision_{p}", lang, n=fmt_int(int(missing[p])))
        for p in ("month", "year", "none")
        if missing.get(p, 0) > 0
    ]
    return t("unplaced_note", lang, items=", ".join(parts)) if parts else ""


def _with_unplaced(note: str, df: pd.DataFrame, column: str, lang: str) -> str:
    """The filter note, and what the chart leaves out for want of a finer date: they are in every count."""
    return " · ".join(x for x in (note, unplaced_text(df, column, lang)) if x)


def activity_by_month_figure(df: pd.DataFrame, lang: str = "vi", note: str = "") -> go.Figure:
    table = _by_type(df.dropna(subset=["month"]), "month")
    keys = pd.to_datetime(table.index).strftime("%Y-%m-%d").tolist()  # a selected bar names its month
    fig = _stacked_columns(table, keys, lang, t("month", lang))
    fig.update_xaxes(dtick="M1" if len(table) <= 24 else "M12", tickformat="%m/%Y")
    _counts_axis(fig, "y", table.sum(axis=1))
    return apply_theme(fig, t("activity_by_month", lang), _with_unplaced(note, df, "month", lang), lang=lang)


def _by_type(df: pd.DataFrame, index: str) -> pd.DataFrame:
    """Counts as one row per category and one column per event type present."""
    table = df.pivot_table(index=index, columns="event_type", values="events", aggfunc="sum", fill_value=0)
    return table.reindex(columns=[k for k in TYPE_COLORS if k in table.columns])


def _type_trace(kind: str, lang: str, custom: list[str], **bar: object) -> go.Bar:
    return go.Bar(
        name=t(kind, lang),
        marker_color=TYPE_COLORS[kind],
        customdata=[[c] for c in custom],
        hovertemplate=("%{y}: %{x}" if bar.get("orientation") == "h" else "%{x}: %{y}")
        + f"<extra>{t(kind, lang)}</extra>",
        **bar,
    )


def _stacked_bars(
    categories: list[str], counts: dict[str, list[int]], lang: str, axis_title: str, custom: list[str] | None = None
) -> go.Figure:
    """Horizontal bars stacked by event type, first category on top. graph_objects, not plotly.express:
    px costs ~70 ms a chart, which adds up on a page rerun at 1M events."""
    fig = go.Figure()
    for kind, values in counts.items():
        fig.add_trace(_type_trace(kind, lang, custom or categories, y=categories, x=values, orientation="h"))
    fig.update_layout(barmode="stack", legend_traceorder="normal")
    fig.update_yaxes(autorange="reversed", automargin=True, title=axis_title)
    fig.update_xaxes(title=t("events", lang))
    return fig


def _stacked_columns(table: pd.DataFrame, custom: list[str], lang: str, axis_title: str) -> go.Figure:
    """Columns stacked by event type (a table from _by_type); `custom` names each column for selections."""
    fig = go.Figure()
    for kind in table.columns:
        fig.add_trace(_type_trace(kind, lang, custom, x=table.index.tolist(), y=table[kind].tolist()))
    fig.update_layout(barmode="stack", legend_traceorder="normal")
    fig.update_xaxes(title=axis_title)
    fig.update_yaxes(title=t("events", lang))
    return fig


def events_by_region_figure(df: pd.DataFrame, lang: str = "vi", note: str = "") -> go.Figure:
    data = df.assign(region=df["region"].replace("—", t("central", lang)))  # central events belong to no region
    table = _by_type(data, "region")
    table = table.assign(total=table.sum(axis=1)).sort_values("total", ascending=False)
    counts = {k: table[k].tolist() for k in TYPE_COLORS if k in table.columns}
    names = [region_name(r, lang) for r in table.index]  # a selected bar still names the region as stored
    fig = _stacked_bars(names, counts, lang, t("region", lang), custom=table.index.tolist())
    _counts_axis(fig, "x", table["total"])
    return apply_theme(fig, t("by_region", lang), note, lang=lang)


def events_by_province_figure(
    df: pd.DataFrame, lang: str = "vi", note: str = "", top: int = 20, title_key: str = "by_province"
) -> go.Figure:
    data = df.sort_values(["events", "province"], ascending=[False, True]).head(top)
    fig = _stacked_bars(
        data["province"].tolist(),
        {"agreement": data["agreements"].tolist(), "meeting": data["meetings"].tolist()},
        lang,
        t("province", lang),
    )
    fig.update_layout(height=max(320, 24 * len(data) + 120))
    _counts_axis(fig, "x", data["events"])
    return apply_theme(fig, t(title_key, lang), note, lang=lang)


def partner_provinces_figure(df: pd.DataFrame, lang: str = "vi", note: str = "") -> go.Figure:
    """The provinces a province worked with: the same ranking, under its own title."""
    return events_by_province_figure(df, lang, note, title_key="partner_provinces")


def cluster_members_figure(
    df: pd.DataFrame, lang: str = "vi", note: str = "", title_key: str = "member_activity"
) -> go.Figure:
    """Every member on the axis, those with nothing too: a gap in a cluster is news."""
    data = df.sort_values("province", key=lambda s: s.map(vi_sort_key)).set_index("province")
    table = data[["agreements", "meetings"]].set_axis(["agreement", "meeting"], axis=1)
    fig = _stacked_columns(table, table.index.tolist(), lang, t("province", lang))
    fig.update_xaxes(type="category")
    _counts_axis(fig, "y", data["events"])
    return apply_theme(fig, t(title_key, lang), note, lang=lang)


def cluster_timeline_figure(df: pd.DataFrame, lang: str = "vi", note: str = "") -> go.Figure:
    data = _typed(df, lang)
    fig = px.scatter(
        data,
        x="event_day",
        y="place",
        color="type_label",
        color_discrete_map=_type_colors(lang),
        hover_data={"title": True, "event_date": True, "event_day": False},
        labels={"event_day": t("date", lang), "place": t("province", lang), "type_label": t("type", lang)},
        custom_data=["event_id"],
    )
    fig.update_traces(marker={"size": 14, "line": {"width": 1, "color": "#333"}})
    fig.update_xaxes(tickformat="%d/%m/%Y")
    return apply_theme(fig, t("cluster_meetings", lang), note, lang=lang)


def events_by_topic_figure(df: pd.DataFrame, lang: str = "vi", note: str = "") -> go.Figure:
    table = _by_type(df, "topic")
    table = table.assign(total=table.sum(axis=1)).sort_values("total", ascending=False)
    names = df.drop_duplicates("topic").set_index("topic")["topic_name"]
    counts = {k: table[k].tolist() for k in TYPE_COLORS if k in table.columns}
    fig = _stacked_bars(names.loc[table.index].tolist(), counts, lang, t("topic", lang), custom=table.index.tolist())
    _counts_axis(fig, "x", table["total"])
    return apply_theme(fig, t("by_topic", lang), note, lang=lang)


def topic_region_heatmap(df: pd.DataFrame, lang: str = "vi", note: str = "") -> go.Figure:
    table = df.pivot_table(index="topic_name", columns="region", values="events", aggfunc="sum", fill_value=0)
    table.columns = [region_name(r, lang) for r in table.columns]
    fig = px.imshow(
        table,
        text_auto=True,
        color_continuous_scale=SEQUENTIAL,
        aspect="auto",
        labels={"x": t("region", lang), "y": t("topic", lang), "color": t("events", lang)},
    )
    return apply_theme(fig, t("topic_by_region", lang), note, lang=lang)


def events_by_period_figure(df: pd.DataFrame, grain: str = "month", lang: str = "vi", note: str = "") -> go.Figure:
    table = _by_type(df.dropna(subset=["period"]), "period")
    keys = pd.to_datetime(table.index).strftime("%Y-%m-%d").tolist()  # a selected bar names its period
    fig = _stacked_columns(table, keys, lang, t(grain, lang))
    fig.update_xaxes(tickformat={"month": "%m/%Y", "quarter": "%m/%Y", "year": "%Y"}[grain])
    _counts_axis(fig, "y", table.sum(axis=1))
    return apply_theme(fig, t("events_over_time", lang), _with_unplaced(note, df, "period", lang), lang=lang)


def program_gantt_figure(df: pd.DataFrame, lang: str = "vi", note: str = "") -> go.Figure:
    data = df.copy()
    data["start"] = pd.to_datetime(data["period_start"].astype(int).astype(str) + "-01-01")
    data["end"] = pd.to_datetime((data["period_end"].astype(int) + 1).astype(str) + "-01-01")
    data["label"] = data["place"].fillna("—") + " · " + data["title"].str.slice(0, 60)
    fig = px.timeline(
        data,
        x_start="start",
        x_end="end",
        y="label",
        color="place",
        labels={"label": "", "place": t("province", lang)},
        custom_data=["event_id"],
    )
    fig.update_yaxes(autorange="reversed", showticklabels=len(data) <= 40)
    fig.update_layout(height=max(360, min(18 * len(data) + 140, 1400)), showlegend=len(data["place"].unique()) <= 12)
    fig.update_xaxes(tickformat="%Y")
    return apply_theme(fig, t("program_gantt", lang), note, lang=lang)


def programs_in_force_figure(df: pd.DataFrame, lang: str = "vi", note: str = "") -> go.Figure:
    fig = go.Figure(
        go.Scatter(
            x=df["year"].tolist(),
            y=df["programs"].tolist(),
            mode="lines+markers",
            line_color=TYPE_COLORS["agreement"],
            hovertemplate="%{x}: %{y}<extra></extra>",
        )
    )
    fig.update_xaxes(dtick=1, title=t("year", lang))
    fig.update_yaxes(title=t("programs_in_force", lang))
    _counts_axis(fig, "y", df["programs"])
    definition = t("in_force_definition", lang)  # one definition: the headline, this chart and the report
    return apply_theme(fig, t("programs_per_year", lang), f"{note}<br>{definition}" if note else definition, lang=lang)


# Projector and export: any figure above, restyled. Large type read from the back of a hall, black on white,
# darker grid lines; the export adds a footnote naming the data source and date.
PRESENT_FONT = 26
EXPORT_SIZE = (1920, 1080)
_NOTE_SIZE = re.compile(r"font-size:\d+px")


def presentation_figure(fig: go.Figure, height: int = 760) -> go.Figure:
    """A copy of `fig` in the high-contrast projector theme."""
    out = go.Figure(fig)
    title = out.layout.title.text or ""
    out.update_layout(
        title={"text": _NOTE_SIZE.sub(f"font-size:{int(PRESENT_FONT * 0.8)}px", title), "font": {"size": 38}},
        font={"family": FONT, "size": PRESENT_FONT, "color": "#000"},
        height=height,
        margin={"l": 20, "r": 30, "t": 150, "b": 30},
        legend={"font": {"size": PRESENT_FONT}},
        hoverlabel={"font": {"size": PRESENT_FONT}},
    )
    out.update_xaxes(gridcolor="#b0b0b0", linecolor="#000", tickfont={"color": "#000"})
    out.update_yaxes(gridcolor="#b0b0b0", linecolor="#000", tickfont={"color": "#000"})
    from dashboard import maps  # here: maps builds on this module

    if maps.is_province_map(out):  # names set out again for the larger type and frame
        maps.fit_to_frame(out, out.layout.width or EXPORT_SIZE[0], height)
    out.update_traces(line_width=5, marker_size=14, selector={"type": "scatter", "mode": "lines+markers"})
    if any(trace.type == "heatmap" for trace in out.data):
        out.update_traces(textfont={"size": PRESENT_FONT}, selector={"type": "heatmap"})
    return out


def footnote(documents: int | None, last_day: date | None, made_on: date, lang: str = "vi") -> str:
    """Under every exported chart: where the numbers come from, how fresh they are, when it was exported."""
    return t(
        "image_footnote",
        lang,
        documents=fmt_int(documents or 0, lang),
        last_day=fmt_date(last_day) or "—",
        made=fmt_date(made_on),
    )


def export_figure(fig: go.Figure, footnote: str, size: tuple[int, int] = EXPORT_SIZE, mark: str = "") -> go.Figure:
    """A copy of `fig` sized for a 1920×1080 slide or image file, with the source and date as a footnote;
    `mark` (the simulated-data warning) is written across the chart, where no crop can take it off."""
    width, height = size
    out = presentation_figure(fig, height)
    out.update_layout(width=width, margin={"b": 130})
    from dashboard import maps  # here: maps builds on this module

    if maps.is_province_map(out):  # set out again for the room the footnote leaves
        maps.fit_to_frame(out, width, height)
    out.add_annotation(
        text=footnote,
        xref="paper",
        yref="paper",
        x=0,
        y=0,
        xanchor="left",
        yanchor="top",
        yshift=-95,
        showarrow=False,
        align="left",
        font={"size": 20, "color": "#333"},
    )
    if mark:
        out.add_annotation(
            text=f"<b>{mark}</b>",
            xref="paper",
            yref="paper",
            x=0.5,
            y=0.5,
            textangle=-15,
            showarrow=False,
            font={"size": 52, "color": "rgba(190, 0, 0, 0.35)"},
        )
    return out
