-- Headline figures for the filtered period: what a leader reads first.
-- grain: one row
-- params: the shared filter set ($date_from .. $search)
-- columns: agreements, meetings, events, programs_in_force, provinces, bodies
with scope as (  -- everything up to the end of the period: programs signed before it may still be in force
    select event_type, event_day, period_start, period_end, place,
        coalesce(($date_from is null or event_day >= $date_from) and ($event_type is null or event_type = $event_type), false)
            as chosen
    from filtered_events(null, $date_to, null, $region, $province, $cluster_id, $topic, $level, $geography, $search)
),

counted as (  -- a few hundred rows: one per place, type and whether chosen or in force
    select place, event_type, chosen,
        event_type = 'agreement'  -- in force: signed by the end of the period, years overlapping it, any type filter
            and coalesce(period_end, period_start, year(event_day)) >= coalesce(year($date_from::date), 0)
            and coalesce(period_start, year(event_day)) <= coalesce(year($date_to::date), 9999) as in_force,
        count(*) as n
    from scope group by all
),

figures as (
    select
        coalesce(sum(n) filter (where chosen and event_type = 'agreement'), 0)::bigint as agreements,
        coalesce(sum(n) filter (where chosen and event_type = 'meeting'), 0)::bigint as meetings,
        coalesce(sum(n) filter (where chosen), 0)::bigint as events,
        coalesce(sum(n) filter (where in_force), 0)::bigint as programs_in_force,
        count(distinct place) filter (where chosen) as provinces
    from counted
),

bodies as (  -- a second scan of the period's events: scanning again is cheaper than keeping the scope's party
            -- key lists for a second reader (a materialised CTE cost ~20 ms more at 1M events)
    select count(distinct org_key) as bodies
    from (
        select unnest(org_keys) as org_key
        from filtered_events($date_from, $date_to, $event_type, $region, $province, $cluster_id, $topic, $level, $geography, $search)
    )
),

final as (
    select f.agreements, f.meetings, f.events, f.programs_in_force, f.provinces, b.bodies
    from figures f cross join bodies b
)

select * from final
