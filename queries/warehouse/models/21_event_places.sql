-- Each event's places as unit codes with their role: its representative record's host, then the provinces
-- taking part. Every geography is a join from here: unit_geographies gives a unit in the 63, in today's 34, or in
-- any geography data/reference/geographies.csv adds.
-- grain: one row per event and place
-- checks:
--   (event_id, position): unique
--   role: not_null
--   unit_id: relationships(units.unit_id)
with best as (
    select event_id, first_doc_id, doc_id from event_documents where is_best
),

final as (
    select
        b.event_id,
        p.position,
        p.role,
        p.province,         -- as the record names it
        p.unit_id,          -- the finest unit known: the old province when the text says which
        p.named_unit_id,    -- the unit the name stands for on the event's date
        b.first_doc_id
    from best b
    join stg_places p using (doc_id)
)

select * exclude (first_doc_id) from final order by first_doc_id, position
