-- The events placed in the chosen geography: the source of the filtered events every dashboard query builds on.
-- Created at load time, stored in the warehouse. The filters' conditions are not here: each filter object
-- (dashboard/filter_model.py) holds its own, and the query runner (queries/__init__.py) applies them on this.
-- p_geography: 'time' (the 63 provinces before July 2025, each under one name: a 2025 "Huế" is Thừa Thiên Huế)
-- or 'current' (34 units).
-- Adds: place, place_region (the host in the chosen geography), places and map_places (every province the
-- event involves, hosting or taking part, in that geography; the same list, kept under both names).
create or replace macro located_events(p_geography) as table
with located as (
    select
        e.*,
        case when p_geography = 'current' then e.province_current else e.province_legacy end as place,
        case when p_geography = 'current' then e.region_current else e.region end as place_region,
        case when p_geography = 'current' then e.places_current else e.places_legacy end as places,
        case when p_geography = 'current' then e.places_current else e.places_legacy end as map_places
    from events e
)

select * from located;

-- Each program's dates, once per load, so that its status on any day is one scan (600,000 programs at 1M events):
-- when it counts from (its signing, else the first day of its period, else its first event), its first mid-term
-- and final review, every review's day in order, and the day the program re-signing it starts.
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

final as (
    select
        s.program_id, s.period_start, s.period_end, s.start_day, r.midterm_day, r.final_day,
        coalesce(r.review_days, []) as review_days, n.start_day as renewed_on,
        s.period_end is not null and s.period_start is not null and s.period_end - s.period_start >= 2 as has_midterm,
        cast(make_date(s.period_start, 1, 1)
            + to_days(cast((s.period_end - s.period_start + 1) * 365 / 2 as integer)) as date) as midterm_due_day,
        make_date(s.period_end, 12, 31) as final_due_day
    from starts s
    left join reviews r using (program_id)
    left join starts n on n.program_id = s.renewed_by
)

select * from final;

-- Each program's review status on a day (README, "Programs and their status"). A program counts from its signing
-- (else the first day of its period, else its first event) and only events up to that day count:
--   renewed       a newer program re-signs it (its own start is on or before the day)
--   final_held    a final review (tổng kết) was held
--   unknown_end   no end of the period is known
--   overdue       the period ended more than six months ago with no final review
--   final_due     in the last six months of the period, or the six months after it
--   midterm_held  a mid-term review (sơ kết) was held
--   midterm_due   past the middle of a period of three years or more with no mid-term review
--   in_force      otherwise
-- next_review_due: the middle of the period while a mid-term review is to come, else the period's last day
-- (null once the final review is held, renewed, or the end is unknown); last_review: the latest review's day.
-- as_of: a date (null: today).
create or replace macro program_status(as_of) as table
with day as (
    select coalesce(as_of::date, current_date) as d
),

known as (
    select
        t.program_id, t.period_end, t.has_midterm, t.midterm_due_day, t.final_due_day, day.d,
        t.renewed_on <= day.d as renewed,
        t.midterm_day <= day.d as midterm_held,
        t.final_day <= day.d as final_held,
        list_filter(t.review_days, lambda x: x <= day.d) as held
    from program_timeline t
    cross join day
    where t.start_day <= day.d
),

final as (
    select
        program_id,
        case
            when renewed then 'renewed'
            when final_held then 'final_held'
            when period_end is null then 'unknown_end'
            when d > cast(final_due_day + interval 6 month as date) then 'overdue'
            when d >= make_date(period_end, 7, 1) then 'final_due'
            when midterm_held then 'midterm_held'
            when has_midterm and d >= midterm_due_day then 'midterm_due'
            else 'in_force'
        end as status,
        case
            when renewed or final_held or period_end is null then null
            when has_midterm and not coalesce(midterm_held, false) and d < make_date(period_end, 7, 1)
                then midterm_due_day
            else final_due_day
        end::date as next_review_due,
        case when len(held) > 0 then held[len(held)] end as last_review
    from known
)

select * from final;
