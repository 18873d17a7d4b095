-- Agreements with a program period: the Gantt chart of programs.
-- grain: one row per agreement with a period
-- params: the shared filter set, $limit
-- columns: event_id, place, title, period_start, period_end, event_date
select event_id, place, title, period_start, coalesce(period_end, period_start) as period_end, event_date
from filtered_events($date_from, $date_to, $event_type, $region, $province, $cluster_id, $topic, $level, $geography, $search)
where event_type = 'agreement' and period_start is not null
order by period_start, period_end, place
limit $limit
