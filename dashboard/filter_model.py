"""The shared filter set: one value object, read from and written to the URL, handed to every query.

Each filter is one object, a `Filter`, kept in the field of `Filters` it fills: its URL key, the widget the
sidebar draws for it, its words in the caption under every chart, the values it accepts and its SQL condition
on the filtered events every chart query builds on (`queries.Base`). Adding a filter is adding one such field,
plus its strings: the URL, the sidebar, the caption and every chart query follow, no `.sql` file changes.
Beside the filters the set holds settings (`Setting`: a URL key and the values it accepts): the language, the
geography the events are placed in, the quick pick, and the choices pages make on screen (the timeline's
grain, the clusters page's network), so a shared link reproduces those too. No Streamlit here: the sidebar
renders it, the pages read it, tests build it directly.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import date, timedelta
from typing import Any

import queries
from dashboard.i18n import region_name, t
from etl.event_types import type_codes
from etl.reference import load_table

QUICK_PICKS = ("all", "this_year", "last_year", "h1", "h2", "q1", "q2", "q3", "q4", "custom")
GEOGRAPHIES = ("time", "current")
LEVELS = ("central", "inter-provincial", "province", "district", "commune")
GRAINS = ("month", "quarter", "year")
LANGS = ("vi", "en")
PAGE_CHOICES = ("grain", "network")  # chosen on a page, not in the sidebar; not query parameters
SPEC = "phoihop_filter"  # the key of a field's Setting or Filter in its metadata


# How the sidebar draws a filter (dashboard/sidebar.py reads these; the widget's key is "f_" + the field name).
@dataclass(frozen=True)
class Choice:
    """A drop-down of the filter's fixed values (its `choices`), each written by its string; "all" first."""


@dataclass(frozen=True)
class Options:
    """A drop-down of one kind of `filter_options` rows, "all" first: those of the chosen geography, under the
    value chosen for the filter `parent` when there is one, in the order of their names when `by_name`."""

    kind: str
    parent: str | None = None
    by_name: bool = False


@dataclass(frozen=True)
class TextBox:
    """A text input; its value is the text without surrounding spaces, none when empty."""

    max_chars: int = 200


@dataclass(frozen=True)
class DateBox:
    """A date input, shown when the quick pick is "custom"; otherwise the pick's range gives the value."""

    end: int  # which end of the quick pick's range: 0 the first day, 1 the last


Widget = Choice | Options | TextBox | DateBox


@dataclass(frozen=True, kw_only=True)
class Setting:
    """A value of the filter set that travels in the URL: its key, and the values it accepts (any, if none)."""

    url: str
    # the values it accepts: fixed, or read when asked (the event types come from a reference file)
    choices: tuple[str, ...] | Callable[[], tuple[str, ...]] | None = None
    parse: Callable[[str], object] = str  # URL text to value; a ValueError means malformed
    query: bool = False  # a parameter of every filtered query, under its field's name (the geography)
    name: str = ""  # its field's name, set by `specs`

    def read(self, raw: str) -> object | None:
        """The value a URL parameter gives, or None when it is malformed (the default then stays)."""
        try:
            value = self.parse(str(raw)[:200])
        except ValueError:
            return None
        allowed = self.allowed()
        return value if allowed is None or value in allowed else None

    def allowed(self) -> tuple[str, ...] | None:
        return self.choices() if callable(self.choices) else self.choices

    def field(self, default: object = None) -> Any:
        """The dataclass field that holds this setting's value."""
        return field(default=default, metadata={SPEC: self})


@dataclass(frozen=True, kw_only=True)
class Filter(Setting):
    """A setting that narrows the events: its widget, its words in the caption and its SQL condition.

    `sql` is a condition on the columns of the events placed in the geography (`located_events` in
    queries/warehouse/macros.sql), with `$` + the field's name standing for the chosen value; it is not applied
    when none is chosen. `label` is the strings key of the widget and the caption; `shown` writes a chosen value
    in the caption and `note` (a strings key) says after it, in brackets, what it counts. `caption`, when set,
    gives the filter's whole words instead (the period, said once for both its ends)."""

    label: str
    widget: Widget
    sql: str
    shown: Callable[[Any, str, Filters], str] = lambda value, lang, f: str(value)
    note: str | None = None
    caption: Callable[[Filters, str], str | None] | None = None

    def condition(self) -> str:
        return f"(${self.name} is null or {self.sql})"

    def words(self, f: Filters, lang: str) -> str | None:
        """This filter in the caption, or None when it is not set."""
        if self.caption is not None:
            return self.caption(f, lang)
        value = getattr(f, self.name)
        if value in (None, ""):
            return None
        shown = self.shown(value, lang, f)
        shown = f"{shown} ({t(self.note, lang)})" if self.note else shown
        return f"{t(self.label, lang)}: {shown}"


def _period(f: Filters, lang: str) -> str:
    """The period, always said: its two ends, or "all"."""
    if not (f.date_from or f.date_to):
        return f"{t('period', lang)}: {t('qp_all', lang)}"
    start = f.date_from.strftime("%d/%m/%Y") if f.date_from else "…"
    end = f.date_to.strftime("%d/%m/%Y") if f.date_to else "…"
    return f"{t('period', lang)}: {start} – {end}"


def _said_with_start(f: Filters, lang: str) -> None:
    return None


def _string(value: str, lang: str, f: Filters) -> str:
    return t(value, lang)


def _cluster(value: str, lang: str, f: Filters) -> str:
    return f.cluster_label or value  # as the sidebar or the report's scope wrote it


# The text match, after a sieve: only the events whose pairs of letters (events.search_bits) hold every pair of the
# search, a 16-byte test a row, have their text matched (queries/warehouse/functions.sql). A case, not an `and`:
# DuckDB moves a text match into the table scan, ahead of any other test, and would match every row's text.
SEARCH_SQL = (
    "case when search_bits & search_bits(fold($search)) = search_bits(fold($search))"
    " then search_text like '%' || fold($search) || '%' else false end"
)


# A province's events: one bit test on `place_bits` (each event's places as a set of bits), its bit looked up
# before the query runs (queries/derived/province_bit.sql). Searching each of a million events' list of places
# was half of most filtered queries' time at 1M events (~10 ms a scan; the bit test ~2 ms).
PROVINCE_SQL = "place_bits & $province_bit <> 0"


@dataclass(frozen=True)
class Filters:
    date_from: date | None = Filter(
        url="from",
        parse=date.fromisoformat,
        label="date_from",
        widget=DateBox(0),
        sql="event_day >= $date_from",
        caption=_period,
    ).field()
    date_to: date | None = Filter(
        url="to",
        parse=date.fromisoformat,
        label="date_to",
        widget=DateBox(1),
        sql="event_day <= $date_to",
        caption=_said_with_start,
    ).field()
    pick: str = Setting(url="pick", choices=QUICK_PICKS).field("all")
    event_type: str | None = Filter(
        url="type",
        choices=type_codes,
        label="event_type",
        widget=Choice(),
        sql="event_type = $event_type",
        shown=_string,
    ).field()
    # The host's region, in the geography; "—" (as the queries write it) keeps central bodies' events.
    region: str | None = Filter(
        url="region",
        label="region",
        widget=Options("region", by_name=True),
        sql="coalesce(place_region, '—') = $region",
        shown=lambda value, lang, f: t("central", lang) if value == "—" else region_name(value, lang),
    ).field()
    # The events a province hosted or took part in: what every per-province count counts.
    province: str | None = Filter(
        url="province",
        label="province",
        widget=Options("province", parent="region", by_name=True),
        sql=PROVINCE_SQL,
        note="province_role",
    ).field()
    # The events naming the cluster and those inferred (the network's bodies, all members on the day), not every
    # event in its member provinces (models/24_event_clusters.sql).
    cluster_id: str | None = Filter(
        url="cluster",
        label="cluster",
        widget=Options("cluster"),
        sql="list_contains(cluster_ids, $cluster_id)",
        shown=_cluster,
        note="cluster_scope",
    ).field()
    topic: str | None = Filter(
        url="topic",
        label="topic",
        widget=Options("topic"),
        sql="list_contains(topics, $topic)",
        shown=lambda value, lang, f: topic_name(value, lang),
    ).field()
    level: str | None = Filter(
        url="level", choices=LEVELS, label="level", widget=Choice(), sql="level = $level", shown=_string
    ).field()
    geography: str = Setting(url="geo", choices=GEOGRAPHIES, query=True).field("time")
    # Without diacritics or case, as search_text is kept ("ninh binh" finds "Ninh Bình").
    search: str | None = Filter(url="q", label="search", widget=TextBox(200), sql=SEARCH_SQL).field()
    lang: str = Setting(url="lang", choices=LANGS).field("vi")
    grain: str = Setting(url="grain", choices=GRAINS).field("quarter")  # the timeline's months, quarters or years
    # The clusters page's network: None, or the chosen cluster's network.
    network: str | None = Setting(url="network").field()
    cluster_label: str | None = None  # how the chosen cluster is written, for captions (not in the URL)

    def query_params(self) -> dict[str, object]:
        """The parameters of every filtered query: the filtered events (`queries.Base`, from the filters'
        conditions), each filter's value and the geography."""
        values = {s.name: getattr(self, s.name) for s in specs(type(self)) if isinstance(s, Filter) or s.query}
        return {**{k: None if v == "" else v for k, v in values.items()}, queries.FILTERED: base(type(self))}

    def previous_period(self) -> Filters | None:
        """The period of equal length just before this one (for the change in headline figures)."""
        if not (self.date_from and self.date_to):
            return None
        end = self.date_from - timedelta(days=1)
        if self.date_from.day == 1 and (self.date_to + timedelta(days=1)).day == 1:
            # Whole months (a quarter, a half, a year): the same number of months before.
            months = (self.date_to.year - self.date_from.year) * 12 + self.date_to.month - self.date_from.month + 1
            index = self.date_from.year * 12 + self.date_from.month - 1 - months
            return replace(self, date_from=date(index // 12, index % 12 + 1, 1), date_to=end, pick="custom")
        return replace(self, date_from=end - (self.date_to - self.date_from), date_to=end, pick="custom")

    def compared_periods(self, last_day: date | None) -> tuple[Filters, Filters] | None:
        """This period cut at the data's last day, and the same span of the period before it: like with like.

        "This year" with data up to 30/10 is compared with 1/1–30/10 of last year, not with all of it; a period
        the data does not reach yet is compared whole."""
        previous = self.previous_period()
        if previous is None or previous.date_from is None or self.date_from is None or self.date_to is None:
            return None
        if last_day is not None:  # a pandas Timestamp compares with datetimes only
            last_day = date(last_day.year, last_day.month, last_day.day)
        if last_day is None or not (self.date_from <= last_day < self.date_to):
            return self, previous
        current = replace(self, date_to=last_day, pick="custom")
        whole_months = self.date_from.day == 1 and (self.date_to + timedelta(days=1)).day == 1
        if whole_months:
            months = (
                (self.date_from.year - previous.date_from.year) * 12 + self.date_from.month - previous.date_from.month
            )
            cut = _months_before(last_day, months)
        else:
            cut = previous.date_from + (last_day - self.date_from)
        return current, replace(previous, date_to=cut)

    def narrowed_to_period(self, start: date, grain: str) -> Filters:
        """The filters restricted to one month, quarter or year (a selected bar on a time chart)."""
        months = {"month": 1, "quarter": 3, "year": 12}[grain]
        index = start.year * 12 + start.month - 1 + months
        end = date(index // 12, index % 12 + 1, 1) - timedelta(days=1)
        return replace(self, date_from=start, date_to=end, pick="custom")

    def to_url(self) -> dict[str, str]:
        out = {}
        for f in fields(self):
            spec, value = f.metadata.get(SPEC), getattr(self, f.name)
            if spec is None or value in (None, "") or value == f.default:
                continue
            out[spec.url] = value.isoformat() if isinstance(value, date) else str(value)
        return out

    def describe(self, lang: str | None = None) -> str:
        """The active filters in words, printed under every chart; the geography last, always said."""
        lang = lang or self.lang
        parts = [words for s in filters_of(type(self)) if (words := s.words(self, lang))]
        parts.append(t("geo_current" if self.geography == "current" else "geo_time", lang))
        return " · ".join(parts)


_SPECS: dict[type, tuple[Setting, ...]] = {}


def specs(cls: type[Filters] = Filters) -> tuple[Setting, ...]:
    """The settings and filters of a filter set, in the order of its fields, each knowing its field's name."""
    if cls not in _SPECS:
        _SPECS[cls] = tuple(replace(f.metadata[SPEC], name=f.name) for f in fields(cls) if SPEC in f.metadata)
    return _SPECS[cls]


def filters_of(cls: type[Filters] = Filters) -> tuple[Filter, ...]:
    """The filters of a filter set, in the order the sidebar draws them and the caption says them."""
    return tuple(s for s in specs(cls) if isinstance(s, Filter))


def base(cls: type[Filters] = Filters) -> queries.Base:
    """The filtered events as this set's filters define them: every filter's condition."""
    return queries.Base(tuple(s.condition() for s in filters_of(cls)))


def _months_before(day: date, months: int) -> date:
    """The same day `months` earlier, or the month's last day when it has fewer (31/5 -> 28/2)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = index // 12, index % 12 + 1
    next_month = date(year + month // 12, month % 12 + 1, 1)
    return min(date(year, month, 1) + timedelta(days=day.day - 1), next_month - timedelta(days=1))


def topic_name(code: str, lang: str) -> str:
    """A topic as people read it ("Khuyến học", not "khuyen_hoc"), from the reference table of topics."""
    names = {row["topic"]: row for row in load_table("topics.csv")}
    row = names.get(code)
    return (row.get(f"name_{lang}") or row["name_vi"]) if row else code


def from_url(params: dict[str, str], cls: type[Filters] = Filters) -> Filters:
    """Filters from URL query parameters; anything malformed falls back to the default, never an error."""
    by_key = {s.url: s for s in specs(cls)}
    values: dict[str, Any] = {}
    for key, raw in params.items():
        spec = by_key.get(key)
        if spec is None or raw in (None, ""):
            continue
        if (value := spec.read(raw)) is not None:
            values[spec.name] = value
    return cls(**values)


def quick_pick_range(pick: str, today: date) -> tuple[date | None, date | None]:
    """Date range of a quick pick, relative to a reference day (the latest data, or today)."""
    y = today.year
    ranges = {
        "all": (None, None),
        "this_year": (date(y, 1, 1), date(y, 12, 31)),
        "last_year": (date(y - 1, 1, 1), date(y - 1, 12, 31)),
        "h1": (date(y, 1, 1), date(y, 6, 30)),
        "h2": (date(y, 7, 1), date(y, 12, 31)),
        "q1": (date(y, 1, 1), date(y, 3, 31)),
        "q2": (date(y, 4, 1), date(y, 6, 30)),
        "q3": (date(y, 7, 1), date(y, 9, 30)),
        "q4": (date(y, 10, 1), date(y, 12, 31)),
    }
    return ranges.get(pick, (None, None))


def as_dict(filters: Filters) -> dict[str, object]:
    return asdict(filters)


# A member's events (cluster_member_activity.sql tests the same): a province among the event's provinces, in the
# 63 when the roster names one of them, in today's 34 when it names a unit formed from several (roster rows
# from July 2025 on); a body (clusters inside a province) named among the event's parties or in its title.
FOLDED_BODY = "fold($member_body)"
MEMBER_MATCH = ("63", "34", "body")  # which of the three: the query's `match` column


@dataclass(frozen=True)
class ClusterFilters(Filters):
    """The filters behind a number of the clusters page: the shared set, and what the page's numbers count
    beyond it (a member's events, the network's events, the pledge meetings). Not drawn in the sidebar; a
    selection on the page makes one to list its events, its caption saying all it counts."""

    member_63: str | None = Filter(
        url="member63", label="member", widget=TextBox(), sql="list_contains(places_legacy, $member_63)"
    ).field()
    member_34: str | None = Filter(
        url="member34", label="member", widget=TextBox(), sql="list_contains(places_current, $member_34)"
    ).field()
    member_body: str | None = Filter(
        url="body", label="member", widget=TextBox(), sql=f"search_text like '%' || {FOLDED_BODY} || '%'"
    ).field()
    # The events of any cluster of the network (its id): a member's activity across the network.
    in_network: str | None = Filter(
        url="in_network",
        label="network",
        widget=TextBox(),
        sql="list_has_any(cluster_ids, (select list(cluster_id) from clusters where network_id = $in_network))",
        shown=lambda value, lang, f: getattr(f, "network_label", None) or value,
    ).field()
    pledge: bool | None = Filter(
        url="pledge",
        label="pledge_meetings",
        widget=TextBox(),
        sql="event_id in (select event_id from pledge_events)",  # data/reference/pledge_words.csv
        shown=lambda value, lang, f: t("yes", lang),
    ).field()
    network_label: str | None = None  # how the network is written, for captions


def narrowed_for_cluster(f: Filters, **change: Any) -> ClusterFilters:
    """The shared filters as a ClusterFilters, changed as a selection on the clusters page says."""
    values = {x.name: getattr(f, x.name) for x in fields(f)}
    return ClusterFilters(**{**values, **change})


def within(f: Filters, first: date | None, last: date | None) -> dict[str, Any]:
    """The period of `f` cut to [first, last] (either may be open), as the changes to make: a number counted
    over a member's time in a cluster, or one year, lists the events of those days in the period only."""
    start = max(d for d in (f.date_from, first) if d is not None) if (f.date_from or first) else None
    end = min(d for d in (f.date_to, last) if d is not None) if (f.date_to or last) else None
    return {"date_from": start, "date_to": end, "pick": "custom"}


def member_events(match: str, value: str) -> dict[str, str]:
    """The filter that lists a member's events, as cluster_member_activity matched it (`match`, `value`)."""
    if match not in MEMBER_MATCH:
        raise ValueError(f"unknown member match {match!r}")
    return {f"member_{match}": value}
