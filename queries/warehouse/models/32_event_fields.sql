-- The representative document's confidence in each field of the event.
-- grain: one row per event and field
-- checks:
--   (event_id, field): unique
--   confidence: not_null
with best as (
    select event_id, first_doc_id, doc_id from event_documents where is_best
),

final as (
    select b.event_id, c.field, c.confidence, b.first_doc_id, c.position
    from best b
    join stg_confidences c using (doc_id)
)

select event_id, field, confidence from final order by first_doc_id, position
