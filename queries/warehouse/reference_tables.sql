-- Reference tables in the warehouse, so queries join on them. $-free: regions and topics are copies of
-- data/reference/ files; the others are built by the reference models (models/1N_*.sql) from the units of
-- admin_units.csv, their successor links and the geographies of geographies.csv.
create or replace table regions (region_id varchar, name_vi varchar, name_en varchar);
create or replace table provinces (
    geography varchar,               -- legacy (63, until 30 June 2025) | current (34, from 1 July 2025)
    province varchar, code varchar, region varchar, current_province varchar, lat double, lon double
);
create or replace table topics (topic varchar primary key, name_vi varchar, name_en varchar);
-- The cluster registry (data/reference/networks.csv, clusters.csv, cluster_members.csv, cluster_roles.csv), by the
-- models 14_*.sql: networks of bodies, their clusters, the members of each over time, and who chaired each year.
create or replace table networks (
    network_id varchar primary key, network varchar,
    level varchar,                   -- national (clusters of provinces or national bodies) | provincial (inside one)
    province varchar,                -- a provincial network's province
    topics varchar[], body_words varchar[], source_url varchar
);
create or replace table clusters (
    cluster_id varchar primary key, network_id varchar, network varchar,
    code varchar,                    -- normalised: "cụm số II" -> "2"; a slug for a named cluster
    cluster varchar,                 -- its canonical name
    variants varchar[],              -- names as seen
    level varchar, source_url varchar
);
create or replace table cluster_members (
    cluster_id varchar,
    member varchar,                  -- a province (national clusters) or a body (clusters inside a province)
    province varchar,                -- the province the member is or is in, as the roster names it
    province_legacy varchar,         -- the same in the 63 (null: a unit of today formed from several, see legacy_parts)
    province_current varchar,        -- the same in today's 34
    legacy_parts varchar[],          -- the old provinces a member named on today's map was formed from
    valid_from date,                 -- the roster's first day known (null: unknown)
    valid_to date,                   -- the first day it no longer held (null: still holds)
    source_url varchar
);
create or replace table cluster_roles (  -- heads (Cụm trưởng) and deputies (Cụm phó) by emulation year
    cluster_id varchar, year integer, role varchar, member varchar, source_url varchar
);
create or replace table event_types (  -- data/reference/event_types.csv; position: its order in charts and legends
    event_type varchar primary key, position integer, name_vi varchar, name_en varchar, plural_vi varchar,
    plural_en varchar, colour varchar, makes_programs boolean
);
create or replace table units (  -- province-level units of every period
    unit_id varchar primary key,     -- code@year: codes are reused across reorganisations
    code varchar, name varchar, kind varchar, region varchar,
    valid_from date, valid_to date,  -- in force from, until (null: still in force)
    lat double, lon double, seed_row integer
);
create or replace table unit_geographies (  -- each unit in each geography: target_id null when not known
    unit_id varchar, geography varchar, target_id varchar, parts varchar[]
);
create or replace table program_roles (  -- data/reference/program_roles.csv: what an article does with a program
    role varchar primary key, position integer, name_vi varchar, name_en varchar, description varchar
);
create or replace table program_statuses (  -- data/reference/program_statuses.csv: program_status(as_of)'s values
    status varchar primary key, position integer, name_vi varchar, name_en varchar, description varchar
);
