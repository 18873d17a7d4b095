-- What the figures rest on: the articles behind the filtered events, their news sites, the flagged events.
-- grain: one row
-- params: the shared filter set
-- columns: events, articles, sites, articles_without_site, flagged_events
-- Two plans, chosen by $search (a guard on a parameter skips a branch whole): without a search the filtered events
-- are read twice (their counts, their sites), cheaper than keeping a million lists of sites for both; with one, the
-- string comparison runs once and its matches are kept for both. The sites are unnested once for both figures.
with plain as not materialized (
    select n_sources, flags, source_sites
    from filtered_events
    where $search is null
),

searched as materialized (
    select n_sources, flags, source_sites
    from filtered_events
    where $search is not null
),

chosen as not materialized (  -- every article belongs to one event, so the event's sources count its articles
    select * from plain
    union all
    select * from searched
),

counts as (
    select count(*) as events, coalesce(sum(n_sources), 0) as articles,
        count(*) filter (where len(flags) > 0) as flagged_events
    from chosen
),

sites as (
    select count(distinct site) filter (where site <> '') as sites,
        count(*) filter (where site = '') as articles_without_site
    from (select unnest(source_sites) as site from chosen)
),

final as (
    select c.events, c.articles, s.sites, s.articles_without_site, c.flagged_events
    from counts c
    cross join sites s
)

select * from final
