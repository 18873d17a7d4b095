-- Headline figures for the filtered period: what a leader reads first.
-- grain: one row
-- params: the shared filter set ($date_from .. $search)
-- columns: agreements, meetings, events, programs_in_force, provinces, bodies
with scope as (  -- one scan: everything up to the end of the period; the period and type are applied below
    select * from filtered_events(null, $date_to, null, $region, $province, $cluster_id, $topic, $level, $geography, $search)
),

chosen as (
    select * from scope
    where ($date_from is null or event_day >= $date_from) and ($event_type is null or event_type = $event_type)
),

in_force as (  -- programs signed by the end of the period whose years overlap it, whatever the type filter
    select count(*) as programs_in_force from scope
    where event_type = 'agreement'
        and coalesce(period_end, period_start, year(event_day)) >= coalesce(year($date_from::date), 0)
        and coalesce(period_start, year(event_day)) <= coalesce(year($date_to::date), 9999)
),

bodies as (
    select count(distinct org_key) as bodies from (select unnest(org_keys) as org_key from chosen)
),

final as (
    select
        count(*) filter (where event_type = 'agreement') as agreements,
        count(*) filter (where event_type = 'meeting') as meetings,
        count(*) as events,
        (select programs_in_force from in_force) as programs_in_force,
        count(distinct place) as provinces,
        (select bodies from bodies) as bodies
    from chosen
)

select * from final
