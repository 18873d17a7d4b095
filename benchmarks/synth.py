"""A warehouse of N events synthesised directly in DuckDB, with the real schema, reference tables and macro.

For query and page benchmarks at sizes no article corpus reaches quickly (1,000,000 events).
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from etl import models, warehouse


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
            lower(strip_accents('ky ket chuong trinh phoi hop so ' || i || ' ' || legacy || ' hoi nong dan')), null,
            null, null, null, null, null, null, null, null, null, null, null, null, null
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
        insert into extractions (doc_id, is_event, record, confidence, party_details, flags, min_confidence)
        select doc_id, true, '{}', '{"event_type": 0.9, "province": 0.8}', '[]', flags, 0.5 + random() / 2
        from documents
        """
    )
    con.execute("insert into event_sources select e.event_id, 'd' || substr(e.event_id, 2), null, null from events e")
    # The denormalised arrays, as etl/events.py fills them; rebuilt in one pass (updates of lists are slow).
    # The events naming cluster 3, and about one in forty inferred into a cluster of its province (a network's
    # bodies all in one cluster): event_clusters as the ETL writes it.
    con.execute(
        """
        insert into event_clusters
        select event_id, cluster_id, 'named', cluster from events where cluster_id is not null
        union all
        select distinct ep.event_id, cm.cluster_id, 'inferred', null
        from event_provinces ep
        join cluster_members cm on cm.province_legacy = ep.province_legacy
        join events e on e.event_id = ep.event_id
        where e.cluster_id is null and hash(ep.event_id || cm.cluster_id) % 40 = 0
        """
    )
    con.execute(
        """
        create or replace temp table arrays as
        with t as (select event_id, list(topic order by rank) as topics from event_topics group by 1),
        bits as (  -- as models/40_events.sql numbers the units
            select geography, province,
                (1::bigint << (row_number() over (partition by geography order by province) - 1)::integer) as bit
            from provinces
        ),
        p as (
            select ep.event_id, list(ep.province order by ep.role) as pt, list(ep.province_legacy order by ep.role) as pl,
                list(distinct ep.province_current) as pc, bit_or(bl.bit) as bl, bit_or(bc.bit) as bc
            from event_provinces ep
            left join bits bl on bl.geography = 'legacy' and bl.province = ep.province_legacy
            left join bits bc on bc.geography = 'current' and bc.province = ep.province_current
            group by 1
        ),
        o as (
            select event_id, list(org_id order by position) as orgs,
                list((hash(org_id) >> 4)::bigint order by position) as keys
            from event_parties group by 1
        ),
        c as (
            select event_id, list(distinct cluster_id) as ids from event_clusters group by 1
        )
        select event_id, t.topics, p.pt, p.pl, p.pc, coalesce(p.bl, 0) as bl, coalesce(p.bc, 0) as bc, o.orgs, o.keys,
            coalesce(c.ids, []) as ids
        from t join p using (event_id) join o using (event_id) left join c using (event_id)
        """
    )
    con.execute(
        """
        create or replace temp table events_full as
        select e.* exclude (topics, places_time, places_legacy, places_current, place_bits_legacy, place_bits_current,
                            org_ids, org_keys, parties_text, sources_text, cluster_ids, source_sites),
            a.topics, a.pt as places_time, a.pl as places_legacy, a.pc as places_current, a.bl as place_bits_legacy,
            a.bc as place_bits_current, a.orgs as org_ids,
            a.keys as org_keys, 'Cơ quan A; Cơ quan B' as parties_text, 'https://example.vn/' || e.event_id as sources_text,
            a.ids as cluster_ids,
            ['baotinh' || (hash(e.event_id) % 63)::varchar || '.vn'] as source_sites
        from events e join arrays a using (event_id)
        """
    )
    con.execute("delete from events")
    con.execute(  # in date order, each row's place its event_key, as models/40_events.sql stores them
        """
        insert into events by name
        select * exclude (event_key, search_bits), search_bits(search_text) as search_bits,
            row_number() over (order by event_day nulls first, event_id)::integer as event_key
        from events_full order by event_key
        """
    )
    models.build(con, [m for m in models.load_models() if m.name == "pledge_events"])  # as the ETL builds it
    _programs(con)
    warehouse.run_script(con, "quality.sql")
    con.execute("insert into etl_runs values (1, now(), now(), ?, ?, ?, 0, 0)", [n_events, n_events, n_events])
    warehouse.run_script(con, "macros.sql")
    con.execute("checkpoint")
    con.close()
    return db


def _programs(con: duckdb.DuckDBPyConnection) -> None:
    """Programs as the ETL would resolve them: every agreement with a period signs one; about a third of the
    meetings review or carry out one signed before them in their province; one program in ten is renewed."""
    con.execute(
        """
        insert into programs
        select 'prg-' || event_id, null, title, ['Cơ quan A', 'Cơ quan B'], period_start, period_end, level,
            event_day, event_day, 'signing', null, null, 0.8, province_legacy
        from events
        where event_type in (select event_type from event_types where makes_programs) and period_start is not null
        """
    )
    con.execute(
        """
        insert into program_events
        select program_id, substr(program_id, 5), 'sign', 1.0 from programs
        """
    )
    con.execute(
        """
        insert into program_events
        with numbered as (
            select program_id, province, signed_date,
                row_number() over (partition by province order by signed_date, program_id) as nth,
                count(*) over (partition by province) as n
            from programs
        ),
        meetings as (
            select event_id, province_legacy as province, event_day, hash(event_id) as h
            from events
            where event_type not in (select event_type from event_types where makes_programs) and h % 3 = 0
        )
        select p.program_id, m.event_id,
            ['review_yearly', 'review_midterm', 'review_final', 'implement'][(1 + (m.h // 3) % 4)::bigint], 0.8
        from meetings m
        join numbered p on p.province = m.province and p.nth = (1 + (m.h // 7) % p.n)::bigint
        where p.signed_date <= m.event_day
        """
    )
    con.execute(
        """
        update programs set renewed_by = n.program_id
        from (
            select program_id, lead(program_id) over (partition by province order by signed_date) as program_id_next
            from programs
        ) x join programs n on n.program_id = x.program_id_next
        where programs.program_id = x.program_id and hash(x.program_id) % 10 = 0
        """
    )
    con.execute("update programs set renews = o.program_id from programs o where o.renewed_by = programs.program_id")
