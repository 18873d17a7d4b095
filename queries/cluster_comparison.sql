-- The clusters of the chosen cluster's network side by side under the filters: members in the period, those
-- with no event of the network while members (the member test of cluster_member_activity), and each
-- cluster's own events and pledge meetings.
-- grain: one row per cluster of the network
-- params: the shared filter set ($cluster_id names the cluster whose network is compared)
-- columns: cluster_id, cluster, members, silent, events, pledges
with network as (
    select c.cluster_id, c.cluster
    from clusters c
    where c.network_id = (select network_id from clusters where cluster_id = $cluster_id)
),

roster as (
    select
        m.cluster_id, m.member,
        case when m.member <> coalesce(m.province, '') then 'body' when m.province_legacy is not null then '63' else '34' end
            as match,
        case when m.member <> coalesce(m.province, '') then m.member else coalesce(m.province_legacy, m.province_current) end
            as match_value,
        m.valid_from as from_day,
        cast(m.valid_to - interval 1 day as date) as to_day  -- valid_to: the first day it no longer held
    from cluster_members m
    join network n using (cluster_id)
),

in_period as (
    select * from roster
    where ($date_to is null or from_day is null or from_day <= $date_to)
        and ($date_from is null or to_day is null or to_day >= $date_from)
),

network_events as (  -- every filter but the cluster: the network's events ($network_clusters, queries/derived)
    select e.event_key, e.event_id, e.event_day, e.places_legacy, e.places_current, e.cluster_ids
    from filtered_events(cluster_id := null) e
    where case when len($network_clusters) = 1 then list_contains(e.cluster_ids, $network_clusters[1])
        else list_has_any(e.cluster_ids, $network_clusters) end  -- one cluster (most networks): the cheaper test
),

places as (  -- each network event once per province it involves, in the 63 and in today's 34
    select event_key, event_day, '63' as match, unnest(places_legacy) as match_value from network_events
    union all
    select event_key, event_day, '34' as match, unnest(places_current) as match_value from network_events
),

active as (  -- takes_part as in cluster_member_activity.sql: the provinces by an equality join, the bodies by name
    select distinct m.cluster_id, m.member, m.from_day
    from in_period m
    join places e on e.match = m.match and e.match_value = m.match_value
    where (m.from_day is null or e.event_day >= m.from_day) and (m.to_day is null or e.event_day <= m.to_day)
    union
    select m.cluster_id, m.member, m.from_day
    from in_period m
    join network_events e
        on m.match = 'body'
        and (m.from_day is null or e.event_day >= m.from_day)
        and (m.to_day is null or e.event_day <= m.to_day)
    join events x on x.event_key = e.event_key  -- the text read for a body's events only, not for every event
        and takes_part(m.match, m.match_value, e.places_legacy, e.places_current, x.search_text)
),

members as (
    select m.cluster_id, count(*) as members, count(*) filter (where a.member is null) as silent
    from in_period m
    left join active a on a.cluster_id = m.cluster_id and a.member = m.member
        and a.from_day is not distinct from m.from_day
    group by m.cluster_id
),

own as (
    select n.cluster_id, count(*) as events, count(*) filter (where e.event_id in (select event_id from pledge_events)) as pledges
    from network n
    join network_events e on list_contains(e.cluster_ids, n.cluster_id)
    group by n.cluster_id
),

final as (
    select n.cluster_id, n.cluster, coalesce(m.members, 0) as members, coalesce(m.silent, 0) as silent,
        coalesce(o.events, 0) as events, coalesce(o.pledges, 0) as pledges
    from network n
    left join members m using (cluster_id)
    left join own o using (cluster_id)
)

select * from final order by events desc, cluster
