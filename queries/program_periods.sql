-- Agreements (the types that make programs, event_types.makes_programs) with a program period, the newest first
-- (by start year, then signing day): the Gantt chart.
-- grain: one row per agreement with a period; the first $limit of them
-- params: the shared filter set, $limit
-- columns: event_id, place, title, level, period_start, period_end, event_date, programs
with chosen as (  -- only the columns drawn: the scope can be every agreement of a million events
    select event_id, place, title, level, period_start, coalesce(period_end, period_start) as period_end, event_date,
        event_day
    from filtered_events
    where event_type in (select event_type from event_types where makes_programs) and period_start is not null
),

total as (  -- every program of the scope, so the chart says how many it leaves out
    select count(*) as programs from chosen
),

newest as (
    select * from chosen
    order by period_start desc, period_end desc, event_day desc nulls last, event_id
    limit $limit
),

final as (
    select n.event_id, n.place, n.title, n.level, n.period_start, n.period_end, n.event_date, t.programs, n.event_day
    from newest n cross join total t
)

select * exclude (event_day) from final
order by period_start desc, period_end desc, event_day desc nulls last, event_id
