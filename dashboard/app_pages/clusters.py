"""Cụm: pick a network and a cluster; its members, their activity, its meetings, members with none.

One cluster choice: the cluster picked here is the sidebar's cluster filter (and the sidebar's is shown
here), both `cluster=` in the URL; the network narrows the list (`network=`). Without a cluster the page
lists the clusters to choose from.
"""

import pandas as pd
import streamlit as st

from dashboard import charts, data, ui
from dashboard.formatting import vi_sorted
from dashboard.i18n import t
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
    """A cluster of another network is no longer chosen."""
    network = st.session_state["f_network"]
    if network != ALL and st.session_state.get("f_cluster_id") not in ids_by_network[network]:
        st.session_state["f_cluster_id"] = ALL


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
            t("members", f.lang): in_network["members"],
            t("description", f.lang): in_network["description"],
        }
    )
    st.dataframe(listing, hide_index=True, width="stretch")
    st.stop()

row = names.loc[f.cluster_id]
st.text(row["description"])

activity = ui.ask(charts.MEMBERS, f)  # one row per member and event type
members = activity.groupby("province", as_index=False, sort=False)["events"].sum()  # one row per member
st.subheader(f"{t('members', f.lang)}: {len(members)}")
st.text(", ".join(vi_sorted(members["province"].tolist())))
if members["events"].sum() == 0:  # the slide draws idle members all the same; the page says none is active
    ui.empty(f)
else:
    picked = ui.show(charts.MEMBERS, f, "cl_members", activity) or []
    ui.drilldown("cl_members", picked, ui.narrow_to(f, "province"), f)

if ui.show(charts.CLUSTER_MEETINGS, f, "cl_timeline", selectable=False) is None:
    ui.empty(f, charts.CLUSTER_MEETINGS)

st.subheader(t("inactive_members", f.lang))
inactive = vi_sorted(members[members["events"] == 0]["province"].tolist())
st.text(", ".join(inactive) if inactive else t("all_active", f.lang))
