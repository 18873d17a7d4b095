-- Each province of the chosen region and its activity under the filters (provinces with none included).
-- grain: one row per province of the region, in the chosen geography
-- params: the shared filter set ($region names the region)
-- columns: province, agreements, meetings, events
with members as (
    select province from provinces
    where region = $region and geography = case when $geography = 'current' then 'current' else 'legacy' end
),

chosen as (
    select * from filtered_events($date_from, $date_to, $event_type, $region, $province, $cluster_id, $topic, $level, $geography, $search)
),

touched as (  -- hosting or taking part
    select distinct event_id, event_type, province
    from (select event_id, event_type, unnest(map_places) as province from chosen)
),

final as (
    select m.province,
        count(t.event_id) filter (where t.event_type = 'agreement') as agreements,
        count(t.event_id) filter (where t.event_type = 'meeting') as meetings,
        count(t.event_id) as events
    from members m left join touched t on t.province = m.province
    group by all
)

select * from final order by events desc, province
