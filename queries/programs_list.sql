-- Programs in the filters' scope with their parties, period and status at the end of the period (or today):
-- the Programs page's list, searchable by number, title and party.
-- grain: one row per program; the first $limit of them, the newest period first
-- params: the shared filter set, $text (words of the number, title or a party; null for all), $limit
-- columns: program_id, number, title, parties, period_start, period_end, level, signed_date, status, next_review_due, last_review, events, renews, renewed_by, programs
-- In scope: a program with an event the filters keep (any type: a program is not an event) up to the end of the
-- period, whose period reaches the chosen period (an open end does), or which has an event in it, or which is
-- still owed a review. Its status is program_status (queries/warehouse/macros.sql) on the period's last day, or
-- today with no end. renews, renewed_by: the older program it renews and the newer one renewing it, as
-- number · title; events: every event linked to it.
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

counts as (  -- the shown programs' only
    select program_id, count(*) as events from program_events
    where program_id in (select program_id from newest)
    group by program_id
),

final as (
    select n.program_id, n.number, n.title, array_to_string(n.parties, '; ') as parties, n.period_start,
        n.period_end, n.level, n.signed_date, n.status, n.next_review_due, n.last_review,
        coalesce(e.events, 0) as events,
        nullif(concat_ws(' · ', older.number, older.title), '') as renews,
        nullif(concat_ws(' · ', newer.number, newer.title), '') as renewed_by, t.programs, n.first_seen
    from newest n
    left join counts e using (program_id)
    left join programs older on older.program_id = n.renews
    left join programs newer on newer.program_id = n.renewed_by
    cross join total t
)

select * exclude (first_seen) from final
order by period_start desc nulls last, signed_date desc nulls last, first_seen desc nulls last, program_id
