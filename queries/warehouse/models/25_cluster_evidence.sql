-- What the articles say of clusters (etl/cluster_evidence.py): each name, listed member and head or deputy, on the
-- event its document reports, with the registry cluster the name stands for (matched as event_clusters matches
-- a named cluster; null when the registry knows none).
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

registry as (
    select cluster_id, fold(cluster) as folded, seed_row from ref_clusters
),

matched as (
    select e.doc_id, e.position, r.cluster_id,
        row_number() over (partition by e.doc_id, e.position order by r.seed_row) as nth
    from evidence e
    join registry r on r.folded = fold(e.written) or contains(r.folded, fold(e.written))
),

final as (
    select e.event_id, e.doc_id, e.written, m.cluster_id, e.kind, e.member, e.year, e.position
    from evidence e
    left join matched m on m.doc_id = e.doc_id and m.position = e.position and m.nth = 1
)

select * exclude (position) from final order by doc_id, position
