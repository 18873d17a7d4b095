-- Networks and their clusters, with how many members each has today (its open roster rows): the pickers, and
-- the list shown before a cluster is chosen.
-- grain: one row per cluster
-- params: none
-- columns: cluster_id, network_id, network, cluster, code, level, members, source_url
with members_now as (
    select cluster_id, count(distinct member) as members
    from cluster_members
    where valid_to is null
    group by cluster_id
),

final as (
    select c.cluster_id, c.network_id, c.network, c.cluster, c.code, c.level, coalesce(m.members, 0) as members,
        c.source_url
    from clusters c
    left join members_now m using (cluster_id)
)

select * from final order by network, cluster
