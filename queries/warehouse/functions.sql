-- Scalar macros the models share. Created at load time, stored in the warehouse.
-- fold: lowercase without diacritics, for matching ("Ninh Bình" -> "ninh binh"); the same as etl/text.py fold on
-- every Latin and Vietnamese letter (the filter macro folds a search the same way).
create or replace macro fold(s) as strip_accents(lower(replace(replace(s, 'đ', 'd'), 'Đ', 'D')));
