-- Every province of the chosen geography (of the chosen region, when one is chosen) with the events it hosted
-- or took part in under the filters, those with none included: the province ranking.
-- grain: one row per province unit of the geography (63 or 34), or of the region
-- params: the shared filter set
-- columns: province, region, agreements, meetings, events
with units as (
    select province, region from provinces
    where geography = case when $geography = 'current' then 'current' else 'legacy' end
        and ($region is null or region = $region)
),

chosen as (
    select * from filtered_events
),

touched as (  -- hosting or taking part, once per event and unit
    select distinct event_id, event_type, province
    from (select event_id, event_type, unnest(map_places) as province from chosen)
),

final as (
    select u.province, u.region,
        count(t.event_id) filter (where t.event_type = 'agreement') as agreements,
        count(t.event_id) filter (where t.event_type = 'meeting') as meetings,
        count(t.event_id) as events
    from units u left join touched t on t.province = u.province
    group by all
)

select * from final order by events desc, province
