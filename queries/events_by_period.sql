-- Activity per month, quarter or year, split by type: the timeline.
-- grain: one row per period start and event type
-- params: the shared filter set, $grain ('month' | 'quarter' | 'year')
-- columns: period, event_type, events
with chosen as (
    select * from filtered_events($date_from, $date_to, $event_type, $region, $province, $cluster_id, $topic, $level, $geography, $search)
),

final as (
    select date_trunc($grain, event_day)::date as period, event_type, count(*) as events
    from chosen where event_day is not null
        and ($grain = 'year' or date_precision = 'day' or ($grain = 'quarter' and date_precision = 'month')
             or ($grain = 'month' and date_precision = 'month'))
    group by all
)

select * from final order by period, event_type
