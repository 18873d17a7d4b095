-- Each member of the cluster in the period and the events it took part in while a member: its network's, its own.
-- grain: one row per roster row overlapping the period (a member listed before and after 2025 has two)
-- params: the shared filter set ($cluster_id names the cluster)
-- columns: member, province, from_day, to_day, match, match_value, in_network, in_cluster
-- A member takes part when it is among the event's provinces, in the 63 when the roster names one of them, in
-- today's 34 when it names a unit formed from several (match '63' or '34'); a body (match 'body') when the
-- event's parties or title name it. The filters member_63, member_34, member_body (dashboard/filter_model.py)
-- test the same: they list a number's events.
-- Members with no event are kept: they are the news.
with roster as (
    select
        member, province,
        case when member <> coalesce(province, '') then 'body' when province_legacy is not null then '63' else '34' end
            as match,
        case when member <> coalesce(province, '') then member else coalesce(province_legacy, province_current) end
            as match_value,
        valid_from as from_day,
        cast(valid_to - interval 1 day as date) as to_day  -- valid_to: the first day it no longer held
    from cluster_members
    where cluster_id = $cluster_id
),

in_period as (
    select * from roster
    where ($date_to is null or from_day is null or from_day <= $date_to)
        and ($date_from is null or to_day is null or to_day >= $date_from)
),

network_events as (  -- every filter but the cluster: the network's events ($network_clusters, queries/derived)
    select e.event_key, e.event_day, e.places_legacy, e.places_current,
        list_contains(e.cluster_ids, $cluster_id) as own
    from filtered_events(cluster_id := null) e
    where case when len($network_clusters) = 1 then list_contains(e.cluster_ids, $network_clusters[1])
        else list_has_any(e.cluster_ids, $network_clusters) end  -- one cluster (most networks): the cheaper test
),

places as (  -- each network event once per province it involves, in the 63 and in today's 34
    select event_key, event_day, own, '63' as match, unnest(places_legacy) as match_value from network_events
    union all
    select event_key, event_day, own, '34' as match, unnest(places_current) as match_value from network_events
),

taking_part as (  -- takes_part (queries/warehouse/functions.sql): a province by its name among the event's places,
    -- a body by its name in the event's text; the provinces as an equality join, not a test of every pair
    select m.member, m.from_day, e.event_key, e.own
    from in_period m
    join places e on e.match = m.match and e.match_value = m.match_value
    where (m.from_day is null or e.event_day >= m.from_day) and (m.to_day is null or e.event_day <= m.to_day)
    union all
    select m.member, m.from_day, e.event_key, e.own
    from in_period m
    join network_events e
        on m.match = 'body'
        and (m.from_day is null or e.event_day >= m.from_day)
        and (m.to_day is null or e.event_day <= m.to_day)
    join events x on x.event_key = e.event_key  -- the text read for a body's events only, not for every event
        and takes_part(m.match, m.match_value, e.places_legacy, e.places_current, x.search_text)
),

final as (
    select m.member, m.province, m.from_day, m.to_day, m.match, m.match_value,
        count(distinct t.event_key) as in_network,
        count(distinct t.event_key) filter (where t.own) as in_cluster
    from in_period m
    left join taking_part t on t.member = m.member and t.from_day is not distinct from m.from_day
    group by all
)

select * from final order by member, from_day nulls first
