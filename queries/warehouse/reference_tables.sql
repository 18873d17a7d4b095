-- Reference tables in the warehouse, so queries join on them. $-free: regions, topics and clusters are copies of
-- data/reference/ files; the others are built by the reference models (models/1N_*.sql) from the units of
-- admin_units.csv, their successor links and the geographies of geographies.csv.
create or replace table regions (region_id varchar, name_vi varchar, name_en varchar);
create or replace table provinces (
    geography varchar,               -- legacy (63, until 30 June 2025) | current (34, from 1 July 2025)
    province varchar, code varchar, region varchar, current_province varchar, lat double, lon double
);
create or replace table topics (topic varchar primary key, name_vi varchar, name_en varchar);
create or replace table clusters (cluster_id varchar primary key, network varchar, cluster varchar, description varchar);
create or replace table cluster_members (cluster_id varchar, province varchar, province_current varchar);
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
