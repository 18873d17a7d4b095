"""The shared filter set: one value object, read from and written to the URL, handed to every query.

Beside the filters it holds the choices pages make on screen (the timeline's grain, the clusters page's
network), so a shared link reproduces those too. No Streamlit here: the sidebar renders it, the pages read
it, tests build it directly.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from datetime import date, timedelta

from dashboard.i18n import region_name, t
from etl.event_types import type_codes
from etl.reference import load_table

QUICK_PICKS = ("all", "this_year", "last_year", "h1", "h2", "q1", "q2", "q3", "q4", "custom")
GEOGRAPHIES = ("time", "current")
LEVELS = ("central", "inter-provincial", "province", "district", "commune")
GRAINS = ("month", "quarter", "year")

# URL parameter for each field: short, stable, readable in a shared link.
_URL = {
    "date_from": "from",
    "date_to": "to",
    "pick": "pick",
    "event_type": "type",
    "region": "region",
    "province": "province",
    "cluster_id": "cluster",
    "topic": "topic",
    "level": "level",
    "geography": "geo",
    "search": "q",
    "lang": "lang",
    "grain": "grain",
    "network": "network",
}
PAGE_CHOICES = ("grain", "network")  # chosen on a page, not in the sidebar; not query parameters


@dataclass(frozen=True)
class Filters:
    date_from: date | None = None
    date_to: date | None = None
    pick: str = "all"
    event_type: str | None = None
    region: str | None = None
    province: str | None = None
    cluster_id: str | None = None
    topic: str | None = None
    level: str | None = None
    geography: str = "time"
    search: str | None = None
    lang: str = "vi"
    grain: str = "quarter"  # the timeline's months, quarters or years
    network: str | None = None  # the clusters page's network: None, or the chosen cluster's network
    cluster_label: str | None = None  # how the chosen cluster is written, for captions (not in the URL)

    def query_params(self) -> dict[str, object]:
        """The parameters of the shared filter set, as every filtered query declares them."""
        return {
            "date_from": self.date_from,
            "date_to": self.date_to,
            "event_type": self.event_type,
            "region": self.region,
            "province": self.province,
            "cluster_id": self.cluster_id,
            "topic": self.topic,
            "level": self.level,
            "geography": self.geography,
            "search": self.search or None,
        }

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
        if previous is None or self.date_from is None or self.date_to is None:
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
            value = getattr(self, f.name)
            if value in (None, "") or value == f.default or f.name not in _URL:
                continue
            out[_URL[f.name]] = value.isoformat() if isinstance(value, date) else str(value)
        return out

    def describe(self, lang: str | None = None) -> str:
        """The active filters in words, printed under every chart."""
        lang = lang or self.lang
        parts = []
        if self.date_from or self.date_to:
            start = self.date_from.strftime("%d/%m/%Y") if self.date_from else "…"
            end = self.date_to.strftime("%d/%m/%Y") if self.date_to else "…"
            parts.append(f"{t('period', lang)}: {start} – {end}")
        else:
            parts.append(f"{t('period', lang)}: {t('qp_all', lang)}")
        labels = {
            "event_type": "event_type",
            "region": "region",
            "province": "province",
            "cluster_label": "cluster",
            "topic": "topic",
            "level": "level",
            "search": "search",
        }
        for name, key in labels.items():
            value = getattr(self, name)
            if value:
                shown = t(value, lang) if name in ("event_type", "level") else value
                shown = topic_name(value, lang) if name == "topic" else shown
                if name == "cluster_label":  # the network's own events, not all of its members'
                    shown = f"{value} ({t('cluster_scope', lang)})"
                if name == "province":  # the same role every per-province count counts
                    shown = f"{value} ({t('province_role', lang)})"
                shown = region_name(value, lang) if name == "region" else shown
                parts.append(f"{t(key, lang)}: {shown}")
        parts.append(t("geo_current" if self.geography == "current" else "geo_time", lang))
        return " · ".join(parts)


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


_ALLOWED = {  # and the event types: type_codes(), data/reference/event_types.csv
    "pick": QUICK_PICKS,
    "level": LEVELS,
    "geography": GEOGRAPHIES,
    "lang": ("vi", "en"),
    "grain": GRAINS,
}


def from_url(params: dict[str, str]) -> Filters:
    """Filters from URL query parameters; anything malformed falls back to the default, never an error."""
    values: dict[str, object] = {}
    reverse = {v: k for k, v in _URL.items()}
    for key, raw in params.items():
        name = reverse.get(key)
        if name is None or raw in (None, ""):
            continue
        raw = str(raw)[:200]
        if name in ("date_from", "date_to"):
            try:
                values[name] = date.fromisoformat(raw)
            except ValueError:
                continue
        elif raw in (type_codes() if name == "event_type" else _ALLOWED.get(name, (raw,))):
            values[name] = raw
    return Filters(**values)


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
