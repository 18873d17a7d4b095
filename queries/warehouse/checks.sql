-- Data-quality checks run after every load, before the new warehouse is swapped in.
-- Each statement is named by its `-- check:` line and returns the rows that violate it.
-- Event types, topics and provinces are checked against their reference tables, not literals here.

-- check: events_event_type_accepted
select e.event_id, e.event_type from events e left join event_types t using (event_type) where t.event_type is null;

-- check: events_level_accepted
select event_id, level from events
where level is not null and level not in ('central', 'inter-provincial', 'province', 'district', 'commune');

-- check: events_province_known
select e.event_id, e.province_legacy from events e
left join provinces p on p.geography = 'legacy' and p.province = e.province_legacy
where e.province_legacy is not null and p.province is null;

-- check: events_have_sources
select e.event_id from events e left join event_sources s using (event_id) where s.event_id is null;

-- check: event_topics_known
select t.event_id, t.topic from event_topics t left join topics r using (topic) where r.topic is null;

-- check: documents_unique
select doc_id, count(*) from documents group by doc_id having count(*) > 1;

-- check: period_ordered
select event_id from events where period_start is not null and period_end is not null and period_end < period_start;

-- check: simulated_and_real_never_mix
select count(*) filter (where list_contains(flags, 'simulated')) as simulated, count(*) as documents
from documents
having count(*) filter (where list_contains(flags, 'simulated')) not in (0, count(*));
