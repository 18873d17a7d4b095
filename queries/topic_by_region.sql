-- Topic by region: the heatmap of what each region coordinates on.
-- grain: one row per region and topic
-- params: the shared filter set, $lang
-- columns: region, topic_name, events
with chosen as (
    select * from filtered_events($date_from, $date_to, $event_type, $region, $province, $cluster_id, $topic, $level, $geography, $search)
),

final as (
    select coalesce(c.place_region, '—') as region,
        case when $lang = 'en' then r.name_en else r.name_vi end as topic_name, count(*) as events
    from chosen c join event_topics t using (event_id) join topics r on r.topic = t.topic
    group by all
)

select * from final order by region, topic_name
