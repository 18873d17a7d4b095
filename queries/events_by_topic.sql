-- Events per topic (an event counts once for each of its topics).
-- grain: one row per topic and event type
-- params: the shared filter set, $lang ('vi' | 'en')
-- columns: topic, topic_name, event_type, events
with chosen as (
    select * from filtered_events
),

counted as (
    select topic, event_type, count(*) as events
    from (select unnest(topics) as topic, event_type from chosen)
    group by all
),

final as (
    select c.topic, case when $lang = 'en' then r.name_en else r.name_vi end as topic_name, c.event_type, c.events
    from counted c join topics r using (topic)
)

select * from final order by events desc, topic, event_type
