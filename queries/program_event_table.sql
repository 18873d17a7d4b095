-- A program's articles: every event linked to it, whatever the filters, as the events table shows events, with
-- the event's role on the program's line (signing, review, implementation, renewal).
-- grain: one row per event of the program, oldest first
-- params: $program_id, $geography, $lang
-- columns: event_id, event_date, event_type, place, level, parties, topics, period, cluster, n_sources, sources, title, role
with linked as (
    select event_id, role from program_events where program_id = $program_id
),

chosen as (
    select e.*, l.role from located_events($geography) e join linked l using (event_id)
),

topic_names as (
    select map(list(topic), list(case when $lang = 'en' then name_en else name_vi end)) as names from topics
),

final as (
    select c.event_id, c.event_date, c.event_type, c.place, c.level, c.parties_text as parties,
        array_to_string(list_transform(c.topics, lambda code: tn.names[code]), ', ') as topics,
        case when c.period_start is null then null
             else c.period_start::varchar || '–' || coalesce(c.period_end, c.period_start)::varchar end as period,
        c.cluster, c.n_sources, c.sources_text as sources, c.title, c.role, c.event_day
    from chosen c cross join topic_names tn
)

select * exclude (event_day) from final order by event_day nulls last, event_id
