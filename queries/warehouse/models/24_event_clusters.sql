-- The clusters each event counts for: the reference cluster its cluster mention names (the best match of
-- data/reference/clusters.csv, its network named in the title first), and every cluster with a member province
-- among its places in the 63 (a place whose old province is unknown counts when all its parts are members) whose
-- network the event is about: one of the network's topics, or a party whose name holds one of the network's words.
-- grain: one row per event and cluster
-- checks:
--   (event_id, cluster_id): unique
--   cluster_id: relationships(clusters.cluster_id)
with best as (
    select * from event_documents where is_best
),

networks as (
    select
        network,
        list_filter(string_split(topics, ';'), lambda t: t <> '') as topics,
        list_transform(list_filter(string_split(body_words, ';'), lambda w: w <> ''), lambda w: fold(w)) as words
    from ref_networks
),

rosters as (
    select c.cluster_id, c.network, c.cluster, c.seed_row, list(m.province) filter (where m.province is not null) as members
    from ref_clusters c
    left join ref_cluster_members m using (cluster_id)
    group by all
),

tagged as (  -- the reference cluster a mention names
    select b.event_id, r.cluster_id,
        row_number() over (
            partition by b.event_id
            order by case when contains(fold(b.title), fold(r.network)) then 2 else 1 end desc, r.seed_row
        ) as nth
    from best b
    join rosters r on contains(fold(r.cluster), fold(b.cluster))
    where b.cluster is not null and b.cluster <> ''
),

member_places as (  -- clusters with a member among the event's places
    select distinct p.event_id, r.cluster_id, r.network
    from event_place_names p
    join rosters r
        on list_contains(r.members, p.province_legacy)
        or (p.province_legacy is null and len(p.legacy_parts) > 0 and list_has_all(r.members, p.legacy_parts))
),

folded_names as (
    select event_id, list(fold(name)) as names from event_names group by event_id
),

about as (  -- of those, the clusters whose network the event is about
    select m.event_id, m.cluster_id
    from member_places m
    join best b using (event_id)
    join networks n using (network)
    left join folded_names f using (event_id)
    where list_has_any(n.topics, coalesce(b.topics, []))
        or len(list_filter(coalesce(f.names, []), lambda p: len(list_filter(n.words, lambda w: contains(p, w))) > 0)) > 0
),

final as (
    select event_id, cluster_id, true as tagged from tagged where nth = 1
    union
    select event_id, cluster_id, false as tagged from about
)

select event_id, cluster_id, bool_or(tagged) as tagged from final group by event_id, cluster_id
