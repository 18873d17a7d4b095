-- Documents whose extraction was repaired or inferred, or whose confidence is low (lowest first).
-- grain: one row per flagged document
-- params: $min_confidence (at most 0.6: document_quality holds those below it), $limit
-- columns: source_id, title, flags, confidence, is_event, path
with final as (
    select source_id, title, flags, min_confidence as confidence, is_event, path, doc_id
    from document_quality
    where len(flags) > 0 or min_confidence < $min_confidence
    order by min_confidence nulls first, doc_id
    limit $limit
)

select * exclude (doc_id) from final
