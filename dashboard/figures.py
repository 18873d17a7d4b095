"""Figure builders: a DataFrame in, a plotly Figure out. Pure functions, no Streamlit, tested directly.

Every figure says what it counts in its title; `note` (the active filters) goes under the title, so an
exported image still says what it shows. Queries count by event type in rows; the builders pivot them, one
trace per type of data/reference/event_types.csv, in its order and colours.
"""

from __future__ import annotations

import copy
import hashlib
import math
import re
from datetime import date

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

from dashboard.formatting import SEPARATORS, fmt_date, fmt_int, fmt_text, vi_sort_key
from dashboard.i18n import program_role_name, program_status_name, region_name, t
from dashboard.literal import escape_plotly, unescape_plotly
from etl.event_types import event_types

SEQUENTIAL = ["#f1f7fa", "#a9d0de", "#4f98b4", "#1f6f8b", "#0b3c4f"]
FONT = "Noto Sans, DejaVu Sans, Arial, sans-serif"
# The white template as plotly's default rather than set on each figure: setting it by name copies its
# ~25 trace-type sections into the figure, ~15 ms a chart on every rerun.
pio.templates.default = "plotly_white"


# The filter note under a title: readable on a phone (the old 75% of 13 px was ~9 px) and wrapped, never cut.
NOTE_PX = 12
TITLE_PX = 18
NOTE_CHARS = 58  # a note line at 12 px fits a 390 px-wide phone chart
PHONE_WIDTH = 390  # the narrowest chart the page plans room for (legend rows)


def wrap_words(text: str, width: int) -> list[str]:
    """Lines of at most `width` characters, broken between words (a longer word keeps a line of its own)."""
    return _wrap(text.split(), width)


def _wrap(words: list[str], width: int) -> list[str]:
    lines: list[str] = []
    for word in words:
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


def wrap_note(text: str, width: int) -> list[str]:
    """A filter note in lines of about `width` characters, broken between its " · " parts where they fit."""
    parts = text.split(" · ")
    lines: list[str] = []
    for i, part in enumerate(parts):
        tail = " ·" if i < len(parts) - 1 else ""  # the separator stays at the end of its part's last line
        if lines and len(lines[-1]) + 1 + len(part) + len(tail) <= width:
            lines[-1] += " " + part + tail
        else:
            words = part.split()
            lines += _wrap([*words[:-1], words[-1] + tail] if words else [tail.strip()], width)
    return lines


def _row_labels_px(fig: go.Figure, font_px: int) -> float:
    """Width the row labels take left of the plot (horizontal bars, heatmaps), their longest line's."""
    labels = [
        str(y)
        for trace in fig.data
        if trace.type == "heatmap" or (trace.type == "bar" and trace.orientation == "h")
        for y in (trace.y if trace.y is not None else [])
    ]
    widest, _ = _lines(labels, font_px)  # as reserve_margins reckons them: the margin the chart is given
    return widest + 12 + (1.6 * font_px if fig.layout.yaxis.title.text else 0)


def _legend_rows(fig: go.Figure, font_px: int, width_px: int) -> int:
    """How many rows the horizontal legend takes on a chart this wide (0 when there is none): plotly wraps it
    at the plot's width, the chart's less its row labels."""
    names = [tr.name for tr in fig.data if tr.showlegend is not False and tr.name]
    shown = fig.layout.showlegend if fig.layout.showlegend is not None else len(names) > 1
    if not shown or not names:
        return 0
    needed = sum(len(name) * font_px * 0.62 + 2.6 * font_px for name in names)  # swatch, gap, text
    plot = max(width_px - 50 - _row_labels_px(fig, font_px), 0.25 * width_px)  # less both margins (reserve_margins)
    return max(1, math.ceil(needed / plot))


def _merged(old: dict, new: dict) -> dict:
    """`old` with `new` written over it, nested settings merged key by key (as update_layout merges them)."""
    out = dict(old)
    for key, value in new.items():
        out[key] = _merged(out[key], value) if isinstance(value, dict) and isinstance(out.get(key), dict) else value
    return out


def set_layout(fig: go.Figure, **settings: object) -> None:
    """Layout settings written into `fig` as update_layout(**settings) writes them (nested ones merged into what
    the figure has), a property at a time: update_layout resolves every nested key through plotly's path
    machinery, ~3 ms a call with a title and a legend, twice on every chart of a rerun; a property set from a
    dict is validated alike (the same figure) in a tenth of the time."""
    for key, value in settings.items():
        if isinstance(value, dict):
            current = fig.layout[key]
            merged = _merged(current.to_plotly_json() if current is not None else {}, value)
            fig.layout[key] = merged
            if unset := {k: None for k, v in value.items() if v is None}:  # emptied, as update_layout empties them
                fig.layout[key].update(unset)
        else:
            fig.layout[key] = value


def _header(fig: go.Figure, title_html: str, note: str, sizes: tuple[int, int, int], chars: int, width: int) -> None:
    """Title, its wrapped note and the legend stacked above the plot, each with room of its own: the title
    hangs from the top of the frame, the legend sits on the plot, the top margin holds both. The note is
    plain text (the filters, a search typed by anyone): shown as written, never as markup."""
    title_px, note_px, font_px = sizes
    lines = wrap_note(note, chars) if note else []
    text = title_html + "".join(
        f"<br><span style='font-size:{note_px}px'>{escape_plotly(line)}</span>" for line in lines
    )
    # plotly puts a multi-line title's first baseline at the top pad (yanchor "top" does not lower it), and
    # spaces every line by 1.3 times the title's own size, whatever size a line's text is.
    baseline = 8 + title_px
    block = baseline + title_px * 1.3 * len(lines) + title_px * 0.4  # the last line's descent
    legend_px = _legend_rows(fig, font_px, width) * font_px * 1.7
    set_layout(
        fig,
        title={
            "text": text,
            "x": 0.01,
            "xanchor": "left",
            "yref": "container",
            "y": 1,
            "yanchor": "top",
            "pad": {"t": baseline},
            "font": {"size": title_px},
        },
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.0, "xanchor": "right", "x": 1, "title": None},
        margin={"t": math.ceil(block + legend_px + 8)},
    )


def apply_theme(fig: go.Figure, title: str, note: str = "", presentation: bool = False, lang: str = "vi") -> go.Figure:
    """One look for every chart; the language's separators (1.234,5 or 1,234.5); title and filter note."""
    size = 22 if presentation else 13
    set_layout(
        fig,
        font={"family": FONT, "size": size, "color": "#111" if presentation else "#222"},
        separators=SEPARATORS.get(lang, SEPARATORS["vi"]),
        margin={"l": 10, "r": 10, "b": 10},
        paper_bgcolor="white",
        plot_bgcolor="white",
    )
    sizes = (PRESENT_TITLE, PRESENT_NOTE, size) if presentation else (TITLE_PX, NOTE_PX, size)
    chars, width = (PRESENT_CHARS, PRESENT_WIDTH) if presentation else (NOTE_CHARS, PHONE_WIDTH)
    _header(fig, f"<b>{escape_plotly(title)}</b>", note, sizes, chars, width)
    return fig


def title_of(fig: go.Figure) -> str:
    """The figure's title without its filter note or markup (a slide's heading), as plain text."""
    return unescape_plotly(re.sub(r"<[^>]+>", "", (fig.layout.title.text or "").split("<br>")[0])).strip()


# A category axis labels every category (plotly's automatic ticks skip some on a crowded axis).
EVERY_CATEGORY = {"type": "category", "tickmode": "linear", "tick0": 0, "dtick": 1}


def wrap_label(text: str, width: int = 12) -> str:
    """A long category name on several short lines, so column labels stay horizontal (each shown as written)."""
    return "<br>".join(escape_plotly(line) for line in wrap_words(text, width))


def _label_columns(fig: go.Figure, names: list[str]) -> None:
    """Every column labelled, long names on short lines (not turned on end: "—" once read as "/"); the
    columns' categories are the names escaped (`escape_plotly`), as their bars were given them."""
    set_layout(
        fig,
        xaxis={
            "type": "category",
            "tickmode": "array",
            "tickvals": [escape_plotly(n) for n in names],
            "ticktext": [wrap_label(n) for n in names],
        },
    )


def _count_ticks(top: float) -> dict:
    """Ticks of a count scale (axis or colour bar): whole numbers, each one on a small scale."""
    return {"tickformat": ",d", **({"dtick": 1} if top <= 10 else {})}


def _counts_axis(fig: go.Figure, axis: str, values: pd.Series) -> None:
    """Counts are whole numbers: no 0,5 ticks on a small scale."""
    top = float(values.max()) if len(values) else 0
    set_layout(fig, **{f"{axis}axis": {**_count_ticks(top), "rangemode": "tozero"}})  # a chart of one pair of axes


def _typed(df: pd.DataFrame, lang: str) -> pd.DataFrame:
    out = df.copy()
    out["type_label"] = out["event_type"].map(lambda v: t(v, lang))
    return out


def type_colors() -> dict[str, str]:
    """Each event type's colour, in the order of the reference file (the order bars stack in)."""
    return {kind.code: kind.colour for kind in event_types()}


def _type_colors(lang: str) -> dict[str, str]:
    return {t(k, lang): v for k, v in type_colors().items()}


def counts_table(df: pd.DataFrame, index: str, columns: str) -> pd.DataFrame:
    """`events` summed into one row per `index` and one column per `columns`, 0 where none: the table
    pivot_table(aggfunc="sum", fill_value=0) makes, from a group-by in a tenth of its time (pivot_table
    was a third of a bar chart's building)."""
    if df.empty:
        return df.pivot_table(index=index, columns=columns, values="events", aggfunc="sum", fill_value=0)
    return df.groupby([index, columns])["events"].sum().unstack(columns, fill_value=0)


def type_table(df: pd.DataFrame, index: str) -> pd.DataFrame:
    """Counts in rows (`index`, event_type, events) as one row per `index` with a column per event type, every
    type of the reference included, and `events`, their total."""
    table = counts_table(df, index, "event_type")
    table = table.reindex(columns=list(type_colors()), fill_value=0).astype(int)
    table.columns.name = None
    return table.assign(events=table.sum(axis=1))


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


def _partial_periods(
    fig: go.Figure, starts: pd.DatetimeIndex, grain: str, since: date | None, until: date | None, lang: str
) -> str:
    """Hatch the columns of periods the counts do not cover whole (the month the data stop in, a quarter the
    filter cuts), so a short last column is not read as a fall; returns the words the note adds."""
    if not len(starts) or (since is None and until is None):
        return ""
    step = {"month": pd.DateOffset(months=1), "quarter": pd.DateOffset(months=3), "year": pd.DateOffset(years=1)}
    ends = starts + step[grain] - pd.Timedelta(days=1)
    cut_start = [since is not None and s.date() < since for s in starts]
    cut_end = [until is not None and e.date() > until for e in ends]
    partial = [a or b for a, b in zip(cut_start, cut_end, strict=True)]
    if not any(partial):
        return ""
    for trace in fig.data:
        trace.marker.pattern = {"shape": ["/" if p else "" for p in partial], "solidity": 0.5}
    spans = [
        *([t("span_from", lang, day=fmt_date(since))] if any(cut_start) else []),
        *([t("span_to", lang, day=fmt_date(until))] if any(cut_end) else []),
    ]
    return t("partial_periods", lang, span=" ".join(spans))


def counted_to(df: pd.DataFrame, until: date | None) -> date | None:
    """The last day the counts cover: the warehouse's last event day (the query's `data_to`), or the filter's
    end when that is earlier."""
    data_to = df["data_to"].dropna() if "data_to" in df else pd.Series(dtype=object)
    last = pd.Timestamp(data_to.iloc[0]).date() if len(data_to) else None
    return min(d for d in (last, until) if d is not None) if (last or until) else None


def activity_by_month_figure(
    df: pd.DataFrame, lang: str = "vi", note: str = "", since: date | None = None, until: date | None = None
) -> go.Figure:
    table = _by_type(df.dropna(subset=["month"]), "month")
    keys = pd.to_datetime(table.index).strftime("%Y-%m-%d").tolist()  # a selected bar names its month
    fig = _stacked_columns(table, keys, lang, t("month", lang))
    set_layout(fig, xaxis={"dtick": "M1" if len(table) <= 24 else "M12", "tickformat": "%m/%Y"})
    _counts_axis(fig, "y", table.sum(axis=1))
    partial = _partial_periods(fig, pd.to_datetime(table.index), "month", since, counted_to(df, until), lang)
    full_note = " · ".join(x for x in (_with_unplaced(note, df, "month", lang), partial) if x)
    return apply_theme(fig, t("activity_by_month", lang), full_note, lang=lang)


def _by_type(df: pd.DataFrame, index: str) -> pd.DataFrame:
    """Counts as one row per category and one column per event type present."""
    table = counts_table(df, index, "event_type")
    return table.reindex(columns=[k for k in type_colors() if k in table.columns])


def _type_trace(kind: str, lang: str, custom: list[str], **bar: object) -> dict:
    """One event type's bars; each point carries [category, event type], so a selected segment of a stacked
    bar narrows to its own type. A dict of plain values, taken into the figure as it is (_bar_figure)."""
    return {
        "type": "bar",
        "name": t(kind, lang),
        "marker": {"color": type_colors()[kind]},
        "customdata": [[c, kind] for c in custom],
        "hovertemplate": ("%{y}: %{x}" if bar.get("orientation") == "h" else "%{x}: %{y}")
        + f"<extra>{t(kind, lang)}</extra>",
        **bar,
    }


def _bar_figure(traces: list[dict]) -> go.Figure:
    """A figure of bar traces made here from plain lists and strings, taken as they are: plotly's validation
    walked every bar's values and its [category, type] pair again, a third of a bar chart's building."""
    return go.Figure(traces, _validate=False)


def _stacked_bars(
    categories: list[str], counts: dict[str, list[int]], lang: str, axis_title: str, custom: list[str] | None = None
) -> go.Figure:
    """Horizontal bars stacked by event type, first category on top; `categories` are labels made for plotly
    (escaped), `custom` the values a selection names. graph_objects, not plotly.express: px costs ~70 ms a
    chart, which adds up on a page rerun at 1M events."""
    fig = _bar_figure(
        [
            _type_trace(kind, lang, custom or categories, y=categories, x=values, orientation="h")
            for kind, values in counts.items()
        ]
    )
    set_layout(
        fig,
        barmode="stack",
        legend={"traceorder": "normal"},
        yaxis={"autorange": "reversed", "automargin": True, "title": {"text": axis_title}, **EVERY_CATEGORY},
        xaxis={"title": {"text": t("events", lang)}},
    )
    return fig


def _stacked_columns(table: pd.DataFrame, custom: list[str], lang: str, axis_title: str) -> go.Figure:
    """Columns stacked by event type (a table from _by_type); `custom` names each column for selections."""
    # A time's columns as the text plotly writes for a time: copying figures copied every Timestamp object.
    x = [v.isoformat() if isinstance(v, pd.Timestamp) else v for v in table.index.tolist()]
    fig = _bar_figure([_type_trace(kind, lang, custom, x=x, y=table[kind].tolist()) for kind in table.columns])
    set_layout(
        fig,
        barmode="stack",
        legend={"traceorder": "normal"},
        xaxis={"title": {"text": axis_title}},
        yaxis={"title": {"text": t("events", lang)}},
    )
    return fig


def _region_names(regions: pd.Series, lang: str) -> pd.Series:
    """Events of central bodies belong to no region (the queries write "—"): one name for them everywhere."""
    return regions.replace("—", t("central", lang)).fillna(t("central", lang))


def events_by_region_figure(df: pd.DataFrame, lang: str = "vi", note: str = "") -> go.Figure:
    data = df.assign(region=_region_names(df["region"], lang))
    table = _by_type(data, "region")
    table = table.assign(total=table.sum(axis=1)).sort_values("total", ascending=False)
    counts = {k: table[k].tolist() for k in table.columns if k != "total"}
    names = [region_name(r, lang) for r in table.index]  # a selected bar still names the region as stored
    labels = [wrap_label(n, 20) for n in names]  # long names on two lines: the bars keep their width on a phone
    fig = _stacked_bars(labels, counts, lang, t("region", lang), custom=table.index.tolist())
    _counts_axis(fig, "x", table["total"])
    return apply_theme(fig, t("by_region", lang), note, lang=lang)


TOP_PROVINCES = 20  # the ranking of the whole country shows this many, and says so


def _ranking_note(data: pd.DataFrame, shown: int, lang: str) -> str:
    """How many provinces the ranking shows, of how many: a cut list says where it was cut."""
    units, active = len(data), int((data["events"] > 0).sum())
    if shown == units:
        idle = units - active
        return t("ranking_all_idle", lang, n=units, idle=idle) if idle else t("ranking_all", lang, n=units)
    key = "ranking_top_of_units" if units > active else "ranking_top"
    return t(key, lang, shown=shown, active=active, units=units)


def ranked(df: pd.DataFrame) -> pd.DataFrame:
    """The rows a ranking draws: those `ranked` (province_ranking's provinces of the chosen region), all without."""
    return df[df["ranked"].fillna(False).astype(bool)] if "ranked" in df else df


def province_ranking_figure(
    df: pd.DataFrame,
    lang: str = "vi",
    note: str = "",
    top: int | None = TOP_PROVINCES,
    title_key: str = "by_province",
    role_key: str = "ranking_role",
) -> go.Figure:
    """Provinces by the events they hosted or took part in, with their rank ("1. Hà Nội"), most first; one
    segment per event type, every type in the legend. `top=None` draws every row given, those with no events
    too (a region's ranking); otherwise the first `top` provinces with events, and the note says how many
    were left out. Rows not `ranked` (outside the chosen region: province_ranking counts them for the map)
    are left out."""
    data = type_table(ranked(df), "province").reset_index()
    data = data.assign(order=data["province"].map(vi_sort_key)).sort_values(
        ["events", "order"], ascending=[False, True]
    )
    data = data.assign(rank=data["events"].rank(method="min", ascending=False).astype(int))
    drawn = data if top is None else data[data["events"] > 0].head(top)
    labels = [f"{rank}. {escape_plotly(name)}" for rank, name in zip(drawn["rank"], drawn["province"], strict=True)]
    fig = _stacked_bars(
        labels,
        {kind: drawn[kind].tolist() for kind in type_colors()},
        lang,
        t("province", lang),
        custom=drawn["province"].tolist(),  # a selected bar names its province, not its label
    )
    set_layout(
        fig,
        height=max(320, 24 * len(drawn) + 170),
        xaxis={"title": {"text": t(role_key, lang)}},  # which role is counted, on the chart and its images
        yaxis={"title": None},  # the rank and name say it; the width goes to the bars
    )
    _counts_axis(fig, "x", drawn["events"])
    counted = _ranking_note(data, len(drawn), lang)
    return apply_theme(fig, t(title_key, lang), f"{counted} · {note}" if note else counted, lang=lang)


def partner_provinces_figure(df: pd.DataFrame, lang: str = "vi", note: str = "") -> go.Figure:
    """The provinces a province worked with: the same ranking, under its own title."""
    return province_ranking_figure(df, lang, note, title_key="partner_provinces", role_key="partner_role")


def cluster_members_figure(
    df: pd.DataFrame, lang: str = "vi", note: str = "", title_key: str = "member_activity"
) -> go.Figure:
    """Every member on the axis, those with nothing too: a gap in a cluster is news."""
    data = type_table(df, "province").reset_index()
    data = data.sort_values("province", key=lambda s: s.map(vi_sort_key)).set_index("province")
    table = data[list(type_colors())]
    names = table.index.tolist()
    fig = _stacked_columns(table.set_axis([escape_plotly(n) for n in names]), names, lang, t("province", lang))
    _label_columns(fig, names)
    _counts_axis(fig, "y", data["events"])
    return apply_theme(fig, t(title_key, lang), note, lang=lang)


ROSTER_COLORS = {"current": "#1f6f8b", "former": "#b0b7bd"}  # members today, members no longer
ACTIVITY_COLORS = {"network": "#4f98b4", "cluster": "#0b3c4f"}


def _day(value: object) -> pd.Timestamp | None:
    return None if value is None or pd.isna(value) else pd.Timestamp(value)


def _iso(day: pd.Timestamp | None) -> str:
    return "" if day is None else day.strftime("%Y-%m-%d")


def roster_labels(df: pd.DataFrame) -> list[str]:
    """One label per roster row: the member, with its years when the member is listed more than once (before
    and after 2025) or has left."""
    repeated = df["member"].duplicated(keep=False)
    labels = []
    for member, start, end, twice in zip(df["member"], df["from_day"], df["to_day"], repeated, strict=True):
        first, last = _day(start), _day(end)
        years = f"{first.year if first is not None else '…'}–{last.year if last is not None else ''}"
        labels.append(f"{member} ({years})" if twice or last is not None else str(member))
    return labels


def cluster_roster_figure(
    df: pd.DataFrame, until: date, lang: str = "vi", note: str = "", redrawn: date | None = None
) -> go.Figure:
    """The roster over time: a bar per member from when it joined until it left (or `until`, still a member),
    grey once left; a line where the provinces were redrawn (`redrawn`, 1 July 2025). A bar names its member,
    its time in the cluster and how its events are found, so a selection lists the member's events of those days."""
    data = df.reset_index(drop=True)
    starts = [_day(v) for v in data["from_day"]]
    first = min((d for d in starts if d is not None), default=pd.Timestamp(until) - pd.Timedelta(days=365))
    start = [d if d is not None else first for d in starts]
    ends = [_day(v) for v in data["to_day"]]
    end = [d + pd.Timedelta(days=1) if d is not None else pd.Timestamp(until) for d in ends]
    labels = [escape_plotly(x) for x in roster_labels(data)]
    fig = go.Figure()
    for state in ROSTER_COLORS:
        rows = [i for i, d in enumerate(ends) if (d is None) == (state == "current")]
        if not rows:
            continue
        fig.add_trace(
            go.Bar(
                name=t(f"roster_{state}", lang),
                y=[labels[i] for i in rows],
                base=[start[i].strftime("%Y-%m-%d") for i in rows],
                x=[(end[i] - start[i]).total_seconds() * 1000 for i in rows],
                orientation="h",
                marker_color=ROSTER_COLORS[state],
                customdata=[
                    [
                        data["member"][i],
                        _iso(starts[i]),
                        _iso(ends[i]),
                        f"{fmt_date(starts[i]) or '…'} – {fmt_date(ends[i]) or t('roster_open', lang)}",
                        *(data[c][i] for c in ("match", "match_value") if c in data),
                    ]
                    for i in rows
                ],
                hovertemplate="%{y}<br>%{customdata[3]}<extra>%{fullData.name}</extra>",
            )
        )
    fig.update_layout(barmode="overlay", showlegend=True, legend_traceorder="normal")
    fig.update_layout(height=max(320, 24 * len(dict.fromkeys(labels)) + 190))
    fig.update_yaxes(
        **EVERY_CATEGORY,
        categoryorder="array",
        categoryarray=list(dict.fromkeys(labels)),
        autorange="reversed",
        automargin=True,
        title=None,
    )
    fig.update_xaxes(type="date", tickformat="%Y", title=t("roster_time", lang))
    if redrawn is not None and first <= pd.Timestamp(redrawn) <= pd.Timestamp(until):
        fig.add_vline(x=pd.Timestamp(redrawn).timestamp() * 1000, line_dash="dash", line_color="#c0392b")
        fig.add_annotation(
            x=pd.Timestamp(redrawn).strftime("%Y-%m-%d"),
            y=1,
            yref="paper",
            text=escape_plotly(t("roster_redrawn", lang, day=fmt_date(redrawn))),
            showarrow=False,
            xanchor="left",
            yanchor="bottom",
            font={"color": "#c0392b", "size": 11},
        )
    return apply_theme(fig, t("cluster_roster", lang), note, lang=lang)


def cluster_activity_figure(df: pd.DataFrame, lang: str = "vi", note: str = "") -> go.Figure:
    """Each member's events while a member: all its network's, and the cluster's own, side by side; members
    with none are drawn too (a silent member is news). A bar names [member, scope, first day, last day, match,
    match value]: what lists its events."""
    data = df.assign(label=roster_labels(df.reset_index(drop=True)))
    data = data.sort_values("label", key=lambda s: s.map(vi_sort_key)).reset_index(drop=True)
    labels = [escape_plotly(x) for x in data["label"]]
    days = [[_iso(_day(a)), _iso(_day(b))] for a, b in zip(data["from_day"], data["to_day"], strict=True)]
    fig = go.Figure()
    for scope, column in (("network", "in_network"), ("cluster", "in_cluster")):
        fig.add_trace(
            go.Bar(
                name=t(f"activity_{scope}", lang),
                y=labels,
                x=data[column].astype(int).tolist(),
                orientation="h",
                marker_color=ACTIVITY_COLORS[scope],
                customdata=[
                    [m, scope, *d, how, value]
                    for m, d, how, value in zip(data["member"], days, data["match"], data["match_value"], strict=True)
                ],
                hovertemplate="%{y}: %{x}" + f"<extra>{escape_plotly(t(f'activity_{scope}', lang))}</extra>",
            )
        )
    fig.update_layout(barmode="group", legend_traceorder="normal", height=max(320, 44 * len(data) + 170))
    fig.update_yaxes(autorange="reversed", automargin=True, title=None, **EVERY_CATEGORY)
    fig.update_xaxes(title=t("events", lang))
    _counts_axis(fig, "x", data["in_network"])
    return apply_theme(fig, t("member_activity", lang), note, lang=lang)


def cluster_timeline_figure(df: pd.DataFrame, lang: str = "vi", note: str = "") -> go.Figure:
    """The cluster's own events on a time axis, a row for the pledge meetings ("ký giao ước thi đua") and a
    row per other type; hollow when the cluster is inferred from the members, not named. A point is a day's
    events of its row (cluster_meetings: how many, and the first one's title and place): it names its day, and
    says how many more events it holds, which picking it lists."""
    data = df.assign(
        row=[
            t("pledge_meetings", lang) if p else t(k, lang) for p, k in zip(df["pledge"], df["event_type"], strict=True)
        ],
        day=pd.to_datetime(df["event_day"]),
    )
    fig = go.Figure()
    colours = {**type_colors(), "pledge": "#c0392b"}
    for kind in ["pledge", *type_colors()]:
        rows = data[data["pledge"]] if kind == "pledge" else data[~data["pledge"] & (data["event_type"] == kind)]
        if rows.empty:
            continue
        inferred = rows["how"] == "inferred"
        fig.add_trace(
            go.Scatter(
                name=t("pledge_meetings", lang) if kind == "pledge" else t(kind, lang),
                x=rows["day"].dt.strftime("%Y-%m-%d").tolist(),
                y=rows["row"].tolist(),
                mode="markers",
                marker={
                    "size": 14,
                    "color": colours[kind],
                    "symbol": ["circle-open" if i else "circle" for i in inferred],
                    "line": {"width": 2, "color": colours[kind]},
                },
                customdata=[
                    [
                        d,
                        escape_plotly(title),
                        escape_plotly(fmt_text(place)),
                        t(f"how_{h}", lang) if h else "",
                        "<br>" + escape_plotly(t("timeline_more", lang).format(n=fmt_int(n - 1, lang)))
                        if n > 1
                        else "",
                    ]
                    for d, title, place, h, n in zip(
                        rows["day"].dt.strftime("%Y-%m-%d"),
                        rows["title"],
                        rows["place"].where(rows["place"].notna(), None),
                        rows["how"].where(rows["how"].notna(), None),
                        rows["events"].astype(int),
                        strict=True,
                    )
                ],
                hovertemplate="%{customdata[1]}<br>%{customdata[2]} · %{x|%d/%m/%Y}<br>%{customdata[3]}"
                "%{customdata[4]}<extra></extra>",
            )
        )
    fig.update_yaxes(**EVERY_CATEGORY, title=None, automargin=True)
    fig.update_xaxes(type="date", tickformat="%d/%m/%Y", title=t("date", lang))
    days = data["day"].dropna()
    if not days.empty and (days.max() - days.min()).days < 14:  # a few days: one tick a day, never a day twice
        pad = pd.Timedelta(days=3)
        fig.update_xaxes(dtick=86_400_000, range=[days.min() - pad, days.max() + pad])
    fig.update_layout(showlegend=True, height=max(300, 60 * data["row"].nunique() + 200))
    return apply_theme(fig, t("cluster_meetings", lang), note, lang=lang)


def cluster_comparison_figure(df: pd.DataFrame, chosen: str | None, lang: str = "vi", note: str = "") -> go.Figure:
    """The network's clusters side by side: each one's own events and pledge meetings; the chosen cluster
    marked. A bar names [cluster, measure], so a selection lists that cluster's events (or its pledges)."""
    data = df.reset_index(drop=True)
    labels = [
        escape_plotly(("▶ " if cid == chosen else "") + str(name))
        for cid, name in zip(data["cluster_id"], data["cluster"], strict=True)
    ]
    fig = go.Figure()
    for measure, colour in (("events", "#1f6f8b"), ("pledges", "#c0392b")):
        name = t("cluster_events" if measure == "events" else "pledge_meetings", lang)
        fig.add_trace(
            go.Bar(
                name=name,
                y=labels,
                x=data[measure].astype(int).tolist(),
                orientation="h",
                marker_color=colour,
                customdata=[[cid, measure] for cid in data["cluster_id"]],
                hovertemplate="%{y}: %{x}" + f"<extra>{escape_plotly(name)}</extra>",
            )
        )
    fig.update_layout(barmode="group", legend_traceorder="normal", height=max(320, 44 * len(data) + 170))
    fig.update_yaxes(autorange="reversed", automargin=True, title=None, **EVERY_CATEGORY)
    fig.update_xaxes(title=t("events", lang))
    _counts_axis(fig, "x", data["events"])
    return apply_theme(fig, t("cluster_comparison", lang), note, lang=lang)


def events_by_topic_figure(df: pd.DataFrame, lang: str = "vi", note: str = "") -> go.Figure:
    table = _by_type(df, "topic")
    table = table.assign(total=table.sum(axis=1)).sort_values("total", ascending=False)
    names = df.drop_duplicates("topic").set_index("topic")["topic_name"]
    counts = {k: table[k].tolist() for k in table.columns if k != "total"}
    labels = [escape_plotly(n) for n in names.loc[table.index]]
    fig = _stacked_bars(labels, counts, lang, t("topic", lang), custom=table.index.tolist())
    _counts_axis(fig, "x", table["total"])
    return apply_theme(fig, t("by_topic", lang), note, lang=lang)


def topic_region_heatmap(df: pd.DataFrame, lang: str = "vi", note: str = "") -> go.Figure:
    data = df.assign(region=_region_names(df["region"], lang))
    table = counts_table(data, "topic_name", "region")
    names = [region_name(r, lang) for r in table.columns]
    table.columns = [escape_plotly(n) for n in names]
    table.index = [escape_plotly(n) for n in table.index]
    # graph_objects, not px.imshow: px took ~40 ms of the chart's ~60, in every filter change of the Topics page.
    # The axes and colour axis as px.imshow set them: rows top down, the counts on one colour axis with its
    # title. Plain numbers, not a typed array (see maps.plain_coordinates).
    x, y, z = table.columns.tolist(), table.index.tolist(), table.to_numpy().tolist()
    hover = f"{t('region', lang)}: %{{x}}<br>{t('topic', lang)}: %{{y}}<br>{t('events', lang)}: %{{z}}<extra></extra>"
    fig = go.Figure(
        go.Heatmap(x=x, y=y, z=z, coloraxis="coloraxis", texttemplate="%{z}", hovertemplate=hover),
        layout={
            "xaxis": {"title": {"text": t("region", lang)}},
            "yaxis": {"autorange": "reversed", "title": {"text": t("topic", lang)}},
            "coloraxis": {
                "colorscale": SEQUENTIAL,
                "autocolorscale": False,
                "colorbar": {"title": {"text": t("events", lang)}},
            },
        },
    )
    _label_columns(fig, names)
    set_layout(fig, yaxis={**EVERY_CATEGORY, "automargin": True})
    set_layout(fig, coloraxis={"colorbar": _count_ticks(float(table.to_numpy().max()) if table.size else 0)})
    return apply_theme(fig, t("topic_by_region", lang), note, lang=lang)


def _quarter_label(day: pd.Timestamp, lang: str) -> str:
    return t("quarter_label", lang, q=(day.month - 1) // 3 + 1, year=day.year)


QUARTER_TICKS = 16  # more quarters than this: a label at each year's first quarter (every bar still says its own)


def quarter_ticks(days: pd.DatetimeIndex) -> list[int]:
    """The quarters labelled under the bars: all of them up to QUARTER_TICKS, else each year's first. Forty-eight
    slanted labels could not be read, and plotly took 200 ms (of a page switch's 300) to fit them, each draw."""
    every = list(range(len(days)))
    return every if len(days) <= QUARTER_TICKS else [i for i in every if days[i].month == 1] or every


def events_by_period_figure(
    df: pd.DataFrame,
    grain: str = "month",
    lang: str = "vi",
    note: str = "",
    since: date | None = None,
    until: date | None = None,
) -> go.Figure:
    table = _by_type(df.dropna(subset=["period"]), "period")
    days = pd.to_datetime(table.index)
    keys = days.strftime("%Y-%m-%d").tolist()  # a selected bar names its period
    fig = _stacked_columns(table, keys, lang, t(grain, lang))
    if grain == "quarter":  # "Quý 1/2021", not the quarter's first month
        labels = [_quarter_label(day, lang) for day in days]
        ticks = quarter_ticks(days)
        set_layout(
            fig,
            xaxis={
                "tickmode": "array",
                "tickvals": [table.index[i] for i in ticks],
                "ticktext": [labels[i] for i in ticks],
            },
        )
        for trace in fig.data:
            trace.hovertext = labels
            trace.hovertemplate = trace.hovertemplate.replace("%{x}", "%{hovertext}")
    else:
        set_layout(fig, xaxis={"tickformat": {"month": "%m/%Y", "year": "%Y"}[grain]})
    _counts_axis(fig, "y", table.sum(axis=1))
    partial = _partial_periods(fig, days, grain, since, counted_to(df, until), lang)
    full_note = " · ".join(x for x in (_with_unplaced(note, df, "period", lang), partial) if x)
    return apply_theme(fig, t("events_over_time", lang), full_note, lang=lang)


LEVEL_COLORS = {  # the level of the body that signed: few values, each its own colour
    "central": "#0b3c4f",
    "inter-provincial": "#1f6f8b",
    "province": "#4f98b4",
    "district": "#e8a33d",
    "commune": "#b5651d",
}


LABEL_CHARS = 34  # a row label of the program chart, place and title together


def short_title(text: str, width: int = LABEL_CHARS) -> str:
    """A title cut between words to about `width` characters, with an ellipsis when cut."""
    text = " ".join(str(text).split())
    if len(text) <= width:
        return text
    return text[: text.rfind(" ", 0, width) if " " in text[:width] else width].rstrip(" ,:;-–") + "…"


def _program_labels(data: pd.DataFrame) -> list[str]:
    """One row label per program, "place · shortened title", told apart when two would read the same."""
    places = data["place"].fillna("—")
    titles = [  # "Đồng Nai: Hội ..." under Đồng Nai need not name it twice
        re.sub(rf"^{re.escape(place)}\s*[:–-]\s*", "", str(title))
        for place, title in zip(places, data["title"], strict=True)
    ]
    labels = [  # short enough to leave a phone-width chart room for its bars
        f"{place} · {short_title(title, max(12, LABEL_CHARS - len(place) - 3))}"
        for place, title in zip(places, titles, strict=True)
    ]
    seen: dict[str, int] = {}
    out = []
    for label in labels:
        seen[label] = seen.get(label, 0) + 1
        out.append(label if seen[label] == 1 else f"{label} ({seen[label]})")
    return out


def _period_bars(rows: pd.DataFrame, name: str, color: str, key: str, **more: object) -> dict:
    """One trace of programs' periods, a horizontal bar each on a date axis (its base the period's start, its
    length in ms), as a plain dict taken as built; the hover says the title and the years, a click names `key`."""
    return {
        "type": "bar",
        "name": name,
        "y": rows["label"].tolist(),
        "base": rows["start"].tolist(),
        "x": rows["span"].tolist(),
        "orientation": "h",
        "marker": {"color": color},
        "customdata": rows[[key, "shown_title", "years"]].to_numpy(),
        "hovertemplate": "%{customdata[1]}<br>%{customdata[2]}<extra>%{fullData.name}</extra>",
        **more,
    }


def program_gantt_figure(df: pd.DataFrame, lang: str = "vi", note: str = "") -> go.Figure:
    """Program periods as bars, newest first, one labelled row each, coloured by the signing level; the
    note says how many of how many programs are drawn and the axis spans every drawn period."""
    data = df.reset_index(drop=True)
    start = pd.to_datetime(data["period_start"].astype(int).astype(str) + "-01-01")
    end = pd.to_datetime((data["period_end"].astype(int) + 1).astype(str) + "-01-01")  # to the end of the year
    data = data.assign(
        label=[escape_plotly(label) for label in _program_labels(data)],
        shown_title=data["title"].map(escape_plotly),  # the hover's: a crawled title's <a href> stays words
        start=start.dt.strftime("%Y-%m-%d"),
        span=(end - start).dt.total_seconds() * 1000,  # a bar on a date axis: its base and its length in ms
        years=[f"{a}–{b}" if a != b else str(a) for a, b in zip(data["period_start"], data["period_end"], strict=True)],
        level=data["level"].where(data["level"].isin(list(LEVEL_COLORS)), None),
    )
    traces = []
    for level in [*LEVEL_COLORS, None]:
        rows = data[data["level"].isna()] if level is None else data[data["level"] == level]
        if rows.empty:
            continue
        name = t(level, lang) if level else "—"
        traces.append(_period_bars(rows, name, "#999" if level is None else LEVEL_COLORS[level], "event_id"))
    fig = go.Figure(traces, _validate=False)  # made here from plain values: validating them again took a third
    first, last = start.min(), end.max()
    set_layout(
        fig,
        barmode="overlay",
        showlegend=True,
        legend={"traceorder": "normal"},
        height=max(360, 24 * len(data) + 190),
        yaxis={
            **EVERY_CATEGORY,
            "categoryorder": "array",
            "categoryarray": data["label"].tolist(),
            "autorange": "reversed",
            "automargin": True,
            "title": None,
        },
        xaxis={
            "type": "date",
            "range": [first - pd.Timedelta(days=60), last + pd.Timedelta(days=60)],
            "tickformat": "%Y",
            "dtick": "M12" if last.year - first.year <= 16 else "M24",
            "title": {"text": t("program_period", lang)},
        },
    )
    total = int(data["programs"].iloc[0])  # every program of the scope, the query's count
    shown = (
        t("programs_all", lang, n=fmt_int(total, lang))
        if total == len(data)
        else t("programs_newest", lang, n=fmt_int(len(data), lang), total=fmt_int(total, lang))
    )
    counted = f"{shown} · {t('colour_by_level', lang)}"
    return apply_theme(fig, t("program_gantt", lang), f"{counted} · {note}" if note else counted, lang=lang)


def programs_in_force_figure(df: pd.DataFrame, lang: str = "vi", note: str = "") -> go.Figure:
    fig = go.Figure(
        go.Scatter(
            x=df["year"].tolist(),
            y=df["programs"].tolist(),
            mode="lines+markers",
            line_color=next((k.colour for k in event_types() if k.makes_programs), SEQUENTIAL[3]),  # the programs' type
            hovertemplate="%{x}: %{y}<extra></extra>",
        )
    )
    set_layout(
        fig,
        xaxis={"dtick": 1, "title": {"text": t("year", lang)}},
        yaxis={"title": {"text": t("programs_in_force", lang)}},
    )
    _counts_axis(fig, "y", df["programs"])
    definition = t("in_force_definition", lang)  # one definition: the headline, this chart and the report
    return apply_theme(fig, t("programs_per_year", lang), f"{note} · {definition}" if note else definition, lang=lang)


# Projector and export: any figure above, restyled. Large type read from the back of a hall, black on white,
# darker grid lines; the export adds a footnote naming the data source and date.
PRESENT_FONT = 26
PRESENT_TITLE = 38
PRESENT_NOTE = 22  # the filter note, scaled with the rest
PRESENT_WIDTH = 1880  # a projector's chart: 1920 px less the page's padding
PRESENT_CHARS = 130  # a note line at 22 px across that width
EXPORT_SIZE = (1920, 1080)


def _title_and_note(fig: go.Figure) -> tuple[str, str]:
    """The title's first line as drawn and its note as plain words (the note is wrapped again at its new size,
    and escaped again there)."""
    head, _, rest = (fig.layout.title.text or "").partition("<br>")
    return head, unescape_plotly(" ".join(re.sub(r"<[^>]+>", " ", rest).split()))


def _row_count(fig: go.Figure) -> int:
    """Categories on the row axis: horizontal bars' and a heatmap's rows."""
    rows: set = set()
    for trace in fig.data:
        if (trace.type == "heatmap" or (trace.type == "bar" and trace.orientation == "h")) and trace.y is not None:
            rows.update(trace.y)
    return len(rows)


def _x_axis_px(fig: go.Figure, width: int = PRESENT_WIDTH) -> float:
    """Room the x axis takes under the plot in projector type: its tick labels (their lines, or their length
    when crowded labels are turned upright) and its title. An upper bound: what goes below never overlaps."""
    if not any(trace.type in ("bar", "scatter", "heatmap") for trace in fig.data):
        return 0
    axis = fig.layout.xaxis
    if axis.ticktext:
        labels = [str(text) for text in axis.ticktext]
    else:
        columns = {
            value
            for trace in fig.data
            if trace.x is not None and (trace.type == "heatmap" or (trace.type == "bar" and trace.orientation != "h"))
            for value in trace.x
        }  # one label per column; a line chart's axis gets plotly's few ticks
        dated = axis.tickformat and "%" in axis.tickformat
        date_chars = len(date(2024, 12, 31).strftime(axis.tickformat)) if dated else 0
        labels = ["0" * date_chars if date_chars else str(value) for value in columns]
        if dated and axis.dtick is None:  # a time axis labels plotly's few round dates, not every column
            labels = labels[:1]
    lines = max((label.count("<br>") + 1 for label in labels), default=1)
    longest = max((len(part) for label in labels for part in label.split("<br>")), default=4)
    upright = len(labels) * (longest * 0.6 + 1) * PRESENT_FONT > 0.8 * width
    ticks = longest * 0.6 * PRESENT_FONT if upright else lines * 1.3 * PRESENT_FONT
    return ticks + (1.6 * PRESENT_FONT if axis.title.text else 0) + 12


def _fit_rows(fig: go.Figure) -> None:
    """Every row labelled in the projector's type, as large as the frame allows: each label gets a row of
    its own (plotly otherwise drops every other label of a crowded axis)."""
    rows = _row_count(fig)
    if not rows:
        return
    margin = fig.layout.margin
    plot = (fig.layout.height or 450) - (margin.t or 0) - max(margin.b or 0, _x_axis_px(fig))
    size = max(10, min(PRESENT_FONT, int(plot / rows)))
    fig.update_yaxes(tickfont={"size": size}, automargin=True)


def presentation_figure(fig: go.Figure, height: int = 760) -> go.Figure:
    """A copy of `fig` in the high-contrast projector theme."""
    out = go.Figure(fig)
    out.update_layout(
        font={"family": FONT, "size": PRESENT_FONT, "color": "#000"},
        height=height,
        margin={"l": 20, "r": 30, "b": 30},
        legend={"font": {"size": PRESENT_FONT}},
        hoverlabel={"font": {"size": PRESENT_FONT}},
    )
    head, note = _title_and_note(fig)
    _header(out, head, note, (PRESENT_TITLE, PRESENT_NOTE, PRESENT_FONT), PRESENT_CHARS, PRESENT_WIDTH)
    # plotly.js's own check of each tick label again (keep_tick_labels skips it on the page): the larger type runs
    # past the reserved margins, and a label crossing the frame's edge is hidden there rather than cut.
    out.update_xaxes(gridcolor="#b0b0b0", linecolor="#000", tickfont={"color": "#000"}, ticklabeloverflow=None)
    out.update_yaxes(gridcolor="#b0b0b0", linecolor="#000", tickfont={"color": "#000"}, ticklabeloverflow=None)
    from dashboard import maps  # here: maps builds on this module

    if maps.is_province_map(out):  # names set out again for the larger type and frame
        maps.fit_to_frame(out, out.layout.width or EXPORT_SIZE[0], height)
    out.update_traces(line_width=5, marker_size=14, selector={"type": "scatter", "mode": "lines+markers"})
    if any(trace.type == "heatmap" for trace in out.data):
        out.update_traces(textfont={"size": PRESENT_FONT}, selector={"type": "heatmap"})
    _fit_rows(out)
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
    below = _x_axis_px(out, width)  # the footnote goes under the axis's labels and title, never over them
    out.update_layout(width=width, margin={"b": math.ceil(below + 50)})
    from dashboard import maps  # here: maps builds on this module

    if maps.is_province_map(out):  # set out again for the room the footnote leaves
        maps.fit_to_frame(out, width, height)
    _fit_rows(out)  # the footnote's room comes out of the rows'
    out.add_annotation(
        text=footnote,
        xref="paper",
        yref="paper",
        x=0,
        y=0,
        xanchor="left",
        yanchor="top",
        yshift=-math.ceil(below + 8),
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


# The programs' lines (issue 15): a program's status colours its period; its events are marks on it. The names
# come from data/reference/program_statuses.csv and program_roles.csv.
STATUS_COLORS = {
    "in_force": "#4f98b4",
    "midterm_due": "#f0b43c",
    "midterm_held": "#1f6f8b",
    "final_due": "#e07b20",
    "final_held": "#0b3c4f",
    "overdue": "#be0000",
    "renewed": "#6f9a4a",
    "unknown_end": "#999999",
}
ROLE_SYMBOLS = {
    "sign": "diamond",
    "review_midterm": "circle",
    "review_final": "star",
    "review_yearly": "circle-open",
    "implement": "triangle-up",
    "resign": "square",
}


def program_label(number: object, title: object, place: object = None, width: int = LABEL_CHARS) -> str:
    """A program as a row label: its number (else the province it was first seen in) and a shortened title
    ("09/CTr-BCA · Phòng chống…", "Thanh Hóa · Tuyên truyền…")."""
    number, title, place = ("" if v is None or pd.isna(v) else " ".join(str(v).split()) for v in (number, title, place))
    lead = number or place
    if not lead:
        return short_title(title, width) or "—"
    return f"{lead} · {short_title(title, max(12, width - len(lead) - 3))}" if title else lead


def _object_rows(*columns: list) -> np.ndarray:
    """Columns of plain values as rows of an object array: a trace's customdata, as DataFrame.to_numpy() makes it."""
    out = np.empty((len(columns[0]) if columns else 0, len(columns)), dtype=object)
    for i, values in enumerate(columns):
        out[:, i] = values
    return out


def program_lines_figure(df: pd.DataFrame, lang: str = "vi", note: str = "") -> go.Figure:
    """Each program's period as a bar coloured by its status, and the events on its line (signing, reviews,
    implementation, renewal) as marks by role; one labelled row per program, in the query's order. `df`: the
    `programs_list` rows; the programs drawn are those given a `line` (their dated events). The note says how
    many of how many programs are drawn."""
    # Built from the columns as plain lists, a row at a time: the chart draws a few dozen programs, and selecting,
    # assigning and formatting them as pandas frames took ~25 ms a filter set (its own overhead, not the rows).
    cols = {c: df[c].tolist() for c in ("program_id", "number", "title", "province", "period_start") if c in df}
    cols |= {c: df[c].tolist() for c in ("period_end", "status", "line")}
    rows = [i for i, line in enumerate(cols["line"]) if isinstance(line, list | tuple | np.ndarray)]
    places = cols.get("province", [None] * len(df))
    labels = [escape_plotly(program_label(cols["number"][i], cols["title"][i], places[i])) for i in rows]
    seen: dict[str, int] = {}
    for i, label in enumerate(labels):  # two programs that read the same stay two rows
        seen[label] = seen.get(label, 0) + 1
        labels[i] = label if seen[label] == 1 else f"{label} ({seen[label]})"
    label_of = dict(zip((cols["program_id"][i] for i in rows), labels, strict=True))
    traces: list[dict] = []  # made here from plain values, taken as they are (validating them took a third)
    bars: dict[str | None, list[tuple]] = {}  # status -> (label, start, span, program_id, title, years), in order
    starts, ends = [], []
    for i in rows:
        begin, stop = cols["period_start"][i], cols["period_end"][i]
        if pd.isna(begin):
            continue
        start = pd.Timestamp(int(begin), 1, 1)
        end = pd.Timestamp(int(begin if pd.isna(stop) else stop) + 1, 1, 1)
        starts.append(start)
        ends.append(end)
        years = f"{int(begin)}–{stop}" if pd.notna(stop) and int(begin) != stop else str(int(begin))
        title = cols["title"][i]
        status = cols["status"][i]
        row = (label_of[cols["program_id"][i]], start.strftime("%Y-%m-%d"), (end - start).total_seconds() * 1000)
        shown = escape_plotly("" if pd.isna(title) else title)
        bars.setdefault(status if isinstance(status, str) and status in STATUS_COLORS else None, []).append(
            (*row, cols["program_id"][i], shown, years)
        )
    for status in [*STATUS_COLORS, None]:
        if not (kept := bars.get(status)):
            continue
        ys, bases, spans, ids, titles, periods = (list(c) for c in zip(*kept, strict=True))
        traces.append(
            {
                "type": "bar",
                "name": program_status_name(status, lang) if status else "—",
                "y": ys,
                "base": bases,
                "x": spans,
                "orientation": "h",
                "marker": {"color": STATUS_COLORS.get(status or "", "#cccccc")},
                "customdata": _object_rows(ids, titles, periods),
                "hovertemplate": "%{customdata[1]}<br>%{customdata[2]}<extra>%{fullData.name}</extra>",
                "opacity": 0.55,
            }
        )
    marks: dict[str | None, list[tuple]] = {}  # role -> (day, label, program_id, shown day), in the query's order
    event_days = []
    for i in rows:
        for event in cols["line"][i]:
            day, role = event["event_date"], event["role"]
            text = pd.Timestamp(day).strftime("%Y-%m-%d")
            event_days.append(pd.Timestamp(text))
            kind = role if isinstance(role, str) and role in ROLE_SYMBOLS else None
            program_id = cols["program_id"][i]
            marks.setdefault(kind, []).append((text, label_of[program_id], program_id, fmt_date(day)))
    for role in [*ROLE_SYMBOLS, None]:
        if not (kept := marks.get(role)):
            continue
        xs, ys, ids, shown_days = (list(c) for c in zip(*kept, strict=True))
        traces.append(
            {
                "type": "scatter",
                "name": program_role_name(role, lang) if role else "—",
                "x": xs,
                "y": ys,
                "mode": "markers",
                "marker": {
                    "symbol": ROLE_SYMBOLS.get(role or "", "x"),
                    "size": 11,
                    "color": "#111",
                    "line": {"width": 1, "color": "#111"},
                },
                "customdata": _object_rows(ids, shown_days),
                "hovertemplate": "%{customdata[1]}<extra>%{fullData.name}</extra>",
            }
        )
    fig = go.Figure(traces, _validate=False)
    yaxis = {"categoryorder": "array", "categoryarray": labels, "autorange": "reversed", "automargin": True}
    set_layout(
        fig,
        barmode="overlay",
        showlegend=True,
        legend={"traceorder": "normal"},
        height=max(360, 26 * len(rows) + 230),
        yaxis={**EVERY_CATEGORY, **yaxis, "title": None},
    )
    days = [*starts, *ends, *event_days]
    if days:
        first_day, final = min(days), max(days)
        set_layout(
            fig,
            xaxis={
                "range": [first_day - pd.Timedelta(days=90), final + pd.Timedelta(days=90)],
                "dtick": "M12" if final.year - first_day.year <= 16 else "M24",
            },
        )
    set_layout(fig, xaxis={"type": "date", "tickformat": "%Y", "title": {"text": t("year", lang)}})
    total = int(df["programs"].iloc[0])  # every program of the scope, the query's count
    shown = (
        t("programs_all", lang, n=fmt_int(total, lang))
        if total == len(rows)
        else t("programs_newest", lang, n=fmt_int(len(rows), lang), total=fmt_int(total, lang))
    )
    counted = f"{shown} · {t('program_lines_note', lang)}"
    return apply_theme(fig, t("program_lines", lang), f"{counted} · {note}" if note else counted, lang=lang)


# ---- the figure as the browser gets it ---------------------------------------------------------------------

# Trace types drawn on x/y axes: a figure of these alone has its template written into it (`for_browser`).
CARTESIAN_TRACES = frozenset({"bar", "scatter", "scattergl", "heatmap", "histogram", "box", "violin", "contour"})
# What Streamlit sets on a chart with point selection, right after its first draw, where the figure sets nothing.
SELECTION_LAYOUT = {"clickmode": "event+select", "hovermode": "closest", "dragmode": "pan"}
_SUBPLOT = re.compile(r"(xaxis|yaxis|coloraxis)\d*")


def _fill(target: dict, defaults: dict) -> None:
    """Give `target` every value of `defaults` it has not set, nested dicts merged: its own values are kept, as
    plotly.js keeps a figure's own value over its template's."""
    for key, value in defaults.items():
        if key == "type":
            continue
        mine = target.get(key)
        if mine is None:
            target[key] = copy.deepcopy(value)
        elif isinstance(value, dict) and isinstance(mine, dict):
            _fill(mine, value)


def _subplot_kind(key: str) -> str:
    """ "xaxis2" -> "xaxis": the template section an axis takes its defaults from."""
    return re.sub(r"\d+$", "", key)


def _subplots(spec: dict) -> set[str]:
    """The layout keys of the x and y axes and colour axes the traces are drawn on, or the layout sets."""
    used = {key for key in spec["layout"] if _SUBPLOT.fullmatch(key)}
    for trace in spec["data"]:
        used.add("xaxis" + trace.get("xaxis", "x")[1:])
        used.add("yaxis" + trace.get("yaxis", "y")[1:])
        for owner in (trace, trace.get("marker") or {}):
            if owner.get("coloraxis"):
                used.add(owner["coloraxis"])
    return used


# An axis draws its line, grid or zero line by default only where the figure itself (not its template) gives
# one of its colours or widths: these settle it, before the template's colours are written in.
_LINES = {"showline": ("linecolor", "linewidth"), "showgrid": ("gridcolor", "gridwidth", "griddash")}
_LINES["zeroline"] = ("zerolinecolor", "zerolinewidth")


def _gridless(spec: dict) -> set[str]:
    """The axes plotly.js draws no grid or zero line on by default: the category axis of bars (and of the other
    traces set along an axis: box, violin, histogram)."""
    out = set()
    for trace in spec["data"]:
        if trace.get("type", "scatter") in {"bar", "box", "violin", "histogram"}:
            out.add(
                "yaxis" + trace.get("yaxis", "y")[1:]
                if trace.get("orientation") == "h"
                else "xaxis" + trace.get("xaxis", "x")[1:]
            )
    return out


def _keep_lines(axis: dict, defaults: dict, grid: bool) -> None:
    """Set the axis's line, grid and zero line as plotly.js settles them with these defaults in a template:
    drawn when the figure itself asks (a show flag, or one of their colours or widths), else plotly's default
    (no line; a grid and zero line but on a bar chart's category axis, `grid`)."""
    for flag, attrs in _LINES.items():
        if axis.get(flag) is not None or not any(a in defaults for a in attrs):
            continue
        asked = any(axis.get(a) is not None for a in attrs)
        axis[flag] = True if asked else (False if flag == "showline" else grid)


def carry_template(spec: dict) -> bool:
    """Write the values a figure's dict (`spec`, as fig.to_dict() gives it) takes from its template into the
    figure itself, where it sets none, and drop the template: the same look, as plotly.js works it out (a
    template's value is a default), with no template object. A figure with traces off x/y axes (a pie, a geo
    trace) keeps its template (False)."""
    template = spec["layout"].get("template")
    if not template or not spec["data"] or any(t.get("type", "scatter") not in CARTESIAN_TRACES for t in spec["data"]):
        return False
    layout = spec["layout"]
    defaults = dict(template.get("layout", {}))
    for key in _subplots(spec):  # an axis's template is its kind's ("xaxis" for xaxis2 too)
        kind = _subplot_kind(key)
        if defaults.get(kind):
            axis = layout.setdefault(key, {})
            if kind != "coloraxis":
                _keep_lines(axis, defaults[kind], key not in _gridless(spec))
            _fill(axis, defaults[kind])
    for key in [k for k in defaults if k.endswith("defaults")]:  # each annotation, shape... as its defaults say
        for item in layout.get(key.removesuffix("defaults") + "s") or ():
            _fill(item, defaults[key])
    _fill(layout, {k: v for k, v in defaults.items() if not k.endswith("defaults") and k not in _OFF_AXES})
    counts: dict[str, int] = {}
    for trace in spec["data"]:  # plotly.js gives the n-th trace of a type the type's n-th template, cyclically
        kind = trace.get("type", "scatter")
        styles = template.get("data", {}).get(kind) or []
        n = counts[kind] = counts.get(kind, -1) + 1
        if styles:
            _fill(trace, styles[n % len(styles)])
    del layout["template"]
    return True


# Template sections for subplots no x/y trace is on, and those applied per axis above.
_OFF_AXES = frozenset({"xaxis", "yaxis", "coloraxis", "polar", "ternary", "scene", "geo", "mapbox", "map", "smith"})


# Widths of characters in ems, as the chart's sans-serif fonts draw them (Noto Sans, DejaVu Sans): narrow, wide,
# capitals, digits, the rest. A little over, rather than under: a margin short of its labels is grown by plotly.js
# with a second layout pass (what reserve_margins avoids); one a few pixels wide only leaves them room.
_NARROW, _WIDE = frozenset("ijlI.,:;'|!·()[]-/ frt"), frozenset("mwMW…—")


def _text_px(text: str, font: float) -> float:
    """About how wide a line of text is drawn at `font` pixels."""
    ems = sum(
        0.36 if c in _NARROW else 0.95 if c in _WIDE else 0.72 if c.isupper() else 0.64 if c.isdigit() else 0.62
        for c in text
    )
    return ems * font


def _lines(labels: list, font: float) -> tuple[float, int]:
    """The widest line (in pixels) and the most lines of a set of tick labels ("<br>" breaks a line)."""
    split = [re.sub(r"<[^>]+>", "", str(label).replace("<br>", "\n")).split("\n") for label in labels]
    widest = max((_text_px(line, font) for lines in split for line in lines), default=0)
    return widest, max((len(lines) for lines in split), default=1)


def _count_label(top: float) -> str:
    """The widest tick label a count axis up to `top` can show (plotly pads the range by a few per cent)."""
    return f"{math.ceil(top * 1.1):,}" if top > 0 else "0"


def _axis_labels(spec: dict, letter: str) -> tuple[list, bool]:
    """The tick labels an axis (x or y) of a one-plot figure shows, and whether they are counts (numbers)."""
    axis = spec["layout"].get(f"{letter}axis") or {}
    if axis.get("ticktext"):
        return list(axis["ticktext"]), False
    if axis.get("type") == "date":  # written as its format says (a year, a month and year)
        return [pd.Timestamp("2000-12-28").strftime(axis.get("tickformat") or "%b %Y")], False
    values = [v for trace in spec["data"] for v in (trace.get(letter) or []) if v is not None]
    if values and all(isinstance(v, int | float) for v in values[:50]):
        stacked = spec["layout"].get("barmode") == "stack"
        other = "y" if letter == "x" else "x"
        totals: dict = {}
        for trace in spec["data"]:
            for key, value in zip(trace.get(other) or [], trace.get(letter) or [], strict=False):
                if isinstance(value, int | float):
                    totals[key] = totals.get(key, 0) + value if stacked else max(totals.get(key, 0), value)
        return [_count_label(max(totals.values(), default=0))], True
    return list(dict.fromkeys(str(v) for v in values)), False


def reserve_margins(spec: dict) -> None:
    """Margins for a figure's dict (`spec`) wide enough for its tick labels, axis titles and colour bar, worked
    out from their text. plotly.js grows a margin too small for them (automargin) by laying the chart out and
    drawing it a second time: half of a chart's time in the browser (20-50 ms each, three charts a filter
    change). Given margins that hold them, it draws once; an estimate short of what the text needs only costs
    that second pass again, never a cut label. The title's margin (top) is set by apply_theme already."""
    layout = spec["layout"]
    kinds = {trace.get("type", "scatter") for trace in spec["data"]}
    x_axis, y_axis = layout.get("xaxis") or {}, layout.get("yaxis") or {}
    if not spec["data"] or x_axis.get("visible") is False or kinds - {"bar", "heatmap", "scatter"}:
        return
    font = (layout.get("font") or {}).get("size") or 12
    margin = dict(layout.get("margin") or {})

    def titled(axis: dict) -> float:
        return 1.6 * font if (axis.get("title") or {}).get("text") else 0

    y_labels, y_counts = _axis_labels(spec, "y")
    widest, _ = _lines(y_labels, font)
    margin["l"] = max(margin.get("l", 0), math.ceil(widest + titled(y_axis) + (20 if y_counts else 12)))
    x_labels, x_counts = _axis_labels(spec, "x")
    widest, lines = _lines(x_labels, font)
    margin["b"] = max(margin.get("b", 0), math.ceil(20 + lines * 1.3 * font + titled(x_axis)))
    right = widest / 2 if x_counts else 0  # the last count's label overhangs the plot (by less than half)
    if "heatmap" in kinds:  # the colour bar: its bar, its ticks and its title
        bar = (layout.get("coloraxis") or {}).get("colorbar") or {}
        title = (bar.get("title") or {}).get("text") or ""
        ticks = _count_label(max((v for t in spec["data"] for row in t.get("z") or [] for v in row or []), default=0))
        right = 70 + max(_text_px(title, font), _text_px(ticks, font))
    margin["r"] = max(margin.get("r", 0), math.ceil(right))
    layout["margin"] = margin


def keep_tick_labels(spec: dict) -> None:
    """Every x and y axis of a figure's dict (`spec`) draws its tick labels as laid out, without plotly.js checking
    each against the chart's edge (`ticklabeloverflow` "allow", where the figure sets none). By default it measures
    every label of a count or date axis (its bounding box, a forced layout of the whole page each) to hide any that
    crosses the edge of the chart: 17-25 ms of the browser's CPU at a filter change on the Vùng và tỉnh page. The
    margins hold the labels (reserve_margins), so none crosses it and none was hidden: the same chart, unchecked.
    (presentation_figure brings the check back for the projector's and the images' larger type.)"""
    for key in _subplots(spec):
        if not key.startswith("coloraxis"):
            axis = spec["layout"].setdefault(key, {})
            if axis.get("ticklabeloverflow") is None:
                axis["ticklabeloverflow"] = "allow"


def _trace_axis(trace: dict, letter: str) -> str:
    """The layout key of the axis a trace is drawn on: "y2" -> "yaxis2"."""
    ref = trace.get(f"{letter}axis") or letter
    return f"{letter}axis{ref[1:]}"


def unreverse_category_axes(spec: dict) -> None:
    """A category axis drawn reversed (`autorange: "reversed"`: the first category on top) given as its categories
    in reverse order on an axis that is not: the same picture, each category where it was. plotly.js writes a
    reversed axis back into the figure it was given as `autorange: true` with a reversed range, so when Streamlit
    handed it its copy of the figure (to set the chart's width, after the first draw) the axis read as changed and
    the chart was drawn again (a bar chart, the programs' lines; about one filter change in two). An axis that
    orders its categories itself (`categoryorder` other than "array" or "trace") is left as it is, and so is one
    that reversing would change: bars side by side in a category (their order flips with the axis), a heatmap."""
    layout = spec["layout"]
    for key, axis in layout.items():
        if not (_SUBPLOT.fullmatch(key) and key[0] in "xy" and isinstance(axis, dict)):
            continue
        if axis.get("autorange") != "reversed" or axis.get("type") != "category":
            continue
        drawn = [trace for trace in spec["data"] if _trace_axis(trace, key[0]) == key]
        bars = [trace for trace in drawn if trace.get("type") == "bar"]
        if any(trace.get("type") not in ("bar", "scatter") for trace in drawn) or (
            len(bars) > 1 and layout.get("barmode") in (None, "group")
        ):
            continue
        order = axis.get("categoryorder") or "trace"
        given = [axis.get("categoryarray")] if order == "array" else [trace.get(key[0]) for trace in drawn]
        lists = [v for v in given if isinstance(v, list | tuple)]
        if order not in ("array", "trace") or len(lists) != len(given):
            continue  # a typed array (plotly's base64 form) or none: left as built
        seen: dict = {}  # as plotly.js orders them: the array's, or as they first appear, trace by trace
        for values in lists:
            seen.update((value, None) for value in values if value is not None and value not in seen)
        categories = list(seen)
        if not categories:
            continue
        axis.update(categoryorder="array", categoryarray=categories[::-1])
        del axis["autorange"]


def for_browser(fig: go.Figure, selectable: bool = True) -> go.Figure:
    """The figure made ready for st.plotly_chart: the same to see, drawn once. A new figure; `fig` is not changed.

    Streamlit draws a chart, then hands plotly.js a deep copy of it (Plotly.react again), and plotly.js compares
    the two by identity: the template object, an object in `layout.meta` and every data array (unless
    `layout.datarevision` is set) read as changed, and the whole chart was computed and drawn a second time
    (the map: 100–300 ms and 2,000 changes to the page, at every filter change). So the template's values are
    written into the figure (carry_template), its data given a revision (a digest of the figure, unless it set
    one), and a selectable chart (`selectable`) the click, hover and drag modes Streamlit sets where the figure
    has none: the copy then changes nothing and is not drawn again. (The map's `layout.meta` is text, compared by
    value.) Built from the figure's dict without validating it again: it was validated when built, and plotly's
    checks cost 10–40 ms a chart."""
    spec = fig.to_dict()
    carried = carry_template(spec)
    layout = spec["layout"]
    if selectable:
        _fill(layout, SELECTION_LAYOUT)
    reserve_margins(spec)
    keep_tick_labels(spec)
    unreverse_category_axes(spec)
    if layout.get("datarevision") is None:
        text = pio.to_json({"data": spec["data"], "layout": layout}, validate=False)
        layout["datarevision"] = hashlib.blake2b(text.encode(), digest_size=8).hexdigest()
    if not carried:
        return go.Figure(spec, _validate=False)
    layout["template"] = {}  # a figure given no template takes plotly's default one: its values are in it already
    out = go.Figure(spec, _validate=False)
    out.layout.template = None  # sent as null: plotly.js reads no template
    return out


class _Sent(go.Figure):
    """A figure as st.plotly_chart takes it, whose dict is made once (`sendable`). Never built by plotly's
    constructor: Streamlit only asks for its dict (plotly.tools.return_figure_from_figure_or_data takes any
    plotly figure by its to_dict(), unvalidated) and writes that dict as JSON."""

    _spec: dict

    def to_dict(self) -> dict:
        return self._spec


def sendable(fig: go.Figure) -> go.Figure:
    """What st.plotly_chart is handed for `fig`: the same figure, its dict made once and kept with it. Streamlit
    asks a figure for its dict at every run that draws it, and plotly makes it afresh each time (a deep copy of
    every trace, then a walk of every value for arrays to pack): 9 ms a chart, a third of the regions page's
    run, for a shared figure (ui.shared_figure) that never changes. `fig` must not change after (a shared
    figure never does); its dict is not changed by Streamlit (it is only written as JSON)."""
    sent = fig.__dict__.get("_sent")
    if sent is None:
        sent = _Sent.__new__(_Sent)  # no plotly constructor: only to_dict is asked of it
        sent._spec = fig.to_dict()
        fig._sent = sent  # a name plotly leaves alone (an underscore), kept as long as the figure is
    return sent
