-- Headline figures for the filtered period: what a leader reads first.
-- grain: one row
-- params: the shared filter set ($date_from .. $search)
-- columns: agreements, meetings, events, programs_in_force, provinces, bodies
with chosen as (
    select * from filtered_events($date_from, $date_to, $event_type, $region, $province, $cluster_id, $topic, $level, $geography, $search)
),

signed_before_end as (  -- programs signed up to the end of the period, whatever the start filter
    select * from filtered_events(null, $date_to, 'agreement', $region, $province, $cluster_id, $topic, $level, $geography, $search)
),

in_force as (
    select count(*) as programs_in_force from signed_before_end
    where coalesce(period_end, period_start, year(event_day)) >= coalesce(year($date_from::date), 0)
        and coalesce(period_start, year(event_day)) <= coalesce(year($date_to::date), 9999)
),

final as (
    select
        count(*) filter (where event_type = 'agreement') as agreements,
        count(*) filter (where event_type = 'meeting') as meetings,
        count(*) as events,
        (select programs_in_force from in_force) as programs_in_force,
        count(distinct place) as provinces,
        (select count(distinct p.org_id) from event_parties p where p.event_id in (select event_id from chosen)) as bodies
    from chosen
)

select * from final
