-- Table checks run after every load, before the new warehouse is swapped in. Column checks (not null, unique,
-- values found in a reference table) are declared in each model's header (models/*.sql) and run first; what is
-- here is not a column's: the loaded tables' keys, a rule across two columns, a rule across the whole load.
-- Each statement is named by its `-- check:` line and returns the rows that violate it.
-- Event types, topics and provinces are checked against their reference tables, not literals here.

-- check: documents_unique
select doc_id, count(*) from documents group by doc_id having count(*) > 1;

-- check: period_ordered
select event_id from events where period_start is not null and period_end is not null and period_end < period_start;

-- check: simulated_and_real_never_mix
select count(*) filter (where list_contains(flags, 'simulated')) as simulated, count(*) as documents
from documents
having count(*) filter (where list_contains(flags, 'simulated')) not in (0, count(*));
