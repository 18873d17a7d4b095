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
