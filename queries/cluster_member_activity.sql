-- Each member province of a cluster (of any period) and its activity under the filters (members with none included).
-- grain: one row per member province and event type (every type)
-- params: the shared filter set ($cluster_id names the cluster)
-- columns: province, province_current, event_type, events
with members as (
    select distinct coalesce(province_legacy, province) as province, province_current
    from cluster_members
    where cluster_id = $cluster_id and province is not null
),

chosen as (
    select * from filtered_events
),

touched as (
    select distinct event_id, event_type, province
    from (select event_id, event_type, unnest(places_legacy) as province from chosen)
),

final as (
    select m.province, m.province_current, k.event_type, k.position, count(t.event_id) as events
    from members m cross join event_types k
    left join touched t on t.province = m.province and t.event_type = k.event_type
    group by all
)

select * exclude (position) from final order by province, position
