"""The shared filter set: one value object, read from and written to the URL, handed to every query.

No Streamlit here: the sidebar renders it, the pages read it, tests build it directly.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from datetime import date, timedelta

from dashboard.i18n import region_name, t

QUICK_PICKS = ("all", "this_year", "last_year", "h1", "h2", "q1", "q2", "q3", "q4", "custom")
GEOGRAPHIES = ("time", "current")
EVENT_TYPES = ("agreement", "meeting")
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
}


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
                shown = region_name(value, lang) if name == "region" else shown
                parts.append(f"{t(key, lang)}: {shown}")
        parts.append(t("geo_current" if self.geography == "current" else "geo_time", lang))
        return " · ".join(parts)


_ALLOWED = {
    "pick": QUICK_PICKS,
    "event_type": EVENT_TYPES,
    "level": LEVELS,
    "geography": GEOGRAPHIES,
    "lang": ("vi", "en"),
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
        elif raw in _ALLOWED.get(name, (raw,)):
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
