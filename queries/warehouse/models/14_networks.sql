-- The networks of bodies the cluster registry knows (data/reference/networks.csv), lists split.
-- grain: one row per network
-- checks:
--   network_id: not_null, unique
--   level: not_null
with seed as (
    select * from ref_networks
),

final as (
    select
        network_id,
        name as network,
        level,
        nullif(province, '') as province,
        list_filter(string_split(topics, ';'), lambda t: t <> '') as topics,
        list_filter(string_split(body_words, ';'), lambda w: w <> '') as body_words,
        nullif(source_url, '') as source_url,
        seed_row
    from seed
)

select * exclude (seed_row) from final order by seed_row
