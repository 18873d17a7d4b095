-- The events on each program's line (signing, reviews, implementation, renewal) with the program's period and
-- status: the Programs page's timeline, the same programs in the same order as programs_list.
-- grain: one row per program and linked event (a program without a dated event: one row, no event); the first
-- $limit programs
-- params: the shared filter set, $text, $limit
-- columns: program_id, number, title, province, period_start, period_end, status, event_id, event_date, role, programs
-- Scope (program_scope), search, status and order as in programs_list.sql.
with chosen as materialized (  -- the events the filters keep up to the period's end, of any start and type
    select event_key from filtered_events(date_from := null, event_type := null)
),

scope as (  -- no status here: worked out below for the programs drawn only
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

dated as (  -- every event of the drawn programs, whatever the filters: a program's line is its whole life
    select program_key, event_id, role, event_day
    from program_links
    where program_key in (select program_key from newest) and event_day is not null
),

final as (
    select s.program_id, s.number, s.title, s.province, s.period_start, s.period_end, s.status, d.event_id,
        d.event_day as event_date, d.role, c.programs, s.program_key
    from program_states('shown', $date_to) s
    left join dated d using (program_key)
    cross join total c
)

select * exclude (program_key) from final order by program_key, event_date, event_id
