-- The cluster's own events (tagged with the cluster) on a timeline.
-- grain: one row per event
-- params: the shared filter set ($cluster_id names the cluster)
-- columns: event_id, event_day, event_date, event_type, place, title
select event_id, event_day, event_date, event_type, place, title
from filtered_events($date_from, $date_to, $event_type, $region, $province, $cluster_id, $topic, $level, $geography, $search)
where cluster_id = $cluster_id
order by event_day
