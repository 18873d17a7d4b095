-- Events of each type per socio-economic region (of the chosen geography).
-- grain: one row per region and event type
-- params: the shared filter set
-- columns: region, event_type, events
with chosen as (
    select * from filtered_events($date_from, $date_to, $event_type, $region, $province, $cluster_id, $topic, $level, $geography, $search)
),

final as (
    select coalesce(place_region, '—') as region, event_type, count(*) as events
    from chosen group by all
)

select * from final order by region, event_type
