-- Activity per month, split by type: the overview's trend line.
-- grain: one row per month (or missing month and precision) and event type
-- params: the shared filter set
-- columns: month, precision, event_type, events, data_to
-- data_to is the warehouse's last event day: a period that ends after it is not complete (the chart hatches it).
-- Events known only to the year (or with no date) have no month: they come as rows with a null month and their
-- precision, so the chart can say how many it leaves out.
with chosen as (
    select * from filtered_events
),

final as (
    select
        case when date_precision in ('day', 'month') then date_trunc('month', event_day)::date end as month,
        case when event_day is null then 'none' else date_precision end as precision,
        event_type, count(*) as events,
        (select max(event_day) from events) as data_to
    from chosen
    group by all
)

select * from final order by month nulls last, event_type
