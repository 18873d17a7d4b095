-- Each event's parties: every body any of its documents names, once (by its key), in the order first named, with
-- what the extractor knew of it (the representative document's details first, else the first naming document's).
-- grain: one row per event and body
-- checks:
--   (event_id, org_id): unique
--   (event_id, position): unique
--   name: not_null
with mentions as (
    select d.event_id, d.first_doc_id, d.member_rank, p.doc_id, p.position, p.name, p.org_key
    from event_documents d
    join stg_parties p using (doc_id)
),

firsts as (
    select *, row_number() over (partition by event_id, org_key order by member_rank, position) as nth
    from mentions
),

names as (
    select
        event_id, first_doc_id, doc_id as named_in, name, org_key,
        row_number() over (partition by event_id order by member_rank, position) - 1 as position
    from firsts
    where nth = 1
),

best_details as (  -- a body listed twice in the representative document: its last details
    select d.event_id, pd.org_key, arg_max({'type': pd.type, 'tier': pd.tier, 'province': pd.province}, pd.position) as detail
    from event_documents d
    join stg_party_details pd using (doc_id)
    where d.is_best
    group by d.event_id, pd.org_key
),

own_details as (  -- else the first details of the document that named the body first
    select n.event_id, n.org_key, arg_min({'type': pd.type, 'tier': pd.tier, 'province': pd.province}, pd.position) as detail
    from names n
    join stg_party_details pd on pd.doc_id = n.named_in and pd.org_key = n.org_key
    group by n.event_id, n.org_key
),

final as (
    select
        n.event_id,
        n.first_doc_id,
        n.position,
        n.name,
        n.org_key,
        left(sha256('org:' || n.org_key), 16) as org_id,
        coalesce(b.detail, o.detail) as detail
    from names n
    left join best_details b using (event_id, org_key)
    left join own_details o using (event_id, org_key)
)

select * from final
