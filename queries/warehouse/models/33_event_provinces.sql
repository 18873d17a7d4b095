-- Each event's provinces with their role, in both geographies: the host first, then those taking part.
-- grain: one row per event and place
-- checks:
--   event_id: not_null, relationships(events.event_id)
--   role: not_null
--   province_legacy: relationships(provinces.province where geography = 'legacy')
with places as (
    select * from event_place_names
),

final as (
    select event_id, province, province_legacy, province_current, region, region_current, role, first_doc_id, position
    from places
)

select * exclude (first_doc_id, position) from final order by first_doc_id, position
