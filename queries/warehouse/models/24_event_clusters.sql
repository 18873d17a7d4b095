-- The clusters each event belongs to, by evidence. Named: the article names the cluster and the name matched the
-- registry (etl/clusters.py match_cluster, in staging); `written` keeps the name as the article writes it.
-- Inferred: every party is a body of one network (its name holds one of the network's words) and they are all in
-- one cluster of that network on the event's date: for a cluster of provinces, two places or more, each a member
-- then; for a cluster inside a province, two parties or more, each naming a member then. An event that names a
-- cluster of a network is not inferred into another of the same network.
-- grain: one row per event and cluster
-- checks:
--   (event_id, cluster_id): unique
--   cluster_id: not_null, relationships(clusters.cluster_id)
--   how: not_null
with best as (
    select
        event_id, cluster, cluster_id,
        cast(
            case len(event_date) when 4 then event_date || '-01-01' when 7 then event_date || '-01'
            else nullif(event_date, '') end as date
        ) as event_day
    from event_documents
    where is_best
),

named as (
    select event_id, cluster_id, cluster as written from best where cluster_id is not null
),

words as (
    select network_id, list_transform(body_words, lambda w: fold(w)) as words from networks where len(body_words) > 0
),

party_names as (
    select event_id, list(fold(name)) as names from event_names group by event_id having count(*) >= 1
),

own as (  -- events whose every party is a body of the network
    select p.event_id, p.names, w.network_id
    from party_names p
    cross join words w
    where len(list_filter(p.names, lambda x: not list_bool_or(list_transform(w.words, lambda v: contains(x, v))))) = 0
),

valid_members as (  -- each candidate cluster's members on the event's date
    select o.event_id, o.names, c.cluster_id, c.network_id, c.level, m.member, m.province_legacy, m.province_current,
        m.legacy_parts
    from own o
    join best b on b.event_id = o.event_id
    join clusters c on c.network_id = o.network_id
    join cluster_members m on m.cluster_id = c.cluster_id
    where (b.event_day is null and m.valid_to is null)
        or (
            b.event_day is not null
            and (m.valid_from is null or m.valid_from <= b.event_day)
            and (m.valid_to is null or b.event_day < m.valid_to)
        )
),

places as (
    select event_id, coalesce(province_legacy, province_current) as place, province_legacy, province_current
    from event_place_names
    where coalesce(province_legacy, province_current) is not null
),

place_counts as (
    select event_id, count(distinct place) as n from places group by event_id having count(distinct place) >= 2
),

national as (  -- every place a member
    select v.event_id, v.cluster_id, v.network_id
    from valid_members v
    join place_counts c using (event_id)
    join places p using (event_id)
    where v.level = 'national'
        and (
            (p.province_legacy is not null
                and (v.province_legacy = p.province_legacy or list_contains(v.legacy_parts, p.province_legacy)))
            or (p.province_legacy is null and v.province_current = p.province_current)
        )
    group by v.event_id, v.cluster_id, v.network_id, c.n
    having count(distinct p.place) = c.n
),

provincial_rosters as (
    select event_id, cluster_id, network_id, any_value(names) as names, list(fold(member)) as members
    from valid_members
    where level = 'provincial' and len(names) >= 2
    group by event_id, cluster_id, network_id
),

provincial as (  -- every party names a member
    select event_id, cluster_id, network_id
    from provincial_rosters
    where len(list_filter(names, lambda x: not list_bool_or(list_transform(members, lambda m: contains(x, m))))) = 0
),

inferred as (
    select i.event_id, i.cluster_id
    from (select * from national union all select * from provincial) i
    where not exists (
        select 1 from named n join clusters c using (cluster_id) where n.event_id = i.event_id and c.network_id = i.network_id
    )
),

final as (
    select event_id, cluster_id, 'named' as how, written from named
    union all
    select event_id, cluster_id, 'inferred' as how, null as written
    from inferred
)

select * from final order by event_id, how, cluster_id
