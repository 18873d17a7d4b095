-- The programs each event's documents name (etl/programs.py, staged as stg_program_mentions), with the event's
-- id: the input of the resolution into programs (etl/program_links.py).
-- grain: one row per document and program mention
-- checks:
--   event_id: not_null
--   (doc_id, position): unique
--   role: relationships(program_roles.role)
--   level: relationships(ref_levels.level)
with mentions as (
    select * from stg_program_mentions
),

documents as (
    select doc_id, event_id from event_documents
),

final as (
    select
        d.event_id, m.doc_id, m.position, m.number, m.signed_date, m.parties, m.title, m.period_start,
        m.period_end, m.level, m.role, m.written, m.renews_start, m.renews_end
    from mentions m
    join documents d using (doc_id)
)

select * from final
