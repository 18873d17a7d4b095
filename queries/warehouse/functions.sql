-- Scalar macros the models share. Created at load time, stored in the warehouse.
-- fold: lowercase without diacritics, for matching ("Ninh Bình" -> "ninh binh"); the same as etl/text.py fold on
-- every Latin and Vietnamese letter (the filter macro folds a search the same way).
create or replace macro fold(s) as strip_accents(lower(replace(replace(s, 'đ', 'd'), 'Đ', 'D')));

-- day_of: the day a record's date (YYYY, YYYY-MM or YYYY-MM-DD, or empty) stands for: a year its first of January,
-- a month its first day (events.event_day; etl/program_links.py reads it before the events are built).
create or replace macro day_of(d) as cast(
    case len(d)
        when 4 then d || '-01-01'
        when 7 then d || '-01'
        else nullif(d, '')
    end as date
);

-- takes_part: whether an event counts for a cluster's roster member (queries/cluster_roster.sql's match and
-- match_value): a province among its places in the 63 ('63') or in today's 34 ('34'), else a body named in its
-- title, places, parties or cluster (search_text, folded).
create or replace macro takes_part(match, match_value, places_legacy, places_current, search_text) as
    case match
        when '63' then list_contains(places_legacy, match_value)
        when '34' then list_contains(places_current, match_value)
        else contains(search_text, fold(match_value))
    end;

-- search_bits: the pairs of neighbouring letters in a folded text, each hashed to one of 128 bits. A text holding
-- a search holds every pair of the search, so its bits hold the search's (the converse need not hold): a search
-- first keeps the events whose events.search_bits hold its own, a 16-byte test, and matches the text of those
-- only (dashboard/filter_model.py SEARCH_SQL). A text of fewer than two letters has no pair: no bit.
create or replace macro search_bits(s) as list_reduce(
    list_transform(range(1, length(s)), lambda i: 1::uhugeint << (hash(substr(s, i, 2)) % 128)::uhugeint),
    lambda a, b: a | b,
    0::uhugeint
);
