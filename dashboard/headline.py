"""The headline figures as people read them: one per event type (data/reference/event_types.csv), then the
programs in force, the provinces and the bodies, each with its label, value, previous value and help. The
overview and the report show the same list. No Streamlit here."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from dashboard.i18n import t
from etl.event_types import event_types

OTHER_FIGURES = ("programs_in_force", "provinces", "bodies")  # the columns of headline_figures beyond the types


@dataclass(frozen=True)
class HeadlineFigure:
    key: str  # an event type's code, or a column of headline_figures
    label: str
    value: int
    previous: int | None
    help: str


def type_counts(rows: pd.DataFrame) -> dict[str, int]:
    """The events of each type from headline_figures' rows (one per type)."""
    return {str(k): int(v or 0) for k, v in zip(rows["event_type"], rows["type_events"], strict=True)}


def headline_figures(now: pd.DataFrame, before: pd.DataFrame | None, lang: str) -> list[HeadlineFigure]:
    """The figures of headline_figures' rows for this period, beside the previous period's when given."""
    first = now.iloc[0]
    counts, earlier = type_counts(now), type_counts(before) if before is not None else None
    figures = [
        HeadlineFigure(
            kind.code,
            kind.plural(lang),
            counts.get(kind.code, 0),
            None if earlier is None else earlier.get(kind.code, 0),
            kind.help(lang),
        )
        for kind in event_types()
    ]
    for key in OTHER_FIGURES:
        previous = None if before is None else int(before.iloc[0][key] or 0)
        help_text = t(f"{key}_help", lang, year=first["in_force_year"])
        figures.append(HeadlineFigure(key, t(key, lang), int(first[key] or 0), previous, help_text))
    return figures
