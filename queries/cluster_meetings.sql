-- The cluster's own events on a timeline, the pledge meetings ("ký giao ước thi đua") marked, and how each
-- belongs to the cluster (named in the article, or inferred from its members).
-- grain: one row per dated event
-- params: the shared filter set ($cluster_id names the cluster)
-- columns: event_id, event_day, event_date, event_type, place, title, pledge, how
with own as (
    select event_id, event_day, event_date, event_type, place, title, event_id in (select event_id from pledge_events) as pledge
    from filtered_events
    where event_day is not null
),

final as (
    select o.*, c.how
    from own o
    left join event_clusters c on c.event_id = o.event_id and c.cluster_id = $cluster_id
)

select * from final order by event_day, event_id
