-- Topic by region: the heatmap of what each region coordinates on.
-- grain: one row per region and topic
-- params: the shared filter set, $lang
-- columns: region, topic_name, events
with chosen as (
    select * from filtered_events
),

counted as (
    select coalesce(place_region, '—') as region, topic, count(*) as events
    from (select unnest(topics) as topic, place_region from chosen)
    group by all
),

final as (
    select c.region, case when $lang = 'en' then r.name_en else r.name_vi end as topic_name, c.events
    from counted c join topics r using (topic)
)

select * from final order by region, topic_name
