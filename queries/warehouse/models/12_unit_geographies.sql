-- Every unit in every geography of data/reference/geographies.csv (the units in force on its date; no date: today):
-- itself when it belongs to the geography, else the geography's unit it lies in, else its only part. A unit formed
-- from several (today's Ninh Bình, in the 63) has none: which one is not known; `parts` lists them.
-- grain: one row per unit and geography it relates to
-- checks:
--   (unit_id, geography): unique
--   target_id: relationships(units.unit_id)
with geographies as (
    select geography, cast(nullif(as_of, '') as date) as as_of, seed_row from ref_geographies
),

members as (  -- the units of each geography
    select g.geography, u.unit_id
    from geographies g
    join units u
        on (g.as_of is null and u.valid_to is null)
        or (u.valid_from <= g.as_of and (u.valid_to is null or g.as_of <= u.valid_to))
),

related as (  -- the geography's units inside a unit, or containing it
    select l.whole_id as unit_id, m.geography, m.unit_id as target_id
    from unit_lineage l join members m on m.unit_id = l.part_id
    union
    select l.part_id as unit_id, m.geography, m.unit_id as target_id
    from unit_lineage l join members m on m.unit_id = l.whole_id
),

final as (
    select
        r.unit_id,
        r.geography,
        case when count(*) = 1 then any_value(r.target_id) end as target_id,
        list(t.name order by t.seed_row) as parts
    from related r
    join units t on t.unit_id = r.target_id
    group by r.unit_id, r.geography
)

select * from final
