-- Programs in force each year: agreements whose period covers the year.
-- grain: one row per year
-- params: the shared filter set
-- columns: year, programs
with chosen as (
    select * from filtered_events($date_from, $date_to, $event_type, $region, $province, $cluster_id, $topic, $level, $geography, $search) where event_type = 'agreement' and event_day is not null
),

years as (  -- one row per agreement and year of its program
    select unnest(range(coalesce(period_start, year(event_day)),
                        coalesce(period_end, period_start, year(event_day)) + 1)) as year
    from chosen
),

final as (
    select year, count(*) as programs from years group by year
)

select * from final order by year
