-- The documents of each event, with the event's id and the representative document: the one naming the most
-- parties, then with the fewest flags, then the greatest doc_id (its record is the event's).
-- grain: one row per document that reports an event
-- checks:
--   doc_id: not_null, unique
--   event_id: not_null
with members as (
    select * from stg_event_members
),

extractions as (
    select * from stg_extractions
),

party_counts as (
    select doc_id, count(*) as n_parties from stg_parties group by doc_id
),

final as (
    select
        left(sha256('event:' || m.first_doc_id), 16) as event_id,
        m.first_doc_id,
        m.member_rank,
        x.*,
        row_number() over (
            partition by m.first_doc_id
            order by coalesce(p.n_parties, 0) desc, len(x.flags) asc, x.doc_id desc
        ) = 1 as is_best
    from members m
    join extractions x using (doc_id)
    left join party_counts p using (doc_id)
)

select * from final
