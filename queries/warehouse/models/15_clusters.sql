-- The registry's clusters (data/reference/clusters.csv) with their network's name.
-- grain: one row per cluster
-- checks:
--   cluster_id: not_null, unique
--   network_id: relationships(networks.network_id)
--   cluster: not_null
with seed as (
    select * from ref_clusters
),

final as (
    select
        c.cluster_id,
        c.network_id,
        n.network,
        c.code,
        c.name as cluster,
        list_filter(string_split(c.variants, ';'), lambda v: v <> '') as variants,
        c.level,
        nullif(c.source_url, '') as source_url,
        c.seed_row
    from seed c
    left join networks n using (network_id)
)

select * exclude (seed_row) from final order by seed_row
