-- The shared filter set as one table macro, so every dashboard query filters the same way.
-- Created at load time, stored in the warehouse; readers only call it. Each p_* argument may be NULL ("all").
-- p_geography: 'time' (the province as named at the time, 63 units before July 2025) or 'current' (34 units).
create or replace macro filtered_events(
    p_date_from, p_date_to, p_event_type, p_region, p_province, p_cluster_id, p_topic, p_level, p_geography, p_search
) as table
with located as (
    select
        e.*,
        case when p_geography = 'current' then e.province_current else e.province end as place,
        case when p_geography = 'current' then e.region_current else e.region end as place_region
    from events e
),

final as (
    select * from located l
    where (p_date_from is null or l.event_day >= p_date_from)
        and (p_date_to is null or l.event_day <= p_date_to)
        and (p_event_type is null or l.event_type = p_event_type)
        and (p_region is null or l.place_region = p_region)
        and (p_province is null or l.place = p_province)
        and (p_level is null or l.level = p_level)
        and (p_topic is null or l.event_id in (select t.event_id from event_topics t where t.topic = p_topic))
        and (
            p_cluster_id is null
            or l.cluster_id = p_cluster_id
            or l.event_id in (
                select ep.event_id from event_provinces ep
                join cluster_members cm on cm.province = ep.province_legacy
                where cm.cluster_id = p_cluster_id
            )
        )
        and (
            p_search is null
            or l.search_text like '%' || strip_accents(lower(replace(replace(p_search, 'đ', 'd'), 'Đ', 'D'))) || '%'
        )
)

select * from final;
