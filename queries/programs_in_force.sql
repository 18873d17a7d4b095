-- Programs in force each year: agreements (the types that make programs, event_types.makes_programs) whose
-- program period covers the year.
-- grain: one row per year, from the period's first year (or the first program's) to its end's year
-- params: the shared filter set
-- columns: year, programs
-- Signed by the end of the chosen period (or the data's last day): the same definition as
-- headline_figures.programs_in_force, whose value is this chart's last year. An agreement without a stated period
-- counts in the year it was signed; programs signed before the chosen period still count in its years. Any type
-- filter is ignored (a program is an agreement). Years run from the period's first (or the first program's) to
-- the end's year.
with end_day as (
    select coalesce($date_to::date, (select max(event_day) from events)) as day
),

chosen as (
    select c.* from filtered_events(date_from := null, event_type := null) c
    cross join end_day e
    where c.event_day is not null and c.event_day <= e.day
        and c.event_type in (select event_type from event_types where makes_programs)
),

spans as (  -- agreements share a few hundred (first year, last year) spans: count them before unrolling
    select coalesce(period_start, year(event_day)) as first_year,
        coalesce(period_end, period_start, year(event_day)) as last_year, count(*) as programs
    from chosen group by all
),

years as (  -- one row per span and year of it, within the chosen years
    select unnest(range(first_year, last_year + 1)) as year, programs from spans
),

final as (
    select y.year, sum(y.programs)::bigint as programs
    from years y cross join end_day e
    where y.year <= year(e.day) and ($date_from is null or y.year >= year($date_from::date))
    group by y.year
)

select * from final order by year
