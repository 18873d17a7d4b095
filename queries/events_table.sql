-- The filtered events with their evidence: the analyst's table.
-- grain: one row per event
-- params: the shared filter set, $lang, $limit
-- columns: event_id, event_date, event_type, place, level, parties, topics, period, cluster, n_sources, sources, title
with chosen as (
    select * from filtered_events($date_from, $date_to, $event_type, $region, $province, $cluster_id, $topic, $level, $geography, $search)
),

parties as (
    select p.event_id, string_agg(o.name, '; ' order by p.position) as parties
    from event_parties p join organisations o using (org_id)
    where p.event_id in (select event_id from chosen)
    group by p.event_id
),

topics as (
    select t.event_id,
        string_agg(case when $lang = 'en' then r.name_en else r.name_vi end, ', ' order by t.rank) as topics
    from event_topics t join topics r on r.topic = t.topic
    where t.event_id in (select event_id from chosen)
    group by t.event_id
),

sources as (
    select s.event_id, string_agg(coalesce(s.url, s.source_id), ' | ' order by s.doc_id) as sources
    from event_sources s where s.event_id in (select event_id from chosen)
    group by s.event_id
),

final as (
    select c.event_id, c.event_date, c.event_type, c.place, c.level, p.parties, t.topics,
        case when c.period_start is null then null
             else c.period_start::varchar || '–' || coalesce(c.period_end, c.period_start)::varchar end as period,
        c.cluster, c.n_sources, s.sources, c.title
    from chosen c
    left join parties p using (event_id)
    left join topics t using (event_id)
    left join sources s using (event_id)
)

select * from final order by event_date desc nulls last, event_id
limit $limit
