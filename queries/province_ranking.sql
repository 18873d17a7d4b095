-- Every province of the chosen geography (of the chosen region, when one is chosen) with the events it hosted
-- or took part in under the filters, those with none included: the province ranking.
-- grain: one row per province unit of the geography (63 or 34), or of the region, and event type (every type)
-- params: the shared filter set
-- columns: province, region, event_type, events
with units as (
    select province, region from provinces
    where geography = case when $geography = 'current' then 'current' else 'legacy' end
        and ($region is null or region = $region)
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
    select u.province, u.region, k.event_type, k.position, coalesce(t.events, 0) as events
    from units u cross join event_types k
    left join touched t on t.province = u.province and t.event_type = k.event_type
)

select * exclude (position) from final order by province, position
