-- Events of each type per socio-economic region (of the chosen geography).
-- grain: one row per region and event type
-- params: the shared filter set
-- columns: region, event_type, events
with chosen as (
    select * from filtered_events
),

final as (
    select coalesce(place_region, '—') as region, event_type, count(*) as events
    from chosen group by all
)

select * from final order by region, event_type
