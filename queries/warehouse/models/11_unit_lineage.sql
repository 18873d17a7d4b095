-- Which unit lies in which: following successor links (data/reference/unit_successions.csv) from a unit taken
-- over whole by one successor, every later unit that contains it. Each unit lies in itself.
-- A merger is rows here, never code: a future reorganisation is new rows and a rebuild.
-- grain: one row per (part, whole)
-- checks:
--   whole_id: relationships(units.unit_id)
with recursive whole_successors as (  -- a unit split between several successors has none here
    select unit_id, any_value(successor_id) as successor_id
    from ref_unit_successions
    group by unit_id
    having count(*) = 1
),

lineage(part_id, whole_id) as (
    select unit_id, unit_id from units
    union
    select l.part_id, s.successor_id
    from lineage l
    join whole_successors s on s.unit_id = l.whole_id
)

select * from lineage
