"""The shared filters in the sidebar, kept in the session and mirrored in the URL.

On a session's first run the URL sets the filters (a shared link reproduces what its sender saw); after
that the session holds them, and every run writes them back to the URL, so they survive page changes.
The choices a page makes on screen (filter_model.PAGE_CHOICES) travel the same way: their widgets, drawn
by the page, use the same `f_` keys, and are kept here while another page is shown.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pandas as pd
import streamlit as st

from dashboard.data import db_key, query
from dashboard.filter_model import (
    LEVELS,
    PAGE_CHOICES,
    QUICK_PICKS,
    Filters,
    from_url,
    quick_pick_range,
)
from dashboard.formatting import vi_sort_key, vi_sorted
from dashboard.i18n import t
from etl.event_types import type_codes

STATE = "filters"
PRESENT, SLIDE = "present", "slide"  # presentation mode and its chart (URL: present=1&slide=N, from 1)


def current() -> Filters:
    return st.session_state.get(STATE, Filters())


def _init_from_url() -> None:
    if st.session_state.get("f__init"):
        return
    f = from_url(st.query_params.to_dict())
    for name, value in f.__dict__.items():
        st.session_state[f"f_{name}"] = value
    params = st.query_params.to_dict()
    st.session_state[PRESENT] = params.get(PRESENT) == "1"
    slide = params.get(SLIDE, "1")
    st.session_state[SLIDE] = max(0, int(slide) - 1) if slide.isdigit() else 0
    st.session_state["f__init"] = True


def _keep_page_choices() -> None:
    """A widget's value is dropped on a run that does not draw it; the page choices are set again before any
    page draws, so they outlive a visit to another page (and start from the URL's)."""
    for name in PAGE_CHOICES:
        key = f"f_{name}"
        st.session_state[key] = st.session_state.get(key, getattr(Filters(), name))


def _network(cluster_id: str | None, networks: dict[str, str]) -> str | None:
    """The clusters page's network as picked there (None: every network), unless a cluster of another network
    is chosen: then that cluster's. Set before the page draws its picker, so the two never disagree."""
    picked = st.session_state.get("f_network")
    picked = picked if picked in networks.values() else None
    own = networks.get(cluster_id) if cluster_id else None
    network = own if own and picked not in (None, own) else picked
    st.session_state["f_network"] = network or ALL
    return network


def _reset() -> None:
    lang = st.session_state.get("f_lang", "vi")
    for name, value in Filters(lang=lang).__dict__.items():
        st.session_state[f"f_{name}"] = value


def _options(lang: str) -> pd.DataFrame:
    if db_key() is None:  # no warehouse yet: the pages say so; the filters offer nothing
        return pd.DataFrame(columns=["kind", "geography", "value", "label", "parent"])
    return query("filter_options", lang=lang)


ALL = "*"  # the "all" choice: a selectbox shows a None value as an empty placeholder


def _select(label: str, key: str, values: list[str], lang: str, fmt=None) -> str | None:
    options = [ALL, *values]
    if st.session_state.get(key) not in options:
        st.session_state[key] = ALL
    chosen = st.selectbox(
        label, options, key=key, format_func=lambda v: t("all", lang) if v == ALL else (fmt(v) if fmt else v)
    )
    return None if chosen in (ALL, None) else chosen


def lang_now() -> str:
    return st.session_state.get("f_lang", "vi")


def render() -> Filters:
    """Draw the filters; returns the filter set for this run and mirrors it in the URL."""
    _init_from_url()
    _keep_page_choices()
    with st.sidebar:
        st.toggle(t("presentation_mode", lang_now()), key=PRESENT)
        lang = st.radio(
            t("language", lang_now()),
            ["vi", "en"],
            key="f_lang",
            horizontal=True,
            format_func=lambda v: {"vi": "Tiếng Việt", "en": "English"}[v],
        )
        st.header(t("filters", lang))
        options = _options(lang)
        geography = st.radio(
            t("geography", lang), ["time", "current"], key="f_geography", format_func=lambda v: t(f"geo_{v}", lang)
        )
        pick = st.selectbox(t("quick_pick", lang), QUICK_PICKS, key="f_pick", format_func=lambda v: t(f"qp_{v}", lang))
        if pick == "custom":
            bounds = {"format": "DD/MM/YYYY", "min_value": date(1990, 1, 1), "max_value": date(2100, 12, 31)}
            date_from = st.date_input(t("date_from", lang), key="f_date_from", **bounds)
            date_to = st.date_input(t("date_to", lang), key="f_date_to", **bounds)
        else:
            date_from, date_to = quick_pick_range(pick, date.today())
        event_type = _select(t("event_type", lang), "f_event_type", list(type_codes()), lang, lambda v: t(v, lang))
        geo_rows = options[(options["kind"] != "topic") & (options["kind"] != "cluster")]
        geo_rows = geo_rows[geo_rows["geography"] == ("current" if geography == "current" else "legacy")]
        region_rows = geo_rows[geo_rows["kind"] == "region"]
        region_labels = dict(zip(region_rows["value"], region_rows["label"], strict=True))  # English names in English
        regions = sorted(region_labels, key=lambda v: vi_sort_key(region_labels[v]))  # in the order of their names
        region = _select(t("region", lang), "f_region", regions, lang, region_labels.get)
        provinces = geo_rows[geo_rows["kind"] == "province"]
        if region:
            provinces = provinces[provinces["parent"] == region]
        province = _select(t("province", lang), "f_province", vi_sorted(provinces["value"].tolist()), lang)
        cluster_rows = options[options["kind"] == "cluster"].set_index("value")
        clusters = cluster_rows["label"].to_dict()
        cluster_id = _select(t("cluster", lang), "f_cluster_id", list(clusters), lang, clusters.get)
        topics = options[options["kind"] == "topic"].set_index("value")["label"].to_dict()
        topic = _select(t("topic", lang), "f_topic", list(topics), lang, topics.get)
        level = _select(t("level", lang), "f_level", list(LEVELS), lang, lambda v: t(v, lang))
        search = st.text_input(t("search", lang), key="f_search", max_chars=200)
        st.button(t("reset_filters", lang), on_click=_reset, width="stretch")
        st.caption(t("share_link", lang))
    filters = Filters(
        date_from=date_from if isinstance(date_from, date) else None,
        date_to=date_to if isinstance(date_to, date) else None,
        pick=pick,
        event_type=event_type,
        region=region,
        province=province,
        cluster_id=cluster_id,
        topic=topic,
        level=level,
        geography=geography,
        search=(search or "").strip() or None,
        lang=lang,
        grain=st.session_state["f_grain"],
        network=_network(cluster_id, cluster_rows["parent"].to_dict()),
        cluster_label=clusters.get(cluster_id) if cluster_id else None,
    )
    st.session_state[STATE] = filters
    url = filters.to_url() if pick == "custom" else replace(filters, date_from=None, date_to=None).to_url()
    if st.session_state.get(PRESENT):
        url |= {PRESENT: "1", SLIDE: str(st.session_state.get(SLIDE, 0) + 1)}
    st.query_params.from_dict(url)
    return filters
