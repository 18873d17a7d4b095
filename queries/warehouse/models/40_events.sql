-- One row per event: the representative record's values, its places in both geographies (joined from
-- event_places), its parties, topics and clusters as lists too, so the dashboard aggregates without joins, and
-- what all its documents say (sources, sites, flags). Stored in date order: date filters skip whole blocks.
-- grain: one row per event
-- checks:
--   event_id: not_null, unique, relationships(event_sources.event_id)
--   event_key: not_null, unique
--   event_type: not_null, relationships(event_types.event_type)
--   level: relationships(ref_levels.level)
--   province_legacy: relationships(provinces.province where geography = 'legacy')
--   province_current: relationships(provinces.province where geography = 'current')
--   region: relationships(regions.name_vi)
--   cluster_id: relationships(clusters.cluster_id)
with best as (
    select * from event_documents where is_best
),

sources as (  -- what every document of the event says
    select
        event_id,
        count(*) as n_sources,
        list_sort(list_distinct(flatten(list(flags)))) as flags,
        string_agg(coalesce(nullif(url, ''), source_id), ' | ' order by member_rank) as sources_text,
        list(site order by member_rank) as source_sites
    from event_documents
    group by event_id
),

all_parties as (  -- every document's parties as written, for the search text
    select d.event_id, list(p.name order by d.member_rank, p.position) as names
    from event_documents d
    join stg_parties p using (doc_id)
    group by d.event_id
),

host as (
    select * from event_place_names where role = 'host'
),

unit_bits as (  -- each unit of a geography as one bit of a bigint (63 and 34 units): the lists below as sets
    select geography, province, (1::bigint << (row_number() over (partition by geography order by province) - 1)::integer)
        as bit
    from provinces
),

legacy_places as (  -- one name a unit, in the order first named
    select n.event_id, list(n.province_legacy order by n.first_position) as places, bit_or(b.bit) as bits
    from (
        select event_id, province_legacy, min(position) as first_position
        from event_place_names where province_legacy is not null group by all
    ) n
    left join unit_bits b on b.geography = 'legacy' and b.province = n.province_legacy
    group by n.event_id
),

current_places as (
    select n.event_id, list(n.province_current order by n.first_position) as places, bit_or(b.bit) as bits
    from (
        select event_id, province_current, min(position) as first_position
        from event_place_names where province_current is not null group by all
    ) n
    left join unit_bits b on b.geography = 'current' and b.province = n.province_current
    group by n.event_id
),

time_places as (
    select event_id, list(province order by position) as places from event_place_names group by event_id
),

parties as (
    select
        event_id,
        list(org_id order by position) as org_ids,
        list(('0x' || left(org_id, 15))::bigint order by position) as org_keys,  -- integers: distinct counts 3x faster
        string_agg(name, '; ' order by position) as parties_text
    from event_names
    group by event_id
),

confidences as (  -- the representative document's lowest field confidence
    select b.event_id, min(c.confidence) as confidence
    from best b
    join stg_confidences c using (doc_id)
    group by b.event_id
),

clusters as (
    select
        event_id,
        any_value(cluster_id order by cluster_id) filter (where how = 'named') as cluster_id,
        list_sort(list(cluster_id)) as cluster_ids
    from event_clusters
    group by event_id
),

event_rows as materialized (  -- read twice: by pair_bits and by final
    select
        b.event_id,
        b.event_type,
        b.event_date,
        day_of(b.event_date) as event_day,
        case
            when coalesce(b.event_date, '') = '' then null
            when len(b.event_date) = 4 then 'year'
            when len(b.event_date) = 7 then 'month'
            else 'day'
        end as date_precision,
        b.province,
        h.province_legacy,
        h.province_current,
        b.region,
        h.region_current,
        b.level,
        b.period_start,
        b.period_end,
        b.cluster,
        c.cluster_id,
        b.title,
        s.n_sources,
        k.confidence,
        s.flags,
        fold(
            array_to_string(
                [b.title, coalesce(b.province, ''), coalesce(h.province_current, ''), coalesce(b.cluster, '')]
                || coalesce(a.names, []),
                ' '
            )
        ) as search_text,
        coalesce(nullif(b.topics, []), ['other']) as topics,
        coalesce(tp.places, []) as places_time,
        coalesce(lp.places, []) as places_legacy,
        coalesce(cp.places, []) as places_current,
        coalesce(lp.bits, 0) as place_bits_legacy,
        coalesce(cp.bits, 0) as place_bits_current,
        coalesce(p.org_ids, []) as org_ids,
        coalesce(p.org_keys, []) as org_keys,
        coalesce(p.parties_text, '') as parties_text,
        s.sources_text,
        coalesce(c.cluster_ids, []) as cluster_ids,
        s.source_sites
    from best b
    join sources s using (event_id)
    left join all_parties a using (event_id)
    left join host h using (event_id)
    left join time_places tp using (event_id)
    left join legacy_places lp using (event_id)
    left join current_places cp using (event_id)
    left join parties p using (event_id)
    left join confidences k using (event_id)
    left join clusters c using (event_id)
),

pair_bits as (  -- search_bits(search_text) (functions.sql) as one aggregate over the text's letter pairs: the same
    -- bits (an empty text's 0 is the coalesce below) in under half the time of the macro's list lambdas at 70,000 events
    select event_id, bit_or(1::uhugeint << (hash(substr(search_text, i, 2)) % 128)::uhugeint) as bits
    from (select event_id, search_text, unnest(range(1, length(search_text))) as i from event_rows)
    group by event_id
),

final as (  -- event_key: the row's place in the stored order, an integer to join on, cheaper than event_id
    select r.*, case when r.search_text is not null then coalesce(pb.bits, 0::uhugeint) end as search_bits,
        row_number() over (order by r.event_day nulls first, r.event_id)::integer as event_key
    from event_rows r
    left join pair_bits pb using (event_id)
)

select * from final order by event_key
