-- The clusters review queue: what the articles say of clusters (cluster_evidence) that the registry
-- (clusters, cluster_members, cluster_roles from data/reference/) does not say, most seen first.
-- grain: one row per difference; item_id stays the same while the difference does
-- params: $limit
-- columns: item_id, kind, cluster_id, cluster, network_id, written, member, role, year, registry_members, n_events, first_day, members_seen, roles_seen, articles
-- Kinds: unknown_cluster (a name no registry cluster matches), member_not_listed (a member an article lists that
-- the roster valid at the event's date lacks), member_missing (a roster member an article's listed roster leaves
-- out; only where the listed roster shares a member with the registry's, else it is another cluster's), head_differs
-- (a head or deputy the registry does not give for that year). network_id: for an unknown name, the network the
-- article names (a suggestion for the analyst).
with evidence as (
    select
        ce.event_id, ce.doc_id, ce.written, ce.cluster_id, ce.network_id, ce.kind, ce.member, ce.year,
        trim(regexp_replace(fold(ce.written), '[^a-z0-9]+', ' ', 'g')) as written_key,
        fold(regexp_replace(ce.member, '^(TP\.?|Thành phố|Tỉnh)\s+', '', 'i')) as member_key,
        e.event_day,
        {'title': coalesce(nullif(d.title, ''), d.source_id), 'url': d.url, 'source_id': d.source_id} as article
    from cluster_evidence ce
    join events e using (event_id)
    left join documents d using (doc_id)
),

registry_members as (
    select
        cluster_id, member, valid_from, valid_to,
        fold(regexp_replace(member, '^(TP\.?|Thành phố|Tỉnh)\s+', '', 'i')) as member_key,
        fold(regexp_replace(coalesce(province, ''), '^(TP\.?|Thành phố|Tỉnh)\s+', '', 'i')) as province_key
    from cluster_members
),

unknown as (  -- names no registry cluster matches, by the network the articles name
    select
        'unknown_cluster' as kind, null::varchar as cluster_id, network_id, mode(written) as written,
        null::varchar as member, null::varchar as role, null::integer as year,
        written_key || '@' || coalesce(network_id, '') as item_key,
        count(distinct event_id) as n_events, min(event_day) as first_day,
        list(distinct article) as articles
    from evidence
    where kind = 'name' and cluster_id is null
    group by written_key, network_id
),

unknown_details as (  -- what the articles list and say of who heads them
    select
        written_key || '@' || coalesce(network_id, '') as item_key,
        list(distinct member order by member) filter (where kind = 'roster') as members_seen,
        list(distinct {'year': year, 'role': kind, 'member': member}) filter (where kind in ('head', 'deputy_head'))
            as roles_seen
    from evidence
    where cluster_id is null and kind <> 'name'
    group by all
),

listed_with_roster as (  -- each member an article lists for a registry cluster, with the roster on that day
    select
        l.*,
        list(r.member_key) as registry_keys,
        list(r.province_key) as registry_provinces,
        count(r.member_key) as n_valid
    from evidence l
    left join registry_members r
        on r.cluster_id = l.cluster_id
        and (l.event_day is null or ((r.valid_from is null or r.valid_from <= l.event_day)
            and (r.valid_to is null or l.event_day < r.valid_to)))
    where l.kind = 'roster' and l.cluster_id is not null
    group by all
),

listed as (
    select
        * exclude (registry_keys, registry_provinces),
        list_contains(registry_keys, member_key) or list_contains(registry_provinces, member_key) as in_registry
    from listed_with_roster
),

heads_named as (
    select doc_id, cluster_id, list(member_key) as heads
    from evidence
    where kind in ('head', 'deputy_head') and cluster_id is not null
    group by doc_id, cluster_id
),

rosters_seen as (  -- each document's listed roster of a registry cluster, with the heads it names
    select
        l.cluster_id, l.doc_id, l.event_id, l.event_day, l.article, mode(l.written) as written,
        list(l.member_key) as keys, bool_or(coalesce(l.in_registry, false)) as overlaps, max(l.n_valid) as n_valid,
        coalesce(any_value(h.heads), []) as heads
    from listed l
    left join heads_named h using (doc_id, cluster_id)
    group by l.cluster_id, l.doc_id, l.event_id, l.event_day, l.article
),

not_listed as (  -- a roster sharing nothing with a registry roster is another cluster's: not a change of this one
    select
        'member_not_listed' as kind, l.cluster_id, null::varchar as network_id, mode(l.written) as written,
        mode(l.member) as member, null::varchar as role, null::integer as year, l.member_key as item_key,
        count(distinct l.event_id) as n_events, min(l.event_day) as first_day,
        list(distinct l.article) as articles
    from listed l
    join rosters_seen s using (cluster_id, doc_id)
    where not coalesce(l.in_registry, false) and (s.overlaps or s.n_valid = 0)
    group by l.cluster_id, l.member_key
),

missing as (  -- a registry member a listed roster leaves out (a head named apart is not left out)
    select
        'member_missing' as kind, s.cluster_id, null::varchar as network_id, mode(s.written) as written, r.member,
        null::varchar as role, null::integer as year, r.member_key as item_key,
        count(distinct s.event_id) as n_events, min(s.event_day) as first_day,
        list(distinct s.article) as articles
    from rosters_seen s
    join registry_members r
        on r.cluster_id = s.cluster_id
        and (s.event_day is null or ((r.valid_from is null or r.valid_from <= s.event_day)
            and (r.valid_to is null or s.event_day < r.valid_to)))
    where s.overlaps
        and not list_has_any(s.keys || s.heads, [r.member_key, r.province_key])
    group by s.cluster_id, r.member, r.member_key
),

roles_said as (
    select * from evidence where kind in ('head', 'deputy_head') and cluster_id is not null and year is not null
),

roles_differ as (
    select
        'head_differs' as kind, s.cluster_id, null::varchar as network_id, mode(s.written) as written,
        mode(s.member) as member, s.kind as role, s.year, s.member_key || '@' || s.year || '@' || s.kind as item_key,
        count(distinct s.event_id) as n_events, min(s.event_day) as first_day,
        list(distinct s.article) as articles
    from roles_said s
    where not exists (
        select 1 from cluster_roles r
        where r.cluster_id = s.cluster_id and r.year = s.year and r.role = s.kind
            and fold(regexp_replace(r.member, '^(TP\.?|Thành phố|Tỉnh)\s+', '', 'i')) = s.member_key
    )
    group by s.cluster_id, s.kind, s.year, s.member_key
),

items as (
    select * from unknown
    union all by name select * from not_listed
    union all by name select * from missing
    union all by name select * from roles_differ
),

final as (
    select
        left(sha256(i.kind || '|' || coalesce(i.cluster_id, '') || '|' || i.item_key), 10) as item_id,
        i.kind, i.cluster_id, c.cluster, coalesce(i.network_id, c.network_id) as network_id, i.written, i.member,
        i.role, i.year,
        (
            select list(distinct rr.member order by rr.member) from cluster_roles rr
            where rr.cluster_id = i.cluster_id and rr.year = i.year and rr.role = i.role
        ) as registry_members,
        i.n_events, i.first_day, u.members_seen, u.roles_seen,
        i.articles[1:10] as articles
    from items i
    left join clusters c using (cluster_id)
    left join unknown_details u on i.kind = 'unknown_cluster' and u.item_key = i.item_key
)

select * from final
order by n_events desc, kind, coalesce(cluster, written), member, year
limit $limit
