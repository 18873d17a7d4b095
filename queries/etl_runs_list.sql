-- The latest ETL runs and what each loaded.
-- grain: one row per run
-- params: $limit
-- columns: run_id, started_at, finished_at, inputs, documents, duplicates, events, rejected
select run_id, started_at, finished_at, inputs, documents, duplicates, events, rejected
from etl_runs order by run_id desc limit $limit
