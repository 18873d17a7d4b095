"""Cụm: pick a network and a cluster; its roster over time, who chaired and hosted each year, its meetings and
pledges, each member's activity, its silent members, and the network's clusters side by side.

One cluster choice: the cluster picked here is the sidebar's cluster filter (and the sidebar's is shown
here), both `cluster=` in the URL; the network (`network=`) is the chosen cluster's, or narrows the list.
Every number opens its events: a selected bar, point or row lists the events it counts (ClusterFilters).
"""

from datetime import date

import pandas as pd
import streamlit as st

from dashboard import charts, cluster_tables, data, ui
from dashboard.filter_model import member_events, narrowed_for_cluster, within
from dashboard.formatting import vi_sorted
from dashboard.i18n import t
from dashboard.literal import escape_markdown
from dashboard.sidebar import ALL

f = ui.page_header("page_clusters", "clusters_intro")
clusters = data.query("cluster_list")
if clusters.empty:
    st.info(t("no_clusters", f.lang))
    st.stop()


def _pick_cluster() -> None:
    """The page's cluster picker writes the sidebar's filter (a callback: it runs before the sidebar is drawn)."""
    st.session_state["f_cluster_id"] = st.session_state["cl_cluster"]


def _pick_network(ids_by_network: dict[str, list[str]]) -> None:
    """A cluster of another network, or of every network, is no longer chosen."""
    network = st.session_state["f_network"]
    if network == ALL or st.session_state.get("f_cluster_id") not in ids_by_network[network]:
        st.session_state["f_cluster_id"] = ALL


def _level(level: object, lang: str) -> str:
    return t(f"level_{level}", lang) if isinstance(level, str) and level else "—"


networks = vi_sorted(clusters["network"].unique().tolist())
ids_by_network = {n: clusters[clusters["network"] == n]["cluster_id"].tolist() for n in networks}
left, right = st.columns(2)
left.selectbox(
    t("network", f.lang),
    [ALL, *networks],
    key="f_network",  # set by the sidebar each run, from the URL or the chosen cluster
    format_func=lambda v: t("all", f.lang) if v == ALL else v,
    on_change=_pick_network,
    args=(ids_by_network,),
)
in_network = clusters if f.network is None else clusters[clusters["network"] == f.network]
names = in_network.set_index("cluster_id")
ids = in_network["cluster_id"].tolist()
st.session_state["cl_cluster"] = f.cluster_id if f.cluster_id in ids else ALL
right.selectbox(
    t("cluster", f.lang),
    [ALL, *ids],
    key="cl_cluster",
    format_func=lambda c: (
        t("choose_cluster", f.lang) if c == ALL else f"{names.loc[c, 'network']} — {names.loc[c, 'cluster']}"
    ),
    on_change=_pick_cluster,
)

if f.cluster_id not in ids:
    st.info(t("choose_cluster_hint", f.lang))
    listing = pd.DataFrame(
        {
            t("network", f.lang): in_network["network"],
            t("cluster", f.lang): in_network["cluster"],
            t("cluster_level", f.lang): in_network["level"].map(lambda v: _level(v, f.lang)),
            t("members_now", f.lang): in_network["members"],
        }
    )
    st.dataframe(listing, hide_index=True, width="stretch")
    st.stop()

row = names.loc[f.cluster_id]
st.markdown(
    f"**{escape_markdown(row['cluster'])}** · {escape_markdown(row['network'])} · "
    f"{_level(row['level'], f.lang)} · {t('members_now', f.lang)}: {row['members']}"
)
if row["source_url"]:
    st.caption(f"{t('cluster_source', f.lang)}: {escape_markdown(row['source_url'])}")
st.caption(t("cluster_numbers_hint", f.lang))


def _day(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


# Its roster over time: a member's bar lists its events in the cluster while it was a member.
picked = ui.show(charts.ROSTER, f, "cl_roster")
if picked is None:
    ui.empty(f, charts.ROSTER)
elif picked:
    first, last, _, match, value = picked[0].more[:5]
    days = within(f, _day(first), _day(last))
    ui.list_events("cl_roster", narrowed_for_cluster(f, **member_events(match, value), **days), f)

# Who chaired and who hosted, each year: a row lists that year's events of the cluster.
st.subheader(t("cluster_rotation", f.lang))
rotation = ui.q("cluster_rotation", f)
if rotation.empty:
    ui.empty(f)
else:
    chosen = st.dataframe(
        cluster_tables.rotation_table(rotation, f.lang),
        hide_index=True,
        width="stretch",
        key="cl_rotation",
        on_select="rerun",
        selection_mode="single-row",
    )
    st.caption(t("cluster_rotation_note", f.lang))
    rows = chosen.selection.rows if chosen else []
    if rows:
        year = int(rotation["year"].iloc[rows[0]])
        ui.list_events("cl_rotation", narrowed_for_cluster(f, **within(f, date(year, 1, 1), date(year, 12, 31))), f)

# Its meetings and pledges on a timeline: a point lists the cluster's events of its day.
picked = ui.show(charts.CLUSTER_MEETINGS, f, "cl_timeline")
if picked is None:
    ui.empty(f, charts.CLUSTER_MEETINGS)
elif picked:
    day = _day(picked[0].value[:10])
    ui.list_events("cl_timeline", narrowed_for_cluster(f, **within(f, day, day)), f)

# Each member's activity, in the network and in the cluster's own events.
activity = ui.ask(charts.MEMBERS, f)
st.subheader(f"{t('members', f.lang)}: {activity['member'].nunique()}")
picked = ui.show(charts.MEMBERS, f, "cl_members", activity)
if picked is None:
    ui.empty(f, charts.MEMBERS)
elif picked:
    scope, first, last, match, value = picked[0].more[:5]
    in_network = {"cluster_id": None, "in_network": row["network_id"], "network_label": row["network"]}
    change = {**(in_network if scope == "network" else {}), **member_events(match, value)}
    ui.list_events("cl_members", narrowed_for_cluster(f, **change, **within(f, _day(first), _day(last))), f)

st.subheader(t("inactive_members", f.lang))
silent = cluster_tables.silent_members(activity)
st.text(", ".join(silent) if silent else t("all_active", f.lang))

# The network's clusters side by side: a bar lists that cluster's events (or its pledge meetings).
comparison = ui.ask(charts.COMPARISON, f)
picked = ui.show(charts.COMPARISON, f, "cl_compare", comparison)
if picked:
    other = comparison.set_index("cluster_id").loc[picked[0].value, "cluster"]
    pledge = True if picked[0].more[:1] == ("pledges",) else None
    narrowed = narrowed_for_cluster(f, cluster_id=picked[0].value, cluster_label=other, pledge=pledge)
    ui.list_events("cl_compare", narrowed, f)
if not comparison.empty:
    st.dataframe(cluster_tables.comparison_table(comparison, f.lang), hide_index=True, width="stretch")
