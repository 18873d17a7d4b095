-- The cluster's own events on a timeline as the chart draws them: a point a day on a row, the pledge meetings
-- ("ký giao ước thi đua") on their own row, the other events on their type's.
-- grain: one row per day, row (pledge, else event type) and how the event belongs (named, inferred, or neither)
-- params: the shared filter set ($cluster_id names the cluster)
-- columns: event_day, event_type, pledge, how, events, title, place
-- A point is filled when the article names the cluster and hollow when it is inferred from the members. A row
-- counts its events and names the first of them (by event_id: event_key orders a day's events so); picking its
-- point lists them all. event_type is null on the pledge row. At 1M events a cluster has tens of thousands of
-- events: a row an event was as many rows to read out and points to draw, most hidden under another of its day.
with own as (
    select event_id, event_key, event_day, event_type, place, title, cluster_id, cluster_ids,
        event_id in (select event_id from pledge_events) as pledge
    from filtered_events
    where event_day is not null
),

belonging as (  -- event_clusters' how, read from the event: its cluster_id is the one cluster it names, if any
    select o.*,
        case when list_contains(o.cluster_ids, $cluster_id) then
            case when o.cluster_id = $cluster_id then 'named' else 'inferred' end
        end as how
    from own o
),

final as (
    select
        event_day,
        case when pledge then null else event_type end as event_type,
        pledge,
        how,
        count(*) as events,
        arg_min(title, event_key) as title,
        arg_min(place, event_key) as place
    from belonging
    group by event_day, pledge, case when pledge then null else event_type end, how
)

select * from final order by event_day, pledge desc, event_type, how
