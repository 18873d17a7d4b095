-- The events placed in the chosen geography: the source of the filtered events every dashboard query builds on.
-- Created at load time, stored in the warehouse. The filters' conditions are not here: each filter object
-- (dashboard/filter_model.py) holds its own, and the query runner (queries/__init__.py) applies them on this.
-- p_geography: 'time' (the 63 provinces before July 2025, each under one name: a 2025 "Huế" is Thừa Thiên Huế)
-- or 'current' (34 units).
-- Adds: place, place_region (the host in the chosen geography), places and map_places (every province the
-- event involves, hosting or taking part, in that geography; the same list, kept under both names), place_bits (that
-- list as a set of bits, events.place_bits_legacy or _current).
create or replace macro located_events(p_geography) as table
with located as (
    select
        e.*,
        case when p_geography = 'current' then e.province_current else e.province_legacy end as place,
        case when p_geography = 'current' then e.region_current else e.region end as place_region,
        case when p_geography = 'current' then e.places_current else e.places_legacy end as places,
        case when p_geography = 'current' then e.places_current else e.places_legacy end as map_places,
        case when p_geography = 'current' then e.place_bits_current else e.place_bits_legacy end as place_bits
    from events e
)

select * from located;

-- Each program's dates and what the Programs page shows of it, once per load, so that its status on any day is one
-- scan (600,000 programs at 1M events): when it counts from (its signing, else the first day of its period, else its
-- first event), its first mid-term and final review, every review's day in order, the day the program re-signing it
-- starts, and the days its review falls due (the middle of the period for a mid-term review of a period of three
-- years or more; the final review from 1 July of the last year; overdue six months after the period's end).
-- Keyed by integers the page's queries sort and join on: program_key is the program's place in their list (the
-- newest period first, then the latest signing, the latest first event, the id), id_order its place by program_id.
-- search_text: its number, title and parties, lowercased without diacritics; events: how many events it links;
-- renews, renewed_by: the program it re-signs and the one re-signing it, as number · title; links, last_link_day:
-- how many of its links name an event of the warehouse (its program_links rows) and the latest one's day.
create or replace table program_timeline as
with days as (
    select pe.program_id, pe.role, e.event_day
    from program_events pe
    join events e using (event_id)
    where e.event_day is not null
),

starts as (
    select program_id, period_start, period_end, renewed_by,
        coalesce(signed_date, make_date(period_start, 1, 1), first_seen) as start_day
    from programs
),

reviews as (
    select
        program_id,
        min(event_day) filter (where role = 'review_midterm') as midterm_day,
        min(event_day) filter (where role = 'review_final') as final_day,
        list_sort(list(event_day) filter (where role in ('review_midterm', 'review_final', 'review_yearly')))
            as review_days
    from days
    group by program_id
),

counts as (
    select program_id, count(*) as events from program_events group by program_id
),

links as (  -- its links to events of the warehouse (program_links' rows): how many, and the latest one's day
    select pe.program_id, count(*) as links, max(e.event_day) as last_link_day
    from program_events pe
    join events e using (event_id)
    group by pe.program_id
),

shown as (
    select
        p.program_id,
        row_number() over (
            order by p.period_start desc nulls last, p.signed_date desc nulls last, p.first_seen desc nulls last,
                p.program_id
        )::integer as program_key,
        row_number() over (order by p.program_id)::integer as id_order,
        p.number, p.title, array_to_string(p.parties, '; ') as parties, p.level, p.signed_date, p.province,
        -- the program by its number and title, else by its years (a renewal known only as "giai đoạn 2018-2022")
        coalesce(nullif(concat_ws(' · ', older.number, older.title), ''),
            older.period_start::varchar || '–' || coalesce(older.period_end, older.period_start)::varchar) as renews,
        coalesce(nullif(concat_ws(' · ', newer.number, newer.title), ''),
            newer.period_start::varchar || '–' || coalesce(newer.period_end, newer.period_start)::varchar) as renewed_by,
        fold(concat_ws(' ', p.number, p.title, array_to_string(p.parties, ' ')))
            as search_text
    from programs p
    left join programs older on older.program_id = p.renews
    left join programs newer on newer.program_id = p.renewed_by
),

final as (
    select
        k.program_key, k.id_order, s.program_id, s.period_start, s.period_end, s.start_day, r.midterm_day,
        r.final_day, coalesce(r.review_days, []) as review_days, n.start_day as renewed_on,
        s.period_end is not null and s.period_start is not null and s.period_end - s.period_start >= 2 as has_midterm,
        cast(make_date(s.period_start, 1, 1)
            + to_days(cast((s.period_end - s.period_start + 1) * 365 / 2 as integer)) as date) as midterm_due_day,
        make_date(s.period_end, 7, 1) as final_due_from,
        make_date(s.period_end, 12, 31) as final_due_day,
        cast(make_date(s.period_end, 12, 31) + interval 6 month as date) as overdue_after,
        coalesce(c.events, 0) as events,
        k.number, k.title, k.parties, k.level, k.signed_date, k.province, k.renews, k.renewed_by, k.search_text,
        coalesce(l.links, 0) as links, l.last_link_day
    from starts s
    join shown k using (program_id)
    left join reviews r using (program_id)
    left join starts n on n.program_id = s.renewed_by
    left join counts c using (program_id)
    left join links l using (program_id)
)

select * from final order by program_key;

-- Each program's links to events by integer keys, once per load: what the filters keep is a join on event_key, and
-- a program's line reads its rows here instead of joining the events.
create or replace table program_links as
select t.program_key, e.event_key, pe.event_id, e.event_day, pe.role
from program_events pe
join events e using (event_id)
join program_timeline t using (program_id)
order by t.program_key, e.event_day, pe.event_id;

-- The review status on a day of each row of `source` (the name of a table, or of the caller's relation, with
-- program_timeline's dates: start_day, renewed_on, midterm_day, final_day, period_end, has_midterm, midterm_due_day,
-- final_due_from, final_due_day, overdue_after), added to its columns (README, "Programs and their status"). A
-- program counts from its signing (else the first day of its period, else its first event): before that its status
-- is null (started is false). Only events up to that day count:
--   renewed       a newer program re-signs it (its own start is on or before the day)
--   final_held    a final review (tổng kết) was held
--   unknown_end   no end of the period is known
--   overdue       the period ended more than six months ago with no final review
--   final_due     in the last six months of the period, or the six months after it
--   midterm_held  a mid-term review (sơ kết) was held
--   midterm_due   past the middle of a period of three years or more with no mid-term review
--   in_force      otherwise
-- next_review_due: the middle of the period while a mid-term review is to come, else the period's last day
-- (null once the final review is held, renewed, or the end is unknown). as_of: a date (null: today).
create or replace macro program_states(source, as_of) as table
with known as (  -- the day as a column, not a one-row table joined to every program (a join that cost as much)
    select
        p.*,
        coalesce(as_of::date, current_date) as status_day,
        coalesce(p.start_day <= status_day, false) as started,
        p.renewed_on <= status_day as is_renewed,
        p.midterm_day <= status_day as midterm_held,
        p.final_day <= status_day as final_held
    from query_table(source) p
),

final as (
    select
        * exclude (status_day, is_renewed, midterm_held, final_held),
        case
            when not started then null
            when is_renewed then 'renewed'
            when final_held then 'final_held'
            when period_end is null then 'unknown_end'
            when status_day > overdue_after then 'overdue'
            when status_day >= final_due_from then 'final_due'
            when midterm_held then 'midterm_held'
            when has_midterm and status_day >= midterm_due_day then 'midterm_due'
            else 'in_force'
        end as status,
        case
            when not started or is_renewed or final_held or period_end is null then null
            when has_midterm and not coalesce(midterm_held, false) and status_day < final_due_from then midterm_due_day
            else final_due_day
        end::date as next_review_due
    from known
)

select * from final;

-- last_review: the latest of a program's review days (program_timeline.review_days) up to as_of (null: today).
create or replace macro program_last_review(review_days, as_of) as
    list_filter(review_days, lambda x: x <= coalesce(as_of::date, current_date))[-1];

-- Each program's review status on a day, from the day it counts (program_states), and its latest review by then.
create or replace macro program_status(as_of) as table
select program_id, status, next_review_due, program_last_review(review_days, as_of) as last_review
from program_states('program_timeline', as_of)
where started;

-- The programs in the filters' scope, with their status at the end of the period (or today): what the Programs
-- page lists, draws and counts as due, one definition for its three queries. chosen: the name of the caller's
-- relation of the events the filters keep up to the period's end, whatever its start and type (a program is not an
-- event), with at least event_key. In scope: a program with such an event in the period, or whose period reaches the
-- period's start year (an open end does), or which is still owed a review (the ones lapsing are the point). One row
-- per program: program_timeline's columns and its status.
-- Two plans for the candidates, one of them given no rows. When the filters leave events out, the links to those
-- kept are grouped by program. When they keep every event (no filter, or none that narrows them: the most programs,
-- 600,000 at 1M events), every program with a link is linked, and its latest linked day
-- (program_timeline.last_link_day) says whether one is in the period: one scan of the programs instead of a group by
-- of every link joined to every program. The status is then worked out once, on the candidates of either plan (one
-- program_states for both plans instead of one each: less to plan, the same work to run).
create or replace macro program_scope(chosen, date_from, as_of) as table
with counted as (  -- chosen is a part of the events: as many rows is all of them
    select (select count(*) from query_table(chosen)) = (select count(*) from events) as every_event
),

kept as (  -- none when every event is kept: the grouped plan then reads no link
    select c.event_key from query_table(chosen) c, counted where not counted.every_event
),

links as (  -- none either then: whichever side the join builds on is empty
    select l.program_key, l.event_key, l.event_day from program_links l, counted where not counted.every_event
),

linked as (
    select l.program_key, bool_or(date_from is null or l.event_day >= date_from) as in_period
    from links l
    join kept using (event_key)
    group by l.program_key
),

candidates as (  -- the programs whose status is worked out: the linked ones, or every one with a link
    select t.*, l.in_period
    from program_timeline t
    join linked l using (program_key)
    union all
    select t.*, date_from is null or t.last_link_day >= date_from as in_period
    from program_timeline t, counted
    where counted.every_event and t.links > 0
),

final as (  -- with no start of the period every candidate is in it: no status is worked out for the test
    select * exclude (in_period)
    from program_states('candidates', as_of)
    where date_from is null or in_period or coalesce(period_end, 9999) >= year(date_from::date)
        or status in ('midterm_due', 'final_due', 'overdue')
)

select * from final;
