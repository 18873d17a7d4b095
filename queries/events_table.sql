-- The filtered events with their evidence: the analyst's table (newest first, up to $limit rows; a null
-- $limit gives every row, as the CSV and Excel downloads read it).
-- grain: one row per event
-- params: the shared filter set, $lang, $limit
-- columns: event_id, event_date, event_type, place, level, parties, topics, period, cluster, n_sources, sources, title
with newest as (  -- the newest rows first, by the columns their order needs: the wide ones are read for those rows only
    select event_key from filtered_events order by event_day desc nulls last, event_id limit $limit
),

chosen as (
    select e.event_id, e.event_day, e.event_date, e.event_type, e.place, e.level, e.parties_text, e.topics,
        e.period_start, e.period_end, e.cluster, e.n_sources, e.sources_text, e.title
    from newest n
    join located_events($geography) e using (event_key)
),

topic_names as (  -- one map from code to name, instead of a lookup per row
    select map(list(topic), list(case when $lang = 'en' then name_en else name_vi end)) as names from topics
),

final as (
    select n.event_id, n.event_date, n.event_type, n.place, n.level, n.parties_text as parties,
        array_to_string(list_transform(n.topics, lambda code: tn.names[code]), ', ') as topics,
        case when n.period_start is null then null
             else n.period_start::varchar || '–' || coalesce(n.period_end, n.period_start)::varchar end as period,
        n.cluster, n.n_sources, n.sources_text as sources, n.title, n.event_day
    from chosen n cross join topic_names tn
)

select * exclude (event_day) from final order by event_day desc nulls last, event_id
