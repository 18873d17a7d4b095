-- Programs in the filters' scope with their parties, period and status at the end of the period (or today):
-- the Programs page's list, searchable by number, title and party.
-- grain: one row per program; the first $limit of them, the newest period first
-- params: the shared filter set, $text (words of the number, title or a party; null for all), $limit
-- columns: program_id, number, title, parties, period_start, period_end, level, signed_date, status, next_review_due, last_review, events, renews, renewed_by, programs
-- The scope is program_scope (queries/warehouse/macros.sql): a program with an event the filters keep (any type: a
-- program is not an event) up to the end of the period, whose period reaches the chosen period (an open end
-- does), or which has an event in it, or which is still owed a review. Its status is program_states' on the
-- period's last day, or today with no end. The list's order is program_key's (program_timeline). renews,
-- renewed_by: the older program it renews and the newer one renewing it, as number · title; events: every event
-- linked to it.
with chosen as materialized (  -- the events the filters keep up to the period's end, of any start and type
    select event_key from filtered_events(date_from := null, event_type := null)
),

scope as (
    select * from program_scope('chosen', $date_from, $date_to)
),

searched as (
    select * from scope
    where $text is null or contains(search_text, fold(trim($text)))
),

total as (
    select count(*) as programs from searched
),

newest as (
    select program_key, started, status, next_review_due from searched order by program_key limit $limit
),

final as (
    select t.program_id, t.number, t.title, t.parties, t.period_start, t.period_end, t.level, t.signed_date,
        n.status, n.next_review_due,
        case when n.started then program_last_review(t.review_days, $date_to) end as last_review,
        t.events, t.renews, t.renewed_by, c.programs, n.program_key
    from newest n
    join program_timeline t using (program_key)
    cross join total c
)

select * exclude (program_key) from final order by program_key
