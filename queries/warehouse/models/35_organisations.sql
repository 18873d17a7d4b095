-- Every body that signs or organises an event, once: as the first event (by its first document) names it.
-- grain: one row per body
-- checks:
--   org_id: not_null, unique
--   name: not_null
with names as (
    select * from event_names
),

firsts as (
    select *, row_number() over (partition by org_id order by first_doc_id, position) as nth from names
),

final as (
    select
        org_id,
        name,
        case when detail is null then 'other' else detail.type end as org_type,
        detail.tier as tier,
        detail.province as province,
        first_doc_id,
        position
    from firsts
    where nth = 1
)

select * exclude (first_doc_id, position) from final order by first_doc_id, position
