-- Each event's topics, most relevant first ('other' when the record has none).
-- grain: one row per event and topic
-- checks:
--   (event_id, rank): unique
--   topic: not_null, relationships(topics.topic)
with best as (
    select event_id, first_doc_id, coalesce(nullif(topics, []), ['other']) as topics
    from event_documents where is_best
),

final as (
    select event_id, unnest(topics) as topic, generate_subscripts(topics, 1) - 1 as rank, first_doc_id from best
)

select event_id, topic, rank from final order by first_doc_id, rank
