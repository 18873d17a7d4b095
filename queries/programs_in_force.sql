-- Programs in force each year: agreements whose period covers the year.
-- grain: one row per year
-- params: the shared filter set
-- columns: year, programs
with chosen as (
    select * from filtered_events($date_from, $date_to, $event_type, $region, $province, $cluster_id, $topic, $level, $geography, $search) where event_type = 'agreement' and event_day is not null
),

spans as (  -- agreements share a few hundred (first year, last year) spans: count them before unrolling
    select coalesce(period_start, year(event_day)) as first_year,
        coalesce(period_end, period_start, year(event_day)) as last_year, count(*) as programs
    from chosen group by all
),

years as (  -- one row per span and year of it
    select unnest(range(first_year, last_year + 1)) as year, programs from spans
),

final as (
    select year, sum(programs)::bigint as programs from years group by year
)

select * from final order by year
