-- Whether the warehouse holds simulated data (the demo), so every page can say so.
-- grain: one row
-- params: none
-- columns: simulated, documents
select count(*) filter (where list_contains(flags, 'simulated')) > 0 as simulated, count(*) as documents
from documents
