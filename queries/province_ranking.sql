-- Every province of the chosen geography with the events it hosted or took part in, none left out: ranking and map.
-- grain: one row per province unit of the geography (63 or 34) and event type (every type)
-- params: the shared filter set
-- columns: province, region, event_type, events, map_province, ranked
-- The ranking draws the rows `ranked` (the chosen region's provinces, when one is chosen); the map every row: an
-- event of the region counts on the map in each province taking part, inside the region or not. One query for both,
-- so a filter change counts the provinces' events once for the two charts.
with units as (
    select province, region from provinces
    where geography = case when $geography = 'current' then 'current' else 'legacy' end
),

chosen as (
    select * from filtered_events
),

touched as (  -- hosting or taking part: an event's list of places names each unit once (models/40_events.sql)
    select province, event_type, count(*) as events
    from (select event_type, unnest(map_places) as province from chosen)
    group by all
),

final as (
    select u.province, u.region, k.event_type, k.position, coalesce(t.events, 0) as events,
        u.province as map_province, $region is null or u.region = $region as ranked
    from units u cross join event_types k
    left join touched t on t.province = u.province and t.event_type = k.event_type
)

select * exclude (position) from final order by province, position
