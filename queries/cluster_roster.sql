-- The cluster's roster over time (data/reference/cluster_members.csv): each member, its first day and its last
-- (the day before its valid_to, the first day it no longer held; null: still a member). The rosters redrawn in
-- 2025 show as two groups.
-- grain: one row per roster row (a member listed before and after 2025 has two)
-- params: $cluster_id
-- columns: member, province, from_day, to_day, match, match_value, source_url
-- match, match_value: how its events are found (cluster_member_activity.sql says how)
with rows as (
    select * from cluster_members where cluster_id = $cluster_id
),

final as (
    select member, province, valid_from as from_day, cast(valid_to - interval 1 day as date) as to_day,
        case when member <> coalesce(province, '') then 'body' when province_legacy is not null then '63' else '34' end
            as match,
        case when member <> coalesce(province, '') then member else coalesce(province_legacy, province_current) end
            as match_value,
        source_url
    from rows
)

select * from final order by from_day nulls first, member
