-- Networks and their clusters, with how many members each has today (its open roster rows): the cluster picker.
-- grain: one row per cluster
-- params: none
-- columns: cluster_id, network, cluster, description, members
select
    c.cluster_id, c.network, c.cluster, array_to_string(c.variants, '; ') as description,
    count(distinct m.member) filter (where m.valid_to is null) as members
from clusters c left join cluster_members m using (cluster_id)
group by all
order by c.network, c.cluster
