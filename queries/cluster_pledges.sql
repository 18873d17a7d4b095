-- The cluster's pledge meetings ("ký giao ước thi đua"), one row each, oldest first: the report's table of them.
-- grain: one row per dated pledge event in the filters' scope
-- params: the shared filter set ($cluster_id names the cluster)
-- columns: event_id, event_day, event_date, place, title
with pledged as (
    select event_id, event_day, event_date, place, title
    from filtered_events
    where event_day is not null and event_id in (select event_id from pledge_events)
)

select * from pledged order by event_day, event_id
