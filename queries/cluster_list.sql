-- Networks and their clusters, with how many member provinces each has: the cluster picker.
-- grain: one row per cluster
-- params: none
-- columns: cluster_id, network, cluster, description, members
select c.cluster_id, c.network, c.cluster, c.description, count(m.province) as members
from clusters c left join cluster_members m using (cluster_id)
group by all
order by c.network, c.cluster
