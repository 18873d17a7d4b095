"""The report as plain values: a list of slides, each a title and a figure, a table or a few lines.

Built from the same named queries and figure builders as the dashboard, under the same filter set, so a
number on a slide is the number on the page. Writers (slides.py, pdf.py) only lay these out.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

import pandas as pd
import plotly.graph_objects as go

from dashboard import charts, cluster_tables, figures, program_tables
from dashboard.charts import Ask
from dashboard.filter_model import Filters
from dashboard.formatting import fmt_date, fmt_delta, fmt_int
from dashboard.headline import headline_figures, type_counts
from dashboard.i18n import t
from dashboard.report.scope import Scope
from etl.event_types import event_types, makes_programs


def column_shares(columns: int) -> tuple[float, ...]:
    """Relative column widths of a report table, the same in both formats: the headline figures (four
    columns), the events of each type (five: date, parties, topics, then the period for a type that makes
    programs or the place for the others, sources)."""
    shares = {
        4: (0.3, 0.2, 0.3, 0.2),
        5: (0.09, 0.33, 0.2, 0.1, 0.28),
        6: (0.14, 0.3, 0.24, 0.09, 0.12, 0.11),  # the programs due: number, title, parties, period, status, due
    }
    return shares.get(columns) or (1 / columns,) * columns


@dataclass
class Slide:
    kind: str  # title | numbers | chart | table | text
    title: str
    subtitle: str = ""
    figure: go.Figure | None = None  # chart slides: already sized and footnoted for export
    table: pd.DataFrame | None = None  # numbers and table slides: text cells, labelled columns
    lines: list[str] = field(default_factory=list)


@dataclass
class Report:
    title: str
    lang: str
    slides: list[Slide]
    filters: Filters
    mark: str = ""  # on every slide and page of a report from a simulated warehouse (its charts carry it too)


def period_text(f: Filters) -> str:
    return f"{fmt_date(f.date_from)} – {fmt_date(f.date_to)}"


def _headline(ask: Ask, f: Filters, last_day: date | None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The headline figures beside the same span of the previous period (this one cut at the data's last
    day, as on the Overview page), as a table; and this period's rows (one per event type)."""
    compared = f.compared_periods(last_day)  # None only without a first and a last day
    if compared is None:
        raise ValueError("a report covers a period: its filters need a first and a last day")
    current, previous = compared
    now = ask("headline_figures", current)
    before = ask("headline_figures", previous)
    lang = f.lang
    rows = []
    for item in headline_figures(now, before, lang):
        value, earlier = item.value, item.previous or 0
        rows.append([item.label, fmt_int(value, lang), fmt_int(earlier, lang), fmt_delta(value, earlier, lang)])
    columns = [
        "",
        f"{t('this_period', lang)} ({period_text(current)})",
        f"{t('previous_period', lang)} ({period_text(previous)})",
        t("change", lang),
    ]
    return pd.DataFrame(rows, columns=columns), now


def _activity_charts(scope: Scope) -> list[charts.Chart]:
    """Where the activity happened, as the scope asks: regions for the country, members for a cluster."""
    return {
        "all": [charts.REGIONS, charts.MAP],
        "region": [charts.PROVINCES, charts.MAP],  # every province of the region, ranked by its count
        "cluster": [charts.MEMBERS],
        "province": [charts.PARTNERS],
    }[scope.kind]


def events_table(ask: Ask, f: Filters, event_type: str, expected: int) -> pd.DataFrame:
    """Every event of one type (the agreements, say) of the scope and period, oldest first, as text cells."""
    rows = ask("events_table", replace(f, event_type=event_type), lang=f.lang, limit=expected)
    rows = rows.iloc[::-1]  # the query gives the newest first; a report reads in order
    lang = f.lang
    table = {t("date", lang): rows["event_date"].map(fmt_date)}
    programs = makes_programs(event_type)
    if not programs:  # a meeting says where; a program, its period
        table[t("place", lang)] = rows["place"].fillna("—")
    table[t("parties", lang)] = rows["parties"].fillna("—")
    table[t("topics", lang)] = rows["topics"].fillna("")
    if programs:
        table[t("program_period", lang)] = rows["period"].fillna("—")
    table[t("sources", lang)] = rows["sources"].fillna("")
    return pd.DataFrame(table).reset_index(drop=True)


def cluster_slides(ask: Ask, f: Filters) -> list[Slide]:
    """A cluster's report: its roster over time, who chaired and hosted each year, its pledge signings; from the
    queries the Clusters page reads, in the same words."""
    lang = f.lang
    roster = ask("cluster_roster", cluster_id=f.cluster_id)
    rotation = ask("cluster_rotation", f)
    pledges = cluster_tables.pledge_table(ask("cluster_pledges", f), lang)
    slides = [
        Slide(
            "table",
            t("report_cluster_roster", lang),
            subtitle=f.cluster_label or "",
            table=cluster_tables.roster_table(roster, lang),
        )
        if not roster.empty
        else Slide("text", t("report_cluster_roster", lang), lines=[t("no_data", lang)]),
        Slide(
            "table",
            t("report_cluster_rotation", lang),
            subtitle=f.describe(),
            table=cluster_tables.rotation_table(rotation, lang),
        )
        if not rotation.empty
        else Slide("text", t("report_cluster_rotation", lang), lines=[t("report_no_roles", lang), f.describe()]),
        Slide("table", t("report_cluster_pledges", lang), subtitle=f.describe(), table=pledges)
        if not pledges.empty
        else Slide("text", t("report_cluster_pledges", lang), lines=[t("report_no_pledges", lang), f.describe()]),
    ]
    return slides


REPORT_DUE_ROWS = 60  # the programs due for review on the report, overdue first; the title says of how many


def due_slide(ask: Ask, f: Filters) -> Slide:
    """The programs of the scope due or overdue for review in the six months after the period's end: the
    Programs page's list for leaders, as a table (or a line saying there is none)."""
    lang = f.lang
    due = ask("programs_due", f, limit=REPORT_DUE_ROWS)
    title = t("programs_due_title", lang)
    if due.empty:
        return Slide("text", title, lines=[t("programs_none_due", lang), f.describe()])
    total = int(due["programs"].iloc[0])
    if total > len(due):
        title = f"{title} ({t('programs_due_shown', lang, n=fmt_int(len(due), lang), total=fmt_int(total, lang))})"
    return Slide("table", title, table=program_tables.due_table(due, lang))


def _data_lines(ask: Ask, f: Filters, extent: pd.Series, simulated: bool) -> list[str]:
    notes = ask("report_sources", f).iloc[0]
    lang = f.lang
    lines = [
        t("report_data_events", lang, events=fmt_int(notes["events"], lang)),
        t(
            "report_data_articles",
            lang,
            articles=fmt_int(notes["articles"], lang),
            sites=fmt_int(notes["sites"], lang),
            without=fmt_int(notes["articles_without_site"], lang),
        ),
        t("report_data_flagged", lang, flagged=fmt_int(notes["flagged_events"], lang)),
        f"{t('report_filters', lang)}: {f.describe()}",
        t(
            "report_data_extent",
            lang,
            last_day=fmt_date(extent["last_day"]) or "—",
            documents=fmt_int(extent["documents"], lang),
        ),
    ]
    if simulated:
        lines.append(t("simulated_banner", lang))
    return lines


def build(
    ask: Ask, scope: Scope, date_from: date, date_to: date, lang: str, made_on: date, narrow: Filters | None = None
) -> Report:
    """All the slides for a scope and period (narrowed by the dashboard's other filters, when it makes the
    report); a scope with nothing in the period gets a short report."""
    f = scope.filters(date_from, date_to, lang, narrow)
    extent = ask("data_extent").iloc[0]
    simulated = bool(ask("warehouse_kind")["simulated"].iloc[0])
    mark = t("simulated_mark", lang) if simulated else ""
    note = figures.footnote(extent["documents"], extent["last_day"], made_on, lang)
    title = t("report_title", lang)
    slides = [
        Slide(
            "title",
            title,
            lines=[
                scope.title(lang),
                f"{t('period', lang)}: {period_text(f)}",
                f"{t('made_on', lang)}: {fmt_date(made_on)}",
                *([t("simulated_banner", lang)] if simulated else []),  # never shown as real figures
            ],
        )
    ]
    headline, now = _headline(ask, f, extent["last_day"] if int(extent["events"] or 0) else None)
    counts, by_type = now.iloc[0], type_counts(now)
    definition = t("programs_in_force_help", lang, year=counts["in_force_year"])
    subtitle = f"{f.describe()}\n{t('programs_in_force', lang)}: {definition}"
    slides.append(Slide("numbers", t("headline", lang), subtitle=subtitle, table=headline))
    if int(counts["events"] or 0) == 0:
        slides.append(Slide("text", t("report_empty_title", lang), lines=[t("report_empty", lang), f.describe()]))
    else:
        deck = [*_activity_charts(scope), charts.TOPICS, charts.OVER_TIME, charts.IN_FORCE]
        if scope.kind == "cluster":  # the roster's chart; its tables follow the charts
            deck.insert(0, charts.ROSTER)
        for chart in deck:
            fig = chart.build(ask, f)
            if fig is not None:
                slides.append(Slide("chart", figures.title_of(fig), figure=figures.export_figure(fig, note, mark=mark)))
            else:  # said in words rather than left out: an empty chart is a finding too
                slides.append(Slide("text", t(chart.title_key, lang), lines=[t("no_data", lang), f.describe()]))
        if scope.kind == "cluster":
            slides += cluster_slides(ask, f)
        slides.append(due_slide(ask, f))
        for kind in event_types():
            if f.event_type not in (None, kind.code):
                continue  # the other types are filtered out: no table that would say there is none
            count = by_type.get(kind.code, 0)
            title = kind.report_title(lang)
            if count:
                slides.append(Slide("table", title, table=events_table(ask, f, kind.code, count)))
            else:
                slides.append(Slide("text", title, lines=[t("report_none_of_kind", lang)]))
    slides.append(Slide("text", t("report_data_title", lang), lines=_data_lines(ask, f, extent, simulated)))
    full_title = f"{title} — {scope.title(lang)} — {period_text(f)}"
    return Report(title=full_title, lang=lang, slides=slides, filters=f, mark=mark)
