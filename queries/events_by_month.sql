-- Activity per month, split by type: the overview's trend line.
-- grain: one row per month and event type
-- params: the shared filter set
-- columns: month, event_type, events
with chosen as (
    select * from filtered_events($date_from, $date_to, $event_type, $region, $province, $cluster_id, $topic, $level, $geography, $search)
),

final as (
    select date_trunc('month', event_day)::date as month, event_type, count(*) as events
    from chosen where event_day is not null and date_precision in ('day', 'month')
    group by all
)

select * from final order by month, event_type
