-- The most recent events under the filters, newest first.
-- grain: one row per event
-- params: the shared filter set, $limit
-- columns: event_id, event_date, event_type, place, title, n_sources
select event_id, event_date, event_type, place, title, n_sources
from filtered_events
order by event_day desc nulls last, event_id
limit $limit
