-- Agreements (the types that make programs, event_types.makes_programs) with a program period, the newest first
-- (by start year, then signing day): the Gantt chart.
-- grain: one row per agreement with a period; the first $limit of them
-- params: the shared filter set, $limit
-- columns: event_id, place, title, level, period_start, period_end, event_date, programs
-- The scope can be every agreement of a million events: it is counted and ordered on integers and dates alone, and
-- only the $limit drawn are read again for their strings. event_key orders the events of one day by event_id
-- (models/40_events.sql), so it stands for event_id as the last key of the order.
with chosen as (
    select event_key, period_start, coalesce(period_end, period_start) as period_end, event_day
    from filtered_events
    where event_type in (select event_type from event_types where makes_programs) and period_start is not null
),

total as (  -- every program of the scope, so the chart says how many it leaves out
    select count(*) as programs from chosen
),

newest as (
    select * from chosen
    order by period_start desc, period_end desc, event_day desc nulls last, event_key
    limit $limit
),

final as (
    select e.event_id, e.place, e.title, e.level, n.period_start, n.period_end, e.event_date, t.programs, n.event_day,
        n.event_key
    from newest n
    join located_events($geography) e using (event_key)
    cross join total t
)

select * exclude (event_day, event_key) from final
order by period_start desc, period_end desc, event_day desc nulls last, event_key
