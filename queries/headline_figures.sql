-- Headline figures for the filtered period: what a leader reads first.
-- grain: one row per event type (every type, in the order of event_types); the other figures repeat on each row
-- params: the shared filter set (its base relation widened to every start and type: they are applied below)
-- columns: event_type, type_events, events, programs_in_force, in_force_year, provinces, bodies
-- type_events: the chosen events of the row's type; events: of every type.
-- programs_in_force: agreements (the types that make programs, event_types.makes_programs) signed by the end of
-- the period (or, with no end, the data's last day) whose program period covers that end's year; an agreement
-- without a stated period is in force in the year it was signed. Any type filter is ignored for it (a program is
-- an agreement). programs_in_force.sql counts the same programs year by year, so its last year equals this figure.
-- provinces: provinces hosting or taking part in the chosen events (each unit once in the geography).
-- The scope is everything up to the end of the period; the period and type are applied on it. The scope is named
-- once (`widened`, inlined where it is read: DuckDB binds a relation named once, where each reference to
-- filtered_events is bound and planned anew, which had cost as much as running the query). Two plans, chosen by
-- $search and $province (a guard on a parameter skips a branch whole): without either the scope is read once and
-- grouped to a handful of rows, and the places and parties come from scans of their own, cheaper than keeping a
-- million lists for other readers; with a search or a province, the string comparison or the test of a million
-- events' place bits runs once and its matches (a province's: a few percent of the events) are kept for all.
with widened as not materialized (
    select event_type, event_day, period_start, period_end, place_bits, org_keys
    from filtered_events(date_from := null, event_type := null)
),

plain as (
    select event_type, event_day, period_start, period_end
    from widened
    where $search is null and $province is null
),

searched as materialized (  -- a search's or a province's events, kept
    select event_type, event_day, period_start, period_end, place_bits, org_keys
    from widened
    where $search is not null or $province is not null
),

chosen as not materialized (  -- the chosen events: the period's start and the type applied on the scope
    select place_bits, org_keys
    from widened
    where $search is null and $province is null
        and ($date_from is null or event_day >= $date_from) and ($event_type is null or event_type = $event_type)
    union all
    select place_bits, org_keys from searched
    where coalesce(($date_from is null or event_day >= $date_from) and ($event_type is null or event_type = $event_type), false)
),

end_day as (
    select coalesce($date_to::date, (select max(event_day) from events)) as day
),

end_year as (  -- the end's year, and the first days of that year and of the next (a date compared, not its year taken)
    select year(day) as year, make_date(year(day), 1, 1) as first_day, make_date(year(day) + 1, 1, 1) as next_first_day
    from end_day
),

scope as (  -- grouped by type first (a few rows), then joined to the types: no join on a million rows
    select s.event_type,
        count(*) filter (where ($date_from is null or event_day >= $date_from) and ($event_type is null or event_type = $event_type))
            as n,
        count(*) filter (where event_day <= e.day
            and case when period_start is null then event_day < y.next_first_day else period_start <= y.year end
            and case
                when period_end is not null then period_end >= y.year
                when period_start is not null then period_start >= y.year
                else event_day >= y.first_day
            end) as covering
    from (select * from plain union all select * exclude (place_bits, org_keys) from searched) s
    cross join end_day e
    cross join end_year y
    group by s.event_type
),

by_type as (  -- one row per type: in force, the programs of the types that make them (makes_programs)
    select k.position, sum(s.n) as n, coalesce(sum(s.covering) filter (where k.makes_programs), 0) as in_force
    from scope s
    left join event_types k using (event_type)
    group by k.position
),

figures as (
    select coalesce(sum(n), 0)::bigint as events, coalesce(sum(in_force), 0)::bigint as programs_in_force
    from by_type
),

provinces as (  -- the units touched as one set of bits (place_bits)
    select bit_count(coalesce(bit_or(place_bits), 0))::bigint as provinces
    from chosen
),

bodies as (
    select count(distinct org_key) as bodies
    from (select unnest(org_keys) as org_key from chosen)
),

final as (
    select k.event_type, coalesce(t.n, 0)::bigint as type_events, f.events, f.programs_in_force,
        year(e.day) as in_force_year, p.provinces, b.bodies, k.position
    from event_types k left join by_type t using (position)
    cross join figures f cross join provinces p cross join bodies b cross join end_day e
)

select * exclude (position) from final order by position
