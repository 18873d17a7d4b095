-- Documents worth an analyst's look, rebuilt after every load and stored lowest confidence first,
-- so the data-quality page reads a short sorted table instead of scanning every extraction.
-- Below 0.6 a field confidence counts as low (an inferred date is 0.6; a guessed province 0.5).
create or replace table document_quality as
select x.doc_id, x.flags, x.min_confidence, x.is_event, d.source_id, d.title, d.path
from extractions x join documents d using (doc_id)
where len(x.flags) > 0 or x.min_confidence < 0.6
order by x.min_confidence nulls first, x.doc_id;
