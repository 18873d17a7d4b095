-- Programs due or overdue for review in the next six months, at the end of the period (or today): the list for
-- leaders at the top of the Programs page, the overview's figure and the report's slide.
-- grain: one row per program due; the first $limit of them, overdue first, then by the day the review is due
-- params: the shared filter set, $limit
-- columns: program_id, number, title, parties, period_start, period_end, status, next_review_due, last_review, programs
-- Due: a review due now (mid-term, final) or overdue, or the next review falls within six months of that day (a
-- renewed program or one whose final review is held waits for none). Scope as in programs_list.sql.
with linked as (
    select pe.program_id, bool_or($date_from is null or e.event_day >= $date_from) as in_period
    from program_events pe
    join filtered_events(date_from := null, event_type := null) e using (event_id)
    group by pe.program_id
),

status as materialized (  -- every program's status, computed once
    select * from program_status(coalesce($date_to::date, current_date))
),

scope as (  -- a program still owed a review stays in scope after its period: the ones lapsing are the point
    select p.*, s.status, s.next_review_due, s.last_review
    from programs p join linked l using (program_id) left join status s using (program_id)
    where l.in_period or coalesce(p.period_end, 9999) >= year($date_from::date)
        or s.status in ('midterm_due', 'final_due', 'overdue')
),

as_of as (
    select coalesce($date_to::date, current_date) as day
),

due as (
    select p.program_id, p.number, p.title, array_to_string(p.parties, '; ') as parties, p.period_start,
        p.period_end, p.status, p.next_review_due, p.last_review
    from scope p cross join as_of a
    where p.status in ('midterm_due', 'final_due', 'overdue')
        or (p.status not in ('renewed', 'final_held') and p.next_review_due <= a.day + interval 6 month)
),

total as (
    select count(*) as programs from due
),

final as (
    select d.*, t.programs from due d cross join total t
    order by d.status = 'overdue' desc, d.next_review_due nulls last, d.program_id
    limit $limit
)

select * from final
order by status = 'overdue' desc, next_review_due nulls last, program_id
