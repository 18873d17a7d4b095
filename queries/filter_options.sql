-- Values offered by the sidebar filters: provinces and regions of both geographies, topics, clusters.
-- parent: a province's region, a cluster's network.
-- Labels in the interface's language where there is one (regions, topics); provinces stay Vietnamese.
-- grain: one row per (kind, value)
-- params: $lang
-- columns: kind, geography, value, label, parent
select 'province' as kind, geography, province as value, province as label, region as parent from provinces
union all
select distinct 'region', p.geography, p.region, coalesce(case when $lang = 'en' then r.name_en end, p.region), null
from provinces p left join regions r on r.name_vi = p.region
union all
select 'topic', null, topic, case when $lang = 'en' then name_en else name_vi end, null from topics
union all
select 'cluster', null, cluster_id, network || ' — ' || cluster, network from clusters
