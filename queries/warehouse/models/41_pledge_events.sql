-- The events at which a cluster's members sign their emulation pledge ("ký giao ước thi đua"): their title,
-- cluster or parties hold a word of data/reference/pledge_words.csv (folded, as search_text is).
-- grain: one row per event
-- checks:
--   event_id: not_null, unique
with words as (
    select fold(word) as word from ref_pledge_words where word <> ''
),

final as (
    select e.event_id
    from events e
    where exists (select 1 from words w where contains(e.search_text, w.word))
)

select * from final
