-- How many events the filters match: the downloads say it on their buttons, the table beside its newest rows.
-- grain: one row
-- params: the shared filter set
-- columns: events
with chosen as (
    select event_id
    from filtered_events
),

final as (
    select count(*) as events from chosen
)

select * from final
