"""The programs as tables people read (issue 15): numbers, titles, parties, periods and statuses in words,
dates as dd/mm/yyyy. The Programs page and the report's slide show the same tables. No Streamlit here."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import pandas as pd

from dashboard.formatting import fmt_date, fmt_int
from dashboard.i18n import program_role_name, program_status_name, t

DUE_SHOWN = 200  # the leaders' list on the Programs page (the overview asks the same, so one cached answer)


def _day(value: Any) -> str:
    return "" if value is None or pd.isna(value) else fmt_date(value)


def _days(values: pd.Series) -> pd.Series:
    """Each day as dd/mm/yyyy, none as empty text: written by pandas at once for a column of days, else one by
    one (the Programs page's 2,000 rows one by one: half of the 13 ms its table took at each new filter set)."""
    if (
        not values.empty
        and pd.api.types.is_datetime64_any_dtype(values)
        and values.dropna().dt.year.between(1000, 9999).all()
    ):
        return values.dt.strftime("%d/%m/%Y").fillna("")
    return values.map(_day)


def _each(values: pd.Series, text: Callable[[Any], str]) -> pd.Series:
    """`text` of each value, worked out once per distinct value (a column of a few statuses over 2,000 rows)."""
    if values.empty:
        return values.map(text)
    return pd.Series(_texts(values.tolist(), text), index=values.index, dtype="str")


def _texts(values: Iterable[Any], text: Callable[[Any], str]) -> list[str]:
    seen: dict[Any, str] = {}
    return [seen[v] if v in seen else seen.setdefault(v, text(v)) for v in values]


def period_text(start: Any, end: Any) -> str:
    """2020–2025; one year alone; "2020–…" with no stated end; "—" with no period."""
    if start is None or pd.isna(start):
        return "—"
    if end is None or pd.isna(end):
        return f"{int(start)}–…"
    return f"{int(start)}–{int(end)}" if int(end) != int(start) else str(int(start))


def status_text(status: object, lang: str) -> str:
    return "—" if status is None or pd.isna(status) else program_status_name(str(status), lang)


def _text(values: pd.Series) -> pd.Series:
    return values.astype(object).where(values.notna(), "—")


def _common(df: pd.DataFrame, lang: str) -> dict[str, pd.Series]:
    return {
        t("program_number", lang): _text(df["number"]),
        t("program_title", lang): _text(df["title"]),
        t("parties", lang): _text(df["parties"]),
        t("program_period", lang): pd.Series(
            _texts(zip(df["period_start"].tolist(), df["period_end"].tolist(), strict=True), lambda p: period_text(*p)),
            index=df.index,
        ),
        t("program_status", lang): _each(df["status"], lambda s: status_text(s, lang)),
        t("next_review_due", lang): _days(df["next_review_due"]),
    }


def programs_table(df: pd.DataFrame, lang: str) -> pd.DataFrame:
    """`programs_list` rows as the page shows them."""
    table = _common(df, lang)
    table[t("last_review", lang)] = _days(df["last_review"])
    table[t("program_events", lang)] = _each(df["events"], lambda n: fmt_int(n, lang))
    return pd.DataFrame(table).reset_index(drop=True)


def due_table(df: pd.DataFrame, lang: str) -> pd.DataFrame:
    """`programs_due` rows, for leaders: what is owed and by when (six columns, the report's too)."""
    return pd.DataFrame(_common(df, lang)).reset_index(drop=True)


def role_text(role: object, lang: str) -> str:
    return "—" if role is None or pd.isna(role) else program_role_name(str(role), lang)


def program_name(row: pd.Series) -> str:
    """A program in one line of text: its number and title, as written."""
    parts = [str(row[k]).strip() for k in ("number", "title") if row[k] is not None and not pd.isna(row[k])]
    return " · ".join(p for p in parts if p) or str(row["program_id"])
