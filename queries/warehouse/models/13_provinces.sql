-- The provinces of each geography with their region and today's unit: what the dashboard's maps, rankings and
-- filter lists read (geography 'legacy': the 63 until 30 June 2025; 'current': today's).
-- grain: one row per geography and unit
-- checks:
--   (geography, province): unique
--   province: not_null
--   region: not_null
--   current_province: not_null
with own as (  -- each geography's own units
    select g.geography, g.unit_id, s.seed_row as geography_row
    from unit_geographies g
    join ref_geographies s using (geography)
    where g.target_id = g.unit_id
),

final as (
    select
        o.geography, u.name as province, u.code, u.region, c.name as current_province, u.lat, u.lon,
        o.geography_row, u.seed_row
    from own o
    join units u on u.unit_id = o.unit_id
    left join unit_geographies gc on gc.unit_id = o.unit_id and gc.geography = 'current'
    left join units c on c.unit_id = gc.target_id
)

select * exclude (geography_row, seed_row) from final order by geography_row, seed_row
