-- The provinces that took part in the chosen province's events, other than itself: who it works with.
-- grain: one row per partner province and event type
-- params: the shared filter set ($province names the province)
-- columns: province, event_type, events
with chosen as (
    select * from filtered_events
),

partners as (
    select distinct event_id, event_type, partner
    from (select event_id, event_type, unnest(places) as partner from chosen)
    where partner is distinct from $province
),

final as (
    select partner as province, event_type, count(*) as events
    from partners
    group by all
)

select * from final order by province, event_type
