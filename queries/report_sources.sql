-- What the figures rest on: the articles behind the filtered events, their news sites, the flagged events.
-- grain: one row
-- params: the shared filter set
-- columns: events, articles, sites, articles_without_site, flagged_events
with chosen as (  -- every article belongs to one event, so the event's sources count its articles
    select n_sources, flags, source_sites
    from filtered_events
),

sources as (
    select unnest(source_sites) as site from chosen
),

final as (
    select
        (select count(*) from chosen) as events,
        (select coalesce(sum(n_sources), 0) from chosen) as articles,
        (select count(distinct site) filter (where site <> '') from sources) as sites,
        (select count(*) filter (where site = '') from sources) as articles_without_site,
        (select count(*) from chosen where len(flags) > 0) as flagged_events
)

select * from final
