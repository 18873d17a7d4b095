-- The events on each program's line (signing, reviews, implementation, renewal) with the program's period and
-- status: the Programs page's timeline, the same programs in the same order as programs_list.
-- grain: one row per program and linked event (a program without a dated event: one row, no event); the first
-- $limit programs
-- params: the shared filter set, $text, $limit
-- columns: program_id, number, title, province, period_start, period_end, status, event_id, event_date, role, programs
-- Scope, search and status as in programs_list.sql.
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

searched as (
    select * from scope
    where $text is null
        or strip_accents(replace(lower(concat_ws(' ', number, title, array_to_string(parties, ' '))), 'đ', 'd'))
            like '%' || strip_accents(replace(lower(trim($text)), 'đ', 'd')) || '%'
),

total as (
    select count(*) as programs from searched
),

newest as (
    select * from searched
    order by period_start desc nulls last, signed_date desc nulls last, first_seen desc nulls last, program_id
    limit $limit
),

dated as (  -- every event of the drawn programs, whatever the filters: a program's line is its whole life
    select pe.program_id, pe.event_id, pe.role, e.event_day
    from program_events pe join events e using (event_id)
    where pe.program_id in (select program_id from newest) and e.event_day is not null
),

final as (
    select n.program_id, n.number, n.title, n.province, n.period_start, n.period_end, n.status, d.event_id,
        d.event_day as event_date, d.role, t.programs, n.signed_date, n.first_seen
    from newest n
    left join dated d using (program_id)
    cross join total t
)

select * exclude (signed_date, first_seen) from final
order by period_start desc nulls last, signed_date desc nulls last, first_seen desc nulls last, program_id,
    event_date, event_id
