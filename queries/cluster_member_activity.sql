-- Each member province of a cluster and its activity under the filters (members with none included).
-- grain: one row per member province
-- params: the shared filter set ($cluster_id names the cluster)
-- columns: province, province_current, agreements, meetings, events
with members as (
    select province, province_current from cluster_members where cluster_id = $cluster_id
),

chosen as (
    select * from filtered_events
),

touched as (
    select distinct event_id, event_type, province
    from (select event_id, event_type, unnest(places_legacy) as province from chosen)
),

final as (
    select m.province, m.province_current,
        count(t.event_id) filter (where t.event_type = 'agreement') as agreements,
        count(t.event_id) filter (where t.event_type = 'meeting') as meetings,
        count(t.event_id) as events
    from members m left join touched t on t.province = m.province
    group by all
)

select * from final order by events desc, province
