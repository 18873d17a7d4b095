-- The last `phoihop update`: what the crawl asked and brought, and how many events it added.
-- grain: one row (none before the first update)
-- params: none
-- columns: update_id, started_at, finished_at, data_as_of, outlets, listings, listings_unchanged, fetched, new_articles, new_events, failures, stopped_hosts
with latest as (
    select * from updates order by update_id desc limit 1
),

final as (
    select update_id, started_at, finished_at, data_as_of, outlets, listings, listings_unchanged, fetched,
        new_articles, new_events, failures, stopped_hosts
    from latest
)

select * from final
