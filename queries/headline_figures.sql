-- Headline figures for the filtered period: what a leader reads first.
-- grain: one row
-- params: the shared filter set ($date_from .. $search)
-- columns: agreements, meetings, events, programs_in_force, provinces, bodies
-- The scope is everything up to the end of the period (programs signed before it may still be in force); the
-- period and type are applied on it. Two plans, chosen by $search (a guard on a parameter skips a branch whole):
-- without a search the scope is read once and grouped, and the parties come from a second scan, cheaper than
-- keeping a million key lists for a second reader; with one, the string comparison runs once and its matches
-- are kept for both.
with plain as (
    select event_type, event_day, period_start, period_end, place
    from filtered_events(null, $date_to, null, $region, $province, $cluster_id, $topic, $level, $geography, $search)
    where $search is null
),

searched as materialized (
    select event_type, event_day, period_start, period_end, place, org_keys
    from filtered_events(null, $date_to, null, $region, $province, $cluster_id, $topic, $level, $geography, $search)
    where $search is not null
),

scope as (
    select *,
        coalesce(($date_from is null or event_day >= $date_from) and ($event_type is null or event_type = $event_type), false)
            as chosen
    from (select * from plain union all select * exclude (org_keys) from searched)
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

bodies as (
    select count(distinct org_key) as bodies
    from (
        select unnest(org_keys) as org_key
        from filtered_events($date_from, $date_to, $event_type, $region, $province, $cluster_id, $topic, $level, $geography, $search)
        where $search is null
        union all
        select unnest(org_keys) from searched
        where coalesce(($date_from is null or event_day >= $date_from) and ($event_type is null or event_type = $event_type), false)
    )
),

final as (
    select f.agreements, f.meetings, f.events, f.programs_in_force, f.provinces, b.bodies
    from figures f cross join bodies b
)

select * from final
