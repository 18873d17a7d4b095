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

scope as (
    select * from program_scope('chosen', $date_from, $date_to)
),

due as (  -- a renewed program or one whose final review is held has no next_review_due (program_states)
    select program_key, id_order, started, status, next_review_due
    from scope
    where status in ('midterm_due', 'final_due', 'overdue')
        or next_review_due <= coalesce($date_to::date, current_date) + interval 6 month
),

total as (
    select count(*) as programs from due
),

first as (  -- overdue first, then by the day the review is due, then by program_id (id_order is its order)
    select * from due
    order by status = 'overdue' desc, next_review_due nulls last, id_order
    limit $limit
),

final as (
    select t.program_id, t.number, t.title, t.parties, t.period_start, t.period_end, f.status, f.next_review_due,
        case when f.started then program_last_review(t.review_days, $date_to) end as last_review, c.programs,
        f.id_order
    from first f
    join program_timeline t using (program_key)
    cross join total c
)

select * exclude (id_order) from final
order by status = 'overdue' desc, next_review_due nulls last, id_order
