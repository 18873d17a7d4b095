"""The same aggregates computed in pandas on in-memory DataFrames: what a notebook analyst would do."""

from __future__ import annotations

import duckdb
import pandas as pd

from dashboard.filter_model import Filters


def load_frames(con: duckdb.DuckDBPyConnection) -> dict[str, pd.DataFrame]:
    events = con.execute(
        "select event_id, event_type, event_day, province_legacy, province_current, region, region_current, level, "
        "period_start, period_end, cluster_ids, topics, places_legacy, places_current, org_keys, search_text from events"
    ).df()
    events["event_day"] = pd.to_datetime(events["event_day"])
    topics = con.execute("select topic, name_vi from topics").df()
    return {"events": events, "topics": topics}


def _filtered(frames: dict[str, pd.DataFrame], f: Filters) -> pd.DataFrame:
    e = frames["events"]
    place = e["province_current"] if f.geography == "current" else e["province_legacy"]
    places = e["places_current"] if f.geography == "current" else e["places_legacy"]
    region = e["region_current"] if f.geography == "current" else e["region"]
    mask = pd.Series(True, index=e.index)
    if f.date_from:
        mask &= e["event_day"] >= pd.Timestamp(f.date_from)
    if f.date_to:
        mask &= e["event_day"] <= pd.Timestamp(f.date_to)
    if f.event_type:
        mask &= e["event_type"] == f.event_type
    if f.region:
        mask &= region == f.region
    if f.province:
        mask &= places.map(lambda ps: f.province in ps)
    if f.level:
        mask &= e["level"] == f.level
    if f.topic:
        mask &= e["topics"].map(lambda ts: f.topic in ts)
    if f.cluster_id:
        mask &= e["cluster_ids"].map(lambda ids: f.cluster_id in ids)
    if f.search:
        mask &= e["search_text"].str.contains(f.search.lower(), regex=False)
    out = e[mask].copy()
    out["place"], out["place_region"] = place[mask], region[mask]
    return out


def events_by_region(frames, f):
    return _filtered(frames, f).groupby(["place_region", "event_type"], dropna=False).size()


def events_by_month(frames, f):
    d = _filtered(frames, f)
    return d.groupby([d["event_day"].dt.to_period("M"), "event_type"]).size()


def events_by_province(frames, f):
    d = _filtered(frames, f)[["places_legacy", "event_type"]].explode("places_legacy")
    return d.groupby(["places_legacy", "event_type"]).size().unstack(fill_value=0)


def events_by_topic(frames, f):
    d = _filtered(frames, f)[["topics", "event_type"]].explode("topics")
    return (
        d.groupby(["topics", "event_type"])
        .size()
        .reset_index()
        .merge(frames["topics"], left_on="topics", right_on="topic")
    )


def topic_by_region(frames, f):
    d = _filtered(frames, f)[["topics", "place_region"]].explode("topics")
    return d.groupby(["place_region", "topics"], dropna=False).size()


def headline_figures(frames, f):
    d = _filtered(frames, f)
    bodies = d["org_keys"].explode().nunique()
    return {
        "by_type": d.groupby("event_type").size().to_dict(),
        "events": len(d),
        "provinces": d["place"].nunique(),
        "bodies": bodies,
    }


def latest_events(frames, f):
    return _filtered(frames, f).sort_values("event_day", ascending=False).head(10)


BASELINES = {
    "events_by_region": events_by_region,
    "events_by_month": events_by_month,
    "province_ranking": events_by_province,  # its rows with events (the query adds the provinces with none)
    "events_by_topic": events_by_topic,
    "topic_by_region": topic_by_region,
    "headline_figures": headline_figures,
    "latest_events": latest_events,
}
