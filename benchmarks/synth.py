"""A warehouse of N events synthesised directly in DuckDB, with the real schema, reference tables and macro.

For query and page benchmarks at sizes no article corpus reaches quickly (1,000,000 events).
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from etl import warehouse


def build(db: Path, n_events: int, seed: float = 0.42) -> Path:
    db.unlink(missing_ok=True)
    con = duckdb.connect(str(db))
    con.execute("set enable_progress_bar = false")
    warehouse.run_script(con, "schema.sql")
    warehouse.load_reference(con)
    con.execute("select setseed(?)", [seed])
    con.execute(
        """
        create or replace temp table legacy as
        select row_number() over (order by province) - 1 as idx, province, region, current_province
        from provinces where geography = 'legacy'
        """
    )
    con.execute(
        """
        insert into events
        with base as (
            select i, (random() * 63)::int % 63 as p, random() as r1, random() as r2, random() as r3,
                date '2015-01-01' + (random() * 4300)::int as day
            from range(?) t(i)
        ),
        located as (
            select b.*, l.province as legacy, l.region as legacy_region, l.current_province as cur
            from base b join legacy l on l.idx = b.p
        )
        select
            'e' || lpad(i::varchar, 8, '0'), case when r1 < 0.7 then 'agreement' else 'meeting' end,
            strftime(day, '%Y-%m-%d'), day, 'day',
            case when day >= date '2025-07-01' then cur else legacy end, legacy, cur,
            legacy_region, (select region from provinces p where p.geography = 'current' and p.province = cur),
            case when r2 < 0.05 then 'central' when r2 < 0.15 then 'inter-provincial' when r2 < 0.3 then 'district'
                 when r2 < 0.35 then 'commune' else 'province' end,
            case when r1 < 0.6 then year(day) end, case when r1 < 0.6 then year(day) + (r3 * 5)::int end,
            case when r3 < 0.03 then 'cụm 3' end, case when r3 < 0.03 then 'khuyenhoc_dbsh_cum3' end,
            'Ký kết chương trình phối hợp số ' || i || ' tại ' || legacy, 1 + (r3 * 2.5)::int, 0.5 + r2 / 2,
            []::varchar[],
            lower(strip_accents('ky ket chuong trinh phoi hop so ' || i || ' ' || legacy || ' hoi nong dan')),
            null, null, null, null, null, null, null, null, null, null
        from located
        """,
        [n_events],
    )
    con.execute(
        """
        insert into event_topics
        select event_id, (['khuyen_hoc','tuyen_truyen','thi_dua_khen_thuong','dan_van','khoa_giao','phap_luat',
                           'quoc_phong_an_ninh','kinh_te','xa_hoi','van_hoa'])[1 + (hash(event_id) % 10)::int], 0
        from events
        union all
        select event_id, 'tuyen_truyen', 1 from events where hash(event_id) % 3 = 0
        """
    )
    con.execute(
        """
        insert into event_provinces
        select e.event_id, e.province, e.province_legacy, e.province_current, e.region, e.region_current, 'host'
        from events e
        union all
        select e.event_id, l.province, l.province, l.current_province, l.region,
            (select region from provinces p where p.geography = 'current' and p.province = l.current_province),
            'involved'
        from events e join legacy l on l.idx = (hash(e.event_id) % 63)::int
        where e.level = 'inter-provincial' and l.province <> e.province_legacy
        """
    )
    con.execute(
        """
        insert into organisations
        select 'o' || i, 'Cơ quan ' || i, 'state', 'province', null from range(20000) t(i)
        """
    )
    con.execute(
        """
        insert into event_parties
        select event_id, 'o' || (hash(event_id) % 20000)::varchar, 0 from events
        union all
        select event_id, 'o' || (hash(event_id || 'b') % 20000)::varchar, 1 from events
        """
    )
    con.execute(
        """
        insert into documents (doc_id, source_id, kind, url, title, published_date, text, flags, first_run_id)
        select 'd' || substr(event_id, 2), 'src-' || event_id, 'article', 'https://example.vn/' || event_id, title,
            event_day, title || '. Nội dung bài viết mô phỏng.', []::varchar[], 1
        from events
        """
    )
    con.execute(
        """
        insert into extractions
        select doc_id, true, '{}', '{"event_type": 0.9, "province": 0.8}', '[]', flags, 0.5 + random() / 2, '[]'
        from documents
        """
    )
    con.execute("insert into event_sources select e.event_id, 'd' || substr(e.event_id, 2), null, null from events e")
    # The denormalised arrays, as etl/events.py fills them; rebuilt in one pass (updates of lists are slow).
    con.execute(
        """
        create or replace temp table arrays as
        with t as (select event_id, list(topic order by rank) as topics from event_topics group by 1),
        p as (
            select event_id, list(province order by role) as pt, list(province_legacy order by role) as pl,
                list(distinct province_current) as pc
            from event_provinces group by 1
        ),
        o as (
            select event_id, list(org_id order by position) as orgs,
                list((hash(org_id) >> 4)::bigint order by position) as keys
            from event_parties group by 1
        ),
        c as (
            select event_id, list(distinct cm.cluster_id) as ids
            from event_provinces ep join cluster_members cm on cm.province = ep.province_legacy group by 1
        )
        select event_id, t.topics, p.pt, p.pl, p.pc, o.orgs, o.keys, coalesce(c.ids, []) as ids
        from t join p using (event_id) join o using (event_id) left join c using (event_id)
        """
    )
    con.execute(
        """
        create or replace temp table events_full as
        select e.* exclude (topics, places_time, places_legacy, places_current, org_ids, org_keys, parties_text,
                            sources_text, cluster_ids, source_sites),
            a.topics, a.pt as places_time, a.pl as places_legacy, a.pc as places_current, a.orgs as org_ids,
            a.keys as org_keys, 'Cơ quan A; Cơ quan B' as parties_text, 'https://example.vn/' || e.event_id as sources_text,
            a.ids as cluster_ids,
            ['baotinh' || (hash(e.event_id) % 63)::varchar || '.vn'] as source_sites
        from events e join arrays a using (event_id)
        """
    )
    con.execute("delete from events")
    con.execute("insert into events select * from events_full order by event_day, event_id")
    warehouse.run_script(con, "quality.sql")
    add_programs(con)
    con.execute("insert into etl_runs values (1, now(), now(), ?, ?, ?, 0, 0)", [n_events, n_events, n_events])
    warehouse.run_script(con, "macros.sql")
    con.execute("checkpoint")
    con.close()
    return db


def add_programs(con: duckdb.DuckDBPyConnection) -> None:
    """Programs as the linking makes them (issue 15): one for a third of the agreements with a period, signed by
    it; every meeting reviews or carries out one of them (mid-term, final, yearly, implementation), and one
    program in fifty is re-signed by another. About 14% of the events start a program: the Programs page's
    queries and the overview's figure are timed on far more programs than a real warehouse holds."""
    con.execute(
        """
        insert into programs by name
        select 'p' || event_id as program_id, case when hash(event_id) % 2 = 0 then (hash(event_id) % 97)::varchar
            || '/CTr-' || province_legacy end as number, title, ['Cơ quan A', 'Cơ quan B'] as parties, period_start,
            period_end, level, event_day as signed_date, event_day as first_seen, 'signing' as known_from,
            1.0 as confidence, province_legacy as province
        from events
        where event_type = 'agreement' and period_start is not null and hash(event_id) % 3 = 0
        """
    )
    con.execute(
        """
        insert into program_events
        select program_id, substr(program_id, 2), 'sign', 1.0 from programs
        union all
        select p.program_id, m.event_id,
            (['review_yearly', 'review_midterm', 'review_final', 'implement'])[1 + (hash(m.event_id) % 4)::int], 0.9
        from (select event_id, hash(event_id) % (select count(*) from programs) as k from events
              where event_type = 'meeting') m
        join (select program_id, row_number() over (order by program_id) - 1 as k from programs) p using (k)
        """
    )
    con.execute(
        """
        update programs set renewed_by = r.newer
        from (select program_id, lead(program_id) over (order by program_id) as newer from programs) r
        where programs.program_id = r.program_id and hash(programs.program_id) % 50 = 0
        """
    )
    con.execute("update programs set renews = o.program_id from programs o where o.renewed_by = programs.program_id")
