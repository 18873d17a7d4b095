"""Cụm: pick a network and a cluster; its members, their activity, its meetings, members with none."""

from dataclasses import replace

import streamlit as st

from dashboard import data, figures, ui
from dashboard.formatting import vi_sorted
from dashboard.i18n import t

f = ui.page_header("page_clusters", "clusters_intro")
clusters = data.query("cluster_list")
if clusters.empty:
    st.info(t("no_clusters", f.lang))
    st.stop()

networks = vi_sorted(clusters["network"].unique().tolist())
current = clusters[clusters["cluster_id"] == f.cluster_id]
default_network = current["network"].iloc[0] if not current.empty else networks[0]
network = st.selectbox(t("network", f.lang), networks, index=networks.index(default_network), key="cl_network")
in_network = clusters[clusters["network"] == network]
ids = in_network["cluster_id"].tolist()
cluster_id = st.selectbox(
    t("cluster", f.lang),
    ids,
    index=ids.index(f.cluster_id) if f.cluster_id in ids else 0,
    format_func=lambda c: in_network.set_index("cluster_id").loc[c, "cluster"],
    key="cl_cluster",
)
row = in_network.set_index("cluster_id").loc[cluster_id]
st.text(row["description"])

scoped = replace(f, cluster_id=cluster_id, cluster_label=f"{network} — {row['cluster']}")
members = ui.q("cluster_member_activity", scoped)
st.subheader(f"{t('members', f.lang)}: {len(members)}")
st.text(", ".join(vi_sorted(members["province"].tolist())))
if members["events"].sum() == 0:
    ui.empty(scoped)
else:
    picked = ui.chart(figures.cluster_members_figure(members, f.lang, scoped.describe()), "cl_members", scoped)
    ui.drilldown("cl_members", picked, ui.narrow_to(scoped, "province"), scoped)

own = ui.q("cluster_meetings", scoped)
if own.empty:
    st.subheader(t("cluster_meetings", f.lang))
    ui.empty(scoped)
else:
    ui.chart(figures.cluster_timeline_figure(own, f.lang, scoped.describe()), "cl_timeline", scoped, selectable=False)

st.subheader(t("inactive_members", f.lang))
inactive = vi_sorted(members[members["events"] == 0]["province"].tolist())
st.text(", ".join(inactive) if inactive else t("all_active", f.lang))
