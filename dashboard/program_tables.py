"""The programs as tables people read (issue 15): numbers, titles, parties, periods and statuses in words,
dates as dd/mm/yyyy. The Programs page and the report's slide show the same tables. No Streamlit here."""

from __future__ import annotations

from typing import Any

import pandas as pd

from dashboard.formatting import fmt_date, fmt_int
from dashboard.i18n import program_role_name, program_status_name, t

DUE_SHOWN = 200  # the leaders' list on the Programs page (the overview asks the same, so one cached answer)


def _day(value: Any) -> str:
    return "" if value is None or pd.isna(value) else fmt_date(value)


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
            [period_text(a, b) for a, b in zip(df["period_start"], df["period_end"], strict=True)], index=df.index
        ),
        t("program_status", lang): df["status"].map(lambda s: status_text(s, lang)),
        t("next_review_due", lang): df["next_review_due"].map(_day),
    }


def programs_table(df: pd.DataFrame, lang: str) -> pd.DataFrame:
    """`programs_list` rows as the page shows them."""
    table = _common(df, lang)
    table[t("last_review", lang)] = df["last_review"].map(_day)
    table[t("program_events", lang)] = df["events"].map(lambda n: fmt_int(n, lang))
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
