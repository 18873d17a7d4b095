-- The cluster's own events (those naming the cluster) on a timeline.
-- grain: one row per event
-- params: the shared filter set ($cluster_id names the cluster)
-- columns: event_id, event_day, event_date, event_type, place, title
select event_id, event_day, event_date, event_type, place, title
from filtered_events
where cluster_id = $cluster_id
order by event_day
