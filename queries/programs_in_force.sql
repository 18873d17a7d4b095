-- Programs in force each year: agreements whose period covers the year.
-- grain: one row per year
-- params: the shared filter set
-- columns: year, programs
with chosen as (
    select * from filtered_events($date_from, $date_to, $event_type, $region, $province, $cluster_id, $topic, $level, $geography, $search) where event_type = 'agreement'
),

spans as (
    select event_id, coalesce(period_start, year(event_day)) as y0,
        coalesce(period_end, period_start, year(event_day)) as y1
    from chosen where event_day is not null
),

final as (
    select y.year, count(s.event_id) as programs
    from (select unnest(range(min(y0), max(y1) + 1)) as year from spans) y
    join spans s on y.year between s.y0 and s.y1
    group by y.year
)

select * from final order by year
