-- The source articles behind one event: the evidence an analyst opens.
-- grain: one row per source document
-- params: $event_id
-- columns: doc_id, source_id, url, title, published_date, text, flags
select d.doc_id, d.source_id, coalesce(s.url, d.url) as url, d.title, d.published_date, d.text, d.flags
from event_sources s join documents d using (doc_id)
where s.event_id = $event_id
order by d.published_date nulls last, d.doc_id
