-- Failures of the last `phoihop update`, by news site (host), the most failing first.
-- grain: one row per host that failed
-- params: $limit
-- columns: host, failures, reasons
with latest as (
    select max(update_id) as update_id from updates
),

final as (
    select f.host, f.failures, f.reasons
    from update_failures f join latest using (update_id)
    order by f.failures desc, f.host
    limit $limit
)

select * from final
