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

links as (
    select pe.program_id, pe.role, e.event_day
    from program_events pe
    join events e using (event_id)
    cross join day
    where e.event_day is not null and e.event_day <= day.d
),

held as (
    select
        program_id,
        max(event_day) filter (where role = 'review_midterm') as midterm_day,
        max(event_day) filter (where role = 'review_final') as final_day,
        max(event_day) filter (where role in ('review_midterm', 'review_final', 'review_yearly')) as last_review
    from links
    group by program_id
),

started as (
    select
        p.program_id, p.period_start, p.period_end, p.renewed_by,
        coalesce(p.signed_date, make_date(p.period_start, 1, 1), p.first_seen) as start_day
    from programs p
),

known as (
    select s.* from started s cross join day where s.start_day <= day.d
),

dated as (
    select
        k.*,
        h.midterm_day, h.final_day, h.last_review,
        r.program_id is not null as renewed,
        k.period_end is not null and k.period_start is not null and k.period_end - k.period_start >= 2 as has_midterm,
        cast(make_date(k.period_start, 1, 1)
            + to_days(cast((k.period_end - k.period_start + 1) * 365 / 2 as integer)) as date) as midterm_due_day,
        make_date(k.period_end, 12, 31) as final_due_day
    from known k
    left join held h using (program_id)
    left join known r on r.program_id = k.renewed_by
),

final as (
    select
        program_id,
        case
            when renewed then 'renewed'
            when final_day is not null then 'final_held'
            when period_end is null then 'unknown_end'
            when day.d > cast(final_due_day + interval 6 month as date) then 'overdue'
            when day.d >= make_date(period_end, 7, 1) then 'final_due'
            when midterm_day is not null then 'midterm_held'
            when has_midterm and day.d >= midterm_due_day then 'midterm_due'
            else 'in_force'
        end as status,
        case
            when renewed or final_day is not null or period_end is null then null
            when has_midterm and midterm_day is null and day.d < make_date(period_end, 7, 1) then midterm_due_day
            else final_due_day
        end::date as next_review_due,
        last_review
    from dated
    cross join day
)

select * from final;
