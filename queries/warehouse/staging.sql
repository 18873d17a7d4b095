-- Staging: the loaded extractions as plain values, one table per kind of value, filled by etl/events.py after
-- the analysts' corrections and the grouping of documents into events. Temporary: rebuilt on every load from
-- the `extractions` table, never stored. The models in models/ read only these and the reference tables.

create or replace temp table stg_extractions (  -- one row per document that reports an event
    doc_id varchar, source_id varchar, url varchar,
    site varchar,                    -- the URL's news site (host without www.), '' without a URL
    title varchar, event_type varchar, event_date varchar, province varchar, region varchar, level varchar,
    period_start integer, period_end integer, cluster varchar,
    cluster_id varchar,              -- the registry cluster the name as written matches (etl/clusters.py), or null
    topics varchar[],                -- as extracted (maybe empty)
    flags varchar[]
);

create or replace temp table stg_event_members (  -- which event each document reports: the grouping
    doc_id varchar,
    first_doc_id varchar,            -- the group's smallest doc_id: the event's id is derived from it
    member_rank integer              -- the document's place in its group (by doc_id)
);

create or replace temp table stg_places (  -- each record's places: the host first, then those taking part
    doc_id varchar, position integer, role varchar,
    province varchar,                -- as the record names it (at the time of the event)
    named_unit_id varchar,           -- the unit that name stands for on the event's date
    unit_id varchar                  -- the finest unit known: an old province the text names, else the named one
);

create or replace temp table stg_parties (  -- each record's parties, in order
    doc_id varchar, position integer, name varchar,
    org_key varchar                  -- one key for every way of writing the body (etl/parties.py org_key)
);

create or replace temp table stg_party_details (  -- what the extractor knew of each party
    doc_id varchar, position integer, org_key varchar, type varchar, tier varchar, province varchar
);

create or replace temp table stg_confidences (  -- each record's confidence per field
    doc_id varchar, position integer, field varchar, confidence double
);

create or replace temp table stg_cluster_evidence (  -- what each document says of clusters (etl/cluster_evidence.py)
    doc_id varchar, position integer,
    written varchar,                 -- the cluster as the article writes it
    cluster_id varchar,              -- the registry cluster that name matches (etl/clusters.py), or null
    kind varchar,                    -- name | roster | head | deputy_head
    member varchar,                  -- a listed member or the head/deputy: a province, or a body as written
    year integer,                    -- the year it holds for (the nearest "năm YYYY", else the event's year)
    network_id varchar               -- the matched cluster's network, else the one network the name or the title names
);

create or replace temp table stg_program_mentions (  -- each program a document names (etl/programs.py)
    doc_id varchar, position integer, number varchar, signed_date date, parties varchar[], title varchar,
    period_start integer, period_end integer, level varchar, role varchar, written varchar,
    renews_start integer, renews_end integer
);
