"""The data-quality tables as people read them: headers in the interface's language, flags as words, yes/no,
dates as 17/11/2020 08:30, the ETL's reasons in Vietnamese. No Streamlit here.

The ETL writes its reasons in English (they are also what `phoihop etl` prints); each reason's wording is a
template in strings.csv (`reason_*`, English column), so the Vietnamese one keeps its details (names, sizes).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

import pandas as pd

from dashboard.formatting import fmt_date, fmt_int
from dashboard.i18n import has, keys_with_prefix, t


def flag_words(codes: list[str] | None, lang: str) -> str:
    """Flags as words ("Chỉ biết năm"); a code without words is shown as it is."""
    words = [t(f"flag_{c}", lang) if has(f"flag_{c}") else c for c in codes or []]
    return "; ".join(words)


@cache
def _reason_patterns() -> list[tuple[re.Pattern, str]]:
    patterns = []
    for key in keys_with_prefix("reason_"):
        parts = re.split(r"\{(\w+)\}", t(key, "en"))  # literal, name, literal, name, ...
        regex = "".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.*)" for i, p in enumerate(parts))
        patterns.append((re.compile(regex, re.S), key))
    return patterns


def reason_words(reason: str | None, lang: str) -> str:
    """An ETL reason in the interface's language (the English one as written; unknown wordings unchanged)."""
    if not reason or lang == "en":
        return reason or ""
    for pattern, key in _reason_patterns():
        if m := pattern.fullmatch(reason):
            return t(key, lang, **m.groupdict()) if m.groupdict() else t(key, lang)
    return reason


def _when(value: object) -> str:
    if value is None or pd.isna(value):
        return ""
    stamp = pd.Timestamp(value)
    return f"{fmt_date(stamp.date())} {stamp.strftime('%H:%M:%S')}"


def _headers(df: pd.DataFrame, lang: str) -> pd.DataFrame:
    return df.rename(columns={c: t(f"qa_col_{c}", lang) for c in df.columns})


def flagged_view(df: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Flagged documents: the source id stays as stored (the correction form asks for it)."""
    out = df.assign(
        # listed for its low confidence alone: said so, not an empty cell
        flags=df["flags"].map(lambda v: flag_words(as_list(v), lang) or t("flag_low_confidence", lang)),
        confidence=df["confidence"].map(lambda v: "" if pd.isna(v) else f"{round(float(v) * 100)}%"),
        is_event=df["is_event"].map(lambda v: "" if pd.isna(v) else t("yes" if v else "no", lang)),
        path=df["path"].map(lambda v: "—" if v is None or pd.isna(v) else str(v)),  # a crawled page has no file
    )
    return _headers(out, lang)


def rejects_view(df: pd.DataFrame, lang: str) -> pd.DataFrame:
    out = df.assign(
        line=df["line"].map(lambda v: "" if pd.isna(v) else str(int(v))),
        reason=df["reason"].map(lambda v: reason_words(v, lang)),
    )
    return _headers(out, lang)


def runs_view(df: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The latest loads; their counts written with the language's thousands separator (100.000)."""
    counts = {c: df[c].map(lambda v: "" if pd.isna(v) else fmt_int(int(v), lang)) for c in _RUN_COUNTS if c in df}
    return _headers(
        df.assign(started_at=df["started_at"].map(_when), finished_at=df["finished_at"].map(_when), **counts), lang
    )


_RUN_COUNTS = ("inputs", "documents", "duplicates", "events", "rejected")


def failures_view(df: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Failures of the last update by site; the reasons stay as the crawler wrote them (HTTP codes, timeouts)."""
    return _headers(df.assign(failures=df["failures"].map(lambda v: "" if pd.isna(v) else str(int(v)))), lang)


def when_words(value: object) -> str:
    """A timestamp as the quality tables write it (17/11/2020 08:30:00)."""
    return _when(value)


def as_list(value: object) -> list:
    """A list column's value as a list: a query gives arrays, and None or pandas' NA where there is none."""
    return list(value) if isinstance(value, Iterable) and not isinstance(value, str) else []


def _difference(row: pd.Series, lang: str) -> str:
    """What an article says that the registry does not, in words."""
    if row["kind"] == "head_differs":
        said = t(f"cq_role_{row['role']}", lang, year=int(row["year"]), member=row["member"])
        registry = ", ".join(as_list(row["registry_members"])) or t("cq_none", lang)
        return f"{said} ({t('cq_registry_says', lang, registry=registry)})"
    return t(f"cq_kind_{row['kind']}", lang, member=row["member"] or "")


def cluster_queue_view(df: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The clusters review queue: the item's id (what `phoihop clusters --accept` takes), the cluster (the
    registry's name, else as written), the difference in words, how many events say it, the first articles."""
    out = pd.DataFrame(
        {
            "item_id": df["item_id"],
            "cluster": [c if isinstance(c, str) else w for c, w in zip(df["cluster"], df["written"], strict=True)],
            "difference": [_difference(r, lang) for _, r in df.iterrows()],
            "n_events": df["n_events"].map(lambda v: str(int(v))),
            "articles": df["articles"].map(lambda a: "; ".join(x["title"] or x["url"] for x in as_list(a)[:3])),
        }
    )
    return _headers(out, lang)


def queue_choice(row: pd.Series, lang: str) -> str:
    """An item as the accept form's choice names it."""
    cluster = row["cluster"] if isinstance(row["cluster"], str) else row["written"]
    return f"{row['item_id']} · {cluster} · {_difference(row, lang)}"
