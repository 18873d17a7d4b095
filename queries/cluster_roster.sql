-- The cluster's roster over time (data/reference/cluster_members.csv): each member, from when and until when
-- (a year alone counts from its first day, or to its last); the rosters redrawn in 2025 show as two groups.
-- grain: one row per roster row (a member listed before and after 2025 has two)
-- params: $cluster_id
-- columns: member, province, valid_from, valid_to, from_day, to_day, source_url
with rows as (
    select * from cluster_members where cluster_id = $cluster_id
),

final as (
    select member, province, valid_from, nullif(valid_to, '') as valid_to,
        case when len(valid_from) = 4 then make_date(valid_from::int, 1, 1) else try_cast(valid_from as date) end
            as from_day,
        case when len(valid_to) = 4 then make_date(valid_to::int, 12, 31) else try_cast(nullif(valid_to, '') as date) end
            as to_day,
        source_url
    from rows
)

select * from final order by from_day nulls first, member
