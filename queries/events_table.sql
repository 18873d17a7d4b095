-- The filtered events with their evidence: the analyst's table (newest first, up to $limit rows; a null
-- $limit gives every row, as the CSV and Excel downloads read it).
-- grain: one row per event
-- params: the shared filter set, $lang, $limit
-- columns: event_id, event_date, event_type, place, level, parties, topics, period, cluster, n_sources, sources, title
with chosen as (
    select event_id, event_day, event_date, event_type, place, level, parties_text, topics, period_start,
        period_end, cluster, n_sources, sources_text, title
    from filtered_events
),

topic_names as (  -- one map from code to name, instead of a lookup per row
    select map(list(topic), list(case when $lang = 'en' then name_en else name_vi end)) as names from topics
),

newest as (  -- limit before formatting: the table never formats more rows than it shows
    select * from chosen order by event_day desc nulls last, event_id limit $limit
),

final as (
    select n.event_id, n.event_date, n.event_type, n.place, n.level, n.parties_text as parties,
        array_to_string(list_transform(n.topics, lambda code: tn.names[code]), ', ') as topics,
        case when n.period_start is null then null
             else n.period_start::varchar || '–' || coalesce(n.period_end, n.period_start)::varchar end as period,
        n.cluster, n.n_sources, n.sources_text as sources, n.title, n.event_day
    from newest n cross join topic_names tn
)

select * exclude (event_day) from final order by event_day desc nulls last, event_id
