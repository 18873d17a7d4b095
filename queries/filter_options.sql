-- Values offered by the sidebar filters: provinces and regions of both geographies, topics, clusters.
-- parent: a province's region, a cluster's network.
-- grain: one row per (kind, value)
-- params: $lang
-- columns: kind, geography, value, label, parent
select 'province' as kind, geography, province as value, province as label, region as parent from provinces
union all
select distinct 'region', geography, region, region, null from provinces
union all
select 'topic', null, topic, case when $lang = 'en' then name_en else name_vi end, null from topics
union all
select 'cluster', null, cluster_id, network || ' — ' || cluster, network from clusters
