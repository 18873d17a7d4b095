-- Province-level administrative units of every period (data/reference/admin_units.csv), typed, with their
-- region's name. A unit is one territory in force from valid_from to valid_to (null: still in force).
-- grain: one row per unit
-- checks:
--   unit_id: not_null, unique
--   (name, region, valid_from): not_null
with seed as (
    select * from ref_admin_units
),

final as (
    select
        s.unit_id,
        s.code,
        s.name,
        s.kind,
        r.name_vi as region,
        cast(s.valid_from as date) as valid_from,
        cast(nullif(s.valid_to, '') as date) as valid_to,
        cast(s.lat as double) as lat,
        cast(s.lon as double) as lon,
        s.seed_row
    from seed s
    left join regions r on r.region_id = s.region_id
)

select * from final
