-- The registry's networks and their clusters: the choices when accepting a review item (the network of a new
-- cluster, or the cluster a new name belongs to).
-- grain: one row per cluster; a network without clusters once, with a null cluster
-- params: none
-- columns: network_id, network, cluster_id, cluster
with final as (
    select n.network_id, n.network, c.cluster_id, c.cluster
    from networks n
    left join clusters c using (network_id)
)

select * from final order by network, cluster nulls first
