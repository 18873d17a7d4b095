-- Each event's places named in every geography, by joining their units to unit_geographies: the 63-unit name is the
-- old province itself, or the only one the unit was formed from, or null when it was formed from several and the
-- text did not say which (`legacy_parts` then lists them); never the namesake.
-- grain: one row per event and place
with places as (
    select p.*, d.first_doc_id
    from event_places p
    join event_documents d on d.event_id = p.event_id and d.is_best
),

final as (
    select
        p.event_id,
        p.first_doc_id,
        p.position,
        p.role,
        p.province,
        legacy.name as province_legacy,
        current.name as province_current,
        named.region as region,
        current.region as region_current,
        case when gl.target_id is null then coalesce(gl.parts, []) else [] end as legacy_parts
    from places p
    left join unit_geographies gl on gl.unit_id = p.unit_id and gl.geography = 'legacy'
    left join units legacy on legacy.unit_id = gl.target_id
    left join unit_geographies gc on gc.unit_id = p.unit_id and gc.geography = 'current'
    left join units current on current.unit_id = gc.target_id
    left join units named on named.unit_id = p.named_unit_id
)

select * from final
