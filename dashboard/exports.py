"""Downloads of the events as CSV and Excel: every matching row, in the screen's words, safe to open.

The rows come in pieces from DuckDB (`data.stream`) and are written piece by piece, so a file of a
million events never sits in memory as one table. Headers and values are the ones the screen shows
(Vietnamese or English); a missing value is an empty cell, never "None", "NaT" or "nan".
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable

import pandas as pd
from openpyxl import Workbook

from dashboard.formatting import fmt_date
from dashboard.i18n import t

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
EXCEL_ROWS = 1_048_576 - 1  # a worksheet's rows, less the header: Excel's own limit
# Control characters a worksheet cannot hold (openpyxl raises IllegalCharacterError on them, and the whole
# download fails); cleaning removes them from articles, but a warehouse loaded before it may still hold some.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def neutralise(value: object) -> object:
    """A cell a spreadsheet would run as a formula is prefixed with an apostrophe and shown as text; control
    characters no spreadsheet holds are left out."""
    if not isinstance(value, str):
        return value
    value = _CONTROLS.sub("", value)
    return "'" + value if value.startswith(_FORMULA_START) else value


def safe_frame(df: pd.DataFrame) -> pd.DataFrame:
    """Formulas neutralised and every missing value an empty cell."""
    out = df.astype(object).where(df.notna(), "")
    for column in out.columns:
        out[column] = out[column].map(neutralise)
    return out


def _as_is(values: pd.Series, lang: str) -> pd.Series:
    return values


def _date(values: pd.Series, lang: str) -> pd.Series:
    return values.map(fmt_date, na_action="ignore")


def _named(values: pd.Series, lang: str) -> pd.Series:
    return values.map(lambda v: t(v, lang), na_action="ignore")


# (label in strings.csv, `events_table` column, how the screen shows it); the topics come named in `lang`.
SCREEN_COLUMNS = (
    ("date", "event_date", _date),
    ("type", "event_type", _named),
    ("place", "place", _as_is),
    ("parties", "parties", _as_is),
    ("topics", "topics", _as_is),
    ("program_period", "period", _as_is),
    ("sources", "n_sources", _as_is),
    ("title", "title", _as_is),
)
# A file adds what an analyst needs beyond the screen: the level, the cluster, the source links and the
# event's id (the key of a correction).
FILE_COLUMNS = (
    *SCREEN_COLUMNS,
    ("level", "level", _named),
    ("cluster", "cluster", _as_is),
    ("source_links", "sources", _as_is),
    ("event_id", "event_id", _as_is),
)


def _labelled(df: pd.DataFrame, lang: str, columns: tuple) -> pd.DataFrame:
    return pd.DataFrame({t(key, lang): show(df[column], lang) for key, column, show in columns})


def events_view(df: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The `events_table` rows as the screen shows them: its column names, dates and type names."""
    return _labelled(df, lang, SCREEN_COLUMNS)


def file_columns(lang: str) -> list[str]:
    return [t(key, lang) for key, _, _ in FILE_COLUMNS]


def _file_rows(df: pd.DataFrame, lang: str) -> pd.DataFrame:
    return safe_frame(_labelled(df, lang, FILE_COLUMNS))


def to_csv_bytes(batches: Iterable[pd.DataFrame], lang: str) -> bytes:
    """Every row of `events_table` pieces as CSV: UTF-8 with a byte-order mark, so Excel reads Vietnamese."""
    buffer = io.BytesIO()
    text = io.TextIOWrapper(buffer, encoding="utf-8-sig", newline="")
    pd.DataFrame(columns=file_columns(lang)).to_csv(text, index=False)
    for batch in batches:
        _file_rows(batch, lang).to_csv(text, index=False, header=False)
    text.flush()
    text.detach()
    return buffer.getvalue()


def to_xlsx_bytes(batches: Iterable[pd.DataFrame], lang: str, limit: int = EXCEL_ROWS) -> bytes:
    """The same rows as an Excel sheet, written row by row (openpyxl's write-only mode keeps memory flat);
    at most `limit` rows, which the download button states when the events are more."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet(t("events", lang))
    sheet.append(file_columns(lang))
    written = 0
    for batch in batches:
        room = limit - written
        if room <= 0:
            break  # the rest is not read: the stream closes its cursor
        for row in _file_rows(batch.iloc[:room], lang).itertuples(index=False, name=None):
            sheet.append([None if v == "" else v for v in row])  # an empty cell, not an empty text
        written += min(len(batch), room)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
