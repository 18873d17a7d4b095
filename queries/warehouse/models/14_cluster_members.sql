-- The member provinces of each cluster (data/reference/cluster_members.csv: 63-unit names) with today's unit.
-- grain: one row per cluster and member
-- checks:
--   cluster_id: not_null, relationships(clusters.cluster_id)
--   province: relationships(provinces.province where geography = 'legacy')
with members as (
    select * from ref_cluster_members
),

final as (
    select m.cluster_id, m.province, p.current_province as province_current, m.seed_row
    from members m
    left join provinces p on p.geography = 'legacy' and p.province = m.province
)

select * exclude (seed_row) from final order by seed_row
