-- The members of each cluster over time (data/reference/cluster_members.csv), each member's province in both
-- geographies: a roster from the day the 34 units began (after the 63's last day, geographies.csv) names today's
-- units, an older one the 63.
-- grain: one row per cluster, member and period
-- checks:
--   cluster_id: not_null, relationships(clusters.cluster_id)
--   member: not_null
--   province_current: relationships(provinces.province where geography = 'current')
with members as (
    select * from ref_cluster_members
),

legacy_end as (
    select cast(as_of as date) as last_day from ref_geographies where geography = 'legacy'
),

dated as (
    select
        m.*,
        cast(
            case len(m.valid_from) when 4 then m.valid_from || '-01-01' when 7 then m.valid_from || '-01'
            else nullif(m.valid_from, '') end as date
        ) as day_from,
        cast(
            case len(m.valid_to) when 4 then m.valid_to || '-01-01' when 7 then m.valid_to || '-01'
            else nullif(m.valid_to, '') end as date
        ) as day_to
    from members m
),

on_map as (
    select d.*, coalesce(d.day_from > e.last_day, false) as today_map
    from dated d cross join legacy_end e
),

legacy as (
    select province, current_province from provinces where geography = 'legacy'
),

parts as (  -- today's units and the old provinces each was formed from
    select current_province as province, list(province order by province) as parts from legacy group by 1
),

final as (
    select
        m.cluster_id,
        m.member,
        nullif(m.province, '') as province,
        case when m.today_map then (case when len(p.parts) = 1 then p.parts[1] end) else l.province end
            as province_legacy,
        case when m.today_map then p.province else l.current_province end as province_current,
        case when m.today_map and len(p.parts) > 1 then p.parts else [] end as legacy_parts,
        m.day_from as valid_from,
        m.day_to as valid_to,
        nullif(m.source_url, '') as source_url,
        m.seed_row
    from on_map m
    left join legacy l on not m.today_map and l.province = m.province
    left join parts p on m.today_map and p.province = m.province
)

select * exclude (seed_row) from final order by seed_row
