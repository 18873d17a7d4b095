-- How many programs are due or overdue for review in the next six months, at the end of the period (or today): the
-- overview's figure, which reads no program's row: programs_due.sql's `programs` column (the same scope and `due`),
-- without the status and words of the 200 programs the Programs page lists.
-- grain: one row
-- params: the shared filter set
-- columns: programs
with chosen as materialized (  -- the events the filters keep up to the period's end, of any start and type
    select event_key from filtered_events(date_from := null, event_type := null)
),

scope as materialized (
    select program_key, id_order, next_review_due, overdue_after from program_scope('chosen', $date_from, $date_to)
),

due as (
    select program_key
    from scope
    where next_review_due <= coalesce($date_to::date, current_date) + interval 6 month
)

select count(*) as programs from due
