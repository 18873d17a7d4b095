"""What a report covers: the whole country, a region, a cluster or a province, named as people type it.

A name is matched without case or diacritics ("dak lak" finds Đắk Lắk); an unknown one raises ScopeError
listing the nearest valid names, so the user can pick one instead of guessing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import pandas as pd
from rapidfuzz import fuzz, process

from dashboard.filter_model import Filters, filters_of
from dashboard.formatting import fold, vi_sorted
from dashboard.i18n import t

KINDS = ("all", "region", "cluster", "province")
_PREFIXES = ("tinh ", "thanh pho ", "tp. ", "tp ", "vung ", "cum ")


class ScopeError(ValueError):
    """A scope name that matches nothing; the message lists the nearest valid names."""

    def __init__(self, message: str, suggestions: list[str]):
        super().__init__(message)
        self.suggestions = suggestions


@dataclass(frozen=True)
class Scope:
    kind: str  # all | region | cluster | province
    value: str | None = None  # the region or province name, or the cluster id
    label: str | None = None  # as written in titles ("Vùng Tây Nguyên", "Cụm thi đua … — …")
    geography: str = "time"

    def title(self, lang: str) -> str:
        if self.kind == "all":
            return t("scope_all", lang)
        return f"{t(self.kind, lang)}: {self.label or self.value}"

    def filters(self, date_from: date, date_to: date, lang: str, narrow: Filters | None = None) -> Filters:
        """The dashboard's filter set for this scope and period: the report counts what the pages count.
        `narrow` brings the filters a scope does not set (event type, topic, level, search; the geography of
        the whole country or a cluster), so a report made from the dashboard applies every filter it shows."""
        narrow = narrow or Filters()
        kept: dict[str, Any] = {
            s.name: getattr(narrow, s.name) for s in filters_of(type(narrow)) if s.name not in _SCOPED
        }
        fields = {"region": "region", "province": "province", "cluster": "cluster_id"}
        extra: dict[str, Any] = {fields[self.kind]: self.value} if self.kind in fields else {}
        if self.kind == "cluster":
            extra["cluster_label"] = self.label
        return type(narrow)(
            **kept,
            date_from=date_from,
            date_to=date_to,
            pick="custom",
            geography=self.geography if self.kind in ("region", "province") else narrow.geography,
            lang=lang,
            **extra,
        )


# Set by the scope and the period, not carried over from the dashboard's filters.
_SCOPED = ("date_from", "date_to", "region", "province", "cluster_id")


def _key(name: str) -> str:
    key = fold(name)
    for prefix in _PREFIXES:
        if key.startswith(prefix):
            return key[len(prefix) :]
    return key


def candidates(kind: str, options: pd.DataFrame) -> list[tuple[str, str, str]]:
    """(value, label, geography) of every valid name of a kind, from the `filter_options` query."""
    rows = options[options["kind"] == kind]
    if kind == "cluster":
        return [(r.value, r.label, "time") for r in rows.itertuples()]
    # Names of both geographies; one that exists in both (most provinces) is read in the time geography.
    seen: dict[str, tuple[str, str, str]] = {}
    for r in rows.sort_values("geography", ascending=False).itertuples():  # legacy before current
        seen.setdefault(r.value, (r.value, r.label, "current" if r.geography == "current" else "time"))
    return list(seen.values())


def resolve(kind: str, name: str | None, options: pd.DataFrame) -> Scope:
    """The scope a user named, or ScopeError with the nearest valid names (or the names it could mean)."""
    if kind not in KINDS:
        raise ScopeError(f"unknown scope kind {kind!r}; use one of {', '.join(KINDS)}", [])
    if kind == "all":
        return Scope("all")
    if not name or not name.strip():
        raise ScopeError(f"a {kind} name is needed", [])
    choices = candidates(kind, options)
    by_key: dict[str, list[tuple[str, str, str]]] = {}
    for choice in choices:
        value, label, _ = choice
        keys = {_key(value), _key(label)}
        if kind == "cluster":  # the cluster's own name, without its network, is enough when it is unique
            keys.add(_key(label.split(" — ")[-1]))
        for key in keys:
            by_key.setdefault(key, []).append(choice)
    found = by_key.get(_key(name), [])
    if len(found) == 1:
        value, label, geography = found[0]
        return Scope(kind, value, label, geography)
    if found:
        names = [label for _, label, _ in found]
        raise ScopeError(f"{name!r} could be several {kind}s: {'; '.join(names)}", names)
    labels = {_key(label): label for _, label, _ in choices}
    nearest = [labels[k] for k, _, _ in process.extract(_key(name), list(labels), scorer=fuzz.WRatio, limit=5)]
    listing = "; ".join(nearest) if nearest else ", ".join(vi_sorted(list(labels.values()))[:10])
    raise ScopeError(f"no {kind} named {name!r}. Nearest valid names: {listing}", nearest)
