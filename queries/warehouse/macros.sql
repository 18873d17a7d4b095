-- The shared filter set as one table macro, so every dashboard query filters the same way.
-- Created at load time, stored in the warehouse; readers only call it. Each p_* argument may be NULL ("all").
-- p_geography: 'time' (the 63 provinces before July 2025, each under one name: a 2025 "Huế" is Thừa Thiên Huế)
-- or 'current' (34 units).
-- Adds: place, place_region (the host in the chosen geography), places and map_places (every province the
-- event involves, hosting or taking part, in that geography; the same list, kept under both names).
-- p_province keeps the events a province hosted or took part in: what every per-province count counts.
create or replace macro filtered_events(
    p_date_from, p_date_to, p_event_type, p_region, p_province, p_cluster_id, p_topic, p_level, p_geography, p_search
) as table
with located as (
    select
        e.*,
        case when p_geography = 'current' then e.province_current else e.province_legacy end as place,
        case when p_geography = 'current' then e.region_current else e.region end as place_region,
        case when p_geography = 'current' then e.places_current else e.places_legacy end as places,
        case when p_geography = 'current' then e.places_current else e.places_legacy end as map_places
    from events e
),

final as (
    select * from located l
    where (p_date_from is null or l.event_day >= p_date_from)
        and (p_date_to is null or l.event_day <= p_date_to)
        and (p_event_type is null or l.event_type = p_event_type)
        and (p_region is null or l.place_region = p_region)
        and (p_province is null or list_contains(l.places, p_province))
        and (p_level is null or l.level = p_level)
        and (p_topic is null or list_contains(l.topics, p_topic))
        and (p_cluster_id is null or list_contains(l.cluster_ids, p_cluster_id))
        and (
            p_search is null
            or l.search_text like '%' || strip_accents(lower(replace(replace(p_search, 'đ', 'd'), 'Đ', 'D'))) || '%'
        )
)

select * from final;
