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

-- check: program_events_known_program
select program_id, event_id from program_events where program_id not in (select program_id from programs);

-- check: program_events_role
select role from program_events where role not in (select role from program_roles);

-- check: program_renewals_paired
select p.program_id from programs p left join programs n on n.program_id = p.renewed_by
where p.renewed_by is not null and (n.program_id is null or n.renews <> p.program_id);
