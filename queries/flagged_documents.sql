-- Documents whose extraction was repaired or inferred, or whose confidence is low.
-- grain: one row per flagged document
-- params: $min_confidence
-- columns: source_id, title, flags, confidence, is_event, path
with scored as (
    select d.source_id, d.title, d.flags, d.path, x.is_event,
        (select min(v::double) from (select unnest(map_values(json_transform(x.confidence, '"MAP(VARCHAR, DOUBLE)"'))) as v)) as confidence
    from documents d join extractions x using (doc_id)
),

final as (
    select source_id, title, flags, confidence, is_event, path from scored
    where len(flags) > 0 or confidence < $min_confidence
)

select * from final order by confidence nulls first, source_id
