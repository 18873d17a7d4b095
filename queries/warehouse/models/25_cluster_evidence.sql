-- What the articles say of clusters (etl/cluster_evidence.py): each name, listed member and head or deputy, on the
-- event its document reports, with the registry cluster the name stands for (matched in staging as a record's
-- cluster is, etl/clusters.py match_cluster; null when the registry knows none).
-- grain: one row per document and evidence (position)
-- checks:
--   event_id: not_null
--   kind: not_null
--   cluster_id: relationships(clusters.cluster_id)
with evidence as (
    select d.event_id, e.*
    from stg_cluster_evidence e
    join event_documents d using (doc_id)
),

final as (
    select event_id, doc_id, written, cluster_id, kind, member, year, network_id, position
    from evidence
)

select * exclude (position) from final order by doc_id, position
