-- Every document that reports each event, with where it was read.
-- grain: one row per event and document
-- checks:
--   doc_id: not_null, unique
--   event_id: not_null, relationships(events.event_id)
with documents as (
    select * from event_documents
),

final as (
    select event_id, doc_id, url, source_id, first_doc_id, member_rank from documents
)

select event_id, doc_id, url, source_id from final order by first_doc_id, member_rank
