-- The bit that stands for a province in the events' place_bits: the province filter tests this one integer
-- instead of searching each event's list of places (half of most filtered queries' time at 1M events). Looked up
-- here, before the query runs, and bound as a value: as a subquery inside the filter it was no longer pushed into
-- the table scan, and the newest events' table took five times as long.
-- Each geography's units are numbered by name from 1, as models/40_events.sql numbers them when it builds
-- place_bits (tests/test_queries.py holds the two together).
-- params: $geography, $province
-- columns: bit (no row when the name is no unit of the geography: no event matches, as no list of places held it)
with units as (
    select province, row_number() over (order by province) as position
    from provinces
    where geography = case when $geography = 'current' then 'current' else 'legacy' end
),

final as (
    select 1::bigint << (position - 1)::integer as bit
    from units
    where province = $province
)

select * from final
