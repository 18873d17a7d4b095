-- First and last event day in the warehouse: the default period and the quick picks' reference.
-- grain: one row
-- params: none
-- columns: first_day, last_day, events, documents
select min(event_day) as first_day, max(event_day) as last_day, count(*) as events,
    (select count(*) from documents) as documents
from events
