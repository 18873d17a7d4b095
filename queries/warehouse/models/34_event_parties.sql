-- Each event's parties (signatories or organisers), in order.
-- grain: one row per event and body
-- checks:
--   (event_id, position): unique
--   org_id: not_null, relationships(organisations.org_id)
with names as (
    select * from event_names
),

final as (
    select event_id, org_id, position, first_doc_id from names
)

select event_id, org_id, position from final order by first_doc_id, position
