-- The clusters of a cluster's network (the cluster among them), for cluster_member_activity's network events: looked
-- up here and bound as a value, so that the test on each event's clusters is pushed into the table scan and the
-- other filters read only the network's events (as a subquery joined to every event it was tested on all of them).
-- params: $cluster_id
-- columns: clusters (null when the cluster or its network is unknown: no event is the network's)
with final as (
    select list(cluster_id order by cluster_id) as clusters
    from clusters
    where network_id = (select network_id from clusters where cluster_id = $cluster_id)
)

select * from final
