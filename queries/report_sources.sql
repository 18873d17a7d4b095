-- What the figures rest on: the articles behind the filtered events, their sites, the flagged events.
-- grain: one row
-- params: the shared filter set
-- columns: events, articles, sites, articles_without_site, flagged_events
with chosen as (
    select event_id, flags
    from filtered_events($date_from, $date_to, $event_type, $region, $province, $cluster_id, $topic, $level, $geography, $search)
),

articles as (
    select distinct s.doc_id, regexp_extract(s.url, '^[a-zA-Z]+://(www\.)?([^/:]+)', 2) as site
    from event_sources s semi join chosen c using (event_id)
),

final as (
    select
        (select count(*) from chosen) as events,
        count(distinct doc_id) as articles,
        count(distinct nullif(site, '')) as sites,
        count(distinct doc_id) filter (where coalesce(site, '') = '') as articles_without_site,
        (select count(*) from chosen where len(flags) > 0) as flagged_events
    from articles
)

select * from final
