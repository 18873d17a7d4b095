-- Who chaired each cluster (head: Cụm trưởng) and who deputised (deputy_head: Cụm phó), by emulation year
-- (data/reference/cluster_roles.csv).
-- grain: one row per cluster, year, role and member
-- checks:
--   cluster_id: not_null, relationships(clusters.cluster_id)
--   role: not_null
with seed as (
    select * from ref_cluster_roles
),

final as (
    select
        cluster_id, try_cast(year as integer) as year, role, member, nullif(source_url, '') as source_url, seed_row
    from seed
)

select * exclude (seed_row) from final order by seed_row
