-- Activity per month, quarter or year, split by type: the timeline.
-- grain: one row per period start (or missing period and precision) and event type
-- params: the shared filter set, $grain ('month' | 'quarter' | 'year')
-- columns: period, precision, event_type, events, data_to
-- data_to is the warehouse's last event day: a period that ends after it is not complete (the chart hatches it).
-- Events whose date is coarser than the grain (known only to the year on a monthly chart) or missing come as rows
-- with a null period and their precision, so the chart can say how many it cannot place.
with chosen as (
    select * from filtered_events
),

final as (
    select
        case when event_day is not null
            and ($grain = 'year' or date_precision = 'day' or ($grain in ('quarter', 'month') and date_precision = 'month'))
            then date_trunc($grain, event_day)::date end as period,
        case when event_day is null then 'none' else date_precision end as precision,
        event_type, count(*) as events,
        (select max(event_day) from events) as data_to
    from chosen
    group by all
)

select * from final order by period nulls last, precision, event_type
