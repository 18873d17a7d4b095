"""Downloads of a table as CSV and Excel, safe to open in a spreadsheet program."""

from __future__ import annotations

import io

import pandas as pd

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> object:
    """A cell a spreadsheet would run as a formula is prefixed with an apostrophe and shown as text."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def safe_frame(df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    for column in out.columns:
        if out[column].dtype == object or pd.api.types.is_string_dtype(out[column]):
            out[column] = out[column].map(neutralise)
    return out


def to_csv_bytes(df: pd.DataFrame) -> bytes:
    # UTF-8 with a byte-order mark, so Excel opens Vietnamese text correctly.
    return safe_frame(df).to_csv(index=False).encode("utf-8-sig")


def to_xlsx_bytes(df: pd.DataFrame, sheet: str = "events") -> bytes:
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        safe_frame(df).to_excel(writer, index=False, sheet_name=sheet[:31])
    return buffer.getvalue()
