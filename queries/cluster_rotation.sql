-- Who chaired the cluster and where it met, each year: its head and deputy (data/reference/cluster_roles.csv)
-- and the host provinces of its own events that year (most events first), with how many events and pledge
-- meetings ("ký giao ước thi đua") it held.
-- grain: one row per year with a role or a dated event, within the period
-- params: the shared filter set ($cluster_id names the cluster)
-- columns: year, head, deputy_head, hosts, events, pledges
with own as (
    select event_id, year(event_day) as year, coalesce(place, '—') as place, event_id in (select event_id from pledge_events) as pledge
    from filtered_events
    where event_day is not null
),

roles as (
    select year,
        string_agg(distinct member, ', ') filter (where role = 'head') as head,
        string_agg(distinct member, ', ') filter (where role = 'deputy_head') as deputy_head
    from cluster_roles
    where cluster_id = $cluster_id
        and ($date_from is null or year >= year($date_from::date))
        and ($date_to is null or year <= year($date_to::date))
    group by year
),

hosts as (
    select year, string_agg(place || ' (' || n || ')', ', ' order by n desc, place) as hosts
    from (select year, place, count(*) as n from own group by all)
    group by year
),

counts as (
    select year, count(*) as events, count(*) filter (where pledge) as pledges from own group by year
),

final as (
    select coalesce(r.year, c.year) as year, r.head, r.deputy_head, h.hosts,
        coalesce(c.events, 0) as events, coalesce(c.pledges, 0) as pledges
    from roles r
    full join counts c using (year)
    left join hosts h on h.year = coalesce(r.year, c.year)
)

select * from final order by year
