-- Programs due or overdue for review in the next six months, at the end of the period (or today): the list for
-- leaders at the top of the Programs page, the overview's figure and the report's slide.
-- grain: one row per program due; the first $limit of them, overdue first, then by the day the review is due
-- params: the shared filter set, $limit
-- columns: program_id, number, title, parties, period_start, period_end, status, next_review_due, last_review, programs
-- Due: a review due now (mid-term, final) or overdue, or the next review falls within six months of that day (a
-- renewed program or one whose final review is held waits for none). Scope as in programs_list.sql (program_scope).
with chosen as materialized (  -- the events the filters keep up to the period's end, of any start and type
    select event_key from filtered_events(date_from := null, event_type := null)
),

scope as (  -- no status here: worked out below for the programs shown only
    select program_key, id_order, next_review_due, overdue_after from program_scope('chosen', $date_from, $date_to)
),

due as (  -- a review due now (mid-term, final) or overdue has its next_review_due on or before that day (the end of
    -- the final review's six months: its last day); a renewed program or one whose final review is held has none
    -- (program_states). Overdue: that day past overdue_after, for a program with a review due.
    select program_key, id_order, next_review_due, coalesce($date_to::date, current_date) > overdue_after as overdue
    from scope
    where next_review_due <= coalesce($date_to::date, current_date) + interval 6 month
),

total as (
    select count(*) as programs from due
),

first as (  -- overdue first, then by the day the review is due, then by program_id (id_order is its order)
    select program_key from due
    order by overdue desc, next_review_due, id_order
    limit $limit
),

shown as (
    select t.* from first f join program_timeline t using (program_key)
),

final as (
    select s.program_id, s.number, s.title, s.parties, s.period_start, s.period_end, s.status, s.next_review_due,
        case when s.started then program_last_review(s.review_days, $date_to) end as last_review, c.programs,
        s.id_order
    from program_states('shown', $date_to) s
    cross join total c
)

select * exclude (id_order) from final
order by status = 'overdue' desc, next_review_due nulls last, id_order
