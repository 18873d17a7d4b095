-- Programs in the filters' scope with their parties, period and status at the end of the period (or today):
-- the Programs page's list, searchable by number, title and party, and its timeline of the first $lines of them.
-- grain: one row per program; the first $limit of them, the newest period first
-- params: the shared filter set, $text (words of the number, title or a party; null for all), $limit, $lines
-- columns: program_id, number, title, parties, period_start, period_end, level, signed_date, status, next_review_due, last_review, events, renews, renewed_by, programs, province, line
-- The scope is program_scope (queries/warehouse/macros.sql): a program with an event the filters keep (any type: a
-- program is not an event) up to the end of the period, whose period reaches the chosen period (an open end
-- does), or which has an event in it, or which is still owed a review. Its status is program_states' on the
-- period's last day, or today with no end. The list's order is program_key's (program_timeline). renews,
-- renewed_by: the older program it renews and the newer one renewing it, as number · title; events: every event
-- linked to it. province: the province it was first seen in. line: for the first $lines programs (the page's
-- timeline), every dated event of the program whatever the filters (a program's line is its whole life), as
-- {event_id, event_date, role} in order of day and id ([] with none); null for the others. The timeline is read here,
-- with the list, rather than by a query of its own: the scope is the costly part, and both need the same.
with chosen as materialized (  -- the events the filters keep up to the period's end, of any start and type
    select event_key from filtered_events(date_from := null, event_type := null)
),

scope as (  -- no status here: worked out below for the programs listed only
    select program_key, search_text from program_scope('chosen', $date_from, $date_to)
),

searched as (
    select program_key from scope
    where $text is null or contains(search_text, fold(trim($text)))
),

total as (
    select count(*) as programs from searched
),

newest as (
    select program_key from searched order by program_key limit $limit
),

shown as (
    select t.* from newest n join program_timeline t using (program_key)
),

drawn as (  -- the timeline's programs: the first $lines of the list
    select program_key from newest order by program_key limit $lines
),

lines as (
    select d.program_key,
        list_filter(
            list({'event_id': l.event_id, 'event_date': l.event_day, 'role': l.role} order by l.event_day, l.event_id),
            lambda e: e.event_id is not null
        ) as line
    from drawn d
    left join program_links l on l.program_key = d.program_key and l.event_day is not null
    group by d.program_key
),

final as (
    select s.program_id, s.number, s.title, s.parties, s.period_start, s.period_end, s.level, s.signed_date,
        s.status, s.next_review_due,
        case when s.started then program_last_review(s.review_days, $date_to) end as last_review,
        s.events, s.renews, s.renewed_by, c.programs, s.province, n.line, s.program_key
    from program_states('shown', $date_to) s
    cross join total c
    left join lines n using (program_key)
)

select * exclude (program_key) from final order by program_key
