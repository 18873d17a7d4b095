-- Activity per province, hosting or taking part, in the chosen geography: the map and the ranking.
-- grain: one row per province and event type
-- params: the shared filter set
-- columns: province, map_province, region, event_type, events
-- An event counts once for every province it involves, so the bars add up to more than the events; the province
-- filter keeps the same events (hosted or taken part in), so a bar and the list behind it agree.
with chosen as (
    select * from filtered_events
),

involved as (  -- every province an event involves, once (its host among them)
    select unnest(places) as province, event_type from chosen
),

counted as (
    select province, event_type, count(*) as events
    from involved where province is not null
    group by all
),

final as (
    select c.province, c.province as map_province,
        (select any_value(p.region) from provinces p where p.province = c.province) as region,
        c.event_type, c.events
    from counted c
)

select * from final order by province, event_type
