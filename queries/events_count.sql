-- How many events the filters match: the downloads say it on their buttons, the table beside its newest rows.
-- grain: one row
-- params: the shared filter set
-- columns: events
with chosen as (
    select event_id
    from filtered_events($date_from, $date_to, $event_type, $region, $province, $cluster_id, $topic, $level, $geography, $search)
),

final as (
    select count(*) as events from chosen
)

select * from final
