-- The provinces that took part in the chosen province's events, other than itself: who it works with.
-- grain: one row per partner province
-- params: the shared filter set ($province names the province)
-- columns: province, agreements, meetings, events
with chosen as (
    select * from filtered_events
),

partners as (
    select distinct event_id, event_type, partner
    from (select event_id, event_type, unnest(places) as partner from chosen)
    where partner is distinct from $province
),

final as (
    select partner as province,
        count(*) filter (where event_type = 'agreement') as agreements,
        count(*) filter (where event_type = 'meeting') as meetings,
        count(*) as events
    from partners
    group by all
)

select * from final order by events desc, province
