-- Inputs that could not be used, with the reason.
-- grain: one row per rejected file or line
-- params: none
-- columns: run_id, path, line, reason
select run_id, path, line, reason from rejects order by run_id desc, path, line
