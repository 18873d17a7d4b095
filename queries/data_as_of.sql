-- How current the warehouse is: when the last update began looking at the outlets, else when the last load
-- finished (a warehouse loaded only from files).
-- grain: one row
-- params: none
-- columns: data_as_of, source
with last_update as (
    select max(data_as_of) as data_as_of from updates
),

last_load as (
    select max(finished_at) as data_as_of from etl_runs
),

final as (
    select
        coalesce(u.data_as_of, l.data_as_of) as data_as_of,
        case when u.data_as_of is not null then 'update' when l.data_as_of is not null then 'etl' end as source
    from last_update u, last_load l
)

select * from final
