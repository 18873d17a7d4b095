"""The shared filters in the sidebar, kept in the session and mirrored in the URL.

On a session's first run the URL sets the filters (a shared link reproduces what its sender saw); after
that the session holds them, and every run writes them back to the URL, so they survive page changes.
Each filter is drawn as its object in filter_model says (`Filter.widget`), in their order.
The choices a page makes on screen (filter_model.PAGE_CHOICES) travel the same way: their widgets, drawn
by the page, use the same `f_` keys, and are kept here while another page is shown.
"""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import date
from typing import Any

import pandas as pd
import streamlit as st

from dashboard.data import db_key, query
from dashboard.filter_model import (
    PAGE_CHOICES,
    QUICK_PICKS,
    Choice,
    DateBox,
    Filter,
    Filters,
    Options,
    TextBox,
    filters_of,
    from_url,
    quick_pick_range,
)
from dashboard.formatting import vi_sort_key
from dashboard.i18n import t

STATE = "filters"
PRESENT, SLIDE = "present", "slide"  # presentation mode and its chart (URL: present=1&slide=N, from 1)


def current() -> Filters:
    return st.session_state.get(STATE, Filters())


def _init_from_url() -> None:
    if st.session_state.get("f__init"):
        return
    f = from_url(st.query_params.to_dict(), Filters)
    for field in fields(f):
        st.session_state[f"f_{field.name}"] = getattr(f, field.name)
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
    """The clusters page's network: the chosen cluster's, whenever one is chosen (a link with only `cluster=`
    shows its network, not "all"); else as picked there (None: every network). Set before the page draws its
    picker, so the two never disagree."""
    picked = st.session_state.get("f_network")
    picked = picked if picked in networks.values() else None
    own = networks.get(cluster_id) if cluster_id else None
    network = own or picked
    st.session_state["f_network"] = network or ALL
    return network


def _reset() -> None:
    lang = st.session_state.get("f_lang", "vi")
    f = Filters(lang=lang)
    for field in fields(f):
        st.session_state[f"f_{field.name}"] = getattr(f, field.name)


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


FIRST_DAY, LAST_DAY = date(1990, 1, 1), date(2100, 12, 31)  # what the date inputs accept


def _draw(spec: Filter, chosen: dict[str, Any], options: pd.DataFrame, pick: str, lang: str) -> object:
    """One filter's widget, as its object describes it; returns the chosen value (None: all)."""
    label, key, widget = t(spec.label, lang), f"f_{spec.name}", spec.widget
    if isinstance(widget, DateBox):
        if pick != "custom":
            return quick_pick_range(pick, date.today())[widget.end]
        value = st.date_input(label, key=key, format="DD/MM/YYYY", min_value=FIRST_DAY, max_value=LAST_DAY)
        return value if isinstance(value, date) else None
    if isinstance(widget, TextBox):
        return (st.text_input(label, key=key, max_chars=widget.max_chars) or "").strip() or None
    if isinstance(widget, Choice):
        return _select(label, key, list(spec.allowed() or ()), lang, lambda v: t(v, lang))
    geography = "current" if chosen.get("geography") == "current" else "legacy"
    parent = chosen.get(widget.parent) if widget.parent else None
    asked = repr((db_key(), widget, geography, parent, lang))  # hashed as one string, passed by keyword (no signature)
    values, labels = _choices(asked=asked, _widget=widget, _geography=geography, _parent=parent, _options=options)
    return _select(label, key, list(values), lang, labels.get)


@st.cache_resource(max_entries=400, show_spinner=False)
def _choices(
    asked: str, _widget: Options, _geography: str, _parent: str | None, _options: pd.DataFrame
) -> tuple[tuple[str, ...], dict[str, str]]:
    """A drop-down's values in order and their labels, worked out once per warehouse, geography, parent and
    language (`asked`: the five written out) for every session: filtering and sorting the options took 10-20 ms of
    every rerun (each filter change and page switch, while only the chosen values change). Shared: nothing may
    change them."""
    widget = _widget
    rows = _option_rows(widget, _geography, _parent, _options)
    labels = dict(zip(rows["value"], rows["label"], strict=True))  # English names in English
    values = sorted(labels, key=lambda v: vi_sort_key(labels[v])) if widget.by_name else list(labels)
    return tuple(values), labels


def _option_rows(widget: Options, geography: str, parent: str | None, options: pd.DataFrame) -> pd.DataFrame:
    """The `filter_options` rows a drop-down offers: of its kind, in the geography (`legacy` or `current`; for the
    rows that have one), under the chosen parent."""
    rows = options[options["kind"] == widget.kind]
    rows = rows[rows["geography"].isna() | (rows["geography"] == geography)]
    return rows[rows["parent"] == parent] if parent else rows


@st.cache_resource(max_entries=8, show_spinner=False)
def _clusters(asked: str, _options: pd.DataFrame) -> tuple[dict[str, str], dict[str, str]]:
    """Each cluster's network and its label, once per warehouse and language (`asked`) for every session, not
    picked out of the options at every rerun (2-3 ms). Shared: nothing may change them."""
    clusters = _options[_options["kind"] == "cluster"].set_index("value")
    return clusters["parent"].to_dict(), clusters["label"].to_dict()


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
        chosen: dict[str, Any] = {"geography": geography}
        for spec in filters_of(Filters):  # each filter as its object says, in their order
            chosen[spec.name] = _draw(spec, chosen, options, pick, lang)
        st.button(t("reset_filters", lang), on_click=_reset, width="stretch")
        st.caption(t("share_link", lang))
    networks, cluster_labels = _clusters(asked=repr((db_key(), lang)), _options=options)
    cluster_id = chosen.get("cluster_id")
    filters = Filters(
        **chosen,
        pick=pick,
        lang=lang,
        grain=st.session_state["f_grain"],
        network=_network(cluster_id, networks),
        cluster_label=cluster_labels.get(cluster_id) if cluster_id else None,
    )
    st.session_state[STATE] = filters
    url = filters.to_url() if pick == "custom" else replace(filters, date_from=None, date_to=None).to_url()
    if st.session_state.get(PRESENT):
        url |= {PRESENT: "1", SLIDE: str(st.session_state.get(SLIDE, 0) + 1)}
    st.query_params.from_dict(url)
    return filters
