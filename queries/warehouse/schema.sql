-- Warehouse schema. Applied at the start of every ETL run; every statement is idempotent.
-- Loaded tables: documents, sightings, extractions, rejects, etl_runs, updates, update_failures.
-- Rebuilt from extractions after every load by the SQL models in models/ (etl/models.py), over the staging
-- tables of staging.sql: events, event_sources, organisations, event_parties, event_topics, event_places,
-- event_provinces, event_fields; their column checks are declared in each model's header. Reference tables (event_types among them):
-- reference_tables.sql.

create table if not exists documents (
    doc_id varchar primary key,      -- hash of the normalised title and text
    source_id varchar not null,
    path varchar,
    line integer,
    kind varchar not null,           -- article | register
    url varchar,
    title varchar,
    published_date date,
    text varchar,
    flags varchar[],
    first_run_id integer
);

create table if not exists sightings (   -- every place a document was read from (two sites, one text)
    doc_id varchar not null,
    source_id varchar not null,
    url varchar,
    path varchar,
    line integer,
    run_id integer
);

create table if not exists extractions (
    doc_id varchar primary key,
    is_event boolean not null,
    record json not null,            -- the event record as extracted
    confidence json,
    party_details json,
    flags varchar[],
    min_confidence double,           -- the lowest field confidence, for the data-quality page
    programs json                    -- the programs the text names (etl/programs.py), a list of objects
);

-- Warehouses made before a column existed get it here (loads are incremental, so old files live on).
alter table extractions add column if not exists min_confidence double;
alter table extractions add column if not exists cluster_evidence json;  -- null: loaded before it was kept
alter table extractions add column if not exists programs json;  -- null: read before programs were extracted
update extractions set min_confidence = (
    select min(v::double) from (select unnest(map_values(json_transform(confidence, '"MAP(VARCHAR, DOUBLE)"'))) as v)
) where min_confidence is null and confidence is not null;

create table if not exists rejects (
    run_id integer not null,
    path varchar not null,
    line integer,
    reason varchar not null
);

create table if not exists etl_runs (
    run_id integer primary key,
    started_at timestamp not null,
    finished_at timestamp,
    inputs integer,
    documents integer,
    events integer,
    duplicates integer,
    rejected integer
);

create table if not exists updates (      -- one row per `phoihop update`: what the crawl brought
    update_id integer primary key,
    started_at timestamp not null,
    finished_at timestamp,
    data_as_of timestamp,            -- when the crawl began: what the outlets listed before then has been looked at
    etl_run_id integer,
    outlets integer,
    listings integer,
    listings_unchanged integer,
    fetched integer,                 -- pages downloaded
    new_articles integer,            -- of them, new coordination articles
    new_events integer,              -- events in the warehouse after the update less those before it
    failures integer,                -- failed requests and pages, all hosts
    stopped_hosts integer
);

create table if not exists update_failures (   -- by host, for each update
    update_id integer not null,
    host varchar not null,
    failures integer,
    reasons varchar
);

create or replace table events (
    event_id varchar primary key,
    event_type varchar not null,
    event_date varchar,              -- at the precision the text supports: YYYY, YYYY-MM or YYYY-MM-DD
    event_day date,                  -- first day of that precision, for filtering and grouping
    date_precision varchar,
    province varchar,                -- as named at the time
    province_legacy varchar,         -- in the 63-unit geography
    province_current varchar,        -- in today's 34-unit geography
    region varchar,
    region_current varchar,
    level varchar,
    period_start integer,
    period_end integer,
    cluster varchar,
    cluster_id varchar,
    title varchar,
    n_sources integer,
    confidence double,               -- the lowest field confidence of the representative document
    flags varchar[],
    -- title, places, parties and cluster, lowercased without diacritics; stored uncompressed because a search
    -- reads every row of it, and decoding DuckDB's dictionary/FSST encoding doubled a search's cost
    search_text varchar using compression uncompressed,
    search_bits uhugeint,            -- search_text's pairs of letters as bits (functions.sql search_bits): a search's sieve
    -- Denormalised copies of the event_* tables, so dashboard aggregates need no joins at 1M events:
    topics varchar[],                -- topic codes, most relevant first
    places_time varchar[],           -- host first, then provinces involved, as named at the time
    places_legacy varchar[],         -- the same in the 63-unit geography, one name a unit (a 2025 "Huế" is Thừa Thiên Huế)
    places_current varchar[],        -- the same in today's 34 units (merged ones once)
    -- places_legacy and places_current as sets of bits, one a unit of the geography (its place in provinces by name):
    -- how many provinces a set of events touches is one bit_or, not a distinct over a million unnested lists
    place_bits_legacy bigint,
    place_bits_current bigint,
    org_ids varchar[],               -- parties, in order
    org_keys bigint[],               -- the same as integers (first 60 bits of org_id), for fast distinct counts
    parties_text varchar,            -- parties as one string, for tables and exports
    sources_text varchar,            -- source URLs (or ids) as one string
    cluster_ids varchar[],           -- clusters it belongs to: named by the article, or inferred (event_clusters)
    source_sites varchar[],          -- each source's news site (host without www.), '' for a file without a URL
    event_key integer                -- the row's place in the stored order: an integer to join on (program_links)
);

-- The events that sign a cluster's emulation pledge (models/41_pledge_events.sql, data/reference/pledge_words.csv).
create or replace table pledge_events (event_id varchar);

-- The clusters each event belongs to, by evidence (models/24_event_clusters.sql).
create or replace table event_clusters (
    event_id varchar, cluster_id varchar,
    how varchar,                     -- named: the article names the cluster | inferred: its bodies all in one cluster
    written varchar                  -- the cluster as the article writes it (null when inferred)
);

create or replace table event_sources (event_id varchar, doc_id varchar, url varchar, source_id varchar);
create or replace table organisations (org_id varchar primary key, name varchar, org_type varchar, tier varchar, province varchar);
create or replace table event_parties (event_id varchar, org_id varchar, position integer);
create or replace table event_topics (event_id varchar, topic varchar, rank integer);
create or replace table event_places (  -- each event's places as unit codes: every geography is a join
    event_id varchar, position integer,
    role varchar,                    -- host | involved
    province varchar,                -- as the record names it (at the time of the event)
    unit_id varchar,                 -- the finest unit known (units.unit_id): the old province when the text says which
    named_unit_id varchar            -- the unit the name stands for on the event's date
);
create or replace table event_provinces (  -- event_places joined to both geographies (legacy null: not known)
    event_id varchar, province varchar, province_legacy varchar, province_current varchar,
    region varchar, region_current varchar, role varchar
);
create or replace table corrections (  -- data/corrections.csv as applied by the last run
    line integer, source_id varchar, field varchar, value varchar, note varchar, author varchar,
    created_at varchar, status varchar, reason varchar
);
create or replace table event_fields (event_id varchar, field varchar, confidence double);
create or replace table cluster_evidence (  -- what the articles say of clusters (etl/cluster_evidence.py)
    event_id varchar, doc_id varchar,
    written varchar,                 -- the cluster as the article writes it
    cluster_id varchar,              -- the registry cluster it names; null when the registry knows none
    kind varchar,                    -- name | roster | head | deputy_head
    member varchar,                  -- a listed member, or the head/deputy: a province, or a body as written
    year integer,                    -- the year it holds for
    network_id varchar               -- the cluster's network; for an unknown one, the network the article names
);
create or replace table document_quality (  -- filled by quality.sql after every load
    doc_id varchar, flags varchar[], min_confidence double, is_event boolean, source_id varchar, title varchar,
    path varchar
);

-- Coordination programs (issue 15). program_mentions is a model (models/50_program_mentions.sql) over the
-- staging table stg_program_mentions; programs and program_events are written by etl/program_links.py after
-- the event tables are built (the resolution of mentions into programs is fuzzy, so it is Python).
create or replace table program_mentions (  -- each program an event's documents name, as written
    event_id varchar,
    doc_id varchar,
    position integer,                -- the mention's place in its document
    number varchar,                  -- "09/CTr-BCA-TTTW" or "09": the symbol as far as the text gives it
    signed_date date,                -- "ngày 1/8/2013" of "số 09/CTr-BCA-TTTW ngày 1/8/2013"
    parties varchar[],               -- the bodies that signed it, as written
    title varchar,                   -- "đẩy mạnh phong trào ..." (what the program is about)
    period_start integer,
    period_end integer,
    level varchar,                   -- central | inter-provincial | province | district | commune
    role varchar,                    -- what the article does with it: program_roles.csv
    written varchar,                 -- the words naming it in the text
    renews_start integer,            -- a re-signing: the period of the program it follows, when written
    renews_end integer
);
create or replace table programs (
    program_id varchar primary key,
    number varchar,
    title varchar,
    parties varchar[],
    period_start integer,
    period_end integer,
    level varchar,
    signed_date date,
    first_seen date,                 -- the day of its first event in the data
    known_from varchar,              -- signing | review | implementation: how the data first knows it
    renews varchar,                  -- the older program_id this one re-signs
    renewed_by varchar,              -- the newer program_id that re-signs this one
    confidence double,               -- how sure the resolution of its mentions is (1: one exact symbol)
    province varchar                 -- the host province of its first event (null for a central program)
);
create or replace table program_events (
    program_id varchar,
    event_id varchar,
    role varchar,                    -- sign | review_midterm | review_final | review_yearly | implement | resign
    confidence double                -- how sure the link is
);
