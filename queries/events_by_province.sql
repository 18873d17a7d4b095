-- Activity per province (hosting or taking part), in the chosen geography: the map and the ranking.
-- grain: one row per province
-- params: the shared filter set
-- columns: province, map_province, region, agreements, meetings, events
with chosen as (
    select * from filtered_events($date_from, $date_to, $event_type, $region, $province, $cluster_id, $topic, $level, $geography, $search)
),

involved as (  -- every province an event involves, named in the chosen geography
    select distinct c.event_id, c.event_type,
        case when $geography = 'current' then p.province_current else p.province end as province,
        -- the polygon it is drawn on: 63 legacy units for the time's geography, 34 for today's
        case when $geography = 'current' then p.province_current else p.province_legacy end as map_province,
        case when $geography = 'current' then p.region_current else p.region end as region
    from chosen c join event_provinces p using (event_id)
),

final as (
    select province, any_value(map_province) as map_province, any_value(region) as region,
        count(*) filter (where event_type = 'agreement') as agreements,
        count(*) filter (where event_type = 'meeting') as meetings,
        count(*) as events
    from involved where province is not null
    group by province
)

select * from final order by events desc, province
