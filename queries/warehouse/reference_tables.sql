-- Reference copies in the warehouse, so queries join on them. $-free: filled from data/reference/ files.
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
