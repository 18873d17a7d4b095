"""A cluster's tables as people read them, the same on the Clusters page and in a cluster's report: its roster,
who chaired and hosted each year, its pledge meetings, its silent members. DataFrames in, labelled text
columns out; no Streamlit here."""

from __future__ import annotations

import pandas as pd

from dashboard.figures import roster_labels
from dashboard.formatting import fmt_date, fmt_int, vi_sort_key
from dashboard.i18n import t


def _text(value: object) -> str:
    return "—" if value is None or pd.isna(value) or value == "" else str(value)


def _known_from(day: object, known: object) -> str:
    """A member's first day at the precision its source gives: "2023", "07/2025" or a day (a year is not 1 January)."""
    if pd.isna(day):
        return "…"
    text = "" if pd.isna(known) else str(known)
    if len(text) == 4:
        return text
    if len(text) == 7:
        return f"{text[5:]}/{text[:4]}"
    return fmt_date(day)  # type: ignore[arg-type]  # a timestamp from the query


def roster_table(df: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The roster over time (cluster_roster): each member, from when, until when (open: still a member)."""
    return pd.DataFrame(
        {
            t("member", lang): df["member"].map(_text),
            t("roster_from", lang): [
                _known_from(day, known) for day, known in zip(df["from_day"], df["known_from"], strict=True)
            ],
            t("roster_to", lang): df["to_day"].map(lambda v: t("roster_open", lang) if pd.isna(v) else fmt_date(v)),
        }
    ).reset_index(drop=True)


def rotation_table(df: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Each year's head, deputy and hosts, with its events and pledge meetings (cluster_rotation)."""
    return pd.DataFrame(
        {
            t("year", lang): df["year"].astype(int).astype(str),
            t("role_head", lang): df["head"].map(_text),
            t("role_deputy_head", lang): df["deputy_head"].map(_text),
            t("cluster_hosts", lang): df["hosts"].map(_text),
            t("cluster_events", lang): df["events"].map(lambda n: fmt_int(int(n), lang)),
            t("pledge_meetings", lang): df["pledges"].map(lambda n: fmt_int(int(n), lang)),
        }
    ).reset_index(drop=True)


def pledge_table(df: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The cluster's pledge meetings (cluster_pledges), oldest first."""
    return pd.DataFrame(
        {
            t("date", lang): df["event_date"].map(fmt_date),
            t("place", lang): df["place"].map(_text),
            t("title", lang): df["title"].map(_text),
        }
    ).reset_index(drop=True)


def silent_members(df: pd.DataFrame) -> list[str]:
    """The members with no event of their network while members in the period (cluster_member_activity),
    with their years when listed twice, in Vietnamese order."""
    labels = pd.Series(roster_labels(df.reset_index(drop=True)), index=df.index)
    return sorted(labels[df["in_network"] == 0].tolist(), key=vi_sort_key)


def comparison_table(df: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The network's clusters side by side (cluster_comparison): members, silent members, events, pledges."""
    return pd.DataFrame(
        {
            t("cluster", lang): df["cluster"].map(_text),
            t("members", lang): df["members"].map(lambda n: fmt_int(int(n), lang)),
            t("silent_members", lang): df["silent"].map(lambda n: fmt_int(int(n), lang)),
            t("cluster_events", lang): df["events"].map(lambda n: fmt_int(int(n), lang)),
            t("pledge_meetings", lang): df["pledges"].map(lambda n: fmt_int(int(n), lang)),
        }
    ).reset_index(drop=True)
